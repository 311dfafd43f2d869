//! Handing work to other programs: the article's URL to the browser (`o`), its file to the editor
//! or pager (`e`), a sentence or name to the clipboard (`y`), the rows shown to a file (`w`).
//!
//! The app only says what it wants as a [`Handoff`]; the terminal layer carries it out (it must
//! leave the screen for an editor) and the outcome comes back as a note.

use std::path::PathBuf;

use super::filters::Filter;
use super::input::Purpose;
use super::{App, Pane};

/// Work for the world outside the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handoff {
    /// Open this `http(s)` URL in the browser.
    OpenUrl(String),
    /// Open a file in the editor or pager, at byte `at` of the file when known.
    Edit { path: PathBuf, at: Option<usize> },
    /// Put this text on the clipboard.
    Copy(String),
    /// Write `contents` to a new file at `path` (never over an existing one).
    Write { path: PathBuf, contents: String },
}

/// The file formats `w` writes, by the name's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Csv,
    Json,
}

impl Format {
    pub fn of(path: &std::path::Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

impl App {
    /// `o`: the article's URL to the browser.
    pub(super) fn open_url(&mut self) {
        let Some(article) = self.handoff_article() else {
            self.note = Some("no article selected".into());
            return;
        };
        match article.url.as_deref().map(str::trim) {
            Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
                self.handoff = Some(Handoff::OpenUrl(url.to_owned()))
            }
            Some(_) => self.note = Some("the article's URL is not an http(s) link; not opened".into()),
            None => self.note = Some("this article has no URL".into()),
        }
    }

    /// `e`: the article's file to `$VISUAL`, `$EDITOR` or `$PAGER`, at the place read.
    pub(super) fn edit_file(&mut self) {
        let Some(index) = self.handoff_article_index() else {
            self.note = Some("no article selected".into());
            return;
        };
        let article = &self.corpus.articles[index];
        let in_body = (self.view.pane == Pane::Text).then(|| self.place_read(index)).flatten().unwrap_or(0);
        let at = article.body_offset.map(|offset| offset + in_body);
        self.handoff = Some(Handoff::Edit { path: article.path.clone(), at });
    }

    /// `y`: the sentence under the selection (or the name, in People) to the clipboard.
    pub(super) fn copy(&mut self) {
        let text = match self.view.pane {
            Pane::Text => self.reading().and_then(|a| {
                let at = self.place_read(a)?;
                let sentence = self.index.sentence_at(a, at)?;
                Some(self.corpus.articles[a].body[sentence].to_owned())
            }),
            Pane::Timeline => self.selected_entry().map(|e| {
                let a = e.article as usize;
                self.corpus.articles[a].body[self.index.entry_sentence(e)].to_owned()
            }),
            Pane::People => match (self.view.mention, self.selected_person()) {
                (Some(m), Some(p)) => self.person_mentions(p).get(m.selected).map(|&mention| {
                    let a = mention.article as usize;
                    self.corpus.articles[a].body[self.index.mention_sentence(mention)].to_owned()
                }),
                (None, Some(p)) => Some(self.index.people.people[p].name.clone()),
                _ => None,
            },
            Pane::Articles => self.handoff_article().map(|a| match &a.url {
                Some(url) => format!("{} <{url}>", a.title),
                None => a.title.clone(),
            }),
        };
        match text {
            Some(text) => {
                self.handoff = Some(Handoff::Copy(text.split_whitespace().collect::<Vec<_>>().join(" ")))
            }
            None => self.note = Some("nothing to copy here".into()),
        }
    }

    /// `w` in People or Timeline: asks for a file name, then writes the rows shown there.
    pub(super) fn start_write(&mut self) {
        let what = match self.view.pane {
            Pane::People => "people",
            Pane::Timeline => "timeline",
            _ => {
                self.note = Some("w writes the People or Timeline list: switch to 3 or 4 first".into());
                return;
            }
        };
        self.open_input(Purpose::Write, format!("{what}.md"));
    }

    /// Writes the rows of `pane` to `path`, in the format its extension names.
    pub(super) fn write_rows(&mut self, pane: Pane, path: &str) {
        let path = PathBuf::from(path.trim());
        let Some(format) = Format::of(&path) else {
            self.note = Some("name the file .md, .csv or .json to choose the format".into());
            return;
        };
        let contents = match pane {
            Pane::People => self.people_rows(format),
            _ => self.timeline_rows(format),
        };
        self.handoff = Some(Handoff::Write { path, contents });
    }

    fn people_rows(&self, format: Format) -> String {
        let header = ["name", "mentions", "articles", "aliases", "roles"];
        let rows: Vec<[String; 5]> = self
            .visible
            .people
            .iter()
            .map(|&p| {
                let person = &self.index.people.people[p];
                [
                    person.name.clone(),
                    self.person_mentions(p).len().to_string(),
                    self.person_articles_shown(p).to_string(),
                    person.aliases.join("; "),
                    person.roles.join("; "),
                ]
            })
            .collect();
        table(format, &header, &rows, &self.filters_said())
    }

    fn timeline_rows(&self, format: Format) -> String {
        let header = ["date", "value", "expression", "article", "sentence"];
        let rows: Vec<[String; 5]> = self
            .visible
            .timeline
            .iter()
            .map(|r| {
                let e = self.entry(r);
                let article = &self.corpus.articles[e.article as usize];
                let date = self.index.date(e);
                [
                    date.value.as_ref().map(|v| v.human()).unwrap_or_else(|| "undated".into()),
                    date.value.as_ref().map(|v| v.to_string()).unwrap_or_default(),
                    article.body[date.span].to_owned(),
                    article.title.clone(),
                    article.body[self.index.entry_sentence(e)]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                ]
            })
            .collect();
        table(format, &header, &rows, &self.filters_said())
    }

    /// The filters in force, as the status bar says them.
    fn filters_said(&self) -> String {
        self.view.filters.iter().map(|f: &Filter| f.label(&self.index)).collect::<Vec<_>>().join(" · ")
    }

    /// The byte of the article read that the user is at: the mention cursor, else the top line.
    fn place_read(&self, article: usize) -> Option<usize> {
        if let Some(stop) = self.cursor_stop() {
            return Some(stop.span.start());
        }
        let lines = self.text_lines(article, self.viewport.text_width.max(1));
        lines.iter().skip(self.view.text_scroll).find(|l| l.kind.is_some()).map(|l| l.range.start)
    }

    fn handoff_article_index(&self) -> Option<usize> {
        match self.view.pane {
            Pane::Timeline => self.selected_entry().map(|e| e.article as usize),
            Pane::People => {
                let (m, p) = (self.view.mention?, self.selected_person()?);
                self.person_mentions(p).get(m.selected).map(|m| m.article as usize)
            }
            _ => self.reading(),
        }
    }

    fn handoff_article(&self) -> Option<&crate::corpus::Article> {
        self.handoff_article_index().map(|i| &*self.corpus.articles[i])
    }
}

/// Rows as a Markdown table, CSV (RFC 4180 quoting) or a JSON array of objects.
fn table<const N: usize>(format: Format, header: &[&str; N], rows: &[[String; N]], filters: &str) -> String {
    match format {
        Format::Markdown => {
            let cell = |s: &str| s.replace('|', "\\|").replace(['\n', '\r'], " ");
            let mut out = String::new();
            if !filters.is_empty() {
                out.push_str(&format!("Filters: {}\n\n", cell(filters)));
            }
            out.push_str(&format!("| {} |\n", header.join(" | ")));
            out.push_str(&format!("|{}\n", " --- |".repeat(N)));
            for row in rows {
                let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
                out.push_str(&format!("| {} |\n", cells.join(" | ")));
            }
            out
        }
        Format::Csv => {
            let cell = |s: &str| {
                if s.contains([',', '"', '\n', '\r']) {
                    format!("\"{}\"", s.replace('"', "\"\""))
                } else {
                    s.to_owned()
                }
            };
            let mut out = header.join(",") + "\r\n";
            for row in rows {
                let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
                out.push_str(&(cells.join(",") + "\r\n"));
            }
            out
        }
        Format::Json => {
            let objects: Vec<serde_json::Map<String, serde_json::Value>> = rows
                .iter()
                .map(|row| {
                    header
                        .iter()
                        .zip(row)
                        .map(|(h, c)| (h.to_string(), serde_json::Value::from(c.as_str())))
                        .collect()
                })
                .collect();
            serde_json::to_string_pretty(&objects).unwrap_or_default() + "\n"
        }
    }
}
