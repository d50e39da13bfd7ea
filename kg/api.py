"""The front door for programs and notebooks: `KnowledgeGraph` and `build`.

A `KnowledgeGraph` wraps one store (a directory or a SPARQL endpoint URL) and runs the
whole flow on it: ingest -> extract -> store -> query / graph / page / annotations.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import KGError
from .extract import extract_claims
from .ingest import read_articles
from .model import Annotation, Article, Claim

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from .store import Store

__all__ = ["KnowledgeGraph", "BuildReport", "build", "extract_files", "DEFAULT_STORE", "DEFAULT_PAGE"]

DEFAULT_STORE = Path("output/kg.store")
DEFAULT_PAGE = Path("output/graph.html")


@dataclass
class BuildReport:
    """What a build did: counts, and every problem met along the way (one line each)."""

    articles: int = 0
    articles_unchanged: int = 0
    claims: int = 0
    words: int = 0
    errors: list[str] = field(default_factory=list)
    orphaned_annotations: list[str] = field(default_factory=list)
    retargeted_annotations: list[str] = field(default_factory=list)
    store_counts: dict[str, int] = field(default_factory=dict)
    page: Path | None = None

    def summary(self) -> str:
        c = self.store_counts
        lines = [
            f"articles: {self.articles} read, {self.articles - self.articles_unchanged} new or changed, "
            f"{self.articles_unchanged} unchanged",
            f"claims:   {self.claims} extracted",
        ]
        if c:
            lines.append(
                f"store:    {c.get('articles', 0)} articles, {c.get('claims', 0)} claims, "
                f"{c.get('actors', 0)} actors, {c.get('annotations', 0)} annotations"
            )
        if self.page is not None:
            lines.append(f"page:     {self.page}")
        if self.retargeted_annotations:
            lines.append(f"annotations moved to a re-identified claim: {len(self.retargeted_annotations)}")
        if self.orphaned_annotations:
            lines.append(f"orphaned annotations (their claim is gone): {len(self.orphaned_annotations)}")
        if self.errors:
            lines.append(f"problems: {len(self.errors)} (see above)")
        return "\n".join(lines)


def _progress_bar(total: int | None, desc: str) -> Any:
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="article", file=sys.stderr, leave=False)


class KnowledgeGraph:
    """One knowledge graph: a store plus the operations analysts run on it.

    >>> import tempfile, kg
    >>> with kg.KnowledgeGraph.open(tempfile.mkdtemp() + "/kg.store") as graph:
    ...     graph.counts()["claims"]
    0
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def open(cls, location: str | Path = DEFAULT_STORE, *, read_only: bool = False) -> KnowledgeGraph:
        from .store import Store

        return cls(Store.open(location, read_only=read_only))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------
    def add(
        self,
        articles: Iterable[Article],
        *,
        extractor: str = "dependency.v1",
        batch_size: int = 64,
        on_error: Callable[[KGError], None] | None = None,
        report: BuildReport | None = None,
    ) -> BuildReport:
        """Extract claims from `articles` and store them, one atomic write per article."""
        report = report or BuildReport()

        def problem(err: KGError) -> None:
            report.errors.append(str(err))
            if on_error is not None:
                on_error(err)

        bar = _progress_bar(None, "extracting")
        try:
            for result in extract_claims(
                self._not_current(articles, extractor, report),
                extractor=extractor,
                batch_size=batch_size,
                on_error=problem,
                progress=bar.update if bar is not None else None,
            ):
                report.articles += 1
                report.words += result.words
                report.claims += len(result.claims)
                try:
                    added = self.store.add(
                        result.article,
                        result.claims,
                        extractor=result.extractor,
                        extractor_version=result.extractor_version,
                        pipeline=result.pipeline,
                    )
                except KGError as exc:
                    problem(exc)
                    continue
                if not added.changed:
                    report.articles_unchanged += 1
                report.orphaned_annotations.extend(added.orphaned_annotations)
                report.retargeted_annotations.extend(added.retargeted_annotations)
        finally:
            if bar is not None:
                bar.close()
        report.store_counts = self.store.counts()
        return report

    def _not_current(self, articles: Iterable[Article], extractor: str, report: BuildReport) -> Iterable[Article]:
        """Articles the store does not already hold as this extractor and pipeline would write them."""
        from .extract import SUPPORTED_LANGUAGES, make_extractor
        from .nlp import nlp_for

        ex = make_extractor(extractor)
        for article in articles:
            if article.language in SUPPORTED_LANGUAGES:
                info = nlp_for(article.language)[1]
                if self.store.is_current(
                    article, extractor=ex.name, extractor_version=ex.version, pipeline=f"{info.name}-{info.version}"
                ):
                    report.articles += 1
                    report.articles_unchanged += 1
                    continue
            yield article

    # -- reading -----------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        return self.store.counts()

    def query_df(self, sparql: str, *, bindings: dict[str, Any] | None = None) -> pd.DataFrame:
        """SPARQL (a query string, a ``.rq`` path or a canned query name) as a DataFrame."""
        from .query import run_query

        return run_query(self.store, sparql, bindings=bindings)

    def claims(self, **filters: Any) -> pd.DataFrame:
        """One row per claim with provenance and the latest annotation."""
        return self.store.claims_df(**filters)

    def to_networkx(self, **options: Any) -> nx.MultiDiGraph:
        from .graph import to_networkx

        return to_networkx(self.claims(), **options)

    def render_html(self, path: str | Path = DEFAULT_PAGE, **options: Any) -> Path:
        from .visualize import render_html

        Path(path).parent.mkdir(parents=True, exist_ok=True)
        return render_html(self.claims(), path, **options)

    # -- review (kg.annotate, kg.review) -------------------------------------------------
    def annotate(
        self,
        target: str | tuple[str, str, str],
        *,
        verdict: str,
        relation: str | None = None,
        note: str = "",
        analyst: str | None = None,
    ) -> tuple[Annotation, ...]:
        """Confirm, reject, correct or comment on a claim id or an edge (subject, relation, object)."""
        from .annotate import annotate

        return annotate(self.store, target, verdict=verdict, relation=relation, note=note, analyst=analyst)

    def annotations(self, **filters: Any) -> pd.DataFrame:
        """Every annotation with the claim it is on (see `kg.annotate.annotations`)."""
        from .annotate import annotations

        return annotations(self.store, **filters)

    def edges(self, **filters: Any) -> pd.DataFrame:
        """One row per (subject, relation after corrections, object); rejected claims left out."""
        from .annotate import edges

        return edges(self.store, **filters)

    def show(self, **options: Any) -> Any:
        """The graph page inline in Jupyter (options as for `render_html`)."""
        from .annotate import reviewed_claims
        from .visualize import notebook_html

        return notebook_html(reviewed_claims(self.store), **options)

    def review(self, *, analyst: str | None = None, **filters: Any) -> Any:
        """A review widget over the claims matching `filters` (unreviewed first)."""
        from .review import ReviewWidget

        return ReviewWidget(self.store, analyst=analyst, **filters)


def build(
    inputs: Iterable[str | Path],
    *,
    store: str | Path = DEFAULT_STORE,
    page: str | Path | None = DEFAULT_PAGE,
    extractor: str = "dependency.v1",
    batch_size: int = 64,
    on_error: Callable[[KGError], None] | None = None,
) -> BuildReport:
    """Ingest -> extract -> store -> page. Problems go to `on_error` and the rest goes on."""
    report = BuildReport()

    def problem(err: KGError) -> None:
        report.errors.append(str(err))
        if on_error is not None:
            on_error(err)

    with KnowledgeGraph.open(store) as graph:
        graph.add(
            read_articles(*inputs, on_error=problem),
            extractor=extractor,
            batch_size=batch_size,
            on_error=on_error,
            report=report,
        )
        if page is not None:
            report.page = graph.render_html(page)
    return report


def extract_files(
    inputs: Iterable[str | Path],
    *,
    extractor: str = "dependency.v1",
    on_error: Callable[[KGError], None] | None = None,
) -> Iterable[tuple[Article, tuple[Claim, ...]]]:
    """Claims per article without a store (``kg extract``)."""
    for result in extract_claims(read_articles(*inputs, on_error=on_error), extractor=extractor, on_error=on_error):
        yield result.article, result.claims
