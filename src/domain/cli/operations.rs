//! The IAM and STS operations the terminal knows: one table of command names,
//! the API each calls, the options it takes and its help summary.

use super::args::{required_value, value, values, OpArgs, Opt};
use super::credentials::Caller;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Service {
    CloudTrail,
    Iam,
    Sts,
}

impl Service {
    /// The name AWS records as a key's last-used service.
    pub fn name(self) -> &'static str {
        match self {
            Service::CloudTrail => "cloudtrail",
            Service::Iam => "iam",
            Service::Sts => "sts",
        }
    }
}

/// The service APIs the lab answers, named as AWS names them (`CreateAccessKey`):
/// the terminal dispatches on these, never on their text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Api {
    AddUserToGroup,
    AttachUserPolicy,
    CreateAccessKey,
    CreateGroup,
    CreateUser,
    DeleteAccessKey,
    GenerateCredentialReport,
    GetAccessKeyLastUsed,
    GetAccountSummary,
    GetCredentialReport,
    GetUser,
    ListAccessKeys,
    ListGroups,
    ListUsers,
    UpdateAccessKey,
    GetAccessKeyInfo,
    GetCallerIdentity,
    LookupEvents,
}

impl Api {
    /// The name in error texts ("when calling the CreateUser operation") and in
    /// IAM actions (`iam:CreateUser`).
    pub fn name(self) -> &'static str {
        match self {
            Api::AddUserToGroup => "AddUserToGroup",
            Api::AttachUserPolicy => "AttachUserPolicy",
            Api::CreateAccessKey => "CreateAccessKey",
            Api::CreateGroup => "CreateGroup",
            Api::CreateUser => "CreateUser",
            Api::DeleteAccessKey => "DeleteAccessKey",
            Api::GenerateCredentialReport => "GenerateCredentialReport",
            Api::GetAccessKeyLastUsed => "GetAccessKeyLastUsed",
            Api::GetAccountSummary => "GetAccountSummary",
            Api::GetCredentialReport => "GetCredentialReport",
            Api::GetUser => "GetUser",
            Api::ListAccessKeys => "ListAccessKeys",
            Api::ListGroups => "ListGroups",
            Api::ListUsers => "ListUsers",
            Api::UpdateAccessKey => "UpdateAccessKey",
            Api::GetAccessKeyInfo => "GetAccessKeyInfo",
            Api::GetCallerIdentity => "GetCallerIdentity",
            Api::LookupEvents => "LookupEvents",
        }
    }
}

impl Api {
    /// The CLI pages these calls; `yaml-stream` then prints each raw page,
    /// `IsTruncated` included.
    pub fn paginated(self) -> bool {
        matches!(self, Api::ListAccessKeys | Api::ListGroups | Api::ListUsers)
    }

    /// A call that changes nothing: CloudTrail records it with `readOnly` true.
    pub fn read_only(self) -> bool {
        let name = self.name();
        name.starts_with("Get") || name.starts_with("List") || self == Api::LookupEvents
    }

    /// The lab operation behind it records its own CloudTrail event when it
    /// answers (for the console too); the CLI records only its refusals.
    pub fn records_itself(self) -> bool {
        matches!(
            self,
            Api::LookupEvents
                | Api::GetAccountSummary
                | Api::GenerateCredentialReport
                | Api::GetCredentialReport
        )
    }
}

/// One row of the CLI's operation table: its command name, the API it calls,
/// the options it takes and its help summary.
#[derive(Clone, Copy, Debug)]
pub struct Operation {
    pub cli: &'static str,
    pub api: Api,
    pub service: Service,
    pub opts: &'static [Opt],
    pub summary: &'static str,
}

/// The CLI pages the list operations; these options are accepted and change nothing here.
const PAGING: [Opt; 3] = [
    value("--max-items"),
    value("--page-size"),
    value("--starting-token"),
];

pub const OPERATIONS: &[Operation] = &[
    Operation {
        cli: "lookup-events",
        api: Api::LookupEvents,
        service: Service::CloudTrail,
        // `--max-results` and `--next-token` are the paginator's own tokens: the
        // CLI hides them from help but takes them, and turns its paging off.
        opts: &[
            values("--lookup-attributes"),
            value("--start-time"),
            value("--end-time"),
            value("--event-category"),
            value("--max-results"),
            value("--next-token"),
            PAGING[0],
            PAGING[1],
            PAGING[2],
        ],
        summary: "Looks up management events that are captured by CloudTrail, in this Region, within the last 90 days.",
    },
    Operation {
        cli: "add-user-to-group",
        api: Api::AddUserToGroup,
        service: Service::Iam,
        opts: &[required_value("--group-name"), required_value("--user-name")],
        summary: "Adds the specified user to the specified group.",
    },
    Operation {
        cli: "attach-user-policy",
        api: Api::AttachUserPolicy,
        service: Service::Iam,
        opts: &[required_value("--user-name"), required_value("--policy-arn")],
        summary: "Attaches the specified managed policy to the specified user.",
    },
    Operation {
        cli: "create-access-key",
        api: Api::CreateAccessKey,
        service: Service::Iam,
        opts: &[value("--user-name")],
        summary: "Creates a new secret access key and its access key ID. The secret is shown only once.",
    },
    Operation {
        cli: "create-group",
        api: Api::CreateGroup,
        service: Service::Iam,
        opts: &[required_value("--group-name")],
        summary: "Creates a new group.",
    },
    Operation {
        cli: "create-user",
        api: Api::CreateUser,
        service: Service::Iam,
        opts: &[required_value("--user-name")],
        summary: "Creates a new IAM user for your Amazon Web Services account.",
    },
    Operation {
        cli: "delete-access-key",
        api: Api::DeleteAccessKey,
        service: Service::Iam,
        opts: &[value("--user-name"), required_value("--access-key-id")],
        summary: "Deletes the access key pair. This cannot be undone.",
    },
    Operation {
        cli: "generate-credential-report",
        api: Api::GenerateCredentialReport,
        service: Service::Iam,
        opts: &[],
        summary: "Generates a credential report for the Amazon Web Services account.",
    },
    Operation {
        cli: "get-access-key-last-used",
        api: Api::GetAccessKeyLastUsed,
        service: Service::Iam,
        opts: &[required_value("--access-key-id")],
        summary: "Retrieves when the access key was last used, with which service and in which Region.",
    },
    Operation {
        cli: "get-account-summary",
        api: Api::GetAccountSummary,
        service: Service::Iam,
        opts: &[],
        summary: "Retrieves information about IAM entity usage and IAM quotas in the Amazon Web Services account.",
    },
    Operation {
        cli: "get-credential-report",
        api: Api::GetCredentialReport,
        service: Service::Iam,
        opts: &[],
        summary: "Retrieves a credential report for the Amazon Web Services account.",
    },
    Operation {
        cli: "get-user",
        api: Api::GetUser,
        service: Service::Iam,
        opts: &[value("--user-name")],
        summary: "Retrieves information about the specified IAM user, or about the user making the request.",
    },
    Operation {
        cli: "list-access-keys",
        api: Api::ListAccessKeys,
        service: Service::Iam,
        opts: &[value("--user-name"), PAGING[0], PAGING[1], PAGING[2]],
        summary: "Returns the access key IDs of the user (or of the root user), with status and creation date.",
    },
    Operation {
        cli: "list-groups",
        api: Api::ListGroups,
        service: Service::Iam,
        opts: &[PAGING[0], PAGING[1], PAGING[2]],
        summary: "Lists the IAM groups.",
    },
    Operation {
        cli: "list-users",
        api: Api::ListUsers,
        service: Service::Iam,
        opts: &[PAGING[0], PAGING[1], PAGING[2]],
        summary: "Lists the IAM users.",
    },
    Operation {
        cli: "update-access-key",
        api: Api::UpdateAccessKey,
        service: Service::Iam,
        opts: &[
            value("--user-name"),
            required_value("--access-key-id"),
            required_value("--status"),
        ],
        summary: "Changes the status of the access key from Active to Inactive, or vice versa.",
    },
    Operation {
        cli: "get-access-key-info",
        api: Api::GetAccessKeyInfo,
        service: Service::Sts,
        opts: &[required_value("--access-key-id")],
        summary: "Returns the account identifier for the specified access key ID.",
    },
    Operation {
        cli: "get-caller-identity",
        api: Api::GetCallerIdentity,
        service: Service::Sts,
        opts: &[],
        summary: "Returns details about the IAM user or role whose credentials are used to call the operation.",
    },
];

pub fn operations(service: Service) -> impl Iterator<Item = &'static Operation> {
    OPERATIONS.iter().filter(move |o| o.service == service)
}

/// The operation names as the CLI's choice list shows them (sorted, then `help`).
pub fn choices(service: Service) -> Vec<&'static str> {
    operations(service).map(|o| o.cli).chain(["help"]).collect()
}

/// One authenticated call: who makes it, to which operation, with which arguments.
#[derive(Clone, Copy, Debug)]
pub struct Call<'a> {
    pub caller: &'a Caller,
    pub op: &'a Operation,
    pub args: &'a OpArgs,
    /// The region the request went to (CloudTrail answers for its own region).
    pub region: &'a str,
}
