"""English patterns added while scoring on PLOVER: sentence -> claims (own sentences)."""

from __future__ import annotations

import pytest

from kg.extract import extract_claims
from kg.model import Article
from kg.nlp import nlp_for


def _claims(text: str) -> set[tuple[str, str, str, bool]]:
    if not nlp_for("en")[1].parsed:
        pytest.skip("no English parser installed")
    out = set()
    for r in extract_claims([Article.from_text(text, language="en")]):
        out |= {(c.subject.actor.label, c.relation, c.object.actor.label, c.negated) for c in r.claims}
    return out


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # title chain: the person is provisional (not in the data); the claim is his
        (
            "Zimbabwean Prime Minister Robert Mugabe accused the United States of lying.",
            ("Robert Mugabe", "criticizes", "United States", False),
        ),
        # coordinated adjectives give one actor each: each state's officials
        (
            "Senior Chilean and Peruvian officials agreed to cooperate.",
            ("Chile (officials)", "cooperates_with", "Peru (officials)", False),
        ),
        # subject through an adjectival predicate
        ("France is ready to send troops to Mali.", ("France", "cooperates_with", "Mali", False)),
        # a threat to act is a threat
        ("Iran threatened to shell Iraqi towns.", ("Iran", "threatens", "Iraq", False)),
        # demand content clause
        ("Spain demanded that Morocco release the fishermen.", ("Spain", "demands", "Morocco", False)),
        # "said ... must"
        ("Russia said Ukraine must return the helicopter.", ("Russia", "demands", "Ukraine", False)),
        # calling off an event negates it
        ("A French minister cancelled a visit to Haiti.", ("France", "consults", "Haiti", True)),
    ],
)
def test_extract_en_pattern(text: str, claim: tuple[str, str, str, bool]) -> None:
    assert claim in _claims(text)


def test_extract_en_demanded_event_is_not_claimed() -> None:
    claims = _claims("Kenya demanded the withdrawal of Ugandan forces from Somalia.")
    assert ("Kenya", "demands", "Uganda (military)", False) in claims
    assert not any(rel == "yields_to" for _, rel, _, _ in claims)


def test_extract_en_threat_is_not_an_attack() -> None:
    assert not any(rel == "attacks" for _, rel, _, _ in _claims("Iran threatened to shell Iraqi towns."))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # verbal endorsement is diplomatic cooperation (CAMEO 051/052) ...
        ("Portugal will support Turkey in its bid.", ("Portugal", "cooperates_with", "Turkey", False)),
        ("Cuba defended Venezuela against the criticism.", ("Cuba", "cooperates_with", "Venezuela", False)),
        # ... support that names goods or force is material (CAMEO 07)
        ("Germany backed Ukraine with weapons.", ("Germany", "supports", "Ukraine", False)),
        ("The EU gave financial support to Ukraine.", ("European Union", "supports", "Ukraine", False)),
    ],
)
def test_extract_en_endorsement_versus_material_support(text: str, claim: tuple[str, str, str, bool]) -> None:
    assert claim in _claims(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a subject pronoun takes the nearest earlier subject it can stand for
        ("Hungary has said it will condemn Serbia.", ("Hungary", "criticizes", "Serbia", False)),
        ("Iran denied the report. It also threatened Iraq.", ("Iran", "threatens", "Iraq", False)),
        ("Erdogan met Putin. He later criticized Greece.", ("Recep Tayyip Erdoğan", "criticizes", "Greece", False)),
        # stopped aid is a sanction (CAMEO 162); an act under "unless" is an ultimatum (13)
        ("Japan halted economic aid to Serbia.", ("Japan", "sanctions", "Serbia", False)),
        (
            "Nigeria will withdraw its troops from Chad unless Chad signs a ceasefire.",
            ("Nigeria", "threatens", "Chad", False),
        ),
    ],
)
def test_extract_en_pronouns_and_reframed_events(text: str, claim: tuple[str, str, str, bool]) -> None:
    assert claim in _claims(text)


def test_extract_en_pronoun_needs_a_compatible_antecedent() -> None:
    # "he" cannot stand for a state: no claim from the second sentence
    assert not any(rel == "criticizes" for _, rel, _, _ in _claims("Iran met Iraq. He later criticized Greece."))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # coordinated subjects of a mutual nominal event are each other's partners
        ("Egypt and Jordan renewed negotiations on water rights.", ("Egypt", "consults", "Jordan", False)),
        ("Egypt and Jordan renewed negotiations on water rights.", ("Jordan", "consults", "Egypt", False)),
        # ties are an event when built or cut
        ("Sri Lanka established diplomatic ties with Iran.", ("Sri Lanka", "cooperates_with", "Iran", False)),
        (
            "Argentina and Brazil upgraded their diplomatic relations.",
            ("Argentina", "cooperates_with", "Brazil", False),
        ),
        ("Venezuela cut ties with Colombia.", ("Venezuela", "sanctions", "Colombia", False)),
        ("Ghana threatened to break off relations with Togo.", ("Ghana", "threatens", "Togo", False)),
        # refusing a deed toward Y rejects Y, and the deed stays negated
        ("Austria refused to meet Hungary's foreign minister.", ("Austria", "rejects", "Hungary", False)),
        ("Austria refused to meet Hungary's foreign minister.", ("Austria", "consults", "Hungary", True)),
        # "to" labelled dative ("sent troops to Syria")
        ("Turkey declined to send troops to Syria.", ("Turkey", "rejects", "Syria", False)),
        # complaint about an agent's deed criticises the agent
        (
            "Lebanon complained to the United Nations about Israeli air raids.",
            ("Lebanon", "criticizes", "Israel", False),
        ),
        # more speech verbs carry "... must"
        (
            "A senior Japanese minister reiterated that China must release the fishermen.",
            ("Japan", "demands", "People's Republic of China", False),
        ),
        # the possessive of an object noun under a support verb is the subject
        ("Israel mounted its invasion of Lebanon.", ("Israel", "attacks", "Lebanon", False)),
        # extradition is judicial cooperation with the receiving state (CAMEO 063), not with the suspect
        ("Zambia extradited a suspect to Britain.", ("Zambia", "cooperates_with", "United Kingdom", False)),
        # a threat to impose restrictions
        ("France threatened to impose restrictions on German imports.", ("France", "threatens", "Germany", False)),
    ],
)
def test_extract_en_mutual_ties_refusal(text: str, claim: tuple[str, str, str, bool]) -> None:
    assert claim in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Relations between India and Pakistan remain tense.",  # a state of affairs, not an event
        "The European Union lifted sanctions on Iran.",  # lifting is yielding, not sanctioning
    ],
)
def test_extract_en_no_cooperation_or_sanction_claimed(text: str) -> None:
    assert not any(rel in ("cooperates_with", "sanctions") for _, rel, _, _ in _claims(text))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Egypt offered its mediators to Sudan.", "en", ("Egypt", "cooperates_with", "Sudan")),
        ("Norway handed over the suspects to Sweden.", "en", ("Norway", "yields_to", "Sweden")),
        ("Israel evacuated its outposts in Lebanon.", "en", ("Israel", "yields_to", "Lebanon")),
        ("Frankrijk biedt Mali hulp aan bij de wederopbouw.", "nl", ("France", "cooperates_with", "Mali")),
        ("Japan shared intelligence with South Korea.", "en", ("Japan", "cooperates_with", "South Korea")),
        ("Nederland wisselt informatie uit met België.", "nl", ("Netherlands", "cooperates_with", "Belgium")),
        ("Duitsland verwelkomt het besluit van Frankrijk.", "nl", ("Germany", "cooperates_with", "France")),
    ],
)
def test_extract_offers_handovers_and_evacuations(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    [result] = list(extract_claims([Article.from_text(text, language=lang)]))
    got = {(c.subject.actor.label, c.relation, c.object.actor.label) for c in result.claims}
    assert expected in got, got


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # the other side named only inside the threatened, accepted or refused deed
        (
            "Iran threatened to cut off gas supplies to Turkey over unpaid bills.",
            ("Iran", "threatens", "Turkey", False),
        ),
        ("The Senate agreed to lift sanctions on Cuba.", ("Senate", "cooperates_with", "Cuba", False)),
        ("Pakistan refused to send troops to Yemen.", ("Pakistan", "rejects", "Yemen", False)),
        # the condition of a threat names who is threatened
        (
            "Russia threatened to halt the talks if the United States deploys new missiles in Europe.",
            ("Russia", "threatens", "United States", False),
        ),
        # a mediator talks to each side; the sides do not meet
        ("Qatar launched a mediation effort between Israel and Hamas.", ("Qatar", "consults", "Israel", False)),
        ("Qatar launched a mediation effort between Israel and Hamas.", ("Qatar", "consults", "Hamas", False)),
        # borders and embassies are events when closed or opened
        ("Russia closed its border with Georgia.", ("Russia", "sanctions", "Georgia", False)),
        ("Sri Lanka opened an embassy in Tehran.", ("Sri Lanka", "cooperates_with", "Iran", False)),
        # a leader's arrival in a capital is a visit
        (
            "The Kenyan president arrived in Beijing for a state visit.",
            ("Kenya (president)", "consults", "People's Republic of China", False),
        ),
        # summoning an envoy and lodging a protest are official complaints
        ("Turkey summoned the Dutch ambassador on Monday.", ("Turkey", "criticizes", "Netherlands (officials)", False)),
        ("Chile filed a formal protest with Bolivia on Monday.", ("Chile", "criticizes", "Bolivia", False)),
        # violence against people and property
        (
            "Israeli bulldozers demolished Palestinian homes in Rafah.",
            ("Israel", "coerces", "State of Palestine", False),
        ),
        (
            "Palestinian riots against Israeli police continued on Sunday.",
            ("State of Palestine", "protests", "Israel (police)", False),
        ),
    ],
)
def test_extract_en_deeds_mediation_borders_visits(text: str, claim: tuple[str, str, str, bool]) -> None:
    assert claim in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar launched a mediation effort between Israel and Hamas.",  # not Israel <-> Hamas
        "Nepalese peacekeepers reached South Sudan last week.",  # a deployment, not a visit
        "The border with Georgia runs through the mountains.",  # a place, not an event
    ],
)
def test_extract_en_no_false_mediation_visit_or_border(text: str) -> None:
    claims = _claims(text)
    assert not any(s == "Israel" and o == "Hamas" for s, _, o, _ in claims)
    assert not any(rel in ("consults", "sanctions") and s != "Qatar" for s, rel, _, _ in claims)


def test_extract_en_surname_after_another_first_name_is_not_the_known_person() -> None:
    # (the deed, not a request for it: "asked Zelensky to investigate" claims no investigation)
    claims = _claims("Zelensky investigated Joe Biden and his son, Hunter Biden.")
    assert ("Volodymyr Zelensky", "investigates", "Joe Biden", False) in claims
    assert ("Volodymyr Zelensky", "investigates", "Hunter Biden", False) in claims
    # a title before the surname keeps the known person
    assert ("Joe Biden", "consults", "Xi Jinping", False) in _claims("President Biden met Chinese leader Xi Jinping.")


@pytest.mark.parametrize(
    "text",
    [
        "Emily Carter met officers Antoine Dubois and Nicolas Martin at a pub.",  # private persons kg does not know
        "President Trump withdrew the United States from the agreement.",  # a leader and his own state
    ],
)
def test_extract_en_no_claim_without_geopolitical_actors(text: str) -> None:
    claims = _claims(text)
    assert not any(s == "Emily Carter" for s, _, _, _ in claims)
    assert not any(s == "Donald Trump" and o == "United States" for s, _, o, _ in claims)


@pytest.mark.parametrize(
    "text",
    [
        "The plan is supported by France and Germany.",  # passive agents are not partners of each other
        "Bloomberg reported that Germany and France met in Paris.",  # a news agency is never an actor
    ],
)
def test_extract_en_no_partners_from_passive_agents_or_agencies(text: str) -> None:
    claims = _claims(text)
    assert not any("Bloomberg" in s or "Bloomberg" in o for s, _, o, _ in claims)
    if "supported" in text:
        assert not claims


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Biden attacked Trump for the tweet.", ("Joe Biden", "criticizes", "Donald Trump", False)),
        ("Democrats attacked Trump on his taxes.", ("Democratic Party", "criticizes", "Donald Trump", False)),
        ("Russia attacked Ukraine on Monday.", ("Russia", "attacks", "Ukraine", False)),
    ],
)
def test_extract_en_verbal_attacks_are_criticism(text: str, claim: tuple[str, str, str, bool]) -> None:
    claims = _claims(text)
    assert claim in claims
    assert len({rel for _, rel, _, _ in claims}) == 1


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The EU wants Hungary to lift its veto.", ("European Union", "demands", "Hungary", False)),
        ("India and Pakistan exchanged fire along the border.", ("India", "attacks", "Pakistan", False)),
        ("India and Pakistan exchanged fire along the border.", ("Pakistan", "attacks", "India", False)),
    ],
)
def test_extract_en_wants_and_exchanged_fire(text: str, claim: tuple[str, str, str, bool]) -> None:
    assert claim in _claims(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Ukraine received weapons from the United States.", ("United States", "supports", "Ukraine", False)),
        (
            "President Macron received the Chinese president in Paris.",
            ("Emmanuel Macron", "consults", "People's Republic of China (president)", False),
        ),
    ],
)
def test_extract_en_receiving_aid_or_a_visitor(text: str, claim: tuple[str, str, str, bool]) -> None:
    claims = _claims(text)
    assert claim in claims
    assert not any(rel == "consults" and s == "Ukraine" for s, rel, _, _ in claims)  # receiving arms is no meeting


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Morocco will host a meeting between Israel and Egypt.", ("Morocco", "consults", "Israel", False)),
        ("Morocco will host a meeting between Israel and Egypt.", ("Morocco", "consults", "Egypt", False)),
        ("Iran allowed the return of UN inspectors.", ("Iran", "yields_to", "United Nations", False)),
    ],
)
def test_extract_en_hosting_and_allowing(text: str, claim: tuple[str, str, str, bool]) -> None:
    claims = _claims(text)
    assert claim in claims
    assert ("Israel", "consults", "Egypt", False) not in claims  # the host meets each side


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Vietnamese-led forces have retaken a village in Cambodia.", ("Vietnam", "coerces", "Cambodia", False)),
        (
            "The Israeli army forced out Palestinian families from their homes.",
            ("Israel Defense Forces", "coerces", "State of Palestine", False),
        ),
    ],
)
def test_extract_en_led_forces_and_forced_out(text: str, claim: tuple[str, str, str, bool]) -> None:
    assert claim in _claims(text)


def test_extract_en_backed_forces_are_not_their_backer() -> None:
    assert not any(s == "Iran" for s, _, _, _ in _claims("Iranian-backed militias attacked US bases in Iraq."))


def test_extract_en_denied_clause_is_negated() -> None:
    assert ("Israel", "attacks", "Iran", True) in _claims("Israel denied that it attacked Iran.")


def test_extract_en_rejected_proposal_names_its_maker() -> None:
    assert ("Pakistan", "rejects", "Afghanistan", False) in _claims("Pakistan rejected a fresh offer from Afghanistan.")


def test_extract_en_refused_deployment_names_where() -> None:
    assert ("Brazil", "rejects", "Haiti", False) in _claims("Brazil has declined to station soldiers in Haiti.")
