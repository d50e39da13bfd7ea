"""kg.nl_features: the Dutch word-class lexicon features and the two parse repairs (hand-built docs)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.nl_features import CLASS_BITS, coordination, fronted_subject, word_classes


def parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    nlp = spacy.blank("nl")
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_word_classes_from_the_lemma_tables() -> None:
    assert word_classes("reist") == CLASS_BITS["verb"]
    assert word_classes("verbraken") & CLASS_BITS["verb"]
    assert word_classes("dinsdag") & CLASS_BITS["noun"]
    assert word_classes("Rusland") == 0  # names are not in the tables
    assert word_classes("...") == 0


def test_fronted_name_labelled_adverbial_becomes_the_subject() -> None:
    # "Rusland levert Noord-Korea steun ." as small parsers read it
    doc = parsed(
        ["Rusland", "levert", "Noord-Korea", "steun", "."],
        [1, 1, 1, 1, 1],
        ["advmod", "ROOT", "nsubj", "obj", "punct"],
        ["PROPN", "VERB", "PROPN", "NOUN", "PUNCT"],
    )
    fronted_subject(doc)
    assert [t.dep_ for t in doc] == ["nsubj", "ROOT", "iobj", "obj", "punct"]


def test_fronted_ordinary_word_is_left_alone() -> None:
    # "Dinsdag levert Nederland steun .": a day in first position is no subject
    doc = parsed(
        ["Dinsdag", "levert", "Nederland", "steun", "."],
        [1, 1, 1, 1, 1],
        ["obl", "ROOT", "nsubj", "obj", "punct"],
        ["PROPN", "VERB", "PROPN", "NOUN", "PUNCT"],
    )
    fronted_subject(doc)
    assert [t.dep_ for t in doc][:3] == ["obl", "ROOT", "nsubj"]


def test_second_subject_after_a_conjunction_rejoins_the_nominal_before_it() -> None:
    # "Iran laat de strijd tegen Amerika en Israël ontaarden ."
    words = ["Iran", "laat", "de", "strijd", "tegen", "Amerika", "en", "Israël", "ontaarden", "."]
    heads = [8, 8, 3, 8, 5, 3, 8, 8, 8, 8]
    deps = ["nsubj", "aux", "det", "obj", "case", "nmod", "cc", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "AUX", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"]
    doc = coordination(parsed(words, heads, deps, pos))
    assert (doc[7].dep_, doc[7].head.text) == ("conj", "Amerika")
    assert (doc[6].dep_, doc[6].head.text) == ("cc", "Israël")
    assert doc[0].dep_ == "nsubj"


def test_coordinated_subjects_stay_subjects() -> None:
    # "Frankrijk en Duitsland overleggen ." has one subject with a conjunct: nothing to repair
    doc = parsed(
        ["Frankrijk", "en", "Duitsland", "overleggen", "."],
        [3, 2, 0, 3, 3],
        ["nsubj", "cc", "conj", "ROOT", "punct"],
        ["PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"],
    )
    coordination(doc)
    assert [t.dep_ for t in doc] == ["nsubj", "cc", "conj", "ROOT", "punct"]


def test_het_after_dat_before_a_name_is_the_subject_pronoun() -> None:
    from kg.nl_features import het_subject

    # "Israël ontkent dat het Iran heeft aangevallen ." with "het Iran" read as one noun phrase
    words = ["Israël", "ontkent", "dat", "het", "Iran", "heeft", "aangevallen", "."]
    heads = [1, 1, 6, 4, 6, 6, 1, 1]
    deps = ["nsubj", "ROOT", "mark", "det", "obj", "aux", "ccomp", "punct"]
    pos = ["PROPN", "VERB", "SCONJ", "DET", "PROPN", "AUX", "VERB", "PUNCT"]
    doc = het_subject(parsed(words, heads, deps, pos))
    assert (doc[3].dep_, doc[3].head.text, doc[3].pos_) == ("nsubj", "aangevallen", "PRON")
    assert doc[4].dep_ == "obj"
