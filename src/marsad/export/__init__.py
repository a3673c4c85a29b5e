"""Exports of stored analyses (JSON Lines in the shape of the evaluation format)."""

from marsad.export.jsonl import article_record, event_gloss, write_jsonl

__all__ = ["article_record", "event_gloss", "write_jsonl"]
