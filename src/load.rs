//! Loading a corpus: files → articles and their extractions, on every core, in path order.
//!
//! Files are found first (one `stat` each), then read and analysed in chunks: within a chunk the
//! machine's cores share the files (rayon); chunks are handed on in path order, so ids, order and
//! problems are the same on every run. A file whose size and modification time match the
//! [`cache`](crate::cache) is decoded from it instead of analysed. A panic while reading or
//! analysing one file becomes a [`Problem`] for that file. [`Progress`] counts what is done for
//! a gauge; nothing here touches a terminal.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::time::Instant;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::cache::{self, Stamp};
use crate::corpus::{Article, Corpus, FileArticles, Problem, Source};
use crate::extract::{Extraction, extract};
use crate::guard;
use crate::index::{CrossRef, PeopleIndex, Timeline};

/// How to load.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Where the cache lives; `None` reads and writes no cache.
    pub cache_dir: Option<PathBuf>,
}

impl Options {
    /// Loading with the platform cache folder, or without a cache.
    pub fn with_cache(cache: bool) -> Options {
        Options { cache_dir: if cache { cache::dir() } else { None } }
    }
}

/// Counters a progress gauge reads while loading goes on (all relaxed: they are only shown).
#[derive(Debug, Default)]
pub struct Progress {
    /// Files to read, once they are found.
    pub files: AtomicUsize,
    /// Files read and analysed (or taken from the cache).
    pub done: AtomicUsize,
    /// Articles analysed so far.
    pub articles: AtomicUsize,
    /// Bytes of the files done.
    pub bytes: AtomicU64,
    /// Files taken from the cache.
    pub cached: AtomicUsize,
}

impl Progress {
    fn get(counter: &AtomicUsize) -> usize {
        counter.load(Ordering::Relaxed)
    }

    /// (files done, files in all, articles), for a gauge.
    pub fn snapshot(&self) -> (usize, usize, usize) {
        (Progress::get(&self.done), Progress::get(&self.files), Progress::get(&self.articles))
    }
}

/// The next articles in path order, with their extractions and the problems of their files.
#[derive(Debug, Default, Clone)]
pub struct Batch {
    pub articles: Vec<Arc<Article>>,
    pub extractions: Vec<Arc<Extraction>>,
    pub problems: Vec<Problem>,
}

/// Everything loaded: the corpus, one extraction per article, and notes about the cache.
#[derive(Debug, Default)]
pub struct Loaded {
    pub corpus: Corpus,
    pub extractions: Vec<Arc<Extraction>>,
    /// Said once to the user: a cache that could not be used or written.
    pub notes: Vec<String>,
    /// Where the cross-reference of exactly these files is saved, when there is a cache.
    pub saved: Option<Saved>,
}

/// Where the cross-reference of a set of files is saved, and the digest of their paths and stamps.
#[derive(Debug, Clone)]
pub struct Saved {
    path: PathBuf,
    digest: u64,
    /// The program build ([`cache::build_id`]), worked out once per load.
    build: String,
}

/// One file's analysis, as the cache stores it.
#[derive(Serialize, Deserialize)]
struct Analysed {
    file: FileArticles,
    extractions: Vec<Extraction>,
}

/// Files a chunk holds: enough to keep every core busy, few enough to show progress often.
const CHUNK: usize = 256;

/// Loads the articles under `paths` and analyses them, handing each chunk to `sink` in path
/// order as it is ready. `key` names the corpus for its cache file.
pub fn load(
    paths: &[PathBuf],
    key: &str,
    options: &Options,
    progress: &Progress,
    mut sink: impl FnMut(&Batch),
) -> Loaded {
    let started = Instant::now();
    let found = crate::corpus::discover(paths);
    progress.files.store(found.files.len(), Ordering::Relaxed);
    tracing::info!(target: "load", files = found.files.len(), elapsed_ms = ms(started), "found files");
    let mut loaded = Loaded::default();
    // Problems finding files go out with the first batch; all are listed in path order at the end.
    loaded.corpus.problems = found.problems.clone();
    let mut pending = found.problems;
    let stamps: Vec<Stamp> = found.files.iter().map(stamp).collect();
    // Nothing found, nothing to keep: no cache is read or written.
    let cache_dir = options.cache_dir.as_ref().filter(|_| !found.files.is_empty());
    loaded.saved = cache_dir.map(|dir| Saved {
        path: cache::index_file_for(dir, key),
        digest: cache::digest(found.files.iter().map(|f| f.path.as_path()).zip(&stamps)),
        build: cache::build_id(),
    });
    let build = loaded.saved.as_ref().map_or("", |s| s.build.as_str());
    let mut store = Store::open(cache_dir, key, build, &found.files, &stamps, &mut loaded.notes);
    for (sources, stamps) in found.files.chunks(CHUNK).zip(stamps.chunks(CHUNK)) {
        let writing = store.writing();
        let results: Vec<(Analysed, Option<Vec<u8>>)> = sources
            .par_iter()
            .zip(stamps)
            .map(|(source, stamp)| {
                let result = analyse_or_decode(source, store.stored(&source.path, stamp), writing, progress);
                progress.done.fetch_add(1, Ordering::Relaxed);
                progress.bytes.fetch_add(source.size, Ordering::Relaxed);
                result
            })
            .collect();
        let mut batch = Batch { problems: std::mem::take(&mut pending), ..Batch::default() };
        for ((analysed, bytes), (source, stamp)) in results.into_iter().zip(sources.iter().zip(stamps)) {
            if let Some(bytes) = bytes {
                store.add(&source.path, stamp, &bytes, &mut loaded.notes);
            }
            let Analysed { file, extractions } = analysed;
            batch.problems.extend(file.problems.iter().cloned());
            let range = loaded.corpus.push(file);
            batch.articles.extend(loaded.corpus.articles[range].iter().cloned());
            batch.extractions.extend(extractions.into_iter().map(Arc::new));
        }
        loaded.extractions.extend(batch.extractions.iter().cloned());
        sink(&batch);
    }
    if !pending.is_empty() {
        sink(&Batch { problems: pending, ..Batch::default() });
    }
    loaded.corpus.problems.sort_by(|a, b| a.path.cmp(&b.path));
    store.finish(&mut loaded.notes);
    tracing::info!(
        target: "load",
        files = progress.snapshot().0,
        articles = loaded.corpus.articles.len(),
        cached = Progress::get(&progress.cached),
        elapsed_ms = ms(started),
        "read and analysed"
    );
    loaded
}

/// What a background load tells the reader, in order.
#[derive(Debug)]
pub enum Event {
    /// The next articles, with their extractions and problems.
    Batch(Batch),
    /// A cross-reference of everything sent so far; `complete` on the last one.
    Indexed { index: Box<CrossRef>, complete: bool },
    /// Everything is read and the complete cross-reference is about to be built: the reader lets
    /// go of the bulk of the last snapshot (timeline, mentions) and answers, so that the two are
    /// not held together (the loader waits up to a second for the answer).
    Indexing(mpsc::Sender<()>),
    /// Notes for the user (a cache that could not be used), sent at the end.
    Notes(Vec<String>),
}

/// Loads in the background: batches as they are read, index snapshots while the corpus grows
/// (each once the corpus has doubled since the last, so together they cost at most as much again
/// as the last), then the complete index, built once the reader has let go of the last snapshot.
/// A sample corpus (`paths` empty) is sent at once.
pub fn spawn(paths: Vec<PathBuf>, key: String, options: Options) -> (Arc<Progress>, Receiver<Event>) {
    let progress = Arc::new(Progress::default());
    let (tx, rx) = mpsc::channel();
    let counter = Arc::clone(&progress);
    std::thread::spawn(move || {
        let started = Instant::now();
        let mut loaded = if paths.is_empty() {
            sample(&counter, |b| {
                let _ = tx.send(Event::Batch(b.clone()));
            })
        } else {
            let mut snapshot_at = SNAPSHOT_FIRST;
            let mut articles: Vec<Arc<Article>> = Vec::new();
            let mut extractions: Vec<Arc<Extraction>> = Vec::new();
            let loaded = load(&paths, &key, &options, &counter, |batch| {
                articles.extend(batch.articles.iter().cloned());
                extractions.extend(batch.extractions.iter().cloned());
                // The receiver is gone only if the reader quit; then nothing is left to do.
                let _ = tx.send(Event::Batch(batch.clone()));
                if articles.len() >= snapshot_at && snapshot_worth(&counter, started) {
                    snapshot_at = articles.len() * 2;
                    let index = CrossRef::build(&articles, extractions.clone());
                    let _ = tx.send(Event::Indexed { index: Box::new(index), complete: false });
                }
            });
            // A snapshot was sent (the next is due later than the first would have been).
            if snapshot_at > SNAPSHOT_FIRST {
                let (released, answer) = mpsc::channel();
                if tx.send(Event::Indexing(released)).is_ok() {
                    // The reader answers within a frame; a reader that is busy must not hold up loading.
                    if answer.recv_timeout(RELEASE_WAIT).is_ok() {
                        crate::memory::trim();
                    }
                }
            }
            loaded
        };
        let mut notes = std::mem::take(&mut loaded.notes);
        let index = self::index(&loaded, true, &mut notes);
        let _ = tx.send(Event::Indexed { index: Box::new(index), complete: true });
        if !notes.is_empty() {
            let _ = tx.send(Event::Notes(notes));
        }
    });
    (progress, rx)
}

/// The cross-reference of `loaded` (with `timeline: false`, its people alone). The people are
/// those saved for exactly these files when there are some, else linked and then saved; the
/// timeline, a sort of what the extractions hold, is made again.
pub fn index(loaded: &Loaded, timeline: bool, notes: &mut Vec<String>) -> CrossRef {
    let started = Instant::now();
    let (articles, extractions) = (&loaded.corpus.articles, loaded.extractions.clone());
    let mut saved = || {
        let saved = loaded.saved.as_ref()?;
        let read = |r: &mut dyn Read| {
            let people: PeopleIndex = postcard::from_io((r, &mut vec![0u8; 1 << 20])).ok()?.0;
            (people.articles() == articles.len()).then_some(people)
        };
        cache::open_saved(&saved.path, &saved.build, saved.digest, read).unwrap_or_else(|note| {
            notes.push(note);
            None
        })
    };
    let ((people, was_saved), timeline) = rayon::join(
        || match saved() {
            Some(people) => (people, true),
            None => (PeopleIndex::build(articles, &extractions), false),
        },
        || if timeline { Timeline::build(articles, &extractions) } else { Timeline::default() },
    );
    let index = CrossRef { extractions, people, timeline };
    tracing::info!(target: "load", saved = was_saved, people = index.people.people.len(), timeline = index.timeline.entries.len(), elapsed_ms = ms(started), "indexed");
    if !was_saved
        && let Some(saved) = &loaded.saved
        && let Err(err) = cache::save(&saved.path, &saved.build, saved.digest, |w| {
            postcard::to_io(&index.people, w).map(drop).map_err(std::io::Error::other)
        })
    {
        notes.push(format!("{}: cannot save the people: {err}", saved.path.display()));
    }
    index
}

/// The corpus size of the first index snapshot, how long loading must have run for one, and how
/// long it must still have to go: a load that finishes quickly (a warm cache) needs none.
const SNAPSHOT_FIRST: usize = 2_000;
const SNAPSHOT_AFTER: std::time::Duration = std::time::Duration::from_millis(700);
const SNAPSHOT_WORTH: std::time::Duration = std::time::Duration::from_secs(2);
/// How long the complete index waits for the reader to let go of the last snapshot.
const RELEASE_WAIT: std::time::Duration = std::time::Duration::from_secs(1);

/// Whether an index snapshot is worth making now: loading has run a while and has long to go, and
/// is not mostly reading the cache (which goes fast to the end, whatever the pace so far). None
/// past half the files: the reader holds the last snapshot until everything is read, so the
/// largest is at most half the complete index.
fn snapshot_worth(progress: &Progress, started: Instant) -> bool {
    let (done, files, _) = progress.snapshot();
    started.elapsed() >= SNAPSHOT_AFTER
        && done * 2 <= files
        && Progress::get(&progress.cached) * 2 < done
        && still_to_go(progress, started) >= SNAPSHOT_WORTH
}

/// How long the files not yet done will take at the pace so far.
fn still_to_go(progress: &Progress, started: Instant) -> std::time::Duration {
    let (done, files, _) = progress.snapshot();
    started.elapsed().mul_f64(files.saturating_sub(done) as f64 / done.max(1) as f64)
}

/// The built-in sample, analysed, as one batch.
pub fn sample(progress: &Progress, mut sink: impl FnMut(&Batch)) -> Loaded {
    let corpus = Corpus::sample();
    let extractions: Vec<Arc<Extraction>> = corpus.articles.iter().map(|a| Arc::new(extract(a))).collect();
    let n = corpus.articles.len();
    for counter in [&progress.files, &progress.done, &progress.articles] {
        counter.store(n, Ordering::Relaxed);
    }
    sink(&Batch {
        articles: corpus.articles.clone(),
        extractions: extractions.clone(),
        problems: corpus.problems.clone(),
    });
    Loaded { corpus, extractions, notes: Vec::new(), saved: None }
}

/// Milliseconds since `since`, for the log.
pub fn ms(since: Instant) -> u64 {
    since.elapsed().as_millis() as u64
}

fn stamp(source: &Source) -> Stamp {
    let modified = source
        .modified
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    Stamp { size: source.size, modified }
}

/// Decodes a file's stored analysis, or reads and analyses it; returns the bytes to store when a
/// new cache is being written.
fn analyse_or_decode(
    source: &Source,
    stored: Option<Vec<u8>>,
    writing: bool,
    progress: &Progress,
) -> (Analysed, Option<Vec<u8>>) {
    if let Some(bytes) = stored
        && let Ok(analysed) = postcard::from_bytes::<Analysed>(&bytes)
    {
        progress.cached.fetch_add(1, Ordering::Relaxed);
        progress.articles.fetch_add(analysed.file.articles.len(), Ordering::Relaxed);
        return (analysed, writing.then_some(bytes));
    }
    let analysed = analyse(source, progress);
    // A file that cannot be encoded (a path that is not Unicode) is simply not cached.
    let bytes = writing.then(|| postcard::to_stdvec(&analysed).ok()).flatten();
    (analysed, bytes)
}

/// Reads one file and extracts each of its articles; a panic in either is a problem for the file.
fn analyse(source: &Source, progress: &Progress) -> Analysed {
    let file = match guard::contain(|| FileArticles::open(&source.path, source.format)) {
        Ok(file) => file,
        Err(panic) => {
            let message = format!("could not be read (internal error: {panic}); skipped");
            let problems = vec![Problem::new(&source.path, None, message)];
            return Analysed {
                file: FileArticles { articles: Vec::new(), problems },
                extractions: Vec::new(),
            };
        }
    };
    let mut problems = Vec::new();
    let extractions = file
        .articles
        .iter()
        .map(|article| {
            progress.articles.fetch_add(1, Ordering::Relaxed);
            guard::contain(|| extract(article)).unwrap_or_else(|panic| {
                let message = format!(
                    "article {}: people and dates could not be found (internal error: {panic}); shown as plain text",
                    article.id
                );
                problems.push(Problem::new(&source.path, None, message));
                Extraction::default()
            })
        })
        .collect();
    let mut file = file;
    file.problems.extend(problems);
    Analysed { file, extractions }
}

/// The cache as loading sees it: one to read from, and one being written when anything changed.
struct Store {
    reader: Option<cache::Reader>,
    writer: Option<cache::Writer>,
    damaged: std::sync::atomic::AtomicBool,
}

impl Store {
    fn open(
        cache_dir: Option<&PathBuf>,
        key: &str,
        build: &str,
        files: &[Source],
        stamps: &[Stamp],
        notes: &mut Vec<String>,
    ) -> Store {
        let Some(dir) = cache_dir else {
            return Store { reader: None, writer: None, damaged: Default::default() };
        };
        let path = cache::file_for(dir, key);
        let reader = cache::Reader::open(&path, build).unwrap_or_else(|note| {
            notes.push(note);
            None
        });
        let listing: Vec<(PathBuf, Stamp)> =
            files.iter().zip(stamps).map(|(f, s)| (f.path.clone(), s.clone())).collect();
        let unchanged = reader.as_ref().is_some_and(|r| r.matches(&listing));
        let writer = if unchanged {
            None
        } else {
            cache::Writer::create(&path, build)
                .map_err(|err| notes.push(format!("{}: cannot write the cache: {err}", path.display())))
                .ok()
        };
        Store { reader, writer, damaged: Default::default() }
    }

    fn writing(&self) -> bool {
        self.writer.is_some()
    }

    /// The stored analysis of `path` if the cache has it for `stamp` (from any core).
    fn stored(&self, path: &Path, stamp: &Stamp) -> Option<Vec<u8>> {
        let reader = self.reader.as_ref()?;
        let entry = reader.lookup(path, stamp)?;
        reader.read(entry).map_err(|_| self.damaged.store(true, Ordering::Relaxed)).ok()
    }

    fn add(&mut self, path: &Path, stamp: &Stamp, bytes: &[u8], notes: &mut Vec<String>) {
        if let Some(writer) = &mut self.writer
            && let Err(err) = writer.add(path, stamp, bytes)
        {
            notes.push(format!("cannot write the cache: {err}"));
            if let Some(writer) = self.writer.take() {
                writer.abandon();
            }
        }
    }

    fn finish(self, notes: &mut Vec<String>) {
        if self.damaged.into_inner() {
            notes.push("the cache could not be read to the end; it was rebuilt".to_owned());
        }
        if let Some(writer) = self.writer
            && let Err(err) = writer.finish()
        {
            notes.push(format!("cannot write the cache: {err}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_time_still_to_go_is_the_pace_so_far_over_the_files_left() {
        let progress = Progress::default();
        progress.files.store(100, Ordering::Relaxed);
        progress.done.store(25, Ordering::Relaxed);
        let started = Instant::now() - std::time::Duration::from_secs(1);
        let left = still_to_go(&progress, started).as_secs_f64();
        assert!((3.0..3.5).contains(&left), "a quarter done in a second: three to go, not {left}");
        progress.done.store(100, Ordering::Relaxed);
        assert_eq!(still_to_go(&progress, started), std::time::Duration::ZERO);
    }

    #[test]
    fn a_slow_load_gets_index_snapshots_and_one_from_the_cache_none() {
        let progress = Progress::default();
        progress.files.store(100, Ordering::Relaxed);
        progress.done.store(10, Ordering::Relaxed);
        let started = Instant::now() - std::time::Duration::from_secs(1);
        assert!(snapshot_worth(&progress, started), "nine seconds to go");
        progress.cached.store(8, Ordering::Relaxed);
        assert!(!snapshot_worth(&progress, started), "mostly from the cache");
        progress.cached.store(0, Ordering::Relaxed);
        assert!(!snapshot_worth(&progress, Instant::now()), "just started");
        let slow = Instant::now() - std::time::Duration::from_secs(10);
        progress.done.store(40, Ordering::Relaxed);
        assert!(snapshot_worth(&progress, slow), "fifteen seconds to go");
        progress.done.store(60, Ordering::Relaxed);
        assert!(!snapshot_worth(&progress, slow), "past half the files");
    }

    fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    fn articles(n: usize) -> Vec<(String, String)> {
        (0..n)
            .map(|i| {
                (format!("d{}/{i:04}.md", i % 3), format!("---\ntitle: T{i}\ndate: 2018-05-30\n---\nAnna Novak met Peter Walsh on Monday. Novak said so.\n"))
            })
            .collect()
    }

    #[test]
    fn loads_in_path_order_in_batches_and_counts_progress() {
        let files = articles(600);
        let refs: Vec<(&str, &str)> = files.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        let dir = folder(&refs);
        let progress = Progress::default();
        let mut seen = 0;
        let loaded = load(&[dir.path().to_path_buf()], "k", &Options::default(), &progress, |b| {
            seen += b.articles.len();
            assert_eq!(b.articles.len(), b.extractions.len());
        });
        assert_eq!((seen, loaded.corpus.articles.len(), loaded.extractions.len()), (600, 600, 600));
        let paths: Vec<&Path> = loaded.corpus.articles.iter().map(|a| a.path.as_path()).collect();
        assert!(paths.windows(2).all(|w| w[0] < w[1]), "path order");
        assert_eq!(progress.snapshot(), (600, 600, 600));
        let index = CrossRef::build(&loaded.corpus.articles, loaded.extractions);
        assert_eq!(index.people.people[0].name, "Anna Novak");
    }

    #[test]
    fn a_warm_load_reads_the_cache_and_a_changed_file_alone_is_analysed_again() {
        let dir = folder(&[("a.md", "Anna Novak spoke on Monday."), ("b.md", "Peter Walsh left.")]);
        let cache = tempfile::tempdir().unwrap();
        let options = Options { cache_dir: Some(cache.path().to_path_buf()) };
        let paths = [dir.path().to_path_buf()];
        let cold = load(&paths, "k", &options, &Progress::default(), |_| {});
        let warm_progress = Progress::default();
        let warm = load(&paths, "k", &options, &warm_progress, |_| {});
        assert_eq!(Progress::get(&warm_progress.cached), 2);
        assert_eq!(warm.extractions, cold.extractions);
        assert_eq!(warm.corpus.articles, cold.corpus.articles);
        // A changed file (another size) is read again; the other comes from the cache.
        std::fs::write(dir.path().join("b.md"), "Peter Walsh left on Tuesday.").unwrap();
        let progress = Progress::default();
        let changed = load(&paths, "k", &options, &progress, |_| {});
        assert_eq!(Progress::get(&progress.cached), 1);
        assert!(changed.corpus.articles[1].body.contains("Tuesday"));
        assert!(changed.notes.is_empty(), "{:?}", changed.notes);
    }

    #[test]
    fn the_people_are_saved_and_read_back_while_the_files_are_the_same() {
        let dir = folder(&[("a.md", "Anna Novak spoke on Monday."), ("b.md", "Peter Walsh left.")]);
        let cache = tempfile::tempdir().unwrap();
        let options = Options { cache_dir: Some(cache.path().to_path_buf()) };
        let paths = [dir.path().to_path_buf()];
        let loaded = load(&paths, "k", &options, &Progress::default(), |_| {});
        let mut notes = Vec::new();
        let built = index(&loaded, true, &mut notes);
        let saved = loaded.saved.clone().unwrap();
        assert!(saved.path.exists() && notes.is_empty(), "{notes:?}");
        // What is saved is what is used: a record altered (validly) shows through.
        let mut people = built.people.clone();
        people.people[0].name = "Altered Name".into();
        cache::save(&saved.path, &saved.build, saved.digest, |w| {
            postcard::to_io(&people, w).map(drop).map_err(std::io::Error::other)
        })
        .unwrap();
        let again = load(&paths, "k", &options, &Progress::default(), |_| {});
        let read = index(&again, true, &mut notes);
        assert_eq!(read.people.people[0].name, "Altered Name");
        assert_eq!(read.timeline, built.timeline, "the timeline is made again");
        // Another file set links its people again.
        std::fs::write(dir.path().join("b.md"), "Peter Walsh left on Tuesday.").unwrap();
        let changed = load(&paths, "k", &options, &Progress::default(), |_| {});
        let relinked = index(&changed, false, &mut notes);
        assert_eq!(
            relinked.people.people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            built.people.people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>()
        );
        // A damaged record is noted and the people are linked again.
        let path = &changed.saved.as_ref().unwrap().path;
        let bytes = std::fs::read(path).unwrap();
        std::fs::write(path, &bytes[..bytes.len() - 3]).unwrap();
        let mut notes = Vec::new();
        let after = index(&changed, false, &mut notes);
        assert_eq!(after.people.people.len(), built.people.people.len());
        assert!(notes.iter().any(|n| n.contains("damaged")), "{notes:?}");
    }

    #[test]
    fn a_garbage_cache_is_noted_and_rebuilt() {
        let dir = folder(&[("a.md", "Anna Novak spoke.")]);
        let cache = tempfile::tempdir().unwrap();
        let options = Options { cache_dir: Some(cache.path().to_path_buf()) };
        let paths = [dir.path().to_path_buf()];
        load(&paths, "k", &options, &Progress::default(), |_| {});
        let file = cache::file_for(cache.path(), "k");
        std::fs::write(&file, b"DATELINE but not really a cache at all").unwrap();
        let again = load(&paths, "k", &options, &Progress::default(), |_| {});
        assert_eq!(again.corpus.articles.len(), 1);
        assert!(again.notes.iter().any(|n| n.contains("cache ignored")), "{:?}", again.notes);
        let progress = Progress::default();
        load(&paths, "k", &options, &progress, |_| {});
        assert_eq!(Progress::get(&progress.cached), 1, "rebuilt");
    }
}
