"""Event-noun targets (issue #5, fourth round): sentence -> claim, English and Dutch.

When a conflict cue's target is an event or state-of-affairs noun ("war crimes by X", "the
resignation of X", "independence from X", "a march organized by X"), the noun's agent or bearer is
the target, as kg/extract/cues/events.tsv says per noun; the outer cue keeps its relation. Own
sentences, written for these tests.
"""

from __future__ import annotations

import pytest

from kg.extract.dependency import EVENT_KINDS, load_event_nouns

from .conftest import LabelledClaim as Claim
from .conftest import labelled_claims as _claims


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # a deed's agent: by/door, also through a participle and when the parser hangs "by X" on the verb
        (
            "Moldova is investigating abuses by Russian soldiers in Transnistria.",
            "en",
            ("Moldova", "investigates", "Russian Armed Forces", False),
        ),
        (
            "Georgia opened an investigation into killings committed by Russian troops.",
            "en",
            ("Georgia", "investigates", "Russian Armed Forces", False),
        ),
        (
            "The United Nations launched an inquiry into atrocities by the Syrian army.",
            "en",
            ("United Nations", "investigates", "Syrian Armed Forces", False),
        ),
        (
            "Moldavië onderzoekt misdaden door Russische soldaten.",
            "nl",
            ("Moldova", "investigates", "Russian Armed Forces", False),
        ),
        (
            "Georgië opende een onderzoek naar oorlogsmisdaden van Russische troepen.",
            "nl",
            ("Georgia", "investigates", "Russian Armed Forces", False),
        ),
        (
            "De Verenigde Naties stellen een onderzoek in naar mensenrechtenschendingen door het Syrische leger.",
            "nl",
            ("United Nations", "investigates", "Syrian Armed Forces", False),
        ),
        # the deed's agent, not its victim
        (
            "Russia condemned the repression of Russian speakers by Estonia.",
            "en",
            ("Russia", "criticizes", "Estonia", False),
        ),
        (
            "Serbia condemned the murder of a Serbian policeman by Albanian rebels.",
            "en",
            ("Serbia", "criticizes", "Albania (rebels)", False),
        ),
        (
            "Rusland veroordeelde de onderdrukking van Russischtaligen door Estland.",
            "nl",
            ("Russia", "criticizes", "Estonia", False),
        ),
        (
            "Taiwanese activists protested against the persecution of Uyghurs by China.",
            "en",
            ("Taiwan (activists)", "protests", "People's Republic of China", False),
        ),
        (
            "Polen protesteerde tegen de schending van het Poolse luchtruim door Rusland.",
            "nl",
            ("Poland", "protests", "Russia", False),
        ),
        (
            "Taiwanese activisten protesteerden tegen de vervolging van Oeigoeren door China.",
            "nl",
            ("Taiwan (activists)", "protests", "People's Republic of China", False),
        ),
        # a removal's bearer; a release's holder, not the one released
        (
            "Venezuelan protesters demanded the resignation of President Maduro.",
            "en",
            ("Venezuela (protesters)", "demands", "Nicolás Maduro", False),
        ),
        (
            "Venezolaanse demonstranten eisen het aftreden van Maduro.",
            "nl",
            ("Venezuela (protesters)", "demands", "Nicolás Maduro", False),
        ),
        (
            "Iran demanded the release of Iranian sailors held by the United Kingdom.",
            "en",
            ("Iran", "demands", "United Kingdom", False),
        ),
        (
            "Iran eist de vrijlating van Iraanse zeelieden die door het Verenigd Koninkrijk worden vastgehouden.",
            "nl",
            ("Iran", "demands", "United Kingdom", False),
        ),
        # separation: from whom
        ("Iraqi Kurds demanded autonomy from Iraq.", "en", ("Iraq (Kurds)", "demands", "Iraq", False)),
        (
            "Koerdische rebellen in Turkije eisen onafhankelijkheid van Turkije.",
            "nl",
            ("Turkey (rebels)", "demands", "Turkey", False),
        ),
        # a protest's purpose names the target through the event it demands
        (
            "Indonesian students staged demonstrations to demand political reforms by the Indonesian government.",
            "en",
            ("Indonesia (students)", "protests", "Indonesia (government)", False),
        ),
        (
            "Algerian farmers began a hunger strike to demand the return of land seized by the Algerian army.",
            "en",
            ("Algeria (farmers)", "protests", "Algeria (military)", False),
        ),
        (
            "Indonesische studenten betoogden om politieke hervormingen door de Indonesische regering te eisen.",
            "nl",
            ("Indonesia (students)", "demands", "Indonesia (government)", False),
        ),
        # a protest's participle clause voices its demand
        (
            "Iraqi Kurds marched through Erbil, calling for independence from Iraq.",
            "en",
            ("Iraq (Kurds)", "protests", "Iraq", False),
        ),
        # a gathering banned, prevented or broken up: repression of its organisers
        (
            "Belarusian police broke up a march organized by the Belarusian opposition.",
            "en",
            ("Belarus (police)", "coerces", "Belarus (opposition)", False),
        ),
        (
            "Russian police prevented a rally staged by Russian opposition activists.",
            "en",
            ("Russia (police)", "coerces", "Russia (activists)", False),
        ),
        (
            "De Wit-Russische politie verhinderde een mars van de Wit-Russische oppositie.",
            "nl",
            ("Belarus (police)", "coerces", "Belarus (opposition)", False),
        ),
        (
            "De politie van Wit-Rusland heeft een betoging van de oppositie uiteengeslagen.",
            "nl",
            ("Belarus (police)", "coerces", "Belarus (opposition)", False),
        ),
        (
            "De Turkse regering verbood de betoging van Koerdische rebellen.",
            "nl",
            ("Turkey (government)", "coerces", "Turkey (rebels)", False),
        ),
        (
            "The Nigerian government banned the strike by Nigerian workers.",
            "en",
            ("Nigeria (government)", "coerces", "Nigeria (workers)", False),
        ),
        # defiance
        (
            "Armenian protesters rallied in defiance of the Armenian government.",
            "en",
            ("Armenia (protesters)", "protests", "Armenia (government)", False),
        ),
        (
            "Armeense demonstranten betoogden in weerwil van de Armeense regering.",
            "nl",
            ("Armenia (protesters)", "protests", "Armenia (government)", False),
        ),
        # a proposal's author: accepting demands yields to them, rejecting them rejects them
        (
            "The Georgian government accepted demands from the Georgian opposition.",
            "en",
            ("Georgia (government)", "yields_to", "Georgia (opposition)", False),
        ),
        (
            "De Georgische regering aanvaardde de eisen van de Georgische oppositie.",
            "nl",
            ("Georgia (government)", "yields_to", "Georgia (opposition)", False),
        ),
        # extremists and youths are a state's non-state side: investigating them is a domestic claim
        (
            "Greece is investigating crimes by Greek extremists.",
            "en",
            ("Greece", "investigates", "Greece (extremists)", False),
        ),
        (
            "Griekenland onderzoekt geweld door Griekse extremisten.",
            "nl",
            ("Greece", "investigates", "Greece (extremists)", False),
        ),
        (
            "Israeli police dispersed a march by Palestinian youths.",
            "en",
            ("Israel (police)", "coerces", "State of Palestine (youths)", False),
        ),
        (
            "The Angolan government conceded to demands from the Angolan opposition.",
            "en",
            ("Angola (government)", "yields_to", "Angola (opposition)", False),
        ),
        (
            "The Georgian government gave in to demands from the Georgian opposition.",
            "en",
            ("Georgia (government)", "yields_to", "Georgia (opposition)", False),
        ),
        (
            "De Angolese regering zwichtte voor de eisen van de Angolese oppositie.",
            "nl",
            ("Angola (government)", "yields_to", "Angola (opposition)", False),
        ),
        # a refusal despite pressure, demands or calls rejects their author; a ban or ruling defied, its author
        (
            "The Kenyan president declined to resign despite pressure from the Kenyan opposition.",
            "en",
            ("Kenya (president)", "rejects", "Kenya (opposition)", False),
        ),
        (
            "The Serbian government refused to negotiate despite calls from the European Union.",
            "en",
            ("Serbia (government)", "rejects", "European Union", False),
        ),
        (
            "De Keniaanse president weigerde af te treden ondanks druk van de Keniaanse oppositie.",
            "nl",
            ("Kenya (president)", "rejects", "Kenya (opposition)", False),
        ),
        (
            "The Kenyan opposition defied a ban by the Kenyan government.",
            "en",
            ("Kenya (opposition)", "rejects", "Kenya (government)", False),
        ),
        (
            "De Keniaanse oppositie negeerde een verbod van de Keniaanse regering.",
            "nl",
            ("Kenya (opposition)", "rejects", "Kenya (government)", False),
        ),
        (
            "The Sudanese government ignored the ruling of the International Criminal Court.",
            "en",
            ("Sudan (government)", "rejects", "International Criminal Court", False),
        ),
        # a directive with no author named leaves the target to the phrase: a lifted ban still yields to what it was on
        ("The United States lifted the ban on Cuba.", "en", ("United States", "yields_to", "Cuba", False)),
        # an attack condemned: its agent, not the one condemning, attacked
        (
            "The United Nations condemned the Russian attack on Ukraine.",
            "en",
            ("United Nations", "criticizes", "Russia", False),
        ),
        (
            "The United Nations condemned the Russian attack on Ukraine.",
            "en",
            ("Russia", "attacks", "Ukraine", False),
        ),
        (
            "De Verenigde Naties veroordeelden de aanval op Oekraïne door Rusland.",
            "nl",
            ("United Nations", "criticizes", "Russia", False),
        ),
        # a demand noun: what it demands names the target
        (
            "The Serbian opposition renewed its demand for the resignation of the Serbian government.",
            "en",
            ("Serbia (opposition)", "demands", "Serbia (government)", False),
        ),
        (
            "De Servische oppositie herhaalde haar eis tot het aftreden van de Servische regering.",
            "nl",
            ("Serbia (opposition)", "demands", "Serbia (government)", False),
        ),
        # negated
        (
            "Belarusian police did not break up the march organized by the Belarusian opposition.",
            "en",
            ("Belarus (police)", "coerces", "Belarus (opposition)", True),
        ),
        (
            "Moldavië onderzoekt geen misdaden door Russische soldaten.",
            "nl",
            ("Moldova", "investigates", "Russian Armed Forces", True),
        ),
    ],
)
def test_extract_event_noun_target(text: str, lang: str, claim: Claim) -> None:
    assert claim in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Moldova might investigate crimes by Russian soldiers.", "en"),
        ("Lebanon may investigate war crimes by the Israeli military.", "en"),
    ],
)
def test_extract_event_noun_target_hedged(text: str, lang: str) -> None:
    from kg.extract import extract_claims
    from kg.model import Article

    claims = [c for r in extract_claims([Article.from_text(text, language=lang)]) for c in r.claims]
    assert claims and all(c.hedged and c.relation == "investigates" for c in claims)


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        # the victim of a killing or death is not what an inquiry into it targets
        (
            "Israel is investigating the killing of a Palestinian journalist.",
            "en",
            ("investigates", "State of Palestine"),
        ),
        ("Israël onderzoekt de dood van een Palestijnse journalist.", "nl", ("investigates", "State of Palestine")),
        # the one released is not the one the demand is made of
        ("The European Union demanded the release of Iranian sailors.", "en", ("demands", "Iran")),
        ("De Europese Unie eist de vrijlating van Iraanse zeelieden.", "nl", ("demands", "Iran")),
        # a violated airspace is not the violator
        ("Poland protested against the violation of Lithuanian airspace.", "en", ("protests", "Lithuania")),
        # who condemns, investigates or protests an event did not do it; its victim is not the target
        ("The United Nations condemned the shelling of Ukrainian cities.", "en", ("attacks", "Ukraine")),
        ("The United Nations condemned the shelling of Ukrainian cities.", "en", ("criticizes", "Ukraine")),
        ("De Verenigde Naties veroordeelden de aanval op Oekraïne.", "nl", ("attacks", "Ukraine")),
        ("France criticized the sanctions against Russia.", "en", ("sanctions", "Russia")),
        ("Israel is investigating the bombing of a Lebanese village.", "en", ("attacks", "Lebanon")),
        ("The demand for Russian gas fell sharply.", "en", ("demands", "Russia")),
        # air strikes halted are no gathering repressed
        ("Israel halted air strikes in Gaza.", "en", ("coerces", "State of Palestine")),
        # a demand accepted or given in to makes no demand of its own
        (
            "The Angolan government conceded to demands from the Angolan opposition.",
            "en",
            ("demands", "Angola (opposition)"),
        ),
        (
            "De Angolese regering gaf toe aan de eisen van de Angolese oppositie.",
            "nl",
            ("demands", "Angola (opposition)"),
        ),
        (
            "De Georgische regering aanvaardde de eisen van de Georgische oppositie.",
            "nl",
            ("demands", "Georgia (opposition)"),
        ),
    ],
)
def test_extract_event_noun_not_target(text: str, lang: str, wrong: tuple[str, str]) -> None:
    assert not any((rel, obj) == wrong for _, rel, obj, _ in _claims(text, lang))


def test_event_nouns_table_is_well_formed() -> None:
    for lang in ("en", "nl"):
        nouns = load_event_nouns(lang)
        assert len(nouns) > 50
        for noun in nouns.values():
            assert noun.kind in EVENT_KINDS
            assert noun.target, noun
            assert not noun.target & noun.never, noun  # an argument is the target or never is
    assert load_event_nouns("en")["release"].never == {"of"}
    assert load_event_nouns("nl")["aftreden"].target == {"poss", "van"}
