//! Where the reader was, per corpus, so the next start resumes there.
//!
//! One small JSON file in the platform's state directory (`$XDG_STATE_HOME/dateline/` on Linux;
//! `DATELINE_STATE_DIR` overrides it). It is written atomically: a temporary file in the same
//! folder, flushed to disk, then renamed over the old one, so a crash never leaves half a file.
//! A missing or unreadable file only means starting fresh. No terminal here.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// How many corpora are remembered; the least recently used are forgotten first.
const REMEMBERED: usize = 50;
const FILE: &str = "reading.json";

/// Where one corpus was left.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// Identifies the corpus: the paths opened, or "sample".
    pub corpus: String,
    /// "articles", "text", "people" or "timeline".
    pub pane: String,
    /// The id of the article being read.
    pub article: Option<String>,
    pub scroll: usize,
    /// Ids of the articles already read.
    #[serde(default)]
    pub read: Vec<String>,
}

/// Every remembered place, most recent first, and the marks on articles.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    pub places: Vec<Place>,
    #[serde(default)]
    pub marks: Marks,
}

/// Read marks and bookmarks. Articles are named by a hash of their text
/// ([`crate::corpus::Article::key`]), so they survive moving or renaming the corpus folder.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marks {
    /// The articles read.
    #[serde(default)]
    pub read: std::collections::BTreeSet<String>,
    /// Oldest first.
    #[serde(default)]
    pub bookmarks: Vec<Bookmark>,
}

/// A bookmark on an article, or on one place (a mention or a date) in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    /// The article's key.
    pub article: String,
    /// Its title when marked, to name it while it is not loaded.
    pub title: String,
    /// The byte of the body marked; `None` for the whole article.
    pub at: Option<usize>,
    /// The words marked (a name or a date), or empty.
    #[serde(default)]
    pub quote: String,
}

impl State {
    /// The state folder: `DATELINE_STATE_DIR`, else the platform's state (or local data) folder.
    pub fn dir() -> Option<PathBuf> {
        if let Some(dir) = std::env::var_os("DATELINE_STATE_DIR") {
            return Some(PathBuf::from(dir));
        }
        let dirs = directories::ProjectDirs::from("", "", "dateline")?;
        Some(dirs.state_dir().unwrap_or_else(|| dirs.data_local_dir()).to_path_buf())
    }

    /// Reads the state in `dir`; a missing file is an empty state, a broken one an error to show.
    /// A broken file is moved aside (`reading.json.broken`) so saving anew loses nothing.
    pub fn load(dir: &Path) -> Result<State, String> {
        let path = dir.join(FILE);
        match std::fs::read_to_string(&path) {
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(State::default()),
            Err(err) => Err(format!("{}: cannot read the saved reading state: {err}", path.display())),
            Ok(text) => serde_json::from_str(&text).map_err(|err| {
                let aside = dir.join(format!("{FILE}.broken"));
                let kept = match std::fs::rename(&path, &aside) {
                    Ok(()) => format!("moved aside to {}", aside.display()),
                    Err(why) => format!("and could not be moved aside: {why}"),
                };
                format!(
                    "{}: saved reading state is not valid ({err}); {kept}; starting fresh",
                    path.display()
                )
            }),
        }
    }

    /// The place remembered for `corpus`.
    pub fn place(&self, corpus: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.corpus == corpus)
    }

    /// Remembers `place`, most recent first.
    pub fn remember(&mut self, place: Place) {
        self.places.retain(|p| p.corpus != place.corpus);
        self.places.insert(0, place);
        self.places.truncate(REMEMBERED);
    }

    /// Writes the state into `dir` atomically (temporary file, sync, rename).
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        let target = dir.join(FILE);
        let temporary = dir.join(format!(".{FILE}.{}.tmp", std::process::id()));
        let written = (|| {
            let mut file = std::fs::File::create(&temporary)?;
            file.write_all(serde_json::to_string_pretty(self).map_err(std::io::Error::other)?.as_bytes())?;
            file.sync_all()?;
            std::fs::rename(&temporary, &target)
        })();
        if written.is_err() {
            let _ = std::fs::remove_file(&temporary);
        }
        written
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(corpus: &str, scroll: usize) -> Place {
        Place {
            corpus: corpus.into(),
            pane: "text".into(),
            article: Some("a".into()),
            scroll,
            read: vec!["a".into()],
        }
    }

    #[test]
    fn saves_and_loads_the_most_recent_place_first() {
        let dir = tempfile::tempdir().unwrap();
        let mut state = State::default();
        state.remember(place("x", 1));
        state.remember(place("y", 2));
        state.remember(place("x", 3));
        state.save(dir.path()).unwrap();
        let loaded = State::load(dir.path()).unwrap();
        assert_eq!(loaded.places, [place("x", 3), place("y", 2)]);
        assert_eq!(loaded.place("y"), Some(&place("y", 2)));
        let leftovers: Vec<_> =
            std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(leftovers, [FILE], "no temporary file is left behind");
    }

    #[test]
    fn a_file_from_before_read_marks_still_loads() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(FILE),
            r#"{"places":[{"corpus":"x","pane":"text","article":null,"scroll":0}]}"#,
        )
        .unwrap();
        assert!(State::load(dir.path()).unwrap().places[0].read.is_empty());
    }

    #[test]
    fn a_missing_file_is_a_fresh_start_and_a_broken_one_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(State::load(dir.path()).unwrap(), State::default());
        std::fs::write(dir.path().join(FILE), "{ not json").unwrap();
        let err = State::load(dir.path()).unwrap_err();
        assert!(err.contains("reading.json") && err.contains("not valid"), "{err}");
        // Kept aside, so the next save does not destroy it.
        assert!(err.contains("moved aside"), "{err}");
        assert_eq!(std::fs::read_to_string(dir.path().join("reading.json.broken")).unwrap(), "{ not json");
        assert_eq!(State::load(dir.path()).unwrap(), State::default());
    }

    #[test]
    fn only_the_most_recent_corpora_are_kept() {
        let mut state = State::default();
        for i in 0..REMEMBERED + 5 {
            state.remember(place(&i.to_string(), i));
        }
        assert_eq!(state.places.len(), REMEMBERED);
        assert_eq!(state.places[0].corpus, (REMEMBERED + 4).to_string());
    }
}
