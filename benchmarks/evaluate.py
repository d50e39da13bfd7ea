"""Score kg on the PLOVER and re3d gold sets and write benchmarks/results/{plover,re3d}.json.

Usage: python benchmarks/evaluate.py [plover|re3d ...] [--cases N]

The gold sets live in ../shared/benchmarks beside the repository; a missing one is
reported and skipped. The JSON files hold scores, counts and event ids, never gold text.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.errors import EvaluationError
from kg.evaluate import BENCHMARKS, run, write_results

RESULTS = Path(__file__).resolve().parent / "results"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help="plover and/or re3d (default: both)")
    parser.add_argument("--extractor", default="dependency.v1")
    parser.add_argument("--cases", type=int, default=15, help="disagreements to print per list")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    status = 0
    for name in args.names or list(BENCHMARKS):
        try:
            report = run(name, extractor=args.extractor)
        except EvaluationError as exc:
            print(f"skipping {name}: {exc}", file=sys.stderr)
            status = 1
            continue
        print(report.format(cases=args.cases))
        print(f"wrote {write_results(report, args.out)}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
