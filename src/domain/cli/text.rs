//! `--output text`: a line-for-line port of awscli's `text.py` (aws-cli 2.36.7,
//! `awscli/text.py`): a dict prints its scalars (sorted by key) on one tab-separated
//! line after its upper-cased label, then each nested value under its key's label;
//! a list of dicts uses the union of their scalar keys, so every row has every column.

use super::json::Value;

/// One entry per printed line.
pub fn format_text(value: &Value) -> Vec<String> {
    let mut lines = Vec::new();
    format(value, None, None, &mut lines);
    lines
}

fn format(
    item: &Value,
    identifier: Option<&str>,
    scalar_keys: Option<&[String]>,
    out: &mut Vec<String>,
) {
    match item {
        Value::Object(fields) => format_dict(scalar_keys, fields, identifier, out),
        Value::List(items) => format_list(items, identifier, out),
        scalar => out.push(scalar.python_str()),
    }
}

fn format_list(items: &[Value], identifier: Option<&str>, out: &mut Vec<String>) {
    if items.is_empty() {
        return;
    }
    if items.iter().any(|v| matches!(v, Value::Object(_))) {
        let keys = all_scalar_keys(items);
        for element in items {
            format(element, identifier, Some(&keys), out);
        }
    } else if items.iter().any(|v| matches!(v, Value::List(_))) {
        let (scalars, non_scalars): (Vec<&Value>, Vec<&Value>) =
            items.iter().partition(|v| v.is_scalar());
        if !scalars.is_empty() {
            format_scalar_list(&scalars, identifier, out);
        }
        for non_scalar in non_scalars {
            format(non_scalar, identifier, None, out);
        }
    } else {
        let all: Vec<&Value> = items.iter().collect();
        format_scalar_list(&all, identifier, out);
    }
}

fn format_scalar_list(elements: &[&Value], identifier: Option<&str>, out: &mut Vec<String>) {
    match identifier {
        Some(id) => {
            for item in elements {
                out.push(format!("{}\t{}", id.to_uppercase(), item.python_str()));
            }
        }
        // A bare list prints its contents on one line.
        None => out.push(
            elements
                .iter()
                .map(|v| v.python_str())
                .collect::<Vec<_>>()
                .join("\t"),
        ),
    }
}

fn format_dict(
    scalar_keys: Option<&[String]>,
    fields: &[(String, Value)],
    identifier: Option<&str>,
    out: &mut Vec<String>,
) {
    let mut scalars = Vec::new();
    let mut non_scalars: Vec<(&str, &Value)> = Vec::new();
    match scalar_keys {
        None => {
            let mut sorted: Vec<&(String, Value)> = fields.iter().collect();
            sorted.sort_by(|a, b| a.0.cmp(&b.0));
            for (key, value) in sorted {
                if value.is_scalar() {
                    scalars.push(value.python_str());
                } else {
                    non_scalars.push((key, value));
                }
            }
        }
        Some(keys) => {
            for key in keys {
                let value = fields.iter().find(|(k, _)| k == key).map(|(_, v)| v);
                scalars.push(value.map(Value::python_str).unwrap_or_default());
            }
            let mut remaining: Vec<&(String, Value)> =
                fields.iter().filter(|(k, _)| !keys.contains(k)).collect();
            remaining.sort_by(|a, b| a.0.cmp(&b.0));
            non_scalars.extend(remaining.into_iter().map(|(k, v)| (k.as_str(), v)));
        }
    }
    if !scalars.is_empty() {
        if let Some(id) = identifier {
            scalars.insert(0, id.to_uppercase());
        }
        out.push(scalars.join("\t"));
    }
    for (key, value) in non_scalars {
        format(value, Some(key), None, out);
    }
}

fn all_scalar_keys(items: &[Value]) -> Vec<String> {
    let mut keys: Vec<String> = items
        .iter()
        .filter_map(|v| match v {
            Value::Object(fields) => Some(fields),
            _ => None,
        })
        .flatten()
        .filter(|(_, v)| v.is_scalar())
        .map(|(k, _)| k.clone())
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dicts_sort_scalars_and_label_nested_values() {
        let v = Value::object(vec![
            (
                "AccessKeyMetadata",
                Value::List(vec![Value::object(vec![
                    ("AccessKeyId", Value::str("AKIAEXAMPLE")),
                    ("Status", Value::str("Active")),
                    ("CreateDate", Value::str("2026-11-27T10:15:30+00:00")),
                ])]),
            ),
            ("Odd", Value::str("x")),
        ]);
        assert_eq!(
            format_text(&v),
            [
                "x",
                "ACCESSKEYMETADATA\tAKIAEXAMPLE\t2026-11-27T10:15:30+00:00\tActive"
            ]
        );
    }

    #[test]
    fn lists_of_scalars_share_a_line_and_rows_share_columns() {
        let ids = Value::List(vec![Value::str("A"), Value::str("B")]);
        assert_eq!(format_text(&ids), ["A\tB"]);
        let rows = Value::List(vec![
            Value::object(vec![("a", Value::str("1"))]),
            Value::object(vec![("b", Value::str("2"))]),
        ]);
        assert_eq!(format_text(&rows), ["1\t", "\t2"]);
        assert_eq!(format_text(&Value::Null), ["None"]);
        assert_eq!(format_text(&Value::Number(2.into())), ["2"]);
        let nested = Value::object(vec![("Tags", ids)]);
        assert_eq!(format_text(&nested), ["TAGS\tA", "TAGS\tB"]);
    }
}
