"""Checks on the actor data files in ontology/actors/ (issue #4).

Standard library only: csv + re + datetime. The files are tab-separated,
UTF-8, one header row, multi-valued fields joined with '|'.
"""

import csv
import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest

ACTORS = Path(__file__).resolve().parent.parent / "ontology" / "actors"

HEADERS = {
    "states.tsv": [
        "qid",
        "iso3",
        "label_en",
        "label_nl",
        "names_en",
        "names_nl",
        "adj_en",
        "adj_nl",
        "standins_en",
        "standins_nl",
        "status",
    ],
    "organizations.tsv": [
        "qid",
        "code",
        "type",
        "label_en",
        "label_nl",
        "names_en",
        "names_nl",
        "adj_en",
        "adj_nl",
        "state_iso3",
    ],
    "persons.tsv": ["qid", "label_en", "label_nl", "names"],
    "roles.tsv": ["person_qid", "role_en", "role_nl", "org_qid", "code", "start", "end"],
}
# Columns whose '|'-separated values are surface forms that resolve to the row's actor.
ALIAS_COLUMNS = {
    "states.tsv": ["label_en", "label_nl", "names_en", "names_nl", "adj_en", "adj_nl", "standins_en", "standins_nl"],
    "organizations.tsv": ["label_en", "label_nl", "names_en", "names_nl", "adj_en", "adj_nl"],
    "persons.tsv": ["label_en", "label_nl", "names"],
}
# Surface forms deliberately shared by two actors of the same file (see README).
ALLOWED_AMBIGUITY = {
    "states.tsv": set(),
    "organizations.tsv": set(),
    "persons.tsv": set(),
}
# a Wikidata QID; a placeholder to replace (kg:person/<slug>, kg:org/<slug>); or a state's body, the same id the
# pipeline gives "Israeli soldiers" (kg:ISR-military), whose ISO-3 part must be the row's state
QID_RE = re.compile(r"^(Q\d+|kg:[a-z]+/[a-z0-9-]+|kg:[A-Z]{3}-[a-z]+(-[a-z]+)*)$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ORG_TYPES = {"InternationalOrganization", "ArmedGroup", "GovernmentBody", "PoliticalParty", "Company"}


def read(name):
    path = ACTORS / name
    with path.open(encoding="utf-8", newline="") as fh:
        lines = fh.read().split("\n")
    assert lines[-1] == "", f"{name}: must end with a newline"
    lines = lines[:-1]
    header = lines[0].split("\t")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        assert len(cells) == len(header), f"{name}:{n}: {len(cells)} columns, want {len(header)}"
        rows.append(dict(zip(header, cells, strict=False)))
    return header, rows


@pytest.fixture(scope="module")
def data():
    return {name: read(name) for name in HEADERS}


def split(value):
    return [v for v in value.split("|")] if value else []


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_and_columns(data, name):
    header, rows = data[name]
    assert header == HEADERS[name]
    assert rows, f"{name} is empty"
    # csv module agrees with the plain split (no quoting anywhere)
    with (ACTORS / name).open(encoding="utf-8", newline="") as fh:
        parsed = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(parsed) == len(rows) + 1
    for row in rows:
        for col, value in row.items():
            assert value == value.strip(), f"{name}: stray whitespace in {col}: {value!r}"
            assert '"' not in value, f"{name}: quote character in {col}: {value!r}"
            for part in split(value):
                assert part and part == part.strip(), f"{name}: empty/padded item in {col}: {value!r}"


@pytest.mark.parametrize(
    "name,col",
    [
        ("states.tsv", "qid"),
        ("organizations.tsv", "qid"),
        ("persons.tsv", "qid"),
        ("roles.tsv", "person_qid"),
        ("roles.tsv", "org_qid"),
    ],
)
def test_ids_are_wellformed(data, name, col):
    for row in data[name][1]:
        assert QID_RE.match(row[col]), f"{name}: bad id {row[col]!r}"


@pytest.mark.parametrize("name", ["states.tsv", "organizations.tsv", "persons.tsv"])
def test_ids_unique(data, name):
    ids = [r["qid"] for r in data[name][1]]
    assert len(ids) == len(set(ids))


def test_states(data):
    rows = data["states.tsv"][1]
    assert len(rows) >= 197
    iso = [r["iso3"] for r in rows]
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in iso)
    assert len(iso) == len(set(iso))
    status = defaultdict(int)
    for r in rows:
        status[r["status"]] += 1
        assert r["label_en"] and r["label_nl"]
    assert set(status) <= {"member", "observer", "other"}
    assert status["member"] == 193
    assert status["observer"] == 2


def test_organizations(data):
    states = {r["iso3"] for r in data["states.tsv"][1]}
    rows = data["organizations.tsv"][1]
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes))
    assert not set(codes) & states, "org codes must not clash with state iso3 codes"
    for r in rows:
        assert r["type"] in ORG_TYPES, r
        assert r["code"] and r["label_en"] and r["label_nl"]
        assert r["state_iso3"] == "" or r["state_iso3"] in states, r


def parse_date(value, end=False):
    assert DATE_RE.match(value), f"bad date {value!r}"
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    year = parts[0]
    if len(parts) == 2:
        month = parts[1]
        if not end:
            return dt.date(year, month, 1)
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)


def test_roles(data):
    persons = {r["qid"] for r in data["persons.tsv"][1]}
    org_ids = {r["qid"]: r["iso3"] for r in data["states.tsv"][1]}
    org_ids.update({r["qid"]: r["code"] for r in data["organizations.tsv"][1]})
    for r in data["roles.tsv"][1]:
        assert r["person_qid"] in persons, r
        assert r["org_qid"] in org_ids, r
        assert org_ids[r["org_qid"]] == r["code"], r
        assert r["role_en"] and r["role_nl"], r
        start = parse_date(r["start"])
        if r["end"]:
            assert start <= parse_date(r["end"], end=True), r
        assert start <= dt.date(2026, 12, 31), r


@pytest.mark.parametrize("name", sorted(ALIAS_COLUMNS))
def test_aliases_unambiguous(data, name):
    owners = defaultdict(set)
    for r in data[name][1]:
        for col in ALIAS_COLUMNS[name]:
            for alias in split(r[col]):
                owners[alias].add(r["qid"])
    clashes = {a: sorted(o) for a, o in owners.items() if len(o) > 1 and a not in ALLOWED_AMBIGUITY[name]}
    assert not clashes, clashes


def test_spot_checks(data):
    states = {r["qid"]: r for r in data["states.tsv"][1]}
    ru = states["Q159"]
    assert ru["iso3"] == "RUS" and ru["label_en"] == "Russia"
    assert ru["label_nl"] == "Rusland"
    assert "Russische" in split(ru["adj_nl"]) and "Russisch" in split(ru["adj_nl"])
    assert "the Kremlin" in split(ru["standins_en"])
    for qid, iso in [
        ("Q30", "USA"),
        ("Q423", "PRK"),
        ("Q212", "UKR"),
        ("Q801", "ISR"),
        ("Q55", "NLD"),
        ("Q145", "GBR"),
        ("Q148", "CHN"),
        ("Q794", "IRN"),
    ]:
        assert states[qid]["iso3"] == iso
    assert "Noord-Koreaanse" in split(states["Q423"]["adj_nl"])
    assert "Oekraine" in split(states["Q212"]["names_nl"])

    rutte = [r for r in data["roles.tsv"][1] if r["person_qid"] == "Q57792"]
    assert {(r["code"], r["start"], r["end"]) for r in rutte} == {
        ("NLD", "2010-10-14", "2024-07-02"),
        ("NATO", "2024-10-01", ""),
    }
    trump = {(r["start"], r["end"]) for r in data["roles.tsv"][1] if r["person_qid"] == "Q22686" and r["code"] == "USA"}
    assert trump == {("2017-01-20", "2021-01-20"), ("2025-01-20", "")}
    # 2026 handovers (README "Roles updated for 2026"): the old spell ends on the day the new one starts.
    roles = data["roles.tsv"][1]
    pm = {(r["person_qid"], r["code"]): (r["start"], r["end"]) for r in roles if r["role_en"] == "Prime Minister"}
    handovers = [("Q22338116", "Q28860866", "NLD"), ("Q6383803", "Q269909", "GBR"), ("Q57641", "Q124488292", "HUN")]
    for old, new, code in handovers:
        assert pm[(old, code)][1] == pm[(new, code)][0] and pm[(new, code)][1] == "", code
    orgs = {r["code"]: r for r in data["organizations.tsv"][1]}
    assert orgs["NATO"]["qid"] == "Q7184" and orgs["NATO"]["label_nl"] == "NAVO"
    assert orgs["REUTERS"]["type"] == "Company"
