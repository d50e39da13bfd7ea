"""Dutch pattern families found by development set 4 (benchmarks/data/nl_claims_dev4.tsv, rows 69-135):
sentence -> claim, with English where English has the construction.

Own sentences, written for these tests and not taken from that set, so that they show each family in
general terms (kg/extract/dependency.py, kg/extract/cues/*.tsv). Actors are compared at state level,
as benchmarks/nl_claims.py does.
"""

from __future__ import annotations

import pytest

from .conftest import parsed_actors, state_claims

Claim = tuple[str, str, str, bool]


def _claims(text: str, lang: str) -> set[Claim]:
    return state_claims(text, lang, persons_by_name=False)


# Coordinated nationality adjectives on an event noun: each conjunct is an agent.
@pytest.mark.parametrize(
    ("text", "lang", "claims"),
    [
        (
            "De Franse en Britse luchtaanvallen op Libische doelen gingen de hele nacht door.",
            "nl",
            {("France", "attacks", "Libya", False), ("United Kingdom", "attacks", "Libya", False)},
        ),
        (
            "American and Israeli strikes on Iranian nuclear sites caused heavy damage.",
            "en",
            {("United States", "attacks", "Iran", False), ("Israel", "attacks", "Iran", False)},
        ),
    ],
)
def test_extract_coordinated_adjective_agents(text: str, lang: str, claims: set[Claim]) -> None:
    assert claims <= _claims(text, lang)


# "op verzoek van X", "at the request of X": X asked the subject (appeals_to), and X is not what the
# verb acts on.
@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        (
            "De Verenigde Staten hebben hun ambassadeur teruggeroepen op verzoek van Mexico.",
            "nl",
            ("Mexico", "appeals_to", "United States", False),
        ),
        (
            "Spanje heeft op verzoek van Marokko twee vliegtuigen met bluswater gestuurd.",
            "nl",
            ("Morocco", "appeals_to", "Spain", False),
        ),
        (
            "Kenia trok zijn agenten terug op verzoek van de regering in Port-au-Prince.",
            "nl",
            ("Haiti", "appeals_to", "Kenya", False),
        ),
        (
            "Germany moved two air defence units at the request of the government in Vilnius.",
            "en",
            ("Lithuania", "appeals_to", "Germany", False),
        ),
    ],
)
def test_extract_on_request(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


def test_extract_on_request_names_no_object() -> None:
    # the one who asked is not what the subject sends its soldiers to
    found = _claims("Duitsland stuurde op verzoek van Litouwen extra soldaten naar de Baltische staten.", "nl")
    assert ("Lithuania", "appeals_to", "Germany", False) in found
    assert ("Germany", "supports", "Lithuania", False) not in found
    # an invitation is no appeal
    assert not any(
        c[1] == "appeals_to" for c in _claims("Op uitnodiging van Japan bezocht de Indiase premier Tokio.", "nl")
    )


# A separable particle the parser hung as an adjective on a later noun ("liet ... vrij/amod na een
# bezoek"): it belongs to the main verb ("vrijlaten").
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Iran liet twee Franse gevangenen vrij na een bezoek van een Franse minister aan Teheran.",
            ("Iran", "yields_to", "France", False),
        ),
        (
            "Wit-Rusland liet drie Litouwse burgers vrij na onderhandelingen met Vilnius.",
            ("Belarus", "yields_to", "Lithuania", False),
        ),
    ],
)
def test_extract_stray_adjective_particle(text: str, claim: Claim) -> None:
    assert claim in _claims(text, "nl")


# Support that names goods in a coordination is material: "met voedsel en geld" (any conjunct).
def test_extract_material_support_in_coordination() -> None:
    assert ("France", "supports", "Chad", False) in _claims("Frankrijk steunt Tsjaad met voedsel en geld.", "nl")
    assert ("Norway", "supports", "Ukraine", False) in _claims("Norway backs Ukraine with training and weapons.", "en")
    # words only: an endorsement, not aid
    found = _claims("Frankrijk steunt Tsjaad met woorden en gebaren.", "nl")
    assert ("France", "supports", "Chad", False) not in found


# A state's name inside a water's name ("de Golf van Aden", "the Sea of Japan") is a place, not the
# actor; a conditional threat then reaches the state named in its condition.
@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("De Houthi's hebben in de Golf van Aden een vrachtschip onder vuur genomen.", "nl", "Aden"),
        ("Chinese marineschepen oefenden in de Zee van Japan.", "nl", "Japan"),
        ("Russian bombers flew over the Sea of Japan on Tuesday.", "en", "Japan"),
    ],
)
def test_actors_water_names_are_places(text: str, lang: str, absent: str) -> None:
    assert absent not in parsed_actors(text, lang)


def test_extract_threat_through_water_name() -> None:
    found = _claims("Iran dreigt de Straat van Hormuz te blokkeren als Israël zijn aanvallen hervat.", "nl")
    assert ("Iran", "threatens", "Israel", False) in found
    assert not any("Hormuz" in c[2] for c in found)
    # a state named where it is not in a water's name stays an actor
    assert ("Japan", "criticizes", "People's Republic of China", False) in _claims(
        "Japan veroordeelde China om de oefeningen in de Oost-Chinese Zee.", "nl"
    )


# A demand or appeal that a governing appeal only asks of its addressee is made by nobody yet: "riep
# Y op om Z onder druk te zetten" is X appealing to Y, not X (or Y) demanding of Z.
@pytest.mark.parametrize(
    ("text", "lang", "kept", "dropped"),
    [
        (
            "Polen riep Duitsland op om Rusland onder druk te zetten.",
            "nl",
            ("Poland", "appeals_to", "Germany", False),
            ("Poland", "demands", "Russia", False),
        ),
        (
            "Polen zette Duitsland onder druk om Rusland op te roepen tot een staakt-het-vuren.",
            "nl",
            ("Poland", "demands", "Germany", False),
            ("Poland", "appeals_to", "Russia", False),
        ),
        (
            "The EU called on China to urge Russia to stop the war.",
            "en",
            ("European Union", "appeals_to", "People's Republic of China", False),
            ("European Union", "appeals_to", "Russia", False),
        ),
    ],
)
def test_extract_appeal_asked_of_another(text: str, lang: str, kept: Claim, dropped: Claim) -> None:
    found = _claims(text, lang)
    assert kept in found
    assert dropped not in found


def test_extract_pressure_to_allow_still_claimed() -> None:
    # pressure on the object itself, with what it should do: still a demand of it
    assert ("United States", "demands", "Israel", False) in _claims(
        "De VS zetten Israël onder druk om meer hulp toe te laten.", "nl"
    )


# Forces sent to a state's coast show force against it (CAMEO 152), as at its border; sent to the
# state itself they are aid.
@pytest.mark.parametrize(
    ("text", "lang", "claim", "not_claimed"),
    [
        (
            "Rusland stuurde twee fregatten naar de kust van Noorwegen.",
            "nl",
            ("Russia", "mobilizes_against", "Norway", False),
            ("Russia", "supports", "Norway", False),
        ),
        (
            "The US sent ten warships to the coast of Venezuela.",
            "en",
            ("United States", "mobilizes_against", "Venezuela", False),
            ("United States", "supports", "Venezuela", False),
        ),
    ],
)
def test_extract_forces_to_a_coast(text: str, lang: str, claim: Claim, not_claimed: Claim) -> None:
    found = _claims(text, lang)
    assert claim in found
    assert not_claimed not in found


def test_extract_forces_to_a_state_are_aid() -> None:
    found = _claims("Rusland stuurde twee fregatten naar Venezuela.", "nl")
    assert ("Russia", "supports", "Venezuela", False) in found
    assert ("Russia", "mobilizes_against", "Venezuela", False) not in found


# Parse repairs: a number word read as the head of its noun and of the clause ("drieduizend/obj
# soldaten/nmod"), and a plural weapon noun read as the clause's verb ("raketten/VERB/ROOT ...
# geleverd/acl:relcl").
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Wit-Rusland zou volgens Litouwen nog eens tweeduizend soldaten naar Rusland hebben gestuurd.",
            ("Belarus", "supports", "Russia", False),
        ),
        ("Iran heeft volgens Israël vijftig raketten aan Rusland geleverd.", ("Iran", "supports", "Russia", False)),
        ("Iran heeft geen raketten aan Rusland geleverd.", ("Iran", "supports", "Russia", True)),
    ],
)
def test_extract_numeral_and_weapon_heads(text: str, claim: Claim) -> None:
    assert claim in _claims(text, "nl")


def test_extract_weapons_in_a_relative_clause_keep_their_subject() -> None:
    # the clause's subject is named: no repair, and no claim that the missiles' maker supplied them
    found = _claims("De raketten die Noord-Korea aan Rusland heeft geleverd, troffen Kyiv.", "nl")
    assert ("Russia", "supports", "North Korea", False) not in found


# Cues: ramming a ship is an assault; "naast zich neerleggen" and "van de hand wijzen" reject.
@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        (
            "China heeft een Filipijns schip geramd.",
            "nl",
            ("People's Republic of China", "attacks", "Philippines", False),
        ),
        (
            "A Chinese coast guard ship rammed a Philippine vessel.",
            "en",
            ("People's Republic of China", "attacks", "Philippines", False),
        ),
        (
            "Servië legde het advies van de Europese Commissie naast zich neer.",
            "nl",
            ("Serbia", "rejects", "European Commission", False),
        ),
        (
            "Marokko heeft het voorstel van Algerije van de hand gewezen.",
            "nl",
            ("Morocco", "rejects", "Algeria", False),
        ),
        ("Peru wees de eis van Chili gisteren resoluut van de hand.", "nl", ("Peru", "rejects", "Chile", False)),
    ],
)
def test_extract_set4_cues(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


def test_extract_rejected_demand_is_not_made() -> None:
    found = _claims("Peru wees de eis van Chili gisteren resoluut van de hand.", "nl")
    assert ("Peru", "demands", "Chile", False) not in found
    # the phrase only with its own words: "de hand" alone rejects nothing
    assert not any(c[1] == "rejects" for c in _claims("Marokko schudde de hand van de Algerijnse minister.", "nl"))


# Parse repair: a noun carrying the clause's auxiliary and subject ("Canada heeft/aux>heffingen
# invoerheffingen/nsubj:pass ... opgelegd"), or read as the root with the participle below it, gives
# both to the verb and is its object.
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Canada heeft invoerheffingen van 25 procent opgelegd op Amerikaanse producten.",
            ("Canada", "sanctions", "United States", False),
        ),
        (
            "Japan heeft heffingen van tien procent opgelegd op Chinese auto's.",
            ("Japan", "sanctions", "People's Republic of China", False),
        ),
        (
            "De EU heeft exportbeperkingen op microchips ingesteld tegen Rusland.",
            ("European Union", "sanctions", "Russia", False),
        ),
    ],
)
def test_extract_clause_on_noun(text: str, claim: Claim) -> None:
    assert claim in _claims(text, "nl")


def test_extract_clause_on_noun_leaves_verbs() -> None:
    # a verb clause hung on another verb keeps its own subject: Poland does not "supply" anything here
    found = _claims("Rusland dreigde dat het Poolse steden zal aanvallen als Warschau Kyiv raketten levert.", "nl")
    assert not any(c[0] == "Russia" and c[1] in ("supports", "cooperates_with") for c in found)


# A nominal event's agent in a "door/by" phrase the parser hung on the event's patient ("de
# inbeslagname van een tanker door de marine").
@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        (
            "De inbeslagname van een Iraanse tanker door Groot-Brittannië leidde tot woede in Teheran.",
            "nl",
            ("United Kingdom", "coerces", "Iran", False),
        ),
        (
            "The seizure of a Russian freighter by Finland in the Baltic angered Moscow.",
            "en",
            ("Finland", "coerces", "Russia", False),
        ),
    ],
)
def test_extract_agent_on_the_patient(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


def test_extract_agent_on_the_patient_not_the_victim() -> None:
    # the one whose tanker it is does not seize it
    found = _claims("De inbeslagname van een Iraanse tanker door Groot-Brittannië leidde tot woede in Teheran.", "nl")
    assert ("Iran", "coerces", "United Kingdom", False) not in found


# Parse repair: a noun the tagger read as a verb ("doelen/VERB"), shown a noun by the prepositional
# modifier right after it, is the participle's object ("heeft doelen in X gebombardeerd").
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Russische bommenwerpers hebben doelen in Georgië gebombardeerd.", ("Russia", "attacks", "Georgia", False)),
        (
            "Nadat Turkse drones doelen in Irak hadden gebombardeerd, protesteerde Bagdad bij Ankara.",
            ("Turkey", "attacks", "Iraq", False),
        ),
        ("Israël heeft doelen van Hamas gebombardeerd.", ("Israel", "attacks", "State of Palestine", False)),
    ],
)
def test_extract_noun_tagged_as_verb(text: str, claim: Claim) -> None:
    assert claim in _claims(text, "nl")


# After a fronted phrase the subject follows the finite verb: of two nominals the parser called
# objects, the one right after the finite verb is the subject.
def test_extract_inverted_subject_read_as_object() -> None:
    assert ("People's Republic of China", "attacks", "Japan", False) in _claims(
        "Volgens de Japanse marine hebben Chinese schepen een Japans vissersschip geramd.", "nl"
    )
    assert ("Japan", "attacks", "People's Republic of China", False) not in _claims(
        "Volgens de Japanse marine hebben Chinese schepen een Japans vissersschip geramd.", "nl"
    )


# Money set aside for support makes the support material (supports), not an endorsement.
@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        (
            "Duitsland maakt twee miljard euro vrij om Moldavië te steunen.",
            "nl",
            ("Germany", "supports", "Moldova", False),
        ),
        ("Japan set aside two billion dollars to support Ukraine.", "en", ("Japan", "supports", "Ukraine", False)),
    ],
)
def test_extract_money_for_support(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


def test_extract_support_without_money_stays_endorsement() -> None:
    found = _claims("Duitsland reist naar Kyiv om Oekraïne te steunen.", "nl")
    assert ("Germany", "supports", "Ukraine", False) not in found


# A mediator ("bemiddelaar tussen X en Y") talks with each side; the sides do not meet each other.
def test_extract_mediator_sides_do_not_consult() -> None:
    found = _claims(
        "Oman, dat zich graag als bemiddelaar tussen Teheran en Washington opwerpt, ontving de Iraanse minister.", "nl"
    )
    assert ("Iran", "consults", "United States", False) not in found
    assert ("United States", "consults", "Iran", False) not in found


# A quotation with "moet/must" before the verb that reports it: the speaker demands of the quoted
# clause's subject, whether the verb says or demands, and with the speaker after the verb.
@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        (
            "'Rusland moet zijn troepen uit Georgië terugtrekken', eiste Frankrijk.",
            "nl",
            ("France", "demands", "Russia", False),
        ),
        (
            "'Servië moet de grens met Kosovo openen', zei de Duitse minister van Buitenlandse Zaken.",
            "nl",
            ("Germany", "demands", "Serbia", False),
        ),
        ("'Iran must stop enriching uranium', France demanded.", "en", ("France", "demands", "Iran", False)),
    ],
)
def test_extract_fronted_quote_with_must(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


def test_extract_fronted_quote_without_must() -> None:
    # a quotation that demands nothing of its subject
    found = _claims("'Rusland heeft zijn troepen uit Georgië teruggetrokken', zei Frankrijk.", "nl")
    assert ("France", "demands", "Russia", False) not in found


# An event named as the condition of what would follow ("bij een aanval op X zou Y ...", "in the event
# of an attack on X") is not reported as happening; a past event under "bij" is.
@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        (
            "Seoul zei dat de VS bij een Noord-Koreaanse aanval op Zuid-Korea direct zouden ingrijpen.",
            "nl",
            ("North Korea", "attacks", "South Korea", False),
        ),
        ("Bij een Russische aanval op Estland zal de NAVO ingrijpen.", "nl", ("Russia", "attacks", "Estonia", False)),
        (
            "In the event of a Russian attack on Estonia, NATO would respond.",
            "en",
            ("Russia", "attacks", "Estonia", False),
        ),
    ],
)
def test_extract_event_as_condition(text: str, lang: str, absent: Claim) -> None:
    assert absent not in _claims(text, lang)


def test_extract_past_event_under_bij() -> None:
    assert ("Russia", "attacks", "Ukraine", False) in _claims(
        "Bij een Russische aanval op Kyiv kwamen gisteren vijf mensen om.", "nl"
    )


# A nominal with its own copula heads a clause the parser flattened into the verb's: not its object.
def test_extract_predicate_nominal_is_no_object() -> None:
    found = _claims("Saoedi-Arabië zal Iran niet erkennen zolang er geen Jemenitisch bestand is.", "nl")
    assert ("Saudi Arabia", "cooperates_with", "Yemen", True) not in found
    assert ("Saudi Arabia", "cooperates_with", "Iran", True) in found


# Every member of a "van/of" list is an actor: "de presidenten van Kenia, Oeganda en Tanzania", also
# where the parser hung a middle member as an apposition.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("De presidenten van Kenia, Oeganda en Tanzania hebben Rwanda beschuldigd van steun aan rebellen.", "nl"),
        ("The presidents of Kenya, Uganda and Tanzania accused Rwanda of backing rebels.", "en"),
    ],
)
def test_extract_every_member_of_a_list(text: str, lang: str) -> None:
    found = _claims(text, lang)
    for state in ("Kenya", "Uganda", "Tanzania"):
        assert (state, "criticizes", "Rwanda", False) in found


def test_extract_list_in_apposition() -> None:
    found = _claims(
        "De militaire leiders van Guinee, Burkina Faso en Tsjaad hebben Frankrijk beschuldigd van inmenging.", "nl"
    )
    for state in ("Guinea", "Burkina Faso", "Chad"):
        assert (state, "criticizes", "France", False) in found
