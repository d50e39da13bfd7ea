"""Errors raised by kg, one class per stage.

Every message says what failed, the offending value and how to fix it, so the CLI
can print it as a single line without a traceback.
"""

from __future__ import annotations

__all__ = [
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
    "EvaluationError",
]


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class IngestError(KGError):
    """An input file or record could not be read as an article."""


class PipelineError(KGError):
    """A spaCy pipeline could not be found or loaded."""


class ActorError(KGError):
    """Actor data is missing or malformed."""


class ExtractionError(KGError):
    """An extractor failed on an article or is unknown."""


class StoreError(KGError):
    """The RDF store could not be opened, read or written."""


class StoreLockedError(StoreError):
    """The store directory is held by another process."""


class QueryError(KGError):
    """A SPARQL query is malformed or failed."""


class VisualizeError(KGError):
    """The graph page could not be rendered."""


class AnnotationError(KGError):
    """An annotation targets an unknown claim or carries an invalid verdict."""


class EvaluationError(KGError):
    """A gold data set for `kg evaluate` is missing or malformed."""
