//! Finding article files under the paths a user names.
//!
//! Folders are walked recursively in file-name order, hidden entries are skipped, symbolic links
//! are followed with loop detection, and each file is listed once however it is reached.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use super::{Format, Problem};

/// The files to load, in a deterministic order, and the problems met finding them.
#[derive(Debug, Default)]
pub struct Found {
    pub files: Vec<(PathBuf, Format)>,
    pub problems: Vec<Problem>,
}

/// Lists the article files named by `paths` (files, or folders searched recursively).
pub fn discover(paths: &[PathBuf]) -> Found {
    let mut found = Found::default();
    let mut seen = HashSet::new();
    for path in paths {
        match std::fs::metadata(path) {
            Err(err) => {
                found.problems.push(Problem::new(path, None, format!("cannot open: {}", io_reason(&err))))
            }
            Ok(meta) if meta.is_dir() => walk(path, &mut seen, &mut found),
            Ok(_) => match Format::of(path) {
                Some(format) => push_once(path, format, &mut seen, &mut found),
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

fn walk(root: &Path, seen: &mut HashSet<PathBuf>, found: &mut Found) {
    let mut skipped = Vec::new();
    let walker = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_file() => match Format::of(entry.path()) {
                Some(format) => push_once(entry.path(), format, seen, found),
                None => skipped
                    .push(entry.path().strip_prefix(root).unwrap_or(entry.path()).display().to_string()),
            },
            Ok(_) => {}
            Err(err) => {
                let path = err.path().unwrap_or(root).to_path_buf();
                let message = if err.loop_ancestor().is_some() {
                    "symbolic link loop; not followed".to_owned()
                } else {
                    match err.io_error() {
                        Some(io) => format!("cannot read: {}", io_reason(io)),
                        None => err.to_string(),
                    }
                };
                found.problems.push(Problem::new(&path, None, message));
            }
        }
    }
    if !skipped.is_empty() {
        found.problems.push(Problem::new(root, None, skipped_message(&skipped)));
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

fn push_once(path: &Path, format: Format, seen: &mut HashSet<PathBuf>, found: &mut Found) {
    let key = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    if seen.insert(key) {
        found.files.push((path.to_path_buf(), format));
    }
}

/// An I/O error in words, without Rust's "(os error 2)" suffix.
pub(crate) fn io_reason(err: &std::io::Error) -> String {
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
