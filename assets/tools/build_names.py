#!/usr/bin/env python3
"""Rebuilds the world name lists and the English word list in assets/gazetteer/ from open sources.

    pip download --no-deps faker==40.54.0 -d /tmp/src && (cd /tmp/src && unzip -q faker-*.whl -d faker)
    apt-get download wamerican wbritish
    for d in wamerican wbritish; do dpkg-deb -x ${d}_*.deb /tmp/src/$d; done
    python3 assets/tools/build_names.py /tmp/src/faker /tmp/src/wamerican/usr/share/dict/american-english \
        /tmp/src/wbritish/usr/share/dict/british-english

world_given_names.txt, world_surnames.txt: the first and last names of every Faker locale (MIT licence),
in Latin script: Cyrillic and Greek names are transliterated (BGN/PCGN-like), Chinese and Japanese
come from Faker's own romanised lists; names in other scripts are left out. Only general knowledge:
lists of common names, never a person.

english_words.txt: the lower-case words of SCOWL's American and British English lists (the sources
of Debian's `wamerican` and `wbritish`), used to tell a capitalised common word ("Radio", "Glory",
"Organisers") from a name.
"""
import importlib
import os
import sys
import unicodedata
from pathlib import Path

faker_dir, words_paths = Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]]
out = Path(__file__).resolve().parent.parent / "gazetteer"
sys.path.insert(0, str(faker_dir))

CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye",
    "ґ": "g", "ј": "j", "љ": "lj", "њ": "nj", "ќ": "kj", "ѓ": "gj", "ѕ": "dz", "џ": "dzh",
}
# Ukrainian writes г for h.
UKRAINIAN = dict(CYRILLIC, **{"г": "h", "и": "y", "і": "i"})
GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def transliterate(name, table):
    out = []
    for i, c in enumerate(name):
        low = c.lower()
        t = table.get(strip_accents(low), None) if table is GREEK else table.get(low)
        if t is None:
            return None
        # Russian е at the start of a word is written "ye" (Yekaterina).
        if table is not GREEK and low == "е" and i == 0:
            t = "ye"
        out.append(t.capitalize() if c.isupper() else t)
    return "".join(out)


def latin(name):
    return all(c.isalpha() and ("LATIN" in unicodedata.name(c, "")) or c in "-'" for c in name)


def usable(name):
    return name and 2 <= len(name) <= 24 and " " not in name and latin(name) and name[0].isupper()


def names(module, kinds):
    P = module.Provider
    found = []
    for attr in dir(P):
        if attr.startswith("_") or not any(k in attr for k in kinds):
            continue
        if "language" in attr or "prefix" in attr or "suffix" in attr:
            continue
        value = getattr(P, attr)
        if isinstance(value, dict):
            value = list(value)
        if not isinstance(value, (list, tuple)):
            continue
        for v in value:
            if isinstance(v, tuple):  # Japanese (kanji, kana, romaji) pairs
                v = v[-1]
            if isinstance(v, str):
                found.append(v)
    return found


SCRIPT = {"ru_RU": CYRILLIC, "bg_BG": CYRILLIC, "mk_MK": CYRILLIC, "uk_UA": UKRAINIAN, "el_GR": GREEK}
GIVEN_KINDS = ("first_name", "first_romanized", "middle_name", "first_kana")
FAMILY_KINDS = ("last_name", "last_romanized")

given, family = set(), set()
base = faker_dir / "faker" / "providers" / "person"
for locale in sorted(os.listdir(base)):
    if locale.startswith("_") or not (base / locale).is_dir():
        continue
    module = importlib.import_module(f"faker.providers.person.{locale}")
    table = SCRIPT.get(locale)
    for kinds, into in ((GIVEN_KINDS, given), (FAMILY_KINDS, family)):
        for raw in names(module, kinds):
            raw = raw.strip()
            name = transliterate(raw, table) if table else raw
            if name and name.isupper() and len(name) > 2:
                name = "-".join(p.capitalize() for p in name.split("-"))
            # A given name of two ("Luiz Felipe", "Maria Eduarda") is two given names; a family
            # name of several words holds particles ("da Silva") and is left out.
            parts = name.split() if name and into is given else [name]
            for part in parts:
                if usable(part or ""):
                    into.add(part)

# Titles and role nouns are not given names, whatever baby-name lists say ("Major", "Judge").
titles = {
    line.split("|")[0].strip()
    for line in (out / "titles.txt").read_text().splitlines()
    if line.strip() and not line.startswith("#")
}
given = {g for g in given if g.lower() not in titles}


def write(name, header, items):
    items = sorted(set(items), key=lambda s: (s.lower(), s))
    (out / name).write_text(header + "".join(f"{i}\n" for i in items))


write("world_given_names.txt",
      "# Given names of 87 locales from Faker 40.54.0 (MIT licence), Latin script; Cyrillic and Greek\n"
      "# transliterated. Built by tools/build_names.py.\n", given)
write("world_surnames.txt",
      "# Family names of 87 locales from Faker 40.54.0 (MIT licence), Latin script; Cyrillic and Greek\n"
      "# transliterated. Built by tools/build_names.py.\n", family)

words = [w.strip() for path in words_paths for w in open(path, encoding="utf-8")]
words = [w for w in words if w.isalpha() and w.islower() and w.isascii() and len(w) > 1]
write("english_words.txt",
      "# Lower-case English words from SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson), the\n"
      "# American and British English lists Debian ships as wamerican and wbritish. Permission to use,\n"
      "# copy, modify, distribute and sell is granted provided the copyright notice appears (see\n"
      "# assets/README.md).\n", words)
print(f"{len(given)} given names, {len(family)} family names, {len(set(words))} words")
