"""Claims folded into a networkx graph: aggregation, roll-up, annotations, export."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kg.graph import centrality, ego_graph, export_gexf, export_graphml, find_actor, to_networkx, top_actors
from tests.fixtures_viz import claims_df


def test_graph_one_edge_per_subject_relation_object() -> None:
    g = to_networkx(claims_df())
    e = g.edges["Q159", "Q423", "supports"]
    assert e["count"] == 2 and e["claims"] == ("c-0001", "c-0002")
    assert (e["first_date"], e["last_date"]) == ("2024-06-19", "2024-07-02")
    assert e["confirmed"] == 1 and e["hedged"] == 1 and e["mean_confidence"] == pytest.approx(0.7)
    assert e["quad_class"] == "material_cooperation" and e["cameo"] == "06"
    assert g.nodes["Q159"]["label"] == "Russia" and g.nodes["Q159"]["label_nl"] == "Rusland"
    assert g.nodes["Q7747"]["type"] == "Person"


def test_graph_state_level_rolls_people_up_to_states() -> None:
    g = to_networkx(claims_df(), level="state")
    assert "Q7747" not in g and "Q56226" not in g
    assert g.has_edge("Q159", "Q423", "cooperates_with")
    assert g.nodes["Q159"]["label_nl"] == "Rusland"  # the state's own row supplies its labels
    assert set(g.nodes["Q159"]["members"]) == {"Q159", "Q7747"}


def test_graph_rejected_hidden_negated_listed_corrected_recounted() -> None:
    g = to_networkx(claims_df())
    assert not g.has_edge("Q30", "Q423")  # rejected
    assert not g.has_edge("Q148", "Q159")  # negated
    assert g.graph["negated_claims"] == ("c-0006",)
    assert g.has_edge("Q30", "Q159", "demands") and not g.has_edge("Q30", "Q159", "criticizes")
    everything = to_networkx(claims_df(), hide_rejected=False, include_negated=True)
    assert everything.edges["Q30", "Q423", "sanctions"]["rejected"] == 1
    assert everything.edges["Q148", "Q159", "supports~negated"]["negated"] is True


def test_graph_degrees_ego_and_lookup() -> None:
    g = to_networkx(claims_df())
    assert g.nodes["Q159"]["degree"] == 4  # North Korea, Ukraine, NATO, United States
    assert find_actor(g, "rusland") == "Q159" and find_actor(g, "Q159") == "Q159"
    assert set(ego_graph(g, "Ukraine", 1)) == {"Q212", "Q159", "Q7184"}
    assert "Q423" in ego_graph(g, "Ukraine", 2)
    assert top_actors(g, 1) == ["Q159"]
    with pytest.raises(KeyError, match="Atlantis"):
        ego_graph(g, "Atlantis")
    with pytest.raises(ValueError, match="level"):
        to_networkx(claims_df(), level="planet")  # type: ignore[arg-type]


def test_graph_centrality_table() -> None:
    c = centrality(to_networkx(claims_df()))
    assert c["degree"].idxmax() == "Q159"
    assert c.loc["Q846", "pagerank"] > c.loc["Q794", "pagerank"]  # rank flows to the attacked
    assert {"label", "degree", "betweenness", "pagerank", "claims_in"} <= set(c.columns)
    assert c["pagerank"].sum() == pytest.approx(1.0)


@pytest.mark.parametrize("export, read", [(export_graphml, nx.read_graphml), (export_gexf, nx.read_gexf)])
def test_graph_exports_round_trip(tmp_path: Path, export, read) -> None:
    g = to_networkx(claims_df(), level="state")
    path = export(g, tmp_path / "sub" / "g.out")
    back = read(path)
    assert back.number_of_nodes() == g.number_of_nodes() and back.number_of_edges() == g.number_of_edges()
    labels = {d.get("label") for _, d in back.nodes(data=True)}
    assert {"Russia", "North Korea"} <= labels
