"""Lexicon features for kg's Dutch pipeline: the word classes a word can have.

A model trained on 150,000 words of treebank text has seen few of the words in the news, and
without pretrained vectors it guesses an unseen word's part of speech from its spelling alone:
"reist", "verbraken" and "doelen" end like nouns. spacy-lookups-data's Dutch lemma tables (a
213,000-form lookup, lemma lists per word class and irregular forms) know which classes a form
can belong to. :func:`word_classes` turns that into a small bit mask, which the pipeline reads as
lexeme flags FLAG40-FLAG47 next to NORM, PREFIX, SUFFIX and SHAPE (see
``training/nl/config.cfg``). The pipeline's config names the callback that installs it
(``[nlp.before_creation]``), so loading the bundled pipeline needs this module imported first;
:mod:`kg.nlp` does that.

>>> word_classes("reist") == CLASS_BITS["verb"]
True
>>> sorted(c for c, bit in CLASS_BITS.items() if word_classes("doelen") & bit)
['noun', 'verb']
>>> word_classes("Qwxzzy")
0
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy import attrs
from spacy.util import registry

__all__ = ["CLASS_BITS", "word_classes", "install"]

CLASSES = ("noun", "verb", "adj", "adv", "adp", "det", "pron", "num")
CLASS_BITS = {c: 1 << i for i, c in enumerate(CLASSES)}
#: One lexeme flag per class (spaCy leaves FLAG19-FLAG63 to applications): the model reads
#: ``FLAG_ATTRS`` as features.
FLAG_IDS = {c: getattr(attrs, f"FLAG{40 + i}") for i, c in enumerate(CLASSES)}
FLAG_ATTRS = [f"FLAG{40 + i}" for i in range(len(CLASSES))]


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, frozenset[str]], dict[str, Any]]:
    import spacy_lookups_data

    data = Path(spacy_lookups_data.__file__).parent / "data"

    def read(name: str) -> Any:
        with gzip.open(data / f"nl_{name}.json.gz", "rt", encoding="utf-8") as fh:
            return json.load(fh)

    lookup = read("lemma_lookup")
    index = {pos: frozenset(words) for pos, words in read("lemma_index").items()}
    exc = read("lemma_exc")
    return lookup, index, exc


@lru_cache(maxsize=200_000)
def word_classes(form: str) -> int:
    """Bit mask of the word classes the Dutch lemma tables allow for `form` (0: unknown)."""
    if not form or not any(ch.isalpha() for ch in form):
        return 0
    lookup, index, exc = _tables()
    mask = 0
    lemmas = {form, form.lower()}
    for key in (form, form.lower()):
        if key in lookup:
            lemmas.add(lookup[key])
    for pos, bit in CLASS_BITS.items():
        words = index.get(pos, frozenset())
        forms = exc.get(pos, {})
        if any(lemma in words for lemma in lemmas) or form in forms or form.lower() in forms:
            mask |= bit
    return mask


def _has_class(bit: int) -> Callable[[str], bool]:
    def getter(form: str) -> bool:
        return bool(word_classes(form) & bit)

    return getter


@registry.callbacks("kg.nl_word_classes.v1")
def install() -> Callable[[type], type]:
    """A `before_creation` callback: the Language class gets one lexeme flag per word class."""

    def add_getter(lang_cls: type) -> type:
        defaults = lang_cls.Defaults  # type: ignore[attr-defined]
        getters = {flag: _has_class(CLASS_BITS[c]) for c, flag in FLAG_IDS.items()}
        defaults.lex_attr_getters = {**defaults.lex_attr_getters, **getters}
        return lang_cls

    return add_getter
