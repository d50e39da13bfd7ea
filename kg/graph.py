"""Claims as a network: one node per actor, one edge per (subject, relation, object).

The store hands out claims as a DataFrame (one row per claim, see ``Store.claims_df()``);
this module folds them into a :class:`networkx.MultiDiGraph` whose edges carry the
aggregates an analyst reads (how many claims, since when, how sure, how many confirmed)
plus the claim ids, so every edge can be traced back to its sentences.

>>> import pandas as pd
>>> df = pd.DataFrame([
...     dict(claim="c-1", subject="Q7747", subject_label="Vladimir Putin", subject_type="Person",
...          subject_state="Q159", subject_state_label="Russia", relation="supports",
...          object="Q423", object_label="North Korea", object_type="Country",
...          object_state="Q423", object_state_label="North Korea", date="2024-06-19"),
... ])
>>> g = to_networkx(df, level="state")
>>> [(g.nodes[s]["label"], d["relation"], g.nodes[o]["label"]) for s, o, d in g.edges(data=True)]
[('Russia', 'supports', 'North Korea')]
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import networkx as nx
import pandas as pd

from kg.model import CLAIM_COLUMNS, RELATIONS

__all__ = [
    "CLAIM_COLUMNS",
    "effective_relation",
    "to_networkx",
    "ego_graph",
    "find_actor",
    "top_actors",
    "centrality",
    "export_graphml",
    "export_gexf",
]

Level = Literal["actor", "state"]

_REQUIRED = ("claim", "subject", "relation", "object")
_USED = tuple(c for c in CLAIM_COLUMNS if c.startswith(("subject", "object")) and not c.endswith("_text")) + (
    "claim",
    "relation",
    "negated",
    "hedged",
    "confidence",
    "article",
    "date",
    "verdict",
    "corrected_relation",
)


def _text(value: Any) -> str:
    """A cell as a string; NaN/None/NaT become ''."""
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if value is pd.NaT:
        return ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    return str(value)


def _flag(value: Any) -> bool:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return False
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes"}
    return bool(value)


def _number(value: Any, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return default if math.isnan(number) else number


def _records(claims: pd.DataFrame, columns: tuple[str, ...]) -> list[dict[str, Any]]:
    """Rows as dicts of the given columns; ``tolist()`` per column is ~10x faster than ``to_dict("records")``."""
    present = [c for c in columns if c in claims.columns]
    return [
        dict(zip(present, values, strict=True)) for values in zip(*(claims[c].tolist() for c in present), strict=True)
    ]


def effective_relation(row: Mapping[str, Any]) -> str:
    """The relation a claim counts under: the analyst's correction if there is one.

    >>> effective_relation({"relation": "supports", "verdict": "corrected", "corrected_relation": "attacks"})
    'attacks'
    >>> effective_relation({"relation": "supports", "verdict": "confirmed", "corrected_relation": None})
    'supports'
    """
    corrected = _text(row.get("corrected_relation"))
    if _text(row.get("verdict")) == "corrected" and corrected:
        return corrected
    return _text(row.get("relation"))


def _check_columns(claims: pd.DataFrame) -> None:
    missing = [c for c in _REQUIRED if c not in claims.columns]
    if missing:
        raise ValueError(
            f"claims table lacks column(s) {', '.join(missing)}; pass the DataFrame from Store.claims_df() "
            f"(columns: {', '.join(CLAIM_COLUMNS)})"
        )


@dataclass
class _Node:
    id: str
    label: str = ""
    label_nl: str = ""
    type: str = ""
    code: str = ""
    members: set[str] = field(default_factory=set)
    exact: bool = False  # attributes came from the actor itself, not from a roll-up label

    def fill(self, *, label: str, label_nl: str, type: str, code: str, exact: bool) -> None:
        # An actor's own row beats a roll-up's bare state label.
        if exact and not self.exact:
            self.label, self.label_nl, self.type, self.code, self.exact = label, label_nl, type, code, True
            return
        self.label = self.label or label
        self.label_nl = self.label_nl or label_nl
        self.type = self.type or type
        self.code = self.code or code


@dataclass
class _Edge:
    relation: str
    negated: bool
    claims: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    confirmed: int = 0
    rejected: int = 0
    corrected: int = 0
    hedged: int = 0


def to_networkx(
    claims: pd.DataFrame,
    *,
    level: Level = "actor",
    include_negated: bool = False,
    hide_rejected: bool = True,
) -> nx.MultiDiGraph:
    """Fold claims into a directed multigraph with one edge per (subject, relation, object).

    Args:
        claims: one row per claim, as ``Store.claims_df()`` returns it.
        level: ``"actor"`` keeps people and bodies apart; ``"state"`` rolls every actor up to
            its state or organisation (``subject_state``/``object_state``), so Putin -> Kim
            becomes Russia -> North Korea.
        include_negated: draw negated claims as their own edges (``negated=True``, key
            ``"<relation>~negated"``). By default they form no edge; their ids are kept in
            ``g.graph["negated_claims"]``.
        hide_rejected: leave out claims an analyst rejected.

    A corrected claim counts under its ``corrected_relation``. Edge attributes: ``relation``,
    ``quad_class``, ``negated``, ``count``, ``confirmed``, ``corrected``, ``rejected``,
    ``hedged``, ``first_date``, ``last_date``, ``mean_confidence``, ``claims`` (ids),
    ``articles``. Node attributes: ``label``, ``label_nl``, ``type``, ``code``, ``members``
    (actor ids folded into the node), ``degree``, ``in_degree``, ``out_degree``,
    ``claim_count`` (claims on its edges).

    >>> import pandas as pd
    >>> rows = [dict(claim=f"c-{i}", subject="Q159", subject_label="Russia", relation="supports",
    ...              object="Q423", object_label="North Korea", date=f"2024-0{i}-01") for i in (1, 2)]
    >>> g = to_networkx(pd.DataFrame(rows))
    >>> e = g.edges["Q159", "Q423", "supports"]
    >>> e["count"], e["first_date"], e["last_date"]
    (2, '2024-01-01', '2024-02-01')
    """
    if level not in ("actor", "state"):
        raise ValueError(f"level must be 'actor' or 'state', got {level!r}")
    _check_columns(claims)
    nodes: dict[str, _Node] = {}
    edges: dict[tuple[str, str, str], _Edge] = {}
    negated_ids: list[str] = []
    rolled = level == "state"

    for row in _records(claims, _USED):
        verdict = _text(row.get("verdict"))
        if hide_rejected and verdict == "rejected":
            continue
        relation = effective_relation(row)
        if relation not in RELATIONS:
            raise ValueError(
                f"claim {_text(row.get('claim'))!r} has unknown relation {relation!r}; valid: {', '.join(RELATIONS)}"
            )
        negated = _flag(row.get("negated"))
        if negated and not include_negated:
            negated_ids.append(_text(row.get("claim")))
            continue
        ends = []
        for side in ("subject", "object"):
            actor = _text(row.get(side))
            state = _text(row.get(f"{side}_state")) if rolled else ""
            node_id = state or actor
            node = nodes.setdefault(node_id, _Node(node_id))
            node.members.add(actor)
            own = node_id == actor
            node.fill(
                label=_text(row.get(f"{side}_label")) if own else _text(row.get(f"{side}_state_label")),
                label_nl=_text(row.get(f"{side}_label_nl")) if own else "",
                type=_text(row.get(f"{side}_type")) if own else "",
                code=_text(row.get(f"{side}_code")),
                exact=own,
            )
            ends.append(node_id)
        key = f"{relation}~negated" if negated else relation
        edge = edges.setdefault((ends[0], ends[1], key), _Edge(relation, negated))
        edge.claims.append(_text(row.get("claim")))
        if date := _text(row.get("date")):
            edge.dates.append(date)
        edge.confidences.append(_number(row.get("confidence"), 0.5))
        if article := _text(row.get("article")):
            edge.articles.add(article)
        edge.confirmed += verdict == "confirmed"
        edge.rejected += verdict == "rejected"
        edge.corrected += verdict == "corrected"
        edge.hedged += _flag(row.get("hedged"))

    g = nx.MultiDiGraph(level=level, negated_claims=tuple(negated_ids))
    for node in nodes.values():
        g.add_node(
            node.id,
            label=node.label or node.id,
            label_nl=node.label_nl or node.label or node.id,
            type=node.type or ("Country" if rolled else "Unknown"),
            code=node.code,
            members=tuple(sorted(node.members)),
        )
    for (s, o, key), e in edges.items():
        g.add_edge(
            s,
            o,
            key=key,
            relation=e.relation,
            quad_class=RELATIONS[e.relation][0],
            cameo=RELATIONS[e.relation][1][0],
            negated=e.negated,
            count=len(e.claims),
            confirmed=e.confirmed,
            corrected=e.corrected,
            rejected=e.rejected,
            hedged=e.hedged,
            first_date=min(e.dates) if e.dates else "",
            last_date=max(e.dates) if e.dates else "",
            mean_confidence=round(sum(e.confidences) / len(e.confidences), 4),
            claims=tuple(e.claims),
            articles=tuple(sorted(e.articles)),
        )
    _annotate_degrees(g)
    return g


def _annotate_degrees(g: nx.MultiDiGraph) -> None:
    """Degree = distinct neighbours (either direction); claim_count = claims on touching edges.

    One pass over the edges (a self-loop's claims count once, and it makes no neighbour)."""
    outs: dict[Any, set[Any]] = {n: set() for n in g}
    ins: dict[Any, set[Any]] = {n: set() for n in g}
    claims = dict.fromkeys(g, 0)
    for s, o, count in g.edges(data="count"):
        claims[s] += count
        if s != o:
            claims[o] += count
            outs[s].add(o)
            ins[o].add(s)
    for n, d in g.nodes(data=True):
        d["degree"] = len(outs[n] | ins[n])
        d["out_degree"] = len(outs[n])
        d["in_degree"] = len(ins[n])
        d["claim_count"] = claims[n]


def find_actor(g: nx.Graph, actor: str) -> str:
    """The node id for `actor`, given as an id ("Q159") or an English/Dutch label (any case).

    >>> g = nx.MultiDiGraph(); g.add_node("Q159", label="Russia", label_nl="Rusland")
    >>> find_actor(g, "rusland")
    'Q159'
    """
    if actor in g:
        return actor
    wanted = actor.strip().casefold()
    for n, d in g.nodes(data=True):
        if wanted in (str(d.get("label", "")).casefold(), str(d.get("label_nl", "")).casefold(), str(n).casefold()):
            return str(n)
    for n, d in g.nodes(data=True):  # a member actor rolled up into a state node
        if actor in d.get("members", ()):
            return str(n)
    known = sorted(str(d.get("label", n)) for n, d in g.nodes(data=True))
    hint = ", ".join(known[:12]) + (", ..." if len(known) > 12 else "")
    raise KeyError(f"actor {actor!r} is not in the graph; known actors include: {hint}")


def ego_graph(g: nx.MultiDiGraph, actor: str, hops: int = 1) -> nx.MultiDiGraph:
    """The actors within `hops` edges of `actor` (either direction), and the edges among them.

    >>> g = nx.MultiDiGraph(); g.add_edge("A", "B"); g.add_edge("C", "B"); g.add_edge("C", "D")
    0
    0
    0
    >>> sorted(ego_graph(g, "A", 1)), sorted(ego_graph(g, "A", 2))
    (['A', 'B'], ['A', 'B', 'C'])
    """
    if hops < 0:
        raise ValueError(f"hops must be 0 or more, got {hops}")
    centre = find_actor(g, actor)
    sub = nx.ego_graph(g, centre, radius=hops, undirected=True).copy()
    sub.graph["ego"] = centre
    sub.graph["hops"] = hops
    return sub


def top_actors(g: nx.MultiDiGraph, n: int) -> list[str]:
    """The `n` nodes with most neighbours (ties: most claims, then label), best first."""
    ranked = sorted(
        g.nodes(data=True),
        key=lambda nd: (-nd[1].get("degree", g.degree(nd[0])), -nd[1].get("claim_count", 0), str(nd[1].get("label"))),
    )
    return [str(node) for node, _ in ranked[:n]]


def centrality(g: nx.MultiDiGraph, *, betweenness_sample: int = 500) -> pd.DataFrame:
    """One row per actor: degrees, claim counts, degree/betweenness centrality and PageRank.

    Parallel edges are merged (weight = claims) before betweenness and PageRank. Above
    `betweenness_sample` nodes, betweenness is estimated from that many sampled sources
    (seeded, so repeatable).

    >>> g = nx.MultiDiGraph(); g.add_edge("A", "B", count=2); g.add_edge("B", "C", count=1)
    0
    0
    >>> float(centrality(g).loc["B", "betweenness"])  # B lies on 1 of the 2 ordered pairs' paths
    0.5
    """
    simple = nx.DiGraph()
    simple.add_nodes_from(g.nodes)
    for s, o, d in g.edges(data=True):
        if s == o:
            continue
        w = d.get("count", 1)
        if simple.has_edge(s, o):
            simple[s][o]["weight"] += w
        else:
            simple.add_edge(s, o, weight=w)
    n = simple.number_of_nodes()
    k = betweenness_sample if n > betweenness_sample else None
    betweenness = nx.betweenness_centrality(simple, k=k, seed=7, normalized=True) if n else {}
    rank = _pagerank(simple)
    rows = []
    for node, d in g.nodes(data=True):
        rows.append(
            {
                "actor": node,
                "label": d.get("label", node),
                "type": d.get("type", ""),
                "degree": simple.in_degree(node) + simple.out_degree(node),
                "in_degree": simple.in_degree(node),
                "out_degree": simple.out_degree(node),
                "claims_out": simple.out_degree(node, weight="weight"),
                "claims_in": simple.in_degree(node, weight="weight"),
                "degree_centrality": (simple.in_degree(node) + simple.out_degree(node)) / (n - 1) if n > 1 else 0.0,
                "betweenness": float(betweenness.get(node, 0.0)),
                "pagerank": float(rank.get(node, 0.0)),
            }
        )
    columns = [
        "actor",
        "label",
        "type",
        "degree",
        "in_degree",
        "out_degree",
        "claims_out",
        "claims_in",
        "degree_centrality",
        "betweenness",
        "pagerank",
    ]
    df = pd.DataFrame(rows, columns=columns).set_index("actor")
    return df.sort_values(["pagerank", "degree"], ascending=False)


def _pagerank(g: nx.DiGraph, alpha: float = 0.85, tol: float = 1e-8, max_iter: int = 200) -> dict[str, float]:
    """Weighted PageRank by power iteration; networkx's own needs scipy, which kg does not."""
    n = g.number_of_nodes()
    if n == 0:
        return {}
    rank = dict.fromkeys(g, 1.0 / n)
    out_weight = {v: g.out_degree(v, weight="weight") for v in g}
    for _ in range(max_iter):
        dangling = alpha * sum(rank[v] for v in g if out_weight[v] == 0) / n
        new = dict.fromkeys(g, (1.0 - alpha) / n + dangling)
        for s, o, w in g.edges(data="weight"):
            new[o] += alpha * rank[s] * w / out_weight[s]
        if sum(abs(new[v] - rank[v]) for v in g) < n * tol:
            return new
        rank = new
    return rank


def _scalar(value: Any) -> str | int | float | bool:
    """GraphML and GEXF take only scalars: tuples become '; '-joined text, the rest JSON."""
    if isinstance(value, bool | int | float | str):
        return value
    if value is None:
        return ""
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value) if isinstance(value, set | frozenset) else value
        return "; ".join(str(v) for v in items)
    if hasattr(value, "item"):  # numpy scalar
        return value.item()  # type: ignore[no-any-return]
    return json.dumps(value, default=str, ensure_ascii=False)


def _flat_copy(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    flat = nx.MultiDiGraph()
    flat.graph.update({k: _scalar(v) for k, v in g.graph.items()})
    for n, d in g.nodes(data=True):
        flat.add_node(str(n), **{k: _scalar(v) for k, v in d.items()})
    for s, o, k, d in g.edges(keys=True, data=True):
        flat.add_edge(str(s), str(o), key=str(k), **{a: _scalar(v) for a, v in d.items()})
    return flat


def export_graphml(g: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write `g` as GraphML (Gephi, yEd, Cytoscape); list attributes become '; '-joined text."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(_flat_copy(g), path, encoding="utf-8")
    return path


def export_gexf(g: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write `g` as GEXF 1.2 (Gephi); node labels come from the ``label`` attribute."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_gexf(_flat_copy(g), path, encoding="utf-8", version="1.2draft")
    return path
