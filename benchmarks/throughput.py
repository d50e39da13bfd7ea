"""Throughput of `kg build` against a bare ``nlp.pipe`` of the same pipeline, in one run.

    python benchmarks/throughput.py [--limit N] [--repeat R]

Reads ../shared/corpora/en_wikinews/*.csv, times (a) the bare pipeline over the same
texts and (b) the whole build (ingest -> parse -> actors -> claims -> Oxigraph store),
alternating R times to even out a noisy shared machine, and reports words/s, claims/s,
the ratio build/bare (target >= 0.7) and peak memory. Writes benchmarks/results/throughput.json.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "en_wikinews"
RESULTS = ROOT / "benchmarks" / "results"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    parser.add_argument("--repeat", type=int, default=2, help="alternating rounds of bare/build")
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skip: {CORPUS} is absent (the shared corpora sit beside the repo)", file=sys.stderr)
        return 0

    sys.path.insert(0, str(ROOT))
    import kg
    from kg.ingest import read_articles
    from kg.nlp import nlp_for

    files = sorted(CORPUS.glob("*.csv"))
    articles = list(read_articles(*files, on_error=lambda e: None))
    if args.limit:
        articles = articles[: args.limit]
    texts = [a.text for a in articles]
    nlp, info = nlp_for("en")
    list(nlp.pipe(texts[:5]))  # warm up: load vectors, lexemes
    from kg.actors import load_gazetteer

    load_gazetteer()

    bare_times, build_times = [], []
    words = claims = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=args.batch_size))
        bare_times.append(time.perf_counter() - t0)

        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            with kg.KnowledgeGraph.open(Path(tmp) / "kg.store") as graph:
                report = graph.add(iter(articles), batch_size=args.batch_size)
            build_times.append(time.perf_counter() - t0)
            claims = report.claims

    bare, build = min(bare_times), min(build_times)
    result = {
        "pipeline": f"{info.name}-{info.version} ({info.origin})",
        "articles": len(articles),
        "words": words,
        "claims": claims,
        "bare_nlp_pipe_s": round(bare, 2),
        "kg_build_s": round(build, 2),
        "bare_words_per_s": round(words / bare),
        "build_words_per_s": round(words / build),
        "build_claims_per_s": round(claims / build, 1),
        "ratio_build_to_bare": round(bare / build, 3),
        "target_ratio": 0.7,
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "rounds": args.repeat,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "throughput.json").write_text(json.dumps(result, indent=2) + "\n")
    for key, value in result.items():
        print(f"{key:>22}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
