//! `--output table`: a port of awscli's `TableFormatter` (`awscli/formatter.py`)
//! and `MultiTable` (`awscli/table.py`) at aws-cli 2.36.7, drawn as the CLI draws
//! it without colour (`--color off`, or stdout not a terminal) on an 80-column
//! terminal: the operation name as the title, scalar keys sorted as columns, a
//! one-row section turned vertical when the table is wider than the terminal.

use super::json::Value;

/// The width `determine_terminal_width` falls back to; the lab's terminal has no tty.
const TERMINAL_WIDTH: usize = 80;

/// The table the CLI prints for `title` (the operation's API name), one entry per
/// line; nothing for an empty response.
pub fn format_table(title: &str, response: &Value) -> Vec<String> {
    let mut table = MultiTable::default();
    if !table.build(Some(title), response, 0) {
        return Vec::new();
    }
    table.render()
}

/// `awscli.table.get_text_length`: East Asian wide, full-width and ambiguous
/// characters take two columns. The lab counts every non-ASCII character as two.
fn text_length(text: &str) -> usize {
    text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

fn spaces(n: isize) -> String {
    " ".repeat(n.max(0) as usize)
}

/// Python's `round()`: halves go to the even neighbour.
fn round_half_even(x: f64) -> isize {
    let floor = x.floor();
    let diff = x - floor;
    let r = if diff > 0.5 || (diff == 0.5 && floor % 2.0 != 0.0) {
        floor + 1.0
    } else {
        floor
    };
    r as isize
}

fn center_text(text: &str, length: usize, left_edge: &str, right_edge: &str) -> String {
    let text_length = text_length(text) as isize;
    let length = length as isize;
    let char_start = length / 2 - text_length / 2 - 1;
    let so_far = text_length_i(left_edge) + char_start + text_length;
    let right = length - text_length_i(right_edge) - so_far;
    format!(
        "{left_edge}{}{text}{}{right_edge}",
        spaces(char_start),
        spaces(right)
    )
}

fn text_length_i(text: &str) -> isize {
    text_length(text) as isize
}

fn align_left(text: &str, length: usize, left_edge: &str, right_edge: &str) -> String {
    let text_length = text_length_i(text);
    let length = length as isize;
    let computed = text_length + 2 + text_length_i(left_edge) + text_length_i(right_edge);
    let padding = if length - computed >= 0 { 2 } else { 0 };
    let so_far = left_edge.len() as isize + padding + text_length;
    format!(
        "{left_edge}{}{text}{}{right_edge}",
        spaces(padding),
        spaces(length - so_far - right_edge.len() as isize)
    )
}

#[derive(Clone, Debug, Default)]
struct Section {
    title: String,
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    indent_level: usize,
    max_widths: Vec<usize>,
}

impl Section {
    fn add_header(&mut self, headers: Vec<String>) {
        self.update_max_widths(&headers);
        self.headers = headers;
    }

    fn add_row(&mut self, row: Vec<String>) {
        self.update_max_widths(&row);
        self.rows.push(row);
    }

    fn update_max_widths(&mut self, row: &[String]) {
        if self.max_widths.is_empty() {
            self.max_widths = row.iter().map(|e| text_length(e)).collect();
        } else {
            for (w, e) in self.max_widths.iter_mut().zip(row) {
                *w = (*w).max(text_length(e));
            }
        }
    }

    /// Column widths scaled to add up to `max_width`, as `calculate_column_widths` does.
    fn column_widths(&self, padding: usize, max_width: usize) -> Vec<usize> {
        let unscaled: Vec<usize> = self.max_widths.iter().map(|w| w + padding).collect();
        let sum: usize = unscaled.iter().sum();
        if unscaled.is_empty() || sum == 0 {
            return unscaled;
        }
        let scale = max_width as f64 / sum as f64;
        let mut scaled: Vec<isize> = unscaled
            .iter()
            .map(|&w| round_half_even(scale * w as f64))
            .collect();
        let mut off_by: isize = scaled.iter().sum::<isize>() - max_width as isize;
        while off_by != 0 {
            let order: Vec<usize> = if off_by < 0 {
                (0..scaled.len()).rev().collect()
            } else {
                (0..scaled.len()).collect()
            };
            for i in order {
                if off_by > 0 {
                    scaled[i] -= 1;
                    off_by -= 1;
                } else {
                    scaled[i] += 1;
                    off_by += 1;
                }
                if off_by == 0 {
                    break;
                }
            }
        }
        scaled.into_iter().map(|w| w.max(0) as usize).collect()
    }

    fn total_width(&self) -> usize {
        let outer = self.indent_level;
        let columns: usize = self.max_widths.iter().map(|w| w + 4).sum();
        (text_length(&self.title) + 2 + 2 * outer).max(columns + 2 + 2 * outer)
    }
}

#[derive(Default)]
struct MultiTable {
    sections: Vec<Section>,
}

fn cell(value: &Value) -> String {
    value.python_str()
}

fn scalar_keys(fields: &[(String, Value)]) -> (Vec<String>, Vec<String>) {
    let mut headers: Vec<String> = Vec::new();
    let mut more: Vec<String> = Vec::new();
    for (k, v) in fields {
        if v.is_scalar() {
            headers.push(k.clone());
        } else {
            more.push(k.clone());
        }
    }
    headers.sort();
    more.sort();
    (headers, more)
}

fn get<'a>(fields: &'a [(String, Value)], key: &str) -> Option<&'a Value> {
    fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// Python's truth value of a response part.
fn truthy(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64() != Some(0.0),
        Value::Str(s) => !s.is_empty(),
        Value::List(items) => !items.is_empty(),
        Value::Object(fields) => !fields.is_empty(),
    }
}

impl MultiTable {
    fn current(&mut self) -> &mut Section {
        if self.sections.is_empty() {
            self.sections.push(Section::default());
        }
        self.sections.last_mut().expect("a section")
    }

    fn new_section(&mut self, title: &str, indent_level: usize) {
        self.sections.push(Section {
            title: title.to_string(),
            indent_level,
            ..Section::default()
        });
    }

    fn build(&mut self, title: Option<&str>, current: &Value, indent_level: usize) -> bool {
        if !truthy(current) {
            return false;
        }
        if let Some(t) = title {
            self.new_section(t, indent_level);
        }
        match current {
            Value::List(items) => {
                if matches!(items.first(), Some(Value::Object(_))) {
                    self.sub_table_from_list(items, indent_level, title.unwrap_or_default());
                } else {
                    for item in items {
                        match item {
                            Value::List(inner) if inner.iter().all(Value::is_scalar) => {
                                self.current().add_row(inner.iter().map(cell).collect())
                            }
                            // Iterating a dict gives its keys, all scalars.
                            Value::Object(fields) => self
                                .current()
                                .add_row(fields.iter().map(|(k, _)| k.clone()).collect()),
                            Value::List(_) => {
                                self.build(None, item, 0);
                            }
                            scalar => self.current().add_row(vec![cell(scalar)]),
                        }
                    }
                }
            }
            Value::Object(fields) => self.sub_table_from_dict(fields, indent_level),
            _ => {}
        }
        true
    }

    fn sub_table_from_dict(&mut self, fields: &[(String, Value)], indent_level: usize) {
        let (headers, more) = scalar_keys(fields);
        if headers.len() == 1 {
            let value = get(fields, &headers[0]).map(cell).unwrap_or_default();
            self.current().add_row(vec![headers[0].clone(), value]);
        } else if !headers.is_empty() {
            let row = headers
                .iter()
                .map(|h| get(fields, h).map(cell).unwrap_or_default())
                .collect();
            self.current().add_header(headers);
            self.current().add_row(row);
        }
        for key in more {
            if let Some(value) = get(fields, &key) {
                self.build(Some(&key), value, indent_level + 1);
            }
        }
    }

    fn sub_table_from_list(&mut self, items: &[Value], indent_level: usize, title: &str) {
        let mut headers: Vec<String> = Vec::new();
        let mut more: Vec<String> = Vec::new();
        for item in items {
            if let Value::Object(fields) = item {
                let (h, m) = scalar_keys(fields);
                headers.extend(h);
                more.extend(m);
            }
        }
        headers.sort();
        headers.dedup();
        more.sort();
        more.dedup();
        self.current().add_header(headers.clone());
        for (i, element) in items.iter().enumerate() {
            let empty = Vec::new();
            let fields = match element {
                Value::Object(f) => f,
                _ => &empty,
            };
            if i > 0 && !more.is_empty() {
                self.new_section(title, indent_level);
                self.current().add_header(headers.clone());
            }
            let row = headers
                .iter()
                .map(|h| get(fields, h).map(cell).unwrap_or_default())
                .collect();
            self.current().add_row(row);
            for key in &more {
                if let Some(value) = get(fields, key) {
                    self.build(Some(key), value, indent_level + 1);
                }
            }
        }
    }

    fn max_width(&self) -> usize {
        self.sections
            .iter()
            .map(Section::total_width)
            .max()
            .unwrap_or(0)
    }

    fn render(mut self) -> Vec<String> {
        let mut max_width = self.max_width();
        if max_width > TERMINAL_WIDTH {
            convert_to_vertical(&mut self.sections);
            max_width = self.max_width();
        }
        let mut lines = vec!["-".repeat(max_width)];
        for section in &self.sections {
            render_section(section, max_width, &mut lines);
        }
        lines
    }
}

/// A section of a single row is printed as `header | value` rows instead.
fn convert_to_vertical(sections: &mut [Section]) {
    for section in sections.iter_mut() {
        if section.rows.len() == 1 && !section.headers.is_empty() {
            let mut vertical = Section {
                title: section.title.clone(),
                indent_level: section.indent_level,
                ..Section::default()
            };
            for (header, element) in section.headers.iter().zip(&section.rows[0]) {
                vertical.add_row(vec![header.clone(), element.clone()]);
            }
            *section = vertical;
        }
    }
}

fn line_break(widths: &[usize]) -> String {
    let mut line = String::new();
    for (i, w) in widths.iter().enumerate() {
        if i == 0 {
            line.push_str(&format!("+{}+", "-".repeat(w.saturating_sub(2))));
        } else {
            line.push_str(&format!("{}+", "-".repeat(w.saturating_sub(1))));
        }
    }
    line
}

fn render_section(section: &Section, max_width: usize, lines: &mut Vec<String>) {
    // `IndentedStream`: each nesting level adds a `|` on both sides.
    let edge = "|".repeat(section.indent_level);
    let mut write = |line: String| lines.push(format!("{edge}{line}{edge}"));
    let max_width = max_width.saturating_sub(section.indent_level * 2);
    if !section.title.is_empty() {
        write(center_text(&section.title, max_width, "|", "|"));
        if section.headers.is_empty() && section.rows.is_empty() {
            write(format!("+{}+", "-".repeat(max_width.saturating_sub(2))));
        }
    }
    if !section.headers.is_empty() {
        let widths = section.column_widths(4, max_width);
        let mut current = String::new();
        for (i, (width, header)) in widths.iter().zip(&section.headers).enumerate() {
            let left = if i == 0 { "|" } else { "" };
            current.push_str(&center_text(header, *width, left, "|"));
        }
        write(line_break(&widths));
        write(current);
    }
    if section.rows.is_empty() {
        return;
    }
    let widths = section.column_widths(4, max_width);
    if widths.is_empty() {
        return;
    }
    write(line_break(&widths));
    for row in &section.rows {
        let mut current = String::new();
        for (i, (width, element)) in widths.iter().zip(row).enumerate() {
            let left = if i == 0 { "|" } else { "" };
            current.push_str(&align_left(element, *width, left, "|"));
        }
        write(current);
    }
    write(line_break(&widths));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_rounding_and_centering() {
        assert_eq!(round_half_even(2.5), 2);
        assert_eq!(round_half_even(3.5), 4);
        assert_eq!(round_half_even(3.4), 3);
        assert_eq!(center_text("ab", 10, "|", "|"), "|   ab   |");
        assert_eq!(align_left("ab", 8, "|", "|"), "|  ab  |");
    }

    #[test]
    fn a_scalar_result_prints_the_title_alone() {
        assert_eq!(
            format_table("GetCallerIdentity", &Value::str("123456789012")),
            [
                "-------------------",
                "|GetCallerIdentity|",
                "+-----------------+"
            ]
        );
        assert!(format_table("X", &Value::List(vec![])).is_empty());
    }
}
