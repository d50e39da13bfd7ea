"""kg.store on a real on-disk Oxigraph store and a real Oxigraph server (parametrized `store`)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

import kg.store
from kg.errors import AnnotationError, QueryError, StoreError, StoreLockedError
from kg.model import Annotation
from kg.store import CLAIM_COLUMNS, EXPORT_FORMATS, Store
from kg.vocab import ARTICLES_GRAPH

from .fixtures_store import (  # noqa: F401  (fixtures)
    RUSSIA,
    add_corpus,
    claim,
    corpus,
    env_with_worktree,
    many_articles,
    oxigraph_server,
    store,
)


def test_store_add_is_idempotent(store: Store) -> None:
    add_corpus(store)
    before = sorted(store.quads())
    again = [store.add(a, c, extractor="test.v1", extractor_version="1") for a, c in corpus()]
    assert [r.status for r in again] == ["unchanged", "unchanged"]
    assert sorted(store.quads()) == before
    assert store.counts() == {"articles": 2, "claims": 6, "actors": 8, "annotations": 0}


def test_store_plain_triples_only_for_unnegated_claims(store: Store) -> None:
    add_corpus(store)
    rows = store.query(
        "PREFIX kg: <https://kg.example.org/ns#> SELECT ?o WHERE { "
        "GRAPH ?g { <http://www.wikidata.org/entity/Q159> kg:supports ?o } }"
    )
    assert [str(r.o) for r in rows] == ["http://www.wikidata.org/entity/Q423"]  # not Iran (negated)


def test_store_replace_keeps_annotations_and_reports_orphans(store: Store) -> None:
    add_corpus(store)
    (a1, claims), _ = corpus()
    kept, dropped = claims[0], claims[1]
    store.add_annotation(Annotation(target=kept.id, verdict="confirmed", analyst="ana"))
    store.add_annotation(Annotation(target=dropped.id, verdict="rejected", analyst="ana", note="no"))
    new = [kept, claim(a1, RUSSIA, "threatens", claims[1].object.actor, "Rusland valt Oekraïne aan.")]
    result = store.add(a1, new, extractor="test.v1", extractor_version="2")
    assert result.status == "replaced"
    assert set(result.removed_claims) == {dropped.id, claims[2].id}
    ann = store.annotations_df()
    assert result.orphaned_annotations == tuple(ann[ann.target == dropped.id].annotation)
    assert len(ann) == 2  # annotations are never deleted by a rebuild
    df = store.claims_df()
    assert set(df[df.article == a1.id].claim) == {c.id for c in new}
    assert df.set_index("claim").loc[kept.id, "verdict"] == "confirmed"
    assert store.counts()["claims"] == 5


def test_store_replace_moves_annotations_to_a_reidentified_claim(store: Store) -> None:
    # the same sentence span, relation and words, with an actor re-identified (a placeholder replaced by
    # its QID, a body merged with its state's agent): the analyst's verdict follows the claim
    add_corpus(store)
    (a1, claims), _ = corpus()
    first, second = claims[0], claims[1]
    mine = store.add_annotation(Annotation(target=first.id, verdict="confirmed", analyst="ana", note="seen"))
    gone = store.add_annotation(Annotation(target=second.id, verdict="rejected", analyst="ana"))
    russia_now = replace(RUSSIA, id="kg:RUS-military", type="GovernmentBody")
    renamed = replace(first, subject=replace(first.subject, actor=russia_now), id="")
    assert renamed.id != first.id
    changed = claim(a1, RUSSIA, "threatens", second.object.actor, "Rusland valt Oekraïne aan.")
    result = store.add(a1, [renamed, changed, claims[2]], extractor="test.v1", extractor_version="2")
    ann = store.annotations_df().set_index("annotation")
    moved, orphan = str(mine)[len(kg.store.ANNOTATION) :], str(gone)[len(kg.store.ANNOTATION) :]
    assert result.retargeted_annotations == (moved,)
    assert result.orphaned_annotations == (orphan,)  # a changed relation is another claim
    assert ann.loc[moved, "target"] == renamed.id and ann.loc[orphan, "target"] == second.id
    assert store.claims_df().set_index("claim").loc[renamed.id, "verdict"] == "confirmed"


def test_store_failed_write_leaves_store_unchanged(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    add_corpus(store)
    before = sorted(store.quads())
    (a1, claims), _ = corpus()
    # fail at run time *after* the delete and insert operations of the same request
    fail = f"CREATE GRAPH {ARTICLES_GRAPH.n3()}"
    monkeypatch.setattr(kg.store, "_hook", lambda ops: [*ops, fail])
    with pytest.raises(StoreError, match=f"writing article {a1.id}"):
        store.add(a1, claims[:1], extractor="test.v1", extractor_version="2")
    assert sorted(store.quads()) == before


def test_store_claims_df_columns_and_filters(store: Store) -> None:
    add_corpus(store)
    df = store.claims_df()
    assert tuple(df.columns) == CLAIM_COLUMNS and len(df) == 6 and df.claim.is_unique
    row = df[df.attributed_to == "Q57792"].iloc[0]
    assert (row.subject, row.subject_label, row.subject_label_nl, row.relation, row.object_code) == (
        "Q159",
        "Russia",
        "Rusland",
        "supports",
        "PRK",
    )
    assert row.attributed_to_label == "Mark Rutte" and row.verdict is None and row.title == "Rutte waarschuwt"
    assert df[df.subject == "kg:houthis"].iloc[0].subject_type == "ArmedGroup"
    assert len(store.claims_df(actor="Q794")) == 4
    assert len(store.claims_df(relation="attacks")) == 2
    assert len(store.claims_df(quad_class="verbal_conflict")) == 1
    assert len(store.claims_df(since="2025-03-10")) == 3 and len(store.claims_df(until="2025-03-10")) == 3
    first = df.claim[0]
    store.add_annotation(Annotation(target=first, verdict="comment", analyst="a", note="first"))
    store.add_annotation(Annotation(target=first, verdict="corrected", analyst="b", relation="threatens"))
    latest = store.claims_df(status="corrected")
    assert list(latest.claim) == [first] and latest.corrected_relation[0] == "threatens"
    assert len(store.claims_df(status="unreviewed")) == 5


def test_store_annotation_of_unknown_claim_raises(store: Store) -> None:
    add_corpus(store)
    with pytest.raises(AnnotationError, match="c-0000000000000000"):
        store.add_annotation(Annotation(target="c-0000000000000000", verdict="confirmed", analyst="x"))


def test_store_malformed_sparql_raises_query_error(store: Store) -> None:
    with pytest.raises(QueryError, match="^query failed: "):
        store.query("SELECT ?x WHERE { ?x ?y }")


def test_store_bindings_are_values_not_text(store: Store) -> None:
    add_corpus(store)
    sneaky = '" } } ; DROP ALL ; SELECT * { {"'
    df = store.query_df("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?label } }", bindings={"label": sneaky})
    assert df.empty and store.counts()["claims"] == 6
    # an unprojected variable can be bound (rdflib's initBindings on Oxigraph refuses this)
    df = store.query_df(
        "PREFIX kg: <https://kg.example.org/ns#> SELECT ?c WHERE { GRAPH ?g { ?c kg:subject ?who } }",
        bindings={"who": URIRef("http://www.wikidata.org/entity/Q159")},
    )
    assert len(df) == 3
    with pytest.raises(QueryError, match="not a valid IRI"):
        store.query("SELECT * WHERE { ?s ?p ?o }", bindings={"s": URIRef("http://x> } DROP ALL {")})


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_store_export_round_trip(tmp_path: Path, fmt: str) -> None:
    suffix = {"trig": ".trig", "nquads": ".nq", "turtle": ".ttl", "json-ld": ".jsonld"}[fmt]
    with Store.open(tmp_path / "a.store") as store:
        add_corpus(store)
        store.add_annotation(Annotation(target=corpus()[0][1][0].id, verdict="confirmed", analyst="x"))
        original = list(store.quads())
        store.export(tmp_path / ("out" + suffix), fmt)
    with Store.open(tmp_path / "b.store") as copy:
        copy.load(tmp_path / ("out" + suffix), graph="https://kg.example.org/graph/imported")
        copied = list(copy.quads())
    if fmt == "turtle":  # turtle holds one graph: the union of all
        assert isomorphic(Graph().__iadd__([q[:3] for q in original]), Graph().__iadd__([q[:3] for q in copied]))
        return
    by_graph: dict[str, tuple[Graph, Graph]] = {}
    for quads, side in ((original, 0), (copied, 1)):
        for s, p, o, g in quads:
            by_graph.setdefault(str(g), (Graph(), Graph()))[side].add((s, p, o))
    assert len(by_graph) == 5  # two article graphs, articles, actors, annotations
    assert all(isomorphic(a, b) for a, b in by_graph.values())


def test_store_second_writer_gets_lock_error(tmp_path: Path) -> None:
    path = tmp_path / "kg.store"
    Store.open(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from kg.store import Store; s = Store.open(sys.argv[1]); "
            "print('open', flush=True); time.sleep(60)",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=env_with_worktree(),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreLockedError, match="in use by another process.*read_only=True"):
            Store.open(path)
        with Store.open(path, read_only=True) as ro:  # readers may open alongside
            assert ro.counts()["articles"] == 0
            with pytest.raises(StoreError, match="read-only"):
                add_corpus(ro)
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.slow
def test_store_survives_kill_during_bulk_build(tmp_path: Path) -> None:
    path = tmp_path / "kg.store"
    n = 1500
    build = (
        "import sys; sys.path.insert(0, sys.argv[2]); from fixtures_store import many_articles; "
        "from kg.store import Store\n"
        "with Store.open(sys.argv[1]) as s:\n"
        "    for i, (a, c) in enumerate(many_articles(int(sys.argv[3]))):\n"
        "        s.add(a, c, extractor='test.v1', extractor_version='1')\n"
        "        if i == 50: print('going', flush=True)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", build, str(path), str(Path(__file__).parent), str(n)],
        stdout=subprocess.PIPE,
        text=True,
        env=env_with_worktree(),
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "going"
    time.sleep(0.3)
    child.kill()  # SIGKILL: no flush, no close
    child.wait()
    with Store.open(path) as store:  # reopens cleanly: the lock died with the process
        counts = store.counts()
        assert 50 <= counts["articles"] < n
        assert counts["claims"] == 2 * counts["articles"]  # no article half-written
        summary = store.add_many(many_articles(n), extractor="test.v1", extractor_version="1")
        assert summary.unchanged == counts["articles"] and summary.added == n - counts["articles"]
        assert store.counts()["claims"] == 2 * n


def test_store_add_many_summary(store: Store) -> None:
    summary = store.add_many(many_articles(20), extractor="test.v1", extractor_version="1")
    assert (summary.articles, summary.added, summary.claims) == (20, 20, 40)
    summary = store.add_many(many_articles(20), extractor="test.v1", extractor_version="2")
    assert summary.replaced == 20 and summary.orphaned_annotations == ()


def test_store_rejects_claims_of_another_article(store: Store) -> None:
    (a1, _), (_, claims2) = corpus()
    with pytest.raises(StoreError, match="belongs to article"):
        store.add(a1, claims2, extractor="test.v1", extractor_version="1")


# --------------------------------------------------------------------------- kg serve


@pytest.fixture
def endpoint(tmp_path: Path):  # type: ignore[no-untyped-def]
    from kg.serve import make_server

    path = tmp_path / "kg.store"
    with Store.open(path) as s:
        add_corpus(s)
    server = make_server(path, port=0, timeout_s=10)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/query"
    server.shutdown()
    server.server_close()


COUNT = "PREFIX kg: <https://kg.example.org/ns#> SELECT (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?c a kg:Claim } }"


def test_serve_answers_get_and_post(endpoint: str) -> None:
    with urllib.request.urlopen(endpoint + "?" + urllib.parse.urlencode({"query": COUNT})) as r:
        assert json.load(r)["results"]["bindings"][0]["n"]["value"] == "6"
    req = urllib.request.Request(
        endpoint, data=COUNT.encode(), headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"}
    )
    with urllib.request.urlopen(req) as r:
        assert r.read().decode().split() == ["n", "6"]
    form = urllib.parse.urlencode({"query": COUNT}).encode()
    with urllib.request.urlopen(urllib.request.Request(endpoint, data=form)) as r:
        assert r.headers["Content-Type"].startswith("application/sparql-results+json")
    with Store.open(endpoint) as remote:  # the SPARQL 1.1 client side works against it
        assert remote.query_df(COUNT).n[0] == 6


def test_serve_refuses_updates(endpoint: str) -> None:
    update = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    for url, data, kind in (
        (endpoint, update, "application/x-www-form-urlencoded"),
        (endpoint.replace("/query", "/update"), b"DROP ALL", "application/sparql-update"),
    ):
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(urllib.request.Request(url, data=data, headers={"Content-Type": kind}))
        assert info.value.code == 403
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(endpoint + "?" + urllib.parse.urlencode({"query": "SELECT nonsense"}))
    assert info.value.code == 400


def test_store_query_df_same_values_as_rdflib_path(store: Store) -> None:
    """The fast path (Oxigraph directly) gives the values and types rdflib's conversion gives."""
    from kg.query import load_query
    from kg.store import _py

    add_corpus(store)
    for name in ("claims", "all_claims", "actors_by_degree"):
        text = load_query(name)
        result = store.query(text)
        slow = [[_py(row.get(v)) for v in result.vars or ()] for row in result.bindings]
        fast = store.query_df(text).values.tolist()
        assert fast == slow and [type(v) for r in fast for v in r] == [type(v) for r in slow for v in r]


def test_store_solutions_is_pyoxigraph(store: Store) -> None:
    import pyoxigraph as ox

    add_corpus(store)
    count = "PREFIX kg: <https://kg.example.org/ns#> SELECT (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?c a kg:Claim } }"
    if store.is_remote:
        with pytest.raises(StoreError, match="needs an embedded store"):
            store.solutions(count)
        return
    rows = list(store.solutions(count))
    assert isinstance(rows[0], ox.QuerySolution) and rows[0]["n"].value == "6"
    assert store.solutions("ASK { ?s ?p ?who }", bindings={"who": URIRef("http://www.wikidata.org/entity/Q159")})
    with pytest.raises(QueryError, match="^query failed: "):
        store.solutions("SELECT ?x WHERE { ?x ?y }")


def test_store_add_many_bulk_same_store_as_one_by_one(tmp_path: Path) -> None:
    items = list(many_articles(30))
    with Store.open(tmp_path / "one.store") as one, Store.open(tmp_path / "bulk.store") as bulk:
        one.add_many(items[:5], extractor="test.v1", extractor_version="1")
        bulk.add_many(items[:5], extractor="test.v1", extractor_version="1")
        # new articles in batches; stored ones (some now replaced by another version) one by one
        mixed = [(a, c) for a, c in items[3:]] + [items[10]]
        plain = one.add_many(mixed, extractor="test.v1", extractor_version="2")
        fast = bulk.add_many(mixed, extractor="test.v1", extractor_version="2", bulk=True, batch_size=7)
        assert [r.status for r in fast.results] == [r.status for r in plain.results]
        assert (
            (fast.added, fast.replaced, fast.unchanged) == (plain.added, plain.replaced, plain.unchanged) == (25, 2, 1)
        )
        assert sorted(bulk.quads()) == sorted(one.quads())


def test_store_add_many_bulk_replaces_changed_actor_descriptions(tmp_path: Path) -> None:
    from dataclasses import replace

    from .fixtures_store import RUSSIA

    (a1, c1), (a2, c2) = list(many_articles(2))
    renamed = replace(RUSSIA, label="Russian Federation")
    c2 = [replace(c, subject=replace(c.subject, actor=renamed)) if c.subject.actor.id == "Q159" else c for c in c2]
    with Store.open(tmp_path / "kg.store") as store:
        store.add(a1, c1, extractor="test.v1", extractor_version="1")
        store.add_many([(a2, c2)], extractor="test.v1", extractor_version="1", bulk=True)
        labels = store.query_df(
            "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?l WHERE { GRAPH ?g { "
            "<http://www.wikidata.org/entity/Q159> skos:prefLabel ?l FILTER(LANG(?l) = 'en') } }"
        )
        assert list(labels.l) == ["Russian Federation"]  # the latest description wins, nothing stale kept


def test_store_claims_df_filters_run_in_sparql(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    add_corpus(store)
    sent: list[str] = []
    query_df = Store.query_df

    def spy(self: Store, sparql: str, **kw: object) -> object:
        sent.append(sparql)
        return query_df(self, sparql, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "query_df", spy)
    df = store.claims_df(actor="Q794", relation="attacks", since="2025-01-01", until="2030-01-01")
    assert set(df.relation) == {"attacks"} and len(df) == 1
    claims_query = next(q for q in sent if "kg:quadClass ?quad_class" in q)
    assert "FILTER(?relation = ?f_relation)" in claims_query and "Q794" not in claims_query  # bound, not pasted
    assert store.claims_df(relation="no_such_relation").empty
