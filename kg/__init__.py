"""kg: knowledge graphs of geopolitical relations from Dutch and English news.

The whole flow in a few lines::

    import kg
    graph = kg.KnowledgeGraph.open("output/kg.store")
    graph.add(kg.read_articles("news/"))          # ingest -> spaCy -> actors -> claims -> RDF
    graph.query_df("SELECT ?a ?b WHERE { ?a kg:supports ?b }")
    graph.render_html("output/graph.html")         # self-contained pyvis page

Or from the shell: ``kg build news/`` then ``kg query 'SELECT ...'``.
"""

from __future__ import annotations

from .api import DEFAULT_PAGE, DEFAULT_STORE, BuildReport, KnowledgeGraph, build, extract_files
from .errors import (
    ActorError,
    AnnotationError,
    ExtractionError,
    IngestError,
    KGError,
    PipelineError,
    QueryError,
    StoreError,
    StoreLockedError,
    VisualizeError,
)
from .extract import extract_claims, make_extractor
from .ingest import read_articles
from .model import RELATIONS, Actor, Annotation, Article, Claim, Mention, Provenance, claim_record
from .nlp import nlp_for
from .query import load_query, run_query
from .store import Store

__version__ = "0.1.0"

__all__ = [
    "KnowledgeGraph",
    "build",
    "extract_files",
    "BuildReport",
    "DEFAULT_STORE",
    "DEFAULT_PAGE",
    "read_articles",
    "extract_claims",
    "make_extractor",
    "nlp_for",
    "Store",
    "run_query",
    "load_query",
    "Article",
    "Actor",
    "Mention",
    "Provenance",
    "Claim",
    "Annotation",
    "RELATIONS",
    "claim_record",
    "KGError",
    "IngestError",
    "PipelineError",
    "ActorError",
    "ExtractionError",
    "StoreError",
    "StoreLockedError",
    "QueryError",
    "VisualizeError",
    "AnnotationError",
]
