//! Shows what extraction finds in a piece of text:
//! `cargo run --example explain -- [--date YYYY-MM-DD] [--why] "text" ...`
//!
//! Each mention with the person it was linked to, each person with roles and variants, and each
//! date expression with its value; with `--why`, each name candidate's features and points too.
//! A tool for looking into a surprising result.

use std::path::Path;

use dateline::corpus::{ArticleDate, FileArticles, Format};
use dateline::extract::doc::Doc;
use dateline::extract::extract;
use dateline::extract::people::candidates;
use dateline::extract::people::model::MODEL;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut reference = None;
    if args.first().map(String::as_str) == Some("--date") && args.len() > 1 {
        reference = chrono::NaiveDate::parse_from_str(&args[1], "%Y-%m-%d").ok().map(ArticleDate::day);
        args.drain(..2);
    }
    let why = args.first().map(String::as_str) == Some("--why");
    if why {
        args.remove(0);
    }
    for text in args {
        let Some(mut article) =
            FileArticles::read(Path::new("text.txt"), Format::Text, text.as_bytes()).articles.pop()
        else {
            continue;
        };
        article.date = reference;
        let found = extract(&article);
        let body = &article.body;
        if why {
            let doc = Doc::of(&article);
            for (span, features) in candidates(&doc) {
                let names: Vec<_> = features.iter().map(|f| format!("{f:?}")).collect();
                println!(
                    "candidate {:?}: {} points, {}",
                    &body[span],
                    MODEL.score(features),
                    names.join(" ")
                );
            }
        }
        for m in &found.people.mentions {
            let person = &found.people.persons[m.person as usize];
            println!("{:?} -> {} ({:?})", &body[m.span], person.name(body), m.kind);
        }
        for (i, p) in found.people.persons.iter().enumerate() {
            let roles: Vec<_> = found.people.roles(i, body).collect();
            let variants: Vec<_> = found.people.variants(i, body).collect();
            println!("  person {:?}: roles {roles:?}, variants {variants:?}", p.name(body));
        }
        for d in &found.dates {
            println!("  date {:?} = {:?}", &body[d.span], d.value.map(|v| v.to_string()));
        }
    }
}
