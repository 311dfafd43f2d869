//! Article records in JSON (one object or an array of objects) and JSON Lines.
//!
//! Turns each record into metadata [`Field`]s; a malformed record is reported with its line and
//! the others still load.

use serde_json::Value;

use super::meta::{Field, MetaValue};

/// One record of a file: its 1-based position, the file line it starts on when known, and its
/// fields.
pub struct Record {
    pub number: usize,
    pub line: Option<usize>,
    pub fields: Vec<Field>,
}

/// Something wrong with a record or with the whole file.
pub struct RecordError {
    pub line: Option<usize>,
    pub message: String,
}

/// Reads a `.json` file: an object, or an array of objects.
pub fn parse_json(text: &str) -> (Vec<Record>, Vec<RecordError>) {
    match serde_json::from_str::<Value>(text) {
        Err(err) => (Vec::new(), vec![RecordError { line: Some(err.line()), message: syntax_message(&err) }]),
        Ok(Value::Array(items)) => {
            let mut records = Vec::new();
            let mut errors = Vec::new();
            for (i, item) in items.into_iter().enumerate() {
                match object_fields(item, None) {
                    Some(fields) => records.push(Record { number: i + 1, line: None, fields }),
                    None => errors.push(RecordError {
                        line: None,
                        message: format!("item {} of the array is not an object; skipped", i + 1),
                    }),
                }
            }
            (records, errors)
        }
        Ok(value) => match object_fields(value, None) {
            Some(fields) => (vec![Record { number: 1, line: None, fields }], Vec::new()),
            None => (
                Vec::new(),
                vec![RecordError {
                    line: None,
                    message: "expected an article object or an array of them".into(),
                }],
            ),
        },
    }
}

/// Reads a `.jsonl` file: one object a line; blank lines are allowed.
pub fn parse_jsonl(text: &str) -> (Vec<Record>, Vec<RecordError>) {
    let mut records = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let line_no = i + 1;
        match serde_json::from_str::<Value>(line) {
            Err(err) => errors.push(RecordError { line: Some(line_no), message: syntax_message(&err) }),
            Ok(value) => match object_fields(value, Some(line_no)) {
                Some(fields) => {
                    records.push(Record { number: records.len() + 1, line: Some(line_no), fields })
                }
                None => errors.push(RecordError {
                    line: Some(line_no),
                    message: "line is not a JSON object; skipped".into(),
                }),
            },
        }
    }
    (records, errors)
}

fn syntax_message(err: &serde_json::Error) -> String {
    let text = err.to_string();
    // serde_json appends " at line L column C"; the line is reported separately.
    let reason = text.split(" at line ").next().unwrap_or(&text);
    format!("not valid JSON: {reason} (column {})", err.column())
}

fn object_fields(value: Value, line: Option<usize>) -> Option<Vec<Field>> {
    let Value::Object(map) = value else { return None };
    Some(map.into_iter().map(|(key, v)| Field { key, value: meta_value(&v), line }).collect())
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Object(o) => o.get("name").and_then(scalar),
        Value::Null | Value::Array(_) => None,
    }
}

fn meta_value(v: &Value) -> MetaValue {
    match v {
        Value::Number(n) => MetaValue::NotText { kind: "a number", written: n.to_string() },
        Value::Bool(b) => MetaValue::NotText { kind: "true or false", written: b.to_string() },
        Value::Array(items) => MetaValue::List(items.iter().filter_map(scalar).collect()),
        other => scalar(other).map_or(MetaValue::Other, MetaValue::Text),
    }
}
