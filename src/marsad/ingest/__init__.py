"""Ingest: files, directories and standard input to :class:`~marsad.model.Article` objects.

``iter_inputs`` is the one entry point. Readers (plain text, JSON Lines, HTML) share one interface and one
article builder: headline/body spans, blanked boilerplate, dateline, outlet, agency and content hash.
"""

from marsad.ingest.build import make_article, published_date
from marsad.ingest.decode import decode_bytes
from marsad.ingest.inputs import iter_inputs
from marsad.ingest.keys import content_hash
from marsad.ingest.readers import READERS, ReadContext, Reader, reader_for

__all__ = [
    "READERS",
    "ReadContext",
    "Reader",
    "content_hash",
    "decode_bytes",
    "iter_inputs",
    "make_article",
    "published_date",
    "reader_for",
]
