"""The ``marsad`` command: a thin layer over the library.

Standard output carries only results (JSON lines for ``export``); progress bars, tables and errors go to
standard error. Exit codes: 0 success, 1 some inputs failed (the rest was processed), 2 unusable arguments.
"""

from __future__ import annotations

import os
import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from marsad.errors import InputError, MarsadError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="marsad (مرصد): who contacted whom in Arabic news — when, where, and who said what.")
err = Console(stderr=True)
out = Console()

DbOption = Annotated[Path, typer.Option("--db", envvar="MARSAD_DB", help="SQLite store (or $MARSAD_DB).")]
DEFAULT_DB = Path("marsad.db")


def _open_store(db: Path):
    from marsad.store import Store

    try:
        return Store(db)
    except MarsadError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None


def _parse_mapping(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for p in pairs:
        if "=" not in p:
            err.print(f"[red]error:[/red] --map takes FIELD=NAME, got {p!r}")
            raise typer.Exit(2)
        k, v = p.split("=", 1)
        mapping[k.strip()] = v.strip()
    return mapping


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=err, transient=False,
                    disable=not err.is_terminal and os.environ.get("MARSAD_PROGRESS") != "1")


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or - (stdin): .txt, .jsonl(.gz), .html")],
    db: DbOption = DEFAULT_DB,
    map_: Annotated[list[str], typer.Option("--map", help="JSONL field mapping, e.g. --map text=body")] = [],  # noqa: B006
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary table.")] = False,
) -> None:
    """Ingest and analyze articles into the store, then link stories; prints a summary."""
    import time

    from marsad.analyze import analyze_paths

    mapping = _parse_mapping(map_)
    store = _open_store(db)
    t0 = time.perf_counter()
    with _progress() as progress:
        task = progress.add_task("analyzing", total=None, rate="")
        count = [0]

        def tick(item) -> None:
            if isinstance(item, InputError):
                err.print(f"[yellow]{escape(str(item))}[/yellow]", highlight=False, soft_wrap=True)
                return
            count[0] += 1
            if count[0] % 50 == 0 or count[0] < 50:
                rate = count[0] / max(time.perf_counter() - t0, 1e-9)
                progress.update(task, completed=count[0], rate=f"{rate:,.0f} articles/s")

        summary = analyze_paths(paths, store, mapping=mapping, on_item=tick)
        progress.update(task, completed=count[0], total=count[0], description="done")
    store.close()
    if not quiet:
        _print_summary(summary, time.perf_counter() - t0)
    if summary.errors:
        err.print(f"{len(summary.errors)} input(s) failed; everything else was stored in {db}")
        raise typer.Exit(1)


def _print_summary(summary, seconds: float) -> None:
    t = Table(title="marsad analyze", show_header=True)
    t.add_column("what")
    t.add_column("count", justify="right")
    t.add_row("articles", str(summary.articles))
    for k, v in sorted(summary.statuses.items()):
        t.add_row(f"  {k}", str(v))
    t.add_row("input errors", str(len(summary.errors)))
    t.add_row("copies (exact, near, contained)", str(summary.duplicates))
    for k, v in sorted(summary.events_by_type.items()):
        t.add_row(f"events: {k}", str(v))
    t.add_row("quotes", str(summary.quotes))
    t.add_row("stories", str(summary.stories))
    for stage, secs in summary.stage_seconds.items():  # per-stage time, so the slow stage is visible
        t.add_row(f"  {stage} s", f"{secs:.2f}")
    t.add_row("seconds", f"{seconds:.1f}")
    err.print(t)


@app.command()
def export(
    db: DbOption = DEFAULT_DB,
    format_: Annotated[str, typer.Option("--format", "-f",
                                         help="jsonl | csv | parquet | gdelt | plover.")] = "jsonl",
    out_path: Annotated[Path | None, typer.Option("--out", "-o", help="Output file (default: stdout).")] = None,
) -> None:
    """Export every stored analysis: jsonl (evaluation format), csv/parquet (one row per event per article),
    gdelt (TSV, one row per canonical event), plover (JSON)."""
    from marsad.export.formats import FORMATS, write_export

    if format_ not in FORMATS:
        err.print(f"[red]error:[/red] unknown format {format_!r} (available: {', '.join(FORMATS)})")
        raise typer.Exit(2)
    if format_ == "parquet" and out_path is None and sys.stdout.isatty():
        err.print("[red]error:[/red] parquet is binary: give --out FILE (or redirect standard output)")
        raise typer.Exit(2)
    if not db.exists():
        err.print(f"[red]error:[/red] no store at {db}: run `marsad analyze` first")
        raise typer.Exit(2)
    store = _open_store(db)
    try:
        if format_ == "parquet":
            if out_path is None:
                import io

                buf = io.BytesIO()
                n = write_export(format_, iter(store), buf)
                sys.stdout.buffer.write(buf.getvalue())
            else:
                with out_path.open("wb") as fh:
                    n = write_export(format_, iter(store), fh)
        elif out_path is None:
            n = write_export(format_, iter(store), sys.stdout)
        else:
            with out_path.open("w", encoding="utf-8", newline="") as fh:
                n = write_export(format_, iter(store), fh)
    finally:
        store.close()
    unit = "articles" if format_ == "jsonl" else "events" if format_ in ("gdelt", "plover") else "event rows"
    err.print(f"exported {n} {unit}" + (f" to {out_path}" if out_path else ""))


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.", min=0, max=65535)] = 8000,
) -> None:
    """Serve the web UI and the JSON API (OpenAPI at /openapi.json) over the store.

    Ingest over HTTP (POST /api/ingest) is off unless $MARSAD_INGEST_TOKEN is set."""
    if not db.exists():
        err.print(f"[red]error:[/red] no store at {db}: run `marsad analyze` (or `marsad demo --db {db}`) first")
        raise typer.Exit(2)
    _open_store(db).close()  # migrate now, and report an unusable file as one line
    from marsad.serve import run

    err.print(f"marsad: serving {db} on http://{host}:{port}/  (Ctrl+C stops)")
    run(str(db), host=host, port=port)


@app.command()
def show(
    id_: Annotated[str, typer.Argument(metavar="ID", help="An article id or a story id (aliases resolve).")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """One article's analysis (or one story's articles), readable, Arabic and English."""
    from marsad.show import render_article, render_story

    store = _open_store(db)
    article = store.get(id_)
    if article is not None:
        render_article(out, article)
    else:
        story_id = store.resolve_story(id_)
        members = [a for a in store if a.story == story_id]
        if not members:
            err.print(f"[red]error:[/red] no article or story {id_!r} in {db}")
            raise typer.Exit(2)
        render_story(out, story_id, members, alias_of=None if story_id == id_ else id_)
    store.close()


@app.command()
def demo(
    db: Annotated[Path | None, typer.Option("--db", help="Where to write the demo store.")] = None,
) -> None:
    """Analyze the bundled example articles into a fresh store, print what was found, and exit."""
    from marsad.analyze import analyze_paths
    from marsad.show import render_article

    examples = examples_dir()
    db = db or Path(tempfile.gettempdir()) / "marsad-demo.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    store = _open_store(db)
    summary = analyze_paths([str(examples)], store)
    for a in store:
        render_article(out, a, brief=True)
    _print_summary(summary, 0.0)
    store.close()
    err.print(f"demo store: {db}")


def examples_dir() -> Path:
    """The seed articles shipped with the project (repository checkout or installed package)."""
    here = Path(__file__).resolve()
    for cand in (here.parents[2] / "examples" / "seeds", Path(str(resources.files("marsad"))) / "examples"):
        if cand.is_dir():
            return cand
    raise MarsadError("bundled examples not found")


@app.command()
def bench(
    corpus: Annotated[Path | None, typer.Argument(help="JSONL(.gz) corpus (default: ANT multi-source).")] = None,
    n: Annotated[int, typer.Option("-n", help="Articles to use.")] = 5000,
) -> None:
    """Articles/s per core and peak RSS of the whole analysis, beside the floor (read + normalize + one regex)."""
    from marsad.bench import run_bench

    corpus = corpus or default_corpus()
    if not corpus.exists():
        err.print(f"[red]error:[/red] corpus not found: {corpus}")
        raise typer.Exit(2)
    run_bench(corpus, n, out)


@app.command("bench-time")
def bench_time(
    corpus: Annotated[Path | None, typer.Argument(help="JSONL(.gz) corpus (default: ANT multi-source).")] = None,
    n: Annotated[int, typer.Option("-n", help="Articles in the fixed sample.")] = 300,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the sample.")] = 0,
    repeat: Annotated[int, typer.Option("--repeat", help="Passes of the time stage (median reported).")] = 5,
) -> None:
    """Time expressions/s of the time stage beside dateparser's search_dates on the same sample of articles,
    and the speed ratio."""
    from marsad.time.bench import run_bench_time

    corpus = corpus or default_corpus()
    if not corpus.exists():
        err.print(f"[red]error:[/red] corpus not found: {corpus}")
        raise typer.Exit(2)
    run_bench_time(corpus, n, out, repeat=repeat, seed=seed)


def default_anercorp(name: str) -> Path:
    return Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "anercorp" / name


@app.command("train-ner")
def train_ner(
    train_file: Annotated[Path | None, typer.Argument(help="`token TAG` file (default: ANERcorp train.txt).")] = None,
    model: Annotated[Path | None, typer.Option("--model", help="Where to write the model (default: the "
                                               "shipped marsad/data/ner/anercorp.crfsuite).")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", help="Print crfsuite's training log.")] = False,
) -> None:
    """Train the statistical NER tagger (a CRF) on an ANERcorp-style file; reproduces the shipped model."""
    from marsad.extract.ner import default_model_path, train

    train_file = train_file or default_anercorp("train.txt")
    if not train_file.exists():
        err.print(f"[red]error:[/red] training file not found: {train_file}")
        raise typer.Exit(2)
    model = model or default_model_path()
    with err.status(f"training on {train_file} (a few minutes) …"):
        info = train(train_file, model, verbose=verbose)
    out.print(f"model: {model} ({info['model_bytes']:,} bytes), {info['sentences']:,} sentences, "
              f"{info['tokens']:,} tokens, {info['seconds']} s; params {info['params']}")


@app.command("bench-ner")
def bench_ner(
    test_file: Annotated[Path | None, typer.Argument(help="`token TAG` file (default: ANERcorp test.txt).")] = None,
    model: Annotated[Path | None, typer.Option("--model", help="Model file (default: the shipped one).")] = None,
) -> None:
    """Entity-level micro-F1 (CoNLL conventions) per type on an ANERcorp-style file, and tokens/s."""
    from marsad.extract.ner import bench, format_scores

    test_file = test_file or default_anercorp("test.txt")
    if not test_file.exists():
        err.print(f"[red]error:[/red] test file not found: {test_file}")
        raise typer.Exit(2)
    res = bench(test_file, model)
    out.print(format_scores(res["scores"]))
    out.print(f"{res['tokens']:,} tokens in {res['sentences']:,} sentences; {res['tokens_per_s']:,} tokens/s "
              f"(cold word cache), {res['tokens_per_s_warm']:,} tokens/s (warm); model "
              f"{res['model_bytes']:,} bytes")


@app.command("bench-link")
def bench_link(
    corpus: Annotated[Path | None, typer.Argument(help="JSONL(.gz) corpus (default: ANT multi-source).")] = None,
    db: Annotated[Path | None, typer.Option("--db", help="Read analyzed articles from this store instead "
                                            "(actors and events count too; the store is not modified).")] = None,
    n: Annotated[int | None, typer.Option("-n", help="Articles to use (default: all).")] = None,
    pairs: Annotated[int, typer.Option("--pairs", help="Random same-story pairs to print for judging.")] = 100,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the pair sample.")] = 0,
) -> None:
    """Time and peak memory of duplicate detection and story clustering, duplicate groups and stories, and
    random same-story pairs to judge by hand."""
    from marsad.link.bench import run_bench_link

    if db is None:
        corpus = corpus or default_corpus()
        if not corpus.exists():
            err.print(f"[red]error:[/red] corpus not found: {corpus}")
            raise typer.Exit(2)
    elif not db.exists():
        err.print(f"[red]error:[/red] no store at {db}")
        raise typer.Exit(2)
    run_bench_link(corpus, out, db=db, n=n, pairs=pairs, seed=seed)


def default_corpus() -> Path:
    return Path(__file__).resolve().parents[3] / "shared" / "corpus" / "ant_multisource.jsonl.gz"


def main() -> None:  # pragma: no cover
    app()
