"""Protest, obstruction and failed agreement (issue #5, third round): sentence -> claim, English and Dutch.

Own sentences, written for these tests; the shapes are stated in kg/extract/dependency.py
(LABOUR_STRIKE_*, ROADS, `_purpose_targets`, `deed_agents`, FAILING_HEADS) and the words in
kg/extract/cues/*.tsv.
"""

from __future__ import annotations

import pytest

from .conftest import LabelledClaim as Claim
from .conftest import labelled_claims as _claims


def _relations(text: str, lang: str) -> set[str]:
    return {rel for _, rel, _, _ in _claims(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # a labour or hunger strike is a protest (CAMEO 143/142), not a military strike
        (
            "Polish workers went on strike against the government.",
            "en",
            ("Poland (workers)", "protests", "Poland (government)", False),
        ),
        (
            "Polish workers staged a general strike against the government.",
            "en",
            ("Poland (workers)", "protests", "Poland (government)", False),
        ),
        (
            "Poolse arbeiders gingen in staking tegen de regering.",
            "nl",
            ("Poland (workers)", "protests", "Poland (government)", False),
        ),
        # "in protest of/against Y's ...": the protest's target is whose deed it is
        (
            "Syrian refugees kept up their hunger strike in protest of the Turkish government's new rules.",
            "en",
            ("Syria (refugees)", "protests", "Turkey (government)", False),
        ),
        (
            "Syrische vluchtelingen begonnen een hongerstaking uit protest tegen het besluit van de Turkse regering.",
            "nl",
            ("Syria (refugees)", "protests", "Turkey (government)", False),
        ),
        # against a deed done by Y: Y is the target
        (
            "Palestinian youths threw stones during demonstrations against the violations by the Israeli military.",
            "en",
            ("State of Palestine (youths)", "protests", "Israel Defense Forces", False),
        ),
        (
            "Palestijnse jongeren demonstreerden tegen het geweld door het Israëlische leger.",
            "nl",
            ("State of Palestine", "protests", "Israel Defense Forces", False),
        ),
        # a rally noun under a light verb, its target on the verb
        (
            "Hungarian activists staged rallies in Budapest against Prime Minister Viktor Orbán.",
            "en",
            ("Hungary (activists)", "protests", "Viktor Orbán", False),
        ),
        # obstructing passage is a protest (144); its purpose names whom it is against
        (
            "Demonstrators in Lahore blocked a motorway to make plain their disapproval of France's policies.",
            "en",
            ("Pakistan (protesters)", "protests", "France", False),
        ),
        (
            "Pakistaanse demonstranten blokkeerden wegen om hun afkeuring van het Franse beleid te tonen.",
            "nl",
            ("Pakistan (protesters)", "protests", "France", False),
        ),
        # a riot with no named target is against the state where it happens
        (
            "Palestinian prisoners rioted on Monday at a jail in northern Israel.",
            "en",
            ("State of Palestine", "protests", "Israel", False),
        ),
        # dispersing protesters is repression (CAMEO 175)
        (
            "Bolivian police used tear gas to disperse protesters in La Paz.",
            "en",
            ("Bolivia (police)", "coerces", "Bolivia (protesters)", False),
        ),
        (
            "De Egyptische politie dreef de demonstranten uiteen.",
            "nl",
            ("Egypt (police)", "coerces", "Egypt (protesters)", False),
        ),
        # an unknown name described by a state's agent is that agent
        (
            "Karim Haddad, Algeria's best-known human rights activist, began a hunger strike in protest against "
            "abuses by Algerian security forces.",
            "en",
            ("Algeria (activists)", "protests", "Algeria (security forces)", False),
        ),
    ],
)
def test_extract_protest_family(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # military strikes stay attacks
        ("Israel launched air strikes on Hamas.", "en"),
        ("Israel carried out a strike on Hezbollah positions.", "en"),
    ],
)
def test_extract_military_strike_is_no_protest(text: str, lang: str) -> None:
    assert _relations(text, lang) == {"attacks"}


def test_extract_blocking_a_decision_is_still_a_veto() -> None:
    assert ("Hungary", "rejects", "Ukraine", False) in _claims("Hungary blocked Ukraine's membership bid.", "en")


@pytest.mark.parametrize(
    ("text", "lang", "claims"),
    [
        # coordinated subjects reaching a consensus agree with each other (CAMEO 057)
        (
            "Israel and Jordan reached a consensus on water sharing.",
            "en",
            {("Israel", "cooperates_with", "Jordan", False), ("Jordan", "cooperates_with", "Israel", False)},
        ),
        (
            "Israël en Jordanië bereikten consensus over de verdeling van water.",
            "nl",
            {("Israel", "cooperates_with", "Jordan", False), ("Jordan", "cooperates_with", "Israel", False)},
        ),
        # failing to agree is a rejection both ways (PLOVER REJECT), besides the negated agreement
        (
            "Greece and Turkey failed to reach agreement on the islands.",
            "en",
            {
                ("Greece", "rejects", "Turkey", False),
                ("Turkey", "rejects", "Greece", False),
                ("Greece", "cooperates_with", "Turkey", True),
            },
        ),
        (
            "Griekenland en Turkije slaagden er niet in een akkoord te bereiken.",
            "nl",
            {
                ("Greece", "rejects", "Turkey", False),
                ("Turkey", "rejects", "Greece", False),
                ("Greece", "cooperates_with", "Turkey", True),
            },
        ),
    ],
)
def test_extract_reciprocal_agreement_and_failure(text: str, lang: str, claims: set[Claim]) -> None:
    assert claims <= _claims(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Greece failed to send aid to Turkey.",  # failing at a deed may be inability, not refusal
        "Griekenland en Turkije slaagden erin een akkoord te bereiken.",
    ],
)
def test_extract_failure_only_of_agreement_is_rejection(text: str) -> None:
    lang = "nl" if "slaagden" in text else "en"
    assert "rejects" not in _relations(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # a conflict deed announced with "will"/"would" is a threat (CAMEO 13)
        ("Iran will attack Israel.", "en", ("Iran", "threatens", "Israel", False)),
        ("Iran zal Israël aanvallen.", "nl", ("Iran", "threatens", "Israel", False)),
        (
            "Syrian leaders said they would boycott all contact with Jordan.",
            "en",
            ("Syria (leaders)", "threatens", "Jordan", False),
        ),
        ("NATO said it would tighten the blockade of Serbia.", "en", ("NATO", "threatens", "Serbia", False)),
        # a promised deed said not to happen is a refusal, and the threat is negated
        ("Iran will not attack Israel.", "en", ("Iran", "rejects", "Israel", False)),
        ("Iran will not attack Israel.", "en", ("Iran", "threatens", "Israel", True)),
        # planned conflict is a threat too
        ("Turkey plans to impose sanctions on Greece.", "en", ("Turkey", "threatens", "Greece", False)),
        # the threatened deed names the target
        (
            "The United States threatened further action against Russia.",
            "en",
            ("United States", "threatens", "Russia", False),
        ),
        (
            "De Verenigde Staten dreigden met verdere maatregelen tegen Rusland.",
            "nl",
            ("United States", "threatens", "Russia", False),
        ),
        # boycotting talks with Y is a protest against Y; the talks do not take place
        ("Iran boycotted the talks with Israel.", "en", ("Iran", "protests", "Israel", False)),
        ("Iran boycotted the talks with Israel.", "en", ("Iran", "consults", "Israel", True)),
        ("Iran boycotte de gesprekken met Israël.", "nl", ("Iran", "protests", "Israel", False)),
        ("Iran boycotte de gesprekken met Israël.", "nl", ("Iran", "consults", "Israel", True)),
    ],
)
def test_extract_threats_plans_and_boycotts(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


def test_extract_aid_announced_is_no_threat() -> None:
    assert "threatens" not in _relations("Japan will send aid to Haiti.", "en")


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # force used in a state, with no other target named, is aimed at that state
        ("Israel reimposed blockades in the West Bank.", "en", ("Israel", "coerces", "State of Palestine", False)),
        ("Turkey carried out raids in Iraq.", "en", ("Turkey", "attacks", "Iraq", False)),
        ("Turkije voerde bombardementen uit in Irak.", "nl", ("Turkey", "attacks", "Iraq", False)),
    ],
)
def test_extract_force_aimed_at_a_place(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turkish police carried out raids in Turkey.", "en"),  # a place in one's own state is no target
        ("Britain condemned the barrel bomb attacks in Syria.", "en"),  # the condemner is not the attacker
        ("Groot-Brittannië veroordeelde de aanvallen in Syrië.", "nl"),
    ],
)
def test_extract_force_in_a_place_needs_a_foreign_place_and_a_doer(text: str, lang: str) -> None:
    assert not any(rel in ("attacks", "coerces") for _, rel, _, _ in _claims(text, lang))
