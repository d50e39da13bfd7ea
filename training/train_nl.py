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
import json
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
OUTPUT = ROOT / "training" / "output" / "nl"
TARGET = ROOT / "kg" / "pipelines" / "nl_kg_ud"

TRAIN_FILES = [
    ("nl_lassysmall-2017-train.conllu", True),  # (file, needs harmonising)
    ("nl_lassysmall-test.conllu", False),
    ("alpino_nl_alpino-ud-dev.conllu", False),
]
DEV_FILES = ["nl_lassysmall-dev.conllu"]
HELD_OUT = "alpino_nl_alpino-ud-test.conllu"

VERSION = "0.1.0"

# Possessive determiners: in the 2017 LassySmall release these are DET/det
# without features; current UD Dutch annotates them PRON + Poss=Yes, nmod:poss.
POSSESSIVES = {
    "mijn": "1", "m'n": "1", "ons": "1", "onze": "1",
    "jouw": "2", "je": "2", "uw": "2", "jullie": "2",
    "zijn": "3", "z'n": "3", "haar": "3", "d'r": "3", "hun": "3", "diens": "3",
}
POSS_LEMMA = {"m'n": "mijn", "onze": "ons", "z'n": "zijn", "d'r": "haar"}


def harmonise_2017(text: str) -> tuple[str, dict]:
    """Map the UD v2.0 (2017) LassySmall train annotation to current conventions.

    Only mechanical, unambiguous changes are made:
    * ``flat:name`` -> ``flat``
    * possessive determiners (DET/det, lemma zijn/haar/hun/...) ->
      PRON, ``Person=N|Poss=Yes|PronType=Prs``, deprel ``nmod:poss``
    * ``obl`` with a ``case`` dependent "door" under a head that has an
      ``aux:pass`` dependent -> ``obl:agent``
    ``obl:arg`` and ``expl:pv`` (newer, lexically determined subtypes) are not
    reconstructed.
    """
    counts = {"flat": 0, "poss": 0, "agent": 0}
    out_blocks = []
    for block in text.strip().split("\n\n"):
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
        for i, cols in rows.values():
            lines[i] = "\t".join(cols)
        out_blocks.append("\n".join(lines))
    return "\n\n".join(out_blocks) + "\n\n", counts


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


def prepare(ud_dir: Path) -> None:
    missing = [f for f, _ in TRAIN_FILES if not (ud_dir / f).exists()]
    missing += [f for f in DEV_FILES + [HELD_OUT] if not (ud_dir / f).exists()]
    if missing:
        sys.exit(f"UD files missing in {ud_dir}: {missing}")
    for sub in ("nl_train", "nl_dev", "nl_heldout"):
        shutil.rmtree(CORPUS / sub, ignore_errors=True)
    for name, needs_harmonising in TRAIN_FILES:
        text = (ud_dir / name).read_text(encoding="utf8")
        if needs_harmonising:
            text, counts = harmonise_2017(text)
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
        sys.executable, "-m", "spacy", "train", str(CONFIG),
        "--output", str(OUTPUT),
        "--paths.train", str(CORPUS / "nl_train"),
        "--paths.dev", str(CORPUS / "nl_dev"),
        *overrides,
    ]
    env = dict(os.environ)
    env.setdefault("OMP_NUM_THREADS", "1")
    env.setdefault("OPENBLAS_NUM_THREADS", "1")
    env["PYTHONUNBUFFERED"] = "1"
    print(" ".join(cmd), flush=True)
    start = time.time()
    with open(OUTPUT / "train.log", "w", encoding="utf8") as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, bufsize=1)
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
    keep = ["token_acc", "pos_acc", "morph_acc", "dep_uas", "dep_las",
            "sents_f", "lemma_acc"]
    return {k: round(float(scores[k]) * 100, 2) for k in keep if scores.get(k) is not None}


def package(model_dir: Path) -> None:
    import spacy

    if not (model_dir / "meta.json").exists():
        sys.exit(f"no trained model in {model_dir}")
    nlp = spacy.load(model_dir)
    dev = evaluate(nlp, CORPUS / "nl_dev")
    heldout = evaluate(nlp, CORPUS / "nl_heldout")
    print("LassySmall dev:", dev)
    print("Alpino test (held out):", heldout)
    meta = nlp.meta
    meta.update({
        "lang": "nl",
        "name": "kg_ud",
        "version": VERSION,
        "description": (
            "Dutch pipeline for kg (tok2vec, morphologizer, parser, rule "
            "lemmatizer) trained from scratch, without pretrained vectors, on "
            "Universal Dependencies Dutch LassySmall and Alpino. Lemmas come "
            "from spaCy's rule lemmatizer with the spacy-lookups-data 1.0.5 "
            "Dutch tables (stored in the pipeline) and are lowercased."
        ),
        "author": "kg project",
        "license": "CC BY-SA 4.0",
        "sources": [
            {
                "name": "UD Dutch LassySmall",
                "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
                "license": "CC BY-SA 4.0",
                "author": "Gosse Bouma, Gertjan van Noord (Lassy Small corpus: University of Groningen / Dutch Language Union)",
                "usage": "train (2017 UD v2.0 train, harmonised) + test; dev for model selection",
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
    })
    nlp.meta = meta
    shutil.rmtree(TARGET, ignore_errors=True)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(TARGET)
    shutil.copyfile(ROOT / "training" / "nl" / "PIPELINE_LICENSE", TARGET / "LICENSE")
    shutil.copyfile(ROOT / "training" / "nl" / "PIPELINE_README.md", TARGET / "README.md")
    size = sum(p.stat().st_size for p in TARGET.rglob("*") if p.is_file())
    print(f"packaged {TARGET} ({size / 1e6:.1f} MB)")


def curve(log: Path = OUTPUT / "train.log") -> str:
    """Markdown table of the dev-set training curve from train.log."""
    import re

    rows = ["| elapsed (s) | epoch | step | POS | morph | UAS | LAS | sent F | lemma | score |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    pat = re.compile(r"^\[\s*(\d+)s\]\s+(\d+)\s+(\d+)\s+" + r"([\d.]+)\s+" * 3
                     + r"([\d.]+)\s+" * 6 + r"([\d.]+)\s*$")
    for line in log.read_text(encoding="utf8").splitlines():
        m = pat.match(line)
        if m:
            g = m.groups()
            rows.append("| " + " | ".join([g[0], g[1], g[2], *g[6:13]]) + " |")
    return "\n".join(rows)


def main() -> None:
    argv = sys.argv[1:]
    overrides: list[str] = []
    if "--" in argv:
        i = argv.index("--")
        argv, overrides = argv[:i], argv[i + 1:]
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ud-dir", type=Path, default=DEFAULT_UD)
    ap.add_argument("--stage", choices=["all", "prepare", "train", "package", "curve"], default="all")
    ap.add_argument("--model", type=Path, default=OUTPUT / "model-best",
                    help="model directory to package (default: model-best)")
    args = ap.parse_args(argv)
    if args.stage in ("all", "prepare"):
        prepare(args.ud_dir)
    if args.stage in ("all", "train"):
        train(overrides)
    if args.stage in ("all", "package"):
        package(args.model)
    if args.stage == "curve":
        print(curve())


if __name__ == "__main__":
    main()
