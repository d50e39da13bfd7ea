"""English wire-news constructions found missing on kg's English development set 3
(benchmarks/data/en_claims_dev3.tsv): refusals of hostile deeds, suppositions, indirect questions and
doubted complements, a calling-off noun as a clause's subject, weapon makes taken for actors, vows
passed through "keep"/"continue", and pledges of money or arms. The sentences here are kg's own and
differ from the set's."""

from __future__ import annotations

import pytest

from .conftest import state_claims

Expected = tuple[str, str, str, bool]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # refusing a hostile deed negates the deed and rejects no one
        ("Austria declined to impose sanctions on Iran.", ("Austria", "sanctions", "Iran", True)),
        # a suspension of aid that is the clause's subject reduces relations; it is not negated by itself
        ("Spain's suspension of arms exports to Israel began in May.", ("Spain", "sanctions", "Israel", False)),
        # a vow to keep fighting is a threat
        ("Hezbollah vowed to continue attacking Israel.", ("Lebanon", "threatens", "Israel", False)),
        # a pledge of money or arms is intent to give aid (CAMEO 033)
        ("Sweden pledged 300 million dollars to Ukraine.", ("Sweden", "cooperates_with", "Ukraine", False)),
        # a refusal of a cooperative deed still rejects its target
        ("Chile declined to extradite the former officer to Argentina.", ("Chile", "rejects", "Argentina", False)),
    ],
)
def test_extract_en_dev3_claims(text: str, expected: Expected) -> None:
    assert expected in state_claims(text, "en", persons_by_name=False)


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        # not doing a hostile deed is no rejection of its target
        ("Austria declined to impose sanctions on Iran.", "rejects", ("Austria", "Iran")),
        ("Qatar refused to condemn Israel's strikes on Lebanon.", "rejects", ("Israel", "Lebanon")),
        # a supposed deed is not reported
        (
            "If China blockaded Taiwan, Japan would face a hard choice.",
            "coerces",
            ("People's Republic of China", "Taiwan"),
        ),
        # an indirect question asks, it does not report
        ("It remains unclear whether Turkey will buy Russian fighter jets.", "cooperates_with", ("Turkey", "Russia")),
        ("Diplomats doubt that Iran will attack Saudi Arabia again.", "threatens", ("Iran", "Saudi Arabia")),
        ("Diplomats doubt that Iran will attack Saudi Arabia again.", "attacks", ("Iran", "Saudi Arabia")),
        # the make of a weapon is no actor
        ("Norway promised to send more Leopard tanks to Kyiv.", "cooperates_with", ("Norway", "Leopard")),
    ],
)
def test_extract_en_dev3_no_claim(text: str, relation: str, pair: tuple[str, str]) -> None:
    claims = state_claims(text, "en", persons_by_name=False)
    assert not [c for c in claims if c[1] == relation and (c[0], c[2]) == pair], claims


@pytest.mark.parametrize(
    "text",
    [
        "Officials asked whether Russia had fired the missile at Poland.",
        "If Serbia attacked Kosovo, NATO troops would intervene.",
        "The Italian president pledged to cut taxes next year.",
    ],
)
def test_extract_en_dev3_no_claims_at_all(text: str) -> None:
    claims = state_claims(text, "en", persons_by_name=False)
    assert not [c for c in claims if c[1] != "appeals_to"], claims
