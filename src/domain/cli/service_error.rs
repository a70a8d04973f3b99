//! A refused call as the service answers it: AWS's error code and message,
//! which the CLI prints as "An error occurred (Code) when calling ...".

use crate::domain::access_key::AccessKeyError;
use crate::domain::iam::error::IamError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceError {
    pub code: &'static str,
    pub message: String,
}

impl ServiceError {
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        ServiceError {
            code,
            message: message.into(),
        }
    }
}

impl From<AccessKeyError> for ServiceError {
    fn from(e: AccessKeyError) -> Self {
        ServiceError::new(e.code(), e.message())
    }
}

impl From<IamError> for ServiceError {
    fn from(e: IamError) -> Self {
        ServiceError::new(e.code(), e.message())
    }
}
