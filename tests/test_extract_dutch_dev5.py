"""Dutch pattern families found with development set 5 (benchmarks/data/nl_claims_dev5.tsv):
sentence -> claim.

Own sentences, written for these tests (other actors, words and structure than the set), each with
negative cases: what kg must not claim from them.
"""

from __future__ import annotations

import pytest

from .conftest import claim_pairs, state_claims

Claim = tuple[str, str, str, bool]


def _claims(text: str) -> set[Claim]:
    return state_claims(text, "nl")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("De Deense consul in Moskou is door het Kremlin ontboden.", ("Russia", "criticizes", "Denmark", False)),
        ("De Poolse ambassadeur is gisteren door Wit-Rusland uitgezet.", ("Belarus", "sanctions", "Poland", False)),
    ],
)
def test_extract_dutch_perfect_passive_with_agent(text: str, claim: Claim) -> None:
    """ "is door X ontboden": a participle with a "door" agent and "zijn" is a passive, whatever labels the
    parser gave its subject and auxiliary; the subject is the patient, never the doer."""
    found = _claims(text)
    assert claim in found
    assert (claim[2], claim[0]) not in claim_pairs(found)


def test_extract_dutch_passive_relative_clause_on_article_headed_name() -> None:
    """ "De/nsubj Houthi's/flat, die door Oman worden bevoorraad": the parser made the article the head of
    the name; the relative pronoun still stands for the name."""
    found = _claims("De Houthi's, die door Oman worden bevoorraad, beschoten een Saoedisch schip.")
    assert ("Oman", "supports", "Yemen", False) in found
    assert ("Yemen", "Oman") not in claim_pairs(found)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Japan gaat Vietnam helpen met de bouw van kustwachtschepen.", ("Japan", "supports", "Vietnam", False)),
        ("Frankrijk wil Libanon helpen bij de wederopbouw van de haven.", ("France", "supports", "Lebanon", False)),
        ("Duitsland blijft Israël bewapenen.", ("Germany", "supports", "Israel", False)),
    ],
)
def test_extract_dutch_modal_verb_lends_subject_not_object(text: str, claim: Claim) -> None:
    """ "X gaat/wil/blijft Y helpen": a Dutch modal or aspectual verb lends the infinitive its subject; the
    name between them is the infinitive's object, not its subject, and "wil" is no demand made of it."""
    found = _claims(text)
    assert claim in found
    assert (claim[2], claim[0]) not in claim_pairs(found)
    assert not any(rel == "demands" for _, rel, _, _ in found)


def test_extract_dutch_wil_dat_is_still_a_demand() -> None:
    found = _claims("Canada wil dat Rusland de ontvoerde kinderen teruggeeft.")
    assert ("Canada", "demands", "Russia", False) in found


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Japan heeft Indonesië vorig jaar drie patrouilleschepen en veel geld gegeven.",
            ("Japan", "supports", "Indonesia", False),
        ),
        ("Canada zegde Polen nieuwe luchtafweersystemen toe.", ("Canada", "supports", "Poland", False)),
        ("Koeweit gaf Jordanië een miljard dollar aan leningen.", ("Kuwait", "supports", "Jordan", False)),
        ("Iraanse schepen hebben wapens afgeleverd bij de Houthi's.", ("Iran", "supports", "Yemen", False)),
    ],
)
def test_extract_dutch_giving_goods_is_aid(text: str, claim: Claim) -> None:
    """ "geven", "toezeggen", "afleveren" with goods, money or arms as object: material support."""
    found = _claims(text)
    assert claim in found
    assert (claim[2], claim[0]) not in claim_pairs(found)


@pytest.mark.parametrize(
    "text",
    [
        "Rusland gaf Oekraïne de schuld van de explosie.",
        "Frankrijk gaf Marokko gelijk in het geschil.",
    ],
)
def test_extract_dutch_giving_without_goods_is_no_aid(text: str) -> None:
    assert not any(rel == "supports" for _, rel, _, _ in _claims(text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Eritrese militairen schoten op een Ethiopisch konvooi.", ("Eritrea", "attacks", "Ethiopia", False)),
        ("Na de aardbeving riep Marokko de Europese Unie om hulp.", ("Morocco", "appeals_to", "European Union", False)),
        ("Japan legt Noord-Koreaanse schepen een verbod op.", ("Japan", "sanctions", "North Korea", False)),
        (
            "Londen heeft de Russische minister op een sanctielijst gezet.",
            ("United Kingdom", "sanctions", "Russia", False),
        ),
        ("Chili diende een klacht in bij Bolivia over de grens.", ("Chile", "criticizes", "Bolivia", False)),
        ("Zweden heeft zijn ambassadeur uit Teheran teruggeroepen.", ("Sweden", "sanctions", "Iran", False)),
        ("Litouwen roept zijn consul in Minsk terug.", ("Lithuania", "sanctions", "Belarus", False)),
        ("Turkije neemt twee Griekse boten in beslag bij de kust.", ("Turkey", "coerces", "Greece", False)),
    ],
)
def test_extract_dutch_dev5_lexicon(text: str, claim: Claim) -> None:
    """Cues with their Dutch forms: "schieten op", "om hulp roepen", "een verbod opleggen", "op een
    sanctielijst zetten", "een klacht indienen bij", an envoy recalled "uit/in" a capital, "in beslag nemen"
    with the fixed phrase glued to a place."""
    found = _claims(text)
    assert claim in found
    assert (claim[2], claim[0]) not in claim_pairs(found)


def test_extract_dutch_schieten_without_op_is_no_attack() -> None:
    assert not _claims("Iraanse filmmakers schoten een documentaire over Irak.")


def test_extract_dutch_uit_protest_is_a_motive_not_a_protest() -> None:
    """ "riep zijn ambassadeur terug uit protest tegen X": the recall is the claim; "uit protest" gives no
    protest of its own."""
    found = _claims("Peru heeft zijn ambassadeur uit Caracas teruggeroepen uit protest tegen de verkiezingen.")
    assert ("Peru", "sanctions", "Venezuela", False) in found
    assert not any(rel == "protests" for _, rel, _, _ in found)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Het Canadese ministerie van Buitenlandse Zaken heeft de Chinese ambassadeur ontboden.",
            ("Canada", "criticizes", "People's Republic of China", False),
        ),
        (
            "Het Duitse ministerie van Defensie levert Litouwen nieuwe tanks.",
            ("Germany", "supports", "Lithuania", False),
        ),
    ],
)
def test_extract_dutch_foreign_ministry_is_not_the_dutch_one(text: str, claim: Claim) -> None:
    """ "het Canadese ministerie van Buitenlandse Zaken": the bare name is the Dutch ministry's, but another
    state's adjective makes it that state's ministry."""
    found = _claims(text)
    assert claim in found
    assert not any(s == "Netherlands" for s, _ in claim_pairs(found))


def test_extract_dutch_bare_ministry_stays_dutch() -> None:
    found = _claims("Het ministerie van Buitenlandse Zaken heeft de Iraanse ambassadeur ontboden.")
    assert ("Netherlands", "criticizes", "Iran", False) in found
