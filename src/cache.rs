//! The analysis cache: each file's articles and extractions from the last run, so reopening a
//! corpus reads one file instead of analysing every article again.
//!
//! One cache file per corpus (the set of paths opened) in the platform cache folder
//! (`$XDG_CACHE_HOME/dateline/` on Linux; `DATELINE_CACHE_DIR` overrides it). Entries are keyed
//! by path, size and modification time, and the whole file by the program build, so a changed
//! file is analysed again and a new build never trusts an old cache. A cache is written whole to a
//! temporary file and renamed into place. One that is damaged, truncated or from another build is
//! ignored with a note and rebuilt; it can never make loading fail.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

const MAGIC: &[u8; 8] = b"DATELINE";
const TRAILER: &[u8; 8] = b"DLCACHE1";
/// Bumped when the layout of the file changes.
const FORMAT: u32 = 1;

/// What identifies a file's contents without reading it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Stamp {
    pub size: u64,
    /// Modification time, in nanoseconds since 1970 (0 when unknown).
    pub modified: u128,
}

impl Stamp {
    pub fn of(meta: &std::fs::Metadata) -> Stamp {
        let modified =
            meta.modified().ok().and_then(|t| t.duration_since(UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos());
        Stamp { size: meta.len(), modified }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct IndexEntry {
    /// The path's bytes as the platform encodes them.
    path: Vec<u8>,
    size: u64,
    modified: u128,
    offset: u64,
    len: u64,
}

/// Where one file's entry lies in the cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    offset: u64,
    len: u64,
}

/// The folder for cache files: `DATELINE_CACHE_DIR`, else the platform's cache folder.
pub fn dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("DATELINE_CACHE_DIR") {
        return Some(PathBuf::from(dir));
    }
    Some(directories::ProjectDirs::from("", "", "dateline")?.cache_dir().to_path_buf())
}

/// The cache file for a corpus named by `key` (its paths), in `dir`.
pub fn file_for(dir: &Path, key: &str) -> PathBuf {
    // FNV-1a: stable across runs and platforms, unlike std's hasher.
    let hash =
        key.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    dir.join(format!("{hash:016x}.cache"))
}

/// This program build: its version and its executable's size and time, so a rebuilt binary does
/// not read what an older one wrote.
pub fn build_id() -> String {
    let exe = std::env::current_exe().ok().and_then(|p| std::fs::metadata(p).ok()).map(|m| Stamp::of(&m));
    match exe {
        Some(s) => format!("{} {} {}", env!("CARGO_PKG_VERSION"), s.size, s.modified),
        None => env!("CARGO_PKG_VERSION").to_owned(),
    }
}

fn path_bytes(path: &Path) -> Vec<u8> {
    path.as_os_str().as_encoded_bytes().to_vec()
}

/// An open cache, read front to back as files are loaded in path order.
#[derive(Debug)]
pub struct Reader {
    file: BufReader<File>,
    at: u64,
    entries: HashMap<Vec<u8>, (Stamp, Entry)>,
}

/// Why a cache could not be used, in words for the user.
pub type Note = String;

impl Reader {
    /// Opens the cache at `path` written by `build`. `Ok(None)` when there is none; `Err` with a
    /// note when it is there but cannot be used.
    pub fn open(path: &Path, build: &str) -> Result<Option<Reader>, Note> {
        let file = match File::open(path) {
            Ok(file) => file,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(format!("{}: cache not readable ({err}); rebuilt", path.display())),
        };
        Reader::read_index(file, build)
            .map(Some)
            .map_err(|why| format!("{}: cache ignored ({why}); rebuilt", path.display()))
    }

    fn read_index(mut file: File, build: &str) -> Result<Reader, String> {
        let damaged = |_| "damaged or truncated".to_owned();
        let mut head = [0u8; 12];
        file.read_exact(&mut head).map_err(damaged)?;
        if &head[..8] != MAGIC {
            return Err("not a Dateline cache".into());
        }
        let mut len = [0u8; 4];
        file.read_exact(&mut len).map_err(damaged)?;
        let mut written_by = vec![0u8; u32::from_le_bytes(len).min(4096) as usize];
        file.read_exact(&mut written_by).map_err(damaged)?;
        if u32::from_le_bytes(head[8..12].try_into().unwrap_or_default()) != FORMAT
            || written_by != build.as_bytes()
        {
            return Err("written by another version".into());
        }
        let end = file.seek(SeekFrom::End(-24)).map_err(damaged)?;
        let mut tail = [0u8; 24];
        file.read_exact(&mut tail).map_err(damaged)?;
        if &tail[16..] != TRAILER {
            return Err("damaged or truncated".into());
        }
        let index_at = u64::from_le_bytes(tail[..8].try_into().unwrap_or_default());
        let index_len = u64::from_le_bytes(tail[8..16].try_into().unwrap_or_default());
        if index_at.checked_add(index_len) != Some(end) {
            return Err("damaged or truncated".into());
        }
        file.seek(SeekFrom::Start(index_at)).map_err(damaged)?;
        let mut index = vec![0u8; index_len as usize];
        file.read_exact(&mut index).map_err(damaged)?;
        let index: Vec<IndexEntry> = postcard::from_bytes(&index).map_err(|_| "damaged index".to_owned())?;
        let entries = index
            .into_iter()
            .filter(|e| e.offset.checked_add(e.len).is_some_and(|stop| stop <= index_at))
            .map(|e| {
                let stamp = Stamp { size: e.size, modified: e.modified };
                (e.path, (stamp, Entry { offset: e.offset, len: e.len }))
            })
            .collect();
        file.seek(SeekFrom::Start(0)).map_err(damaged)?;
        Ok(Reader { file: BufReader::with_capacity(1 << 20, file), at: 0, entries })
    }

    /// The entry for `path` if the cache holds it with the same stamp.
    pub fn lookup(&self, path: &Path, stamp: &Stamp) -> Option<Entry> {
        self.entries.get(&path_bytes(path)).filter(|(s, _)| s == stamp).map(|(_, e)| *e)
    }

    /// Whether the cache holds exactly these files with these stamps.
    pub fn matches(&self, files: &[(PathBuf, Stamp)]) -> bool {
        files.len() == self.entries.len() && files.iter().all(|(p, s)| self.lookup(p, s).is_some())
    }

    /// The stored bytes of an entry.
    pub fn read(&mut self, entry: Entry) -> io::Result<Vec<u8>> {
        if entry.offset != self.at {
            // Entries are read in the order they were written; a skip forward stays buffered.
            self.file.seek_relative(entry.offset as i64 - self.at as i64)?;
        }
        let mut bytes = vec![0u8; entry.len as usize];
        self.file.read_exact(&mut bytes)?;
        self.at = entry.offset + entry.len;
        Ok(bytes)
    }
}

/// A new cache being written; nothing replaces the old one until [`Writer::finish`].
pub struct Writer {
    file: BufWriter<File>,
    temporary: PathBuf,
    target: PathBuf,
    at: u64,
    index: Vec<IndexEntry>,
}

impl Writer {
    pub fn create(target: &Path, build: &str) -> io::Result<Writer> {
        let folder = target.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(folder)?;
        let name = target.file_name().map_or_else(|| "cache".into(), |n| n.to_string_lossy().into_owned());
        let temporary = folder.join(format!(".{name}.{}.tmp", std::process::id()));
        let mut file = BufWriter::with_capacity(1 << 20, File::create(&temporary)?);
        file.write_all(MAGIC)?;
        file.write_all(&FORMAT.to_le_bytes())?;
        file.write_all(&(build.len() as u32).to_le_bytes())?;
        file.write_all(build.as_bytes())?;
        let at = (MAGIC.len() + 8 + build.len()) as u64;
        Ok(Writer { file, temporary, target: target.to_path_buf(), at, index: Vec::new() })
    }

    /// Stores one file's encoded analysis.
    pub fn add(&mut self, path: &Path, stamp: &Stamp, bytes: &[u8]) -> io::Result<()> {
        self.file.write_all(bytes)?;
        self.index.push(IndexEntry {
            path: path_bytes(path),
            size: stamp.size,
            modified: stamp.modified,
            offset: self.at,
            len: bytes.len() as u64,
        });
        self.at += bytes.len() as u64;
        Ok(())
    }

    /// Writes the index, syncs, and renames the new cache over the old one.
    pub fn finish(mut self) -> io::Result<()> {
        let written = (|| {
            let index = postcard::to_stdvec(&self.index).map_err(io::Error::other)?;
            self.file.write_all(&index)?;
            self.file.write_all(&self.at.to_le_bytes())?;
            self.file.write_all(&(index.len() as u64).to_le_bytes())?;
            self.file.write_all(TRAILER)?;
            let file = self.file.into_inner().map_err(|e| e.into_error())?;
            file.sync_all()?;
            std::fs::rename(&self.temporary, &self.target)
        })();
        if written.is_err() {
            let _ = std::fs::remove_file(&self.temporary);
        }
        written
    }

    /// Gives up: the temporary file goes, the old cache stays.
    pub fn abandon(self) {
        let Writer { file, temporary, .. } = self;
        drop(file);
        let _ = std::fs::remove_file(temporary);
    }
}

/// Seconds since 1970, for messages and tests.
pub fn now_secs() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(size: u64) -> Stamp {
        Stamp { size, modified: 7 }
    }

    #[test]
    fn entries_round_trip_and_stamps_must_match() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("c.cache");
        let mut w = Writer::create(&target, "build 1").unwrap();
        w.add(Path::new("a.md"), &stamp(3), b"one").unwrap();
        w.add(Path::new("b.md"), &stamp(5), b"three").unwrap();
        w.finish().unwrap();
        let mut r = Reader::open(&target, "build 1").unwrap().unwrap();
        let files = [(PathBuf::from("a.md"), stamp(3)), (PathBuf::from("b.md"), stamp(5))];
        assert!(r.matches(&files));
        assert!(r.lookup(Path::new("a.md"), &stamp(4)).is_none(), "a changed size is a miss");
        let b = r.lookup(Path::new("b.md"), &stamp(5)).unwrap();
        let a = r.lookup(Path::new("a.md"), &stamp(3)).unwrap();
        assert_eq!(r.read(a).unwrap(), b"one");
        assert_eq!(r.read(b).unwrap(), b"three");
        let leftovers: Vec<_> =
            std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(leftovers, ["c.cache"], "no temporary file is left");
    }

    #[test]
    fn another_build_a_truncated_file_and_garbage_are_noted_not_fatal() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("c.cache");
        let mut w = Writer::create(&target, "build 1").unwrap();
        w.add(Path::new("a.md"), &stamp(3), b"one").unwrap();
        w.finish().unwrap();
        assert!(Reader::open(&target, "build 2").unwrap_err().contains("another version"));
        let bytes = std::fs::read(&target).unwrap();
        std::fs::write(&target, &bytes[..bytes.len() - 5]).unwrap();
        assert!(Reader::open(&target, "build 1").unwrap_err().contains("truncated"));
        std::fs::write(&target, b"garbage").unwrap();
        assert!(Reader::open(&target, "build 1").is_err());
        assert!(Reader::open(&dir.path().join("none"), "build 1").unwrap().is_none());
    }

    #[test]
    fn an_abandoned_writer_leaves_the_old_cache() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("c.cache");
        let mut w = Writer::create(&target, "b").unwrap();
        w.add(Path::new("a.md"), &stamp(1), b"x").unwrap();
        w.finish().unwrap();
        let w = Writer::create(&target, "b").unwrap();
        w.abandon();
        assert!(Reader::open(&target, "b").unwrap().is_some());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
