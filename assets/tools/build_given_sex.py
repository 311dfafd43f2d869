#!/usr/bin/env python3
"""Rebuilds assets/gazetteer/given_name_sex.txt: given names that are nearly always one sex's.

    pip download --no-deps names==0.3.0 faker==40.54.0 -d /tmp/src
    (cd /tmp/src && tar xzf names-0.3.0.tar.gz && unzip -q faker-*.whl -d faker)
    python3 assets/tools/build_given_sex.py /tmp/src/names-0.3.0/names /tmp/src/faker

Sources: the US Census 1990 given-name files (public domain), by share of each sex's population,
and the male and female first-name lists of every Faker locale (MIT licence), Latin script only.
A name is kept when every source that lists it agrees: in the Census, one sex's share at least ten
times the other's; in Faker, listed for one sex in at least four times as many locales as for the
other. General knowledge only.
"""
import importlib
import sys
import unicodedata
from pathlib import Path

names_dir, faker_dir = Path(sys.argv[1]), Path(sys.argv[2])
out = Path(__file__).resolve().parent.parent / "gazetteer" / "given_name_sex.txt"
sys.path.insert(0, str(faker_dir))


def census(path):
    shares = {}
    for line in open(path):
        parts = line.split()
        if parts:
            shares[parts[0].capitalize()] = float(parts[1])
    return shares


def latin(name):
    return (
        name
        and 2 <= len(name) <= 24
        and name[0].isupper()
        and all(c.isalpha() and "LATIN" in unicodedata.name(c, "") or c in "-'" for c in name)
    )


votes = {}  # name -> set of "f"/"m"/"?" from each source


def vote(name, sex):
    votes.setdefault(name, set()).add(sex)


male, female = census(names_dir / "dist.male.first"), census(names_dir / "dist.female.first")
for name in set(male) | set(female):
    m, f = male.get(name, 0.0), female.get(name, 0.0)
    vote(name, "m" if m >= 10 * f and m > 0 else "f" if f >= 10 * m and f > 0 else "?")

import faker.providers.person as person

faker_sex = {}
for locale in sorted(p.name for p in Path(person.__file__).parent.iterdir() if p.is_dir()):
    if locale.startswith("__"):
        continue
    try:
        module = importlib.import_module(f"faker.providers.person.{locale}")
    except Exception:
        continue
    provider = module.Provider
    for attr, sex in (("first_names_male", "m"), ("first_names_female", "f")):
        value = provider.__dict__.get(attr)
        if isinstance(value, dict):
            value = list(value)
        for name in value or ():
            if latin(name):
                faker_sex.setdefault(name, {"m": 0, "f": 0})[sex] += 1
for name, n in faker_sex.items():
    vote(name, "m" if n["m"] >= 4 * n["f"] else "f" if n["f"] >= 4 * n["m"] else "?")

# Only the given names the other lists hold: a sex says nothing of a word that is no given name.
gazetteer = out.parent
given = set()
for name in ("census_given_names.txt", "common_given_names.txt", "short_given_names.txt",
             "world_given_names.txt", "international_given_names.txt"):
    for line in open(gazetteer / name):
        if line.strip() and not line.startswith("#"):
            given.add(line.strip().lower())
kept = sorted((n, s.pop()) for n, s in votes.items() if len(s) == 1 and "?" not in s and n.lower() in given)
with open(out, "w") as f:
    f.write("# Given names nearly always one sex's (f or m): US Census 1990 (public domain) and Faker\n")
    f.write("# 40.54.0 first-name lists (MIT), kept where every source agrees. Built by\n")
    f.write("# tools/build_given_sex.py.\n")
    for name, sex in kept:
        f.write(f"{name} {sex}\n")
print(len(kept), "names")
