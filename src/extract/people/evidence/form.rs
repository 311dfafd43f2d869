//! The shape of a name: known given names and surnames, initials, a family name written first,
//! a place or a common noun inside.

use super::{Occurrence, Weight};
use crate::extract::lexicon::{LEXICON, Lex, class, syllables};
use crate::extract::people::model::Feature as F;
use crate::extract::tokens::{Kind, shape};

/// Bodies named after their place or founder that no one bears as a surname: "Tarvan Police",
/// "Harlow Council", "Vantor University" speak and act as people do.
const INSTITUTIONS: &[&str] = &[
    "police",
    "council",
    "ministry",
    "university",
    "committee",
    "commission",
    "department",
    "agency",
    "authority",
    "government",
    "parliament",
    "assembly",
    "embassy",
    "consulate",
    "hospital",
    "institute",
    "foundation",
    "federation",
    "association",
    "bureau",
];

/// Weighs the shape of the occurrence's name.
pub(super) fn weigh(o: &Occurrence, w: &mut Weight) {
    let (doc, sentence, after, next) = (o.doc, &o.sentence, o.after, &*o.next);
    let (words, lex, first, last, n) = (&o.words, &o.lex, o.first, o.last, o.words.len());
    // A letter at the end is a numeral or a class, not an initial ("World War I", "Class A"),
    // unless a period of its own follows it.
    let initial = |(i, &k): (usize, &usize)| {
        let t = doc.tokens[k];
        t.has(shape::INITIAL) && (i + 1 < n || t.has(shape::DOT) && k + 1 < sentence.end)
            || i + 1 < n
                && (crate::extract::people::spotting::dotted_initials(doc, k)
                    || crate::extract::people::spotting::bare_initials(doc, k))
                && !doc.tokens[last].has(shape::INITIAL)
    };
    let initials = words.iter().enumerate().any(initial) && n >= 2;
    // "U. S.", "J. K.": initials with no name to go with them abbreviate a place or a body.
    if n >= 2 && words.iter().all(|&k| doc.tokens[k].has(shape::INITIAL)) {
        w.features.set(F::AllInitials);
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
    if o.patronymic {
        w.features.set(F::Patronymic);
    }
    // "Sato Hiroshi", "Nagy Erzsébet": a word that is only a surname, then one that is only a
    // given name, is a name written family first.
    let not_only_a_name = class::WORD | class::PLACE;
    let reversed = n == 2
        && lex[0].is(class::SURNAME)
        && !lex[0].is(class::GIVEN | not_only_a_name)
        && lex[1].is(class::GIVEN)
        && !lex[1].is(class::SURNAME | not_only_a_name);
    if family_first || pinyin || reversed {
        w.family_first = true;
        w.features.set(F::FamilyFirst);
    }
    if n >= 2 {
        // A given name counts fully only when it is nothing else: baby-name lists hold "Early",
        // "Roman" and "York" too.
        let g = lex[0];
        if g.is(class::GIVEN) {
            w.features.set(if g.is(class::COMMON_GIVEN) {
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
        let double_barrelled =
            last_text.contains('-') && last_text.split('-').all(|p| LEXICON.word(p).is(class::SURNAME));
        let surname = lex[n - 1].is(class::SURNAME) || double_barrelled;
        if surname {
            w.features.set(F::SurnameLast);
            // "Josh Abbott", "Cade O'Leary": a known surname after a word that is no common
            // noun, place or organisation is most likely given name and surname.
            let plausible_given =
                g.is(class::GIVEN) || !g.is(class::WORD | class::PLACE | class::ORG_CUE | class::FUNCTION);
            if plausible_given && n == 2 && !lex[n - 1].is(class::WORD) {
                w.features.set(F::SurnameAfterGiven);
            }
        }
        // "Harbour Lights", "Maple Abbey", "Silver Music": a common noun at the end is a title of
        // a work, a team or a place more often than a surname.
        if lex[n - 1].is(class::WORD) && !lex[n - 1].is(class::SURNAME | class::GIVEN) {
            w.features.set(F::CommonNounLast);
        }
        if initials {
            w.features.set(F::Initials);
        }
        // A given name first counts as a name even where a place is called so ("Vladimir Okonjo").
        let place = |i: usize, l: &Lex| l.is(class::PLACE) && !(i == 0 && l.is(class::GIVEN));
        if !lex.iter().enumerate().any(|(i, l)| l.is(class::WORD | class::ORG_CUE) || place(i, l)) {
            w.features.set(F::NoCommonWord);
        }
        // "North Dayton", "Upper Austria", "Musée de Lyon": a place inside.
        // "Roman England": an era's adjective (a common word, no common given name) before a
        // country is the country, even where a list knows the country as a surname too. ("Nazi
        // Poland" is cut at the demonym when spotted.)
        let qualified_place = n == 2
            && lex[1].is(class::PLACE)
            && !lex[1].is(class::GIVEN)
            && g.is(class::WORD)
            && !g.is(class::COMMON_GIVEN);
        let place_inside =
            qualified_place || lex.iter().any(|l| l.is(class::PLACE) && !l.is(class::GIVEN | class::SURNAME));
        if place_inside {
            w.features.set(F::PlaceInside);
        }
        // "Dayton Hornets", "Fresno Falcons", "Tulsa Colts": a place and a plural is a team,
        // even where the place is also a name, when the plural is a common noun's. Not a common
        // given name and a surname ("Austin Brooks").
        let plural =
            last_text.strip_suffix('s').filter(|_| !lex[n - 1].is(class::GIVEN)).is_some_and(|one| {
                let common = || lex[n - 1].is(class::WORD) || LEXICON.word(one).is(class::WORD);
                !lex[n - 1].is(class::SURNAME) && place_inside
                    || common() && !(g.is(class::COMMON_GIVEN) && lex[n - 1].is(class::SURNAME))
            });
        if g.is(class::PLACE) && plural {
            w.features.set(F::PlaceTeam);
        }
        // "Jefferson Hall", "Monroe Park": a building named after someone, not the person.
        if n == 2
            && lex[1].is(class::ORG_CUE)
            && g.is(class::PLACE | class::SURNAME)
            && !g.is(class::COMMON_GIVEN)
        {
            w.features.set(F::CueLast);
        }
        if !g.is(class::COMMON_GIVEN) && INSTITUTIONS.contains(&&*last_text) {
            w.features.set(F::Institution);
        }
        if [
            "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
            "upper", "lower", "greater",
        ]
        .iter()
        .any(|w| doc.is_word(first, w))
        {
            w.features.set(F::Compass);
        }
    }

    // "Shelby Hills, California", "Red Oaks, Iowa": a place named with its state or
    // country.
    if next == "," {
        let region = (after + 1..sentence.end).find(|&k| doc.tokens[k].kind == Kind::Word);
        if region.is_some_and(|k| {
            let l = doc.lex(k);
            l.is(class::PLACE) && !l.is(class::GIVEN | class::SURNAME) && doc.tokens[k].has(shape::CAP)
                || crate::extract::people::spotting::state_abbreviation(doc, k)
        }) {
            w.features.set(F::PlaceWithRegion);
        }
    }
}
