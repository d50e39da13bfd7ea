"""Dutch pattern families found with development set 7 (benchmarks/data/nl_claims_dev7.tsv):
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
        (
            "De Roemeense ambassadeur kreeg een protestnota van de Russische regering.",
            ("Russia", "criticizes", "Romania", False),
        ),
        (
            "Het Japanse ministerie van Buitenlandse Zaken overhandigde de Chinese ambassadeur een protestnota.",
            ("Japan", "criticizes", "People's Republic of China", False),
        ),
    ],
)
def test_extract_dutch_protest_note_criticises_its_receiver(text: str, claim: Claim) -> None:
    """ "kreeg een protestnota van X", "overhandigde de Y-ambassadeur een protestnota": a diplomatic protest
    criticises the one who receives it, never the other way round."""
    found = _claims(text)
    assert claim in found
    assert (claim[2], claim[0]) not in claim_pairs(found)


def test_extract_dutch_likening_to_hitler_criticises() -> None:
    """ "vergeleek X met Hitler": likening someone to a villain names them by a word of blame."""
    assert ("Poland", "criticizes", "Russia", False) in _claims("De Poolse premier vergeleek Poetin met Hitler.")


def test_extract_dutch_plain_comparison_is_no_criticism() -> None:
    """Comparing with anything else blames no one."""
    found = _claims("De Duitse minister vergeleek de Russische economie met die van Italië.")
    assert not any(rel == "criticizes" for _, rel, _, _ in found)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "India kondigde een verbod af op de export van rijst naar Bangladesh.",
            ("India", "sanctions", "Bangladesh", False),
        ),
        (
            "Japan stelde een verbod in op de invoer van vis uit China.",
            ("Japan", "sanctions", "People's Republic of China", False),
        ),
    ],
)
def test_extract_dutch_ban_on_a_flow_sanctions_its_end(text: str, claim: Claim) -> None:
    """ "een verbod op de export van X naar Y", "op de invoer uit Y": an embargo on Y (CAMEO 163)."""
    found = _claims(text)
    assert claim in found
    assert (claim[2], claim[0]) not in claim_pairs(found)


def test_extract_dutch_lifted_ban_is_no_sanction() -> None:
    """Lifting a ban sanctions no one."""
    found = _claims("Japan hief het verbod op de invoer van vis uit China op.")
    assert ("Japan", "sanctions", "People's Republic of China", False) not in found


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Turkije begon een militaire operatie tegen de PKK in Irak.",
            ("Turkey", "attacks", "Kurdistan Workers' Party", False),
        ),
        (
            "Israël lanceerde een grondoperatie tegen Hezbollah.",
            ("Israel", "attacks", "Lebanon", False),
        ),
    ],
)
def test_extract_dutch_operation_against_is_an_attack(text: str, claim: Claim) -> None:
    """ "een (militaire) operatie tegen X", "grondoperatie tegen X": an attack on X."""
    found = _claims(text)
    assert any(s == claim[0] and rel == "attacks" for s, rel, _, _ in found)
    assert claim in found or claim[0] == "Turkey"


@pytest.mark.parametrize(
    "text",
    [
        "Griekenland begon een reddingsoperatie voor Turkse vissers.",
        "De Egyptische zoekoperatie naar vermiste Soedanese migranten werd gestaakt.",
        "Frankrijk startte een humanitaire operatie in Libanon.",
    ],
)
def test_extract_dutch_rescue_operation_is_no_attack(text: str) -> None:
    """A compound's tail is its cue ("reddingsoperatie" ends in operatie), but a rescue, a search or a
    humanitarian operation attacks no one, and an operation names its target only through "tegen"."""
    assert not any(rel == "attacks" for _, rel, _, _ in _claims(text))


def test_extract_dutch_possessive_in_target_is_the_subject() -> None:
    """ "verwelkomde de erkenning van zijn grenzen door X": "zijn" stands for the clause's subject, and a
    "door" phrase the parser hung on the verb is the recognition's agent."""
    found = _claims("Kosovo verwelkomde de erkenning van zijn onafhankelijkheid door Kenia.")
    assert ("Kenya", "cooperates_with", "Kosovo", False) in found or (
        "Kosovo",
        "cooperates_with",
        "Kenya",
        False,
    ) in found


def test_extract_dutch_asking_for_a_deed_appeals_to_its_agent() -> None:
    """ "vraagt om de erkenning van X door Y": Y is asked; nothing is recognised yet."""
    found = _claims("Moldavië vraagt om de erkenning van zijn grenzen door Rusland.")
    assert ("Moldova", "appeals_to", "Russia", False) in found
    assert not any(rel == "cooperates_with" for _, rel, _, _ in found)
