//! Finding article files under the paths a user names.
//!
//! Folders are walked recursively in file-name order, hidden entries are skipped, symbolic links
//! are followed with loop detection, and each file is listed once however it is reached. Each file
//! is looked at (`stat`) once: its size and modification time identify its contents for the cache.
//! Only regular files are ever opened: a FIFO or a device named like an article is a problem, not
//! a read that could block forever.

use std::collections::HashSet;
use std::fs::Metadata;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use super::{Format, Problem};

/// A file to load and what identifies its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub path: PathBuf,
    pub format: Format,
    pub size: u64,
    pub modified: Option<std::time::SystemTime>,
}

/// The files to load, in a deterministic order, and the problems met finding them.
#[derive(Debug, Default)]
pub struct Found {
    pub files: Vec<Source>,
    pub problems: Vec<Problem>,
}

/// Lists the article files named by `paths` (files, or folders searched recursively).
pub fn discover(paths: &[PathBuf]) -> Found {
    let mut found = Found::default();
    let mut seen = Seen::default();
    for path in paths {
        match std::fs::metadata(path) {
            Err(err) => {
                found.problems.push(Problem::new(path, None, format!("cannot open: {}", io_reason(&err))))
            }
            Ok(meta) if meta.is_dir() => walk(path, &mut seen, &mut found),
            Ok(meta) => match Format::of(path) {
                Some(format) => add(path, format, &meta, &mut seen, &mut found),
                None => found.problems.push(Problem::new(
                    path,
                    None,
                    format!("not an article file: expected one of {}", Format::EXTENSIONS),
                )),
            },
        }
    }
    found
}

fn walk(root: &Path, seen: &mut Seen, found: &mut Found) {
    let before = found.files.len();
    let mut skipped = Vec::new();
    let walker = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_dir() => {}
            Ok(entry) => match (Format::of(entry.path()), entry.metadata()) {
                (Some(format), Ok(meta)) => add(entry.path(), format, &meta, seen, found),
                (Some(_), Err(err)) => {
                    found.problems.push(Problem::new(entry.path(), None, walk_error(&err)))
                }
                (None, _) => skipped
                    .push(entry.path().strip_prefix(root).unwrap_or(entry.path()).display().to_string()),
            },
            Err(err) => {
                let path = err.path().unwrap_or(root).to_path_buf();
                found.problems.push(Problem::new(&path, None, walk_error(&err)));
            }
        }
    }
    if !skipped.is_empty() {
        found.problems.push(Problem::new(root, None, skipped_message(&skipped)));
    }
    if found.files.len() == before && skipped.is_empty() {
        found.problems.push(Problem::new(
            root,
            None,
            format!("no article files here ({})", Format::EXTENSIONS),
        ));
    }
}

fn walk_error(err: &walkdir::Error) -> String {
    if err.loop_ancestor().is_some() {
        "symbolic link loop; not followed".to_owned()
    } else {
        match err.io_error() {
            Some(io) => format!("cannot read: {}", io_reason(io)),
            None => err.to_string(),
        }
    }
}

fn skipped_message(skipped: &[String]) -> String {
    const NAMED: usize = 5;
    let mut names = skipped.iter().take(NAMED).cloned().collect::<Vec<_>>().join(", ");
    if skipped.len() > NAMED {
        names.push_str(&format!(" and {} more", skipped.len() - NAMED));
    }
    let files = if skipped.len() == 1 { "file" } else { "files" };
    format!("skipped {} {files} that are not articles ({}): {names}", skipped.len(), Format::EXTENSIONS)
}

/// Files already listed, by identity: the same file reached by two paths is read once.
#[derive(Default)]
struct Seen {
    #[cfg(unix)]
    inodes: HashSet<(u64, u64)>,
    #[cfg(not(unix))]
    paths: HashSet<PathBuf>,
}

impl Seen {
    #[cfg(unix)]
    fn first_time(&mut self, _path: &Path, meta: &Metadata) -> bool {
        use std::os::unix::fs::MetadataExt;
        self.inodes.insert((meta.dev(), meta.ino()))
    }

    #[cfg(not(unix))]
    fn first_time(&mut self, path: &Path, _meta: &Metadata) -> bool {
        self.paths.insert(path.canonicalize().unwrap_or_else(|_| path.to_path_buf()))
    }
}

fn add(path: &Path, format: Format, meta: &Metadata, seen: &mut Seen, found: &mut Found) {
    if !meta.is_file() {
        let what = kind_of(meta);
        found.problems.push(Problem::new(path, None, format!("{what}, not a regular file; not read")));
        return;
    }
    if seen.first_time(path, meta) {
        found.files.push(Source {
            path: path.to_path_buf(),
            format,
            size: meta.len(),
            modified: meta.modified().ok(),
        });
    }
}

/// What a file that is not a regular file is, in words.
fn kind_of(meta: &Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    let _ = meta;
    "a special file"
}

/// An I/O error in words, without Rust's "(os error 2)" suffix.
pub fn io_reason(err: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match err.kind() {
        ErrorKind::NotFound => "no such file or folder".into(),
        ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let text = err.to_string();
            text.split(" (os error").next().unwrap_or(&text).to_owned()
        }
    }
}
