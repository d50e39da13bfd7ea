"""Pattern families added for PLOVER recall (issue #5): sentence -> claim, English and Dutch.

Own sentences, written for these tests; each family is stated in general terms in
kg/extract/dependency.py (dependency shapes) or kg/extract/cues/*.tsv (cue words).
"""

from __future__ import annotations

import pytest

from .conftest import LabelledClaim as Claim
from .conftest import labelled_claims as _claims


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # a subject inherited through four governing words (defend, help, send, willing)
        (
            "Canada is willing to send troops to help defend Latvia.",
            "en",
            ("Canada", "cooperates_with", "Latvia", False),
        ),
        (
            "Canada is bereid troepen te sturen om Letland te helpen verdedigen.",
            "nl",
            ("Canada", "supports", "Latvia", False),
        ),
        # a name labelled nmod before its noun modifies it like an adjective
        (
            "European Union foreign ministers agreed to provide 50 million euros of aid for Moldova.",
            "en",
            ("European Union", "cooperates_with", "Moldova", False),
        ),
        # a threat's own places are not its target; the condition's subject is
        (
            "Turkey threatened to ban rallies in Ankara if Germany hosted the opposition.",
            "en",
            ("Turkey", "threatens", "Germany", False),
        ),
        (
            "Turkije dreigde betogingen in Ankara te verbieden als Duitsland de oppositie ontvangt.",
            "nl",
            ("Turkey", "threatens", "Germany", False),
        ),
        # a stance stated with a participle: "is opposed to", "is gekant tegen" (CAMEO 12)
        (
            "Greece is opposed to Turkish mediation in the talks with Cyprus.",
            "en",
            ("Greece", "rejects", "Turkey", False),
        ),
        # parsed as a passive without agent: the subject holds the stance
        ("Japan is allied with the United States.", "en", ("Japan", "cooperates_with", "United States", False)),
        ("Japan is not allied with the United States.", "en", ("Japan", "cooperates_with", "United States", True)),
        (
            "Hungary is not opposed to Ukrainian membership of the alliance.",
            "en",
            ("Hungary", "rejects", "Ukraine", True),
        ),
        (
            "Hongarije is gekant tegen Oekraïens lidmaatschap van de NAVO.",
            "nl",
            ("Hungary", "rejects", "Ukraine", False),
        ),
        ("Hongarije is niet gekant tegen Oekraïens lidmaatschap.", "nl", ("Hungary", "rejects", "Ukraine", True)),
    ],
)
def test_extract_family_subjects_threats_stances(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # calling off a cooperative event: the event is negated, relations are reduced (CAMEO 16)
        ("Egypt suspended talks with Israel.", "en", ("Egypt", "consults", "Israel", True)),
        ("Egypt suspended talks with Israel.", "en", ("Egypt", "sanctions", "Israel", False)),
        ("Egypte schortte de onderhandelingen met Israël op.", "nl", ("Egypt", "sanctions", "Israel", False)),
        ("Egypte schortte de onderhandelingen met Israël op.", "nl", ("Egypt", "consults", "Israel", True)),
        ("Frankrijk heeft een bezoek aan Haïti afgezegd.", "nl", ("France", "sanctions", "Haiti", False)),
        ("Egypt did not cancel the visit to Qatar.", "en", ("Egypt", "sanctions", "Qatar", True)),
        # the thing called off may be carried by "part of" or by a noun ("the suspension of ...")
        (
            "Japan suspended part of its military aid programme for Serbia.",
            "en",
            ("Japan", "sanctions", "Serbia", False),
        ),
        ("Japan schortte een deel van de militaire hulp aan Servië op.", "nl", ("Japan", "sanctions", "Serbia", False)),
        (
            "Morocco announced a suspension of trade links with Algeria.",
            "en",
            ("Morocco", "sanctions", "Algeria", False),
        ),
    ],
)
def test_extract_family_calling_off(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


def test_extract_family_halted_aid_is_no_aid() -> None:
    claims = _claims("Japan schortte een deel van de militaire hulp aan Servië op.", "nl")
    assert ("Japan", "supports", "Serbia", False) not in claims


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # sending inspectors, or sending to investigate, is an inquiry (CAMEO 09), not aid
        (
            "The OSCE sent observers to Georgia.",
            "en",
            ("Organization for Security and Co-operation in Europe", "investigates", "Georgia", False),
        ),
        ("France sent a team to Iraq to investigate the attack.", "en", ("France", "investigates", "Iraq", False)),
        (
            "De OVSE stuurt waarnemers naar Georgië.",
            "nl",
            ("Organization for Security and Co-operation in Europe", "investigates", "Georgia", False),
        ),
        (
            "Nederland stuurt een team naar Irak om de aanval te onderzoeken.",
            "nl",
            ("Netherlands", "investigates", "Iraq", False),
        ),
        # reinforcing one's forces in or near a state is a show of force (CAMEO 152)
        ("Russia reinforced its troops near Ukraine.", "en", ("Russia", "mobilizes_against", "Ukraine", False)),
        ("Russia did not reinforce its troops in Belarus.", "en", ("Russia", "mobilizes_against", "Belarus", True)),
        (
            "Rusland heeft zijn militaire aanwezigheid in Wit-Rusland opgevoerd.",
            "nl",
            ("Russia", "mobilizes_against", "Belarus", False),
        ),
        # peacekeepers arriving provide peacekeeping (CAMEO 074); a minister arriving visits
        ("The first German peacekeepers arrived in Lebanon.", "en", ("Germany", "supports", "Lebanon", False)),
        ("Duitse blauwhelmen zijn in Libanon aangekomen.", "nl", ("Germany", "supports", "Lebanon", False)),
        ("De Duitse minister is in Libanon aangekomen.", "nl", ("Germany", "consults", "Lebanon", False)),
    ],
)
def test_extract_family_inquiries_and_forces(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("France sent troops to Mali.", "en"),
        ("Russia strengthened its ties with China.", "en"),
        ("Rusland versterkt Wit-Rusland.", "nl"),
        ("Duitse troepen zijn in Libanon aangekomen.", "nl"),
    ],
)
def test_extract_family_no_inquiry_or_show_of_force(text: str, lang: str) -> None:
    assert not any(rel in ("investigates", "mobilizes_against") for _, rel, _, _ in _claims(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # a light verb with its object names the deed (cue rows "set fire", "vuur openen")
        (
            "Israeli soldiers opened fire on Lebanese troops.",
            "en",
            ("Israel Defense Forces", "attacks", "Lebanese Armed Forces", False),
        ),
        (
            "Israeli soldiers did not open fire on Lebanese troops.",
            "en",
            ("Israel Defense Forces", "attacks", "Lebanese Armed Forces", True),
        ),
        (
            "Israëlische soldaten openden het vuur op Libanese militairen.",
            "nl",
            ("Israel Defense Forces", "attacks", "Lebanese Armed Forces", False),
        ),
        ("Serbian militias set fire to Albanian homes.", "en", ("Serbia (militia)", "coerces", "Albania", False)),
        (
            "Israëlische kolonisten stichtten brand in Palestijnse kantoren.",
            "nl",
            ("Israel (settlers)", "coerces", "State of Palestine", False),
        ),
    ],
)
def test_extract_family_light_verbs(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # an object displaced behind "as ...": "denounced as a crime X's suppression of ..."
        (
            "Albania denounced as a crime Serbia's crackdown on the protesters.",
            "en",
            ("Albania", "criticizes", "Serbia", False),
        ),
        # joint exercises of coordinated actors are military cooperation (CAMEO 062)
        (
            "Greek and Cypriot warships began five days of war games.",
            "en",
            ("Greece", "cooperates_with", "Cyprus", False),
        ),
        (
            "China held joint naval drills with Russia.",
            "en",
            ("People's Republic of China", "cooperates_with", "Russia", False),
        ),
        # coordinated premodifiers each name an actor ("U.S. and Russian negotiators")
        (
            "U.S. and Russian negotiators returned to Geneva for talks.",
            "en",
            ("United States", "consults", "Russia", False),
        ),
    ],
)
def test_extract_family_displaced_objects_and_joint_events(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


@pytest.mark.parametrize("text", ["Russia held military exercises near Ukraine.", "Iran and Iraq fought a long war."])
def test_extract_family_no_joint_exercise(text: str) -> None:
    claims = _claims(text, "en")
    assert not any(rel == "cooperates_with" for _, rel, _, _ in claims)


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # "up to 12 X" misread as particle and preposition is still the object
        (
            "Syrian rebels kidnapped up to 12 Lebanese soldiers.",
            "en",
            ("Syria (rebels)", "attacks", "Lebanese Armed Forces", False),
        ),
        # the target of an event noun may hang on what it moves
        ("Russia speeded up the withdrawal of its troops from Syria.", "en", ("Russia", "yields_to", "Syria", False)),
        (
            "Rusland versnelt de terugtrekking van zijn troepen uit Syrië.",
            "nl",
            ("Russia", "yields_to", "Syria", False),
        ),
        (
            "The Netherlands approved the delivery of fighter jets to Ukraine.",
            "en",
            ("Netherlands", "supports", "Ukraine", False),
        ),
        # a rejected proposal names the other side through the deed it proposes
        ("Japan rejected a call for its troops to be deployed in Iraq.", "en", ("Japan", "rejects", "Iraq", False)),
        ("Japan wees een plan af om troepen in Irak te stationeren.", "nl", ("Japan", "rejects", "Iraq", False)),
    ],
)
def test_extract_family_quantities_moved_things_proposals(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # withdrawing a civilian presence reduces relations (CAMEO 166); withdrawing an army is a retreat (087)
        ("The Netherlands withdrew its ambassador from Turkey.", "en", ("Netherlands", "sanctions", "Turkey", False)),
        ("Nederland trok zijn ambassadeur uit Turkije terug.", "nl", ("Netherlands", "sanctions", "Turkey", False)),
        ("Russia withdrew its troops from Syria.", "en", ("Russia", "yields_to", "Syria", False)),
        ("Rusland trok zijn troepen uit Syrië terug.", "nl", ("Russia", "yields_to", "Syria", False)),
    ],
)
def test_extract_family_withdrawn_presence(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # pushing or lobbying for another's deed is a demand of it (CAMEO 10)
        (
            "Britain is pushing hard for the United States to back the plan.",
            "en",
            ("United Kingdom", "demands", "United States", False),
        ),
        ("Germany did not push for Iran to stop.", "en", ("Germany", "demands", "Iran", True)),
        (
            "Het VK lobbyt ervoor dat de VS het plan steunen.",
            "nl",
            ("United Kingdom", "demands", "United States", False),
        ),
        # a message whose content says what another must do
        ("Germany sent Iran a warning that it must stop enrichment.", "en", ("Germany", "demands", "Iran", False)),
        ("France issued a reminder to Iraq that it must cooperate.", "en", ("France", "demands", "Iraq", False)),
        (
            "Duitsland stuurde Iran een waarschuwing dat het de verrijking moet staken.",
            "nl",
            ("Germany", "demands", "Iran", False),
        ),
        # paying compensation is a concession (CAMEO 08)
        ("Germany paid reparations to Poland.", "en", ("Germany", "yields_to", "Poland", False)),
        ("Duitsland heeft schadevergoeding betaald aan Polen.", "nl", ("Germany", "yields_to", "Poland", False)),
    ],
)
def test_extract_family_pushing_messages_compensation(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # ties cut by coordinated subjects are cut by each side
        ("Qatar and Bahrain cut their diplomatic ties.", "en", ("Bahrain", "sanctions", "Qatar", False)),
        ("Qatar en Bahrein verbraken hun diplomatieke banden.", "nl", ("Qatar", "sanctions", "Bahrain", False)),
        # strikes that fell in a state, with no object named
        ("Israel struck in Syria overnight.", "en", ("Israel", "attacks", "Syria", False)),
        ("Rusland heeft opnieuw in Oekraïne gebombardeerd.", "nl", ("Russia", "attacks", "Ukraine", False)),
        # a time phrase passes its prepositional phrases on to the verb
        ("De Franse president reist donderdag naar Japan.", "nl", ("France (president)", "consults", "Japan", False)),
    ],
)
def test_extract_family_mutual_ties_places_time_phrases(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # a threatened deed names its other side under "from"/"uit", also in a Dutch "te" clause
        ("The EU threatened to ban imports from Belarus.", "en", ("European Union", "threatens", "Belarus", False)),
        (
            "De EU dreigde de invoer uit Wit-Rusland te verbieden.",
            "nl",
            ("European Union", "threatens", "Belarus", False),
        ),
        # a call for another to act (the noun; "oproep aan" was already a cue)
        ("France renewed its call for Iran to release the prisoners.", "en", ("France", "appeals_to", "Iran", False)),
        (
            "Frankrijk herhaalde zijn oproep aan Iran om de gevangenen vrij te laten.",
            "nl",
            ("France", "appeals_to", "Iran", False),
        ),
    ],
)
def test_extract_family_threatened_deeds_and_calls(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


def test_extract_family_call_for_a_thing_names_no_actor() -> None:
    assert not _claims("The call for a ceasefire in Gaza was ignored by Israel.", "en")


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # a deed demanded, urged or qualified by "must" is not claimed as done ...
        ("Russia urged Iran to attack Israel.", "en", ("Iran", "attacks", "Israel", False)),
        (
            "Spain demanded that Morocco release the fishermen of Portugal.",
            "en",
            ("Morocco", "yields_to", "Portugal", False),
        ),
        ("Iran must stop its attacks on Israel.", "en", ("Iran", "attacks", "Israel", False)),
        (
            "Egypt said the United States must be ready to mediate between Israel and Hamas.",
            "en",
            ("United States", "consults", "Israel", False),
        ),
        (
            "The ILO repeated its demand that Israel ease restrictions on Palestinian workers.",
            "en",
            ("Israel", "yields_to", "State of Palestine", False),
        ),
        (
            "De VS eisen dat Israël de blokkade van Gaza opheft.",
            "nl",
            ("Israel", "yields_to", "State of Palestine", False),
        ),
    ],
)
def test_extract_family_demanded_deed_is_not_claimed(text: str, lang: str, absent: Claim) -> None:
    assert absent not in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # ... while the demand itself is, also from a demand noun's content clause
        ("Russia urged Iran to attack Israel.", "en", ("Russia", "appeals_to", "Iran", False)),
        (
            "The United Nations repeated its demand that Israel ease restrictions on Palestinian workers.",
            "en",
            ("United Nations", "demands", "Israel", False),
        ),
        (
            "De VN herhaalden hun eis dat Israël de blokkade opheft.",
            "nl",
            ("United Nations", "demands", "Israel", False),
        ),
    ],
)
def test_extract_family_demand_is_claimed(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # meeting demands is a concession, not a meeting
        ("Israel met Egypt's demands.", "en", ("Israel", "yields_to", "Egypt", False)),
        # a promised deed said not to happen is a refusal (CAMEO 12)
        ("Israel would not meet Egypt's demands.", "en", ("Israel", "rejects", "Egypt", False)),
        ("Japan will not send troops to Iraq.", "en", ("Japan", "rejects", "Iraq", False)),
        ("Japan zal geen troepen naar Irak sturen.", "nl", ("Japan", "rejects", "Iraq", False)),
        # "no"/"geen" on the object negates the deed
        ("Japan stuurt geen troepen naar Irak.", "nl", ("Japan", "supports", "Iraq", True)),
        ("Japan sent no troops to Iraq.", "en", ("Japan", "supports", "Iraq", True)),
    ],
)
def test_extract_family_concessions_and_promised_refusals(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


def test_extract_family_promise_is_no_refusal() -> None:
    assert not any(rel == "rejects" for _, rel, _, _ in _claims("Japan will send troops to Iraq.", "en"))


def test_extract_family_phrasal_particle_read_as_preposition() -> None:
    # "out" of "forced X out of the country" parsed as a preposition still makes the phrasal cue
    claims = _claims("Indonesia forced the UN refugee agency out of the country.", "en")
    assert ("Indonesia", "coerces", "United Nations High Commissioner for Refugees", False) in claims


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # an agent phrase between an event noun and its target, read off the surface when the parse fails
        ("De terugtrekking van Rusland uit Syrië verraste analisten.", "nl", ("Russia", "yields_to", "Syria", False)),
        ("De levering van Duitsland aan Oekraïne is vertraagd.", "nl", ("Germany", "supports", "Ukraine", False)),
        ("The withdrawal of Russia from Syria surprised analysts.", "en", ("Russia", "yields_to", "Syria", False)),
    ],
)
def test_extract_family_agent_phrase_before_target(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "claim", "not_claimed"),
    [
        (
            "The minister reaffirmed Danish support for Iraq in the fight against Islamic State.",
            "en",
            ("Iraq", "attacks", "Islamic State", False),
            ("Denmark", "attacks", "Islamic State", False),
        ),
        (
            "Canada reaffirmed its support for Poland in the talks with Russia.",
            "en",
            ("Poland", "consults", "Russia", False),
            ("Canada", "consults", "Russia", False),
        ),
        (
            "Spanje herhaalde zijn steun aan Oekraïne in de oorlog tegen Rusland.",
            "nl",
            ("Ukraine", "attacks", "Russia", False),
            ("Spain", "attacks", "Russia", False),
        ),
    ],
)
def test_extract_family_the_supported_side_acts(text: str, lang: str, claim: Claim, not_claimed: Claim) -> None:
    """An event hung on a verb whose object is support for Y is Y's event, not the supporter's."""
    claims = _claims(text, lang)
    assert claim in claims
    assert not_claimed not in claims
