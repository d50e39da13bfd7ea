"""A review widget for Jupyter: step through claims and confirm, reject or correct each one.

``ReviewWidget(store)`` (or ``graph.review()``) shows one claim at a time: its sentence with the
two actors and the cue word highlighted, the claim as extracted, its article, and buttons to
confirm, reject or correct it (with a relation picker) and a note field. Unreviewed claims
come first; the header counts progress ("12 of 40 reviewed"). Every verdict is written to the
store at once, as a W3C Web Annotation (see :mod:`kg.annotate`).

The buttons only call the widget's methods (:meth:`ReviewWidget.confirm`, ``reject``,
``correct``, ``comment``, ``next``, ``previous``), so the same review can be scripted or tested
without a browser.

Keyboard: every control is a native, labelled form control. Tab / Shift+Tab move between them,
Enter or Space presses the focused button, the arrow keys pick a relation in the open
dropdown. There are no single-key shortcuts: the notebook itself owns those keys.

ipywidgets is needed only when the widget is built (``pip install ipywidgets``).
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any

from kg.annotate import ASSESSMENTS, _HasStore, _store, annotate, default_analyst, reviewed_claims
from kg.errors import AnnotationError, KGError
from kg.graph import effective_relation
from kg.model import RELATIONS

if TYPE_CHECKING:
    import pandas as pd

    from kg.store import Store

__all__ = ["ReviewWidget", "sentence_html", "review"]

_MARKS = {  # role -> (background, label); colours readable on white and on dark themes' white cells
    "subject": ("#cfe3ff", "subject"),
    "object": ("#ffe0b8", "object"),
    "cue": ("#d9f2d0", "cue"),
}


def _find(sentence: str, text: str, taken: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """First occurrence of `text` (whole words, any case) that overlaps no span already taken."""
    if not text:
        return None
    for pattern in (rf"(?<!\w){re.escape(text)}(?!\w)", re.escape(text)):
        for m in re.finditer(pattern, sentence, flags=re.IGNORECASE):
            if all(m.end() <= s or m.start() >= e for s, e, _ in taken):
                return m.start(), m.end()
    return None


def sentence_html(sentence: str, *, subject: str = "", object: str = "", cue: str = "") -> str:
    """The sentence as HTML, with the subject, object and cue wrapped in ``<mark>``; all text escaped.

    >>> out = sentence_html("Russia <b>arms</b> Iran", subject="Russia", object="Iran", cue="arms")
    >>> re.sub(r"<mark[^>]*>", "<mark>", out)
    '<mark>Russia</mark> &lt;b&gt;<mark>arms</mark>&lt;/b&gt; <mark>Iran</mark>'
    """
    taken: list[tuple[int, int, str]] = []
    for role, text in (("subject", subject), ("object", object), ("cue", cue)):
        span = _find(sentence, text or "", taken)
        if span is not None:
            taken.append((*span, role))
    out, at = [], 0
    for start, end, role in sorted(taken):
        colour, label = _MARKS[role]
        out.append(html.escape(sentence[at:start]))
        out.append(
            f'<mark class="kg-{role}" style="background:{colour};color:#111;padding:0 2px;border-radius:2px" '
            f'title="{label}">{html.escape(sentence[start:end])}</mark>'
        )
        at = end
    out.append(html.escape(sentence[at:]))
    return "".join(out)


def _text(value: Any) -> str:
    return "" if value is None or value != value else str(value)  # NaN != NaN


class ReviewWidget:
    """Step through claims and record verdicts; display it in a notebook cell.

    Args:
        store: a `Store` or a `KnowledgeGraph`, opened for writing.
        analyst: who the verdicts are from (the OS user by default).
        advance: move to the next claim after each verdict.
        **filters: which claims to review, as for :func:`kg.annotate.reviewed_claims`
            (actor, relation, quad_class, since, until, status).

    The claims are read once, unreviewed first (then by date, article and position), and keep
    that order while you work; :meth:`reload` reads them again.
    """

    def __init__(
        self, store: Store | _HasStore, *, analyst: str | None = None, advance: bool = True, **filters: Any
    ) -> None:
        self.store = _store(store)
        self.analyst = analyst or default_analyst()
        self.advance = advance
        self.filters = filters
        self.index = 0
        self.claims = self._load()
        self._ui: dict[str, Any] | None = None

    # ------------------------------------------------------------------ state

    def _load(self) -> pd.DataFrame:
        df = reviewed_claims(self.store, **self.filters)
        if df.empty:
            return df
        df["_unreviewed"] = df["verdict"].isna()
        df["_date"] = df["date"].map(_text)
        df = df.sort_values(
            ["_unreviewed", "_date", "article", "char_start", "claim"],
            ascending=[False, True, True, True, True],
            kind="stable",
        )
        return df.drop(columns=["_unreviewed", "_date"]).reset_index(drop=True)

    def reload(self) -> None:
        """Read the claims again (new claims, other people's verdicts); back to the first one."""
        self.claims = self._load()
        self.index = 0
        self._render()

    def __len__(self) -> int:
        return len(self.claims)

    @property
    def current(self) -> dict[str, Any] | None:
        """The claim on screen as a dict (a row of `reviewed_claims`), or None when there are none."""
        if self.claims.empty:
            return None
        return dict(self.claims.iloc[self.index])

    @property
    def progress(self) -> tuple[int, int]:
        """(claims with a verdict, claims in this review)."""
        if self.claims.empty:
            return 0, 0
        return int(self.claims["verdict"].notna().sum()), len(self.claims)

    @property
    def progress_text(self) -> str:
        done, total = self.progress
        return f"{done} of {total} reviewed"

    # ------------------------------------------------------------------ actions (the buttons call these)

    def confirm(self, note: str | None = None) -> None:
        """The claim is right as extracted."""
        self._judge("confirmed", note=note)

    def reject(self, note: str | None = None) -> None:
        """The claim is wrong; it leaves the edges and the page (its record stays)."""
        self._judge("rejected", note=note)

    def correct(self, relation: str | None = None, note: str | None = None) -> None:
        """The two actors are right but the relation is `relation` (default: the one picked in the dropdown)."""
        if relation is None:
            relation = self._ui["relation"].value if self._ui is not None else None
        if relation not in RELATIONS:
            raise AnnotationError(
                f"pick the right relation to correct to; got {relation!r}, valid: {', '.join(RELATIONS)}"
            )
        self._judge("corrected", relation=relation, note=note)

    def comment(self, note: str | None = None) -> None:
        """Attach a note without a verdict (stays on this claim)."""
        text = self._note(note)
        if not text:
            raise AnnotationError("a comment needs a note; type one in the note field or pass note=")
        self._write("comment", None, text)
        self._render()

    def next(self, *, unreviewed: bool = False) -> None:
        """Go to the next claim (with `unreviewed`, the next one without a verdict)."""
        self._move(+1, unreviewed)

    def previous(self, *, unreviewed: bool = False) -> None:
        """Go to the previous claim."""
        self._move(-1, unreviewed)

    def go(self, index: int) -> None:
        """Go to claim number `index` (0-based, in review order)."""
        if not 0 <= index < len(self.claims):
            raise IndexError(f"claim index {index} out of range 0..{len(self.claims) - 1}")
        self.index = index
        self._render()

    def _move(self, step: int, unreviewed: bool) -> None:
        i = self.index + step
        while 0 <= i < len(self.claims):
            if not unreviewed or self.claims.at[i, "verdict"] is None:
                self.index = i
                break
            i += step
        self._render()

    def _note(self, note: str | None) -> str:
        if note is not None:
            return note
        return str(self._ui["note"].value).strip() if self._ui is not None else ""

    def _judge(self, verdict: str, *, relation: str | None = None, note: str | None = None) -> None:
        self._write(verdict, relation, self._note(note))
        if self.advance and self.index + 1 < len(self.claims):
            self.index += 1
        self._render()

    def _write(self, verdict: str, relation: str | None, note: str) -> None:
        row = self.current
        if row is None:
            raise AnnotationError("no claim to review here; widen the filters or reload()")
        (made,) = annotate(
            self.store, row["claim"], verdict=verdict, relation=relation, note=note, analyst=self.analyst
        )
        i = self.index
        if verdict in ASSESSMENTS:
            self.claims.at[i, "verdict"] = verdict
            self.claims.at[i, "corrected_relation"] = relation
            self.claims.at[i, "analyst"] = made.analyst
            self.claims.at[i, "reviewed_at"] = made.created
        if note:
            self.claims.at[i, "note"] = note
        if self._ui is not None:
            self._ui["note"].value = ""
            self._ui["status"].value = html.escape(f"saved: {verdict}" + (f" as {relation}" if relation else ""))

    # ------------------------------------------------------------------ display

    @property
    def box(self) -> Any:
        """The ipywidgets container (built on first use)."""
        if self._ui is None:
            self._ui = self._build()
            self._render()
        return self._ui["box"]

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.box)

    def _build(self) -> dict[str, Any]:
        import ipywidgets as w

        def button(label: str, tip: str, style: str, icon: str, action: Any) -> Any:
            b = w.Button(description=label, tooltip=tip, button_style=style, icon=icon, layout=w.Layout(width="auto"))

            def clicked(_: Any) -> None:
                try:
                    action()
                except (KGError, IndexError) as exc:
                    ui["status"].value = '<span style="color:#b00020">' + html.escape(str(exc)) + "</span>"

            b.on_click(clicked)
            return b

        ui: dict[str, Any] = {}
        ui["header"] = w.HTML()
        ui["sentence"] = w.HTML()
        ui["details"] = w.HTML()
        ui["status"] = w.HTML()
        ui["relation"] = w.Dropdown(
            options=[(r.replace("_", " "), r) for r in RELATIONS],
            description="Relation",
            layout=w.Layout(width="260px"),
        )
        ui["note"] = w.Textarea(
            placeholder="note (optional; kept with the verdict)",
            description="Note",
            layout=w.Layout(width="100%", height="60px"),
        )
        prev = button("Previous", "Go to the previous claim", "", "arrow-left", self.previous)
        nxt = button("Next", "Go to the next claim without judging this one", "", "arrow-right", self.next)
        confirm = button("Confirm", "The claim is right: confirm it", "success", "check", self.confirm)
        reject = button("Reject", "The claim is wrong: reject it", "danger", "times", self.reject)
        correct = button(
            "Correct",
            "Right actors, wrong relation: correct it to the relation picked",
            "warning",
            "pencil",
            self.correct,
        )
        comment = button("Comment", "Add the note without a verdict", "info", "comment", self.comment)
        ui["buttons"] = (prev, confirm, reject, correct, comment, nxt)
        ui["box"] = w.VBox(
            [
                ui["header"],
                ui["sentence"],
                ui["details"],
                w.HBox(
                    [confirm, reject, w.HBox([ui["relation"], correct]), comment], layout=w.Layout(flex_flow="row wrap")
                ),
                ui["note"],
                w.HBox([prev, nxt], layout=w.Layout(flex_flow="row wrap")),
                ui["status"],
            ],
            layout=w.Layout(border="1px solid #dfe3e8", padding="8px"),
        )
        return ui

    def _render(self) -> None:
        ui = self._ui
        if ui is None:
            return
        row = self.current
        if row is None:
            ui["header"].value = "<b>No claims to review</b> (widen the filters, or build the store first)"
            ui["sentence"].value = ui["details"].value = ""
            for b in ui["buttons"]:
                b.disabled = True
            return
        for b in ui["buttons"]:
            b.disabled = False
        esc = html.escape
        ui["header"].value = (
            f"<b>{esc(self.progress_text)}</b> &middot; claim {self.index + 1} of "
            f"{len(self.claims)} <code>{esc(row['claim'])}</code>"
        )
        ui["sentence"].value = (
            '<blockquote style="font-size:1.1em;line-height:1.6;margin:4px 0">'
            + sentence_html(
                _text(row.get("sentence")),
                subject=_text(row.get("subject_text")),
                object=_text(row.get("object_text")),
                cue=_text(row.get("cue")),
            )
            + "</blockquote>"
        )
        relation = effective_relation(row)
        verdict = _text(row.get("verdict")) or "unreviewed"
        if verdict == "corrected":
            verdict += f" (extracted as {_text(row.get('relation'))})"
        flags = [f for f, on in (("negated", row.get("negated")), ("hedged", row.get("hedged"))) if on]
        said = _text(row.get("attributed_to_label"))
        lines = [
            f"<b>{esc(_text(row.get('subject_label')))}</b> &rarr; <i>{esc(relation.replace('_', ' '))}</i> "
            f"&rarr; <b>{esc(_text(row.get('object_label')))}</b>"
            + (f" &middot; {esc(', '.join(flags))}" if flags else "")
            + (f" &middot; according to {esc(said)}" if said else ""),
            f"status: <b>{esc(verdict)}</b>"
            + (f" by {esc(_text(row.get('analyst')))}" if row.get("analyst") else "")
            + (f" &middot; note: {esc(_text(row.get('note')))}" if row.get("note") else ""),
            f"{esc(_text(row.get('title')))} &middot; {esc(_text(row.get('date')))} &middot; "
            f"{esc(_text(row.get('source')))}",
        ]
        ui["details"].value = "<br>".join(lines)
        ui["relation"].value = relation if relation in RELATIONS else next(iter(RELATIONS))


def review(store: Store | _HasStore, **options: Any) -> ReviewWidget:
    """A :class:`ReviewWidget` on `store` (a `Store` or a `KnowledgeGraph`)."""
    return ReviewWidget(store, **options)
