"""Persistence: the SQLite article store and the lossless article codec."""

from marsad.store.codec import article_from_dict, article_to_dict
from marsad.store.sqlite import Revision, Store, content_hash

__all__ = ["Store", "Revision", "article_from_dict", "article_to_dict", "content_hash"]
