"""One reader per input format behind one interface, chosen by file suffix.

* plain text (``.txt``, no suffix, unknown text suffixes): one article; first non-empty line = headline;
* JSON Lines (``.jsonl``, ``.jsonl.gz``, ``.ndjson``, ``.json``): one article per record;
* HTML (``.html``, ``.htm``): main text and title extracted with trafilatura (no network).

A reader yields :class:`Article` or :class:`InputError` and never raises on bad input: a bad record is one
error and the next record still loads.
"""

from __future__ import annotations

import codecs
import json
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from marsad.errors import InputError
from marsad.ingest.build import first_line, make_article, trim
from marsad.ingest.decode import decode_bytes, decode_line
from marsad.ingest.outlets import outlet_table
from marsad.model import Article, Span

FIELDS = ("id", "title", "text", "published", "source", "url")
DEFAULT_FIELD_NAMES: dict[str, tuple[str, ...]] = {f: (f,) for f in FIELDS} | {
    "url": ("url", "url_or_origin")
}
GIVE_UP_AFTER = 20  # consecutive bad lines at the start of a JSON Lines file before it is declared not JSON


@dataclass(slots=True)
class ReadContext:
    """What a reader needs besides the path: the article id for one-article files, the stem for records
    without an id, the field mapping and the size limit."""

    article_id: str
    stem: str
    mapping: dict[str, str] = field(default_factory=dict)
    max_bytes: int = 50_000_000


class Reader(Protocol):
    name: str

    def read(self, path: Path, source: str, ctx: ReadContext) -> Iterator[Article | InputError]: ...


# ------------------------------------------------------------------------------------------ helpers


def read_limited(path: Path, source: str, max_bytes: int) -> bytes | InputError:
    """The file's bytes, or E005 when it is larger than ``max_bytes``."""
    size = path.stat().st_size
    if size > max_bytes:
        return InputError("E005", source, f"{size} bytes > limit {max_bytes}")
    return path.read_bytes()


def text_article(article_id: str, text: str, source: str) -> Article | InputError:
    """A plain-text document: first non-empty line = headline, the rest = body."""
    if text.startswith("\ufeff"):
        text = text[1:]
    head = first_line(text)
    if head is None:
        return InputError("E004", source, "only whitespace")
    nl = text.find("\n", head.end)
    body_start = len(text) if nl < 0 else nl + 1
    body = trim(text, body_start, len(text))
    return make_article(article_id, text, head, body, source_path=source)


def titled_article(article_id: str, title: str, body_text: str, source: str, **kw: Any) -> Article:
    """A titled document (record, HTML page): original = title + blank line + text."""
    if title.strip():
        original = f"{title}\n\n{body_text}"
        headline = trim(original, 0, len(title))
        body = trim(original, len(title) + 2, len(original))
    else:
        original = body_text
        headline = Span(0, 0)
        body = trim(original, 0, len(original))
    return make_article(article_id, original, headline, body, source_path=source, **kw)


# ------------------------------------------------------------------------------------------ plain text


def read_text(path: Path, source: str, max_bytes: int) -> str | InputError:
    """A whole file, size-checked and decoded (UTF-8, UTF-16 or Windows-1256), or the error that names it."""
    data = read_limited(path, source, max_bytes)
    if isinstance(data, InputError):
        return data
    dec = decode_bytes(data)
    return InputError(dec.code, source, dec.detail) if dec.code else dec.text


class TextReader:
    name = "text"

    def read(self, path: Path, source: str, ctx: ReadContext) -> Iterator[Article | InputError]:
        text = read_text(path, source, ctx.max_bytes)
        yield text if isinstance(text, InputError) else text_article(ctx.article_id, text, source)


# ------------------------------------------------------------------------------------------ JSON Lines


def field_names(mapping: dict[str, str] | None) -> dict[str, tuple[str, ...]]:
    """Record field names for our fields: the defaults, overridden by ``mapping`` (ours → theirs)."""
    names = dict(DEFAULT_FIELD_NAMES)
    for ours, theirs in (mapping or {}).items():
        if ours in names and theirs:
            names[ours] = (theirs,)
    return names


def record_article(
    rec: Any, where: str, default_id: str, names: dict[str, tuple[str, ...]]
) -> Iterator[Article | InputError]:
    """One JSON record to an article; wrong-typed optional fields give E010 and are ignored."""
    if not isinstance(rec, dict):
        yield InputError("E010", where, f"record is a JSON {type(rec).__name__}, not an object")
        return
    values: dict[str, Any] = {}
    used: set[str] = set()
    for ours, theirs in names.items():
        for key in theirs:
            if key in rec:
                values[ours] = rec[key]
                used.add(key)
                break
    rid = values.get("id")
    if isinstance(rid, bool) or not isinstance(rid, str | int | type(None)):
        yield InputError(
            "E010", where, f"field {names['id'][0]!r} must be a string, not {type(rid).__name__}"
        )
        return
    rid = str(rid).strip() if rid is not None else ""
    title = values.get("title")
    body = values.get("text")
    for ours, val in (("title", title), ("text", body)):
        if val is not None and not isinstance(val, str):
            yield InputError(
                "E010", where, f"field {names[ours][0]!r} must be a string, not {type(val).__name__}"
            )
            return
    if not (body or "").strip() and not (title or "").strip():
        # a headline alone (an RSS item with no body) is still an article; nothing at all is an error
        yield InputError("E007", where, f"fields {names['title'][0]!r} and {names['text'][0]!r} missing or empty")
        return
    opt: dict[str, Any] = {}
    for ours in ("published", "source", "url"):
        val = values.get(ours)
        ok = (str, int, float) if ours == "published" else (str,)
        if val is not None and (isinstance(val, bool) or not isinstance(val, ok)):
            yield InputError(
                "E010", where, f"field {names[ours][0]!r} has type {type(val).__name__}; ignored"
            )
            val = None
        opt[ours] = val
    table = outlet_table()
    outlet = table.from_code(opt["source"]) if opt["source"] else None
    if outlet is None and opt["url"]:
        hit = table.from_url(opt["url"])
        outlet = hit.name if hit else None
    metadata = {k: v for k, v in rec.items() if k not in used}
    if opt["source"]:
        metadata["source"] = opt["source"]
    yield titled_article(
        rid or default_id,
        title or "",
        body or "",
        where,
        outlet=outlet,
        url=opt["url"],
        published_meta=opt["published"],
        metadata=metadata,
    )


def jsonl_records(
    lines: Iterable[tuple[int, bytes | str]], source: str, ctx: ReadContext
) -> Iterator[Article | InputError]:
    """Articles from numbered JSON Lines (bytes or str); one error per bad line."""
    names = field_names(ctx.mapping)
    good = 0
    bad_run = 0
    for lineno, raw in lines:
        where = f"{source}:{lineno}"
        if len(raw) > ctx.max_bytes:
            yield InputError("E005", where, f"record of {len(raw)} bytes > limit {ctx.max_bytes}")
            continue
        if isinstance(raw, bytes):
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[3:]
            if not raw.strip():
                continue
            line = decode_line(raw)
            if line is None:
                yield InputError("E002", where, "line is neither UTF-8 nor Windows-1256 Arabic")
                continue
        else:
            line = raw.lstrip("\ufeff") if lineno == 1 else raw
            if not line.strip():
                continue
        if "\x00" in line:
            yield InputError("E003", where, "NUL bytes in a JSON line")
            if not good:
                return
            continue
        try:
            rec = json.loads(line)
        except ValueError as exc:
            bad_run += 1
            if not good and bad_run >= GIVE_UP_AFTER:
                yield InputError(
                    "E006", source, f"no valid JSON record in the first {bad_run} lines; file skipped"
                )
                return
            detail = f"{exc.msg} at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else str(exc)
            yield InputError("E006", where, detail)
            continue
        bad_run = 0
        for out in record_article(rec, where, f"{ctx.stem}-{lineno}", names):
            if isinstance(out, Article):
                good += 1
            yield out


class JsonlReader:
    name = "jsonl"

    def read(self, path: Path, source: str, ctx: ReadContext) -> Iterator[Article | InputError]:
        if path.name.lower().endswith(".gz"):
            yield from self._read_gz(path, source, ctx)
            return
        with path.open("rb") as fh:
            head = fh.read(65536)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or path.suffix.lower() == ".json":
            whole = self._read_whole(path, source, ctx)
            if whole is not None:
                yield from whole
                return
        if b"\x00" in head:
            yield InputError("E003", source, "contains NUL bytes")
            return
        with path.open("rb") as fh:
            yield from jsonl_records(enumerate(fh, 1), source, ctx)

    def _read_whole(self, path: Path, source: str, ctx: ReadContext) -> Iterator[Article | InputError] | None:
        """A UTF-16 file, or a ``.json`` file holding one object or an array; ``None``: read it as lines."""
        if path.stat().st_size > ctx.max_bytes:
            return None
        dec = decode_bytes(path.read_bytes())
        if dec.code:
            return iter([InputError(dec.code, source, dec.detail)])
        try:
            doc = json.loads(dec.text)
        except ValueError:
            return jsonl_records(enumerate(dec.text.splitlines(), 1), source, ctx)
        names = field_names(ctx.mapping)
        if isinstance(doc, list):
            return _chain(
                record_article(r, f"{source}#{i}", f"{ctx.stem}-{i}", names) for i, r in enumerate(doc, 1)
            )
        return record_article(doc, source, ctx.stem, names)

    def _read_gz(self, path: Path, source: str, ctx: ReadContext) -> Iterator[Article | InputError]:
        state = _GzState()
        yield from jsonl_records(gzip_lines(path, state), source, ctx)
        if state.error:
            yield InputError("E008", source, f"after line {state.lines}: {state.error}")


@dataclass(slots=True)
class _GzState:
    lines: int = 0
    error: str = ""


GZ_CHUNK = 1 << 16


def gzip_lines(path: Path, state: _GzState) -> Iterator[tuple[int, bytes]]:
    """Numbered lines of a gzip file (concatenated members allowed). A truncated or corrupt stream ends
    after the last complete line and sets ``state.error``: ``gzip.GzipFile`` would lose the lines still
    in its buffer."""
    decomp = zlib.decompressobj(wbits=31)
    fresh = True  # no input given to ``decomp`` yet: between two members
    pending = b""
    with path.open("rb") as fh:
        while chunk := fh.read(GZ_CHUNK):
            try:
                while chunk:
                    fresh = False
                    data = decomp.decompress(chunk)
                    chunk = b""
                    if decomp.eof:  # end of a member; another may follow
                        chunk = decomp.unused_data
                        decomp = zlib.decompressobj(wbits=31)
                        fresh = True
                    if data:
                        parts = (pending + data).split(b"\n")
                        pending = parts.pop()
                        for line in parts:
                            state.lines += 1
                            yield state.lines, line
            except zlib.error as exc:
                state.error = f"corrupt gzip data ({exc})"
                return
    if not fresh:
        state.error = "compressed file ended before the end-of-stream marker was reached"
        return
    if pending.strip():
        state.lines += 1
        yield state.lines, pending


def _chain(gens: Iterable[Iterator[Article | InputError]]) -> Iterator[Article | InputError]:
    for g in gens:
        yield from g


# ------------------------------------------------------------------------------------------ HTML


class HtmlReader:
    name = "html"

    def read(self, path: Path, source: str, ctx: ReadContext) -> Iterator[Article | InputError]:
        text = read_text(path, source, ctx.max_bytes)
        yield text if isinstance(text, InputError) else html_article(ctx.article_id, text, source)


def html_article(article_id: str, html: str, source: str) -> Article | InputError:
    """Main text and metadata of a page with trafilatura (imported on first use: it is slow to import)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not body.strip():
        return InputError("E004", source, "no main text found in the HTML")
    title = (getattr(doc, "title", None) or "").strip()
    table = outlet_table()
    url = getattr(doc, "url", None)
    sitename = (getattr(doc, "sitename", None) or "").strip()
    hit = table.from_url(url)
    if hit is None and sitename:
        hit = table.lookup(sitename)
    outlet = hit.name if hit else (sitename or None)
    metadata: dict[str, Any] = {"format": "html"}
    for key in ("sitename", "author", "description", "hostname", "categories", "tags"):
        val = getattr(doc, key, None)
        if val:
            metadata[key] = val
    return titled_article(
        article_id,
        title,
        body,
        source,
        outlet=outlet,
        url=url,
        published_meta=getattr(doc, "date", None),
        metadata=metadata,
    )


# ------------------------------------------------------------------------------------------ registry

TEXT = TextReader()
JSONL = JsonlReader()
HTML = HtmlReader()

READERS: dict[str, Reader] = {
    ".txt": TEXT,
    ".text": TEXT,
    ".md": TEXT,
    ".jsonl": JSONL,
    ".jsonl.gz": JSONL,
    ".ndjson": JSONL,
    ".ndjson.gz": JSONL,
    ".json": JSONL,
    ".json.gz": JSONL,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
}
# formats that are certainly not text: reported as unsupported without reading them
UNSUPPORTED = frozenset(
    ".gz .zip .tar .tgz .bz2 .xz .7z .rar .pdf .doc .docx .xls .xlsx .ppt .pptx .odt .rtf .epub"
    " .png .jpg .jpeg .gif .webp .bmp .tif .tiff .ico .svgz .mp3 .wav .ogg .mp4 .avi .mkv .mov"
    " .exe .dll .so .dylib .bin .o .a .pyc .whl .jar .class .sqlite .db .parquet .npy .pkl .pt .onnx".split()
)


def suffix_of(path: Path) -> str:
    """The format suffix, compound for compressed JSON Lines (``.jsonl.gz``), lower case."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if len(suffixes) == 2 and "".join(suffixes) in READERS:
        return "".join(suffixes)
    return suffixes[-1] if suffixes else ""


def reader_for(path: Path) -> Reader | None:
    """The reader of a file; ``None`` for known binary formats. Unknown suffixes are read as text."""
    suffix = suffix_of(path)
    if suffix in READERS:
        return READERS[suffix]
    if suffix in UNSUPPORTED:
        return None
    return TEXT


def record_stem(path: Path) -> str:
    """File name without its format suffix (``ant.jsonl.gz`` → ``ant``)."""
    suffix = suffix_of(path)
    name = path.name
    if suffix and name.lower().endswith(suffix) and len(name) > len(suffix):
        return name[: -len(suffix)]
    return name
