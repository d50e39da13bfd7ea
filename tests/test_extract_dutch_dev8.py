"""Dutch pattern families found with development set 8 (benchmarks/data/nl_claims_dev8.tsv):
sentence -> claim.

Own sentences, written for these tests (other actors, words and structure than the set), each with
negative cases: what kg must not claim from them. Actors are compared at state level.
"""

from __future__ import annotations

import pytest

from .conftest import claim_pairs, state_claims

Claim = tuple[str, str, str, bool]


def _claims(text: str) -> set[Claim]:
    return state_claims(text, "nl", persons_by_name=False)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Spanje steunt Marokko niet langer met militair materieel.", ("Spain", "supports", "Morocco", True)),
        ("Japan geeft Zuid-Korea geen inlichtingen meer.", ("Japan", "supports", "South Korea", True)),
        ("Kenia werkt niet langer samen met Somalië.", ("Kenya", "cooperates_with", "Somalia", True)),
    ],
)
def test_extract_dutch_no_longer_negates(text: str, claim: Claim) -> None:
    """ "niet langer", "geen ... meer": the deed has stopped, so the claim is negated (and never asserted)."""
    found = _claims(text)
    assert claim in found
    assert (*claim[:3], False) not in found


def test_extract_dutch_longer_without_negator_negates_nothing() -> None:
    """Without the negator "langer" is only a word of time: the support stands."""
    found = _claims("Spanje steunt Marokko langer dan verwacht.")
    assert ("Spain", "Morocco") in claim_pairs(found)
    assert not any(neg for *_, neg in found)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Op de top beloofde Polen Estland een bataljon.", ("Poland", "supports", "Estonia", False)),
        (
            "Italië zegde Libanon tijdens het bezoek een pakket luchtafweer toe.",
            ("Italy", "supports", "Lebanon", False),
        ),
    ],
)
def test_extract_dutch_promised_units_and_air_defence_support(text: str, claim: Claim) -> None:
    """ "beloofde X een bataljon", "zegde X een pakket luchtafweer toe": promised forces are aid."""
    found = _claims(text)
    assert claim in found
    assert (claim[2], claim[0]) not in claim_pairs(found)


def test_extract_dutch_promised_inquiry_is_no_support() -> None:
    """Promising an inquiry gives nothing."""
    found = _claims("Griekenland beloofde Turkije een onderzoek.")
    assert not any(rel == "supports" for _, rel, _, _ in found)


def test_extract_dutch_sale_to_supports() -> None:
    """ "de verkoop van Zweedse onderzeeërs aan Thailand": a sale of arms is support for the buyer."""
    found = _claims("De verkoop van Zweedse onderzeeërs aan Thailand is rond.")
    assert ("Sweden", "supports", "Thailand", False) in found
    assert ("Thailand", "Sweden") not in claim_pairs(found)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Sinds dinsdag bombardeert Turkije doelen in het noorden van Irak.", ("Turkey", "attacks", "Iraq", False)),
        ("Vanochtend beschoot Israël doelen in het zuiden van Syrië.", ("Israel", "attacks", "Syria", False)),
    ],
)
def test_extract_dutch_plural_object_after_subject(text: str, claim: Claim) -> None:
    """ "bombardeert Turkije doelen in ...": a plural read as an infinitive after the subject is the object."""
    found = _claims(text)
    assert claim in found
    assert (claim[2], claim[0]) not in claim_pairs(found)


def test_extract_dutch_participle_glued_to_final_name() -> None:
    """ "heeft X een depot in de regio Belgorod aangevallen": the last participle is the verb, not part of
    the name before it."""
    found = _claims("Gisteren heeft Oekraïne een munitiedepot in de Russische provincie Belgorod aangevallen.")
    assert ("Ukraine", "attacks", "Russia", False) in found
    assert ("Russia", "Ukraine") not in claim_pairs(found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("De ministers van Financiën van Brazilië en Argentinië spraken elkaar in Rio.", ("Brazil", "Argentina")),
        ("De Keniaanse president en zijn Ethiopische collega verweten elkaar grensschendingen.", ("Kenya", "Ethiopia")),
    ],
)
def test_extract_dutch_reciprocal_after_coordinated_ministers(text: str, pair: tuple[str, str]) -> None:
    """ "de ministers van X van A en B ... elkaar", "A's president en zijn B-collega verweten elkaar": both
    sides act on each other."""
    pairs = claim_pairs(_claims(text))
    assert pair in pairs
    assert (pair[1], pair[0]) in pairs


def test_extract_dutch_single_minister_van_chain_has_no_partner() -> None:
    """One state in the "van" chain and no reciprocal: no claim between states."""
    assert not _claims("De minister van Financiën van Brazilië sprak in Rio over de begroting.")


def test_extract_dutch_glued_common_noun_is_the_object() -> None:
    """ "kondigde na een bezoek aan Seoel sancties/flat aan tegen ...": a common noun glued to a name is the
    verb's object."""
    found = _claims("Rusland kondigde na de verkiezingen in Tallinn sancties aan tegen Estse bedrijven.")
    assert ("Russia", "sanctions", "Estonia", False) in found
    assert ("Estonia", "Russia") not in claim_pairs(found)


def test_extract_dutch_released_prisoners_counted_with_adjective() -> None:
    """ "liet tientallen Oekraïense gevangenen vrij": the number heads the group its adjective names."""
    found = _claims("Rusland liet tientallen Oekraïense gevangenen vrij.")
    assert ("Russia", "yields_to", "Ukraine", False) in found


def test_extract_dutch_summoning_on_the_carpet_criticises() -> None:
    """ "riep de X-ambassadeur op het matje": a summons to reprimand, not an appeal."""
    found = _claims("Het Belgische ministerie riep de Chinese ambassadeur op het matje.")
    assert ("Belgium", "criticizes", "People's Republic of China", False) in found
    assert not any(rel == "appeals_to" for _, rel, _, _ in found)


def test_extract_dutch_arms_deal_cooperates() -> None:
    found = _claims("Egypte sloot een wapendeal met Frankrijk.")
    assert ("Egypt", "cooperates_with", "France", False) in found


def test_extract_dutch_court_sentence_is_no_condemnation() -> None:
    """ "veroordeelde X tot tien jaar cel": a court's sentence, not a state condemning the convict's state."""
    found = _claims("Een Iraanse rechtbank heeft een Britse burger veroordeeld tot tien jaar cel.")
    assert ("Iran", "criticizes", "United Kingdom", False) not in found


def test_extract_dutch_condemnation_still_criticises() -> None:
    found = _claims("Canada veroordeelde de Iraanse executies.")
    assert any(s == "Canada" and rel == "criticizes" and o == "Iran" for s, rel, o, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "In Warschau viel gisteren urenlang de stroom uit.",
        "De Spaanse economie groeide vorig jaar met drie procent, aldus de Europese Centrale Bank.",
        "Nadat de stembussen waren gesloten, trokken in Belgrado duizenden mensen de straat op.",
    ],
)
def test_extract_dutch_dev8_sentences_without_a_claim(text: str) -> None:
    assert not _claims(text)
