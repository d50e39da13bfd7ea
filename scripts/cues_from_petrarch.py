"""Candidate English cue verbs from PETRARCH2's CAMEO verb dictionary, for curation into kg/extract/cues/en.tsv.

Usage: python scripts/cues_from_petrarch.py [path/to/CAMEO.2.0.txt] > candidates.tsv

For every verb block ("---  ACCUSE   [112]  ---") whose header carries a CAMEO code, each
synonym lemma in the block gets that code; the prepositions its patterns put right after
the verb ("- * (WITH ..." ) are collected as target prepositions. Output columns follow
en.tsv (lemma, pos, relation, cameo, preps) plus the PETRARCH block name, sorted by lemma;
lemmas already in en.tsv are marked in a last column. The result is raw material: a person
decides which rows are cues an analyst would sign (many PETRARCH verbs only code an event in
one narrow pattern).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.dependency import load_cues  # noqa: E402
from kg.model import RELATIONS  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "petrarch2" / "CAMEO.2.0.txt"
HEADER = re.compile(r"^---\s+(\S.*?)\s+\[(\S+)\]\s+---")
PATTERN_PREP = re.compile(r"^-\s.*?\*\s+\((\w+)")
ROOT_TO_RELATION = {root: rel for rel, (_, roots) in RELATIONS.items() for root in roots}


def relation_of(code: str) -> str | None:
    code = code.lstrip("-").split(":")[0]
    return ROOT_TO_RELATION.get(code[:2]) if code[:2].isdigit() else None


def candidates(path: Path) -> list[tuple[str, str, str, str, str]]:
    out: dict[str, tuple[str, str, set[str]]] = {}
    block, code, lemmas = "", "", []
    preps: dict[str, set[str]] = defaultdict(set)

    def flush() -> None:
        rel = relation_of(code) if code != "---" else None
        if rel:
            for lemma in lemmas:
                out.setdefault(lemma, (code, block, set()))[2].update(preps[block])

    in_verbs = False
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        if not in_verbs or not line.strip():
            continue
        m = HEADER.match(line)
        if m:
            flush()
            block, code, lemmas = m.group(1), m.group(2), []
            continue
        if line.startswith("-"):
            p = PATTERN_PREP.match(line)
            if p:
                preps[block].add(p.group(1).lower())
            continue
        word = line.split("{", 1)[0].strip()
        if word and re.fullmatch(r"[A-Z][A-Z_-]*", word):
            lemmas.append(word.lower().replace("_", " "))
    flush()
    rows = []
    for lemma, (c, block, ps) in sorted(out.items()):
        rel = relation_of(c)
        assert rel is not None
        rows.append((lemma, rel, c, ",".join(sorted(ps)) or "-", block))
    return rows


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    if not path.is_file():
        print(f"{path} not found; pass the path of PETRARCH2's CAMEO.2.0.txt", file=sys.stderr)
        return 1
    known = {lemma for lemma, _ in load_cues("en")}
    print("# lemma\tpos\trelation\tcameo\tpreps\tpetrarch_block\tin_en_tsv")
    for lemma, rel, code, preps, block in candidates(path):
        print(f"{lemma}\tVERB\t{rel}\t{code}\t{preps}\t{block}\t{'yes' if lemma in known else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
