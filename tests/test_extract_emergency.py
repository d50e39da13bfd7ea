"""Emergency measures: a curfew, martial law or a state of emergency imposed (coerces), lifted or eased
(yields_to) or threatened (threatens) acts on the civilians of the state where it holds."""

from __future__ import annotations

import pytest

from .conftest import labelled_claims


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Peruvian authorities imposed a curfew in the mining town of Cerro Alto in southern Peru.",
            "en",
            ("Peru (government)", "coerces", "Peru (civilians)", False),
        ),
        (
            "The Algerian government extended the state of emergency in Algiers.",
            "en",
            ("Algeria (government)", "coerces", "Algeria (civilians)", False),
        ),
        (
            "Ecuador's government lifted the state of emergency in its coastal provinces.",
            "en",
            ("Ecuador (government)", "yields_to", "Ecuador (civilians)", False),
        ),
        (
            "The Thai government said it stood ready to declare martial law.",
            "en",
            ("Thailand (government)", "threatens", "Thailand (civilians)", False),
        ),
        (
            "De Egyptische regering kondigde de noodtoestand af.",
            "nl",
            ("Egypt (government)", "coerces", "Egypt (civilians)", False),
        ),
        (
            "De regering van Mali hief de avondklok in Bamako op.",
            "nl",
            ("Mali (government)", "yields_to", "Mali (civilians)", False),
        ),
        (
            "De Turkse regering dreigde met het uitroepen van de staat van beleg.",
            "nl",
            ("Turkey (government)", "threatens", "Turkey (civilians)", False),
        ),
    ],
)
def test_emergency_measure(text: str, lang: str, expected: tuple[str, str, str, bool]) -> None:
    assert expected in labelled_claims(text, lang)


def test_measure_talked_about_is_no_claim() -> None:
    assert labelled_claims("Curfews are common in the region.", "en") == set()


def test_measure_in_another_state_is_on_that_state_civilians() -> None:
    claims = labelled_claims("Israël stelde een avondklok in in Gaza.", "nl")
    assert ("Israel", "coerces", "State of Palestine (civilians)", False) in claims
    assert not any(o == "Israel (civilians)" for _, _, o, _ in claims)
