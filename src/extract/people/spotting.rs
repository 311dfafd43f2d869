//! Spotting: the capitalised stretches of each sentence, cut into what they are — titles
//! ("Secretary of State"), nationalities, places, organisations ("Atlas Motor Co.") — and the
//! name-like words left over, each a [`Candidate`] with the title before it. Nothing is decided
//! here; [`evidence`](super::evidence) weighs each candidate.

use std::ops::Range;

use crate::corpus::ParagraphKind;
use crate::extract::doc::Doc;
use crate::extract::lexicon::{WordSet, class, syllables};
use crate::extract::tokens::{Kind, shape};

/// A stretch of name-like words that may name someone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub sentence: usize,
    /// The name words (no title, no possessive).
    pub tokens: Range<usize>,
    /// A title written as part of the same capitalised stretch ("President", "Gen.").
    pub title: Option<Range<usize>>,
    /// The whole role phrase before it when a title leads that phrase ("White House press
    /// secretary", "U.S. Secretary of State").
    pub role: Option<Range<usize>>,
    /// Its stretch began the sentence (capitals there say little).
    pub opens_sentence: bool,
}

/// An organisation: a stretch ending in a cue word ("Agency", "Hotel"), and whether a company
/// form ended it ("Inc.", "Co.").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub tokens: Range<usize>,
    pub company: bool,
}

/// What spotting finds in an article.
#[derive(Debug, Default)]
pub struct Spotted {
    pub candidates: Vec<Candidate>,
    pub organisations: Vec<Organisation>,
}

/// Spots candidates in every sentence; in a credit line only a photographer's full name.
pub fn spot(doc: &Doc) -> Spotted {
    let mut out = Spotted::default();
    // The parts of a run, reused from run to run.
    let mut parts = Vec::new();
    // A credit line names agencies ("[Getty/Kyodo]", "Photo: Reuters") and sometimes the
    // photographer ("Photo: Ana Salem"): only a known given name and a surname count there.
    let mut credit = Spotted::default();
    for (si, s) in doc.sentences.iter().enumerate() {
        if s.kind != ParagraphKind::Credit {
            spot_sentence(doc, si, &mut out, &mut parts);
            continue;
        }
        spot_sentence(doc, si, &mut credit, &mut parts);
        out.candidates.extend(credit.candidates.drain(..).filter(|c| {
            let words = super::evidence::name_words(doc, c.tokens.clone());
            words.len() >= 2 && doc.lex(words[0]).is(class::GIVEN) && c.title.is_none()
        }));
        credit.organisations.clear();
    }
    out
}

/// Spots the candidates and organisations of sentence `si` into `out`.
fn spot_sentence(doc: &Doc, si: usize, out: &mut Spotted, parts: &mut Vec<(Part, Range<usize>)>) {
    let s = &doc.sentences[si];
    let mut k = s.tokens.start;
    // In a headline (a heading line, or a sentence with no word in lower case) every word is
    // capitalised: a common word there ends a run and starts none ("Okonjo Hosts Varga At
    // White House").
    let headline = s.title_case
        && (s.kind == ParagraphKind::Heading
            || s.tokens.clone().all(|j| doc.tokens[j].kind != Kind::Word || doc.tokens[j].has(shape::CAP)));
    let plain = |k: usize| {
        let l = doc.lex(k);
        let initial = doc.tokens[k].has(shape::INITIAL) || doc.text(k).chars().count() == 1;
        !initial
            && !l.is(class::SUFFIX)
            && (l.is(class::FUNCTION) || l.is(class::WORD) && !l.is(NAME_CLASSES))
    };
    while k < s.tokens.end {
        if headline && plain(k) && !doc.lex(k).is(class::TITLE) || list_label(doc, k) {
            k += 1;
        } else if starts_run(doc, k) {
            let stop = if headline {
                (k + 1..s.tokens.end)
                    .find(|&j| plain(j) && !doc.lex(j).is(class::ORG_CUE | class::TITLE))
                    .unwrap_or(s.tokens.end)
            } else {
                s.tokens.end
            };
            let end = run_end(doc, k, stop);
            if let Some(firm) =
                ampersand_firm(doc, k..end, s.tokens.end).or_else(|| partnership(doc, k, s.tokens.end))
            {
                k = firm.end;
                out.organisations.push(Organisation { tokens: firm, company: true });
                continue;
            }
            // "Meanwhile Vantor & Quist said": the partners may end a longer run.
            if end > k + 1
                && let Some(firm) = partnership(doc, end - 1, s.tokens.end)
            {
                cut(doc, si, k..end - 1, out, parts);
                k = firm.end;
                out.organisations.push(Organisation { tokens: firm, company: true });
                continue;
            }
            cut(doc, si, k..end, out, parts);
            k = end.max(k + 1);
        } else {
            k += 1;
        }
    }
}

/// "Harlow Pike & Co.", "Ames & Sons": a run, "&" and a company form or a partnership word is
/// a firm, from the run's start to that word. Text converted from HTML may have lost the "&" of
/// "&amp;" and kept "amp" ("Harlow Pike amp Co.").
fn ampersand_firm(doc: &Doc, run: Range<usize>, sentence_end: usize) -> Option<Range<usize>> {
    let form = run.end + 1;
    let firm = form < sentence_end
        && ampersand(doc, run.end)
        && doc.tokens[form].is_capitalised()
        && (doc.lex(form).is(class::COMPANY)
            || ["sons", "company", "partners", "associates"].iter().any(|w| doc.is_word(form, w)));
    firm.then_some(run.start..form + 1)
}

/// "&", or the "amp" that text converted from HTML keeps of "&amp;".
fn ampersand(doc: &Doc, k: usize) -> bool {
    matches!(doc.text(k), "&" | "amp")
}

/// "Vantor & Quist", "Harlow, Pike & Okonjo": single names joined by "&" are a firm's
/// partners. Not a citation ("Lee & Okafor, 2014", "Lee & Okafor 2014", "Lee & Okafor [7]"), nor
/// authors' work ("Lee & Okafor's study"), nor two given names ("Tom & Jerry") unless they name
/// a shop that speaks ("Tom & Jerry's said").
fn partnership(doc: &Doc, start: usize, sentence_end: usize) -> Option<Range<usize>> {
    let single =
        |k: usize| k < sentence_end && doc.tokens[k].is_capitalised() && !doc.tokens[k].has(shape::INITIAL);
    let mut k = start;
    while single(k) && doc.text(k + 1) == "," && single(k + 2) {
        k += 2;
    }
    let amp = k + 1 + usize::from(doc.text(k + 1) == ",");
    let last = amp + 1;
    // "Tom & Jerry's said": a possessive that a verb follows is part of the firm's own name.
    let possessive = doc.kind(last + 1) == Some(Kind::Possessive);
    let brand = possessive
        && last + 2 < sentence_end
        && doc.lex(last + 2).is(class::SPEECH | class::PERSON_VERB)
        && !doc.tokens[last + 2].is_capitalised();
    let partners = single(k)
        && ampersand(doc, amp)
        && single(last)
        && !doc.tokens.get(last + 1).is_some_and(|t| t.is_capitalised() && last + 1 < sentence_end)
        && (brand || !doc.lex(last).is(class::COMMON_GIVEN));
    let year = |k: usize| doc.kind(k) == Some(Kind::Number) && doc.text(k).len() == 4;
    let cited = year(last + 1)
        || matches!(doc.text(last + 1), "[" | "(")
        || possessive && !brand
        || doc.text(last + 1) == "," && year(last + 2);
    (partners && !cited).then_some(start..last + 1)
}

/// A US state as news abbreviates it after a town: "Calif.", "Vt.", "N.Y.".
pub(super) fn state_abbreviation(doc: &Doc, k: usize) -> bool {
    const DOTTED: &[&str] =
        &["N.Y.", "N.J.", "N.C.", "S.C.", "N.H.", "N.M.", "N.D.", "S.D.", "R.I.", "D.C.", "W.Va."];
    static CUT: WordSet = WordSet::new(&[
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky",
        "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
        "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    ]);
    let text = doc.text(k);
    DOTTED.contains(&text) || CUT.contains(text) && doc.text(k + 1) == "."
}

/// Initials written together: "O.J.", "P.J.", "J.R.R." (not a country's "U.S.", which the
/// lexicon knows, nor a state's "N.Y.").
pub(super) fn dotted_initials(doc: &Doc, k: usize) -> bool {
    let text = doc.text(k).as_bytes();
    (4..=6).contains(&text.len())
        && text.chunks(2).all(|p| p.len() == 2 && p[0].is_ascii_uppercase() && p[1] == b'.')
        && !doc.lex(k).is(class::DEMONYM | class::PLACE | class::ORG_CUE)
        && !state_abbreviation(doc, k)
}

/// Whether token `k` is two initials without their dots, as "JD" or "TJ" before a name: two
/// capitals and no vowel, so no acronym that reads as a word ("US", "EU", "AI").
pub(super) fn bare_initials(doc: &Doc, k: usize) -> bool {
    let text = doc.text(k).as_bytes();
    text.len() == 2
        && text.iter().all(|b| b.is_ascii_uppercase() && !b"AEIOUY".contains(b))
        && !doc.lex(k).is(class::DEMONYM | class::PLACE | class::ORG_CUE | class::TITLE | class::COMPANY)
        && !state_abbreviation(doc, k)
}

/// Whether token `k` labels an item of a lettered list ("A. Sumer", "B. Akkad" on lines of their
/// own): a capital and a dot opening a line, with the letter before or after it opening another
/// line nearby. Not an initial, so no name starts with it.
fn list_label(doc: &Doc, k: usize) -> bool {
    let t = doc.tokens[k];
    let text = doc.text(k).as_bytes();
    if !t.has(shape::INITIAL) || text.len() != 2 || !text[0].is_ascii_uppercase() || text[1] != b'.' {
        return false;
    }
    let start = t.span.start as usize;
    let opens_line = |at: usize| doc.body[..at].trim_end_matches([' ', '\t']).ends_with('\n');
    if !opens_line(start) {
        return false;
    }
    // The lines around, up to a few hundred bytes either way (on character boundaries).
    let mut from = start.saturating_sub(300);
    while !doc.body.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (start + 300).min(doc.body.len());
    while !doc.body.is_char_boundary(to) {
        to += 1;
    }
    let near = &doc.body[from..to];
    let letter = text[0];
    [letter.checked_sub(1), letter.checked_add(1)]
        .into_iter()
        .flatten()
        .filter(u8::is_ascii_uppercase)
        .any(|l| near.lines().any(|line| line.trim_start().as_bytes().starts_with(&[l, b'.', b' '])))
}

/// What makes a common word a name too.
const NAME_CLASSES: u64 = class::GIVEN | class::SURNAME | class::FAMILY_FIRST | class::PLACE | class::DEMONYM;

#[inline]
fn name_like(doc: &Doc, k: usize) -> bool {
    let t = doc.tokens[k];
    t.kind == Kind::Word
        && (t.has(shape::CAP) && !(t.has(shape::HYPHEN) && compound_modifier(doc, k))
            || prefixed_name(doc, k))
}

/// Whether month word `k`, right after a title or `alone` in its capitalised stretch, is
/// someone's surname by its context: "Mrs. May", "Prime Minister May", "May said", "May's
/// cabinet", "said May". A date is followed by its day or year ("May 9", "Minister May 2019")
/// and never acts; whether the person is known is the linker's to say.
fn month_surname(doc: &Doc, k: usize, alone: bool, after_title: bool) -> bool {
    let next = doc.tokens.get(k + 1);
    if next.is_some_and(|t| t.kind == Kind::Number) {
        return false;
    }
    after_title
        || alone
            && (next.is_some_and(|t| t.kind == Kind::Possessive)
                || next.is_some() && doc.lex(k + 1).is(class::SPEECH | class::PERSON_VERB)
                || k > 0 && doc.lex(k - 1).is(class::SPEECH))
}

/// "Eastern-bloc", "NATO-led", "Lang-based": a common word, a place, a nationality or an acronym,
/// a hyphen and a lower-case word make a modifier, not a name, as does any word before "-based",
/// "-led" and the like ("Ban Ki-moon", "Moon Jae-in" keep theirs).
#[inline(never)]
fn compound_modifier(doc: &Doc, k: usize) -> bool {
    static TAILS: WordSet = WordSet::new(&[
        "based",
        "led",
        "backed",
        "allied",
        "owned",
        "run",
        "controlled",
        "funded",
        "born",
        "made",
        "style",
        "era",
        "linked",
        "affiliated",
        "sponsored",
        "speaking",
        "held",
        "dominated",
        "leaning",
        "inspired",
        "themed",
        "bound",
        "friendly",
        "centric",
    ]);
    let text = doc.text(k);
    let (Some((head, _)), Some((_, tail))) = (text.split_once('-'), text.rsplit_once('-')) else {
        return false;
    };
    let lexicon = &crate::extract::lexicon::LEXICON;
    let acronym = head.len() >= 2 && head.chars().all(|c| c.is_ascii_uppercase() || c == '.');
    let head = lexicon.word(&head.to_lowercase());
    TAILS.contains(tail)
        || tail.len() >= 3
            && tail.bytes().all(|b| b.is_ascii_lowercase())
            && lexicon.word(tail).is(class::WORD)
            && (acronym
                || head.is(class::WORD | class::PLACE | class::DEMONYM)
                    && !head.is(class::GIVEN | class::SURNAME | class::FAMILY_FIRST))
}

fn starts_run(doc: &Doc, k: usize) -> bool {
    name_like(doc, k)
}

/// "al-Assad", "bin-Salman", "d'Orvalle": a lower-case particle glued to a capitalised name.
pub(super) fn prefixed_name(doc: &Doc, k: usize) -> bool {
    let t = doc.tokens[k];
    if t.shape & (shape::HYPHEN | shape::APOSTROPHE) == 0 || t.has(shape::CAP) || doc.lex(k).class != 0 {
        return false;
    }
    let text = doc.text(k);
    let capital = |rest: &str| rest.chars().next().is_some_and(char::is_uppercase);
    let hyphened = || {
        t.has(shape::HYPHEN)
            && text
                .split_once('-')
                .is_some_and(|(p, rest)| crate::extract::calendar::PARTICLES.contains(&p) && capital(rest))
    };
    let elided = || {
        text.split_once(['\'', '\u{2019}'])
            .is_some_and(|(p, rest)| matches!(p, "d" | "l" | "dell" | "dall" | "degl") && capital(rest))
    };
    hyphened() || elided()
}

/// Where a run starting at `start` ends: name-like words, with particles ("von der"), the inner
/// words of a title or place ("Secretary of State"), and a quoted nickname between them.
fn run_end(doc: &Doc, start: usize, end: usize) -> usize {
    let mut k = start;
    while k < end {
        if let Some((n, lex)) = doc.phrase_at(k, end).filter(|_| name_like(doc, k))
            && lex.is(class::TITLE | class::PLACE | class::DEMONYM)
        {
            k += n;
            continue;
        }
        // "Hugo McGuirt Sunday, May 28": a weekday ends a name.
        if name_like(doc, k) && !(k > start && doc.lex(k).is(class::WEEKDAY)) {
            k += 1;
            continue;
        }
        if k > start {
            // "Peter the Great", "Pliny the Elder": an epithet after "the" is part of the name.
            if doc.is_word(k, "the") && k + 1 < end && name_like(doc, k + 1) && epithet(doc, k + 1) {
                k += 2;
                continue;
            }
            // "von der Leyen": particles count when a capitalised word follows them.
            let particles = (k..end)
                .take_while(|&p| {
                    doc.tokens[p].kind == Kind::Word
                        && doc.lex(p).is(class::PARTICLE)
                        && !doc.tokens[p].has(shape::CAP)
                })
                .count();
            if particles > 0 && particles <= 3 && k + particles < end && name_like(doc, k + particles) {
                k += particles;
                continue;
            }
            // William "Buckshot" May, William ``Buckshot'' May: a quoted word inside a name.
            if let Some(open) = quote_marks(doc, k, "`")
                && k + open < end
                && name_like(doc, k + open)
                && let Some(close) = quote_marks(doc, k + open + 1, "'")
                && k + open + 1 + close < end
                && name_like(doc, k + open + 1 + close)
            {
                k += open + 1 + close;
                continue;
            }
        }
        break;
    }
    k
}

/// How many tokens the quotation mark at `k` takes: one for `"`, `“` or `”`, two for a pair of
/// `pair` (``` `` ``` opens and `''` closes a quotation in some wire copy).
pub(in crate::extract::people) fn quote_marks(doc: &Doc, k: usize, pair: &str) -> Option<usize> {
    // `Doc::text` is empty past the end, which is no mark.
    match doc.text(k) {
        "\"" | "\u{201c}" | "\u{201d}" => Some(1),
        t if t == pair && doc.text(k + 1) == pair => Some(2),
        _ => None,
    }
}

/// An epithet that follows a ruler's or a saint's name after "the": "Great", "Elder", "Conqueror".
pub(super) fn epithet(doc: &Doc, k: usize) -> bool {
    static EPITHETS: WordSet = WordSet::new(&[
        "great",
        "elder",
        "younger",
        "conqueror",
        "confessor",
        "bold",
        "wise",
        "pious",
        "magnificent",
        "terrible",
        "good",
        "fair",
        "lionheart",
        "unready",
        "bald",
        "fat",
        "lame",
        "just",
        "martyr",
        "apostle",
        "baptist",
        "evangelist",
        "venerable",
    ]);
    doc.is_in(k, &EPITHETS)
}

/// Whether a name could start at token `k`: a given name, an initial, a family name written first.
fn good_name_start(doc: &Doc, k: usize) -> bool {
    let lex = doc.lex(k);
    (lex.is(class::GIVEN) && !lex.is(class::WORD | class::ORG_CUE))
        || doc.tokens[k].has(shape::INITIAL)
        || lex.is(class::FAMILY_FIRST)
}

/// A regnal number at token `k` after a name: a Roman numeral from II up ("XVI"), or "I" when
/// nothing name-like follows it (so not "Okafor I think").
pub(super) fn regnal(doc: &Doc, k: usize, run_end: usize) -> bool {
    let text = doc.text(k);
    if text == "I" {
        let next = doc.tokens.get(k + 1);
        let joins = ["of", "in", "and", "who"].iter().any(|w| doc.is_word(k + 1, w));
        return k + 1 >= run_end && next.is_none_or(|t| t.kind != Kind::Word || joins);
    }
    roman_numeral(text)
}

/// A Roman numeral from II to XXXIX in capitals, as a regnal number is written ("XVI").
pub(super) fn roman_numeral(text: &str) -> bool {
    text.len() <= 6
        && text.len() >= 2
        && text.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
        && !text.contains("IIII")
        && !text.contains("VV")
}

/// Where the name starts in run `k..end` when the run opens with the domain of an office named
/// before it ("Secretary of the Treasury", "Chairman of the Council of Elders"): at the first
/// given name after a first word that is a common word or no name.
fn office_domain_before(doc: &Doc, k: usize, end: usize) -> Option<usize> {
    let mut j = k;
    if j > 0 && doc.is_word(j - 1, "the") {
        j -= 1;
    }
    if j == 0 || !doc.is_word(j - 1, "of") {
        return None;
    }
    // Back over the office's capitalised words and "of" to its title.
    let mut t = j - 1;
    let title = loop {
        let Some(before) = t.checked_sub(1) else { break false };
        t = before;
        if doc.lex(t).is(class::TITLE) && doc.tokens[t].is_capitalised() {
            break true;
        }
        let office_word = doc.tokens[t].is_capitalised() || doc.is_word(t, "of") || doc.is_word(t, "the");
        if !office_word || j - t > 6 {
            break false;
        }
    };
    let first = doc.lex(k);
    // A given name, or a name that is no common word too, is the person's.
    let name_word = first.is(class::GIVEN) || first.is(NAME_CLASSES) && !first.is(class::WORD);
    if !title || name_word {
        return None;
    }
    (k + 1..end - 1).find(|&g| doc.lex(g).is(class::GIVEN))
}

/// A word that describes the person named right after it, and what part of the run it is:
/// "Minnesotan Tobin Marsh", "Queenslander Mia Rawlins" (a nationality made from a place),
/// "Singer-songwriter Ann Lee", "TikToker Jo Park" (a role), "Juniors Ana Ruiz and …" (a plural
/// noun). None for a word that may be a name itself.
fn descriptor(doc: &Doc, k: usize, run_end: usize) -> Option<Part> {
    const NAMES: u64 = NAME_CLASSES | class::TITLE;
    let lex = doc.lex(k);
    // "Neighbours Colm and …": a title in the plural, though a rare surname spells it too.
    let rare_name = !lex.is(class::GIVEN | class::COMMON_SURNAME | class::TITLE);
    if rare_name && !doc.tokens[k].has(shape::CAPS) && super::roles::plural_title(doc, k) {
        return Some(Part::Title);
    }
    if lex.is(NAMES) || doc.tokens[k].has(shape::CAPS) {
        return None;
    }
    let word = doc.lower(k);
    let lexicon = &crate::extract::lexicon::LEXICON;
    let place = |stem: &str| {
        let l = lexicon.word(stem);
        l.is(class::PLACE) && !l.is(class::GIVEN | class::SURNAME)
    };
    let demonym = ["n", "an", "ian", "er", "ite", "ese"]
        .iter()
        .any(|suffix| word.strip_suffix(suffix).is_some_and(|stem| stem.len() >= 3 && place(stem)));
    if demonym {
        return Some(Part::Nationality);
    }
    // "Justices Elena Kagan and …", "Senators VANTOR, …": a title in the plural.
    if super::roles::plural_title(doc, k) {
        return Some(Part::Title);
    }
    // The rest only before a name of two words or more that opens like one ("the Weavers Triple
    // A team" is no name).
    let next = doc.lex(k + 1);
    if run_end < k + 3 || next.is(class::WORD) && !next.is(class::GIVEN) {
        return None;
    }
    // Each part a word, whatever name it also spells ("Singer-songwriter", "Glass-blower").
    let compound = word.contains('-')
        && word.split('-').all(|p| !p.is_empty() && lexicon.word(p).is(class::WORD))
        && !lex.is(class::ORG_CUE);
    let text = doc.text(k);
    let inner_capital = text.chars().skip(1).any(char::is_uppercase);
    let agent = inner_capital && word.ends_with("er") && lex.class == 0;
    if compound || agent {
        return Some(Part::Title);
    }
    // "Juniors Ana Salem and …": a plural no list knows as a name, of a word that may be one.
    let plural = lex.is(class::WORD)
        && word.strip_suffix('s').is_some_and(|one| !one.ends_with('s') && lexicon.word(one).is(class::WORD))
        && !lex.is(class::ORG_CUE | class::FUNCTION | class::DEMONYM);
    plural.then_some(Part::Skip)
}

/// A person's title, then a name whose surname is also an organisation's word ("Judge Dalia
/// Park", "U.S. District Judge Ana Hall", "Mr. Park"). A building named so ("King George Hall")
/// is left to the evidence ("at", no verb of a person's).
fn titled_name(doc: &Doc, k: usize, end: usize, geographic: bool) -> bool {
    let last = end - 1;
    if geographic || !doc.lex(last).is(class::SURNAME) {
        return false;
    }
    // The name's words run back from the surname to the title.
    let mut first = last;
    while first > k && {
        let lex = doc.lex(first - 1);
        lex.is(class::GIVEN) || !lex.is(class::WORD | class::PLACE | class::ORG_CUE | class::TITLE)
    } {
        first -= 1;
    }
    // A title alone before the surname names someone only when the surname is a common one:
    // "Judge Hall", "Mr. Park", "Senator Church".
    first > k
        && doc.lex(first - 1).is(class::TITLE)
        && (first < last || doc.lex(last).is(class::COMMON_SURNAME))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Title,
    Nationality,
    Place,
    Name,
    Skip,
}

/// Cuts one run into its parts and records the name parts as candidates (or, when the run names
/// an organisation, the run as one).
fn cut(doc: &Doc, si: usize, run: Range<usize>, out: &mut Spotted, parts: &mut Vec<(Part, Range<usize>)>) {
    let sentence = &doc.sentences[si];
    let mut k = run.start;
    // Sentence-opening words ("The", "But", "In") are capitalised only by position; East Asian
    // names may start with one ("An Chang Ho").
    while k < run.end && doc.lex(k).is(class::FUNCTION) && !doc.lex(k).is(class::TITLE) {
        let family_name_follows =
            doc.lex(k).is(class::FAMILY_FIRST) && k + 1 < run.end && syllables(doc.text(k + 1)).is_some();
        // "an injury to Will Harrowgate": mid-sentence, a capitalised given name is no modal.
        let given_mid_sentence = doc.lex(k).is(class::GIVEN)
            && k > sentence.tokens.start
            && doc.tokens[k - 1].kind == Kind::Word
            && !doc.tokens[k - 1].is_capitalised()
            && k + 1 < run.end;
        if family_name_follows || given_mid_sentence {
            break;
        }
        k += 1;
    }
    if k >= run.end {
        return;
    }
    // "Minister of the Interior Ana Salem", "Chancellor of the Exchequer Ivo Lang": after a title
    // and "of", the words before a given name name the office's domain, not the person.
    if let Some(given) = office_domain_before(doc, k, run.end) {
        k = given;
    }
    let last = run.end - 1;
    // "Central Intelligence Agency", "Atlas Motor Co.": the cue word ends the run ("Grace Park"
    // is a given name and a family name, "Hudson River" and "Sandy Hook" are not).
    const GEOGRAPHY: &[&str] = &[
        "ave",
        "ave.",
        "avenue",
        "blvd",
        "blvd.",
        "boulevard",
        "river",
        "lake",
        "beach",
        "bay",
        "hook",
        "creek",
        "valley",
        "canyon",
        "falls",
        "harbor",
        "harbour",
        "island",
        "islands",
        "mountain",
        "mountains",
        "bridge",
        "square",
        "hills",
        "heights",
        "airport",
        "station",
        "county",
        "town",
    ];
    if run.end - k > 1 && doc.lex(last).is(class::ORG_CUE) {
        let geographic = GEOGRAPHY.iter().any(|w| doc.is_word(last, w));
        // A title that is a given name too ("Major") names someone only before a common
        // surname: "Major Hall", not "Major League"; one that takes a given name never before
        // an organisation's word ("King Street").
        let first = doc.lex(k);
        let rank = if first.is(class::TITLE) { class::COMMON_SURNAME } else { class::SURNAME };
        let name_pair = run.end - k == 2
            && first.is(class::GIVEN)
            && !first.is(class::REGNAL)
            && doc.lex(last).is(rank)
            && !geographic;
        if !name_pair && !titled_name(doc, k, run.end, geographic) {
            out.organisations
                .push(Organisation { tokens: k..run.end, company: doc.lex(last).is(class::COMPANY) });
            return;
        }
    }
    parts.clear();
    let mut name_open = false;
    while k < run.end {
        // "Gregory St. Corwin", "Ann St. Vell": after a given name, "St." and a name are a
        // surname, not a saint or a town.
        let given_open = name_open && parts.last().is_some_and(|(_, r)| doc.lex(r.start).is(class::GIVEN));
        if given_open && matches!(doc.text(k), "St." | "St") && k + 1 < run.end && name_like(doc, k + 1) {
            if let Some((_, range)) = parts.last_mut() {
                range.end = k + 2;
            }
            k += 2;
            continue;
        }
        // "Ruiz de la Vega": a particle in lower case opens no place ("La Vega") or title.
        let particle = doc.lex(k).is(class::PARTICLE) && !doc.tokens[k].has(shape::CAP);
        if let Some((n, lex)) = doc.phrase_at(k, run.end).filter(|_| !particle) {
            // "Canada Day", "Martin Luther King Day": a holiday, though named after a place or
            // someone.
            let part = if lex.is(class::HOLIDAY) {
                Some(Part::Skip)
            } else if lex.is(class::TITLE) {
                Some(Part::Title)
            } else if lex.is(class::DEMONYM) {
                Some(Part::Nationality)
            } else if lex.is(class::PLACE) {
                Some(Part::Place)
            } else {
                None
            };
            // A title phrase that ends the run is the title alone ("the Chief Justice told us")
            // unless the run is longer than it, which a name could end with.
            if let Some(part) = part.filter(|p| *p != Part::Title || k + n < run.end || k == run.start) {
                parts.push((part, k..k + n));
                name_open = false;
                k += n;
                continue;
            }
        }
        let lex = doc.lex(k);
        let next_is_name = k + 1 < run.end && name_like(doc, k + 1) && !doc.lex(k + 1).is(class::SUFFIX);
        // "Mr. de Varnet", "Ms. van der Oorden": particles and a name after a title.
        let particle_name = |j: usize| {
            let lower_particle =
                |p: &usize| doc.lex(*p).is(class::PARTICLE) && !doc.tokens[*p].has(shape::CAP);
            let name = (j..run.end.min(j + 4)).find(|p| !lower_particle(p));
            name.is_some_and(|n| n > j && name_like(doc, n))
        };
        // "Vice President TJ Okonjo": bare initials begin a name only after its title ("BP Harlow",
        // "JD Vantor" are firms).
        let after_title =
            |parts: &[(Part, Range<usize>)]| parts.last().is_some_and(|(p, _)| *p == Part::Title);
        let caps_before = |parts: &[(Part, Range<usize>)]| {
            parts.last().is_some_and(|(_, r)| r.clone().all(|j| !doc.text(j).chars().any(char::is_lowercase)))
        };
        let part = if name_open && regnal(doc, k, run.end) {
            // "Gustav V", "Ottokar II", "Ahmet I": a regnal number ends the name.
            Part::Name
        } else if doc.text(k) == "I" || doc.text(k).starts_with("I'") || doc.text(k).starts_with("I\u{2019}")
        {
            // The pronoun: "Basically I lost", "Am I", "I'm Ana Ruiz".
            Part::Skip
        } else if lex.is(class::TITLE) && name_open && caps_before(parts) && !doc.tokens[k].has(shape::CAPS) {
            // "ANA SALEM President": a title in another case than the name before it is no
            // surname ("Martin Luther King") but the signer's role.
            Part::Title
        } else if lex.is(class::TITLE) && (next_is_name || particle_name(k + 1)) {
            // "Madison County Judge Ana Ruiz", "Polk County District Attorney Ivo Lang":
            // a given name and another name after the title make it the title of that name.
            let given_follows = good_name_start(doc, k + 1) || doc.lex(k + 1).is(class::COMMON_GIVEN);
            let full_name_follows = given_follows && k + 2 < run.end && name_like(doc, k + 2);
            // "Mr.", "Gen.", "Ms": an honorific is never a surname.
            let honorific = super::roles::honorific(doc, k);
            match parts.last_mut() {
                // "Trade Minister", "Police Chief", "Commission President": the words before a
                // title that are no name are part of the role.
                Some((Part::Name, range))
                    if name_open
                        && !honorific
                        && (!good_name_start(doc, range.start) || full_name_follows) =>
                {
                    let start = range.start;
                    parts.pop();
                    parts.push((Part::Title, start..k + 1));
                    name_open = false;
                    k += 1;
                    continue;
                }
                // "Ohio Coach Dana Whitlock": a place, then the role.
                Some((part @ Part::Name, range))
                    if name_open
                        && range.len() == 1
                        && doc.lex(range.start).is(class::PLACE)
                        && !doc.lex(range.start).is(class::COMMON_GIVEN) =>
                {
                    *part = Part::Place;
                    Part::Title
                }
                // At the end of a name a title word is a surname ("Martin Luther King").
                _ if name_open && !honorific => Part::Name,
                _ => Part::Title,
            }
        } else if lex.is(class::DEMONYM) && !lex.is(class::COMMON_GIVEN) {
            // "US", "UN" in capitals are never names, whatever baby-name lists hold; "Elian
            // American" is a name and a nationality.
            Part::Nationality
        } else if let Some(part) = (next_is_name && !name_open).then(|| descriptor(doc, k, run.end)).flatten()
        {
            part
        } else if doc.tokens[k].has(shape::CAPS)
            && doc.text(k).chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !lex.is(class::GIVEN | class::SURNAME)
            && !(name_open && lex.is(class::SUFFIX))
            && !doc.sentences[si].title_case
            && run.end - run.start > 1
            && !(dotted_initials(doc, k) && next_is_name)
            && !(bare_initials(doc, k) && next_is_name && after_title(parts))
            // "Senator VANTOR", "Mr. BRANNIC": a record that prints surnames in capitals.
            && !(after_title(parts) && (k + 1 == run.end || doc.tokens[k + 1].has(shape::CAPS)))
            // "DANA VANTORSKI": a name in capitals goes on in capitals.
            && !(name_open
                && caps_before(parts)
                && parts.last().is_some_and(|(_, r)| doc.lex(r.start).is(class::COMMON_GIVEN))
                && doc.text(k).len() >= 4)
        {
            // "Ana Salem BRX", "Urging LIN": an acronym beside a name is not part of it.
            Part::Skip
        } else if lex.is(class::PLACE)
            && !name_open
            && !lex.is(class::COMMON_GIVEN)
            && next_is_name
            && doc.lex(k + 1).is(class::GIVEN)
            && k + 2 < run.end
        {
            // "Ambassador to Chile Ana Salem": a place before a given name.
            Part::Place
        } else if lex.is(class::WEEKDAY)
            || lex.is(class::MONTH)
                && !(lex.is(class::GIVEN) && (name_open || next_is_name || particle_name(k + 1)))
                && !month_surname(doc, k, run.len() == 1, after_title(parts))
        {
            // "Jan Kovač", "June Carter": a month that is also a given name, in a name; a weekday
            // never is ("Sunday Mass").
            Part::Skip
        } else if lex.is(class::FUNCTION)
            && !lex.is(class::GIVEN | class::SURNAME)
            && doc.tokens[k].has(shape::CAP)
            && !doc.tokens[k].has(shape::CAPS)
            && !doc.tokens[k].has(shape::INITIAL)
        {
            // "Kim And Trump" in a headline: "And" is no name; "A." in "Richard A. Morales" is.
            Part::Skip
        } else {
            Part::Name
        };
        match (part, parts.last_mut()) {
            (Part::Name, Some((Part::Name, range))) if name_open => range.end = k + 1,
            _ => parts.push((part, k..k + 1)),
        }
        name_open = part == Part::Name;
        k += 1;
    }
    let opens = |k: usize| {
        k == sentence.tokens.start
            || (k > sentence.tokens.start && matches!(doc.text(k - 1), "\"" | "\u{201c}" | "'" | "\u{2018}"))
    };
    for (part, range) in parts.iter_mut() {
        if *part != Part::Name {
            continue;
        }
        // "Passenger Aisha Mohammed", "Meanwhile Anna Lee": a common word opening the sentence is
        // not part of the name after it.
        let plain = |k: usize| {
            let l = doc.lex(k);
            let text = doc.lower(k);
            let adjective = ["ed", "ing", "ly", "ful", "ous"].iter().any(|e| text.ends_with(e));
            (l.is(class::WORD) || adjective)
                && !l.is(class::GIVEN | class::SURNAME | class::FAMILY_FIRST | class::PLACE)
        };
        // "Apparently Brandvold", "Together Halvorsen": an adverb or a verb opening the sentence,
        // even before a single name.
        let opener = |k: usize| {
            let l = doc.lex(k);
            let text = doc.lower(k);
            (text.ends_with("ly") || l.is(class::WORD) && !l.is(class::ORG_CUE | class::DEMONYM))
                && !l.is(class::GIVEN | class::SURNAME | class::FAMILY_FIRST | class::PLACE | class::TITLE)
                // "Dos Vantos was taken": a particle opens the family name ("Ten" is a number).
                && (!l.is(class::PARTICLE) || l.is(class::NUMBER))
                && !doc.tokens[k].has(shape::CAPS)
        };
        // "Bodyboarder Ben Keeper won": an unknown word opening the sentence before a given name
        // and another name is a role, not a first name, if it is shaped like one ("Abdulrahman
        // Al Thani" is a name).
        let role_before_given = |k: usize| {
            let l = doc.lex(k);
            let text = doc.lower(k);
            let agent = ["er", "or", "ist", "ian", "ant", "ent", "man", "ee"];
            agent.iter().any(|e| text.ends_with(e))
                && !l.is(class::GIVEN
                    | class::SURNAME
                    | class::FAMILY_FIRST
                    | class::PLACE
                    | class::TITLE
                    | class::PARTICLE)
                && doc.lex(k + 1).is(class::COMMON_GIVEN)
                && !doc.tokens[k].has(shape::CAPS)
        };
        // "See Dunesk (2019)", "E.g. Okafor": a pointer to a reference is no part of it.
        let pointer =
            |k: usize| matches!(doc.lower(k).replace('.', "").as_str(), "see" | "cf" | "eg" | "ie" | "viz");
        if opens(range.start)
            && (range.len() >= 3 && (plain(range.start) || role_before_given(range.start))
                || range.len() == 2 && opener(range.start))
            || range.len() >= 2 && pointer(range.start)
        {
            range.start += 1;
        }
        // "County Coroner William McLaughlin": common words before a common given name and a
        // surname are a role, wherever they stand.
        let common = |k: usize| {
            let l = doc.lex(k);
            l.is(class::WORD | class::ORG_CUE)
                && !l.is(class::GIVEN | class::SURNAME | class::FAMILY_FIRST | class::PLACE)
                && !super::roles::plural_title(doc, k)
        };
        if let Some(given) = (range.start + 1..range.end.saturating_sub(1))
            .find(|&k| doc.lex(k).is(class::COMMON_GIVEN) && !common(k))
            .filter(|&g| (range.start..g).all(common))
        {
            range.start = given;
        }
    }
    for (i, (part, range)) in parts.iter().enumerate() {
        if *part != Part::Name {
            continue;
        }
        let title = i
            .checked_sub(1)
            .and_then(|p| parts.get(p))
            .filter(|(p, _)| *p == Part::Title)
            .map(|(_, r)| r.clone());
        // "Harlow Brothers Inc. Ms. Lee", "Pike Corp. International": a company form in a
        // name makes it a company's (a short one only with its period: "Co.", not "Sa").
        let form = |j: usize| {
            doc.lex(j).is(class::COMPANY) && (doc.tokens[j].has(shape::DOT) || doc.text(j).len() >= 3)
        };
        if range.len() >= 2 && (range.start + 1..range.end).any(form) {
            out.organisations.push(Organisation { tokens: range.clone(), company: true });
            continue;
        }
        let role = super::roles::role_before(doc, sentence.tokens.clone(), range.start);
        out.candidates.push(Candidate {
            sentence: si,
            tokens: range.clone(),
            title,
            role,
            opens_sentence: opens(range.start),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::paragraphs;

    fn spotted(body: &str) -> (Vec<String>, Vec<String>) {
        let doc = Doc::new(body, &paragraphs(body), None);
        let s = spot(&doc);
        let names = s.candidates.iter().map(|c| doc.phrase(c.tokens.clone()).to_owned()).collect();
        let orgs = s.organisations.iter().map(|o| doc.phrase(o.tokens.clone()).to_owned()).collect();
        (names, orgs)
    }

    #[test]
    fn titles_nationalities_and_places_are_cut_off_names() {
        let (names, _) = spotted("U.S. Secretary of State Mike Pompeo met New York Gov. Anna Lee.");
        assert_eq!(names, ["Mike Pompeo", "Anna Lee"]);
        let (names, _) = spotted("The talks with Pieter van den Berg and Ursula von der Leyen went on.");
        assert_eq!(names, ["Pieter van den Berg", "Ursula von der Leyen"]);
        let (names, _) = spotted("Coach Erik ten Hoorn praised Sven ter Mollen.");
        assert_eq!(names, ["Erik ten Hoorn", "Sven ter Mollen"]);
    }

    #[test]
    fn a_run_ending_in_a_cue_word_is_an_organisation() {
        let (names, orgs) = spotted("Shares of Atlas Motor Co. rose, the Central Intelligence Agency said.");
        assert_eq!(names, ["Shares"], "the opening word is weighed later; no organisation is a name");
        assert_eq!(orgs, ["Atlas Motor Co.", "Central Intelligence Agency"]);
    }

    #[test]
    fn words_before_a_title_in_one_run_are_part_of_the_role() {
        let (names, _) =
            spotted("Saudi Energy Minister Prince Abdulaziz bin Salman met Police Chief Maria Delgado.");
        assert_eq!(names, ["Abdulaziz bin Salman", "Maria Delgado"]);
        let (names, _) = spotted("Sen. Dale R. Whitcomb and Speaker Linda Cho met Jan Kovač.");
        assert_eq!(names, ["Dale R. Whitcomb", "Linda Cho", "Jan Kovač"]);
    }

    #[test]
    fn a_word_describing_the_person_before_their_name_is_no_part_of_it() {
        let (names, _) = spotted("It beat fellow Ohioan Darla Venkman and Queenslander Tom Brabble.");
        assert_eq!(names, ["Darla Venkman", "Tom Brabble"], "a nationality made from a place");
        let (names, _) = spotted("They heard Singer-songwriter Ilse Marrow and TikToker Kelvin Obuya.");
        assert_eq!(names, ["Ilse Marrow", "Kelvin Obuya"], "a role");
        let (names, _) = spotted("The squad has Sophomores Dario Quellen and Tim Osk.");
        assert_eq!(names, ["Dario Quellen", "Tim Osk"], "a plural noun");
        let (names, _) = spotted("It was signed by Senators Ann Vell and Bo Tarrant.");
        assert_eq!(names, ["Ann Vell", "Bo Tarrant"], "a title in the plural");
        let (names, _) = spotted("He joined the Weavers Triple A team.");
        assert_eq!(names, ["Weavers Triple A"], "no name follows: the run stays whole for evidence to weigh");
    }

    #[test]
    fn an_offices_domain_before_a_given_name_is_cut_off_but_a_firm_stays_whole() {
        let (names, _) = spotted("Minister of the Interior Tobin Marsh left.");
        assert_eq!(names, ["Minister", "Tobin Marsh"]);
        let (_, orgs) = spotted("Director of the Pemberton Dana Whitlock Trust spoke.");
        assert_eq!(orgs, ["Pemberton Dana Whitlock Trust"]);
    }

    #[test]
    fn in_a_headline_a_common_word_ends_a_name() {
        let (names, orgs) = spotted("Vrenko Hosts Ostrevik At White House\n\nThe visit went on.");
        assert_eq!(names, ["Vrenko", "Ostrevik"]);
        assert_eq!(orgs, ["White House"]);
        let (names, _) = spotted("Awards For Brigadier General Ivo K. Lang II\n\nIt went on.");
        assert_eq!(names, ["Ivo K. Lang II"], "initials and suffixes are no common words");
    }

    #[test]
    fn a_title_at_the_end_of_a_name_is_a_surname_and_nicknames_stay_inside() {
        let (names, _) = spotted("He quoted Martin Luther King and William \"Buckshot\" May.");
        assert_eq!(names, ["Martin Luther King", "William \"Buckshot\" May"]);
        // Wire copy's ``…'' quotation marks too.
        let (names, _) = spotted("The ferry was named for Tobin ``Skipper'' Marsh last year.");
        assert_eq!(names, ["Tobin ``Skipper'' Marsh"]);
    }
}
