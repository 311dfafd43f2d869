//! People across the corpus: each article's people merged by name, with every mention (as a
//! reference into its article's extraction), the roles and aliases seen, and who appears with whom.

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};
use smallvec::SmallVec;
use std::sync::Arc;

use crate::corpus::Article;
use crate::extract::people::{is_head_title, is_honorific, same_title};
use crate::extract::{Extraction, MentionKind};
use crate::span;

/// A mention of a person: the article and the mention's position in that article's extraction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct MentionRef {
    pub article: u32,
    pub index: u32,
}

/// A person of the corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    pub mentions: Vec<MentionRef>,
    /// Articles mentioning the person, in corpus order.
    pub articles: Vec<u32>,
}

/// People of the corpus, most mentioned first, and who shares sentences with whom.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct PeopleIndex {
    pub people: Vec<Person>,
    /// Each article's local persons, article after article → index into `people` (`u32::MAX`:
    /// nobody); article `a`'s start at `first_local[a]`.
    local: Vec<u32>,
    first_local: Vec<u32>,
    /// For each person, the people sharing a sentence with them and how often, most often first.
    with: Vec<Vec<(u32, u32)>>,
    /// For each person, the text the People `/` filter matches, written on first need.
    #[serde(skip)]
    texts: std::sync::OnceLock<Vec<String>>,
}

const NOBODY: u32 = u32::MAX;

/// A full name of one article, ready for the [`Builder`].
struct Keyed {
    name: String,
    /// See [`key_of`].
    key: Vec<String>,
    family_first: bool,
    /// The titles it holds there ("president", "gov.").
    titles: Vec<String>,
}

/// Articles whose names are keyed at once (bounded, so the keys never all wait in memory).
const KEYED_AT_ONCE: usize = 1024;

impl PeopleIndex {
    /// How many articles it was built over.
    pub fn articles(&self) -> usize {
        self.first_local.len().saturating_sub(1)
    }

    /// The name, aliases and roles of `person` in one line, as the People filter matches them.
    pub fn text(&self, person: usize) -> &str {
        let texts = self.texts.get_or_init(|| {
            self.people
                .iter()
                .map(|p| format!("{} {} {}", p.name, p.aliases.join(" "), p.roles.join(" ")))
                .collect()
        });
        &texts[person]
    }

    pub fn build(articles: &[Arc<Article>], extractions: &[Arc<Extraction>]) -> PeopleIndex {
        let mut builder = Builder::default();
        // Every article's local persons in one list (built at the corpus's largest, so nothing per
        // article): first the full names, `NOBODY` for one-word names.
        let first_local: Vec<u32> = std::iter::once(0)
            .chain(extractions.iter().scan(0u32, |at, x| {
                *at += x.people.persons.len() as u32;
                Some(*at)
            }))
            .collect();
        let mut local: Vec<u32> = Vec::with_capacity(first_local.last().map_or(0, |&n| n as usize));
        // Full names first, so one-word names can find them whatever the article order: each
        // slice of articles has its names keyed across the cores, then added in article order.
        for (xs, arts) in extractions.chunks(KEYED_AT_ONCE).zip(articles.chunks(KEYED_AT_ONCE)) {
            let keyed: Vec<Vec<Option<Keyed>>> = xs
                .par_iter()
                .zip(arts)
                .map(|(x, a)| {
                    let keyed = |(lp, p): (usize, &crate::extract::people::LocalPerson)| {
                        let name = p.name(&a.body);
                        name.contains(' ').then(|| Keyed {
                            key: key_of(&name),
                            name: name.into_owned(),
                            family_first: p.family_first,
                            titles: x.people.titles(lp, &a.body).collect(),
                        })
                    };
                    x.people.persons.iter().enumerate().map(keyed).collect()
                })
                .collect();
            for name in keyed.into_iter().flatten() {
                local.push(name.map_or(NOBODY, |name| builder.add_keyed(name) as u32));
            }
        }
        builder.absorb_shorter_forms();
        builder.gather_titles();
        // Then the one-word names, and every local person to the person it is.
        for ((x, a), &first) in extractions.iter().zip(articles).zip(&first_local) {
            for (lp, (p, slot)) in x.people.persons.iter().zip(&mut local[first as usize..]).enumerate() {
                let id = match *slot {
                    // "King Tomas" is no Ivo Tomas: a regnal name joins only its own.
                    NOBODY if x.people.regnal(lp, &a.body) => builder.add(p.surname(&a.body)),
                    NOBODY => {
                        let titles: Vec<String> = x.people.titles(lp, &a.body).collect();
                        builder.single(p.surname(&a.body), &titles)
                    }
                    id => id as usize,
                };
                *slot = builder.resolve(id) as u32;
            }
        }
        let ids_of =
            |article: usize| &local[first_local[article] as usize..first_local[article + 1] as usize];
        // Mentions and articles counted first, so each person's lists are made at their size.
        let mut counts = vec![(0usize, 0usize, u32::MAX); builder.names.len()];
        for (article, x) in extractions.iter().enumerate() {
            for m in &x.people.mentions {
                let (mentions, in_articles, last) = &mut counts[ids_of(article)[m.person as usize] as usize];
                *mentions += 1;
                if *last != article as u32 {
                    (*in_articles, *last) = (*in_articles + 1, article as u32);
                }
            }
        }
        let mut people: Vec<Person> = builder
            .names
            .iter()
            .zip(&counts)
            .map(|(name, &(mentions, in_articles, _))| Person {
                id: String::new(),
                name: name.clone(),
                aliases: Vec::new(),
                variants: Vec::new(),
                roles: Vec::new(),
                mentions: Vec::with_capacity(mentions),
                articles: Vec::with_capacity(in_articles),
            })
            .collect();
        let mut pairs: HashMap<(u32, u32), u32> = HashMap::default();
        let mut in_sentence: Vec<u32> = Vec::new();
        for (article, x) in extractions.iter().enumerate() {
            let ids = ids_of(article);
            let body = &articles[article].body;
            for (lp, &id) in ids.iter().enumerate() {
                let person = &mut people[id as usize];
                // "Mr." is how the article addresses them, no role.
                for role in x.people.roles(lp, body).filter(|r| !is_honorific(r)) {
                    if !person.roles.iter().any(|r| r.eq_ignore_ascii_case(&role)) {
                        person.roles.push(role.into_owned());
                    }
                }
                for v in x.people.variants(lp, body) {
                    if !person.variants.iter().any(|known| *known == v) {
                        person.variants.push(v.into_owned());
                    }
                }
            }
            // Mentions are in text order, so one sentence's mentions are consecutive.
            let mut sentence = None;
            for (index, m) in x.people.mentions.iter().enumerate() {
                let id = ids[m.person as usize] as usize;
                let here = span::containing(&x.sentences, m.span.start()).unwrap_or(m.span);
                if sentence != Some(here) {
                    count_pairs(&mut in_sentence, &mut pairs);
                    sentence = Some(here);
                }
                in_sentence.push(id as u32);
                let person = &mut people[id];
                let text = &body[m.span];
                if m.kind != MentionKind::Variant
                    && text != person.name
                    && !person.aliases.iter().any(|a| a == text)
                {
                    person.aliases.push(text.to_owned());
                }
                if person.articles.last() != Some(&(article as u32)) {
                    person.articles.push(article as u32);
                }
                person.mentions.push(MentionRef { article: article as u32, index: index as u32 });
            }
            count_pairs(&mut in_sentence, &mut pairs);
        }
        // Most mentioned first; ties by name, so the order is stable.
        let mut order: Vec<usize> = (0..people.len()).filter(|&i| !people[i].mentions.is_empty()).collect();
        order.sort_by(|&a, &b| {
            let key = |p: &Person| (std::cmp::Reverse(p.mentions.len()), std::cmp::Reverse(p.articles.len()));
            key(&people[a]).cmp(&key(&people[b])).then_with(|| people[a].name.cmp(&people[b].name))
        });
        let mut new_index = vec![NOBODY; people.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old] = new as u32;
        }
        let mut slots: Vec<Option<Person>> = people.into_iter().map(Some).collect();
        let mut sorted: Vec<Person> = order.iter().filter_map(|&i| slots[i].take()).collect();
        assign_ids(&mut sorted);
        let mut with: Vec<Vec<(u32, u32)>> = vec![Vec::new(); sorted.len()];
        for ((a, b), n) in pairs {
            let (a, b) = (new_index[a as usize], new_index[b as usize]);
            if a != NOBODY && b != NOBODY {
                with[a as usize].push((b, n));
                with[b as usize].push((a, n));
            }
        }
        for list in &mut with {
            list.sort_unstable_by_key(|&(p, n)| (std::cmp::Reverse(n), p));
        }
        for id in &mut local {
            *id = new_index[*id as usize];
        }
        PeopleIndex { people: sorted, first_local, local, with, texts: std::sync::OnceLock::new() }
    }

    /// Drops every person's mentions (the bulk of the index), keeping the rest.
    pub fn release_mentions(&mut self) {
        for person in &mut self.people {
            person.mentions = Vec::new();
        }
    }

    /// The global index of an article's local person.
    pub fn global(&self, article: usize, local: usize) -> Option<usize> {
        let first = *self.first_local.get(article)? as usize;
        let end = *self.first_local.get(article + 1)? as usize;
        (first + local < end).then(|| self.local[first + local]).filter(|&g| g != NOBODY).map(|g| g as usize)
    }

    /// People sharing a sentence with `person`, most often first, with how many sentences.
    pub fn co_mentioned(&self, person: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.with.get(person).into_iter().flatten().map(|&(p, n)| (p as usize, n as usize))
    }

    /// The person whose id, name or alias matches `query` (case-insensitive): exact first, then a
    /// unique name containing it.
    pub fn find(&self, query: &str) -> Option<usize> {
        let q = query.trim().to_lowercase();
        let exact = self.people.iter().position(|p| {
            p.id == q || p.name.to_lowercase() == q || p.aliases.iter().any(|a| a.to_lowercase() == q)
        });
        exact.or_else(|| {
            let mut partial =
                (0..self.people.len()).filter(|&i| self.people[i].name.to_lowercase().contains(&q));
            match (partial.next(), partial.next()) {
                (Some(only), None) => Some(only),
                _ => None,
            }
        })
    }
}

/// Counts each pair of distinct people in one sentence once, and empties the list.
fn count_pairs(ids: &mut Vec<u32>, pairs: &mut HashMap<(u32, u32), u32>) {
    ids.sort_unstable();
    ids.dedup();
    for (i, &a) in ids.iter().enumerate() {
        for &b in &ids[i + 1..] {
            *pairs.entry((a, b)).or_insert(0) += 1;
        }
    }
    ids.clear();
}

/// Collects names and decides which are the same person.
#[derive(Default)]
struct Builder {
    names: Vec<String>,
    keys: Vec<Vec<String>>,
    by_key: HashMap<Vec<String>, usize>,
    /// Full names by their family name, for one-word names to find.
    by_surname: HashMap<String, Vec<usize>>,
    /// Full names by their given name.
    by_given: HashMap<String, Vec<usize>>,
    /// Union-find parent.
    parent: Vec<usize>,
    /// How many articles used each name, to choose among namesakes.
    uses: Vec<usize>,
    /// The titles each name was seen with, as indices into `title_names` (after
    /// [`Builder::gather_titles`], each person's at its root), to choose among namesakes.
    titles: Vec<SmallVec<[u32; 2]>>,
    title_names: Vec<String>,
    title_ids: HashMap<String, u32>,
}

fn key_of(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

impl Builder {
    fn add(&mut self, name: &str) -> usize {
        self.add_keyed(Keyed {
            name: name.to_owned(),
            key: key_of(name),
            family_first: false,
            titles: Vec::new(),
        })
    }

    /// [`Builder::add`] with the key already made; the family name is the key's first word when
    /// `family_first`, else its last.
    fn add_keyed(&mut self, Keyed { name, key, family_first, titles }: Keyed) -> usize {
        if let Some(&i) = self.by_key.get(&key) {
            self.uses[i] += 1;
            for title in titles {
                let id = self.title_id(title);
                if !self.titles[i].contains(&id) {
                    self.titles[i].push(id);
                }
            }
            return i;
        }
        let i = self.names.len();
        if let (Some(first), Some(last)) = (key.first(), key.last())
            && key.len() > 1
        {
            let (surname, given) = if family_first { (first, last) } else { (last, first) };
            self.by_surname.entry(surname.clone()).or_default().push(i);
            self.by_given.entry(given.clone()).or_default().push(i);
        }
        self.names.push(name);
        self.keys.push(key.clone());
        self.by_key.insert(key, i);
        self.parent.push(i);
        self.uses.push(1);
        let ids = titles.into_iter().map(|t| self.title_id(t)).collect();
        self.titles.push(ids);
        i
    }

    fn title_id(&mut self, title: String) -> u32 {
        if let Some(&id) = self.title_ids.get(&title) {
            return id;
        }
        let id = self.title_names.len() as u32;
        self.title_names.push(title.clone());
        self.title_ids.insert(title, id);
        id
    }

    /// Gives each person's root the titles of all its names.
    fn gather_titles(&mut self) {
        for i in 0..self.titles.len() {
            let root = self.resolve(i);
            if root != i && !self.titles[i].is_empty() {
                let titles = std::mem::take(&mut self.titles[i]);
                self.titles[root].extend(titles);
            }
        }
    }

    /// A one-word name joins the person of the corpus with that family name (one holding one of
    /// its `titles` if any does, else the most used), else the one person with that given name
    /// ("Melania"), or stands alone: a "Frank" with two Franks in the corpus is neither, and a
    /// "President Marsh" is no namesake known only by lesser offices ("Gov. Tobin Marsh").
    fn single(&mut self, word: &str, titles: &[String]) -> usize {
        let w = word.to_lowercase();
        let mut namesakes =
            self.by_surname.get(&w).into_iter().flatten().map(|&i| self.resolve(i)).peekable();
        let any_namesake = namesakes.peek().is_some();
        let head = titles.iter().any(|t| is_head_title(t));
        let name = |id: &u32| self.title_names[*id as usize].as_str();
        let fits = |i: &usize| {
            let theirs = &self.titles[*i];
            !head || theirs.is_empty() || theirs.iter().any(|t| is_head_title(name(t)))
        };
        let titled = |i: usize| self.titles[i].iter().any(|t| titles.iter().any(|u| same_title(name(t), u)));
        let best = namesakes.filter(fits).max_by_key(|&i| (titled(i), self.uses[i], std::cmp::Reverse(i)));
        match best {
            Some(i) => return i,
            None if any_namesake => return self.add(word),
            None => {}
        }
        let mut given: Vec<usize> =
            self.by_given.get(&w).into_iter().flatten().map(|&i| self.resolve(i)).collect();
        given.sort_unstable();
        given.dedup();
        match given[..] {
            [only] => only,
            _ => self.add(word),
        }
    }

    /// "Sarah Sanders" in one article and "Sarah Huckabee Sanders" in another are one person; so
    /// are "Herrera Salgado" and the one fuller name of the corpus that ends with it.
    fn absorb_shorter_forms(&mut self) {
        // Both rules need the same last word: compare within those groups, not all pairs.
        let mut by_last: HashMap<&str, Vec<usize>> = HashMap::default();
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
    let mut taken: HashMap<String, usize> = HashMap::default();
    // Ids follow the names, not the ranking, so a person keeps an id as counts change.
    let mut order: Vec<usize> = (0..people.len()).collect();
    order.sort_by(|&a, &b| {
        people[a].name.cmp(&people[b].name).then(people[a].mentions[0].cmp(&people[b].mentions[0]))
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
    use crate::corpus::Corpus;
    use crate::index::CrossRef;

    /// The people of a corpus of `texts`, by name, with the articles each appears in.
    fn people_of(texts: &[&str]) -> Vec<(String, Vec<u32>)> {
        let mut corpus = Corpus::default();
        for (i, text) in texts.iter().enumerate() {
            let name = format!("{i}.txt");
            corpus.add_file(std::path::Path::new(&name), crate::corpus::Format::Text, text.as_bytes());
        }
        let index = CrossRef::extract(&corpus.articles);
        let mut names: Vec<(String, Vec<u32>)> =
            index.people.people.iter().map(|p| (p.name.clone(), p.articles.clone())).collect();
        names.sort();
        names
    }

    fn sample() -> (Corpus, CrossRef) {
        let corpus = Corpus::sample();
        let index = CrossRef::extract(&corpus.articles);
        (corpus, index)
    }

    #[test]
    fn sample_people_are_merged_across_articles_most_mentioned_first() {
        let (_, index) = sample();
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
        let (_, index) = sample();
        let pompeo = index.people.find("Pompeo").unwrap();
        let with: Vec<(usize, usize)> = index.people.co_mentioned(pompeo).collect();
        let kyc = index.people.find("Kim Yong Chol").unwrap();
        assert_eq!(with[0].0, kyc, "Pompeo appears most often with Kim Yong Chol");
        assert!(with[0].1 >= 5);
        let back: Vec<(usize, usize)> = index.people.co_mentioned(kyc).collect();
        assert!(back.contains(&(pompeo, with[0].1)), "the count is the same seen from either side");
    }

    #[test]
    fn a_double_surname_alone_in_another_article_joins_the_one_fuller_name() {
        let mut corpus = Corpus::default();
        let a = "President Andrés Manuel Herrera Salgado spoke on Monday.";
        let b = "Mr. Herrera Salgado said the review was over.";
        for (name, text) in [("a.txt", a), ("b.txt", b)] {
            corpus.add_file(std::path::Path::new(name), crate::corpus::Format::Text, text.as_bytes());
        }
        let index = CrossRef::extract(&corpus.articles);
        let names: Vec<&str> = index.people.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Andrés Manuel Herrera Salgado"]);
        assert_eq!(index.people.people[0].articles, [0, 1]);
    }

    #[test]
    fn a_given_name_alone_in_another_article_joins_only_the_one_person_of_that_name() {
        let solo = "Desmond said he was tired.";
        let one = "Desmond Okafor, a lawyer, spoke on Monday.";
        // The one Desmond of the corpus.
        assert_eq!(people_of(&[one, solo])[0], ("Desmond Okafor".to_owned(), vec![0, 1]));
        // Two Desmonds: the lone "Desmond" is neither.
        let other = "Desmond Quaye, a banker, spoke on Tuesday.";
        let names = people_of(&[one, other, solo]);
        assert!(names.contains(&("Desmond".to_owned(), vec![2])), "{names:?}");
    }

    #[test]
    fn a_regnal_name_alone_in_another_article_is_no_namesakes_surname() {
        let names = people_of(&[
            "Ivo Tomas, a trade envoy, spoke on Monday. Tomas left.",
            "King Tomas of Sweden opened the session on Tuesday.",
            "Tomas said the talks had gone well.",
        ]);
        assert_eq!(names, [("Ivo Tomas".to_owned(), vec![0, 2]), ("Tomas".to_owned(), vec![1])]);
    }

    #[test]
    fn a_titled_surname_alone_joins_the_namesake_with_that_title() {
        let governor = "Gov. Tobin Marsh of Tarvel signed the bill on Monday. Marsh said it would pass. \
                        Marsh left. Marsh returned.";
        let president = "President Ivo Marsh spoke in the capital on Tuesday.";
        let titled = "President Marsh met the envoy on Wednesday.";
        let names = people_of(&[governor, president, titled]);
        assert_eq!(names, [("Ivo Marsh".to_owned(), vec![1, 2]), ("Tobin Marsh".to_owned(), vec![0])]);
        // The title holds when the titled name joins a fuller one.
        let fuller = "Ivo Ansel Marsh was born in Tarvel.";
        let names = people_of(&[governor, governor, governor, president, fuller, titled]);
        let ivo = ("Ivo Ansel Marsh".to_owned(), vec![3, 4, 5]);
        assert_eq!(names, [ivo, ("Tobin Marsh".to_owned(), vec![0, 1, 2])]);
        // "Governor" and "Gov." are one title.
        let names = people_of(&[president, governor, "Governor Marsh vetoed it."]);
        assert_eq!(names, [("Ivo Marsh".to_owned(), vec![0]), ("Tobin Marsh".to_owned(), vec![1, 2])]);
        // Without a title, the namesake named in the most articles.
        let again = "Ivo Marsh returned on Thursday.";
        let names = people_of(&[governor, president, again, "Marsh said no."]);
        assert_eq!(names, [("Ivo Marsh".to_owned(), vec![1, 2, 3]), ("Tobin Marsh".to_owned(), vec![0])]);
    }

    #[test]
    fn a_head_of_state_is_no_namesake_known_only_by_lesser_offices() {
        let governor = "Gov. Tobin Marsh of Tarvel signed the bill on Monday.";
        let farmer = "Marsh Quaye, a farmer, spoke on Friday.";
        let titled = "President Marsh met the envoy on Wednesday.";
        let names = people_of(&[governor, farmer, titled]);
        let alone = ("Marsh".to_owned(), vec![2]);
        assert_eq!(names, [alone, ("Marsh Quaye".to_owned(), vec![1]), ("Tobin Marsh".to_owned(), vec![0])]);
        // A form of address is no office.
        let names = people_of(&["Mr. Tobin Marsh spoke on Monday.", titled]);
        assert_eq!(names, [("Tobin Marsh".to_owned(), vec![0, 1])]);
    }

    #[test]
    fn a_form_of_address_is_no_role() {
        let mut corpus = Corpus::default();
        let text = "Mr. Tobin Marsh, the mayor of Tarvel, spoke on Monday. Mr. Marsh left early.";
        corpus.add_file(std::path::Path::new("a.txt"), crate::corpus::Format::Text, text.as_bytes());
        let index = CrossRef::extract(&corpus.articles);
        assert_eq!(index.people.people[0].roles, ["mayor of Tarvel"]);
    }

    #[test]
    fn slugs_are_ascii_friendly_and_unique() {
        assert_eq!(slug("Sarah Huckabee Sanders"), "sarah-huckabee-sanders");
        assert_eq!(slug("J. K. Rowling"), "j-k-rowling");
        assert_eq!(slug("Ursula von der Leyen"), "ursula-von-der-leyen");
    }

    #[test]
    fn find_matches_ids_names_aliases_and_unique_parts() {
        let (_, index) = sample();
        let p = &index.people;
        assert_eq!(p.find("sarah-huckabee-sanders"), p.find("Sanders"));
        assert_eq!(p.find("huckabee").map(|i| p.people[i].name.as_str()), Some("Sarah Huckabee Sanders"));
        assert_eq!(p.find("Kim"), p.find("kim yong chol"), "an alias shared by several goes to the first");
        assert_eq!(p.find("nobody"), None);
    }
}
