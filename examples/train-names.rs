//! Learns the weights of the people evidence (`assets/model/people.tsv`) from annotated text.
//!
//! ```text
//! cargo run --release --example train-names -- GOLD.jsonl [--out assets/model/people.tsv]
//!     [--cv CV.jsonl] [--folds 5] [--lambda 100] [--shift 1]
//! ```
//!
//! `GOLD.jsonl` holds one document per line: `{"id", "text", "licence", "people": [{"mentions":
//! [[start, end], …]}]}` with offsets in characters (the form of `../shared/dev/people.jsonl`).
//! Every name candidate the spotter finds is an example: a person if it overlaps an annotated
//! mention. The model is a logistic regression over the candidate's features (Newton's method),
//! each weight drawn toward the built-in one with strength `--lambda` (a new feature starts at 0),
//! written in points: a logit of 0 less `--shift` points is the person threshold, and one logit is
//! as many points as one logit of the built-in weights. The shift is there because the article
//! decides a name from its best occurrence, which wants a stricter threshold than one occurrence.
//!
//! Only documents whose text licence is a Creative Commons one are trained on. `--cv` writes what
//! the whole extraction finds in every document with a model trained on the other folds only
//! (document-level cross-validation), in the scorer's system format, so dev figures for a learned
//! model never come from documents it has seen.

use std::fmt::Write as _;
use std::path::Path;

use dateline::corpus::{Article, FileArticles, Format};
use dateline::extract::doc::Doc;
use dateline::extract::people::model::{Feature, Features, MODEL, Model};
use dateline::extract::people::{candidates, find_people_with};
use rayon::prelude::*;
use serde::Deserialize;

/// Score from which a candidate counts as a person, in points.
const PERSON: f64 = 3.0;

#[derive(Deserialize)]
struct Record {
    id: String,
    text: String,
    #[serde(default)]
    licence: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    dct: Option<String>,
    people: Vec<Person>,
}

#[derive(Deserialize)]
struct Person {
    mentions: Vec<Vec<serde_json::Value>>,
}

/// A document read as the reader reads it, with its gold mentions in bytes.
struct Document {
    id: String,
    article: Article,
    trainable: bool,
    gold: Vec<(usize, usize)>,
    /// Byte offset → character offset.
    chars: Vec<usize>,
}

struct Args {
    gold: String,
    out: Option<String>,
    cv: Option<String>,
    folds: usize,
    lambda: f64,
    /// Points taken off the intercept: the article-level decision takes the best of several
    /// occurrences, so it wants a stricter threshold than one occurrence.
    shift: f64,
}

fn args() -> Args {
    let mut it = std::env::args().skip(1);
    let mut a = Args { gold: String::new(), out: None, cv: None, folds: 5, lambda: 100.0, shift: 1.0 };
    while let Some(arg) = it.next() {
        let mut value = || it.next().unwrap_or_else(|| panic!("{arg} needs a value"));
        match arg.as_str() {
            "--out" => a.out = Some(value()),
            "--cv" => a.cv = Some(value()),
            "--folds" => a.folds = value().parse().expect("--folds N"),
            "--lambda" => a.lambda = value().parse().expect("--lambda X"),
            "--shift" => a.shift = value().parse().expect("--shift X"),
            _ => a.gold = arg,
        }
    }
    assert!(!a.gold.is_empty(), "usage: train-names GOLD.jsonl [--out F] [--cv F] [--folds N] [--lambda X]");
    a
}

fn main() {
    let args = args();
    let text = std::fs::read_to_string(&args.gold).expect("read the gold file");
    let docs: Vec<Document> = text.lines().filter(|l| !l.trim().is_empty()).map(document).collect();
    let examples: Vec<Vec<(Features, bool)>> = docs.par_iter().map(examples).collect();
    let hand: Vec<(f64, bool)> =
        examples.iter().flatten().map(|&(f, y)| (f64::from(MODEL.score(f)), y)).collect();
    let scale = hand_scale(&hand);
    println!(
        "{} documents ({} trained on), {} candidates, {} of them people; one logit = {scale:.2} points",
        docs.len(),
        docs.iter().filter(|d| d.trainable).count(),
        hand.len(),
        hand.iter().filter(|h| h.1).count()
    );
    let fit = |keep: &dyn Fn(usize) -> bool| {
        let rows: Vec<(Features, bool)> = (0..docs.len())
            .filter(|&i| docs[i].trainable && keep(i))
            .flat_map(|i| examples[i].iter().copied())
            .collect();
        let prior: Vec<f64> = MODEL.points.iter().map(|&p| f64::from(p) / scale).collect();
        to_points(&train(&rows, args.lambda, &prior), scale, args.shift)
    };
    if let Some(cv) = &args.cv {
        let mut out = String::new();
        for fold in 0..args.folds {
            let model = fit(&|i| i % args.folds != fold);
            let held: Vec<usize> = (0..docs.len()).filter(|i| i % args.folds == fold).collect();
            println!(
                "fold {fold}: log-loss on held-out candidates {:.4}",
                log_loss(&model, scale, &held, &examples)
            );
            for line in held.par_iter().map(|&i| system(&docs[i], &model)).collect::<Vec<_>>() {
                out.push_str(&line);
            }
        }
        std::fs::write(cv, out).expect("write the cross-validation output");
        println!("cross-validated output: {cv}");
    }
    let model = fit(&|_| true);
    let mut table = String::from(
        "# Points per feature of a candidate occurrence (src/extract/people/model.rs); 3 and up is a person.\n\
         # Learned by `cargo run --release --example train-names` (see assets/README.md).\n",
    );
    table.push_str(&model.write());
    match &args.out {
        Some(path) => std::fs::write(path, table).expect("write the weights"),
        None => print!("{table}"),
    }
}

fn document(line: &str) -> Document {
    let r: Record = serde_json::from_str(line).expect("a gold record");
    let mut head =
        format!("---\ntitle: \"{}\"\n", r.title.as_deref().unwrap_or(&r.id).replace(['"', '\n'], "'"));
    if let Some(dct) = &r.dct {
        let _ = writeln!(head, "date: {}", &dct[..dct.len().min(10)]);
    }
    head.push_str("---\n");
    head.push_str(&r.text);
    let article = FileArticles::read(Path::new(&format!("{}.md", r.id)), Format::Text, head.as_bytes())
        .articles
        .pop()
        .expect("an article");
    assert_eq!(article.body, r.text, "{}: the body is the text", r.id);
    let mut bytes = vec![0; r.text.len() + 1];
    let mut chars = vec![0; r.text.len() + 1];
    for (c, (b, ch)) in r.text.char_indices().enumerate() {
        bytes[c] = b;
        chars[b..b + ch.len_utf8()].fill(c);
    }
    let n = r.text.chars().count();
    bytes[n] = r.text.len();
    chars[r.text.len()] = n;
    let at = |v: &serde_json::Value| bytes[v.as_u64().expect("an offset") as usize];
    let gold = r.people.iter().flat_map(|p| &p.mentions).map(|m| (at(&m[0]), at(&m[1]))).collect();
    Document { id: r.id, article, trainable: r.licence.starts_with("CC"), gold, chars }
}

/// Every candidate of a document with whether it overlaps an annotated mention.
fn examples(d: &Document) -> Vec<(Features, bool)> {
    let doc = Doc::of(&d.article);
    candidates(&doc)
        .into_iter()
        .map(|(span, f)| (f, d.gold.iter().any(|&(s, e)| s < span.end as usize && (span.start as usize) < e)))
        .collect()
}

/// What the extraction finds in a document with `model`, as one line of the scorer's format.
fn system(d: &Document, model: &Model) -> String {
    let doc = Doc::of(&d.article);
    let people = find_people_with(&doc, model);
    let mut persons = vec![Vec::new(); people.persons.len()];
    for m in &people.mentions {
        persons[m.person as usize].push([d.chars[m.span.start as usize], d.chars[m.span.end as usize]]);
    }
    let people: Vec<_> = persons
        .into_iter()
        .enumerate()
        .map(|(i, mentions)| serde_json::json!({"name": i.to_string(), "mentions": mentions}))
        .collect();
    serde_json::json!({"id": d.id, "people": people, "dates": []}).to_string() + "\n"
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// Logistic regression by Newton's method: weights (in logits) per feature, each drawn toward
/// its `prior` with strength `lambda`.
fn train(rows: &[(Features, bool)], lambda: f64, prior: &[f64]) -> Vec<f64> {
    let d = Feature::ALL.len();
    let mut w = prior.to_vec();
    for _ in 0..100 {
        let mut hessian = vec![vec![0.0; d]; d];
        let mut gradient = vec![0.0; d];
        for &(f, y) in rows {
            let on: Vec<usize> = f.iter().map(|x| x as usize).collect();
            let p = sigmoid(on.iter().map(|&i| w[i]).sum());
            let (residual, curvature) = (f64::from(u8::from(y)) - p, p * (1.0 - p));
            for &i in &on {
                gradient[i] += residual;
                for &j in &on {
                    hessian[i][j] += curvature;
                }
            }
        }
        for i in 0..d {
            let penalty = if i == Feature::Bias as usize { 1e-6 } else { lambda };
            gradient[i] -= penalty * (w[i] - prior[i]);
            hessian[i][i] += penalty;
        }
        let step = solve(hessian, gradient);
        let largest = step.iter().fold(0.0f64, |m, s| m.max(s.abs()));
        for (w, s) in w.iter_mut().zip(step) {
            *w += s;
        }
        if largest < 1e-7 {
            break;
        }
    }
    w
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting.
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Vec<f64> {
    let n = b.len();
    for col in 0..n {
        let pivot = (col..n).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs())).unwrap_or(col);
        a.swap(col, pivot);
        b.swap(col, pivot);
        let pivot_row = a[col].clone();
        for row in col + 1..n {
            let factor = a[row][col] / pivot_row[col];
            for (x, p) in a[row][col..].iter_mut().zip(&pivot_row[col..]) {
                *x -= factor * p;
            }
            b[row] -= factor * b[col];
        }
    }
    let mut x = vec![0.0; n];
    for row in (0..n).rev() {
        let rest: f64 = (row + 1..n).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - rest) / a[row][row];
    }
    x
}

/// How many hand-set points one logit is: the slope of a logistic fit of the labels on the hand
/// scores, inverted.
fn hand_scale(hand: &[(f64, bool)]) -> f64 {
    let (mut a, mut c) = (0.0, 0.0);
    for _ in 0..100 {
        let (mut g, mut h) = ([0.0; 2], [[0.0; 2]; 2]);
        for &(s, y) in hand {
            let x = [1.0, s - PERSON];
            let p = sigmoid(c + a * x[1]);
            let r = f64::from(u8::from(y)) - p;
            for i in 0..2 {
                g[i] += r * x[i];
                for j in 0..2 {
                    h[i][j] += p * (1.0 - p) * x[i] * x[j];
                }
            }
        }
        let step = solve(h.iter().map(|r| r.to_vec()).collect(), g.to_vec());
        c += step[0];
        a += step[1];
    }
    1.0 / a
}

fn to_points(w: &[f64], scale: f64, shift: f64) -> Model {
    let points = w
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            let p = if i == Feature::Bias as usize { PERSON + scale * x - shift } else { scale * x };
            ((p * 100.0).round() / 100.0) as f32
        })
        .collect();
    Model { points }
}

fn log_loss(model: &Model, scale: f64, docs: &[usize], examples: &[Vec<(Features, bool)>]) -> f64 {
    let mut sum = 0.0;
    let mut n = 0;
    for &i in docs {
        for &(f, y) in &examples[i] {
            let p = sigmoid((f64::from(model.score(f)) - PERSON) / scale).clamp(1e-9, 1.0 - 1e-9);
            sum -= if y { p.ln() } else { (1.0 - p).ln() };
            n += 1;
        }
    }
    sum / n.max(1) as f64
}
