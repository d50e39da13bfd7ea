"""Every canned query of kg/queries on a store of the test corpus, with actors given every way."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import QueryError
from kg.query import canned_queries, load_query, prepare_query, resolve_actor, run_query
from kg.store import Store, inject_values

from .fixtures_store import add_corpus, oxigraph_server, store  # noqa: F401  (fixtures)

CASES = [
    ("who_supports", {"target": "Noord-Korea"}, {"actor": ["Q159"]}),
    ("who_supports", {"target": "Q794"}, {"actor": ["kg:houthis"]}),  # the negated claim is left out
    ("who_attacks", {"target": "Qatar"}, {"actor": ["Q794"]}),
    ("who_criticizes", {"target": "http://www.wikidata.org/entity/Q794"}, {"actor": ["Q7184"]}),
    ("relations_between", {"a": "Q423", "b": "russia"}, {"relation": ["supports"], "subject": ["Q159"]}),
    ("edge_claims", {"subject": "Q159", "relation": "supports", "object": "Q794"}, {"negated": [True]}),
    ("attributed_to", {"speaker": "Mark Rutte"}, {"object": ["Q423"]}),
    ("timeline", {"a": "Iran", "b": "NAVO"}, {"relation": ["criticizes"]}),
    ("actors_by_degree", {}, {"actor": ["Q794", "Q159", "Q7184", "Q212", "Q423", "Q846", "kg:houthis"]}),
    ("all_claims", {}, {}),
    ("claim_cues", {}, {}),
]


def test_query_every_canned_query_has_a_case() -> None:
    assert {name for name, _, _ in CASES} == set(canned_queries())


@pytest.mark.parametrize(("name", "bindings", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_query_canned(store: Store, name: str, bindings: dict[str, str], expected: dict[str, list[object]]) -> None:
    add_corpus(store)
    df = run_query(store, name, bindings=bindings)
    assert not df.empty
    for column, values in expected.items():
        if column == "actor" and name == "actors_by_degree":
            assert sorted(df[column]) == sorted(values)
        else:
            assert list(df[column]) == values
    if name == "all_claims":
        assert len(df) == 6


PAIR_CASES = [c for c in CASES if c[0] in ("relations_between", "edge_claims", "timeline")]
_PAIR = "<https://kg.example.org/ns#pair>"


@pytest.mark.parametrize(("name", "bindings", "expected"), PAIR_CASES, ids=[c[0] for c in PAIR_CASES])
def test_query_pair_index_and_fallback(
    store: Store, name: str, bindings: dict[str, str], expected: dict[str, list[object]]
) -> None:
    """Claims carry kg:pair; the pair queries bind it, and answer the same where claims lack it."""
    from kg.vocab import pair_iri

    add_corpus(store)
    assert store.has_pair_index()
    text, values = prepare_query(store, load_query(name), bindings)
    pairs = {k: v for k, v in values.items() if k.startswith("pair")}
    assert pairs and "kg:pair ?pair" in text
    if name == "edge_claims":
        assert pairs == {"pair": pair_iri(values["subject"], values["object"])}
    else:
        assert pairs == {"pair_ab": pair_iri(values["a"], values["b"]), "pair_ba": pair_iri(values["b"], values["a"])}
    indexed = run_query(store, name, bindings=bindings)
    # one claim without kg:pair (a store built before it existed): the index is not used, same answer
    store._b.update(
        f"DELETE {{ GRAPH ?g {{ ?c {_PAIR} ?p }} }} WHERE {{ {{ SELECT ?c WHERE {{ GRAPH ?h {{ ?c {_PAIR} ?q }} }}"
        f" ORDER BY ?c LIMIT 1 }} GRAPH ?g {{ ?c {_PAIR} ?p }} }}"
    )
    store._pair_index = None  # the cached answer; an update behind the Store's back does not reset it
    assert not store.has_pair_index()
    text, values = prepare_query(store, load_query(name), bindings)
    assert "kg:pair ?pair" not in text
    assert not any(k.startswith("pair") for k in values)
    fallback = run_query(store, name, bindings=bindings)
    assert fallback.equals(indexed)
    for column, values_ in expected.items():
        assert list(fallback[column]) == values_


def test_query_pair_line_dropped_without_actors(store: Store) -> None:
    """edge_claims with an actor left unbound: no pair IRI to compute, so the query walks claims."""
    add_corpus(store)
    text, values = prepare_query(store, load_query("edge_claims"), {"subject": "Q159", "relation": "supports"})
    assert "kg:pair ?pair" not in text and "pair" not in values
    df = run_query(store, "edge_claims", bindings={"subject": "Q159", "relation": "supports"})
    assert len(df) >= 1


def test_query_file_and_text(store: Store, tmp_path: Path) -> None:
    add_corpus(store)
    path = tmp_path / "mine.rq"
    path.write_text(load_query("who_supports"), encoding="utf-8")
    assert list(run_query(store, str(path), bindings={"target": "Q423"}).actor) == ["Q159"]
    assert len(run_query(store, "SELECT ?g WHERE { GRAPH ?g { } }")) >= 4


def test_query_errors(store: Store) -> None:
    add_corpus(store)
    with pytest.raises(QueryError, match="no canned query 'who_loves'; valid: actors_by_degree"):
        run_query(store, "who_loves")
    with pytest.raises(QueryError, match="no actor labelled 'Atlantis'"):
        resolve_actor(store, "Atlantis")
    with pytest.raises(QueryError, match="unknown relation 'likes'"):
        run_query(store, "edge_claims", bindings={"subject": "Q159", "relation": "likes", "object": "Q423"})


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "SELECT * WHERE { VALUES (?x) { (1) }  ?s ?p ?o }"),
        (
            "PREFIX e: <http://e.org/x#> SELECT * { ?s ?p '{' }",
            "PREFIX e: <http://e.org/x#> SELECT * { VALUES (?x) { (1) }  ?s ?p '{' }",
        ),
        ("# { comment\nASK { ?s ?p ?o }", "# { comment\nASK { VALUES (?x) { (1) }  ?s ?p ?o }"),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?x) { (1) }  ?s ?p ?o }"),
    ],
)
def test_query_inject_values(query: str, expected: str) -> None:
    assert inject_values(query, {"x": 1}).replace('"1"^^<http://www.w3.org/2001/XMLSchema#integer>', "1") == expected


def test_query_canned_queries_follow_corrections_and_rejections(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import kg
    from kg.annotate import annotate

    src = tmp_path / "news.jsonl"
    src.write_text('{"text": "Iran attacked Qatar on Monday. Russia attacked Ukraine on Tuesday."}\n', encoding="utf-8")
    with kg.KnowledgeGraph.open(tmp_path / "kg.store") as graph:
        graph.add(kg.read_articles(src))
        claims = graph.claims()
        iran = claims[claims.subject_label == "Iran"].claim.iloc[0]
        russia = claims[claims.subject_label == "Russia"].claim.iloc[0]
        assert set(graph.query_df("who_attacks", bindings={"target": "Qatar"}).actor) == {"Q794"}
        annotate(graph.store, iran, verdict="rejected", note="wrong reading", analyst="t")
        assert graph.query_df("who_attacks", bindings={"target": "Qatar"}).empty
        annotate(graph.store, russia, verdict="corrected", relation="criticizes", analyst="t")
        assert graph.query_df("who_attacks", bindings={"target": "Ukraine"}).empty
        assert set(graph.query_df("who_criticizes", bindings={"target": "Ukraine"}).actor) == {"Q159"}
        annotate(graph.store, iran, verdict="comment", note="still checking", analyst="t")
        assert graph.query_df("who_attacks", bindings={"target": "Qatar"}).empty  # a comment undoes nothing


def test_query_every_canned_query_on_the_seed_page_store(seed_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Acceptance (issue #6): every canned query answers on the store built from the seed page."""
    import kg

    cases = {
        "who_supports": ({"target": "Noord-Korea"}, True),
        "who_attacks": ({"target": "Qatar"}, True),
        "who_criticizes": ({"target": "Iran"}, True),
        "relations_between": ({"a": "Rusland", "b": "North Korea"}, True),
        "edge_claims": ({"subject": "Q159", "relation": "supports", "object": "Q423"}, True),
        "attributed_to": ({"speaker": "Mark Rutte"}, True),
        "actors_by_degree": ({}, True),
        "timeline": ({"a": "Israel", "b": "Lebanon"}, True),
        "all_claims": ({}, True),
        "claim_cues": ({}, True),
    }
    assert set(cases) == set(canned_queries())
    with kg.KnowledgeGraph.open(tmp_path / "kg.store") as graph:
        graph.add(kg.read_articles(seed_path))
        for name, (bindings, nonempty) in cases.items():
            df = graph.query_df(name, bindings=bindings)
            assert (not df.empty) == nonempty, name
        rows = graph.query_df("relations_between", bindings={"a": "Q159", "b": "Q423"})
        assert any("Noord-Korea" in s for s in rows["sentence"])
