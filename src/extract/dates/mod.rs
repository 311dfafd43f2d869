//! Date expressions in an article: where they are and what they mean against its date.
//!
//! [`grammar`] reads the shape of each expression from the tokens as a [`grammar::Form`];
//! [`cues`] drops words that only look like dates ("May" the verb, "2010 people"); [`resolve`]
//! places each on the calendar using the tense of its clause, the date named just before it and,
//! in a quarterly report, the quarter being reported.

mod cues;
pub mod grammar;
mod resolve;

use serde::{Deserialize, Serialize};

use super::doc::Doc;
use super::tense::tense_at;
use super::timex::TimexValue;
use crate::corpus::ParagraphKind;
use crate::span::Span;
use grammar::{Form, Match, Reader};
use resolve::Context;

/// A date expression: its span in the body and its value, `None` when it cannot be resolved
/// (a relative expression in an undated article, "the next day" with no day before it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    pub span: Span,
    pub value: Option<TimexValue>,
}

/// How many sentences back a date may be to anchor "the next day" or "three weeks later".
const ANCHOR_SENTENCES: usize = 3;

/// Words before "the next year" that make it a length of time.
const SPAN_WORDS: &[&str] = &["over", "for", "during", "within", "in", "throughout", "through"];

/// Words of a year-over-year comparison in a results story ("up from …", "compared with …").
/// Verbs that move a time limit ("postponed until Tuesday", "has given them until 9 a.m.
/// Friday", "extended the deadline until Monday"): the limit lies ahead even in a past clause.
const DEFERRAL: &[&str] = &["postpon", "delay", "extend", "defer", "adjourn", "gave", "given", "grant"];

const COMPARISON: &[&str] =
    &["from", "compared", "versus", "vs.", "against", "than", "earlier", "ago", "year-earlier"];

/// Finds the date expressions of a document (outside credit lines) and resolves them.
pub fn find_dates(doc: &Doc) -> Vec<DateMention> {
    let mut found: Vec<(usize, Match)> = Vec::new();
    for (si, sentence) in doc.sentences.iter().enumerate() {
        if sentence.kind == ParagraphKind::Credit {
            continue;
        }
        let reader = Reader::new(doc, si);
        let mut i = sentence.tokens.start;
        while i < sentence.tokens.end {
            match reader.at(i).filter(|m| cues::stands(doc, m)) {
                Some(m) => {
                    i = m.tokens.end;
                    found.push((si, m));
                }
                None => i += 1,
            }
        }
    }
    let reported = reported_quarter(doc, &found);
    let mut out = Vec::with_capacity(found.len());
    // The last date with a value: its sentence and where it ends.
    let mut anchor: Option<(TimexValue, usize, usize)> = None;
    let mut found = found.into_iter().peekable();
    while let Some((si, mut m)) = found.next() {
        // "the day before last Tuesday", "the week after Christmas": one expression, counted
        // from the date that follows it.
        let counted_from_next = matches!(m.form, Form::Narrative { spanning: false, .. })
            && found.peek().is_some_and(|(sj, n)| *sj == si && n.tokens.start == m.tokens.end);
        let mut from_next = None;
        if counted_from_next && let Some((_, next)) = found.next() {
            from_next =
                Some(context(doc, si, &next, anchor, reported).and_then(|c| resolve::resolve(next.form, &c)));
            m.tokens.end = next.tokens.end;
        }
        // The context of the whole expression: its tense, a possessive after it.
        let Some(mut cx) = context(doc, si, &m, anchor, reported) else { continue };
        if let Some(from) = from_next {
            cx.anchor = from;
        }
        let value = resolve::resolve(m.form, &cx);
        if let Some(v) = value.filter(|v| v.interval().is_some()) {
            anchor = Some((v, si, m.tokens.end));
        }
        out.push(DateMention { span: doc.span(m.tokens.clone()), value });
    }
    out
}

/// What resolving `m` in sentence `si` needs to know; `None` for a recurring time ("every
/// winter", "each Thursday": a TimeML set is no point on the timeline).
fn context(
    doc: &Doc,
    si: usize,
    m: &Match,
    anchor: Option<(TimexValue, usize, usize)>,
    reported: Option<(i32, u32)>,
) -> Option<Context> {
    let sentence = &doc.sentences[si];
    let previous =
        m.tokens.start.checked_sub(1).filter(|&k| k >= sentence.tokens.start).map(|k| doc.lower(k));
    if previous.as_ref().is_some_and(|w| matches!(w.as_ref(), "every" | "each")) {
        return None;
    }
    let deadline =
        previous.as_ref().is_some_and(|w| matches!(w.as_ref(), "by" | "until" | "till" | "through"));
    Some(Context {
        dct: doc.dct,
        tense: tense_at(doc, sentence.tokens.clone(), m.tokens.clone()),
        anchor: anchor.filter(|(_, at, _)| si - at <= ANCHOR_SENTENCES).map(|(v, _, _)| v),
        anchor_here: anchor.is_some_and(|(_, at, end)| {
            at == si && !clause_closed(doc, &sentence.tokens, end, m.tokens.start)
        }),
        reported,
        comparison: reported.is_some() && sentence_has(doc, si, COMPARISON),
        spanning: previous.as_ref().is_some_and(|w| SPAN_WORDS.contains(&w.as_ref())),
        deadline,
        // Only a deadline asks (a scan of the clause before it).
        deferred: deadline
            && (sentence.tokens.start..m.tokens.start)
                .any(|k| DEFERRAL.iter().any(|stem| doc.lower(k).starts_with(stem))),
        possessive: doc.kind(m.tokens.end) == Some(super::tokens::Kind::Possessive),
    })
}

/// Whether the date ending at token `end` stands in a relative clause that closes before token
/// `at`: in "Salem, who took over in 2025, said more strikes in February are possible" the year
/// is not February's.
fn clause_closed(doc: &Doc, sentence: &std::ops::Range<usize>, end: usize, at: usize) -> bool {
    let opened = (sentence.start..end)
        .rev()
        .take_while(|&k| !doc.is_word(k, ","))
        .any(|k| doc.is_word(k, "who") || doc.is_word(k, "which"));
    let comma = (end..at).find(|&k| doc.is_word(k, ","));
    // "Under a plan approved in 1987 that set no amount, it had bought shares through Sept. 29":
    // a year in a phrase that goes on after it is that phrase's ("In 1910, on October 5" frames).
    comma.is_some_and(|c| opened || c > end)
}

fn sentence_has(doc: &Doc, si: usize, words: &[&str]) -> bool {
    doc.sentences[si].tokens.clone().any(|k| words.iter().any(|w| doc.is_word(k, w)))
}

/// The quarter a results story reports on: the quarter it names without a year ("third-quarter
/// profit", "the quarter ended April 30"), placed against the article's date; `None` when the
/// article names no quarter.
fn reported_quarter(doc: &Doc, found: &[(usize, Match)]) -> Option<(i32, u32)> {
    let dct = doc.dct?;
    let named = found.iter().find_map(|(_, m)| match m.form {
        Form::Quarter { year: None, step: 0, .. } | Form::QuarterEnded { .. } => Some(m.form),
        _ => None,
    });
    let mentions_quarter = found.iter().any(|(_, m)| matches!(m.form, Form::ReportedQuarter { .. }));
    let cx = Context {
        dct: Some(dct),
        tense: super::tense::Tense::Past,
        anchor: None,
        anchor_here: false,
        reported: None,
        comparison: false,
        spanning: false,
        deadline: false,
        deferred: false,
        possessive: false,
    };
    match named {
        Some(form) => match resolve::resolve(form, &cx)? {
            TimexValue::Quarter(y, q) => Some((y, u32::from(q))),
            _ => None,
        },
        None if mentions_quarter => match resolve::resolve(Form::ReportedQuarter { years_back: 0 }, &cx)? {
            TimexValue::Quarter(y, q) => Some((y, u32::from(q))),
            _ => None,
        },
        None => None,
    }
}

#[cfg(test)]
mod tests;
