//! The CloudTrail records of MFA devices: a virtual device is created
//! (`CreateVirtualMFADevice`) then enabled (`EnableMFADevice`); a removal
//! deactivates it (`DeactivateMFADevice`) and deletes a virtual one
//! (`DeleteVirtualMFADevice`). The codes typed are never recorded.

use super::super::trail::{user_params, ApiCall};
use super::super::{Identity, Lab};
use crate::domain::cloudtrail::EventSource;
use serde_json::json;

const DEVICE: &str = "AWS::IAM::MFADevice";

impl Lab {
    pub(super) fn record_mfa_enabled(
        &mut self,
        actor: &Identity,
        name: &str,
        serial: &str,
        virtual_: bool,
    ) {
        if virtual_ {
            let call = ApiCall::write(EventSource::Iam, "CreateVirtualMFADevice")
                .request(json!({ "virtualMFADeviceName": name, "path": "/" }))
                .response(json!({ "virtualMFADevice": { "serialNumber": serial } }))
                .resource(DEVICE, serial);
            self.record_call(actor, call);
        }
        let params = user_params(actor, vec![("serialNumber", json!(serial))]);
        let call = ApiCall::write(EventSource::Iam, "EnableMFADevice")
            .request(params)
            .resource(DEVICE, serial);
        self.record_call(actor, call);
    }

    pub(super) fn record_mfa_removed(
        &mut self,
        actor: &Identity,
        owner: &Identity,
        serial: &str,
        virtual_: bool,
    ) {
        let params = user_params(owner, vec![("serialNumber", json!(serial))]);
        let call = ApiCall::write(EventSource::Iam, "DeactivateMFADevice")
            .request(params)
            .resource(DEVICE, serial);
        self.record_call(actor, call);
        if virtual_ {
            let call = ApiCall::write(EventSource::Iam, "DeleteVirtualMFADevice")
                .request(json!({ "serialNumber": serial }))
                .resource(DEVICE, serial);
            self.record_call(actor, call);
        }
    }
}
