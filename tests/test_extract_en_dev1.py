"""English wire-news constructions found missing on kg's English development set 1
(benchmarks/data/en_claims_dev1.tsv): cue verbs and nouns of seizing, refusing, recalling and bombing;
trade that is aid only when it is arms and a sanction when stopped; a visitor welcomed to a capital;
treaty names that are no actors. The sentences here are kg's own and differ from the set's."""

from __future__ import annotations

import pytest

from .conftest import state_claims

Expected = tuple[str, str, str, bool]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # boarding a vessel seizes it; turning a plan down rejects its author
        (
            "Indian marines boarded a Chinese research vessel off the Andaman Islands.",
            ("India", "coerces", "People's Republic of China", False),
        ),
        ("The Brazilian proposal was turned down by Argentina.", ("Argentina", "rejects", "Brazil", False)),
        # lashing out at someone criticises them; recalling an envoy from a capital reduces relations
        (
            "The Mexican president lashed out at Madrid over the colonial past.",
            ("Mexico", "criticizes", "Spain", False),
        ),
        (
            "Rwanda recalled its ambassador from Kinshasa on Monday.",
            ("Rwanda", "sanctions", "Democratic Republic of the Congo", False),
        ),
        # tariffs and bans on a state's goods are sanctions
        (
            "Australia's tariffs on Chinese steel took effect in March.",
            ("Australia", "sanctions", "People's Republic of China", False),
        ),
        ("Lithuania announced a ban on Belarusian fertiliser.", ("Lithuania", "sanctions", "Belarus", False)),
        # recognition as a noun, bombing with "blow up"
        ("Spain's recognition of Kosovo is not expected soon.", ("Spain", "cooperates_with", "Kosovo", False)),
        ("Ukrainian saboteurs blew up a Russian fuel train near Bryansk.", ("Ukraine", "attacks", "Russia", False)),
        # handing goods, selling arms to someone, arms exports: aid
        ("Turkey handed Somalia two patrol boats.", ("Turkey", "supports", "Somalia", False)),
        ("Sweden's arms exports to Thailand doubled last year.", ("Sweden", "supports", "Thailand", False)),
        ("The sale of Brazilian aircraft to Portugal was completed.", ("Brazil", "supports", "Portugal", False)),
        # stopped exports are a sanction; an expulsion names whom it expels
        ("Russia cut off gas exports to Bulgaria in April.", ("Russia", "sanctions", "Bulgaria", False)),
        (
            "Estonia's expulsion of a Russian diplomat was criticised in Moscow.",
            ("Estonia", "sanctions", "Russia", False),
        ),
        # a leader welcomed to a capital is received there (a meeting), not praised
        ("Lula welcomed the Chilean president to Brasília.", ("Brazil", "consults", "Chile", False)),
        # a suspended treaty with a state reduces relations with it
        ("Egypt suspended the Nile Basin Agreement with Ethiopia.", ("Egypt", "sanctions", "Ethiopia", False)),
    ],
)
def test_extract_en_dev1_claims(text: str, expected: Expected) -> None:
    assert expected in state_claims(text, "en", persons_by_name=False)


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # trade between two states is no aid, nor does praising one's welcome make a visit
        ("Chinese exports to Japan rose by four percent in May.", "supports"),
        ("South Korean exports to Vietnam hit a record in July.", "supports"),
        # a recalled memory is no envoy withdrawn; a game between two states is no fight
        ("The Kenyan president recalled his first visit to Uganda.", "sanctions"),
        ("Brazil beat Argentina 2-0 in the Copa América final.", "attacks"),
        # a treaty's name is not a party to it
        ("Egypt suspended the Nile Basin Agreement with Ethiopia.", "cooperates_with"),
    ],
)
def test_extract_en_dev1_no_claim(text: str, relation: str) -> None:
    claims = state_claims(text, "en", persons_by_name=False)
    assert not [c for c in claims if c[1] == relation and not c[3]], claims


def test_extract_en_dev1_treaty_name_is_no_actor() -> None:
    claims = state_claims("Egypt suspended the Nile Basin Agreement with Ethiopia.", "en", persons_by_name=False)
    assert all("Agreement" not in c[2] and "Agreement" not in c[0] for c in claims), claims
