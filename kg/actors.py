"""Actors: the gazetteer in ``ontology/actors/`` and resolution of mentions to canonical actors.

The data are plain TSV files (see ``ontology/actors/README.md``): states with their names,
adjectives and stand-ins (capitals, seats of power), organisations, persons and their dated
roles. `ActorMatcher` finds mentions in a parsed ``Doc``; `Gazetteer.actor` turns an actor id
into an `Actor` as of an article's date, so "Rutte" is NATO's Secretary General in 2025
and the Dutch prime minister in 2019.

>>> gz = load_gazetteer()
>>> gz.actor("Q57792", on=date(2019, 3, 1)).state_label
'Netherlands'
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ActorError
from .model import Actor, content_hash

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "ACTOR_DIR",
    "NEWS_AGENCIES",
    "Role",
    "Entry",
    "Gazetteer",
    "load_gazetteer",
    "ActorMatcher",
    "TokenMention",
    "provisional_actor",
    "AgentNoun",
    "PROVISIONAL_TYPES",
    "Reference",
]

ACTOR_DIR = Path(__file__).resolve().parent.parent / "ontology" / "actors"
if not ACTOR_DIR.is_dir():  # installed as a wheel: data ship inside the package
    ACTOR_DIR = Path(__file__).resolve().parent / "data" / "actors"

# Agencies are named in datelines and bylines; they report events, they never take part.
NEWS_AGENCIES = frozenset(
    {
        "anp",
        "rtr",
        "reuters",
        "afp",
        "ap",
        "dpa",
        "belga",
        "bloomberg",
        "efe",
        "ansa",
        "tass",
        "ria",
        "xinhua",
        "associated press",
        "agence france-presse",
        "persbureau",
        # news outlets: the source of a report, not a party to it ("spoke with Wikinews")
        "wikinews",
        "bbc",
        "bbc news",
        "cnn",
        "new york times",
        "washington post",
        "nos",
    }
)


def _split(field: str | None) -> tuple[str, ...]:
    return tuple(x.strip() for x in (field or "").split("|") if x.strip())


def _date(value: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(parts[0], parts[1], parts[2])


def fold(text: str) -> str:
    """Lower case without diacritics, for lookups that forgive "Orban" for "Orbán".

    >>> fold("Israëlische  Orbán")
    'israelische orban'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace("’", "'").lower().split())


@dataclass(frozen=True, slots=True)
class Role:
    """A person's dated role in a state or organisation."""

    person: str
    title_en: str
    title_nl: str
    org: str
    code: str
    start: date | None
    end: date | None

    def holds_on(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One actor as the data describe it, before it is placed in time."""

    id: str
    type: str
    label_en: str
    label_nl: str
    code: str
    state: str  # id of the state or organisation it belongs to ("" for persons)
    provisional: bool = False  # a name found in text, not in the data
    side: str = ""  # for a state's agent (`AgentNoun`): "state" or "nonstate"


@dataclass(frozen=True, slots=True)
class TokenMention:
    """An actor found in a Doc: tokens [start, end), characters [char_start, char_end) in the doc."""

    start: int
    end: int
    char_start: int
    char_end: int
    actor_id: str
    kind: str  # name | adj | standin | person | org | agent | provisional
    state: str = ""  # a person's state, read off its title ("Portuguese President ...")
    place: str = ""  # an agent's state read off a capital or place ("police in Juba"), resolved by date

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


@dataclass(frozen=True, slots=True)
class AgentNoun:
    """A noun naming part of a state: its government, military, police, rebels, opposition."""

    words: tuple[str, ...]  # lower-cased; the last one is matched by lemma
    agent: str  # English canonical name, used in ids and labels
    type: str
    side: str  # "state" or "nonstate"
    in_ok: bool  # "the police in Iraq" names Iraq's police; "troops in Syria" need not be Syria's


def _read_tsv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise ActorError(f"actor data file {path} is missing; restore ontology/actors from the repository")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = []
        for n, row in enumerate(reader, 2):
            if None in row or any(v is None for v in row.values()):
                raise ActorError(f"{path}:{n} has the wrong number of columns; expected {reader.fieldnames}")
            rows.append(row)
        return rows


class Gazetteer:
    """Actor data: entries, aliases per language, and persons' dated roles."""

    def __init__(self, directory: Path = ACTOR_DIR) -> None:
        self.directory = directory
        self.entries: dict[str, Entry] = {}
        self.roles: dict[str, list[Role]] = defaultdict(list)
        # language -> alias -> [(actor id, kind)]
        self.aliases: dict[str, dict[str, list[tuple[str, str]]]] = {"nl": defaultdict(list), "en": defaultdict(list)}
        # language -> last word of an agent noun -> entries ("prime minister" under "minister")
        self.agents: dict[str, dict[str, list[AgentNoun]]] = {"nl": defaultdict(list), "en": defaultdict(list)}
        # Actors made while reading text: provisional names and states' agents ("kg:SYR-rebels").
        self.derived: dict[str, Entry] = {}
        self.reference = Reference(directory.parent / "reference", directory / "places.tsv")
        self._load()
        self._load_agents()

    # -- loading -----------------------------------------------------------------------
    def _alias(self, lang: str, names: Iterable[str], actor_id: str, kind: str) -> None:
        table = self.aliases[lang]
        for name in names:
            bucket = table[name]
            if (actor_id, kind) not in bucket:
                bucket.append((actor_id, kind))

    def _load(self) -> None:
        d = self.directory
        for row in _read_tsv(d / "states.tsv"):
            qid = row["qid"]
            self.entries[qid] = Entry(qid, "Country", row["label_en"], row["label_nl"], row["iso3"], qid)
            for lang in ("en", "nl"):
                self._alias(lang, (row[f"label_{lang}"], *_split(row[f"names_{lang}"])), qid, "name")
                self._alias(lang, _split(row[f"adj_{lang}"]), qid, "adj")
                self._alias(lang, _split(row[f"standins_{lang}"]), qid, "standin")
        self.by_code = {e.code: e.id for e in self.entries.values()}  # ISO-3 -> state id
        if (d / "peoples.tsv").is_file():  # plural nouns for a state's people: "Amerikanen", "Iranians"
            for row in _read_tsv(d / "peoples.tsv"):
                if row["iso3"] in self.by_code and row["lang"] in self.aliases:
                    self._alias(row["lang"], _split(row["names"]), self.by_code[row["iso3"]], "people")
        # A state founded after an article's date: its capital and places were then the state's it came from.
        self.founded: dict[str, tuple[date, str]] = {}
        if (d / "founded.tsv").is_file():
            for row in _read_tsv(d / "founded.tsv"):
                when = _date(row["founded"])
                if row["iso3"] in self.by_code and row["from_iso3"] in self.by_code and when is not None:
                    self.founded[self.by_code[row["iso3"]]] = (when, self.by_code[row["from_iso3"]])
        for row in _read_tsv(d / "organizations.tsv"):
            qid = row["qid"]
            state_iso = row.get("state_iso3", "")
            state = next((e.id for e in self.entries.values() if e.type == "Country" and e.code == state_iso), "")
            kind = "agency" if row["type"] == "Company" else "org"  # the Company rows are news agencies
            code = row["code"] or state_iso or "IGO"
            self.entries[qid] = Entry(qid, row["type"], row["label_en"], row["label_nl"], code, state or qid)
            for lang in ("en", "nl"):
                names = (row[f"label_{lang}"], *_split(row[f"names_{lang}"]))
                self._alias(lang, names, qid, kind)
                self._alias(lang, _split(row[f"adj_{lang}"]), qid, "adj")
        for row in _read_tsv(d / "persons.tsv"):
            qid = row["qid"]
            self.entries[qid] = Entry(qid, "Person", row["label_en"], row["label_nl"] or row["label_en"], "", "")
            names = (row["label_en"], row["label_nl"], *_split(row["names"]))
            for lang in ("en", "nl"):
                self._alias(lang, [n for n in names if n], qid, "person")
        for row in _read_tsv(d / "roles.tsv"):
            role = Role(
                row["person_qid"],
                row["role_en"],
                row["role_nl"],
                row["org_qid"],
                row["code"],
                _date(row["start"]),
                _date(row["end"]),
            )
            self.roles[role.person].append(role)
        for roles in self.roles.values():
            roles.sort(key=lambda r: (r.start or date.min, r.end or date.max))

    def _load_agents(self) -> None:
        path = self.directory / "agents.tsv"
        if not path.is_file():  # older actor data: no agent nouns, no derived agents
            return
        for row in _read_tsv(path):
            noun = AgentNoun(
                tuple(row["term"].lower().split()), row["agent"], row["type"], row["side"], row["in"] == "yes"
            )
            if row["lang"] in self.agents:
                self.agents[row["lang"]][noun.words[-1]].append(noun)
        for table in self.agents.values():
            for nouns in table.values():
                nouns.sort(key=lambda n: -len(n.words))
        self._agent_nl = {n.agent: " ".join(n.words) for ns in self.agents["nl"].values() for n in reversed(ns)}

    # -- actors made from text -----------------------------------------------------------
    def add_provisional(self, name: str, type: str = "Unknown", *, code: str = "", side: str = "") -> str:
        """Register a name the data lack as a provisional actor; returns its stable id.

        `code` is what it counts as at country level when it has no state ("IGO", "NGO"); a
        state comes with each mention (`TokenMention.state`), as a title or the reference data
        give it.
        """
        actor = provisional_actor(name, type=type)
        self.derived.setdefault(
            actor.id, Entry(actor.id, actor.type, actor.label, actor.label, code, "", True, side=side)
        )
        return actor.id

    def add_state_agent(self, state: str, noun: AgentNoun) -> str:
        """The actor for a state's agent ("Syrian rebels" -> ``kg:SYR-rebels``); returns its id.

        Its code is the state's ISO-3 code and it rolls up to the state, so country-level views
        and PLOVER scoring see SYR; its own id keeps the rebels apart from Syria's government.
        """
        st = self.entries[state]
        actor_id = f"kg:{st.code}-{noun.agent.replace(' ', '-')}"
        if actor_id not in self.derived and actor_id not in self.entries:  # (the data may name it: kg:ISR-military)
            nl = self._agent_nl.get(noun.agent, noun.agent)
            self.derived[actor_id] = Entry(
                actor_id,
                noun.type,
                f"{st.label_en} ({noun.agent})",
                f"{st.label_nl} ({nl})",
                st.code,
                state,
                side=noun.side,
            )
        return actor_id

    def side(self, actor_id: str) -> str:
        """ "nonstate" for a state's rebels, opposition or protesters; "state" otherwise."""
        entry = self.derived.get(actor_id)
        if entry is None and (curated := self.entries.get(actor_id)) is not None and curated.type == "ArmedGroup":
            return "nonstate"  # the RSF, the Houthis, M23: armed groups of a state are not its state side
        return entry.side if entry is not None and entry.side else "state"

    def resolve(self, mention: TokenMention, *, on: date | None = None) -> Actor:
        """The `Actor` of a mention: `actor` plus the state a provisional person's title gives it, and the
        state that held a place at `on` (``founded.tsv``)."""
        actor_id = mention.actor_id
        place = actor_id if mention.kind in ("standin", "place") else mention.place
        if place in self.founded and on is not None and on < self.founded[place][0]:
            # "Juba" in 1990 is a city of Sudan: a place belongs to the state that held it then, and so do
            # the police there. The state's own name keeps its code, as CAMEO codes Kosovo or Eritrea
            # before independence.
            before = self.founded[place][1]
            entry = self.derived.get(actor_id)
            if mention.kind == "agent" and entry is not None:
                agent = actor_id.split("-", 1)[1].replace("-", " ")
                actor_id = self.add_state_agent(before, AgentNoun((), agent, entry.type, entry.side, False))
            elif mention.kind != "agent":
                actor_id = before
        actor = self.actor(actor_id, on=on)
        if mention.state and mention.state != actor.state and mention.state in self.entries:
            # a provisional person's title, or a title in the text that the data's dated roles lack
            st = self.entries[mention.state]
            role = actor.role if not actor.state else ""
            actor = replace(actor, state=st.id, code=st.code, state_label=st.label_en, role=role)
        return actor

    # -- resolution --------------------------------------------------------------------
    def role_on(self, person: str, on: date | None) -> Role | None:
        """The person's role at `on`; the newest role when the date is unknown or none fits."""
        roles = self.roles.get(person, [])
        if not roles:
            return None
        if on is not None:
            holding = [r for r in roles if r.holds_on(on)]
            if holding:
                # A head of state/government outranks a minister post held at the same time.
                return max(holding, key=lambda r: r.start or date.min)
            past = [r for r in roles if r.start is None or r.start <= on]
            if past:
                return past[-1]
        return roles[-1]

    def _code(self, entry: Entry) -> str:
        """The code an actor is exported with: a state's body or party carries its state's ISO-3 code
        (the Pentagon, the IDF: USA, ISR); a state, an international organisation or an armed group its
        own code."""
        if entry.type in STATE_BODY_TYPES:
            state = self.entries.get(entry.state)
            if state is not None and state.type == "Country":
                return state.code
        return entry.code

    def actor(self, actor_id: str, *, on: date | None = None) -> Actor:
        """The `Actor` for an id, with a person's state and role as of `on`."""
        entry = self.entries.get(actor_id) or self.derived.get(actor_id)
        if entry is None:
            raise ActorError(f"unknown actor id {actor_id!r}")
        return self._actor(entry, on)

    @lru_cache(maxsize=65536)  # noqa: B019 - the gazetteer lives as long as the process
    def _actor(self, entry: Entry, on: date | None) -> Actor:
        if entry.type != "Person":
            state = self.entries.get(entry.state)
            return Actor(
                id=entry.id,
                label=entry.label_en,
                label_nl=entry.label_nl,
                type=entry.type,
                code=self._code(entry),
                state=entry.state,
                state_label=state.label_en if state else "",
                provisional=entry.provisional,
            )
        role = self.role_on(entry.id, on)
        org = self.entries.get(role.org) if role else None
        title = role.title_en if role else ""
        if role is not None and on is not None and not role.holds_on(on):
            # The state still counts (a former or future office holder is that state's person), but the
            # title is not claimed for that date: "former Prime Minister" after it, none before it.
            title = f"former {title}" if role.end is not None and role.end < on else ""
        return Actor(
            id=entry.id,
            label=entry.label_en,
            label_nl=entry.label_nl,
            type="Person",
            code=(self._code(org) if org is not None else role.code) if role else entry.code,
            state=role.org if role else "",
            state_label=org.label_en if org else "",
            role=title,
            provisional=entry.provisional,
        )

    def lookup(self, text: str, lang: str) -> list[tuple[str, str]]:
        """(actor id, kind) candidates for a surface form in `lang`."""
        return self._folded(lang).get(fold(text), [])

    @lru_cache(maxsize=4)  # noqa: B019
    def _folded(self, lang: str) -> dict[str, list[tuple[str, str]]]:
        out: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for alias, cands in self.aliases[lang].items():
            out[fold(alias)].extend(c for c in cands if c not in out[fold(alias)])
        return dict(out)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())


# Titles of national office before a bare surname ("President Museveni"); "Senator Harris" or
# "Governor Christie" may hold an office the reference (national governments) does not list.
_OFFICE_TITLES = frozenset(
    {
        "president",
        "premier",
        "minister",
        "chancellor",
        "king",
        "queen",
        "emir",
        "sheikh",
        "sultan",
        "pm",
        "secretary",
        "vicepresident",
        "vicepremier",
        "bondskanselier",
        "kanselier",
        "koning",
        "koningin",
        "minister-president",
    }
)
_COMPASS = frozenset(
    {"noord", "zuid", "oost", "west", "midden", "centraal", "noordoost", "noordwest", "zuidoost", "zuidwest"}
)
_PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "region",
        "province",
        "port",
        "peninsula",
        "island",
        "area",
        "district",
        "capital",
        "regio",
        "provincie",
        "schiereiland",
        "eiland",
        "streek",
        "grensplaats",
        "plaats",
    }
)


# Waters and passages named after a state or place: "de Golf van Oman", "the Strait of Hormuz", "de Zee
# van Azov". The name in them is part of a place name, never the actor.
_WATERS = frozenset({"golf", "straat", "zee", "baai", "kanaal", "gulf", "strait", "straits", "sea", "bay", "channel"})


def _in_water_name(doc: Doc, start: int) -> bool:
    """Whether the name at `start` ends a water's name: "Golf van (de) X", "Strait of (the) X"."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in ("de", "het", "the"):
        i -= 1
    return i >= 1 and doc[i].lower_ in ("van", "of") and doc[i - 1].lower_ in _WATERS and doc[i - 1].is_title


def _place_noun(word: str) -> bool:
    """A noun for a place ("havenstad", "regio", "city")."""
    return word in _PLACE_NOUNS or word.endswith(("stad", "dorp", "haven", "gebied"))


# Dutch compounds ending in these are titles: "defensieminister", "oud-premier", "legerleider".
_NL_TITLE_ENDS = ("minister", "president", "premier", "leider", "chef", "gezant", "topman", "woordvoerder", "lid")
# Nouns after a surname that make it a head of government's: "the Bush administration".
_GOVERNS = frozenset({"administration", "government", "regime", "cabinet", "regering", "kabinet"})
_IN_OF = frozenset({"in", "of", "uit"})  # where an ethnic group lives
_OF = frozenset({"of", "van"})  # where a people belongs: "the Kurds of northern Iraq"
# Nouns for a member of a body, in apposition with a name ("X, a member of the Egyptian parliament").
_MEMBERS = frozenset({"member", "lid", "mp", "deputy", "delegate", "afgevaardigde"})
# Prepositions that put an agent in a state: "the police in Hebron", "students throughout Indonesia".
_IN = frozenset({"in", "throughout", "across"})
# Participles that place a group where it has its base: "based in", "gevestigd in".
_BASED = frozenset({"based", "gevestigd", "gevestigde", "gebaseerd", "gebaseerde"})
# CAMEO sectors of people outside the state's side: rebels, opposition, insurgents, separatists.
_NONSTATE_SECTORS = frozenset({"REB", "OPP", "INS", "SEP", "IMG", "UAF", "CRM"})


class Reference:
    """PETRARCH2's dictionaries, compiled into ``ontology/reference/`` (MIT, see its README).

    Far larger than the curated data and not checked by hand, so it never makes an actor of
    its own: it only tells what a name the curated data lack stands for. "Yoweri Museveni"
    stays a provisional person, but one that counts as Uganda; "Amnesty International" a
    provisional non-governmental organisation. A name listed under two states tells nothing.
    """

    def __init__(self, directory: Path, own_places: Path | None = None) -> None:
        self.directory = directory
        self.own_places = own_places  # kg's own place names (``ontology/actors/places.tsv``)
        self._persons: dict[str, dict[str, set[str]]] | None = None
        self._surnames: dict[str, set[str]] = {}
        self._groups: dict[str, set[tuple[str, str, str]]] = {}
        self._places: dict[str, set[str]] = {}
        self._own_places: dict[str, set[str]] = {}
        self._gov_names: dict[str, set[str]] = {}  # surname -> full names of members of a government

    def _load(self) -> None:
        if self._persons is not None:
            return
        persons: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        surnames: dict[str, set[str]] = defaultdict(set)
        if (self.directory / "persons.tsv").is_file():
            for row in _read_tsv(self.directory / "persons.tsv"):
                key = _ref_key(row["name"])
                persons[key][row["state"]].add(row["sector"])
                if row["sector"] == "GOV":
                    surnames[key.split()[-1]].add(row["state"])
                    self._gov_names.setdefault(key.split()[-1], set()).add(key)
            for row in _read_tsv(self.directory / "groups.tsv"):
                self._groups.setdefault(_ref_key(row["name"]), set()).add((row["state"], row["sector"], row["type"]))
            for row in _read_tsv(self.directory / "places.tsv"):
                self._places.setdefault(_ref_key(row["name"]), set()).add(row["state"])
        if self.own_places is not None and self.own_places.is_file():
            # cities and regions PETRARCH2 lacks (Kharkiv, Rafah, El Fasher), with their Dutch names
            for row in _read_tsv(self.own_places):
                for name in _split(row["names"]):
                    self._places.setdefault(_ref_key(name), set()).add(row["iso3"])
                    self._own_places.setdefault(_ref_key(name), set()).add(row["iso3"])
        self._persons = dict(persons)
        self._surnames = dict(surnames)

    def person(self, name: str) -> tuple[str, str] | None:
        """(ISO-3 state, side) of a full name (two words or more), if the data know one state."""
        self._load()
        assert self._persons is not None
        states = self._persons.get(_ref_key(name))
        if not states or len(states) != 1 or len(name.split()) < 2:
            return None
        ((state, sectors),) = states.items()
        return state, "nonstate" if sectors <= _NONSTATE_SECTORS else "state"

    def office_holder(self, surname: str) -> str | None:
        """The one state whose government had a member of this surname ("President Museveni")."""
        self._load()
        states = self._surnames.get(_ref_key(surname))
        return next(iter(states)) if states and len(states) == 1 else None

    def office_holder_near(self, name: str) -> str | None:
        """The one state whose government had a member whose name is this one with one letter of the
        surname added, dropped or changed ("President Musevenni", "Robert Mugabi"): names of foreign
        leaders are often misspelt in news. The given names must match as written; surnames under six
        letters (five after given names) are too close to each other to guess from."""
        words = _ref_key(name).split()
        if not words or len(words[-1]) < (5 if len(words) > 1 else 6):
            return None
        self._load()
        found = set()
        for surname in _one_edit(words[-1]):
            for key in self._gov_names.get(surname, ()):
                if len(words) == 1 or words[:-1] == key.split()[:-1]:
                    found |= {state for state, sectors in (self._persons or {})[key].items() if "GOV" in sectors}
        return next(iter(found)) if len(found) == 1 else None

    def group(self, name: str) -> tuple[str, str, str] | None:
        """(ISO-3 state or "", sector, type) of an organisation or armed group, if unambiguous.

        One capitalised word ("Senate", "Parliament") names a body of whichever state the text
        is about: only names of two words or more and acronyms ("NASA") are looked up.
        """
        if len(name.split()) < 2 and not (name.isupper() and len(name) >= 3):
            return None
        self._load()
        found = self._groups.get(_ref_key(name))
        return next(iter(found)) if found and len(found) == 1 else None

    def place(self, name: str) -> str | None:
        """The ISO-3 state of a city, province or region ("Hebron", "Basra"), if unambiguous."""
        self._load()
        found = self._places.get(_ref_key(name))
        return next(iter(found)) if found and len(found) == 1 else None

    def own_place(self, name: str) -> str | None:
        """The ISO-3 state of a place in kg's own, hand-checked list (``ontology/actors/places.tsv``):
        trusted over the English tagger, which takes "Kharkiv" or "Rafah" for a person."""
        self._load()
        found = self._own_places.get(_ref_key(name))
        return next(iter(found)) if found and len(found) == 1 else None


def _ref_key(name: str) -> str:
    """A reference lookup key: folded, hyphens as spaces ("Hamad bin Khalifa al-Thani" is the data's
    "Hamad Bin Khalifa Al Thani")."""
    return fold(name.replace("-", " "))


def _one_edit(word: str) -> set[str]:
    """The words one letter added, dropped or changed away from `word` (not the word itself)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    out.discard(word)
    return out


@lru_cache(maxsize=2)
def load_gazetteer(directory: str | Path = ACTOR_DIR) -> Gazetteer:
    """The actor data, loaded once per process."""
    return Gazetteer(Path(directory))


def provisional_actor(name: str, *, type: str = "Unknown") -> Actor:
    """A stable actor for a name that is not in the data ("kg:" + hash of the folded name)."""
    name = " ".join(name.split())
    return Actor(id=content_hash(fold(name), prefix="kg:", length=12), label=name, type=type, provisional=True)


_ACRONYM = re.compile(r"^[A-Z][A-Z.&]{0,5}$")
# Words that title a surname rather than name a person ("President Biden"); role titles from the
# data are added per gazetteer.
TITLE_WORDS = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "dame",
    "lord",
    "lady",
    "sheikh",
    "emir",
    "king",
    "queen",
    "prince",
    "princess",
    "president",
    "premier",
    "pm",
    "chancellor",
    "minister",
    "secretary",
    "general",
    "gen",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "gov",
    "mayor",
    "judge",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "leader",
    "chairman",
    "chair",
    "commander",
    "colonel",
    "col",
    "lt",
    "maj",
    "admiral",
    "adm",
    "ayatollah",
    "imam",
    "pope",
    "cardinal",
    "bishop",
    "rabbi",
    "chief",
    "vice",
    "deputy",
    "acting",
    "former",
    "ex",
    "foreign",
    "defense",
    "defence",
    "prime",
    "state",
    "crown",
    "heer",
    "mevrouw",
    "mevr",
    "dhr",
    "koning",
    "koningin",
    "prins",
    "prinses",
    "kanselier",
    "bondskanselier",
    "staatssecretaris",
    "burgemeester",
    "generaal",
    "topman",
    "chef",
    "leider",
    "voorzitter",
    "woordvoerder",
    "oud",
    "ex-premier",
    "vicepresident",
    "vicepremier",
    "kroonprins",
    "presidentskandidaat",
    "gezant",
    "afgezant",
    "staatshoofd",
    "regeringsleider",
    "topdiplomaat",
    "kandidaat",
}
_KIND_RANK = {"person": 0, "org": 1, "agency": 1, "name": 2, "standin": 3, "adj": 4, "people": 5}


class ActorMatcher:
    """Finds actor mentions in docs of one language.

    Multi-word names match case-insensitively through a spaCy `PhraseMatcher`; short
    acronyms ("US", "VS", "IS") match case-sensitively so that the pronoun "us" is no
    actor. A token such as "NAVO-topman" or "U.S.-led" mentions the actor of its part
    before the hyphen.
    """

    def __init__(self, nlp: Language, gazetteer: Gazetteer, lang: str) -> None:
        from spacy.matcher import PhraseMatcher

        self.gazetteer = gazetteer
        self.lang = lang if lang in gazetteer.aliases else "en"
        self.by_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.by_orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.table: dict[str, list[tuple[str, str]]] = {}
        lower_patterns: dict[str, list[Doc]] = defaultdict(list)
        orth_patterns: dict[str, list[Doc]] = defaultdict(list)
        for alias, cands in gazetteer.aliases[self.lang].items():
            key = alias if _ACRONYM.match(alias) else alias.lower()
            self.table.setdefault(key, []).extend(cands)
            target = orth_patterns if _ACRONYM.match(alias) else lower_patterns
            target[key].append(nlp.make_doc(alias))
        self.titles = set(TITLE_WORDS)
        for roles in gazetteer.roles.values():
            for role in roles:
                self.titles.update(w.lower() for w in f"{role.title_en} {role.title_nl}".replace("-", " ").split())
        for key, docs in lower_patterns.items():
            self.by_lower.add(key, docs)
        for key, docs in orth_patterns.items():
            self.by_orth.add(key, docs)

    def _candidates(self, text: str) -> list[tuple[str, str]]:
        return self.table.get(text if _ACRONYM.match(text) else text.lower(), [])

    def __call__(self, doc: Doc) -> list[TokenMention]:
        spans = []
        for matcher in (self.by_lower, self.by_orth):
            for key, start, end in matcher(doc):
                span = doc[start:end]
                span.label_ = doc.vocab.strings[key]
                spans.append(span)
        found: list[TokenMention] = []
        covered: set[int] = set()
        for span in _longest(spans):
            cands = self.table.get(span.label_, [])
            kinds = {kind for _, kind in cands}
            if "adj" in kinds and "person" in kinds and len(span) == 1:
                # "Albanese": the adjective before a noun ("de Albanese regering"), else the person.
                nxt = doc[span.end] if span.end < len(doc) else None
                attributive = nxt is not None and nxt.is_alpha and nxt.is_lower
                cands = [c for c in cands if (c[1] == "adj") == attributive]
            best = _best(cands)
            if best is None or (best[1] == "person" and len(span) == 1 and self._other_first_name(doc, span.start)):
                continue
            if best[1] == "standin" and _names_more(doc, span.end):
                continue  # "the Paris Agreement", "Washington Post": the city names something else
            if best[1] == "name" and _in_org_name(doc, span.start):
                continue  # "the Unity Party of America", "de Universiteit van Suriname": a name's last word
            if best[1] in ("standin", "name") and _who_follows(doc, span.end):
                continue  # "Amman, who was described as ...", "Jordan, who scored twice": a person's name
            covered.update(range(span.start, span.end))
            found.append(TokenMention(span.start, span.end, span.start_char, span.end_char, *best))
        for tok in doc:
            if tok.i in covered:
                continue
            text = tok.text
            for suffix in ("'s", "’s", "'", "’"):
                if text.endswith(suffix) and len(text) > len(suffix) + 1:
                    text = text[: -len(suffix)]
                    break
            best = None
            if text != tok.text:
                best = _best(self._candidates(text))
            if best is None and "-" in text[1:-1]:
                prefix, rest = text.split("-", 1)
                if prefix.lower() in _COMPASS and (region := _best(self._candidates(rest))) and region[1] == "name":
                    # "Zuid-Libanon", "Oost-Oekraïne": a region of the state, where things happen to it
                    found.append(TokenMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(text), region[0], "place"))
                    continue
                if rest.lower() in _STANCE_SUFFIXES:
                    continue  # "Syrië-gezinde milities", "Iran-getrouwe milities": backed by the state, not it
                agent = self._compound_state_agent(prefix, rest)
                if agent:  # "VS-militairen", "Darfur-rebellen": the state's (or the region's state's) agents
                    found.append(TokenMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(text), agent, "agent"))
                    continue
                text = prefix if not text.startswith("U.S.") else "U.S."
                best = _best(self._candidates(text))
            if best is not None:
                found.append(TokenMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(text), *best))
        found = self._foreign_bodies(found)
        found = self._ethnic_groups(doc, [m for m in found if m.kind != "agency" and not _stance(doc, m)])
        if doc.has_annotation("DEP"):
            found = self._state_agents(doc, found)
        found.extend(self._provisional(doc, found))
        if doc.has_annotation("DEP"):
            found = self._context_agents(doc, self._state_groups(doc, found))
        found = self._titled_persons(doc, found)
        found = [m for m in found if not _in_water_name(doc, m.start)]
        found.sort(key=lambda m: m.start)
        return found

    def _titled_persons(self, doc: Doc, found: list[TokenMention]) -> list[TokenMention]:
        """A known person whose title in this sentence names a state: "Dutch Prime Minister Mark Rutte" in
        2025 is the Netherlands', whatever role the data give him on the article's date.

        Only a state adjective or name directly before title words ("Israeli Prime Minister", "Lebanon's
        President"); "Dutch NATO chief Mark Rutte" names an organisation between them and changes nothing.
        """
        by_tok = {i: m for m in found for i in range(m.start, m.end)}
        out = []
        for m in found:
            i = m.start - 1
            while m.kind == "person" and i >= 0 and i not in by_tok and self._title_word(doc[i]):
                i -= 1
            owner = by_tok.get(i) if i < m.start - 1 else None
            state = self._country(owner, ("adj", "name")) if owner is not None and owner.end == i + 1 else ""
            out.append(replace(m, state=state) if state else m)
        return out

    def _compound_state_agent(self, prefix: str, rest: str) -> str:
        """The agent a hyphenated compound names: a state's name or adjective, or a place the reference
        puts in one state, before an agent noun of one word ("VS-militairen", "Darfur-rebellen")."""
        nouns = [n for n in self.gazetteer.agents[self.lang].get(rest.lower(), ()) if len(n.words) == 1]
        if not nouns or not rest.islower():
            return ""
        best = _best(self._candidates(prefix))
        entry = self.gazetteer.entries.get(best[0]) if best is not None and best[1] in ("name", "adj") else None
        if entry is not None and entry.type == "Country":
            state = entry.id
        else:
            state = self.gazetteer.by_code.get(self.gazetteer.reference.place(prefix) or "", "")
        return self.gazetteer.add_state_agent(state, nouns[0]) if state else ""

    def _title(self, word: str) -> bool:
        """A title word, also as the end of a Dutch compound ("buitenlandminister", "NAVO-chef")."""
        if word in self.titles:
            return True
        return self.lang == "nl" and word.split("-")[-1].endswith(_NL_TITLE_ENDS)

    def _title_word(self, tok: Token) -> bool:
        """A content word of a title ("Prime", "Minister", "Foreign"); role titles in the data also hold
        "of", "the" and "and", which title nothing by themselves."""
        return tok.pos_ in ("NOUN", "PROPN", "ADJ") and self._title(tok.lower_.rstrip("."))

    def _other_first_name(self, doc: Doc, i: int) -> bool:
        """Whether the surname at `i` follows another given name or an initial: "Hunter Biden" and
        "Cyrus R. Vance" are not Joe Biden or JD Vance (the data's full names match as longer spans)."""
        if i == 0 or not doc.has_annotation("TAG"):
            return False
        prev = doc[i - 1]
        if prev.pos_ != "PROPN" or prev.lower_.rstrip(".") in self.titles:
            return False
        word = prev.text.split("-")[-1]
        if word.lower().rstrip(".") in self.titles:
            return False  # "Vice-President Biden", "NAVO-chef Rutte"
        return bool(re.fullmatch(r"[A-Z]\.|[A-Z][a-zà-ÿ'’]+\.?", word)) and prev.ent_type_ not in ("GPE", "NORP", "ORG")

    # -- agents of states ("Syrian rebels") -------------------------------------------------
    def _country(self, m: TokenMention | None, kinds: tuple[str, ...] = ("name", "adj", "standin")) -> str:
        if m is None or m.kind not in kinds:
            return ""
        entry = self.gazetteer.entries.get(m.actor_id)
        return m.actor_id if entry is not None and entry.type == "Country" else ""

    def _agent_noun(self, doc: Doc, tok: Token) -> tuple[AgentNoun, int] | None:
        """The agent noun `tok` ends, with the index of its first word."""
        table = self.gazetteer.agents[self.lang]
        for key in dict.fromkeys((tok.lemma_.lower(), tok.lower_)):
            for noun in table.get(key, ()):
                first = tok.i - len(noun.words) + 1
                if first >= 0 and all(doc[first + k].lower_ == w for k, w in enumerate(noun.words[:-1])):
                    return noun, first
        return None

    def _foreign_bodies(self, found: list[TokenMention]) -> list[TokenMention]:
        """Drop a state body's generic name that another state's adjective qualifies: "het Iraanse ministerie
        van Buitenlandse Zaken" is not the Dutch ministry the bare name stands for, but Iran's (left to
        :meth:`_state_agents`, which reads "Iraanse ministerie" as Iran's ministry)."""
        ends = {m.end: m for m in found if m.kind == "adj"}
        out = []
        for m in found:
            entry = self.gazetteer.entries.get(m.actor_id) if m.kind == "org" else None
            adj = ends.get(m.start)
            if entry is not None and entry.type == "GovernmentBody" and entry.state and adj is not None:
                state = self._country(adj, ("adj",))
                if state and state != entry.state:
                    continue
            out.append(m)
        return out

    def _state_agents(self, doc: Doc, found: list[TokenMention]) -> list[TokenMention]:
        """Fold "Syrian" + "rebels", "the opposition in Venezuela" into one agent mention.

        The state comes from a modifier of the noun (adjective, name, possessive) or from
        "of"/"van" X (and "in" X where the noun allows it). A noun that is a title of a named
        person ("President Bush", "de Britse premier Keir Starmer") stays a title.
        """
        by_tok = {i: m for m in found for i in range(m.start, m.end)}
        absorbed: set[TokenMention] = set()
        added: list[TokenMention] = []
        for tok in doc:
            if tok.i in by_tok or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            hit = self._agent_noun(doc, tok) or self._compound_agent(doc, tok)
            if hit is None or _titles_a_name(tok):
                continue
            noun, first = hit
            shared = self._coordinated_owners(tok, by_tok, absorbed)
            if shared:  # "French and German diplomats": each state's own agents
                for each, its_state in shared:
                    absorbed.add(each)
                    actor_id = self.gazetteer.add_state_agent(its_state, noun)
                    # "The US and British governments": the article belongs to the noun, not to "US"
                    begin = (
                        each.start + 1 if each.end - each.start > 1 and doc[each.start].pos_ == "DET" else each.start
                    )
                    words = doc[begin : each.end]
                    added.append(
                        TokenMention(words.start, words.end, words.start_char, words.end_char, actor_id, "agent")
                    )
                continue
            state, owner = "", None
            for child in tok.children:
                if (
                    child.i < tok.i
                    and child.dep_ in _STATE_MODS
                    and not any(c.dep_ in ("conj", "cc") for c in child.children)
                ):
                    owner = by_tok.get(child.i)
                    state = self._country(owner)
                    if state:
                        break
            if not state:
                for prep, arg in _preps(tok):
                    if prep in ("of", "van") or (prep in _IN and noun.in_ok):
                        owner = by_tok.get(arg.i)
                        state = self._country(owner, ("name", "standin"))
                        if not state and owner is None and prep in _IN:
                            owner, state = self._place(doc, arg)
                        venue = owner is not None and owner.kind in ("standin", "place") and _meeting_venue(tok)
                        if state and prep in _IN and venue:  # "met the rebels in Havana": where, not whose
                            state, owner = "", None
                            continue
                        if state:
                            break
            if not state and noun.type == "ArmedGroup":
                owner, state = self._base(doc, tok, by_tok)
            if not state or owner is None or owner in absorbed or _inside_org_name(doc, tok, owner):
                continue
            absorbed.add(owner)
            start, end = min(first, owner.start), max(tok.i + 1, owner.end)
            span = doc[start:end]
            actor_id = self.gazetteer.add_state_agent(state, noun)
            place = state if owner.kind in ("standin", "place") else ""
            added.append(TokenMention(start, end, span.start_char, span.end_char, actor_id, "agent", place=place))
        return [m for m in found if m not in absorbed] + added

    def _coordinated_owners(
        self, tok: Token, by_tok: dict[int, TokenMention], absorbed: set[TokenMention]
    ) -> list[tuple[TokenMention, str]]:
        """(mention, state) of each coordinated state modifier of an agent noun: "Ivorian and Togolese
        refugees", "Franse en Duitse diplomaten". Each mention becomes its state's agent over
        its own words only, so that the extractor reads them as coordinated modifiers of the noun and
        makes one claim each; [] unless every conjunct is a different state."""
        for child in tok.children:
            if child.i > tok.i or child.dep_ not in _STATE_MODS or not any(c.dep_ == "conj" for c in child.children):
                continue
            members, todo = [], [child]
            while todo:
                node = todo.pop()
                members.append(node)
                todo.extend(c for c in node.children if c.dep_ == "conj" and c.i < tok.i)
            owners = [by_tok.get(node.i) for node in sorted(members, key=lambda t: t.i)]
            out = []
            for owner in owners:
                state = self._country(owner, ("adj", "name"))
                if not state or owner is None or owner in absorbed:
                    return []
                out.append((owner, state))
            return out if len({state for _, state in out}) == len(out) else []
        return []

    def _base(self, doc: Doc, tok: Token, by_tok: dict[int, TokenMention]) -> tuple[TokenMention | None, str]:
        """The state an armed group is based in: "a militant group based in Lahore", "een in Londen
        gevestigde terreurgroep". Only armed groups: troops or diplomats based abroad are not the host's."""
        for child in tok.children:
            if child.dep_ not in ("acl", "amod", "acl:relcl", "relcl") or child.lower_ not in _BASED:
                continue
            for prep, arg in _preps(child):
                if prep == "in":
                    owner = by_tok.get(arg.i)
                    state = self._country(owner, ("name", "standin"))
                    if not state and owner is None:
                        owner, state = self._place(doc, arg)
                    if state:
                        return owner, state
        return None, ""

    def _compound_agent(self, doc: Doc, tok: Token) -> tuple[AgentNoun, int] | None:
        """An agent noun that modifies the head noun: "opposition candidates", "rebel forces"."""
        for child in tok.children:
            if child.dep_ == "compound" and child.i == tok.i - 1 and child.pos_ in ("NOUN", "PROPN"):
                hit = self._agent_noun(doc, child)
                if hit is not None:
                    return hit
        return None

    def _mention_state(self, m: TokenMention) -> tuple[str, str]:
        """(state id, side) a mention belongs to, or ("", "") for organisations and stateless names."""
        if m.kind == "agent":
            entry = self.gazetteer.derived.get(m.actor_id)
            return (entry.state, entry.side or "state") if entry is not None else ("", "")
        if m.kind in ("name", "adj", "standin", "people", "place"):
            own = m.actor_id if m.kind in ("people", "place") else ""
            return (self._country(m, ("name", "adj", "standin")) or own), m.kind
        if m.kind == "org":
            entry = self.gazetteer.entries.get(m.actor_id)
            home = self.gazetteer.entries.get(entry.state) if entry is not None else None
            if entry is None or home is None or home.type != "Country":
                return "", ""
            if entry.type == "GovernmentBody":
                return home.id, "state"
            return (home.id, "nonstate") if entry.type == "ArmedGroup" else ("", "")
        if m.kind == "person":
            served = self.gazetteer.actor(m.actor_id).state
            return (served, "person") if served in self.gazetteer.entries else ("", "")
        if m.kind == "provisional" and m.state:
            entry = self.gazetteer.entries.get(m.state)
            return (m.state, "person") if entry is not None and entry.type == "Country" else ("", "")
        return "", ""

    def _state_groups(self, doc: Doc, found: list[TokenMention]) -> list[TokenMention]:
        """A people or religious group named with a state adjective is that state's group: "Iraqi
        Kurds" -> "Iraq (Kurds)", "Bosnian Serbs" -> "Bosnia and Herzegovina (Serbs)"."""
        by_start = {m.start: m for m in found}
        out: list[TokenMention] = []
        absorbed: set[TokenMention] = set()
        for m in found:
            adj = by_start.get(m.start - 1) if m.kind == "provisional" and self._group(m) else None
            if adj is None or adj.kind != "adj" or adj.end != m.start or not self._country(adj, ("adj",)):
                continue
            name = doc[m.start : m.end].text
            noun = AgentNoun(tuple(name.lower().split()), name, "Group", "nonstate", False)
            actor_id = self.gazetteer.add_state_agent(adj.actor_id, noun)
            absorbed.update((m, adj))
            out.append(TokenMention(adj.start, m.end, adj.char_start, m.char_end, actor_id, "agent"))
        return [m for m in found if m not in absorbed] + out

    def _context_agents(self, doc: Doc, found: list[TokenMention]) -> list[TokenMention]:
        """Agents the sentence leaves unqualified ("disperse demonstrators", "Shona rebels"), read as
        the agents of the one state the sentence is about, as CAMEO coders do.

        Only where the sentence names exactly one state and it is a domestic scene: one of its
        persons, or an agent of the other side ("Egyptian police ... demonstrators", "the Mozambique
        government ... rebels"). A state named alone does not make one: "protesters outside the
        Russian embassy criticized Russia" need not be Russians. An agent named after a region or
        city the data place in one state ("Darfur rebels") is that state's wherever it stands.
        """
        added: list[TokenMention] = []
        absorbed: set[TokenMention] = set()
        by_tok = {i: m for m in found for i in range(m.start, m.end)}
        taken = set(by_tok)
        for tok in doc:
            # "Darfur rebels", "Kirkuk police": a region's or city's agents are its state's, whatever other
            # states the sentence names
            if tok.i in taken or tok.pos_ not in ("NOUN", "PROPN") or not tok.is_lower:
                continue
            mods = [by_tok[c.i] for c in tok.children if c.i < tok.i and c.i in by_tok]
            places = [m for m in mods if m.kind == "place"]
            if not places or any(not (m.kind == "provisional" and self._group(m)) for m in mods if m.kind != "place"):
                continue
            hit = self._agent_noun(doc, tok) or self._compound_agent(doc, tok)
            if hit is None or _titles_a_name(tok):
                continue
            noun, first = hit
            first = min([first, *(m.start for m in mods)])
            span = doc[first : tok.i + 1]
            taken.update(range(first, tok.i + 1))
            absorbed.update(mods)
            place = places[0].actor_id
            actor_id = self.gazetteer.add_state_agent(place, noun)
            added.append(
                TokenMention(span.start, span.end, span.start_char, span.end_char, actor_id, "agent", place=place)
            )
        found = [m for m in found if m not in absorbed]
        for sent in doc.sents:
            states: dict[str, set[str]] = defaultdict(set)
            for m in [*found, *added]:
                if sent.start <= m.start < sent.end:
                    state, side = self._mention_state(m)
                    if state:
                        states[state].add(side)
            if len(states) != 1:
                continue
            ((state, present),) = states.items()
            for tok in sent:
                if tok.i in taken or tok.pos_ not in ("NOUN", "PROPN"):
                    continue
                hit = self._agent_noun(doc, tok) or self._compound_agent(doc, tok)
                if hit is None or _titles_a_name(tok) or any(_stance_word(c) for c in tok.children if c.i < tok.i):
                    continue  # "pro-Iranian militias" are not the agents of the state the sentence is about
                # "Moslem demonstrators", "Kurdish students": a religion or people as modifier is kept in
                # the agent; a state or an organisation as modifier would have qualified it already.
                mods = [by_tok[c.i] for c in tok.children if c.i < tok.i and c.i in by_tok]
                if any(not (m.kind == "provisional" and self._group(m)) for m in mods):
                    continue
                noun, first = hit
                first = min([first, *(m.start for m in mods)])
                if not tok.is_lower and tok.i != sent.start:
                    continue  # a capitalised noun is part of a name ("Forces for Defence of Democracy")
                other = "state" if noun.side == "nonstate" else "nonstate"
                if not (other in present or "person" in present):
                    continue
                span = doc[first : tok.i + 1]
                taken.update(range(first, tok.i + 1))
                absorbed.update(mods)
                actor_id = self.gazetteer.add_state_agent(state, noun)
                added.append(TokenMention(span.start, span.end, span.start_char, span.end_char, actor_id, "agent"))
        return [m for m in found if m not in absorbed] + added

    def _group(self, m: TokenMention) -> bool:
        entry = self.gazetteer.derived.get(m.actor_id)
        return entry is not None and entry.type == "Group"

    def _place(self, doc: Doc, tok: Token) -> tuple[TokenMention | None, str]:
        """A city, province or region the reference data place in one state ("police in Hebron"):
        a mention of the place (never an actor of its own) and the state's id."""
        if tok.pos_ != "PROPN" or not tok.is_title:
            return None, ""
        first = min(
            [c.i for c in tok.lefts if c.dep_ in ("compound", "flat", "flat:name") and c.pos_ == "PROPN"] or [tok.i]
        )
        span = doc[first : tok.i + 1]
        iso = self.gazetteer.reference.place(span.text)
        state = self.gazetteer.by_code.get(iso or "", "")
        if not state:
            return None, ""
        return TokenMention(span.start, span.end, span.start_char, span.end_char, state, "place"), state

    # -- provisional actors ------------------------------------------------------------------
    def _provisional(self, doc: Doc, found: list[TokenMention]) -> list[TokenMention]:
        """Names the data lack: English named entities, Dutch proper-noun runs."""
        taken = {i for m in found for i in range(m.start, m.end)}
        out: list[TokenMention] = []
        for span, type_ in self._names(doc):
            while len(span) and (span[0].pos_ == "DET" or span[0].lower_ == "the"):
                span = span[1:]
            while len(span) > 1 and self.lang == "nl" and self._title(span[0].lower_):
                span = span[1:]  # "President Museveni": a Dutch proper-noun run can begin with a title
            while len(span) and span[-1].lower_ in ("'s", "’s", "'", "’"):
                span = span[:-1]
            if type_ == "Unknown" and len(span):
                span = self._of_name(doc, span, taken)
            name = span.text.strip()
            if (
                len(name) < 2
                or not any(ch.isupper() for ch in name)
                or fold(name) in NEWS_AGENCIES
                or any(t.i in taken for t in span)
                or _stance_word(span[0])  # "Anti-American", "pro-Western"
                or all(t.like_num or t.lower_ in _COUNT_WORDS for t in span)  # "Millions don't turn up"
                or (type_ == "Unknown" and span[-1].lower_ in _INSTRUMENTS)  # "the Indus Waters Treaty"
            ):
                continue
            ethnic = type_ == "Group" and _ethnic(doc, span.start)
            people = self._people(name) if type_ == "Group" and not ethnic else ""
            # "ethnic Albanians in Serbia", "the Kurds of northern Iraq": a group of the state they live in,
            # as CAMEO codes it; "in" only after "ethnic" ("the Russians in eastern Ukraine" may be its troops)
            home = ""
            if type_ == "Group" and doc.has_annotation("DEP"):
                home = self._home(span, found, _IN_OF if ethnic else _OF, clause=ethnic)
            if home and home != people:
                taken.update(range(span.start - (1 if ethnic else 0), span.end))
                out.append(self._ethnic_agent(doc, span, home, ethnic=ethnic))
                continue
            if people:  # "the Palestinians", "Libyans": a state's people stand for the state
                taken.update(t.i for t in span)
                out.append(TokenMention(span.start, span.end, span.start_char, span.end_char, people, "people"))
                continue
            # ("Amman, who was described as ...": a person's name, not the capital)
            place = "" if _who_follows(doc, span.end) else self._place_of_state(doc, span, name, type_, found)
            if place:  # "de Oekraïense havenstad Odesa", "Hebron": where things happen to a state
                taken.update(t.i for t in span)
                out.append(TokenMention(span.start, span.end, span.start_char, span.end_char, place, "place"))
                continue
            if type_ == "Place":
                continue
            type_, code, side, state = self._standing(doc, span, name, type_, found)
            actor_id = self.gazetteer.add_provisional(name, type_, code=code, side=side)
            taken.update(t.i for t in span)
            out.append(
                TokenMention(span.start, span.end, span.start_char, span.end_char, actor_id, "provisional", state)
            )
        return out

    def _of_name(self, doc: Doc, span: Span, taken: set[int]) -> Span:
        """The organisation's whole name where the recogniser stopped before "of" ("the Liberation Tigers"
        + "of Tamil Eelam"), when the reference knows the longer name."""
        j = span.end + 1
        if span.end >= len(doc) or doc[span.end].lower_ not in ("of", "van"):
            return span
        while j < len(doc) and doc[j].pos_ == "PROPN" and j not in taken:
            j += 1
        longer = doc[span.start : j]
        return longer if j > span.end + 1 and self.gazetteer.reference.group(longer.text) is not None else span

    def _standing(
        self, doc: Doc, span: Span, name: str, type_: str, found: list[TokenMention]
    ) -> tuple[str, str, str, str]:
        """(type, code, side, state id) of a name the curated data lack.

        A person's title names the state first ("Portuguese President Mario Soares"); else the
        reference data may know the full name, or, after a title, the surname of a member of
        one state's government ("President Museveni"). An organisation the reference data know
        gets its state, or counts as IGO/NGO/IMG when it has none.
        """
        ref = self.gazetteer.reference
        titled = span.start > 0 and self._title(doc[span.start - 1].lower_.rstrip("."))
        if type_ == "Unknown" and titled and self.lang == "nl":
            type_ = "Person"  # Dutch has no NER: a title before a name makes it a person ("president Museveni")
        if type_ == "Person":
            state = self._title_state(span, found)
            if state:
                return type_, "", "", state
        if type_ in ("Person", "Unknown"):
            state, side = self._member_of(span, found)
            if state:  # "A member of the Egyptian parliament, X", "X, lid van het Turkse parlement"
                return "Person", "", side, state
        if type_ in ("Person", "Unknown"):
            person = ref.person(name)
            if person is not None and person[0] in self.gazetteer.by_code:
                return "Person", "", person[1], self.gazetteer.by_code[person[0]]
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        if len(span) == 1 and (
            (type_ == "Person" and before in _OFFICE_TITLES) or (after in _GOVERNS and span[0].is_title)
        ):
            iso = ref.office_holder(span.text)  # "President Museveni", "the Bush administration"
            if iso in self.gazetteer.by_code:
                return "Person", "", "", self.gazetteer.by_code[iso]
        if type_ in ("Person", "Unknown") and before in _OFFICE_TITLES and len(span) <= 3:
            iso = ref.office_holder_near(name)  # "President Musevenni": a misspelt head of state
            if iso in self.gazetteer.by_code:
                return "Person", "", "", self.gazetteer.by_code[iso]
        if type_ == "Person":
            group = ref.group(name)  # a leader listed with his armed group ("Osama bin Laden")
            if group is not None and not group[0] and group[2] == "ArmedGroup":
                return type_, "IMG", "nonstate", ""
        if type_ == "Unknown":
            group = ref.group(name)
            if group is not None:
                iso, sector, gtype = group
                side = "nonstate" if sector in _NONSTATE_SECTORS else ""
                if iso in self.gazetteer.by_code:
                    return gtype, "", side, self.gazetteer.by_code[iso]
                if not iso:
                    code = {"InternationalOrganization": "IGO", "NonGovernmentalOrganization": "NGO"}.get(gtype, "IMG")
                    return gtype, code, side, ""
        return type_, "", "", ""

    def _ethnic_groups(self, doc: Doc, found: list[TokenMention]) -> list[TokenMention]:
        """ "ethnic Albanian(s)", "etnische Albanezen": a people across borders, not the state of its
        name. The adjective is dropped; the people becomes a group of the state it lives in when
        "in X" says so, else it is dropped too."""
        out = []
        parsed = doc.has_annotation("DEP")
        for m in found:
            span = doc[m.start : m.end]
            if m.kind in ("adj", "people") and _ethnic(doc, m.start):
                home = self._home(span, found, clause=True) if m.kind == "people" and parsed else ""
                if home:
                    out.append(self._ethnic_agent(doc, span, home))
                continue
            home = self._home(span, found, _OF) if m.kind == "people" and parsed else ""
            if home and home != m.actor_id:  # "the Hungarians of southern Slovakia": Slovakia's Hungarians
                out.append(self._ethnic_agent(doc, span, home, ethnic=False))
                continue
            out.append(m)
        return out

    def _ethnic_agent(self, doc: Doc, span: Span, home: str, *, ethnic: bool = True) -> TokenMention:
        name = span.text
        words = ("ethnic", *name.lower().split()) if ethnic else tuple(name.lower().split())
        noun = AgentNoun(words, f"ethnic {name}" if ethnic else name, "Group", "nonstate", True)
        start = span.start - 1 if ethnic else span.start
        return TokenMention(
            start, span.end, doc[start].idx, span.end_char, self.gazetteer.add_state_agent(home, noun), "agent"
        )

    def _place_of_state(self, doc: Doc, span: Span, name: str, type_: str, found: list[TokenMention]) -> str:
        """The state a name the data lack is a place of: a name beside a place noun with a state
        adjective ("de Oekraïense havenstad Odesa", "het Oekraïense schiereiland de Krim"), or,
        for a name of unknown type, a city or region the reference data place in one state."""
        own = self.gazetteer.reference.own_place(name)
        if own and not _person_context(span):
            return self.gazetteer.by_code.get(own, "")
        if type_ not in ("Unknown", "Group", "Place") or not doc.has_annotation("DEP"):
            return ""
        by_tok = {i: m for m in found for i in range(m.start, m.end)}
        root = span.root
        nouns = []
        if root.dep_ in ("appos", "flat", "flat:name", "nmod", "compound") and root.head.i not in range(
            span.start, span.end
        ):
            nouns.append(root.head)
        before = span.start - 1
        if before > 0 and doc[before].pos_ == "DET":
            before -= 1  # "het schiereiland de Krim": also when the parser does not join them
        if before >= 0:
            nouns.append(doc[before])
        for noun in nouns:
            if noun.pos_ == "NOUN" and _place_noun(noun.lower_):
                for child in noun.children:
                    if child.i < noun.i and child.dep_ in _STATE_MODS:
                        state = self._country(by_tok.get(child.i), ("adj", "name"))
                        if state:
                            return state
        if type_ in ("Unknown", "Place"):
            iso = self.gazetteer.reference.place(name)
            return self.gazetteer.by_code.get(iso or "", "")
        return ""

    def _home(
        self, span: Span, found: list[TokenMention], preps: frozenset[str] = _IN_OF, *, clause: bool = False
    ) -> str:
        """The state a people or ethnic group lives in, by "in X" or "of X" on its noun ("ethnic Albanians
        in Serbia", "the Kurds of northern Iraq"), X a state or one of its places ("of Kirkuk"); with
        `clause`, also by "in X" on the verb it is the subject of ("ethnic Albanians protested in Serbia")."""
        by_tok = {i: m for m in found for i in range(m.start, m.end)}
        # the Dutch parser can label "van Zuid-Servië" flat: any dependent with a preposition of its own
        args = [
            *_preps(span.root),
            *(
                (c.lower_, child)
                for child in span.root.rights
                for c in child.children
                if c.dep_ == "case" and child.dep_ not in ("nmod", "obl", "obl:arg")
            ),
        ]
        for prep, arg in args:
            if prep in preps:
                m = by_tok.get(arg.i)
                state = self._country(m, ("name", "standin", "place")) if m else self._place(span.doc, arg)[1]
                if state:
                    return state
        if clause and span.root.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and span.root.head.pos_ == "VERB":
            verb = span.root.head
            return self._home(span.doc[verb.i : verb.i + 1], found, frozenset({"in"}))
        return ""

    def _people(self, name: str) -> str:
        """The state whose people a plural demonym names ("Libyans" -> Libya), or ""."""
        if not name.endswith("s") or " " in name:
            return ""
        best = _best(self._candidates(name[:-1]))
        if best is None or best[1] != "adj":
            return ""
        entry = self.gazetteer.entries.get(best[0])
        return best[0] if entry is not None and entry.type == "Country" else ""

    def _names(self, doc: Doc) -> Iterator[tuple[Span, str]]:
        if doc.has_annotation("ENT_IOB"):
            for ent in doc.ents:
                if ent.label_ in PROVISIONAL_TYPES:
                    yield ent, PROVISIONAL_TYPES[ent.label_]
                elif ent.label_ in ("GPE", "LOC"):
                    yield ent, "Place"  # never an actor; a place of a state when the reference knows it
            return
        if self.lang != "nl" or not doc.has_annotation("POS"):
            return
        # Dutch: kg's Dutch pipeline has no NER; a run of proper nouns is a name.
        i = 0
        while i < len(doc):
            if doc[i].pos_ != "PROPN":
                i += 1
                continue
            j = i + 1
            while j < len(doc) and doc[j].pos_ == "PROPN":
                j += 1
            span = doc[i:j]
            nxt = doc[j] if j < len(doc) else None
            dateline = span.text.isupper() and nxt is not None and nxt.text in ("(", "-", "–")
            # A lone capitalised word opening a sentence is as often a common word the tagger misread;
            # a compound ending in a common noun ("Patriot-systemen", "F-16-toestellen") is a thing.
            thing = "-" in span[-1].text and span[-1].text.rsplit("-", 1)[1].islower()
            if not dateline and not thing and not (len(span) == 1 and span[0].is_sent_start):
                yield span, "Unknown"
            i = j

    def _org(self, m: TokenMention | None) -> str:
        """The international organisation a name mention is, or ""."""
        if m is None or m.kind not in ("name", "org"):
            return ""
        entry = self.gazetteer.entries.get(m.actor_id)
        return m.actor_id if entry is not None and entry.type == "InternationalOrganization" else ""

    def _member_of(self, span: Span, found: list[TokenMention]) -> tuple[str, str]:
        """(state, side) of a name in apposition with a role noun "of"/"for" a state's agent or the state:
        "a member of the Egyptian parliament, X", "X, a spokesman for the Kenyan opposition", "X, lid van
        het Turkse parlement". The side is the agent's: a member of the opposition is not the state's."""
        root = span.root
        nouns = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
        if root.dep_ == "appos" and root.head.i < root.i:
            nouns.append(root.head)
        by_tok = {i: m for m in found for i in range(m.start, m.end)}
        for noun in nouns:
            if noun.pos_ != "NOUN" or not (noun.lower_ in _MEMBERS or self._title(noun.lower_)):
                continue
            for prep, arg in _preps(noun):
                m = by_tok.get(arg.i)
                if prep not in ("of", "van", "for", "voor") or m is None:
                    continue
                if m.kind == "agent":
                    entry = self.gazetteer.derived.get(m.actor_id)
                    if entry is not None and entry.state in self.gazetteer.entries:
                        return entry.state, entry.side if entry.side == "nonstate" else "state"
                state = self._country(m, ("name", "standin"))
                if state:
                    return state, "state"
        return "", ""

    def _title_state(self, span: Span, found: list[TokenMention]) -> str:
        """The state (or international organisation) in a person's title: "Portuguese President Mario
        Soares", "Lebanon's President ...", "King Hassan of Morocco", "U.N. mediator Diego Cordovez"."""
        by_tok = {i: m for m in found for i in range(m.start, m.end)}
        for prep, pobj in _preps(span.root):
            if prep in ("of", "van") and pobj.i > span.root.i:
                state = self._country(by_tok.get(pobj.i), ("name",))
                if state:
                    return state
        org = ""
        todo = [span.root]
        if span.root.dep_ == "appos":
            todo.append(span.root.head)
        seen = 0
        while todo and seen < 12:
            tok = todo.pop()
            seen += 1
            for child in tok.children:
                at_root = tok.i == span.root.i  # (Token objects are views: compare indices, not identity)
                if at_root and child.dep_ == "appos" and child.i > span.root.i:
                    todo.append(child)  # "Kofi Annan, UN secretary-general"
                    continue
                if child.i >= span.root.i and at_root:
                    continue
                state = self._country(by_tok.get(child.i), ("adj", "name"))
                if state and child.dep_ in _STATE_MODS:
                    return state
                if not org and child.dep_ in _STATE_MODS and (child.i < span.root.i or tok.dep_ == "appos"):
                    org = self._org(by_tok.get(child.i))
                if child.dep_ in ("compound", "amod", "flat", "flat:name", "nmod"):
                    todo.append(child)
        return org


PROVISIONAL_TYPES = {"PERSON": "Person", "ORG": "Unknown", "NORP": "Group"}
_STATE_MODS = {"amod", "compound", "poss", "nmod:poss", "nmod", "det:poss"}


def _preps(tok: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, noun) under `tok`, in ClearNLP (prep/pobj) and UD (nmod/obl + case)."""
    for child in tok.children:
        if child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    yield child.lower_, pobj
        elif child.dep_ in ("nmod", "obl", "obl:arg"):
            for case in child.children:
                if case.dep_ == "case":
                    yield case.lower_, child


_CALENDAR = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
}


# Types whose actors are parts of a state and carry its code (DESIGN: "a person or body carries its state's code").
STATE_BODY_TYPES = {"GovernmentBody", "PoliticalParty"}
# Counting words that a sentence-initial capital makes look like names: "Millions don't turn up".
# Names of texts and instruments, not of actors: an organisation name ending in one of these is what
# states sign, suspend or leave ("suspended the Indus Waters Treaty with Pakistan").
_INSTRUMENTS = frozenset(
    {"treaty", "agreement", "accord", "accords", "pact", "convention", "protocol", "charter", "act", "deal"}
)
_COUNT_WORDS = {
    "millions",
    "thousands",
    "hundreds",
    "dozens",
    "tens",
    "scores",
    "billions",
    "miljoenen",
    "duizenden",
    "honderden",
    "tientallen",
    "dozijnen",
}


# Heads of organisations named "X of <state>" (not state bodies: "Bank of Japan", "Government of Iraq").
_ORG_OF_HEADS = {
    "party",
    "church",
    "university",
    "association",
    "federation",
    "league",
    "society",
    "institute",
    "movement",
    "academy",
    "museum",
    "college",
    "foundation",
    "club",
    "partij",
    "kerk",
    "universiteit",
    "vereniging",
    "federatie",
    "stichting",
    "beweging",
    "academie",
}


def _person_context(span: Span) -> bool:
    """Whether a name is used of a person: a title or first name before it, or a relative "who" after it."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.is_title and before.lower_ in TITLE_WORDS:
        return True
    return _who_follows(doc, span.end)


_MEETING_VERBS = {"meet", "host", "receive", "ontmoeten", "ontvangen", "spreken"}


def _meeting_venue(noun: Token) -> bool:
    """Whether the agent noun is met or received by someone: its "in X" is then more often the venue."""
    head = noun.head
    return noun.dep_ in ("dobj", "obj") and head.pos_ == "VERB" and head.lemma_.lower() in _MEETING_VERBS


def _in_org_name(doc: Doc, i: int) -> bool:
    """Whether the state name at `i` ends an organisation's name: "Unity Party of America"."""
    if i < 2 or doc[i - 1].lower_ not in ("of", "van"):
        return False
    head = doc[i - 2]
    return head.is_title and head.lower_ in _ORG_OF_HEADS


def _who_follows(doc: Doc, i: int) -> bool:
    """Whether a relative clause about a person follows the token before `i` ("Amman, who ...")."""
    return i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in ("who", "whom", "whose")


def _names_more(doc: Doc, i: int) -> bool:
    """Whether the token at `i` continues a proper name begun before it ("Paris Agreement")."""
    if i >= len(doc) or not doc.has_annotation("TAG"):
        return False
    nxt = doc[i]
    return nxt.is_title and nxt.pos_ in ("PROPN", "NOUN") and nxt.lower_ not in _CALENDAR and not nxt.is_sent_start


def _longest(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans, longest first, as `spacy.util.filter_spans`, but a leading "the" does
    not count: in "the US Congress", "US Congress" wins over "the US"."""

    def size(span: Span) -> int:
        return len(span) - (1 if span[0].lower_ in ("the", "de", "het") else 0)

    out: list[Span] = []
    seen: set[int] = set()
    for span in sorted(spans, key=lambda sp: (-size(sp), sp.start)):
        if not seen.intersection(range(span.start, span.end)):
            out.append(span)
            seen.update(range(span.start, span.end))
    return sorted(out, key=lambda sp: sp.start)


# A state after "pro-"/"anti-" or before "-gezinde" names a stance towards it, not its own people or agents.
_STANCE_PREFIXES = frozenset({"pro", "anti"})
_STANCE_SUFFIXES = frozenset(
    {"gezind", "gezinde", "getrouw", "getrouwe", "gesteund", "gesteunde", "vriendelijk", "vriendelijke"}
)


def _stance(doc: Doc, m: TokenMention) -> bool:
    """Whether a state mention is the object of a stance: "Anti-American protesters", "pro-Russian
    separatists" (tokenised "Pro", "-", "Russian") are not Americans or Russia's separatists."""
    if m.kind not in ("adj", "name", "standin", "people") or m.start < 1:
        return False
    before = doc[m.start - 1]
    if before.lower_.rstrip("-") in _STANCE_PREFIXES and before.text.endswith("-"):
        return True
    return before.text == "-" and m.start >= 2 and doc[m.start - 2].lower_ in _STANCE_PREFIXES


def _stance_word(tok: Token) -> bool:
    """ "pro", "anti-", "pro-Western", "Iran-getrouwe": a word that names a stance towards someone."""
    word = tok.lower_
    return (
        word.rstrip("-") in _STANCE_PREFIXES
        or word.startswith(("pro-", "anti-"))
        or ("-" in word and word.rsplit("-", 1)[1] in _STANCE_SUFFIXES)
    )


def _ethnic(doc: Doc, i: int) -> bool:
    """Whether the word before `i` marks an ethnic group ("ethnic Albanians in Serbia", "etnische
    Albanezen"): a people that lives across borders, not the state of that name."""
    return i > 0 and doc[i - 1].lower_ in ("ethnic", "etnisch", "etnische")


def _titles_a_name(tok: Token) -> bool:
    """Whether `tok` is the title of a named person: "President Bush", "premier Keir Starmer"."""
    if tok.dep_ in ("compound", "flat", "flat:name") and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
        return True
    return any(
        c.dep_ in ("appos", "flat", "flat:name", "compound", "nmod")
        and c.pos_ == "PROPN"
        and c.i > tok.i
        and not any(g.dep_ in ("case", "prep") for g in c.children)
        for c in tok.children
    )


def _inside_org_name(doc: Doc, tok: Token, owner: TokenMention) -> bool:
    """ "the Free Syrian Army": the noun ends an organisation's name that starts before the state."""
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ == "ORG":
            first = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
            return first < owner.start
    return False


def _best(cands: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The one reading of an alias; None when it names several actors of one kind (ambiguous)."""
    if not cands:
        return None
    ranked = sorted(cands, key=lambda c: _KIND_RANK.get(c[1], 9))
    top_rank = _KIND_RANK.get(ranked[0][1], 9)
    top = {c[0] for c in ranked if _KIND_RANK.get(c[1], 9) == top_rank}
    return ranked[0] if len(top) == 1 else None
