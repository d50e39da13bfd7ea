"""Scoring extraction against gold event data: PLOVER and re3d.

Both gold sets sit in ``../shared/benchmarks/`` beside the repository (they are not
shipped with kg; their licences differ). `run` is what ``kg evaluate plover|re3d`` calls:

    report = run("plover")          # or evaluate_plover(), evaluate_re3d()
    print(report.format())
    write_results(report, "benchmarks/results")

**PLOVER** (``PLOVER_GSR_CAMEO.txt``, 322 hand-coded events from the CAMEO manual). Each
event's text is extracted as an English article. A gold event gives (source, target) pairs
of state codes: every source with every target, or, for a reciprocal event (two or more
sources and no target: "Jordan and Britain agreed ..."), every pair of sources, scored
without direction. Predicted pairs are the (subject, object) state codes of kg's claims
on that text: a state's ISO-3 code, the code of the state a person or government body
belongs to, ``IGO`` for international organisations. Negated claims are not predictions
(they are listed apart). Two levels are scored, micro-averaged over events:
``pairs`` (subject code, object code) and ``pairs+quad`` (plus the quad class).

PLOVER types map to quad classes through the relation vocabulary in DESIGN.md (the
relation with that PLOVER column, or with the CAMEO root the type descends from):

====================  ==================  ===========================================
quad class            PLOVER types        via
====================  ==================  ===========================================
verbal_cooperation    AGREE, CONSULT,     consults, cooperates_with (CAMEO 03-05);
                      COOPERATE, SUPPORT  SUPPORT is PLOVER's "express support" (05)
material_cooperation  AID, CONCEDE,       supports (06-07), yields_to (08)
                      RETREAT
verbal_conflict       DEMAND, DISAPPROVE  demands (10), criticizes (11; DISAPPROVE is
                      (ACCUSE), REJECT,   the older name of ACCUSE), rejects (12),
                      THREATEN,           threatens (13), investigates (09)
                      INVESTIGATE
material_conflict     PROTEST, MOBILIZE,  protests (14), mobilizes_against (15),
                      SANCTION, COERCE    sanctions (16), coerces (17; COERCE is the
                      (SEIZE), ASSAULT,   older name of SEIZE), attacks (18-20)
                      FIGHT
====================  ==================  ===========================================

Events are skipped, and counted by reason, when their type is outside this table or
they lack a source or a target (and are not reciprocal).

**re3d** (``re3d/*/{documents,entities,relations}.json``). Each document is extracted as
an English article; a claim matches a gold relation when its subject and object mention
spans overlap the gold source and target spans (either way round: all scored types are
symmetric in re3d's schema) and its relation is one the gold type accepts (`RE3D_TYPES`).
The other re3d types (CoLocated, BelongsTo, HasAttrOf, IsSynonymOf, InChargeOf, Likes,
Apart) say nothing kg extracts and are ignored.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import EvaluationError
from .model import RELATIONS, Article

if TYPE_CHECKING:
    from .actors import Gazetteer
    from .model import Actor, Claim

__all__ = [
    "PLOVER_QUAD",
    "RE3D_TYPES",
    "SHARED",
    "Score",
    "Case",
    "EvalReport",
    "GoldEvent",
    "Prediction",
    "load_plover",
    "score_plover",
    "evaluate_plover",
    "GoldRelation",
    "SpanClaim",
    "load_re3d",
    "score_re3d",
    "evaluate_re3d",
    "state_code",
    "run",
    "write_results",
    "BENCHMARKS",
]

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PLOVER_PATH = SHARED / "benchmarks" / "plover" / "PLOVER_GSR_CAMEO.txt"
RE3D_PATH = SHARED / "benchmarks" / "re3d"

PLOVER_QUAD: dict[str, str] = {
    "AGREE": "verbal_cooperation",
    "CONSULT": "verbal_cooperation",
    "COOPERATE": "verbal_cooperation",
    "SUPPORT": "verbal_cooperation",
    "AID": "material_cooperation",
    "CONCEDE": "material_cooperation",
    "RETREAT": "material_cooperation",
    "DEMAND": "verbal_conflict",
    "REQUEST": "verbal_conflict",
    "DISAPPROVE": "verbal_conflict",
    "ACCUSE": "verbal_conflict",
    "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict",
    "INVESTIGATE": "verbal_conflict",
    "PROTEST": "material_conflict",
    "MOBILIZE": "material_conflict",
    "SANCTION": "material_conflict",
    "COERCE": "material_conflict",
    "SEIZE": "material_conflict",
    "ASSAULT": "material_conflict",
    "FIGHT": "material_conflict",
}
# Legacy CAMEO country codes in the PLOVER file -> ISO 3166 alpha-3.
_LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}

# re3d relation type -> kg relations that express it. Each kg relation serves one type.
RE3D_TYPES: dict[str, frozenset[str]] = {
    "FightingAgainst": frozenset({"attacks"}),
    "AlliesOf": frozenset({"cooperates_with", "supports"}),
    "CommWith": frozenset({"consults", "appeals_to"}),
    "Dislikes": frozenset({"criticizes", "rejects", "threatens", "demands"}),
}
RE3D_IGNORED = ("CoLocated", "Apart", "BelongsTo", "HasAttrOf", "IsSynonymOf", "InChargeOf", "Likes")
_RE3D_OF_RELATION = {rel: typ for typ, rels in RE3D_TYPES.items() for rel in rels}

SNIPPET = 160


# -- scores and reports -----------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Score:
    """Counts behind precision and recall.

    `correct` predictions out of `predicted`, `found` gold items out of `gold`. With
    one-to-one set matching (PLOVER) `correct == found`; with span overlap (re3d) a gold
    relation can be found by several claims, so the two are counted apart.

    >>> Score(predicted=4, correct=3, gold=6, found=3).f1
    0.6
    """

    predicted: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return round(2 * p * r / (p + r), 4) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.predicted + other.predicted,
            self.correct + other.correct,
            self.gold + other.gold,
            self.found + other.found,
        )

    def to_dict(self) -> dict[str, float | int]:
        return {
            "predicted": self.predicted,
            "correct": self.correct,
            "gold": self.gold,
            "found": self.found,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }

    def line(self) -> str:
        if not self.gold and self.predicted:  # a precision-only breakdown (by relation, by confidence)
            return f"P {self.precision:.3f} ({self.correct}/{self.predicted})"
        return (
            f"P {self.precision:.3f} ({self.correct}/{self.predicted})  "
            f"R {self.recall:.3f} ({self.found}/{self.gold})  F1 {self.f1:.3f}"
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Case:
    """One gold item or text where kg and the gold data disagree."""

    id: str
    label: str  # PLOVER type or re3d relation type
    text: str
    gold: tuple[str, ...]
    predicted: tuple[str, ...]

    def to_dict(self, *, texts: bool) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "label": self.label,
            "gold": list(self.gold),
            "predicted": list(self.predicted),
        }
        if texts:
            out["text"] = self.text
        return out


@dataclass(frozen=True, slots=True, kw_only=True)
class EvalReport:
    """Scores of one extractor on one gold set, with the disagreements listed."""

    name: str
    extractor: str
    levels: dict[str, Score]
    breakdown: dict[str, dict[str, Score]]
    counts: dict[str, int]
    skipped: dict[str, int] = field(default_factory=dict)
    misses: tuple[Case, ...] = ()
    false_positives: tuple[Case, ...] = ()
    negated: tuple[Case, ...] = ()
    notes: tuple[str, ...] = ()

    def to_json(self, *, texts: bool = False, indent: int | None = 2) -> str:
        """The report as JSON. Gold texts are left out unless `texts` (their licences are not kg's)."""
        data = {
            "benchmark": self.name,
            "extractor": self.extractor,
            "levels": {k: v.to_dict() for k, v in self.levels.items()},
            "breakdown": {k: {n: s.to_dict() for n, s in sorted(v.items())} for k, v in self.breakdown.items()},
            "counts": self.counts,
            "skipped": self.skipped,
            "notes": list(self.notes),
            "misses": [c.to_dict(texts=texts) for c in self.misses],
            "false_positives": [c.to_dict(texts=texts) for c in self.false_positives],
            "negated": [c.to_dict(texts=texts) for c in self.negated],
        }
        return json.dumps(data, indent=indent, ensure_ascii=False)

    def format(self, *, cases: int = 15) -> str:
        """A readable summary: scores per level and breakdown, then the first `cases` disagreements."""
        out = [f"{self.name} — extractor {self.extractor}"]
        out.append("  " + ", ".join(f"{k} {v}" for k, v in self.counts.items()))
        if self.skipped:
            out.append("  skipped: " + ", ".join(f"{k} {v}" for k, v in self.skipped.items()))
        for level, score in self.levels.items():
            out.append(f"  {level:<12} {score.line()}")
        for title, table in self.breakdown.items():
            out.append(f"  by {title}:")
            for key, score in table.items():  # in the order the scorer gave (see _by_volume)
                out.append(f"    {key:<18} {score.line()}")
        for note in self.notes:
            out.append(f"  note: {note}")
        for title, items in (
            ("misses", self.misses),
            ("false positives", self.false_positives),
            ("negated (not counted)", self.negated),
        ):
            if not items:
                continue
            out.append(f"  {title} ({len(items)}, first {min(cases, len(items))}):")
            for c in items[:cases]:
                out.append(f"    [{c.id} {c.label}] {_snippet(c.text)}")
                out.append(f"        gold: {', '.join(c.gold) or '-'}   kg: {', '.join(c.predicted) or '-'}")
        return "\n".join(out)


def _snippet(text: str, size: int = SNIPPET) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


# -- actor codes ------------------------------------------------------------------------
def state_code(actor: Actor, gazetteer: Gazetteer) -> str:
    """The code an actor counts as at country level.

    A state's ISO-3 code; for a person, government body or armed group with a state, that
    state's code; ``IGO`` for an international organisation and ``IMG`` for an armed group
    without a state (as CAMEO and PLOVER code them); else the actor's own code.
    """
    entry = gazetteer.entries.get(actor.rollup)
    if entry is None:
        return actor.code
    if entry.type == "Country":
        return entry.code
    if entry.type == "InternationalOrganization":
        return "IGO"
    if entry.type == "ArmedGroup":
        return "IMG"  # CAMEO's code for armed groups without a state (al-Qaeda)
    return entry.code or actor.code


# -- PLOVER -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True, kw_only=True)
class GoldEvent:
    """A PLOVER event reduced to what kg can be scored on."""

    id: str
    text: str
    plover: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    date: date | None = None

    @property
    def reciprocal(self) -> bool:
        return not self.targets and len(set(self.sources)) > 1

    @property
    def quad(self) -> str:
        return PLOVER_QUAD[self.plover]

    def pairs(self) -> set[tuple[str, str]]:
        if self.reciprocal:
            return {_unordered(a, b) for a in self.sources for b in self.sources if a != b}
        return {(a, b) for a in self.sources for b in self.targets}


@dataclass(frozen=True, slots=True, kw_only=True)
class Prediction:
    """A claim reduced to state codes (what the PLOVER scorer compares)."""

    subject: str
    object: str
    relation: str
    negated: bool = False
    confidence: float = 1.0

    @property
    def quad(self) -> str:
        return RELATIONS[self.relation][0]


CONFIDENCE_BUCKETS = (
    (0.0, 0.4, "<0.4"),
    (0.4, 0.5, "0.4-0.5"),
    (0.5, 0.6, "0.5-0.6"),
    (0.6, 0.7, "0.6-0.7"),
    (0.7, 0.8, "0.7-0.8"),
    (0.8, 0.9, "0.8-0.9"),
    (0.9, 1.01, ">=0.9"),
)


def _by_volume(table: Mapping[str, Score]) -> dict[str, Score]:
    """A breakdown table with its largest rows (gold plus predicted) first, then by name."""
    return dict(sorted(table.items(), key=lambda kv: (-kv[1].gold - kv[1].predicted, kv[0])))


def confidence_bucket(value: float) -> str:
    """The calibration bucket of a confidence: "0.5-0.6"; ">=0.9" for the top one.

    >>> confidence_bucket(0.55), confidence_bucket(0.95), confidence_bucket(0.2)
    ('0.5-0.6', '>=0.9', '<0.4')
    """
    for lo, hi, label in CONFIDENCE_BUCKETS:
        if lo <= value < hi:
            return label
    return CONFIDENCE_BUCKETS[-1][2]


def _unordered(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _codes(actors: object) -> tuple[str, ...]:
    if not isinstance(actors, list):
        return ()
    codes = []
    for a in actors:
        code = str(a.get("code", "")).strip().upper() if isinstance(a, dict) else ""
        if code:
            codes.append(_LEGACY_CODES.get(code, code))
    return tuple(dict.fromkeys(codes))


def load_plover(path: str | Path | None = None) -> tuple[list[GoldEvent], dict[str, int]]:
    """Scorable PLOVER events, and how many were skipped for each reason."""
    path = Path(path) if path is not None else PLOVER_PATH
    if not path.is_file():
        raise EvaluationError(
            f"PLOVER gold file {path} is missing; put the benchmarks in ../shared/benchmarks/plover "
            "beside the repository or pass its path"
        )
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvaluationError(f"PLOVER gold file {path} is not readable JSON: {exc}") from exc
    events: list[GoldEvent] = []
    skipped: Counter[str] = Counter()
    for rec in records:
        kind = str(rec.get("event", ""))
        text = rec.get("text")
        if kind == "DOCUMENT" or not text:
            skipped["no text (documentation record)"] += 1
            continue
        if kind not in PLOVER_QUAD:
            skipped[f"type {kind} outside the vocabulary"] += 1
            continue
        try:
            when = date.fromisoformat(rec["date"]) if rec.get("date") else None
        except ValueError:
            when = None
        ev = GoldEvent(
            id=str(rec.get("id", "")),
            text=str(text),
            plover=kind,
            sources=_codes(rec.get("source")),
            targets=_codes(rec.get("target")),
            date=when,
        )
        if not ev.sources:
            skipped["no source actor code"] += 1
        elif not ev.targets and not ev.reciprocal:
            skipped["no target actor code (and not reciprocal)"] += 1
        else:
            events.append(ev)
    return events, dict(skipped)


def _fmt(pair: tuple[str, ...]) -> str:
    return "→".join(pair[:2]) + (f" {pair[2]}" if len(pair) > 2 else "")


def score_plover(
    events: Sequence[GoldEvent],
    predictions: Mapping[str, Sequence[Prediction]],
    *,
    extractor: str = "",
    skipped: Mapping[str, int] | None = None,
    findable: Mapping[str, set[str]] | None = None,
) -> EvalReport:
    """Score `predictions` (by event id) against `events`.

    `findable`, when given, holds per event the codes of the actors kg recognises in the
    text; it bounds the recall any relation pattern could reach.
    """
    levels = {"pairs": Score(), "pairs+quad": Score()}
    by_type: dict[str, Score] = defaultdict(Score)
    by_relation: dict[str, Score] = defaultdict(Score)
    by_confidence: dict[str, Score] = defaultdict(Score)
    misses: list[Case] = []
    false_pos: list[Case] = []
    negated: list[Case] = []
    domestic = reachable = 0
    n_gold_pairs = 0
    for ev in events:
        preds = predictions.get(ev.id, ())

        def norm(p: Prediction, ev: GoldEvent = ev) -> tuple[str, str]:
            return _unordered(p.subject, p.object) if ev.reciprocal else (p.subject, p.object)

        live = [p for p in preds if not p.negated]
        gold_p = ev.pairs()
        gold_q = {(a, b, ev.quad) for a, b in gold_p}
        pred_p = {norm(p) for p in live}
        pred_q = {(*norm(p), p.quad) for p in live}
        n_gold_pairs += len(gold_p)
        domestic += sum(1 for a, b in gold_p if a == b)
        if findable is not None:
            codes = findable.get(ev.id, set())
            reachable += sum(1 for a, b in gold_p if a in codes and b in codes and a != b)
        sp = Score(len(pred_p), len(pred_p & gold_p), len(gold_p), len(pred_p & gold_p))
        sq = Score(len(pred_q), len(pred_q & gold_q), len(gold_q), len(pred_q & gold_q))
        levels["pairs"] += sp
        levels["pairs+quad"] += sq
        by_type[ev.plover] += sq
        for p in live:
            right = (*norm(p), p.quad) in gold_q
            by_confidence[confidence_bucket(p.confidence)] += Score(1, int(right), 0, 0)
        for rel in {p.relation for p in live}:
            mine = {(*norm(p), p.quad) for p in live if p.relation == rel}
            by_relation[rel] += Score(len(mine), len(mine & gold_q), 0, 0)
        shown_pred = tuple(sorted(f"{_fmt(norm(p))} {p.relation}" for p in live))
        shown_gold = tuple(sorted(_fmt(g) for g in gold_q))
        if gold_q - pred_q:
            misses.append(Case(id=ev.id, label=ev.plover, text=ev.text, gold=shown_gold, predicted=shown_pred))
        if pred_q - gold_q:
            false_pos.append(Case(id=ev.id, label=ev.plover, text=ev.text, gold=shown_gold, predicted=shown_pred))
        neg = [p for p in preds if p.negated]
        if neg:
            negated.append(
                Case(
                    id=ev.id,
                    label=ev.plover,
                    text=ev.text,
                    gold=shown_gold,
                    predicted=tuple(sorted(f"{_fmt(norm(p))} not {p.relation}" for p in neg)),
                )
            )
    counts = {
        "events": len(events),
        "gold pairs": n_gold_pairs,
        "negated claims": sum(1 for ps in predictions.values() for p in ps if p.negated),
    }
    notes = [
        f"{domestic} of {n_gold_pairs} gold pairs are domestic (same code on both sides, e.g. a government "
        "and its rebels); kg keeps a claim within one state only between its state side and its non-state "
        "agents (rebels, opposition, protesters, workers, students, ...), or with a person"
    ]
    if findable is not None:
        counts["gold pairs with both actors recognised"] = reachable
        notes.append(
            f"of the {n_gold_pairs - domestic} gold pairs between two different codes, {reachable} have both "
            "actors recognised by kg in the text (the rest are coded from actors kg does not resolve: misspelt "
            "or unlisted names, unnamed agents, organisations the gold codes differently)"
        )
    return EvalReport(
        name="plover",
        extractor=extractor,
        levels=levels,
        breakdown={
            "PLOVER type (pairs+quad)": _by_volume(by_type),
            "kg relation (precision, pairs+quad)": _by_volume(by_relation),
            "confidence (precision per claim, pairs+quad; calibration)": {
                label: by_confidence[label] for *_, label in CONFIDENCE_BUCKETS if label in by_confidence
            },
        },
        counts=counts,
        skipped=dict(skipped or {}),
        misses=tuple(misses),
        false_positives=tuple(false_pos),
        negated=tuple(negated),
        notes=tuple(notes),
    )


def _extract(articles: list[Article], extractor: str) -> dict[str, tuple[Claim, ...]]:
    from .extract import extract_claims

    errors: list[str] = []
    out = {
        r.article.id: r.claims
        for r in extract_claims(articles, extractor=extractor, on_error=lambda e: errors.append(str(e)))
    }
    if errors:
        raise EvaluationError(f"{len(errors)} gold texts failed to extract; first: {errors[0]}")
    return out


def _recognised_codes(texts: Iterable[str], gazetteer: Gazetteer) -> list[set[str]]:
    """Codes of the actors kg's matcher finds in each parsed text (names, agents, provisional
    actors whose title or reference entry gives them a state)."""
    from .actors import ActorMatcher
    from .nlp import nlp_for

    nlp, _ = nlp_for("en")
    matcher = ActorMatcher(nlp, gazetteer, "en")
    return [{state_code(gazetteer.resolve(m), gazetteer) for m in matcher(doc)} - {""} for doc in nlp.pipe(list(texts))]


def evaluate_plover(path: str | Path | None = None, *, extractor: str = "dependency.v1") -> EvalReport:
    """Run `extractor` on every scorable PLOVER event and score it (see module docs)."""
    from .actors import load_gazetteer

    events, skipped = load_plover(path)
    articles: dict[str, Article] = {}
    for ev in events:
        articles.setdefault(ev.text, Article.from_text(ev.text, language="en", date=ev.date, source=ev.id))
    claims = _extract(list(articles.values()), extractor)
    gazetteer = load_gazetteer()
    predictions: dict[str, list[Prediction]] = {}
    stateless = 0
    for ev in events:
        preds = predictions.setdefault(ev.id, [])
        for c in claims.get(articles[ev.text].id, ()):
            subject, obj = state_code(c.subject.actor, gazetteer), state_code(c.object.actor, gazetteer)
            if not subject or not obj:
                # A provisional actor ("Mario Soares" without a title) has no state: the claim
                # names no pair of state codes, so it can neither match nor contradict one.
                stateless += 1
                continue
            preds.append(
                Prediction(subject=subject, object=obj, relation=c.relation, negated=c.negated, confidence=c.confidence)
            )
    texts = list(articles)
    codes = dict(zip(texts, _recognised_codes(texts, gazetteer), strict=True))
    findable = {ev.id: codes[ev.text] for ev in events}
    report = score_plover(events, predictions, extractor=extractor, skipped=skipped, findable=findable)
    report.counts["claims with a stateless provisional actor (not scored)"] = stateless
    return report


# -- re3d -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True, kw_only=True)
class GoldRelation:
    """A re3d relation between two character spans of one document."""

    doc: str
    type: str
    source: tuple[int, int]
    target: tuple[int, int]
    source_text: str = ""
    target_text: str = ""

    @property
    def key(self) -> tuple[str, str, tuple[tuple[int, int], ...]]:
        # All scored types are symmetric, and re3d lists many of them both ways round.
        return (self.doc, self.type, tuple(sorted((self.source, self.target))))


@dataclass(frozen=True, slots=True, kw_only=True)
class SpanClaim:
    """A claim reduced to what re3d compares: its relation and its two mention spans."""

    doc: str
    relation: str
    subject: tuple[int, int]
    object: tuple[int, int]
    subject_text: str = ""
    object_text: str = ""
    negated: bool = False


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _matches(claim: SpanClaim, gold: GoldRelation) -> bool:
    if claim.doc != gold.doc or claim.relation not in RE3D_TYPES.get(gold.type, ()):
        return False
    return (_overlap(claim.subject, gold.source) and _overlap(claim.object, gold.target)) or (
        _overlap(claim.subject, gold.target) and _overlap(claim.object, gold.source)
    )


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        with path.open(encoding="utf-8-sig") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    except (OSError, ValueError) as exc:
        raise EvaluationError(f"re3d file {path} is not readable mongoexport JSON: {exc}") from exc


def load_re3d(path: str | Path | None = None) -> tuple[dict[str, str], list[GoldRelation], Counter[str]]:
    """Documents (id -> text), the scored gold relations (deduplicated), and counts of every type."""
    root = Path(path) if path is not None else RE3D_PATH
    parts = sorted(p.parent for p in root.glob("*/documents.json"))
    if not parts:
        raise EvaluationError(
            f"no re3d data under {root}; put the benchmarks in ../shared/benchmarks/re3d beside the "
            "repository or pass their folder"
        )
    docs: dict[str, str] = {}
    gold: dict[tuple[Any, ...], GoldRelation] = {}
    types: Counter[str] = Counter()
    for part in parts:
        for d in _read_jsonl(part / "documents.json"):
            docs[d["_id"]] = d["text"]
        for r in _read_jsonl(part / "relations.json"):
            types[r["type"]] += 1
            if r["type"] not in RE3D_TYPES:
                continue
            g = GoldRelation(
                doc=r["documentId"],
                type=r["type"],
                source=(r["sourceBegin"], r["sourceEnd"]),
                target=(r["targetBegin"], r["targetEnd"]),
                source_text=r.get("source", ""),
                target_text=r.get("target", ""),
            )
            gold.setdefault(g.key, g)
    return docs, list(gold.values()), types


def score_re3d(
    docs: Mapping[str, str],
    gold: Sequence[GoldRelation],
    claims: Sequence[SpanClaim],
    *,
    extractor: str = "",
    types: Mapping[str, int] | None = None,
) -> EvalReport:
    """Score span claims against gold relations (see module docs)."""
    scored = [c for c in claims if not c.negated and c.relation in _RE3D_OF_RELATION]
    # One prediction per (doc, relation type, span pair), whichever way round kg found it.
    units: dict[tuple[Any, ...], SpanClaim] = {}
    for c in scored:
        units.setdefault((c.doc, _RE3D_OF_RELATION[c.relation], tuple(sorted((c.subject, c.object)))), c)
    by_type: dict[str, Score] = {t: Score() for t in RE3D_TYPES}
    misses: list[Case] = []
    false_pos: list[Case] = []
    gold_by_doc: dict[str, list[GoldRelation]] = defaultdict(list)
    for g in gold:
        gold_by_doc[g.doc].append(g)
    units_by_doc: dict[str, list[SpanClaim]] = defaultdict(list)
    for c in units.values():
        units_by_doc[c.doc].append(c)
    for g in gold:
        hit = any(_matches(c, g) for c in units_by_doc[g.doc])
        by_type[g.type] += Score(0, 0, 1, int(hit))
        if not hit:
            # Names go in `text` (left out of JSON): gold and predicted hold offsets only.
            misses.append(
                Case(
                    id=g.doc[:12],
                    label=g.type,
                    text=f"{g.source_text} — {g.target_text}: " + _context(docs.get(g.doc, ""), g.source, g.target),
                    gold=(f"{g.source[0]}-{g.source[1]} / {g.target[0]}-{g.target[1]}",),
                    predicted=(),
                )
            )
    for c in units.values():
        typ = _RE3D_OF_RELATION[c.relation]
        hit = any(_matches(c, g) for g in gold_by_doc[c.doc])
        by_type[typ] += Score(1, int(hit), 0, 0)
        if not hit:
            false_pos.append(
                Case(
                    id=c.doc[:12],
                    label=typ,
                    text=f"{c.subject_text} {c.relation} {c.object_text}: "
                    + _context(docs.get(c.doc, ""), c.subject, c.object),
                    gold=(),
                    predicted=(f"{c.subject[0]}-{c.subject[1]} {c.relation} {c.object[0]}-{c.object[1]}",),
                )
            )
    overall = sum(by_type.values(), Score())
    negated = [c for c in claims if c.negated and c.relation in _RE3D_OF_RELATION]
    counts = {
        "documents": len(docs),
        "gold relations (scored types)": len(gold),
        "claims": len(claims),
        "claims scored": len(units),
        "claims with relations re3d has no type for": sum(1 for c in claims if c.relation not in _RE3D_OF_RELATION),
        "negated claims": len(negated),
    }
    ignored = {t: n for t, n in sorted((types or {}).items()) if t not in RE3D_TYPES}
    notes = [
        "scored types: " + "; ".join(f"{t} <- {', '.join(sorted(r))}" for t, r in RE3D_TYPES.items()),
        "ignored gold types (nothing kg extracts): " + ", ".join(f"{t} {n}" for t, n in ignored.items()),
        "re3d tags unnamed groups ('the coalition', 'rebels', 'militants') as actors, which kg's gazetteer "
        "does not resolve; those relations cannot be found",
    ]
    return EvalReport(
        name="re3d",
        extractor=extractor,
        levels={"relations": overall},
        breakdown={"re3d type": _by_volume(by_type)},
        counts=counts,
        skipped=ignored,
        misses=tuple(misses),
        false_positives=tuple(false_pos),
        notes=tuple(notes),
    )


def _context(text: str, a: tuple[int, int], b: tuple[int, int], pad: int = 60) -> str:
    lo, hi = min(a[0], b[0]), max(a[1], b[1])
    return text[max(0, lo - pad) : hi + pad]


def evaluate_re3d(path: str | Path | None = None, *, extractor: str = "dependency.v1") -> EvalReport:
    """Run `extractor` on every re3d document and score it against the mapped relation types."""
    docs, gold, types = load_re3d(path)
    articles = {doc_id: Article.from_text(text, language="en", source=doc_id) for doc_id, text in docs.items()}
    claims = _extract(list(articles.values()), extractor)
    spans = [
        SpanClaim(
            doc=doc_id,
            relation=c.relation,
            subject=(c.subject.start, c.subject.end),
            object=(c.object.start, c.object.end),
            subject_text=c.subject.text,
            object_text=c.object.text,
            negated=c.negated,
        )
        for doc_id, article in articles.items()
        for c in claims.get(article.id, ())
    ]
    return score_re3d(docs, gold, spans, extractor=extractor, types=types)


# -- entry points -----------------------------------------------------------------------
BENCHMARKS: dict[str, Callable[..., EvalReport]] = {"plover": evaluate_plover, "re3d": evaluate_re3d}


def run(name: str, *, path: str | Path | None = None, extractor: str = "dependency.v1") -> EvalReport:
    """Evaluate on the benchmark `name` ("plover" or "re3d"); what ``kg evaluate NAME`` calls."""
    try:
        fn = BENCHMARKS[name]
    except KeyError:
        raise EvaluationError(f"unknown benchmark {name!r}; valid: {', '.join(BENCHMARKS)}") from None
    return fn(path, extractor=extractor)


def write_results(report: EvalReport, directory: str | Path) -> Path:
    """Write ``<directory>/<benchmark>.json`` (without gold texts) and return its path."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    out = directory / f"{report.name}.json"
    out.write_text(report.to_json() + "\n", encoding="utf-8")
    return out
