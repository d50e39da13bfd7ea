"""Shared fixtures: paths to ../shared, the seed page, and fresh stores."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_e7bcfbb671570ca8.txt"
SAMPLES = ROOT / "kg" / "samples"


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
