"""Extraction: parsed, actor-tagged sentences in, claims out.

Extractors are found by versioned name in a `catalogue` registry; ``"dependency.v1"``
reads relations off the dependency parse with cue lexicons kept as data in ``cues/``.
`extract_claims` streams articles through ``nlp.pipe`` in batches, one pipeline per
language, and isolates failures: one bad article never stops the batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Protocol

import catalogue

from ..errors import ExtractionError, KGError
from ..model import Article, Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..actors import Gazetteer, TokenMention

__all__ = ["Extractor", "extractors", "make_extractor", "extract_claims", "ExtractionResult", "SUPPORTED_LANGUAGES"]

SUPPORTED_LANGUAGES = ("nl", "en")
extractors = catalogue.create("kg", "extractors", entry_points=True)


class Extractor(Protocol):
    """What an extractor offers: a versioned name and claims from one parsed article."""

    name: str
    version: str

    def __call__(
        self, doc: Doc, article: Article, mentions: list[TokenMention], gazetteer: Gazetteer
    ) -> list[Claim]: ...


def make_extractor(name: str = "dependency.v1") -> Extractor:
    """The registered extractor `name`; an unknown name lists the valid ones."""
    from . import dependency  # noqa: F401  (registers the built-in extractors)

    try:
        factory = extractors.get(name)
    except catalogue.RegistryError as exc:
        valid = ", ".join(sorted(extractors.get_all()))
        raise ExtractionError(f"unknown extractor {name!r}; valid: {valid}") from exc
    extractor: Extractor = factory()
    return extractor


@dataclass(frozen=True, slots=True)
class ExtractionResult:
    """An article and the claims found in it, with the names of what found them."""

    article: Article
    claims: tuple[Claim, ...]
    extractor: str
    extractor_version: str
    pipeline: str
    words: int


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_claims(
    articles: Iterable[Article],
    *,
    extractor: str = "dependency.v1",
    batch_size: int = 64,
    on_error: Callable[[KGError], None] | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[ExtractionResult]:
    """Claims per article, in input order within each batch of `batch_size` articles.

    Articles in a language without a pipeline are reported to `on_error` and skipped.
    """
    from ..actors import ActorMatcher, load_gazetteer
    from ..nlp import nlp_for

    ex = make_extractor(extractor)
    gazetteer = load_gazetteer()
    matchers: dict[str, ActorMatcher] = {}

    def fail(err: KGError) -> None:
        if on_error is None:
            raise err
        on_error(err)

    for chunk in _chunks(articles, batch_size):
        by_lang: dict[str, list[Article]] = {}
        for article in chunk:
            lang = article.language if article.language in SUPPORTED_LANGUAGES else ""
            if not lang:
                fail(
                    ExtractionError(
                        f"article {article.id} from {article.source} is in language {article.language!r}; "
                        f"kg extracts {' and '.join(SUPPORTED_LANGUAGES)} only"
                    )
                )
                continue
            by_lang.setdefault(lang, []).append(article)
        for lang, group in by_lang.items():
            nlp, info = nlp_for(lang)
            if lang not in matchers:
                matchers[lang] = ActorMatcher(nlp, gazetteer, lang)
            matcher = matchers[lang]
            docs = nlp.pipe((a.text for a in group), batch_size=batch_size)
            for article in group:
                try:
                    doc = next(docs)
                except StopIteration:  # pragma: no cover - spaCy yields one doc per text
                    break
                except Exception as exc:  # a parser failure must not take the batch down
                    fail(ExtractionError(f"parsing article {article.id} from {article.source} failed: {exc}"))
                    docs = nlp.pipe((a.text for a in group[group.index(article) + 1 :]), batch_size=batch_size)
                    continue
                try:
                    claims = tuple(ex(doc, article, matcher(doc), gazetteer))
                except Exception as exc:
                    fail(ExtractionError(f"extracting from article {article.id} ({article.source}) failed: {exc}"))
                    continue
                if progress is not None:
                    progress(1)
                yield ExtractionResult(
                    article=article,
                    claims=claims,
                    extractor=ex.name,
                    extractor_version=ex.version,
                    pipeline=f"{info.name}-{info.version}",
                    words=len(doc),
                )
