"""``kg``: the command line. Each command parses arguments, calls one library function, prints.

Results go to stdout, messages to stderr. A user error prints one line and exits 1; a
batch with bad inputs still processes the good ones and then exits 1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from .errors import KGError

app = typer.Typer(
    name="kg",
    help="Knowledge graphs of geopolitical relations from Dutch and English news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

Inputs = Annotated[list[Path], typer.Argument(help="Files or directories: .txt, .html, .jsonl, .csv")]
StoreOpt = Annotated[str, typer.Option("--store", "-s", help="Store directory or SPARQL endpoint URL")]
PipelineOpt = Annotated[
    list[str] | None,
    typer.Option("--pipeline", help="Use a spaCy pipeline for a language: LANG=NAME-OR-PATH (repeatable)"),
]


def _err(message: str) -> None:
    typer.echo(f"kg: {message}", err=True)


def _fail(message: str) -> NoReturn:
    _err(message)
    raise typer.Exit(1)


def _configure_pipelines(pipelines: list[str] | None) -> None:
    from .nlp import configure

    for item in pipelines or ():
        lang, sep, target = item.partition("=")
        if not sep or not lang or not target:
            _fail(f"--pipeline expects LANG=NAME-OR-PATH, got {item!r}")
        configure(lang.strip(), target.strip())


def _check_overwrite(path: Path, force: bool) -> None:
    """Files under ./output are kg's own; anything else needs --force to be replaced."""
    if path.exists() and not force and Path("output").resolve() not in path.resolve().parents:
        _fail(f"{path} exists; pass --force to overwrite it")


@app.command()
def build(
    inputs: Inputs,
    store: StoreOpt = "output/kg.store",
    page: Annotated[Path, typer.Option(help="Where to write the HTML page")] = Path("output/graph.html"),
    no_page: Annotated[bool, typer.Option("--no-page", help="Skip the HTML page")] = False,
    extractor: Annotated[str, typer.Option(help="Registered extractor name")] = "dependency.v1",
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per nlp.pipe batch")] = 64,
    force: Annotated[bool, typer.Option(help="Overwrite an existing page outside output/")] = False,
    pipeline: PipelineOpt = None,
) -> None:
    """Ingest, extract, store and render: INPUT... -> store + HTML page."""
    from .api import build as run_build

    _configure_pipelines(pipeline)
    if not no_page:
        _check_overwrite(page, force)
    report = run_build(
        inputs,
        store=store,
        page=None if no_page else page,
        extractor=extractor,
        batch_size=batch_size,
        on_error=lambda e: _err(str(e)),
    )
    typer.echo(report.summary())
    if report.errors:
        raise typer.Exit(1)


@app.command()
def extract(
    inputs: Inputs,
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl or table")] = "jsonl",
    extractor: Annotated[str, typer.Option(help="Registered extractor name")] = "dependency.v1",
    pipeline: PipelineOpt = None,
) -> None:
    """Claims to stdout (JSON lines in the export contract, or a table); no store."""
    from .api import extract_files as run_extract
    from .model import claim_record

    if format not in ("jsonl", "table"):
        _fail(f"unknown --format {format!r}; use jsonl or table")
    _configure_pipelines(pipeline)
    errors: list[str] = []

    def problem(e: KGError) -> None:
        errors.append(str(e))
        _err(str(e))

    rows: list[dict[str, object]] = []
    for article, claims in run_extract(inputs, extractor=extractor, on_error=problem):
        for claim in claims:
            if format == "jsonl":
                typer.echo(json.dumps(claim_record(claim, article), ensure_ascii=False))
            else:
                rows.append(
                    {
                        "subject": claim.subject.actor.label,
                        "relation": claim.relation,
                        "object": claim.object.actor.label,
                        "attributed_to": claim.attributed_to.label if claim.attributed_to else "",
                        "neg": "x" if claim.negated else "",
                        "hedge": "x" if claim.hedged else "",
                        "conf": claim.confidence,
                        "dateline": article.dateline,
                        "sentence": claim.provenance.sentence[:90],
                    }
                )
    if format == "table":
        _print_table(rows)
    if errors:
        raise typer.Exit(1)


def _print_table(rows: list[dict[str, object]]) -> None:
    if not rows:
        _err("no rows")
        return
    import pandas as pd

    with pd.option_context(
        "display.max_rows", None, "display.max_columns", None, "display.width", 250, "display.max_colwidth", 90
    ):
        typer.echo(pd.DataFrame(rows).to_string(index=False))


@app.command()
def query(
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, a .rq file, or a canned query name")],
    store: StoreOpt = "output/kg.store",
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv or json")] = "table",
    bind: Annotated[list[str] | None, typer.Option("--bind", "-b", help="VAR=VALUE binding (repeatable)")] = None,
) -> None:
    """Run SPARQL on the store and print the results."""
    from .api import KnowledgeGraph

    if format not in ("table", "csv", "json"):
        _fail(f"unknown --format {format!r}; use table, csv or json")
    bindings: dict[str, object] = {}
    for item in bind or ():
        name, sep, value = item.partition("=")
        if not sep:
            _fail(f"--bind expects VAR=VALUE, got {item!r}")
        bindings[name.lstrip("?")] = value
    _require_store(store)
    with KnowledgeGraph.open(store, read_only=True) as graph:
        df = graph.query_df(sparql, bindings=bindings or None)
    if format == "csv":
        typer.echo(df.to_csv(index=False), nl=False)
    elif format == "json":
        typer.echo(df.to_json(orient="records", force_ascii=False))
    elif df.empty:
        _err("no results")
    else:
        _print_table(df.to_dict("records"))


def _require_store(store: str) -> None:
    if "://" not in store and not Path(store).exists():
        _fail(f"no store at {store}; run `kg build INPUT...` first or pass --store")


@app.command()
def visualize(
    store: StoreOpt = "output/kg.store",
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write")] = Path("output/graph.html"),
    lang: Annotated[str, typer.Option(help="Label language: en or nl")] = "en",
    actor: Annotated[str | None, typer.Option(help="Centre an ego network on this actor")] = None,
    hops: Annotated[int, typer.Option(min=1, help="Ego network radius")] = 1,
    level: Annotated[str, typer.Option(help="actor or state (roll persons up to states)")] = "actor",
    relation: Annotated[list[str] | None, typer.Option(help="Only these relations (repeatable)")] = None,
    since: Annotated[str | None, typer.Option(help="Only claims from articles dated on/after YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option(help="Only claims up to YYYY-MM-DD")] = None,
    min_claims: Annotated[int, typer.Option(min=1, help="Hide edges with fewer claims")] = 1,
    min_confidence: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Start with claims below this confidence hidden")
    ] = 0.0,
    max_nodes: Annotated[int, typer.Option(min=1, help="Show at most this many actors (top by degree)")] = 300,
    force: Annotated[bool, typer.Option(help="Overwrite an existing file outside output/")] = False,
) -> None:
    """Render the store as an interactive, self-contained HTML page."""
    from .api import KnowledgeGraph

    if level not in ("actor", "state"):
        _fail(f"unknown --level {level!r}; use actor or state")
    _require_store(store)
    _check_overwrite(output, force)
    with KnowledgeGraph.open(store, read_only=True) as graph:
        path = graph.render_html(
            output,
            lang=lang,
            actor=actor,
            hops=hops,
            level=level,
            relations=relation or None,
            since=since,
            until=until,
            min_claims=min_claims,
            min_confidence=min_confidence,
            max_nodes=max_nodes,
        )
    typer.echo(str(path))


@app.command()
def export(
    output: Annotated[Path, typer.Argument(help="File to write; the format follows its suffix unless --format")],
    store: StoreOpt = "output/kg.store",
    format: Annotated[
        str | None,
        typer.Option("--format", "-f", help="trig, nquads, turtle, json-ld (RDF) or graphml, gexf (actor graph)"),
    ] = None,
    level: Annotated[str, typer.Option(help="For graphml/gexf: actor or state")] = "actor",
    force: Annotated[bool, typer.Option(help="Overwrite an existing file outside output/")] = False,
) -> None:
    """Export the store as RDF, or the aggregated actor graph for Gephi (GraphML, GEXF)."""
    from .api import KnowledgeGraph

    _require_store(store)
    _check_overwrite(output, force)
    fmt = format or {".graphml": "graphml", ".gexf": "gexf"}.get(output.suffix.lower())
    output.parent.mkdir(parents=True, exist_ok=True)
    with KnowledgeGraph.open(store, read_only=True) as graph:
        if fmt in ("graphml", "gexf"):
            from .graph import export_gexf, export_graphml

            g = graph.to_networkx(level=level)
            path = export_graphml(g, output) if fmt == "graphml" else export_gexf(g, output)
        else:
            path = graph.store.export(output, fmt)
    typer.echo(str(path))


@app.command()
def serve(
    store: StoreOpt = "output/kg.store",
    host: Annotated[str, typer.Option(help="Interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 7878,
    timeout: Annotated[float, typer.Option(help="Query time limit in seconds")] = 30.0,
) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint (http://HOST:PORT/query)."""
    from .serve import serve as run_serve

    _require_store(store)
    run_serve(store, host=host, port=port, timeout_s=timeout)


@app.command()
def info() -> None:
    """Which spaCy pipeline each language uses and where it came from; store and data facts."""
    from .actors import load_gazetteer
    from .nlp import pipeline_report

    for p in pipeline_report():
        parsed = "parser" if p.parsed else "NO PARSER (blank fallback)"
        typer.echo(f"{p.lang}: {p.name} {p.version} [{p.origin}] {parsed}; {', '.join(p.components)}")
        typer.echo(f"    from {p.location}")
    gz = load_gazetteer()
    typer.echo(f"actors: {len(gz)} in {gz.directory}")


@app.command()
def evaluate(
    gold: Annotated[str, typer.Argument(help="Gold set: plover or re3d")],
    path: Annotated[Path | None, typer.Option(help="Gold data location (default: ../shared/benchmarks/GOLD)")] = None,
    extractor: Annotated[str, typer.Option(help="Registered extractor name")] = "dependency.v1",
    results: Annotated[Path | None, typer.Option(help="Also write JSON results into this directory")] = None,
) -> None:
    """Score extraction against gold data: precision, recall, F1, per relation, and the misses."""
    from .evaluate import run, write_results

    report = run(gold, path=path, extractor=extractor)
    typer.echo(report.format())
    if results is not None:
        typer.echo(f"results: {write_results(report, results)}", err=True)


@app.command()
def annotate(
    claim_id: Annotated[str, typer.Argument(help="The claim to annotate (c-..., see `kg query all_claims`)")],
    verdict: Annotated[str, typer.Option(help="confirmed, rejected, corrected or comment")],
    relation: Annotated[str | None, typer.Option(help="The right relation, with --verdict corrected")] = None,
    note: Annotated[str, typer.Option(help="Free text kept with the verdict")] = "",
    analyst: Annotated[str | None, typer.Option(help="Who says so (default: the OS user)")] = None,
    store: StoreOpt = "output/kg.store",
    wait: Annotated[float, typer.Option(min=0, help="Seconds to wait while another process holds the store")] = 0.0,
) -> None:
    """Record a verdict or a note on one claim (a W3C Web Annotation that survives rebuilds)."""
    from .annotate import annotate as run_annotate
    from .annotate import open_store

    _require_store(store)
    with open_store(store, wait=wait) as opened:
        (made,) = run_annotate(opened, claim_id, verdict=verdict, relation=relation, note=note, analyst=analyst)
    typer.echo(f"{made.id}\t{made.target}\t{made.verdict}" + (f"\t{made.relation}" if made.relation else ""))


@app.command("annotations")
def list_annotations_command(  # not `annotations`: that name is taken by `from __future__ import annotations`
    store: StoreOpt = "output/kg.store",
    format: Annotated[str, typer.Option("--format", "-f", help="csv, jsonl or table")] = "csv",
) -> None:
    """Print every annotation with the claim it is on (CSV, JSON lines or a table)."""
    from .annotate import annotations as list_annotations
    from .annotate import annotations_text
    from .api import KnowledgeGraph

    if format not in ("csv", "jsonl", "table"):
        _fail(f"unknown --format {format!r}; use csv, jsonl or table")
    _require_store(store)
    with KnowledgeGraph.open(store, read_only=True) as graph:
        df = list_annotations(graph)
    if format == "table":
        if df.empty:
            _err("no annotations")
        else:
            _print_table(df.drop(columns=["sentence", "title"]).to_dict("records"))
    else:
        typer.echo(annotations_text(df, format), nl=False)


def main() -> None:
    """Entry point: run the app; a KGError becomes one line on stderr and exit status 1."""
    try:
        app()
    except KGError as exc:
        _err(str(exc))
        sys.exit(1)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
    except Exception as exc:  # the one place that catches everything: no tracebacks for users
        _err(f"unexpected error: {type(exc).__name__}: {exc} (please report this)")
        sys.exit(2)
