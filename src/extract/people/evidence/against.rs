//! What says a name is something else: a storm, a company or an institution, the title of a work,
//! a place after a locative, "the" before it, common words, a brand's shape.

use std::ops::Range;

use super::person::{Cues, STAFF};
use super::{HashSet, NOT_ONLY_A_NAME, Occurrence, Weight, word};
use crate::extract::doc::Doc;
use crate::extract::lexicon::{DETERMINERS, WordSet, class};
use crate::extract::people::model::Feature as F;
use crate::extract::people::spotting::quote_marks;
use crate::extract::tokens::{Kind, shape};

/// Kinds of work whose title may follow them directly.
pub(super) static WORKS: WordSet = WordSet::new(&[
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
]);

/// Prepositions after which a word that is also a place is read as the place.
/// Verbs of a price moving ("fell 3%").
static MOVES: WordSet = WordSet::new(&[
    "rose",
    "fell",
    "gained",
    "climbed",
    "slipped",
    "jumped",
    "surged",
    "tumbled",
    "plunged",
    "soared",
    "slid",
    "sank",
    "rallied",
    "declined",
    "advanced",
    "retreated",
    "eased",
    "dipped",
    "rises",
    "falls",
    "gains",
    "climbs",
    "slips",
    "jumps",
]);

/// Whether token `k` after a verb of moving opens an amount of money or a share: "$2", "3%",
/// "1.2 percent".
fn moves_by_share(doc: &Doc, k: usize) -> bool {
    let amount =
        doc.tokens.get(k).is_some_and(|t| doc.body[t.span].starts_with(|ch: char| ch.is_ascii_digit()));
    let share = || (k + 1..k + 4).any(|j| ["%", "percent", "pct", "cents"].iter().any(|w| doc.is_word(j, w)));
    doc.is_word(k, "$") || amount && share()
}

/// Nouns of a people, an armed group or a tongue, which a group's name stands before.
static GROUP_NOUNS: WordSet = WordSet::new(&[
    "forces",
    "fighters",
    "rebels",
    "militants",
    "militiamen",
    "militia",
    "militias",
    "insurgents",
    "troops",
    "tribesmen",
    "tribe",
    "tribes",
    "clans",
    "villagers",
    "refugees",
    "settlers",
    "people",
    "peoples",
    "community",
    "communities",
    "minority",
    "diaspora",
    "language",
    "languages",
    "dialect",
    "culture",
    "nation",
    "carvings",
]);

static LOCATIVE: WordSet = WordSet::new(&[
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
    "throughout",
    "within",
]);

/// Kinds of place a name stands before ("the Tarvel region").
const PLACE_NOUNS: &[&str] = &["area", "region", "district", "province", "city", "town", "village", "county"];

/// Kinds of place a name follows with "of" ("the village of …").
static SETTLEMENTS: WordSet = WordSet::new(&[
    "city",
    "town",
    "village",
    "settlement",
    "suburb",
    "island",
    "province",
    "county",
    "district",
    "region",
    "municipality",
    "township",
    "borough",
    "parish",
    "port",
    "kingdom",
    "republic",
]);

/// Whether a place name of several words ends at token `k` ("Mount Vernon").
fn place_phrase_ending_at(doc: &Doc, k: usize) -> bool {
    (k.saturating_sub(3)..k)
        .any(|s| doc.phrase_at(s, k + 1).is_some_and(|(n, lex)| s + n == k + 1 && lex.is(class::PLACE)))
}

/// Endings of brand names made of a word and a noun of media or trade ("Telesoft", "Ferrynews").
const BRAND_ENDINGS: &[&str] =
    &["book", "news", "soft", "ware", "tube", "pedia", "mart", "flix", "gram", "tech", "cast"];

/// Weighs what says the occurrence is no person.
pub(super) fn weigh(o: &Occurrence, cues: &Cues, lower: &HashSet<&str>, w: &mut Weight) {
    let (doc, c, sentence, after, before) = (o.doc, o.c, &o.sentence, o.after, o.before);
    let (lex, first, n) = (&o.lex, o.first, o.words.len());
    let (prev, prev2, next) = (&*o.prev, &*o.prev2, &*o.next);
    let Cues { title_before, titled, related, modifier, speaks, cited, party, common, verb, employs } = *cues;
    // "starred in \"Harlow Pike,\" a comedy" (or ``Harlow Pike,'' in wire copy): a name that is a
    // whole quotation is a work's title.
    let mark = |k: usize, pair: &str| sentence.contains(&k) && quote_marks(doc, k, pair).is_some();
    let pair_before = |b: usize| b > sentence.start && quote_marks(doc, b - 1, "`") == Some(2);
    let opens = before.is_some_and(|b| mark(b, "`") || pair_before(b));
    let closes = mark(after, "'") || matches!(doc.text(after), "," | ".") && mark(after + 1, "'");
    if opens && closes {
        w.features.set(F::Quoted);
    }
    // "Hurricane Ida", "Cyclone Varro": storms are named like people.
    const STORMS: &[&str] = &["hurricane", "typhoon", "cyclone", "storm"];
    let storm = STORMS.contains(&prev) || STORMS.iter().any(|s| doc.is_word(c.tokens.start, s));
    if storm {
        w.features.set(F::Storm);
    }
    // "Mr. Lang, the trade publisher,": a title makes the context a person's.
    let company = (doc.lex(after).is(class::COMPANY) && sentence.contains(&after))
        || !title_before && organisation_context(doc, sentence, c.tokens.clone(), verb);
    // A storm, like a company, is that thing throughout the article.
    w.company = company || storm;
    if company {
        w.features.set(F::Company);
    }
    // "the comedy Harbour Nights", "his album Blue Hours": the title of a work.
    // "the comedy, Harbour Nights" too.
    let work_before = WORKS.contains(prev) || prev == "," && WORKS.contains(prev2);
    if work_before && !title_before {
        w.features.set(F::WorkBefore);
    }
    // "Torquay, Devon.", "Macon, Georgia,", "Tarvel county, Georgia,", "Mount Vernon, Georgia":
    // a word between a town's comma and punctuation is its county or state ("In Moscow,
    // Lindqvist smiled" is someone).
    let region = n == 1
        && prev == ","
        && doc.tokens.get(after).is_none_or(|t| t.kind == Kind::Punct)
        && before.and_then(|b| b.checked_sub(1)).is_some_and(|t| {
            let l = doc.lex(t);
            let town =
                l.is(class::PLACE) && !l.is(class::GIVEN | class::SURNAME) && doc.tokens[t].has(shape::CAP);
            town || doc.is_in(t, &SETTLEMENTS) || place_phrase_ending_at(doc, t)
        });
    // "the village of Kavro Dunesk", "the island of Tersa": a place named after its kind.
    let named_place = prev == "of" && SETTLEMENTS.contains(prev2);
    let whole = doc.lex_of(c.tokens.clone());
    // "the former Tarvel region", "Kavro district": one name before a lower-case kind of place
    // is the place's.
    let kind_of_place = n == 1 && PLACE_NOUNS.contains(&next) && !doc.tokens[after].has(shape::CAP);
    // "St. Vrenko's Hospital", "Saint Vrenko's Square": a saint's name before a possessive and
    // a capitalised noun names the place.
    // "St Anne's Church": without its period "St" opens the name.
    let saint = |k: usize| ["st.", "st", "saint"].iter().any(|s| doc.is_word(k, s));
    let saints = (n == 1 && before.is_some_and(saint) || n == 2 && saint(c.tokens.start))
        && doc.kind(after) == Some(Kind::Possessive)
        && doc.tokens.get(after + 1).is_some_and(|t| t.has(shape::CAP));
    let place = whole.is(class::PLACE) || region || named_place || kind_of_place || saints;
    // "told Al Jazeera": a name of several words that the organisations list holds whole.
    if n > 1 && whole.is(class::ORG_CUE) {
        w.company();
    }
    // "Deutsche Bahn said", "Banco Santander said": a name opened by a word that opens
    // organisations' names in other languages; "Credit" at a sentence start is cut off the name
    // but still opens it.
    let opener = |k: usize| doc.lex(k).is(class::ORG_OPENER) && doc.tokens[k].has(shape::CAP);
    if n > 1 && opener(first) || before.is_some_and(opener) {
        w.company();
    }
    // "in Okonjo's camp", "in Marsh v. Tesk": the preposition governs the camp or the case,
    // not the name.
    // Not "according to Okafor", nor "went to Okafor, who …": a source, a person.
    let source = prev == "to" && prev2 == "according";
    let who = next == "," && o.next2 == "who";
    let locative =
        LOCATIVE.contains(prev) && doc.kind(after) != Some(Kind::Possessive) && !party && !source && !who;
    // The saint's "St" is the place's, no title of a person ("St Anne's Church").
    if saints {
        w.features.unset(F::TitleBefore);
    }
    // "Ana Salem, vice president Europe,": an office over a region of the world, no title and
    // name.
    let office_region = title_before && whole.is(class::REGION);
    if place && (!title_before || kind_of_place || saints || office_region) {
        w.features.set(F::Place);
        // Only what speaks or acts: a place that does is its government ("Seoul said").
        let speaks = w.features.has(F::SaysNamed) || w.features.has(F::ActsNamed);
        if n == 1
            && speaks
            && !whole.is(class::GIVEN | class::SURNAME | class::FAMILY_FIRST)
            && whole.is(class::PLACE)
        {
            w.features.set(F::PlaceOnly);
        }
        if locative || named_place || region {
            w.located = true;
        }
    }
    if locative && n == 1 && !title_before {
        w.features.set(F::LocativeOne);
    }
    // "an analyst at Morgan Stanley": a workplace.
    if prev == "at" && n >= 2 && !title_before {
        w.features.set(F::AtWorkplace);
    }
    if employs && !title_before {
        w.features.set(F::Employer);
    }
    // "the Red Cross", "the Tarvani": a determiner right before a name is rare; before two words
    // of one it all but rules a person out.
    // "the Ivo Lang translation": the determiner is the noun's the name modifies.
    // Not a place's or a team's ("the Upper Tarvan area", "the Weavers Triple A team").
    // One noun, then punctuation or a function word: "the Red Cross warned that" has a verb, "the
    // Jon Smith memorial hall" a longer thing.
    let one_noun_then = doc.tokens.get(after + 1).is_none_or(|t| t.kind != Kind::Word)
        || doc.lex(after + 1).is(class::FUNCTION);
    let modifies_noun = modifier
        && one_noun_then
        && lex[0].is(class::COMMON_GIVEN)
        && !next.ends_with("ed")
        && !doc.lex(after).is(class::SPEECH | class::PERSON_VERB)
        && !ORGANISATION_NOUNS.contains(next)
        && !PLACE_NOUNS.contains(&next);
    w.determined = prev == "the";
    if prev == "the" && (prev2 != "of" || n > 1) && !(n > 1 && modifies_noun) {
        w.features.set(if n > 1 { F::TheMany } else { F::TheOne });
    }
    // "nominated for an Oscar", "drove a Tesla": one name after "a" is a thing of that name.
    if n == 1 && matches!(prev, "a" | "an") && !title_before {
        w.features.set(F::TheOne);
    }
    // "Halden's, the grocery chain,", "Halden's has 212 stores": a possessive that owns nothing
    // names the shop.
    static SHOP_DOES: WordSet = WordSet::new(&[
        "has",
        "had",
        "said",
        "says",
        "will",
        "sells",
        "sold",
        "operates",
        "employs",
        "opened",
        "closed",
        "plans",
        "reported",
        "announced",
        "agreed",
    ]);
    if n == 1
        && doc.kind(after) == Some(Kind::Possessive)
        && (doc.text(after + 1) == ","
            && matches!(&*word(doc, Some(after + 2), sentence), "the" | "a" | "an")
            || doc.is_in(after + 1, &SHOP_DOES))
    {
        w.company();
    }
    // "Brannic fell 3%", "the Harlow Pike index rose 1.2 percent": what moves by a share of its
    // value is a stock or an index (a player "added 14 points" is no share).
    if MOVES.contains(next) && !title_before && moves_by_share(doc, after + 1) {
        w.company();
    }
    if n == 1 {
        let l = lex[0];
        let text = doc.text(first);
        // "InVantor", "DuPont": a capital inside a word is a brand ("McCaw", "O'Brien" are names).
        let inner_capital = text.char_indices().skip(1).any(|(i, ch)| {
            ch.is_uppercase()
                && !text[..i].ends_with(['\'', '\u{2019}'])
                && !["Mc", "Mac", "De", "Di", "Le", "La", "Van"].iter().any(|p| &text[..i] == *p)
        }) && !doc.tokens[first].has(shape::CAPS);
        // "Smith-Corona", "Rolls-Royce": two capitalised names joined are a company.
        let joined_names = doc.tokens[first].has(shape::HYPHEN)
            && text.split('-').filter(|p| p.chars().next().is_some_and(char::is_uppercase)).count() >= 2;
        // "Telesoft", "Ferrynews", "Facebook": a word ending in a noun of media or trade is a brand
        // (no listed name ends so).
        let lower_first = doc.lower(first);
        let brand_ending = BRAND_ENDINGS.iter().any(|e| {
            lower_first.strip_suffix(e).is_some_and(|stem| stem.chars().count() >= 3 && stem.is_ascii())
        }) && !l.is(class::GIVEN | class::SURNAME);
        // A double-barrelled surname with a person's context is a person ("Ilvane-Marsh et al.",
        // "Dr. Lloyd-Jones said").
        let said_of_a_person = cited || title_before || speaks;
        if (inner_capital || joined_names || brand_ending) && !(joined_names && said_of_a_person) {
            w.features.set(F::BrandShape);
        }
        // Such a brand is one whatever it does ("Facebook said").
        w.company |= brand_ending;
        // Written in lower case elsewhere in the article: the common word.
        if lower.contains(lower_first.as_ref()) && !title_before && !related {
            w.features.set(F::LowerElsewhere);
        }
        // "Americans", "Iraqis": a nationality in the plural.
        if let Some(singular) = lower_first.strip_suffix('s')
            && crate::extract::lexicon::LEXICON.word(singular).is(class::DEMONYM)
        {
            w.features.set(F::PluralNationality);
        }
        // "Tarvani fighters", "the Vemmic language": one word before a noun of a people, an armed
        // group or a tongue names the group, not one person of it.
        if GROUP_NOUNS.contains(next) && !doc.tokens[after].has(shape::CAP) {
            w.features.set(F::GroupNoun);
        }
        // "a local TV said", "Police said": an organisation's cue word alone is that
        // organisation ("Park", "Church" are also common surnames; "Police" is a rare one). Only
        // the occurrence: "Congress and Lang agreed" does not make Lang a firm.
        if l.is(class::ORG_CUE)
            && !l.is(class::GIVEN | class::COMMON_SURNAME | class::FAMILY_FIRST)
            && !title_before
        {
            w.features.set(F::Company);
        }
        // "NHS Tayside said": one name right after an acronym is the body's, not a person's
        // (not after a title in capitals: "DJ Vantor").
        let acronym = first.checked_sub(1).is_some_and(|a| {
            let t = doc.tokens[a];
            let letters = doc.text(a).bytes().all(|b| b.is_ascii_uppercase());
            t.kind == Kind::Word && t.has(shape::CAPS) && letters && (2..=5).contains(&t.span.len())
        });
        if acronym && !title_before && !doc.sentences[c.sentence].caps && before == first.checked_sub(1) {
            w.company();
        }
        // "Mr. President", "Madam Speaker", "a German": a title or a nationality alone names no one.
        if l.is(class::TITLE | class::DEMONYM) && !title_before || l.is(class::TITLE) {
            w.features.set(F::TitleAlone);
        }
        // "Brown, who chairs the panel, said": a known name opening a sentence before ", who"
        // is no common word capitalised there.
        let who = w.features.has(F::CommaWho) && c.opens_sentence && l.is(class::GIVEN | class::SURNAME);
        if l.is(class::WORD) && !l.is(class::GIVEN | class::SURNAME) {
            w.features.set(F::CommonWordOne);
        } else if l.is(class::WORD) && !who {
            w.features.set(F::NameWordOne);
        }
        // Capitals say "acronym" only where the words around are not in capitals too: not in
        // "OKONJO BEATS DUNESK IN FINAL".
        // Two capitals are an acronym even where a list knows them as a name ("AI", "LA"), but
        // not right after a title or in a list a plural title heads ("Senator VANTOR": a record
        // printing surnames in capitals).
        let caps_line = doc.sentences[c.sentence].caps;
        let pair = text.chars().count() == 2;
        if doc.tokens[first].has(shape::CAPS)
            && (pair || !l.is(class::GIVEN | class::SURNAME))
            && !caps_line
            && !titled
        {
            w.features.set(F::CapsOne);
        }
        // A capital opening a sentence hides a common word, a place or an acronym, not the
        // capital of a word no list knows ("Okonjo praised …").
        let hides = l.is(class::WORD | class::PLACE | class::DEMONYM | class::ORG_CUE)
            || doc.tokens[first].has(shape::CAPS);
        if c.opens_sentence && !who && hides {
            w.features.set(F::OpensSentenceOne);
        }
        // "Rebecca and I", "Rosalind's death": a common given name alone, mid-sentence.
        let only_a_name = !l.is(NOT_ONLY_A_NAME);
        if l.is(class::COMMON_GIVEN)
            && only_a_name
            && !c.opens_sentence
            && !doc.tokens[first].has(shape::CAPS)
        {
            w.features.set(F::CommonGivenAlone);
        }
    } else if common {
        w.features.set(F::CommonMany);
    }
}

/// Auxiliaries, modals and verbs of saying: after a noun they make it a clause's subject.
static CLAUSE_VERBS: WordSet = WordSet::new(&[
    "will", "would", "can", "could", "may", "might", "must", "should", "shall", "is", "was", "are", "were",
    "has", "had", "have", "did", "does", "said", "says",
]);

/// Nouns that head a company's or an institution's appositive (", a computer maker,").
static ORGANISATION_NOUNS: WordSet = WordSet::new(&[
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
    // "Aroha Nui, the movement's political wing,": a wing or an arm of something.
    "wing",
    "arm",
    "movement",
    "faction",
    "coalition",
    "alliance",
    "militia",
    "broadcaster",
    "daily",
    "store",
    "shop",
]);

/// An organisation noun, singular or plural ("bank", "banks", "companies").
pub(super) fn organisation_noun(word: &str) -> bool {
    let stem = word.strip_suffix("ies");
    ORGANISATION_NOUNS.contains(word)
        || word.strip_suffix('s').is_some_and(|w| ORGANISATION_NOUNS.contains(w))
        || stem.is_some_and(|stem| ORGANISATION_NOUNS.iter().any(|n| n.strip_suffix('y') == Some(stem)))
}

/// What a company reports or is divided into: after "X's", or after "X's" and one modifier ("X's
/// insurance unit", "X's common stock"), these make X a company.
static COMPANY_PARTS: WordSet = WordSet::new(&[
    "shares",
    "stock",
    "earnings",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "sales",
    "subsidiary",
    "subsidiaries",
    "unit",
    "units",
    "division",
    "operations",
    "shareholders",
    "stockholders",
]);

/// What else a company owns or has, right after "X's" only ("X's family business" may be anyone's).
static COMPANY_OWNS: WordSet = WordSet::new(&[
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
    "capital",
    "warrants",
    "ceo",
    "cfo",
    "buyback",
]);

/// What a company owns or reports, said right after its name.
fn company_thing(word: &str) -> bool {
    COMPANY_PARTS.contains(word) || COMPANY_OWNS.contains(word)
}

/// Where a list that ends in a name begins: "Vantor, Harlow Pike and [name]" at "Vantor". A name
/// alone, or after a comma only ("at Vantor, Ana Salem said"), begins at itself.
fn list_start(doc: &Doc, sentence: &Range<usize>, name_start: usize) -> usize {
    let mut start = name_start;
    for round in 0..3 {
        let joints: &[&str] = if round == 0 { &["and", "&", "or"] } else { &["and", "&", "or", ","] };
        let joint = start.checked_sub(1).filter(|&k| k > sentence.start && joints.contains(&doc.text(k)));
        let Some(joint) = joint else { break };
        let words = (sentence.start..joint)
            .rev()
            .take_while(|&k| doc.kind(k) == Some(Kind::Word) && doc.tokens[k].has(shape::CAP))
            .count();
        if words == 0 {
            break;
        }
        start = joint - words;
    }
    start
}

/// Context that says a name is a company or an institution: an appositive headed by a company
/// noun (", a computer maker"), "shares of X", "X's earnings", its `verb` ("X manufactures").
fn organisation_context(doc: &Doc, sentence: &Range<usize>, name: Range<usize>, verb: Option<usize>) -> bool {
    let (before, after) = (name.start, name.end);
    let at = |k: usize| word(doc, Some(k), sentence);
    let (next, next2) = (at(after), at(after + 1));
    let determiner = matches!(&*next2, "a" | "an" | "the");
    // ", a computer maker," / ", the parent of".
    // Not ", the court painter," or ", a bank manager,": a role noun makes it someone's.
    if next == "," && determiner {
        // The head comes before a preposition: ", a member of the band," is someone.
        let phrase = || {
            (after + 2..(after + 7).min(sentence.end)).take_while(|&k| {
                !matches!(doc.text(k), "," | "." | ";" | "(" | ")")
                    && !matches!(&*at(k), "of" | "at" | "in" | "for" | "with" | "from" | "on" | "to")
            })
        };
        // "…from Lise Okonkwo, the firm will appeal": a verb after the noun makes it a clause's
        // subject, not an appositive.
        let organisation = phrase()
            .find(|&k| ORGANISATION_NOUNS.contains(&at(k)))
            .is_some_and(|k| !CLAUSE_VERBS.contains(&at(k + 1)));
        if organisation && !phrase().any(|k| doc.lex(k).is(class::TITLE)) {
            return true;
        }
    }
    // "Vantor, based in Lisbon,": where a firm has its seat (a person lives or works there).
    if next == "," && next2 == "based" && at(after + 2) == "in" {
        return true;
    }
    // "Vantorix's earnings", "Brannic shares".
    if doc.kind(after) == Some(Kind::Possessive) && company_thing(&next2) {
        return true;
    }
    // "Vantorix's chief executive, Ana Salem": a firm's officer.
    let officer = matches!(&*at(after + 2), "executive" | "financial" | "operating" | "technology");
    if doc.kind(after) == Some(Kind::Possessive) && next2 == "chief" && officer {
        return true;
    }
    // "Vantor Navale's insurance unit", "Harlow Pike's third-quarter earnings".
    let modified = doc.tokens.get(after + 1).is_some_and(|t| t.kind == Kind::Word && !t.has(shape::CAP));
    if doc.kind(after) == Some(Kind::Possessive) && modified && COMPANY_PARTS.contains(&at(after + 2)) {
        return true;
    }
    // "a 20% stake in Vantor Navale", "holdings in Harlow Pike": only a company is held in shares.
    let held = |w: &str| matches!(w, "stake" | "stakes" | "shares" | "holding" | "holdings");
    if before >= 2 && before - 2 >= sentence.start && at(before - 1) == "in" && held(&at(before - 2)) {
        return true;
    }
    // "Vantorix builds ferries", "Brannic employs 9,000": what a company does.
    if verb.is_some_and(|v| matches!(doc.lower(v).as_ref(), "manufactures" | "manufactured" | "employs")) {
        return true;
    }
    if name.len() == 1 && COMPANY_PARTS.contains(&next) && !doc.tokens[after].has(shape::CAP) {
        return true;
    }
    let copula = matches!(&*next, "is" | "was" | "were");
    // "Vantorix is a small Portuguese builder of ferries": the noun the phrase ends in.
    if copula && determiner {
        let end = (after + 2..(after + 8).min(sentence.end))
            .find(|&k| doc.tokens[k].kind != Kind::Word || doc.lex(k).is(class::FUNCTION))
            .unwrap_or(sentence.end.min(after + 8));
        if end > after + 2
            && doc.kind(end) != Some(Kind::Possessive)
            && ORGANISATION_NOUNS.contains(&at(end - 1))
        {
            return true;
        }
    }
    // "Coldwater Mills posted a $3 million loss", "Lindley Barrow closed at $7.40": what a
    // company reports, how its stock trades.
    if let Some(v) = verb {
        let soon = |words: &[&str]| (v + 1..(v + 7).min(sentence.end)).any(|k| words.contains(&&*at(k)));
        let results = &["loss", "losses", "profit", "earnings", "income", "revenue", "sales", "deficit"];
        match &*at(v) {
            "posted" | "posts" | "reported" | "reports" if soon(results) => return true,
            "closed"
                if matches!(&*at(v + 1), "at" | "up" | "down" | "unchanged") && soon(&["$", "cents"]) =>
            {
                return true;
            }
            _ => {}
        }
    }
    // "Vantorix said on Tuesday that its profit fell", "Vantorix raised its forecast": a name that
    // speaks of or acts on "its" own is a firm ("Ana Salem said it was hard" stays open: "it" is
    // often no one). Not "chose Ana Salem as its chairman": "as" is no verb.
    if let Some(v) = verb.filter(|&v| !doc.lex(v).is(class::FUNCTION)) {
        const ASIDE: &[&str] = &[
            "that",
            "on",
            "in",
            "a",
            "statement",
            "late",
            "early",
            "earlier",
            "last",
            "this",
            "week",
            "today",
        ];
        let filler = |k: usize| ASIDE.contains(&&*at(k)) || doc.lex(k).is(class::WEEKDAY | class::MONTH);
        let first =
            (v + 1..(v + 8).min(sentence.end)).find(|&k| doc.kind(k) == Some(Kind::Word) && !filler(k));
        if first.is_some_and(|k| at(k) == "its") {
            return true;
        }
    }
    // "Harlow Pike economists expect", "Vantorix employees struck": a firm's staff in the plural
    // right after its name (a person's would be "aides" or "supporters").
    let staff_plural = next.strip_suffix('s').is_some_and(|one| STAFF.contains(&one))
        || matches!(&*next, "employees" | "bankers" | "shareholders");
    if staff_plural && !doc.tokens.get(after + 1).is_some_and(|t| t.has(shape::CAP)) {
        return true;
    }
    // "an analyst with Harlow Pike Mercer", "head of trading at Quill Lasker": a firm's staff
    // role, then "with" or "at", then the firm; or the firms, "analysts at Vantor and Dana
    // Whitlock" (a firm named after its founder).
    let first = list_start(doc, sentence, before);
    if first > sentence.start && matches!(&*at(first - 1), "with" | "at") {
        let reach = if at(first - 1) == "with" { 3 } else { 7 };
        // "Economists at Vantor said": the staff may open the sentence, capitalised.
        let plain = |k: usize| !doc.tokens[k].has(shape::CAP) || k == sentence.start;
        let staff_word = |w: &str| {
            STAFF.contains(&w) || w.strip_suffix('s').is_some_and(|one| STAFF.contains(&one)) || w == "head"
        };
        let staff = (first.saturating_sub(reach).max(sentence.start)..first - 1)
            .rev()
            .take_while(|&k| doc.kind(k) == Some(Kind::Word) && plain(k))
            .any(|k| staff_word(&at(k)));
        if staff && doc.kind(after) != Some(Kind::Possessive) {
            return true;
        }
    }
    // "Ann Lee at Quill Lasker said", "Ivo Lang of Harlow Pike": a person's workplace after their
    // name (not "a portrait by Hals of Maria Trip": a common given name stays someone).
    let workplace = before >= 2
        && before - 2 >= sentence.start
        && matches!(&*at(before - 1), "at" | "of")
        && name.len() >= 2
        && {
            let (p, l) = (doc.tokens[before - 2], doc.lex(before - 2));
            // "Mr. Leon of Harlow Pike": a word that is a place and a name ends a name here.
            let place = l.is(class::PLACE) && !l.is(class::GIVEN | class::SURNAME);
            // "Fans of Ana Salem": a common word capitalised by the sentence's start is no name
            // (mid-sentence, "the Campaign of …" names an event).
            let common =
                before - 2 == sentence.start && l.is(class::WORD) && !l.is(class::GIVEN | class::SURNAME);
            p.kind == Kind::Word
                && p.has(shape::CAP)
                && !place
                && !common
                && !l.is(class::TITLE | class::ORG_CUE | class::FUNCTION | class::DEMONYM)
        }
        && !doc.lex(name.start).is(class::COMMON_GIVEN)
        && doc.kind(after) != Some(Kind::Possessive);
    if workplace {
        return true;
    }
    // "rival banks Harlow Pike and …", "the Swiss insurance group Vantor Navale": an organisation
    // noun (no role) right before the name, after a modifier. After a determiner or a possessive,
    // or with a comma between, the name must close the clause: "guitarist of the band Mirela.",
    // "his band, Mirela, was formed" name the band; "the company Lang founded", "his band Okonjo
    // left" and "his publisher, Ivo Lang, who" are someone. After a preposition it never names
    // one: "money from developer Ivo Lang".
    let closed = matches!(&*next, "" | "," | "." | ";" | ":" | ")") && next2 != "who";
    if before >= 2 && before - 2 >= sentence.start {
        let comma = at(before - 1) == "," && before >= 3 && before - 3 >= sentence.start;
        let noun = if comma { before - 2 } else { before - 1 };
        let modifier = noun - 1;
        let t = doc.tokens[noun];
        let plain = |k: usize| doc.kind(k) == Some(Kind::Word) && !doc.tokens[k].has(shape::CAP);
        let determined = DETERMINERS.contains(&&*at(modifier));
        let preposition = !determined && doc.lex(modifier).is(class::FUNCTION);
        if plain(noun)
            && !t.has(shape::HYPHEN)
            && organisation_noun(&at(noun))
            && !doc.lex(noun).is(class::TITLE)
            && doc.kind(modifier) == Some(Kind::Word)
            && !preposition
            && (!(determined || comma) || closed)
        {
            return true;
        }
    }
    // "the Wendel Haig unit of Vantor", "Vantor's Corra foods unit": a part of a company.
    let part = |w: &str| matches!(w, "unit" | "subsidiary" | "division" | "affiliate");
    let owned = before > sentence.start
        && (at(before - 1) == "the" || doc.kind(before - 1) == Some(Kind::Possessive));
    let plain_next = doc.tokens.get(after).is_some_and(|t| t.kind == Kind::Word && !t.has(shape::CAP));
    if owned && (part(&next) || plain_next && part(&next2)) {
        return true;
    }
    // "Cie. de Vantor Navale", "Groupe Harlow": a firm's word from another language before it.
    let mut k = before;
    for skip in ["de", "."] {
        if k > sentence.start && at(k - 1) == skip {
            k -= 1;
        }
    }
    let firm_word = k > sentence.start
        && matches!(
            &*at(k - 1),
            "cie"
                | "cie."
                | "compagnie"
                | "societe"
                | "société"
                | "groupe"
                | "grupo"
                | "banque"
                | "banco"
                | "banca"
        );
    if firm_word {
        return true;
    }
    // "its Wendel Haig unit", "its Corra home computer": no one is "its".
    if before > sentence.start && at(before - 1) == "its" {
        return true;
    }
    // "the Aroha Nui party": a party's name.
    if next == "party" {
        return true;
    }
    // "the Hollis Marsh index", "Vantor industrials 2596.72": a market index is a firm's product.
    if matches!(&*next, "index" | "indexes" | "indices" | "average" | "industrials" | "futures") {
        return true;
    }
    // "Vantorix was founded in 1911": people are born, companies founded.
    if copula && matches!(&*next2, "founded" | "incorporated" | "listed" | "acquired") {
        return true;
    }
    // "the School of Lower Tarvan", "the Bank of Ruritania": a name after an institution's "of"
    // ("the House of Ana Vantorix" is a family's).
    let institution_of = doc.lex(before.wrapping_sub(2)).is(class::ORG_CUE)
        && doc.tokens.get(before.wrapping_sub(2)).is_some_and(|t| t.has(shape::CAP))
        && at(before.wrapping_sub(2)) != "house";
    before > sentence.start
        && before >= 2
        && at(before - 1) == "of"
        && (institution_of
            || matches!(&*at(before - 2), "shares" | "stake" | "unit" | "subsidiary" | "stock" | "division"))
}
