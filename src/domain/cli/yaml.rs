//! `--output yaml` and `yaml-stream`: what awscli's `YAMLDumper`
//! (`awscli/formatter.py`, aws-cli 2.36.7) prints through ruamel.yaml's safe
//! dumper in block style: keys sorted, sequences in a mapping not indented,
//! a string quoted when YAML 1.2 would read it as another type (digit-only
//! account IDs, timestamps) or when it starts with an indicator; a lone scalar
//! is printed as JSON instead.
//! Long strings with spaces are not folded at 80 columns as ruamel folds them;
//! no response of the lab has one.

use super::json::Value;

/// The document, one entry per line; nothing for an empty response.
pub fn format_yaml(response: &Value) -> Vec<String> {
    if matches!(response, Value::Object(f) if f.is_empty()) {
        return Vec::new();
    }
    dump(response)
}

/// `yaml-stream`: each response dumped as a one-element list.
pub fn format_yaml_stream(response: &Value) -> Vec<String> {
    if matches!(response, Value::Object(f) if f.is_empty()) {
        return Vec::new();
    }
    dump(&Value::List(vec![response.clone()]))
}

fn dump(value: &Value) -> Vec<String> {
    match value {
        Value::List(items) if !items.is_empty() => sequence(items, 0),
        Value::Object(fields) if !fields.is_empty() => mapping(fields, 0),
        Value::List(_) => vec!["[]".into()],
        Value::Object(_) => vec!["{}".into()],
        scalar => vec![scalar.to_json()],
    }
}

fn inline(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Str(s) => scalar(s),
        Value::List(_) => "[]".into(),
        Value::Object(_) => "{}".into(),
    }
}

fn is_block(value: &Value) -> bool {
    matches!(value, Value::List(i) if !i.is_empty())
        || matches!(value, Value::Object(f) if !f.is_empty())
}

fn mapping(fields: &[(String, Value)], indent: usize) -> Vec<String> {
    let pad = " ".repeat(indent);
    let mut sorted: Vec<&(String, Value)> = fields.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let mut lines = Vec::new();
    for (key, value) in sorted {
        let key = scalar(key);
        match value {
            Value::Object(f) if !f.is_empty() => {
                lines.push(format!("{pad}{key}:"));
                lines.extend(mapping(f, indent + 2));
            }
            Value::List(items) if !items.is_empty() => {
                lines.push(format!("{pad}{key}:"));
                lines.extend(sequence(items, indent));
            }
            other => lines.push(format!("{pad}{key}: {}", inline(other))),
        }
    }
    lines
}

fn sequence(items: &[Value], indent: usize) -> Vec<String> {
    let pad = " ".repeat(indent);
    let mut lines = Vec::new();
    for item in items {
        if !is_block(item) {
            lines.push(format!("{pad}- {}", inline(item)));
            continue;
        }
        let mut nested = match item {
            Value::Object(f) => mapping(f, indent + 2),
            Value::List(i) => sequence(i, indent + 2),
            _ => Vec::new(),
        };
        // The first line of the nested block goes on the dash's line.
        if let Some(first) = nested.first_mut() {
            *first = format!("{pad}- {}", &first[indent + 2..]);
        }
        lines.extend(nested);
    }
    lines
}

/// A string as the emitter writes it: plain, 'single-quoted' or "double-quoted".
fn scalar(s: &str) -> String {
    if s.chars().any(|c| c.is_control() && c != '\n') || s.contains('\n') {
        return double_quoted(s);
    }
    if plain_allowed(s) && !resolves_to_other_type(s) {
        return s.to_string();
    }
    format!("'{}'", s.replace('\'', "''"))
}

fn double_quoted(s: &str) -> String {
    let mut out = String::from('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\0' => out.push_str("\\0"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\x{:02X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The emitter's `analyze_scalar` for block context.
fn plain_allowed(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    let Some(&first) = chars.first() else {
        return false;
    };
    if s.starts_with("---") || s.starts_with("...") {
        return false;
    }
    if first == ' ' || chars.last() == Some(&' ') {
        return false;
    }
    let space_after = |i: usize| chars.get(i + 1).is_none_or(|c| *c == ' ' || *c == '\t');
    if "#,[]{}&*!|>'\"%@`".contains(first) {
        return false;
    }
    if "?:-".contains(first) && space_after(0) {
        return false;
    }
    for (i, &c) in chars.iter().enumerate().skip(1) {
        if c == ':' && space_after(i) {
            return false;
        }
        if c == '#' && chars[i - 1] == ' ' {
            return false;
        }
    }
    true
}

/// YAML 1.2's implicit types as ruamel's resolver reads them: a string that
/// looks like one of them must be quoted to stay a string.
fn resolves_to_other_type(s: &str) -> bool {
    matches!(
        s,
        "true"
            | "True"
            | "TRUE"
            | "false"
            | "False"
            | "FALSE"
            | "null"
            | "Null"
            | "NULL"
            | "~"
            | "="
            | "<<"
    ) || is_int(s)
        || is_float(s)
        || is_timestamp(s)
}

fn digits_(s: &str, radix: u32) -> bool {
    !s.is_empty() && s.chars().all(|c| c == '_' || c.is_digit(radix))
}

fn unsigned(s: &str) -> &str {
    s.strip_prefix(['-', '+']).unwrap_or(s)
}

fn is_int(s: &str) -> bool {
    let u = unsigned(s);
    if let Some(b) = u.strip_prefix("0b") {
        return digits_(b, 2);
    }
    if let Some(x) = u.strip_prefix("0x") {
        return digits_(x, 16);
    }
    if let Some(o) = u.strip_prefix("0o") {
        return digits_(o, 8);
    }
    digits_(u, 10)
}

fn is_float(s: &str) -> bool {
    let u = unsigned(s);
    if matches!(u, ".inf" | ".Inf" | ".INF") || matches!(s, ".nan" | ".NaN" | ".NAN") {
        return true;
    }
    let (mantissa, exponent) = match u.find(['e', 'E']) {
        Some(i) => (&u[..i], Some(&u[i + 1..])),
        None => (u, None),
    };
    let exponent_ok = exponent.is_none_or(|e| {
        let d = unsigned(e);
        !d.is_empty() && d.chars().all(|c| c.is_ascii_digit())
    });
    if !exponent_ok {
        return false;
    }
    match mantissa.split_once('.') {
        // `1.`, `1.5`, `.5` (the last only unsigned in the spec's regexp, near enough).
        Some((int, frac)) => {
            (int.is_empty() && digits_(frac, 10) && !frac.starts_with('_'))
                || (int.starts_with(|c: char| c.is_ascii_digit())
                    && (int.is_empty() || digits_(int, 10))
                    && frac.chars().all(|c| c == '_' || c.is_ascii_digit()))
        }
        None => {
            exponent.is_some()
                && mantissa.starts_with(|c: char| c.is_ascii_digit())
                && digits_(mantissa, 10)
        }
    }
}

/// `YYYY-MM-DD`, or a date and time as the resolver's timestamp regexp has it.
fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let d = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    if b.len() == 10
        && (0..4).all(d)
        && b[4] == b'-'
        && d(5)
        && d(6)
        && b[7] == b'-'
        && d(8)
        && d(9)
    {
        return true;
    }
    // Date with one- or two-digit month and day, then T or spaces, then a time.
    let Some((date, time)) = s.split_once(['T', 't', ' ']) else {
        return false;
    };
    let parts: Vec<&str> = date.split('-').collect();
    let date_ok = parts.len() == 3
        && parts[0].len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        && parts[1].len() <= 2
        && parts[2].len() <= 2;
    let time = time.trim_start();
    let hms: Vec<&str> = time.splitn(3, ':').collect();
    date_ok
        && hms.len() == 3
        && (1..=2).contains(&hms[0].len())
        && hms[0].chars().all(|c| c.is_ascii_digit())
        && hms[1].len() == 2
        && hms[1].chars().all(|c| c.is_ascii_digit())
        && hms[2].len() >= 2
        && hms[2][..2].chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_quoted_only_where_yaml_would_read_another_type() {
        assert_eq!(scalar("123456789012"), "'123456789012'");
        assert_eq!(
            scalar("2026-11-27T10:15:30+00:00"),
            "'2026-11-27T10:15:30+00:00'"
        );
        assert_eq!(
            scalar("arn:aws:iam::123456789012:root"),
            "arn:aws:iam::123456789012:root"
        );
        assert_eq!(scalar("/"), "/");
        assert_eq!(scalar("true"), "'true'");
        assert_eq!(scalar("yes"), "yes");
        assert_eq!(scalar("1e5"), "'1e5'");
        assert_eq!(scalar("1.5"), "'1.5'");
        assert_eq!(scalar("@bob"), "'@bob'");
        assert_eq!(scalar("it's"), "it's");
        assert_eq!(scalar(""), "''");
        assert_eq!(scalar("AKIA2E0A8F3B244C9986"), "AKIA2E0A8F3B244C9986");
    }

    #[test]
    fn block_layout_and_lone_scalars() {
        let v = Value::object(vec![
            (
                "Users",
                Value::List(vec![Value::object(vec![
                    ("B", Value::str("2")),
                    ("A", Value::str("x")),
                ])]),
            ),
            ("Empty", Value::List(vec![])),
        ]);
        assert_eq!(
            format_yaml(&v),
            ["Empty: []", "Users:", "- A: x", "  B: '2'"]
        );
        assert_eq!(format_yaml(&Value::str("123")), ["\"123\""]);
        assert_eq!(
            format_yaml(&Value::List(vec![Value::List(vec![
                Value::str("a"),
                Value::str("b")
            ])])),
            ["- - a", "  - b"]
        );
        assert_eq!(
            format_yaml_stream(&Value::object(vec![("A", Value::str("x"))])),
            ["- A: x"]
        );
        assert!(format_yaml(&Value::object(vec![])).is_empty());
    }
}
