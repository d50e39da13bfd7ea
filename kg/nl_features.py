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
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

__all__ = [
    "CLASS_BITS",
    "COORDINATION",
    "FRONTED",
    "HET_SUBJECT",
    "coordination",
    "fronted_subject",
    "het_subject",
    "word_classes",
    "install",
]

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


FRONTED = "kg_nl_fronted_subject"
_ADVERBIAL = {"advmod", "amod", "nmod", "dep", "appos", "obl"}


@Language.component(FRONTED)
def fronted_subject(doc: Doc) -> Doc:
    """Dutch verb-second repair: a bare proper name right before the finite verb of a main clause,
    labelled adverbial while a later nominal is the subject, is the subject itself.

    "Rusland levert Noord-Korea steun": small parsers read the fronted "Rusland" like a fronted
    time or place ("Dinsdag levert ...") and make "Noord-Korea" the subject. A name that the lemma
    tables know as an ordinary word (days, months, common nouns) is left alone, and so is anything
    with a preposition; the later "subject", if any, becomes the (indirect) object.
    """
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("VERB", "AUX"):
            continue
        finite = min([root, *(c for c in root.children if c.dep_ in ("aux", "aux:pass", "cop"))], key=lambda t: t.i)
        first = next((t for t in sent if not t.is_punct), None)
        if first is None or first.head.i != root.i or first.dep_ not in _ADVERBIAL or first.pos_ != "PROPN":
            continue
        if first.right_edge.i + 1 != finite.i or any(c.dep_ == "case" for c in first.children):
            continue
        if word_classes(first.text):
            continue  # "Dinsdag", "Vandaag": an ordinary word in first position
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass", "csubj", "expl")]
        if not subjects:
            first.dep_ = "nsubj"  # "Rusland/advmod sloot de grens": no subject at all
        elif len(subjects) == 1 and subjects[0].dep_ == "nsubj" and subjects[0].i > finite.i:
            first.dep_ = "nsubj"
            subjects[0].dep_ = "iobj" if any(c.dep_ == "obj" for c in root.children) else "obj"
    return doc


COORDINATION = "kg_nl_coordination"


@Language.component(COORDINATION)
def coordination(doc: Doc) -> Doc:
    """Reattach a conjunct the parser made a second subject: in "de strijd tegen de Verenigde Staten
    en Israël laat ontaarden", "Israël" hangs on the verb as nsubj although "Iran" is the subject;
    after "en"/"of" it continues the nominal before the conjunction.
    """
    for tok in doc:
        if tok.dep_ != "nsubj" or tok.pos_ not in ("PROPN", "NOUN") or tok.i < 2:
            continue
        cc, before = doc[tok.i - 1], doc[tok.i - 2]
        if cc.pos_ != "CCONJ" or cc.lower_ not in ("en", "of"):
            continue
        verb = tok.head
        if not any(c.dep_ == "nsubj" and c.i < cc.i and c.i != tok.i for c in verb.children):
            continue  # the only subject: "Frankrijk en Duitsland" may well be a coordinated subject
        head = before.head if before.dep_ in ("flat", "fixed") else before
        if head.dep_ not in ("nmod", "obl", "obj", "obl:arg", "conj", "iobj") or head.i == verb.i:
            continue
        tok.head, tok.dep_ = head, "conj"
        cc.head, cc.dep_ = tok, "cc"
    return doc


HET_SUBJECT = "kg_nl_het_subject"
_SUBORDINATORS = {"dat", "of", "omdat", "als", "nadat", "zodat", "terwijl", "hoewel", "voordat", "wanneer"}


@Language.component(HET_SUBJECT)
def het_subject(doc: Doc) -> Doc:
    """ "Israël ontkent dat het Iran heeft aangevallen": after a subordinating conjunction "het"
    before a proper name is the clause's subject pronoun, not the name's article (states take no
    article in Dutch); small parsers read "het Iran" as one noun phrase."""
    for tok in doc[1:]:
        name = tok.head
        if tok.lower_ != "het" or tok.dep_ != "det" or name.pos_ != "PROPN" or name.i != tok.i + 1:
            continue
        if doc[tok.i - 1].lower_ not in _SUBORDINATORS:
            continue
        verb = name.head
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "nsubj" and c.i != name.i for c in verb.children):
            continue
        tok.head, tok.dep_, tok.pos_ = verb, "nsubj", "PRON"
        if name.dep_ == "nsubj":
            name.dep_ = "obj"
    return doc
