"""Dutch pattern families found with development set 6 (benchmarks/data/nl_claims_dev6.tsv):
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


def _relations(claims: set[Claim]) -> set[str]:
    return {rel for _, rel, _, _ in claims}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "De Arabische Liga nam een resolutie aan die Iran oproept zijn milities te ontbinden.",
            ("Arab League", "appeals_to", "Iran", False),
        ),
        (
            "De NAVO gaf een slotverklaring uit waarin de Russische raketaanvallen op Oekraïne worden veroordeeld.",
            ("NATO", "criticizes", "Russia", False),
        ),
    ],
)
def test_extract_dutch_adopted_text_acts_for_its_body(text: str, claim: Claim) -> None:
    """ "nam een resolutie aan die Y oproept", "gaf een verklaring uit waarin ... worden veroordeeld": the
    body that adopts or issues the text calls on or condemns; the one called on is no subject."""
    found = _claims(text)
    assert claim in found
    assert (claim[2], claim[0]) not in claim_pairs(found)


def test_extract_dutch_blocked_text_is_not_the_blockers() -> None:
    """Only a text adopted or issued speaks for the body: who blocks it condemns or asks nothing."""
    found = _claims("Rusland blokkeerde een resolutie die Syrië oproept de gifgasaanvallen te laten onderzoeken.")
    assert ("Russia", "Syria") not in claim_pairs(found)


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Rusland heeft zes gevangenen vrijgelaten, onder wie twee Duitse studenten.",
            {("Russia", "yields_to", "Germany", False)},
        ),
        (
            "Vier Arabische landen, onder wie Egypte en Jordanië, hebben Israël opgeroepen de aanvallen te staken.",
            {("Egypt", "appeals_to", "Israel", False), ("Jordan", "appeals_to", "Israel", False)},
        ),
    ],
)
def test_extract_dutch_onder_wie_lists_members(text: str, claims: set[Claim]) -> None:
    """ "gevangenen vrijgelaten, onder wie twee Duitse studenten": those listed are among the released;
    "vier Arabische landen, onder wie Egypte en Jordanië": the members named act for the group."""
    found = _claims(text)
    assert claims <= found
    assert not any(s in ("Israel", "Arab League") for s, _ in claim_pairs(found))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Georgië moet volgens de Europese Unie de omstreden wet intrekken.",
            ("European Union", "demands", "Georgia", False),
        ),
        ("Volgens Londen moet Iran de gevangen tanker vrijgeven.", ("United Kingdom", "demands", "Iran", False)),
    ],
)
def test_extract_dutch_moet_volgens_is_a_demand(text: str, claim: Claim) -> None:
    """ "Y moet volgens X ...": X says Y must, so X demands it of Y; the deed itself is only demanded."""
    found = _claims(text)
    assert claim in found
    assert (claim[2], claim[0]) not in claim_pairs(found)
    assert _relations(found) == {"demands"}


def test_extract_dutch_moet_volgens_receiving_is_no_demand() -> None:
    """ "Y moet volgens X meer hulp krijgen": nothing is asked of Y."""
    assert "demands" not in _relations(_claims("Oekraïne moet volgens Polen veel meer hulp krijgen."))


def test_extract_dutch_deed_charged_wegens_is_not_claimed() -> None:
    """ "X heeft Y aangeklaagd wegens aanvallen op Z": the charge is X's criticism of Y; the attacks are
    only alleged (DESIGN.md: the deed one is accused of is not claimed)."""
    found = _claims("Armenië heeft Azerbeidzjan aangeklaagd wegens aanvallen op Armeense dorpen.")
    assert ("Armenia", "criticizes", "Azerbaijan", False) in found
    assert ("Azerbaijan", "Armenia") not in claim_pairs(found)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Caracas noemde de Amerikaanse marineoefeningen voor de kust 'een provocatie'.",
            ("Venezuela", "criticizes", "United States", False),
        ),
        (
            "Seoel noemde de Japanse uitspraken over de eilanden volstrekt onaanvaardbaar.",
            ("South Korea", "criticizes", "Japan", False),
        ),
    ],
)
def test_extract_dutch_calling_a_deed_a_word_of_blame_criticises(text: str, claim: Claim) -> None:
    """ "noemde de Amerikaanse oefeningen 'een provocatie'": a word of blame for what another did
    criticises its author."""
    found = _claims(text)
    assert claim in found
    assert (claim[2], claim[0]) not in claim_pairs(found)


def test_extract_dutch_calling_without_blame_is_no_criticism() -> None:
    assert "criticizes" not in _relations(_claims("Macron noemde Duitsland een onmisbare partner van Frankrijk."))


def test_extract_dutch_continued_attacks_are_attacks_not_threats() -> None:
    """ "zal de aanvallen voortzetten": the attacks are under way; continuing them is no threat."""
    found = _claims("Oekraïne zal de aanvallen op Russische olie-installaties voortzetten.")
    assert ("Ukraine", "attacks", "Russia", False) in found
    assert "threatens" not in _relations(found)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Soedanese en Tsjadische troepen raakten gisteren slaags bij de grens.", "Sudan", "Chad"),
        ("Eritrese soldaten zijn slaags geraakt met Ethiopische militairen.", "Eritrea", "Ethiopia"),
    ],
)
def test_extract_dutch_slaags_raken_is_fighting_both_ways(text: str, a: str, b: str) -> None:
    found = _claims(text)
    assert {(a, "attacks", b, False), (b, "attacks", a, False)} <= found


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Chili en Argentinië zijn het eens geworden over een gezamenlijke gaspijpleiding.", "Chile", "Argentina"),
        ("Servië is het met Hongarije eens geworden over een nieuwe oliepijpleiding.", "Serbia", "Hungary"),
    ],
)
def test_extract_dutch_het_eens_worden_is_agreement(text: str, a: str, b: str) -> None:
    """ "zijn het eens geworden (met Y) over ...": an agreement, though the parser reads "het" as a passive
    subject."""
    found = _claims(text)
    assert (a, "cooperates_with", b, False) in found or (b, "cooperates_with", a, False) in found
    assert _relations(found) == {"cooperates_with"}


def test_extract_dutch_fighting_on_a_side() -> None:
    """ "vochten aan de zijde van X tegen Y": the fighters help X and fight Y, not X."""
    found = _claims("Iraanse adviseurs vochten aan de zijde van het Syrische leger tegen Islamitische Staat.")
    assert ("Iran", "supports", "Syria", False) in found
    assert ("Iran", "attacks", "Islamic State", False) in found
    assert ("Iran", "attacks", "Syria", False) not in found


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Tijdens zijn bezoek aan Rome sprak de Argentijnse president over handel.",
            ("Argentina", "consults", "Italy", False),
        ),
        (
            "Bij een bezoek aan Madrid heeft de Marokkaanse koning gepleit voor meer samenwerking.",
            ("Morocco", "consults", "Spain", False),
        ),
    ],
)
def test_extract_dutch_visit_in_a_circumstance_phrase_is_the_subjects(text: str, claim: Claim) -> None:
    """ "Tijdens zijn bezoek aan Rome ...", "Bij een bezoek aan Madrid heeft de koning/obj ...": the
    clause's subject visits, also with a possessive pronoun and with the subject parsed as an object."""
    found = _claims(text)
    assert claim in found


def test_extract_dutch_two_capitals_glued_by_en_are_conjuncts() -> None:
    """ "Rome en/flat Athene/flat sloten ...": two known actors the parser glued into one name are two subjects."""
    found = _claims("Boedapest en Belgrado sloten een verdrag over een nieuwe spoorlijn.")
    assert ("Hungary", "cooperates_with", "Serbia", False) in found or (
        "Serbia",
        "cooperates_with",
        "Hungary",
        False,
    ) in found


def test_extract_dutch_unknown_place_with_a_state_adjective() -> None:
    """A place kg does not know, named with a state's adjective ("de Algerijnse Tindouf-vlakte"), stands
    for that state, not for a provisional actor of its own."""
    found = _claims("De Marokkaanse bezetting van de Algerijnse Tindouf-vlakte duurde kort.")
    assert ("Morocco", "coerces", "Algeria", False) in found
    assert {o for _, o in claim_pairs(found)} == {"Algeria"}


def test_extract_dutch_forces_sent_into_anothers_airspace_show_force() -> None:
    found = _claims("Rusland stuurde twee bommenwerpers het Japanse luchtruim in.")
    assert ("Russia", "mobilizes_against", "Japan", False) in found
    assert "supports" not in _relations(found)


def test_extract_dutch_blocked_vessel_is_a_blockade_not_a_veto() -> None:
    found = _claims("De Iraanse marine blokkeerde een Brits vrachtschip in de Straat van Hormuz.")
    assert ("Iran", "coerces", "United Kingdom", False) in found
    assert "rejects" not in _relations(found)


def test_extract_dutch_stance_negated_leaves_the_deed_standing() -> None:
    """ "erkent de annexatie niet", "veroordeelde de aanval niet": the stance is negated, the deed is not."""
    found = _claims("Servië veroordeelde de Russische aanval op Kyiv niet.")
    assert ("Serbia", "criticizes", "Russia", True) in found
    assert ("Russia", "attacks", "Ukraine", False) in found


def test_extract_dutch_object_after_a_conditional_mark_belongs_to_the_condition() -> None:
    """ "dreigde met vergelding als Bahrein Amerikaanse gevechtsvliegtuigen/obj toelaat": the parser hung the
    condition's object on the threat; the threat is aimed at the condition's subject."""
    found = _claims("Iran dreigde met vergelding als Bahrein Amerikaanse gevechtsvliegtuigen toelaat.")
    assert ("Iran", "threatens", "Bahrain", False) in found
    assert ("Iran", "threatens", "United States", False) not in found
