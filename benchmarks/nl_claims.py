"""Extraction on sentences written for kg (Dutch or English): precision and recall at state level.

Usage: python benchmarks/nl_claims.py [--lang nl|en] [--data PATH] [--pipeline PATH] [--show]

Reads benchmarks/data/nl_claims.tsv (own sentences with the claims an analyst reads in them; --data
names another file in the same format, e.g. the blind held-out set nl_claims_heldout.tsv),
extracts with kg's pipeline for --lang (default nl; or --pipeline, e.g. a freshly trained model
to compare), and compares (subject state, relation, object state, negated) per sentence (in a
claim within one state, a non-state side such as "Israel (protesters)" keeps its own label);
`cooperates_with` and `consults` hold both ways, so a claim and its reverse count as one.
Results go to benchmarks/results/<data stem>.json.

English sets (`--lang en --data benchmarks/data/en_claims_dev1.tsv`, the blind held-out set
en_claims_heldout1.tsv) are scored the same way: one scorer for both languages. PLOVER and re3d
measure English extraction on real news against others' gold; these sets cover the constructions
wire news uses (passives, nominal events, attribution, negation, hedging, stand-ins) with gold
written by kg before the extractor ran on them.
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


# Non-state sides of a state (protesters, rebels, opposition, armed groups): in a claim within one state
# ("Israeli police arrested protesters") they keep their own label, so the claim reads state against its
# protesters rather than the state against itself.
NONSTATE_TYPES = frozenset({"Group", "ArmedGroup"})


def state(actor, other=None) -> str:  # noqa: ANN001 - kg.model.Actor
    """The state (or organisation) `actor` rolls up to; in a claim with `other` within one state, a
    non-state side keeps its own label."""
    rolled = actor.state_label or actor.label
    if other is not None and actor.type in NONSTATE_TYPES and rolled == (other.state_label or other.label):
        return actor.label
    return rolled


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the sentences (default: nl)")
    ap.add_argument("--pipeline", help="spaCy pipeline to use for --lang (default: kg's resolution)")
    ap.add_argument("--show", action="store_true", help="print every sentence with a difference")
    ap.add_argument("--data", type=Path, default=DATA, help="sentences and gold claims (default: %(default)s)")
    ap.add_argument("--out", type=Path, help="results JSON (default: benchmarks/results/<data stem>.json)")
    args = ap.parse_args(argv)
    if args.out is None:
        args.out = RESULTS if args.data.resolve() == DATA else RESULTS.parent / f"{args.data.stem}.json"

    if args.pipeline:
        os.environ[f"KG_PIPELINE_{args.lang.upper()}"] = args.pipeline
    from kg.extract import extract_claims
    from kg.model import Article
    from kg.nlp import nlp_for

    rows = load(args.data)
    articles = [Article.from_text(text, language=args.lang) for text, _ in rows]
    predicted: dict[str, set[Claim]] = {a.id: set() for a in articles}
    for result in extract_claims(articles):
        predicted[result.article.id] |= {
            key(
                (
                    state(c.subject.actor, c.object.actor),
                    c.relation,
                    state(c.object.actor, c.subject.actor),
                    c.negated,
                )
            )
            for c in result.claims
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
    _, info = nlp_for(args.lang)
    result = {
        "data": args.data.name,
        "language": args.lang,
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
