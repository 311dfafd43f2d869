//! Article metadata: which keys mean what, across front matter, JSON records, feeds and scrapers.
//!
//! Input is plain key/value pairs (already parsed); output is a [`Meta`] and the complaints about
//! values that could not be understood. Keys compare case-insensitively, ignoring `_` and `-`.

use chrono::{DateTime, NaiveDate, NaiveDateTime};

use super::ArticleDate;

/// One key of a metadata block, with the file line it stands on when known.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub key: String,
    pub value: MetaValue,
    pub line: Option<usize>,
}

/// A metadata value reduced to what articles need.
#[derive(Debug, Clone, PartialEq)]
pub enum MetaValue {
    Text(String),
    List(Vec<String>),
    /// A JSON number or boolean, as written: fine for an id or a date, wrong for a title or text.
    NotText {
        kind: &'static str,
        written: String,
    },
    /// Nested structures and nulls: present but of no use.
    Other,
}

impl MetaValue {
    fn text(&self) -> Option<&str> {
        match self {
            MetaValue::Text(s) if !s.trim().is_empty() => Some(s.trim()),
            MetaValue::NotText { written, .. } => Some(written),
            MetaValue::List(items) => items.first().map(|s| s.trim()).filter(|s| !s.is_empty()),
            _ => None,
        }
    }

    /// A list, or a comma-separated string.
    fn list(&self) -> Vec<String> {
        let items: Vec<&str> = match self {
            MetaValue::Text(s) => s.split([',', ';']).collect(),
            MetaValue::List(items) => items.iter().map(String::as_str).collect(),
            MetaValue::NotText { .. } | MetaValue::Other => Vec::new(),
        };
        items.into_iter().map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
    }
}

/// What a metadata key means. The aliases are those written by web clippers, static-site
/// generators, feed readers and news scrapers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Id,
    Title,
    Date,
    Source,
    Url,
    Authors,
    Tags,
    Body,
}

const KEYS: &[(Role, &[&str])] = &[
    (Role::Id, &["id"]),
    (Role::Title, &["title", "headline"]),
    (
        Role::Date,
        &[
            "date",
            "published",
            "datepublish",
            "pubdate",
            "created",
            "datepublished",
            "publishdate",
            "publishedat",
            "publicationdate",
        ],
    ),
    (Role::Source, &["source", "site", "sitename", "sourcedomain", "publisher"]),
    (Role::Url, &["url", "link", "canonicalurl"]),
    (Role::Authors, &["author", "authors", "byline", "creator"]),
    (Role::Tags, &["tags", "keywords", "categories"]),
    (Role::Body, &["text", "maintext", "body", "content", "articlebody"]),
];

/// The body keys, in the words a user reads in a problem message.
pub const BODY_KEYS: &str = "text, maintext, body or content";

fn role_of(key: &str) -> Option<(Role, usize)> {
    let norm: String = key.chars().filter(|c| !matches!(c, '_' | '-')).flat_map(char::to_lowercase).collect();
    KEYS.iter().find_map(|(role, names)| names.iter().position(|n| *n == norm).map(|rank| (*role, rank)))
}

/// Metadata of one article, before it is attached to a body.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Meta {
    pub id: Option<String>,
    pub title: Option<String>,
    pub date: Option<ArticleDate>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub authors: Vec<String>,
    pub tags: Vec<String>,
    pub body: Option<String>,
    /// The text was there but not a string: already said, so "no text" need not be said again.
    pub body_refused: bool,
}

/// A value that was there but could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Complaint {
    pub line: Option<usize>,
    pub message: String,
}

impl Meta {
    /// Reads the fields. Where several aliases are present, the earlier alias in [`KEYS`] wins
    /// (`date` over `created`), whatever their order in the file.
    pub fn from_fields(fields: &[Field]) -> (Meta, Vec<Complaint>) {
        let mut best: Vec<(Role, usize, &Field)> = Vec::new();
        for field in fields {
            let Some((role, rank)) = role_of(&field.key) else { continue };
            match best.iter_mut().find(|(r, _, _)| *r == role) {
                Some(slot) if rank < slot.1 => *slot = (role, rank, field),
                Some(_) => {}
                None => best.push((role, rank, field)),
            }
        }
        let mut meta = Meta::default();
        let mut complaints = Vec::new();
        for (role, _, field) in best {
            let text = field.value.text().map(str::to_owned);
            match role {
                Role::Id => meta.id = text,
                Role::Title => match &field.value {
                    MetaValue::NotText { kind, written } => complaints.push(Complaint {
                        line: field.line,
                        message: format!("`{}: {written}` is {kind}, not text; the title is made from the text", field.key),
                    }),
                    _ => meta.title = text,
                },
                Role::Source => meta.source = text,
                Role::Url => meta.url = text,
                Role::Authors => meta.authors = field.value.list(),
                Role::Tags => meta.tags = field.value.list(),
                // The body is kept exactly, white space and all.
                Role::Body => match &field.value {
                    MetaValue::Text(s) => meta.body = Some(s.clone()),
                    MetaValue::NotText { kind, written } => {
                        meta.body_refused = true;
                        complaints.push(Complaint {
                            line: field.line,
                            message: format!("`{}: {written}` is {kind}, not article text; skipped", field.key),
                        });
                    }
                    _ => {}
                },
                Role::Date => match text.as_deref().map(|t| (t, parse_date(t))) {
                    Some((_, Some(date))) => meta.date = Some(date),
                    Some((raw, None)) => complaints.push(Complaint {
                        line: field.line,
                        message: format!(
                            "`{}: {raw}` is not a date (expected YYYY-MM-DD, RFC 3339 or RFC 2822); the article has no date",
                            field.key
                        ),
                    }),
                    None => {}
                },
            }
        }
        (meta, complaints)
    }
}

/// Parses a publication date: `YYYY-MM-DD`, RFC 3339, RFC 2822, or `YYYY-MM-DD HH:MM[:SS]`.
pub fn parse_date(s: &str) -> Option<ArticleDate> {
    let s = s.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(s).or_else(|_| DateTime::parse_from_rfc2822(s)) {
        return Some(ArticleDate {
            day: dt.date_naive(),
            time: Some(dt.time()),
            utc_offset: Some(dt.offset().local_minus_utc()),
        });
    }
    for format in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, format) {
            return Some(ArticleDate { day: dt.date(), time: Some(dt.time()), utc_offset: None });
        }
    }
    ["%Y-%m-%d", "%Y/%m/%d"].iter().find_map(|f| NaiveDate::parse_from_str(s, f).ok()).map(ArticleDate::day)
}

/// A `YYYY-MM-DD` at the start of a file name ("2018-05-30-talks.md").
pub fn date_from_file_name(stem: &str) -> Option<ArticleDate> {
    let head = stem.get(..10)?;
    let tail_ok = stem[10..].chars().next().is_none_or(|c| !c.is_ascii_digit());
    tail_ok.then(|| NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()).flatten().map(ArticleDate::day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(key: &str, value: &str) -> Field {
        Field { key: key.into(), value: MetaValue::Text(value.into()), line: Some(2) }
    }

    #[test]
    fn aliases_map_to_fields_case_and_separator_insensitively() {
        let (meta, complaints) = Meta::from_fields(&[
            field("Headline", "T"),
            field("pubDate", "Wed, 30 May 2018 14:00:00 +0900"),
            field("source_domain", "example.org"),
            field("LINK", "https://example.org/a"),
            field("author", "Ann Lee, Bo Chen"),
            field("keywords", "korea; diplomacy"),
        ]);
        assert!(complaints.is_empty());
        assert_eq!(meta.title.as_deref(), Some("T"));
        assert_eq!(meta.date.unwrap().day, NaiveDate::from_ymd_opt(2018, 5, 30).unwrap());
        assert_eq!(meta.source.as_deref(), Some("example.org"));
        assert_eq!(meta.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(meta.authors, ["Ann Lee", "Bo Chen"]);
        assert_eq!(meta.tags, ["korea", "diplomacy"]);
    }

    #[test]
    fn the_preferred_alias_wins_whatever_the_order() {
        let (meta, _) = Meta::from_fields(&[field("created", "2020-01-01"), field("date", "2018-05-30")]);
        assert_eq!(meta.date.unwrap().to_string(), "2018-05-30");
    }

    #[test]
    fn a_bad_date_is_a_complaint_with_its_line() {
        let (meta, complaints) = Meta::from_fields(&[field("date", "sometime in May")]);
        assert_eq!(meta.date, None);
        assert_eq!(complaints[0].line, Some(2));
        assert!(complaints[0].message.contains("sometime in May"));
    }

    #[test]
    fn date_forms() {
        let day = |s| parse_date(s).map(|d| d.day.to_string());
        assert_eq!(day("2018-05-30").as_deref(), Some("2018-05-30"));
        assert_eq!(day("2018-05-30T23:30:00-04:00").as_deref(), Some("2018-05-30"));
        assert_eq!(day("2018-05-30 10:00:00").as_deref(), Some("2018-05-30"));
        assert_eq!(day("Thu, 31 May 2018 01:02:03 GMT").as_deref(), Some("2018-05-31"));
        assert_eq!(day("May 2018"), None);
        let timed = parse_date("2018-05-30T23:30:00-04:00").unwrap();
        assert_eq!(
            (timed.time.unwrap().to_string().as_str(), timed.utc_offset),
            ("23:30:00", Some(-4 * 3600))
        );
    }

    #[test]
    fn file_names_starting_with_a_date() {
        assert_eq!(date_from_file_name("2018-05-30-talks").unwrap().to_string(), "2018-05-30");
        assert_eq!(date_from_file_name("2018-05-301"), None);
        assert_eq!(date_from_file_name("talks"), None);
    }
}
