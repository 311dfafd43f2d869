//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, and a lossy fallback.
//!
//! Knows nothing of formats; it only says whether the text is the file's own bytes, so that
//! byte offsets into the body can be offsets into the file.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

/// Text decoded from a file's bytes.
#[derive(Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// Byte offset of `text` in the file when `text` is the file's own bytes (UTF-8, after any
    /// BOM); `None` when the text had to be converted.
    pub offset_in_file: Option<usize>,
    /// A note for the user when decoding was not clean (lossy or converted with losses).
    pub warning: Option<DecodeWarning>,
}

/// Why the decoded text may differ from what the author wrote.
#[derive(Debug, PartialEq, Eq)]
pub enum DecodeWarning {
    /// Not UTF-8; decoded as Windows-1252 (a superset of Latin-1). `line` holds the first bad byte.
    NotUtf8 { line: usize },
    /// UTF-16 with unpaired surrogates, replaced with U+FFFD.
    MalformedUtf16,
}

/// Why a file was not decoded at all.
#[derive(Debug, PartialEq, Eq)]
pub enum DecodeError {
    Binary,
}

const SNIFF: usize = 8 * 1024;

/// Decodes `bytes`, refusing files that look binary (a NUL byte early on, as git and ripgrep do).
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok(decode_utf8_or_fallback(rest, 3));
    }
    for (bom, encoding) in [(&b"\xFF\xFE"[..], UTF_16LE), (&b"\xFE\xFF"[..], UTF_16BE)] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let (text, had_errors) = encoding.decode_without_bom_handling(rest);
            return Ok(Decoded {
                text: text.into_owned(),
                offset_in_file: None,
                warning: had_errors.then_some(DecodeWarning::MalformedUtf16),
            });
        }
    }
    if bytes[..bytes.len().min(SNIFF)].contains(&0) {
        return Err(DecodeError::Binary);
    }
    Ok(decode_utf8_or_fallback(bytes, 0))
}

fn decode_utf8_or_fallback(bytes: &[u8], offset: usize) -> Decoded {
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded { text: text.to_owned(), offset_in_file: Some(offset), warning: None },
        Err(err) => {
            let line = 1 + bytes[..err.valid_up_to()].iter().filter(|&&b| b == b'\n').count();
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            Decoded {
                text: text.into_owned(),
                offset_in_file: None,
                warning: Some(DecodeWarning::NotUtf8 { line }),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_kept_as_the_files_own_bytes() {
        let d = decode("Café".as_bytes()).unwrap();
        assert_eq!((d.text.as_str(), d.offset_in_file, d.warning), ("Café", Some(0), None));
    }

    #[test]
    fn a_utf8_bom_is_skipped_and_counted_in_the_offset() {
        let d = decode(b"\xEF\xBB\xBFhi").unwrap();
        assert_eq!((d.text.as_str(), d.offset_in_file), ("hi", Some(3)));
    }

    #[test]
    fn utf16_with_a_bom_decodes_both_byte_orders() {
        let le: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Né".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> =
            [0xFE, 0xFF].into_iter().chain("Né".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode(&le).unwrap().text, "Né");
        assert_eq!(decode(&be).unwrap().text, "Né");
        assert_eq!(decode(&le).unwrap().offset_in_file, None);
    }

    #[test]
    fn latin1_decodes_with_a_warning_naming_the_line() {
        let d = decode(b"ok\nCaf\xe9 au lait").unwrap();
        assert_eq!(d.text, "ok\nCafé au lait");
        assert_eq!(d.warning, Some(DecodeWarning::NotUtf8 { line: 2 }));
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Err(DecodeError::Binary));
    }
}
