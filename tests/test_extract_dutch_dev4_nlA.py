"""Dutch pattern families found with development set 4 (benchmarks/data/nl_claims_dev4.tsv, rows 1-68):
sentence -> claim, with English where English has the construction.

Own sentences, written for these tests (other actors, words and structure than the set), each with
negative cases: what kg must not claim from them.
"""

from __future__ import annotations

import pytest

from .conftest import state_claims

Claim = tuple[str, str, str, bool]


def _claims(text: str, lang: str) -> set[Claim]:
    return state_claims(text, lang)


def _pairs(claims: set[Claim]) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o, _ in claims}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Hongarije las het rapport en veroordeelde Polen.", ("Hungary", "criticizes", "Poland", False)),
        ("Egypte heeft de grens gesloten en beschuldigt Libië van smokkel.", ("Egypt", "criticizes", "Libya", False)),
    ],
)
def test_extract_dutch_conjoined_verb_keeps_first_subject(text: str, claim: Claim) -> None:
    """ "... en beschuldigt Libië": the name right after a conjoined verb is its object, the subject is shared."""
    found = _claims(text, "nl")
    assert claim in found
    assert (claim[2], claim[0]) not in _pairs(found)


def test_extract_dutch_participle_with_te_complement() -> None:
    """ "heeft X ervan beschuldigd oneerlijk te zijn": "heeft" is the participle's auxiliary."""
    found = _claims("Mexico heeft de Verenigde Staten ervan beschuldigd oneerlijk te zijn in de gesprekken.", "nl")
    assert ("Mexico", "criticizes", "United States", False) in found


def test_extract_dutch_stray_auxiliary_keeps_the_other_side() -> None:
    """Coordinated speakers who talk with a third party do not talk with each other."""
    found = _claims("Lula en Petro hebben in Brasília met president Milei gesproken over de grens.", "nl")
    assert ("Luiz Inácio Lula da Silva", "consults", "Javier Milei", False) in found
    assert not any("Petro" in s and "Lula" in o or "Lula" in s and "Petro" in o for s, o in _pairs(found))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Chili en Argentinië kwamen een nieuw handelsverdrag overeen.",
            ("Chile", "cooperates_with", "Argentina", False),
        ),
        ("Rusland voorziet Wit-Rusland van brandstof.", ("Russia", "supports", "Belarus", False)),
        # a name in the middle field of a subordinate clause is the final verb's object
        ("Iran ontkent dat het Hezbollah van raketten voorziet.", ("Iran", "supports", "Lebanon", True)),
        ("Rusland ontkent dat het de Taliban van wapens voorziet.", ("Russia", "supports", "Afghanistan", True)),
        ("Venezuela zegt dat het Cuba niet van olie voorziet.", ("Venezuela", "supports", "Cuba", True)),
        ("Canada traint Oekraïense piloten.", ("Canada", "supports", "Ukraine", False)),
    ],
)
def test_extract_dutch_agree_supply_train(text: str, claim: Claim) -> None:
    assert claim in _claims(text, "nl")


def test_extract_voorzien_without_a_receiver_is_no_claim() -> None:
    """ "voorzien" as "foresee" or "provide for" names no receiver."""
    assert not _claims("De regering van Kenia voorziet een zware winter.", "nl")


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        ("Het Oekraïense leger, dat door Duitsland wordt opgeleid, heroverde een dorp.", "nl", "Ukraine"),
        ("De Somalische politie, die door Turkije wordt getraind, arresteerde drie mannen.", "nl", "Somalia"),
        ("The Somali police, which is trained by Turkey, arrested three men.", "en", "Somalia"),
    ],
)
def test_extract_passive_relative_clause(text: str, lang: str, claim: str) -> None:
    """The relative pronoun of a passive relative clause stands for the noun the clause hangs on."""
    found = _claims(text, lang)
    trainer = "Germany" if "Duitsland" in text else "Turkey"
    assert (trainer, "supports", claim, False) in found


def test_extract_active_relative_clause_is_not_resolved() -> None:
    """Only passive relative clauses: a document "that aims to" do something is not its author."""
    found = _claims("The resolution, which was drafted by France, calls for a ceasefire.", "en")
    assert not any(s == "France" for s, _ in _pairs(found))
    assert not _claims("The army trained for months.", "en")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "De Israëlische luchtmacht voerde woensdag aanvallen uit op Syrische stellingen.",
            ("Israel", "attacks", "Syria"),
        ),
        ("Pakistan voerde luchtaanvallen uit op Afghaanse dorpen.", ("Pakistan", "attacks", "Afghanistan")),
    ],
)
def test_extract_dutch_plural_event_noun_tagged_as_verb(text: str, claim: tuple[str, str, str]) -> None:
    assert (*claim, False) in _claims(text, "nl")


def test_extract_dutch_exercises_without_target_are_no_attack() -> None:
    assert not any(r == "attacks" for _, r, _, _ in _claims("Het Poolse leger hield maandag oefeningen.", "nl"))


def test_extract_dutch_region_of_dr_congo() -> None:
    found = _claims("Burundi trekt zijn soldaten terug uit Oost-Congo.", "nl")
    assert ("Burundi", "yields_to", "Democratic Republic of the Congo", False) in found


def test_extract_dutch_pronoun_of_the_blamed() -> None:
    """ "verweet X dat het ...": the pronoun is the one blamed, not the accuser."""
    found = _claims("Litouwen verweet Wit-Rusland dat het Rusland steunt.", "nl")
    assert ("Lithuania", "criticizes", "Belarus", False) in found
    assert ("Belarus", "cooperates_with", "Russia", False) in found
    assert ("Lithuania", "cooperates_with", "Russia", False) not in found


@pytest.mark.parametrize(
    ("text", "lang", "deed", "punisher"),
    [
        (
            "Japan legt Noord-Korea nieuwe sancties op wegens de levering van munitie aan Rusland.",
            "nl",
            ("North Korea", "supports", "Russia", False),
            "Japan",
        ),
        (
            "Canada stelt sancties in tegen Venezuela vanwege de aanval op Guyana.",
            "nl",
            ("Venezuela", "attacks", "Guyana", False),
            "Canada",
        ),
        (
            "Japan imposed sanctions on North Korea over the delivery of shells to Russia.",
            "en",
            ("North Korea", "supports", "Russia", False),
            "Japan",
        ),
    ],
)
def test_extract_deed_a_sanction_answers(text: str, lang: str, deed: Claim, punisher: str) -> None:
    """The deed named as the reason for a sanction is the sanctioned party's, not the punisher's."""
    found = _claims(text, lang)
    assert deed in found
    assert (punisher, deed[1], deed[2], False) not in found


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # two names glued as apposition with the second's article between them: subject and object
        (
            "Turkije viel aan, waarop Damascus de Verenigde Staten om steun vroeg.",
            ("Syria", "appeals_to", "United States"),
        ),
        (
            "China stuurde schepen, waarop Manilla de Verenigde Staten om steun vroeg.",
            ("Philippines", "appeals_to", "United States"),
        ),
        # a supply's receiver hung on a noun inside the object
        ("Noord-Korea levert granaten voor artillerie aan Rusland.", ("North Korea", "supports", "Russia")),
        # an agent phrase before the finite verb belongs to the fronted event noun
        ("De aanval op Kyiv door Rusland werd veroordeeld.", ("Russia", "attacks", "Ukraine")),
        # the sides of a mutual event noun hung on its light verb
        ("Er werden gesprekken gevoerd tussen Armenië en Azerbeidzjan.", ("Armenia", "consults", "Azerbaijan")),
        (
            "Vorige week werden in Genève onderhandelingen gevoerd tussen Iraanse en Amerikaanse diplomaten.",
            ("Iran", "consults", "United States"),
        ),
        # a number heading the group it counts; the verb's object hung on the inverted subject
        (
            "In Warschau protesteerden duizenden Wit-Russen tegen de Russische oorlog.",
            ("Belarus", "protests", "Russia"),
        ),
    ],
)
def test_extract_dutch_parse_repairs(text: str, claim: tuple[str, str, str]) -> None:
    assert (*claim, False) in _claims(text, "nl")


def test_extract_dutch_agent_phrase_is_not_the_judges() -> None:
    """ "De aanval ... door Rusland werd veroordeeld": Russia attacked; it did not condemn anything."""
    found = _claims("De aanval op Kyiv door Rusland werd veroordeeld.", "nl")
    assert not any(s == "Russia" and r == "criticizes" for s, r, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Donderdag heeft president Macron in een telefoongesprek met Zelensky aangedrongen op meer luchtverdediging.",
        "Macron heeft Zelensky ontmoet en aangedrongen op meer luchtverdediging.",
    ],
)
def test_extract_dutch_appeal_to_the_one_talked_with(text: str) -> None:
    """An appeal with no addressee named, made in a talk with someone, is made to them."""
    found = _claims(text, "nl")
    assert ("Emmanuel Macron", "consults", "Volodymyr Zelensky", False) in found
    assert ("Emmanuel Macron", "appeals_to", "Volodymyr Zelensky", False) in found


def test_extract_dutch_appeal_without_a_talk_has_no_addressee() -> None:
    assert not _claims("Macron drong aan op een bestand.", "nl")


def test_extract_dutch_particle_read_as_mark() -> None:
    """ "roepen X en Y op in te stemmen": each caller appeals to each one called on, and the callers are
    not partners of the accord they ask the others to accept."""
    found = _claims("Frankrijk en Duitsland roepen Armenië en Azerbeidzjan op in te stemmen met het akkoord.", "nl")
    for caller in ("France", "Germany"):
        for called in ("Armenia", "Azerbaijan"):
            assert (caller, "appeals_to", called, False) in found
    assert ("France", "cooperates_with", "Germany", False) not in found


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("India heeft met Rusland afspraken gemaakt over olie.", ("India", "cooperates_with", "Russia")),
        ("Egypte en Jordanië hebben afspraken gemaakt over water.", ("Egypt", "cooperates_with", "Jordan")),
    ],
)
def test_extract_dutch_plural_with_long_vowel(text: str, claim: tuple[str, str, str]) -> None:
    assert (*claim, False) in _claims(text, "nl")


def test_extract_dutch_name_glued_to_a_pronoun() -> None:
    """ "waarbij hij Polen beschuldigde": the pronoun is the subject (the speaker before it), the name the object."""
    found = _claims("Lavrov sprak in Genève, waarbij hij Polen beschuldigde van provocaties.", "nl")
    assert ("Sergey Lavrov", "criticizes", "Poland", False) in found
    assert not any(s == "Poland" for s, _ in _pairs(found))


@pytest.mark.parametrize(
    "text",
    ["Slowakije weigert Oekraïne wapens te leveren.", "Hongarije weigert Oekraïne nog langer militaire hulp te geven."],
)
def test_extract_dutch_refused_gift(text: str) -> None:
    """A refused gift: the refuser does not support the one named before the infinitive, and rejects them."""
    found = _claims(text, "nl")
    giver = "Slovakia" if text.startswith("Slowakije") else "Hungary"
    assert (giver, "supports", "Ukraine", True) in found
    assert ("Ukraine", "supports", "Ukraine", True) not in found
    assert not any(s == "Ukraine" for s, _ in _pairs(found))


def test_extract_dutch_refused_admission_names_no_receiver() -> None:
    """ "weigert inspecteurs van de VN toe te laten": the admitted are the object, not a receiver of a gift."""
    found = _claims("Israël weigert inspecteurs van de VN toe te laten.", "nl")
    assert ("Israel", "supports", "United Nations", True) not in found


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Estland heeft een Russische diplomaat tot persona non grata verklaard.",
            ("Estonia", "sanctions", "Russia", False),
        ),
        (
            "Litouwen heeft de Russische ambassadeur tot persona non grata verklaard.",
            ("Lithuania", "sanctions", "Russia", False),
        ),
    ],
)
def test_extract_dutch_persona_non_grata(text: str, claim: Claim) -> None:
    assert claim in _claims(text, "nl")


def test_extract_dutch_other_declarations_are_no_expulsion() -> None:
    assert not _claims("Litouwen heeft de Russische ambassadeur tot vriend verklaard.", "nl")
