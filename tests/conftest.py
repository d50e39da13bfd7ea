"""Shared fixtures and helpers: paths to ../shared, the seed page, fresh stores, extracted claims."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from kg.model import Actor

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_e7bcfbb671570ca8.txt"
SAMPLES = ROOT / "kg" / "samples"


LabelledClaim = tuple[str, str, str, bool]


def labelled_claims(text: str, lang: str) -> set[LabelledClaim]:
    """(subject label, relation, object label, negated) of every claim kg extracts from `text`;
    skips the test when the language has no parser installed."""
    from kg.extract import extract_claims
    from kg.model import Article
    from kg.nlp import nlp_for

    if not nlp_for(lang)[1].parsed:
        pytest.skip(f"no {lang} parser installed")
    out: set[LabelledClaim] = set()
    for r in extract_claims([Article.from_text(text, language=lang)]):
        out |= {(c.subject.actor.label, c.relation, c.object.actor.label, c.negated) for c in r.claims}
    return out


def state_claims(text: str, lang: str, *, persons_by_name: bool = True) -> set[LabelledClaim]:
    """Claims of `text` with actors compared at state level, as benchmarks/nl_claims.py does: an actor
    is the state (or organisation) it rolls up to; a person keeps their own label unless
    `persons_by_name` is false. Skips the test when the language has no parser installed."""
    from kg.extract import extract_claims
    from kg.model import Article
    from kg.nlp import nlp_for

    if not nlp_for(lang)[1].parsed:
        pytest.skip(f"no {lang} parser installed")

    def state(actor: Actor) -> str:
        if persons_by_name and actor.type == "Person":
            return actor.label
        return actor.state_label or actor.label

    out: set[LabelledClaim] = set()
    for r in extract_claims([Article.from_text(text, language=lang)]):
        out |= {(state(c.subject.actor), c.relation, state(c.object.actor), c.negated) for c in r.claims}
    return out


def claim_pairs(claims: set[LabelledClaim]) -> set[tuple[str, str]]:
    """The (subject, object) pairs of `claims`."""
    return {(s, o) for s, _, o, _ in claims}


def parsed_actors(text: str, lang: str) -> dict[str, Actor]:
    """Surface text -> resolved actor of every mention kg's matcher finds in the parsed `text`;
    skips the test when the language has no parser installed."""
    from kg.actors import ActorMatcher, load_gazetteer
    from kg.nlp import nlp_for

    nlp, info = nlp_for(lang)
    if not info.parsed:
        pytest.skip(f"no {lang} parser installed")
    gz = load_gazetteer()
    doc = nlp(text)
    return {doc.text[m.char_start : m.char_end]: gz.resolve(m) for m in ActorMatcher(nlp, gz, lang)(doc)}


def needs_shared(*parts: str) -> pytest.MarkDecorator:
    """Skip unless ../shared/<parts> exists (it does in CI; a fresh clone elsewhere may lack it)."""
    path = SHARED.joinpath(*parts)
    return pytest.mark.skipif(not path.exists(), reason=f"{path} is absent: the shared data sit beside the repo in CI")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent: the seed page sits in ../shared beside the repo in CI")
    return SEED


@pytest.fixture(scope="session")
def seed_articles(seed_path: Path):  # type: ignore[no-untyped-def]
    from kg.ingest import read_articles

    return list(read_articles(seed_path))


@pytest.fixture()
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "kg.store"
