"""SPARQL for analysts: the canned queries in `kg/queries/*.rq` and one way to run any query.

Canned queries take their parameters as bindings (never pasted into the text). Actor
parameters may be a QID ("Q159"), a kg id ("kg:hamas"), an IRI, or a label in the store
("Russia", "Rusland"); relation parameters a relation name ("supports").

>>> sorted(canned_queries())[:3]
['actors_by_degree', 'all_claims', 'attributed_to']
>>> "SELECT" in load_query("who_supports")
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef

from kg.errors import QueryError
from kg.vocab import ACTOR, ARTICLE, CLAIM, KG, RELATION_IRIS, WD, actor_id, actor_iri, pair_iri, relation_name

if TYPE_CHECKING:
    import pandas as pd

    from kg.store import Store

__all__ = ["load_query", "canned_queries", "prepare_query", "run_query", "resolve_actor", "ACTOR_PARAMETERS"]

# query variables that name an actor, and those that name a relation
ACTOR_PARAMETERS = frozenset({"target", "a", "b", "subject", "object", "speaker", "actor"})
RELATION_PARAMETERS = frozenset({"relation"})
# pair-index variables (kg:pair, kg.vocab.pair_iri) and the actor parameters they are computed from
PAIR_PARAMETERS = {"pair_ab": ("a", "b"), "pair_ba": ("b", "a"), "pair": ("subject", "object")}
# a canned query's pair-index pattern: one line `?claim kg:pair ?pair_xx .`, dropped when it cannot be used
_PAIR_LINE = re.compile(r"^[ \t]*\?claim kg:pair \?(pair\w*) \.[^\n]*\n", re.MULTILINE)
_QUERIES = Path(__file__).with_name("queries")
_INTERNAL = frozenset({"claims", "annotations"})  # behind Store.claims_df / annotations_df


def canned_queries() -> list[str]:
    """Names of the canned queries shipped with kg."""
    return sorted(
        p.name.removesuffix(".rq")
        for p in _QUERIES.iterdir()
        if p.name.endswith(".rq") and p.name.removesuffix(".rq") not in _INTERNAL
    )


def load_query(name: str) -> str:
    """The text of `kg/queries/<name>.rq`.

    Raises:
        QueryError: there is no such query (the message lists the valid names).
    """
    resource = _QUERIES / (name.removesuffix(".rq") + ".rq")
    if not resource.is_file():
        raise QueryError(f"no canned query {name!r}; valid: {', '.join(canned_queries())}")
    return resource.read_text(encoding="utf-8")


def resolve_actor(store: Store, value: str | URIRef) -> URIRef:
    """The IRI of an actor given as QID, kg id, IRI or English/Dutch label.

    Raises:
        QueryError: no actor in the store has that label, or several have.
    """
    if isinstance(value, URIRef):
        return value
    text = value.strip()
    if text.startswith(("http://", "https://")):
        return URIRef(text)
    if (text.startswith("Q") and text[1:].isdigit()) or text.startswith("kg:"):
        return actor_iri(text)
    df = store.query_df(
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT DISTINCT ?actor WHERE { GRAPH <https://kg.example.org/graph/actors> {\n"
        "  { ?actor skos:prefLabel ?label } UNION { ?actor rdfs:label ?label } }\n"
        "  FILTER(LCASE(STR(?label)) = ?name) } ORDER BY ?actor",
        bindings={"name": Literal(text.lower())},
    )
    found = list(df["actor"])
    if not found:
        raise QueryError(f"no actor labelled {text!r} in {store.location}; give a QID (Q159), a kg: id or an IRI")
    if len(found) > 1:
        ids = ", ".join(actor_id(a) for a in found)
        raise QueryError(f"actor label {text!r} is ambiguous ({ids}); give one of these ids instead")
    return URIRef(found[0])


def _binding(store: Store, name: str, value: object) -> object:
    if name in ACTOR_PARAMETERS and isinstance(value, str):
        return resolve_actor(store, value)
    if name in RELATION_PARAMETERS and isinstance(value, str) and not isinstance(value, URIRef):
        if value not in RELATION_IRIS:
            raise QueryError(f"unknown relation {value!r}; valid: {', '.join(RELATION_IRIS)}")
        return RELATION_IRIS[value]
    return value


def prepare_query(store: Store, text: str, bindings: Mapping[str, object] | None = None) -> tuple[str, dict]:
    """The query text and bindings `run_query` sends: actors and relations resolved, pair IRIs added.

    A line `?claim kg:pair ?pair_ab .` (see PAIR_PARAMETERS) lets the engine start from the claims of
    exactly that actor pair. Its IRI is computed here from the actor bindings and bound like any
    parameter; where it cannot be (an actor unbound, or a store whose claims predate kg:pair), the
    line is dropped and the query walks the actors' claims as before, with the same answer.
    """
    resolved = {k.lstrip("?$"): _binding(store, k.lstrip("?$"), v) for k, v in (bindings or {}).items()}
    used = {m.group(1) for m in _PAIR_LINE.finditer(text)}
    if used:
        computable = {
            name
            for name in used
            if name in PAIR_PARAMETERS and all(isinstance(resolved.get(v), URIRef) for v in PAIR_PARAMETERS[name])
        }
        if computable and not store.has_pair_index():
            computable = set()
        for name in computable - set(resolved):
            subject, obj = PAIR_PARAMETERS[name]
            resolved[name] = pair_iri(resolved[subject], resolved[obj])  # type: ignore[arg-type]
        text = _PAIR_LINE.sub(lambda m: m.group(0) if m.group(1) in computable else "", text)
    return text, resolved


def run_query(
    store: Store,
    query: str | Path,
    *,
    bindings: Mapping[str, object] | None = None,
    compact: bool = True,
) -> pd.DataFrame:
    """Run a canned query (by name), a `.rq` file, or a SPARQL string; return a DataFrame.

    Args:
        store: the store to query.
        query: "who_supports", "path/to/q.rq", or the SPARQL text itself.
        bindings: variable -> value; actor and relation parameters are resolved (see module doc).
        compact: show kg's IRIs as ids: actors as "Q159"/"kg:...", relations as "supports",
            claims as "c-...", articles as "a-...".
    """
    text = str(query)
    if isinstance(query, Path) or (text.endswith(".rq") and "\n" not in text and "{" not in text):
        path = Path(text)
        if path.is_file():
            text = path.read_text(encoding="utf-8")
        elif path.name.removesuffix(".rq") in canned_queries():
            text = load_query(path.name)
        else:
            raise QueryError(f"query file {path} not found; valid canned names: {', '.join(canned_queries())}")
    elif re.fullmatch(r"[A-Za-z_][\w-]*", text.strip()):
        text = load_query(text.strip())  # a bare identifier names a canned query
    text, resolved = prepare_query(store, text, bindings)
    # compact ids are made while converting, once per distinct term (not cell by cell afterwards)
    df = store._frame(text, bindings=resolved or None, convert=_compact if compact else None)
    return df


def _compact(value: object) -> object:
    if not isinstance(value, str) or not value.startswith("http"):
        return value
    if value.startswith((str(WD), str(ACTOR))):
        return actor_id(value)
    if value.startswith(str(KG._NS)):
        return relation_name(value)
    for ns in (CLAIM, ARTICLE):
        if value.startswith(str(ns)):
            return value[len(ns) :]
    return value
