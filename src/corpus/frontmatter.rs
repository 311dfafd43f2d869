//! Front matter: a YAML (`---`) or TOML (`+++`) block at the top of a text file.
//!
//! Splitting is done by hand so the body's byte offset is exact; the block is then parsed into
//! plain key/value pairs for [`super::meta`]. Nothing here decides what a key means.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::meta::{Field, MetaValue};

/// The syntax of a front-matter block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Yaml,
    Toml,
}

/// How a text file starts.
#[derive(Debug, PartialEq, Eq)]
pub enum Split<'a> {
    /// No front matter: the whole text is the body.
    None,
    /// A closed block. `block` excludes the fences; `body_start` skips the closing fence and any
    /// blank lines after it.
    Found { syntax: Syntax, block: &'a str, body_start: usize },
    /// An opening fence with no closing one.
    Unclosed { syntax: Syntax },
}

/// Finds a front-matter block at the very start of `text`.
pub fn split(text: &str) -> Split<'_> {
    let (syntax, closers): (Syntax, &[&str]) = match first_line(text) {
        "---" => (Syntax::Yaml, &["---", "..."]),
        "+++" => (Syntax::Toml, &["+++"]),
        _ => return Split::None,
    };
    let block_start = text.find('\n').map_or(text.len(), |i| i + 1);
    let mut at = block_start;
    for line in text[block_start..].split_inclusive('\n') {
        if closers.contains(&line.trim_end()) {
            let block = &text[block_start..at];
            let mut body_start = at + line.len();
            // Blank lines between the block and the body belong to neither.
            for next in text[body_start..].split_inclusive('\n') {
                if !next.trim().is_empty() || !next.ends_with('\n') {
                    break;
                }
                body_start += next.len();
            }
            return Split::Found { syntax, block, body_start };
        }
        at += line.len();
    }
    Split::Unclosed { syntax }
}

fn first_line(text: &str) -> &str {
    text.split('\n').next().unwrap_or("").trim_end()
}

/// A front-matter syntax error: the line (1-based, counted in the file) and what is wrong.
#[derive(Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub message: String,
}

/// Parses a block into (key, value, line) triples; `line` is 1-based within the file, the opening
/// fence being line 1.
pub fn parse(syntax: Syntax, block: &str) -> Result<Vec<Field>, SyntaxError> {
    match syntax {
        Syntax::Yaml => parse_yaml(block),
        Syntax::Toml => parse_toml(block),
    }
}

fn parse_yaml(block: &str) -> Result<Vec<Field>, SyntaxError> {
    if let Some(fields) = simple_yaml(block) {
        return Ok(fields);
    }
    full_yaml(block)
}

/// The common block of one `key: value` per line, read without a YAML parser (a tenth of the
/// time): `None` for anything a YAML parser could read otherwise (nesting, lists, escapes,
/// comments, numbers, nulls, repeated keys), which [`full_yaml`] then reads.
fn simple_yaml(block: &str) -> Option<Vec<Field>> {
    // What YAML reads as a boolean or a null, not as text.
    let keyword = |w: &str| {
        ["true", "false", "null", "yes", "no", "on", "off", "~"].iter().any(|k| w.eq_ignore_ascii_case(k))
    };
    let mut fields: Vec<Field> = Vec::new();
    let mut keys = HashSet::default();
    for (i, line) in block.lines().enumerate() {
        let (key, value) = line.split_once(':')?;
        if !plain_key(key) || keyword(key) || !keys.insert(key) || !value.starts_with(' ') {
            return None;
        }
        let value = value.trim_matches(' ').trim_end_matches('\r');
        if value.contains(['\t', '#', '\\']) || value.is_empty() {
            return None;
        }
        let quoted = |q: char| {
            let inner = value.strip_prefix(q)?.strip_suffix(q)?;
            (!inner.contains(q)).then_some(inner)
        };
        let text = if let Some(inner) = quoted('"').or_else(|| quoted('\'')) {
            inner
        } else {
            // A plain scalar: no quotes, no "key: value" inside, nothing YAML reads as a number,
            // a boolean or a null.
            let number = value.trim_start_matches(['+', '-']).bytes().all(|b| b.is_ascii_digit())
                || value.starts_with("0x")
                || value.starts_with("0o");
            let plain = value.starts_with(|c: char| c.is_alphanumeric())
                && !value.contains(": ")
                && !value.ends_with(':')
                && !value.contains(['"', '\''])
                && !number
                && !keyword(value);
            if !plain {
                return None;
            }
            value
        };
        // Every line holds a key: the file line is the block's line after the opening fence.
        fields.push(Field {
            key: key.to_owned(),
            value: MetaValue::Text(text.to_owned()),
            line: Some(i + 2),
        });
    }
    Some(fields)
}

/// A key of letters, digits, `_` and `-`, opening with a letter or `_` ("date", "pub_date").
fn plain_key(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && key.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
}

/// A block YAML refuses read as one `key: value` per line, everything after the first colon the
/// value ("title: Obituary: the printer"): how its writer meant it. `None` unless every line that
/// is not blank is such a line with a plain key.
pub fn key_value_lines(block: &str) -> Option<Vec<Field>> {
    let mut fields = Vec::new();
    for (i, line) in block.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let (key, value) = line.split_once(':')?;
        let value = value.trim();
        // YAML's own syntax (a list, a mapping, an anchor, an alias, a block, a tag, a quote left
        // open) was meant as YAML: not plain text.
        let yaml = value.starts_with(['[', '{', '&', '*', '|', '>', '!', '%', '@', '`']);
        let quoted = ['"', '\''].iter().find(|&&q| value.starts_with(q));
        let unquoted = match quoted {
            Some(&q) => value[1..].strip_suffix(q)?,
            None => value,
        };
        if !plain_key(key) || value.is_empty() || yaml {
            return None;
        }
        fields.push(Field {
            key: key.to_owned(),
            value: MetaValue::Text(unquoted.to_owned()),
            line: Some(i + 2),
        });
    }
    Some(fields)
}

fn full_yaml(block: &str) -> Result<Vec<Field>, SyntaxError> {
    use yaml_rust2::{Yaml, YamlLoader};
    if block.contains('*') {
        bounded_aliases(block)?;
    }
    let docs = YamlLoader::load_from_str(block).map_err(|e| SyntaxError {
        line: e.marker().line() + 1,
        message: format!("front matter is not valid YAML: {}", e.info()),
    })?;
    let hash = match docs.into_iter().next() {
        None | Some(Yaml::Null) => return Ok(Vec::new()),
        Some(Yaml::Hash(hash)) => hash,
        Some(_) => {
            return Err(SyntaxError {
                line: 2,
                message: "front matter is YAML but not a mapping of keys to values".into(),
            });
        }
    };
    let lines = key_lines(block);
    Ok(hash
        .into_iter()
        .filter_map(|(k, v)| {
            let key = yaml_scalar(&k)?;
            let line = lines.get(key.as_str()).copied();
            Some(Field { value: yaml_value(&v), key, line })
        })
        .collect())
}

/// How many values a block's aliases may expand to beyond one per byte of the block.
const ALIAS_SLACK: usize = 100_000;

/// Refuses a block whose aliases expand to more values than its bytes could hold plus
/// [`ALIAS_SLACK`]: a YAML loader copies the anchored value for each alias, so ten lines of
/// aliases of aliases make billions of values. Counted over the parser's events, without copying.
fn bounded_aliases(block: &str) -> Result<(), SyntaxError> {
    use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
    use yaml_rust2::scanner::Marker;

    /// Expanded sizes: of each open collection, and of each anchored value once complete.
    struct Sizes {
        open: Vec<(usize, usize)>,
        anchored: HashMap<usize, usize>,
        limit: usize,
        over_at: Option<usize>,
    }
    impl MarkedEventReceiver for Sizes {
        fn on_event(&mut self, event: Event, mark: Marker) {
            if self.over_at.is_some() {
                return;
            }
            // A value completed here: its anchor (0 for none) and its expanded size.
            let done = match event {
                Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                    self.open.push((anchor, 1));
                    None
                }
                Event::SequenceEnd | Event::MappingEnd => self.open.pop(),
                Event::Scalar(_, _, anchor, _) => Some((anchor, 1)),
                Event::Alias(anchor) => Some((0, self.anchored.get(&anchor).copied().unwrap_or(1))),
                _ => None,
            };
            let Some((anchor, size)) = done else { return };
            if anchor != 0 {
                self.anchored.insert(anchor, size);
            }
            let total = match self.open.last_mut() {
                Some(parent) => {
                    parent.1 = parent.1.saturating_add(size);
                    parent.1
                }
                None => size,
            };
            if total > self.limit {
                self.over_at = Some(mark.line());
            }
        }
    }

    let limit = block.len().saturating_add(ALIAS_SLACK);
    let mut sizes = Sizes { open: Vec::new(), anchored: HashMap::default(), limit, over_at: None };
    // A syntax error is the loader's to report, with its own message.
    let _ = Parser::new_from_str(block).load(&mut sizes, false);
    match sizes.over_at {
        None => Ok(()),
        Some(line) => Err(SyntaxError {
            line: line + 1,
            message: format!("front matter's YAML aliases expand to more than {limit} values"),
        }),
    }
}

fn yaml_scalar(y: &yaml_rust2::Yaml) -> Option<String> {
    use yaml_rust2::Yaml;
    match y {
        Yaml::String(s) | Yaml::Real(s) => Some(s.clone()),
        Yaml::Integer(i) => Some(i.to_string()),
        Yaml::Boolean(b) => Some(b.to_string()),
        _ => None,
    }
}

fn yaml_value(y: &yaml_rust2::Yaml) -> MetaValue {
    use yaml_rust2::Yaml;
    match y {
        Yaml::Array(items) => MetaValue::List(
            items
                .iter()
                .filter_map(|item| yaml_scalar(item).or_else(|| yaml_scalar(&item["name"])))
                .collect(),
        ),
        Yaml::Hash(_) => yaml_scalar(&y["name"]).map_or(MetaValue::Other, MetaValue::Text),
        other => yaml_scalar(other).map_or(MetaValue::Other, MetaValue::Text),
    }
}

fn parse_toml(block: &str) -> Result<Vec<Field>, SyntaxError> {
    let table: toml::Table = block.parse().map_err(|e: toml::de::Error| SyntaxError {
        line: e.span().map_or(2, |s| 2 + block[..s.start.min(block.len())].matches('\n').count()),
        message: format!("front matter is not valid TOML: {}", e.message()),
    })?;
    let lines = key_lines(block);
    Ok(table
        .into_iter()
        .map(|(key, v)| Field { line: lines.get(key.as_str()).copied(), value: toml_value(&v), key })
        .collect())
}

fn toml_scalar(v: &toml::Value) -> Option<String> {
    match v {
        toml::Value::String(s) => Some(s.clone()),
        toml::Value::Integer(i) => Some(i.to_string()),
        toml::Value::Float(f) => Some(f.to_string()),
        toml::Value::Boolean(b) => Some(b.to_string()),
        toml::Value::Datetime(d) => Some(d.to_string()),
        toml::Value::Array(_) | toml::Value::Table(_) => None,
    }
}

fn toml_value(v: &toml::Value) -> MetaValue {
    match v {
        toml::Value::Array(items) => MetaValue::List(
            items
                .iter()
                .filter_map(|i| toml_scalar(i).or_else(|| i.get("name").and_then(toml_scalar)))
                .collect(),
        ),
        toml::Value::Table(t) => {
            t.get("name").and_then(toml_scalar).map_or(MetaValue::Other, MetaValue::Text)
        }
        other => toml_scalar(other).map_or(MetaValue::Other, MetaValue::Text),
    }
}

/// The file line of each top-level `key:` or `key =` in the block (the opening fence is line 1),
/// the first where a key repeats: one pass, however many keys.
fn key_lines(block: &str) -> HashMap<&str, usize> {
    let mut lines = HashMap::default();
    for (i, line) in block.lines().enumerate() {
        let line = line.trim_start_matches(['"', '\'']);
        if let Some(end) = line.find([':', '=']) {
            let key = line[..end].trim_end().trim_end_matches(['"', '\'']);
            lines.entry(key).or_insert(i + 2);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_block_and_body_offset() {
        let text = "---\ntitle: A\n---\n\nBody\n";
        let Split::Found { syntax, block, body_start } = split(text) else { panic!() };
        assert_eq!((syntax, block, &text[body_start..]), (Syntax::Yaml, "title: A\n", "Body\n"));
    }

    #[test]
    fn toml_block_and_crlf_fences() {
        let text = "+++\r\ntitle = \"A\"\r\n+++\r\nBody";
        let Split::Found { syntax, block, body_start } = split(text) else { panic!() };
        assert_eq!((syntax, block, &text[body_start..]), (Syntax::Toml, "title = \"A\"\r\n", "Body"));
    }

    #[test]
    fn yaml_may_close_with_dots() {
        assert!(matches!(split("---\na: 1\n...\nBody"), Split::Found { .. }));
    }

    #[test]
    fn unclosed_and_absent_blocks() {
        assert_eq!(split("---\ntitle: A\nBody"), Split::Unclosed { syntax: Syntax::Yaml });
        assert_eq!(split("Body --- text"), Split::None);
    }

    #[test]
    fn yaml_errors_carry_the_file_line() {
        let err = parse(Syntax::Yaml, "title: A\ndate: [unclosed\n").unwrap_err();
        assert!(err.line >= 3, "{err:?}");
        assert!(err.message.contains("YAML"));
    }

    #[test]
    fn toml_errors_carry_the_file_line() {
        let err = parse(Syntax::Toml, "title = \"A\"\ndate = \n").unwrap_err();
        assert_eq!(err.line, 3, "{err:?}");
    }

    #[test]
    fn simple_blocks_read_as_a_yaml_parser_reads_them() {
        let values = [
            "Talks resume",
            "\"Kim: talks resume\"",
            "'quoted'",
            "2015-01-03",
            "https://news.example/6",
            "Staff, Wire",
            "Ünïcode title",
            "a: b",
            "[list]",
            "{name: Wire}",
            "007",
            "-12",
            "1.5",
            "true",
            "No",
            "~",
            "null",
            "x # comment",
            "\"esc\\\"aped\"",
            "'it''s'",
            "\"open",
            "& anchor",
            "*ref",
            "| block",
            "> folded",
            "!tag x",
            "0x1F",
            "Kim:",
            "",
        ];
        let mut simple = 0;
        for (i, a) in values.iter().enumerate() {
            for b in &values[i..] {
                let block = format!("title: {a}\ndate: {b}\r\n");
                let full = full_yaml(&block);
                if let Some(fields) = simple_yaml(&block) {
                    simple += 1;
                    assert_eq!(Ok(fields), full, "{block:?}");
                }
            }
        }
        assert!(simple > 20, "the common forms take the quick path ({simple})");
        for odd in [
            "null: A\n",
            "title: A\ntitle: B\n",
            "title:\n  - A\n",
            "# note\ntitle: A\n",
            " title: A\n",
            "title:A\n",
        ] {
            assert_eq!(simple_yaml(odd), None, "{odd:?}");
        }
    }

    #[test]
    fn each_keys_file_line_is_where_it_first_stands_at_the_top_level() {
        let lines = key_lines("\"title\": A\nauthors:\n  - name: Ann\nurl = \"http://x\"\ntitle: B\n");
        assert_eq!(lines.get("title"), Some(&2));
        assert_eq!(lines.get("url"), Some(&5), "TOML: the '=' before the URL's ':'");
        assert_eq!(lines.get("name"), None, "a nested key is no field");
        // Many keys: each found on its own line (one pass, not a search per key).
        let block: String = (0..20_000).map(|i| format!("key{i}: [v{i}]\n")).collect();
        let fields = parse(Syntax::Yaml, &block).unwrap();
        assert_eq!((fields[19_999].key.as_str(), fields[19_999].line), ("key19999", Some(20_001)));
    }

    #[test]
    fn aliases_that_expand_past_the_bound_are_refused_with_their_line() {
        // Each line holds nine aliases of the line before: 9^9 values from nine short lines.
        let mut block = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for i in 1..9 {
            let aliases = vec![format!("*a{}", i - 1); 9].join(", ");
            block += &format!("a{i}: &a{i} [{aliases}]\n");
        }
        block += "title: Fine\n";
        let err = parse(Syntax::Yaml, &block).unwrap_err();
        assert!(err.message.contains("aliases"), "{err:?}");
        // a5 (line 7 of the file) holds 9^6 = 531,441 values, the first past the bound.
        assert_eq!(err.line, 7);
    }

    #[test]
    fn aliases_within_the_bound_read_as_their_anchors() {
        let block = "tags: &t [war, talks]\nalso: *t\ntitle: Fine *starred*\n";
        let fields = parse(Syntax::Yaml, block).unwrap();
        let tags = MetaValue::List(vec!["war".into(), "talks".into()]);
        assert_eq!((&fields[0].value, &fields[1].value), (&tags, &tags));
        assert_eq!(fields[2].value, MetaValue::Text("Fine *starred*".into()));
    }

    #[test]
    fn lines_yaml_refuses_read_as_key_and_value_unless_they_are_meant_as_yaml() {
        let read = |block: &str| {
            key_value_lines(block)
                .map(|f| f.into_iter().map(|f| (f.key, f.value, f.line)).collect::<Vec<_>>())
        };
        let text = |s: &str| MetaValue::Text(s.into());
        assert_eq!(
            read("title: A: B\n\nauthor: 'Ivo Marsh'\n"),
            Some(vec![
                ("title".into(), text("A: B"), Some(2)),
                ("author".into(), text("Ivo Marsh"), Some(4))
            ])
        );
        for meant_as_yaml in ["title: [oops", "title: \"open", "a: &x [1, 2]", "- item", "title:"] {
            assert_eq!(read(meant_as_yaml), None, "{meant_as_yaml}");
        }
    }

    #[test]
    fn lists_and_named_objects_become_values() {
        let fields =
            parse(Syntax::Yaml, "authors:\n  - name: Ann Lee\n  - Bo Chen\nsource: {name: Wire}\n").unwrap();
        assert_eq!(fields[0].value, MetaValue::List(vec!["Ann Lee".into(), "Bo Chen".into()]));
        assert_eq!(fields[1].value, MetaValue::Text("Wire".into()));
        assert_eq!(fields[1].line, Some(5));
    }
}
