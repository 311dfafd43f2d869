//! The general-knowledge word lists in `assets/gazetteer/`, built into the binary and loaded once.
//!
//! They hold only general knowledge (common names of many cultures, titles, places, organisation
//! cue words); no list names a specific person. Lookups are case-insensitive.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use regex::Regex;

macro_rules! list {
    ($file:literal) => {
        include_str!(concat!("../../assets/gazetteer/", $file))
    };
}

/// A fast, non-cryptographic hash for short keys (the lists are fixed, so no flooding risk).
#[derive(Default)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes a step (the Fx scheme): keys are short words and phrases.
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 =
                (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type Set = HashSet<String, BuildHasherDefault<WordHasher>>;
type Map = HashMap<String, bool, BuildHasherDefault<WordHasher>>;

/// `key` lower-cased into `buf` when it is ASCII and fits, so lookups need not allocate.
fn fold<'b>(key: &'b str, buf: &'b mut [u8; 64]) -> Option<&'b str> {
    if !key.is_ascii() || key.len() > buf.len() {
        return None;
    }
    // Already lower case: nothing to copy.
    if !key.bytes().any(|b| b.is_ascii_uppercase()) {
        return Some(key);
    }
    let folded = &mut buf[..key.len()];
    folded.copy_from_slice(key.as_bytes());
    folded.make_ascii_lowercase();
    std::str::from_utf8(folded).ok()
}

fn get_folded<'m, V>(
    map: &'m HashMap<String, V, BuildHasherDefault<WordHasher>>,
    key: &str,
) -> Option<&'m V> {
    let mut buf = [0u8; 64];
    match fold(key, &mut buf) {
        Some(folded) => map.get(folded),
        None => map.get(&key.to_lowercase()),
    }
}

fn set_contains(set: &Set, key: &str) -> bool {
    let mut buf = [0u8; 64];
    match fold(key, &mut buf) {
        Some(folded) => set.contains(folded),
        None => set.contains(&key.to_lowercase()),
    }
}

/// All lists, lower-cased.
pub struct Gazetteer {
    given: Set,
    surnames: Set,
    east_asian_family: Set,
    places: Set,
    demonyms: Set,
    demonym_acronyms: Set,
    /// Title → whether it marks a head of state, government or party.
    titles: Map,
    organisation_cues: Set,
    function_words: Set,
    relations: Set,
    /// Longest entry, in words, of the places and nationalities, and of the titles.
    pub longest_place: usize,
    pub longest_title: usize,
}

/// The lists, parsed on first use.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::load);

/// A list's all-capital entries ("UN") and the rest, both lower-cased.
fn split_acronyms(text: &str) -> (Set, Set) {
    let (acronyms, words): (Vec<&str>, Vec<&str>) = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .partition(|l| l.chars().all(|c| !c.is_lowercase()));
    let lower = |v: Vec<&str>| v.into_iter().map(str::to_lowercase).collect();
    (lower(acronyms), lower(words))
}

fn entries(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_lowercase)
}

impl Gazetteer {
    fn load() -> Gazetteer {
        let set = |texts: &[&str]| texts.iter().flat_map(|t| entries(t)).collect::<Set>();
        let titles: Map = entries(list!("titles.txt"))
            .map(|line| match line.split_once('|') {
                Some((title, flag)) => (title.trim().to_owned(), flag.trim() == "head"),
                None => (line, false),
            })
            .collect();
        let places = set(&[list!("geonames_places.txt")]);
        let (demonym_acronyms, demonyms) = split_acronyms(list!("demonyms.txt"));
        let words = |set: &mut dyn Iterator<Item = &String>| {
            set.map(|p| p.split_whitespace().count()).max().unwrap_or(1)
        };
        let longest_place = words(&mut places.iter()).max(words(&mut demonyms.iter()));
        let longest_title = words(&mut titles.keys());
        Gazetteer {
            given: set(&[list!("census_given_names.txt"), list!("international_given_names.txt")]),
            surnames: set(&[list!("census_surnames.txt"), list!("international_surnames.txt")]),
            east_asian_family: set(&[list!("east_asian_family_names.txt")]),
            places,
            demonyms,
            demonym_acronyms,
            titles,
            organisation_cues: set(&[list!("organisation_cues.txt")]),
            function_words: set(&[list!("function_words.txt")]),
            relations: set(&[list!("relations.txt")]),
            longest_place,
            longest_title,
        }
    }

    /// A given name; a hyphenated one ("Marie-Claire", "Jean-Luc") when every part is.
    pub fn is_given(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.given.contains(&lower)
            || (lower.contains('-') && lower.split('-').all(|p| self.given.contains(p)))
    }

    pub fn is_surname(&self, word: &str) -> bool {
        set_contains(&self.surnames, word)
    }

    pub fn is_east_asian_family(&self, word: &str) -> bool {
        set_contains(&self.east_asian_family, word)
    }

    /// A place: country, capital, US state, large city (one or more words).
    pub fn is_place(&self, phrase: &str) -> bool {
        set_contains(&self.places, phrase)
    }

    /// A nationality; all-capital entries ("UN", "US") match only in capitals, so "Un" in a
    /// Korean name is not one.
    pub fn is_demonym(&self, phrase: &str) -> bool {
        if set_contains(&self.demonym_acronyms, phrase) {
            return phrase.chars().all(|c| !c.is_lowercase());
        }
        set_contains(&self.demonyms, phrase)
    }

    /// `Some(head)` when `phrase` is a title; `head` marks a head of state, government or party.
    pub fn title(&self, phrase: &str) -> Option<bool> {
        get_folded(&self.titles, phrase.trim_end_matches(',')).copied()
    }

    pub fn is_organisation_cue(&self, word: &str) -> bool {
        set_contains(&self.organisation_cues, word)
    }

    /// A relational noun ("wife", "teammate") that introduces a person.
    pub fn is_relation(&self, word: &str) -> bool {
        set_contains(&self.relations, word)
    }

    pub fn is_function_word(&self, word: &str) -> bool {
        set_contains(&self.function_words, word)
    }
}

/// One syllable of romanised Korean or Chinese (Revised, McCune–Reischauer or pinyin spelling):
/// an optional initial, a vowel group, an optional final.
const SYLLABLE: &str = "(?:zh|ch|sh|kk|tt|pp|ss|jj|[bpmfdtnlgkhjqxrzcsyw])?\
(?:iang|iong|uang|ueng|iao|ian|uai|uan|yae|yeo|wae|ang|eng|ong|ing|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|oo|ee|a|e|i|o|u|ü|v)\
(?:ng|n|k|l|m|p|t|r|g|b)?";

static ONE_SYLLABLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("^{SYLLABLE}$")).expect("syllable"));
static TWO_SYLLABLES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("^{SYLLABLE}{SYLLABLE}$")).expect("syllables"));

/// How many romanised East Asian syllables spell `word` (hyphenated parts each count): `Some(1)`
/// for "Chol", `Some(2)` for "Jinping" or "Jae-in", `None` when it cannot be spelled that way.
pub fn syllables(word: &str) -> Option<usize> {
    let lower = word.to_lowercase();
    let mut count = 0;
    for part in lower.split('-') {
        count += if ONE_SYLLABLE.is_match(part) {
            1
        } else if TWO_SYLLABLES.is_match(part) {
            2
        } else {
            return None;
        };
    }
    Some(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_look_up_case_insensitively() {
        let g = &*GAZETTEER;
        assert!(g.is_given("Sarah") && g.is_given("MIKE") && g.is_given("Marie-Claire"));
        assert!(!g.is_given("Marie-Xqzt"));
        assert!(g.is_surname("smith"));
        assert!(g.is_place("New York") && g.is_place("north korea"));
        assert!(g.is_demonym("South Korean") && g.is_demonym("U.S.") && g.is_demonym("UN"));
        assert!(!g.is_demonym("Un"), "the acronym matches in capitals only");
        assert_eq!(g.title("Prime Minister"), Some(true));
        assert_eq!(g.title("vice chairman"), Some(false));
        assert!(g.is_organisation_cue("Agency"));
        assert!(g.is_function_word("The"));
    }

    #[test]
    fn romanised_syllables() {
        assert_eq!(syllables("Chol"), Some(1));
        assert_eq!(syllables("Jinping"), Some(2));
        assert_eq!(syllables("Jae-in"), Some(2));
        assert_eq!(syllables("Myong"), Some(1));
        assert_eq!(syllables("Trump"), None);
        assert_eq!(syllables("Sanders"), None);
    }
}
