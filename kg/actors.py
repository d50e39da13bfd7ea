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
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ActorError
from .model import Actor, content_hash

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

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
]

ACTOR_DIR = Path(__file__).resolve().parent.parent / "ontology" / "actors"
if not ACTOR_DIR.is_dir():  # installed as a wheel: data ship inside the package
    ACTOR_DIR = Path(__file__).resolve().parent / "data" / "actors"

# Agencies are named in datelines and bylines; they report events, they never take part.
NEWS_AGENCIES = frozenset(
    {"anp", "rtr", "reuters", "afp", "ap", "dpa", "belga", "bloomberg", "efe", "ansa", "tass", "ria", "xinhua",
     "associated press", "agence france-presse", "persbureau"}
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


@dataclass(frozen=True, slots=True)
class TokenMention:
    """An actor found in a Doc: tokens [start, end), characters [char_start, char_end) in the doc."""

    start: int
    end: int
    char_start: int
    char_end: int
    actor_id: str
    kind: str  # name | adj | standin | person | org | provisional

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


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
        self._load()

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
        for row in _read_tsv(d / "organizations.tsv"):
            qid = row["qid"]
            state_iso = row.get("state_iso3", "")
            state = next((e.id for e in self.entries.values() if e.type == "Country" and e.code == state_iso), "")
            kind = "agency" if row["type"] == "Company" and fold(row["label_en"]) in NEWS_AGENCIES else "org"
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
                row["person_qid"], row["role_en"], row["role_nl"], row["org_qid"], row["code"],
                _date(row["start"]), _date(row["end"]),
            )
            self.roles[role.person].append(role)
        for roles in self.roles.values():
            roles.sort(key=lambda r: (r.start or date.min, r.end or date.max))

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
                return max(holding, key=lambda r: (r.start or date.min))
            past = [r for r in roles if r.start is None or r.start <= on]
            if past:
                return past[-1]
        return roles[-1]

    def actor(self, actor_id: str, *, on: date | None = None) -> Actor:
        """The `Actor` for an id, with a person's state and role as of `on`."""
        entry = self.entries.get(actor_id)
        if entry is None:
            raise ActorError(f"unknown actor id {actor_id!r}")
        return self._actor(entry, on)

    @lru_cache(maxsize=65536)  # noqa: B019 - the gazetteer lives as long as the process
    def _actor(self, entry: Entry, on: date | None) -> Actor:
        if entry.type != "Person":
            state = self.entries.get(entry.state)
            return Actor(
                id=entry.id, label=entry.label_en, label_nl=entry.label_nl, type=entry.type, code=entry.code,
                state=entry.state, state_label=state.label_en if state else "",
            )
        role = self.role_on(entry.id, on)
        org = self.entries.get(role.org) if role else None
        return Actor(
            id=entry.id, label=entry.label_en, label_nl=entry.label_nl, type="Person",
            code=role.code if role else "", state=role.org if role else "",
            state_label=org.label_en if org else "", role=role.title_en if role else "",
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


@lru_cache(maxsize=2)
def load_gazetteer(directory: str | Path = ACTOR_DIR) -> Gazetteer:
    """The actor data, loaded once per process."""
    return Gazetteer(Path(directory))


def provisional_actor(name: str, *, type: str = "Unknown") -> Actor:
    """A stable actor for a name that is not in the data ("kg:" + hash of the folded name)."""
    name = " ".join(name.split())
    return Actor(id=content_hash(fold(name), prefix="kg:", length=12), label=name, type=type, provisional=True)


_ACRONYM = re.compile(r"^[A-Z][A-Z.&]{0,5}$")
_KIND_RANK = {"person": 0, "org": 1, "agency": 1, "name": 2, "standin": 3, "adj": 4}


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
        for key, docs in lower_patterns.items():
            self.by_lower.add(key, docs)
        for key, docs in orth_patterns.items():
            self.by_orth.add(key, docs)

    def _candidates(self, text: str) -> list[tuple[str, str]]:
        return self.table.get(text if _ACRONYM.match(text) else text.lower(), [])

    def __call__(self, doc: Doc) -> list[TokenMention]:
        from spacy.util import filter_spans

        spans = []
        for matcher in (self.by_lower, self.by_orth):
            for key, start, end in matcher(doc):
                span = doc[start:end]
                span.label_ = doc.vocab.strings[key]
                spans.append(span)
        found: list[TokenMention] = []
        covered: set[int] = set()
        for span in filter_spans(spans):
            cands = self.table.get(span.label_, [])
            best = _best(cands)
            if best is None:
                continue
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
                text = text.split("-")[0] if not text.startswith("U.S.") else "U.S."
                best = _best(self._candidates(text))
            if best is not None:
                found.append(TokenMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(text), *best))
        found.sort(key=lambda m: m.start)
        return [m for m in found if m.kind != "agency"]


def _best(cands: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The one reading of an alias; None when it names several actors of one kind (ambiguous)."""
    if not cands:
        return None
    ranked = sorted(cands, key=lambda c: _KIND_RANK.get(c[1], 9))
    top_rank = _KIND_RANK.get(ranked[0][1], 9)
    top = {c[0] for c in ranked if _KIND_RANK.get(c[1], 9) == top_rank}
    return ranked[0] if len(top) == 1 else None
