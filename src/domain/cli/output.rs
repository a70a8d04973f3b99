//! How a successful response reaches stdout, in awscli's order
//! (`clidriver._display_response`, `formatter.py` at aws-cli 2.36.7): the
//! format from `--output`, `AWS_DEFAULT_OUTPUT` or the profile, the query
//! applied to the response, then the format's printer.

use super::args::OUTPUTS;
use super::json::Value;
use super::operations::Api;
use super::query::Query;
use super::table::format_table;
use super::text::format_text;
use super::yaml::{format_yaml, format_yaml_stream};

/// What a formatter prints for one response: stdout lines, or `Err` with the
/// general error a bad format name or a failing query raises.
pub fn render(
    format: &str,
    api: Api,
    response: &Value,
    query: Option<&Query>,
) -> Result<Vec<String>, String> {
    if !OUTPUTS.contains(&format) {
        return Err(format!("Unknown output type: {format}"));
    }
    let mut response = response.clone();
    if let (true, "yaml-stream", Value::Object(fields)) = (api.paginated(), format, &mut response) {
        // `StreamedYAMLFormatter` dumps each page as the service sent it.
        fields.push(("IsTruncated".into(), Value::Bool(false)));
    }
    let data = match query {
        Some(q) => q.search(&response)?,
        None => response,
    };
    let empty = matches!(&data, Value::Object(f) if f.is_empty());
    Ok(match format {
        // An empty dict (an operation with no output) prints nothing.
        "json" if empty => Vec::new(),
        "json" => data.to_json().split('\n').map(String::from).collect(),
        "text" => format_text(&data),
        "table" => format_table(api.name(), &data),
        "yaml" => format_yaml(&data),
        "yaml-stream" => format_yaml_stream(&data),
        _ => Vec::new(),
    })
}
