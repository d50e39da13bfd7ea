"""ontology/kg.ttl parses, agrees with kg.vocab and kg.model, and passes a SHACL sanity check."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.model import QUAD_CLASSES, RELATIONS
from kg.vocab import KG, PLOVER, RELATION_IRIS

TTL = Path(__file__).resolve().parents[1] / "ontology" / "kg.ttl"


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(TTL, format="turtle")


def test_ontology_terms_match_vocab(onto: Graph) -> None:
    ns = str(KG._NS)
    in_ttl = {str(s)[len(ns) :] for s in onto.subjects(RDF.type, None) if str(s).startswith(ns)}
    in_vocab = set(KG.__annotations__)
    assert in_ttl == in_vocab
    with pytest.raises(AttributeError):
        KG.suports  # noqa: B018  (a typo fails loudly)


@pytest.mark.parametrize("name", sorted(RELATIONS))
def test_ontology_relation_matches_model(onto: Graph, name: str) -> None:
    quad_class, cameo = RELATIONS[name]
    iri = RELATION_IRIS[name]
    assert iri == KG[name]
    assert (iri, RDF.type, OWL.ObjectProperty) in onto and (iri, RDF.type, SKOS.Concept) in onto
    assert (iri, SKOS.inScheme, KG.RelationScheme) in onto
    assert onto.value(iri, KG.quadClass) == KG[quad_class]
    assert sorted(str(c) for c in onto.objects(iri, KG.cameo)) == sorted(cameo)
    assert {lit.language for lit in onto.objects(iri, SKOS.prefLabel)} == {"en", "nl"}


def test_ontology_quad_classes_and_plover(onto: Graph) -> None:
    assert {str(q)[len(KG._NS) :] for q in onto.subjects(RDF.type, KG.QuadClass)} == set(QUAD_CLASSES)
    assert (KG.supports, SKOS.closeMatch, PLOVER.AID) in onto
    assert not list(onto.objects(KG.appeals_to, SKOS.closeMatch))  # "—" in DESIGN.md


SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kg: <https://kg.example.org/ns#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
kg:RelationShape a sh:NodeShape ; sh:targetClass kg:Relation ;
  sh:property [ sh:path skos:prefLabel ; sh:minCount 2 ; sh:uniqueLang true ] ;
  sh:property [ sh:path kg:quadClass ; sh:minCount 1 ; sh:maxCount 1 ; sh:class kg:QuadClass ] ;
  sh:property [ sh:path kg:cameo ; sh:minCount 1 ; sh:datatype xsd:string ; sh:pattern "^[0-2][0-9]$" ] .
kg:ClassShape a sh:NodeShape ; sh:targetClass owl:Class ;
  sh:property [ sh:path rdfs:label ; sh:minCount 2 ; sh:uniqueLang true ] .
kg:PropertyShape a sh:NodeShape ; sh:targetClass owl:ObjectProperty , owl:DatatypeProperty ;
  sh:property [ sh:path rdfs:label ; sh:minCount 2 ; sh:uniqueLang true ] .
"""


def test_ontology_passes_shacl(onto: Graph) -> None:
    pyshacl = pytest.importorskip("pyshacl")
    conforms, _, report = pyshacl.validate(onto, shacl_graph=Graph().parse(data=SHAPES, format="turtle"))
    assert conforms, report


def test_ontology_labels_are_english_and_dutch(onto: Graph) -> None:
    for term in set(onto.subjects(RDF.type, OWL.Class)):
        langs = {lit.language for lit in onto.objects(term, RDFS.label) if isinstance(lit, Literal)}
        assert langs == {"en", "nl"}, term
