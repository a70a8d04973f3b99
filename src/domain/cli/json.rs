//! A response as the CLI holds it after parsing (Python's dicts, lists and
//! scalars, keys in the service's order) and its `--output json`: Python's
//! `json.dumps(indent=4, ensure_ascii=False)`.

/// One parsed value. Objects keep their keys in order, as Python's dicts do.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    Str(String),
    List(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    pub fn str(text: impl Into<String>) -> Self {
        Value::Str(text.into())
    }

    /// A response structure, its members in the service's order.
    pub fn object(fields: Vec<(&str, Value)>) -> Self {
        Value::Object(
            fields
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    }

    pub fn is_scalar(&self) -> bool {
        !matches!(self, Value::List(_) | Value::Object(_))
    }

    /// Python's `str()` of a scalar, as the text and table formats print it.
    pub fn python_str(&self) -> String {
        match self {
            Value::Null => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Number(n) => n.to_string(),
            Value::Str(s) => s.clone(),
            other => other.to_json(),
        }
    }

    /// Python's `json.dumps(value, indent=4, ensure_ascii=False)`.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        write_json(self, 0, &mut out);
        out
    }
}

fn write_json(value: &Value, depth: usize, out: &mut String) {
    let pad = |d: usize| " ".repeat(4 * d);
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_matches_python_indent_four() {
        let sample = Value::object(vec![
            (
                "AccessKeyMetadata",
                Value::List(vec![Value::object(vec![
                    ("AccessKeyId", Value::str("AKIAEXAMPLE")),
                    ("Status", Value::str("Active")),
                ])]),
            ),
            ("Empty", Value::List(vec![])),
            ("Odd", Value::str("a\"b\\c\u{1}é")),
            ("N", Value::Number(2.into())),
            ("B", Value::Bool(true)),
            ("Z", Value::Null),
        ]);
        assert_eq!(
            sample.to_json(),
            "{\n    \"AccessKeyMetadata\": [\n        {\n            \"AccessKeyId\": \"AKIAEXAMPLE\",\n            \"Status\": \"Active\"\n        }\n    ],\n    \"Empty\": [],\n    \"Odd\": \"a\\\"b\\\\c\\u0001é\",\n    \"N\": 2,\n    \"B\": true,\n    \"Z\": null\n}"
        );
    }
}
