//! `aws --version` and the short help pages (the CLI shows man pages through a
//! pager; the lab shows their opening sections).

use super::operations::{operations, Operation, Service};

/// The emulated build: aws-cli 2.36.7 (its CHANGELOG.rst names the bundled
/// Python 3.14.6), as `clidriver._cli_version` prints it; `exec-env/` comes from
/// `AWS_EXECUTION_ENV`.
pub fn version(exec_env: Option<&str>) -> String {
    let env = exec_env
        .map(|e| format!(" exec-env/{e}"))
        .unwrap_or_default();
    format!("aws-cli/2.36.7 Python/3.14.6 Linux/6.1.119-129.201.amzn2023.x86_64{env} exe/x86_64.amzn.2023")
}

fn page(title: &str, body: &[String]) -> Vec<String> {
    let mut lines = vec![
        format!("{title:<width$}{title}", width = 79 - title.len()),
        String::new(),
        String::new(),
        String::new(),
    ];
    lines.extend(body.iter().cloned());
    lines
}

pub fn provider() -> Vec<String> {
    let body = [
        "NAME",
        "       aws -",
        "",
        "DESCRIPTION",
        "       The  AWS  Command  Line  Interface is a unified tool to manage your AWS",
        "       services.",
        "",
        "SYNOPSIS",
        "          aws [options] <command> <subcommand> [parameters]",
        "",
        "       Use aws command help for information on a  specific  command.  Use  aws",
        "       help  topics  to view a list of available help topics. The synopsis for",
        "       each command shows its parameters and their usage. Optional  parameters",
        "       are shown in square brackets.",
        "",
        "GLOBAL OPTIONS",
        "       --output (string)",
        "       --profile (string)",
        "       --region (string)",
        "       --version (string)",
        "       --no-cli-pager (boolean)",
        "",
        "AVAILABLE SERVICES",
        "       o cloudtrail",
        "",
        "       o configure",
        "",
        "       o iam",
        "",
        "       o sts",
        "",
    ];
    page("AWS()", &body.map(String::from))
}

pub fn service(service: Service) -> Vec<String> {
    let (name, title, description) = match service {
        Service::CloudTrail => (
            "cloudtrail",
            "CLOUDTRAIL()",
            "       This  is  the CloudTrail API Reference. It provides descriptions of\n       actions, data types, common parameters, and common errors for CloudTrail.",
        ),
        Service::Iam => (
            "iam",
            "IAM()",
            "       Identity  and  Access Management (IAM) is a web service for securely\n       controlling access to Amazon Web Services services.",
        ),
        Service::Sts => (
            "sts",
            "STS()",
            "       Security Token Service (STS) enables you to request temporary, limited-\n       privilege credentials for users.",
        ),
    };
    let mut body = vec![
        "NAME".to_string(),
        format!("       {name} -"),
        String::new(),
    ];
    body.push("DESCRIPTION".into());
    body.extend(description.lines().map(String::from));
    body.push(String::new());
    body.push("AVAILABLE COMMANDS".into());
    for op in operations(service) {
        body.push(format!("       o {}", op.cli));
        body.push(String::new());
    }
    page(title, &body)
}

pub fn operation(op: &Operation) -> Vec<String> {
    let service = op.service.name();
    let title = format!("{}()", op.cli.to_uppercase());
    let mut body = vec![
        "NAME".to_string(),
        format!("       {} -", op.cli),
        String::new(),
        "DESCRIPTION".into(),
        format!("       {}", op.summary),
        String::new(),
        "SYNOPSIS".into(),
        format!("            {}", op.cli),
    ];
    for opt in op.opts {
        let arg = format!("{} <value>", opt.flag);
        body.push(if opt.required {
            format!("          {arg}")
        } else {
            format!("          [{arg}]")
        });
    }
    body.push("          [--cli-input-json <value>]".into());
    body.push(String::new());
    body.push("EXAMPLES".into());
    body.push(format!("       aws {service} {}", op.cli));
    body.push(String::new());
    page(&title, &body)
}

pub fn configure() -> Vec<String> {
    let body = [
        "NAME",
        "       configure -",
        "",
        "DESCRIPTION",
        "       Configure AWS CLI options. If this command is run with no arguments, you",
        "       will be prompted for configuration values such as your AWS Access Key",
        "       Id and your AWS Secret Access Key.",
        "",
        "SYNOPSIS",
        "          aws configure [--profile profile-name]",
        "",
        "AVAILABLE COMMANDS",
        "       o get",
        "",
        "       o list",
        "",
        "       o list-profiles",
        "",
        "       o set",
        "",
    ];
    page("CONFIGURE()", &body.map(String::from))
}
