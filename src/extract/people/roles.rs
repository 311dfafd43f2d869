//! Roles: a title or role phrase written before a name ("U.S. Secretary of State Mike Pompeo",
//! "White House press secretary Sarah Huckabee Sanders") and an appositive after it ("Jane Doe, a
//! former director of the agency," / "Doe is a lawyer"). Both are evidence that a name is a
//! person, and both become the person's roles.

use std::borrow::Cow;
use std::ops::Range;

use smallvec::SmallVec;

use crate::extract::doc::Doc;
use crate::extract::lexicon::{self, LEXICON, class};
use crate::extract::tokens::{Kind, shape};

/// Modifiers that lower a title's rank ("vice chairman", "deputy leader").
const LOWER_RANK: &[&str] = &["vice", "deputy", "assistant", "under", "acting", "vice-"];

/// The role phrase right before token `start` of sentence tokens `sentence`: titles, capitalised
/// words and "of" between them, without leading nationalities and places. Returns the phrase's
/// tokens when a title leads it.
pub fn role_before(doc: &Doc, sentence: Range<usize>, start: usize) -> Option<Range<usize>> {
    // "chief operating officer Ana Salem": a title of several words right before the name is
    // taken whole, whatever its inner words are.
    let mut first = (start > sentence.start)
        .then(|| title_phrase_ending_at(doc, &sentence, start - 1))
        .flatten()
        .unwrap_or(start);
    while first > sentence.start {
        let i = first - 1;
        let t = doc.tokens[i];
        let next_taken = first < start;
        let lex = t.lex;
        let accept = t.kind == Kind::Word
            && (t.is_capitalised()
                || lex.is(class::TITLE)
                || (next_taken && doc.lex_of(i..first + 1).is(class::TITLE))
                // "army chief", "party leader": an organisation's word before a title in lower
                // case (not "on a mission President …").
                || (next_taken
                    && lex.is(class::ORG_CUE)
                    && doc.lex(first).is(class::TITLE)
                    && !doc.tokens[first].is_capitalised())
                // "the transport secretary", "Britain's health minister": one plain word between
                // a determiner and a title says what the office is for.
                || (next_taken && portfolio(doc, i, first))
                // "parish president", "NASA's space operations chief": one or two plain nouns
                // that say what the office is of.
                || (next_taken && compound(doc, &sentence, i, first))
                // "president and chief executive", "chairman and CEO": two offices joined by
                // "and" are one person's (not "the president and Senator …", two people).
                || (next_taken && doc.is_word(i, "and") && joins_offices(doc, i, first))
                // "defending champion", "eighth seed", "top seed": a word that ranks the title.
                || (next_taken && ranks_a_title(doc, i) && doc.lex(first).is(class::TITLE))
                // "Secretary of State" (not "father of jazz musician …": "of" joins no
                // plain word that opens a role).
                || (doc.is_word(i, "of")
                    && next_taken
                    && (doc.tokens[first].is_capitalised() || doc.lex(first).is(class::TITLE | class::FUNCTION))
                    && i > sentence.start
                    && doc.tokens[i - 1].kind == Kind::Word)
                // "Minister of the Interior": "the" after "of" inside an office's name (not
                // "captain of the U.S. Vantor team").
                || (doc.is_word(i, "the")
                    && next_taken
                    && doc.tokens[first].is_capitalised()
                    && !doc.lex(first).is(class::PLACE | class::DEMONYM)
                    && i > sentence.start
                    && doc.is_word(i - 1, "of")));
        // "the Most Rev.": a style's first word is no function word here.
        let style = next_taken && honorific(doc, first) && RANK_MODIFIERS.iter().any(|w| doc.is_word(i, w));
        let opening_word = t.is_capitalised()
            && !lex.is(class::TITLE)
            && !style
            && (lex.is(class::FUNCTION) || i == sentence.start && opens_a_clause(doc, i));
        // "planetary scientist Dr. Ana Salem": an honorific is a role of its own.
        let after_honorific = next_taken && !t.is_capitalised() && honorific(doc, first);
        // "… Brothers Inc. Ms. Lee": a company form ends the name before the role.
        if !accept || opening_word || after_honorific || lex.is(class::COMPANY) {
            break;
        }
        first = i;
    }
    // Drop leading "of", nationalities and places: "U.S. Secretary of State" → "Secretary of State";
    // not an organisation's name: "Socialist Party leader", "Catholic Church official".
    let mut from = first;
    while from < start {
        if doc.is_word(from, "of") {
            from += 1;
            continue;
        }
        let lead = match doc.phrase_at(from, start) {
            Some((n, lex)) if lex.is(class::DEMONYM | class::PLACE) => n,
            _ if doc.lex(from).is(class::DEMONYM | class::PLACE)
                && !doc.lex(from).is(class::TITLE | class::AFFILIATION) =>
            {
                1
            }
            _ => break,
        };
        let next = from + lead;
        if next < start && doc.lex(next).is(class::ORG_CUE) && doc.tokens[next].has(shape::CAP) {
            break;
        }
        from = next;
    }
    if from >= start {
        return None;
    }
    title_in(doc, from..start).is_some().then_some(from..start)
}

/// Token `i` is the one word between a determiner (or "former", "acting": "former labour
/// minister") and the title in lower case at `title` (not "on a mission President …").
fn portfolio(doc: &Doc, i: usize, title: usize) -> bool {
    let determiner = i.checked_sub(1).is_some_and(|d| {
        doc.kind(d) == Some(Kind::Possessive)
            || lexicon::DETERMINERS.iter().any(|w| doc.is_word(d, w))
            || doc.is_word(d, "former")
            || LOWER_RANK.iter().any(|w| doc.is_word(d, w))
    });
    determiner
        && !doc.lex(i).is(class::FUNCTION)
        && doc.lex(title).is(class::TITLE)
        && !doc.tokens[title].is_capitalised()
}

/// "and" at `i` joins a title in lower case before it to the title at `first` after it, which is
/// in lower case too or an acronym ("president and chief executive", "founder and CEO").
fn joins_offices(doc: &Doc, i: usize, first: usize) -> bool {
    let lower_title = |k: usize| doc.lex(k).is(class::TITLE) && !doc.tokens[k].is_capitalised();
    let after = doc.tokens[first];
    i.checked_sub(1).is_some_and(lower_title)
        && doc.lex(first).is(class::TITLE)
        && (!after.is_capitalised() || after.has(shape::CAPS))
}

/// Words a compound role may follow: "according to", "with", "by", "and" (not a verb: "He
/// thanks parish president …").
const BEFORE_A_ROLE: &[&str] =
    &["to", "with", "by", "for", "of", "and", "from", "as", "at", "against", "former"];

/// Token `i` is one of one or two plain words in lower case before the title in lower case at
/// `first` (or the word after it) that open the role: "said hurricane center forecaster", ",
/// parish president", "NASA's space operations chief". What stands before the words must end a
/// clause or lead to a noun (a punctuation mark, a determiner, a verb of saying, a preposition),
/// so a verb ("thanks parish president") stays out.
fn compound(doc: &Doc, sentence: &Range<usize>, i: usize, first: usize) -> bool {
    let plain = |k: usize| {
        let t = doc.tokens[k];
        t.kind == Kind::Word
            && !t.is_capitalised()
            && !t.lex.is(class::FUNCTION | class::SPEECH | class::PERSON_VERB | class::AUXILIARY)
            && !["ly", "ed", "ing", "ful", "ous"].iter().any(|end| doc.text(k).ends_with(end))
    };
    let opens = |s: usize| {
        let Some(b) = s.checked_sub(1).filter(|b| *b >= sentence.start) else { return false };
        let t = doc.tokens[b];
        matches!(t.kind, Kind::Punct | Kind::Possessive)
            || t.lex.is(class::SPEECH)
            || lexicon::DETERMINERS.iter().chain(BEFORE_A_ROLE).any(|w| doc.is_word(b, w))
    };
    (first..first + 2).any(|t| {
        t > i
            && t < sentence.end
            && doc.lex(t).is(class::TITLE)
            && !doc.tokens[t].is_capitalised()
            && !doc.is_word(t, "former")
            && (i..t).all(plain)
            && (t.saturating_sub(2)..=i).any(|s| (s..i).all(plain) && opens(s))
    })
}

/// "Replied Harlow Council spokesman …", "Yesterday Trade Minister …": a verb, an adverb or a
/// day opening the sentence is no part of the role after it.
fn opens_a_clause(doc: &Doc, i: usize) -> bool {
    let lex = doc.lex(i);
    if lex.is(class::ORG_CUE | class::PLACE | class::DEMONYM | class::PHRASE) {
        return false;
    }
    let word = doc.lower(i);
    // Not a word of three letters: "Fed Chair Ana Salem", "Red Cross chief".
    lex.is(class::SPEECH | class::PERSON_VERB | class::DEICTIC | class::WEEKDAY)
        || lex.is(class::WORD) && word.len() > 3 && (word.ends_with("ed") || word.ends_with("ly"))
}

/// Words that make a rank or a style of the abbreviated title after them ("Rear Adm.", "Most
/// Rev.", "Right Hon.").
const RANK_MODIFIERS: &[&str] =
    &["rear", "vice", "staff", "master", "first", "command", "chief", "lance", "most", "right", "very"];

/// Words that place the holder of a title among others: "defending champion", "eighth seed".
const TITLE_RANKS: &[&str] = &["defending", "reigning", "outgoing", "incoming", "top", "newly-elected"];

fn ranks_a_title(doc: &Doc, i: usize) -> bool {
    doc.lex(i).is(class::ORDINAL) || TITLE_RANKS.iter().any(|w| doc.is_word(i, w))
}

/// "Mr.", "Gen.", "Ms", "Sir": a title that only addresses someone (an abbreviated title does
/// too). Never a surname, and a role of its own.
pub fn honorific(doc: &Doc, k: usize) -> bool {
    let t = doc.tokens[k];
    t.has(crate::extract::tokens::shape::DOT) && t.lex.is(class::TITLE)
        || ["mr", "mrs", "ms", "messrs", "dr", "prof", "sir", "dame"].iter().any(|w| doc.is_word(k, w))
}

/// A role phrase before a name, split at a closing form of address or regnal title: "Foreign
/// Secretary Dame" is an office and "Dame", "Prime Minister Prince" an office and "Prince"; before
/// a lone "Sir", the office written before it ("Opposition leader Sir"). The office first, each
/// when there is one.
pub fn office_and_address(
    doc: &Doc,
    sentence: Range<usize>,
    role: Range<usize>,
) -> [Option<Range<usize>>; 2] {
    // "Prime Minister Prince": a regnal title after an office is a style of its own.
    let regnal = |l: usize| doc.lex(l).is(class::REGNAL) && title_in(doc, role.start..l).is_some();
    let closing = |l: usize| l >= role.start && (honorific(doc, l) || regnal(l));
    let Some(last) = role.end.checked_sub(1).filter(|&l| closing(l)) else {
        return [Some(role), None];
    };
    // "Lt. Gen.", "Rear Adm.", "Staff Sgt.": a rank of several words is one role.
    let rank = |k: usize| honorific(doc, k) || RANK_MODIFIERS.iter().any(|w| doc.is_word(k, w));
    if role.len() > 1 && (role.start..last).all(rank) {
        return [Some(role), None];
    }
    let office = if role.len() > 1 {
        Some(role.start..last).filter(|r| title_in(doc, r.clone()).is_some())
    } else {
        role_before(doc, sentence, role.start)
    };
    [office, Some(last..role.end)]
}

/// A role set off by a comma before a name that a comma or the sentence's end closes: "its
/// chief executive, Ana Salem, said" (the apposition "the club's coach, Tobin Marsh.").
pub fn role_before_comma(
    doc: &Doc,
    sentence: Range<usize>,
    start: usize,
    end: usize,
) -> Option<Range<usize>> {
    let closed = end >= sentence.end || matches!(doc.text(end), "," | "." | ";" | ")");
    if !(closed && start > sentence.start + 1 && doc.is_word(start - 1, ",")) {
        return None;
    }
    // The role ends in its title, so a name or a title of a work listed before is none ("Star
    // Wars, Harlow Pike"), nor is a relation ("his sister, Ana").
    let last = start - 2;
    let lex = doc.lex(last);
    let title = lex.is(class::TITLE) && (!lex.is(class::RELATION) || doc.tokens[last].is_capitalised());
    if title || title_phrase_ending_at(doc, &sentence, last).is_some() {
        return role_before(doc, sentence, start - 1);
    }
    // "a spokesman for the ministry, Ivo Tarvel,", "the director of the museum, Ana Salem,": a
    // title, then what it is for or of, in a few plain words.
    let of = |k: usize| ["for", "of", "at", "to"].iter().any(|w| doc.is_word(k, w));
    let plain = |k: usize| {
        doc.tokens[k].kind == Kind::Word && !doc.lex(k).is(class::SPEECH | class::PERSON_VERB | class::TITLE)
    };
    let reach = last.saturating_sub(6).max(sentence.start);
    let head = (reach..last)
        .rev()
        .take_while(|&k| plain(k) || of(k) || doc.lex(k).is(class::TITLE))
        .find(|&k| doc.lex(k).is(class::TITLE) && of(k + 1) && (k + 2..=last).all(|j| plain(j) || of(j)))?;
    let from = role_before(doc, sentence.clone(), head + 1).map_or(head, |r| r.start);
    Some(from..start - 1)
}

/// Where a title of two or three words ending with token `i` starts ("chief executive", "head
/// of state"); none when `i` is a preposition ("spokesman for").
pub fn title_phrase_ending_at(doc: &Doc, sentence: &Range<usize>, i: usize) -> Option<usize> {
    if doc.lex(i).is(class::FUNCTION) {
        return None;
    }
    (2..=3).map(|n| (i + 1).saturating_sub(n)).find(|&from| {
        from >= sentence.start
            && from + 1 < i + 1
            && doc.lex(from).is(class::PHRASE)
            && doc.lex_of(from..i + 1).is(class::TITLE)
    })
}

/// Where the first title of tokens `range` starts (a lowering modifier such as "vice" heads it),
/// read from the tokens' classes without building strings.
pub fn title_in(doc: &Doc, range: Range<usize>) -> Option<usize> {
    for k in range.clone() {
        let lex = doc.lex(k);
        let phrase = doc.phrase_at(k, range.end).filter(|(_, l)| l.is(class::TITLE));
        if phrase.is_none() && !lex.is(class::TITLE) {
            continue;
        }
        let lowering = LOWER_RANK.iter().any(|w| doc.is_word(k, w)) || doc.is_word(k, "former");
        // "deputy chairman" is a chairman's rank; "his deputy" at the end is a title of its own
        // ("former", "acting", "vice" alone are none).
        let deputy = k + 1 == range.end && doc.is_word(k, "deputy");
        if lowering && phrase.is_none() && !deputy {
            continue;
        }
        let modified = k > range.start && LOWER_RANK.iter().any(|w| doc.is_word(k - 1, w));
        return Some(if modified { k - 1 } else { k });
    }
    None
}

/// "the rappers Tomas Hamer and …": a role noun in the plural.
pub fn plural_title(doc: &Doc, k: usize) -> bool {
    if !doc.text(k).ends_with('s') {
        return false;
    }
    let word = doc.lower(k);
    word.strip_suffix('s').is_some_and(|one| !one.ends_with('s') && LEXICON.word(one).is(class::TITLE))
}

/// Whether `role` opens with a title followed by a given or regnal name ("King", "Crown Prince
/// of Jordan").
pub fn is_regnal_role(role: &str) -> bool {
    leading_title(role).is_some_and(|(title, _)| LEXICON.any(&title).is(class::REGNAL))
}

/// Whether `role` is only a form of address ("Mr.", "Messrs."): no office to show.
pub fn is_honorific(role: &str) -> bool {
    !role.contains(' ') && LEXICON.word(&role.to_lowercase()).is(class::HONORIFIC)
}

/// Whether a title as [`leading_title`] gives it is head-level ("president", not "vice president").
pub fn is_head_title(title: &str) -> bool {
    LEXICON.any(title).is(class::HEAD)
}

/// Whether two titles as [`leading_title`] gives them name one office: the same words, or one
/// the dotted abbreviation of the other ("gov." and "governor", "sen." and "senator").
pub fn same_title(a: &str, b: &str) -> bool {
    let (bare_a, bare_b) = (a.trim_end_matches('.'), b.trim_end_matches('.'));
    let shortens = |short: &str, stem: &str, long: &str| {
        short.ends_with('.') && stem.len() >= 2 && !stem.contains(' ') && long.starts_with(stem)
    };
    bare_a == bare_b || shortens(a, bare_a, b) || shortens(b, bare_b, a)
}

/// The first title in a lower-case role phrase, and whether it is head-level (a lowering modifier
/// such as "vice" makes it not).
pub fn leading_title(phrase: &str) -> Option<(String, bool)> {
    // Run for most mentions: a lower-case phrase is borrowed and a short one stays inline.
    let lower: Cow<str> = if phrase.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        Cow::Owned(phrase.to_lowercase())
    } else {
        Cow::Borrowed(phrase)
    };
    let words: SmallVec<[&str; 8]> = lower.split_whitespace().map(|w| w.trim_end_matches(',')).collect();
    let hashes: SmallVec<[u64; 8]> = words.iter().map(|w| lexicon::word_hash(w)).collect();
    let mut prefixes = [0u64; 16];
    let longest = LEXICON.longest_phrase.min(prefixes.len());
    for start in 0..words.len() {
        // The hashes of the phrases starting here, made in one pass, then tried longest first.
        let longest = longest.min(words.len() - start);
        let mut h = lexicon::PHRASE_SEED;
        for (len, &word) in hashes[start..start + longest].iter().enumerate() {
            h = lexicon::phrase_step(h, word);
            prefixes[len] = h;
        }
        for len in (1..=longest).rev() {
            let lex = if len == 1 {
                LEXICON.hashed(hashes[start])
            } else {
                LEXICON.phrase_hashed(prefixes[len - 1])
            };
            if !lex.is(class::TITLE) {
                continue;
            }
            let candidate = words[start..start + len].join(" ");
            if LOWER_RANK.contains(&candidate.as_str()) || candidate == "former" {
                continue;
            }
            let before = (start > 0).then(|| words[start - 1]);
            return Some(match before.filter(|w| LOWER_RANK.contains(w)) {
                Some(modifier) => (format!("{modifier} {candidate}"), false),
                None => (candidate, lex.is(class::HEAD)),
            });
        }
    }
    None
}

/// Verbs that give the subject a role: "was appointed chief executive", "became president".
const APPOINTED: &[&str] = &["appointed", "named", "elected", "became", "becomes", "promoted", "sworn"];

/// Verbs that give it with "as": "served as minister", "took over as manager".
const SERVED_AS: &[&str] =
    &["served", "serves", "worked", "works", "remains", "remained", "returns", "returned"];

/// What may stand between a name and such a verb: "has been named", "was later appointed".
const AUXILIARIES: &[&str] =
    &["was", "is", "were", "has", "had", "have", "been", "will", "be", "later", "then"];

/// Where the role starts after a verb of appointment right after a name at `i`: "was appointed
/// chief executive", "has been named as", "became", "served as", "took over as", "was sworn in as".
/// Read at every name: short lists compared word by word (most words differ in length at once)
/// cost less here than a set's hashing.
fn appointment(doc: &Doc, sentence: &Range<usize>, mut i: usize) -> Option<usize> {
    let among = |k: usize, words: &[&str]| words.iter().any(|w| doc.is_word(k, w));
    // ", who served as ambassador,".
    if doc.is_word(i, ",") && doc.is_word(i + 1, "who") {
        i += 2;
    }
    let mut passive = false;
    while i < sentence.end && among(i, AUXILIARIES) {
        passive |= among(i, &["was", "is", "were", "been", "be"]);
        i += 1;
    }
    // "Ana Salem was named chief executive" is her role; "Ana Salem named Ivo Lang as her
    // deputy" and "has appointed a deputy" are someone else's ("became" needs no "was").
    let active = !passive && !among(i, &["became", "becomes"]);
    let k = if among(i, APPOINTED) && !active {
        // "sworn in as", "named as".
        let k = if doc.is_word(i, "sworn") && doc.is_word(i + 1, "in") { i + 2 } else { i + 1 };
        if doc.is_word(k, "as") { k + 1 } else { k }
    } else if among(i, SERVED_AS) && doc.is_word(i + 1, "as") {
        i + 2
    } else if among(i, &["took", "takes", "take"]) && doc.is_word(i + 1, "over") && doc.is_word(i + 2, "as") {
        i + 3
    } else {
        return None;
    };
    (k < sentence.end).then_some(k)
}

/// An appositive or copular role after a name ending before token `i`: ", a former director of
/// the agency,", "is a lawyer" or "as chief executive". Returns the role's tokens.
pub fn appositive(doc: &Doc, sentence: Range<usize>, mut i: usize) -> Option<Range<usize>> {
    // "Ana Salem, 45, a lawyer,": an age between commas comes first.
    let age = doc.kind(i + 1) == Some(Kind::Number) && doc.text(i + 1).len() <= 3;
    if doc.is_word(i, ",") && age && doc.is_word(i + 2, ",") {
        i += 2;
    }
    // "named Ana Salem as chief financial officer" reads as "Ana Salem is chief financial
    // officer"; so do "was appointed chief executive", "became president", "served as minister".
    let who = doc.is_word(i, ",") && doc.is_word(i + 1, "who");
    let appointed =
        (who || doc.kind(i) == Some(Kind::Word)).then(|| appointment(doc, &sentence, i)).flatten();
    let as_role = doc.is_word(i, "as") || appointed.is_some();
    let copular = doc.is_word(i, "is") || doc.is_word(i, "was") || as_role;
    if let Some(k) = appointed {
        i = k;
    } else if doc.is_word(i, ",") || copular {
        i += 1;
    } else if doc.is_word(i, "-") && doc.is_word(i + 1, "-") {
        i += 2;
    } else if doc.is_word(i, "\u{2014}") || doc.is_word(i, "\u{2013}") {
        i += 1;
    } else {
        return None;
    }
    if ["and", "or", "but"].iter().any(|w| doc.is_word(i, w)) {
        // ", and Mr. Brannic rose": a conjunction opens the next clause or list item.
        return None;
    }
    if doc.is_word(i, "a") || doc.is_word(i, "an") || doc.is_word(i, "the") {
        i += 1;
    } else if copular && !as_role {
        return None;
    } else if !(doc.tokens.get(i).is_some_and(|t| t.kind == Kind::Word)
        && (doc.lex(i).is(class::TITLE)
            || doc.tokens[i].has(crate::extract::tokens::shape::CAP)
            || doc.lex(i + 1).is(class::TITLE)
            || doc.kind(i + 1) == Some(Kind::Possessive)))
    {
        // Without an article the role must start with its title or a name: ", former director of …",
        // ", New Zealand's prime minister,"; not ", with whom the queen dined".
        return None;
    }
    // "as its chairman": the firm's "its" says nothing of the role.
    if (doc.is_word(i, "its") || doc.is_word(i, "their")) && doc.lex(i + 1).is(class::TITLE) {
        i += 1;
    }
    // "the company's chief financial officer": a possessor in lower case only says "its".
    if doc.kind(i + 1) == Some(Kind::Possessive)
        && doc.tokens.get(i).is_some_and(|t| t.kind == Kind::Word && !t.is_capitalised())
        && doc.lex(i + 2).is(class::TITLE | class::WORD)
    {
        i += 2;
    }
    // "In his letter to Ana Salem, Mr. Lang asked …": an honorific and a name open the clause; "Dr.
    // Lang's assistant" is a role.
    if i < sentence.end && honorific(doc, i) {
        let mut k = i + 1;
        while doc.tokens.get(k).is_some_and(|t| t.kind == Kind::Word && t.is_capitalised()) {
            k += 1;
        }
        if doc.kind(k) != Some(Kind::Possessive) {
            return None;
        }
    }
    let start = i;
    // "_" is a dash in wire copy.
    const STOP: &[&str] = &[
        ",", "-", "_", "\u{2014}", "\u{2013}", ")", "(", ".", ";", ":", "who", "which", "that", "whose",
        "\"", "\u{201c}", "\u{201d}",
    ];
    // A hyphen inside a word ("a 19-year-old student") is no dash.
    let joined = |k: usize| doc.tokens.get(k).is_some_and(|t| t.has(crate::extract::tokens::shape::JOINED));
    let stop = |k: usize| {
        STOP.iter().any(|w| doc.is_word(k, w)) && !(doc.is_word(k, "-") && joined(k) && joined(k + 1))
    };
    // "was appointed chief executive in May": when and where it happened is no part of the role.
    const WHEN: &[&str] = &["in", "on", "after", "before", "since", "until", "last", "this", "next", "when"];
    let when = |k: usize| {
        as_role
            && (WHEN.iter().any(|w| doc.is_word(k, w))
                || doc.kind(k) == Some(Kind::Number)
                || doc.lex(k).is(class::MONTH | class::WEEKDAY))
    };
    // ", an epidemiologist at the university and the study's lead author,": a second article
    // opens a second role; the first is the one shown.
    let second =
        |k: usize| doc.is_word(k, "and") && lexicon::DETERMINERS.iter().any(|w| doc.is_word(k + 1, w));
    let ends = |k: usize| stop(k) || when(k) || copular && doc.is_word(k, "and");
    let whole = (i..sentence.end).find(|&k| ends(k)).unwrap_or(sentence.end.max(i));
    i = (i..whole).find(|&k| second(k)).unwrap_or(whole);
    // After "is" a long phrase is a clause; after "as" a noun phrase may name a whole
    // institution ("as director of the Harlow Museum of Modern Art").
    let longest = if as_role {
        10
    } else if copular {
        6
    } else {
        15
    };
    if i == start || i - start > longest {
        return None;
    }
    // A noun phrase has no verb of its own, nor has a second role after it: ", Ana Salem and Lady
    // Bo were among the stars" is a list and a clause.
    const VERBS: &[&str] = &["is", "are", "was", "were", "has", "have", "had", "said", "says"];
    if (start..whole).any(|k| VERBS.iter().any(|w| doc.is_word(k, w))) {
        return None;
    }
    // The title must head the phrase: "a vice chairman of …", "a former top intelligence chief",
    // not "the kind of leader".
    // Four words before it only without "and" ("a former Air Force test pilot", not "Ana Salem
    // and former drummer Ivo Lang …": a list of other people).
    let head = title_in(doc, start..i).filter(|&k| {
        let before = (start..k).filter(|&j| !joined(j)).count();
        before < 4 || before == 4 && !(start..k).any(|j| doc.is_word(j, "and"))
    })?;
    // ", Vice President Venn,", ", Senator Okonjo and Senator Pike": a title and a name is
    // someone else, listed.
    let end = (head + 1..i).find(|&k| doc.is_word(k, "and")).unwrap_or(i);
    let last = end - 1;
    // ", Vice President Europe,", ", managing director Latin America,": a region is part of the
    // office; ", political adviser Uzo Tula," ends in a town but opens with no word of a place.
    // Read only for a run of capitalised words after the title (most roles have none).
    let region = || {
        let place_phrase =
            doc.phrase_at(head + 1, end).is_some_and(|(n, lex)| n == end - head - 1 && lex.is(class::PLACE));
        place_phrase
            || doc.lex(last).is(class::PLACE)
                && doc.lex(head + 1).is(class::WORD | class::PLACE | class::DEMONYM)
    };
    let named = last > head
        && (head + 1..end).all(|k| doc.tokens[k].has(crate::extract::tokens::shape::CAP))
        && !doc.lex(last).is(class::TITLE | class::ORG_CUE | class::DEMONYM)
        && !region();
    // After "as" or a verb of appointment the role is all the noun phrase says: its last noun,
    // before any "of" or "at", is the title ("became head of research at …", not "became the
    // first private design office").
    let noun_end = (start..i).find(|&k| ["of", "at", "to", "for", "with"].iter().any(|w| doc.is_word(k, w)));
    let noun_end = noun_end.unwrap_or(i);
    let headed = !as_role
        || noun_end > start
            && (doc.lex(noun_end - 1).is(class::TITLE)
                || title_phrase_ending_at(doc, &sentence, noun_end - 1).is_some());
    (headed && !named && !(start..head).any(|k| doc.is_word(k, "of"))).then_some(start..i)
}
