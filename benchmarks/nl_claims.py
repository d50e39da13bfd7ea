"""Dutch extraction on sentences written for kg: precision and recall at state level.

Usage: python benchmarks/nl_claims.py [--data PATH] [--pipeline PATH] [--show]

Reads benchmarks/data/nl_claims.tsv (own sentences with the claims an analyst reads in them; --data
names another file in the same format, e.g. the blind held-out set nl_claims_heldout.tsv),
extracts with kg's Dutch pipeline (or --pipeline, e.g. a freshly trained model to compare), and
compares (subject state, relation, object state, negated) per sentence; `cooperates_with` and
`consults` hold both ways, so a claim and its reverse count as one. PLOVER measures English
extraction on real news; this small set shows how the Dutch parser carries the same patterns.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "nl_claims.tsv"
RESULTS = Path(__file__).resolve().parent / "results" / "nl_claims.json"

Claim = tuple[str, str, str, bool]

# Relations that hold both ways (DESIGN.md: stored once per direction the text supports): a claim
# and its reverse are one claim to the scorer, so gold may list either direction.
SYMMETRIC = frozenset({"cooperates_with", "consults"})


def key(claim: Claim) -> Claim:
    s, rel, o, neg = claim
    return (min(s, o), rel, max(s, o), neg) if rel in SYMMETRIC else claim


def load(path: Path = DATA) -> list[tuple[str, set[Claim]]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        reader = csv.reader((line for line in fh if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)  # header
        for row in reader:
            text, claims = row[0], row[1] if len(row) > 1 else ""
            expected = set()
            for item in filter(None, claims.split(";")):
                s, rel, o = item.split("|")
                expected.add(key((s, rel.lstrip("!"), o, rel.startswith("!"))))
            rows.append((text, expected))
    return rows


def state(actor) -> str:  # noqa: ANN001 - kg.model.Actor
    return actor.state_label or actor.label


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pipeline", help="Dutch spaCy pipeline to use (default: kg's resolution)")
    ap.add_argument("--show", action="store_true", help="print every sentence with a difference")
    ap.add_argument("--data", type=Path, default=DATA, help="sentences and gold claims (default: %(default)s)")
    ap.add_argument("--out", type=Path, help="results JSON (default: benchmarks/results/<data stem>.json)")
    args = ap.parse_args(argv)
    if args.out is None:
        args.out = RESULTS if args.data.resolve() == DATA else RESULTS.parent / f"{args.data.stem}.json"

    if args.pipeline:
        os.environ["KG_PIPELINE_NL"] = args.pipeline
    from kg.extract import extract_claims
    from kg.model import Article
    from kg.nlp import nlp_for

    rows = load(args.data)
    articles = [Article.from_text(text, language="nl") for text, _ in rows]
    predicted: dict[str, set[Claim]] = {a.id: set() for a in articles}
    for result in extract_claims(articles):
        predicted[result.article.id] |= {
            key((state(c.subject.actor), c.relation, state(c.object.actor), c.negated)) for c in result.claims
        }
    tp = fp = fn = 0
    for (text, gold), article in zip(rows, articles, strict=True):
        pred = predicted[article.id]
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
        if args.show and pred != gold:
            print(text)
            for c in sorted(gold - pred):
                print("    missed ", c)
            for c in sorted(pred - gold):
                print("    extra  ", c)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    _, info = nlp_for("nl")
    result = {
        "data": args.data.name,
        "sentences": len(rows),
        "gold_claims": tp + fn,
        "predicted": tp + fp,
        "correct": tp,
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "pipeline": f"{info.name} {info.version} ({info.origin})",
    }
    print(json.dumps(result, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
