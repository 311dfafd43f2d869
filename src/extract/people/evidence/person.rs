//! Context that says "person": a title or role before, a relation, an appositive, an age, a verb
//! of saying or a person's verb, an introduction, a citation, a party of a case.

use std::borrow::Cow;
use std::ops::Range;

use super::against::WORKS;
use super::{Occurrence, Weight, word};
use crate::extract::doc::Doc;
use crate::extract::lexicon::{WordSet, class};
use crate::extract::people::model::Feature as F;
use crate::extract::people::roles;
use crate::extract::tokens::{Kind, shape};

/// What the context said that the other weighings read too.
pub(super) struct Cues {
    pub title_before: bool,
    /// A title stands right before the name, or a plural one heads the list it is in ("Senators
    /// Vantor, Brannic and Okonjo").
    pub titled: bool,
    pub related: bool,
    /// A noun follows the name: "the Jon Smith memorial".
    pub modifier: bool,
    pub speaks: bool,
    pub cited: bool,
    pub party: bool,
    /// Every word is a common word and none a given name.
    pub common: bool,
    /// The verb the name is the subject of ([`verb_after`]).
    pub verb: Option<usize>,
    /// Several words, then one of its staff by role and name ([`employer`]).
    pub employs: bool,
}

/// "Ana Salem (D-Ore.)", "Ivo Lang, R-Texas,": a legislator's party and state after the name, in
/// brackets or between commas.
fn affiliated(doc: &Doc, after: usize) -> bool {
    // The states as news abbreviates them (without the final period, which the tokens split off)
    // and their postal codes, with those it writes in full.
    static STATES: WordSet = WordSet::new(&[
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
        "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c",
        "n.d", "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "vt", "va", "wash", "w.va", "wis", "wyo",
        "alaska", "hawaii", "idaho", "iowa", "maine", "ohio", "texas", "utah", "al", "ak", "az", "ar", "ca",
        "co", "ct", "de", "fl", "hi", "id", "il", "in", "ia", "ks", "me", "mi", "mn", "ms", "mt", "ne", "nv",
        "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "ri", "sc", "sd", "tn", "tx", "ut", "wa", "wv",
        "wi", "wy", "dc", "d.c", "pr", "gu",
    ]);
    let tag = doc.text(after + 1);
    let state = ["D-", "R-", "I-"].iter().find_map(|p| tag.strip_prefix(p));
    matches!(doc.text(after), "(" | ",")
        && state.is_some_and(|s| STATES.contains(&s.trim_end_matches('.').to_ascii_lowercase()))
}

/// Weighs what around the occurrence says "person".
pub(super) fn weigh(o: &Occurrence, w: &mut Weight) -> Cues {
    let (doc, c, sentence) = (o.doc, o.c, &o.sentence);
    let (lex, n) = (&o.lex, o.words.len());
    let (before, after) = (o.before, o.after);
    let (prev, prev2, next, next2) = (&*o.prev, &*o.prev2, &*o.next, &*o.next2);
    // "the former Virginia governor": a place before a role noun modifies it, and the title
    // before them is the role's.
    // "a former NASA engineer": so does an acronym.
    let acronym =
        n == 1 && doc.tokens[c.tokens.start].has(shape::CAPS) && doc.text(c.tokens.start).len() >= 2;
    let lower_after = sentence.contains(&after)
        && doc.kind(after) == Some(Kind::Word)
        && !doc.tokens[after].has(shape::CAP);
    let place_modifies_role = lower_after
        && (doc.lex(after).is(class::TITLE) && doc.lex_of(c.tokens.clone()).is(class::PLACE)
            || acronym && !doc.lex(after).is(class::FUNCTION));
    // Context that says "person".
    // A role noun in lower case, or a short one in capitals ("the firm's CEO, Ana Ruiz,").
    let role_noun = |k: usize| {
        let t = doc.tokens.get(k);
        let short_caps = t.is_some_and(|t| t.has(shape::CAPS) && t.span.len() <= 4);
        sentence.contains(&k)
            && (!t.is_some_and(|t| t.has(shape::CAP)) || short_caps)
            && (doc.lex(k).is(class::TITLE) || roles::plural_title(doc, k))
    };
    // "The author, Ann Lee, said", "his lawyer, Bo Chen.": a determined role noun, then the name
    // between commas (not "a private, Roman Catholic school").
    let determiner = |k: usize| {
        sentence.contains(&k)
            && (matches!(doc.lower(k).as_ref(), "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our")
                || doc.kind(k) == Some(Kind::Possessive))
    };
    // "The chief executive of the firm, Ana Ruiz, said": the role may take a phrase with "of",
    // "at" or "for" before the comma.
    let role_ends_at = |end: usize| {
        (end.saturating_sub(6)..=end).rev().filter(|&r| sentence.contains(&r)).any(|r| {
            let phrase = || {
                r == end
                    || ["of", "at", "for"].iter().any(|w| doc.is_word(r + 1, w))
                        && (r + 2..=end)
                            .all(|k| doc.kind(k) == Some(Kind::Word) && !doc.lex(k).is(class::SPEECH))
            };
            // Up to three words may stand between the determiner and the role: "the former
            // coach", "the Liberal Democrat spokesperson".
            let determined = |start: usize| {
                (1..=4)
                    .filter_map(|back| start.checked_sub(back))
                    .any(|d| determiner(d) && (d + 1..start).all(|k| doc.kind(k) == Some(Kind::Word)))
            };
            // A role of two words: "the chief executive".
            let pair = r.checked_sub(1).filter(|&s| {
                sentence.contains(&s)
                    && !doc.tokens[s].has(shape::CAP)
                    && !doc.tokens[r].has(shape::CAP)
                    && doc.lex_of(s..r + 1).is(class::TITLE)
            });
            // "the Norwegian, Halvar Bjelland,": a nationality as a noun.
            let nationality = r == end && doc.lex(r).is(class::DEMONYM) && determined(r);
            let role = role_noun(r) && determined(r) || pair.is_some_and(determined) || nationality;
            role && phrase()
        })
    };
    // Not a place after the comma: "a councilman for the town of Red Oaks, Iowa".
    let placed = || {
        doc.lex_of(c.tokens.clone()).is(class::PLACE)
            || crate::extract::people::spotting::state_abbreviation(doc, c.tokens.start)
    };
    // "The gunman -- Ana Ruiz -- was": dashes stand for the commas ("--" is two tokens).
    let dash = |w: &str| matches!(w, "-" | "\u{2014}" | "\u{2013}");
    let double = usize::from(prev == "-" && prev2 == "-");
    let role_and_comma = (prev == "," && matches!(next, "," | "." | ";") || dash(prev) && dash(next))
        && !placed()
        && before.and_then(|b| b.checked_sub(1 + double)).is_some_and(role_ends_at);
    // "head of state Ana Ruiz": a role of several lower-case words (not "a spokesman for Atlas",
    // whose role names the employer).
    let lower_word = |k: usize| doc.kind(k) == Some(Kind::Word) && !doc.tokens[k].has(shape::CAP);
    let role_phrase = || {
        before.is_some_and(|b| {
            roles::title_phrase_ending_at(doc, sentence, b).is_some_and(|from| (from..=b).all(lower_word))
            // "minister of state Khalid Omar", "director of communications Ana Salem": a title
            // and its portfolio ("chairman of rival Vantor" names a firm).
            || b >= sentence.start + 2
                && PORTFOLIOS.iter().any(|w| doc.is_word(b, w))
                && doc.is_word(b - 1, "of")
                && lower_word(b - 2)
                && doc.lex(b - 2).is(class::TITLE)
        })
    };
    // "Senators Vantor, Brannic, and Okonjo": a plural title is each listed name's.
    let listed = matches!(prev, "," | "and")
        && before.is_some_and(|b| {
            (b.saturating_sub(12).max(sentence.start)..b)
                .rev()
                .take_while(|&k| {
                    doc.is_word(k, ",") || doc.is_word(k, "and") || doc.tokens[k].has(shape::CAP)
                })
                .any(|k| doc.tokens[k].has(shape::CAP) && roles::plural_title(doc, k))
        });
    // "Member States": one plural of a common noun after a title is no name ("Mr. Brooks", a
    // frequent surname, is).
    let plural_noun = n == 1
        && doc.lower(o.first).ends_with('s')
        && lex[0].is(class::WORD)
        && !lex[0].is(class::GIVEN | class::COMMON_SURNAME);
    // A title right before the name, or heading its list: capitals after it are a name.
    let titled = !place_modifies_role && (c.title.is_some() || before.is_some_and(role_noun) || listed);
    let title_before = !plural_noun
        && (titled || !place_modifies_role && (c.role.is_some() || role_and_comma || role_phrase()));
    if title_before {
        w.context(F::TitleBefore);
    }
    // "his wife Rose", "her husband, Tariq", "the sister of Tarko Vemmel" (not "the father of
    // Lower Dunmoor player …": a name before a noun is a modifier).
    let modifier = doc
        .tokens
        .get(after)
        .is_some_and(|t| t.kind == Kind::Word && !t.has(shape::CAP) && !doc.lex(after).is(class::FUNCTION));
    // "a daughter of Norway", "a son of Ohio": a relation of a place is a figure of
    // speech.
    let place_only = n == 1 && lex[0].is(class::PLACE) && !lex[0].is(class::GIVEN | class::SURNAME);
    let related = before.is_some_and(|b| sentence.contains(&b) && doc.lex(b).is(class::RELATION))
        || ((prev == "," || prev == "of" && !modifier && !place_only)
            && before
                .and_then(|b| b.checked_sub(1))
                .is_some_and(|b| sentence.contains(&b) && doc.lex(b).is(class::RELATION)));
    if related {
        w.context(F::Related);
    }
    w.titled = title_before || related;
    if roles::appositive(doc, sentence.clone(), after).is_some() || affiliated(doc, after) {
        w.context(F::Appositive);
    }
    // "Jane Doe, 45, said": an age in apposition.
    let age = next == ","
        && doc.tokens.get(after + 1).is_some_and(|t| t.kind == Kind::Number && t.span.len() <= 3)
        && word(doc, Some(after + 2), sentence) == ",";
    // "36-year-old Radomir …", "the thirty-six-year-old …": an age before a full name (one word
    // before a noun is its modifier: "a 36-year-old Harlow man", "the 36-year-old Scot won").
    let age_before = prev.ends_with("year-old") && (n >= 2 || !lower_after);
    if age || age_before {
        w.context(F::Age);
    }
    if next == "," && next2 == "of" && home(doc, sentence, after + 1) {
        w.context(F::Home);
    }
    // Not "weavers from Tarna Veld, who are": a plural verb's "who" is the noun's before.
    let plural_verb = || {
        let third = word(doc, Some(after + 2), sentence);
        matches!(&*third, "have" | "are" | "were") && prev != "and"
    };
    if next == "," && next2 == "who" && !plural_verb() {
        w.context(F::CommaWho);
    }
    // "Adaeze Nwosu Obi, commonly known as Zaza": a name's other name, after the comma
    // that ends it (not "a river known as …").
    let known_as = prev == "as"
        && prev2 == "known"
        && before.and_then(|b| b.checked_sub(2)).is_some_and(|k| {
            let name_before =
                |k: usize| doc.tokens[k].is_capitalised() && doc.kind(k + 1) == Some(Kind::Punct);
            sentence.contains(&k)
                && (doc.text(k) == "," && k.checked_sub(1).is_some_and(name_before)
                    || k > sentence.start
                        && doc.text(k - 1) == ","
                        && k.checked_sub(2).is_some_and(name_before))
        });
    if known_as {
        w.context(F::KnownAs);
    }

    let verb = verb_after(doc, sentence, after);
    let speaks = verb.is_some_and(|v| doc.lex(v).is(class::SPEECH));
    // "says Harlow Pike analyst Ann Lee", "said Harriers head coach Mette Lund": the analyst
    // or the coach speaks, not the firm or the team; only a name of several words is taken for
    // the employer itself.
    let staff_follow = || employer(doc, after, sentence.end);
    let employs = n >= 2 && staff_follow();
    // "said Harlow University's Okafor": the one after the possessive speaks.
    let owner_of_speaker = doc.kind(after) == Some(Kind::Possessive)
        && sentence.contains(&(after + 1))
        && doc.tokens[after + 1].has(shape::CAP);
    let spoken_of = before.is_some_and(|b| sentence.contains(&b) && doc.lex(b).is(class::SPEECH))
        && !owner_of_speaker
        && !staff_follow();
    // "Marlowe died", "Okafor preferred"; after "was" only what befalls people ("was born", not
    // the passive "was studied").
    static BEFALLS: WordSet = WordSet::new(&[
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
        "arrested",
        "killed",
        "wounded",
        "injured",
        "jailed",
        "imprisoned",
        "detained",
        "executed",
        "assassinated",
        "kidnapped",
        "abducted",
        "murdered",
        "deported",
        "extradited",
        "hospitalized",
        "hospitalised",
    ]);
    // "was arrested", "was later arrested", "was fatally wounded".
    let befalls = || {
        let adverb = |k: usize| doc.is_in(k, &AFTER_WAS) || doc.lower(k).ends_with("ly");
        let k = after + 1;
        doc.is_in(k, &BEFALLS) || sentence.contains(&(k + 1)) && adverb(k) && doc.is_in(k + 1, &BEFALLS)
    };
    // "police arrested Corin Ashdown": what only befalls people, done to the name ("arrested
    // Vantor executives" is still the firm's: a noun of staff after it says so).
    static DONE_TO: WordSet = WordSet::new(&[
        "arrested",
        "jailed",
        "imprisoned",
        "detained",
        "kidnapped",
        "abducted",
        "murdered",
        "assassinated",
        "executed",
        "deported",
        "extradited",
        "married",
        "interviewed",
        "appointed",
    ]);
    // Each ends in "ed": most words are ruled out before a hash.
    let done_to = || {
        before.is_some_and(|b| sentence.contains(&b) && doc.text(b).ends_with("ed") && doc.is_in(b, &DONE_TO))
    };
    let acts = verb.is_some_and(|v| doc.lex(v).is(class::PERSON_VERB))
        || sentence.contains(&after) && (next == "was" || next == "is") && befalls()
        || done_to();
    // Life dates only after a given name: "World War II (1939 – 1945)" is no one.
    let lived = || {
        lex[0].is(class::GIVEN) && !lex[0].is(class::WORD | class::PLACE) && life_dates(doc, sentence, after)
    };
    let born = next == "(" && (next2 == "born" || lived());
    // "the drama Harbour Nights (2011)", "Lang's Harbour Nights (2005)", "A Quiet Harbour (2009)":
    // the year after a work's title is the work's, not a citation's.
    let work_title = WORKS.contains(prev)
        || before.is_some_and(|b| {
            doc.kind(b) == Some(Kind::Possessive)
                || b > sentence.start && doc.tokens[b].has(shape::CAP) && doc.is_in(b, &TITLE_OPENERS)
        });
    let cited = !work_title && citation(doc, sentence, after);
    // "Kennedy versus Washington", "Roe v. Wade": the parties of a case.
    let case = |w: &str| matches!(w, "v" | "v." | "versus" | "vs" | "vs.");
    let party = case(next) || (case(prev) && prev != "v") || (prev == "." && case(prev2));
    // Weak shapes need stronger context than known names.
    let known = lex.iter().any(|l| l.is(class::GIVEN | class::SURNAME | class::FAMILY_FIRST));
    // "Class K", "Type B": a letter after common words is a class, not an initial.
    let letter = |i: usize| {
        let t = doc.text(o.words[i]);
        i > 0 && i + 1 == n && t.len() == 1 && t.bytes().all(|b| b.is_ascii_uppercase())
    };
    let common = lex.iter().enumerate().all(|(i, l)| l.is(class::WORD) && !l.is(class::GIVEN) || letter(i));
    // A name of several words, none a common word, a place or an organisation's.
    let plain = n >= 2 && !lex.iter().any(|l| l.is(class::WORD | class::ORG_CUE | class::PLACE));
    // "according to Ana Salem": such a source is someone speaking ("according to Gallup" or "to
    // Cobalt Analytics" is a firm as often as not).
    let according = plain && prev == "to" && prev2 == "according";
    if speaks || spoken_of || according {
        w.context(if known || !common { F::SaysNamed } else { F::SaysCommon });
    }
    if acts {
        w.context(if known || !common { F::ActsNamed } else { F::ActsCommon });
    }
    if born {
        w.context(F::Born);
    }
    // "I'm Ana Ruiz", "my name is Ana Ruiz": someone introducing themselves; "was identified as
    // Ana Ruiz", "police named the driver as Ana Ruiz": someone named by others.
    let named_as = prev == "as"
        && before.is_some_and(|b| {
            (b.saturating_sub(4).max(sentence.start)..b)
                .any(|k| doc.is_word(k, "identified") || doc.is_word(k, "named"))
        });
    // "starred as Mirela", "portrayed Ivo Lang": a character, whom a performer plays.
    // The verb may stand further back: "appeared in a stage musical as Tomas Venn".
    let played = (prev == "as"
        && before.is_some_and(|b| {
            (b.saturating_sub(20).max(sentence.start)..b)
                .any(|k| PERFORMS_AS.iter().any(|w| doc.is_word(k, w)))
        }))
        || matches!(prev, "portrayed" | "portrays" | "portraying" | "voiced" | "voices");
    let introduced = (prev == "i'm" || prev == "i’m")
        || played
        || (prev == "am" && prev2 == "i")
        || (prev == "is" && prev2 == "name")
        || (prev == "m" && prev2 == "'")
        || named_as;
    // "guitarists such as Ana Salem", "poets including Ilvar Moresk": examples of people a plural
    // role noun gives.
    let noun = match (prev2, prev) {
        ("such", "as") => before.and_then(|b| b.checked_sub(2)),
        (_, "including" | "like") => before.and_then(|b| b.checked_sub(1)),
        _ => None,
    };
    if noun.is_some_and(|k| sentence.contains(&k) && roles::plural_title(doc, k)) {
        w.context(F::Exemplified);
    }
    // "a man named Tavo", "a girl called Ilse", "a cousin named Tavo": a noun for a person (or
    // a relation) names the name that follows, known or not.
    const PERSONS: &[&str] = &["man", "woman", "boy", "girl", "baby", "person", "teenager"];
    let noun = before.and_then(|b| b.checked_sub(1));
    let named_person = matches!(prev, "named" | "called")
        && noun.is_some_and(|k| doc.lex(k).is(class::RELATION) || PERSONS.iter().any(|w| doc.is_word(k, w)));
    if (introduced && (known || n >= 2) || named_person) && !lex.iter().any(|l| l.is(class::DEMONYM)) {
        w.context(F::Introduced);
    }
    // "Salem, Ana. Harlow Nights": a reference list writes the surname first.
    if n == 1 && next == "," && sentence.contains(&(after + 1)) {
        let given = after + 1;
        let then = doc.text(given + 1);
        if doc.lex(given).is(class::GIVEN)
            && !doc.lex(given).is(class::PLACE)
            && doc.tokens[given].has(shape::CAP)
            && (then == "." || doc.tokens.get(given + 1).is_some_and(|t| t.has(shape::INITIAL)))
        {
            w.context(F::ReferenceList);
        }
    }
    // "Image: Zorvak", "Photo credit: Brennick": a picture's credit names its maker ("Image:
    // NASA", "Credit: Public Domain" are outweighed by what else they are).
    let credit = prev == ":"
        && matches!(prev2, "image" | "images" | "photo" | "photos" | "photograph" | "picture" | "credit")
        && matches!(next, "" | "." | "," | "(" | "/" | ";");
    if cited || credit {
        w.context(F::Cited);
    }
    // "Frank and his colleagues", "Ruiz and her husband": someone with their own people.
    if next == "and" && matches!(next2, "his" | "her") {
        w.context(F::WithOwnPeople);
    }
    if persons_thing(doc, sentence, after) {
        w.context(F::PersonsThing);
    }
    // "Vantorix said it would …" leans to a company, "Baker said he …" to a person; neither decides.
    let pronoun = if doc.lex(after).is(class::SPEECH) {
        word(doc, Some(after + 1), sentence)
    } else {
        Cow::Borrowed("")
    };
    match &*pronoun {
        "it" | "its" => w.features.set(F::SaidIt),
        "he" | "she" | "his" | "her" => w.features.set(F::SaidHe),
        _ => {}
    }
    if party && !lex.iter().any(|l| l.is(class::PLACE | class::ORG_CUE)) {
        w.context(F::Party);
    }
    // "Elizabeth II", "Ottokar I": a given name with a regnal number is a monarch or a pope.
    let numbered =
        c.tokens.len() > n && crate::extract::people::spotting::regnal(doc, c.tokens.end - 1, c.tokens.end);
    if numbered && lex[0].is(class::GIVEN) {
        w.context(F::Regnal);
    }
    // "Tobin Marsh Jr.", "Okonjo Sr.": only a person is a junior or a senior.
    if c.tokens.len() > n && matches!(&*doc.lower(c.tokens.end - 1), "jr" | "jr." | "sr" | "sr.") {
        w.context(F::Generational);
    }
    // "By Ana Salem and Tobin Marsh in Nairobi": a line of names after "By" names the writers.
    let name_or_link = |k: usize| {
        doc.tokens[k].has(shape::CAP) || matches!(doc.text(k), "and" | "," | "&" | "." | "in" | "for")
    };
    let byline = n >= 2
        && doc.tokens[sentence.start].has(shape::CAP)
        && doc.is_word(sentence.start, "by")
        && (sentence.start + 1..sentence.end).all(|k| c.tokens.contains(&k) || name_or_link(k));
    // "Brannoc Velt contributed to this report.": the credit line at a story's end.
    let at = |k: usize| word(doc, Some(k), sentence);
    let contributed = n >= 2
        && next == "contributed"
        && (next2 == "reporting"
            || next2 == "to" && matches!(&*at(after + 3), "report" | "story" | "article"));
    if byline || contributed || n >= 2 && credit_line(doc, sentence, c.tokens.clone()) {
        w.context(F::Byline);
    }
    // "Tarvan's Ilvar Moresk", "the agency's Kavro Dunesk": a country's or an organisation's
    // own, in a plain name.
    let owner = before.filter(|&b| doc.kind(b) == Some(Kind::Possessive)).and_then(|b| b.checked_sub(1));
    let owned = owner.is_some_and(|o| {
        let capitalised = |k: usize| sentence.contains(&k) && doc.tokens[k].has(shape::CAP);
        // The whole capitalised run is the place: not "Ana Salem's".
        let from = (o.saturating_sub(2)..=o).find(|&k| (k..=o).all(capitalised));
        from.is_some_and(|from| doc.lex_of(from..o + 1).is(class::PLACE) || doc.lex(o).is(class::ORG_CUE))
    });
    if owned && plain {
        w.features.set(F::OwnerBefore);
    }
    // "produced by Josh Abbott", "a novel by Ann Lee": the agent of a passive, or an author.
    if prev == "by" && n >= 2 {
        w.features.set(F::ByAgent);
    }
    Cues { title_before, titled, related, modifier, speaks, cited, party, common, verb, employs }
}

/// Words of a wire credit before "by" ("Additional reporting by", "Editing by", "Photos by").
static CREDITS: WordSet = WordSet::new(&[
    "reporting",
    "additional",
    "editing",
    "writing",
    "written",
    "photo",
    "photos",
    "photograph",
    "photographs",
    "photography",
    "graphics",
    "graphic",
    "illustration",
    "compiled",
    "research",
    "translation",
    "interviews",
]);

/// "Reporting by Ana Salem and Tobin Marsh; Editing by Kesti Ollander": candidate `name` is in a
/// sentence that opens with credit words and "by".
fn credit_line(doc: &Doc, sentence: &Range<usize>, name: Range<usize>) -> bool {
    let credit = |k: usize| doc.is_in(k, &CREDITS);
    // Most sentences open with no credit word: that settles it before any scan.
    if !credit(sentence.start) {
        return false;
    }
    let Some(by) = (sentence.start..name.start).find(|&k| doc.is_word(k, "by")) else { return false };
    (sentence.start..by).all(credit)
}

/// What a performer does "as" a character: "starred as", "was cast as", "played in … as".
const PERFORMS_AS: &[&str] = &[
    "starred",
    "stars",
    "starring",
    "appeared",
    "appears",
    "cast",
    "recast",
    "played",
    "plays",
    "performance",
    "portrayal",
    "role",
];

/// Whether one of a firm's staff, by role and name, follows at token `after`: "Harlow Pike
/// analyst Vera Okonjo", "Acme chief economist Ana Ruiz". Roles a person's staff also hold
/// ("spokesman", "aide", "lawyer") are left out: "Ana Salem spokesman …" names Ana Salem.
fn employer(doc: &Doc, after: usize, end: usize) -> bool {
    let lower = |k: usize| doc.tokens[k].kind == Kind::Word && !doc.tokens[k].has(shape::CAP);
    (after..end.min(after + 3))
        .take_while(|&k| lower(k))
        .any(|k| STAFF.iter().any(|s| doc.is_word(k, s)) && k + 1 < end && doc.tokens[k + 1].is_capitalised())
}

/// Roles a firm's staff hold and a person's own staff do not ("spokesman", "aide" are both).
pub(super) const STAFF: &[&str] = &[
    "analyst",
    "analysts",
    "economist",
    "strategist",
    "executive",
    "chairman",
    "trader",
    "researcher",
    "scientist",
    "engineer",
    "manager",
    "treasurer",
    "director",
    "coach",
    "captain",
    "defender",
    "striker",
    "midfielder",
    "goalkeeper",
];

/// What a minister or director is in charge of: "minister of state", "head of security".
const PORTFOLIOS: &[&str] = &[
    "state",
    "staff",
    "communications",
    "security",
    "defence",
    "defense",
    "finance",
    "health",
    "education",
    "justice",
    "interior",
    "trade",
    "agriculture",
    "transport",
    "energy",
    "research",
    "operations",
    "strategy",
    "policy",
];

/// Adverbs between "was" and what befell a person: "was later arrested".
static AFTER_WAS: WordSet =
    WordSet::new(&["later", "then", "also", "again", "once", "first", "never", "subsequently"]);

/// Whether the words after ", of" are a home: up to five capitalised words, the first may be a
/// house number, up to a comma or the sentence's end ("Corin Ashdown, of 12 Wexley Road,
/// Harrowgate,"), not a phrase ("a general, of Scottish origin").
fn home(doc: &Doc, sentence: &Range<usize>, of: usize) -> bool {
    let end =
        (of + 1..sentence.end).find(|&k| matches!(doc.text(k), "," | "." | ";")).unwrap_or(sentence.end);
    let capitalised = |k: usize| doc.kind(k) == Some(Kind::Word) && doc.tokens[k].has(shape::CAP);
    let first = of + 1 + usize::from(doc.kind(of + 1) == Some(Kind::Number));
    (first + 1..=first + 5).contains(&end) && (first..end).all(capitalised)
}

/// The verb a name is the subject of, when it follows within a few words: "Okafor said", "Okafor
/// also said", "Okafor has said", "Okafor would later write", "Okafor, however, said".
fn verb_after(doc: &Doc, sentence: &Range<usize>, after: usize) -> Option<usize> {
    static BETWEEN: WordSet = WordSet::new(&[
        "also", "then", "later", "never", "once", "still", "soon", "often", "always", "even", "already",
        "again", "now", "just", "first", "has", "have", "had", "would", "will", "could", "can", "may",
        "might", "must", "should", "did", "does", "not", "however", "too",
    ]);
    for k in after..after + 4 {
        if !sentence.contains(&k) {
            return None;
        }
        let between = |k: usize| {
            let text = doc.lower(k);
            BETWEEN.contains(&text) || text.ends_with("ly") && !doc.tokens[k].has(shape::CAP)
        };
        // ", however," and ", too,": a comma only around such a word.
        let comma = doc.text(k) == "," && (between(k + 1) || k > after && between(k - 1));
        if !(between(k) || comma) {
            return Some(k);
        }
    }
    None
}

/// Whether a parenthesis after a name gives a life's years: "(1871 – 1940)", "(c. 290 – 351)",
/// "(March 3, 1741 – June 9, 1799)": it opens with a date and closes on a year after a dash.
fn life_dates(doc: &Doc, sentence: &Range<usize>, open: usize) -> bool {
    let number = |k: usize| doc.kind(k) == Some(Kind::Number);
    let dash = |k: usize| matches!(doc.text(k), "-" | "--" | "–" | "—");
    let first = open + 1;
    let opens_with_date = number(first)
        || doc.lex(first).is(class::MONTH)
        || matches!(&*doc.lower(first), "c" | "c." | "ca" | "ca." | "circa" | "b." | "b");
    if !opens_with_date {
        return false;
    }
    let Some(close) = (first..first + 14).take_while(|k| sentence.contains(k)).find(|&k| doc.text(k) == ")")
    else {
        return false;
    };
    let inside = first..close;
    number(close - 1) && inside.clone().any(|k| dash(k) && inside.clone().any(|j| j < k && number(j)))
}

/// Whether a possessive after a name owns what only a person has: "Okafor's wife", "Okafor's
/// administration", "Okafor's national security adviser" (not "Vantorix's earnings").
fn persons_thing(doc: &Doc, sentence: &Range<usize>, after: usize) -> bool {
    // Not the whole relations list: "Vantorix's sister company", "Apple's partners".
    static THINGS: WordSet = WordSet::new(&[
        "wife",
        "husband",
        "son",
        "daughter",
        "sons",
        "daughters",
        "children",
        "mother",
        "father",
        "widow",
        "family",
        "administration",
        "presidency",
        "cabinet",
        "aide",
        "aides",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "successor",
        "predecessor",
        "supporters",
        "death",
        "funeral",
        "birthday",
        "childhood",
        "memoir",
        "memoirs",
        "biography",
        "resignation",
        "impeachment",
        "inauguration",
        "re-election",
        "reelection",
        "coalition",
        "regime",
        "lawyer",
        "lawyers",
        "career",
        "theory",
        "theories",
        "birth",
        "birthplace",
        "grave",
        "tomb",
        "marriage",
        "divorce",
        "girlfriend",
        "boyfriend",
        "fiancee",
        "fiancée",
        "fiance",
        "fiancé",
        "spouse",
        "widower",
        "parents",
        "grandson",
        "granddaughter",
        "grandfather",
        "grandmother",
        "nephew",
        "niece",
        "uncle",
        "aunt",
        "cousin",
        "stepfather",
        "stepmother",
        "assassination",
        "assassin",
        "killer",
        "autobiography",
        "diary",
        "diaries",
        "obituary",
        "candidacy",
        "deathbed",
        "lifetime",
    ]);
    if doc.kind(after) != Some(Kind::Possessive) {
        return false;
    }
    // Right after the possessive only: "Okafor's estate", not "Vornado's real estate".
    if doc.is_word(after + 1, "estate") && sentence.contains(&(after + 1)) {
        return true;
    }
    (after + 1..after + 4)
        .take_while(|&k| {
            sentence.contains(&k)
                && doc.tokens[k].kind == Kind::Word
                && !doc.tokens[k].has(shape::CAP)
                && !doc.lex(k).is(class::FUNCTION)
        })
        .any(|k| THINGS.contains(doc.lower(k).as_ref()))
}

/// Words that open a work's title, capitalised mid-sentence ("starred in A Quiet Harbour").
static TITLE_OPENERS: WordSet = WordSet::new(&["a", "an", "the", "this", "that", "my", "our", "your"]);

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
        // "Okafor & Brandvold [7]": a numbered reference.
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
