"""The batch entry point: files, directories and standard input to articles and one-line errors."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TextIO

from marsad.errors import InputError
from marsad.ingest.decode import decode_bytes, decode_line
from marsad.ingest.readers import (
    JSONL,
    ReadContext,
    jsonl_records,
    reader_for,
    record_stem,
    text_article,
)
from marsad.model import Article

STDIN = "-"
STDIN_NAME = "stdin"


@dataclass(slots=True)
class _Item:
    path: Path
    source: str  # the path as reported in errors and Article.source_path
    article_id: str = ""


def _walk(root: Path) -> list[Path]:
    """Files under ``root`` in sorted order (by path components), hidden files and folders skipped."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found.extend(Path(dirpath) / f for f in filenames if not f.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _expand(paths: list[str]) -> list[_Item | InputError | str]:
    out: list[_Item | InputError | str] = []
    for raw in paths:
        if raw == STDIN:
            out.append(STDIN)
            continue
        p = Path(raw)
        if p.is_dir():
            out.extend(_Item(f, str(f)) for f in _walk(p))
        elif p.is_file():
            out.append(_Item(p, raw))
        elif p.exists():
            out.append(InputError("E009", raw, "not a regular file"))
        else:
            out.append(InputError("E001", raw))
    return out


def _assign_ids(items: list[_Item | InputError | str]) -> None:
    """Single-article files take their stem as id. Files sharing a stem in one batch take their path
    relative to the deepest folder holding them all (``sub/dir/name``), without the suffix."""
    files = [it for it in items if isinstance(it, _Item)]
    groups: dict[str, list[_Item]] = {}
    for it in files:
        it.article_id = record_stem(it.path)
        if reader_for(it.path) is not JSONL:
            groups.setdefault(it.article_id, []).append(it)
    for group in groups.values():
        if len(group) < 2:
            continue
        paths = [it.path.resolve() for it in group]
        common = Path(os.path.commonpath([p.parent for p in paths]))
        for it, p in zip(group, paths, strict=True):
            rel = p.relative_to(common).as_posix()
            it.article_id = rel[: len(rel) - len(p.name)] + record_stem(p)


def iter_inputs(
    paths: list[str],
    mapping: dict[str, str] | None = None,
    max_bytes: int = 50_000_000,
    stdin: TextIO | None = None,
) -> Iterator[Article | InputError]:
    """Articles and one-line errors from files, directories (recursive, sorted, hidden files skipped) and
    ``"-"`` (standard input), in input order. Never raises on bad input; the rest of the batch continues.

    ``mapping`` maps our record fields (``id``, ``title``, ``text``, ``published``, ``source``, ``url``) to
    the names a JSON Lines file uses. ``max_bytes`` limits a text or HTML file, and each JSON record.
    """
    mapping = dict(mapping or {})
    items = _expand(paths)
    _assign_ids(items)
    seen: set[str] = set()
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        if item == STDIN:
            stream = _read_stdin(stdin if stdin is not None else sys.stdin, mapping, max_bytes)
            source = STDIN_NAME
        else:
            assert isinstance(item, _Item)
            source = item.source
            reader = reader_for(item.path)
            if reader is None:
                yield InputError("E009", source, f"{item.path.suffix or 'this'} files are not text")
                continue
            ctx = ReadContext(item.article_id, record_stem(item.path), mapping, max_bytes)
            stream = reader.read(item.path, source, ctx)
        for out in _guarded(stream, source):
            if isinstance(out, Article):
                if out.id in seen:
                    yield InputError("E011", out.source_path or source, f"id {out.id!r} already used")
                    continue
                seen.add(out.id)
            yield out


def _guarded(stream: Iterator[Article | InputError], source: str) -> Iterator[Article | InputError]:
    """Turn an unexpected failure of one input into one error; the batch goes on with the next input."""
    try:
        yield from stream
    except OSError as exc:
        yield InputError("E001", source, f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop the batch
        yield InputError("E020", source, f"{type(exc).__name__}: {exc}")


# ------------------------------------------------------------------------------------------ stdin


def _looks_like_record(line: str) -> bool:
    s = line.strip().lstrip("\ufeff")
    if not s.startswith("{"):
        return False
    try:
        return isinstance(json.loads(s), dict)
    except ValueError:
        return False


def _read_stdin(stream: IO, mapping: dict[str, str], max_bytes: int) -> Iterator[Article | InputError]:
    """Standard input: JSON Lines when its first non-empty line is a JSON object, else one text article."""
    ctx = ReadContext(f"{STDIN_NAME}-1", STDIN_NAME, mapping, max_bytes)
    raw = getattr(stream, "buffer", None)
    binary = raw is not None
    src: IO = raw if binary else stream
    head: list = []
    first = None
    size = 0
    for line in src:
        head.append(line)
        size += len(line)
        if line.strip():
            first = line
            break
        if size > max_bytes:
            break
    if first is None:
        yield InputError("E004", STDIN_NAME, "no text on standard input")
        return
    first_text = decode_line(first) if binary else first
    if first_text is not None and _looks_like_record(first_text):

        def lines() -> Iterator[tuple[int, bytes | str]]:
            n = 0
            for ln in head:
                n += 1
                yield n, ln
            for ln in src:
                n += 1
                yield n, ln

        yield from jsonl_records(lines(), STDIN_NAME, ctx)
        return
    rest = src.read(max_bytes + 1 - size if size <= max_bytes else 0)
    data = (b"" if binary else "").join(head) + rest
    if len(data) > max_bytes:
        yield InputError("E005", STDIN_NAME, f"more than {max_bytes} bytes")
        return
    if binary:
        dec = decode_bytes(data)
        if dec.code:
            yield InputError(dec.code, STDIN_NAME, dec.detail)
            return
        text = dec.text
    else:
        text = data
    lines = text.splitlines()
    first_nonempty = next((ln for ln in lines if ln.strip()), "")
    if binary and _looks_like_record(first_nonempty):  # e.g. UTF-16 JSON Lines
        yield from jsonl_records(enumerate(lines, 1), STDIN_NAME, ctx)
        return
    yield text_article(ctx.article_id, text, STDIN_NAME)
