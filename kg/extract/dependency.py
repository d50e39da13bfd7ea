"""``dependency.v1``: relations read off the dependency parse with cue lexicons.

Works on both label schemes kg meets: Universal Dependencies (the Dutch pipeline: ``obl``
with a ``case`` child, ``nsubj:pass``, ``compound:prt``) and ClearNLP (English
``en_core_web_*``: ``prep``/``pobj``, ``nsubjpass``, ``prt``, ``neg``).

Pattern families:
- verbal: subject–cue verb–object, indirect and prepositional objects, passives with a
  ``door``/``by`` agent, particle verbs, and a subject inherited through control and
  purpose clauses ("stuurt troepen om Rusland te versterken");
- nominal: an adjective, possessive or ``van``/``by`` agent and an ``op``/``tegen``/``on``
  target inside the noun phrase ("de Iraanse aanval op Qatar"), a noun event as object
  of a verb whose subject is the agent ("Israël voert bombardementen uit op ..."),
  ``tussen X en Y`` for both directions;
- coordination: one claim per conjunct; attribution (speech verbs, "volgens",
  "according to"); negation and hedging;
- subject pronouns resolved to the nearest earlier compatible subject (this or the previous
  sentence); endorsement ("support", "back", "defend"; "steunen", "verdedigen") is verbal cooperation
  (CAMEO 051/052) unless it names material help ("met wapens", "military"); stopped aid is a sanction (162); an act
  under "unless" is an ultimatum (13);
- embedded deeds: a threat, agreement or refusal whose other side is named only inside the deed
  ("threatened to cut off gas to Turkey", "agreed to lift sanctions on Cuba") or, for a threat, in
  its condition ("... if the United States deploys"); a mediator consults each side ("mediation
  between X and Y"); borders and embassies are events only when closed (16) or opened (08/054);
  a leader arriving in a capital visits (042), troops arriving do not; summoning an envoy and
  lodging a protest are official complaints (114);
- a claim within one state is kept between its state side and its non-state agents
  (rebels, opposition, protesters: see ``ontology/actors/agents.tsv``);
- calling off a cooperative event (a visit, talks, links, aid; also "part of ...", "the
  suspension of ...") negates it and reduces relations (16); withdrawing inspectors or envoys is
  166; sending inspectors, or sending to investigate, is an inquiry (09); reinforcing one's forces
  in a state is a show of force (152); peacekeepers arriving are aid (074); a stance stated with a
  participle ("is opposed to", "is gekant tegen") has its subject as agent; light verbs and compound
  nouns are cue rows with their object or modifier ("set fire", "vuur openen", "war game");
- a deed only demanded, urged or qualified by "must" is not claimed (the demand is); pushing for
  another's deed and a message saying what another must do are demands; a promised deed said not to
  happen ("will not send troops to Y") is a refusal (12) and the deed negated; "no"/"geen" on the object
  negates a deed;
- protest (14): rallies, marches, labour and hunger strikes ("strike" is a protest only with a labour
  modifier or verb: "went on strike", "a general strike"; "air strikes on" stay attacks), blocked roads
  (144; blocking a decision stays a veto); its target is named "against"/"over" Y, "in protest of Y's
  ...", "against the violations by Y", or by its purpose clause ("blocked roads to show their anger at
  Y's policies"); a riot or demonstration with no target is against the known state where it happens;
  dispersing protesters is repression (175); boycotting talks protests their other side and negates them;
- "X and Y failed to reach agreement" (also "slaagden er niet in") rejects both ways besides the negated
  agreement; a conflict deed announced with will/would, planned or vowed is a threat (13); force used
  "in" a known state under a neutral verb ("reimposed blockades in the West Bank") is aimed at it;
- a one-word time adverbial ("Dinsdagnacht", "Gisteravond") is never an argument; reciprocal objects
  ("elkaar", "each other") make coordinated subjects act on each other; forces sent to "the border with
  Y" or around Y mobilize against Y (152); the deed one is accused of ("beschuldigde Y van een aanval op
  Z") is not claimed, only the accusation;
- emergency measures (a curfew, martial law, a state of emergency or siege; "avondklok", "noodtoestand"):
  imposed or extended, the subject coerces the civilians of the state where it holds (its own state when
  no place is named: CAMEO 1723/1724); lifted, eased or shortened, it yields to them (0813/0814);
  announced ("will", "prepared to", "dreigde met") it threatens them (1323/1324);
- verbal constructions: refusing to allow or permit Y to do something, or denying Y entry, access or a
  visa, rejects Y (12); asylum, refuge or a border opened to refugees is aid (075); an order to do
  something is a demand (10); cutting or reducing aid or supplies is a sanction (162) and ending a
  mediation halts talks (164); reductions and bans act on a party, not on the state where it is; a
  conflict deed under a modal and "if"/"als" is a threat; arms made or bought to use against Y threaten
  Y (138) and fighters trained to attack Y are forces mobilized against Y (152), the attack itself not
  claimed; sharing intelligence or expertise is cooperation (064); an attack verb with no target is
  aimed at the known state where it or its "when" clause happened; the subject of a verb that condemns
  or investigates an event is not that event's agent.
- event-noun targets: when a conflict cue's target is an event or state-of-affairs noun, the argument
  ``cues/events.tsv`` names for it is the target and the cue keeps its relation: a deed's agent ("war crimes by
  X", "abuses committed by X", "de onderdrukking van Y door X"; the victim never), a removal's bearer ("the
  resignation of X"), a release's holder ("prisoners held by X"; the one released never), whom one separates
  from ("independence from X"), "in defiance of X"; under any cue a proposal's or directive's author ("conceded
  to demands from X", "defied a ban by X"; a refusal "despite pressure from X" rejects X); a gathering banned,
  prevented or broken up ("broke up a rally by X") coerces its organisers (172/175); a "by" phrase hung on the
  active verb is its event object's agent; a protest's participle clause voicing its demand ("calling for ...")
  names its target; who condemns, investigates or protests an attack did not do it, and a demand given in to
  makes no demand of its own.

Confidence is a prior per pattern path, lowered for indirect evidence, adjectival or
provisional actors (x0.8), resolved pronouns (x0.8) and hedges. What it means is measured by
``kg evaluate plover`` ("by confidence": claims with two state codes, pairs plus quad class). At the
end of session 4: below 0.4 right 14 of 20 times, 0.4-0.5 25/27, 0.5-0.6 49/53, 0.6-0.7 61/67,
0.7-0.8 49/52, 0.8-0.9 19/19, >=0.9 10/10. So on news-wire sentences a claim at 0.5 or more is right
about 0.93 of the time (188/201); below 0.5 less often (39/47). On re3d (incomplete span gold) every bucket
scores 0.1-0.4, so the numbers are not a probability across genres; they rank claims.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..actors import TITLE_WORDS
from ..model import RELATIONS, Actor, Claim, Mention, Provenance
from . import extractors

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..actors import Gazetteer, TokenMention
    from ..model import Article

__all__ = ["Cue", "load_cues", "DependencyExtractor"]

CUE_DIR = Path(__file__).parent / "cues"

SUBJ = {"nsubj"}
PASS_SUBJ = {"nsubj:pass", "nsubjpass"}
OBJ = {"obj", "dobj", "iobj", "dative"}
AGENT = {"obl:agent", "agent"}
PRT = {"compound:prt", "prt"}
CLIMB = {"xcomp", "advcl", "conj", "ccomp", "acl", "relcl", "acl:relcl"}
NP_AGENT_DEPS = {"amod", "nmod:poss", "poss", "compound", "det:poss"}
PERSON_DEPS = {"appos", "flat", "flat:name", "compound", "nmod", "nmod:poss"}

SPEECH = {
    "nl": {
        "zeggen",
        "waarschuwen",
        "melden",
        "schrijven",
        "stellen",
        "verklaren",
        "benadrukken",
        "laten weten",
        "zien",
        "vinden",
        "denken",
        "menen",
        "beweren",
        "aankondigen",
        "meedelen",
        "verzekeren",
        "erkennen",
        "bevestigen",
        "ontkennen",
        "noemen",
        "twitteren",
        "tweeten",
        "zeggen_tegen",
        "aangeven",
        "onderstrepen",
        "herhalen",
        "beklemtonen",
    },
    "en": {
        "say",
        "warn",
        "tell",
        "report",
        "write",
        "state",
        "claim",
        "announce",
        "add",
        "insist",
        "note",
        "argue",
        "believe",
        "confirm",
        "deny",
        "tweet",
        "stress",
        "declare",
        "allege",
        "suggest",
        "see",
        "reiterate",
        "repeat",
        "reaffirm",
        "assert",
        "emphasize",
        "emphasise",
        "affirm",
    },
}
ACCORDING = {"nl": {"volgens"}, "en": {"according"}}
NEGATORS = {"niet", "nooit", "geen", "not", "n't", "never", "no", "nor", "neither", "allerminst"}
NEGATING_HEADS = {"weigeren", "ontkennen", "afzien", "refuse", "deny", "decline", "reject", "fail"}
HEDGES = {
    "zou",
    "zouden",
    "mogelijk",
    "potentieel",
    "waarschijnlijk",
    "vermoedelijk",
    "wellicht",
    "misschien",
    "verluidt",
    "kennelijk",
    "blijkbaar",
    "eventueel",
    "mogelijkerwijs",
    "would",
    "could",
    "might",
    "may",
    "reportedly",
    "allegedly",
    "possibly",
    "likely",
    "probably",
    "apparently",
    "perhaps",
    "purportedly",
}
# Heads whose embedded deed is refused: "refused to meet Jordan's king" is a rejection of Jordan
# (CAMEO 12) besides a negated meeting; "weigert met Oekraïne te onderhandelen".
REFUSING_HEADS = {"refuse", "decline", "weigeren"}
# Failing to agree or to meet is a rejection too (PLOVER REJECT): "X and Y failed to reach agreement",
# "slaagden er niet in een akkoord te bereiken" is read by the negation instead. Failing at other deeds
# ("failed to send aid") may be inability, not refusal.
FAILING_HEADS = {"fail"}
HEDGING_HEADS = {"kunnen", "overwegen", "dreigen", "willen", "plannen", "consider", "plan", "intend", "seek", "want"}
# A verb whose subject receives what its object names ("Oekraïne krijgt steun").
RECEIVE = {"krijgen", "ontvangen", "nodig", "vragen", "receive", "get", "need", "obtain", "welcome", "accept"}
# Nouns that stand for an actor's people or leadership and pass the actor on ("de Russische leiders").
SYMMETRIC = {"cooperates_with", "consults"}
# Cooperative acts done by one side to another (CAMEO 030 offer, 051 praise or endorse, 052 defend
# verbally, 054 grant recognition, 055 apologise, 056 forgive, 063 extradite, 064 share): coordinated
# subjects of these do not do them to each other unless the text says so ("praised each other").
DIRECTED_COOPERATION = {"030", "051", "052", "054", "055", "056", "063", "064"}
# Heads that make what they govern a threat or a promise rather than a deed: "threatened to
# shell", "offered to hand over", "is ready to send" (CAMEO 13 threaten, 03 express intent).
THREAT_HEADS = {"threaten", "dreigen"}
INTENT_HEADS = {
    "offer",
    "promise",
    "pledge",
    "agree",
    "vow",
    "ready",
    "willing",
    "prepared",
    "aanbieden",
    "beloven",
    "toezeggen",
    "bereid",
}
# Heads that announce a deed as planned: with a conflict deed a threat ("plans to impose restrictions").
PLAN_HEADS = {"plan", "intend", "plannen", "van plan"}
# Relations whose object is not asserted to happen: "demanded the withdrawal of X".
NONFACTIVE = {"demands", "appeals_to", "threatens", "rejects"}
# Heads that call off what their object names: "cancelled a visit to Haiti", "suspended the
# talks with Iran", "the suspension of flights to Chad" (the event does not take place;
# calling it off reduces relations, CAMEO 16).
CALLING_OFF = {
    "cancel",
    "postpone",
    "scrap",
    "suspend",
    "halt",
    "freeze",
    "call off",
    "break off",
    "annuleren",
    "afzeggen",
    "uitstellen",
    "opschorten",
    "stopzetten",
    "bevriezen",
    "afblazen",
    "afbreken",
    "suspension",
    "cancellation",
    "postponement",
    "freezing",
    "annulering",
    "afzegging",
    "opschorting",
    "stopzetting",
    "bevriezing",
}
# Boycotting an event is not taking part in it (the boycott itself is a protest, CAMEO 143).
BOYCOTT = {"boycott", "boycotten"}
# Nouns that pass an event on to what is done with it: "part of the aid programme".
PARTITIVE = {
    "part",
    "portion",
    "some",
    "most",
    "all",
    "half",
    "rest",
    "deel",
    "gedeelte",
    # time spans of an event: "ten days of war games" ("a round of talks with the ministers of X, Y"
    # was tried too: on re3d it named the states where the gold names their ministers)
    "day",
    "week",
    "month",
    "dag",
    "maand",
}
# Future auxiliaries: a deed still to come is announced, i.e. an intent (CAMEO 03).
FUTURE = {"will", "shall", "'ll", "would", "zal", "zullen"}
# Modal verbs that turn reported speech into a demand: "Russia said Sudan must return it".
MUST = {"must", "moeten", "moet", "moest", "moesten"}
# Auxiliaries of a clause that settles what is to be done ("agreed that the truce should start").
ARRANGED = {"should", "shall", "could", "can", "zou", "zouden", "kan", "kunnen", "mag", "mogen"}


@dataclass(frozen=True, slots=True)
class Cue:
    """A lexicon entry: a lemma that signals a relation, and the prepositions of its target."""

    lemma: str
    pos: str
    relation: str
    cameo: str
    preps: frozenset[str]
    prep_only: bool = False  # the target comes only through a preposition ("call on")


def _lexicon_rows(name: str, width: int, valid: Callable[[list[str]], bool], what: str) -> Iterator[list[str]]:
    """The rows of a tab-separated file in ``cues/`` (blank and ``#`` lines skipped), each checked to have
    `width` cells and pass `valid`; a bad row raises ValueError naming the file and row."""
    path = CUE_DIR / name
    with path.open(encoding="utf-8") as fh:
        rows = csv.reader((line for line in fh if line.strip() and not line.startswith("#")), delimiter="\t")
        for n, row in enumerate(rows, 1):
            if len(row) != width or not valid(row):
                raise ValueError(f"{path}: bad {what} row {n}: {row!r}")
            yield row


@lru_cache(maxsize=4)
def load_cues(lang: str) -> dict[tuple[str, str], Cue]:
    """The cue lexicon of `lang` as {(lemma, pos): Cue}."""
    cues: dict[tuple[str, str], Cue] = {}
    for lemma, pos, relation, cameo, preps in _lexicon_rows(f"{lang}.tsv", 5, lambda r: r[2] in RELATIONS, "cue"):
        prep_only = preps.startswith("=")
        prepset = frozenset() if preps == "-" else frozenset(p for p in preps.lstrip("=").split(",") if p)
        cues.setdefault((lemma.lower(), pos), Cue(lemma.lower(), pos, relation, cameo, prepset, prep_only))
    return cues


CONFLICT = {"verbal_conflict", "material_conflict"}
EVENT_KINDS = {"deed", "removal", "release", "separation", "proposal", "directive", "gathering", "stance"}
AUTHORED = {"proposal", "directive"}  # event nouns whose author is the target under any cue


@dataclass(frozen=True, slots=True)
class EventNoun:
    """An event or state-of-affairs noun and which of its arguments a cue aimed at it targets
    (``cues/events.tsv``): "war crimes by X", "the resignation of X", "independence from X"."""

    lemma: str
    kind: str  # deed, removal, release, separation, proposal, directive, gathering, stance
    target: frozenset[str]  # "poss" and the prepositions that name the target
    never: frozenset[str]  # prepositions whose object is never the target (the victim, the one released)


@lru_cache(maxsize=4)
def load_event_nouns(lang: str) -> dict[str, EventNoun]:
    """The event nouns of `lang` as {lemma: EventNoun}."""
    nouns: dict[str, EventNoun] = {}
    for row_lang, lemma, kind, target, never in _lexicon_rows(
        "events.tsv", 5, lambda r: r[2] in EVENT_KINDS, "event noun"
    ):
        if row_lang == lang:
            nouns[lemma.lower()] = EventNoun(
                lemma.lower(),
                kind,
                frozenset(target.split(",")),
                frozenset() if never == "-" else frozenset(never.split(",")),
            )
    return nouns


def _event_decides(tok: Token, cue: Cue) -> bool:
    """Whether the event noun `tok` names the target of `cue`: under a conflict cue any event noun does;
    under any cue a proposal's or directive's author does ("conceded to demands from X", "accepted an
    offer by X", "defied a ban by X")."""
    event = _event_noun(tok)
    return event is not None and (RELATIONS[cue.relation][0] in CONFLICT or event.kind in AUTHORED)


def _event_noun(tok: Token) -> EventNoun | None:
    """The event noun `tok` is, by lemma or (Dutch compounds) by its tail: "oorlogsmisdaden" -> misdaad."""
    if tok.pos_ not in ("NOUN", "PROPN") and not (tok.pos_ == "VERB" and tok.dep_ in ("obj", "dobj", "obl", "nmod")):
        return None  # (a noun mis-tagged as a verb in a nominal slot: "oorlogsmisdaden/VERB")
    nouns = load_event_nouns("nl" if tok.doc.lang_ == "nl" else "en")
    lemma = tok.lemma_.lower()
    found = nouns.get(lemma) or nouns.get(tok.lower_)
    if found is None and tok.doc.lang_ == "nl" and len(lemma) > 6:
        for size in range(len(lemma) - 3, 4, -1):
            found = nouns.get(lemma[-size:])
            if found is not None:
                break
    return found


@dataclass(frozen=True, slots=True)
class _Found:
    """An actor mention reached from a token, and how directly (confidence factor)."""

    mention: TokenMention
    factor: float


def _case(tok: Token) -> str:
    """The preposition that introduces `tok` (UD ``case`` child), lower-cased, or ""."""
    for child in tok.children:
        if child.dep_ == "case" and child.pos_ != "PART":  # not the possessive "'s"
            return child.lower_
    return ""


def _clause_children(verb: Token) -> list[Token]:
    """The verb's dependents plus those the parser hung on its auxiliaries: in "Israël heeft
    ... overlegd met de VS" the subject often lands on "heeft"."""
    out = list(verb.children)
    for child in verb.children:
        if child.dep_ in ("aux", "aux:pass", "cop") and child.pos_ in ("AUX", "VERB"):
            out.extend(c for c in child.children if c.dep_ not in ("punct",))
    return sorted(out, key=lambda t: t.i)


PREP_NOUNS = {"richting"}
# "op verzoek van X", "at the request of X", "on X's request": a deed done because X asked for it
REQUEST_PREPS = {"op", "at", "on"}
GOVERNMENTS = {"regering", "kabinet", "government", "cabinet", "administration"}  # as kg.actors reads them
NL_PARTICLES = {
    "aan",
    "af",
    "bij",
    "door",
    "goed",
    "in",
    "mee",
    "na",
    "om",
    "op",
    "over",
    "tegen",
    "terug",
    "toe",
    "uit",
    "vast",
    "voor",
    "weg",
    "binnen",
    "buiten",
    "neer",
    "samen",
    "vrij",
    "stop",
    "los",
}


TIME_NOUNS = {
    "week",
    "dag",
    "maand",
    "jaar",
    "ochtend",
    "middag",
    "avond",
    "nacht",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
}


WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
DAY_PARTS = ("", "nacht", "avond", "ochtend", "middag", "morgen")
TIME_ADVERBS = {"gisteren", "vandaag", "morgen", "eergisteren", "overmorgen", "vannacht", "vanochtend"}
TIME_ADVERBS |= {"vanmiddag", "vanavond", "vanmorgen", "gisteravond", "gisterochtend", "gistermiddag", "gisternacht"}


def _time_word(tok: Token) -> bool:
    """A Dutch time adverbial in one word ("Dinsdagnacht", "Zondagavond", "Gisteren"): fronted in a
    verb-second clause it is neither subject nor object, whatever the parser labels it."""
    word = tok.lower_
    if word in TIME_ADVERBS or word in TIME_NOUNS:
        return True
    return any(word.startswith(day) and word[len(day) :] in DAY_PARTS for day in WEEKDAYS)


def _pp_args(head: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, noun) for prepositional dependents of `head` in UD and ClearNLP."""
    children = _clause_children(head) if head.pos_ in ("VERB", "AUX") else list(head.children)
    if head.pos_ in ("VERB", "AUX"):
        # "reist volgende week naar Israël" with "naar Israël" hung on "week": a time phrase passes its
        # prepositional phrases on to the verb
        children += [
            sub
            for child in children
            if child.lemma_.lower() in TIME_NOUNS and not _case(child)
            for sub in child.children
            if sub.i > child.i and sub.dep_ in ("nmod", "obl") and _case(sub)
        ]
    for child in children:
        if child.dep_ in ("obl", "nmod", "obl:agent", "obl:arg", "appos", "dep") and _case(child):
            yield _case(child), child
        elif child.dep_ in ("obl", "nmod", "obl:arg", "obj") and child.lemma_.lower() in PREP_NOUNS:
            # "richting Japan": a noun used as a preposition, its object parsed as apposition
            for sub in child.children:
                if sub.dep_ in ("appos", "nmod", "flat", "obj") and sub.i > child.i:
                    yield child.lemma_.lower(), sub
        elif child.dep_ in ("prep", "agent", "dative"):  # "sent troops to/dative X"
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    yield child.lower_, pobj
            # "according to X": prep(according) -> prep(to) -> pobj(X)
            for sub in child.children:
                if sub.dep_ == "prep":
                    for pobj in sub.children:
                        if pobj.dep_ == "pobj":
                            yield f"{child.lower_} {sub.lower_}", pobj


def _case_word(tok: Token) -> str:
    """The preposition of `tok` in either scheme: its UD ``case`` child or its ClearNLP ``prep`` head."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        return tok.head.lower_
    return _case(tok)


def _premodifier(child: Token, head: Token) -> bool:
    """A name before its noun that ClearNLP labels ``nmod`` ("European Community foreign ministers"):
    a modifier like an adjective; in UD an ``nmod`` carries a preposition and is not one."""
    return child.dep_ == "nmod" and child.i < head.i and not _case(child)


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "ADJ", "PRON", "X"):
            out.extend(_conjuncts(child))
    return out


POSSESSIVES = {"zijn", "haar", "hun"}  # (Dutch; see _Sentence.possessor)
RELATIVE_PRONOUNS = {"die", "dat", "welke", "wie", "who", "which", "that", "whom"}
RELATIVE_CLAUSES = {"acl:relcl", "relcl"}


def _relative_pronoun(tok: Token) -> bool:
    """A relative pronoun that is the patient of a passive relative clause ("die" in "de kustwacht, die door
    Italië wordt getraind", "which" in "the militia, which is armed by Iran"). Only passives: in an active
    clause the antecedent is often an act or document ("a resolution that aims to impose a blockade"), not
    the doer."""
    return (
        tok.pos_ == "PRON"
        and tok.lower_ in RELATIVE_PRONOUNS
        and tok.head.dep_ in RELATIVE_CLAUSES
        and tok.head.i > tok.i
        and tok.head.head.i < tok.i
        and _nominal_head(tok.head.head)
        and any(c.dep_ in ("aux:pass", "auxpass") for c in tok.head.children)
    )


def _nominal_head(tok: Token) -> bool:
    """A noun or name, or an article the parser made the head of the name after it ("De/nsubj
    Houthi's/flat, die door Iran worden bewapend")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return True
    return tok.pos_ == "DET" and any(c.dep_ in ("flat", "flat:name") and c.pos_ == "PROPN" for c in tok.children)


# Texts a body adopts or issues: a relative clause on one says what the body itself does ("de Raad nam een
# resolutie aan die Israël oproept ...", "gaf een verklaring uit waarin de aanvallen worden veroordeeld").
DOCUMENTS = (
    "resolutie",
    "motie",
    "verklaring",
    "besluit",
    "communiqué",
    "resolution",
    "motion",
    "statement",
    "declaration",
)
ADOPTING = {
    "aannemen",
    "goedkeuren",
    "uitgeven",
    "aanvaarden",
    "publiceren",
    "uitbrengen",
    "ondertekenen",
    "adopt",
    "pass",
    "approve",
    "issue",
    "publish",
}


def _relative_subject(tok: Token) -> bool:
    """A relative pronoun as the subject of its relative clause ("die" in "een resolutie die ... oproept")."""
    return tok.pos_ == "PRON" and tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ in RELATIVE_CLAUSES


def _adopter(clause: Token) -> Token | None:
    """The verb whose subject adopted or issued the text that relative clause `clause` hangs on ("nam een
    resolutie aan die ...": aannemen), or None: the text's author is the one who condemns or calls on. Only
    adopting verbs: "blokkeerde een resolutie die Israël veroordeelt" condemns nothing."""
    noun = clause.head
    if clause.dep_ not in RELATIVE_CLAUSES or noun.dep_ not in OBJ or not noun.lemma_.lower().endswith(DOCUMENTS):
        return None
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or _full_lemma(verb) not in ADOPTING:
        return None
    return verb


def _among(tok: Token) -> bool:
    """A phrase that lists members of the one before it: "onder wie/waaronder een Amerikaanse journalist"."""
    return any(
        c.lower_ == "waaronder"
        or (c.lower_ in ("wie", "welke") and any(g.lower_ == "onder" and g.dep_ == "case" for g in c.children))
        for c in tok.children
        if c.i < tok.i
    )


def _weapon_name(span: Span) -> bool:
    """Whether `span` only names the make of the weapon it modifies ("more Patriot missiles")."""
    last = span[-1]
    head = last.head
    if last.dep_ != "compound" or head.i <= last.i or head.i < span.end:
        return False
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "Taurus cruise missiles"
    return _weapon(head) or head.lemma_.lower().endswith(GOODS)


class _Sentence:
    """Mentions of one sentence, indexed by token."""

    def __init__(self, sent: Span, mentions: list[TokenMention]) -> None:
        self.sent = sent
        self.antecedents: list[tuple[TokenMention, bool]] = []  # (subject mention, is a person)
        self.by_token: dict[int, TokenMention] = {}
        for m in mentions:
            if sent.start <= m.start and m.end <= sent.end:
                if m.kind == "provisional" and _weapon_name(sent.doc[m.start : m.end]):
                    continue  # "Patriot missiles", "Leopard tanks": a weapon's name, no actor
                for i in range(m.start, m.end):
                    self.by_token[i] = m

    def own(self, tok: Token) -> TokenMention | None:
        return self.by_token.get(tok.i)

    def antecedent(self, tok: Token) -> list[_Found]:
        """The actor a subject pronoun stands for: the nearest earlier subject it can refer to.

        Only subjects of this sentence (before the pronoun) and of the previous one are
        candidates; "he"/"she" take a person, "it" a non-person, "they" a non-person group or
        state, Dutch "zij"/"ze" either. Conservative by design, and worth x0.8.
        """
        want = PRONOUNS.get(tok.lower_)
        if want is None or tok.pos_ != "PRON":
            return []
        blamed = self._blamed(tok)
        if blamed:
            return blamed
        for m, is_person in reversed(self.antecedents):
            if m.start >= tok.i:
                continue
            if want == "any" or (want == "person") == is_person:
                return [_Found(m, 0.8)]
        return []

    def _blamed(self, pronoun: Token) -> list[_Found]:
        """ "verweet Frankrijk dat het Armenië bewapent", "accused Iran that it ...": the subject pronoun of
        what one is blamed for is the one blamed, the accusing verb's object (x0.8, as any antecedent)."""
        clause = pronoun.head
        if pronoun.dep_ not in SUBJ or clause.dep_ != "ccomp" or _full_lemma(clause.head) not in BLAMING:
            return []
        if not any(c.dep_ == "mark" and c.lower_ in ("dat", "that") for c in clause.children):
            return []
        return [_Found(f.mention, 0.8) for o in _roles(clause.head)[1] for f in self.actors(o)]

    def actors(self, tok: Token, *, depth: int = 0, locative: bool = False) -> list[_Found]:
        """Actors that the phrase headed by `tok` denotes (one per conjunct)."""
        found: list[_Found] = []
        if depth < 2:
            # "Vijf Europese landen, onder wie Frankrijk en Duitsland, ...": the members named stand for the group
            for child in tok.children:
                if child.i > tok.i and _among(child):
                    members = self.actors(child, depth=depth + 1, locative=locative)
                    if members:
                        return members
        for conj in _conjuncts(tok):
            one = self._actor(conj, depth=depth, locative=locative)
            if one is not None:
                found.append(one)
                if self.own(conj) is None:
                    found.extend(self.coordinated(one))
        found.extend(self._listed(tok, found))
        return found

    def _listed(self, tok: Token, found: list[_Found]) -> list[_Found]:
        """Middle members of a list "van A, B en C" that the parser hung as an apposition between the
        head's first name and its last conjunct ("juntaleiders van Mali, Burkina/appos Faso en Niger/conj")."""
        doc = tok.doc
        last = max((c.i for c in tok.children if c.dep_ == "conj"), default=-1)
        have = {f.mention.actor_id for f in found}
        out = []
        head = self.own(tok)
        if head is None or head.kind == "agent":
            # "de presidenten van Kenia, Oeganda en Tanzania": every member of the "van" list (the head
            # may be read as the first one's agent, "Kenya (president)")
            args = list(_pp_args(tok))
            # (one "van" deeper through a word that is no actor: "de ministers van Defensie van Japan en Australië")
            args += [
                inner
                for prep, arg in args
                if prep in ("van", "of") and self.own(arg) is None
                for inner in _pp_args(arg)
            ]
            for prep, arg in args:
                first = self.own(arg)
                if prep not in ("van", "of") or first is None or (head is None and first.actor_id not in have):
                    continue
                for conj in _conjuncts(arg)[1:]:
                    m = self.own(conj)
                    if m is not None and m.actor_id not in have and m.kind != "provisional":
                        out.append(_Found(m, 0.85))
                        have.add(m.actor_id)
        for child in tok.children:
            m = self.own(child)
            if child.dep_ != "appos" or m is None or m.kind not in ("name", "standin", "org") or not child.i < last:
                continue
            if doc[m.start - 1].text == "," and m.actor_id not in have:
                out.append(_Found(m, 0.9))
        return out

    def _actor(self, tok: Token, *, depth: int, locative: bool) -> _Found | None:
        if depth < 2 and _relative_pronoun(tok):
            # "de kustwacht, die door Italië wordt getraind": the pronoun stands for the noun the clause hangs on
            inner = self._actor(tok.head.head, depth=depth + 1, locative=locative)
            return _Found(inner.mention, inner.factor * 0.9) if inner is not None else None
        if tok.pos_ == "NUM" and depth < 2:
            # "honderden/NUM Oekraïners/nmod": a number heading the group it counts stands for the group
            for child in tok.children:
                # (adjectives may stand between: "honderden Palestijnse gevangenen")
                gap = tok.doc[tok.i + 1 : child.i]
                adjacent = all(g.head.i == child.i and g.dep_ in ("amod", "det") for g in gap)
                if child.dep_ == "nmod" and not _case(child) and child.i > tok.i and adjacent:
                    return self._actor(child, depth=depth + 1, locative=locative)
        own = self.own(tok)
        full = own is not None and own.char_end >= tok.idx + len(tok.text) and own.kind != "adj"
        if full and own is not None and own.kind == "person":
            return _Found(own, 1.0)
        # A named person in apposition outranks the role noun ("premier Keir Starmer").
        for child in tok.children:
            m = self.own(child)
            if child.dep_ in PERSON_DEPS and m is not None and m.kind == "person" and not _case(child):
                return _Found(m, 1.0)
        if full and own is not None and own.kind == "provisional":
            # "Amina Haddad, Tunisia's best-known rights lawyer": a name kg does not know,
            # described by an agent of a state, is that agent
            for child in tok.children:
                m = self.own(child)
                if child.dep_ == "appos" and m is not None and m.kind == "agent":
                    return _Found(m, 0.9)
            for child in tok.children:
                # "de Syrische Golanhoogten", "de Oekraïense Krim": a place kg does not know, named with a
                # state's adjective, stands for that state
                m = self.own(child)
                if child.dep_ == "amod" and child.i < tok.i and m is not None and m.kind == "adj" and not own.state:
                    return _Found(m, 0.85)
        if full and own is not None:
            return _Found(own, 1.0)
        for child in tok.children:
            m = self.own(child)
            if child.dep_ in ("appos", "flat", "flat:name") and m is not None:
                if m.kind == "provisional" and not m.state and own is not None and own.kind == "adj":
                    break  # "de Syrische/nmod Golanhoogten/flat": an unknown place after a state's adjective
                return _Found(m, 0.95)
        if own is not None:  # "NAVO-topman", "EU-leiders", or an adjective used as a noun
            return _Found(own, 0.9)
        for child in tok.children:
            m = self.own(child)
            if m is not None and (child.dep_ in NP_AGENT_DEPS or _premodifier(child, tok)):
                return _Found(m, 0.85)
        for child in tok.children:
            # "Vietnamese-led forces" split into three tokens (forces backed by a state are not the state)
            if child.dep_ == "amod" and child.lemma_.lower() in ("lead", "led"):
                for grand in child.children:
                    m = self.own(grand)
                    if m is not None and grand.i < child.i:
                        return _Found(m, 0.8)
        # A title chain: "Zimbabwean Prime Minister Robert Mugabe" (Mugabe <- Minister <- Zimbabwean).
        inner_m = self._title_chain(tok)
        if inner_m is not None:
            return _Found(inner_m, 0.8)
        if depth < 2:
            for prep, noun in _pp_args(tok):
                if prep in ("van", "of"):
                    inner = self._actor(noun, depth=depth + 1, locative=locative)
                    # An unknown proper name deep in a phrase is more often a place ("de Straat van
                    # Hormuz") than the actor: only named, known actors pass through "van".
                    if inner is not None and inner.mention.kind != "provisional":
                        return _Found(inner.mention, inner.factor * 0.85)
            if locative and not any(c.lower_ in FOREIGN_OWNERS for c in tok.children if c.i < tok.i):
                # An attack on a place in a country is an attack on that country (not on "coalition bases
                # in Iraq": those are someone else's).
                for prep, noun in _pp_args(tok):
                    # ("een vluchtelingenkamp op de Westelijke Jordaanoever", "een basis op de Krim")
                    if prep in ("in", "bij", "nabij", "near", "at", "op"):
                        inner = self._actor(noun, depth=depth + 1, locative=False)
                        if inner is not None and inner.mention.kind != "provisional":
                            return _Found(inner.mention, inner.factor * 0.75)
        return None

    def _title_chain(self, tok: Token, depth: int = 0) -> TokenMention | None:
        """An actor in the modifiers of the compound words before `tok` (no prepositions crossed)."""
        for child in tok.children:
            if child.dep_ != "compound" or child.i > tok.i:
                continue
            for grand in child.children:
                m = self.own(grand)
                if grand.dep_ in NP_AGENT_DEPS and m is not None and not _case(grand):
                    return m
            if depth < 2:
                deeper = self._title_chain(child, depth + 1)
                if deeper is not None:
                    return deeper
        return None

    def coordinated(self, found: _Found) -> list[_Found]:
        """Actors coordinated with a modifier mention: "Hungarian and Romanian officials"."""
        doc = self.sent.doc
        root = doc[found.mention.start : found.mention.end].root
        if root.dep_ not in NP_AGENT_DEPS and not _premodifier(root, root.head):
            return []
        out = []
        for conj in _conjuncts(root)[1:]:
            m = self.own(conj)
            if m is not None and m.actor_id != found.mention.actor_id:
                out.append(_Found(m, found.factor))
        return out

    def np_agents(self, noun: Token, cue: Cue) -> list[_Found]:
        """The agent inside a nominal event's phrase: adjective, possessive, van/of/by/door."""
        found: list[_Found] = []
        for child in noun.children:
            m = self.own(child)
            if (child.dep_ in NP_AGENT_DEPS or _premodifier(child, noun)) and m is not None and not _case(child):
                one = _Found(m, 0.95 if m.kind != "adj" else 0.9)
                # "Amerikaanse en Israëlische bombardementen", "US and Israeli strikes": each conjunct acts
                found += [one, *self.coordinated(one)]
        for prep, arg in _pp_args(noun):
            if prep in ("door", "by") or (prep in ("van", "of") and prep not in cue.preps):
                found.extend(self.actors(arg))
            if prep in ("van", "of") and not found:
                # "de vrijlating van gevangenen door/nmod>gevangenen Iran", "de inbeslagname van een tanker
                # door de marine": the agent phrase hung on the patient
                found.extend(
                    _Found(f.mention, f.factor * 0.9)
                    for p2, a2 in _pp_args(arg)
                    if p2 in ("door", "by")
                    for f in self.actors(a2)
                )
        verb = noun.head
        if not found and noun.dep_ in OBJ and verb.pos_ == "VERB" and not _is_passive(verb):
            # "verwelkomde de erkenning van zijn aanspraken door/obl>verwelkomde Frankrijk": a named agent
            # the parser hung on the active verb after its event object
            found.extend(
                _Found(f.mention, f.factor * 0.8)
                for prep, arg in _pp_args(verb)
                if prep == "door" and arg.i > noun.i and self.own(arg) is not None
                for f in self.actors(arg)
            )
        return found

    def deed_agents(self, arg: Token, cue: Cue) -> list[_Found]:
        """Who did what a protest or criticism is against: "against the violations by the Israeli
        military", "tegen het geweld door de politie" (a possessive is read by `actors`)."""
        if cue.relation not in ("protests", "criticizes"):
            return []
        return [
            _Found(f.mention, f.factor * 0.8)
            for prep, sub in _pp_args(arg)
            if prep in ("by", "door")
            for f in self.actors(sub)
        ]

    # -- event-noun targets (cues/events.tsv) -----------------------------------------------
    def event_targets(self, noun: Token) -> list[_Found] | None:
        """The target an event or state-of-affairs noun names (``cues/events.tsv``): the agent of a
        deed ("war crimes by X", "de onderdrukking van Koerden door X"), the bearer of a removal ("the
        resignation of X"), the holder of the released ("the release of prisoners held by X"), whom one
        separates from ("independence from X"), a proposal's author, a gathering's organisers.

        None when `noun` is no such noun, or names no target and none of its arguments is ruled out
        (then the phrase's own actors count); [] when the only actor it names is ruled out: the victim
        in "the killing of a Serbian policeman" is not what an inquiry into it targets.
        """
        event = _event_noun(noun)
        if event is None or self.own(noun) is not None:
            return None
        found: list[_Found] = []
        if "poss" in event.target:
            for child in noun.children:
                m = self.own(child)
                if m is not None and not _case(child) and (child.dep_ in NP_AGENT_DEPS or _premodifier(child, noun)):
                    found.append(_Found(m, 0.9))
        args = list(_pp_args(noun))
        for prep, arg in args:
            if prep in event.target:
                found.extend(self.actors(arg))
        agent_preps = event.target & {"by", "door"}
        if agent_preps:
            # a participle names the agent: "crimes committed by X", "prisoners held by X", "een mars
            # georganiseerd door X" (on the noun, or on the one released or removed); and a "by" phrase
            # small parsers hang on the victim: "the murder of a policeman by X"
            holders = [noun, *(arg for prep, arg in args if prep in ("of", "van") or prep in event.never)]
            for holder in holders:
                if holder is not noun:
                    found.extend(f for prep, sub in _pp_args(holder) if prep in agent_preps for f in self.actors(sub))
                for part in holder.children:
                    if part.dep_ in ("acl", "amod", "relcl", "acl:relcl") and part.pos_ == "VERB":
                        found.extend(f for prep, sub in _pp_args(part) if prep in agent_preps for f in self.actors(sub))
        if found:
            return [_Found(f.mention, f.factor * 0.85) for f in found]
        if any(prep in event.never and self.actors(arg) for prep, arg in args):
            return []
        return None

    def target_actors(self, arg: Token, cue: Cue, *, locative: bool = False) -> list[_Found]:
        """Actors a cue's target phrase stands for: the target of an event noun that decides it (see
        `_event_decides`, `event_targets`), else the phrase's own actors, else the agents of the deed
        it names."""
        conjuncts = _conjuncts(arg)
        events = [self.event_targets(c) if _event_decides(c, cue) else None for c in conjuncts]
        if all(e is None for e in events):
            return self.actors(arg, locative=locative) or self.deed_agents(arg, cue)
        found: list[_Found] = []
        for conj, event in zip(conjuncts, events, strict=True):
            one = self._actor(conj, depth=0, locative=locative) if event is None else None
            found.extend(event if event is not None else [one] if one is not None else [])
        return found

    def possessor(self, noun: Token) -> list[_Found]:
        """ "de erkenning van zijn aanspraken door Frankrijk": a possessive pronoun in a nominal event's
        target phrase stands for the subject of the clause the phrase is in (x0.8, as any antecedent)."""
        if not any(
            c.dep_ in NP_AGENT_DEPS and c.pos_ in ("PRON", "DET") and c.lower_ in POSSESSIVES for c in noun.children
        ):
            return []
        clause = noun
        while clause.pos_ not in ("VERB", "AUX") and clause.head is not clause:
            clause = clause.head
        if clause.pos_ not in ("VERB", "AUX"):
            return []
        subjects, _ = _clause_subjects(clause, self)
        return [_Found(f.mention, f.factor * 0.8) for f in subjects]

    def np_targets(self, noun: Token, cue: Cue) -> tuple[list[_Found], bool]:
        """Targets of a nominal event, and whether they came from "tussen/between" (mutual)."""
        targets: list[_Found] = []
        mutual = False
        locative = _forceful(cue)
        for prep, arg in _pp_args(noun):
            if prep in cue.preps:
                found = self.target_actors(arg, cue, locative=locative) or self.possessor(arg)
                if prep in ("tussen", "between"):
                    mutual = True
                targets.extend(found)
        if not targets:
            # "the withdrawal of forces from Panama", "levering van wapens aan Oekraïne": the target
            # hangs on what the event moves
            for prep, arg in _pp_args(noun):
                if prep in ("of", "van") and prep not in cue.preps:
                    for inner, sub in _pp_args(arg):
                        if inner in cue.preps and inner not in ("of", "van"):
                            targets.extend(
                                _Found(f.mention, f.factor * 0.9) for f in self.actors(sub, locative=locative)
                            )
        return targets, mutual


_LEFT_OK = {"ADJ", "PROPN", "NOUN", "PART", "ADV", "X", "NUM"}
_STOP_RIGHT = {"VERB", "AUX", "SCONJ", "PUNCT", "PRON"}


def _in_exchange(obj: Token) -> bool:
    """Whether an object comes after "in ruil voor" / "in exchange for" in its own phrase (a parse that hung
    the phrase's noun on the verb as its object): what is given back, not what the verb acts on."""
    words = [t.lower_ for t in obj.doc[max(0, obj.left_edge.i - 3) : obj.i]]
    return any(words[k : k + 2] in (["ruil", "voor"], ["exchange", "for"]) for k in range(len(words) - 1))


def _envoy_at_work(noun: Token, cues: dict[tuple[str, str], Cue], lang: str) -> bool:
    """Whether an envoy is the subject of a diplomatic act ("the US envoy to Ukraine met Zelensky"): only
    then does the envoy's mission count as its state consulting the state it is sent to."""
    verb = noun.head
    if noun.dep_ not in SUBJ or verb.pos_ not in ("VERB", "AUX"):
        return False
    cue = _cue_for(verb, cues, lang)
    return cue is not None and cue.relation in ("consults", "appeals_to", "cooperates_with", "demands")


def _first_against_rest(members: list[_Found], doc: Doc) -> str | None:
    """The first side of "between A and B and C" (two "and"s, no comma): A relates to B and to C, B and
    C not to each other. None for "between A, B and C" or two sides."""
    if len({m.mention.actor_id for m in members}) < 3:
        return None
    span = doc[members[0].mention.start : members[-1].mention.end]
    words = [t.lower_ for t in span]
    if "," in words or words.count("and") + words.count("en") < 2:
        return None
    return members[0].mention.actor_id


def _linear_phrase(noun: Token, cue: Cue, sent: _Sentence) -> tuple[list[_Found], list[_Found], bool]:
    """(agents, targets, mutual) of a nominal event read off the surface order of its phrase:
    "[de Iraanse] aanval [op een gasinstallatie in Qatar]", "samenwerking [tussen X en Y]"."""
    doc = noun.doc
    agents: list[_Found] = []
    i = noun.i - 1
    # left of the noun, only its own phrase: "legt Iran nieuwe sancties op" has no Iranian sanctions
    while i >= max(sent.sent.start, noun.left_edge.i) and noun.i - i <= 4 and doc[i].pos_ in _LEFT_OK:
        m = sent.own(doc[i])
        if m is not None and m.kind != "person":
            agents.append(_Found(m, 0.85))
            break
        i -= 1
    targets: list[_Found] = []
    j = noun.i + 1
    if j < sent.sent.end and doc[j].dep_ in PRT:  # "bombardementen uit op ..."
        j += 1
    if j + 2 < sent.sent.end and doc[j].lower_ in ("van", "of") and doc[j].lower_ not in cue.preps:
        # "de terugtrekking [van Rusland] uit Syrië": an agent phrase between the noun and its target
        m = sent.own(doc[j + 1]) or (sent.own(doc[j + 2]) if doc[j + 1].pos_ == "DET" else None)
        if m is not None and m.end < sent.sent.end and doc[m.end].lower_ in cue.preps and m.kind != "provisional":
            agents.append(_Found(m, 0.8))
            j = m.end
    if j >= sent.sent.end or doc[j].lower_ not in cue.preps:
        return agents, targets, False
    prep = doc[j].lower_
    mutual = prep in ("tussen", "between")
    seen: set[str] = set()
    for k in range(j + 1, min(j + 14, sent.sent.end)):
        tok = doc[k]
        participle = tok.dep_ in ("amod", "obl", "nmod") or (
            "Part" in tok.morph.get("VerbForm", []) and tok.dep_ != "ROOT"
        )
        if (
            tok.pos_ in _STOP_RIGHT
            and tok.text != "-"
            and not (tok.pos_ == "PUNCT" and tok.text == ",")
            and not (participle)
        ):
            break
        if tok.lower_ in ("door", "by") or "Rel" in tok.morph.get("PronType", []) or tok.lower_.startswith("waar"):
            break  # an agent phrase or a relative clause ("waaraan de VS ...") ends the phrase
        if tok.pos_ == "ADP" and tok.lower_ in ("in", "inside") and not _forceful(cue):
            break  # "aid to refugees in Pakistan": where the receivers are is not who receives
        m = sent.own(tok)
        if m is not None and m.actor_id not in seen and m.kind != "provisional":
            seen.add(m.actor_id)
            targets.append(_Found(m, 0.9 if tok.i - j <= 3 else 0.8 if tok.i - j <= 7 else 0.65))
    return agents, targets, mutual


def _controlled(verb: Token) -> bool:
    """An infinitive whose subject is its governing verb's: ``xcomp``, or a subjectless ``ccomp`` or
    ``advcl`` marked "te"/"to" (small Dutch parsers label "weigert ... te onderhandelen" so)."""
    if verb.dep_ == "xcomp":
        return True
    return (
        verb.dep_ in ("ccomp", "advcl", "obl", "obl:arg", "obj", "dep")
        and verb.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in SUBJ for c in verb.children)
        and any(c.lower_ in ("te", "to") and c.dep_ in ("mark", "aux") for c in verb.children)
    )


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASS_SUBJ or c.dep_ in ("aux:pass", "auxpass") for c in verb.children)


def _clause_subjects(verb: Token, sent: _Sentence, *, seen: int = 0) -> tuple[list[_Found], float]:
    """Subjects of `verb`, inherited from governing verbs through control/purpose/conjunction."""
    subj = _roles(verb)[0]
    if subj:
        out: list[_Found] = []
        for s in subj:
            out.extend(sent.actors(s) or sent.antecedent(s))
        adopter = _adopter(verb) if not out and _relative_subject(subj[0]) and seen < 3 else None
        if adopter is not None:
            # "de Raad nam een resolutie aan die Israël oproept ...": the text's author calls on Israel
            found, factor = _clause_subjects(adopter, sent, seen=seen + 1)
            return found, factor * 0.85
        return _prefer_persons(out), 1.0
    if _is_passive(verb):
        return [], 1.0
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in REPORTED_DEEDS and _is_passive(head) and seen < 3:
        # "Israel is believed to have carried out the strike", "is alleged to have sent shells": the
        # reported deed's doer is the passive subject of the verb of belief (a hedged claim)
        found = [f for c in head.children if c.dep_ in PASS_SUBJ for f in sent.actors(c)]
        if found:
            return _prefer_persons(found), 0.85
    if verb.dep_ in ("aux", "aux:pass", "cop") and verb.head.i != verb.i and seen < 3:
        # An auxiliary read as the verb ("heeft ... nodig" under "gezegd"): the clause's subject.
        found, factor = _clause_subjects(verb.head, sent, seen=seen + 1)
        if found:
            return found, factor * 0.9
    # A name in first position that the parser did not call a subject ("Turkije/advmod
    # overlegt met ..."): in a verb-second clause the name before the verb is its subject.
    for c in verb.children:
        if c.i < verb.i and c.dep_ in ("advmod", "amod", "nmod", "dep", "obl", "appos") and not _case(c):
            m = sent.own(c)
            if m is not None and m.kind in ("name", "org", "person", "standin"):
                return _prefer_persons(sent.actors(c)), 0.8
        if c.i >= verb.i:
            break
    head = verb.head
    # four steps: "ready to ship equipment to help protect Jordan" (protect, help, ship, ready)
    if seen < 4 and head.i != verb.i and (verb.dep_ in ("xcomp", "advcl", "conj", "acomp") or _controlled(verb)):
        # "NAVO ziet Rusland ... delen": the object of a perception/causative verb is the subject.
        # (not after a verb of refusing or promising: "weigert Oekraïne wapens te leveren" is subject control)
        if (
            verb.dep_ == "xcomp"
            and head.lemma_.lower() not in GIVING_HEADS | {"promise", "offer", "pledge"}
            and not _raising(head, verb)
        ):
            # Object control: "urged Russia to withdraw", "called on Russia to withdraw".
            objs = [c for c in head.children if c.dep_ in OBJ]
            objs += [arg for prep, arg in _pp_args(head) if prep in ("on", "upon", "op")]
            for o in objs:
                found = sent.actors(o)
                if found:
                    return found, 0.9
        found, factor = _clause_subjects(head, sent, seen=seen + 1)
        return found, factor * 0.9
    if seen < 3 and any(c.dep_ in ("mark", "aux") and c.lower_ in ("om", "in order") for c in verb.children):
        # A purpose clause hung on a noun ("stuurt troepen om Rusland te versterken"): its
        # subject is the subject of the verb that governs that noun.
        node = head
        for _ in range(4):
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                break
            node = node.head
        if node.pos_ in ("VERB", "AUX") and node.i != verb.i:
            found, factor = _clause_subjects(node, sent, seen=seen + 1)
            return found, factor * 0.85
    return [], 1.0


# Dutch verbs that take a bare infinitive and lend it their subject, never their object: "wil Turkije
# helpen", "gaat Oekraïne steunen", "blijft Israël bewapenen" (Turkije, Oekraïne and Israël are the
# infinitive's objects; "want Iran to stop" has no Dutch counterpart with "willen").
# Verbs of belief and report whose passive raises the doer of a deed: "X is believed/thought/alleged/said
# to have done it"; the deed is claimed with a hedge.
REPORTED_DEEDS = {"believe", "think", "allege", "suspect", "say", "report", "understand", "know", "presume"}


RAISING = {"willen", "gaan", "blijven", "kunnen", "moeten", "mogen", "zullen", "komen"}


def _raising(head: Token, verb: Token) -> bool:
    """Whether `verb` is a bare infinitive under a Dutch modal or aspectual verb (see RAISING)."""
    return (
        verb.doc.lang_ == "nl"
        and head.lemma_.lower() in RAISING
        and not any(c.lower_ in ("te", "om") and c.dep_ in ("mark", "aux") for c in verb.children)
    )


def _roles(verb: Token) -> tuple[list[Token], list[Token]]:
    """(subjects, objects) of `verb`, correcting what small parsers get wrong in Dutch.

    - Two nominals labelled subject, the second after the verb ("Rusland levert Noord-Korea
      steun"): the second is an (indirect) object.
    - Dutch main clauses put the subject first or, after a fronted adverbial, right after the
      finite verb. A proper-name "object" in first position with the "subject" after the finite
      verb ("Rusland/obj deelt ... technologie/nsubj") is read the other way round, and so is a
      proper-name "object" right after the finite verb when nothing is the subject ("Volgens Kyiv
      zou grootmacht China ... helpen").
    """
    children = _clause_children(verb)
    subj = [c for c in children if c.dep_ in SUBJ]
    if verb.doc.lang_ == "nl" and any(_time_word(c) for c in children):
        subj = _after_fronted_time(verb, children)
    # (a nominal with its own copula heads a clause the parser flattened into this one: "zolang er geen
    # Palestijnse staat/obj is/cop" is no object of "erkennen")
    objs = [c for c in children if c.dep_ in OBJ and not any(g.dep_ == "cop" for g in c.children)]
    for prt in children:
        # "kidnapped up to 16 Russian advisers": a quantity read as particle "up" and preposition "to"
        if prt.dep_ == "prt" and prt.lower_ == "up":
            objs += [
                pobj
                for to in prt.children
                if to.dep_ == "prep" and to.lower_ == "to"
                for pobj in to.children
                if pobj.dep_ == "pobj" and any(n.dep_ == "nummod" for n in pobj.children)
            ]
    if verb.doc.lang_ == "nl" and objs:
        # "vier buitenlanders gearresteerd, onder wie een Britse oud-militair": the members listed after the
        # object, hung on the verb, are objects too
        objs += [c for c in children if c.dep_ in ("obl", "nmod", "appos", "dep") and c.i > objs[0].i and _among(c)]
    if len(subj) > 1 and subj[0].i < verb.i < subj[1].i:
        return subj[:1], objs + subj[1:]
    if len(subj) > 1 and _relative_subject(subj[0]):
        # "een resolutie die/nsubj Israël/nsubj oproept ...": after the relative pronoun, the object
        return subj[:1], objs + subj[1:]
    if verb.dep_ in RELATIVE_CLAUSES and verb.head.lemma_.lower().endswith(DOCUMENTS):
        # "een resolutie die/mark Iran/nsubj oproept ...": a text calls on, condemns, demands; the name after
        # the relative pronoun is its object
        rel = [c for c in children if c.i == verb.left_edge.i and _relative_subject(c) and c not in subj]
        if rel and all(s.i > rel[0].i for s in subj):
            return rel, objs + subj
    if len(subj) > 1 and verb.doc.lang_ == "nl":
        between = verb.doc[subj[0].i + 1 : subj[1].i]
        if verb.i > subj[1].i and any(t.dep_ == "mark" or t.pos_ == "SCONJ" for t in between):
            # "Turkije wil niet dat Iran de strijd ... laat ontaarden" flattened into one clause:
            # the clause-final verb belongs to the subordinate clause and its subject.
            return subj[1:2], objs
        # "Israël heeft Hamas opgeroepen", "Rusland zou Noord-Korea kunnen helpen": both before a
        # clause-final verb, the one after the finite auxiliary is the object.
        finite = min([verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:pass")], key=lambda t: t.i)
        if subj[0].i < finite.i < subj[1].i:
            return subj[:1], objs + subj[1:]
        if finite.i < subj[0].i < subj[1].i < verb.i and finite.i != verb.i:
            # "Eerder had Zuid-Korea troepen ... gestuurd": after a fronted adverbial the subject follows
            # the finite verb and the object comes next
            return subj[:1], objs + subj[1:]
    if verb.doc.lang_ != "nl" or verb.dep_ not in ("ROOT", "conj", "parataxis"):
        return subj, objs
    finite = min([verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")], key=lambda t: t.i)
    start = _clause_start(verb, finite)
    fronted = [
        c
        for c in verb.children
        if c.i == start == c.left_edge.i
        and c.i < finite.i
        and c.text[:1].isupper()
        and c.pos_ in ("PROPN", "ADJ")
        and not _time_word(c)
        and not _case(c)
        and c.dep_ in ("advmod", "amod", "nmod", "dep", "appos")
    ]
    if fronted and not subj and not any(o.i < finite.i for o in objs):
        # "Marokko/nmod en Algerije verbraken ...": a fronted name and no subject at all.
        return fronted[:1], objs
    if fronted and subj and all(s.i > finite.i for s in subj):
        # "Turkije/advmod blokkeert de toetreding/nsubj ...": the fronted name is the subject.
        return fronted[:1], objs + subj
    nominal = [o for o in objs if o.pos_ in ("NOUN", "PROPN")]
    if not subj and len(nominal) >= 2 and start < finite.i and nominal[0].left_edge.i == finite.i + 1:
        # "Volgens X hebben Chinese schepen/obj een Filipijns schip/obj geramd": after a fronted phrase
        # the subject follows the finite verb, and a clause has no two direct objects
        return nominal[:1], [c for c in objs if c.i != nominal[0].i]
    for o in objs:
        if o.pos_ != "PROPN" or any(s.i < finite.i for s in subj):
            continue
        if o.left_edge.i == start and o.i < finite.i:
            return [o], [c for c in objs if c.i != o.i] + subj
        if not subj and o.i > finite.i and o.left_edge.i <= finite.i + 1 and start < finite.i:
            return [o], [c for c in objs if c.i != o.i]
    fronted_pp = verb.doc[start].pos_ == "ADP"  # (not a fronted name: "Indonesië/advmod heeft een akkoord/obj")
    if not subj and fronted_pp and len(objs) == 1 and objs[0].pos_ == "NOUN" and start < finite.i < objs[0].left_edge.i:
        # "Bij een bezoek aan Peking heeft de Spaanse premier/obj gepleit voor ...": after a fronted phrase,
        # the only nominal right after the finite verb of a clause with no subject is its subject
        o = objs[0]
        between = verb.doc[finite.i + 1 : o.left_edge.i]
        adjacent = o.left_edge.i == finite.i + 1 or all(t.pos_ == "ADV" for t in between)
        if adjacent and not _is_passive(verb) and finite.i != verb.i:
            return [o], []
    return subj, objs


def _clause_start(verb: Token, finite: Token) -> int:
    """First word of `verb`'s clause for the verb-second reading of _roles.

    A conjoined clause starts after its coordinator: in "Soedan verbrak de banden en beschuldigt
    Qatar ..." the subject is shared with the first clause, and "Qatar" right after the finite
    verb is the object, not a subject that follows a fronted phrase.
    """
    start = verb.sent.start
    if verb.dep_ == "conj":
        ccs = [c.i for c in verb.children if c.dep_ == "cc" and c.i < finite.i]
        if ccs:
            start = max(ccs) + 1
    while start < finite.i and verb.doc[start].is_punct:
        start += 1
    return start


def _after_fronted_time(verb: Token, children: list[Token]) -> list[Token]:
    """Subjects of a Dutch clause with a one-word time adverbial: never the time word ("Zondagavond/nsubj
    bombardeerde Israël"); after a fronted one, a bare name right after the finite verb that the parser
    left without a role ("Donderdagavond/nsubj viel Rusland/parataxis ... aan") is the subject."""
    subj = [c for c in children if c.dep_ in SUBJ and not _time_word(c)]
    first = verb.doc[verb.sent.start]
    if subj or not _time_word(first) or first.head.i != verb.i:
        return subj
    finite = min([verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")], key=lambda t: t.i)
    return [
        c
        for c in children
        if c.left_edge.i == finite.i + 1 and c.pos_ == "PROPN" and c.dep_ in ("parataxis", "dep", "appos", "advmod")
    ][:1]


def _repair_dutch_parse(sent: _Sentence) -> None:
    """Repair, in place, what the small Dutch parser gets wrong where a surface cue makes it safe:
    names of known actors tagged as verbs, a "passive" subject in a perfect with "hebben", and names
    glued together (see :func:`_unglue_names`)."""
    for tok in sent.sent:
        m = sent.own(tok)
        if m is not None and m.kind in GLUED_KINDS and tok.pos_ in ("VERB", "AUX") and tok.dep_ != "ROOT":
            tok.pos_ = "PROPN"  # "het Verenigd/VERB Koninkrijk", "de Verenigde Arabische Emiraten"
        if tok.dep_ == "nsubj:pass" and tok.head.pos_ in ("VERB", "AUX"):
            auxes = [c for c in _clause_children(tok.head) if c.dep_ in ("aux", "aux:pass")]
            if any(a.lower_ in HEBBEN or a.lemma_.lower() in HEBBEN for a in auxes) and not any(
                a.dep_ == "aux:pass" for a in auxes
            ):
                tok.dep_ = "obj"  # "Saoedi-Arabië heeft vliegtuigen/nsubj:pass ... gestuurd": active
                first = min([tok.head, *auxes], key=lambda t: t.i)
                if tok.i < first.i and not any(c.dep_ in SUBJ for c in tok.head.children):
                    # "Emiraatse vliegtuigen/nsubj:pass zouden wapens/nsubj:pass hebben afgeleverd": the
                    # one before the finite verb is the subject
                    tok.dep_ = "nsubj"
        if tok.dep_ in PRT and tok.lower_ in NO_LONGER:
            tok.dep_ = "advmod"  # "geven ... geen inlichtingen meer/compound:prt": a degree word, not a particle
    _unglue_names(sent)
    _glued_nouns(sent)
    _glued_coordination(sent)
    _agent_passive(sent)
    _stray_particles(sent)
    _final_particle(sent)
    _mistagged_weapons(sent)
    _weapon_root(sent)
    _mistagged_nouns(sent)
    _mistagged_plurals(sent)
    _plural_objects(sent)
    _perfect_auxiliary(sent)
    _participle_as_adjective(sent)
    _stray_auxiliary(sent)
    _subject_of_a_subject(sent)
    _fronted_agent_phrase(sent)
    _request_phrase(sent)
    _numeral_heads(sent)
    _clause_on_noun(sent)


# Auxiliaries of a Dutch passive: "wordt/werd ... aangevallen", "is/was ... aangevallen" (the small
# lemmatizer leaves some forms as they are).
PASSIVE_AUX = {"worden", "wordt", "werd", "werden", "zijn", "is", "was", "waren"}


def _agent_passive(sent: _Sentence) -> None:
    """ "De ambassadeur/nsubj is/aux door Iran/obl:agent ontboden": a participle with a "door" agent and
    "zijn" or "worden" as its auxiliary is a passive whose subject is the patient, even where the parser
    labelled subject and auxiliary as active ones (a perfect with "hebben" is not repaired)."""
    for tok in sent.sent:
        if tok.dep_ != "obl:agent" or _case(tok) != "door":
            continue
        verb = tok.head
        if verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm", []):
            continue
        auxes = [c for c in verb.children if c.dep_ in ("aux", "aux:pass")]
        if not auxes or any(a.lemma_.lower() not in PASSIVE_AUX and a.lower_ not in PASSIVE_AUX for a in auxes):
            continue
        if any(c.dep_ in PASS_SUBJ for c in verb.children):
            continue
        for c in verb.children:
            if c.dep_ == "nsubj":
                c.dep_ = "nsubj:pass"
        for a in auxes:
            a.dep_ = "aux:pass"


def _fronted_agent_phrase(sent: _Sentence) -> None:
    """ "De vrijlating van gevangenen door Iran/obl:agent werd verwelkomd": before the finite verb of a
    main clause stands one phrase, so an agent phrase there belongs to the fronted event noun, not to
    the passive verb (Iran released, it did not welcome)."""
    for tok in sent.sent:
        if tok.dep_ != "obl:agent":
            continue
        verb = tok.head
        finite = min([verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:pass")], key=lambda t: t.i)
        subjects = [c for c in verb.children if c.dep_ in PASS_SUBJ and c.i < tok.i]
        if not subjects or tok.i > finite.i or verb.dep_ != "ROOT":
            continue
        noun = subjects[0]
        if noun.pos_ == "NOUN" and not any(
            t.pos_ in ("VERB", "AUX", "PUNCT") for t in sent.sent.doc[noun.i + 1 : tok.i]
        ):
            tok.head, tok.dep_ = noun, "nmod"


def _subject_of_a_subject(sent: _Sentence) -> None:
    """ "waarop Georgetown/nsubj de Verenigde/nsubj>Georgetown Staten om steun vroeg": a nominal hung as
    subject on the verb's subject is a second nominal of the clause, read as the verb's object (as _roles
    reads two subjects of one verb)."""
    for tok in sent.sent:
        head = tok.head
        if tok.dep_ not in SUBJ or head.pos_ not in ("NOUN", "PROPN") or head.dep_ not in SUBJ or tok.i < head.i:
            continue
        if head.head.pos_ in ("VERB", "AUX") and head.head.i > tok.i and sent.own(tok) is not None:
            tok.head, tok.dep_ = head.head, "obj"


def _stray_auxiliary(sent: _Sentence) -> None:
    """ "Costa en Von der Leyen hebben/punct in Peking met Xi ... gesproken/ROOT": an auxiliary the parser
    hung on a name as punctuation belongs to the clause-final participle that heads the sentence, and
    so do the phrases it carried ("met Xi" is the talk's other side, not a part of the subject)."""
    root = sent.sent.root
    if root.pos_ != "VERB" or "Part" not in root.morph.get("VerbForm", []):
        return
    for tok in sent.sent:
        if tok.dep_ != "punct" or tok.is_punct or tok.pos_ != "AUX" or not tok.i < root.i:
            continue
        if tok.lemma_.lower() not in ("hebben", "zijn", "worden") or any(
            c.pos_ in ("VERB", "AUX") for c in sent.sent.doc[tok.i + 1 : root.i]
        ):
            continue
        for c in list(tok.children):
            if c.i > tok.i and not c.is_punct:
                c.head = root
        tok.head, tok.dep_ = root, "aux:pass" if tok.lemma_.lower() == "worden" else "aux"


def _mistagged_cue_noun(tok: Token) -> bool:
    """A plural event noun of the cue lexicon that the tagger read as a verb ("invoerheffingen/VERB"),
    and no verb of the lexicon ("aanvallen" is both: not taken)."""
    if tok.pos_ != "VERB" or not tok.is_lower or tok.dep_ not in ("nsubj:pass", "obj", "advcl"):
        return False
    if _noun_evidence(tok):
        return True  # "heeft doelen/VERB/obj van Hezbollah gebombardeerd"
    cues = load_cues("nl")
    lemma = tok.lemma_.lower()
    return (lemma, "VERB") not in cues and _noun_cue(tok, lemma, cues, "nl") is not None


def _clause_on_noun(sent: _Sentence) -> None:
    """A noun that carries the clause's auxiliary and subject ("De VS hebben/aux>heffingen
    heffingen/nsubj:pass ... opgelegd"): a noun has no auxiliary, so both go to the verb the noun
    hangs on, and the noun, with a subject beside it now, is that verb's object. The same for a noun
    read as the clause's root with the participle hung below it ("China heeft beperkingen/ROOT op
    metalen ingesteld/acl tegen Japan")."""
    root = sent.sent.root
    if root.pos_ == "NOUN" and any(c.dep_ in ("aux", "aux:pass") and c.i < root.i for c in root.children):
        participle = next(
            (
                t
                for t in root.subtree
                if t.i > root.i
                and t.pos_ == "VERB"
                and t.dep_ in ("acl", "acl:relcl")
                and not any(c.dep_ in SUBJ or c.pos_ == "PRON" for c in t.children)
            ),
            None,
        )
        if participle is not None:
            for c in list(root.children):
                clausal = c.dep_ in ("aux", "aux:pass", "nsubj", "obl", "advmod") and c.i < root.i
                if clausal or c.dep_ == "punct":
                    c.head = participle
            participle.head, participle.dep_ = participle, "ROOT"
            root.head, root.dep_ = participle, "obj"
            return
    for noun in sent.sent:
        verb = noun.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i or verb.i < noun.i:
            continue
        # (a plural noun the tagger read as a verb: "invoerheffingen/VERB/nsubj:pass ... opgelegd")
        if noun.pos_ != "NOUN" and not _mistagged_cue_noun(noun):
            continue
        auxes = [c for c in noun.children if c.dep_ in ("aux", "aux:pass") and c.i < noun.i]
        subjects = [c for c in noun.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < noun.i]
        # "Nadat vliegtuigen doelen/VERB/advcl in Afghanistan hadden gebombardeerd": the clause's
        # subject and conjunction on a word that has a noun's modifier
        evident = noun.pos_ == "VERB" and _noun_evidence(noun) and noun.dep_ == "advcl"
        if not subjects or not (auxes or evident) or noun.dep_ not in ("nsubj", "nsubj:pass", "obj", "advcl"):
            continue
        if noun.dep_ == "advcl" and not evident:
            continue
        if any(c.dep_ in SUBJ for c in verb.children if c.i != noun.i):
            continue
        marks = [c for c in noun.children if c.dep_ == "mark" and c.i < noun.i] if evident else []
        for c in auxes + subjects + marks:
            c.head = verb
        for c in subjects:
            c.dep_ = "nsubj"
        noun.dep_, noun.pos_ = "obj", "NOUN"


def _numeral(tok: Token) -> bool:
    """A number word ("twintig", "3000", "drieduizend", "tienduizend")."""
    return tok.like_num or (tok.is_lower and tok.lower_.endswith(("duizend", "honderd")))


def _numeral_heads(sent: _Sentence) -> None:
    """A number read as the head of its noun and of the whole clause ("Noord-Korea zou ...
    drieduizend/ADJ/obj soldaten/nmod naar Rusland/obl>drieduizend hebben gestuurd"): the noun
    takes the number's place, the number counts it, and the clause's words go back to the verb."""
    for num in sent.sent:
        verb = num.head
        if not _numeral(num) or num.pos_ not in ("ADJ", "NUM") or verb.pos_ not in ("VERB", "AUX") or verb.i == num.i:
            continue
        if num.dep_ not in (*OBJ, *SUBJ, "obl"):
            continue
        noun = next((c for c in num.children if c.i == num.i + 1 and c.pos_ == "NOUN" and not _case(c)), None)
        if noun is None:
            continue
        others = [c for c in num.children if c.i != noun.i]
        noun.head, noun.dep_ = verb, num.dep_
        num.head, num.dep_, num.pos_ = noun, "nummod", "NUM"
        for c in others:
            c.head = verb


def _request_phrase(sent: _Sentence) -> None:
    """ "op verzoek van X" parsed as one fixed preposition (op -> fixed verzoek, van) with X hung on the
    verb as its object ("stuurde op verzoek van Litouwen/obj troepen"): rebuild the phrase, so that X
    is the one who asks and not what the verb acts on (see `DependencyExtractor._on_request`)."""
    doc = sent.sent.doc
    for op in sent.sent:
        fixed = [c for c in op.children if c.dep_ == "fixed"]
        if op.lower_ != "op" or len(fixed) != 2 or fixed[1].lower_ != "van" or fixed[0].pos_ != "NOUN":
            continue
        noun, van, verb = fixed[0], fixed[1], op.head
        if op.dep_ == "case" and op.head.i > van.i:
            verb = op.head.head  # "op/case verzoek/fixed van/fixed Mexico/obl": the phrase hung on X
        if verb.dep_ in ("aux", "aux:pass") and verb.head.i != verb.i:
            verb = verb.head  # "heeft/aux op verzoek van ... gestuurd": the phrase hung on the auxiliary
        holder = next((t for t in doc[van.i + 1 : sent.sent.end] if t.pos_ in ("NOUN", "PROPN")), None)
        if holder is None or holder.head.i != verb.i or holder.dep_ not in (*OBJ, *SUBJ, "obl", "nmod"):
            continue
        noun.head, noun.dep_ = verb, "obl"
        op.head, op.dep_ = noun, "case"
        holder.head, holder.dep_ = noun, "nmod"
        van.head, van.dep_ = holder, "case"
        for det in doc[van.i + 1 : holder.i]:
            if det.head.i == verb.i:
                det.head = holder
        after = doc[holder.i + 1] if holder.i + 1 < sent.sent.end else None
        if after is not None and after.pos_ == "ADP" and after.head.head.i == verb.i and after.head.i > holder.i:
            # "op verzoek van de regering in N'Djamena": the place belongs to the one who asks
            after.head.head, after.head.dep_ = holder, "nmod"


def _mistagged_weapons(sent: _Sentence) -> None:
    """A plural weapon noun tagged as a verb in the object slot ("bouwt raketten/VERB/xcomp om ...", a
    known error of the small Dutch model): the object noun, with its singular as lemma. Branch cues."""
    for tok in sent.sent:
        if tok.pos_ != "VERB" or tok.dep_ != "xcomp" or tok.head.pos_ not in ("VERB", "AUX") or not tok.is_lower:
            continue
        if any(c.dep_ in OBJ or c.dep_ in ("aux", "mark") and c.lower_ in ("te", "om") for c in tok.children):
            continue  # a real infinitive ("besloot te bouwen")
        if (tok.lower_, "VERB") in load_cues("nl"):
            continue  # a cue verb that ends like a weapon ("blijft Israël bewapenen")
        stem = tok.lower_.removesuffix("en").removesuffix("s")
        singular = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem  # "raketten" -> "raket"
        if singular.endswith(WEAPONS) or tok.lower_.endswith(WEAPONS):
            tok.pos_, tok.dep_, tok.lemma_ = "NOUN", "obj", singular


def _weapon_root(sent: _Sentence) -> None:
    """A plural weapon noun tagged as the clause's verb, the real participle hung on it as a relative
    clause ("Iran heeft vijftig raketten/VERB/ROOT aan Rusland geleverd/acl:relcl"): the participle is
    the verb, the weapons its object, and the clause's words its own. Branch cues."""
    noun = sent.sent.root
    if noun.pos_ != "VERB" or not noun.is_lower or any(c.dep_ == "obj" for c in noun.children):
        return
    stem = noun.lower_.removesuffix("en").removesuffix("s")
    singular = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem  # "raketten" -> "raket"
    if singular.endswith(WEAPONS) or noun.lower_.endswith(WEAPONS):
        lemma = singular
    elif _noun_evidence(noun):
        lemma = noun.lower_  # "doelen/VERB/ROOT in Afghanistan ... gebombardeerd/advcl"
    else:
        return
    verb = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl:relcl", "acl", "xcomp", "advcl")
            and c.pos_ == "VERB"
            and c.i > noun.i
            and not any(m.dep_ == "mark" for m in c.children)
        ),
        None,
    )
    if verb is None or not any(c.dep_ in ("aux", "aux:pass") for c in noun.children):
        return  # (no auxiliary before it: "raketten" may be the verb after all)
    if any(c.dep_ in SUBJ or c.pos_ == "PRON" and c.dep_ != "expl" for c in verb.children):
        return  # a real relative clause ("raketten die Rusland ... heeft geleverd")
    for c in list(noun.children):
        if (
            c.i != verb.i
            and c.dep_ not in ("nummod", "amod", "det", "compound")
            and not (c.dep_ == "advmod" and _numeral(c))
            and not (c.dep_ == "nmod" and c.i > noun.i and c.i < verb.i)
        ):
            c.head = verb
        elif c.dep_ == "advmod":
            c.dep_, c.pos_ = "nummod", "NUM"
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_, noun.pos_, noun.lemma_ = verb, "obj", "NOUN", lemma


def _noun_evidence(tok: Token) -> bool:
    """A word tagged as a verb that has what only a noun has: a prepositional modifier right after it
    ("doelen/VERB van/case Hezbollah/nmod", "doelen in Afghanistan"), before a participle of its clause."""
    return tok.is_lower and any(
        c.dep_ == "nmod" and c.i > tok.i and _case(c) and c.left_edge.i == tok.i + 1 for c in tok.children
    )


def _final_particle(sent: _Sentence) -> None:
    """A separable particle at the end of the clause read as part of a name or noun ("zette de hulp
    aan Mali stop/flat"): it belongs to the main verb when the two make a verb kg knows as a cue or
    as stopping or cutting something (stopzetten, opschorten). Branch cues."""
    doc = sent.sent.doc
    words = [t for t in sent.sent if not t.is_punct]
    if not words:
        return
    last = words[-1]
    if last.lower_ not in NL_PARTICLES or last.pos_ in ("VERB", "AUX") or last.dep_ in PRT:
        return
    verb = next((t for t in reversed(doc[sent.sent.start : last.i]) if t.pos_ == "VERB" and t.dep_ == "ROOT"), None)
    if verb is None or any(c.dep_ in PRT for c in verb.children):
        return
    joined = last.lower_ + verb.lemma_.lower()
    if (joined, "VERB") in load_cues("nl") or joined in STOP_AID | CALLING_OFF | SEVER_TIES:
        last.head, last.dep_, last.pos_ = verb, "compound:prt", "ADP"


def _participle_as_adjective(sent: _Sentence) -> None:
    """ "Iran heeft Israël ervan beschuldigd/amod Libanon te willen aanvallen/ROOT": a participle after a
    perfect auxiliary, read as an adjective of the next noun, is the main verb when the clause the parser
    gave as root is a "te" infinitive; the infinitive becomes its complement, and the nominals and
    adverbs before the participle are its own (the second subject is its object)."""
    root = sent.sent.root
    # ("te" on the root or on its modal: "Libanon te/mark>willen willen/aux aanvallen")
    marks = [m for c in [root, *root.children] if c.i == root.i or c.dep_ == "aux" for m in c.children]
    if root.pos_ not in ("VERB", "AUX") or not any(m.dep_ == "mark" and m.lower_ == "te" for m in marks):
        return
    auxes = [c for c in root.children if c.dep_ == "aux" and (c.lower_ in HEBBEN or c.lemma_.lower() in HEBBEN)]
    parts = [
        t
        for t in sent.sent
        if t.pos_ == "VERB"
        and t.dep_ == "amod"
        and "Part" in t.morph.get("VerbForm", [])
        and t.i < root.i
        and any(a.i < t.i for a in auxes)
    ]
    if len(parts) != 1:
        return
    part = parts[0]
    moved = [c for c in root.children if c.i < part.i]
    part.head, part.dep_ = part, "ROOT"
    root.head, root.dep_ = part, "xcomp"
    subjects = 0
    for c in moved:
        c.head = part
        if c.dep_ in SUBJ:
            subjects += 1
            if subjects > 1:
                c.dep_ = "obj"  # "Iran/nsubj heeft Israël/nsubj ... beschuldigd": the accused


def _perfect_auxiliary(sent: _Sentence) -> None:
    """ "Zuid-Korea had/ROOT troepen ... gestuurd/ccomp": a form of "hebben" heading a clause-final
    participle is its auxiliary; the participle takes over the clause and its dependents."""
    root = sent.sent.root
    if root.lower_ not in HEBBEN and root.lemma_.lower() != "hebben":
        return
    # (or hung on the root's last nominal: "Gisteren heeft Rusland Kyiv aangevallen/acl")
    nominals = {c.i for c in root.children if c.dep_ in SUBJ | OBJ}
    # (or glued to the name that ends the object: "heeft een raffinaderij in de regio Rjazan aangevallen/flat")
    words = [t for t in sent.sent if not t.is_punct]
    last = words[-1] if words else root
    glued = {last.i} if last.dep_ in ("flat", "appos", "acl") and last.head.pos_ in ("PROPN", "NOUN") else set()
    parts = [
        c
        for c in sent.sent
        if (
            c.head.i == root.i
            and c.dep_ in ("ccomp", "xcomp")
            or c.head.i in nominals
            and c.dep_ == "acl"
            or c.i in glued
        )
        and c.i > root.i
        and c.pos_ == "VERB"
        and "Part" in c.morph.get("VerbForm", [])
        and not any(m.dep_ in ("mark", "aux", "aux:pass") for m in c.children)
    ]
    # (a verb after the participle may be its own complement: "heeft X ervan beschuldigd partijdig te zijn")
    if len(parts) != 1 or any(
        t.pos_ in ("VERB", "AUX") and not parts[0].is_ancestor(t) for t in sent.sent.doc[parts[0].i + 1 : sent.sent.end]
    ):
        return
    part = parts[0]
    moved = [c for c in root.children if c.i != part.i]
    if part.head.i != root.i:
        moved.append(part.head) if part.head not in moved else None
    part.head, part.dep_ = part, "ROOT"
    root.head, root.dep_, root.pos_ = part, "aux", "AUX"
    for c in moved:
        c.head = part


def _mistagged_nouns(sent: _Sentence) -> None:
    """A lower-case event noun tagged ADV or X in an argument slot ("voerde droneaanvallen/ADV uit op",
    "een twintigste sanctiepakket/X"): a noun, with the singular as lemma when only that is a cue."""
    cues = load_cues("nl")
    for tok in sent.sent:
        if tok.pos_ not in ("ADV", "X") or not tok.is_lower or len(tok.text) < 7:
            continue
        if tok.dep_ not in ("advmod", "obj", "obl", "nsubj", "nmod") or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        stem = tok.lower_.removesuffix("en")
        undoubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem  # "aanvallen" -> "aanval"
        for form in (tok.lower_, stem, undoubled, tok.lower_.removesuffix("s")):
            if _noun_cue(tok, form, cues, "nl") is not None:
                tok.pos_, tok.lemma_ = "NOUN", form
                if tok.dep_ == "advmod" and not any(c.dep_ in OBJ for c in tok.head.children):
                    tok.dep_ = "obj"
                break


BARE_INFINITIVE_HEADS = {"laten", "zien", "horen", "helpen", "leren", "voelen", "doen"}


def _mistagged_plurals(sent: _Sentence) -> None:
    """A plural event noun tagged as a verb in the object slot ("voerde aanvallen/VERB/obj uit op ..."):
    a bare infinitive as object only follows a perception or causative verb ("zag Rusland aanvallen"),
    and an infinitive with arguments of its own is a verb. A noun, with the singular as lemma."""
    cues = load_cues("nl")
    for tok in sent.sent:
        if tok.pos_ != "VERB" or tok.dep_ != "obj" or not tok.is_lower or not tok.lower_.endswith("en"):
            continue
        if tok.head.pos_ != "VERB" or tok.head.lemma_.lower() in BARE_INFINITIVE_HEADS:
            continue
        if any(c.dep_ in SUBJ | OBJ or c.dep_ in ("mark", "xcomp") for c in tok.children):
            continue
        auxes = [c for c in tok.children if c.dep_ == "aux"]
        if auxes and (any(c.dep_ == "aux" for c in tok.head.children) or auxes[0].i > tok.i):
            continue  # (an auxiliary before the noun, "heeft ... afspraken/VERB gemaakt", is the head's: moved below)
        stem = tok.lower_.removesuffix("en")
        undoubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem  # "aanvallen" -> "aanval"
        # an open syllable's vowel is written double in the singular: "afspraken" -> "afspraak"
        long = stem[:-2] + stem[-2] * 2 + stem[-1] if len(stem) > 3 and stem[-2] in "aeou" else stem
        form = next((f for f in (undoubled, stem, long) if _noun_cue(tok, f, cues, "nl") is not None), None)
        if form is None:
            continue
        tok.pos_, tok.lemma_ = "NOUN", form
        for c in auxes:
            c.head = tok.head
        for c in tok.children:
            if c.i < tok.i and c.dep_ in ("obl", "obl:arg") and _case(c):
                c.head = tok.head  # "heeft met Rusland/obl afspraken gemaakt": a phrase before the noun is the verb's
        if not any(c.dep_ in PRT for c in tok.head.children):
            for c in tok.children:
                if c.dep_ in PRT:  # "voerde ... aanvallen uit/prt": the particle is the light verb's (uitvoeren)
                    c.head = tok.head


def _plural_objects(sent: _Sentence) -> None:
    """A bare plural tagged as an infinitive right after the subject of a cue verb ("bombardeert Israël
    doelen/VERB/xcomp in ..."): a verb of deed takes no bare infinitive, so the word is its object noun."""
    cues = load_cues("nl")
    for tok in sent.sent:
        if tok.pos_ != "VERB" or tok.dep_ not in ("xcomp", "obj") or not tok.is_lower or not tok.lower_.endswith("en"):
            continue
        head = tok.head
        if head.pos_ != "VERB" or head.i >= tok.i or (head.lemma_.lower(), "VERB") not in cues:
            continue
        if head.lemma_.lower() in BARE_INFINITIVE_HEADS | RAISING | HEDGING_HEADS:
            continue
        if any(c.dep_ in OBJ and c.i != tok.i for c in head.children):
            continue
        if any(c.dep_ in SUBJ | OBJ or c.dep_ in ("mark", "xcomp", "aux", "aux:pass", "cop") for c in tok.children):
            continue
        between = sent.sent.doc[head.i + 1 : tok.i]
        if not between or not all(
            t.dep_ in SUBJ and t.head.i == head.i or t.head.i in {b.i for b in between} for t in between
        ):
            continue  # only the subject stands between: "bombardeert Israël doelen"
        tok.pos_, tok.dep_ = "NOUN", "obj"
        tok.lemma_ = tok.lower_.removesuffix("en")


def _stray_particles(sent: _Sentence) -> None:
    """A separable particle read as a preposition of a noun that is an object ("roept Israël op/case
    meer hulp/obj toe te laten"): a prepositional phrase's noun is never an object, so the particle
    belongs to the nearest verb before it when the two make a cue ("oproepen")."""
    cues = load_cues("nl")
    doc = sent.sent.doc
    for tok in sent.sent:
        if tok.dep_ == "mark" and tok.lower_ in NL_PARTICLES and tok.lower_ not in ("om", "te"):
            _particle_as_mark(tok, sent, cues)
            continue
        if tok.dep_ != "case" or tok.lower_ not in NL_PARTICLES:
            continue
        # "voerde luchtaanvallen uit/case op/case doelen": of two prepositions on one noun the first is a particle
        doubled = tok.i + 1 < sent.sent.end and doc[tok.i + 1].dep_ == "case" and doc[tok.i + 1].head.i == tok.head.i
        verb = next((t for t in reversed(doc[sent.sent.start : tok.i]) if t.pos_ == "VERB"), None)
        if verb is None or any(c.dep_ in PRT for c in verb.children):
            continue
        # "roept China op/case de druk ... te verminderen": the word opening the verb's infinitive clause
        clause = tok.head.head
        opens = clause.dep_ in ("xcomp", "ccomp") and clause.head.i == verb.i and clause.left_edge.i == tok.i
        if tok.head.dep_ not in ("obj", "nsubj") and not doubled and not opens:
            continue
        if doubled or (tok.lower_ + verb.lemma_.lower(), "VERB") in cues:
            tok.head, tok.dep_, tok.pos_ = verb, "compound:prt", "ADP"
    _stray_adjective_particles(sent, cues)
    _adverbial_particles(sent, cues)


def _adverbial_particles(sent: _Sentence, cues: dict[tuple[str, str], Cue]) -> None:
    """A separable particle read as an adverb or clause of the verb before it ("werkt niet langer samen/advcl
    met Frankrijk"): when the two make a cue, the particle is the verb's and its phrases are the verb's too."""
    for tok in sent.sent:
        verb = tok.head
        if tok.lower_ not in NL_PARTICLES or tok.dep_ not in ("advcl", "advmod") or verb.pos_ != "VERB":
            continue
        if verb.i >= tok.i or any(c.dep_ in PRT for c in verb.children) or tok.pos_ == "VERB":
            continue
        if (tok.lower_ + verb.lemma_.lower(), "VERB") not in cues:
            continue
        if any(c.pos_ in ("VERB", "AUX") or c.dep_ in SUBJ for c in tok.children):
            continue
        for c in list(tok.children):
            c.head = verb
        tok.dep_, tok.pos_ = "compound:prt", "ADP"


def _stray_adjective_particles(sent: _Sentence, cues: dict[tuple[str, str], Cue]) -> None:
    """A separable particle read as an adjective of a noun further on, across a preposition ("liet
    zes gevangenen vrij/amod na een bezoek"): an adjective stands right before its noun, so the
    particle closes the clause of the main verb before it when the two make a cue ("vrijlaten")."""
    doc = sent.sent.doc
    for tok in sent.sent:
        if tok.dep_ != "amod" or tok.lower_ not in NL_PARTICLES or tok.head.i <= tok.i + 1:
            continue
        if not any(t.pos_ == "ADP" for t in doc[tok.i + 1 : tok.head.i]):
            continue
        verb = sent.sent.root
        if verb.i > tok.i or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in PRT for c in verb.children):
            continue
        if (tok.lower_ + verb.lemma_.lower(), "VERB") in cues:
            tok.head, tok.dep_, tok.pos_ = verb, "compound:prt", "ADP"
            verb.pos_ = "VERB"  # "liet/AUX ... vrij": the particle makes it the main verb


def _particle_as_mark(tok: Token, sent: _Sentence, cues: dict[tuple[str, str], Cue]) -> None:
    """ "roepen Hamas en Israël op/mark>stemmen in te stemmen": a separable particle read as the opening word
    of the verb's infinitive clause belongs to the verb when the two make a cue (oproepen)."""
    clause = tok.head
    verb = clause.head
    if clause.pos_ != "VERB" or verb.pos_ != "VERB" or verb.i > tok.i or clause.left_edge.i != tok.i:
        return
    if any(c.dep_ in PRT for c in verb.children) or (tok.lower_ + verb.lemma_.lower(), "VERB") not in cues:
        return
    tok.head, tok.dep_, tok.pos_ = verb, "compound:prt", "ADP"


HEBBEN = {"hebben", "heeft", "heb", "hebt", "had", "hadden"}
GLUED_KINDS = {"name", "standin", "org"}
GLUED_PREPS = {"met", "naar", "tegen", "aan", "bij", "op", "uit", "voor", "tot"}
NAME_PARTICLES = {"van", "de", "der", "den", "of", "el", "al", "bin"}


def _unglue_names(sent: _Sentence) -> None:
    """Repair two names the Dutch parser glued into one (``flat``), in place.

    - Two known actors side by side ("levert China Rusland drones", "veroordeelde Frankrijk Rusland"):
      in the middle field of a verb-second clause the first is the subject and the second an object, so
      the second becomes the verb's (indirect) object, and the first its subject if the clause has none.
    - A "flat" part with its own preposition ("in Moskou met Poetin") is a prepositional phrase of the
      verb; name particles ("Straat van Hormuz") stay.
    """
    for tok in sent.sent:
        head = tok.head
        if tok.dep_ not in ("flat", "flat:name", "appos") or head.i >= tok.i:
            continue
        verb = head.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i == head.i:
            continue
        before = sent.sent.doc[tok.i - 1]
        if before.lower_ in GLUED_PREPS and before.dep_ in ("flat", "flat:name") and before.head.i == head.i:
            before.head, before.dep_, before.pos_ = tok, "case", "ADP"  # "in Moskou met/flat Poetin/flat"
        case = _case(tok)
        if case and case not in NAME_PARTICLES and head.dep_ in ("obl", "nmod", "obl:arg"):
            tok.head, tok.dep_ = verb, "obl"
            continue
        mine, theirs = sent.own(tok), sent.own(head)
        if (
            theirs is None
            and head.pos_ == "PRON"
            and head.dep_ in SUBJ
            and mine is not None
            and mine.start == tok.i
            and mine.kind in GLUED_KINDS
            and tok.i == head.i + 1
            and not case
        ):
            tok.head, tok.dep_ = verb, "obj"  # "waarbij hij Japan/flat>hij waarschuwde": a pronoun is no name part
            continue
        if mine is None or theirs is None or mine.actor_id == theirs.actor_id or case:
            continue
        glued = GLUED_KINDS | {"person"}  # two whole person names side by side: "ontmoet Rutte Zelensky"
        if mine.kind not in glued or theirs.kind not in glued or mine.start != tok.i:
            continue
        # (or with the second's article between: "waarop Damascus de/det Verenigde/appos Staten ... vroeg")
        article = theirs.end == tok.i - 1 and sent.sent.doc[tok.i - 1].lower_ in ("de", "het")
        if (theirs.end != tok.i and not article) or head.dep_ not in SUBJ | OBJ:
            continue
        if tok.dep_ == "appos" and not article:
            continue  # "premier Rutte": an apposition without an article of its own is the same one
        has_obj = any(c.dep_ in ("obj", "dobj") and c.i != head.i for c in verb.children)
        if head.dep_ in OBJ:
            if any(c.dep_ in SUBJ and not _time_word(c) for c in verb.children):
                continue
            head.dep_ = "nsubj"
        tok.head, tok.dep_ = verb, "iobj" if has_obj else "obj"


def _glued_nouns(sent: _Sentence) -> None:
    """A common noun the parser glued to the name before it ("bezoek aan Taipei sancties/flat aan"): a name
    part is capitalised, so the noun is the object of the verb the name hangs under, in place."""
    for tok in sent.sent:
        head = tok.head
        if tok.dep_ not in ("flat", "flat:name") or head.i != tok.i - 1 or head.pos_ != "PROPN":
            continue
        if tok.pos_ != "NOUN" or not tok.is_lower or sent.own(tok) is not None or sent.own(head) is None:
            continue
        verb = head
        while verb.dep_ != "ROOT" and verb.pos_ not in ("VERB", "AUX"):
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in OBJ for c in verb.children):
            continue
        tok.head, tok.dep_ = verb, "obj"


def _glued_coordination(sent: _Sentence) -> None:
    """Two known actors joined by "en"/"of" that the parser glued into one name ("Moskou en/flat Minsk/flat"):
    the second is a conjunct of the first, in place."""
    for tok in sent.sent:
        head = tok.head
        if tok.dep_ not in ("flat", "flat:name") or head.i >= tok.i - 1:
            continue
        cc = sent.sent.doc[tok.i - 1]
        if cc.lower_ not in ("en", "of") or cc.head.i != head.i or cc.dep_ not in ("flat", "flat:name", "cc"):
            continue
        mine, theirs = sent.own(tok), sent.own(head)
        if mine is None or theirs is None or mine.actor_id == theirs.actor_id:
            continue
        if mine.kind not in GLUED_KINDS or theirs.kind not in GLUED_KINDS or mine.start != tok.i:
            continue
        tok.dep_ = "conj"
        cc.head, cc.dep_, cc.pos_ = tok, "cc", "CCONJ"
    _coordinated_modifiers(sent)


def _coordinated_modifiers(sent: _Sentence) -> None:
    """A known actor coordinated with the one just before it, but hung on that one's head ("de ministers
    van Defensie van Japan en Australië/conj>Defensie"): the second is a conjunct of the first, in place."""
    doc = sent.sent.doc
    for tok in sent.sent:
        if tok.dep_ != "conj" or tok.i < sent.sent.start + 2 or tok.head.i >= tok.i - 2:
            continue
        cc, prev = doc[tok.i - 1], doc[tok.i - 2]
        if cc.lower_ not in ("en", "of") or cc.head.i != tok.i or prev.head.i != tok.head.i:
            continue
        if prev.dep_ not in ("nmod", "obl", "obl:arg") or sent.own(tok.head) is not None:
            continue
        mine, theirs = sent.own(tok), sent.own(prev)
        if mine is None or theirs is None or mine.kind not in GLUED_KINDS or theirs.kind not in GLUED_KINDS:
            continue
        tok.head = prev


def _interlocutors(verb: Token, sent: _Sentence, lang: str) -> list[_Found]:
    """Whom the subject of `verb` talks with in the same clause: the "met" side of a talk noun that is a
    circumstance of the verb or of its subject ("in een gesprek met X"), or the object of a meeting verb
    conjoined with it ("ontmoette X en drong aan op ..."); x0.7, the appeal's addressee is inferred."""
    cues = load_cues(lang)
    nodes = [verb, *(c for c in verb.children if c.dep_ in SUBJ)]
    found: list[_Found] = []
    for node in nodes:
        for prep, noun in _pp_args(node):
            cue = _cue_for(noun, cues, lang) if prep in CIRCUMSTANCE else None
            if cue is not None and cue.relation == "consults":
                found += [f for p2, arg in _pp_args(noun) if p2 in ("met", "with") for f in sent.actors(arg)]
    partners = [verb.head] if verb.dep_ == "conj" else [c for c in verb.children if c.dep_ == "conj"]
    for other in partners:
        cue = _cue_for(other, cues, lang)
        if cue is not None and cue.relation == "consults" and cue.pos == "VERB":
            found += [f for o in _roles(other)[1] for f in sent.actors(o)]
    return [_Found(f.mention, f.factor * 0.7) for f in found]


def _inverted_subject_targets(verb: Token, cue: Cue, sent: _Sentence) -> list[_Found]:
    """ "protesteerden honderden Oekraïners tegen/nmod>honderden de bombardementen": after a fronted phrase the
    subject follows the verb, and the parser may hang the verb's prepositional object on it (or on the
    group it counts, "honderden Oekraïners"). Dutch order only: the subject after the verb."""
    found: list[_Found] = []
    for subj in (c for c in verb.children if c.dep_ in SUBJ and c.i > verb.i):
        for node in [subj, *(c for c in subj.children if c.dep_ == "nmod" and not _case(c))]:
            for prep, arg in _pp_args(node):
                if prep in cue.preps and prep not in ("van", "of"):
                    found.extend(sent.target_actors(arg, cue) or sent.deed_agents(arg, cue))
    return found


GIVING_HEADS = REFUSING_HEADS | {"beloven", "toezeggen", "aanbieden"}  # "weigert/belooft X iets te geven"


def _beneficiaries(verb: Token, sent: _Sentence) -> list[_Found]:
    """ "weigert Oekraïne hulp te geven", "belooft Armenië wapens te leveren": the Dutch parser hangs the
    infinitive's indirect object on the refusing or promising verb; it is the receiver of the deed."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or head.i == verb.i or head.lemma_.lower() not in GIVING_HEADS:
        return []
    if not any(c.dep_ == "mark" and c.lower_ == "te" for c in verb.children):
        return []
    return [_Found(f.mention, f.factor * 0.85) for o in _roles(head)[1] if o.i < verb.i for f in sent.actors(o)]


def _nested_receivers(obj: Token, cue: Cue, sent: _Sentence) -> list[_Found]:
    """ "levert onderdelen voor drones aan/nmod>drones de Houthi's": the receiver of a supply, hung on a
    noun inside the object instead of on the object or the verb (supplies only; x0.8)."""
    if cue.relation != "supports" or obj.pos_ not in ("NOUN", "PROPN"):
        return []
    return [
        _Found(f.mention, f.factor * 0.8)
        for prep, inner in _pp_args(obj)
        if prep not in cue.preps
        for prep2, arg in _pp_args(inner)
        if prep2 in cue.preps and prep2 in ("aan", "to")
        for f in sent.actors(arg)
    ]


def _middle_field_objects(verb: Token, sent: _Sentence, agents: list[_Found]) -> list[_Found]:
    """Names between the finite auxiliary and a clause-final Dutch participle or infinitive
    ("Rusland heeft ... Kyiv aangevallen") are its objects when the parser attached them
    elsewhere; names inside a prepositional phrase are not. In a subordinate clause the verb comes
    last, and the middle field runs from the conjunction ("dat het de Houthi's/obl ... voorziet")."""
    finite = min([verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:pass")], key=lambda t: t.i)
    if finite.i == verb.i and verb.dep_ == "xcomp" and verb.head.i < verb.i and _raising(verb.head, verb):
        # "Noorwegen gaat Oekraïne helpen", "wil Turkije geld geven": a modal or aspectual verb that governs
        # a bare infinitive at the end of the clause opens its middle field as an auxiliary would
        finite = verb.head
    if finite.i == verb.i:
        marks = [c.i for c in verb.children if c.dep_ == "mark" and c.pos_ == "SCONJ" and c.i < verb.i]
        if not marks:
            return []
        finite = verb.doc[max(marks)]
    taken = {f.mention.actor_id for f in agents}
    found: list[_Found] = []
    for tok in verb.doc[finite.i + 1 : verb.i]:
        m = sent.own(tok)
        if m is None or m.actor_id in taken or m.kind in ("adj", "provisional") or tok.i != m.start:
            continue
        if _case(tok) or (tok.i > 0 and verb.doc[tok.i - 1].pos_ == "ADP"):
            continue
        taken.add(m.actor_id)
        found.append(_Found(m, 0.75))
    return found


# Heads whose other side is often named only inside the deed they announce, accept or refuse.
STANCE_RELATIONS = {"threatens", "cooperates_with", "rejects"}
STANCE_PREPS = {
    "from",  # "threatened to ban imports from Belarus", "agreed to buy gas from Russia"
    "van",
    "uit",
    "to",
    "on",
    "against",
    "with",
    "for",
    "into",
    "toward",
    "towards",
    "aan",
    "op",
    "tegen",
    "met",
    "voor",
    "naar",
}
CONDITIONS = {"if", "unless", "als", "indien", "tenzij"}
DEPLOY = {"deploy", "send", "station", "stationeren", "inzetten", "sturen", "legeren"}


def _places(sent: _Sentence, arg: Token, prep: str, locative: bool) -> list[_Found]:
    """Actors under a prepositional argument; under "in" only known states, not unknown names."""
    found = sent.actors(arg, locative=locative)
    return [f for f in found if f.mention.kind != "provisional"] if prep in ("in", "inside") else found


# Deeds against someone whose refusal rejects no one (deploying forces is left out: "refused to
# deploy peacekeepers in Iraq" is a rejection of Iraq).
HOSTILE_DEEDS = {"attacks", "coerces", "sanctions", "threatens"}


def _hostile_deed(deed: Token, cues: dict[tuple[str, str], Cue], lang: str) -> bool:
    """Whether `deed` (or the event noun it does: "impose sanctions on") judges or acts against
    someone: refusing such a deed rejects no one ("declined to impose sanctions on Russia")."""
    for tok in (deed, *(o for o in _roles(deed)[1] if o.pos_ == "NOUN")):
        cue = _cue_for(tok, cues, lang)
        if cue is not None and cue.relation in REFUSED_REJECTS_NO_ONE:
            return True
    return False


def _embedded_targets(verb: Token, cue: Cue, sent: _Sentence, agents: list[_Found]) -> list[_Found]:
    """Actors named by the deed in `verb`'s controlled clause (two levels deep), and for a threat
    the subject of its condition: "threatened to halt the talks if the United States ...". The
    agents' own places are not the other side ("Israel threatened to ban voting in Jerusalem if
    Hamas ...").
    """
    found: list[_Found] = []
    threat = cue.relation == "threatens"
    preps = STANCE_PREPS | ({"in", "inside"} if threat else set())
    # (a Dutch "te" infinitive is often labelled ccomp: "dreigde de invoer ... te verbieden")
    frontier = [c for c in verb.children if (c.dep_ == "xcomp" or _controlled(c)) and c.pos_ in ("VERB", "AUX")]
    # "turned down a plea for its troops to be stationed in Mali": the deed inside a proposal
    proposals = [o for o in _roles(verb)[1] if o.lemma_.lower() in PROPOSALS]
    frontier += [c for o in proposals for c in o.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    if proposals:  # "wees een plan af om troepen in Irak te stationeren": the om-clause hung on the verb
        frontier += [
            c
            for c in verb.children
            if c.dep_ == "advcl" and any(m.lower_ in ("om", "to") and m.dep_ in ("mark", "aux") for m in c.children)
        ]
    if cue.relation == "rejects":
        # refusing to condemn, disavow or strike someone rejects no one: "refused to condemn Russia"
        lang = verb.doc.lang_
        frontier = [
            d for d in frontier if d.lemma_.lower() not in REPUDIATING and not _hostile_deed(d, load_cues(lang), lang)
        ]
    for _depth in range(2):
        deeper: list[Token] = []
        for deed in frontier:
            # where troops are sent or deployed is the other side: "refused to deploy peacekeepers in Iraq"
            deed_preps = preps | ({"in", "naar"} if deed.lemma_.lower() in DEPLOY else set())
            for obj in _roles(deed)[1]:
                direct = sent.actors(obj, locative=threat)
                found.extend(_Found(f.mention, f.factor * 0.85) for f in direct)
                if not direct:
                    for prep, arg in _pp_args(obj):
                        if prep in deed_preps:
                            found.extend(_Found(f.mention, f.factor * 0.8) for f in _places(sent, arg, prep, threat))
            for prep, arg in _pp_args(deed):
                if prep in deed_preps:
                    found.extend(_Found(f.mention, f.factor * 0.8) for f in _places(sent, arg, prep, threat))
            deeper.extend(
                c for c in deed.children if (c.dep_ == "xcomp" or _controlled(c)) and c.pos_ in ("VERB", "AUX")
            )
        frontier = deeper
    own = {a.mention.actor_id for a in agents}
    found = [f for f in found if f.mention.actor_id not in own]
    if not found and threat:
        clauses = [c for c in verb.subtree if c.dep_ == "advcl" and c.head.i in {verb.i, *(x.i for x in verb.subtree)}]
        # "dreigde met vergelding als Israël aanvalt" with the condition hung on the threatened thing
        clauses += [c for c in verb.subtree if c.dep_ in ("acl", "acl:relcl") and c.i > verb.i and _condition(c)]
        clauses += [c for c in verb.children if c.dep_ in ("parataxis", "ccomp")]
        # "dreigt met tegenmaatregelen als Nederland/obl ... beperkt": the condition's subject misattached,
        # a name under the conditional mark with the condition's verb after it
        for mark in verb.subtree:
            name = mark.head
            if mark.dep_ != "mark" or mark.lower_ not in CONDITIONS or name.pos_ not in ("PROPN", "NOUN"):
                continue
            if any(
                t.dep_ in ("advcl", "parataxis", "ccomp", "conj") and t.pos_ == "VERB"
                for t in verb.doc[name.i + 1 : verb.sent.end]
            ):
                found.extend(_Found(f.mention, f.factor * 0.7) for f in sent.actors(name))
        for clause in clauses:
            if _condition(clause):
                for subj in clause.children:
                    if subj.dep_ in SUBJ:
                        found.extend(_Found(f.mention, f.factor * 0.75) for f in sent.actors(subj))
    return found


PURPOSE_PREPS = {"of", "for", "from", "by", "against", "over", "at", "van", "voor", "door", "tegen"}


def _purpose_targets(verb: Token, sent: _Sentence, cue: Cue) -> list[_Found]:
    """Actors a protest's purpose clause names, when the protest names none: "started a fast
    to call for President X to step down", "blocked roads to press demands from Y's government",
    "blokkeerden wegen om het aftreden van X te eisen". (A purpose clause that is itself a protest
    makes its own claim.)"""
    found: list[_Found] = []
    # (small Dutch parsers hang "om ... te tonen" on the verb's object: "blokkeerden wegen om ...")
    clauses = [*verb.children, *(c for o in _roles(verb)[1] for c in o.children if c.dep_ == "acl")]
    for clause in clauses:
        if clause.dep_ not in ("advcl", "xcomp", "acl") or clause.pos_ != "VERB":
            continue
        purpose = any(m.lower_ in ("to", "om") and m.dep_ in ("aux", "mark") for m in clause.children)
        if not purpose and not _voiced_demand(clause):
            continue
        own = load_cues("nl" if verb.doc.lang_ == "nl" else "en").get((_full_lemma(clause), "VERB"))
        if own is not None and own.relation == "protests":
            continue
        for obj in [*_roles(clause)[1], *_called_for(clause)]:
            # "to demand the return of land taken by X", "to demand reforms by X" ("by X" on the verb)
            event = _event_object_targets(clause, obj, cue, sent, False)
            if event is not None:
                found.extend(_Found(f.mention, f.factor * 0.75) for f in event)
                continue
            direct = sent.actors(obj)
            if direct:
                found.extend(_Found(f.mention, f.factor * 0.7) for f in direct)
                continue
            for prep, arg in _pp_args(obj):
                if prep in PURPOSE_PREPS:
                    inner = sent.target_actors(arg, cue)
                    if not inner:
                        inner = [f for p2, sub in _pp_args(arg) if p2 in PURPOSE_PREPS for f in sent.actors(sub)]
                    found.extend(_Found(f.mention, f.factor * 0.65) for f in inner)
    return found


def _voiced_demand(clause: Token) -> bool:
    """A participle clause that voices the protest's demand: "demonstrated in Kirkuk, calling for
    independence from Iraq", "marched through the capital demanding the resignation of X"."""
    if "Part" not in clause.morph.get("VerbForm", []) or clause.tag_ == "VBN":
        return False
    own = load_cues("nl" if clause.doc.lang_ == "nl" else "en").get((_full_lemma(clause), "VERB"))
    return own is not None and own.relation in ("demands", "appeals_to")


def _called_for(clause: Token) -> list[Token]:
    """What a demand or appeal verb calls for: "calling for the ouster of X", "oproepen tot het aftreden van X"."""
    return [arg for prep, arg in _pp_args(clause) if prep in ("for", "tot")]


def _event_object_targets(verb: Token, obj: Token, cue: Cue, sent: _Sentence, passive: bool) -> list[_Found] | None:
    """Targets of a cue whose object is an event noun that decides them (see `_event_decides`); None
    when the object is no such noun or leaves the target to the phrase's own actors. A "by"/"door"
    phrase hung on an active verb is its event object's agent: in "is investigating war crimes by X"
    small parsers attach "by X" to "investigating"."""
    if not _event_decides(obj, cue):
        return None
    found = sent.event_targets(obj)
    stray = [] if passive else _stray_agents(verb, obj, sent, cue)
    if stray:
        found = [*(found or []), *stray]
    return None if found is None else [_Found(f.mention, f.factor * 0.9) for f in found]


def _stray_agents(verb: Token, event_tok: Token, sent: _Sentence, cue: Cue) -> list[_Found]:
    """The agent of the event noun `event_tok` in a "by"/"door" phrase the parser hung on the active
    verb after it: "is investigating war crimes by X", "launched an inquiry into atrocities by X",
    "protesteerden tegen de vervolging van Y door X"."""
    event = _event_noun(event_tok)
    agent_preps = event.target & {"by", "door"} if event is not None else frozenset()
    if not agent_preps or _is_passive(verb) or not _event_decides(event_tok, cue):
        return []
    return [
        _Found(f.mention, f.factor * 0.8)
        for prep, arg in _pp_args(verb)
        if prep in agent_preps and arg.i > event_tok.i
        for f in sent.actors(arg)
    ]


def _yielded_proposal(noun: Token, cues: dict[tuple[str, str], Cue], lang: str) -> bool:
    """A demand or proposal (cues/events.tsv) that the verb governing it accepts, meets or gives in to
    ("accepted demands from X", "conceded to demands from X", "zwichtte voor de eisen van X"): its
    author is the one yielded to, and the noun makes no demand of its own."""
    event = _event_noun(noun)
    if event is None or event.kind != "proposal":
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("obj", "dobj", "pobj", "obl", "obl:arg") or verb.pos_ not in ("VERB", "AUX"):
        return False
    head_cue = _cue_for(verb, cues, lang)
    return head_cue is not None and head_cue.relation == "yields_to"


REACTIONS = {"criticizes", "investigates", "protests"}
ENVOYS = {"envoy", "gezant"}
# Modifiers that make a place in a country someone else's: "coalition bases in Iraq", "buitenlandse troepen".
# (not "international", "peacekeeping": a peacekeeping force in Liberia serves Liberia)
FOREIGN_OWNERS = {"coalition", "allied", "foreign", "western", "coalitie", "geallieerde", "buitenlandse", "westerse"}
# Leaving a cooperative arrangement ends it: "withdrew from the treaty with Iran" (CAMEO 16).
LEAVING = {"withdraw", "exit", "quit", "uittreden", "terugtrekken", "stappen"}
# Judging someone: refusing to do it rejects no one ("refused to condemn Russia").
REFUSED_REJECTS_NO_ONE = {"criticizes", "rejects"} | HOSTILE_DEEDS
# Verbs of distancing oneself that are no cue of their own: refusing them rejects no one.
REPUDIATING = {"disavow", "repudiate", "distance", "disown", "afvallen", "distantiëren"}
# Who is received (besides a named actor): "received Iran's foreign minister", "ontving een delegatie van Hamas".
VISITORS = TITLE_WORDS | {
    "delegation",
    "counterpart",
    "envoy",
    "ambassador",
    "leader",
    "official",
    "representative",
    "head",
    "chief",
    "delegatie",
    "ambtgenoot",
    "collega",
    "gezant",
    "ambassadeur",
    "leider",
    "vertegenwoordiger",
    "minister",
}
# Verbs whose object is the matter talked about, not a party to the talk: "discussed Iran with reporters",
# "discussed the war in Ukraine with Scholz" (neither Iran nor the war's sides are consulted; the one who
# discusses a war does not wage it). The partner comes through the cue's preposition ("with").
TOPICAL = {"discuss", "debate", "review", "examine", "study", "commemorate", "bespreken", "bediscussiëren", "herdenken"}


def _supported_in(verb: Token, cue: Cue, sent: _Sentence, cues: dict[tuple[str, str], Cue], lang: str) -> list[_Found]:
    """The targets of a support noun that is `verb`'s object, when an event hangs off `verb` by a
    preposition: in "renewed its support for Mali in the fight against the rebels" Mali fights, not the subject,
    and in "its support for Poland in the talks with Russia" Poland talks."""
    found: list[_Found] = []
    for obj in verb.children:
        obj_cue = _cue_for(obj, cues, lang) if obj.dep_ in OBJ and obj.pos_ == "NOUN" else None
        if obj_cue is not None and obj_cue.relation in ("supports", "cooperates_with"):
            found.extend(sent.np_targets(obj, obj_cue)[0])
    return found


def _reaction(verb: Token, event: Cue, cues: dict[tuple[str, str], Cue], lang: str) -> bool:
    """Whether `verb` reacts to the conflict event that is its object (condemns, investigates, protests
    it): then its subject says something about the event and is not the event's agent. (Boycotting
    talks is taking part in them by staying away: see the boycott family.)"""
    if verb.pos_ in ("VERB", "AUX") and _full_lemma(verb) in TOPICAL:
        return True  # "discussed the war in Ukraine": the event is the topic
    cue = _cue_for(verb, cues, lang) if verb.pos_ in ("VERB", "AUX") else None
    return cue is not None and cue.relation in REACTIONS and RELATIONS[event.relation][0] in CONFLICT


def _demanded_event_targets(noun: Token, sent: _Sentence) -> list[_Found]:
    """The target of a demand noun named by the event it demands: "their demand for the resignation of
    X", "de eis tot vrijlating van gevangenen die X vasthoudt" (event nouns only: "the demand for
    Russian gas" is no demand made of Russia)."""
    args = list(_pp_args(noun))
    if noun.dep_ in ("obj", "dobj") and noun.head.pos_ in ("VERB", "AUX"):
        # "herhaalde haar eis tot het aftreden van X" with "tot ..." hung on the verb
        args += [(prep, arg) for prep, arg in _pp_args(noun.head) if arg.i > noun.i]
    return [
        _Found(f.mention, f.factor * 0.9)
        for prep, arg in args
        if prep in ("for", "tot", "om")
        for f in sent.event_targets(arg) or []
    ]


DESPITE = {"despite", "notwithstanding", "ondanks", "in spite"}


def _despite_targets(verb: Token, cue: Cue, sent: _Sentence) -> list[_Found]:
    """Whom a refusal defies: the author of the pressure, demand or call it is made despite ("declined
    to resign despite pressure from X", "weigerde ondanks de eisen van X")."""
    if cue.relation != "rejects":
        return []
    # (on the verb or on the deed it refuses: "declined to resign despite ...")
    clauses = [verb, *(c for c in verb.children if c.dep_ == "xcomp" or _controlled(c))]
    args = [pp for clause in clauses for pp in _pp_args(clause)]
    # "in spite of X": prep(in) -> pobj(spite) -> prep(of) -> pobj(X)
    args += [
        ("in spite", sub) for prep, arg in args if prep == "in" and arg.lower_ == "spite" for _, sub in _pp_args(arg)
    ]
    return [
        _Found(f.mention, f.factor * 0.85)
        for prep, arg in args
        if prep in DESPITE and (e := _event_noun(arg)) is not None and e.kind in AUTHORED
        for f in sent.event_targets(arg) or []
    ]


def _stance_targets(verb: Token, cue: Cue, sent: _Sentence) -> list[_Found]:
    """Whom a conflict deed defies: "protested in defiance of the government", "in weerwil van X"
    (a stance noun in cues/events.tsv under "in")."""
    if RELATIONS[cue.relation][0] not in CONFLICT:
        return []
    return [
        _Found(f.mention, f.factor * 0.9)
        for prep, arg in _pp_args(verb)
        if prep == "in" and (e := _event_noun(arg)) is not None and e.kind == "stance"
        for f in sent.event_targets(arg) or []
    ]


# Verbs that ban, prevent or break up a gathering (an event noun of kind "gathering" in cues/events.tsv):
# repression of its organisers, CAMEO 172 (restrictions on political freedoms), by force 175.
STOP_GATHERING = {
    "ban": "172",
    "prohibit": "172",
    "forbid": "172",
    "prevent": "172",
    "block": "172",
    "stop": "172",
    "halt": "172",
    "thwart": "172",
    "outlaw": "172",
    "break up": "175",
    "disperse": "175",
    "crush": "175",
    "suppress": "175",
    "verbieden": "172",
    "verhinderen": "172",
    "beletten": "172",
    "tegenhouden": "172",
    "blokkeren": "172",
    "stoppen": "172",
    "uiteenslaan": "175",
    "uiteendrijven": "175",
    "neerslaan": "175",
    "onderdrukken": "175",
}


def _gathering(tok: Token) -> bool:
    """A gathering noun (cues/events.tsv), not a military strike ("halted air strikes")."""
    event = _event_noun(tok)
    mods = {c.lemma_.lower() for c in tok.children}
    return event is not None and event.kind == "gathering" and not mods & MILITARY_STRIKE_MODS


def _stopped_gathering(tok: Token) -> Cue | None:
    """A verb that bans, prevents or breaks up a gathering: "police broke up a rally by X", "verbood de
    betoging van X" coerce its organisers (the gathering's own phrase names them, see events.tsv)."""
    if tok.pos_ != "VERB":
        return None
    lemma = _phrasal_lemma(tok)
    code = STOP_GATHERING.get(lemma)
    if code is None:
        return None
    objects = [*_roles(tok)[1], *(c for c in _clause_children(tok) if c.dep_ in PASS_SUBJ)]
    if not any(_gathering(o) for o in objects):
        return None
    return Cue(lemma, "VERB", "coerces", code, frozenset())


def _condition(clause: Token) -> bool:
    """A clause opened by "if", "unless", "als", "tenzij" (its mark, or the word that opens it)."""
    if any(m.lower_ in CONDITIONS for m in clause.children if m.dep_ == "mark"):
        return True
    first = next((t for t in clause.subtree if not t.is_punct), clause)
    return first.lower_ in CONDITIONS and first.dep_ == "mark"


DOUBTING = {"doubt", "question", "betwijfelen"}
UNCERTAIN = {"unclear", "uncertain", "unknown", "onduidelijk", "onzeker"}


def _unasserted(tok: Token) -> bool:
    """Whether the clause of `tok` only supposes or asks its deed: a condition ("if Russia attacked a
    NATO member, ..."), an indirect question ("it is unclear whether X will ...") or a doubted
    complement ("analysts doubt that China will invade Taiwan")."""
    clause = tok
    for _ in range(6):
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    if clause.dep_ == "advcl" and _condition(clause):
        return True
    if clause.dep_ not in ("ccomp", "csubj"):
        return False
    marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
    if marks & {"whether", "if", "of"} and clause.head.i != clause.i:
        # (Dutch "of" opens a question only under a verb or word of asking or doubt)
        return "of" not in marks or clause.head.lemma_.lower() in DOUBTING | UNCERTAIN | {"vragen", "weten"}
    head = clause.head
    if head.lemma_.lower() in DOUBTING:
        return True
    return any(c.dep_ == "acomp" and c.lemma_.lower() in UNCERTAIN for c in head.children)


QUESTION_WORDS = {
    "why",
    "how",
    "what",
    "when",
    "where",
    "whether",
    "if",
    "who",
    "waarom",
    "hoe",
    "wat",
    "wanneer",
    "waar",
    "of",
}


def _question(clause: Token) -> bool:
    """Whether a complement clause is an indirect question ("asked why Biden did not ..."): asking it
    appeals to no one to do anything."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in QUESTION_WORDS and first.i < clause.i


def _content_clause(child: Token) -> bool:
    """A clause that says what a speech verb reports ("waarschuwt dat ..."), not its condition
    ("waarschuwde Zuid-Korea voor gevolgen als de oefeningen doorgaan")."""
    return child.dep_ in ("ccomp", "parataxis") and not _condition(child)


RECIPROCALS = {"elkaar", "mekaar", "elkander"}


def _is_reciprocal(tok: Token) -> bool:
    """ "elkaar", "each other", "one another"."""
    if tok.lower_ in RECIPROCALS:
        return True
    pair = {tok.lower_, *(c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "nummod"))}
    return pair in ({"each", "other"}, {"one", "another"})


def _reciprocal(verb: Token, cue: Cue) -> bool:
    """Whether the verb's object, or its prepositional object the cue takes, is reciprocal: the
    coordinated subjects act on each other ("bestookten elkaar", "spraken met elkaar", "shelled each
    other")."""
    # (a bare "elkaar" is an object whatever the label: obj, expl:pv, advmod, obl)
    bare = OBJ | {"expl:pv", "expl", "advmod", "obl", "nmod", "aux"}  # (aux: "verweten elkaar/aux")
    if any(_is_reciprocal(c) and not _case(c) for c in _clause_children(verb) if c.dep_ in bare):
        return True
    return any(_is_reciprocal(arg) for prep, arg in _pp_args(verb) if prep in cue.preps)


def _rejected_event_targets(verb: Token, obj: Token, sent: _Sentence, lang: str) -> list[_Found]:
    """The other side of a refused event named by its noun: "weigert onderhandelingen met de VS",
    "rejected talks with Iran" (CAMEO 12 towards the partner of the refused talks), also with the
    partner's phrase hung on the verb."""
    if obj.pos_ != "NOUN":
        return []
    event = _noun_cue(obj, obj.lemma_.lower(), load_cues(lang if lang in ("nl", "en") else "en"), lang)
    if event is None or RELATIONS[event.relation][0] != "verbal_cooperation" and event.relation != "supports":
        return []
    found = sent.np_targets(obj, event)[0]
    if not found:
        found = [f for prep, arg in _pp_args(verb) if prep in event.preps and arg.i > obj.i for f in sent.actors(arg)]
    return [_Found(f.mention, f.factor * 0.85) for f in found]


def _stative(verb: Token, cue: Cue) -> bool:
    """A passive form that states the subject's stance: no agent, and a prepositional object the
    cue takes ("is opposed to X", "is allied with X", "is gekant tegen X")."""
    preps = [prep for prep, _ in _pp_args(verb)]
    # (a place left is no stance: "was evacuated from Tonga's capital to a hospital")
    stance = [p for p in preps if p in cue.preps and p not in ("from", "uit", "van")]
    return not any(p in ("by", "door") for p in preps) and bool(stance)


def _receives(verb: Token) -> bool:
    """A verb whose subject receives its object: "krijgen", "receive", "nodig hebben"."""
    lemma = verb.lemma_.lower()
    if lemma in RECEIVE:
        return True
    return lemma == "hebben" and any(c.lower_ == "nodig" for c in verb.children)


# Subject pronouns and what they may stand for ("any": Dutch zij/ze is she or they).
PRONOUNS = {
    "he": "person",
    "she": "person",
    "it": "thing",
    "they": "thing",
    "hij": "person",
    "zij": "any",
    "ze": "any",
    "het": "thing",
}


def _has_pronoun_subject(sent: Span, lang: str) -> bool:
    return any(t.dep_ in SUBJ and t.pos_ == "PRON" and t.lower_ in PRONOUNS for t in sent)


def _subject_mentions(sent: _Sentence, gazetteer: Gazetteer, article: Article) -> list[tuple[TokenMention, bool]]:
    """Mentions heading a subject in `sent`, in order, each with whether it is a person."""
    out = []
    seen: set[TokenMention] = set()
    for m in sorted(set(sent.by_token.values()), key=lambda m: m.start):
        root = sent.sent.doc[m.start : m.end].root
        if root.dep_ in SUBJ | PASS_SUBJ and m not in seen and m.kind != "adj":
            seen.add(m)
            out.append((m, _resolve(m, article, gazetteer).type == "Person"))
    return out


def _person_mention(m: TokenMention, doc: Doc) -> bool:
    """Whether a mention names a person (a known one, or a name the NER tags as a person)."""
    return m.kind == "person" or (m.kind == "provisional" and doc[m.start].ent_type_ in ("PERSON", "PER"))


def _prefer_persons(found: list[_Found]) -> list[_Found]:
    """ "De Britse premier Keir Starmer": the adjective names the person's state, not a second actor."""
    if any(f.mention.kind == "person" for f in found):
        return [f for f in found if f.mention.kind != "adj"]
    return found


def _speech_subject(verb: Token, sent: _Sentence) -> TokenMention | None:
    """The speaker of a speech verb; inverted ("…, zei Rutte") parses label it loosely."""
    found, _ = _clause_subjects(verb, sent)
    if not found:
        for child in verb.children:
            if child.i > verb.i and child.dep_ in ("appos", "obj", "dobj", "flat", "nmod", "dep", "obl"):
                found = [f for f in sent.actors(child)]
                if found and not _case(child):
                    break
                found = []
    found = _prefer_persons(found)
    return found[0].mention if found else None


# Dependents through which an event noun inherits its governing verb's negation.
# ("acomp": a predicate after a copula, "is not opposed to")
INHERITING = {"obj", "dobj", "xcomp", "aux", "cop", "pobj", "prep", "obl", "obl:arg", "nmod", "acomp"}
BOUNDARIES = {"dat", "of", "omdat", "that", "whether", "because", "terwijl", "while", "nadat", "after"}


def _in_scope(neg: Token, tok: Token) -> bool:
    """A negator before a subordinate clause boundary negates the main clause, not `tok` in
    the subordinate one ("Duitsland wil niet dat Polen ... aanvalt")."""
    if neg.i > tok.i:
        return True
    return not any(t.lower_ in BOUNDARIES and t.pos_ in ("SCONJ", "ADP", "CCONJ") for t in neg.doc[neg.i + 1 : tok.i])


# Verbs that take a stance on another's deed: their negation leaves the deed standing.
NO_LONGER = {"langer", "meer", "longer", "more"}  # "niet langer", "no longer", "not any more"
STANCES = {"erkennen", "veroordelen", "bekritiseren", "recognize", "recognise", "condemn", "criticize", "criticise"}


def _negated(tok: Token) -> bool:
    if tok.pos_ in ("VERB", "AUX") and any(
        d.lower_ in ("geen", "no") and d.dep_ == "det" for o in _roles(tok)[1] for d in o.children
    ):
        return True  # "zal geen troepen sturen", "sent no troops": the object's "no" negates the deed
    node = tok
    for _ in range(4):
        for child in node.children:
            negator = child.dep_ == "neg" or (child.lower_ in NEGATORS and child.dep_ in ("advmod", "det", "neg"))
            # "niet langer", "niet meer", "nooit meer": the negator may hang on the degree word
            negator = negator or (
                child.lower_ in NO_LONGER
                and child.dep_ in ("advmod", "amod", "compound:prt", "obl")
                and any(g.lower_ in NEGATORS and g.i < child.i for g in child.children)
            )
            if negator and _in_scope(child, tok):
                return True
            if child.dep_ == "aux" and child.lemma_.lower() in NEGATING_HEADS and child.i < node.i and child.i != tok.i:
                return True  # "Brazilië weigert zich aan te sluiten" with "weigert" parsed as an auxiliary
        if _controlled(node) and node.head.lemma_.lower() in NEGATING_HEADS:
            return True
        if _controlled(node) and _not_succeeding(node.head):
            return True  # "slaagden er niet in een akkoord te bereiken": they failed to
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in ("deny", "ontkennen"):
            return True  # "Israël ontkent dat het Iran heeft aangevallen", "denied that it attacked"
        if node.i != tok.i and tok.pos_ == "NOUN" and node.lemma_.lower() in NEGATING_HEADS:
            return True  # an event noun under a refusal: "weigert (in te stemmen) met sancties"
        if (
            node.i == tok.i
            and tok.pos_ in ("NOUN", "PROPN")
            and (gov := _governor(tok)) is not None
            and _full_lemma(gov) in CALLING_OFF | BOYCOTT
        ):  # (a calling-off noun is not negated by itself: "Canada's suspension of arms exports ... began")
            return True  # "cancelled a visit to Haiti", "the suspension of talks with Iran", "boycotted the talks"
        if node.i == tok.i and tok.pos_ == "NOUN" and tok.dep_ in OBJ and _full_lemma(tok.head) in STANCES:
            break  # "erkent de Russische annexatie niet", "did not condemn the attack": the deed still happened
        # an event noun inherits the negation of the verb it hangs on ("weigert in te stemmen met sancties")
        if node.dep_ in INHERITING and node.head.i != node.i:
            node = node.head
            continue
        break
    return False


def _hedged(tok: Token) -> bool:
    node = tok
    for _ in range(4):
        for child in node.children:
            if child.lower_ in HEDGES and child.dep_ in ("aux", "advmod", "aux:pass", "amod", "obl", "dep"):
                return True
        if _controlled(node) and node.head.lemma_.lower() in HEDGING_HEADS:
            return True
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in REPORTED_DEEDS and _is_passive(node.head):
            return True  # "is believed to have carried out"
        if (
            node.dep_ in ("obj", "dobj", "xcomp", "advcl", "obl", "obl:arg", "pobj", "prep", "acomp")
            and node.head.i != node.i
        ):
            node = node.head
            continue
        break
    # The parse may hang a modal elsewhere: a hedge earlier in the same clause still counts
    # ("zou buurland Wit-Rusland 'mogelijk' kunnen helpen").
    if tok.pos_ in ("VERB", "AUX"):
        for i in range(tok.i - 1, max(tok.sent.start, tok.i - 8) - 1, -1):
            prev = tok.doc[i]
            if prev.lower_ in BOUNDARIES or (prev.is_punct and prev.text not in "\"'“”‘’"):
                break
            if prev.lower_ in HEDGES:
                return True
    return False


def _reporting_comma(tok: Token, sent: _Sentence, lang: str) -> int | None:
    """Index of the comma that opens an inverted reporting clause after `tok` ("..., zei Rutte",
    "..., heeft minister X gezegd", "..., said the minister"), or None. Small parsers often hang
    the speaker on the main verb as an object; this reads the surface instead."""
    speech = SPEECH.get(lang, set())
    doc = tok.doc
    end = sent.sent.end
    for i in range(tok.i + 1, end):
        if doc[i].text != ",":
            continue
        for t in doc[i + 1 : end]:
            if t.lemma_.lower() in speech and t.pos_ in ("VERB", "AUX"):
                return i
            if t.pos_ == "VERB" or t.text in (",", ";", ":"):
                break
    return None


def _surface_speaker(tok: Token, sent: _Sentence, lang: str) -> TokenMention | None:
    """The actor named in an inverted reporting clause after `tok` (see `_reporting_comma`)."""
    comma = _reporting_comma(tok, sent, lang)
    if comma is None:
        return None
    found = [m for i in range(comma + 1, sent.sent.end) if (m := sent.own(tok.doc[i])) is not None and m.start == i]
    people = [m for m in found if m.kind in ("person", "provisional")]
    chosen = people or found
    return chosen[0] if chosen else None


def _speaker(tok: Token, sent: _Sentence, lang: str) -> TokenMention | None:
    """Who asserts the clause of `tok`: a speech verb above or beside it, or "volgens X"."""
    speech = SPEECH.get(lang, set())
    according = ACCORDING.get(lang, set())
    node = tok
    path = [tok]
    while node.head.i != node.i and len(path) < 8:
        node = node.head
        path.append(node)
    for i, node in enumerate(path):
        if i > 0 and path[i - 1].dep_ in ("ccomp", "parataxis", "xcomp", "dep") and node.lemma_.lower() in speech:
            speaker = _speech_subject(node, sent)
            if speaker is not None:
                return speaker
        for child in node.children:
            if child.dep_ in ("parataxis", "ccomp", "conj") and child.lemma_.lower() in speech and child not in path:
                inverted = not any(c.dep_ in SUBJ and c.i < child.i for c in child.children)
                # "X valt Y aan, zei Z": a speech verb after the claim, its subject after it;
                # a conjunct with its own subject first ("and Pakistan denied") is a new clause.
                if child.i > tok.i and (child.dep_ != "conj" or inverted):
                    speaker = _speech_subject(child, sent)
                    if speaker is not None:
                        return speaker
        for prep, arg in _pp_args(node):
            if prep.split()[0] in according:
                found = sent.actors(arg)
                if found:
                    return found[0].mention
    return _surface_speaker(tok, sent, lang)


@dataclass(frozen=True, slots=True)
class _Raw:
    subject: _Found
    object: _Found
    cue: Cue
    cue_token: Token
    factor: float
    negatable: bool = True  # False where a negation belongs to the content ("wil niet dat Y ...")


# Verbs that continue a deed already under way: with "will" it is still the deed, not a threat of it.
CONTINUING = {"voortzetten", "doorzetten", "continue"}


# Verbs of going on or starting that pass a governing vow or threat down to their deed.
ASPECTUAL = {"keep", "continue", "resume", "start", "begin", "blijven", "doorgaan", "hervatten"}


def _lift(verb: Token, cue: Cue, cues: dict[tuple[str, str], Cue], lang: str) -> Cue | None:
    """The relation a governing threat or promise gives an embedded deed, or None.

    "Iran threatened to shell Iraqi towns" threatens Iraq; "Libya offered to hand over ... to
    Britain" expresses intent to cooperate with it (CAMEO 03). Only deeds are lifted: a
    threat to criticise stays criticism.
    """
    quad = RELATIONS[cue.relation][0]
    if quad == "material_cooperation" and any(c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children):
        # "Finland will give Tanzania a grant": aid announced, not yet given (CAMEO 033).
        return cues.get(("agree", "VERB")) or cues.get(("akkoord", "NOUN"))
    if quad == "material_conflict" and any(c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children):
        if verb.lemma_.lower() in CONTINUING:
            return None  # "zal de aanvallen voortzetten": the deed goes on, it is no mere threat
        # "said they would boycott all contact with the US", "will tighten the blockade of Serbia": a
        # conflict deed announced, not done, is a threat (CAMEO 13)
        return cues.get(("threaten", "VERB")) or cues.get(("dreigen", "VERB"))
    if (
        quad.startswith("material")
        and cue.relation != "threatens"
        and any(c.dep_ == "aux" and c.lemma_.lower() in THREAT_HEADS for c in verb.children)
    ):
        # "dreigt de aanvallen te hervatten" with "dreigt" parsed as an auxiliary of the deed.
        return cues.get(("threaten", "VERB")) or cues.get(("dreigen", "VERB"))
    while _controlled(verb) and verb.head.lemma_.lower() in ASPECTUAL and _controlled(verb.head):
        verb = verb.head  # "vowed to keep fighting Israel": the vow governs the fighting
    if not _controlled(verb):
        return None
    head = verb.head.lemma_.lower()
    if head in THREAT_HEADS and quad.startswith("material") and cue.relation != "threatens":
        return cues.get(("threaten", "VERB")) or cues.get(("dreigen", "VERB"))
    if head in INTENT_HEADS | PLAN_HEADS and quad == "material_conflict":
        # "vowed to retaliate against Y", "plans to impose restrictions on Y": intent to act against (13)
        return cues.get(("threaten", "VERB")) or cues.get(("dreigen", "VERB"))
    if head in INTENT_HEADS and quad == "material_cooperation":
        return cues.get(("agree", "VERB")) or cues.get(("akkoord", "NOUN"))
    return None


# Verbal endorsement (CAMEO 051 "praise or endorse", 052 "defend verbally") is cooperates_with;
# support that names goods, money or force is material (07 "provide aid", 06): "backed Kyiv
# with weapons", "military support for Ukraine".
ENDORSE = {"support", "back", "defend", "steunen", "ondersteunen", "verdedigen", "bijstaan"}
MATERIAL = {
    "military",
    "financial",
    "economic",
    "humanitarian",
    "material",
    "logistical",
    "arms",
    "weapon",
    "troop",
    "money",
    "fund",
    "aid",
    "ammunition",
    "equipment",
    "food",
    "fuel",
    "loan",
    "grant",
    "credit",
    "missile",
    "tank",
    "jet",
    "soldier",
    "cash",
    # Dutch
    "militair",
    "financieel",
    "economisch",
    "humanitair",
    "materieel",
    "logistiek",
    "wapen",
    "wapens",
    "munitie",
    "troep",
    "troepen",
    "geld",
    "lening",
    "raket",
    "straaljager",
    "soldaat",
    "hulp",
}


def _material(tok: Token, cue: Cue, cues: dict[tuple[str, str], Cue]) -> Cue:
    """`cue`, or material `supports` where an endorsement names material help ("met wapens")."""
    if cue.lemma not in ENDORSE or cue.relation != "cooperates_with":
        return cue
    words: list[Token] = [c for c in tok.children if c.dep_ in ("amod", "compound", "npadvmod")]
    holders = [tok, *(o for o in tok.children if o.dep_ in OBJ)]  # "steunt Oekraïne met wapens" on the object
    # each conjunct counts: "met energie en geld", "with food and weapons"
    args = [c for node in holders for prep, arg in _pp_args(node) if prep in ("with", "met") for c in _conjuncts(arg)]
    # "met onderdelen voor wapens", "with parts for drones": what the help is for names it too
    words += args + [sub for arg in args for _, sub in _pp_args(arg)]
    if any(w.lemma_.lower() in MATERIAL or w.lower_ in MATERIAL for w in words):
        return replace(cue, relation="supports", cameo="070")
    purpose = any(c.lower_ in ("te", "to", "om") and c.dep_ in ("mark", "aux") for c in tok.children)
    if purpose and tok.dep_ in ("advcl", "xcomp", "ccomp", "acl", "relcl", "acl:relcl"):
        # "trekt 500 miljoen euro uit om X te steunen", "allocated $2 billion to support X": money set
        # aside for the support makes it material
        head = tok.head
        sums = [o for o in head.children if o.dep_ in OBJ] if head.pos_ in ("VERB", "AUX") else [head]
        sums += [c for o in sums for c in o.children if c.dep_ in ("nmod", "compound", "nummod", "amod", "quantmod")]
        if any(w.lemma_.lower() in MONEY or w.lower_ in MONEY for w in sums):
            return replace(cue, relation="supports", cameo="070")
    return cue


MONEY = {"euro", "dollar", "pond", "miljoen", "miljard", "million", "billion", "$", "€"}


# Heads that stop what aid names: "halted economic aid to Serbia" is CAMEO 162 (reduce or
# stop aid), a sanction, not aid.
STOP_AID = {
    "halt",
    "suspend",
    "cut",
    "stop",
    "prohibit",
    "freeze",
    "end",
    "withhold",
    "ban",
    "block",
    "curb",
    "opschorten",
    "stopzetten",
    "bevriezen",
    "beëindigen",
}
# Cutting back aid or supplies is reducing it (CAMEO 162), as much as halting it (branch cues).
STOP_AID |= {
    "reduce",
    "slash",
    "curtail",
    "trim",
    "discontinue",
    "terminate",
    "verminderen",
    "korten",
    "terugschroeven",
    "inperken",
    "beperken",
    "stoppen",
    "staken",
    "intrekken",
}
# Nouns for the standing relation between two actors ("diplomatic ties", "betrekkingen"): an event
# only when established, restored, upgraded (CAMEO 050/054) or cut, severed, suspended (161).
RELATIONAL = {"tie", "relation", "link", "band", "betrekking", "relatie"}
BUILD_TIES = {
    "establish",
    "re-establish",
    "reestablish",
    "restore",
    "resume",
    "upgrade",
    "normalize",
    "normalise",
    "forge",
    "strengthen",
    "deepen",
    "improve",
    "expand",
    "renew",
    "aanknopen",
    "aangaan",
    "herstellen",
    "normaliseren",
    "versterken",
    "verdiepen",
    "verbeteren",
    "uitbreiden",
    "hervatten",
}
SEVER_TIES = {
    "cut",
    "sever",
    "break",
    "suspend",
    "freeze",
    "downgrade",
    "end",
    "verbreken",
    "bevriezen",
    "opschorten",
    "beëindigen",
    "afbreken",
}
# A border is an event only as what is closed (CAMEO 16, reduce relations) or opened (08, ease
# restrictions): "closed its border with Georgia", "opende de grens voor Syrische vluchtelingen".
BORDER = {"border", "frontier", "grens"}
EMBASSY = {"embassy", "consulate", "ambassade", "consulaat"}
# Forces sent to a state's coast or waters show force against it, as at its border (CAMEO 152).
COAST = {"kust", "kustwateren", "wateren", "coast", "coastline", "waters"}
PROTEST_NOUNS = {"protest"}
LODGE = {"lodge", "file", "submit", "deliver", "indienen", "aantekenen"}
CLOSE_BORDER = {"close", "shut", "seal", "sluiten", "afsluiten", "dichtgooien", "dichtdoen"}
OPEN_BORDER = {"open", "reopen", "re-open", "openen", "heropenen", "openstellen", "opengooien"}
PROPOSALS = {
    "offer",
    "request",
    "call",
    "demand",
    "proposal",
    "plan",
    "appeal",
    "invitation",
    "ultimatum",
    "bid",
    "aanbod",
    "verzoek",
    "oproep",
    "eis",
    "voorstel",
    "uitnodiging",
    "bod",
}
SEND = {"send", "dispatch", "sturen", "zenden", "uitzenden"}
# Withdrawing a civilian or peacekeeping presence reduces relations (CAMEO 166); withdrawing an
# army from a state is a retreat (087).
WITHDRAW = {"withdraw", "pull", "evacuate", "terugtrekken", "evacueren"}
PERSONNEL = {
    "inspector",
    "observer",
    "monitor",
    "peacekeeper",
    "ambassador",
    "envoy",
    "diplomat",
    "worker",
    "staff",
    "mission",
    "inspecteur",
    "waarnemer",
    "ambassadeur",
    "gezant",
    "diplomaat",
    "hulpverlener",
    "personeel",
    "missie",
    "blauwhelm",
}
# Who is sent to look, or what they are sent to do: an inquiry (CAMEO 09), not aid.
INSPECTORS = {
    "inspector",
    "monitor",
    "observer",
    "investigator",
    "inspecteur",
    "waarnemer",
    "onderzoeker",
    "inspectieteam",
    "waarnemersmissie",
}
INQUIRY = {
    "investigate",
    "inspect",
    "monitor",
    "probe",
    "verify",
    "examine",
    "observe",
    "onderzoeken",
    "inspecteren",
    "controleren",
    "verifiëren",
    "waarnemen",
}
HOSTING = {"receive", "ontvangen"}
WELCOMING = {"welcome"}
VISITORS = {
    "envoy",
    "delegation",
    "emissary",
    "mission",
    "counterpart",
    "president",
    "minister",
    "leader",
    "king",
    "queen",
    "prince",
    "premier",
    "chancellor",
    "secretary",
    "ambassador",
    "gezant",
    "delegatie",
    "missie",
    "ambtgenoot",
    "collega",
    "koning",
    "koningin",
    "prins",
    "kanselier",
    "ambassadeur",
    "leider",
}
# Moving forces: where they go decides what it is (to a state: aid; to its border: a show of force).
MOVING_FORCES = {"send", "dispatch", "deploy", "move", "mass", "amass", "station", "sturen", "zenden", "insturen"}
MOVING_FORCES |= {"stationeren", "legeren", "ontplooien", "samentrekken", "verplaatsen", "inzetten", "concentreren"}
TOWARDS_BORDER = {"naar", "aan", "bij", "langs", "nabij", "op", "to", "on", "at", "along", "near", "toward", "towards"}
AROUND = {"rond", "rondom", "around", "near", "nabij"}
ZONES = ("zone", "luchtruim", "wateren", "airspace", "waters")  # another's airspace or waters (Dutch by tail)
# A vessel or convoy blocked is stopped by force (a blockade, CAMEO 171), not a decision vetoed (128).
VESSELS = ("schip", "schepen", "boot", "boten", "konvooi", "vaartuig", "tanker", "ship", "vessel", "convoy", "boat")
MILITARY_THINGS: tuple[str, ...] = (
    "troep",
    "soldaat",
    "soldaten",
    "schip",
    "schepen",
    "vliegtuig",
    "tank",
    "bommenwerper",
    "eenheid",
)
MILITARY_THINGS += ("eenheden", "militair", "militairen", "strijdkracht", "troop", "soldier", "warship", "ship", "jet")
MILITARY_THINGS += ("bomber", "tank", "force", "unit", "aircraft", "plane", "vessel", "destroyer", "carrier", "fregat")


def _military(tok: Token) -> bool:
    """Forces or military hardware: "troepen", "marineschepen", "warships", "fighter jets"."""
    lemma = tok.lemma_.lower()
    return tok.pos_ in ("NOUN", "VERB") and (lemma in FORCES or lemma.endswith(MILITARY_THINGS))


RECEIVING = {"receive", "get", "obtain", "ontvangen", "krijgen"}
GIFTS = ("hulp", "steun", "wapen", "munitie", "geld", "aid", "weapon", "arms", "ammunition", "money", "fund", "loan")
# Wanting or pushing for another's deed is a demand of it: "wants Iran to stop", "is pushing for the
# US to support", "wil dat Iran stopt", "lobbyt ervoor dat de VS ...".
WANT = {"want", "willen", "push", "lobby", "lobbyen"}
# Messages whose content clause says what another must do: "a reminder to Iraq that it must ...".
MESSAGES = {
    "reminder",
    "warning",
    "message",
    "statement",
    "letter",
    "note",
    "signal",
    "herinnering",
    "waarschuwing",
    "boodschap",
    "brief",
    "signaal",
    "verklaring",
}
ENVOYS = {"envoy", "delegation", "emissary", "diplomat", "gezant", "delegatie", "afgezant", "diplomaat"}
# Handing over a diplomatic protest note (see _protest_note).
HANDING = {"overhandigen", "geven", "sturen", "zenden", "indienen", "overbrengen", "hand", "deliver", "send", "give"}


def _protest_note(tok: Token) -> bool:
    """ "protestnota", "protestbrief", "a protest note", "a note of protest"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if lemma.startswith("protest") and lemma.endswith(("nota", "noot", "brief", "note")):
        return True
    if lemma not in ("note", "letter", "nota", "brief"):
        return False
    return any(c.lower_ == "protest" and (c.dep_ == "compound" or _case(c) == "of") for c in tok.children)


WORDS_SENT = {
    "condolence",
    "condolences",
    "message",
    "letter",
    "warning",
    "signal",
    "note",
    "greeting",
    "invitation",
    "condoleance",
    "condoleances",
    "bericht",
    "brief",
    "waarschuwing",
    "signaal",
    "boodschap",
    "uitnodiging",
}
EXCHANGE = {"exchange", "uitwisselen"}
FIGHTING = {"vechten", "strijden", "fight"}
SIDES = {"zijde", "kant", "side"}
# Deeds done by both sides at once: "X en Y raakten slaags", "X raakte slaags met Y" (each attacks the other).
MUTUAL_DEEDS = {"slaags raken", "slaags geraken", "clash", "skirmish"}  # each side fights the other
ALONGSIDE = {"alongside", "beside"}  # "fighting alongside Russian troops": on their side
# Fixed phrases whose "het" the parser reads as a passive subject: "zijn het eens geworden".
ACTIVE_PHRASES = {"eens worden"}
FIRE_WORDS = ("vuur", "fire", "gunfire", "shot", "schot", "schoten", "artillery", "artillerie", "blow", "klap")
FIRE_AT = {"afvuren", "fire"}
# Conditions that make an act an ultimatum: "will withdraw its force unless ..." (CAMEO 13).
ULTIMATUM = {"unless", "tenzij"}
# "strike" is a labour or hunger strike (CAMEO 143/142, a protest), not a military strike, when a
# modifier or its verb says so: "a general strike", "went on strike", "called off the strike".
LABOUR_STRIKE_MODS = {
    "general",
    "hunger",
    "labour",
    "labor",
    "worker",
    "workers",
    "nationwide",
    "national",
    "open-ended",
    "indefinite",
    "sympathy",
    "warning",
    "token",
    "wildcat",
    "one-day",
    "day",
    "hour",
    "union",
    "teacher",
    "miner",
    "transport",
}
LABOUR_STRIKE_VERBS = {"call", "call off", "stage", "hold", "organize", "organise", "join", "end", "begin", "start"}
MILITARY_STRIKE_MODS = {"air", "missile", "drone", "military", "nuclear", "rocket", "preemptive", "pre-emptive"}
# Obstructing passage is a protest (CAMEO 144): "blocked roads", "blokkeerden de snelweg".
ROADS = {
    "road",
    "street",
    "highway",
    "motorway",
    "bridge",
    "railway",
    "rail",
    "traffic",
    "transport",
    "junction",
    "crossing",
    "port",
    "weg",
    "straat",
    "snelweg",
    "brug",
    "spoor",
    "spoorlijn",
    "verkeer",
    "kruispunt",
    "haven",
}
BLOCK = {"block", "blokkeren", "barricade", "barricaderen"}


def _blocked_vessel(tok: Token, cue: Cue, cues: dict[tuple[str, str], Cue]) -> Cue:
    """ "blokkeerde een Filipijns bevoorradingsschip", "blocked a convoy": a blockade (coerces), not a veto."""
    if cue.lemma not in BLOCK or cue.relation != "rejects" or tok.pos_ != "VERB":
        return cue
    if not any(o.lemma_.lower().endswith(VESSELS) for o in _roles(tok)[1]):
        return cue
    blockade = cues.get(("blokkade", "NOUN")) or cues.get(("blockade", "NOUN"))
    return cue if blockade is None else replace(blockade, lemma=cue.lemma, pos="VERB", preps=cue.preps)


def _governor(tok: Token) -> Token | None:
    """The verb or noun that does something with the event noun `tok`: its verb when it is the
    object or passive subject, through "part of" and a compound head ("part of a military aid
    programme"), or a calling-off noun governing it with "of"/"van" ("the suspension of links")."""
    node = tok
    if node.dep_ == "compound" and node.head.lemma_.lower() in EVENT_HEADS:
        node = node.head
    for _ in range(2):
        of_noun = _of_head(node)
        if of_noun is not None and of_noun.lemma_.lower() in PARTITIVE:
            node = of_noun
            continue
        if of_noun is not None and of_noun.lemma_.lower() in CALLING_OFF:
            return of_noun
        break
    if node.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass"):
        return node.head
    verb = node.head.head if node.dep_ == "pobj" else node.head
    if _case_word(node) in ("from", "uit") and verb.pos_ == "VERB" and _full_lemma(verb) in LEAVING:
        return verb  # "withdrew the US from a treaty with Iran", "trad uit het akkoord met Iran"
    if node.dep_ in SUBJ and node.head.pos_ in ("VERB", "AUX") and node in _roles(node.head)[1]:
        return node.head  # a second "subject" that _roles reads as the object ("zal de hulp ... stopzetten")
    return None


def _of_head(tok: Token) -> Token | None:
    """The noun that governs `tok` with "of" (ClearNLP) or "van" (UD), or None."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "PRON", "NUM"):
        return tok.head.head
    if tok.dep_ == "nmod" and _case(tok) == "van" and tok.head.pos_ in ("NOUN", "PRON", "NUM"):
        return tok.head
    return None


def _governing_lemma(tok: Token) -> str:
    gov = _governor(tok)
    return _full_lemma(gov) if gov is not None else ""


# Trade nouns: aid only when they name arms ("arms exports to Israel"); stopped, any of them is a sanction.
TRADED = {"export"}


def _material_goods(tok: Token) -> bool:
    """Whether the trade noun `tok` names military or other material help among its modifiers."""
    mods = (c for c in tok.children if c.dep_ in ("compound", "amod", "nmod"))
    return any(c.lemma_.lower() in MATERIAL or c.lower_ in MATERIAL for c in mods)


def _called_off(tok: Token, cue: Cue) -> Token | None:
    """The head that calls off or stops the cooperative event noun `tok` ("cancelled a visit to
    Haiti", "halted aid to Serbia", "suspension of flights to Chad"), or None."""
    if cue.pos != "NOUN" or cue.relation not in ("consults", "cooperates_with", "supports"):
        return None
    gov = _governor(tok)
    if gov is None or gov.i == tok.i:
        return None
    lemma = _full_lemma(gov)
    return gov if lemma in CALLING_OFF or lemma in STOP_AID or lemma in SEVER_TIES or lemma in LEAVING else None


TALKS = {"talk", "negotiation", "mediation", "overleg", "onderhandeling", "gesprek", "bemiddeling"}


def _reduction(cue: Cue, cues: dict[tuple[str, str], Cue]) -> Cue | None:
    """The sanction (CAMEO 16) of calling off a cooperative event: halting talks (164), cutting
    cooperation (161), anything else (160)."""
    sanction = cues.get(("sanction", "NOUN")) or cues.get(("sanctie", "NOUN"))
    if sanction is None:
        return None
    code = "164" if cue.lemma in TALKS else "161" if cue.relation == "cooperates_with" else "160"
    return replace(_as(cue, sanction), cameo=code)


def _stopped_talks(tok: Token, cue: Cue, halted: Token | None, cues: dict[tuple[str, str], Cue]) -> Cue | None:
    """The sanction of ending a cooperative event that only a calling-off verb would negate: "ended
    its mediation between X and Y", "staakte de gesprekken met Iran", "halted cooperation with X"
    (CAMEO 164 for talks, 161 otherwise); None when `tok` is no such event."""
    if halted is None or cue.pos != "NOUN" or cue.relation not in ("consults", "cooperates_with"):
        return None
    if cue.lemma in RELATIONAL or _full_lemma(halted) in CALLING_OFF:
        return None  # ties: see _reframe; a cancelled visit: negated, and reduced (see _reduction)
    return _reduction(cue, cues)


# People in flight: a border opened to them, like asylum, shelters them (branch cues).
DISPLACED = {"refugee", "migrant", "asylum-seeker", "evacuee", "vluchteling", "asielzoeker", "ontheemde"}


def _to_the_displaced(border: Token) -> bool:
    """Whether the border noun is opened to refugees, migrants or evacuees ("to/for/voor")."""
    return any(
        prep in ("to", "for", "voor") and arg.lemma_.lower() in DISPLACED
        for node in (border, border.head)
        for prep, arg in _pp_args(node)
    )


# A harmful deed announced with a modal and a condition is a threat, like one with "unless" (see
# ULTIMATUM): "may halt its mediation if the talks fail", "kan sancties opleggen als ..." (branch cues).
CONDITIONAL = {"if", "als", "indien"}
MODALS = {"may", "might", "could", "will", "would", "shall", "'ll", "zal", "zullen", "zou", "zouden", "kan", "kunnen"}


def _conditional_threat(tok: Token, cue: Cue, cues: dict[tuple[str, str], Cue]) -> Cue | None:
    """The threat that a conflict deed (sanction, coercion, force) becomes when its clause is modal
    and conditional ("X may cut aid to Y if ..."), or None."""
    if cue.relation == "threatens" or RELATIONS[cue.relation][0] != "material_conflict":
        return None
    verb = tok if tok.pos_ in ("VERB", "AUX") else _governor(tok)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    children = _clause_children(verb)
    modal = any(c.dep_ == "aux" and c.lower_ in MODALS for c in children)
    # (small Dutch parsers hang "als de junta ... uitstelt" as a conj, or the mark on the clause's subject)
    conditional = any(
        c.dep_ == "advcl" or (c.dep_ == "conj" and c.i > verb.i)
        for c in children
        if any(m.lower_ in CONDITIONAL and m.dep_ == "mark" and c in (m.head, m.head.head) for m in c.subtree)
    )
    if not (modal and conditional):
        return None
    return _as(cue, cues.get(("threaten", "VERB")) or cues.get(("dreigen", "VERB")))


# Verbs that judge or look into another's deed named by their object: their subject is not its agent.
JUDGING = {"criticizes", "investigates"}


def _conjoined_object(noun: Token) -> Token | None:
    """The first conjunct of `noun` when that is a verb's object and `noun` a later conjunct: "launched
    artillery, drone and rocket fire against X" (fire is conjoined to the object artillery)."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first is noun or first.dep_ not in ("obj", "dobj") or first.head.pos_ not in ("VERB", "AUX"):
        return None
    return first


# Clauses that tell when a violent deed happened, and so where: "killed nine people when they
# bombed a bus station in Haifa", "doodden twaalf mensen toen zij een markt in Kabul aanvielen" (branch cues).
WHEN = {"when", "as", "while", "toen", "terwijl", "wanneer"}


def _scene(verb: Token) -> list[Token]:
    """`verb` and the verbs of its "when/as" clauses, whose places are where the deed happened."""
    return [verb] + [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(m.lower_ in WHEN and m.dep_ in ("mark", "advmod") for m in c.children)
    ]


# An order is a demand only with the deed ordered: "ordered Google to pay a fine", "beval Google een
# boete te betalen"; "ordered 50 jets from Boeing" is a purchase (branch cues).
ORDERS = {"order", "bevelen", "gelasten"}


def _orders_a_deed(verb: Token) -> bool:
    """Whether the ordering verb `verb` has the ordered deed as a clause."""
    return any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in verb.children)


# Sharing knowledge is cooperation (CAMEO 064, share intelligence or information); sharing goods
# or technology stays material support ("deelt nucleaire technologie met Noord-Korea") (branch cues).
SHARE = {"share", "delen"}
INFORMATION: tuple[str, ...] = ("intelligence", "information", "expertise", "knowledge", "know-how", "data")
INFORMATION += ("concern", "view", "zorg", "zorgen", "bezorgdheid", "visie", "standpunt", "analyse")
INFORMATION += ("experience", "inlichting", "inlichtingen", "informatie", "kennis", "ervaring", "gegevens")


def _shared(tok: Token, cue: Cue) -> Cue:
    """`cue`, or cooperation (CAMEO 064) where what `tok` shares is knowledge or intelligence."""
    if cue.lemma not in SHARE or tok.pos_ != "VERB":
        return cue
    if any(o.lemma_.lower().endswith(INFORMATION) or o.lower_.endswith(INFORMATION) for o in _roles(tok)[1]):
        return replace(cue, relation="cooperates_with", cameo="064")
    return cue


# A ban on trade or travel is an embargo (CAMEO 163), not the repression (172) a banned party or
# newspaper suffers: "banned imports of Russian steel", "verbiedt de invoer van Russisch staal".
BANNING = {"ban", "outlaw", "verbieden"}
BAN_NOUNS = {"verbod", "ban"}  # (see _flow_ban)
FLOWS = {"import", "export", "trade", "sale", "flight", "shipment", "investment", "travel", "transit"}
FLOWS |= {"invoer", "uitvoer", "handel", "verkoop", "vlucht", "investering", "doorvoer", "reis"}


def _trade_ban(tok: Token, cue: Cue, cues: dict[tuple[str, str], Cue]) -> Cue:
    """`cue`, or a sanction (163) where the banning verb `tok` names a flow of goods or people."""
    if cue.lemma not in BANNING or tok.pos_ != "VERB":
        return cue
    if not any(o.lemma_.lower() in FLOWS or o.lemma_.lower().endswith(("import", "export")) for o in _roles(tok)[1]):
        return cue
    sanction = cues.get(("sanction", "NOUN")) or cues.get(("sanctie", "NOUN"))
    return replace(_as(cue, sanction), cameo="163") if sanction is not None else cue


# Reducing relations or aid (CAMEO 160-162, 164) and banning (172) act on a party, not on a
# place: "cut aid to refugees in Pakistan", "banned a party in Belarus" (branch cues).
NOT_ON_PLACES = {"160", "161", "162", "164", "172"}


def _forceful(cue: Cue) -> bool:
    """Whether `cue` is force or coercion, so that a place hit stands for its state ("the strikes on
    targets in Lebanon"); aid to refugees in Pakistan or aid cut to them is not aid to Pakistan."""
    return RELATIONS[cue.relation][0] == "material_conflict" and cue.cameo not in NOT_ON_PLACES


# Verbs that let someone do something; what they let do is a clause whose subject is the one
# allowed: "allowed UN planes to land", "refused to permit inspectors to enter" (branch cues).
PERMIT = {"allow", "permit", "toelaten", "toestaan"}


def _permitted(verb: Token, sent: _Sentence) -> list[_Found]:
    """Who `verb` allows to do something, where the parser made them the subject of the allowed
    clause ("allow [UN planes] to land"), not the object of "allow". The clause follows the verb: in
    "X had no heirs, so the law allowed ..." the clause before is no permission."""
    return [
        _Found(f.mention, f.factor * 0.9)
        for clause in verb.children
        if clause.dep_ in ("ccomp", "xcomp") and clause.pos_ in ("VERB", "AUX") and clause.i > verb.i
        for c in clause.children
        if c.dep_ in SUBJ
        for f in sent.actors(c)
    ]


def _permitted_only(tok: Token) -> bool:
    """Whether the deed of `tok` is the content of a permission ("allowed Ukraine to strike Russia",
    "stonden Oekraïne toe om Rusland aan te vallen"): allowed, not reported done (the allowing is claimed)."""
    node = tok
    for _ in range(3):  # an event noun climbs to its verb ("allowed Poland to send tanks")
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i or node.dep_ not in INHERITING:
            break
        node = node.head
    clause = node.dep_ in ("ccomp", "xcomp") or (node.dep_ == "advcl" and _controlled(node))
    return clause and node.head.i != node.i and _full_lemma(node.head) in PERMIT


def _reframe(tok: Token, cue: Cue, cues: dict[tuple[str, str], Cue]) -> Cue | None:
    """`cue` as its context reframes it: stopped aid is a sanction; an act under "unless" a threat;
    ties are a relation only as what is built or cut (None: no event)."""
    if cue.pos == "NOUN" and cue.lemma in RELATIONAL:
        governor = _governing_lemma(tok)
        if governor in BUILD_TIES:
            return cue
        if governor in SEVER_TIES or governor in CALLING_OFF:
            return replace(_as(cue, cues.get(("sanction", "NOUN")) or cues.get(("sanctie", "NOUN"))), cameo="161")
        return None  # "relations between X and Y" states nothing that happened
    if cue.pos == "NOUN" and cue.lemma in BORDER | EMBASSY:
        governor = _full_lemma(tok.head) if tok.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") else ""
        sanction = cues.get(("sanction", "NOUN")) or cues.get(("sanctie", "NOUN"))
        if governor in CLOSE_BORDER:
            # "closed its border with Georgia" (CAMEO 16), "closed its embassy in Kabul" (161)
            return cue if cue.lemma in BORDER else replace(_as(cue, sanction), cameo="161")
        if governor in OPEN_BORDER:
            if cue.lemma in EMBASSY:
                return cue  # "opened an embassy in Tehran": diplomatic relations (CAMEO 054)
            if cue.lemma in BORDER and _to_the_displaced(tok):
                # "opened its borders to Syrian refugees": shelter given to them (CAMEO 075), aid
                return replace(_as(cue, cues.get(("aid", "NOUN")) or cues.get(("hulp", "NOUN"))), cameo="075")
            return replace(_as(cue, cues.get(("ease", "VERB")) or cues.get(("versoepelen", "VERB"))), cameo="081")
        return None  # "the border with Georgia", "the embassy in Kabul" are places, not events
    if (
        cue.pos == "NOUN"
        and cue.lemma in PROTEST_NOUNS
        and tok.dep_ in ("obj", "dobj")
        and _full_lemma(tok.head) in LODGE
    ):
        # "lodged a protest with Albania": an official complaint (CAMEO 114), not a street protest.
        return replace(cue, relation="criticizes", cameo="114", preps=cue.preps | {"with", "to", "bij"})
    if cue.pos == "NOUN" and cue.lemma == "strike" and _labour_strike(tok):
        # "went on strike against the government", "a general strike": a protest, not an attack
        protest = cues.get(("protest", "NOUN"))
        return replace(
            _as(cue, protest), cameo="142" if _labour_strike(tok) == "hunger" else "143", preps=PROTEST_PREPS
        )
    if (
        cue.pos == "VERB"
        and cue.lemma in BLOCK
        and any(o.lemma_.lower() in ROADS or o.lower_ in ROADS for o in _roles(tok)[1])
    ):
        # "blocked roads into the capital": obstructing passage is a protest (CAMEO 144), not a veto
        protest = cues.get(("protest", "NOUN")) or cues.get(("protest", "VERB"))
        return replace(_as(cue, protest), cameo="144", preps=PROTEST_PREPS)
    if cue.pos == "VERB" and cue.lemma in ADVOCACY_IF_REFLEXIVE and any(c.lower_ in REFLEXIVE for c in tok.children):
        return None  # "Nederland zet zich in tegen de doodstraf": advocacy, not weapons used
    if cue.pos == "VERB" and cue.lemma in USE_AGAINST and not any(_weapon(o) for o in _roles(tok)[1]):
        return None  # "zette zijn invloed in tegen", "used its veto against": no force used
    if cue.pos == "NOUN" and cue.lemma in BOYCOTT_NOUNS and _governing_lemma(tok) in IMPOSE:
        # "legde Litouwen een boycot op", "imposed a boycott on X": an embargo (CAMEO 163), not a protest
        sanction = cues.get(("sanction", "NOUN")) or cues.get(("sanctie", "NOUN"))
        return replace(_as(cue, sanction), preps=cue.preps | {"aan", "op", "on", "against"})
    stopped = _governing_lemma(tok) in STOP_AID | CALLING_OFF
    if cue.relation == "supports" and cue.pos == "NOUN" and stopped:
        # (CAMEO 162, reduce or stop material aid)
        return replace(_as(cue, cues.get(("sanction", "NOUN")) or cues.get(("sanctie", "NOUN"))), cameo="162")
    if cue.pos == "NOUN" and cue.relation != "threatens" and RELATIONS[cue.relation][0] == "material_conflict":
        # "dreigt met sancties tegen Teheran", "threatened with strikes": the deed is threatened (CAMEO 13).
        head = tok.head.head if tok.dep_ == "pobj" else tok.head
        if head.lemma_.lower() in THREAT_HEADS and (_case(tok) in ("met", "with") or tok.head.lower_ == "with"):
            return _as(cue, cues.get(("threaten", "VERB")) or cues.get(("dreigen", "VERB")))
    if (
        cue.pos == "VERB"
        and cue.lemma in HOSTING
        and not any(o.pos_ == "PROPN" or o.lemma_.lower() in VISITORS for o in _roles(tok)[1])
    ):
        return None  # "ontvangt wapens van de VS" is no meeting (see DependencyExtractor._receive)
    if (
        cue.pos == "VERB"
        and cue.lemma in WELCOMING
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
        and any(o.lemma_.lower() in VISITORS or o.ent_type_ == "PERSON" for o in _roles(tok)[1])
    ):
        # "welcomed the Kenyan president to Beijing": a visitor received in a place is a meeting (CAMEO 043),
        # not praise
        return _as(cue, cues.get(("host", "VERB")))
    if (
        cue.pos == "VERB"
        and cue.lemma in WITHDRAW
        and any(o.lemma_.lower() in PERSONNEL or o.lower_ in PERSONNEL for o in _roles(tok)[1])
    ):
        # "withdrew its inspectors / ambassador from Iraq": expelling or withdrawing a presence (CAMEO 166)
        return replace(_as(cue, cues.get(("sanction", "NOUN")) or cues.get(("sanctie", "NOUN"))), cameo="166")
    if cue.pos == "VERB" and cue.lemma in SEND:
        sent_things = {o.lemma_.lower() for o in _roles(tok)[1]}
        if sent_things & ENVOYS:
            # "stuurt een gezant naar Venezuela": a visit by proxy (CAMEO 042), not aid
            return replace(_as(cue, cues.get(("visit", "VERB")) or cues.get(("bezoeken", "VERB"))), cameo="042")
        if sent_things & WORDS_SENT:
            return None  # "sent condolences / a warning / a letter to X": words, not material support
        purpose = {c.lemma_.lower() for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"}
        if sent_things & INSPECTORS or purpose & INQUIRY:
            # "dispatched inspectors to Iran", "sent personnel to Bosnia to investigate": an inquiry (090)
            inquiry = cues.get(("investigate", "VERB")) or cues.get(("onderzoeken", "VERB"))
            return replace(_as(cue, inquiry), preps=cue.preps | {"in", "into"})
    if (
        cue.pos == "VERB"
        and cue.lemma in EXCHANGE
        and any(o.lemma_.lower().endswith(FIRE_WORDS) for o in _roles(tok)[1])
    ):
        # "wisselden artillerievuur uit", "exchanged fire": fighting, not cooperation (CAMEO 190)
        return replace(_as(cue, cues.get(("attack", "VERB")) or cues.get(("aanvallen", "VERB"))), cameo="190")
    if (
        cue.pos == "VERB"
        and cue.lemma in FIRE_AT
        and any(p in ("op", "at", "on") for node in (tok, *_roles(tok)[1]) for p, _ in _pp_args(node))
    ):
        # "vuurde drones af op Oekraïense steden": fired at, not only towards (CAMEO 190)
        return replace(_as(cue, cues.get(("attack", "VERB")) or cues.get(("aanvallen", "VERB"))), cameo="190")
    if cue.pos == "VERB" and cue.relation != "threatens":
        for adv in tok.children:
            if adv.dep_ == "advcl" and any(m.lower_ in ULTIMATUM for m in adv.children if m.dep_ == "mark"):
                return _as(cue, cues.get(("threaten", "VERB")) or cues.get(("dreigen", "VERB")))
    return cue


PROTEST_PREPS = frozenset({"against", "over", "tegen"})


def _labour_strike(tok: Token) -> str:
    """ "hunger" or "labour" when the noun "strike" names a strike, not a military strike; else ""."""
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")}
    mods |= {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")}
    if mods & MILITARY_STRIKE_MODS:
        return ""
    if "hunger" in mods:
        return "hunger"
    if mods & LABOUR_STRIKE_MODS:
        return "labour"
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "on" and not any(c.dep_ == "det" for c in tok.children):
        return "labour"  # "went on strike", "are on strike" (a military strike takes an article)
    if (
        tok.dep_ in ("dobj", "obj", "nsubjpass")
        and _phrasal_lemma(head) in LABOUR_STRIKE_VERBS
        and not any(p == "on" for node in (tok, head) for p, _ in _pp_args(node))
    ):
        return "labour"  # "staged a strike", "called off the strike" (no target struck "on")
    return ""


# Emergency measures (CAMEO 1723/1724, 0813/0814, 1323/1324): a curfew, martial law, a state of
# emergency or siege imposed on a state's population is repression of its civilians; lifting or easing
# it is a concession to them; one only announced (will, prepared to, threatened to) is a threat.
MEASURE_NOUNS = {"curfew", "avondklok", "noodtoestand", "uitzonderingstoestand", "krijgswet", "noodwet"}
MEASURE_STATES = {"emergency", "siege", "beleg"}  # "state of emergency", "staat van beleg"
IMPOSING = {
    "impose",
    "reimpose",
    "declare",
    "extend",
    "institute",
    "introduce",
    "enforce",
    "proclaim",
    "tighten",
    "invoke",
    "imposition",
    "declaration",
    "extension",
    "introduction",
    "afkondigen",
    "instellen",
    "invoeren",
    "opleggen",
    "verlengen",
    "uitroepen",
    "uitvaardigen",
    "verscherpen",
    "afkondiging",
    "instelling",
    "invoering",
    "verlenging",
}
EASING = {
    "lift",
    "ease",
    "shorten",
    "relax",
    "end",
    "scrap",
    "revoke",
    "rescind",
    "loosen",
    "lifting",
    "easing",
    "relaxation",
    "opheffen",
    "versoepelen",
    "inkorten",
    "beëindigen",
    "intrekken",
    "afschaffen",
    "opheffing",
    "versoepeling",
}
# Heads that make an imposed measure only announced: "threatened to", "is prepared to", "dreigde met".
MEASURE_THREATS = THREAT_HEADS | INTENT_HEADS | PLAN_HEADS | {"warn", "consider", "waarschuwen", "overwegen"}
PLACE_PREPS = {"in", "inside", "across", "throughout", "over"}
PLACE_KINDS = {"name", "standin", "adj", "place"}


def _measure(tok: Token) -> bool:
    """Whether `tok` heads a curfew, martial law, or a state of emergency or siege."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if lemma in MEASURE_NOUNS or lemma.endswith(("avondklok", "noodtoestand")):
        return True
    if lemma == "law":
        return any(c.lemma_.lower() == "martial" for c in tok.children)
    if lemma in ("state", "staat"):
        return any(arg.lemma_.lower() in MEASURE_STATES for prep, arg in _pp_args(tok) if prep in ("of", "van"))
    if lemma == "rule":  # "emergency rule"
        return any(c.lemma_.lower() == "emergency" for c in tok.children if c.i < tok.i)
    return False


def _measure_action(measure: Token) -> Token | None:
    """The verb or noun that imposes or lifts `measure`: "imposed a curfew", "the lifting of the state of
    emergency", "het uitroepen van de staat van beleg"; None when the measure is only talked about."""
    node = measure
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    head = node.head
    if node.dep_ in OBJ | PASS_SUBJ and head.pos_ in ("VERB", "AUX"):
        return head
    if node.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head  # "the lifting of the curfew"
    if node.dep_ == "nmod" and _case(node) == "van" and head.i != node.i:
        return head  # "het uitroepen van de noodtoestand", "de opheffing van de avondklok"
    return None


def _measure_kind(action: Token) -> str:
    """ "impose", "ease" or "" for the action on an emergency measure."""
    lemma = _full_lemma(action) if action.pos_ in ("VERB", "AUX") else action.lemma_.lower()
    if lemma in IMPOSING or action.lemma_.lower() in IMPOSING:
        return "impose"
    if lemma in EASING or action.lemma_.lower() in EASING:
        return "ease"
    return ""


def _announced(action: Token) -> bool:
    """Whether the action is only announced: "will extend", "is prepared to impose", "dreigde met het
    uitroepen van ..."."""
    node = action
    for _ in range(4):
        if any(
            c.dep_ in ("aux", "aux:pass") and (c.lower_ in FUTURE or c.lemma_.lower() in THREAT_HEADS)
            for c in node.children
        ):
            return True
        if node.head.i == node.i:
            return False
        if node.dep_ in ("ccomp", "parataxis"):
            return False  # "announced that he will extend": the content clause is the deed
        node = node.head
        if node.lemma_.lower() in MEASURE_THREATS:
            return True
    return False


def _phrasal_lemma(verb: Token) -> str:
    """A verb's lemma with its English particle ("call off") or Dutch separable one (see _full_lemma)."""
    prt = [c.lower_ for c in verb.children if c.dep_ in PRT]
    if prt and verb.doc.lang_ != "nl":
        return f"{verb.lemma_.lower()} {prt[0]}"
    return _full_lemma(verb)


def _not_succeeding(verb: Token) -> bool:
    """Dutch "er niet in slagen" (to fail to): "slagen" with a negator."""
    return verb.lemma_.lower() == "slagen" and any(c.lower_ in NEGATORS for c in verb.children)


ADVOCACY_IF_REFLEXIVE = {"inzetten"}
USE_AGAINST = {"inzetten", "use"}
WEAPONS: tuple[str, ...] = (
    "wapen",
    "wapens",
    "weapon",
    "drone",
    "drones",
    "raket",
    "missile",
    "rocket",
    "gas",
    "bom",
    "bomb",
)
WEAPONS += ("artillerie", "artillery", "munitie", "geweld", "force", "leger", "army", "tank", "gevechtsvliegtuig")


def _weapon(tok: Token) -> bool:
    """Weapons, force or forces: "chemische wapens", "gifgas", "drones", "force", "troepen"."""
    return any(
        _military(c) or c.lemma_.lower().endswith(WEAPONS) or c.lower_.endswith(WEAPONS) for c in _conjuncts(tok)
    )


REFLEXIVE = {"zich", "zichzelf"}
BOYCOTT_NOUNS = {"boycot", "boycott"}  # (BOYCOTT on branch recall3 names the verbs)
IMPOSE = {"opleggen", "instellen", "afkondigen", "invoeren", "impose", "declare", "announce", "introduce"}


def _refusal(tok: Token, cue: Cue, cues: dict[tuple[str, str], Cue]) -> tuple[Cue, Token] | None:
    """(the rejection cue, the refusing verb) when `tok` names a deed its clause refuses to do:
    "refused to meet Y", "declined to send aid to Y", "weigert met Y te onderhandelen"."""
    if cue.relation in REFUSED_REJECTS_NO_ONE:
        return None  # "refused to condemn Russia", "declined to impose sanctions on Russia": not judging or
        # acting against someone rejects no one (the deed is negated; an event named stays)
    node = tok
    for _ in range(3):  # a noun climbs to its verb: "refused to commit to any assistance to"
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        if node.dep_ not in ("obj", "dobj", "pobj", "prep", "obl", "obl:arg", "nmod"):
            return None
        node = node.head
    heads = REFUSING_HEADS | (FAILING_HEADS if cue.relation in ("cooperates_with", "consults") else set())
    refusing = [c for c in node.children if c.dep_ == "aux" and c.lemma_.lower() in heads]
    if refusing:  # "Rusland weigert ... te onderhandelen" with "weigert" parsed as an auxiliary
        refuser = refusing[0]
    elif _controlled(node) and (node.head.lemma_.lower() in heads or ("fail" in heads and _not_succeeding(node.head))):
        refuser = node.head
    else:
        return None
    reject = cues.get(("reject", "VERB")) or cues.get(("afwijzen", "VERB"))
    return (replace(reject, cameo="12"), refuser) if reject is not None else None


def _demanded(tok: Token, cues: dict[tuple[str, str], Cue], lang: str) -> bool:
    """Whether the deed of `tok` is only demanded of someone, not done: its clause carries "must"
    ("Libya must hand over the suspects", "Norway must be willing to host talks"), or it is the content
    of a demand or appeal ("demanded that Israel ease restrictions", "urged the EU to support the PLO")."""
    node = tok
    for _ in range(3):  # an event noun climbs to its verb ("match the EU's support for ...")
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i or node.dep_ not in INHERITING:
            break
        node = node.head
    for _ in range(3):
        if any(c.lemma_.lower() in MUST and c.dep_ in ("aux", "aux:pass") for c in node.children):
            return True
        head = node.head
        # (acl: the content of a demand noun, "its demand that Israel ease restrictions")
        clausal = ("ccomp", "xcomp", "acomp", "advcl", "acl", "acl:relcl")
        if head.i == node.i or node.dep_ not in clausal and not _controlled(node):
            return False
        head_cue = _cue_for(head, cues, lang)
        # (a controlled "to" clause too: "put pressure on China to lift", "zet Beijing onder druk om ... op te heffen")
        if (
            head_cue is not None
            and head_cue.relation in ("demands", "appeals_to")
            and (node.dep_ != "advcl" or _controlled(node))
        ):
            return True
        if head.lemma_.lower() in WANT and node.dep_ != "advcl" and not _raising(head, node):
            return True  # ("wil Turkije helpen": an intent of the subject's own, see RAISING)
        if node.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX"):
            # "reiterated its demand that Israel ease ...", the clause hung on the verb
            object_cues = [_cue_for(o, cues, lang) for o in _roles(head)[1] if o.pos_ == "NOUN"]
            if any(c is not None and c.relation in ("demands", "appeals_to") for c in object_cues):
                return True
        if node.dep_ not in ("xcomp", "acomp") and not _controlled(node):
            return False  # only "must be willing to host" climbs further
        node = head
    return False


# A demand verb after a quotation reports it: "'Y moet ...', eiste X" is X demanding of Y, as "zei".
QUOTED_DEMANDS = {"eisen", "demand", "insist", "aandringen"}


def _fronted_quote(clause: Token, verb: Token) -> bool:
    """Whether `clause` is a quotation before `verb` that reports it ("'Israël moet ... staken', eiste
    X", "'Y must leave', X said"): a clause ending in a closing quote and a comma right before the verb."""
    if (
        clause.pos_ not in ("VERB", "AUX")
        or clause.i >= verb.i
        or clause.dep_ not in ("advcl", "ccomp", "parataxis", "ROOT")
    ):
        return False
    doc = verb.doc
    between = [t.text for t in doc[clause.right_edge.i - 1 : verb.i] if t.is_punct] if clause.dep_ != "ROOT" else []
    if clause.dep_ == "ROOT":
        between = [t.text for t in doc[max(clause.i, verb.i - 3) : verb.i] if t.is_punct]
    return "," in between and any(q in between for q in ("'", '"', "’", "”"))


def _asked_of_another(tok: Token, cues: dict[tuple[str, str], Cue], lang: str) -> bool:
    """Whether the demand or appeal of verb `tok` is what a governing appeal asks of its addressee ("urged
    Washington to press Israel", "riep Frankrijk op om Israël onder druk te zetten"): the addressee is
    only asked to make it, and the one who asks does not make it either."""
    infinitive = any(c.lower_ in ("te", "to") and c.dep_ in ("mark", "aux") for c in tok.children)
    controlled = _controlled(tok) or (
        tok.dep_ == "acl" and infinitive and not any(c.dep_ in SUBJ for c in tok.children)
    )
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("xcomp", "advcl", "ccomp", "acl") or not controlled:
        return False
    head = tok.head
    if tok.dep_ == "acl" and head.pos_ == "NOUN" and head.dep_ in ("obl", "obj"):
        head = head.head  # "zette Duitsland onder druk/obl om ... op te roepen/acl": the clause on the noun
    elif tok.dep_ == "acl":
        return False
    head_cue = _cue_for(head, cues, lang)
    if head_cue is None or head_cue.relation not in ("appeals_to", "demands"):
        return False
    objects = [o for o in _roles(head)[1] if o.i < tok.i]
    objects += [arg for prep, arg in _pp_args(head) if prep in ("on", "upon", "op", "aan") and arg.i < tok.i]
    return any(o.pos_ in ("PROPN", "NOUN") and o.lemma_.lower() not in ("druk", "pressure") for o in objects)


# "bij een aanval op X zou Y ingrijpen", "in the event of an attack on X, Y would ...": an event
# named as the condition of a deed that would, will or could follow is not reported as happening.
CONDITIONAL_AUX = {"zou", "zouden", "zal", "zullen", "kan", "kunnen", "would", "will", "could", "can"}


def _in_case_of(tok: Token) -> bool:
    """Whether event noun `tok` is the condition of a deed that would follow ("bij een aanval op X
    zou Y ingrijpen", "in the event of an attack on X", "in case of an invasion")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    head = tok.head
    if _case(tok) == "bij" and tok.dep_ in ("obl", "nmod", "advmod"):
        verb = head
    elif tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ("event", "case"):
        verb = head.head.head.head if head.head.head.dep_ == "prep" else head.head.head  # in -> event -> of
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in _clause_children(verb) if c.dep_ in ("aux", "aux:pass")]
    return any(a.lower_ in CONDITIONAL_AUX for a in auxes)


ACCUSING = {"beschuldigen", "betichten", "verdenken", "aanklagen", "accuse", "blame", "charge", "suspect"}
# An event before or after the clause's own is not the subject's ("after talks with X" is, see below).
BEFORE_AFTER = {"before", "after", "since", "until", "na", "sinds"}  # (Dutch "voor" is also "for")
CIRCUMSTANCE = {"in", "tijdens", "bij", "during"}  # "in een gesprek met X": the subject's own event
PUNISHED_FOR = {"wegens", "vanwege", "over"}  # the deed a sanction or accusation answers (en "over", nl "wegens")
SANCTIONED = {"on", "against", "op", "tegen"}  # the one a sanction is aimed at
BLAMING = ACCUSING | {"verwijten", "reproach"}
ACCUSED_OF = {"van", "voor", "of", "for", "with", "ervan"}
CHARGED_OVER = {"wegens", "vanwege"}  # "aangeklaagd wegens genocide": the deed charged, not asserted


def _punishes(verb: Token, verb_cue: Cue | None, cues: dict[tuple[str, str], Cue], lang: str) -> bool:
    """`verb` is a conflict event by its own cue or by its object's ("veroordeelt", "legt sancties op")."""
    found = [verb_cue] + [_cue_for(o, cues, lang) for o in verb.children if o.dep_ in OBJ and o.pos_ == "NOUN"]
    return any(c is not None and RELATIONS[c.relation][0] in CONFLICT for c in found)


def _accused(tok: Token) -> bool:
    """Whether `tok` names the deed someone is accused of, not a deed asserted: "X beschuldigde Y van
    een aanval op Z", "accused Y of attacking Z", "beschuldigt Y ervan Z te steunen" (only X's
    accusation of Y is claimed, CAMEO 112)."""
    node = tok
    for _ in range(3):
        head = node.head
        if head.i == node.i:
            return False
        prep = _case(node) or (head.lower_ if head.dep_ == "prep" else "")
        if head.dep_ == "prep":  # ClearNLP: accused -> of/prep -> attacking/pcomp
            head = head.head
        marked = node.dep_ in ("ccomp", "xcomp", "advcl") and _controlled(node)
        if head.lemma_.lower() in ACCUSING and (prep in ACCUSED_OF or prep in CHARGED_OVER or marked):
            return True
        if node.dep_ not in ("obl", "obl:arg", "nmod", "pobj", "pcomp", "obj", "dobj", "conj"):
            return False
        node = head
    return False


NAMING = {"noemen", "bestempelen", "omschrijven", "betitelen"}
COMPARING = {"vergelijken"}  # "vergeleek Poetin met Hitler": likening to a word of blame is naming by it


@lru_cache(maxsize=4)
def _blaming_words(lang: str) -> tuple[str, ...]:
    """Words of blame from ``cues/blame.tsv`` (Dutch compounds match by their tail)."""
    return tuple(word for lng, word in _lexicon_rows("blame.tsv", 2, lambda r: True, "blame word") if lng == lang)


def _blaming_word(tok: Token, lang: str) -> bool:
    """Whether the name `tok` heads is a word of blame ("chantage", "een ernstige schending", "onaanvaardbaar")."""
    words = _blaming_words(lang)
    heads = [tok, *(c for c in tok.children if c.dep_ in ("amod", "conj"))]
    return any(t.lemma_.lower().endswith(words) or t.lower_.endswith(words) for t in heads)


def _full_lemma(verb: Token) -> str:
    """A verb's lemma with its Dutch separable particle ("knoopte ... aan" -> aanknopen)."""
    lemma = verb.lemma_.lower()
    if verb.doc.lang_ == "nl":
        prt = [c.lower_ for c in verb.children if c.dep_ in PRT]
        if prt:
            return prt[0] + lemma
    return lemma


def _as(cue: Cue, other: Cue | None) -> Cue:
    """`cue` with the relation and CAMEO code of `other`, keeping its own form and targets."""
    if other is None:
        return cue
    return replace(cue, relation=other.relation, cameo=other.cameo)


def _posture(tok: Token, cues: dict[tuple[str, str], Cue]) -> Cue | None:
    """A show of force: a reinforcing verb whose object is the actor's forces (see REINFORCE)."""
    if tok.pos_ != "VERB" or _full_lemma(tok).removeprefix("op") not in REINFORCE | {"voeren"}:
        return None
    if not any(o.lemma_.lower() in FORCES or o.lower_ in FORCES for o in _roles(tok)[1]):
        return None
    mobilize = cues.get(("mobilize", "VERB")) or cues.get(("mobiliseren", "VERB"))
    if mobilize is None:
        return None
    where = {"in", "into", "near", "along", "on", "at", "to", "naar", "bij", "aan", "nabij"}
    return replace(mobilize, lemma=tok.lemma_.lower(), cameo="152", preps=mobilize.preps | where)


# Dutch verbs of giving that are aid only when what is given is: "gaf Jemen twee miljard dollar aan noodhulp",
# "zegde Oekraïne luchtafweersystemen toe", "leverde wapens af bij de RSF" (not "gaf Rusland de schuld").
GIVING = {"geven", "toezeggen", "beloven", "afleveren", "overhandigen", "schenken"}
GOODS = (*GIFTS, *WEAPONS, *MONEY, "systeem", "systemen", "materieel", "uitrusting", "voertuig", "granaat", "granaten")
# units, air defence and intelligence given to another: "beloofde Litouwen een brigade", "geeft Oekraïne inlichtingen"
GOODS += ("brigade", "bataljon", "luchtafweer", "luchtverdediging", "inlichting", "inlichtingen")


PROMISING = {"pledge", "promise"}


def _promised_goods(tok: Token, cues: dict[tuple[str, str], Cue]) -> Cue | None:
    """Intent to give aid (CAMEO 033, cooperates_with) where "pledged/promised" has money, goods or
    arms as its object: "pledged 500 million dollars in military aid to Ukraine"."""
    things = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    things += [g for t in things for p in t.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    if not any(t.pos_ in ("NOUN", "NUM", "SYM") and t.lemma_.lower().endswith(GOODS) for t in things):
        return None
    agree = cues.get(("agree", "VERB"))
    if agree is None:
        return None
    return Cue(tok.lemma_.lower(), "VERB", agree.relation, "033", frozenset({"to", "for"}))


def _gift(tok: Token, cues: dict[tuple[str, str], Cue]) -> Cue | None:
    """Material support (CAMEO 070) where a verb of GIVING has goods, money or arms as its object."""
    if tok.pos_ == "VERB" and tok.doc.lang_ == "en" and tok.lemma_.lower() in PROMISING:
        return _promised_goods(tok, cues)
    if tok.pos_ != "VERB" or tok.doc.lang_ != "nl" or _full_lemma(tok) not in GIVING:
        return None
    things = [c for c in tok.children if c.dep_ in ("obj", "dobj") or c.dep_ == "xcomp" and c.pos_ == "NOUN"]
    # a noun phrase without a preposition read as "obl" is an object too: "zegde ... een pakket luchtafweer/obl toe"
    things += [c for c in tok.children if c.dep_ == "obl" and c.pos_ == "NOUN" and not _case(c)]
    things += [n for t in things for n in t.children if n.dep_ in ("nmod", "compound")]  # "dollar aan noodhulp"
    # (by lemma or, for plurals the lemmatizer cut wrongly, "luchtafweersystem", by form)
    if not any(
        (t.pos_ in ("NOUN", "NUM", "SYM") and t.lemma_.lower().endswith(GOODS))
        or (t.pos_ == "NOUN" and t.lower_.endswith(GOODS))
        for t in things
    ):
        return None
    supply = cues.get(("leveren", "VERB"))
    if supply is None:
        return None
    # (goods are handed over "bij" their receiver: "leverde wapens af bij de RSF")
    preps = supply.preps | {"bij"} if _full_lemma(tok) == "afleveren" else supply.preps
    return replace(supply, lemma=_full_lemma(tok), preps=preps)


SENTENCING = {"veroordelen"}  # "veroordelen tot" (a sentence), not "veroordelen" (condemn)


def _cue_for(tok: Token, cues: dict[tuple[str, str], Cue], lang: str) -> Cue | None:
    posture = _posture(tok, cues) or _gift(tok, cues)
    if posture is not None:
        return posture
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX"):
        prt = [c.lower_ for c in tok.children if c.dep_ in PRT]
        if prt:
            # Dutch separable verbs ("voert ... uit" -> uitvoeren); English phrasal ("call on").
            joined = prt[0] + lemma if lang == "nl" else f"{lemma} {prt[0]}"  # "hand over"
            # a light verb with its object first: "bood X asiel aan" (asiel aanbieden), not aanbieden
            nouns = [o.lemma_.lower() for o in tok.children if o.dep_ in ("obj", "dobj", "xcomp") and o.pos_ == "NOUN"]
            light = [cues.get((f"{n} {joined}" if lang == "nl" else f"{joined} {n}", "VERB")) for n in nouns]
            cue = next((c for c in light if c is not None), None) or cues.get((joined, "VERB"))
            if cue is not None:
                return cue
        if lang == "en" and lemma == "set":
            # "set on fire", "set ablaze/alight": the fire is a phrase or an adverb, not the object
            for c in tok.children:
                phrase = c.lower_ if c.dep_ in ("advmod", "acomp", "oprd", "prt", "dobj") else ""
                if c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "fire" for g in c.children):
                    phrase = "on fire"
                cue = cues.get((f"set {phrase}", "VERB")) if phrase in ("ablaze", "alight", "on fire") else None
                if cue is not None:
                    return cue
        if lang == "en":
            # "forced the agency out of the country": "out" of "out of" read as a preposition
            for c in tok.children:
                if c.dep_ == "prep" and c.i > tok.i and any(g.dep_ == "prep" for g in c.children):
                    cue = cues.get((f"{lemma} {c.lower_}", "VERB"))
                    if cue is not None:
                        return cue
        if lang == "nl":
            # a separable particle the parser did not label as one: "keuren ... goed" (goedkeuren)
            for c in tok.children:
                if c.i > tok.i and c.dep_ in ("advmod", "obl", "compound:prt", "case") and c.lower_ in NL_PARTICLES:
                    cue = cues.get((c.lower_ + lemma, "VERB"))
                    if cue is not None:
                        return cue
        for obj in tok.children:
            # (a Dutch bare noun after the object reads as xcomp: "verleent X asiel", asiel verlenen)
            if obj.dep_ in ("obj", "dobj") or (lang == "nl" and obj.dep_ == "xcomp" and obj.pos_ == "NOUN"):
                # a light verb and its object: "set fire (to)", "open fire (on)", "(het) vuur openen (op)"
                key = f"{obj.lemma_.lower()} {lemma}" if lang == "nl" else f"{lemma} {obj.lemma_.lower()}"
                cue = cues.get((key, "VERB"))
                if cue is not None:
                    return cue
        if lang == "nl":
            # (with its particle: "legde ... naast zich neer", naast zich neerleggen)
            cue = _pp_light_verb(tok, lemma, cues) or _pp_light_verb(tok, _full_lemma(tok), cues)
            if cue is not None:
                return cue
            # an adverb fixed to the verb: "raakten slaags met", "zijn het eens geworden" (on the verb, or
            # right before the final verb when the parser hung it elsewhere: "langs de grens slaags geraakt")
            before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
            words = [
                c for c in tok.children if c.dep_ in ("advmod", "obj", "xcomp") and c.pos_ not in ("NOUN", "PROPN")
            ]
            words += [before] if before is not None and before.pos_ in ("ADV", "ADJ", "PRON") else []
            for word in words:
                cue = cues.get((f"{word.lower_} {lemma}", "VERB"))
                if cue is not None:
                    return cue
        cue = cues.get((lemma, "VERB"))
        if lang == "nl" and lemma in SENTENCING and any(prep == "tot" for prep, _ in _pp_args(tok)):
            return None  # "veroordeelde een Franse burger tot tien jaar cel": a court's sentence, no condemnation
        if cue is None and tok.dep_ in ("obj", "dobj", "nsubj", "obl", "obl:arg", "nmod", "conj", "pobj"):
            # A noun mis-tagged as a verb in a nominal slot ("bombardementen/VERB ... uit", "vredesakkoord").
            cue = _noun_cue(tok, lemma, cues, lang)
        return cue
    if tok.pos_ in ("NOUN", "PROPN"):
        return _noun_cue(tok, lemma, cues, lang)
    return None


def _pp_light_verb(verb: Token, lemma: str, cues: dict[tuple[str, str], Cue]) -> Cue | None:
    """A Dutch light verb with a fixed prepositional phrase, looked up as "prep noun verb": "zet
    Beijing onder druk" (onder druk zetten), "nam de stad onder vuur"."""
    for child in verb.children:
        fixed = [c for c in child.children if c.dep_ == "fixed"]
        if child.pos_ == "ADP" and fixed:
            # "nam wapens in beslag": the phrase parsed as a fixed expression on the preposition
            cue = cues.get((f"{child.lower_} {fixed[0].lemma_.lower()} {lemma}", "VERB"))
            if cue is not None:
                return cue
        for case in (c for c in child.children if c.dep_ == "case" and c.pos_ == "ADP" and c.i > verb.i):
            # "neemt boten in/case beslag/fixed bij/fixed de eilanden/obl": the fixed phrase glued to the next one
            fixed = [c for c in case.children if c.dep_ == "fixed"]
            cue = cues.get((f"{case.lower_} {fixed[0].lemma_.lower()} {lemma}", "VERB")) if fixed else None
            if cue is not None:
                return cue
        if (
            child.dep_ in ("obl", "obl:arg", "advmod", "nmod", "xcomp")  # ("riep X om/case hulp/xcomp")
            and _case(child)
            and not any(c.dep_ in ("det", "amod") for c in child.children)
        ):
            cue = cues.get((f"{_case(child)} {child.lemma_.lower()} {lemma}", "VERB"))
            if cue is not None:
                return cue
        after = verb.doc[child.i + 1] if child.i + 1 < len(verb.doc) else None
        if child.dep_ == "case" and child.pos_ == "ADP" and after is not None and after.head.i == verb.i:
            # "naast/case zich/expl:pv neergelegd": both words hung on the verb
            cue = cues.get((f"{child.lower_} {after.lower_} {lemma}", "VERB"))
            if cue is not None:
                return cue
    # a fixed phrase of several words, on the verb or hung on its object: "(X) tot persona non grata verklaren"
    objects = [c for c in verb.children if c.dep_ in OBJ]
    phrases = [c for c in verb.children if c.dep_ in ("obl", "obl:arg")]
    phrases += [c for o in objects for c in o.children if c.dep_ == "nmod" and c.i > o.i]
    for child in phrases:
        if _case(child):
            words = " ".join(t.lower_ for t in child.subtree if t.dep_ != "case" and not t.is_punct)
            cue = cues.get((f"{_case(child)} {words} {lemma}", "VERB"))
            if cue is not None:
                return cue
    # "van de hand wijzen": a fixed phrase with its article, which the parser often glues to the name
    # before it ("Algerije van/flat de/flat hand/flat"); read on the surface, right before the final
    # verb or, after a finite verb in second place, at the end of the clause
    doc = verb.doc
    end = verb.i
    if verb.i < verb.sent.end - 1 and not any(c.dep_ in ("aux", "aux:pass") for c in verb.children):
        ends = (t.i for t in doc[verb.i + 1 : verb.sent.end] if t.is_punct or t.pos_ in ("VERB", "AUX"))
        end = next(ends, verb.sent.end)
    tail = [t.lower_.rstrip(".") for t in doc[max(verb.sent.start, end - 3) : end]]  # ("hand." as one token)
    if len(tail) == 3 and tail[1] in ("de", "het"):
        cue = cues.get((f"{tail[0]} {tail[1]} {tail[2]} {lemma}", "VERB"))
        if cue is not None:
            return cue
    return None


def _noun_cue(tok: Token, lemma: str, cues: dict[tuple[str, str], Cue], lang: str) -> Cue | None:
    if tok.dep_ == "compound" and (f"{lemma} {tok.head.lemma_.lower()}", "NOUN") in cues:
        return None  # "war" in "war games": the compound as a whole is the cue
    for child in tok.children:
        if child.dep_ == "compound" and child.i == tok.i - 1:
            cue = cues.get((f"{child.lemma_.lower()} {lemma}", "NOUN"))
            if cue is not None:
                return cue  # "war games", "peace talks"
    cue = cues.get((lemma, "NOUN")) or cues.get((tok.lower_, "NOUN"))
    if cue is None and lang == "nl" and len(lemma) > 6:
        # Dutch compounds: "luchtaanval", "wereldoorlog", "strafsancties".
        for size in range(len(lemma) - 3, 4, -1):
            cue = cues.get((lemma[-size:], "NOUN"))
            if cue is not None and len(cue.lemma) >= 5:
                if cue.relation == "attacks" and lemma[:-size].removesuffix("s") in PEACEFUL:
                    return None  # "reddingsoperatie", "zoekoperatie": no attack
                return cue
        return None
    peaceful = any(c.dep_ == "amod" and c.lemma_.lower() in PEACEFUL for c in tok.children)
    if cue is not None and cue.relation == "attacks" and lang == "nl" and peaceful:
        return None  # "een humanitaire operatie"
    return cue


# What makes a Dutch operation, mission or action peaceful, as the first part of a compound or an adjective.
PEACEFUL = {"redding", "zoek", "hulp", "evacuatie", "vrede", "berging", "humanitair", "medisch", "reddings"}


ARRIVAL = {"arrive", "aankomen", "arriveren", "travel", "reizen", "afreizen"}
PEACEKEEPING = {"peacekeeper", "peacekeeping", "blue helmet", "vredesmacht", "vredesmissie", "blauwhelm"}
# Building up forces in or near a state is a show of force (CAMEO 152): "strengthened its forces
# in Lebanon", "versterkt zijn troepen aan de grens".
REINFORCE = {
    "strengthen",
    "reinforce",
    "boost",
    "bolster",
    "beef",
    "increase",
    "mass",
    "versterken",
    "uitbreiden",
    "opvoeren",
    "verdubbelen",
}
FORCES = {
    "force",
    "troop",
    "presence",
    "garrison",
    "deployment",
    "contingent",
    "troepen",
    "troep",
    "strijdkracht",
    "strijdkrachten",
    "troepenmacht",
    "aanwezigheid",
    "militaire",
}
NOT_VISITORS = {
    "troop",
    "soldier",
    "force",
    "peacekeeper",
    "refugee",
    "migrant",
    "asylum",
    "fighter",
    "militant",
    "unit",
    "contingent",
    "deployment",
    "convoy",
    "shipment",
    "ship",
    "plane",
    "aircraft",
    "missile",
    "rocket",
    "drone",
    "aid",
    "troepen",
    "troep",
    "soldaat",
    "soldaten",
    "vluchteling",
    "vluchtelingen",
    "migranten",
    "strijder",
    "strijders",
    "vredesmacht",
    "blauwhelm",
    "konvooi",
    "schip",
    "vliegtuig",
    "raket",
    "hulp",
}
# Nouns that carry the arguments of an event noun compounded to them ("mediation effort").
EVENT_HEADS = {
    "effort",
    "mission",
    "initiative",
    "bid",
    "attempt",
    "process",
    "plan",
    "package",
    "programme",
    "program",
    "campaign",
    "offer",
    "proposal",
}
MEDIATION = {"mediation", "mediate", "mediator", "bemiddeling", "bemiddelen", "bemiddelingspoging", "bemiddelaar"}
# Who hosts "a meeting between X and Y" talks to each side (CAMEO 043), like a mediator.
HOSTS = {"host", "organize", "organise", "convene", "arrange", "organiseren", "beleggen", "ontvangen"}


# Capability and purpose (branch cues): force prepared for use against someone is not force used.
# Arms made or bought "to use against X" threaten X (CAMEO 138); fighters trained or recruited
# "capable of attacking X" are forces mobilized against X (CAMEO 152).
ARMING = {"manufacture", "produce", "develop", "build", "acquire", "buy", "purchase", "stockpile", "assemble"}
ARMING |= {"ontwikkelen", "produceren", "bouwen", "vervaardigen", "aanschaffen", "kopen", "verwerven", "aanleggen"}
TRAINING = {"train", "recruit", "mobilize", "mobilise", "trainen", "opleiden", "rekruteren", "werven"}
CAPABLE = {"capable", "able", "designed", "intended", "bedoeld", "geschikt"}
USING = {"use", "employ", "gebruiken", "inzetten", "aanwenden"}
AGAINST = {"against", "on", "at", "tegen", "op"}


def _capability_clauses(verb: Token) -> list[Token]:
    """The clauses that say what `verb` prepares something for: "weapons to use against X"
    (purpose on the verb or on its object), "hackers capable of launching attacks on X", "drones
    om tegen X te gebruiken", "strijders die X kunnen aanvallen"."""
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "ccomp") and _controlled(c)]
    for obj in _roles(verb)[1]:
        for child in obj.children:
            if child.dep_ in ("acl", "relcl", "acl:relcl") and child.pos_ in ("VERB", "AUX"):
                clauses.append(child)
            elif child.dep_ in ("ccomp", "advcl") and _controlled(child):
                clauses.append(child)  # "raketten om Israël aan te vallen" with the clause on the noun
            elif child.lemma_.lower() in CAPABLE and child.dep_ in ("amod", "acl", "relcl"):
                # "capable of launching", "able to strike", "bedoeld om ... aan te vallen"
                clauses += [c for c in child.children if c.dep_ in ("xcomp", "advcl", "ccomp", "acl")]
                clauses += [g for p in child.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pcomp"]
    return clauses


class DependencyExtractor:
    """Relations from verbs and nominal events over a dependency parse (see module docs)."""

    name = "dependency.v1"
    version = "0.2.0"

    def __call__(self, doc: Doc, article: Article, mentions: list[TokenMention], gazetteer: Gazetteer) -> list[Claim]:
        lang = article.language
        cues = load_cues(lang if lang in ("nl", "en") else "en")
        claims: dict[str, Claim] = {}
        previous: list[tuple[TokenMention, bool]] = []
        for sent_span in doc.sents:
            sent = _Sentence(sent_span, mentions)
            if lang == "nl":
                _repair_dutch_parse(sent)
            own_subjects = _subject_mentions(sent, gazetteer, article)
            sent.antecedents = previous + own_subjects
            previous = own_subjects
            # (an emergency measure needs one actor only: its object is the civilians of a state)
            handled: set[int] = set()
            for raw in self._emergency(sent, cues, gazetteer, article, lang):
                handled.add(raw.cue_token.i)
                claim = self._claim(raw, sent, article, gazetteer, lang)
                if claim is not None and (claim.id not in claims or claims[claim.id].confidence < claim.confidence):
                    claims[claim.id] = claim
            ids = {m.actor_id for m in sent.by_token.values()}
            if _has_pronoun_subject(sent_span, lang):
                ids |= {m.actor_id for m, _ in sent.antecedents}
            if len(ids) < 2:
                continue
            for raw in self._sentence(sent, cues, lang, handled):
                claim = self._claim(raw, sent, article, gazetteer, lang)
                if claim is not None and (claim.id not in claims or claims[claim.id].confidence < claim.confidence):
                    claims[claim.id] = claim
        return list(claims.values())

    # -- patterns ------------------------------------------------------------------------
    def _sentence(
        self, sent: _Sentence, cues: dict[tuple[str, str], Cue], lang: str, handled: set[int] | None = None
    ) -> Iterator[_Raw]:
        handled = set(handled or ())
        shown: set[tuple[int, str]] = set()  # (verb, target) of a show of force: no aid to that target
        for tok in sent.sent:
            if tok.pos_ in ("VERB", "AUX"):
                yield from self._capability(tok, cues, sent, lang, handled)
        for tok in sent.sent:
            if tok.lemma_.lower() in SPEECH.get(lang, ()) or tok.lemma_.lower() in QUOTED_DEMANDS:
                yield from self._must(tok, cues, sent)
            if tok.lemma_.lower() in WANT and tok.pos_ in ("VERB", "AUX"):
                yield from self._want(tok, cues, sent)
            if tok.pos_ == "VERB" and lang == "nl":
                yield from self._must_according(tok, cues, sent)
            if _full_lemma(tok) in NAMING | COMPARING and tok.pos_ == "VERB":
                yield from self._naming(tok, cues, sent, lang)
            if tok.lemma_.lower() in MESSAGES and tok.pos_ == "NOUN":
                yield from self._message(tok, cues, sent)
            if tok.lemma_.lower() in RECEIVING and tok.pos_ == "VERB":
                yield from self._receive(tok, cues, sent)
            if _full_lemma(tok) in RECEIVING | HANDING and tok.pos_ == "VERB":
                yield from self._protest_note(tok, cues, sent)
            if tok.lemma_.lower() in BAN_NOUNS and tok.pos_ == "NOUN":
                yield from self._flow_ban(tok, cues, sent)
            if tok.pos_ == "VERB" and _full_lemma(tok) in MOVING_FORCES:
                for raw in self._show_of_force(tok, cues, sent):
                    shown.add((tok.i, raw.object.mention.actor_id))
                    yield raw
            if tok.pos_ == "VERB":
                yield from self._on_request(tok, cues, sent)
            cue = _stopped_gathering(tok) or _cue_for(tok, cues, lang)
            if cue is None or (handled and tok.i in handled):
                continue  # (an emergency measure's action: see _emergency)
            named = sent.own(tok)
            if named is not None and named.end - named.start > 1 and tok.i > named.start and tok.is_title:
                continue  # a word of a name: "Capitol Hill Occupied Protests", "Rapid Support Forces"
            if cue.relation == "protests" and tok.pos_ == "NOUN" and _case(tok) == "uit":
                continue  # "riep zijn ambassadeur terug uit protest tegen ...": a motive, the recall is the deed
            cue = _trade_ban(tok, _shared(tok, _material(tok, cue, cues)), cues)
            cue = _blocked_vessel(tok, cue, cues)
            halted = _called_off(tok, cue)
            if cue.lemma in TRADED and halted is None and not _material_goods(tok):
                continue  # "Chinese exports to the US fell" is trade; "arms exports to X" is aid
            before = cue
            cue = _reframe(tok, cue, cues)
            if cue is None or (cue.lemma in ORDERS and not _orders_a_deed(tok)):
                continue
            cue = _stopped_talks(tok, cue, halted, cues) or cue
            if cue.relation not in ("demands", "appeals_to") and _demanded(tok, cues, lang):
                continue  # "demanded that Israel ease restrictions", "Libya must hand over ...": not a deed done
            if cue.relation in ("demands", "appeals_to") and _asked_of_another(tok, cues, lang):
                continue  # "riep de VS op om Israël onder druk te zetten": the pressure is only asked for
            if _permitted_only(tok):
                continue  # "allowed Ukraine to strike Russia": the strike is permitted, not reported done
            if _accused(tok):
                continue  # "beschuldigde Oekraïne van een aanval op ...": the accusation is the claim
            if _unasserted(tok):
                continue  # "if Russia attacked ...", "whether X will ...", "doubt that X will ...": not reported
            if _in_case_of(tok):
                continue  # "dat Japan bij een Chinese aanval op Taiwan zou ingrijpen": no attack is reported
            refusal = _refusal(tok, cue, cues)
            reduced = None
            if halted is not None and cue.relation == "sanctions":
                # "halted aid to Serbia", "suspended ties with X": the stopping is the deed, its verb the cue
                refusal, tok_at = None, halted
            else:
                tok_at = tok
                if halted is not None and cue == before and _full_lemma(halted) in CALLING_OFF:
                    # "cancelled a visit to Haiti": besides the negated visit, relations are reduced (CAMEO 16)
                    reduced = _reduction(cue, cues)
            # "may halt its mediation if ...", "could impose sanctions if ...": a threat (CAMEO 13)
            cue = _conditional_threat(tok_at, cue, cues) or cue
            if reduced is not None and halted is not None:
                reduced = _conditional_threat(halted, reduced, cues) or reduced
            if cue.pos == "VERB":
                lifted = _lift(tok, cue, cues, lang)
                promised = any(c.dep_ == "aux" and c.lower_ in FUTURE for c in tok.children)
                if refusal is None and lifted is not None and promised and _negated(tok):
                    # "Israel would not meet Egypt's demands", "will not send troops": a refusal (CAMEO 12)
                    reject = cues.get(("reject", "VERB")) or cues.get(("afwijzen", "VERB"))
                    refusal = (replace(reject, cameo="12"), tok) if reject is not None else None
                    if RELATIONS[cue.relation][0] == "material_cooperation":
                        lifted = (
                            None  # no promise of aid is made: the aid itself is negated ("zal geen troepen sturen")
                        )
                raws = self._verbal(tok, cue, sent, lang)
            else:
                # "promised to continue military aid to X": the noun's verb may be a promise too.
                lifted = _lift(tok.head, cue, cues, lang) if tok.dep_ in ("obj", "dobj") else None
                raws = self._nominal(tok, cue, sent, cues, lang)
            for raw in raws:
                if (tok.i, raw.object.mention.actor_id) in shown and cue.relation == "supports":
                    continue  # "stuurde oorlogsschepen naar de kust van Venezuela": force shown, not aid
                if tok_at is not tok:
                    raw = replace(raw, cue_token=tok_at)
                yield raw if lifted is None else _Raw(raw.subject, raw.object, lifted, tok_at, raw.factor * 0.9)
                if reduced is not None and halted is not None:
                    yield _Raw(raw.subject, raw.object, reduced, halted, raw.factor)
                if refusal is not None:
                    # "X refused to meet Y": besides the negated meeting, X rejects Y (CAMEO 12).
                    # (a refusal by "not" or by "slaagden er niet in" is not negated by it)
                    refused = refusal[1] is not tok and not _not_succeeding(refusal[1])
                    yield _Raw(raw.subject, raw.object, refusal[0], refusal[1], raw.factor * 0.9, negatable=refused)

    def _capability(
        self, verb: Token, cues: dict[tuple[str, str], Cue], sent: _Sentence, lang: str, handled: set[int]
    ) -> Iterator[_Raw]:
        """Arms made or fighters trained for use against Y: the subject threatens Y (arms, CAMEO 138)
        or mobilizes against Y (forces, 152), and the attack in the purpose clause is not claimed
        ("manufactures drones to use against Israel", "trained hackers capable of launching attacks
        on Estonia", "ontwikkelt raketten om Israël mee aan te vallen"). The clause's tokens go
        into `handled`."""
        lemma = _full_lemma(verb)
        if lemma in TRAINING:
            base, code = cues.get(("mobilize", "VERB")) or cues.get(("mobiliseren", "VERB")), "152"
        elif lemma in ARMING:
            base, code = cues.get(("threaten", "VERB")) or cues.get(("dreigen", "VERB")), "138"
        else:
            return
        if base is None:
            return
        if any(sent.actors(o) for o in _roles(verb)[1]):
            return  # another's forces trained ("trained Ukrainian soldiers to fight Y"): their own deed, not ours
        targets: list[_Found] = []
        for clause in _capability_clauses(verb):
            clause_cue = _cue_for(clause, cues, lang)
            deeds = [o for o in _roles(clause)[1] if (_cue_for(o, cues, lang) or clause_cue) is not None]
            noun_cues = [_cue_for(o, cues, lang) for o in deeds]
            attacking = clause_cue is not None and clause_cue.relation == "attacks"
            attacking = attacking or any(c is not None and c.relation == "attacks" for c in noun_cues)
            if not attacking and clause.lemma_.lower() not in USING:
                continue
            found: list[_Found] = []
            if clause_cue is not None and clause_cue.relation == "attacks":
                found += [f for o in _roles(clause)[1] for f in sent.actors(o, locative=True)]
            for node in (clause, *deeds):
                # (not arms or forces as the target: "interceptors to use against Iranian drones" defend)
                found += [
                    f
                    for prep, arg in _pp_args(node)
                    if prep in AGAINST and not _weapon(arg)
                    for f in sent.actors(arg, locative=True)
                ]
            if found:
                handled.update(t.i for t in clause.subtree)
                targets += found
        if not targets:
            return
        agents, factor = _clause_subjects(verb, sent)
        cue = replace(base, lemma=verb.lemma_.lower(), cameo=code)
        for a in _prefer_persons(agents):
            for t in targets:
                yield _Raw(a, t, cue, verb, 0.75 * factor)

    def _must(self, verb: Token, cues: dict[tuple[str, str], Cue], sent: _Sentence) -> Iterator[_Raw]:
        """ "X said (that) Y must ...": X demands of Y."""
        demand = cues.get(("demand", "VERB")) or cues.get(("eisen", "VERB"))
        if demand is None:
            return
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") or _fronted_quote(c, verb)]
        if verb.dep_ == "parataxis" and _fronted_quote(verb.head, verb):
            clauses.append(verb.head)  # "'Y moet ...', zei X" with the speech verb hung on the quote
        for clause in clauses:
            if not any(c.lemma_.lower() in MUST and c.dep_ in ("aux", "aux:pass") for c in clause.children):
                continue
            speakers, f = _clause_subjects(verb, sent)
            if not speakers and _fronted_quote(clause, verb):
                # "'Y moet ...', zei de minister/obj": after a quotation the speaker follows the verb
                speakers = [s for o in verb.children if o.dep_ in OBJ and o.i > verb.i for s in sent.actors(o)]
                f = 0.9
            # (the subject the parser hung on "moet": "Servië/nsubj>moet moet/aux>openen")
            targets = [t for c in _roles(clause)[0] for t in sent.actors(c)]
            for a in speakers:
                for t in targets:
                    yield _Raw(a, t, demand, verb, 0.75 * f)

    def _must_according(self, verb: Token, cues: dict[tuple[str, str], Cue], sent: _Sentence) -> Iterator[_Raw]:
        """ "Iran moet volgens het IAEA ... toegang geven", "Volgens Washington moet China ... beëindigen": the
        one the "volgens" phrase names demands it of the subject (X says Y must ...). Not a passive or a
        receiving verb: "Oekraïne moet volgens X meer steun krijgen" asks nothing of Ukraine."""
        demand = cues.get(("eisen", "VERB")) or cues.get(("demand", "VERB"))
        children = _clause_children(verb)
        if demand is None or verb.lemma_.lower() in RECEIVE:
            return
        # ("moet" as the main verb: "De regering/nsubj moet/ROOT volgens X meer doen/xcomp")
        inner = [c for c in verb.children if c.dep_ == "xcomp"] if verb.lemma_.lower() == "moeten" else []
        if not inner and not any(c.dep_ == "aux" and c.lower_ in MUST for c in children):
            return
        if any(c.dep_ == "aux:pass" or (c.dep_ == "aux" and c.lemma_.lower() == "worden") for c in children):
            return
        if any(c.lemma_.lower() in RECEIVE for c in inner):
            return
        speakers = [
            f
            for node in (verb, *inner)
            for prep, arg in _pp_args(node)
            if prep in ACCORDING["nl"]
            for f in sent.actors(arg)
        ]
        # (the parser may call the subject a passive one: "moet China/nsubj:pass zijn steun beëindigen")
        subjects = [c for c in children if c.dep_ in SUBJ | PASS_SUBJ]
        targets = [t for c in subjects for t in (sent.actors(c) or sent.antecedent(c))]
        for a in speakers:
            for t in targets:
                yield _Raw(a, t, demand, verb, 0.75)

    def _naming(self, verb: Token, cues: dict[tuple[str, str], Cue], sent: _Sentence, lang: str) -> Iterator[_Raw]:
        """ "noemde de Amerikaanse heffingen 'chantage'", "bestempelde het bezoek van X als een provocatie":
        calling what another did by a word of blame criticises its author (CAMEO 111)."""
        blame = cues.get(("bekritiseren", "VERB")) or cues.get(("criticize", "VERB"))
        if blame is None:
            return
        objects = _roles(verb)[1]
        # the name given: a second object or complement, or an "als" phrase
        named = [
            o
            for o in _clause_children(verb)
            if o.dep_ in ("xcomp", "obj", "dobj", "oprd", "obl", "advmod") and o not in objects[:1] and not _case(o)
        ]
        likened = ("met",) if _full_lemma(verb) in COMPARING else ()
        named += [arg for prep, arg in _pp_args(verb) if prep in ("als", "as", *likened)]
        if not objects or not any(_blaming_word(n, lang) for n in named if n.i > objects[0].i):
            return
        thing = objects[0]
        targets = sent.actors(thing) or [_Found(f.mention, f.factor * 0.9) for f in sent.np_agents(thing, blame)]
        agents, factor = _clause_subjects(verb, sent)
        for a in agents:
            for t in targets:
                yield _Raw(a, t, replace(blame, cameo="111"), verb, 0.8 * factor)

    def _message(self, noun: Token, cues: dict[tuple[str, str], Cue], sent: _Sentence) -> Iterator[_Raw]:
        """ "X issued a reminder to Y that it must ...", "stuurde Y een waarschuwing dat het moet ...":
        X demands of Y (the clause's named subject, else the one the message goes to)."""
        demand = cues.get(("demand", "VERB")) or cues.get(("eisen", "VERB"))
        clauses = [
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp", "acl:relcl") and any(a.lemma_.lower() in MUST for a in c.children)
        ]
        verb = noun.head
        if noun.dep_ not in ("obj", "dobj") or verb.pos_ not in ("VERB", "AUX"):
            return
        # the content clause may hang on the verb ("issued a reminder to Iraq that it must ...")
        clauses += [
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "advcl")
            and any(m.lower_ in ("that", "dat") and m.dep_ == "mark" for m in c.children)
            and any(a.lemma_.lower() in MUST for a in c.children)
        ]
        if demand is None or not clauses:
            return
        targets = [t for c in clauses for s in c.children if s.dep_ in SUBJ for t in sent.actors(s)]
        if not targets:
            to = [arg for node in (noun, verb) for prep, arg in _pp_args(node) if prep in ("to", "aan")]
            to += [o for o in _roles(verb)[1] if o.i != noun.i]  # "stuurde Irak een waarschuwing"
            targets = [t for arg in to for t in sent.actors(arg)]
        speakers, f = _clause_subjects(verb, sent)
        for a in speakers:
            for t in targets:
                yield _Raw(a, t, demand, noun, 0.75 * f)

    def _flow_ban(self, noun: Token, cues: dict[tuple[str, str], Cue], sent: _Sentence) -> Iterator[_Raw]:
        """ "een verbod op de export van benzine naar Kazachstan", "a ban on exports to Iran": a ban on a
        flow of goods or people sanctions where it goes or comes from (an embargo, CAMEO 163)."""
        sanction = cues.get(("sanctie", "NOUN")) or cues.get(("sanction", "NOUN"))
        flows = [arg for prep, arg in _pp_args(noun) if prep in ("op", "on")]
        if noun.dep_ in OBJ and noun.head.pos_ in ("VERB", "AUX"):
            # "kondigde een verbod af op/obl>kondigde de export ...": the flow hung on the verb
            flows += [arg for prep, arg in _pp_args(noun.head) if prep in ("op", "on") and arg.i > noun.i]
        if sanction is None:
            return
        lang = "nl" if noun.doc.lang_ == "nl" else "en"
        lifted = _cue_for(noun.head, cues, lang) if noun.head.pos_ in ("VERB", "AUX") else None
        if lifted is not None and lifted.relation == "yields_to":
            return  # "hief het verbod op de export naar X op": the lifting is the event
        targets: list[_Found] = []
        for flow in flows:
            lemma = flow.lemma_.lower()
            ends: tuple[str, ...]
            if lemma.endswith(("export", "uitvoer")) or lemma in ("sale", "verkoop", "levering", "delivery"):
                ends = ("naar", "aan", "to")
            elif lemma.endswith(("import", "invoer")):
                ends = ("uit", "from")
            elif lemma in FLOWS:
                ends = ("naar", "uit", "met", "to", "from", "with")
            else:
                continue
            # the destination on the flow or on the goods it moves ("export van benzine/nmod naar Kazachstan")
            holders = [flow, *(arg for prep, arg in _pp_args(flow) if prep in ("van", "of"))]
            targets += [f for h in holders for prep, arg in _pp_args(h) if prep in ends for f in sent.actors(arg)]
        if not targets:
            return
        agents = sent.np_agents(noun, sanction)
        factor = 0.9
        if not agents and noun.dep_ in OBJ and noun.head.pos_ in ("VERB", "AUX"):
            agents, factor = _clause_subjects(noun.head, sent)
        for a in agents:
            for t in targets:
                yield _Raw(a, t, replace(sanction, cameo="163"), noun, 0.8 * factor)

    def _protest_note(self, verb: Token, cues: dict[tuple[str, str], Cue], sent: _Sentence) -> Iterator[_Raw]:
        """ "kreeg een protestnota van X", "overhandigde de Y-ambassadeur een protestnota", "received a note
        of protest from X": a diplomatic protest criticises its receiver (CAMEO 111)."""
        blame = cues.get(("bekritiseren", "VERB")) or cues.get(("criticize", "VERB"))
        notes = [o for o in verb.children if o.dep_ in OBJ | SUBJ | {"obl"} and _protest_note(o)]
        if blame is None or not notes:
            return
        subjects, factor = _clause_subjects(verb, sent)
        if verb.lemma_.lower() in RECEIVING:
            givers = [
                f for n in notes for prep, arg in _pp_args(n) if prep in ("van", "from") for f in sent.actors(arg)
            ]
            givers += [f for prep, arg in _pp_args(verb) if prep in ("van", "from") for f in sent.actors(arg)]
            pairs = [(g, r) for g in givers for r in subjects]
        else:
            # the receiver: the indirect object, an "aan"/"to"/"bij" phrase, or a second nominal after the
            # verb that a small parser reads as a subject ("overhandigde de ambassadeur/nsubj een nota")
            subject_ids = {f.mention for f in subjects}
            receivers = [
                f
                for o in verb.children
                if o.i > verb.i and o.dep_ in OBJ | SUBJ and o not in notes
                for f in sent.actors(o)
                if f.mention not in subject_ids
            ]
            receivers += [f for prep, arg in _pp_args(verb) if prep in ("aan", "to", "bij") for f in sent.actors(arg)]
            pairs = [(g, r) for g in subjects for r in receivers]
        for giver, receiver in pairs:
            yield _Raw(giver, receiver, replace(blame, cameo="111"), notes[0], 0.8 * factor)

    def _receive(self, verb: Token, cues: dict[tuple[str, str], Cue], sent: _Sentence) -> Iterator[_Raw]:
        """ "Oekraïne ontvangt wapens van de VS", "Ukraine received aid from Japan": the giver supports
        the receiver (CAMEO 070)."""
        give = cues.get(("supply", "VERB")) or cues.get(("leveren", "VERB"))
        things = [o for o in _roles(verb)[1] if o.lemma_.lower().startswith(GIFTS) or o.lemma_.lower().endswith(GIFTS)]
        if give is None or not things:
            return
        givers = [
            f
            for node in (verb, *things)
            for prep, arg in _pp_args(node)
            if prep in ("from", "van")
            for f in sent.actors(arg)
        ]
        receivers, factor = _clause_subjects(verb, sent)
        for g in givers:
            for r in receivers:
                yield _Raw(g, r, give, verb, 0.8 * factor)

    def _show_of_force(self, verb: Token, cues: dict[tuple[str, str], Cue], sent: _Sentence) -> Iterator[_Raw]:
        """Forces sent to or massed at "the border with Y", or around or near Y: a show of force against
        Y (CAMEO 152), not aid to Y ("stuurt troepen naar de grens met China", "sent warships around
        Taiwan")."""
        mobilize = cues.get(("mobilize", "VERB")) or cues.get(("mobiliseren", "VERB"))
        moved = [c for o in _roles(verb)[1] for c in _conjuncts(o) if _military(c)]
        if mobilize is None or not moved:
            return
        targets: list[_Found] = []
        for prep, arg in [pp for node in (verb, *moved) for pp in _pp_args(node)]:
            if arg.lemma_.lower() in BORDER and prep in TOWARDS_BORDER:
                targets += [t for inner, sub in _pp_args(arg) if inner in ("met", "with") for t in sent.actors(sub)]
            elif arg.lemma_.lower() in COAST and prep in TOWARDS_BORDER | {"voor", "off"}:
                # "naar de kust van Venezuela", "off the coast of Libya": the state whose coast it is
                targets += [t for inner, sub in _pp_args(arg) if inner in ("van", "of") for t in sent.actors(sub)]
            elif prep in AROUND:
                targets += [t for t in sent.actors(arg) if t.mention.kind != "provisional"]
        # into another's airspace or waters: "stuurde gevechtsvliegtuigen de Taiwanese luchtverdedigingszone in",
        # "naar de Japanse territoriale wateren" (the zone as object with a postposition, or after a preposition)
        zones = [o for o in _roles(verb)[1] if o not in moved] + [a for _, a in _pp_args(verb)]
        zones += [a for node in moved for _, a in _pp_args(node)]
        for zone in zones:
            if zone.lemma_.lower().endswith(ZONES) or zone.lower_.endswith(ZONES):
                targets += [t for t in sent.actors(zone) if t.mention.kind != "provisional"]
        if not targets:
            return
        agents, factor = _clause_subjects(verb, sent)
        cue = replace(mobilize, lemma=verb.lemma_.lower(), cameo="152")
        for a in _prefer_persons(agents):
            for t in targets:
                yield _Raw(a, t, cue, verb, 0.8 * factor)

    def _on_request(self, verb: Token, cues: dict[tuple[str, str], Cue], sent: _Sentence) -> Iterator[_Raw]:
        """ "Y trok zijn troepen terug op verzoek van X", "Y sent troops at the request of X": X asked Y
        (CAMEO 02). The request is the appeal cue's noun (verzoek, request) under "op"/"at"/"on"; its
        maker the "van"/"of" phrase or a possessive ("at Kyiv's request")."""
        for prep, noun in _pp_args(verb):
            cue = cues.get((noun.lemma_.lower(), "NOUN"))
            if prep not in REQUEST_PREPS or cue is None or cue.relation != "appeals_to" or sent.own(noun):
                continue
            askers = sent.np_agents(noun, cue)
            if not askers:
                # "op verzoek van de regering in N'Djamena": a government named by its seat
                askers = [
                    _Found(f.mention, f.factor * 0.9)
                    for p, body in _pp_args(noun)
                    if p in ("van", "of") and body.lemma_.lower() in GOVERNMENTS
                    for p2, seat in _pp_args(body)
                    if p2 == "in"
                    for f in sent.actors(seat)
                ]
            subjects, factor = _clause_subjects(verb, sent)
            for a in askers:
                for s in subjects:
                    yield _Raw(a, s, cue, noun, 0.8 * factor)

    def _want(self, verb: Token, cues: dict[tuple[str, str], Cue], sent: _Sentence) -> Iterator[_Raw]:
        """ "X wil dat Y ...", "X wants Y to ...": X demands of Y (CAMEO 10)."""
        demand = cues.get(("demand", "VERB")) or cues.get(("eisen", "VERB"))
        if demand is None:
            return
        # "Turkije wil niet dat Iran ..." is still a demand on Iran: that it not do it.
        targets: list[_Found] = []
        for clause in verb.children:
            marked = any(m.lower_ in ("dat", "that", "for") and m.dep_ == "mark" for m in clause.children)
            to_inf = any(m.lower_ == "to" and m.dep_ == "aux" for m in clause.children)  # "wants Iran to stop"
            # (a "dat" clause under "wil" is a ccomp, though small parsers label it otherwise)
            if clause.pos_ in ("VERB", "AUX") and clause.dep_ != "xcomp" and (marked or to_inf):
                targets += [t for c in clause.children if c.dep_ in SUBJ for t in sent.actors(c)]
        if verb.lemma_.lower() != "willen" and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            # ("wants Iran to stop"; Dutch "wil Turkije helpen" is no object control: Turkije is helped)
            targets += [t for c in verb.children if c.dep_ in ("obj", "dobj") for t in sent.actors(c)]
        if not targets:
            return
        speakers, f = _clause_subjects(verb, sent)
        for a in speakers:
            for t in targets:
                # "wil niet dat Iran ..." still demands (that it not); "did not push for" demands nothing
                yield _Raw(a, t, demand, verb, 0.7 * f, negatable=verb.lemma_.lower() not in ("want", "willen"))

    def _verbal(self, verb: Token, cue: Cue, sent: _Sentence, lang: str) -> Iterator[_Raw]:
        # ("zijn het/nsubj:pass eens geworden": the "het" of a fixed phrase makes no passive)
        passive = _is_passive(verb) and cue.lemma not in ACTIVE_PHRASES
        if passive and _stative(verb, cue):
            # "Israel is opposed to French mediation", "is allied with": a state, not a deed done to
            # the subject; the subject holds it towards the prepositional object.
            passive = False
            subjects = [c for c in _clause_children(verb) if c.dep_ in PASS_SUBJ]
            agents = [_Found(f.mention, f.factor * 0.9) for c in subjects for f in sent.actors(c)]
            factor = 1.0
        elif passive:
            agents = []
            for prep, arg in _pp_args(verb):
                if prep in ("door", "by"):
                    agents.extend(sent.actors(arg))
            factor = 1.0
            if not agents and lang == "en":
                # "was given three helicopters by the United States": the agent hung on the retained object
                for obj in _clause_children(verb):
                    if obj.dep_ in OBJ:
                        by_obj = [a for p, a in _pp_args(obj) if p == "by"]
                        agents.extend(_Found(f.mention, f.factor * 0.9) for a in by_obj for f in sent.actors(a))
            adopter = _adopter(verb) if not agents else None
            if adopter is not None:
                # "gaf een verklaring uit waarin de aanvallen worden veroordeeld": the text's author condemns
                agents, factor = _clause_subjects(adopter, sent)
                factor *= 0.85
        else:
            agents, factor = _clause_subjects(verb, sent)
        if cue.cameo == "1712" and lang == "en":
            # fire set by troops or drones is an armed attack, not vandalism: "set ablaze by Russian drones"
            doers = (
                [a for p, a in _pp_args(verb) if p == "by"]
                if passive
                else [c for c in _clause_children(verb) if c.dep_ in SUBJ]
            )
            if any(_weapon(d) for d in doers):
                cue = replace(cue, relation="attacks", cameo="190")
        arrivals = {t.lemma_.lower() for c in _clause_children(verb) if c.dep_ in SUBJ | PASS_SUBJ for t in c.subtree}
        if cue.lemma in ARRIVAL and arrivals & NOT_VISITORS:
            if not arrivals & PEACEKEEPING or not agents:
                return  # "troops arrived in Bosnia": a deployment, not a visit
            # "NATO peacekeeping troops arrived in Bosnia": peacekeeping is aid (CAMEO 074)
            cue = replace(cue, relation="supports", cameo="074")
            agents = [_Found(a.mention, a.factor * 0.9) for a in agents]
        if verb.lemma_.lower() in SPEECH.get(lang, ()) and any(_content_clause(c) for c in verb.children):
            return  # "X waarschuwt dat ...": the verb reports; the content carries the claim
        targets: list[_Found] = []
        objects = _roles(verb)[1]
        # "dreigde met tegenmaatregelen als Finland Amerikaanse kernwapens/obj toelaat": what follows a
        # conditional mark belongs to the condition, whatever the parser hung it on
        objects = [
            o
            for o in objects
            if not any(t.dep_ == "mark" and t.lower_ in CONDITIONS for t in verb.doc[verb.i + 1 : o.left_edge.i])
        ]
        # "denounced as a crime Serbia's suppression of ...": the object parsed as apposition to "as"
        displaced = [c for prep, arg in _pp_args(verb) if prep == "as" for c in arg.children if c.dep_ == "appos"]
        if not objects and displaced:
            objects = displaced
        children = _clause_children(verb)
        children += [o for o in [*displaced, *objects] if o not in children]
        for child in children if not cue.prep_only else ():
            # (a relative pronoun is labelled plain subject in a passive: "die door Italië wordt getraind")
            patient = child.dep_ in PASS_SUBJ or (child.dep_ in SUBJ and _relative_pronoun(child))
            if passive and child.dep_ in OBJ and any(c.dep_ in PASS_SUBJ for c in children):
                continue  # "was given three Black Hawk helicopters": the retained object is the thing given
            if child in objects and _in_exchange(child):
                continue  # "vrijgelaten in ruil voor Palestijnse gevangenen": what is given back, not the patient
            if child in objects or (passive and patient):
                event = _event_object_targets(verb, child, cue, sent, passive)
                if event is not None:  # "investigating war crimes by X", "demanded the resignation of X"
                    targets.extend(event)
                    continue
                # a place in a country stands for it when attacked, seized or given up
                placed = cue.relation in ("attacks", "coerces", "yields_to") and cue.cameo not in NOT_ON_PLACES
                topic = _full_lemma(verb) in TOPICAL  # "discussed Iran with reporters": Iran is the topic
                direct = [] if topic else sent.actors(child, locative=placed)
                if (
                    cue.lemma in ("receive", "ontvangen")
                    and sent.own(child) is None
                    and child.lemma_.lower() not in VISITORS
                ):
                    # one receives a visitor, not a thing its maker gave: "received the party's nomination"
                    direct = []
                if cue.lemma in ("visit", "bezoeken"):
                    # one visits a state, its leader or its capital, not the soldiers or victims a place is
                    # "of": "visit a cemetery of U.S. soldiers"
                    direct = [f for f in direct if f.mention.start <= child.i or f.mention.kind != "agent"]
                if direct:
                    targets.extend(direct)
                    continue
                # The object is an event: condemning "de Iraanse aanval" is criticising Iran;
                # supplying "steun aan Oekraïne" is supporting Ukraine.
                hit_in = ("in",) if cue.relation in ("attacks", "coerces") and _forceful(cue) else ()
                for prep, arg in _pp_args(child):
                    # "targets in Lebanon", "doelen in Libanon": what is struck lies in the state
                    if prep in cue.preps or (not topic and (prep in ("aan", "to", "voor", "for") or prep in hit_in)):
                        # under "in" a place: only a known state, not an unknown name ("Rode Zee")
                        targets.extend(_Found(f.mention, f.factor * 0.85) for f in _places(sent, arg, prep, False))
                targets.extend(_nested_receivers(child, cue, sent))
                if cue.relation == "rejects":
                    targets.extend(_rejected_event_targets(verb, child, sent, lang))
                # (one receives a visitor, not the maker of a thing: "received the party's nomination"; one
                # visits a state, not the dead of a cemetery: "visit a cemetery of U.S. soldiers")
                placeholder = cue.lemma in ("receive", "ontvangen", "visit", "bezoeken")
                if cue.relation not in ("supports", "attacks") and not topic and not placeholder:
                    targets.extend(_Found(f.mention, f.factor * 0.75) for f in sent.np_agents(child, cue))
                    if child.lemma_.lower() in PROPOSALS:
                        # "rejected a fresh offer from Afghanistan": who made the proposal
                        for prep, arg in _pp_args(child):
                            if prep in ("from", "van"):
                                targets.extend(_Found(f.mention, f.factor * 0.75) for f in sent.actors(arg))
        if passive and cue.prep_only and lang == "en" and any(c.dep_ in OBJ for c in children):
            # "Moldova was offered gas by Romania": with the thing given kept as object, the passive subject
            # is the one it goes to
            targets.extend(f for c in children if c.dep_ in PASS_SUBJ for f in sent.actors(c))
        for prep, arg in _pp_args(verb):
            if prep in cue.preps:
                found = sent.target_actors(arg, cue, locative=True) or _stray_agents(verb, arg, sent, cue)
                targets.extend(_Found(f.mention, f.factor * 0.95) for f in found)
        if not targets and cue.prep_only:
            # "heeft zijn ambassadeur uit Parijs/nmod teruggeroepen": the phrase hung on the object
            for child in children:
                if child.dep_ in OBJ:
                    for prep, arg in _pp_args(child):
                        if prep in cue.preps:
                            found = sent.target_actors(arg, cue, locative=True)
                            targets.extend(_Found(f.mention, f.factor * 0.85) for f in found)
        if not targets and not cue.prep_only:
            targets.extend(_Found(f.mention, f.factor * 0.9) for f in _inverted_subject_targets(verb, cue, sent))
        targets.extend(_stance_targets(verb, cue, sent))
        targets.extend(_despite_targets(verb, cue, sent))
        if not targets and cue.relation == "threatens":
            # "dreigden met verdere maatregelen tegen Rusland", "threatened with action against Y": the
            # threatened deed names the target
            for prep, arg in _pp_args(verb):
                if prep in ("met", "with"):
                    for inner, sub in _pp_args(arg):
                        if inner in ("tegen", "against", "op", "on", "aan"):
                            targets.extend(_Found(f.mention, f.factor * 0.85) for f in sent.actors(sub))
        if not targets and cue.relation == "protests":
            # "blocked roads to show their disapproval of US policies": the purpose names the target
            targets = _purpose_targets(verb, sent, cue)
        if not targets and cue.relation == "protests" and cue.cameo in ("141", "145"):
            # "rioted at a jail in northern Israel", "demonstrated in Serbia": a street protest with no
            # named target is against the state where it happens (a known state, not an unknown name)
            for prep, arg in _pp_args(verb):
                if prep in ("in", "at", "outside", "near"):
                    found = [f for f in sent.actors(arg, locative=True) if f.mention.kind != "provisional"]
                    targets.extend(_Found(f.mention, f.factor * 0.6) for f in found)
        if not targets and cue.relation == "attacks" and cue.pos == "VERB":
            # "Israël heeft in Libanon gebombardeerd", "struck in Ukraine": where the strikes fell (a known state)
            for prep, arg in [pp for node in _scene(verb) for pp in _pp_args(node)]:
                if prep == "in":
                    # (a place within a known state: "in a market in Israel")
                    targets.extend(_Found(f.mention, f.factor * 0.75) for f in _places(sent, arg, prep, True))
        if not targets and cue.relation in ("demands", "appeals_to"):
            # "demanded that North Korea abandon ...": the one asked is the clause's subject (a clause after
            # the verb: "X spent 1.15%; guidelines call for 2%" asks nothing of X)
            for clause in verb.children:
                if clause.dep_ in ("ccomp", "xcomp") and clause.i > verb.i and not _question(clause):
                    for c in clause.children:
                        if c.dep_ in SUBJ:
                            targets.extend(_Found(f.mention, f.factor * 0.85) for f in sent.actors(c))
        if not targets and not cue.prep_only and cue.relation == "supports":
            targets = _beneficiaries(verb, sent)  # "weigert Oekraïne wapens te leveren"
        if not targets and _controlled(verb) and not cue.prep_only:
            # "weigert te onderhandelen met de VS" with "met de VS" hung on "weigert": the governing
            # verb's prepositional object, if the deed's cue takes that preposition.
            for prep, arg in _pp_args(verb.head):
                if prep in cue.preps and arg.dep_ in ("obl:arg", "obl", "prep", "pobj"):
                    targets.extend(_Found(f.mention, f.factor * 0.85) for f in sent.actors(arg))
        if not targets and cue.lemma in PERMIT:
            targets = _permitted(verb, sent)
        if not targets and cue.relation in STANCE_RELATIONS:
            # "threatened to cut off gas to Turkey", "agreed to lift sanctions on Cuba", "weigert
            # troepen naar Jemen te sturen": the embedded deed names the other side.
            targets = _embedded_targets(verb, cue, sent, agents)
        if agents and not targets and cue.relation in ("appeals_to", "demands"):
            # "heeft in een telefoongesprek met Poetin aangedrongen op ...", "heeft Wang Yi ontmoet en
            # aangedrongen op ...": an appeal with no one named is made to the one talked with
            targets = _interlocutors(verb, sent, lang)
        if agents and not targets and lang == "nl" and not cue.prep_only:
            targets = _middle_field_objects(verb, sent, agents)
        # "joined France in condemning ...": a shared deed; without one, see below
        joined_in = any(c.dep_ == "prep" and c.lower_ == "in" for c in verb.children)
        if cue.lemma == "join" and verb.dep_ == "advcl" and verb.tag_ == "VBG" and not joined_in:
            return  # "returned to normal operation, joining hospitals X and Y": doing as they did, not with them
        if cue.lemma == "join" and not joined_in:
            # one joins an alliance or a body; "emerged as a contender, joining Senators X and Y" joins no
            # one's side ("joined France in condemning ..." does)
            kept = [t for t in targets if not _person_mention(t.mention, verb.doc)]
            if targets and not kept:
                return
            targets = kept
        if cue.lemma in ARRIVAL:  # one visits a state or its capital, not an unknown place ("Walt Disney World")
            targets = [t for t in targets if t.mention.kind != "provisional"]
        comma = _reporting_comma(verb, sent, lang)
        if comma is not None:  # the speaker of "..., heeft minister X gezegd" is not the deed's object
            targets = [t for t in targets if t.mention.start < comma]
        sides = []
        if cue.relation == "attacks" and _full_lemma(verb) in FIGHTING:
            # "vechten aan Russische zijde tegen Oekraïne", "aan de zijde van het leger": the fighters help the
            # side's owner (military cooperation, CAMEO 062) and fight whom the side phrase names
            sides = [arg for prep, arg in _pp_args(verb) if prep in ("aan", "on") and arg.lemma_.lower() in SIDES]
            # (English "alongside X": X's side; whom they fight is then only who is named "against", not the
            # place where X fights: "fought alongside Syrian forces in Aleppo")
            alongside = [arg for prep, arg in _pp_args(verb) if prep in ALONGSIDE]
            if alongside:
                sides += alongside
                targets = [f for prep, arg in _pp_args(verb) if prep == "against" for f in sent.actors(arg)]
            for side in sides:
                # (on the side noun or on its owner: "aan de zijde van het leger/nmod tegen IS/nmod")
                targets.extend(
                    _Found(f.mention, f.factor * 0.9)
                    for node in side.subtree
                    if node.i != side.i and _case(node) in ("tegen", "against")
                    for f in sent.actors(node)
                )
        agents, targets = _prefer_persons(agents), _prefer_persons(targets)
        for side in sides:
            helping = replace(cue, relation="supports", cameo="062")
            for owner in sent.actors(side):
                for a in agents:
                    yield _Raw(a, owner, helping, verb, 0.8 * factor)
        if not agents or not targets:
            # "exchanged fire"; "Israël en Iran bestookten elkaar", "accused each other"
            # (praising, endorsing, defending, recognising are done to someone: "neither the EU nor the US would
            # endorse the result" has them endorse nothing of each other)
            directed = cue.cameo in DIRECTED_COOPERATION
            mutual = (
                (cue.relation in SYMMETRIC and not directed) or _full_lemma(verb) in EXCHANGE or _reciprocal(verb, cue)
            )
            mutual = mutual or cue.lemma in MUTUAL_DEEDS
            # ("X and Y agreed that vaccines have done more good than harm": a shared opinion, not an
            # agreement between them; "agreed that the truce would start on Sunday" is an arrangement)
            opinion = cue.relation == "cooperates_with" and any(
                _content_clause(c)
                and not any(a.dep_ == "aux" and a.lower_ in FUTURE | MUST | ARRANGED for a in c.children)
                for c in verb.children
            )
            if agents and not targets and mutual and len(agents) > 1 and not passive and not opinion:
                # "Israel and Lebanon met": coordinated subjects meet each other; "supported by X and Y" not.
                for a in agents:
                    for b in agents:
                        if a.mention.actor_id != b.mention.actor_id:
                            yield _Raw(a, b, cue, verb, 0.8 * factor)
            return
        for a in agents:
            for t in targets:
                yield _Raw(a, t, cue, verb, 0.9 * factor)
                if cue.lemma in MUTUAL_DEEDS:
                    yield _Raw(t, a, cue, verb, 0.9 * factor)  # "raakten slaags met X": X fought them too

    def _nominal(
        self, noun: Token, cue: Cue, sent: _Sentence, cues: dict[tuple[str, str], Cue], lang: str
    ) -> Iterator[_Raw]:
        # a second "subject" after the verb that _roles reads as the object ("keuren een wapenverkoop ... goed")
        as_obj = noun.dep_ in ("obj", "dobj") or (
            noun.dep_ in SUBJ and noun.head.pos_ in ("VERB", "AUX") and noun in _roles(noun.head)[1]
        )
        if as_obj:
            head_cue = _cue_for(noun.head, cues, lang)
            if head_cue is not None and head_cue.relation in NONFACTIVE and head_cue.relation != cue.relation:
                return  # "demanded the withdrawal of Serbian forces": no withdrawal is claimed
            if head_cue is not None and head_cue.relation == "yields_to" and cue.relation in ("sanctions", "coerces"):
                return  # "eased restrictions on X", "lifted sanctions on X": the verb's yielding is the event
        if _yielded_proposal(noun, cues, lang):
            return  # "aanvaardde de eisen van X", "conceded to demands from X": the yielding is the event
        asker = noun.head
        if noun.dep_ in ("obl", "nmod") and _case_word(noun) == "om" and asker.pos_ in ("VERB", "AUX"):
            head_cue = _cue_for(asker, cues, lang)
            if head_cue is not None and head_cue.relation in NONFACTIVE and head_cue.relation != cue.relation:
                # "vraagt om de erkenning van zijn grenzen door Azerbeidzjan": nothing is recognised yet; the
                # one whose deed is asked for is the one asked
                askers, f = _clause_subjects(asker, sent)
                # (the "door" phrase on the noun, or hung on the verb after it)
                phrases = [*_pp_args(noun), *((p, arg) for p, arg in _pp_args(asker) if arg.i > noun.i)]
                asked = [x for prep, arg in phrases if prep == "door" for x in sent.actors(arg)]
                for a in askers:
                    for t in asked:
                        yield _Raw(a, t, head_cue, asker, 0.75 * f)
                return
        if noun.lemma_.lower() in ENVOYS and not _envoy_at_work(noun, cues, lang):
            return  # a title is no event: "the special envoy to Ukraine resigned" consults no one
        event = noun  # the cue word, for provenance
        if noun.dep_ == "compound" and noun.head.lemma_.lower() in EVENT_HEADS:
            # "a mediation effort between X and Y", "the aid package for Ukraine": the head noun
            # carries the event's arguments.
            noun = noun.head
            as_obj = noun.dep_ in ("obj", "dobj")
        if cue.relation == "protests" and noun.dep_ in ("pobj", "obl", "nmod") and _case_word(noun) in ("in", "uit"):
            # "in protest of the government's refusal", "in protest at ...", "uit protest tegen ..."
            cue = replace(cue, preps=cue.preps | {"of", "at", "over", "against", "tegen"})
        targets, mutual = sent.np_targets(noun, cue)
        by = noun.head
        if not targets and cue.relation == "attacks" and by.lower_ == "by" and by.dep_ in ("agent", "prep"):
            # "destroyed by Israeli shelling", "knocked out by Russian missile strikes": an attack named as the
            # passive's agent struck the passive subject (or the state a struck place lies in)
            done = by.head
            if done.pos_ == "VERB" and _is_passive(done) and by in _clause_children(done):
                targets = [
                    _Found(f.mention, f.factor * 0.85)
                    for c in _clause_children(done)
                    if c.dep_ in PASS_SUBJ
                    for f in sent.actors(c, locative=True)
                ]
        if not targets and noun.dep_ in OBJ | PASS_SUBJ and noun.head.pos_ in ("VERB", "AUX"):
            # "werden gesprekken gevoerd tussen Russische en Oekraïense onderhandelaars": the sides of a
            # mutual event hung on its light verb
            sides = [
                f
                for prep, arg in _pp_args(noun.head)
                if prep in cue.preps & {"tussen", "between"}
                for f in sent.target_actors(arg, cue)
            ]
            if len({f.mention.actor_id for f in sides}) > 1:
                targets, mutual = [_Found(f.mention, f.factor * 0.9) for f in sides], True
        if not targets and cue.relation == "protests" and noun.head.pos_ in ("VERB", "AUX"):
            # "went on hunger strike to demand that X resign": the purpose names the target
            targets = _purpose_targets(noun.head, sent, cue)
        if not targets and cue.relation == "demands":
            targets = _demanded_event_targets(noun, sent)  # "their demand for the resignation of X"
        if not targets and cue.relation in ("demands", "appeals_to"):
            # "its demand that Israel ease restrictions", "de eis dat Israël ...": the one asked is the
            # subject of the demand's content clause
            clauses = list(noun.children)
            if as_obj:  # "reiterated its demand today that Israel ...": the clause hung on the verb
                clauses += [c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i]
            for clause in clauses:
                if clause.dep_ in ("acl", "ccomp", "acl:relcl") and any(
                    m.lower_ in ("that", "dat") for m in clause.children
                ):
                    targets += [
                        _Found(f.mention, f.factor * 0.85)
                        for c in clause.children
                        if c.dep_ in SUBJ
                        for f in sent.actors(c)
                    ]
        for _ in range(2):
            # "part of a military aid programme for Bosnia", "a suspension of flights to Chad":
            # the noun that does something with the event carries its agent
            carrier = _of_head(noun)
            if carrier is None or carrier.lemma_.lower() not in PARTITIVE | CALLING_OFF:
                break
            noun = carrier
            as_obj = noun.dep_ in ("obj", "dobj")
        agents = sent.np_agents(noun, cue)
        factor = 0.85
        hosted = noun.dep_ in ("obj", "dobj") and _full_lemma(noun.head) in HOSTS
        if mutual and (cue.lemma in MEDIATION or hosted):
            # "mediation between Israel and Hamas": the mediator talks to each side (CAMEO 043/045),
            # the sides do not meet each other.
            mutual = False
        if not agents or not targets or (mutual and len({t.mention.actor_id for t in targets}) < 2):
            # The parse misplaced a modifier ("op een gasinstallatie" on the verb): read the noun
            # phrase's surface order instead, within its bounds.
            more_agents, more_targets, more_mutual = _linear_phrase(noun, cue, sent)
            if not agents:
                agents = [_Found(f.mention, f.factor * 0.9) for f in more_agents]
            if not targets or (mutual and len({t.mention.actor_id for t in targets}) < 2):
                targets, mutual = [_Found(f.mention, f.factor * 0.9) for f in more_targets], more_mutual
        if noun.lemma_.lower() in ENVOYS:
            # the state or body an envoy is sent to follows one preposition, not two ("envoy to the
            # intervention against ISIL")
            doc = noun.doc
            targets = [
                t
                for t in targets
                if t.mention.start < noun.i or sum(x.pos_ == "ADP" for x in doc[noun.i + 1 : t.mention.start]) <= 1
            ]
        if mutual:
            members = sorted(targets, key=lambda t: t.mention.start)
            first = _first_against_rest(members, noun.doc)
            for a in members:
                for b in members:
                    if a.mention.actor_id == b.mention.actor_id:
                        continue
                    if first is not None and first not in (a.mention.actor_id, b.mention.actor_id):
                        continue  # "between Israel and the UAE and Bahrain": Israel with each, not UAE-Bahrain
                    yield _Raw(a, b, cue, event, factor)
            return
        # "X renewed their ties", "Israel mounted its invasion of Lebanon": the possessive of an object
        # noun under a support verb (not itself a cue) or of a mutual noun is the subject.
        symmetric_obj = as_obj and (
            cue.relation in SYMMETRIC or cue.lemma in RELATIONAL or _cue_for(noun.head, cues, lang) is None
        )
        # ("Tijdens haar bezoek aan Kyiv zegde X ...": in a circumstance phrase the possessive is the clause's subject)
        circumstance = noun.dep_ in ("obl", "nmod") and _case_word(noun) in CIRCUMSTANCE and lang == "nl"
        if (
            not agents
            and not symmetric_obj
            and not circumstance
            and any(
                c.dep_ in NP_AGENT_DEPS and c.pos_ in ("PRON", "DET") and c.lower_ not in ("de", "het", "the")
                for c in noun.children
            )
        ):
            return  # "its invasion", "hun aanvallen": the agent is a pronoun kg does not resolve
        conjoined = _conjoined_object(noun)
        as_obj = as_obj or conjoined is not None
        if not agents:
            head = noun.head if conjoined is None else conjoined.head
            if as_obj and _receives(head):
                return
            head_cue = _cue_for(head, cues, lang) if as_obj else None
            if head_cue is not None and head_cue.relation in JUDGING and head_cue.relation != cue.relation:
                return  # "condemned the attacks on Palestinians": the one who condemns did not attack
            if as_obj and _reaction(head, cue, cues, lang):
                return  # "condemned the attack on Ukraine", "investigating the bombing of X": not who attacked
            if as_obj or noun.dep_ in ("nsubj:pass", "nsubjpass"):
                agents, f = _clause_subjects(head, sent)
                factor *= 0.85 * f
                if not targets:
                    # "legt Iran sancties op", "gave Ukraine support": the verb's other object.
                    for other in _roles(head)[1]:
                        # (an object _roles re-read from a second "subject" keeps its nsubj label)
                        objectish = other.dep_ in ("obj", "iobj", "dobj", "dative", "nsubj")
                        if other.i != noun.i and objectish and other.i < noun.i:
                            targets.extend(sent.actors(other))
                if not targets and cue.relation == "supports":
                    targets.extend(_beneficiaries(head, sent))  # "weigert Oekraïne hulp te geven"
                if not targets:
                    # "Israël voert bombardementen uit op het land": the target hangs off the verb.
                    for prep, arg in _pp_args(head):
                        if prep in cue.preps:
                            found = sent.target_actors(arg, cue, locative=_forceful(cue)) or _stray_agents(
                                head, arg, sent, cue
                            )
                            targets.extend(found)
                # (not for a cue that names its target only through a preposition: an "operatie" is an
                # attack only "tegen" someone, and a military operation in a place may be a state's own)
                forceful = cue.relation in ("attacks", "coerces") and not cue.prep_only
                if not targets and forceful and _cue_for(head, cues, lang) is None:
                    # "reimposed blockades in the West Bank", "carried out raids in Lebanon": with no
                    # target named, the state where force is used (a known state; its own is dropped later).
                    # Not under a verb that is an event itself ("condemned attacks in Syria").
                    for node in (noun, head):
                        for prep, arg in _pp_args(node):
                            if prep in ("in", "inside"):
                                targets.extend(
                                    _Found(f.mention, f.factor * 0.75) for f in _places(sent, arg, prep, False)
                                )
            elif noun.dep_ in ("obl", "obl:arg", "pobj", "nmod"):
                verb = noun.head if noun.dep_ != "pobj" else noun.head.head
                if noun.dep_ == "nmod" and verb.dep_ in SUBJ and _case_word(noun) in CIRCUMSTANCE:
                    # "heeft president Trump in een telefoongesprek/nmod>president met Poetin aangedrongen": a
                    # circumstance hung on the subject is the clause's (its event is the subject's)
                    verb = verb.head
                if cue.relation == "protests" and verb.pos_ == "NOUN" and verb.dep_ in ("obj", "dobj"):
                    verb = verb.head  # "kept up a fast in protest of ...": the strike's verb
                verb_cue = _cue_for(verb, cues, lang)
                helped = (
                    [c for c in verb.children if c.dep_ in OBJ]
                    if verb_cue and verb_cue.relation == "supports" and cue.relation == "attacks"
                    else []
                )
                supported = _supported_in(verb, cue, sent, cues, lang) if not helped else []
                if _case_word(noun) in PUNISHED_FOR and _punishes(verb, verb_cue, cues, lang):
                    # "legt Iran sancties op wegens de levering van raketten aan Rusland", "sanctioned Iran
                    # over the supply of drones to Russia": who is punished or blamed did the deed, not
                    # who punishes; with no one named, no one.
                    agents.extend(f for o in _roles(verb)[1] if o.i < noun.i for f in sent.actors(o))
                    if not agents:  # "imposed sanctions on North Korea over ...", "sancties tegen Venezuela"
                        nodes = [verb, *(o for o in verb.children if o.dep_ in OBJ)]
                        agents.extend(
                            f
                            for node in nodes
                            for prep, arg in _pp_args(node)
                            if prep in SANCTIONED and arg.i < noun.i
                            for f in sent.actors(arg)
                        )
                    factor *= 0.75
                elif helped:
                    # "Rusland versterken in de oorlog tegen Oekraïne", "help Kyiv in its fight against
                    # Russia": the war is the one who is helped.
                    for o in helped:
                        agents.extend(sent.actors(o))
                    factor *= 0.75
                elif supported:
                    # "renewed Danish support for Mali in the fight against jihadists", "bevestigde zijn steun aan
                    # Oekraïne in de oorlog tegen Rusland": the one supported fights, not the speaker.
                    agents.extend(supported)
                    factor *= 0.75
                elif _case_word(noun) in BEFORE_AFTER and cue.relation not in ("consults", "cooperates_with"):
                    pass  # "said before the call for Biden", "fled after the attack on X": not the subject's deed
                elif verb.pos_ in ("VERB", "AUX"):
                    agents, f = _clause_subjects(verb, sent)
                    factor *= 0.65 * f
        elif not targets and as_obj and _receives(noun.head):
            # "Oekraïne heeft het Europese steunpakket nodig": the receiver is the target.
            recv, f = _clause_subjects(noun.head, sent)
            targets = recv
            factor *= 0.8 * f
        # (ties cut by both sides are a mutual event too: "Marokko en Algerije verbraken de betrekkingen")
        mutual_noun = (cue.relation in SYMMETRIC or cue.lemma in RELATIONAL) and bool(cue.preps & {"between", "tussen"})
        # "De VS en China legden elkaar heffingen op", "imposed sanctions on each other"
        mutual_noun = mutual_noun or (as_obj and noun.head.pos_ in ("VERB", "AUX") and _reciprocal(noun.head, cue))
        mutual_noun = mutual_noun or any(_is_reciprocal(arg) for prep, arg in _pp_args(noun) if prep in cue.preps)
        # (not a phrase that names what the subjects relate to: "roepen X op in te stemmen met het akkoord")
        related = _case_word(noun) in ("met", "with", "over", "about", "tegen", "against")
        if not targets and mutual_noun and not related and len({a.mention.actor_id for a in agents}) > 1:
            # "Israel and Lebanon renewed negotiations", "Rusland en China sloten een akkoord":
            # coordinated subjects of a mutual event (a noun that takes "between") are partners.
            for a in agents:
                for b in agents:
                    if a.mention.actor_id != b.mention.actor_id:
                        yield _Raw(a, b, cue, event, factor * 0.95)
            return
        for a in agents:
            for t in targets:
                yield _Raw(a, t, cue, event, factor)

    def _emergency(
        self, sent: _Sentence, cues: dict[tuple[str, str], Cue], gazetteer: Gazetteer, article: Article, lang: str
    ) -> Iterator[_Raw]:
        """A curfew, martial law or a state of emergency imposed (CAMEO 1723/1724), lifted or eased
        (0813/0814), or threatened (1323/1324): the subject acts on the civilians of the state where the
        measure holds ("in Algiers", "in the mining town of Cerro Alto in southern Peru"), else of its own state."""
        from ..actors import TokenMention

        nouns = gazetteer.agents["nl" if lang == "nl" else "en"]["burger" if lang == "nl" else "civilian"]
        if not nouns:
            return
        for measure in sent.sent:
            if not _measure(measure):
                continue
            action = _measure_action(measure)
            kind = _measure_kind(action) if action is not None else ""
            if action is None or not kind or _demanded(action, cues, lang):
                continue
            if any(sent.actors(arg) for prep, arg in _pp_args(measure) if prep in ("on", "against", "op", "tegen")):
                continue  # "the curfew on Palestinians": the target is named, the verb's own pattern has it
            announced = _announced(action)
            if announced and kind == "ease":
                continue  # a promise to lift it: not a concession made
            verb = action
            for _ in range(3):  # "the lifting of the curfew", "dreigde met het uitroepen van ...": the clause verb
                if verb.pos_ in ("VERB", "AUX") and (
                    _roles(verb)[0] or verb.dep_ not in ("obl", "nmod", "obj", "dobj")
                ):
                    break
                if verb.head.i == verb.i:
                    break
                verb = verb.head
            if _is_passive(verb):
                agents = [f for prep, arg in _pp_args(verb) if prep in ("door", "by") for f in sent.actors(arg)]
                factor = 1.0
            else:
                agents, factor = _clause_subjects(verb, sent)
            if action.pos_ == "NOUN":
                agents = sent.actors(action) or agents  # "Egypt's imposition of ..."
            agents = [a for a in agents if a.mention.kind != "provisional" or a.mention.state]
            if not agents:
                continue
            holders = [measure, action, *(c for c in measure.children if c.dep_ in ("acl", "relcl", "acl:relcl"))]
            if verb is not action:
                holders.append(verb)
            places = [
                f
                for node in holders
                for prep, arg in _pp_args(node)
                if prep in PLACE_PREPS
                for f in sent.actors(arg, locative=True)
                if f.mention.kind in PLACE_KINDS
            ]
            relation = "threatens" if announced else "coerces" if kind == "impose" else "yields_to"
            martial = measure.lemma_.lower() not in ("curfew", "avondklok")
            cameo = {"threatens": "132", "coerces": "172", "yields_to": "081"}[relation] + ("4" if martial else "3")
            cue = Cue(measure.lemma_.lower(), "NOUN", relation, cameo, frozenset())
            for a in agents:
                subject = _resolve(a.mention, article, gazetteer)
                if gazetteer.side(subject.id) == "nonstate":
                    continue  # rebels' curfews: not a state's repression
                state, where = subject.state, a
                for p in places:
                    place_state = _resolve(p.mention, article, gazetteer).state
                    if place_state:
                        state, where = place_state, p
                        break
                entry = gazetteer.entries.get(state)
                if entry is None or entry.type != "Country":
                    continue
                civilians = gazetteer.add_state_agent(state, nouns[0])
                m = where.mention if where is not a else None
                mention = TokenMention(
                    start=m.start if m else measure.i,
                    end=m.end if m else measure.i + 1,
                    char_start=m.char_start if m else measure.idx,
                    char_end=m.char_end if m else measure.idx + len(measure.text),
                    actor_id=civilians,
                    kind="agent",
                )
                weight = 0.55 if announced else 0.7
                yield _Raw(a, _Found(mention, 0.95 if m else 0.9), cue, action, weight * factor)

    # -- claims --------------------------------------------------------------------------
    def _claim(self, raw: _Raw, sent: _Sentence, article: Article, gazetteer: Gazetteer, lang: str) -> Claim | None:
        s, o = raw.subject.mention, raw.object.mention
        if s.actor_id == o.actor_id:
            return None
        subject = _resolve(s, article, gazetteer)
        obj = _resolve(o, article, gazetteer)
        if not _distinct_sides(subject, obj, gazetteer):
            return None
        cue = raw.cue
        if (
            cue.relation == "attacks"
            and raw.cue_token.lemma_.lower() in VERBAL_ATTACK
            and ({subject.type, obj.type} <= POLITICAL or _gives_reason(raw.cue_token))
        ):
            # "Biden attacked Trump for the tweet": one politician attacking another in words, or an
            # attack "for"/"over" something, is criticism (CAMEO 111), not violence.
            cue = replace(cue, relation="criticizes", cameo="111")
        doc = sent.sent.doc
        speaker_m = _speaker(raw.cue_token, sent, lang)
        speaker = _resolve(speaker_m, article, gazetteer) if speaker_m is not None else None
        if (
            speaker is not None
            and speaker.id in (subject.id, obj.id)
            and speaker_m is not None
            and (speaker_m.start in (s.start, o.start))
        ):
            speaker = None
        negated = _negated(raw.cue_token) if raw.negatable else False
        hedged = _hedged(raw.cue_token)
        confidence = raw.factor * raw.subject.factor * raw.object.factor
        confidence *= 0.9 if "adj" in (s.kind, o.kind) else 1.0
        confidence *= 0.8 if hedged else 1.0
        confidence *= _PROVISIONAL_FACTOR if subject.provisional or obj.provisional else 1.0
        text = sent.sent.text.rstrip()
        start = sent.sent.start_char
        return Claim(
            subject=Mention(
                actor=subject, text=doc.text[s.char_start : s.char_end], start=s.char_start, end=s.char_end
            ),
            relation=cue.relation,
            object=Mention(actor=obj, text=doc.text[o.char_start : o.char_end], start=o.char_start, end=o.char_end),
            provenance=Provenance(
                article_id=article.id,
                sentence=text,
                char_start=start,
                char_end=start + len(text),
                extractor=self.name,
                extractor_version=self.version,
                cue=raw.cue_token.text,
            ),
            attributed_to=speaker,
            negated=negated,
            hedged=hedged,
            confidence=round(max(0.05, min(0.95, confidence)), 3),
        )


# Attack verbs that politicians use of each other's words; "for"/"over"/"as" gives the reason.
VERBAL_ATTACK = {"attack", "aanvallen"}
POLITICAL = {"Person", "PoliticalParty"}
REASONS = {"for", "over", "as", "om", "vanwege", "wegens", "als"}


def _gives_reason(verb: Token) -> bool:
    return any(prep in REASONS for prep, _ in _pp_args(verb)) or any(
        c.lower_ in ("for", "over", "as") and c.dep_ == "prep" for c in verb.children
    )


def _resolve(m: TokenMention, article: Article, gazetteer: Gazetteer) -> Actor:
    return gazetteer.resolve(m, on=article.date)


# A name kg's data lack may be misread (a place, a company); its claims count for less.
_PROVISIONAL_FACTOR = 0.8


def _distinct_sides(a: Actor, b: Actor, gazetteer: Gazetteer) -> bool:
    """Whether a claim between `a` and `b` can say something: not an actor with itself or its own state.

    An unknown person and another name the data lack say nothing geopolitical; nor does a person with
    the state they serve. Two actors of one state are kept when a person is involved ("Putin fired his minister") or
    when one side is the state's non-state agent (rebels, opposition, protesters) and the other
    its state side: PLOVER's and CAMEO's domestic events (SYR→SYR).
    """
    if a.id == b.id:
        return False
    if a.provisional and b.provisional and not a.state and not b.state and "Person" in (a.type, b.type):
        # Two names kg knows nothing about, one of them a private person ("Emily Spanton met officer
        # Antoine Quirin", a band's members): nothing ties the claim to a state or organisation.
        # Two unknown organisations (armed groups the data lack) are kept.
        return False
    for person, other in ((a, b), (b, a)):
        if person.type == "Person" and person.state == other.id and other.type != "Person":
            # "Trump withdrew the US from ...", "Rutte (NATO's secretary general) after talks with
            # NATO": a leader and the state or organisation he speaks for
            return False
    if a.rollup != b.rollup or a.type == "Person" or b.type == "Person":
        return True
    return (gazetteer.side(a.id) == "nonstate") != (gazetteer.side(b.id) == "nonstate")


@extractors.register("dependency.v1")
def make_dependency_v1() -> DependencyExtractor:
    return DependencyExtractor()
