"""English wire-news constructions found missing on kg's English development set 2
(benchmarks/data/en_claims_dev2.tsv): passives with two objects, fire set by forces, attacks named only
as a passive's agent, mutual clashes, fighting alongside someone, hedged deeds ("is believed to have
..."). The sentences here are kg's own and differ from the set's."""

from __future__ import annotations

import pytest

from .conftest import labelled_claims, state_claims

Expected = tuple[str, str, str, bool]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive with two objects: the passive subject receives, the by-phrase gives
        ("Latvia was offered air defence radars by Sweden.", ("Sweden", "cooperates_with", "Latvia", False)),
        ("Niger was given two transport planes by Turkey.", ("Turkey", "supports", "Niger", False)),
        ("Serbia was refused membership talks by the European Union.", ("European Union", "rejects", "Serbia", False)),
        # fire set by troops or drones is an attack
        ("A Syrian checkpoint was set ablaze by Turkish drones.", ("Turkey", "attacks", "Syria", False)),
        ("An Iraqi oil tanker was set on fire by Iranian drones.", ("Iran", "attacks", "Iraq", False)),
        # an attack named only as the passive's agent struck the passive subject
        ("A Kenyan army base was destroyed by Somali rocket attacks.", ("Somalia", "attacks", "Kenya", False)),
        ("Two Georgian villages were flattened by Russian airstrikes.", ("Russia", "attacks", "Georgia", False)),
        # clashes are mutual
        ("Serbian and Albanian police clashed near the bridge.", ("Albania", "attacks", "Serbia", False)),
        ("Serbian and Albanian police clashed near the bridge.", ("Serbia", "attacks", "Albania", False)),
        ("Egyptian troops clashed with Libyan militias near the border.", ("Libya", "attacks", "Egypt", False)),
        # fighting alongside someone supports them
        ("Belarusian soldiers fought alongside Russian units near Kyiv.", ("Belarus", "supports", "Russia", False)),
        # a deed reported with "is believed/said to have": the passive subject did it
        ("Iran is believed to have shipped drones to Sudan.", ("Iran", "supports", "Sudan", False)),
        ("Turkey is said to have bombed an Iraqi border village.", ("Turkey", "attacks", "Iraq", False)),
    ],
)
def test_extract_en_dev2_claims(text: str, expected: Expected) -> None:
    assert expected in state_claims(text, "en", persons_by_name=False)


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        # the thing given in a two-object passive is no recipient
        ("Jordan was given four Apache helicopters by Britain.", "supports", ("United Kingdom", "Apache")),
        # fighting alongside an army in its own country does not attack that country
        ("Cuban advisers fought alongside Angolan troops in Luanda.", "attacks", ("Cuba", "Angola")),
        # vandals' fire is no armed attack
        ("Protesters set the Danish embassy in Tehran on fire.", "attacks", ("Iran", "Denmark")),
    ],
)
def test_extract_en_dev2_no_claim(text: str, relation: str, pair: tuple[str, str]) -> None:
    claims = state_claims(text, "en", persons_by_name=False)
    assert not [c for c in claims if c[1] == relation and (c[0], c[2]) == pair], claims


def test_extract_en_dev2_hedged_deed() -> None:
    from kg.extract import extract_claims
    from kg.model import Article
    from kg.nlp import nlp_for

    if not nlp_for("en")[1].parsed:
        pytest.skip("no en parser installed")
    article = Article.from_text("Israel is believed to have struck the Syrian air base.", language="en")
    claims = [c for r in extract_claims([article]) for c in r.claims if c.relation == "attacks"]
    assert claims and all(c.hedged for c in claims)


def test_extract_en_dev2_domestic_claim_keeps_its_sides() -> None:
    # a state's police against its protesters is kept, each side under its own label
    claims = labelled_claims("Turkish police detained dozens of protesters in Ankara.", "en")
    assert ("Turkey (police)", "coerces", "Turkey (protesters)", False) in claims, claims
