"""The frozen records that kg's stages hand to each other.

Articles come out of ingest, actors and mentions out of actor resolution, claims out of
extraction; the store, the graph and the page only ever read these.

>>> a = Article.from_text("Rusland steunt Noord-Korea.", source="demo.txt", language="nl")
>>> a.id.startswith("a-") and len(a.id) == 18
True
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Literal

__all__ = [
    "RELATIONS",
    "QUAD_CLASSES",
    "VERDICTS",
    "Article",
    "Actor",
    "Mention",
    "Provenance",
    "Claim",
    "Annotation",
    "content_hash",
    "claim_record",
    "CLAIM_COLUMNS",
]

# relation -> (quad class, CAMEO root codes); mirrors ontology/kg.ttl (a test keeps them in step).
RELATIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "appeals_to": ("verbal_cooperation", ("02",)),
    "consults": ("verbal_cooperation", ("04",)),
    "cooperates_with": ("verbal_cooperation", ("03", "05")),
    "supports": ("material_cooperation", ("06", "07")),
    "yields_to": ("material_cooperation", ("08",)),
    "investigates": ("verbal_conflict", ("09",)),
    "demands": ("verbal_conflict", ("10",)),
    "criticizes": ("verbal_conflict", ("11",)),
    "rejects": ("verbal_conflict", ("12",)),
    "threatens": ("verbal_conflict", ("13",)),
    "protests": ("material_conflict", ("14",)),
    "mobilizes_against": ("material_conflict", ("15",)),
    "sanctions": ("material_conflict", ("16",)),
    "coerces": ("material_conflict", ("17",)),
    "attacks": ("material_conflict", ("18", "19", "20")),
}
QUAD_CLASSES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
VERDICTS = ("confirmed", "rejected", "corrected", "comment")

#: One row per claim: the table `Store.claims_df()` returns and the graph and page read.
CLAIM_COLUMNS = (
    "claim",
    "subject",
    "subject_label",
    "subject_label_nl",
    "subject_type",
    "subject_code",
    "subject_state",
    "subject_state_label",
    "subject_text",
    "relation",
    "quad_class",
    "cameo",
    "object",
    "object_label",
    "object_label_nl",
    "object_type",
    "object_code",
    "object_state",
    "object_state_label",
    "object_text",
    "attributed_to",
    "attributed_to_label",
    "negated",
    "hedged",
    "confidence",
    "sentence",
    "char_start",
    "char_end",
    "article",
    "title",
    "dateline",
    "agency",
    "date",
    "source",
    "language",
    "extractor",
    "verdict",
    "corrected_relation",
    "note",
)

Verdict = Literal["confirmed", "rejected", "corrected", "comment"]


def content_hash(*parts: str, prefix: str = "", length: int = 16) -> str:
    """A short, stable hex digest of `parts`, used for every id kg mints.

    >>> content_hash("a", "b", prefix="x-")
    'x-f04cdced9736a69d'
    """
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return prefix + digest[:length]


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One news item. `text` is exactly what character spans index into."""

    id: str
    text: str
    title: str = ""
    dateline: str = ""
    agency: str = ""
    date: date | None = None
    source: str = ""
    language: str = ""
    item: int = 0  # position of the item on a multi-item page

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError(f"article {self.id!r} has no text")
        if not self.id:
            raise ValueError("article id must not be empty")
        if isinstance(self.date, datetime):
            object.__setattr__(self, "date", self.date.date())
        elif isinstance(self.date, str):
            # "2025-03-19" from JSON, CSV or a notebook: a date, or a clear error.
            try:
                object.__setattr__(
                    self, "date", date.fromisoformat(self.date.strip()[:10]) if self.date.strip() else None
                )
            except ValueError:
                raise ValueError(f"article {self.id!r}: date {self.date!r} is not an ISO date (YYYY-MM-DD)") from None

    @classmethod
    def from_text(cls, text: str, **meta: object) -> Article:
        """Make an article whose id is the hash of its text (same text, same id)."""
        return cls(id=content_hash(text, prefix="a-"), text=text, **meta)  # type: ignore[arg-type]

    @property
    def display_title(self) -> str:
        """The title, or the opening words of the text for teasers without one."""
        if self.title:
            return self.title
        head = self.text.strip().split("\n", 1)[0]
        return head if len(head) <= 90 else head[:87].rstrip() + "…"

    @property
    def content_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """A canonical actor: a state, organisation, armed group, government body or person.

    `id` is a bare Wikidata QID ("Q159") where known, else a stable "kg:..." id.
    `state` is the id of the state or organisation this actor rolls up to (itself for
    states and organisations; for a person, the one it served at the article's date).
    """

    id: str
    label: str
    type: str
    code: str = ""
    label_nl: str = ""
    state: str = ""
    state_label: str = ""
    role: str = ""
    provisional: bool = False

    def __post_init__(self) -> None:
        if not self.id or not self.label:
            raise ValueError(f"actor needs an id and a label, got {self.id!r}/{self.label!r}")

    @property
    def iri(self) -> str:
        if self.id.startswith("Q") and self.id[1:].isdigit():
            return f"http://www.wikidata.org/entity/{self.id}"
        return "https://kg.example.org/actor/" + self.id.removeprefix("kg:")

    @property
    def rollup(self) -> str:
        """Id of the state or organisation seen in the country-level view."""
        return self.state or self.id


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """An actor as written in an article: the surface text and its character span."""

    actor: Actor
    text: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad mention span {self.start}..{self.end} for {self.text!r}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Provenance:
    """Where a claim came from: article, sentence, its span in the article text, extractor."""

    article_id: str
    sentence: str
    char_start: int
    char_end: int
    extractor: str
    extractor_version: str
    extracted_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    cue: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.char_start < self.char_end:
            raise ValueError(f"bad sentence span {self.char_start}..{self.char_end}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One extracted relation instance between two actors, with its provenance."""

    subject: Mention
    relation: str
    object: Mention
    provenance: Provenance
    attributed_to: Actor | None = None
    negated: bool = False
    hedged: bool = False
    confidence: float = 0.5
    id: str = ""

    def __post_init__(self) -> None:
        if self.relation not in RELATIONS:
            raise ValueError(f"unknown relation {self.relation!r}; valid: {', '.join(RELATIONS)}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence must be in [0, 1], got {self.confidence}")
        if not self.id:
            object.__setattr__(self, "id", self.make_id())

    def make_id(self) -> str:
        p = self.provenance
        return content_hash(
            p.article_id,
            str(p.char_start),
            str(p.char_end),
            self.subject.actor.id,
            self.relation,
            self.object.actor.id,
            prefix="c-",
        )

    @property
    def quad_class(self) -> str:
        return RELATIONS[self.relation][0]

    @property
    def cameo(self) -> str:
        return RELATIONS[self.relation][1][0]


@dataclass(frozen=True, slots=True, kw_only=True)
class Annotation:
    """An analyst's verdict on, or note about, a claim or an edge."""

    target: str
    verdict: Verdict
    analyst: str
    note: str = ""
    relation: str | None = None
    created: datetime = field(default_factory=lambda: datetime.now(UTC))
    id: str = ""

    def __post_init__(self) -> None:
        if self.verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {self.verdict!r}; valid: {', '.join(VERDICTS)}")
        if self.verdict == "corrected" and self.relation not in RELATIONS:
            raise ValueError(f"a correction needs a valid relation, got {self.relation!r}")
        if not self.id:
            object.__setattr__(
                self,
                "id",
                content_hash(self.target, self.verdict, self.analyst, self.created.isoformat(), prefix="n-"),
            )


def _actor_record(actor: Actor, text: str | None = None) -> dict[str, object]:
    record: dict[str, object] = {"label": actor.label, "id": actor.id, "code": actor.code, "type": actor.type}
    if actor.type == "Person":
        record.update(state=actor.state, role=actor.role)
    if text is not None:
        record["text"] = text
    return record


def claim_record(claim: Claim, article: Article) -> dict[str, object]:
    """The export contract of DESIGN.md: one JSON-ready dict per claim."""
    p = claim.provenance
    return {
        "id": claim.id,
        "subject": _actor_record(claim.subject.actor, claim.subject.text),
        "relation": claim.relation,
        "quad_class": claim.quad_class,
        "cameo": claim.cameo,
        "object": _actor_record(claim.object.actor, claim.object.text),
        "attributed_to": (
            {"label": claim.attributed_to.label, "id": claim.attributed_to.id} if claim.attributed_to else None
        ),
        "negated": claim.negated,
        "hedged": claim.hedged,
        "confidence": claim.confidence,
        "article": {
            "id": article.id,
            "title": article.display_title,
            "dateline": article.dateline,
            "agency": article.agency,
            "date": article.date.isoformat() if article.date else None,
            "source": article.source,
        },
        "sentence": p.sentence,
        "char_start": p.char_start,
        "char_end": p.char_end,
        "cue": p.cue,
        "extractor": f"{p.extractor}@{p.extractor_version}",
        "language": article.language,
    }
