"""The kg vocabulary as Python names, mirroring `ontology/kg.ttl` term for term.

`KG` fails on unknown terms (rdflib `DefinedNamespace` with `_fail = True`), so a typo is an
error at the line that makes it rather than a silently empty query. The namespaces below are
where kg mints IRIs for claims, articles, runs, annotations and graphs.

>>> KG.supports
rdflib.term.URIRef('https://kg.example.org/ns#supports')
>>> claim_iri("c-0123456789abcdef")
rdflib.term.URIRef('https://kg.example.org/claim/c-0123456789abcdef')
>>> actor_iri("Q159"), actor_id(actor_iri("kg:hamas"))
(rdflib.term.URIRef('http://www.wikidata.org/entity/Q159'), 'kg:hamas')
"""

from __future__ import annotations

import hashlib

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from kg.model import RELATIONS

__all__ = [
    "KG",
    "PLOVER",
    "OA",
    "BASE",
    "CLAIM",
    "ARTICLE",
    "ACTOR",
    "RUN",
    "ANNOTATION",
    "PAIR",
    "WD",
    "ARTICLE_GRAPH",
    "ACTORS_GRAPH",
    "ARTICLES_GRAPH",
    "ANNOTATIONS_GRAPH",
    "RELATION_IRIS",
    "QUAD_CLASS_IRIS",
    "ACTOR_TYPES",
    "claim_iri",
    "article_iri",
    "article_graph",
    "actor_iri",
    "pair_iri",
    "actor_id",
    "relation_name",
]


class KG(DefinedNamespace):
    """Terms of `https://kg.example.org/ns#` (ontology/kg.ttl)."""

    _NS = Namespace("https://kg.example.org/ns#")
    _fail = True

    # classes
    Claim: URIRef
    Article: URIRef
    ExtractionRun: URIRef
    Actor: URIRef
    Country: URIRef
    InternationalOrganization: URIRef
    NonGovernmentalOrganization: URIRef
    ArmedGroup: URIRef
    GovernmentBody: URIRef
    Person: URIRef
    PoliticalParty: URIRef
    Company: URIRef
    Group: URIRef
    Unknown: URIRef
    Relation: URIRef
    QuadClass: URIRef
    # concept schemes and quad classes
    RelationScheme: URIRef
    QuadClassScheme: URIRef
    verbal_cooperation: URIRef
    material_cooperation: URIRef
    verbal_conflict: URIRef
    material_conflict: URIRef
    # relations (object properties and SKOS concepts)
    appeals_to: URIRef
    consults: URIRef
    cooperates_with: URIRef
    supports: URIRef
    yields_to: URIRef
    investigates: URIRef
    demands: URIRef
    criticizes: URIRef
    rejects: URIRef
    threatens: URIRef
    protests: URIRef
    mobilizes_against: URIRef
    sanctions: URIRef
    coerces: URIRef
    attacks: URIRef
    # claim properties
    subject: URIRef
    relation: URIRef
    object: URIRef
    quadClass: URIRef
    cameo: URIRef
    attributedTo: URIRef
    negated: URIRef
    hedged: URIRef
    confidence: URIRef
    sentence: URIRef
    charStart: URIRef
    charEnd: URIRef
    subjectText: URIRef
    objectText: URIRef
    cue: URIRef
    pair: URIRef
    # actor properties
    code: URIRef
    actorType: URIRef
    state: URIRef
    role: URIRef
    # article and run properties
    dateline: URIRef
    agency: URIRef
    contentHash: URIRef
    item: URIRef
    extractedBy: URIRef
    extractor: URIRef
    extractorVersion: URIRef
    pipeline: URIRef
    # annotation bodies
    verdict: URIRef
    correctedRelation: URIRef


BASE = "https://kg.example.org/"
PLOVER = Namespace("https://kg.example.org/plover#")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")
CLAIM = Namespace(BASE + "claim/")
ARTICLE = Namespace(BASE + "article/")
ACTOR = Namespace(BASE + "actor/")
RUN = Namespace(BASE + "run/")
ANNOTATION = Namespace(BASE + "annotation/")
PAIR = Namespace(BASE + "pair/")
ARTICLE_GRAPH = Namespace(BASE + "graph/article/")
ACTORS_GRAPH = URIRef(BASE + "graph/actors")
ARTICLES_GRAPH = URIRef(BASE + "graph/articles")
ANNOTATIONS_GRAPH = URIRef(BASE + "graph/annotations")

RELATION_IRIS: dict[str, URIRef] = {name: KG[name] for name in RELATIONS}
QUAD_CLASS_IRIS: dict[str, URIRef] = {
    name: KG[name] for name in ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
}
ACTOR_TYPES = (
    "Country",
    "InternationalOrganization",
    "NonGovernmentalOrganization",
    "ArmedGroup",
    "GovernmentBody",
    "Person",
    "PoliticalParty",
    "Company",
    "Unknown",
)


def claim_iri(claim_id: str) -> URIRef:
    return CLAIM[claim_id]


def article_iri(article_id: str) -> URIRef:
    return ARTICLE[article_id]


def article_graph(article_id: str) -> URIRef:
    """The named graph holding one article's claims."""
    return ARTICLE_GRAPH[article_id]


def actor_iri(actor_id: str) -> URIRef:
    """IRI of an actor id: a Wikidata entity for a QID, else kg's actor namespace (as `Actor.iri`)."""
    if actor_id.startswith("Q") and actor_id[1:].isdigit():  # the rule of `Actor.iri`
        return WD[actor_id]
    return ACTOR[actor_id.removeprefix("kg:")]


def pair_iri(subject: str, object: str) -> URIRef:
    """The IRI naming the ordered actor pair (subject, object): a hash of the two actor IRIs.

    Each claim carries `kg:pair` to it, so a query for the claims between two actors starts from
    one index lookup instead of walking every claim of the more frequent actor. Direction matters.

    >>> pair_iri(WD.Q159, WD.Q212) == pair_iri("http://www.wikidata.org/entity/Q159", WD.Q212)
    True
    >>> pair_iri(WD.Q159, WD.Q212) == pair_iri(WD.Q212, WD.Q159)
    False
    """
    digest = hashlib.sha256(f"{subject}\x1f{object}".encode()).hexdigest()[:32]
    return PAIR[digest]


def actor_id(iri: str) -> str:
    """The inverse of `actor_iri`: "Q159" or "kg:..."; other IRIs come back unchanged."""
    if iri.startswith(str(WD)):
        return iri[len(WD) :]
    if iri.startswith(str(ACTOR)):
        return "kg:" + iri[len(ACTOR) :]
    return iri


def relation_name(iri: str) -> str:
    """ "supports" for `kg:supports`; other IRIs come back unchanged."""
    return iri[len(KG._NS) :] if iri.startswith(str(KG._NS)) else iri
