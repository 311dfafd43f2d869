//! Evidence: is a candidate a person? Each occurrence is weighed from its shape (a known given
//! name, initials, a family-name-first name) and its context (a title or role noun before, an
//! appositive or an age after, a verb of saying or a person's verb after, a relation, a citation),
//! against what says it is not (a company form, a place after "in", "the", common English words,
//! a headline's capitals). Then each name is decided once for the whole article from all its
//! occurrences (Mikheev 1999): a name shown to be a person anywhere is one everywhere, a name
//! shown with a company form anywhere is a company everywhere.

use std::borrow::Cow;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

use super::model::{Feature as F, Features, Model};
use super::roles;
use super::spotting::{Candidate, Spotted};
use crate::extract::doc::Doc;
use crate::extract::lexicon::{Lex, class, syllables};
use crate::extract::tokens::{Kind, shape};

/// How an occurrence was weighed.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Weight {
    /// In points: [`PERSON`] and up is a person.
    pub score: f32,
    /// What the score was made from.
    pub features: Features,
    /// The context says "person" (a title, a role, a relation, an appositive, an age, a verb of
    /// saying), not only the shape of the name.
    pub context: bool,
    /// A company form or an organisation's context ("Atlas Inc.", "X was founded"), or a storm:
    /// the name is that thing, not a person, throughout the article.
    pub company: bool,
    /// A place named after a locative ("in Jackson").
    pub located: bool,
    /// The family name comes first ("Kim Jong Un").
    pub family_first: bool,
    /// A title or a relation stands before it ("Mr. Ford", "his wife Rose").
    pub titled: bool,
    /// "the" stands right before it ("the Olmec").
    pub determined: bool,
}

/// Prepositions after which a word that is also a place is read as the place.
/// Kinds of work whose title may follow them directly.
const WORKS: &[&str] = &[
    "film",
    "movie",
    "drama",
    "comedy",
    "thriller",
    "documentary",
    "sitcom",
    "musical",
    "opera",
    "play",
    "novel",
    "book",
    "memoir",
    "poem",
    "album",
    "song",
    "single",
    "painting",
    "series",
    "show",
];

const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "to",
    "from",
    "near",
    "into",
    "across",
    "outside",
    "inside",
    "around",
    "via",
    "toward",
    "towards",
    "through",
    "of",
    "across",
    "throughout",
    "within",
];

/// Score from which an occurrence counts as a person.
pub const PERSON: f32 = 3.0;

/// The name words of a candidate: no particles, quotes or suffixes.
pub fn name_words(doc: &Doc, tokens: Range<usize>) -> Vec<usize> {
    tokens
        .filter(|&k| {
            let t = doc.tokens[k];
            t.kind == Kind::Word
                && !doc.lex(k).is(class::SUFFIX)
                && (t.has(shape::CAP) || t.has(shape::HYPHEN) || super::spotting::prefixed_name(doc, k))
        })
        .collect()
}

/// The key a name is decided by: its words, lower case, hyphens as spaces, without suffixes and
/// nicknames.
pub fn key(doc: &Doc, tokens: Range<usize>) -> Vec<String> {
    let mut quoted = false;
    let mut out = Vec::new();
    for k in tokens {
        let text = doc.text(k);
        if matches!(text, "\"" | "\u{201c}" | "\u{201d}") {
            quoted = !quoted;
            continue;
        }
        if quoted || doc.tokens[k].kind != Kind::Word || doc.lex(k).is(class::SUFFIX) {
            continue;
        }
        out.extend(
            doc.lower(k).trim_end_matches('.').split('-').filter(|w| !w.is_empty()).map(str::to_owned),
        );
    }
    out
}

fn word<'a>(doc: &'a Doc, k: Option<usize>, sentence: &Range<usize>) -> Cow<'a, str> {
    k.filter(|k| sentence.contains(k)).map_or(Cow::Borrowed(""), |k| doc.lower(k))
}

/// The candidates' first words that the article also writes in lower case (outside sentence
/// starts): a capitalised word among them is most likely the common word ("Police said … a
/// police car").
pub fn lower_case_words(doc: &Doc, candidates: &[Candidate]) -> HashSet<String> {
    let wanted: HashSet<String> = candidates
        .iter()
        .filter_map(|c| name_words(doc, c.tokens.clone()).first().map(|&k| doc.lower(k).into_owned()))
        .collect();
    let mut out = HashSet::default();
    for s in &doc.sentences {
        for k in s.tokens.clone().skip(1) {
            let t = doc.tokens[k];
            if t.kind == Kind::Word && !t.has(shape::CAP) && !t.has(shape::NON_ASCII) {
                let text = &doc.body[t.span];
                if wanted.contains(text) && !out.contains(text) {
                    out.insert(text.to_owned());
                }
            }
        }
    }
    out
}

/// Weighs one occurrence with `model`.
pub fn weigh(doc: &Doc, c: &Candidate, lower: &HashSet<String>, model: &Model) -> Weight {
    let mut w = features(doc, c, lower);
    w.score = model.score(w.features);
    w
}

/// The features of one occurrence, and the flags later passes read.
pub fn features(doc: &Doc, c: &Candidate, lower: &HashSet<String>) -> Weight {
    let sentence = doc.sentences[c.sentence].tokens.clone();
    let words = name_words(doc, c.tokens.clone());
    let Some((&first, &last)) = words.first().zip(words.last()) else { return Weight::default() };
    let n = words.len();
    let mut lex: Vec<Lex> = words.iter().map(|&k| doc.lex(k)).collect();
    // "Pierre-Simon", "Anne-Marie": given names joined are a given name.
    if doc.tokens[first].has(shape::HYPHEN) && !lex[0].is(class::GIVEN) {
        let parts: Vec<Lex> =
            doc.lower(first).split('-').map(|p| crate::extract::lexicon::LEXICON.word(p)).collect();
        if parts.iter().all(|p| p.is(class::GIVEN)) {
            lex[0].class |= class::GIVEN;
            if parts.iter().all(|p| p.is(class::COMMON_GIVEN)) {
                lex[0].class |= class::COMMON_GIVEN;
            }
        }
    }
    let before = c.tokens.start.checked_sub(1);
    let prev = word(doc, before, &sentence);
    let prev2 = word(doc, before.and_then(|b| b.checked_sub(1)), &sentence);
    let after = c.tokens.end;
    let next = word(doc, Some(after), &sentence);
    let next2 = word(doc, Some(after + 1), &sentence);
    let mut w = Weight::default();
    let mut f = Features::default();
    f.set(F::Bias);
    // Context that says "person" (not only the shape of the name).
    macro_rules! context {
        ($feature:expr) => {{
            f.set($feature);
            w.context = true;
        }};
    }

    // "the former Virginia governor": a place before a role noun modifies it, and the title
    // before them is the role's.
    let place_modifies_role = sentence.contains(&after)
        && doc.lex(after).is(class::TITLE)
        && !doc.tokens[after].has(shape::CAP)
        && doc.lex_of(c.tokens.clone()).is(class::PLACE);
    // Context that says "person".
    let title_before = !place_modifies_role
        && (c.title.is_some()
            || c.role.is_some()
            || before.is_some_and(|b| {
                sentence.contains(&b)
                    && !doc.tokens[b].has(shape::CAP)
                    && (doc.lex(b).is(class::TITLE) || roles::plural_title(doc, b))
            }));
    if title_before {
        context!(F::TitleBefore);
    }
    // "his wife Rose", "her husband, Tariq", "the sister of Tarko Vemmel" (not "the father of
    // North Melbourne player …": a name before a noun is a modifier).
    let modifier = doc
        .tokens
        .get(after)
        .is_some_and(|t| t.kind == Kind::Word && !t.has(shape::CAP) && !doc.lex(after).is(class::FUNCTION));
    let related = before.is_some_and(|b| sentence.contains(&b) && doc.lex(b).is(class::RELATION))
        || ((prev == "," || prev == "of" && !modifier)
            && before
                .and_then(|b| b.checked_sub(1))
                .is_some_and(|b| sentence.contains(&b) && doc.lex(b).is(class::RELATION)));
    if related {
        context!(F::Related);
    }
    w.titled = title_before || related;
    if roles::appositive(doc, sentence.clone(), after).is_some() {
        context!(F::Appositive);
    }
    // "Jane Doe, 45, said": an age in apposition.
    let age = next == ","
        && doc.tokens.get(after + 1).is_some_and(|t| t.kind == Kind::Number && t.span.len() <= 3)
        && word(doc, Some(after + 2), &sentence) == ",";
    if age {
        context!(F::Age);
    }
    if next == "," && next2 == "who" {
        context!(F::CommaWho);
    }

    let verb = verb_after(doc, &sentence, after);
    let speaks = verb.is_some_and(|v| doc.lex(v).is(class::SPEECH));
    let spoken_of = before.is_some_and(|b| sentence.contains(&b) && doc.lex(b).is(class::SPEECH));
    // "Marlowe died", "Okafor preferred"; after "was" only what befalls people ("was born", not
    // the passive "was studied").
    const BEFALLS: &[&str] = &[
        "born",
        "married",
        "elected",
        "appointed",
        "knighted",
        "ordained",
        "baptized",
        "baptised",
        "raised",
        "educated",
        "buried",
        "widowed",
    ];
    let acts = verb.is_some_and(|v| doc.lex(v).is(class::PERSON_VERB))
        || sentence.contains(&after)
            && (next == "was" || next == "is")
            && BEFALLS.iter().any(|w| doc.is_word(after + 1, w));
    let born = next == "(" && next2 == "born";
    let cited = citation(doc, &sentence, after);
    // "Kennedy versus Washington", "Roe v. Wade": the parties of a case.
    let case = |w: &str| matches!(w, "v" | "v." | "versus" | "vs" | "vs.");
    let party = case(&next) || (case(&prev) && prev != "v") || (prev == "." && case(&prev2));
    // Weak shapes need stronger context than known names.
    let known = lex.iter().any(|l| l.is(class::GIVEN | class::SURNAME | class::FAMILY_FIRST));
    let common = lex.iter().all(|l| l.is(class::WORD) && !l.is(class::GIVEN));
    if speaks || spoken_of {
        context!(if known || !common { F::SaysNamed } else { F::SaysCommon });
    }
    if acts {
        context!(if known || !common { F::ActsNamed } else { F::ActsCommon });
    }
    if born {
        context!(F::Born);
    }
    // "I'm Ana Ruiz", "my name is Ana Ruiz": someone introducing themselves.
    let introduced = (prev == "i'm" || prev == "i’m")
        || (prev == "am" && prev2 == "i")
        || (prev == "is" && prev2 == "name")
        || (prev == "m" && prev2 == "'");
    if introduced && (known || n >= 2) && !lex.iter().any(|l| l.is(class::DEMONYM)) {
        context!(F::Introduced);
    }
    // "Austen, Jane. Pride and Prejudice": a reference list writes the surname first.
    if n == 1 && next == "," && sentence.contains(&(after + 1)) {
        let given = after + 1;
        let then = doc.text(given + 1);
        if doc.lex(given).is(class::GIVEN)
            && !doc.lex(given).is(class::PLACE)
            && doc.tokens[given].has(shape::CAP)
            && (then == "." || doc.tokens.get(given + 1).is_some_and(|t| t.has(shape::INITIAL)))
        {
            context!(F::ReferenceList);
        }
    }
    if cited {
        context!(F::Cited);
    }
    // "Frank and his colleagues", "Ruiz and her husband": someone with their own people.
    if next == "and" && matches!(&*next2, "his" | "her") {
        context!(F::WithOwnPeople);
    }
    // "Unisys said it would …" leans to a company, "Baker said he …" to a person; neither decides.
    let pronoun = if doc.lex(after).is(class::SPEECH) {
        word(doc, Some(after + 1), &sentence)
    } else {
        Cow::Borrowed("")
    };
    match &*pronoun {
        "it" | "its" => f.set(F::SaidIt),
        "he" | "she" | "his" | "her" => f.set(F::SaidHe),
        _ => {}
    }
    if party && !lex.iter().any(|l| l.is(class::PLACE | class::ORG_CUE)) {
        context!(F::Party);
    }
    // "Elizabeth II", "Damasus I": a given name with a regnal number is a monarch or a pope.
    let numbered = c.tokens.len() > n && super::spotting::regnal(doc, c.tokens.end - 1, c.tokens.end);
    if numbered && lex[0].is(class::GIVEN) {
        context!(F::Regnal);
    }
    // "produced by Josh Abbott", "a novel by Ann Lee": the agent of a passive, or an author.
    if prev == "by" && n >= 2 {
        f.set(F::ByAgent);
    }

    // The shape of the name.
    let initials = words.iter().any(|&k| doc.tokens[k].has(shape::INITIAL)) && n >= 2;
    // "U. S.", "J. K.": initials with no name to go with them abbreviate a place or a body.
    if n >= 2 && words.iter().all(|&k| doc.tokens[k].has(shape::INITIAL)) {
        f.set(F::AllInitials);
    }
    let family_first = n >= 2
        && lex[0].is(class::FAMILY_FIRST)
        && words[1..].iter().all(|&k| syllables(doc.text(k)).is_some())
        && !(n == 2 && lex[1].is(class::FAMILY_FIRST) && lex[0].is(class::GIVEN));
    // Pinyin without a listed family name: "Xx Xxxxxx" of one and two syllables.
    let pinyin = n == 2
        && syllables(doc.text(first)) == Some(1)
        && syllables(doc.text(last)) == Some(2)
        && !doc.text(last).contains('-')
        && !lex[0].is(class::FUNCTION | class::GIVEN | class::WORD)
        && !lex[1].is(class::SURNAME | class::WORD);
    if family_first || pinyin {
        w.family_first = true;
        f.set(F::FamilyFirst);
    }
    if n >= 2 {
        // A given name counts fully only when it is nothing else: baby-name lists hold "Early",
        // "Roman" and "York" too.
        let g = lex[0];
        if g.is(class::GIVEN) {
            f.set(if g.is(class::COMMON_GIVEN) {
                F::GivenCommon
            } else if g.is(class::WORD | class::DEMONYM) {
                F::GivenWord
            } else if g.is(class::PLACE) || g.is(class::SURNAME) && !g.is(class::FAMILY_FIRST) && n == 2 {
                F::GivenPlaceOrSurname
            } else {
                F::GivenOther
            });
        }
        let last_text = doc.lower(last);
        let double_barrelled = last_text.contains('-')
            && last_text.split('-').all(|p| crate::extract::lexicon::LEXICON.word(p).is(class::SURNAME));
        let surname = lex[n - 1].is(class::SURNAME) || double_barrelled;
        if surname {
            f.set(F::SurnameLast);
            // "Josh Abbott", "Cade O'Leary": a known surname after a word that is no common
            // noun, place or organisation is most likely given name and surname.
            let plausible_given =
                g.is(class::GIVEN) || !g.is(class::WORD | class::PLACE | class::ORG_CUE | class::FUNCTION);
            if plausible_given && n == 2 && !lex[n - 1].is(class::WORD) {
                f.set(F::SurnameAfterGiven);
            }
        }
        // "Harbour Lights", "Maple Abbey", "Early Music": a common noun at the end is a title of
        // a work, a team or a place more often than a surname.
        if lex[n - 1].is(class::WORD) && !lex[n - 1].is(class::SURNAME | class::GIVEN) {
            f.set(F::CommonNounLast);
        }
        if initials {
            f.set(F::Initials);
        }
        if !lex.iter().any(|l| l.is(class::WORD | class::ORG_CUE | class::PLACE)) {
            f.set(F::NoCommonWord);
        }
        // "North Dayton", "Upper Austria", "Conservatoire de Lyon": a place inside.
        if lex.iter().any(|l| l.is(class::PLACE) && !l.is(class::GIVEN | class::SURNAME)) {
            f.set(F::PlaceInside);
            // "Texas Longhorns", "Boston Bruins": a place and a plural is a team.
            let plural = doc.lower(last).ends_with('s') && !lex[n - 1].is(class::SURNAME | class::GIVEN);
            if lex[0].is(class::PLACE) && plural {
                f.set(F::PlaceTeam);
            }
        }
        if [
            "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
            "upper", "lower", "greater",
        ]
        .iter()
        .any(|w| doc.is_word(first, w))
        {
            f.set(F::Compass);
        }
    }

    // "Beverly Hills, California", "Little Falls, Minnesota": a place named with its state or
    // country.
    if next == "," {
        let region = (after + 1..sentence.end).find(|&k| doc.tokens[k].kind == Kind::Word);
        if region.is_some_and(|k| {
            let l = doc.lex(k);
            l.is(class::PLACE) && !l.is(class::GIVEN | class::SURNAME) && doc.tokens[k].has(shape::CAP)
        }) {
            f.set(F::PlaceWithRegion);
        }
    }

    // What says it is something else.
    // "Hurricane Ida", "Cyclone Phailin": storms are named like people.
    const STORMS: &[&str] = &["hurricane", "typhoon", "cyclone", "storm"];
    let storm = STORMS.contains(&&*prev) || STORMS.iter().any(|s| doc.is_word(c.tokens.start, s));
    if storm {
        f.set(F::Storm);
    }
    let company = (doc.lex(after).is(class::COMPANY) && sentence.contains(&after))
        || organisation_context(doc, &sentence, c.tokens.clone());
    // A storm, like a company, is that thing throughout the article.
    w.company = company || storm;
    if company {
        f.set(F::Company);
    }
    // "the romantic comedy Chasing Liberty", "his album Blue Hours": the title of a work.
    if WORKS.contains(&&*prev) && !title_before {
        f.set(F::WorkBefore);
    }
    let place = doc.lex_of(c.tokens.clone()).is(class::PLACE);
    // "in Belgrano's camp", "in Lynch v. Overholser": the preposition governs the camp or the case,
    // not the name.
    let locative = LOCATIVE.contains(&&*prev) && doc.kind(after) != Some(Kind::Possessive) && !party;
    if place && !title_before {
        f.set(F::Place);
        if locative {
            w.located = true;
        }
    }
    if locative && n == 1 && !title_before {
        f.set(F::LocativeOne);
    }
    // "an analyst at Morgan Stanley": a workplace.
    if prev == "at" && n >= 2 && !title_before {
        f.set(F::AtWorkplace);
    }
    // "the Red Cross", "the Olmec": a determiner right before a name is rare; before two words
    // of one it all but rules a person out.
    // "the Edward Seidensticker translation": the determiner is the noun's the name modifies.
    // Not a place's or a team's ("the Basse Casamance area", "the Athletics Triple A team").
    const PLACE_NOUNS: &[&str] =
        &["area", "region", "district", "province", "city", "town", "village", "county"];
    // One noun, then punctuation or a function word: "the Red Cross warned that" has a verb, "the
    // Jon Smith memorial hall" a longer thing.
    let one_noun_then = doc.tokens.get(after + 1).is_none_or(|t| t.kind != Kind::Word)
        || doc.lex(after + 1).is(class::FUNCTION);
    let modifies_noun = modifier
        && one_noun_then
        && lex[0].is(class::COMMON_GIVEN)
        && !next.ends_with("ed")
        && !doc.lex(after).is(class::SPEECH | class::PERSON_VERB)
        && !ORGANISATION_NOUNS.contains(&&*next)
        && !PLACE_NOUNS.contains(&&*next);
    w.determined = prev == "the";
    if prev == "the" && (prev2 != "of" || n > 1) && !(n > 1 && modifies_noun) {
        f.set(if n > 1 { F::TheMany } else { F::TheOne });
    }
    if n == 1 {
        let l = lex[0];
        let text = doc.text(first);
        // "BellSouth", "DuPont": a capital inside a word is a brand ("McCaw", "O'Brien" are names).
        let inner_capital = text.char_indices().skip(1).any(|(i, ch)| {
            ch.is_uppercase()
                && !text[..i].ends_with(['\'', '\u{2019}'])
                && !["Mc", "Mac", "De", "Di", "Le", "La", "Van"].iter().any(|p| &text[..i] == *p)
        }) && !doc.tokens[first].has(shape::CAPS);
        // "Smith-Corona", "Rolls-Royce": two capitalised names joined are a company.
        let joined_names = doc.tokens[first].has(shape::HYPHEN)
            && text.split('-').filter(|p| p.chars().next().is_some_and(char::is_uppercase)).count() >= 2;
        // A double-barrelled surname with a person's context is a person ("Morgan-Short et al.",
        // "Dr. Lloyd-Jones said").
        let said_of_a_person = cited || title_before || speaks;
        if (inner_capital || joined_names) && !(joined_names && said_of_a_person) {
            f.set(F::BrandShape);
        }
        // Written in lower case elsewhere in the article: the common word.
        if lower.contains(doc.lower(first).as_ref()) && !title_before && !related {
            f.set(F::LowerElsewhere);
        }
        // "Americans", "Iraqis": a nationality in the plural.
        let singular = doc.lower(first);
        if singular.ends_with('s')
            && crate::extract::lexicon::LEXICON.word(&singular[..singular.len() - 1]).is(class::DEMONYM)
        {
            f.set(F::PluralNationality);
        }
        // "Mr. President", "Madam Speaker", "a German": a title or a nationality alone names no one.
        if l.is(class::TITLE | class::DEMONYM) && !title_before || l.is(class::TITLE) {
            f.set(F::TitleAlone);
        }
        if l.is(class::WORD) && !l.is(class::GIVEN | class::SURNAME) {
            f.set(F::CommonWordOne);
        } else if l.is(class::WORD) {
            f.set(F::NameWordOne);
        }
        if doc.tokens[first].has(shape::CAPS) && !l.is(class::GIVEN | class::SURNAME) {
            f.set(F::CapsOne);
        }
        if c.opens_sentence {
            f.set(F::OpensSentenceOne);
        }
        // "Rebecca and I", "Debbie's death": a common given name alone, mid-sentence.
        let only_a_name = !l.is(class::WORD
            | class::PLACE
            | class::DEMONYM
            | class::ORG_CUE
            | class::TITLE
            | class::MONTH
            | class::WEEKDAY
            | class::FUNCTION);
        if l.is(class::COMMON_GIVEN)
            && only_a_name
            && !c.opens_sentence
            && !doc.tokens[first].has(shape::CAPS)
        {
            f.set(F::CommonGivenAlone);
        }
    } else if common {
        f.set(F::CommonMany);
    }
    if doc.sentences[c.sentence].title_case {
        f.set(F::TitleCase);
    }
    w.features = f;
    w
}

/// The verb a name is the subject of, when it follows within a few words: "Okafor said", "Okafor
/// also said", "Okafor has said", "Okafor would later write", "Okafor, however, said".
fn verb_after(doc: &Doc, sentence: &Range<usize>, after: usize) -> Option<usize> {
    const BETWEEN: &[&str] = &[
        "also", "then", "later", "never", "once", "still", "soon", "often", "always", "even", "already",
        "again", "now", "just", "first", "has", "have", "had", "would", "will", "could", "can", "may",
        "might", "must", "should", "did", "does", "not", "however", "too",
    ];
    for k in after..after + 4 {
        if !sentence.contains(&k) {
            return None;
        }
        let between = |k: usize| {
            let text = doc.lower(k);
            BETWEEN.contains(&&*text) || text.ends_with("ly") && !doc.tokens[k].has(shape::CAP)
        };
        // ", however," and ", too,": a comma only around such a word.
        let comma = doc.text(k) == "," && (between(k + 1) || k > after && between(k - 1));
        if !(between(k) || comma) {
            return Some(k);
        }
    }
    None
}

/// Nouns that head a company's or an institution's appositive (", a computer maker,").
const ORGANISATION_NOUNS: &[&str] = &[
    "company",
    "firm",
    "maker",
    "makers",
    "unit",
    "subsidiary",
    "concern",
    "group",
    "bank",
    "airline",
    "carrier",
    "retailer",
    "producer",
    "manufacturer",
    "developer",
    "publisher",
    "supplier",
    "insurer",
    "lender",
    "brokerage",
    "chain",
    "operator",
    "provider",
    "utility",
    "agency",
    "newspaper",
    "magazine",
    "network",
    "station",
    "party",
    "organization",
    "organisation",
    "union",
    "team",
    "club",
    "band",
    "university",
    "school",
    "hospital",
    "church",
    "ministry",
    "department",
    "court",
    "committee",
    "council",
    "foundation",
    "institute",
    "association",
    "federation",
    "league",
    "conglomerate",
    "corporation",
    "partnership",
    "distributor",
    "exporter",
    "importer",
    "refiner",
    "miner",
    "automaker",
    "studio",
    "label",
    "holding",
    "brand",
    "startup",
];

/// What a company owns or reports: after "X's" these make X a company.
const COMPANY_THINGS: &[&str] = &[
    "shares",
    "stock",
    "earnings",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "sales",
    "shareholders",
    "stockholders",
    "subsidiary",
    "subsidiaries",
    "unit",
    "units",
    "stake",
    "headquarters",
    "plant",
    "plants",
    "directors",
    "board",
    "net",
    "dividend",
    "bid",
    "offer",
    "takeover",
    "merger",
    "bonds",
    "debt",
    "assets",
    "loss",
    "losses",
    "results",
    "operations",
    "business",
    "products",
    "customers",
    "employees",
    "workers",
    "factory",
    "factories",
    "stores",
    "chairman",
    "executives",
    "shareholder",
    "acquisition",
    "brand",
    "brands",
];

/// Context that says a name is a company or an institution: an appositive headed by a company
/// noun (", a computer maker"), "X said it", "shares of X", "X's earnings".
fn organisation_context(doc: &Doc, sentence: &Range<usize>, name: Range<usize>) -> bool {
    let (before, after) = (name.start, name.end);
    let at = |k: usize| word(doc, Some(k), sentence);
    let (next, next2) = (at(after), at(after + 1));
    let determiner = matches!(&*next2, "a" | "an" | "the");
    // ", a computer maker," / ", the parent of".
    // Not ", the court painter," or ", a bank manager,": a role noun makes it someone's.
    if next == "," && determiner {
        let phrase = || {
            (after + 2..(after + 7).min(sentence.end))
                .take_while(|&k| !matches!(doc.text(k), "," | "." | ";" | "(" | ")"))
        };
        let organisation = phrase().any(|k| ORGANISATION_NOUNS.contains(&&*at(k)));
        if organisation && !phrase().any(|k| doc.lex(k).is(class::TITLE)) {
            return true;
        }
    }
    // "Unisys's earnings", "Paribas shares".
    if doc.kind(after) == Some(Kind::Possessive) && COMPANY_THINGS.contains(&&*next2) {
        return true;
    }
    // "Caloi manufactures bicycles", "Unisys employs 60,000": what a company does.
    if verb_after(doc, sentence, after)
        .is_some_and(|v| matches!(doc.lower(v).as_ref(), "manufactures" | "manufactured" | "employs"))
    {
        return true;
    }
    if name.len() == 1 && COMPANY_THINGS.contains(&&*next) && !doc.tokens[after].has(shape::CAP) {
        return true;
    }
    let copula = matches!(&*next, "is" | "was" | "were");
    // "Caloi is a major Brazilian manufacturer of bicycles": the noun the phrase ends in.
    if copula && determiner {
        let end = (after + 2..(after + 8).min(sentence.end))
            .find(|&k| doc.tokens[k].kind != Kind::Word || doc.lex(k).is(class::FUNCTION))
            .unwrap_or(sentence.end.min(after + 8));
        if end > after + 2
            && doc.kind(end) != Some(Kind::Possessive)
            && ORGANISATION_NOUNS.contains(&&*at(end - 1))
        {
            return true;
        }
    }
    // "Caloi was founded in 1898": people are born, companies founded.
    if copula && matches!(&*next2, "founded" | "incorporated" | "listed" | "acquired") {
        return true;
    }
    // "the School of Open Africa", "the Bank of Ruritania": a name after an institution's "of"
    // ("the House of Luiz Caloi" is a family's).
    let institution_of = doc.lex(before.wrapping_sub(2)).is(class::ORG_CUE)
        && doc.tokens.get(before.wrapping_sub(2)).is_some_and(|t| t.has(shape::CAP))
        && at(before.wrapping_sub(2)) != "house";
    before > sentence.start
        && before >= 2
        && at(before - 1) == "of"
        && (institution_of
            || matches!(&*at(before - 2), "shares" | "stake" | "unit" | "subsidiary" | "stock" | "division"))
}

/// Whether the words after a name make it an author cited: "Smith (2010)", "Smith, 2010",
/// "Smith et al.", "Ferrante and Lucchi (1995)", "(Miller & Robertson, 2010)": other names,
/// commas, "and" or "&" lead to a year within a few words.
fn citation(doc: &Doc, sentence: &Range<usize>, after: usize) -> bool {
    let year = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| {
            t.kind == Kind::Number && t.span.len() == 4 && doc.text(k).starts_with(['1', '2'])
        })
    };
    // "Navarro's (2016) analyses": the possessive is the work's.
    let from = if doc.kind(after) == Some(Kind::Possessive) { after + 1 } else { after };
    for k in from..from + 10 {
        if k >= sentence.end {
            return false;
        }
        if year(k) {
            return true;
        }
        if doc.is_word(k, "et") && doc.lower(k + 1).starts_with("al") {
            return true;
        }
        // "Carrano & Biewener [7]": a numbered reference.
        if doc.text(k) == "[" && doc.kind(k + 1) == Some(Kind::Number) && doc.text(k + 2) == "]" {
            return true;
        }
        // "Hein and colleagues".
        if doc.is_word(k, "and")
            && ["colleagues", "coworkers", "co-workers", "associates"].iter().any(|w| doc.is_word(k + 1, w))
        {
            return true;
        }
        let t = doc.tokens[k];
        let joins = matches!(doc.text(k), "," | "(" | "&" | "and") || doc.is_word(k, "and");
        let name = t.kind == Kind::Word && t.has(shape::CAP);
        if !(joins || name) {
            return false;
        }
    }
    false
}

/// A decision for every candidate: whether it names a person, and the weights it was made from.
#[derive(Debug)]
pub struct Decided {
    pub person: Vec<bool>,
    pub weights: Vec<Weight>,
    /// Keys of candidates and the candidates holding them.
    pub keys: Vec<Vec<String>>,
}

/// Decides each name once for the article, then gives names listed beside people the benefit of
/// the doubt ("Ann Lee, Bo Chen and Tarek Haddad").
pub fn decide(doc: &Doc, spotted: &Spotted, model: &Model) -> Decided {
    let candidates = &spotted.candidates;
    let lower = lower_case_words(doc, candidates);
    let mut weights: Vec<Weight> = candidates.iter().map(|c| weigh(doc, c, &lower, model)).collect();
    let keys: Vec<Vec<String>> = candidates.iter().map(|c| key(doc, c.tokens.clone())).collect();
    // Names shown with a company form, in a candidate or in an organisation ("Atlas Motor Co.").
    let mut companies: HashSet<Vec<String>> = HashSet::default();
    for o in spotted.organisations.iter().filter(|o| o.company) {
        // "Fratelli Bosi S.p.A.", "Atlas Motor Co.": every stretch of its name is that company.
        let words = key(doc, o.tokens.start..o.tokens.end - 1);
        for start in 0..words.len() {
            for end in start + 1..=words.len() {
                companies.insert(words[start..end].to_vec());
            }
        }
    }
    for (k, w) in keys.iter().zip(&weights) {
        if w.company {
            companies.insert(k.clone());
        }
    }
    let mut person = decide_once(&keys, &weights, &companies);
    // "Tariq Mohammed" beside "Aisha Mohammed", "Leylah Brandt" beside "Brandt said": an unknown
    // word before the surname of someone the article names is that person's given name.
    let surnames: HashSet<&str> = keys
        .iter()
        .zip(&person)
        .filter(|(_, p)| **p)
        .filter_map(|(k, _)| k.last().map(String::as_str))
        .collect();
    // Surnames of people named in full, to tell "Player" or "May" alone from the common word.
    let full_surnames: HashSet<&str> = keys
        .iter()
        .zip(&person)
        .filter(|(k, p)| **p && k.len() >= 2)
        .filter_map(|(k, _)| k.last().map(String::as_str))
        .collect();
    for (i, k) in keys.iter().enumerate() {
        if !person[i] && k.len() == 2 && surnames.contains(k[1].as_str()) && weights[i].score >= 0.0 {
            weights[i].score += 3.0;
        }
        // "Ben Player won … Player pinpoints …": a capitalised word that is the surname of someone
        // named in full is that person again, unless the article also writes it in lower case
        // or reads it as a place or a company.
        let w = &weights[i];
        if !person[i]
            && k.len() == 1
            && full_surnames.contains(k[0].as_str())
            && !lower.contains(k[0].as_str())
            && !w.located
            && !w.company
            && w.score > -6.0
        {
            weights[i].score = weights[i].score.max(PERSON);
        }
    }
    // Lists: a name coordinated with people is one too. Candidates come in text order, so the
    // only ones it can be coordinated with are its neighbours; a pass each way carries it along
    // the list ("A, B, C and D" when only D is known).
    let mut boosted = vec![false; candidates.len()];
    let forward = 0..candidates.len();
    for i in forward.clone().chain(forward.rev()) {
        let c = &candidates[i];
        if person[i] || boosted[i] || weights[i].score < 0.0 {
            continue;
        }
        let listed = [i.wrapping_sub(1), i + 1].into_iter().any(|j| {
            candidates.get(j).is_some_and(|d| {
                person[j] && d.sentence == c.sentence && coordinated(doc, &c.tokens, &d.tokens)
            })
        });
        // A single word only when it is nothing but a name ("Tohmadi, Ridvo and Abdel Negarra",
        // not "Paris, Rome and Ann Lee").
        let plain_name = || {
            let lex = doc.lex_of(c.tokens.clone());
            !lex.is(class::WORD
                | class::PLACE
                | class::DEMONYM
                | class::ORG_CUE
                | class::TITLE
                | class::FUNCTION)
        };
        if listed && !weights[i].located && (keys[i].len() >= 2 || plain_name()) {
            weights[i].score += 3.0;
            boosted[i] = true;
            person[i] = weights[i].score >= PERSON;
        }
    }
    person = decide_once(&keys, &weights, &companies);
    Decided { person, weights, keys }
}

fn decide_once(keys: &[Vec<String>], weights: &[Weight], companies: &HashSet<Vec<String>>) -> Vec<bool> {
    #[derive(Default)]
    struct Name {
        best: f32,
        context: bool,
        count: usize,
        titled: bool,
        /// Read as a place somewhere ("in Iraq"), or strongly not a name somewhere.
        placed: bool,
        worst: f32,
        /// Occurrences after "the".
        determined: usize,
    }
    let mut names: HashMap<&[String], Name> = HashMap::default();
    for (k, w) in keys.iter().zip(weights) {
        let name = names.entry(k.as_slice()).or_default();
        name.best = name.best.max(w.score);
        name.count += 1;
        name.context |= w.context && w.score >= PERSON;
        name.titled |= w.titled;
        name.placed |= w.located;
        name.worst = name.worst.min(w.score);
        name.determined += usize::from(w.determined);
    }
    keys.iter()
        .zip(weights)
        .map(|(k, w)| {
            let name = &names[k.as_slice()];
            // A company form anywhere makes the name a company, unless a title makes it a person.
            if companies.contains(k) && !name.titled {
                return false;
            }
            // A name read as a place somewhere is that place throughout, unless a title makes it
            // someone ("Mr. Metz").
            if w.located || (name.placed && !name.titled) {
                return false;
            }
            // "the Olmec built …, the Olmec carved …": a name nearly always after "the" is a
            // people, a team or a thing.
            if name.determined >= 2 && name.determined * 4 >= name.count * 3 && !name.titled {
                return false;
            }
            name.context
                || name.best >= PERSON
                || (name.count >= 2 && name.best >= PERSON - 1.0 && name.worst > -4.0)
        })
        .collect()
}

/// Whether two candidates of a sentence are listed together: only commas, "and", "&" or "or"
/// stand between them.
fn coordinated(doc: &Doc, a: &Range<usize>, b: &Range<usize>) -> bool {
    let (first, second) = if a.start < b.start { (a, b) } else { (b, a) };
    if second.start <= first.end || second.start - first.end > 3 {
        return false;
    }
    (first.end..second.start).all(|k| matches!(doc.text(k), "," | "and" | "&" | "or" | ";"))
}
