"""The place gazetteer (data/places.json, built by scripts/build_places.py): names in
Indonesian and English, and the hierarchy city < country < region < continent that tells a
vaguer place from a wrong one."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from factdiff.lang import alternation, every_language

# the words of every language: a name is looked up in the gazetteer of both
ADMIN_WORDS = re.compile(
    rf"^(?:{alternation(every_language('admin_prefixes'))})\s+"
    rf"|\s+(?:{alternation(every_language('admin_suffixes'))})$"
)


LOOKUPS_KEPT = 100_000
NOT_SEEN = object()


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    kind: str
    parent: str | None
    members: tuple[str, ...] = ()


class Gazetteer:
    def __init__(self, data: dict):
        self.places: dict[str, Place] = {}
        self._by_name: dict[str, list[str]] = {}
        self.stop_names = frozenset(n.casefold() for n in data["stop_names"])
        # smaller towns, by name only: see kinds
        self.towns = frozenset(n.casefold() for n in data.get("towns", ()))
        # names added since the shipped taggers were trained: their features do not read them,
        # so that the models still retrain byte for byte (see trained_lookup)
        self.untrained = frozenset(n.casefold() for n in data.get("untrained_names", ()))
        self._regions: dict[str, list[str]] = {}
        self._seen: dict[str, Place | None] = {}  # lookups made: names recur in every article
        rank = {"continent": 0, "region": 1, "country": 2, "province": 3, "city": 4}
        for raw in sorted(data["places"], key=lambda p: rank[p["kind"]]):
            place = Place(
                raw["id"], raw["name"], raw["kind"], raw["parent"], tuple(raw.get("members", ()))
            )
            self.places[place.id] = place
            for member in place.members:
                self._regions.setdefault(member, []).append(place.id)
            for name in raw["names"]:
                key = name.casefold()
                if key not in self.stop_names:
                    self._by_name.setdefault(key, []).append(place.id)

    def lookup(self, name: str) -> Place | None:
        """The best-known place of that name: a country before a city of the same name; an
        administrative word before or after the name is read past ("Kabupaten Cianjur",
        "Kota Bandung", "Jakarta Province")."""
        place = self._seen.get(name, NOT_SEEN)  # one step: safe when threads share the cache
        if place is NOT_SEEN:
            if len(self._seen) > LOOKUPS_KEPT:
                self._seen.clear()
            place = self._seen[name] = self._lookup(name)
        return place

    def trained_lookup(self, name: str) -> Place | None:
        """The place of that name as the gazetteer the taggers were trained with knew it: the
        tagger's features read this, the name finder's rules read lookup."""
        return None if name.casefold() in self.untrained else self.lookup(name)

    def _lookup(self, name: str) -> Place | None:
        ids = self._ids(name.casefold().strip())
        return self.places[ids[0]] if ids else None

    def _ids(self, key: str) -> list[str]:
        """The places of a folded name, or of the name without its administrative word."""
        ids = self._by_name.get(key)
        if ids is None:
            bare = ADMIN_WORDS.sub("", key).strip()
            ids = self._by_name.get(bare) if bare and bare != key else None
        return ids or []

    def kinds(self, name: str) -> frozenset[str]:
        """The kinds of every place of that name: "New York" is a state and a city; a town
        too small to be a place of its own here ("Tuban", "Wajima") is a city. For a name the
        text already calls a place: lookup never answers with a town."""
        key = name.casefold().strip()
        ids = self._ids(key)
        if not ids and (key in self.towns or ADMIN_WORDS.sub("", key).strip() in self.towns):
            return frozenset({"city"})
        return frozenset(self.places[i].kind for i in ids)

    def ancestors(self, place: Place) -> set[str]:
        seen: set[str] = set()
        current: Place | None = place
        while current is not None:
            for region in self._regions_of(current.id):
                seen.add(region)
            if current.parent is None or current.parent in seen:
                break
            seen.add(current.parent)
            current = self.places.get(current.parent)
        return seen

    def _regions_of(self, place_id: str) -> list[str]:
        return self._regions.get(place_id, [])

    def contains(self, outer: Place, inner: Place) -> bool:
        """True when ``inner`` lies within ``outer`` (Samarkand within Uzbekistan, within
        Central Asia, within Asia)."""
        return outer.id != inner.id and outer.id in self.ancestors(inner)


@cache
def gazetteer() -> Gazetteer:
    data = json.loads(resources.files("factdiff.data").joinpath("places.json").read_text("utf-8"))
    return Gazetteer(data)
