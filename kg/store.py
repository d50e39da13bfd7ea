"""The RDF store: claims with provenance in an rdflib `Dataset`, on disk (Oxigraph) or on a SPARQL server.

Layout (see DESIGN.md, "RDF shape"): one named graph per article holding its claim nodes, the
plain `subject kg:<relation> object` triples of its un-negated claims and the article-dated view
of its actors (code, state, role); article metadata and extraction runs in `graph/articles`;
actor descriptions in `graph/actors`; W3C Web Annotations in `graph/annotations`, which no
rebuild touches.

Every write of an article is one SPARQL UPDATE request (delete its old claims, metadata and actor
descriptions; insert the new ones). Oxigraph runs an update request as one transaction, locally
and on its server, so a crash or an error mid-write leaves the store as it was before that article.
(oxrdflib's `commit()`/`rollback()` are no-ops, which is why writes do not go through rdflib's
graph API.) Queries are strings run by the backend itself, never by rdflib's Python engine.

>>> import tempfile, os
>>> from kg.model import Article
>>> with Store.open(os.path.join(tempfile.mkdtemp(), "kg.store")) as store:
...     store.add(Article.from_text("Rusland steunt Noord-Korea.", language="nl"), [],
...               extractor="demo.v1", extractor_version="1").status
'added'
"""

from __future__ import annotations

import gc
import re
import time
import urllib.error
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from typing import Literal as TypingLiteral

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from kg.errors import AnnotationError, QueryError, StoreError, StoreLockedError
from kg.model import CLAIM_COLUMNS, Actor, Annotation, Article, Claim, content_hash
from kg.vocab import (
    ACTORS_GRAPH,
    ANNOTATION,
    ANNOTATIONS_GRAPH,
    ARTICLES_GRAPH,
    CLAIM,
    KG,
    OA,
    QUAD_CLASS_IRIS,
    RELATION_IRIS,
    RUN,
    actor_id,
    actor_iri,
    article_graph,
    article_iri,
    claim_iri,
    pair_iri,
    relation_name,
)

if TYPE_CHECKING:
    import pandas as pd
    from rdflib.query import Result

__all__ = ["Store", "AddResult", "AddSummary", "EXPORT_FORMATS", "CLAIM_COLUMNS", "ANNOTATION_COLUMNS"]

Quad = tuple[Node, Node, Node, URIRef]
Bindings = Mapping[str, object]

EXPORT_FORMATS = ("trig", "nquads", "turtle", "json-ld")
_SUFFIX_FORMAT = {
    ".trig": "trig",
    ".nq": "nquads",
    ".nquads": "nquads",
    ".ttl": "turtle",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}
ANNOTATION_COLUMNS = (
    "annotation",
    "target",
    "verdict",
    "corrected_relation",
    "note",
    "analyst",
    "created",
    "motivation",
)
_ACTOR_COLUMNS = ("subject", "object", "attributed_to", "subject_state", "object_state")
_VAR = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PREFIXES = {
    "kg": str(KG._NS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "rdfs": str(RDFS),
    "rdf": str(RDF),
    "skos": str(SKOS),
    "oa": str(OA),
    "xsd": str(XSD),
}
_PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in _PREFIXES.items())


@dataclass(frozen=True, slots=True, kw_only=True)
class AddResult:
    """What `Store.add` did with one article."""

    article_id: str
    status: TypingLiteral["added", "unchanged", "replaced"]
    claims: int
    removed_claims: tuple[str, ...] = ()
    orphaned_annotations: tuple[str, ...] = ()
    # annotations moved to the claim that replaced theirs: same sentence span, relation, negation and
    # surface texts, with an actor re-identified (a placeholder that became a QID, a body merged)
    retargeted_annotations: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return self.status != "unchanged"


@dataclass(slots=True, kw_only=True)
class AddSummary:
    """Totals of `Store.add_many`."""

    articles: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    claims: int = 0
    orphaned_annotations: tuple[str, ...] = ()
    retargeted_annotations: tuple[str, ...] = ()
    seconds: float = 0.0
    results: list[AddResult] = field(default_factory=list, repr=False)


# --------------------------------------------------------------------------- backends


class _Local:
    """An on-disk Oxigraph store: pyoxigraph for writes, rdflib's Dataset (oxrdflib) for queries."""

    def __init__(self, path: Path, *, read_only: bool) -> None:
        from oxrdflib import OxigraphStore

        self.name = str(path)
        self.read_only = read_only
        try:
            if read_only:
                if not path.is_dir():
                    raise StoreError(f"store {path} does not exist; build it first (kg build ... --store {path})")
                self.ox = ox.Store.read_only(str(path))
            else:
                self.ox = ox.Store(str(path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreLockedError(
                    f"store {path} is in use by another process; close it or open it read-only "
                    f"with Store.open({str(path)!r}, read_only=True)"
                ) from exc
            raise StoreError(f"cannot open store {path}: {_one_line(exc)}") from exc
        self.dataset = Dataset(store=OxigraphStore(store=self.ox), default_union=True)

    def update(self, text: str) -> None:
        self.ox.update(text)

    def solutions(self, text: str) -> Any:
        """The query evaluated by Oxigraph itself (no rdflib in between), all graphs as the default graph."""
        return self.ox.query(text, use_default_graph_as_union=True)

    def close(self) -> None:
        if not self.read_only:  # a read-only instance has nothing to flush (and refuses to)
            self.ox.flush()


class _Remote:
    """A SPARQL 1.1 server through rdflib's SPARQLUpdateStore."""

    def __init__(self, url: str, *, read_only: bool, update_url: str | None) -> None:
        from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore

        self.name = url
        query_url, default_update = _endpoints(url)
        if read_only:
            store: SPARQLStore = SPARQLStore(query_url, returnFormat="json")
        else:
            store = SPARQLUpdateStore(query_url, update_url or default_update, returnFormat="json", autocommit=True)
        self.rstore = store
        self.dataset = Dataset(store=store, default_union=True)

    def update(self, text: str) -> None:
        self.rstore.update(text)

    def close(self) -> None:
        self.rstore.close()


def _endpoints(url: str) -> tuple[str, str]:
    """(query, update) endpoints of a server URL: `.../query` or `.../sparql` map to `.../update`."""
    base = url.rstrip("/")
    for tail in ("/query", "/sparql"):
        if base.endswith(tail):
            return base, base[: -len(tail)] + "/update"
    return base + "/query", base + "/update"


# --------------------------------------------------------------------------- the store


class Store:
    """kg's RDF store. Open with `Store.open(path_or_url)`; use as a context manager."""

    def __init__(self, backend: _Local | _Remote, *, read_only: bool) -> None:
        self._backend = backend
        self.read_only = read_only
        self.location = backend.name
        self._pair_index: bool | None = None  # see has_pair_index

    @classmethod
    def open(cls, location: str | Path, *, read_only: bool = False, update_url: str | None = None) -> Store:
        """Open (creating if needed) a store directory, or connect to a SPARQL 1.1 server.

        Args:
            location: a directory for an embedded Oxigraph store, or an `http(s)://` URL of a SPARQL
                server (its query endpoint, e.g. `http://127.0.0.1:7878/query`, or the base URL).
            read_only: open without taking the write lock (alongside a writer), or refuse updates.
            update_url: the server's update endpoint, when it is not the query URL's `/update`.

        Raises:
            StoreLockedError: another process holds the store directory.
            StoreError: the store cannot be opened.
        """
        text = str(location)
        if text.startswith(("http://", "https://")):
            return cls(_Remote(text, read_only=read_only, update_url=update_url), read_only=read_only)
        path = Path(location)
        if path.exists() and not path.is_dir():
            raise StoreError(f"store {path} is a file, not a store directory; pass a directory")
        return cls(_Local(path, read_only=read_only), read_only=read_only)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the store (and its lock)."""
        backend = self.__dict__.pop("_backend", None)
        if backend is not None:
            backend.close()
            if isinstance(backend, _Local):
                del backend.dataset, backend.ox  # drops the last reference, which releases the lock
                # rdflib graphs and query results keep cycles back to the store: collect them now,
                # or the lock outlives close() and a reopen in this process fails.
                gc.collect()

    @property
    def _b(self) -> _Local | _Remote:
        try:
            return self._backend
        except AttributeError:
            raise StoreError(f"store {self.location} is closed; open it again with Store.open()") from None

    @property
    def dataset(self) -> Dataset:
        """The rdflib Dataset (for reading; write through `add`, which keeps writes atomic)."""
        return self._b.dataset

    @property
    def is_remote(self) -> bool:
        return isinstance(self._b, _Remote)

    # ------------------------------------------------------------------ writing

    def add(
        self,
        article: Article,
        claims: Sequence[Claim],
        *,
        extractor: str,
        extractor_version: str,
        pipeline: str = "",
    ) -> AddResult:
        """Store one article and its claims, atomically.

        The same article (id and text) already stored by the same extractor, version and pipeline
        is left alone (`status="unchanged"`). Stored by another run, its claims are replaced in
        the same transaction. An annotation whose claim disappeared moves to the claim that took its
        place when exactly one new claim has the old one's sentence span, relation, negation and surface
        texts (only an actor was re-identified: a placeholder replaced by its QID, a body merged with
        its state's agent); otherwise it is reported as an orphan.
        """
        self._writable()
        _check_claims(article, claims)
        run = _run_iri(extractor, extractor_version, pipeline)
        old_claims, was_stored, same = self._stored_state(article, run)
        if same:
            return AddResult(article_id=article.id, status="unchanged", claims=len(old_claims))
        new_ids = {c.id for c in claims}
        removed = tuple(sorted(old_claims - new_ids))
        targets = self._annotation_targets(removed) if removed else {}
        moves = self._successors(article, sorted(set(targets.values())), claims) if targets else {}
        orphans = tuple(sorted(a for a, c in targets.items() if c not in moves))
        moved = tuple(sorted(a for a, c in targets.items() if c in moves))
        quads = _article_quads(
            article, claims, run=run, extractor=extractor, extractor_version=extractor_version, pipeline=pipeline
        )
        actors = _actors_of(claims)
        try:
            self._b.update(_replace_article_update(article, quads, actors, moves))
        except (OSError, RuntimeError, SyntaxError, ValueError, urllib.error.URLError) as exc:
            raise StoreError(f"writing article {article.id} to {self.location} failed: {_one_line(exc)}") from exc
        return AddResult(
            article_id=article.id,
            status="replaced" if was_stored else "added",
            claims=len(new_ids),
            removed_claims=removed,
            orphaned_annotations=orphans,
            retargeted_annotations=moved,
        )

    def add_many(
        self,
        items: Iterable[tuple[Article, Sequence[Claim]]],
        *,
        extractor: str,
        extractor_version: str,
        pipeline: str = "",
        bulk: bool = False,
        batch_size: int = 500,
    ) -> AddSummary:
        """`add` each (article, claims) pair; each article is its own transaction.

        With `bulk=True` (embedded store only; ignored on a server), articles not yet in the store
        are written `batch_size` at a time, each batch in one transaction (pyoxigraph's
        `Store.extend`): a crash mid-build leaves every article of the unfinished batch out of the
        store and every earlier one complete, so no article is ever half-written and a rebuild adds
        the missing ones. Articles already stored go through `add` one by one (unchanged, or
        replaced with orphaned annotations reported), exactly as without `bulk`. Results come in
        input order either way.
        """
        summary = AddSummary()
        started = time.perf_counter()
        kw = {"extractor": extractor, "extractor_version": extractor_version, "pipeline": pipeline}
        if bulk and isinstance(self._b, _Local):
            self._writable()
            results: Iterable[AddResult] = self._add_bulk(items, batch_size=max(1, batch_size), **kw)
        else:
            results = (self.add(article, claims, **kw) for article, claims in items)
        orphans: list[str] = []
        moved: list[str] = []
        for result in results:
            summary.results.append(result)
            summary.articles += 1
            summary.claims += result.claims
            setattr(summary, result.status, getattr(summary, result.status) + 1)
            orphans.extend(result.orphaned_annotations)
            moved.extend(result.retargeted_annotations)
        summary.orphaned_annotations = tuple(orphans)
        summary.retargeted_annotations = tuple(moved)
        summary.seconds = time.perf_counter() - started
        return summary

    def _add_bulk(
        self,
        items: Iterable[tuple[Article, Sequence[Claim]]],
        *,
        batch_size: int,
        extractor: str,
        extractor_version: str,
        pipeline: str,
    ) -> Iterator[AddResult]:
        """`add_many(bulk=True)`: new articles a batch per transaction, stored ones through `add`."""
        kw = {"extractor": extractor, "extractor_version": extractor_version, "pipeline": pipeline}
        run = _run_iri(extractor, extractor_version, pipeline)
        chunk: list[tuple[Article, Sequence[Claim]]] = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= batch_size:
                yield from self._add_chunk(chunk, run, kw)
                chunk = []
        if chunk:
            yield from self._add_chunk(chunk, run, kw)

    def _add_chunk(
        self, chunk: list[tuple[Article, Sequence[Claim]]], run: URIRef, kw: dict[str, str]
    ) -> Iterator[AddResult]:
        backend = self._b
        assert isinstance(backend, _Local)
        for article, claims in chunk:
            _check_claims(article, claims)
        stored = self._stored_runs([article.id for article, _ in chunk])
        new: dict[str, tuple[Article, Sequence[Claim]]] = {}
        for article, claims in chunk:
            if article.id not in stored and article.id not in new:
                new[article.id] = (article, claims)
        quads: list[Quad] = []
        actors: dict[str, Actor] = {}
        for article, claims in new.values():
            quads += _article_quads(article, claims, run=run, **kw)
            for key, actor in _actors_of(claims).items():
                actors[key] = actor  # the latest description of an actor wins, as with `add`
        if new:
            described = _to_ox_quads(_described(actors))
            stale = self._stale_descriptions(described)
            try:
                if stale:  # an actor's description changes: delete and insert in one update request
                    backend.update(
                        "DELETE DATA {\n"
                        + "".join(f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}\n" for q in stale)
                        + "} ;\nINSERT DATA {\n"
                        + _quads_text(quads + _described(actors))
                        + "}"
                    )
                else:
                    backend.ox.extend(_to_ox_quads(quads) + described)
            except (OSError, RuntimeError, SyntaxError, ValueError) as exc:
                ids = list(new)
                raise StoreError(
                    f"writing articles {ids[0]}..{ids[-1]} ({len(ids)}) to {self.location} failed: {_one_line(exc)}"
                ) from exc
        written: set[str] = set()
        for article, claims in chunk:
            if article.id in new and article.id not in written:
                written.add(article.id)
                yield AddResult(article_id=article.id, status="added", claims=len({c.id for c in claims}))
            else:  # stored before this batch (or a repeat within it): the one-by-one path decides
                yield self.add(article, claims, **kw)

    def _stored_runs(self, article_ids: Sequence[str]) -> set[str]:
        """Which of these articles the store holds (by any run)."""
        values = " ".join(article_iri(i).n3() for i in dict.fromkeys(article_ids))
        rows = self._select(
            "SELECT ?article WHERE { VALUES ?article { " + values + " }\n"
            "  GRAPH " + ARTICLES_GRAPH.n3() + " { ?article kg:contentHash ?hash } }"
        )
        return {str(r["article"]).rsplit("/", 1)[-1] for r in rows}

    def _stale_descriptions(self, described: Sequence[ox.Quad]) -> list[ox.Quad]:
        """Stored quads describing these actors that the new descriptions do not repeat."""
        nodes = sorted({str(q.subject) for q in described if q.graph_name == _OX_ACTORS})
        if not nodes:
            return []
        result = self.solutions(
            "SELECT ?actor ?p ?o WHERE { VALUES ?actor { " + " ".join(nodes) + " }\n"
            "  GRAPH " + ACTORS_GRAPH.n3() + " { ?actor ?p ?o } }"
        )
        keep = set(described)
        stored = (ox.Quad(row["actor"], row["p"], row["o"], _OX_ACTORS) for row in result)
        return [quad for quad in stored if quad not in keep]

    def is_current(self, article: Article, *, extractor: str, extractor_version: str, pipeline: str = "") -> bool:
        """True when `add` would leave this article unchanged: a rebuild can skip parsing it."""
        return self._stored_state(article, _run_iri(extractor, extractor_version, pipeline))[2]

    def _stored_state(self, article: Article, run: URIRef) -> tuple[set[str], bool, bool]:
        """(claim ids stored for the article, whether it is stored, whether exactly as `run` stores it)."""
        # graphs as constants: Oxigraph scans every graph when a GRAPH variable is bound by VALUES
        rows = self._select(
            "SELECT ?hash ?run ?claim WHERE {\n"
            f"  {{ GRAPH {ARTICLES_GRAPH.n3()} {{ {article_iri(article.id).n3()} kg:contentHash ?hash ;\n"
            "      kg:extractedBy ?run } }\n"
            f"  UNION {{ GRAPH {article_graph(article.id).n3()} {{ ?claim a kg:Claim }} }}\n}}"
        )
        claims = {str(r["claim"])[len(CLAIM) :] for r in rows if r.get("claim") is not None}
        meta = [(str(r["hash"]), str(r["run"])) for r in rows if r.get("hash") is not None]
        return claims, bool(meta), meta == [(article.content_sha256, str(run))]

    def _annotation_targets(self, claim_ids: Sequence[str]) -> dict[str, str]:
        """{annotation id: claim id} for the annotations on `claim_ids`."""
        values = " ".join(claim_iri(c).n3() for c in claim_ids)
        rows = self._select(
            "SELECT DISTINCT ?annotation ?target WHERE { VALUES ?target { " + values + " }\n"
            "  GRAPH " + ANNOTATIONS_GRAPH.n3() + " { ?annotation oa:hasTarget ?target } }"
        )
        return {str(r["annotation"])[len(ANNOTATION) :]: str(r["target"])[len(CLAIM) :] for r in rows}

    def _successors(self, article: Article, claim_ids: Sequence[str], claims: Sequence[Claim]) -> dict[str, str]:
        """{old claim id: new claim id} for stored claims of `article` that one of `claims` replaces: the
        same character span, relation, negation and subject and object texts (an actor re-identified)."""
        if not claim_ids:
            return {}
        values = " ".join(claim_iri(c).n3() for c in claim_ids)
        rows = self._select(
            "SELECT ?claim ?relation ?start ?end ?negated ?stext ?otext WHERE { VALUES ?claim { " + values + " }\n"
            f"  GRAPH {article_graph(article.id).n3()} {{ ?claim kg:relation ?relation ; kg:charStart ?start ;\n"
            "    kg:charEnd ?end ; kg:negated ?negated ; kg:subjectText ?stext ; kg:objectText ?otext } }"
        )
        by_key: dict[tuple[str, int, int, bool, str, str], list[str]] = {}
        for c in claims:
            p = c.provenance
            key = (str(RELATION_IRIS[c.relation]), p.char_start, p.char_end, c.negated, c.subject.text, c.object.text)
            by_key.setdefault(key, []).append(c.id)
        moves: dict[str, str] = {}
        for r in rows:
            negated = str(r["negated"]).lower() == "true"
            key = (
                str(r["relation"]),
                int(str(r["start"])),
                int(str(r["end"])),
                negated,
                str(r["stext"]),
                str(r["otext"]),
            )
            successors = by_key.get(key, [])
            if len(successors) == 1:
                moves[str(r["claim"])[len(CLAIM) :]] = successors[0]
        return moves

    def _annotations_on(self, claim_ids: Sequence[str]) -> tuple[str, ...]:
        if not claim_ids:
            return ()
        values = " ".join(claim_iri(c).n3() for c in claim_ids)
        rows = self._select(
            "SELECT DISTINCT ?annotation WHERE { VALUES ?target { " + values + " }\n"
            "  GRAPH " + ANNOTATIONS_GRAPH.n3() + " { ?annotation oa:hasTarget ?target } }"
        )
        return tuple(sorted(str(r["annotation"])[len(ANNOTATION) :] for r in rows))

    def add_annotation(self, annotation: Annotation) -> URIRef:
        """Store an analyst's annotation on a claim as a W3C Web Annotation; returns its IRI.

        Raises:
            AnnotationError: the target claim is not in the store.
        """
        return self.add_annotations([annotation])[0]

    def add_annotations(self, annotations: Sequence[Annotation]) -> list[URIRef]:
        """Store several annotations in one update: all of them are written, or none.

        Every target is checked before anything is written, so one unknown claim id rejects the
        whole batch (an edge verdict never lands on half of the edge's claims).

        Raises:
            AnnotationError: a target is not a claim id, or not a claim in the store.
        """
        self._writable()
        claim_ids = []
        for annotation in annotations:
            target = annotation.target
            claim_id = target[len(CLAIM) :] if target.startswith(str(CLAIM)) else target
            if not claim_id.startswith("c-"):
                raise AnnotationError(f"annotation target {target!r} is not a claim id (c-...); annotate a claim")
            claim_ids.append(claim_id)
        if not annotations:
            return []
        values = " ".join(claim_iri(c).n3() for c in dict.fromkeys(claim_ids))
        rows = self._select(
            "SELECT DISTINCT ?claim WHERE { VALUES ?claim { " + values + " } GRAPH ?g { ?claim a kg:Claim } }"
        )
        found = {str(r["claim"])[len(CLAIM) :] for r in rows}
        missing = [c for c in claim_ids if c not in found]
        if missing:
            raise AnnotationError(
                f"annotation target {missing[0]} is not a claim in {self.location}; check the id (claims_df().claim)"
            )
        g = ANNOTATIONS_GRAPH
        quads: list[Quad] = []
        nodes = []
        for annotation, claim_id in zip(annotations, claim_ids, strict=True):
            node = ANNOTATION[annotation.id]
            body = URIRef(node + "/body")
            motivation = OA.commenting if annotation.verdict == "comment" else OA.assessing
            quads += [
                (node, RDF.type, OA.Annotation, g),
                (node, OA.hasTarget, claim_iri(claim_id), g),
                (node, OA.motivatedBy, motivation, g),
                (node, OA.hasBody, body, g),
                (node, DCTERMS.creator, Literal(annotation.analyst), g),
                (node, DCTERMS.created, Literal(annotation.created), g),
                (body, KG.verdict, Literal(annotation.verdict), g),
            ]
            if annotation.note:
                quads.append((body, RDF.value, Literal(annotation.note), g))
            if annotation.relation:
                quads.append((body, KG.correctedRelation, RELATION_IRIS[annotation.relation], g))
            nodes.append(node)
        try:
            self._b.update("INSERT DATA {\n" + _quads_text(quads) + "}")
        except (OSError, RuntimeError, SyntaxError, ValueError, urllib.error.URLError) as exc:
            which = annotations[0].id if len(annotations) == 1 else f"{len(annotations)} annotations"
            raise StoreError(f"writing {which} failed: {_one_line(exc)}") from exc
        return nodes

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.location} is open read-only; open it without read_only=True to write")

    # ------------------------------------------------------------------ reading

    def query(self, sparql: str, *, bindings: Bindings | None = None) -> Result:
        """Run a SPARQL query in the backend; `bindings` fix variables to values safely.

        Bindings become a `VALUES` block at the top of the query's WHERE clause, built from rdflib
        terms (Python values become literals; `URIRef`s are checked), so no value is ever pasted
        into the query text. The result's rows are read eagerly, so errors surface here.

        Raises:
            QueryError: the query is malformed or the backend failed.
        """
        text = inject_values(sparql, bindings) if bindings else sparql
        try:
            result = self._b.dataset.query(text)
            if result.type == "SELECT":
                result.bindings = list(result.bindings)
        except (SyntaxError, OSError, RuntimeError, ValueError, urllib.error.URLError) as exc:
            raise QueryError(f"query failed: {_one_line(exc)}") from exc
        except Exception as exc:  # rdflib's HTTP connector raises bare Exception subclasses
            if type(exc).__module__.startswith(("rdflib", "pyoxigraph", "urllib", "http")):
                raise QueryError(f"query failed: {_one_line(exc)}") from exc
            raise
        return result

    def solutions(self, sparql: str, *, bindings: Bindings | None = None) -> Any:
        """Run a query on the embedded Oxigraph store directly and return pyoxigraph's result.

        `pyoxigraph.QuerySolutions` for SELECT (iterate `QuerySolution`s, index by variable name),
        `QueryBoolean` for ASK, `QueryTriples` for CONSTRUCT/DESCRIBE. This skips rdflib's term
        conversion, which costs more than the query itself on large results. Bindings as in `query`.

        Raises:
            StoreError: the store is a SPARQL server (use `query` or `query_df` there).
            QueryError: the query is malformed or the store failed.
        """
        backend = self._b
        if not isinstance(backend, _Local):
            raise StoreError(f"solutions() needs an embedded store; {self.location} is a server: use query_df()")
        text = inject_values(sparql, bindings) if bindings else sparql
        try:
            return backend.solutions(text)
        except (SyntaxError, OSError, RuntimeError, ValueError) as exc:
            raise QueryError(f"query failed: {_one_line(exc)}") from exc

    def _rows(
        self, sparql: str, bindings: Bindings | None = None, convert: Callable[[object], object] | None = None
    ) -> tuple[list[str], list[list[object]]] | bool:
        """A SELECT's (variables, rows of plain Python values), or an ASK's answer; the fast path.

        `convert` maps each plain value once more (kg.query's compact ids), once per distinct term.
        """
        if isinstance(self._b, _Local):
            result = self.solutions(sparql, bindings=bindings)
            if isinstance(result, ox.QueryBoolean):
                return bool(result)
            if not isinstance(result, ox.QuerySolutions):
                raise QueryError("expected a SELECT or ASK query, got CONSTRUCT/DESCRIBE; use query() instead")
            names = [v.value for v in result.variables]
            # actors, relations, runs, dates and flags repeat across rows: convert each term once
            cache: dict[Any, object] = {None: None}
            rows = []
            try:
                for solution in result:
                    row = []
                    for term in solution:
                        try:
                            value = cache[term]
                        except KeyError:
                            value = _ox_py(term)
                            if convert is not None:
                                value = convert(value)
                            cache[term] = value
                        row.append(value)
                    rows.append(row)
            except (OSError, RuntimeError, ValueError) as exc:  # evaluation is lazy: errors come while iterating
                raise QueryError(f"query failed: {_one_line(exc)}") from exc
            return names, rows
        rdf = self.query(sparql, bindings=bindings)
        if rdf.type == "ASK":
            return bool(rdf.askAnswer)
        if rdf.type != "SELECT":
            raise QueryError(f"expected a SELECT or ASK query, got {rdf.type}; use query() instead")
        variables = list(rdf.vars or ())
        py = _py if convert is None else (lambda term: convert(_py(term)))
        return [str(v) for v in variables], [[py(row.get(v)) for v in variables] for row in rdf.bindings]

    def _select(self, sparql: str, bindings: Bindings | None = None) -> Any:
        """Rows as dicts of plain values (IRIs as str), or an ASK's bool; kg's prefixes are declared."""
        result = self._rows(_PROLOGUE + sparql, bindings)
        if isinstance(result, bool):
            return result
        names, rows = result
        return [{k: v for k, v in zip(names, row, strict=True) if v is not None} for row in rows]

    def query_df(self, sparql: str, *, bindings: Bindings | None = None) -> pd.DataFrame:
        """A SELECT query's solutions as a DataFrame of plain Python values (None when unbound).

        On the embedded store the query runs in Oxigraph directly (see `solutions`).
        """
        return self._frame(sparql, bindings)

    def _frame(
        self, sparql: str, bindings: Bindings | None = None, convert: Callable[[object], object] | None = None
    ) -> pd.DataFrame:
        import pandas as pd

        result = self._rows(sparql, bindings, convert)
        if isinstance(result, bool):
            raise QueryError("query_df needs a SELECT query, got ASK; use query() instead")
        names, rows = result
        return pd.DataFrame(rows, columns=names, dtype=object)

    def claims_df(
        self,
        *,
        actor: str | None = None,
        relation: str | None = None,
        quad_class: str | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        status: str | None = None,
    ) -> pd.DataFrame:
        """One row per claim, with actors, article, extractor and the latest annotation (CLAIM_COLUMNS).

        Args:
            actor: keep claims whose subject, object or speaker is this actor id ("Q159", "kg:...").
            relation: keep one relation ("supports").
            quad_class: keep one quad class ("material_conflict").
            since, until: keep claims from articles dated in [since, until] (ISO dates).
            status: keep claims whose latest verdict is this one; "unreviewed" for none.
        """
        from kg.query import load_query

        filters, bindings = _claim_filters(actor, relation, quad_class, since, until)
        text = load_query("claims").replace("#FILTERS", "\n  ".join(filters) + "\n  #", 1)
        df = self.query_df(text, bindings=bindings or None)
        df = df.drop_duplicates("claim").reset_index(drop=True)
        for column in _ACTOR_COLUMNS:
            df[column] = df[column].map(lambda v: actor_id(v) if isinstance(v, str) else None)
        for column in ("relation", "quad_class"):
            df[column] = df[column].map(relation_name)
        df["claim"] = df["claim"].map(lambda v: v[len(CLAIM) :])
        df["article"] = df["article"].map(lambda v: v.rsplit("/", 1)[-1])
        notes = self.annotations_df().sort_values("created", kind="stable")
        # The verdict is the latest assessment; a later comment adds a note but never undoes it.
        verdicts = notes[notes.verdict != "comment"].drop_duplicates("target", keep="last").set_index("target")
        latest_note = notes[notes.note.fillna("") != ""].drop_duplicates("target", keep="last").set_index("target")
        for column, source in (("verdict", verdicts), ("corrected_relation", verdicts), ("note", latest_note)):
            df[column] = df["claim"].map(source[column]).astype(object)
            df[column] = df[column].where(df[column].notna(), None)
        if status is not None:
            df = df[df.verdict.isna()] if status == "unreviewed" else df[df.verdict == status]
        return _plain(df.loc[:, list(CLAIM_COLUMNS)].reset_index(drop=True))

    def annotations_df(self) -> pd.DataFrame:
        """Every annotation (ANNOTATION_COLUMNS), oldest first; `target` is the claim id."""
        from kg.query import load_query

        df = self.query_df(load_query("annotations"))
        if df.empty:
            return df.reindex(columns=list(ANNOTATION_COLUMNS)).astype(object)
        df["annotation"] = df["annotation"].map(lambda v: v[len(ANNOTATION) :])
        df["target"] = df["target"].map(lambda v: v[len(CLAIM) :] if v.startswith(str(CLAIM)) else v)
        df["corrected_relation"] = df["corrected_relation"].map(lambda v: relation_name(v) if v else None)
        df["motivation"] = df["motivation"].map(lambda v: v[len(OA) :])
        df = df.sort_values("created", kind="stable").reset_index(drop=True)
        return _plain(df.loc[:, list(ANNOTATION_COLUMNS)])

    def counts(self) -> dict[str, int]:
        """Numbers of articles, claims, actors and annotations in the store."""
        rows = self._select(
            "SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {\n"
            "  { GRAPH ?meta { ?x a kg:Article } BIND('articles' AS ?what) }\n"
            "  UNION { GRAPH ?g { ?x a kg:Claim } BIND('claims' AS ?what) }\n"
            "  UNION { GRAPH ?actors { ?x a kg:Actor } BIND('actors' AS ?what) }\n"
            "  UNION { GRAPH ?ann { ?x a oa:Annotation } BIND('annotations' AS ?what) }\n"
            "} GROUP BY ?what",
            {"meta": ARTICLES_GRAPH, "actors": ACTORS_GRAPH, "ann": ANNOTATIONS_GRAPH},
        )
        counts = dict.fromkeys(("articles", "claims", "actors", "annotations"), 0)
        counts.update({str(r["what"]): int(r["n"]) for r in rows})
        return counts

    def has_pair_index(self) -> bool:
        """Whether every claim carries `kg:pair` (kg.vocab.pair_iri), so pair-indexed queries are complete.

        Stores built before kg:pair existed lack it until their articles are re-extracted; canned
        queries then fall back to walking an actor's claims (kg.query). Two index range counts,
        asked once per open store (a write through `add` keeps the answer; `load` forgets it).
        """
        if self._pair_index is None:
            rows = self._select(
                "SELECT ?pairs ?claims WHERE {\n"
                "  { SELECT (COUNT(*) AS ?pairs) WHERE { GRAPH ?g { ?c kg:pair ?p } } }\n"
                "  { SELECT (COUNT(*) AS ?claims) WHERE { GRAPH ?h { ?d kg:subject ?s } } } }"
            )
            self._pair_index = bool(rows) and int(rows[0]["pairs"]) >= int(rows[0]["claims"])
        return self._pair_index

    def article_ids(self) -> list[str]:
        rows = self._select("SELECT ?a WHERE { GRAPH ?meta { ?a a kg:Article } } ORDER BY ?a", {"meta": ARTICLES_GRAPH})
        return [str(r["a"]).rsplit("/", 1)[-1] for r in rows]

    # ------------------------------------------------------------------ export / import

    def export(self, path: str | Path, format: str | None = None) -> Path:
        """Write the whole store to `path` as trig, nquads, turtle (all graphs merged) or json-ld."""
        path = Path(path)
        fmt = format or _SUFFIX_FORMAT.get(path.suffix.lower())
        if fmt not in EXPORT_FORMATS:
            raise StoreError(f"unknown export format {fmt!r} for {path}; valid: {', '.join(EXPORT_FORMATS)}")
        backend = self._b
        try:
            if isinstance(backend, _Local) and fmt in ("trig", "nquads"):
                oxfmt = ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS
                backend.ox.dump(str(path), oxfmt, prefixes=_PREFIXES if fmt == "trig" else None)
                return path
            quads = list(self.quads())
            if fmt == "turtle":
                graph = Graph()
                for prefix, ns in _PREFIXES.items():
                    graph.bind(prefix, ns)
                for s, p, o, _ in quads:
                    graph.add((s, p, o))
                graph.serialize(path, format="turtle")
            else:
                ds = Dataset()
                for prefix, ns in _PREFIXES.items():
                    ds.bind(prefix, ns)
                ds.addN(quads)  # type: ignore[arg-type]
                ds.serialize(path, format=fmt)
        except OSError as exc:
            raise StoreError(f"cannot export {self.location} to {path}: {_one_line(exc)}") from exc
        return path

    def quads(self) -> Iterator[Quad]:
        """Every quad in the store's named graphs."""
        for row in self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            s, p, o, g = row  # type: ignore[misc]
            yield s, p, o, g  # type: ignore[misc]

    def load(self, path: str | Path, *, format: str | None = None, graph: str | None = None) -> int:
        """Import an RDF file (trig, nquads, turtle, json-ld); triples go to `graph`. Returns quads read."""
        self._writable()
        self._pair_index = None  # imported claims may lack kg:pair
        path = Path(path)
        fmt = format or _SUFFIX_FORMAT.get(path.suffix.lower())
        if fmt not in EXPORT_FORMATS:
            raise StoreError(f"unknown import format {fmt!r} for {path}; valid: {', '.join(EXPORT_FORMATS)}")
        ds = Dataset()
        try:
            if fmt == "turtle":
                target = ds.graph(URIRef(graph)) if graph else ds.default_graph
                target.parse(path, format="turtle")
            else:
                ds.parse(path, format=fmt)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot read {path} as {fmt}: {_one_line(exc)}") from exc
        default = DATASET_DEFAULT_GRAPH_ID
        quads: list[Quad] = [
            (s, p, o, getattr(c, "identifier", c) or default)  # type: ignore[misc,arg-type]
            for s, p, o, c in ds.quads((None, None, None, None))
        ]
        named = [q for q in quads if q[3] != default]
        plain = [q for q in quads if q[3] == default]
        text = ""
        if named:
            text += "INSERT DATA {\n" + _quads_text(named) + "}"
        if plain:
            text += (
                (" ;\n" if text else "")
                + "INSERT DATA {\n"
                + "".join(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o, _ in plain)
                + "}"
            )
        if text:
            try:
                self._b.update(text)
            except (OSError, RuntimeError, SyntaxError, ValueError, urllib.error.URLError) as exc:
                raise StoreError(f"importing {path} failed: {_one_line(exc)}") from exc
        return len(quads)


# --------------------------------------------------------------------------- quads of an article


def _run_iri(extractor: str, version: str, pipeline: str) -> URIRef:
    return RUN[content_hash(extractor, version, pipeline, prefix="r-")]


def _actors_of(claims: Sequence[Claim]) -> dict[str, Actor]:
    actors: dict[str, Actor] = {}
    for claim in claims:
        for actor in (claim.subject.actor, claim.object.actor, claim.attributed_to):
            if actor is not None:
                actors.setdefault(actor.id, actor)
    return actors


def _article_quads(
    article: Article,
    claims: Sequence[Claim],
    *,
    run: URIRef,
    extractor: str,
    extractor_version: str,
    pipeline: str,
) -> list[Quad]:
    a = article_iri(article.id)
    g = article_graph(article.id)
    meta = ARTICLES_GRAPH
    quads: list[Quad] = [
        (a, RDF.type, KG.Article, meta),
        (a, RDFS.label, Literal(article.display_title), meta),
        (a, KG.contentHash, Literal(article.content_sha256), meta),
        (a, KG.item, Literal(article.item), meta),
        (a, KG.extractedBy, run, meta),
        (run, RDF.type, KG.ExtractionRun, meta),
        (run, RDF.type, PROV.Activity, meta),
        (run, KG.extractor, Literal(extractor), meta),
        (run, KG.extractorVersion, Literal(extractor_version), meta),
        (run, KG.pipeline, Literal(pipeline), meta),
    ]
    for pred, value in (
        (DCTERMS.title, article.title),
        (KG.dateline, article.dateline),
        (KG.agency, article.agency),
        (DCTERMS.source, article.source),
        (DCTERMS.language, article.language),
    ):
        if value:
            quads.append((a, pred, Literal(value), meta))
    if article.date is not None:
        quads.append((a, DCTERMS.date, Literal(article.date, datatype=XSD.date), meta))

    seen_actors: set[str] = set()
    for claim in claims:
        c = claim_iri(claim.id)
        p = claim.provenance
        subject, obj = claim.subject.actor, claim.object.actor
        s_iri, o_iri = actor_iri(subject.id), actor_iri(obj.id)
        quads += [
            (c, RDF.type, KG.Claim, g),
            (c, KG.subject, s_iri, g),
            (c, KG.relation, RELATION_IRIS[claim.relation], g),
            (c, KG.object, o_iri, g),
            (c, KG.pair, pair_iri(s_iri, o_iri), g),  # the index of relations_between
            (c, KG.quadClass, QUAD_CLASS_IRIS[claim.quad_class], g),
            (c, KG.cameo, Literal(claim.cameo), g),
            (c, KG.negated, Literal(claim.negated), g),
            (c, KG.hedged, Literal(claim.hedged), g),
            (c, KG.confidence, Literal(float(claim.confidence), datatype=XSD.double), g),
            (c, KG.sentence, Literal(p.sentence), g),
            (c, KG.charStart, Literal(p.char_start), g),
            (c, KG.charEnd, Literal(p.char_end), g),
            (c, KG.subjectText, Literal(claim.subject.text), g),
            (c, KG.objectText, Literal(claim.object.text), g),
            (c, PROV.wasDerivedFrom, a, g),
            (c, PROV.wasGeneratedBy, run, g),
            (c, PROV.generatedAtTime, Literal(p.extracted_at), g),
        ]
        if p.cue:
            quads.append((c, KG.cue, Literal(p.cue), g))
        if claim.attributed_to is not None:
            quads.append((c, KG.attributedTo, actor_iri(claim.attributed_to.id), g))
        if not claim.negated:
            quads.append((s_iri, RELATION_IRIS[claim.relation], o_iri, g))
        for actor in (subject, obj, claim.attributed_to):
            if actor is not None and actor.id not in seen_actors:
                seen_actors.add(actor.id)
                quads += _dated_actor_quads(actor, g)
    return quads


def _dated_actor_quads(actor: Actor, graph: URIRef) -> list[Quad]:
    """What holds for an actor as of one article: code, state roll-up, role."""
    node = actor_iri(actor.id)
    quads: list[Quad] = [(node, KG.state, actor_iri(actor.rollup), graph)]
    if actor.code:
        quads.append((node, KG.code, Literal(actor.code), graph))
    if actor.role:
        quads.append((node, KG.role, Literal(actor.role), graph))
    return quads


def _described(actors: Mapping[str, Actor]) -> list[Quad]:
    """The actors graph's quads for these actors (descriptions, and labels of states known by label only)."""
    quads: list[Quad] = [q for actor in actors.values() for q in _actor_description(actor)]
    # a state known only by its label (a person's state that no claim mentions) gets that label
    for actor in actors.values():
        if actor.state and actor.state not in actors and actor.state_label:
            quads.append((actor_iri(actor.state), RDFS.label, Literal(actor.state_label, lang="en"), ACTORS_GRAPH))
    return quads


def _check_claims(article: Article, claims: Sequence[Claim]) -> None:
    for claim in claims:
        if claim.provenance.article_id != article.id:
            raise StoreError(
                f"claim {claim.id} belongs to article {claim.provenance.article_id}, not {article.id}; "
                "pass each article with its own claims"
            )


_OX_ACTORS = ox.NamedNode(str(ACTORS_GRAPH))


def _to_ox_quads(quads: Iterable[Quad]) -> list[ox.Quad]:
    """rdflib quads as pyoxigraph quads (IRIs and literals only: kg writes no blank nodes)."""
    iris: dict[str, ox.NamedNode] = {}

    def iri(node: Node) -> ox.NamedNode:
        found = iris.get(node)  # type: ignore[call-overload]
        if found is None:
            found = iris[node] = ox.NamedNode(str(node))  # type: ignore[index]
        return found

    def term(node: Node) -> ox.NamedNode | ox.Literal:
        if isinstance(node, Literal):
            if node.language:
                return ox.Literal(str(node), language=node.language)
            return ox.Literal(str(node), datatype=iri(node.datatype) if node.datatype else None)
        if isinstance(node, URIRef):
            return iri(node)
        raise StoreError("kg writes no blank nodes; got " + repr(node))

    return [ox.Quad(iri(s), iri(p), term(o), iri(g)) for s, p, o, g in quads]


def _actor_description(actor: Actor) -> list[Quad]:
    node = actor_iri(actor.id)
    g = ACTORS_GRAPH
    kind = actor.type if hasattr(KG, actor.type) else "Unknown"
    quads: list[Quad] = [
        (node, RDF.type, KG.Actor, g),
        (node, RDF.type, KG[kind], g),
        (node, KG.actorType, Literal(actor.type), g),
        (node, RDFS.label, Literal(actor.label, lang="en"), g),
        (node, SKOS.prefLabel, Literal(actor.label, lang="en"), g),
        (node, KG.state, actor_iri(actor.rollup), g),
    ]
    if actor.label_nl:
        quads.append((node, SKOS.prefLabel, Literal(actor.label_nl, lang="nl"), g))
    if actor.code:
        quads.append((node, KG.code, Literal(actor.code), g))
    if actor.role:
        quads.append((node, KG.role, Literal(actor.role), g))
    return quads


def _replace_article_update(
    article: Article, quads: list[Quad], actors: Mapping[str, Actor], moves: Mapping[str, str] | None = None
) -> str:
    """One SPARQL UPDATE request that swaps an article's old triples for `quads`.

    Deletes the article graph, the article's metadata and the descriptions of the actors it
    mentions (the latest description of an actor wins), then inserts everything anew; annotations
    on a claim in `moves` (old id -> new id) are pointed at its successor in the same request.
    """
    a = article_iri(article.id).n3()
    ops = [
        f"DROP SILENT GRAPH {article_graph(article.id).n3()}",
        f"DELETE WHERE {{ GRAPH {ARTICLES_GRAPH.n3()} {{ {a} ?p ?o }} }}",
    ]
    described = [actor_iri(i) for i in actors]
    if described:
        ops.append(
            "DELETE { GRAPH "
            + ACTORS_GRAPH.n3()
            + " { ?actor ?p ?o } } WHERE { VALUES ?actor { "
            + " ".join(n.n3() for n in described)
            + " } GRAPH "
            + ACTORS_GRAPH.n3()
            + " { ?actor ?p ?o } }"
        )
    ops.append("INSERT DATA {\n" + _quads_text(quads + _described(actors)) + "}")
    ann, target = ANNOTATIONS_GRAPH.n3(), OA.hasTarget.n3()
    for old, new in sorted((moves or {}).items()):
        o, n = claim_iri(old).n3(), claim_iri(new).n3()
        ops.append(
            f"DELETE {{ GRAPH {ann} {{ ?a {target} {o} }} }} INSERT {{ GRAPH {ann} {{ ?a {target} {n} }} }}"
            f" WHERE {{ GRAPH {ann} {{ ?a {target} {o} }} }}"
        )
    return " ;\n".join(_hook(ops))


def _hook(ops: list[str]) -> list[str]:
    """The operations of one article's update (a seam the atomicity test fails in mid-request)."""
    return ops


def _quads_text(quads: Iterable[Quad]) -> str:
    by_graph: dict[URIRef, list[str]] = {}
    for s, p, o, g in quads:
        if isinstance(s, BNode) or isinstance(o, BNode):
            raise StoreError("kg writes no blank nodes; got one in " + repr((s, p, o)))
        by_graph.setdefault(g, []).append(f"{s.n3()} {p.n3()} {o.n3()} .")
    return "".join(f"GRAPH {g.n3()} {{\n" + "\n".join(lines) + "\n}\n" for g, lines in by_graph.items())


# --------------------------------------------------------------------------- bindings


def _claim_filters(
    actor: str | None,
    relation: str | None,
    quad_class: str | None,
    since: date | str | None,
    until: date | str | None,
) -> tuple[list[str], dict[str, object]]:
    """FILTERs for claims.rq and the values they compare with (bound, never pasted into the text)."""
    filters: list[str] = []
    bindings: dict[str, object] = {}
    if actor is not None:
        bindings["f_actor"] = actor_iri(actor)
        filters.append("FILTER(?subject = ?f_actor || ?object = ?f_actor || ?attributed_to = ?f_actor)")
    for name, value, iris in (("relation", relation, RELATION_IRIS), ("quad_class", quad_class, QUAD_CLASS_IRIS)):
        if value is not None:  # an unknown name matches nothing, as a filter on the table would
            bindings["f_" + name] = iris.get(value, URIRef(str(KG._NS) + value))
            filters.append(f"FILTER(?{name} = ?f_{name})")
    for name, day, op in (("since", since, ">="), ("until", until, "<=")):
        if day is not None:
            bindings["f_" + name] = str(day)
            filters.append(f"FILTER(BOUND(?date) && STR(?date) {op} ?f_{name})")
    return filters, bindings


def _term(name: str, value: object) -> str:
    if isinstance(value, URIRef):
        try:
            return value.n3()  # rdflib refuses IRIs with spaces, quotes or angle brackets
        except Exception as exc:
            raise QueryError(f"binding ?{name}: {value!r} is not a valid IRI") from exc
    if isinstance(value, Literal):
        return value.n3()
    if isinstance(value, Node):
        raise QueryError(f"binding ?{name}: {type(value).__name__} values cannot be bound; use an IRI or literal")
    if isinstance(value, (str, bool, int, float, date, datetime)):
        return Literal(value).n3()
    raise QueryError(f"binding ?{name}: cannot bind a {type(value).__name__}; use str, number, date or an rdflib term")


def inject_values(sparql: str, bindings: Bindings) -> str:
    """Put `bindings` as a VALUES block first inside the query's WHERE clause.

    Unlike a trailing VALUES (rdflib's initBindings on a SPARQL server), this also binds
    variables that the SELECT clause does not project.

    >>> inject_values("SELECT ?b WHERE { ?a <p:x> ?b }", {"a": URIRef("http://e.org/x")})
    'SELECT ?b WHERE { VALUES (?a) { (<http://e.org/x>) }  ?a <p:x> ?b }'
    """
    names, values = [], []
    for name, value in bindings.items():
        name = name.removeprefix("?").removeprefix("$")
        if not _VAR.fullmatch(name):
            raise QueryError(f"binding name {name!r} is not a SPARQL variable name")
        names.append("?" + name)
        values.append(_term(name, value))
    where = _where_brace(sparql)
    block = f" VALUES ({' '.join(names)}) {{ ({' '.join(values)}) }} "
    return sparql[: where + 1] + block + sparql[where + 1 :]


_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_STRING = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
)


def _where_brace(sparql: str) -> int:
    """Offset of the `{` opening the query's WHERE clause (skipping strings, IRIs, comments)."""
    i, depth = 0, 0
    words: list[str] = []
    braces: list[int] = []
    construct = False
    while i < len(sparql):
        ch = sparql[i]
        if ch == "#":
            end = sparql.find("\n", i)
            i = len(sparql) if end < 0 else end
            continue
        if ch in "\"'":
            m = _STRING.match(sparql, i)
            i = m.end() if m else i + 1
            continue
        if ch == "<":
            m = _IRI.match(sparql, i)
            i = m.end() if m else i + 1
            continue
        if ch == "{":
            if depth == 0:
                previous = words[-1] if words else ""
                if previous == "WHERE" or not construct:
                    return i
                braces.append(i)
            depth += 1
        elif ch == "}":
            depth -= 1
        elif depth == 0 and (ch.isalpha()):
            m = re.compile(r"[A-Za-z_]+").match(sparql, i)
            assert m is not None
            word = m.group().upper()
            words.append(word)
            construct = construct or word == "CONSTRUCT"
            i = m.end()
            continue
        i += 1
    raise QueryError("cannot bind values: no WHERE clause found in the query")


# --------------------------------------------------------------------------- helpers


def _py(term: Node | None) -> object:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return str(term) if isinstance(value, Literal) else value
    return str(term)


_XSD = str(XSD)
_INTEGERS = frozenset(
    _XSD + t
    for t in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte",
    )
)  # fmt: skip
_XSD_DATE = _XSD + "date"
_PLAIN_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_STRING_TYPES = frozenset({_XSD + "string", str(RDF.langString), str(RDF) + "dirLangString"})


def _ox_py(term: Any) -> object:
    """A pyoxigraph term as the plain Python value `_py` gives for the same rdflib term."""
    if term is None:
        return None
    if type(term) is not ox.Literal:
        return term.value if hasattr(term, "value") else str(term)  # IRIs and blank nodes as str
    datatype = term.datatype.value
    value = term.value
    if datatype in _STRING_TYPES:
        return value
    try:
        if datatype == _XSD_DATE and _PLAIN_DATE.fullmatch(value):
            return date.fromisoformat(value)  # what rdflib gives for a plain date, without building a Literal
        if datatype == _XSD + "boolean":
            if value in ("true", "1"):
                return True
            if value in ("false", "0"):
                return False
        elif datatype in _INTEGERS:
            return int(value)
        elif datatype in (_XSD + "double", _XSD + "float"):
            return float(value)
    except ValueError:
        return value  # an ill-typed literal: rdflib gives its text too
    return _py(Literal(value, datatype=URIRef(datatype)))


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    """Object columns holding Python values, with None (not NaN) where a value is missing."""
    df = df.astype(object)
    return df.where(df.notna(), None)


def _one_line(exc: BaseException) -> str:
    text = str(exc)
    if isinstance(exc, urllib.error.HTTPError):
        try:
            text = f"HTTP {exc.code}: " + exc.read().decode("utf-8", "replace")
        except Exception:
            text = f"HTTP {exc.code} {exc.reason}"
    return " ".join(text.split()) or type(exc).__name__
