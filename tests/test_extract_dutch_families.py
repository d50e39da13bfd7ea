"""Dutch pattern families found by the held-out set (benchmarks/data/nl_claims_heldout.tsv, now a
development set): sentence -> claim, with English where English has the construction.

Own sentences, written for these tests and not taken from that set, so that they show each family
in general terms (kg/extract/dependency.py, kg/extract/cues/*.tsv).
"""

from __future__ import annotations

import pytest

from .conftest import state_claims

Claim = tuple[str, str, str, bool]


def _claims(text: str, lang: str) -> set[Claim]:
    return state_claims(text, lang)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a one-word time adverbial in first position is neither subject nor object
        ("Donderdagavond viel Rusland Oekraïense steden opnieuw aan.", ("Russia", "attacks", "Ukraine", False)),
        ("Zaterdagnacht vuurde Noord-Korea twee raketten af op Japan.", ("North Korea", "attacks", "Japan", False)),
        ("Gisteravond ontmoette Macron de Chinese president Xi.", ("Emmanuel Macron", "consults", "Xi Jinping", False)),
        (
            "Maandagochtend heeft Japan China scherp veroordeeld.",
            ("Japan", "criticizes", "People's Republic of China", False),
        ),
    ],
)
def test_extract_dutch_fronted_time_word(text: str, claim: Claim) -> None:
    assert claim in _claims(text, "nl")


@pytest.mark.parametrize(
    ("text", "lang", "claims"),
    [
        # a reciprocal beside an event noun: the coordinated subjects do it to each other
        (
            "De VS en China hebben elkaar nieuwe importheffingen opgelegd.",
            "nl",
            {
                ("United States", "sanctions", "People's Republic of China", False),
                ("People's Republic of China", "sanctions", "United States", False),
            },
        ),
        (
            "India and Pakistan launched attacks on each other.",
            "en",
            {("India", "attacks", "Pakistan", False), ("Pakistan", "attacks", "India", False)},
        ),
    ],
)
def test_extract_dutch_reciprocal_event_noun(text: str, lang: str, claims: set[Claim]) -> None:
    assert claims <= _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "claims"),
    [
        # a reciprocal object or prepositional object: each coordinated subject acts on the other
        (
            "Armenië en Azerbeidzjan beschoten elkaar aan de grens.",
            "nl",
            {("Armenia", "attacks", "Azerbaijan", False), ("Azerbaijan", "attacks", "Armenia", False)},
        ),
        (
            "China en Japan veroordeelden elkaar.",
            "nl",
            {
                ("People's Republic of China", "criticizes", "Japan", False),
                ("Japan", "criticizes", "People's Republic of China", False),
            },
        ),
        (
            "Servië en Kosovo hebben niet met elkaar gesproken.",
            "nl",
            {("Serbia", "consults", "Kosovo", True), ("Kosovo", "consults", "Serbia", True)},
        ),
        (
            "India and Pakistan shelled each other across the border.",
            "en",
            {("India", "attacks", "Pakistan", False), ("Pakistan", "attacks", "India", False)},
        ),
        (
            "Iran and Iraq did not attack one another.",
            "en",
            {("Iran", "attacks", "Iraq", True), ("Iraq", "attacks", "Iran", True)},
        ),
    ],
)
def test_extract_dutch_reciprocal_object(text: str, lang: str, claims: set[Claim]) -> None:
    assert claims <= _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # forces sent to or massed at the border with Y, or around Y: a show of force against Y (CAMEO 152)
        (
            "Venezuela heeft militairen samengetrokken bij de grens met Colombia.",
            "nl",
            ("Venezuela", "mobilizes_against", "Colombia", False),
        ),
        (
            "Rusland stuurde bommenwerpers en oorlogsschepen rond Japan.",
            "nl",
            ("Russia", "mobilizes_against", "Japan", False),
        ),
        (
            "Pakistan zal geen soldaten naar de grens met Afghanistan sturen.",
            "nl",
            ("Pakistan", "mobilizes_against", "Afghanistan", True),
        ),
        ("Russia massed troops on the border with Ukraine.", "en", ("Russia", "mobilizes_against", "Ukraine", False)),
        ("Turkey deployed tanks along its border with Syria.", "en", ("Turkey", "mobilizes_against", "Syria", False)),
    ],
)
def test_extract_dutch_forces_at_a_border(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


def test_extract_dutch_forces_sent_to_a_state_are_aid() -> None:
    claims = _claims("Rusland stuurt troepen naar Wit-Rusland.", "nl")
    assert ("Russia", "supports", "Belarus", False) in claims
    assert not any(c[1] == "mobilizes_against" for c in claims)


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # light verbs with a fixed prepositional phrase, and the aan-object of "sancties opleggen"
        (
            "Japan legt nieuwe sancties op aan Noord-Koreaanse banken.",
            "nl",
            ("Japan", "sanctions", "North Korea", False),
        ),
        ("De EU zet Turkije onder druk om de grens te openen.", "nl", ("European Union", "demands", "Turkey", False)),
        ("The EU put pressure on Turkey to open the border.", "en", ("European Union", "demands", "Turkey", False)),
        # weapons used against a target; a detention; an arms package; a trade boycott is an embargo
        ("Syrië heeft gifgas ingezet tegen Turkse soldaten.", "nl", ("Syria", "attacks", "Turkey", False)),
        ("Syria used poison gas against Turkish soldiers.", "en", ("Syria", "attacks", "Turkey", False)),
        ("Rusland heeft een Amerikaanse journalist vastgezet.", "nl", ("Russia", "coerces", "United States", False)),
        (
            "Duitsland heeft een nieuw wapenpakket voor Oekraïne goedgekeurd.",
            "nl",
            ("Germany", "supports", "Ukraine", False),
        ),
        ("Rusland heeft Georgië een importboycot opgelegd.", "nl", ("Russia", "sanctions", "Georgia", False)),
        (
            "China imposed a boycott on Lithuanian goods.",
            "en",
            ("People's Republic of China", "sanctions", "Lithuania", False),
        ),
        # a refused event names the other side
        ("Noord-Korea weigert gesprekken met Zuid-Korea.", "nl", ("North Korea", "rejects", "South Korea", False)),
        ("North Korea rejected talks with South Korea.", "en", ("North Korea", "rejects", "South Korea", False)),
    ],
)
def test_extract_dutch_light_verbs_and_cues(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # advocacy or influence, not weapons
        ("Nederland zet zich in tegen de doodstraf in Iran.", "nl", ("Netherlands", "attacks", "Iran", False)),
        ("De VS zetten hun invloed in tegen Iran.", "nl", ("United States", "attacks", "Iran", False)),
        ("The US used its influence against Iran.", "en", ("United States", "attacks", "Iran", False)),
        # a boycott imposed is no street protest; a deed pressed for is not done
        ("Rusland heeft Georgië een importboycot opgelegd.", "nl", ("Russia", "protests", "Georgia", False)),
        (
            "The EU put pressure on China to lift the export curbs.",
            "en",
            ("European Union", "yields_to", "People's Republic of China", False),
        ),
    ],
)
def test_extract_dutch_light_verbs_no_false_claim(text: str, lang: str, absent: Claim) -> None:
    assert absent not in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "claim", "absent"),
    [
        # the deed one is accused of is not asserted; the accusation is
        (
            "Marokko beschuldigde Algerije van een aanval op een konvooi in Mali.",
            "nl",
            ("Morocco", "criticizes", "Algeria", False),
            ("Morocco", "attacks", "Mali", False),
        ),
        (
            "Pakistan beschuldigt India van aanvallen op Pakistaanse dorpen.",
            "nl",
            ("Pakistan", "criticizes", "India", False),
            ("India", "attacks", "Pakistan", False),
        ),
        (
            "Iran accused Israel of the bombing of a convoy in Syria.",
            "en",
            ("Iran", "criticizes", "Israel", False),
            ("Iran", "attacks", "Syria", False),
        ),
    ],
)
def test_extract_dutch_accused_deed_is_not_claimed(text: str, lang: str, claim: Claim, absent: Claim) -> None:
    claims = _claims(text, lang)
    assert claim in claims
    assert absent not in claims
    assert not any(c[1] == "attacks" for c in claims)


@pytest.mark.parametrize(
    ("text", "lang", "subject", "obj"),
    [
        # aid said not to come is negated aid (and a refusal), not a negated promise to cooperate
        ("Japan zal geen troepen naar Irak sturen.", "nl", "Japan", "Iraq"),
        ("Duitsland zal geen wapens aan Oekraïne leveren.", "nl", "Germany", "Ukraine"),
        ("Britain will not send troops to Bosnia.", "en", "United Kingdom", "Bosnia and Herzegovina"),
    ],
)
def test_extract_dutch_promised_aid_said_not_to_come(text: str, lang: str, subject: str, obj: str) -> None:
    claims = _claims(text, lang)
    assert (subject, "supports", obj, True) in claims
    assert (subject, "rejects", obj, False) in claims
    assert not any(c[1] == "cooperates_with" for c in claims)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # two known actors glued into one name by the parser: subject and object of the clause
        ("Volgens Kyiv levert Iran Rusland drones.", ("Iran", "supports", "Russia", False)),
        ("Vrijdagochtend veroordeelde Frankrijk Rusland scherp.", ("France", "criticizes", "Russia", False)),
        ("Vorige week viel Rusland Oekraïne aan.", ("Russia", "attacks", "Ukraine", False)),
        ("Woensdagmiddag legde de EU Iran nieuwe sancties op.", ("European Union", "sanctions", "Iran", False)),
        ("Vandaag ontmoet Rutte Zelensky in Kyiv.", ("Mark Rutte", "consults", "Volodymyr Zelensky", False)),
        # a prepositional phrase glued to a name before it
        (
            "Erdogan sprak in Ankara met Zelensky over de graanexport.",
            ("Recep Tayyip Erdoğan", "consults", "Volodymyr Zelensky", False),
        ),
    ],
)
def test_extract_dutch_glued_names(text: str, claim: Claim) -> None:
    assert claim in _claims(text, "nl")


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # a known actor's name tagged as a verb ("het Verenigd/VERB Koninkrijk") still coordinates
        (
            "Italië en het Verenigd Koninkrijk sturen munitie naar Oekraïne.",
            "nl",
            ("United Kingdom", "supports", "Ukraine", False),
        ),
        # a perfect with "hebben" is active even when the parser says passive subject
        ("Koeweit heeft vliegtuigen naar Jemen gestuurd.", "nl", ("Kuwait", "supports", "Yemen", False)),
        # a warning's condition is not what is reported; the one warned is the target
        (
            "Zuid-Korea waarschuwde Noord-Korea en Rusland voor 'zware gevolgen' als de wapenleveringen doorgaan.",
            "nl",
            ("South Korea", "threatens", "Russia", False),
        ),
        (
            "North Korea warned Japan of serious consequences if the drills continue.",
            "en",
            ("North Korea", "threatens", "Japan", False),
        ),
        # a threat's condition names the other side, even with its subject misattached
        ("Rusland dreigt met vergelding als Finland de grens sluit.", "nl", ("Russia", "threatens", "Finland", False)),
        (
            "Turkije dreigt met maatregelen als Griekenland de eilanden bewapent.",
            "nl",
            ("Turkey", "threatens", "Greece", False),
        ),
    ],
)
def test_extract_dutch_parse_repairs_and_conditions(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # protesting at or in front of a state's embassy protests that state
        (
            "Servische demonstranten protesteerden bij de ambassade van Kroatië in Wenen.",
            ("Serbia", "protests", "Croatia", False),
        ),
        (
            "Honderden Griekse betogers demonstreerden voor de ambassade van Turkije.",
            ("Greece", "protests", "Turkey", False),
        ),
        # a particle read as the preposition of an object noun belongs to the verb ("oproepen")
        ("De EU roept Rusland op alle troepen terug te trekken.", ("European Union", "appeals_to", "Russia", False)),
        # the partner of refused talks hung on the verb
        (
            "Servië weigert gesprekken met Kosovo zolang de spanningen aanhouden.",
            ("Serbia", "rejects", "Kosovo", False),
        ),
    ],
)
def test_extract_dutch_embassy_protests_particles_refused_talks(text: str, claim: Claim) -> None:
    assert claim in _claims(text, "nl")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # an event noun tagged ADV or X is still the event
        (
            "Turkije voerde vrijdag droneaanvallen uit op Koerdische strijders in Irak.",
            ("Turkey", "attacks", "Iraq", False),
        ),
        # of two prepositions on one noun the first is the verb's particle ("uit op")
        ("Israël voerde luchtaanvallen uit op doelen in Syrië.", ("Israel", "attacks", "Syria", False)),
    ],
)
def test_extract_dutch_mistagged_event_nouns(text: str, claim: Claim) -> None:
    assert claim in _claims(text, "nl")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # "hebben" parsed as the main verb over a clause-final participle is its auxiliary
        (
            "De Amerikaanse Senaat heeft een wapenpakket voor Taiwan goedgekeurd.",
            ("United States", "supports", "Taiwan", False),
        ),
        # (the participle hung on the last object: "heeft/ROOT Rusland Kyiv aangevallen/acl")
        ("Gisteren heeft Rusland opnieuw Kyiv aangevallen met drones.", ("Russia", "attacks", "Ukraine", False)),
        (
            "Vorige maand had Turkije extra troepen naar de grens met Syrië verplaatst.",
            ("Turkey", "mobilizes_against", "Syria", False),
        ),
        # a threat's condition hung on the threatened thing
        ("Vrijdag dreigde Iran met vergelding als Israël opnieuw aanvalt.", ("Iran", "threatens", "Israel", False)),
        # the particle opening the infinitive clause belongs to "oproepen"
        (
            "Japan roept China op de druk op Taiwan te verminderen.",
            ("Japan", "appeals_to", "People's Republic of China", False),
        ),
    ],
)
def test_extract_dutch_perfects_conditions_particles(text: str, claim: Claim) -> None:
    assert claim in _claims(text, "nl")


@pytest.mark.parametrize(
    ("text", "claim", "not_claimed"),
    [
        (
            "Iran heeft Israël ervan beschuldigd Libanon te willen aanvallen.",
            ("Iran", "criticizes", "Israel", False),
            ("Iran", "attacks", "Lebanon", False),
        ),
        (
            "Venezuela heeft Guyana ervan beschuldigd oorlog te willen.",
            ("Venezuela", "criticizes", "Guyana", False),
            ("Venezuela", "attacks", "Guyana", False),
        ),
    ],
)
def test_dutch_perfect_accusation_is_no_deed(
    text: str, claim: tuple[str, str, str, bool], not_claimed: tuple[str, str, str, bool]
) -> None:
    """ "heeft X ervan beschuldigd ... te ...": the participle the parser reads as an adjective is the main
    verb; the accused deed is not claimed, nor made the accuser's."""
    claims = _claims(text, "nl")
    assert claim in claims
    assert not_claimed not in claims
