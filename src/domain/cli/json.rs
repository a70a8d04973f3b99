//! The two output shapes the lab supports: the CLI's default `json` (Python's
//! `json.dumps(indent=4, ensure_ascii=False)`, keys in the service's order) and
//! `text` (tab-separated, keys sorted, nested names as upper-case labels).

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Str(String),
    List(Vec<Value>),
    Object(Vec<(&'static str, Value)>),
}

impl Value {
    pub fn str(text: impl Into<String>) -> Self {
        Value::Str(text.into())
    }

    pub fn to_json(&self) -> String {
        let mut out = String::new();
        write_json(self, 0, &mut out);
        out
    }

    /// One entry per printed line, as `--output text` prints them.
    pub fn to_text(&self) -> Vec<String> {
        let mut lines = Vec::new();
        write_text(self, None, &mut lines);
        lines
    }
}

fn write_json(value: &Value, depth: usize, out: &mut String) {
    let pad = |d: usize| " ".repeat(4 * d);
    match value {
        Value::Str(s) => quote(s, out),
        Value::List(items) if items.is_empty() => out.push_str("[]"),
        Value::Object(fields) if fields.is_empty() => out.push_str("{}"),
        Value::List(items) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                write_json(item, depth + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push(']');
        }
        Value::Object(fields) => {
            out.push_str("{\n");
            for (i, (key, item)) in fields.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                quote(key, out);
                out.push_str(": ");
                write_json(item, depth + 1, out);
                out.push_str(if i + 1 < fields.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push('}');
        }
    }
}

/// Python's escaping with `ensure_ascii=False`: only quotes, backslashes and
/// control characters are escaped.
fn quote(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// awscli's `text.format_text`: a dict prints its scalars (sorted by key) on one
/// line after its label, then each nested value under the nested key's label.
fn write_text(value: &Value, label: Option<&str>, lines: &mut Vec<String>) {
    match value {
        Value::Str(s) => lines.push(match label {
            Some(l) => format!("{l}\t{s}"),
            None => s.clone(),
        }),
        Value::List(items) => {
            let scalars: Vec<&str> = items
                .iter()
                .filter_map(|v| match v {
                    Value::Str(s) => Some(s.as_str()),
                    _ => None,
                })
                .collect();
            if !scalars.is_empty() && scalars.len() == items.len() {
                let mut line = label.map(|l| format!("{l}\t")).unwrap_or_default();
                line.push_str(&scalars.join("\t"));
                lines.push(line);
                return;
            }
            for item in items {
                write_text(item, label, lines);
            }
        }
        Value::Object(fields) => {
            let mut sorted: Vec<&(&str, Value)> = fields.iter().collect();
            sorted.sort_by_key(|(k, _)| *k);
            let scalars: Vec<&str> = sorted
                .iter()
                .filter_map(|(_, v)| match v {
                    Value::Str(s) => Some(s.as_str()),
                    _ => None,
                })
                .collect();
            if !scalars.is_empty() {
                let mut line = label.map(|l| format!("{l}\t")).unwrap_or_default();
                line.push_str(&scalars.join("\t"));
                lines.push(line);
            }
            for (key, nested) in sorted {
                if !matches!(nested, Value::Str(_)) {
                    write_text(nested, Some(&key.to_uppercase()), lines);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Value {
        Value::Object(vec![
            (
                "AccessKeyMetadata",
                Value::List(vec![Value::Object(vec![
                    ("AccessKeyId", Value::str("AKIAEXAMPLE")),
                    ("Status", Value::str("Active")),
                    ("CreateDate", Value::str("2026-11-27T10:15:30+00:00")),
                ])]),
            ),
            ("Empty", Value::List(vec![])),
            ("Odd", Value::str("a\"b\\c\u{1}é")),
        ])
    }

    #[test]
    fn json_matches_python_indent_four() {
        assert_eq!(
            sample().to_json(),
            "{\n    \"AccessKeyMetadata\": [\n        {\n            \"AccessKeyId\": \"AKIAEXAMPLE\",\n            \"Status\": \"Active\",\n            \"CreateDate\": \"2026-11-27T10:15:30+00:00\"\n        }\n    ],\n    \"Empty\": [],\n    \"Odd\": \"a\\\"b\\\\c\\u0001é\"\n}"
        );
    }

    #[test]
    fn text_sorts_scalars_and_labels_nested_values() {
        assert_eq!(
            sample().to_text(),
            vec![
                "a\"b\\c\u{1}é".to_string(),
                "ACCESSKEYMETADATA\tAKIAEXAMPLE\t2026-11-27T10:15:30+00:00\tActive".to_string(),
            ]
        );
    }
}
