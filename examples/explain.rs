//! Shows what extraction finds in a piece of text: `cargo run --example explain -- [--date YYYY-MM-DD] "text" ...`
//!
//! Each mention with the person it was linked to, each person with roles and variants, and each
//! date expression with its value. A tool for looking into a surprising result.

use chrono::NaiveDate;
use dateline::corpus::paragraphs;
use dateline::extract::{dates, people};
use dateline::text::sentences;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut reference = None;
    if args.first().map(String::as_str) == Some("--date") && args.len() > 1 {
        reference = NaiveDate::parse_from_str(&args[1], "%Y-%m-%d").ok();
        args.drain(..2);
    }
    for body in args {
        let found = people::find_people(&body, &sentences(&body));
        for m in &found.mentions {
            println!("{:?} -> {} ({:?})", &body[m.span], found.persons[m.person as usize].name, m.kind);
        }
        for p in &found.persons {
            println!("  person {:?}: roles {:?}, variants {:?}", p.name, p.roles, p.variants);
        }
        for d in dates::find_dates(&body, &paragraphs(&body), &sentences(&body), reference) {
            println!("  date {:?} = {:?}", &body[d.span], d.value.map(|v| v.to_string()));
        }
    }
}
