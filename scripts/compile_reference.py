"""Compile PETRARCH2's actor dictionaries into kg's reference tables (``ontology/reference/``).

The curated actors in ``ontology/actors/`` are few and checked by hand. PETRARCH2 / Phoenix
(MIT, Open Event Data Alliance, 2014) lists far more names with a CAMEO code: about 18,000
office holders with dated roles (CountryInfo), the armed groups of the non-state-actor file,
national institutions, and the intergovernmental and non-governmental organisations. kg uses
these only as *reference*: a name the curated data lack still becomes a provisional actor,
but one whose state (or IGO/NGO standing) the reference table supplies, so "President Yoweri
Museveni" counts as Uganda at country level. See ``ontology/reference/README.md``.

    python scripts/compile_reference.py [PETRARCH2_DIR [OUT_DIR]]

PETRARCH2_DIR defaults to ``../shared/data/petrarch2`` next to the repository, OUT_DIR to
``ontology/reference``. The output is
deterministic (sorted), so re-running it on the same input changes nothing.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ontology" / "reference"

# CAMEO sector codes after a state's ISO-3 code, and what kg makes of them.
NONSTATE_SECTORS = {"REB", "OPP", "INS", "SEP", "IMG", "UAF", "CRM"}
_CODE = re.compile(r"\[([A-Z]{3,})[^\]]*\]")
_ROLE = re.compile(r"\[\s*([A-Z]{3,})\s*([<>]?\d{6,8})?(?:\s*-\s*(\d{6,8}))?\s*\]")


def _year(raw: str | None) -> str:
    if not raw:
        return ""
    raw = raw.lstrip("<>")
    if len(raw) == 8:
        return raw[:4]
    yy = int(raw[:2])
    return str(2000 + yy if yy <= 29 else 1900 + yy)


def _name(raw: str) -> str:
    """ "YOWERI_KAGUTA_MUSEVENI_" -> "Yoweri Kaguta Museveni" (case is ignored by the lookup)."""
    raw = raw.split("#")[0].strip().lstrip("+").strip()
    raw = _CODE.sub("", raw).strip().strip("_").replace("_", " ")
    raw = " ".join(raw.split())
    return " ".join(w if w.startswith("(") else w.capitalize() if w.isupper() else w for w in raw.split(" "))


def _variants(raw: str) -> list[str]:
    """The name, without a parenthetical, and what the parenthetical holds when it is an acronym:
    "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_" -> "Liberation Tigers Of Tamil Eelam", "LTTE"."""
    name = _name(raw)
    inner = re.findall(r"\(([^()]*)\)", name)
    bare = " ".join(re.sub(r"\([^()]*\)?", " ", name).split())
    out = [bare] if bare else []
    for part in inner:
        part = part.strip()
        if re.fullmatch(r"[A-Za-z]{2,6}", part):
            out.append(part.upper())
    return out


def _usable(name: str) -> bool:
    """A name worth matching: letters, at least two characters, no dictionary markup."""
    if len(name) < 2 or not any(ch.isalpha() for ch in name):
        return False
    return not any(ch in name for ch in "{}<>=*&%$")


def _blocks(path: Path):
    """(head line, synonym lines, role lines) per dictionary entry."""
    head: str | None = None
    syns: list[str] = []
    roles: list[str] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#")[0].rstrip()
        if not body.strip():
            if head is not None:
                yield head, syns, roles
                head, syns, roles = None, [], []
            continue
        if line[:1] in ("\t", " ") and body.strip().startswith("["):
            roles.append(body.strip())
        elif body.startswith("+"):
            syns.append(body)
        elif body[:1].isalnum():
            if head is not None:
                yield head, syns, roles
            head, syns, roles = body, [], []
            if "# CountryInfo" in line:
                roles.append("#person")
    if head is not None:
        yield head, syns, roles


def compile_countries(path: Path, persons: set, places: set, groups: set, states: set[str]) -> None:
    for head, syns, roles in _blocks(path):
        inline = _CODE.search(head)
        names = [v for raw in (head, *syns) for v in _variants(raw)]
        if inline and inline.group(1) in states:
            # A country block: its synonyms are other names, cities and provinces of the state.
            for n in names[1:]:
                places.add((n, inline.group(1)))
            continue
        if "#person" in roles:
            for raw in roles:
                m = _ROLE.match(raw)
                if not m or len(m.group(1)) < 6 or m.group(1)[:3] not in states:
                    continue
                code = m.group(1)
                start = _year(m.group(2)) if not (m.group(2) or "").startswith("<") else ""
                end = _year(m.group(3)) or (_year(m.group(2)) if (m.group(2) or "").startswith("<") else "")
                for n in names:
                    persons.add((n, code[:3], code[3:6], start, end))
            continue
        code = (inline.group(1) if inline else "") or next((m.group(1) for r in roles if (m := _ROLE.match(r))), "")
        if len(code) >= 6 and code[:3] in states:
            type_ = "ArmedGroup" if code[3:6] in NONSTATE_SECTORS else "GovernmentBody"
            for n in names:
                groups.add((n, code[:3], code[3:6], type_))


def compile_nonstate(path: Path, groups: set, states: set[str]) -> None:
    for head, syns, roles in _blocks(path):
        inline = _CODE.search(head) or next((m for r in roles if (m := _CODE.search(r))), None)
        if not inline:
            continue
        code = inline.group(1)
        state, sector = (code[:3], code[3:6]) if code[:3] in states else ("", code[:3])
        for n in [v for raw in (head, *syns) for v in _variants(raw)]:
            groups.add((n, state, sector or "IMG", "ArmedGroup"))


def compile_international(path: Path, groups: set, states: set[str]) -> None:
    for head, syns, roles in _blocks(path):
        inline = _CODE.search(head) or next((m for r in roles if (m := _CODE.search(r))), None)
        if not inline:
            continue
        code = inline.group(1)
        if code[:3] == "IGO":
            type_ = "InternationalOrganization"
        elif code[:3] == "NGO":
            type_ = "NonGovernmentalOrganization"
        else:
            continue  # companies (MNC), media, and the like: not actors of relations between states
        state = code[3:6] if code[3:6] in states else ""
        for n in [v for raw in (head, *syns) for v in _variants(raw)]:
            groups.add((n, state, code[:3], type_))


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).lower().split())


def write(rows: set, path: Path, header: str, min_words: int = 1) -> int:
    clean = sorted(
        {r for r in rows if _usable(r[0]) and len(r[0].split()) >= min_words}, key=lambda r: (_fold(r[0]), r)
    )
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(header + "\n")
        for r in clean:
            fh.write("\t".join(r) + "\n")
    return len(clean)


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "data" / "petrarch2"
    out = Path(argv[2]) if len(argv) > 2 else OUT
    if not (src / "Phoenix.Countries.actors.txt").is_file():
        print(f"error: no PETRARCH2 dictionaries in {src}", file=sys.stderr)
        return 1
    states_tsv = (ROOT / "ontology" / "actors" / "states.tsv").read_text(encoding="utf-8").splitlines()[1:]
    states = {line.split("\t")[1] for line in states_tsv} | {"PSE", "XKX"}
    persons: set = set()
    places: set = set()
    groups: set = set()
    compile_countries(src / "Phoenix.Countries.actors.txt", persons, places, groups, states)
    compile_nonstate(src / "Phoenix.MilNonState.actors.txt", groups, states)
    compile_international(src / "Phoenix.International.actors.txt", groups, states)
    # A person's several spells in one sector collapse to the span they cover.
    spans: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for name, state, sector, start, end in persons:
        spans[(name, state, sector)] += [start or "", end or ""]
    merged = set()
    for (name, state, sector), years in spans.items():
        starts = [y for y in years[0::2] if y]
        ends = years[1::2]
        merged.add((name, state, sector, min(starts) if starts else "", "" if "" in ends else max(ends)))
    out.mkdir(parents=True, exist_ok=True)
    n_p = write(merged, out / "persons.tsv", "name\tstate\tsector\tfirst\tlast", min_words=2)
    n_g = write(groups, out / "groups.tsv", "name\tstate\tsector\ttype")
    n_l = write(places, out / "places.tsv", "name\tstate")
    print(f"{n_p} person rows, {n_g} group rows, {n_l} place rows -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
