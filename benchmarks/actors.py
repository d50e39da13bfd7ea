"""Cost of actor recognition and resolution next to parsing, per language, in one run.

    python benchmarks/actors.py [--limit N]

English: ../shared/corpora/en_wikinews/*.csv; Dutch: the seed page and kg's Dutch sample
(../shared has no larger Dutch news corpus), repeated to a few thousand words. For each
language: time of ``nlp.pipe`` over the texts, then of `ActorMatcher` plus resolving every
mention to an `Actor` as of the article date, and the ratio. Writes benchmarks/results/actors.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "benchmarks" / "results"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=150, help="English articles to use")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from kg.actors import ActorMatcher, load_gazetteer
    from kg.ingest import read_articles
    from kg.nlp import nlp_for

    inputs = {
        "en": sorted((SHARED / "corpora" / "en_wikinews").glob("*.csv")),
        "nl": [p for p in (SHARED / "seed").glob("*.txt")] + [ROOT / "kg" / "samples" / "nieuws_buitenland.txt"],
    }
    t0 = time.perf_counter()
    gazetteer = load_gazetteer()
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    gazetteer.reference.person("warm up")  # the PETRARCH2 reference tables load on first use
    reference_s = time.perf_counter() - t0
    result: dict[str, object] = {
        "actors_in_gazetteer": len(gazetteer),
        "gazetteer_load_s": round(load_s, 3),
        "reference_load_s": round(reference_s, 3),
    }
    for lang, paths in inputs.items():
        articles = [a for a in read_articles(*paths, on_error=lambda e: None) if a.language == lang]
        # English has a corpus; the Dutch texts are few, so repeat them to a measurable size.
        articles = articles[: args.limit] if lang == "en" else articles * max(1, 40 // max(1, len(articles)))
        if not articles:
            print(f"skip {lang}: no input under {SHARED}", file=sys.stderr)
            continue
        nlp, info = nlp_for(lang)
        matcher = ActorMatcher(nlp, gazetteer, lang)
        list(nlp.pipe([a.text for a in articles[:3]]))  # warm up
        t0 = time.perf_counter()
        docs = list(nlp.pipe([a.text for a in articles], batch_size=64))
        parse_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        mentions = 0
        for article, doc in zip(articles, docs, strict=True):
            for m in matcher(doc):
                gazetteer.resolve(m, on=article.date)
                mentions += 1
        actors_s = time.perf_counter() - t0
        words = sum(len(d) for d in docs)
        result[lang] = {
            "pipeline": f"{info.name}-{info.version}",
            "articles": len(articles),
            "words": words,
            "mentions": mentions,
            "parse_s": round(parse_s, 3),
            "actors_s": round(actors_s, 3),
            "actors_over_parse": round(actors_s / parse_s, 4),
        }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "actors.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
