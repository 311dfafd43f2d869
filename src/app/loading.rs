//! Articles arriving from a background load, and resuming where the user left the corpus.

use super::{App, Filter, Pane};
use crate::corpus::Corpus;
use crate::index::CrossRef;

/// A load going on in the background.
#[derive(Debug)]
pub struct Loading {
    pub progress: std::sync::Arc<crate::load::Progress>,
    pub started: std::time::Instant,
    /// The people and timeline cover every article loaded so far.
    pub indexed: bool,
    /// When the article list last took in the articles that had arrived.
    listed: Option<std::time::Instant>,
}

/// While loading, how often the article list takes in the articles that arrived: ordering it on
/// every frame would cost the load more time than the list is worth.
const LISTED_EVERY: std::time::Duration = std::time::Duration::from_millis(250);

impl App {
    /// The reader before anything is loaded: articles arrive through [`App::receive`], and it
    /// resumes at `place` once they are in, unless the user has moved by then.
    pub fn loading(
        origin: impl Into<String>,
        progress: std::sync::Arc<crate::load::Progress>,
        place: Option<crate::state::Place>,
    ) -> App {
        let mut app = App::with_index(Corpus::default(), CrossRef::default(), origin);
        app.loading =
            Some(Loading { progress, started: std::time::Instant::now(), indexed: false, listed: None });
        app.read_before = place.as_ref().map(|p| p.read.iter().cloned().collect()).unwrap_or_default();
        app.pending_place = place;
        app
    }

    /// Takes what a background load sends.
    pub fn receive(&mut self, event: crate::load::Event) {
        use crate::load::Event;
        match event {
            Event::Batch(batch) => {
                let from = self.corpus.articles.len();
                self.corpus.articles.extend(batch.articles);
                self.key_articles(from);
                self.corpus.problems.extend(batch.problems);
                self.index.extractions.extend(batch.extractions);
                if let Some(loading) = &mut self.loading {
                    loading.indexed = false;
                }
                self.stale = true;
            }
            Event::Indexed { index, complete } => {
                self.replace_index(*index);
                if complete {
                    self.corpus.problems.sort_by(|a, b| a.path.cmp(&b.path));
                    self.loading = None;
                    if let Some(place) = self.pending_place.take() {
                        self.resume(&place);
                    }
                } else if let Some(loading) = &mut self.loading {
                    loading.indexed = true;
                }
            }
            Event::Indexing(released) => {
                self.release_index();
                // The loader may have stopped waiting; then there is no one to tell.
                let _ = released.send(());
            }
            Event::Notes(notes) => self.notes.extend(notes),
        }
    }

    /// Lets go of the bulk of a snapshot index while the complete one is built: the timeline and
    /// the people's mentions. Names, roles and each person's articles stay, so person filters,
    /// focus and highlighting keep working.
    fn release_index(&mut self) {
        self.index.timeline = crate::index::Timeline::default();
        self.index.people.release_mentions();
        if let Some(loading) = &mut self.loading {
            loading.indexed = false;
        }
        self.refresh();
    }

    /// Puts in a newer cross-reference, keeping filters and the focus on the same people (people
    /// are renumbered as the corpus grows) and the selections on the same rows.
    pub(super) fn replace_index(&mut self, index: CrossRef) {
        let old = std::mem::replace(&mut self.index, index);
        let id_of = |p: usize| old.people.people.get(p).map(|p| p.id.clone());
        let renumber = |new: &CrossRef, p: usize| id_of(p).and_then(|id| new.people.find(&id));
        let mut filters = std::mem::take(&mut self.view.filters);
        filters.retain_mut(|f| match f {
            Filter::Person(p) => match renumber(&self.index, *p) {
                Some(q) => {
                    *p = q;
                    true
                }
                None => false,
            },
            _ => true,
        });
        self.view.filters = filters;
        self.view.focus = self.view.focus.and_then(|p| renumber(&self.index, p));
        // Older views point at people and entries of the old index.
        self.back.clear();
        self.forward.clear();
        self.refresh();
    }

    /// Brings the visible rows up to date before a frame is drawn (while loading, a few times a
    /// second).
    pub fn tick(&mut self) {
        // While a query is matching in the articles, the new ones wait for the next match.
        if !self.stale || self.is_matching(Pane::Articles) {
            return;
        }
        if let Some(loading) = &mut self.loading {
            if loading.listed.is_some_and(|at| at.elapsed() < LISTED_EVERY) {
                return;
            }
            loading.listed = Some(std::time::Instant::now());
        }
        self.stale = false;
        self.refresh_articles();
    }

    /// Where the reader is now, to be remembered for `corpus`.
    pub fn place(&self, corpus: &str) -> crate::state::Place {
        crate::state::Place {
            corpus: corpus.to_owned(),
            pane: self.view.pane.title().to_lowercase(),
            article: self.reading_article().map(|a| a.id.clone()),
            scroll: self.view.text_scroll,
            // Read marks are saved by article key now (`marks_to_save`); ids only came from older files.
            read: Vec::new(),
        }
    }

    /// Returns to a remembered place, as far as the corpus still has it.
    pub fn resume(&mut self, place: &crate::state::Place) {
        let read: std::collections::HashSet<&String> = place.read.iter().collect();
        for (article, mark) in self.corpus.articles.iter().zip(self.read.iter_mut()) {
            *mark = *mark || read.contains(&article.id);
        }
        if let Some(pane) = Pane::ALL.into_iter().find(|p| p.title().eq_ignore_ascii_case(&place.pane)) {
            self.view.pane = pane;
        }
        let article =
            place.article.as_ref().and_then(|id| self.corpus.articles.iter().position(|a| &a.id == id));
        if let Some(article) = article {
            if let Some(row) = self.visible.articles.iter().position(|&a| a == article) {
                self.view.articles.selected = row;
            }
            self.view.reading = (self.view.pane == Pane::Text).then_some(article);
            self.view.text_scroll = place.scroll;
        }
    }
}
