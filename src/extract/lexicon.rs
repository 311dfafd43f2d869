//! The general-knowledge word lists in `assets/gazetteer/` and the calendar vocabulary, as one
//! table: a word's classes (given name, place, title, month, …) come from a single lookup.
//!
//! The lists hold only general knowledge (common names of many cultures, titles, places, English
//! words, organisation cue words); no list names a specific person. Keys are lower case; callers
//! look words up lower-cased. Multi-word entries ("new york", "secretary of state") live in a
//! second table; their first word carries [`class::PHRASE`].

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{LazyLock, OnceLock};

use regex::Regex;

use super::calendar;

macro_rules! list {
    ($file:literal) => {
        include_str!(concat!("../../assets/gazetteer/", $file))
    };
}

/// Word classes, as bits of [`Lex::class`].
pub mod class {
    pub const GIVEN: u64 = 1 << 0;
    pub const SURNAME: u64 = 1 << 1;
    /// A family name of a culture that writes it first ("Kim", "Xi", "Nguyen").
    pub const FAMILY_FIRST: u64 = 1 << 2;
    pub const PLACE: u64 = 1 << 3;
    pub const DEMONYM: u64 = 1 << 4;
    /// Counts only when written in capitals ("US", "UN"; not "Un" in a Korean name).
    pub const CAPS_ONLY: u64 = 1 << 5;
    /// A title or role noun that can stand before a name or head an appositive.
    pub const TITLE: u64 = 1 << 6;
    /// A head of state, government or party.
    pub const HEAD: u64 = 1 << 7;
    /// Ends organisation, place and event names ("Agency", "Hotel", "Inc.").
    pub const ORG_CUE: u64 = 1 << 8;
    /// Closed-class and sentence-opening words, capitalised only at a sentence start.
    pub const FUNCTION: u64 = 1 << 9;
    /// A relational noun that introduces a person ("wife", "teammate").
    pub const RELATION: u64 = 1 << 10;
    /// An ordinary English word (written in lower case in a dictionary).
    pub const WORD: u64 = 1 << 11;
    /// A name particle ("van", "de", "bin", "al").
    pub const PARTICLE: u64 = 1 << 12;
    /// "Jr.", "III".
    pub const SUFFIX: u64 = 1 << 13;
    /// A verb of saying ("said", "told").
    pub const SPEECH: u64 = 1 << 14;
    /// A verb whose subject is a person ("married", "was born", "argued").
    pub const PERSON_VERB: u64 = 1 << 15;
    /// A company form that makes the words before it a company ("Inc.", "Co.", "Ltd.").
    pub const COMPANY: u64 = 1 << 16;
    /// Starts a multi-word entry of the phrase table.
    pub const PHRASE: u64 = 1 << 17;

    // The calendar.
    pub const MONTH: u64 = 1 << 20;
    pub const WEEKDAY: u64 = 1 << 21;
    pub const SEASON: u64 = 1 << 22;
    /// A unit of time ("day", "weeks", "decade").
    pub const UNIT: u64 = 1 << 23;
    /// A number word ("two", "a dozen" is not one); [`super::Lex::num`] holds its value.
    pub const NUMBER: u64 = 1 << 24;
    /// An ordinal ("first", "3rd" is a number and a suffix); `num` holds its value.
    pub const ORDINAL: u64 = 1 << 25;
    /// "last", "next", "this", "past", "coming", "previous", "following".
    pub const RELATIVE: u64 = 1 << 26;
    /// "today", "tonight", "yesterday", "tomorrow".
    pub const DEICTIC: u64 = 1 << 27;
    /// "morning", "afternoon", "evening", "night".
    pub const DAY_PART: u64 = 1 << 28;
    /// A vague time word ("now", "recently", "currently", "soon").
    pub const VAGUE: u64 = 1 << 29;
    /// "early", "mid", "late".
    pub const PERIOD_EDGE: u64 = 1 << 30;
    /// A named day of the calendar ("Christmas", "Thanksgiving").
    pub const HOLIDAY: u64 = 1 << 31;
    /// A word that opens a longer date expression without being a calendar word ("the end of",
    /// "over the weekend", "fiscal 1990", "almost two decades").
    pub const DATE_OPENER: u64 = 1 << 32;
    /// A word that puts its clause in the future ("will", "plans", "next").
    pub const FUTURE_CUE: u64 = 1 << 33;
    /// A verb form of the past ("said", "went") or a word that points back ("ago", "since").
    pub const PAST_CUE: u64 = 1 << 34;
    /// An auxiliary after which an "-ed" form is a passive or an infinitive ("be", "to", "will").
    pub const AUXILIARY: u64 = 1 << 35;
    /// A perfect auxiliary ("has", "have", "had").
    pub const PERFECT: u64 = 1 << 36;
    /// An irregular past participle ("come", "risen").
    pub const PARTICIPLE: u64 = 1 << 37;
    /// A present form of "be" ("is", "are", "am").
    pub const PRESENT_BE: u64 = 1 << 38;
    /// One of the most frequent given names: a name first, whatever else it spells ("Mark").
    pub const COMMON_GIVEN: u64 = 1 << 39;
    /// A word that opens a clause of its own ("after", "that", "which").
    pub const SUBORDINATOR: u64 = 1 << 40;
    /// A title followed by a given or regnal name, never a surname ("King Tomas").
    pub const REGNAL: u64 = 1 << 41;
    /// A form of address that is no office ("Mr.", "Dr.").
    pub const HONORIFIC: u64 = 1 << 42;
    /// A verb of a scheduled event whose present tense points ahead ("meet", "arrives").
    pub const SCHEDULED: u64 = 1 << 43;
    /// A given name or a title nearly always a woman's ("Mary", "Ms.", "Queen").
    pub const FEMALE: u64 = 1 << 44;
    /// A given name or a title nearly always a man's ("John", "Mr.", "King").
    pub const MALE: u64 = 1 << 45;
    /// One of the 10,000 most frequent US surnames ("Church", "Hall"; not "Police").
    pub const COMMON_SURNAME: u64 = 1 << 46;
    /// A word that opens an organisation's name in another language ("Deutsche", "Banco").
    pub const ORG_OPENER: u64 = 1 << 47;
    /// A continent or a region of the world ("Europe", "Latin America"): no one's name.
    pub const REGION: u64 = 1 << 48;
    /// A party affiliation ("Republican", "Socialist"): a nationality's kind of word that a role
    /// keeps ("Democratic candidate").
    pub const AFFILIATION: u64 = 1 << 49;

    /// Any class that can start a date expression.
    pub const DATE_START: u64 = MONTH
        | WEEKDAY
        | SEASON
        | NUMBER
        | ORDINAL
        | RELATIVE
        | DEICTIC
        | DAY_PART
        | VAGUE
        | PERIOD_EDGE
        | HOLIDAY;
}

/// What the lists say about a word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lex {
    pub class: u64,
    /// The value of a number word or ordinal.
    pub num: u16,
    /// The calendar item: month 1–12, weekday 1–7 (Monday first), a [`calendar::Unit`], a
    /// [`calendar::SeasonName`], a [`calendar::Part`], or what a relative or vague word means.
    pub cal: u8,
}

impl Lex {
    pub const NONE: Lex = Lex { class: 0, num: 0, cal: 0 };

    pub fn is(self, class: u64) -> bool {
        self.class & class != 0
    }
}

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The 64-bit hash a word is stored under: eight bytes a step (the Fx scheme), then mixed. The
/// tables keep hashes, not words: a lookup is one probe with no string to compare. Two words
/// of up to eight bytes never share a hash (each step is a bijection); for longer ones a false
/// hit is about one lookup in 10^14.
pub fn word_hash(lower: &str) -> u64 {
    let mut h = lower.len() as u64;
    for chunk in lower.as_bytes().chunks(8) {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
    }
    h ^ (h >> 29)
}

/// The hash of a phrase, from the hashes of its words in order.
pub fn phrase_hash(words: impl IntoIterator<Item = u64>) -> u64 {
    words.into_iter().fold(PHRASE_SEED, phrase_step)
}

/// Determiners and possessive pronouns: the words that open a noun phrase ("the plan", "its 2003
/// merger", "his band").
pub const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    "whose",
];

/// The hash of a phrase with no words yet.
pub const PHRASE_SEED: u64 = 0x9e37_79b9_7f4a_7c15;

/// The hash of phrase `h` followed by the word with hash `word`.
pub fn phrase_step(h: u64, word: u64) -> u64 {
    (h.rotate_left(23) ^ word).wrapping_mul(K)
}

/// Hashes are already well mixed: the table uses them as they are.
#[derive(Default)]
pub struct Prehashed(u64);

impl Hasher for Prehashed {
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u64 keys")
    }

    fn write_u64(&mut self, h: u64) {
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type Table = HashMap<u64, Lex, BuildHasherDefault<Prehashed>>;

/// Every list, one lookup a word.
pub struct Lexicon {
    words: Table,
    phrases: Table,
    /// The longest multi-word entry, in words.
    pub longest_phrase: usize,
}

/// A fixed list of lower-case words, hashed on first use: membership is one lookup, not a
/// comparison with each word (for the longer cue lists read at every candidate).
pub struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<rustc_hash::FxHashSet<&'static str>>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet { words, set: OnceLock::new() }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.words.iter().copied().collect()).contains(word)
    }

    /// The words, in the order given.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> {
        self.words.iter().copied()
    }
}

/// The lexicon, built on first use.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Lexicon {
    fn load() -> Lexicon {
        // Sized once for what the lists hold (about 150,000 distinct words): no table regrown.
        let words = Table::with_capacity_and_hasher(1 << 17 | 1 << 16, Default::default());
        let mut lexicon = Lexicon { words, phrases: Table::default(), longest_phrase: 1 };
        let lists: &[(&str, u64)] = &[
            (list!("census_given_names.txt"), class::GIVEN),
            (list!("common_given_names.txt"), class::GIVEN | class::COMMON_GIVEN),
            (list!("short_given_names.txt"), class::GIVEN | class::COMMON_GIVEN),
            (list!("world_given_names.txt"), class::GIVEN),
            (list!("international_given_names.txt"), class::GIVEN),
            (list!("census_surnames.txt"), class::SURNAME),
            (list!("world_surnames.txt"), class::SURNAME),
            (list!("international_surnames.txt"), class::SURNAME),
            (list!("east_asian_family_names.txt"), class::FAMILY_FIRST | class::SURNAME),
            (list!("geonames_places.txt"), class::PLACE),
            (list!("regions.txt"), class::PLACE | class::REGION),
            (list!("provinces.txt"), class::PLACE),
            (list!("organisation_cues.txt"), class::ORG_CUE),
            (list!("organisations.txt"), class::ORG_CUE),
            (list!("function_words.txt"), class::FUNCTION),
            (list!("relations.txt"), class::RELATION),
            (list!("english_words.txt"), class::WORD),
            (list!("person_verbs.txt"), class::PERSON_VERB),
            (list!("company_forms.txt"), class::COMPANY | class::ORG_CUE),
            (list!("organisation_openers.txt"), class::ORG_OPENER),
        ];
        for (text, class) in lists {
            for entry in entries(text) {
                lexicon.add(entry, Lex { class: *class, ..Lex::NONE });
                // "Saint Paul" is written "St. Paul" or "St Paul" as often.
                if *class == class::PLACE
                    && let Some(rest) = ["Saint ", "St. ", "St "].iter().find_map(|s| entry.strip_prefix(s))
                {
                    for saint in ["Saint", "St.", "St"] {
                        lexicon.add(&format!("{saint} {rest}"), Lex { class: *class, ..Lex::NONE });
                    }
                }
            }
        }
        // The Census surnames come in rank order.
        for entry in entries(list!("census_surnames.txt")).take(10_000) {
            lexicon.add(entry, Lex { class: class::COMMON_SURNAME, ..Lex::NONE });
        }
        for entry in entries(list!("demonyms.txt")) {
            let caps = entry.chars().all(|c| !c.is_lowercase());
            let class = if caps { class::DEMONYM | class::CAPS_ONLY } else { class::DEMONYM };
            lexicon.add(entry, Lex { class, ..Lex::NONE });
        }
        for entry in entries(list!("affiliations.txt")) {
            lexicon.add(entry, Lex { class: class::DEMONYM | class::AFFILIATION, ..Lex::NONE });
        }
        for entry in entries(list!("titles.txt")) {
            let (title, flags) = entry.split_once('|').unwrap_or((entry, ""));
            let mut class = class::TITLE;
            for flag in flags.split_whitespace() {
                class |= match flag {
                    "head" => class::HEAD,
                    "given" => class::REGNAL,
                    "honorific" => class::HONORIFIC,
                    "female" => class::FEMALE,
                    "male" => class::MALE,
                    _ => 0,
                };
            }
            lexicon.add(title.trim(), Lex { class, ..Lex::NONE });
        }
        // The list holds only names the given-name lists hold: no word unknown before is known.
        for entry in entries(list!("given_name_sex.txt")) {
            let (name, sex) = entry.split_once(' ').unwrap_or((entry, ""));
            let class = if sex == "f" { class::FEMALE } else { class::MALE };
            lexicon.add(name, Lex { class, ..Lex::NONE });
        }
        for (word, class) in calendar::WORDS {
            lexicon.add(word, *class);
            // "Independence Day", "Memorial Day": a holiday's first word opens a date.
            if let Some((first, _)) = word.split_once(' ')
                && class.is(class::HOLIDAY)
            {
                // "Valentine's Day" is read from "Valentine", "'s", "Day".
                let first = first.strip_suffix("'s").unwrap_or(first);
                lexicon.add(first, Lex { class: class::DATE_OPENER, ..Lex::NONE });
            }
        }
        for (words, class) in [
            (calendar::DATE_OPENERS, class::DATE_OPENER),
            (calendar::APPROXIMATE, class::DATE_OPENER),
            (super::tense::FUTURE, class::FUTURE_CUE),
            (super::tense::PAST, class::PAST_CUE),
            (super::tense::AUXILIARY, class::AUXILIARY),
            (super::tense::PERFECT, class::PERFECT),
            (super::tense::PARTICIPLES, class::PARTICIPLE),
            (super::tense::PRESENT, class::PRESENT_BE),
            (super::tense::SUBORDINATORS, class::SUBORDINATOR),
            (super::tense::SCHEDULED, class::SCHEDULED),
        ] {
            for word in words {
                lexicon.add(word, Lex { class, ..Lex::NONE });
            }
        }
        for word in calendar::SPEECH_VERBS {
            lexicon.add(word, Lex { class: class::SPEECH | class::PERSON_VERB, ..Lex::NONE });
        }
        for word in calendar::PARTICLES {
            lexicon.add(word, Lex { class: class::PARTICLE, ..Lex::NONE });
        }
        for word in calendar::SUFFIXES {
            lexicon.add(word, Lex { class: class::SUFFIX, ..Lex::NONE });
        }
        lexicon
    }

    /// Adds `entry` (any case) with `lex`'s classes, merging with what is there.
    fn add(&mut self, entry: &str, lex: Lex) {
        // Most entries are one word in lower case already: no copy, no list of words.
        let key: Cow<str> = if entry.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
            Cow::Owned(entry.to_lowercase())
        } else {
            Cow::Borrowed(entry)
        };
        if !key.contains(char::is_whitespace) {
            merge(self.words.entry(word_hash(&key)).or_default(), lex);
            return;
        }
        let words: Vec<&str> = key.split_whitespace().collect();
        merge(self.phrases.entry(phrase_hash(words.iter().map(|w| word_hash(w)))).or_default(), lex);
        let first = Lex { class: class::PHRASE, ..Lex::NONE };
        merge(self.words.entry(word_hash(words[0])).or_default(), first);
        self.longest_phrase = self.longest_phrase.max(words.len());
    }

    /// The classes of a lower-case word; [`Lex::NONE`] when no list has it.
    pub fn word(&self, lower: &str) -> Lex {
        self.hashed(word_hash(lower))
    }

    /// The classes of the word with hash `h` ([`word_hash`]).
    pub fn hashed(&self, h: u64) -> Lex {
        self.words.get(&h).copied().unwrap_or(Lex::NONE)
    }

    /// The classes of a lower-case phrase of several words.
    pub fn phrase(&self, lower: &str) -> Lex {
        self.phrase_hashed(phrase_hash(lower.split_whitespace().map(word_hash)))
    }

    /// The classes of the phrase with hash `h` ([`phrase_hash`]).
    pub fn phrase_hashed(&self, h: u64) -> Lex {
        self.phrases.get(&h).copied().unwrap_or(Lex::NONE)
    }

    /// A word or a phrase, whichever `lower` is.
    pub fn any(&self, lower: &str) -> Lex {
        if lower.contains(' ') { self.phrase(lower) } else { self.word(lower) }
    }
}

fn merge(into: &mut Lex, lex: Lex) {
    into.class |= lex.class;
    if lex.num != 0 {
        into.num = lex.num;
    }
    if lex.cal != 0 {
        into.cal = lex.cal;
    }
}

/// One syllable of romanised Korean, Chinese (Revised, McCune–Reischauer or pinyin spelling) or
/// Vietnamese without its diacritics: an optional initial, a vowel group, an optional final.
const SYLLABLE: &str = "(?:ngh|zh|ch|sh|kk|tt|pp|ss|jj|th|tr|nh|ng|gh|gi|ph|kh|qu|[bpmfdtnlgkhjqxrzcsyvw])?\
(?:iang|iong|uang|ueng|uong|uyen|iao|ian|uai|uan|yae|yeo|wae|ieu|uye|uoi|ang|eng|ong|ing|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|oo|ee|oa|uy|a|e|i|o|u|y|ü|v)\
(?:ng|nh|ch|n|k|l|m|p|t|r|g|b|c)?";

/// Familiar forms of given names and the formal names each shortens ("chuck" → "charles"), lower
/// case, from `diminutives.txt`.
static FORMAL: LazyLock<HashMap<String, Vec<String>>> = LazyLock::new(|| {
    let mut formal: HashMap<String, Vec<String>> = HashMap::new();
    for (name, familiar) in entries(list!("diminutives.txt")).filter_map(|l| l.split_once(':')) {
        for short in familiar.split_whitespace() {
            formal.entry(short.to_lowercase()).or_default().push(name.trim().to_lowercase());
        }
    }
    formal
});

/// The formal given names a lower-case `familiar` form shortens: "bill" → "william"; none for
/// a name that is no familiar form.
pub fn formal_names(familiar: &str) -> &'static [String] {
    FORMAL.get(familiar).map_or(&[], Vec::as_slice)
}

static ONE_SYLLABLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("^{SYLLABLE}$")).expect("syllable"));
static TWO_SYLLABLES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("^{SYLLABLE}{SYLLABLE}$")).expect("syllables"));

/// How many romanised East Asian syllables spell `word` (hyphenated parts each count): `Some(1)`
/// for "Chol", `Some(2)` for "Jinping" or "Jae-in", `None` when it cannot be spelled that way.
pub fn syllables(word: &str) -> Option<usize> {
    if word.len() > 16 {
        return None;
    }
    let lower = word.to_lowercase();
    let mut count = 0;
    for part in lower.split('-') {
        // "Soo-ah", "Hyun-ah": after a hyphen a syllable of a vowel alone is often written with
        // an "h".
        let vowel_h = matches!(part, "ah" | "oh") && lower.contains('-');
        count += if ONE_SYLLABLE.is_match(part) || vowel_h {
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
    fn one_lookup_gives_every_class_of_a_word() {
        let l = &*LEXICON;
        assert!(l.word("sarah").is(class::GIVEN) && l.word("smith").is(class::SURNAME));
        assert!(l.word("smith").is(class::WORD), "a surname can be a word too");
        assert!(l.word("stefano").is(class::GIVEN), "given names of other cultures");
        assert!(l.word("vladimir").is(class::GIVEN), "transliterated from Cyrillic");
        assert!(l.word("may").is(class::MONTH) && l.word("may").cal == 5);
        assert!(l.word("second").is(class::ORDINAL) && l.word("second").is(class::UNIT));
        assert!(l.word("radio").is(class::WORD) && !l.word("radio").is(class::GIVEN));
        assert_eq!(l.word("president").class & (class::TITLE | class::HEAD), class::TITLE | class::HEAD);
        assert!(!l.word("president").is(class::REGNAL) && !l.word("mr.").is(class::REGNAL));
        assert!(l.word("king").is(class::HEAD) && l.word("king").is(class::REGNAL));
        assert!(l.phrase("crown prince").is(class::REGNAL));
        assert!(l.word("inc.").is(class::COMPANY));
        assert!(l.word("new").is(class::PHRASE) && l.phrase("new york").is(class::PLACE));
        assert!(l.phrase("secretary of state").is(class::TITLE));
        assert!(l.word("us").is(class::CAPS_ONLY));
        assert_eq!(l.word("zzxq"), Lex::NONE);
    }

    #[test]
    fn romanised_syllables() {
        assert_eq!(syllables("Chol"), Some(1));
        assert_eq!(syllables("Jinping"), Some(2));
        assert_eq!(syllables("Jae-in"), Some(2));
        assert_eq!(syllables("Myong"), Some(1));
        assert_eq!(syllables("Trump"), None);
        assert_eq!(syllables("Sanders"), None);
        // A vowel alone written with an "h", in a hyphenated name only.
        assert_eq!(syllables("Soo-ah"), Some(2));
        assert_eq!(syllables("Ah"), None);
    }
}
