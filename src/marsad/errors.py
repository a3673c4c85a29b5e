"""Coded, actionable errors. Each names the input and the problem; a batch reports it and goes on."""

from __future__ import annotations

from dataclasses import dataclass

CODES = {
    "E001": "file not found",
    "E002": "not decodable as UTF-8, UTF-16 or Windows-1256",
    "E003": "binary file (not text)",
    "E004": "empty file (no text)",
    "E005": "file too large",
    "E006": "not valid JSON",
    "E007": "record without text",
    "E008": "truncated or corrupt gzip stream",
    "E009": "unsupported file type",
    "E010": "field of the wrong type",
    "E011": "duplicate article id in one batch",
    "E020": "analysis failed",
}


@dataclass(slots=True)
class InputError:
    """A problem with one input, reported as one line; the rest of the batch continues."""

    code: str
    source: str  # file path (and line) or stream name
    detail: str = ""

    def __str__(self) -> str:
        msg = f"{self.code}: {self.source}: {CODES.get(self.code, 'error')}"
        return f"{msg} ({self.detail})" if self.detail else msg


class MarsadError(Exception):
    """An error the CLI reports as one clear line (no traceback) with a non-zero exit code."""
