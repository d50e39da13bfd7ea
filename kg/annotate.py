"""Analyst review: verdicts and notes on claims and edges, kept as W3C Web Annotations.

An annotation targets one claim (``c-...``). Claim ids are content hashes, so an annotation
stays attached when the same text is built again. Annotating an *edge* (subject, relation,
object) annotates every claim of that edge. A correction changes the relation a claim counts
under (in :func:`edges`, the graph and the page) without deleting what was extracted; a
rejected claim drops out of edges unless asked for. A ``comment`` never changes a verdict.

>>> import tempfile, os
>>> from kg.store import Store
>>> with Store.open(os.path.join(tempfile.mkdtemp(), "kg.store")) as store:
...     list(edges(store).columns[:5])
['subject', 'subject_label', 'relation', 'object', 'object_label']
"""

# No `from __future__ import annotations` here: it would bind the name `annotations`, which this
# module defines as a function (and type checkers would then mistake one for the other).
import getpass
import io
import json
import math
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal, Protocol, cast

import pandas as pd

from kg.errors import AnnotationError, StoreLockedError
from kg.model import RELATIONS, VERDICTS, Annotation
from kg.store import ANNOTATION_COLUMNS, Store

__all__ = [
    "ASSESSMENTS",
    "EDGE_COLUMNS",
    "ANNOTATION_EXPORT_COLUMNS",
    "EXPORT_FORMATS",
    "annotate",
    "annotations",
    "annotations_text",
    "default_analyst",
    "edges",
    "export_annotations",
    "open_store",
    "reviewed_claims",
]

#: Verdicts that judge a claim (a ``comment`` only adds a note).
ASSESSMENTS = ("confirmed", "rejected", "corrected")
EXPORT_FORMATS = ("csv", "jsonl")
EDGE_COLUMNS = (
    "subject",
    "subject_label",
    "relation",
    "object",
    "object_label",
    "quad_class",
    "negated",
    "count",
    "confirmed",
    "corrected",
    "rejected",
    "unreviewed",
    "verdicts",
    "extracted_as",
    "first_date",
    "last_date",
    "mean_confidence",
    "articles",
    "claims",
)
ANNOTATION_EXPORT_COLUMNS = (
    *ANNOTATION_COLUMNS,
    "subject",
    "subject_label",
    "relation",
    "object",
    "object_label",
    "sentence",
    "article",
    "title",
)
EdgeTarget = tuple[str, str, str]


class _HasStore(Protocol):
    store: Store


def _store(store: Store | _HasStore) -> Store:
    """Accept a `Store` or anything holding one (a `KnowledgeGraph`)."""
    return cast(Store, getattr(store, "store", store))


def default_analyst() -> str:
    """The analyst name annotations carry when none is given: the OS user."""
    try:
        return getpass.getuser() or "analyst"
    except (OSError, KeyError):  # no login name (some containers)
        return "analyst"


def open_store(location: str | Path, *, read_only: bool = False, wait: float = 0.0, poll: float = 0.25) -> Store:
    """Open a store, waiting up to `wait` seconds while another process holds its lock.

    An embedded store has one writer at a time (a notebook holding it open blocks the CLI, and the
    other way round). Waiting only retries the open; nothing is written until the lock is ours, so
    no annotation is lost either way.

    Raises:
        StoreLockedError: still locked after `wait` seconds.
    """
    if "://" not in str(location):
        Path(location).parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + max(wait, 0.0)
    while True:
        try:
            return Store.open(location, read_only=read_only)
        except StoreLockedError as exc:
            if time.monotonic() >= deadline:
                waited = f" after waiting {wait:g} s" if wait > 0 else ""
                raise StoreLockedError(
                    f"store {location} is in use by another process (a notebook or another kg command){waited}; "
                    "close it there, or wait for it (wait=SECONDS, or --wait on the command line)"
                ) from exc
            time.sleep(poll)


# --------------------------------------------------------------------------- claims with their review state


def _latest(df: pd.DataFrame, column: str) -> dict[str, Any]:
    """target -> `column` of the newest annotation (rows arrive oldest first)."""
    return dict(zip(df["target"], df[column], strict=True))


def reviewed_claims(store: Store | _HasStore, *, status: str | None = None, **filters: Any) -> pd.DataFrame:
    """`Store.claims_df` with the review state of each claim, and its cue word.

    ``verdict``/``corrected_relation``/``analyst``/``reviewed_at`` come from the claim's latest
    *assessing* annotation (a later comment does not undo a rejection); ``note`` is the latest
    non-empty note of any annotation; ``cue`` is the word the relation was read from.

    Args:
        status: ``"unreviewed"`` (no verdict yet), ``"reviewed"``, or one verdict
            (``"confirmed"``, ``"rejected"``, ``"corrected"``).
        **filters: as for `Store.claims_df` (actor, relation, quad_class, since, until).
    """
    from kg.query import load_query

    s = _store(store)
    if status is not None and status not in (*ASSESSMENTS, "unreviewed", "reviewed"):
        raise AnnotationError(
            f"unknown review status {status!r}; valid: unreviewed, reviewed, {', '.join(ASSESSMENTS)}"
        )
    df = s.claims_df(**filters)
    notes = s.annotations_df()
    assessing = notes[notes["verdict"].isin(ASSESSMENTS)]
    with_note = notes[notes["note"].map(bool).astype(bool)]
    verdict, corrected = _latest(assessing, "verdict"), _latest(assessing, "corrected_relation")
    analyst, when, note = _latest(assessing, "analyst"), _latest(assessing, "created"), _latest(with_note, "note")
    ids = df["claim"]
    df["verdict"] = [verdict.get(c) for c in ids]
    df["corrected_relation"] = [corrected.get(c) if verdict.get(c) == "corrected" else None for c in ids]
    df["note"] = [note.get(c) for c in ids]
    df["analyst"] = [analyst.get(c) for c in ids]
    df["reviewed_at"] = [when.get(c) for c in ids]
    cues = s.query_df(load_query("claim_cues")) if len(df) else None
    cue: dict[str, str] = {}
    if cues is not None:
        from kg.vocab import CLAIM

        cue = {str(c)[len(CLAIM) :]: str(w) for c, w in zip(cues["claim"], cues["cue"], strict=True)}
    df["cue"] = [cue.get(c, "") for c in ids]
    if status == "unreviewed":
        df = df[df["verdict"].isna()]
    elif status == "reviewed":
        df = df[df["verdict"].notna()]
    elif status is not None:
        df = df[df["verdict"] == status]
    df = df.astype(object)
    return df.where(df.notna(), None).reset_index(drop=True)


def _effective(df: pd.DataFrame) -> pd.Series:
    from kg.graph import effective_relation

    if df.empty:
        return pd.Series([], dtype=object)
    return df.apply(effective_relation, axis=1)


def _actor_ids(df: pd.DataFrame, value: str, side: str) -> set[str]:
    """Actor ids on `side` ("subject"/"object") matching an id or an English/Dutch label (any case)."""
    wanted = value.strip().casefold()
    found = set()
    for column in (side, f"{side}_label", f"{side}_label_nl"):
        if column in df:
            found |= {str(i) for i, v in zip(df[side], df[column], strict=True) if str(v or "").casefold() == wanted}
    return found


# --------------------------------------------------------------------------- writing


def annotate(
    store: Store | _HasStore,
    target: str | EdgeTarget,
    *,
    verdict: str,
    relation: str | None = None,
    note: str = "",
    analyst: str | None = None,
) -> tuple[Annotation, ...]:
    """Record an analyst's verdict on a claim, or on every claim of an edge.

    Args:
        target: a claim id (``"c-3f2a..."``), or an edge ``(subject, relation, object)`` with actor
            ids or labels (``("Russia", "supports", "North Korea")``; the relation as the edge shows
            it now, i.e. after corrections). Negated claims are not part of an edge.
        verdict: ``"confirmed"``, ``"rejected"``, ``"corrected"`` (needs `relation`) or ``"comment"``.
        relation: the right relation, for ``verdict="corrected"``.
        note: free text kept with the verdict.
        analyst: who says so; the OS user by default.

    Returns:
        The annotations written, one per claim.

    Raises:
        AnnotationError: unknown claim or edge, bad verdict or relation.
    """
    s = _store(store)
    if verdict not in VERDICTS:
        raise AnnotationError(f"unknown verdict {verdict!r}; valid: {', '.join(VERDICTS)}")
    if verdict == "corrected" and relation not in RELATIONS:
        raise AnnotationError(f"a correction needs the right relation, got {relation!r}; valid: {', '.join(RELATIONS)}")
    if verdict != "corrected" and relation is not None:
        raise AnnotationError(f"relation={relation!r} only goes with verdict='corrected', not {verdict!r}")
    who = analyst if analyst else default_analyst()
    claim_ids = [target.strip()] if isinstance(target, str) else _edge_claims(s, target)
    created = datetime.now(UTC)
    made = tuple(
        Annotation(
            target=c,
            verdict=verdict,  # type: ignore[arg-type]
            analyst=who,
            note=note,
            relation=relation,  # type: ignore[arg-type]
            created=created,
        )
        for c in claim_ids
    )
    s.add_annotations(made)
    return made


def _edge_claims(store: Store, target: EdgeTarget) -> list[str]:
    try:
        subject, relation, obj = target
    except (TypeError, ValueError):
        raise AnnotationError(
            f"annotation target {target!r} is neither a claim id nor an edge (subject, relation, object)"
        ) from None
    if relation not in RELATIONS:
        raise AnnotationError(f"edge {target!r}: unknown relation {relation!r}; valid: {', '.join(RELATIONS)}")
    df = reviewed_claims(store)
    subjects, objects = _actor_ids(df, str(subject), "subject"), _actor_ids(df, str(obj), "object")
    if not subjects or not objects:
        missing = subject if not subjects else obj
        raise AnnotationError(f"edge {target!r}: no claim has actor {missing!r}; check the id or label (edges())")
    pair = df[df["subject"].isin(subjects) & df["object"].isin(objects) & ~df["negated"].astype(bool)]
    hits = pair[_effective(pair) == relation] if len(pair) else pair
    if hits.empty:
        there = sorted(set(_effective(pair))) if len(pair) else []
        hint = f"relations between them: {', '.join(there)}" if there else "no claims link them"
        raise AnnotationError(f"edge {target!r} is not in the store; {hint}")
    return list(hits["claim"])


# --------------------------------------------------------------------------- reading


def edges(
    store: Store | _HasStore,
    *,
    actor: str | None = None,
    relation: str | None = None,
    quad_class: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    status: str | None = None,
    include_rejected: bool = False,
    include_negated: bool = False,
    level: Literal["actor", "state"] = "actor",
) -> pd.DataFrame:
    """One row per edge (subject, effective relation, object), most claims first (EDGE_COLUMNS).

    A corrected claim counts under its corrected relation (``extracted_as`` keeps what the extractor
    said); rejected claims are left out unless `include_rejected`, so an edge whose claims were all
    rejected disappears, as on the page.

    Args:
        actor: keep edges with this actor (id or label) at either end.
        relation: keep one (effective) relation.
        quad_class, since, until: as for `Store.claims_df`.
        status: keep claims with this review status before aggregating (see `reviewed_claims`).
        include_rejected: count rejected claims too.
        include_negated: add edges of negated claims (``negated=True``).
        level: ``"actor"``, or ``"state"`` to roll persons and bodies up to their state.
    """
    from kg.graph import to_networkx

    if relation is not None and relation not in RELATIONS:
        raise AnnotationError(f"unknown relation {relation!r}; valid: {', '.join(RELATIONS)}")
    claims = reviewed_claims(store, status=status, quad_class=quad_class, since=since, until=until)
    if actor is not None:
        ids = _actor_ids(claims, actor, "subject") | _actor_ids(claims, actor, "object") | {actor}
        claims = claims[claims["subject"].isin(ids) | claims["object"].isin(ids)]
    if claims.empty:
        return pd.DataFrame(columns=list(EDGE_COLUMNS), dtype=object)
    g = to_networkx(claims, level=level, include_negated=include_negated, hide_rejected=not include_rejected)
    extracted = dict(zip(claims["claim"], claims["relation"], strict=True))
    rows = []
    for s, o, d in g.edges(data=True):
        if relation is not None and d["relation"] != relation:
            continue
        reviewed = d["confirmed"] + d["corrected"] + d["rejected"]
        tally = [(d[v], v) for v in ASSESSMENTS] + [(d["count"] - reviewed, "unreviewed")]
        rows.append(
            {
                "subject": s,
                "subject_label": g.nodes[s]["label"],
                "relation": d["relation"],
                "object": o,
                "object_label": g.nodes[o]["label"],
                "quad_class": d["quad_class"],
                "negated": d["negated"],
                "count": d["count"],
                "confirmed": d["confirmed"],
                "corrected": d["corrected"],
                "rejected": d["rejected"],
                "unreviewed": d["count"] - reviewed,
                "verdicts": ", ".join(f"{n} {v}" for n, v in tally if n),
                "extracted_as": tuple(sorted({extracted[c] for c in d["claims"]} - {d["relation"]})),
                "first_date": d["first_date"] or None,
                "last_date": d["last_date"] or None,
                "mean_confidence": d["mean_confidence"],
                "articles": len(d["articles"]),
                "claims": d["claims"],
            }
        )
    df = pd.DataFrame(rows, columns=list(EDGE_COLUMNS), dtype=object)
    return df.sort_values(
        ["count", "subject_label", "relation", "object_label"], ascending=[False, True, True, True], kind="stable"
    ).reset_index(drop=True)


def annotations(
    store: Store | _HasStore,
    *,
    target: str | None = None,
    verdict: str | None = None,
    analyst: str | None = None,
    since: date | datetime | str | None = None,
    until: date | datetime | str | None = None,
) -> pd.DataFrame:
    """Every annotation, oldest first, with the claim it is on (ANNOTATION_EXPORT_COLUMNS).

    The claim columns are empty for an annotation whose claim no longer exists (an orphan,
    after its article's text changed).

    Args:
        target: one claim id.  verdict: one verdict.  analyst: one analyst.
        since, until: created in this range (ISO date or datetime, inclusive; UTC).
    """
    s = _store(store)
    df = s.annotations_df()
    if target is not None:
        df = df[df["target"] == target]
    if verdict is not None:
        if verdict not in VERDICTS:
            raise AnnotationError(f"unknown verdict {verdict!r}; valid: {', '.join(VERDICTS)}")
        df = df[df["verdict"] == verdict]
    if analyst is not None:
        df = df[df["analyst"] == analyst]
    if since is not None:
        df = df[df["created"].map(lambda t: _iso(t) >= _iso(since))]
    if until is not None:
        df = df[df["created"].map(lambda t: _iso(t)[: len(_iso(until))] <= _iso(until))]
    claims = s.claims_df() if len(df) else None
    context = ("subject", "subject_label", "relation", "object", "object_label", "sentence", "article", "title")
    df = df.copy()
    for column in context:
        lookup = dict(zip(claims["claim"], claims[column], strict=True)) if claims is not None else {}
        df[column] = [lookup.get(t) for t in df["target"]]
    df = df.loc[:, list(ANNOTATION_EXPORT_COLUMNS)].astype(object)
    return df.where(df.notna(), None).reset_index(drop=True)


def _iso(value: object) -> str:
    if isinstance(value, datetime):
        value = value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _json_value(value: Any) -> Any:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def annotations_text(df: pd.DataFrame, format: str = "csv") -> str:
    """An annotations table as CSV or JSON lines (one annotation per line)."""
    if format not in EXPORT_FORMATS:
        raise AnnotationError(f"unknown annotation format {format!r}; valid: {', '.join(EXPORT_FORMATS)}")
    records = [{k: _json_value(v) for k, v in row.items()} for row in df.to_dict("records")]
    if format == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    import csv

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(df.columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: "" if v is None else v for k, v in r.items()} for r in records)
    return out.getvalue()


def export_annotations(
    store: Store | _HasStore, path: str | Path, *, format: str | None = None, **filters: Any
) -> Path:
    """Write the annotations (see :func:`annotations` for `filters`) to `path` as CSV or JSON lines.

    The format follows the suffix (``.csv``, ``.jsonl``) unless given.
    """
    path = Path(path)
    fmt = format or {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}.get(path.suffix.lower())
    if fmt is None:
        raise AnnotationError(f"cannot tell the format of {path}; name it .csv or .jsonl, or pass format=")
    text = annotations_text(annotations(store, **filters), fmt)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise AnnotationError(f"cannot write annotations to {path}: {exc.strerror}") from exc
    return path
