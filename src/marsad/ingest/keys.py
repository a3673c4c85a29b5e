"""Content hashes: exact copies (also across outlets) share one."""

from __future__ import annotations

import hashlib

from marsad.text.normalize import match_key


def content_hash(text: str) -> str:
    """blake2b-128 of the whitespace-collapsed match key of ``text``."""
    return hashlib.blake2b(" ".join(match_key(text).split()).encode("utf-8"), digest_size=16).hexdigest()
