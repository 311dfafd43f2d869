//! Read marks and bookmarks: what the user marks, kept by article key (a hash of the text) so it
//! survives moving the corpus; the bookmarks overlay; "mark all shown read" and "unread only".

use super::{Action, App, Filter, Pane};
use crate::corpus::{content_hash, key_text, key_value};
use crate::state::{Bookmark, Marks};

/// What a bookmark under the selection would mark: an article, or one place in it.
struct Target {
    article: usize,
    at: Option<usize>,
    quote: String,
}

impl App {
    /// Takes the marks saved in earlier sessions; articles already here and those arriving later
    /// are marked read from them.
    pub fn set_marks(&mut self, marks: Marks) {
        self.read_keys = marks.read.iter().filter_map(|k| key_value(k)).collect();
        self.marks = marks;
        for (i, key) in self.keys.iter().enumerate() {
            self.read[i] |= self.read_keys.contains(key);
        }
        self.stale = true;
    }

    /// Notes the key of each article that arrived (`from` on) and whether it was read before.
    pub(super) fn key_articles(&mut self, from: usize) {
        for (i, article) in self.corpus.articles.iter().enumerate().skip(from) {
            let key = content_hash(article.body.as_bytes());
            self.keys.push(key);
            self.by_key.entry(key).or_insert(i as u32);
            self.read.push(self.read_keys.contains(&key) || self.read_before.contains(&article.id));
        }
    }

    /// The marks to save: those loaded, with the read marks of the articles here brought up to date.
    pub fn marks_to_save(&self) -> Marks {
        let mut marks = self.marks.clone();
        for (&key, &read) in self.keys.iter().zip(&self.read) {
            let key = key_text(key);
            if read {
                marks.read.insert(key);
            } else {
                marks.read.remove(&key);
            }
        }
        marks
    }

    /// The article a bookmark is on, when it is loaded.
    pub fn bookmark_article(&self, b: &Bookmark) -> Option<usize> {
        let key = key_value(&b.article)?;
        self.by_key.get(&key).map(|&i| i as usize)
    }

    /// The bookmarks the overlay lists: those on loaded articles, as indices into the marks.
    pub fn bookmarks_here(&self) -> Vec<usize> {
        (0..self.marks.bookmarks.len())
            .filter(|&i| self.bookmark_article(&self.marks.bookmarks[i]).is_some())
            .collect()
    }

    fn bookmark_target(&self) -> Option<Target> {
        let whole = |article: usize| Target { article, at: None, quote: String::new() };
        let place = |article: usize, span: crate::span::Span| Target {
            article,
            at: Some(span.start()),
            quote: self.corpus.articles[article].body[span].to_owned(),
        };
        match self.view.pane {
            Pane::Articles => self.visible.articles.get(self.view.articles.selected).map(|&a| whole(a)),
            Pane::Text => {
                let article = self.reading()?;
                Some(match self.cursor_stop() {
                    Some(stop) => place(article, stop.span),
                    None => whole(article),
                })
            }
            Pane::Timeline => {
                let e = self.selected_entry()?;
                Some(place(e.article as usize, self.index.date(e).span))
            }
            Pane::People => {
                let (m, p) = (self.view.mention?, self.selected_person()?);
                let mention = *self.person_mentions(p).get(m.selected)?;
                Some(place(mention.article as usize, self.index.mention(mention).span))
            }
        }
    }

    /// `b`: bookmarks what is selected (the article, or the name or date under the cursor), or
    /// removes that bookmark.
    pub(super) fn toggle_bookmark(&mut self) {
        let Some(target) = self.bookmark_target() else {
            self.note = Some("nothing to bookmark here: select an article, a mention or a date".into());
            return;
        };
        let key = key_text(self.keys[target.article]);
        let same = |b: &Bookmark| b.article == key && b.at == target.at;
        if let Some(i) = self.marks.bookmarks.iter().position(same) {
            self.marks.bookmarks.remove(i);
            self.note = Some("bookmark removed".into());
        } else {
            let title = self.corpus.articles[target.article].title.clone();
            let what = if target.quote.is_empty() {
                "article".to_owned()
            } else {
                format!("“{}”", target.quote)
            };
            self.note = Some(format!("bookmarked {what} — B lists bookmarks"));
            self.marks.bookmarks.push(Bookmark { article: key, title, at: target.at, quote: target.quote });
        }
    }

    /// Whether article `a` (or a place in it) carries a bookmark.
    pub fn bookmarked(&self, a: usize) -> bool {
        let key = key_text(self.keys[a]);
        self.marks.bookmarks.iter().any(|b| b.article == key)
    }

    /// The keys of the bookmarks overlay.
    pub(super) fn bookmarks_action(&mut self, action: Action) {
        let rows = self.bookmarks_here();
        let last = rows.len().saturating_sub(1);
        match action {
            Action::ShowBookmarks => self.bookmarks_open = false,
            Action::Down | Action::PageDown => {
                self.bookmark_selected = (self.bookmark_selected + 1).min(last)
            }
            Action::Up | Action::PageUp => self.bookmark_selected = self.bookmark_selected.saturating_sub(1),
            Action::Top => self.bookmark_selected = 0,
            Action::Bottom => self.bookmark_selected = last,
            Action::ToggleBookmark => {
                if let Some(&i) = rows.get(self.bookmark_selected) {
                    self.marks.bookmarks.remove(i);
                    self.bookmark_selected = self.bookmark_selected.min(rows.len().saturating_sub(2));
                }
            }
            Action::Open => {
                let Some(&i) = rows.get(self.bookmark_selected) else { return };
                let b = self.marks.bookmarks[i].clone();
                let Some(article) = self.bookmark_article(&b) else { return };
                self.bookmarks_open = false;
                match b.at.filter(|&at| self.corpus.articles[article].body.is_char_boundary(at)) {
                    Some(at) => self.open_text_at(article, at, None),
                    None => self.jump(|v| {
                        v.pane = Pane::Text;
                        v.reading = Some(article);
                        v.text_scroll = 0;
                        v.cursor = None;
                    }),
                }
            }
            _ => {}
        }
    }

    /// `A` in Articles: every article the filters show is marked read.
    pub(super) fn mark_shown_read(&mut self) {
        let fresh = self.visible.articles.iter().filter(|&&a| !self.read[a]).count();
        for &a in &self.visible.articles {
            self.read[a] = true;
        }
        self.note = Some(format!("{fresh} article(s) marked read"));
        if self.view.filters.contains(&Filter::Unread) {
            self.refresh();
        }
    }

    /// `U` in Articles: show only unread articles, or all again.
    pub(super) fn toggle_unread(&mut self) {
        if self.view.filters.contains(&Filter::Unread) {
            self.jump(|v| v.filters.retain(|f| *f != Filter::Unread));
        } else {
            self.jump(|v| v.filters.push(Filter::Unread));
        }
    }
}
