"""A small claims table, built by hand in the shape of ``Store.claims_df()``, for the graph and page tests.

It holds people who roll up to states (Putin -> Russia, Kim -> North Korea), an organisation, every
annotation status, a negated and a hedged claim, and one hostile article whose title, sentence, note
and actor label carry script and image-onerror payloads.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from kg.model import RELATIONS

# Debian's Chromium as the browser tests and benchmarks/visualize.py launch it: headless, as root, and
# without the background connections this offline machine would refuse.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
HOSTILE_SENTENCE = f"Iran attacks Qatar {SCRIPT} {IMG} says the report."

ACTORS = {
    "Q159": dict(label="Russia", label_nl="Rusland", type="Country", code="RUS", state="Q159"),
    "Q423": dict(label="North Korea", label_nl="Noord-Korea", type="Country", code="PRK", state="Q423"),
    "Q212": dict(label="Ukraine", label_nl="Oekraïne", type="Country", code="UKR", state="Q212"),
    "Q148": dict(label="China", label_nl="China", type="Country", code="CHN", state="Q148"),
    "Q794": dict(label="Iran", label_nl="Iran", type="Country", code="IRN", state="Q794"),
    "Q846": dict(label="Qatar", label_nl="Qatar", type="Country", code="QAT", state="Q846"),
    "Q30": dict(label="United States", label_nl="Verenigde Staten", type="Country", code="USA", state="Q30"),
    "Q7184": dict(label="NATO", label_nl="NAVO", type="InternationalOrganization", code="NATO", state="Q7184"),
    "Q7747": dict(label="Vladimir Putin", label_nl="Vladimir Poetin", type="Person", code="RUS", state="Q159"),
    "Q56226": dict(label="Kim Jong Un", label_nl="Kim Jong-un", type="Person", code="PRK", state="Q423"),
    "kg:evil": dict(label=f"Evil {IMG}", label_nl="", type="ArmedGroup", code="", state=""),
}
RUTTE = ("Q57792", "Mark Rutte")


def claim(
    n: int,
    subject: str,
    relation: str,
    obj: str,
    *,
    sentence: str | None = None,
    date: str | None = "2024-06-19",
    title: str = "Putin visits Pyongyang",
    dateline: str = "PYONGYANG",
    agency: str = "ANP/RTR",
    attributed_to: tuple[str, str] | None = None,
    negated: bool = False,
    hedged: bool = False,
    confidence: float = 0.8,
    verdict: str | None = None,
    corrected_relation: str | None = None,
    note: str | None = None,
    article: str = "a-0000000000000001",
    subject_text: str | None = None,
    object_text: str | None = None,
) -> dict[str, object]:
    """One row of ``claims_df()``; unspecified fields get plausible values."""
    s, o = ACTORS[subject], ACTORS[obj]
    s_state = s["state"] or subject
    o_state = o["state"] or obj
    sentence = sentence or f"{s['label']} {relation.replace('_', ' ')} {o['label']}."
    return {
        "claim": f"c-{n:04d}",
        "subject": subject,
        "subject_label": s["label"],
        "subject_label_nl": s["label_nl"],
        "subject_type": s["type"],
        "subject_code": s["code"],
        "subject_state": s_state,
        "subject_state_label": ACTORS.get(s_state, s)["label"],
        "subject_text": subject_text or s["label"],
        "relation": relation,
        "quad_class": RELATIONS[relation][0],
        "cameo": RELATIONS[relation][1][0],
        "object": obj,
        "object_label": o["label"],
        "object_label_nl": o["label_nl"],
        "object_type": o["type"],
        "object_code": o["code"],
        "object_state": o_state,
        "object_state_label": ACTORS.get(o_state, o)["label"],
        "object_text": object_text or o["label"],
        "attributed_to": attributed_to[0] if attributed_to else None,
        "attributed_to_label": attributed_to[1] if attributed_to else None,
        "negated": negated,
        "hedged": hedged,
        "confidence": confidence,
        "sentence": sentence,
        "char_start": 10 * n,
        "char_end": 10 * n + len(sentence),
        "article": article,
        "title": title,
        "dateline": dateline,
        "agency": agency,
        "date": date,
        "source": "seed/000_e7bcfbb671570ca8.txt",
        "language": "en",
        "extractor": "dependency.v1",
        "verdict": verdict,
        "corrected_relation": corrected_relation,
        "note": note,
    }


def claims_df() -> pd.DataFrame:
    rows = [
        claim(
            1,
            "Q159",
            "supports",
            "Q423",
            sentence="Russia shares nuclear technology with North Korea, warns NATO chief Mark Rutte.",
            attributed_to=RUTTE,
            verdict="confirmed",
            date="2024-06-19",
        ),
        claim(
            2,
            "Q159",
            "supports",
            "Q423",
            sentence="Moscow keeps sending fuel to Pyongyang.",
            subject_text="Moscow",
            object_text="Pyongyang",
            date="2024-07-02",
            hedged=True,
            confidence=0.6,
        ),
        claim(
            3,
            "Q7747",
            "cooperates_with",
            "Q56226",
            sentence="Putin and Kim signed a mutual defence pact in Pyongyang.",
            subject_text="Putin",
            object_text="Kim",
            date="2024-06-19",
        ),
        claim(
            4,
            "Q159",
            "attacks",
            "Q212",
            sentence="Russia launched a wave of drones against Ukraine overnight.",
            date="2024-08-26",
            verdict="confirmed",
        ),
        claim(
            5,
            "Q7184",
            "criticizes",
            "Q159",
            sentence="NATO condemned Russia's strikes on Kyiv.",
            title="NATO condemns strikes",
            dateline="BRUSSEL",
            agency="ANP",
            date="2024-08-27",
            attributed_to=RUTTE,
        ),
        claim(
            6,
            "Q148",
            "supports",
            "Q159",
            sentence="China does not supply weapons to Russia, Beijing said.",
            negated=True,
            date="2024-05-01",
        ),
        claim(
            7,
            "Q30",
            "sanctions",
            "Q423",
            sentence="Washington sanctioned North Korean shipping firms.",
            subject_text="Washington",
            date="2024-03-15",
            verdict="rejected",
            note="Sanctions target firms, not the state.",
        ),
        claim(
            8,
            "Q30",
            "criticizes",
            "Q159",
            sentence="The United States demanded that Russia stop the strikes.",
            verdict="corrected",
            corrected_relation="demands",
            date="2024-08-28",
        ),
        claim(
            9,
            "Q794",
            "attacks",
            "Q846",
            sentence=HOSTILE_SENTENCE,
            title=f"Gas plant hit {SCRIPT}",
            dateline=f"DOHA {IMG}",
            agency="ANP/RTR",
            date="2024-09-01",
            note=f"check {SCRIPT}",
            subject_text="Iran",
            object_text="Qatar",
            article="a-0000000000000002",
        ),
        claim(
            10,
            "kg:evil",
            "threatens",
            "Q846",
            sentence=f"A group calling itself Evil {IMG} threatened Qatar.",
            date=None,
            title=SCRIPT,
            article="a-0000000000000002",
        ),
        claim(
            11,
            "Q7184",
            "consults",
            "Q212",
            sentence="NATO ministers met Ukraine's foreign minister.",
            date="2024-08-30",
            dateline="BRUSSEL",
            agency="ANP",
        ),
    ]
    return pd.DataFrame(rows)
