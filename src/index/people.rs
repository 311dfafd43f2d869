//! People across the corpus: each article's people merged by name, with every mention, the
//! roles and aliases seen, and who appears with whom.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use crate::corpus::Corpus;
use crate::extract::{Extraction, MentionKind};

/// One mention of a person, anywhere in the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub article: usize,
    /// Byte span of the name in the article body.
    pub span: Range<usize>,
    /// Byte span of the sentence holding it.
    pub sentence: Range<usize>,
    pub kind: MentionKind,
}

/// A person of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Stable: the slug of the name ("mike-pompeo"), numbered if two people share it.
    pub id: String,
    /// The fullest form seen.
    pub name: String,
    /// Other forms used: "Pompeo", "Sarah Sanders".
    pub aliases: Vec<String>,
    /// Near-identical spellings linked as probably the same person.
    pub variants: Vec<String>,
    pub roles: Vec<String>,
    /// Every mention, in corpus order.
    pub mentions: Vec<Mention>,
    /// Articles mentioning the person, in corpus order.
    pub articles: Vec<usize>,
}

/// People of the corpus, most mentioned first, and how often each pair shares a sentence.
#[derive(Debug, Clone, Default)]
pub struct PeopleIndex {
    pub people: Vec<Person>,
    /// For each article, its local person index → index into `people`.
    pub local: Vec<Vec<usize>>,
    co_mentions: HashMap<(usize, usize), usize>,
}

impl PeopleIndex {
    pub fn build(corpus: &Corpus, extractions: &[Extraction]) -> PeopleIndex {
        let mut builder = Builder::default();
        let mut local = Vec::with_capacity(extractions.len());
        // Full names first, so one-word names can find them whatever the article order.
        for x in extractions {
            local.push(
                x.people
                    .persons
                    .iter()
                    .map(|p| (p.name.contains(' ')).then(|| builder.full(&p.name)))
                    .collect::<Vec<_>>(),
            );
        }
        builder.absorb_shorter_forms();
        let local: Vec<Vec<usize>> = extractions
            .iter()
            .zip(local)
            .map(|(x, ids)| {
                x.people
                    .persons
                    .iter()
                    .zip(ids)
                    .map(|(p, id)| {
                        let id = id.unwrap_or_else(|| builder.single(&p.surname));
                        builder.resolve(id)
                    })
                    .collect()
            })
            .collect();
        let mut people: Vec<Person> = builder
            .names
            .iter()
            .map(|name| Person {
                id: String::new(),
                name: name.clone(),
                aliases: Vec::new(),
                variants: Vec::new(),
                roles: Vec::new(),
                mentions: Vec::new(),
                articles: Vec::new(),
            })
            .collect();
        let mut co_mentions = HashMap::new();
        for (article, (x, ids)) in extractions.iter().zip(&local).enumerate() {
            let body = &corpus.articles[article].body;
            for (lp, &id) in x.people.persons.iter().zip(ids) {
                let person = &mut people[id];
                for role in &lp.roles {
                    if !person.roles.iter().any(|r| r.eq_ignore_ascii_case(role)) {
                        person.roles.push(role.clone());
                    }
                }
                for v in &lp.variants {
                    if !person.variants.contains(v) {
                        person.variants.push(v.clone());
                    }
                }
            }
            let mut by_sentence: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
            for m in &x.people.mentions {
                let id = ids[m.person];
                let sentence = containing(&x.sentences, m.span.start).unwrap_or(m.span.clone());
                by_sentence.entry(sentence.start).or_default().push(id);
                let person = &mut people[id];
                let text = &body[m.span.clone()];
                if text != person.name
                    && !person.aliases.iter().any(|a| a == text)
                    && m.kind != MentionKind::Variant
                {
                    person.aliases.push(text.to_owned());
                }
                if person.articles.last() != Some(&article) {
                    person.articles.push(article);
                }
                person.mentions.push(Mention { article, span: m.span.clone(), sentence, kind: m.kind });
            }
            for mut ids in by_sentence.into_values() {
                ids.sort_unstable();
                ids.dedup();
                for (i, &a) in ids.iter().enumerate() {
                    for &b in &ids[i + 1..] {
                        *co_mentions.entry((a, b)).or_insert(0) += 1;
                    }
                }
            }
        }
        // Most mentioned first; ties by name, so the order is stable.
        let mut order: Vec<usize> = (0..people.len()).filter(|&i| !people[i].mentions.is_empty()).collect();
        order.sort_by(|&a, &b| {
            let key = |p: &Person| {
                (std::cmp::Reverse(p.mentions.len()), std::cmp::Reverse(p.articles.len()), p.name.clone())
            };
            key(&people[a]).cmp(&key(&people[b]))
        });
        let mut new_index = vec![usize::MAX; people.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old] = new;
        }
        let mut sorted: Vec<Person> = order.iter().map(|&i| people[i].clone()).collect();
        assign_ids(&mut sorted);
        PeopleIndex {
            people: sorted,
            local: local.into_iter().map(|ids| ids.into_iter().map(|i| new_index[i]).collect()).collect(),
            co_mentions: co_mentions
                .into_iter()
                .filter(|((a, b), _)| new_index[*a] != usize::MAX && new_index[*b] != usize::MAX)
                .map(|((a, b), n)| {
                    let (a, b) = (new_index[a], new_index[b]);
                    ((a.min(b), a.max(b)), n)
                })
                .collect(),
        }
    }

    /// The global index of an article's local person.
    pub fn global(&self, article: usize, local: usize) -> Option<usize> {
        self.local.get(article)?.get(local).copied()
    }

    /// People sharing a sentence with `person`, most often first, with how many sentences.
    pub fn co_mentioned(&self, person: usize) -> Vec<(usize, usize)> {
        let mut with: Vec<(usize, usize)> = self
            .co_mentions
            .iter()
            .filter_map(|(&(a, b), &n)| match (a == person, b == person) {
                (true, _) => Some((b, n)),
                (_, true) => Some((a, n)),
                _ => None,
            })
            .collect();
        with.sort_by_key(|&(p, n)| (std::cmp::Reverse(n), p));
        with
    }

    /// The person whose id, name or alias matches `query` (case-insensitive): exact first, then a
    /// unique name containing it.
    pub fn find(&self, query: &str) -> Option<usize> {
        let q = query.trim().to_lowercase();
        let exact = self.people.iter().position(|p| {
            p.id == q || p.name.to_lowercase() == q || p.aliases.iter().any(|a| a.to_lowercase() == q)
        });
        exact.or_else(|| {
            let partial: Vec<usize> =
                (0..self.people.len()).filter(|&i| self.people[i].name.to_lowercase().contains(&q)).collect();
            (partial.len() == 1).then(|| partial[0])
        })
    }
}

fn containing(ranges: &[Range<usize>], at: usize) -> Option<Range<usize>> {
    let i = ranges.partition_point(|r| r.end <= at);
    ranges.get(i).filter(|r| r.start <= at).cloned()
}

/// Collects names and decides which are the same person.
#[derive(Default)]
struct Builder {
    names: Vec<String>,
    keys: Vec<Vec<String>>,
    by_key: HashMap<Vec<String>, usize>,
    /// Union-find parent.
    parent: Vec<usize>,
    /// How many articles used each name, to choose among namesakes.
    uses: Vec<usize>,
}

fn key_of(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

impl Builder {
    fn add(&mut self, name: &str) -> usize {
        let key = key_of(name);
        if let Some(&i) = self.by_key.get(&key) {
            self.uses[i] += 1;
            return i;
        }
        let i = self.names.len();
        self.names.push(name.to_owned());
        self.keys.push(key.clone());
        self.by_key.insert(key, i);
        self.parent.push(i);
        self.uses.push(1);
        i
    }

    fn full(&mut self, name: &str) -> usize {
        self.add(name)
    }

    /// A one-word name joins the one person of the corpus with that surname (the most used, if
    /// several), or stands alone.
    fn single(&mut self, word: &str) -> usize {
        let w = word.to_lowercase();
        let namesakes = (0..self.names.len())
            .filter(|&i| {
                self.keys[i].len() > 1
                    && (self.keys[i].last() == Some(&w) || self.keys[i].first() == Some(&w))
            })
            .map(|i| self.resolve(i));
        match namesakes.max_by_key(|&i| (self.uses[i], std::cmp::Reverse(i))) {
            Some(i) => i,
            None => self.add(word),
        }
    }

    /// "Sarah Sanders" in one article and "Sarah Huckabee Sanders" in another are one person; so
    /// are "Herrera Salgado" and the one fuller name of the corpus that ends with it.
    fn absorb_shorter_forms(&mut self) {
        // Both rules need the same last word: compare within those groups, not all pairs.
        let mut by_last: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, key) in self.keys.iter().enumerate() {
            if let Some(last) = key.last() {
                by_last.entry(last.as_str()).or_default().push(i);
            }
        }
        let groups: Vec<Vec<usize>> = by_last.into_values().filter(|g| g.len() > 1).collect();
        for group in &groups {
            self.absorb_within(group);
        }
    }

    fn absorb_within(&mut self, group: &[usize]) {
        for &a in group {
            let ka = &self.keys[a];
            if ka.len() < 2 {
                continue;
            }
            let same_ends = |kb: &Vec<String>| {
                ka.len() < kb.len() && ka.first() == kb.first() && ka.last() == kb.last() && {
                    let mut it = kb.iter();
                    ka.iter().all(|w| it.any(|x| x == w))
                }
            };
            let fuller: Vec<usize> = group.iter().copied().filter(|&b| same_ends(&self.keys[b])).collect();
            let mut tails: Vec<usize> = group
                .iter()
                .copied()
                .filter(|&b| self.keys[b].len() > ka.len() && self.keys[b].ends_with(ka))
                .map(|b| self.resolve(b))
                .collect();
            tails.sort_unstable();
            tails.dedup();
            // A tail shared by two different people is left alone.
            let targets = if tails.len() == 1 { [fuller, tails].concat() } else { fuller };
            for b in targets {
                let (ra, rb) = (self.resolve(a), self.resolve(b));
                if ra != rb {
                    self.parent[ra] = rb;
                    self.uses[rb] += self.uses[ra];
                }
            }
        }
    }

    fn resolve(&self, mut i: usize) -> usize {
        while self.parent[i] != i {
            i = self.parent[i];
        }
        i
    }
}

fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

fn assign_ids(people: &mut [Person]) {
    let mut taken: HashMap<String, usize> = HashMap::new();
    // Ids follow the names, not the ranking, so a person keeps an id as counts change.
    let mut order: Vec<usize> = (0..people.len()).collect();
    order.sort_by(|&a, &b| {
        people[a]
            .name
            .cmp(&people[b].name)
            .then(people[a].mentions[0].article.cmp(&people[b].mentions[0].article))
    });
    for i in order {
        let base = slug(&people[i].name);
        let n = taken.entry(base.clone()).or_insert(0);
        *n += 1;
        people[i].id = if *n == 1 { base } else { format!("{base}-{n}") };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::CrossRef;

    #[test]
    fn sample_people_are_merged_across_articles_most_mentioned_first() {
        let corpus = Corpus::sample();
        let index = CrossRef::build(&corpus);
        let top: Vec<&str> = index.people.people.iter().take(4).map(|p| p.name.as_str()).collect();
        assert_eq!(top, ["Mike Pompeo", "Kim Yong Chol", "Kim Jong Un", "Donald Trump"]);
        let pompeo = &index.people.people[0];
        assert_eq!(
            (pompeo.id.as_str(), pompeo.articles.len(), pompeo.mentions.len()),
            ("mike-pompeo", 3, 20)
        );
        assert!(pompeo.aliases.contains(&"Pompeo".to_owned()));
        assert!(pompeo.roles.contains(&"Secretary of State".to_owned()));
        let kyc = &index.people.people[1];
        assert_eq!(kyc.variants, ["Kim Jong Chol"]);
        assert!(
            kyc.roles
                .iter()
                .any(|r| r == "vice chairman of the Central Committee of the Workers' Party of Korea")
        );
        assert_eq!(index.people.people.len(), 11);
    }

    #[test]
    fn co_mentions_count_shared_sentences() {
        let corpus = Corpus::sample();
        let index = CrossRef::build(&corpus);
        let pompeo = index.people.find("Pompeo").unwrap();
        let with = index.people.co_mentioned(pompeo);
        let kyc = index.people.find("Kim Yong Chol").unwrap();
        assert_eq!(with[0].0, kyc, "Pompeo appears most often with Kim Yong Chol");
        assert!(with[0].1 >= 5);
    }

    #[test]
    fn a_double_surname_alone_in_another_article_joins_the_one_fuller_name() {
        let mut corpus = Corpus::default();
        let a = "President Andrés Manuel Herrera Salgado spoke on Monday.";
        let b = "Mr. Herrera Salgado said the review was over.";
        for (name, text) in [("a.txt", a), ("b.txt", b)] {
            corpus.add_file(std::path::Path::new(name), crate::corpus::Format::Text, text.as_bytes());
        }
        let index = CrossRef::build(&corpus);
        let names: Vec<&str> = index.people.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Andrés Manuel Herrera Salgado"]);
        assert_eq!(index.people.people[0].articles, [0, 1]);
    }

    #[test]
    fn slugs_are_ascii_friendly_and_unique() {
        assert_eq!(slug("Sarah Huckabee Sanders"), "sarah-huckabee-sanders");
        assert_eq!(slug("J. K. Rowling"), "j-k-rowling");
        assert_eq!(slug("Ursula von der Leyen"), "ursula-von-der-leyen");
    }

    #[test]
    fn find_matches_ids_names_aliases_and_unique_parts() {
        let corpus = Corpus::sample();
        let index = CrossRef::build(&corpus);
        let p = &index.people;
        assert_eq!(p.find("sarah-huckabee-sanders"), p.find("Sanders"));
        assert_eq!(p.find("huckabee").map(|i| p.people[i].name.as_str()), Some("Sarah Huckabee Sanders"));
        assert_eq!(p.find("Kim"), p.find("kim yong chol"), "an alias shared by several goes to the first");
        assert_eq!(p.find("nobody"), None);
    }
}
