"""Reference names from PETRARCH2 (ontology/reference): what names the curated data lack stand for."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

import pytest

from kg.actors import ACTOR_DIR, Reference, load_gazetteer
from kg.extract import extract_claims
from kg.model import Article
from kg.nlp import nlp_for

from .conftest import SHARED, needs_shared

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ACTOR_DIR.parent / "reference"


def _claims(text: str, lang: str = "en") -> dict[tuple[str, str, str], tuple[str, str, str, bool]]:
    """(subject, relation, object) -> (subject type, subject code, object code, subject provisional)."""
    if not nlp_for(lang)[1].parsed:
        pytest.skip(f"no {lang} parser installed")
    out = {}
    for r in extract_claims([Article.from_text(text, language=lang)]):
        for c in r.claims:
            s, o = c.subject.actor, c.object.actor
            out[(s.label, c.relation, o.label)] = (s.type, s.code, o.code, s.provisional)
    return out


def test_reference_lookups_answer_only_when_unambiguous() -> None:
    ref = load_gazetteer().reference
    assert ref.person("Yoweri Museveni") == ("UGA", "state")
    assert ref.person("YOWERI  MUSEVENI") == ("UGA", "state")  # case and spacing do not matter
    assert ref.person("Museveni") is None  # one word is no full name
    assert ref.office_holder("Museveni") == "UGA"
    assert ref.office_holder("Lee") is None  # government members of several states
    assert ref.group("Amnesty International") == ("", "NGO", "NonGovernmentalOrganization")
    assert ref.group("Revolutionary United Front Movement") == ("HND", "REB", "ArmedGroup")
    assert ref.group("Senate") is None  # one ordinary word: whose senate depends on the text
    assert ref.place("Hebron") == "PSE"
    assert ref.person("No Such Person Anywhere") is None


def test_reference_a_name_under_two_states_tells_nothing(tmp_path: Path) -> None:
    (tmp_path / "persons.tsv").write_text(
        "name\tstate\tsector\tfirst\tlast\nJan Jansen\tNLD\tGOV\t2001\t2003\nJan Jansen\tBEL\tGOV\t2005\t\n"
        "Piet Smit\tNLD\tOPP\t1990\t\n",
        encoding="utf-8",
    )
    (tmp_path / "groups.tsv").write_text("name\tstate\tsector\ttype\n", encoding="utf-8")
    (tmp_path / "places.tsv").write_text("name\tstate\n", encoding="utf-8")
    ref = Reference(tmp_path)
    assert ref.person("Jan Jansen") is None
    assert ref.office_holder("Jansen") is None
    assert ref.person("Piet Smit") == ("NLD", "nonstate")  # opposition only: the non-state side
    assert ref.office_holder("Smit") is None  # not a government member


def test_reference_missing_directory_means_no_answers(tmp_path: Path) -> None:
    ref = Reference(tmp_path / "absent")
    assert ref.person("Yoweri Museveni") is None
    assert ref.group("Amnesty International") is None


@pytest.mark.parametrize(
    ("text", "lang", "triple", "expected"),
    [
        (
            "Yoweri Museveni criticized Kenya on Monday.",
            "en",
            ("Yoweri Museveni", "criticizes", "Kenya"),
            ("Person", "UGA", "KEN", True),
        ),
        (
            "President Museveni criticized Kenya on Monday.",
            "en",
            ("Museveni", "criticizes", "Kenya"),
            ("Person", "UGA", "KEN", True),
        ),
        (
            # a bare surname after a title of other than national office tells nothing
            "Governor Museveni criticized Kenya on Monday.",
            "en",
            ("Museveni", "criticizes", "Kenya"),
            ("Person", "", "KEN", True),
        ),
        (
            "President Lee criticized Japan on Monday.",
            "en",
            ("Lee", "criticizes", "Japan"),
            ("Person", "", "JPN", True),
        ),
        (
            "Amnesty International accused Egypt of torture.",
            "en",
            ("Amnesty International", "criticizes", "Egypt"),
            ("NonGovernmentalOrganization", "NGO", "EGY", True),
        ),
        (
            "President Museveni bekritiseerde Kenia.",
            "nl",
            ("Museveni", "criticizes", "Kenya"),
            ("Person", "UGA", "KEN", True),
        ),
        (
            "The Museveni government criticized Kenya on Monday.",
            "en",
            ("Museveni", "criticizes", "Kenya"),
            ("Person", "UGA", "KEN", True),
        ),
        (
            # a leader listed with an armed group without a state counts as IMG (CAMEO's code)
            "Osama bin Laden threatened the United States.",
            "en",
            ("Osama bin Laden", "threatens", "United States"),
            ("Person", "IMG", "USA", True),
        ),
        (
            "Yoweri Museveni bekritiseert Kenia.",
            "nl",
            ("Yoweri Museveni", "criticizes", "Kenya"),
            ("Person", "UGA", "KEN", True),
        ),
    ],
)
def test_reference_gives_provisional_actors_their_standing(
    text: str, lang: str, triple: tuple[str, str, str], expected: tuple[str, str, str, bool]
) -> None:
    claims = _claims(text, lang)
    assert claims.get(triple) == expected, claims


def test_reference_a_title_in_the_sentence_wins() -> None:
    # The reference lists Museveni under Uganda; the sentence's own title says otherwise.
    claims = _claims("Kenyan President Yoweri Museveni criticized Tanzania on Monday.")
    assert claims[("Yoweri Museveni", "criticizes", "Tanzania")][1] == "KEN"


@needs_shared("data", "petrarch2", "Phoenix.Countries.actors.txt")
def test_reference_compiles_reproducibly_from_petrarch2(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "compile_reference.py"),
            str(SHARED / "data" / "petrarch2"),
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "person rows" in done.stdout
    for name in ("persons.tsv", "groups.tsv", "places.tsv"):
        assert filecmp.cmp(tmp_path / name, REFERENCE / name, shallow=False), f"{name} differs: re-run the script"
