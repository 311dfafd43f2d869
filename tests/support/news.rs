//! Generated news articles for benchmarks, scale tests and `examples/gen-corpus`: realistic in
//! shape (front matter, headline, people introduced with a title and followed up by surname,
//! family-name-first names, places, organisations, dated expressions of every kind, photo captions
//! and credits), deterministic from a seed, and made of invented combinations of common names.

use super::rng::Rng;

const GIVEN: &[&str] = &[
    "Anna", "Marco", "Sofia", "James", "Laura", "Daniel", "Elena", "Thomas", "Maria", "Peter", "Claire",
    "Ahmed", "Fatima", "Omar", "Leila", "Carlos", "Lucia", "Javier", "Ines", "Pierre", "Amelie", "Hans",
    "Greta", "Ivan", "Olga", "Rahul", "Priya", "Kwame", "Amara", "Tariq", "Yusuf", "Nadia", "Erik", "Ingrid",
    "Paolo", "Giulia", "Sean", "Aoife", "Michael", "Sarah", "David", "Rachel", "Robert", "Linda", "Kevin",
    "Emily", "Brian", "Megan", "Victor", "Helena",
];
const SURNAMES: &[&str] = &[
    "Novak",
    "Ferreira",
    "Lindqvist",
    "Hartmann",
    "Okafor",
    "Mensah",
    "Haddad",
    "Rahman",
    "Delgado",
    "Moreau",
    "Castillo",
    "Brennan",
    "Kowalski",
    "Petrov",
    "Sato",
    "Ivanova",
    "Mehta",
    "Banerjee",
    "Osei",
    "Nakamura",
    "Schneider",
    "Romano",
    "Costa",
    "Dubois",
    "Walsh",
    "Fischer",
    "Jansen",
    "Bakker",
    "Andersen",
    "Larsen",
    "Horvath",
    "Popescu",
    "Yilmaz",
    "Demir",
    "Kaplan",
    "Abbott",
    "Whitaker",
    "Prescott",
    "Holloway",
    "Carver",
    "Sutherland",
    "Ramsey",
    "Thornton",
    "Mercer",
    "Galloway",
    "Pruitt",
    "Lockhart",
    "Vance",
    "Harlow",
    "Quinlan",
];
/// Family name, then a two-syllable given name: "Park Min-jun", "Wang Li-na".
const FAMILY: &[&str] = &["Park", "Kim", "Lee", "Choi", "Wang", "Zhang", "Liu", "Chen", "Nguyen", "Tran"];
const SYLLABLES: &[&str] =
    &["Min", "Jun", "Seo", "Yeon", "Li", "Na", "Wei", "Hua", "Jin", "Hyun", "Sung", "Mei", "Tao", "Hai"];
const TITLES: &[&str] = &[
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Finance Minister",
    "Defence Minister",
    "Senator",
    "Governor",
    "Mayor",
    "Gen.",
    "Dr.",
    "Judge",
    "Ambassador",
    "Chancellor",
    "Secretary of State",
];
const ROLES: &[&str] = &[
    "the chief executive of",
    "a spokeswoman for",
    "a spokesman for",
    "the head of",
    "an analyst at",
    "a senior adviser to",
    "the chairman of",
    "a researcher at",
];
const CITIES: &[&str] = &[
    "Berlin",
    "Paris",
    "Madrid",
    "Lisbon",
    "Warsaw",
    "Prague",
    "Vienna",
    "Rome",
    "Athens",
    "Ankara",
    "Cairo",
    "Nairobi",
    "Lagos",
    "Accra",
    "Seoul",
    "Tokyo",
    "Beijing",
    "Hanoi",
    "Jakarta",
    "Manila",
    "Sydney",
    "Toronto",
    "Chicago",
    "Boston",
    "Denver",
    "Lima",
    "Santiago",
    "Bogota",
    "Mexico City",
    "New Delhi",
];
const COUNTRIES: &[&str] = &[
    "Germany",
    "France",
    "Spain",
    "Portugal",
    "Poland",
    "Italy",
    "Greece",
    "Turkey",
    "Egypt",
    "Kenya",
    "Nigeria",
    "Ghana",
    "South Korea",
    "Japan",
    "China",
    "Vietnam",
    "Indonesia",
    "Australia",
    "Canada",
    "Brazil",
    "Peru",
    "Chile",
    "Mexico",
    "India",
];
const ORGS: &[&str] = &[
    "the Ministry of Finance",
    "the Central Bank",
    "the National Assembly",
    "Northwind Energy Corp.",
    "Harbor Logistics Inc.",
    "the World Health Organization",
    "the European Commission",
    "the Supreme Court",
    "Meridian Bank",
    "the Institute for Economic Research",
    "Atlas Motor Co.",
    "the Red Cross",
];
const TOPICS: &[&str] = &[
    "trade talks",
    "a budget deal",
    "the election",
    "a new climate plan",
    "the port strike",
    "rising food prices",
    "the merger",
    "a peace agreement",
    "the vaccine rollout",
    "interest rates",
];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const RELATIVE: &[&str] = &[
    "last week",
    "next week",
    "this year",
    "last year",
    "next month",
    "yesterday",
    "on Tuesday",
    "two days ago",
    "earlier this month",
    "in the first quarter",
    "recently",
    "this morning",
    "three weeks ago",
    "later this year",
];
const FILLER: &[&str] = &[
    "Officials have not said how long the process will take.",
    "The figures were broadly in line with expectations.",
    "Critics say the plan does too little, too late.",
    "Markets reacted calmly to the news.",
    "The proposal still needs the approval of parliament.",
    "Several questions remain unanswered.",
    "Negotiators worked late into the night.",
    "The move follows months of pressure from business groups.",
    "Both sides described the talks as constructive.",
    "Analysts expect the debate to continue for some time.",
];

/// A person of the generated world, with how they are introduced.
struct Person {
    full: String,
    /// How follow-ups name them: the surname, or the family name for family-name-first names.
    short: String,
    title: &'static str,
}

/// A world of people shared by every article, so people recur across the corpus.
pub struct Newsroom {
    people: Vec<Person>,
    rng: Rng,
}

impl Newsroom {
    /// A newsroom of `people` people (a few thousand makes a realistic cast), from `seed`.
    pub fn new(seed: u64, people: usize) -> Newsroom {
        let mut rng = Rng(seed | 1);
        let people = (0..people)
            .map(|_| {
                let title = TITLES[rng.next(TITLES.len())];
                if rng.next(6) == 0 {
                    let family = FAMILY[rng.next(FAMILY.len())];
                    let given = format!(
                        "{}-{}",
                        SYLLABLES[rng.next(SYLLABLES.len())],
                        SYLLABLES[rng.next(SYLLABLES.len())].to_lowercase()
                    );
                    Person { full: format!("{family} {given}"), short: family.to_owned(), title }
                } else {
                    let surname = SURNAMES[rng.next(SURNAMES.len())];
                    let given = GIVEN[rng.next(GIVEN.len())];
                    Person { full: format!("{given} {surname}"), short: surname.to_owned(), title }
                }
            })
            .collect();
        Newsroom { people, rng }
    }

    /// A popular person more often than an obscure one (roughly Zipf).
    fn pick(&mut self) -> usize {
        let n = self.people.len();
        let a = self.rng.next(n);
        let b = self.rng.next(n);
        a.min(b).min(self.rng.next(n))
    }

    fn one<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.rng.next(list.len())]
    }

    /// The text of article number `i`: YAML front matter and a body of about 3 KB.
    pub fn article(&mut self, i: usize) -> String {
        let year = 2015 + self.rng.next(10);
        let month = 1 + self.rng.next(12);
        let day = 1 + self.rng.next(28);
        let cast: Vec<usize> = (0..3 + self.rng.next(4)).map(|_| self.pick()).collect();
        let city = self.one(CITIES);
        let topic = self.one(TOPICS);
        let lead = &self.people[cast[0]];
        let headline = format!("{} {} under pressure over {topic}", lead.title, lead.short);

        let mut paragraphs = Vec::new();
        let mut introduced = vec![false; cast.len()];
        let sentences = 26 + self.rng.next(12);
        let mut paragraph = Vec::new();
        for s in 0..sentences {
            let who = self.rng.next(cast.len());
            let other = (who + 1 + self.rng.next(cast.len() - 1)) % cast.len();
            let sentence = self.sentence(&cast, who, other, &mut introduced, city, topic, year);
            paragraph.push(sentence);
            if paragraph.len() >= 2 + self.rng.next(3) || s + 1 == sentences {
                paragraphs.push(paragraph.join(" "));
                paragraph.clear();
            }
            if s == 6 {
                let place = self.one(CITIES);
                let when = format!("{} {}", self.one(MONTHS), 1 + self.rng.next(28));
                let full = &self.people[cast[who]].full;
                paragraphs.push(format!("({full}, left, arrives for talks in {place} on {when}.)"));
                paragraphs.push(format!("[{}]", self.one(&["Reuters", "AFP/Getty", "AP Photo", "EPA"])));
            }
        }
        format!(
            "---\ntitle: \"{headline}\"\ndate: {year}-{month:02}-{day:02}\nsource: Generated Wire\nurl: https://news.example/{i}\nauthor: Staff\n---\n{}\n",
            paragraphs.join("\n\n")
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn sentence(
        &mut self,
        cast: &[usize],
        who: usize,
        other: usize,
        introduced: &mut [bool],
        city: &str,
        topic: &str,
        year: usize,
    ) -> String {
        let name = |this: &mut Newsroom, k: usize, introduced: &mut [bool]| -> String {
            let p = &this.people[cast[k]];
            if introduced[k] {
                if this.rng.next(4) == 0 { format!("{} {}", p.title, p.short) } else { p.short.clone() }
            } else {
                introduced[k] = true;
                format!("{} {}", p.title, p.full)
            }
        };
        let template = self.rng.next(12);
        // Names are written only when the template uses them, so a first use introduces them.
        let a = if matches!(template, 4 | 7 | 11) { String::new() } else { name(self, who, introduced) };
        let b = if matches!(template, 1 | 6 | 10) { name(self, other, introduced) } else { String::new() };
        let weekday = self.one(WEEKDAYS);
        let month = self.one(MONTHS);
        let relative = self.one(RELATIVE);
        let country = self.one(COUNTRIES);
        let org = self.one(ORGS);
        let role = self.one(ROLES);
        let day = 1 + self.rng.next(28);
        let back = self.rng.next(5);
        let part = self.one(&["morning", "evening", ""]);
        match template {
            0 => format!("{a} said on {weekday} that {topic} would resume in {city} {relative}."),
            1 => format!("{a} met {b} in {city} {relative} to discuss {topic}."),
            2 => format!("\u{201c}We are not there yet,\u{201d} {a} told reporters {relative}."),
            3 => format!("The talks, scheduled for {month} {day}, will be held in {country}, {a} said."),
            4 => format!("In {month} {}, {org} warned that {topic} could drag on.", year - back % 3),
            5 => format!("{a}, {role} {org}, said the plan had been agreed {relative}."),
            6 => format!("{b} disagreed, saying {org} had misjudged {topic} since {}.", year - 1 - back),
            7 => format!("By the end of {year}, {country} hopes to double its exports, according to {org}."),
            8 => format!("{a} is expected to travel to {city} on {weekday} {part}."),
            9 => format!("Asked about {topic} {relative}, {a} declined to comment."),
            10 => format!("{a} and {b} spoke by phone {relative}, officials in {city} said."),
            _ => self.one(FILLER).to_owned(),
        }
        .replace(" .", ".")
    }
}
