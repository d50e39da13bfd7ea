#!/usr/bin/env python
"""Build the kg Dutch pipeline ``nl_kg_ud`` from Universal Dependencies, offline.

One command does everything::

    OMP_NUM_THREADS=1 python training/train_nl.py

Stages (each can be run alone with ``--stage``):

1. ``prepare``: read the UD Dutch CoNLL-U files from ``../shared/data/ud``
   (override with ``--ud-dir``), harmonise the 2017 LassySmall train file with
   the current UD guidelines (see ``harmonise_2017``), and write DocBin corpora
   (10 sentences per doc) to ``training/corpus/`` (git-ignored: the texts are
   never committed).

   * train = LassySmall train (2017) + LassySmall test + Alpino dev
   * dev   = LassySmall dev (model selection only)
   * Alpino test is NEVER used here except for the final, reported number.

2. ``train``: ``spacy train training/nl/config.cfg`` -> ``training/output/nl``;
   the console log is copied, with elapsed seconds, to
   ``training/output/nl/train.log``.

3. ``package``: copy ``model-best`` to ``kg/pipelines/nl_kg_ud``, set
   meta.json (name, version, sources, licence) and record the accuracy on the
   LassySmall dev set and on the held-out UD Alpino test set.

Extra ``spacy train`` overrides can be given after ``--``, e.g.
``python training/train_nl.py -- --training.max_steps 2000``.
"""

from __future__ import annotations

import argparse
import collections
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_UD = ROOT.parent / "shared" / "data" / "ud"
CORPUS = ROOT / "training" / "corpus"
CONFIG = ROOT / "training" / "nl" / "config.cfg"
CONFIG_USED = CONFIG
OUTPUT = ROOT / "training" / "output" / "nl"
TARGET = ROOT / "kg" / "pipelines" / "nl_kg_ud"

TRAIN_FILES = [
    ("nl_lassysmall-2017-train.conllu", True),  # (file, needs harmonising)
    ("nl_lassysmall-test.conllu", False),
    ("alpino_nl_alpino-ud-dev.conllu", False),
]
DEV_FILES = ["nl_lassysmall-dev.conllu"]
HELD_OUT = "alpino_nl_alpino-ud-test.conllu"

VERSION = "0.2.0"

# Possessive determiners: in the 2017 LassySmall release these are DET/det
# without features; current UD Dutch annotates them PRON + Poss=Yes, nmod:poss.
POSSESSIVES = {
    "mijn": "1",
    "m'n": "1",
    "ons": "1",
    "onze": "1",
    "jouw": "2",
    "je": "2",
    "uw": "2",
    "jullie": "2",
    "zijn": "3",
    "z'n": "3",
    "haar": "3",
    "d'r": "3",
    "hun": "3",
    "diens": "3",
}
POSS_LEMMA = {"m'n": "mijn", "onze": "ons", "z'n": "zijn", "d'r": "haar"}


NEW_COP = {"zijn"}
CLAUSE_DEPS = {
    "nsubj",
    "nsubj:pass",
    "csubj",
    "aux",
    "aux:pass",
    "mark",
    "advcl",
    "parataxis",
    "expl",
    "iobj",
    "ccomp",
    "discourse",
    "vocative",
    "obl",
    "obl:agent",
    "obl:arg",
    "cc",
    "conj",
    "compound:prt",
}
REFLEXIVE = {"zich", "me", "mij", "je", "ons", "zichzelf", "mezelf", "jezelf", "u"}


def rows_of(block_lines):
    """Token rows (multiword-token and empty-node lines left out) of one CoNLL-U sentence."""
    rows = [line.split("\t") for line in block_lines if line and not line.startswith("#")]
    return [r for r in rows if r[0].isdigit()]


def learn_lexicons(clean_texts):
    """(verb lemma, preposition) pairs that take obl:arg and verbs with expl:pv, from current-UD files."""
    arg = collections.Counter()
    obl = collections.Counter()
    pv = collections.Counter()
    obj = collections.Counter()
    for text in clean_texts:
        for block in text.strip().split("\n\n"):
            rows = rows_of(block.split("\n"))
            by = {r[0]: r for r in rows}
            kids = collections.defaultdict(list)
            for r in rows:
                kids[r[6]].append(r)
            for r in rows:
                head = by.get(r[6])
                if head is None:
                    continue
                if r[7] in ("obl", "obl:arg"):
                    for k in kids[r[0]]:
                        if k[7] == "case":
                            (arg if r[7] == "obl:arg" else obl)[(head[2].lower(), k[2].lower())] += 1
                if r[1].lower() in REFLEXIVE and r[7] in ("expl:pv", "obj"):
                    (pv if r[7] == "expl:pv" else obj)[head[2].lower()] += 1
    arg_lex = {k for k, v in arg.items() if v >= 1 and v >= obl[k]}
    pv_lex = {k for k, v in pv.items() if v >= obj[k]}
    return arg_lex, pv_lex


def _tree(rows):
    """Heads and (first, last) subtree span of every token."""
    heads = {int(r[0]): int(r[6]) for r in rows}
    kids = collections.defaultdict(list)
    for dnt, h in heads.items():
        kids[h].append(dnt)
    span: dict[int, tuple[int, int]] = {}

    def sub(n):
        if n in span:
            return span[n]
        span[n] = (n, n)
        lo = hi = n
        for k in kids[n]:
            lo2, hi2 = sub(k)
            lo, hi = min(lo, lo2), max(hi, hi2)
        span[n] = (lo, hi)
        return span[n]

    for n in list(heads):
        sub(n)
    return heads, span


def _phrase(heads, span, ispunct, i, step):
    """Head of the largest phrase that starts right after (step=1) or ends right before (step=-1) token i."""
    j = i + step
    while j in heads and ispunct[j]:
        j += step
    if j not in heads:
        return None
    h, n = j, 0
    edge = 0 if step > 0 else 1
    while heads[h] != 0 and span[heads[h]][edge] == j and not ispunct.get(heads[h]) and n < 200:
        h, n = heads[h], n + 1
    return h


def harmonise_rows(rows, arg_lex, pv_lex, counts):
    """Apply the structural v2 rules to one sentence's rows in place (see ``harmonise_2017``)."""
    by = {r[0]: r for r in rows}
    # 1. copulas other than "zijn" become main verbs with an xcomp predicate
    for r in rows:
        if r[7] == "cop" and r[2].lower() not in NEW_COP:
            pred = by.get(r[6])
            if pred is None:
                continue
            r[6], r[7] = pred[6], pred[7]
            r[3] = "VERB"
            pred[6], pred[7] = r[0], "xcomp"
            for k in rows:
                if k is not r and k[6] == pred[0] and k[7] in CLAUSE_DEPS:
                    k[6] = r[0]
            counts["cop"] += 1
    for r in rows:
        head = by.get(r[6])
        # 2. prepositional complements
        if r[7] == "obl" and head is not None:
            cases = [k for k in rows if k[6] == r[0] and k[7] == "case"]
            if cases and (head[2].lower(), cases[0][2].lower()) in arg_lex:
                r[7] = "obl:arg"
                counts["obl:arg"] += 1
        # 3. inherently reflexive verbs
        if r[7] == "obj" and r[1].lower() in REFLEXIVE and head is not None and head[2].lower() in pv_lex:
            r[7] = "expl:pv"
            counts["expl:pv"] += 1
        # 4. fixed inside names and nominal compounds -> flat
        if (
            r[7] == "fixed"
            and head is not None
            and r[3] in ("NOUN", "PROPN", "ADJ", "X")
            and head[3] in ("NOUN", "PROPN", "X")
        ):
            r[7] = "flat"
            counts["fixed>flat"] += 1
    # 5./6. cc and punct attach to the adjacent phrase (UD v2)
    heads, span = _tree(rows)
    ispunct = {int(r[0]): r[7] == "punct" for r in rows}
    for r in rows:
        i, oh = int(r[0]), int(r[6])
        if r[7] == "cc":
            h = _phrase(heads, span, ispunct, i, +1)
            if h is not None and h != i and heads[h] != i:
                r[6] = str(h)
                counts["cc"] += 1
        elif r[7] == "punct":
            new = None
            rgt = _phrase(heads, span, ispunct, i, +1)
            if rgt is not None and heads[rgt] != 0 and rgt != oh:
                new = rgt
            if new is None and rgt is not None:  # sentence-final punctuation stays on the root
                lft = _phrase(heads, span, ispunct, i, -1)
                if lft is not None and lft != oh and heads[lft] != 0:
                    new = lft
            if new is not None:
                r[6] = str(new)
                counts["punct"] += 1
    return rows


def is_tree(rows):
    """True when the rows form one rooted tree."""
    heads = {int(r[0]): int(r[6]) for r in rows}
    if sum(1 for h in heads.values() if h == 0) != 1:
        return False
    for n in heads:
        seen = set()
        while n != 0:
            if n in seen or n not in heads:
                return False
            seen.add(n)
            n = heads[n]
    return True


def sentence_text(block: str) -> str:
    """The space-joined word forms of one CoNLL-U sentence: the key used to find duplicates."""
    return " ".join(r[1] for r in rows_of(block.split("\n")))


def harmonise_2017(
    text: str, arg_lex: set | None = None, pv_lex: set | None = None, drop: set[str] | None = None
) -> tuple[str, dict]:
    """Map the UD v2.0 (2017) LassySmall train annotation to current conventions.

    1613 of its sentences also occur, re-annotated, in the current LassySmall
    dev/test files; comparing the two versions showed what changed. Sentences
    whose text is in ``drop`` (the dev and test sentences) are left out, so that
    model selection on dev is not inflated and no sentence is trained twice
    with two annotations. Then, per sentence:

    * ``flat:name`` -> ``flat``; ``fixed`` inside names / nominal compounds -> ``flat``
    * possessive determiners (DET/det, lemma zijn/haar/hun/...) ->
      PRON, ``Person=N|Poss=Yes|PronType=Prs``, deprel ``nmod:poss``
    * ``obl`` with a ``case`` dependent "door" under a head that has an
      ``aux:pass`` dependent -> ``obl:agent``
    * ``obl`` -> ``obl:arg`` when (verb lemma, preposition) takes ``obl:arg`` in
      the current-UD training files (``arg_lex``, see ``learn_lexicons``);
      reflexive ``obj`` of an inherently reflexive verb -> ``expl:pv`` (``pv_lex``)
    * copulas other than "zijn" (worden, blijven, heten, ...) become the head,
      with the predicate as ``xcomp`` and the clause dependents moved to the verb
    * ``cc`` and ``punct`` attach to the adjacent phrase (UD v2 style)

    On the 803 LassySmall test sentences that occur in both versions this
    raises agreement with the current annotation (non-punctuation tokens)
    from UAS 92.6 / LAS 85.6 (flat:name mapping only) to UAS 97.1 / LAS 91.3.
    Sentences that would not form a tree afterwards are dropped.
    """
    counts: collections.Counter = collections.Counter()
    arg_lex, pv_lex, drop = arg_lex or set(), pv_lex or set(), drop or set()
    out_blocks = []
    for block in text.strip().split("\n\n"):
        if sentence_text(block) in drop:
            counts["duplicate_dropped"] += 1
            continue
        lines = block.split("\n")
        rows = {}
        for i, line in enumerate(lines):
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if cols[0].isdigit():
                rows[cols[0]] = (i, cols)
        children: dict[str, list[list[str]]] = {}
        for _, cols in rows.values():
            children.setdefault(cols[6], []).append(cols)
        for _, cols in rows.values():
            if cols[7] == "flat:name":
                cols[7] = "flat"
                counts["flat"] += 1
            form = cols[1].lower()
            if cols[3] == "DET" and cols[7] == "det" and form in POSSESSIVES:
                cols[3] = "PRON"
                cols[2] = POSS_LEMMA.get(form, cols[2])
                cols[5] = f"Person={POSSESSIVES[form]}|Poss=Yes|PronType=Prs"
                cols[7] = "nmod:poss"
                counts["poss"] += 1
        for _, cols in rows.values():
            if cols[7] != "obl":
                continue
            kids = children.get(cols[0], [])
            if not any(k[7] == "case" and k[1].lower() == "door" for k in kids):
                continue
            head_kids = children.get(cols[6], [])
            if any(k[7] == "aux:pass" for k in head_kids):
                cols[7] = "obl:agent"
                counts["agent"] += 1
        harmonise_rows([cols for _, cols in rows.values()], arg_lex, pv_lex, counts)
        if not is_tree([cols for _, cols in rows.values()]):
            counts["not_a_tree_dropped"] += 1
            continue
        for i, cols in rows.values():
            lines[i] = "\t".join(cols)
        out_blocks.append("\n".join(lines))
    return "\n\n".join(out_blocks) + "\n\n", dict(counts)


def conllu_to_docbin(text: str, lang: str, out: Path, n_sents: int = 10) -> int:
    import spacy
    from spacy.tokens import DocBin
    from spacy.training.converters import conllu_to_docs

    docs = list(conllu_to_docs(text, n_sents=n_sents, no_print=True))
    # conllu_to_docs builds docs on a throwaway vocab; that is fine for DocBin.
    del spacy
    out.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(out)
    return sum(len(d) for d in docs)


def prepare(ud_dir: Path, use_2017: bool = True) -> None:
    missing = [f for f, _ in TRAIN_FILES if not (ud_dir / f).exists()]
    missing += [f for f in DEV_FILES + [HELD_OUT] if not (ud_dir / f).exists()]
    if missing:
        sys.exit(f"UD files missing in {ud_dir}: {missing}")
    for sub in ("nl_train", "nl_dev", "nl_heldout"):
        shutil.rmtree(CORPUS / sub, ignore_errors=True)
    current = [(ud_dir / f).read_text(encoding="utf8") for f, old in TRAIN_FILES if not old]
    arg_lex, pv_lex = learn_lexicons(current)
    drop = {
        sentence_text(b)
        for f in [*(f for f, old in TRAIN_FILES if not old), *DEV_FILES]
        for b in (ud_dir / f).read_text(encoding="utf8").strip().split("\n\n")
    }
    for name, needs_harmonising in TRAIN_FILES:
        if needs_harmonising and not use_2017:
            print(f"skipped {name} (--no-2017)")
            continue
        text = (ud_dir / name).read_text(encoding="utf8")
        if needs_harmonising:
            text, counts = harmonise_2017(text, arg_lex, pv_lex, drop)
            print(f"harmonised {name}: {counts}")
        n = conllu_to_docbin(text, "nl", CORPUS / "nl_train" / (Path(name).stem + ".spacy"))
        print(f"train  {name}: {n} tokens")
    for name in DEV_FILES:
        text = (ud_dir / name).read_text(encoding="utf8")
        n = conllu_to_docbin(text, "nl", CORPUS / "nl_dev" / (Path(name).stem + ".spacy"))
        print(f"dev    {name}: {n} tokens")
    text = (ud_dir / HELD_OUT).read_text(encoding="utf8")
    n = conllu_to_docbin(text, "nl", CORPUS / "nl_heldout" / (Path(HELD_OUT).stem + ".spacy"))
    print(f"heldout {HELD_OUT}: {n} tokens (evaluation only)")


def train(overrides: list[str]) -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    cmd = [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(CONFIG_USED),
        "--output",
        str(OUTPUT),
        "--paths.train",
        str(CORPUS / "nl_train"),
        "--paths.dev",
        str(CORPUS / "nl_dev"),
        "--code",
        str(ROOT / "kg" / "nl_features.py"),  # the word-class lexicon features (see the config)
        *overrides,
    ]
    env = dict(os.environ)
    env.setdefault("OMP_NUM_THREADS", "1")
    env.setdefault("OPENBLAS_NUM_THREADS", "1")
    env["PYTHONUNBUFFERED"] = "1"
    print(" ".join(cmd), flush=True)
    start = time.time()
    with open(OUTPUT / "train.log", "w", encoding="utf8") as log:
        proc = subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            stamped = f"[{time.time() - start:7.0f}s] {line}"
            sys.stdout.write(stamped)
            sys.stdout.flush()
            log.write(stamped)
            log.flush()
        rc = proc.wait()
    if rc != 0:
        sys.exit(f"spacy train failed with exit code {rc}")


def evaluate(nlp, path: Path) -> dict:
    from spacy.training import Corpus

    examples = list(Corpus(str(path))(nlp))
    scores = nlp.evaluate(examples)
    keep = ["token_acc", "pos_acc", "morph_acc", "dep_uas", "dep_las", "sents_f", "lemma_acc"]
    return {k: round(float(scores[k]) * 100, 2) for k in keep if scores.get(k) is not None}


def package(model_dir: Path) -> None:
    import spacy

    if not (model_dir / "meta.json").exists():
        sys.exit(f"no trained model in {model_dir}")
    sys.path.insert(0, str(ROOT))
    import kg.nl_features  # registers the word-class features the config names and the V2 repair

    nlp = spacy.load(model_dir)
    # Three parse repairs (rules, no weights: kg/nl_features.py) are part of the shipped pipeline.
    for name in (kg.nl_features.FRONTED, kg.nl_features.COORDINATION, kg.nl_features.HET_SUBJECT):
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, before="lemmatizer")
    dev = evaluate(nlp, CORPUS / "nl_dev")
    heldout = evaluate(nlp, CORPUS / "nl_heldout")
    print("LassySmall dev:", dev)
    print("Alpino test (held out):", heldout)
    meta = nlp.meta
    meta.update(
        {
            "lang": "nl",
            "name": "kg_ud",
            "version": VERSION,
            "description": (
                "Dutch pipeline for kg (tok2vec, morphologizer, parser, rule "
                "lemmatizer) trained from scratch, without pretrained vectors, on "
                "Universal Dependencies Dutch LassySmall and Alpino. Besides spelling "
                "features the tok2vec reads the word classes spacy-lookups-data's "
                "Dutch lemma tables allow for each form (kg.nl_features; import it "
                "before spacy.load). Lemmas come from spaCy's rule lemmatizer with "
                "the spacy-lookups-data 1.0.5 Dutch tables (stored in the pipeline) "
                "and are lowercased."
            ),
            "author": "kg project",
            "license": "CC BY-SA 4.0",
            "sources": [
                {
                    "name": "UD Dutch LassySmall",
                    "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
                    "license": "CC BY-SA 4.0",
                    "author": (
                        "Gosse Bouma, Gertjan van Noord "
                        "(Lassy Small corpus: University of Groningen / Dutch Language Union)"
                    ),
                    "usage": (
                        "train (2017 UD v2.0 train, harmonised, without its sentences that recur in "
                        "dev/test) + test; dev for model selection"
                    ),
                },
                {
                    "name": "UD Dutch Alpino",
                    "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
                    "license": "CC BY-SA 4.0",
                    "author": "Gosse Bouma, Gertjan van Noord (Alpino Treebank, University of Groningen)",
                    "usage": "dev used for training; test held out for evaluation only",
                },
                {
                    "name": "spacy-lookups-data 1.0.5 (Dutch lemma tables)",
                    "url": "https://github.com/explosion/spacy-lookups-data",
                    "license": "MIT",
                },
            ],
            "performance": {
                **{k: v / 100 for k, v in dev.items()},
            },
            "kg_evaluation": {
                "lassysmall_dev": dev,
                "alpino_test_heldout": heldout,
                "note": "percent; spaCy Scorer (nlp.evaluate) on raw text of 10-sentence docs",
            },
        }
    )
    nlp.meta = meta
    shutil.rmtree(TARGET, ignore_errors=True)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(TARGET)
    shutil.copyfile(ROOT / "training" / "nl" / "PIPELINE_LICENSE", TARGET / "LICENSE")
    shutil.copyfile(ROOT / "training" / "nl" / "PIPELINE_README.md", TARGET / "README.md")
    size = sum(p.stat().st_size for p in TARGET.rglob("*") if p.is_file())
    print(f"packaged {TARGET} ({size / 1e6:.1f} MB)")


def curve(log: Path | None = None) -> str:
    """Markdown table of the dev-set training curve from train.log."""
    log = log or OUTPUT / "train.log"
    import re

    rows = [
        "| elapsed (s) | epoch | step | POS | morph | UAS | LAS | sent F | lemma | score |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    pat = re.compile(r"^\[\s*(\d+)s\]\s+(\d+)\s+(\d+)\s+" + r"([\d.]+)\s+" * 3 + r"([\d.]+)\s+" * 6 + r"([\d.]+)\s*$")
    for line in log.read_text(encoding="utf8").splitlines():
        m = pat.match(line)
        if m:
            g = m.groups()
            rows.append("| " + " | ".join([g[0], g[1], g[2], *g[6:13]]) + " |")
    return "\n".join(rows)


def main() -> None:
    global CORPUS, OUTPUT, CONFIG_USED
    argv = sys.argv[1:]
    overrides: list[str] = []
    if "--" in argv:
        i = argv.index("--")
        argv, overrides = argv[:i], argv[i + 1 :]
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ud-dir", type=Path, default=DEFAULT_UD)
    ap.add_argument("--stage", choices=["all", "prepare", "train", "package", "curve"], default="all")
    ap.add_argument(
        "--no-2017",
        action="store_true",
        help="train on the current-UD files only (leave out the 2017 LassySmall train file)",
    )
    ap.add_argument("--config", type=Path, default=None, help="training config (default training/nl/config.cfg)")
    ap.add_argument("--corpus", type=Path, default=None, help="corpus directory (default training/corpus)")
    ap.add_argument("--output", type=Path, default=None, help="training output directory (default training/output/nl)")
    ap.add_argument(
        "--model",
        type=Path,
        default=ROOT / "training" / "output" / "nl" / "model-best",
        help="model directory to package (default: model-best)",
    )
    args = ap.parse_args(argv)
    CORPUS = args.corpus or CORPUS
    CONFIG_USED = args.config or CONFIG
    if args.output:
        OUTPUT = args.output
        if args.model == ROOT / "training" / "output" / "nl" / "model-best":
            args.model = OUTPUT / "model-best"
    if args.stage in ("all", "prepare"):
        prepare(args.ud_dir, use_2017=not args.no_2017)
    if args.stage in ("all", "train"):
        train(overrides)
    if args.stage in ("all", "package"):
        package(args.model)
    if args.stage == "curve":
        print(curve())


if __name__ == "__main__":
    main()
