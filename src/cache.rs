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
const RECORD_MAGIC: &[u8; 8] = b"DLRECORD";
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
    // Stable across runs and platforms, unlike std's hasher.
    let mut sum = Sum::default();
    sum.add(key.as_bytes());
    dir.join(format!("{:016x}.cache", sum.0))
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

/// An open cache. Entries are read at their offsets, so every core can read its own at once.
#[derive(Debug)]
pub struct Reader {
    file: File,
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
        Ok(Reader { file, entries })
    }

    /// The entry for `path` if the cache holds it with the same stamp.
    pub fn lookup(&self, path: &Path, stamp: &Stamp) -> Option<Entry> {
        self.entries.get(path.as_os_str().as_encoded_bytes()).filter(|(s, _)| s == stamp).map(|(_, e)| *e)
    }

    /// Whether the cache holds exactly these files with these stamps.
    pub fn matches(&self, files: &[(PathBuf, Stamp)]) -> bool {
        files.len() == self.entries.len() && files.iter().all(|(p, s)| self.lookup(p, s).is_some())
    }

    /// The stored bytes of an entry.
    pub fn read(&self, entry: Entry) -> io::Result<Vec<u8>> {
        let mut bytes = vec![0u8; entry.len as usize];
        read_at(&self.file, &mut bytes, entry.offset)?;
        Ok(bytes)
    }
}

#[cfg(unix)]
fn read_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
}

#[cfg(windows)]
fn read_at(file: &File, mut buf: &mut [u8], mut offset: u64) -> io::Result<()> {
    while !buf.is_empty() {
        match std::os::windows::fs::FileExt::seek_read(file, buf, offset)? {
            0 => return Err(io::ErrorKind::UnexpectedEof.into()),
            n => {
                buf = &mut buf[n..];
                offset += n as u64;
            }
        }
    }
    Ok(())
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

/// The file for the cross-reference of the corpus named by `key`, beside its cache.
pub fn index_file_for(dir: &Path, key: &str) -> PathBuf {
    file_for(dir, key).with_extension("index")
}

/// What identifies a corpus's files: their paths and stamps, in order.
pub fn digest<'a>(files: impl IntoIterator<Item = (&'a Path, &'a Stamp)>) -> u64 {
    let mut sum = Sum::default();
    for (path, stamp) in files {
        let path = path_bytes(path);
        sum.add(&(path.len() as u64).to_le_bytes());
        sum.add(&path);
        sum.add(&stamp.size.to_le_bytes());
        sum.add(&stamp.modified.to_le_bytes());
    }
    sum.0
}

/// FNV-1a over everything added: stable across runs and platforms.
#[derive(Clone, Copy)]
struct Sum(u64);

impl Default for Sum {
    fn default() -> Sum {
        Sum(0xcbf2_9ce4_8422_2325)
    }
}

impl Sum {
    fn add(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
}

/// A writer or reader that sums what passes through it.
struct Summed<T> {
    inner: T,
    sum: Sum,
}

impl<W: Write> Write for Summed<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.sum.add(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl<R: Read> Read for Summed<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.sum.add(&buf[..n]);
        Ok(n)
    }
}

/// Saves what `write` writes as the record of the files summed up by `digest`: to a temporary
/// file, with a checksum, then renamed over `target`.
pub fn save(
    target: &Path,
    build: &str,
    digest: u64,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let folder = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder)?;
    let name = target.file_name().map_or_else(|| "index".into(), |n| n.to_string_lossy().into_owned());
    let temporary = folder.join(format!(".{name}.{}.tmp", std::process::id()));
    let written = (|| {
        let mut file = BufWriter::with_capacity(1 << 20, File::create(&temporary)?);
        file.write_all(RECORD_MAGIC)?;
        file.write_all(&FORMAT.to_le_bytes())?;
        file.write_all(&(build.len() as u32).to_le_bytes())?;
        file.write_all(build.as_bytes())?;
        file.write_all(&digest.to_le_bytes())?;
        let mut summed = Summed { inner: file, sum: Sum::default() };
        write(&mut summed)?;
        let Summed { inner: mut file, sum } = summed;
        file.write_all(&sum.0.to_le_bytes())?;
        file.write_all(TRAILER)?;
        file.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        std::fs::rename(&temporary, target)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written
}

/// Reads with `read` what [`save`] saved at `target` for `digest` and `build`. `Ok(None)` when
/// there is none or it is for other files or another build; `Err` with a note when it is damaged.
pub fn open_saved<T>(
    target: &Path,
    build: &str,
    digest: u64,
    read: impl FnOnce(&mut dyn Read) -> Option<T>,
) -> Result<Option<T>, Note> {
    let Ok(file) = File::open(target) else { return Ok(None) };
    let len = file.metadata().map_or(0, |m| m.len());
    let mut file = BufReader::with_capacity(1 << 20, file);
    let damaged = || format!("{}: saved index damaged or truncated; rebuilt", target.display());
    let mut head = [0u8; 16];
    file.read_exact(&mut head).map_err(|_| damaged())?;
    let written_by = u32::from_le_bytes(head[12..16].try_into().unwrap_or_default()) as usize;
    if &head[..8] != RECORD_MAGIC || head[8..12] != FORMAT.to_le_bytes() || written_by != build.len() {
        return Ok(None);
    }
    let mut rest = vec![0u8; written_by + 8];
    file.read_exact(&mut rest).map_err(|_| damaged())?;
    if &rest[..written_by] != build.as_bytes() || rest[written_by..] != digest.to_le_bytes() {
        return Ok(None);
    }
    let body = len.checked_sub((16 + written_by + 8 + 16) as u64).ok_or_else(damaged)?;
    let mut summed = Summed { inner: (&mut file).take(body), sum: Sum::default() };
    let value = read(&mut summed);
    // What `read` left unread counts towards the checksum too.
    io::copy(&mut summed, &mut io::sink()).map_err(|_| damaged())?;
    let sum = summed.sum;
    let mut tail = [0u8; 16];
    file.read_exact(&mut tail).map_err(|_| damaged())?;
    if tail[..8] != sum.0.to_le_bytes() || &tail[8..] != TRAILER {
        return Err(damaged());
    }
    value.map(Some).ok_or_else(damaged)
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
        let r = Reader::open(&target, "build 1").unwrap().unwrap();
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
    fn a_saved_record_is_read_back_only_for_the_same_files_and_build() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("c.index");
        let files = [(PathBuf::from("a.md"), stamp(3))];
        let digest = super::digest(files.iter().map(|(p, s)| (p.as_path(), s)));
        save(&target, "b", digest, |w| w.write_all(b"people")).unwrap();
        let read = |r: &mut dyn Read| {
            let mut text = String::new();
            r.read_to_string(&mut text).ok().map(|_| text)
        };
        assert_eq!(open_saved(&target, "b", digest, read).unwrap().as_deref(), Some("people"));
        let changed = super::digest([(Path::new("a.md"), &stamp(4))]);
        assert_ne!(changed, digest);
        assert_eq!(open_saved(&target, "b", changed, read).unwrap(), None, "other files");
        assert_eq!(open_saved(&target, "c", digest, read).unwrap(), None, "another build");
        assert_eq!(open_saved(&dir.path().join("none"), "b", digest, read).unwrap(), None);
        // A part read alone is still checked against the whole.
        let first = |r: &mut dyn Read| {
            let mut byte = [0u8; 1];
            r.read_exact(&mut byte).ok().map(|()| byte[0])
        };
        assert_eq!(open_saved(&target, "b", digest, first).unwrap(), Some(b'p'));
        let mut bytes = std::fs::read(&target).unwrap();
        let at = bytes.len() - 20;
        bytes[at] ^= 1;
        std::fs::write(&target, &bytes).unwrap();
        assert!(open_saved(&target, "b", digest, first).unwrap_err().contains("damaged"));
        std::fs::write(&target, &bytes[..bytes.len() - 3]).unwrap();
        assert!(open_saved(&target, "b", digest, read).unwrap_err().contains("damaged"));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file is left");
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
