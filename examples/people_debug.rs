fn main() {
    for body in std::env::args().skip(1) {
        let p = dateline::extract::people::find_people(&body, &dateline::text::sentences(&body));
        for m in &p.mentions {
            println!("{:?} -> {} ({:?})", &body[m.span.clone()], p.persons[m.person].name, m.kind);
        }
        for person in &p.persons {
            println!("  {person:?}");
        }
    }
}
