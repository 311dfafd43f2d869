//! The article set: finding files, reading every supported format, and reporting what went wrong.
//!
//! An [`Article`] keeps its body exactly as read; everything later stages find in it is a byte range
//! into that body. Loading never stops at a bad file: it records a [`Problem`] and goes on. Files
//! are only ever read.

pub mod days;
mod decode;
mod discover;
mod frontmatter;
mod json;
pub mod meta;
mod paragraphs;
mod sample;

use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

pub use decode::{DecodeError, DecodeWarning, Decoded, decode};
pub use discover::{Found, Source, discover, io_reason};
pub use paragraphs::{Paragraph, ParagraphKind, paragraphs};

use crate::span::MAX_BODY;
use crate::text;
use meta::{Meta, date_from_file_name};

/// The day an article was written, with its time of day when the source gives one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ArticleDate {
    #[serde(with = "days")]
    pub day: NaiveDate,
    pub time: Option<NaiveTime>,
    /// Seconds east of UTC, when the source states an offset.
    pub utc_offset: Option<i32>,
}

impl ArticleDate {
    /// A date with no time of day.
    pub fn day(day: NaiveDate) -> Self {
        ArticleDate { day, time: None, utc_offset: None }
    }
}

impl fmt::Display for ArticleDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.day.format("%Y-%m-%d"))
    }
}

/// One news article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Unique within the corpus: the file stem, or a JSON record's own `id`.
    pub id: String,
    pub path: PathBuf,
    pub title: String,
    /// The title was made from the first sentence because the file gave none.
    pub title_derived: bool,
    pub date: Option<ArticleDate>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub authors: Vec<String>,
    pub tags: Vec<String>,
    /// The body exactly as it stands in the file after any front matter.
    pub body: String,
    /// Byte offset of `body` in the file, when the body is the file's own bytes: then
    /// `file[body_offset..] == body`. `None` for decoded JSON strings and converted encodings.
    pub body_offset: Option<usize>,
}

impl Article {
    fn new(id: String, path: &Path, meta: Meta, body: String, body_offset: Option<usize>) -> Article {
        let date = meta.date.or_else(|| date_from_file_name(&file_stem(path)));
        let (title, title_derived) = match meta.title {
            Some(title) => (title, false),
            None => (derived_title(&body, &paragraphs(&body)).unwrap_or_else(|| id.clone()), true),
        };
        Article {
            id,
            path: path.to_path_buf(),
            title,
            title_derived,
            date,
            source: meta.source,
            url: meta.url,
            authors: meta.authors,
            tags: meta.tags,
            body,
            body_offset,
        }
    }

    /// Names the article by its text wherever its file lives: read marks and bookmarks use it.
    /// Stable across runs and versions (a change here would forget every mark).
    pub fn key(&self) -> String {
        key_text(content_hash(self.body.as_bytes()))
    }

    /// The body's paragraphs, classified, found again on each call (one pass over the body). Not
    /// stored: for every article of a large corpus they would cost as much as its sentences.
    pub fn paragraphs(&self) -> Vec<Paragraph> {
        paragraphs(&self.body)
    }
}

/// How an article key is written in saved marks (16 hex digits); [`key_value`] reads it back.
pub fn key_text(key: u64) -> String {
    format!("{key:016x}")
}

pub fn key_value(text: &str) -> Option<u64> {
    u64::from_str_radix(text, 16).ok()
}

/// A 64-bit hash of `bytes`, eight at a time (FxHash's mixing, fixed here so it never changes),
/// then spread so nearby inputs differ in every bit.
pub fn content_hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        h = (h.rotate_left(5) ^ word).wrapping_mul(K);
    }
    for &b in chunks.remainder() {
        h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
    }
    // splitmix64's finaliser.
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

const TITLE_MAX_CHARS: usize = 80;

/// The first sentence of the first text paragraph, cut at a word boundary to a readable length.
fn derived_title(body: &str, paragraphs: &[Paragraph]) -> Option<String> {
    let para = paragraphs.iter().find(|p| p.kind == ParagraphKind::Text).or_else(|| paragraphs.first())?;
    let first = text::sentences(&body[para.span]).into_iter().next()?;
    let sentence = body[para.span][first].split_whitespace().collect::<Vec<_>>().join(" ");
    if sentence.chars().count() <= TITLE_MAX_CHARS {
        return Some(sentence);
    }
    let cut: String = sentence.chars().take(TITLE_MAX_CHARS).collect();
    let at_word = cut.rfind(' ').filter(|&i| i > TITLE_MAX_CHARS / 2).map_or(cut.as_str(), |i| &cut[..i]);
    Some(format!("{}…", at_word.trim_end_matches([',', ';', ':', ' '])))
}

/// Something wrong with an input: where, and one clear sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub path: PathBuf,
    /// 1-based line in the file, when known.
    pub line: Option<usize>,
    pub message: String,
}

impl Problem {
    pub fn new(path: &Path, line: Option<usize>, message: impl Into<String>) -> Problem {
        Problem { path: path.to_path_buf(), line, message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.path.display(), self.message),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

/// The file formats Dateline reads, chosen by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    /// `.txt`, `.md`, `.markdown`: a body, optionally after YAML or TOML front matter.
    Text,
    /// `.json`: an article object or an array of them.
    Json,
    /// `.jsonl`, `.ndjson`: one article object a line.
    JsonLines,
}

impl Format {
    /// The supported extensions, for messages.
    pub const EXTENSIONS: &'static str = ".txt, .md, .markdown, .json, .jsonl, .ndjson";

    /// The format of a file, from its extension (case-insensitive).
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "md" | "markdown" => Some(Format::Text),
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            _ => None,
        }
    }
}

/// The articles of one file and the problems met reading it, before ids are made unique.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FileArticles {
    pub articles: Vec<Article>,
    pub problems: Vec<Problem>,
}

impl FileArticles {
    /// Reads the file at `path`; a file that cannot be read is a problem.
    pub fn open(path: &Path, format: Format) -> FileArticles {
        match std::fs::read(path) {
            Ok(bytes) => FileArticles::read(path, format, &bytes),
            Err(err) => FileArticles {
                articles: Vec::new(),
                problems: vec![Problem::new(path, None, format!("cannot read: {}", io_reason(&err)))],
            },
        }
    }

    /// Reads one file's bytes as `format`. Pure: the same bytes give the same articles.
    pub fn read(path: &Path, format: Format, bytes: &[u8]) -> FileArticles {
        let mut out = FileArticles::default();
        out.add(path, format, bytes);
        out
    }

    fn add(&mut self, path: &Path, format: Format, bytes: &[u8]) {
        if bytes.len() > MAX_BODY {
            return self.problem(path, None, "larger than 4 GiB; skipped");
        }
        let decoded = match decode(bytes) {
            Ok(decoded) => decoded,
            Err(DecodeError::Binary) => {
                return self.problem(path, None, "binary data, not text; skipped");
            }
        };
        match decoded.warning {
            Some(DecodeWarning::NotUtf8 { line }) => self.problem(
                path,
                Some(line),
                "not valid UTF-8; read as Windows-1252 (Latin-1), some characters may be wrong",
            ),
            Some(DecodeWarning::MalformedUtf16) => {
                self.problem(path, None, "malformed UTF-16; bad characters replaced with \u{FFFD}")
            }
            None => {}
        }
        if decoded.text.trim().is_empty() {
            let what = if bytes.is_empty() { "empty file" } else { "only white space" };
            return self.problem(path, None, format!("{what}; nothing to read"));
        }
        match format {
            Format::Text => self.add_text(path, decoded),
            Format::Json => self.add_records(path, json::parse_json(&decoded.text)),
            Format::JsonLines => self.add_records(path, json::parse_jsonl(&decoded.text)),
        }
    }

    fn add_text(&mut self, path: &Path, decoded: Decoded) {
        let Decoded { text, offset_in_file, .. } = decoded;
        let (fields, body_start) = match frontmatter::split(&text) {
            frontmatter::Split::None => (Vec::new(), 0),
            frontmatter::Split::Unclosed { .. } => {
                self.problem(
                    path,
                    Some(1),
                    "front matter is never closed; the whole file is read as the body",
                );
                (Vec::new(), 0)
            }
            frontmatter::Split::Found { syntax, block, body_start } => {
                match frontmatter::parse(syntax, block) {
                    Ok(fields) => (fields, body_start),
                    Err(err) => {
                        // "title: Obituary: the printer": what YAML refuses may still be plain lines.
                        let lines = (syntax == frontmatter::Syntax::Yaml)
                            .then(|| frontmatter::key_value_lines(block))
                            .flatten();
                        let what = if lines.is_some() {
                            "read as one `key: value` per line"
                        } else {
                            "metadata ignored"
                        };
                        self.problem(path, Some(err.line), format!("{}; {what}", err.message));
                        (lines.unwrap_or_default(), body_start)
                    }
                }
            }
        };
        let (meta, complaints) = Meta::from_fields(&fields);
        for c in complaints {
            self.problem(path, c.line, c.message);
        }
        let mut body = text;
        body.drain(..body_start);
        if body.trim().is_empty() {
            return self.problem(path, None, "no article text; skipped");
        }
        let id = file_stem(path);
        self.articles.push(Article::new(id, path, meta, body, offset_in_file.map(|o| o + body_start)));
    }

    fn add_records(&mut self, path: &Path, (records, errors): (Vec<json::Record>, Vec<json::RecordError>)) {
        let first_problem = self.problems.len();
        self.add_records_in_order(path, records, errors);
        // Said in the file's line order, whatever found them.
        self.problems[first_problem..].sort_by_key(|p| p.line.unwrap_or(0));
    }

    fn add_records_in_order(
        &mut self,
        path: &Path,
        records: Vec<json::Record>,
        errors: Vec<json::RecordError>,
    ) {
        if records.is_empty() && errors.is_empty() {
            return self.problem(path, None, "no article records (an empty list); nothing to read");
        }
        for err in errors {
            self.problem(path, err.line, err.message);
        }
        let stem = file_stem(path);
        let single = records.len() == 1 && records[0].line.is_none();
        for record in records {
            let (mut meta, complaints) = Meta::from_fields(&record.fields);
            let line = record.line;
            for c in complaints {
                self.problem(path, c.line.or(line), format!("record {}: {}", record.number, c.message));
            }
            let Some(body) = meta.body.take().filter(|b| !b.trim().is_empty()) else {
                if meta.body_refused {
                    continue;
                }
                let message = format!(
                    "record {} has no article text (expected {}); skipped",
                    record.number,
                    meta::BODY_KEYS
                );
                self.problem(path, line, message);
                continue;
            };
            let id = match meta.id.take() {
                Some(id) => id,
                None if single => stem.clone(),
                None => format!("{stem}#{}", record.number),
            };
            self.articles.push(Article::new(id, path, meta, body, None));
        }
    }

    fn problem(&mut self, path: &Path, line: Option<usize>, message: impl Into<String>) {
        self.problems.push(Problem::new(path, line, message));
    }
}

/// The loaded articles, in a deterministic order (the files' path order), and every problem met
/// on the way. Articles are shared, so a background indexer and the reader can hold them at once.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub articles: Vec<Arc<Article>>,
    pub problems: Vec<Problem>,
    /// Ids in use, to keep them unique as files arrive.
    ids: HashSet<String>,
}

impl Corpus {
    /// Loads every article under `paths` (files or folders), one file after another, without
    /// extracting anything. The reader and the commands use [`crate::load`], which does the same
    /// on every core, with a cache and progress.
    pub fn load(paths: &[PathBuf]) -> Corpus {
        let found = discover::discover(paths);
        let mut corpus = Corpus { problems: found.problems, ..Corpus::default() };
        for source in found.files {
            corpus.push(FileArticles::open(&source.path, source.format));
        }
        corpus
    }

    /// The sample articles built into the binary.
    pub fn sample() -> Corpus {
        let mut corpus = Corpus::default();
        for (name, text) in sample::FILES {
            corpus.add_file(&Path::new(sample::FOLDER).join(name), Format::Text, text.as_bytes());
        }
        corpus
    }

    /// Article indices, newest first; undated articles last; ties in load order.
    pub fn newest_first(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.articles.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(self.articles[i].date));
        order
    }

    /// Reads one file's bytes as `format` and adds its articles.
    pub fn add_file(&mut self, path: &Path, format: Format, bytes: &[u8]) {
        self.push(FileArticles::read(path, format, bytes));
    }

    /// Adds the articles of one file (in path order) and returns their indices; a later article
    /// whose id is taken gets the first free `id-2`, `id-3`, ….
    pub fn push(&mut self, file: FileArticles) -> std::ops::Range<usize> {
        let first = self.articles.len();
        for mut article in file.articles {
            self.unique_id(&mut article);
            self.articles.push(Arc::new(article));
        }
        self.problems.extend(file.problems);
        first..self.articles.len()
    }

    fn unique_id(&mut self, article: &mut Article) {
        if !self.ids.insert(article.id.clone()) {
            let base = article.id.clone();
            let fresh = (2..).map(|n| format!("{base}-{n}")).find(|c| !self.ids.contains(c)).unwrap_or(base);
            self.ids.insert(fresh.clone());
            article.id = fresh;
        }
    }
}

fn file_stem(path: &Path) -> String {
    path.file_stem().map_or_else(|| path.display().to_string(), |s| s.to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(name: &str, bytes: &str) -> Corpus {
        let mut c = Corpus::default();
        c.add_file(Path::new(name), Format::of(Path::new(name)).unwrap(), bytes.as_bytes());
        c
    }

    #[test]
    fn the_content_hash_never_changes_between_versions() {
        // Saved marks name articles by it: these values are what earlier versions wrote.
        assert_eq!(content_hash(b""), 0);
        assert_eq!(format!("{:016x}", content_hash(b"The envoy met the delegation.")), "8caf3d8addf5bdcb");
        assert_ne!(content_hash(b"abc"), content_hash(b"abd"));
        assert_ne!(content_hash(b"abcdefgh"), content_hash(b"abcdefgh "));
    }

    #[test]
    fn derived_titles_cut_long_first_sentences_at_a_word() {
        let long = "U.S. Secretary of State Mike Pompeo and a senior North Korean official met in New York on Wednesday, as the two nations sped up.";
        let c = one("a.txt", long);
        let a = &c.articles[0];
        assert!(a.title_derived);
        assert!(a.title.starts_with("U.S. Secretary of State Mike Pompeo"));
        assert!(a.title.ends_with('…') && a.title.chars().count() <= TITLE_MAX_CHARS + 1, "{}", a.title);
    }

    #[test]
    fn duplicate_ids_get_numbered() {
        let mut c = Corpus::default();
        for name in ["x/a.txt", "y/a.txt", "z/a.md"] {
            c.add_file(Path::new(name), Format::Text, b"Text.");
        }
        let ids: Vec<_> = c.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a", "a-2", "a-3"]);
    }

    #[test]
    fn empty_files_are_problems_not_articles() {
        let c = one("e.md", "---\ntitle: T\n---\n\n  \n");
        assert!(c.articles.is_empty());
        assert_eq!(c.problems[0].message, "no article text; skipped");
        assert!(FileArticles::read(Path::new("e.md"), Format::Text, b"\n").articles.is_empty());
        for (format, name) in
            [(Format::Text, "e.txt"), (Format::Json, "e.json"), (Format::JsonLines, "e.jsonl")]
        {
            let read = FileArticles::read(Path::new(name), format, b"");
            assert_eq!(read.problems.len(), 1, "{name}");
            assert_eq!(read.problems[0].message, "empty file; nothing to read");
            let read = FileArticles::read(Path::new(name), format, b" \n\t\n");
            assert_eq!(read.problems[0].message, "only white space; nothing to read");
        }
        let read = FileArticles::read(Path::new("e.json"), Format::Json, b"[]");
        assert_eq!(read.problems[0].message, "no article records (an empty list); nothing to read");
    }
}
