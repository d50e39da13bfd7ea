"""The scorer: arithmetic on hand-made gold, the PLOVER-type mapping, re3d span matching."""

from __future__ import annotations

import pytest

from kg.evaluate import (
    PLOVER_QUAD,
    RE3D_TYPES,
    GoldEvent,
    GoldRelation,
    Prediction,
    Score,
    SpanClaim,
    evaluate_plover,
    evaluate_re3d,
    score_plover,
    score_re3d,
)
from kg.model import QUAD_CLASSES, RELATIONS

from .conftest import needs_shared

# Sentences written for these tests; the scorer never parses them.
EVENTS = [
    GoldEvent(id="e1", text="Norway sent grain to Chile.", plover="AID", sources=("NOR",), targets=("CHL",)),
    GoldEvent(
        id="e2", text="Peru and Chile signed a fishing accord.", plover="AGREE", sources=("PER", "CHL"), targets=()
    ),
    GoldEvent(
        id="e3", text="Ghana condemned Togo and Benin.", plover="DISAPPROVE", sources=("GHA",), targets=("TGO", "BEN")
    ),
    GoldEvent(id="e4", text="Mali shelled a Niger border post.", plover="ASSAULT", sources=("MLI",), targets=("NER",)),
]
PREDICTIONS = {
    "e1": [Prediction(subject="NOR", object="CHL", relation="supports")],  # right pair, right quad
    "e2": [
        Prediction(subject="CHL", object="PER", relation="cooperates_with"),  # reciprocal: any direction
        Prediction(subject="PER", object="CHL", relation="cooperates_with"),
    ],
    "e3": [
        Prediction(subject="GHA", object="TGO", relation="threatens"),  # right pair, quad verbal_conflict
        Prediction(subject="TGO", object="GHA", relation="criticizes"),
    ],  # wrong direction
    "e4": [Prediction(subject="MLI", object="NER", relation="consults", negated=True)],  # negated: not counted
}


def test_evaluate_score_arithmetic() -> None:
    s = Score(predicted=4, correct=3, gold=6, found=3)
    assert (s.precision, s.recall) == (0.75, 0.5)
    assert s.f1 == pytest.approx(0.6)
    assert Score().precision == Score().recall == Score().f1 == 0.0
    assert (s + Score(1, 1, 1, 1)).to_dict()["precision"] == 0.8


def test_evaluate_plover_micro_scores() -> None:
    report = score_plover(EVENTS, PREDICTIONS)
    pairs, quad = report.levels["pairs"], report.levels["pairs+quad"]
    # gold pairs: e1 1, e2 1 (reciprocal, unordered), e3 2, e4 1 = 5
    # predicted pairs: e1 1, e2 1 (both directions fold into one), e3 2, e4 0 (negated) = 4; correct 3
    assert (pairs.predicted, pairs.correct, pairs.gold, pairs.found) == (4, 3, 5, 3)
    # the same at quad level: e3's GHA→TGO threatens is verbal_conflict like DISAPPROVE
    assert (quad.predicted, quad.correct, quad.gold) == (4, 3, 5)
    assert quad.precision == 0.75 and quad.recall == 0.6
    assert report.counts["negated claims"] == 1
    assert [c.id for c in report.negated] == ["e4"]
    assert {c.id for c in report.misses} == {"e3", "e4"}
    assert {c.id for c in report.false_positives} == {"e3"}
    assert report.breakdown["PLOVER type (pairs+quad)"]["AGREE"].recall == 1.0


def test_evaluate_plover_quad_mismatch_counts_at_pair_level_only() -> None:
    ev = [EVENTS[0]]
    report = score_plover(ev, {"e1": [Prediction(subject="NOR", object="CHL", relation="attacks")]})
    assert report.levels["pairs"].correct == 1
    assert report.levels["pairs+quad"].correct == 0
    assert report.levels["pairs+quad"].predicted == 1


@pytest.mark.parametrize(
    ("plover", "quad"),
    [
        ("CONSULT", "verbal_cooperation"),
        ("AGREE", "verbal_cooperation"),
        ("COOPERATE", "verbal_cooperation"),
        ("AID", "material_cooperation"),
        ("CONCEDE", "material_cooperation"),
        ("RETREAT", "material_cooperation"),
        ("DEMAND", "verbal_conflict"),
        ("DISAPPROVE", "verbal_conflict"),
        ("REJECT", "verbal_conflict"),
        ("THREATEN", "verbal_conflict"),
        ("PROTEST", "material_conflict"),
        ("MOBILIZE", "material_conflict"),
        ("SANCTION", "material_conflict"),
        ("COERCE", "material_conflict"),
        ("ASSAULT", "material_conflict"),
        ("FIGHT", "material_conflict"),
    ],
)
def test_evaluate_plover_type_to_quad(plover: str, quad: str) -> None:
    assert PLOVER_QUAD[plover] == quad


def test_evaluate_plover_mapping_agrees_with_vocabulary() -> None:
    assert set(PLOVER_QUAD.values()) == set(QUAD_CLASSES)
    assert all(rel in RELATIONS for rels in RE3D_TYPES.values() for rel in rels)


def test_evaluate_re3d_span_overlap() -> None:
    text = "Kurdish fighters battled militants near Mosul while Turkey met Iraq."
    gold = [
        GoldRelation(doc="d", type="FightingAgainst", source=(0, 16), target=(25, 34)),
        GoldRelation(doc="d", type="CommWith", source=(52, 58), target=(63, 67)),
    ]
    claims = [
        # overlaps "Kurdish fighters" and "militants", found the other way round: still a match
        SpanClaim(doc="d", relation="attacks", subject=(25, 34), object=(0, 7)),
        # right spans, wrong relation type: a false positive for AlliesOf, CommWith missed
        SpanClaim(doc="d", relation="cooperates_with", subject=(52, 58), object=(63, 67)),
        # negated claims are not predictions
        SpanClaim(doc="d", relation="consults", subject=(52, 58), object=(63, 67), negated=True),
    ]
    report = score_re3d({"d": text}, gold, claims)
    overall = report.levels["relations"]
    assert (overall.predicted, overall.correct, overall.gold, overall.found) == (2, 1, 2, 1)
    assert report.breakdown["re3d type"]["FightingAgainst"].recall == 1.0
    assert report.breakdown["re3d type"]["CommWith"].found == 0
    assert report.breakdown["re3d type"]["AlliesOf"].predicted == 1
    assert report.counts["negated claims"] == 1


def test_evaluate_report_json_leaves_out_texts() -> None:
    report = score_plover(EVENTS, PREDICTIONS)
    assert "Ghana condemned" not in report.to_json()
    assert "Ghana condemned" in report.to_json(texts=True)
    assert "pairs+quad" in report.format()


@pytest.mark.slow
@needs_shared("benchmarks", "plover", "PLOVER_GSR_CAMEO.txt")
def test_evaluate_plover_real_data() -> None:
    report = evaluate_plover()
    assert 250 <= report.counts["events"] <= 322
    assert sum(report.skipped.values()) + report.counts["events"] == 323
    quad = report.levels["pairs+quad"]
    assert quad.gold >= report.counts["events"]
    assert 0 < quad.correct <= quad.predicted
    assert report.levels["pairs"].correct >= quad.correct


@pytest.mark.slow
@needs_shared("benchmarks", "re3d")
def test_evaluate_re3d_real_data() -> None:
    report = evaluate_re3d()
    level = report.levels["relations"]
    assert level.gold > 200  # FightingAgainst, AlliesOf, CommWith, Dislikes in the 90 documents
    assert 0 < level.correct <= level.predicted
    assert set(report.breakdown["re3d type"]) <= set(RE3D_TYPES)


def test_evaluate_plover_precision_by_confidence_bucket() -> None:
    events = [GoldEvent(id="e1", text="Norway sent grain to Chile.", plover="AID", sources=("NOR",), targets=("CHL",))]
    preds = {
        "e1": [
            Prediction(subject="NOR", object="CHL", relation="supports", confidence=0.93),
            Prediction(subject="NOR", object="PER", relation="supports", confidence=0.45),
            Prediction(subject="NOR", object="ARG", relation="supports", confidence=0.41),
        ]
    }
    table = score_plover(events, preds).breakdown["confidence (precision per claim, pairs+quad; calibration)"]
    assert list(table) == ["0.4-0.5", ">=0.9"]  # in bucket order, empty buckets left out
    assert (table[">=0.9"].predicted, table[">=0.9"].correct) == (1, 1)
    assert (table["0.4-0.5"].predicted, table["0.4-0.5"].correct) == (2, 0)
