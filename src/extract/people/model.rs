//! The weights evidence is scored with: one number per [`Feature`] of a candidate, read from
//! `assets/model/people.tsv`. Scores are in points: [`PERSON`](super::evidence::PERSON) and up
//! counts as a person. `cargo run --release --example train-names` learns them from annotated
//! text and scores them by cross-validation; a weight file names every feature, so a feature
//! added here without a weight fails the tests.

use std::sync::LazyLock;

macro_rules! features {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// One fact about a candidate occurrence: its shape or its context.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Feature {
            $($(#[$doc])* $name,)*
        }

        impl Feature {
            /// Every feature, in order.
            pub const ALL: &[Feature] = &[$(Feature::$name,)*];
            /// Their names as the weight file writes them.
            pub const NAMES: &[&str] = &[$(stringify!($name),)*];
        }
    };
}

features! {
    /// Always on: the model's intercept.
    Bias,
    /// A title or role noun right before ("Mr.", "the coach").
    TitleBefore,
    /// A relation before ("his wife", "her brother,").
    Related,
    /// An appositive role after (", a former director of …").
    Appositive,
    /// An age in apposition (", 45,").
    Age,
    /// A home in apposition (", of Wexley Road,", ", of Harrowgate.").
    Home,
    /// ", who" after.
    CommaWho,
    /// Another name for the name before it: "…, commonly known as Zaza".
    KnownAs,
    /// A verb of saying after or before, for a known or uncommon name.
    SaysNamed,
    /// A verb of saying after or before, for common words.
    SaysCommon,
    /// A person's verb after ("died", "was born"), for a known or uncommon name.
    ActsNamed,
    /// A person's verb after, for common words.
    ActsCommon,
    /// A country's or an organisation's possessive before several uncommon words: "Brazil's …".
    OwnerBefore,
    /// "(born …" after.
    Born,
    /// "I'm …", "my name is …".
    Introduced,
    /// Given as an example of people: "guitarists such as …", "poets including …".
    Exemplified,
    /// "Surname, G." in a reference list.
    ReferenceList,
    /// Cited with a year or "et al.".
    Cited,
    /// "… and his/her …".
    WithOwnPeople,
    /// "…'s wife", "…'s administration": what only a person has, after the possessive.
    PersonsThing,
    /// "… said it".
    SaidIt,
    /// "… said he/she".
    SaidHe,
    /// A party of a case ("… v. …").
    Party,
    /// A given name with a regnal number ("Elizabeth II").
    Regnal,
    /// A generational suffix after the name ("… Jr.", "… Sr.").
    Generational,
    /// One of the names of a byline: "By Ana Salem and Tobin Marsh".
    Byline,
    /// "by" before a name of two or more words.
    ByAgent,
    /// Nothing but initials ("U. S.").
    AllInitials,
    /// Family name first ("Kim Jong Un") or a pinyin shape.
    FamilyFirst,
    /// A patronymic: "bin", "ibn" or "bint" before a name ("Salim bin Rashid", "Ibn Tufayl").
    Patronymic,
    /// First of several words: a common given name.
    GivenCommon,
    /// First of several words: a given name that is also a common word or a nationality.
    GivenWord,
    /// First of several words: a given name that is also a place or, in two words, a surname.
    GivenPlaceOrSurname,
    /// First of several words: any other given name.
    GivenOther,
    /// Last of several words: a surname.
    SurnameLast,
    /// A surname after a plausible given name, in two words.
    SurnameAfterGiven,
    /// Last of several words: a common noun and no name.
    CommonNounLast,
    /// Initials with other name words ("J. R. Tolkien").
    Initials,
    /// Several words, none a common word, organisation cue or place.
    NoCommonWord,
    /// Several words, one a place and no name.
    PlaceInside,
    /// A place and a plural ("Dayton Hornets").
    PlaceTeam,
    /// Two words: a name that is also a place or a surname, then a word that names a building or
    /// an organisation ("Jefferson Hall", "Monroe Park").
    CueLast,
    /// Ends in a word that names an institution, and opens with no common given name ("Tarvan
    /// Police", "Harlow City Council").
    Institution,
    /// Opens with a compass word ("North …").
    Compass,
    /// Followed by ", <place>".
    PlaceWithRegion,
    /// A company form or an organisation's context.
    Company,
    /// Right after the kind of work it names ("the novel …").
    WorkBefore,
    /// The whole is a place.
    Place,
    /// One word that is a place and no name in any list: a capital that speaks is its government
    /// ("Seoul said").
    PlaceOnly,
    /// One word after a locative preposition.
    LocativeOne,
    /// "at" before several words.
    AtWorkplace,
    /// Several words, then one of its staff by role and name ("Harlow Pike analyst Vera Okonjo").
    Employer,
    /// "the" before several words.
    TheMany,
    /// "the" before one word.
    TheOne,
    /// One word with a capital inside or two joined capitals ("InVantor", "Rolls-Royce").
    BrandShape,
    /// One word the article also writes in lower case.
    LowerElsewhere,
    /// One word: a nationality in the plural.
    PluralNationality,
    /// One word before a noun of a people, an armed group or a tongue ("Tarvani fighters").
    GroupNoun,
    /// One word: a title or a nationality alone.
    TitleAlone,
    /// One word: a common word and no name.
    CommonWordOne,
    /// One word: a common word that is also a name.
    NameWordOne,
    /// One word in capitals, no name.
    CapsOne,
    /// One word opening a sentence.
    OpensSentenceOne,
    /// One word: a common given name and nothing else, mid-sentence.
    CommonGivenAlone,
    /// Several words, all common words and none a given name.
    CommonMany,
    /// In a sentence written in title case (a headline).
    TitleCase,
    /// A storm's name ("Hurricane …").
    Storm,
    /// The whole of a quotation: the title of a film, a book or a song ("\"Harlow Pike,\"").
    Quoted,
}

/// A set of features: bit `f as usize` for each.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Features(u128);

impl Features {
    pub fn set(&mut self, f: Feature) {
        const { assert!(Feature::ALL.len() <= 128) };
        self.0 |= 1 << f as u32;
    }

    pub fn unset(&mut self, f: Feature) {
        self.0 &= !(1 << f as u32);
    }

    pub fn has(self, f: Feature) -> bool {
        self.0 & (1 << f as u32) != 0
    }

    /// The features set, in order.
    pub fn iter(self) -> impl Iterator<Item = Feature> {
        Feature::ALL.iter().copied().filter(move |&f| self.has(f))
    }
}

/// A weight in points for each feature.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub points: Vec<f32>,
}

impl Model {
    /// Reads `name<TAB>points` lines; `#` starts a comment. Every feature must have exactly one
    /// weight and every weight a feature.
    pub fn parse(text: &str) -> Result<Model, String> {
        let mut points = vec![None; Feature::ALL.len()];
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let (name, value) =
                line.split_once(char::is_whitespace).ok_or(format!("line {}: no weight", n + 1))?;
            let f = Feature::NAMES
                .iter()
                .position(|&x| x == name)
                .ok_or(format!("line {}: no feature called {name}", n + 1))?;
            let value: f32 = value.trim().parse().map_err(|e| format!("line {}: {e}", n + 1))?;
            if points[f].replace(value).is_some() {
                return Err(format!("line {}: {name} given twice", n + 1));
            }
        }
        let points = points
            .into_iter()
            .zip(Feature::NAMES)
            .map(|(p, name)| p.ok_or(format!("no weight for {name}")))
            .collect::<Result<_, _>>()?;
        Ok(Model { points })
    }

    /// Writes the model in the form [`Model::parse`] reads.
    pub fn write(&self) -> String {
        Feature::NAMES.iter().zip(&self.points).map(|(name, p)| format!("{name}\t{p}\n")).collect()
    }

    /// The score of a set of features, in points.
    pub fn score(&self, features: Features) -> f32 {
        let mut bits = features.0;
        let mut sum = 0.0;
        while bits != 0 {
            sum += self.points[bits.trailing_zeros() as usize];
            bits &= bits - 1;
        }
        sum
    }
}

/// The weights built into the binary.
pub static MODEL: LazyLock<Model> = LazyLock::new(|| {
    Model::parse(include_str!("../../../assets/model/people.tsv")).expect("assets/model/people.tsv")
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_weights_name_every_feature_once() {
        let model = Model::parse(include_str!("../../../assets/model/people.tsv")).unwrap();
        assert_eq!(model.points.len(), Feature::ALL.len());
        assert_eq!(Model::parse(&model.write()).unwrap(), model);
    }

    #[test]
    fn a_weight_file_missing_a_feature_or_naming_an_unknown_one_is_refused() {
        let all = MODEL.write();
        let missing: String = all.lines().skip(1).map(|l| format!("{l}\n")).collect();
        assert!(Model::parse(&missing).unwrap_err().contains("no weight for Bias"));
        assert!(Model::parse(&format!("{all}Nonsense 1\n")).unwrap_err().contains("Nonsense"));
        assert!(Model::parse(&format!("{all}Bias 2\n")).unwrap_err().contains("twice"));
    }

    #[test]
    fn a_score_adds_the_points_of_the_features_set() {
        let mut f = Features::default();
        f.set(Feature::Bias);
        f.set(Feature::TitleCase);
        let model =
            Model { points: (0..Feature::ALL.len()).map(|i| if i == 0 { 1.5 } else { 0.25 }).collect() };
        assert_eq!(model.score(f), 1.75);
        assert_eq!(f.iter().collect::<Vec<_>>(), [Feature::Bias, Feature::TitleCase]);
    }
}
