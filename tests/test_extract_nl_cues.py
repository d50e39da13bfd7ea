"""The Dutch cue lexicon (kg/extract/cues/nl.tsv): it loads, and its news vocabulary fires per CAMEO root.

Sentence -> claim table on the real Dutch pipeline, one or more sentences per relation, written for
this test (news-style, not quoted from any source).
"""

from __future__ import annotations

import re

import pytest

from kg.extract import extract_claims
from kg.extract.dependency import CUE_DIR, load_cues
from kg.model import RELATIONS, Article, Claim


def claims_of(text: str) -> list[Claim]:
    [result] = list(extract_claims([Article.from_text(text, language="nl")]))
    return list(result.claims)


def triples(claims: list[Claim]) -> set[tuple[str, str, str]]:
    return {(c.subject.actor.label, c.relation, c.object.actor.label) for c in claims}


NL_CUES = [
    # appeals_to (02)
    ("Frankrijk spoort Iran aan tot terughoudendheid.", ("France", "appeals_to", "Iran")),
    ("Polen pleit bij Duitsland voor meer luchtverdediging.", ("Poland", "appeals_to", "Germany")),
    ("Oekraïne doet een beroep op de Verenigde Staten.", ("Ukraine", "appeals_to", "United States")),
    # consults (04)
    ("Japan raadpleegt Zuid-Korea over de raketdreiging.", ("Japan", "consults", "South Korea")),
    ("De topontmoeting tussen Rusland en Noord-Korea duurde twee dagen.", ("Russia", "consults", "North Korea")),
    (
        "Op de top tussen de Verenigde Staten en China werd gesproken over Taiwan.",
        ("United States", "consults", "People's Republic of China"),
    ),
    # cooperates_with (03/05)
    (
        "Rusland en Noord-Korea tekenden een pact voor wederzijdse verdediging.",
        ("Russia", "cooperates_with", "North Korea"),
    ),
    ("Spanje kondigde de erkenning van Palestina aan.", ("Spain", "cooperates_with", "State of Palestine")),
    ("De toetreding van Finland tot de NAVO is afgerond.", ("Finland", "cooperates_with", "NATO")),
    ("Duitsland feliciteert Polen met de verkiezingen.", ("Germany", "cooperates_with", "Poland")),
    # supports (06/07)
    ("Nederland schenkt Oekraïne tien gevechtsvliegtuigen.", ("Netherlands", "supports", "Ukraine")),
    ("De Verenigde Staten keuren een wapenverkoop aan Taiwan goed.", ("United States", "supports", "Taiwan")),
    # yields_to (08)
    ("Rusland heeft Amerikaanse gevangenen vrijgegeven.", ("Russia", "yields_to", "United States")),
    ("Rusland zwichtte voor Turkije.", ("Russia", "yields_to", "Turkey")),
    ("Er geldt een wapenstilstand tussen Israël en Hamas.", ("Israel", "yields_to", "Hamas")),
    # investigates (09)
    ("Het IAEA inspecteert Iran volgende week.", ("International Atomic Energy Agency", "investigates", "Iran")),
    # demands (10)
    ("De Verenigde Staten sommeren Iran de verrijking te staken.", ("United States", "demands", "Iran")),
    ("De Europese Unie voert de druk op Rusland op.", ("European Union", "demands", "Russia")),
    # criticizes (11)
    ("China haalde fel uit naar Japan.", ("People's Republic of China", "criticizes", "Japan")),
    ("Zuid-Afrika diende een aanklacht tegen Israël in.", ("South Africa", "criticizes", "Israel")),
    ("Nederland verdenkt Rusland van sabotage.", ("Netherlands", "criticizes", "Russia")),
    # rejects (12)
    ("Turkije verzet zich tegen de toetreding van Zweden.", ("Turkey", "rejects", "Sweden")),
    ("Hongarije negeert de oproep van de Europese Unie.", ("Hungary", "rejects", "European Union")),
    # threatens (13)
    ("Het dreigement van Rusland aan Moldavië wekte onrust.", ("Russia", "threatens", "Moldova")),
    ("China stuurde een waarschuwing aan de Filipijnen.", ("People's Republic of China", "threatens", "Philippines")),
    # protests (14)
    ("Franse boeren houden een staking tegen de Europese Unie.", ("France (farmers)", "protests", "European Union")),
    # mobilizes_against (15)
    (
        "China houdt grootschalige militaire oefeningen rond Taiwan.",
        ("People's Republic of China", "mobilizes_against", "Taiwan"),
    ),
    ("Noord-Korea lanceerde een raket richting Japan.", ("North Korea", "mobilizes_against", "Japan")),
    # sanctions (16)
    (
        "De Europese Unie bevriest de tegoeden van de Russische centrale bank.",
        ("European Union", "sanctions", "Russia"),
    ),
    ("Israël roept zijn ambassadeur terug uit Zuid-Afrika.", ("Israel", "sanctions", "South Africa")),
    ("De Verenigde Staten kondigen een importverbod op Russische olie aan.", ("United States", "sanctions", "Russia")),
    ("De Europese Unie neemt een nieuw sanctiepakket tegen Rusland aan.", ("European Union", "sanctions", "Russia")),
    (
        "De handelsoorlog tussen de Verenigde Staten en China laait op.",
        ("United States", "sanctions", "People's Republic of China"),
    ),
    # coerces (17)
    ("Iran heeft twee Franse burgers opgepakt.", ("Iran", "coerces", "France (civilians)")),
    ("Rusland deporteert Oekraïense kinderen.", ("Russia", "coerces", "Ukraine")),
    ("De Verenigde Staten leggen beslag op Russische tegoeden.", ("United States", "coerces", "Russia")),
    # attacks (18-20)
    ("Rusland bestookt Oekraïense steden met drones.", ("Russia", "attacks", "Ukraine")),
    ("Polen schoot een Russische drone neer.", ("Poland", "attacks", "Russia")),
    ("Er zijn zware gevechten tussen Israël en Hezbollah.", ("Israel", "attacks", "Hezbollah")),
    ("Israël heeft de Hamas-leider geliquideerd.", ("Israel", "attacks", "Hamas")),
]


@pytest.mark.parametrize(("text", "expected"), NL_CUES)
def test_extract_dutch_cues(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(claims_of(text))


def test_extract_dutch_trade_war_is_no_war() -> None:
    # "handelsoorlog" has its own row: the compound match would otherwise read it as "oorlog" (attacks)
    found = triples(claims_of("De handelsoorlog tussen de Verenigde Staten en China laait op."))
    assert ("United States", "attacks", "People's Republic of China") not in found


def test_dutch_cue_lexicon_loads_with_valid_rows() -> None:
    cues = load_cues("nl")
    assert len(cues) > 300
    seen: set[tuple[str, str]] = set()
    for line in (CUE_DIR / "nl.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, pos, relation, cameo, preps = line.split("\t")
        key = (lemma.lower(), pos)
        assert key not in seen, f"duplicate cue row {key}"  # the loader would ignore the second
        seen.add(key)
        assert lemma == lemma.lower() and pos in ("VERB", "NOUN"), line
        assert relation in RELATIONS, line
        assert re.fullmatch(r"\d{3,4}", cameo), line
        # the CAMEO root belongs to the relation (cooperation also takes 06 for extradition, sharing)
        roots = RELATIONS[relation][1] + (("06",) if relation == "cooperates_with" else ())
        assert cameo[:2] in roots, line
        assert preps == "-" or re.fullmatch(r"=?[a-zë]+(,[a-zë]+)*", preps), line
        assert cues[key].relation == relation
