"""Actor knowledge base: countries, places, organizations, people with dated roles, and role titles."""

from marsad.kb.knowledge import Entry, KnowledgeBase, Term, TitleSpec, key_of
from marsad.kb.loader import build_kb, expand, load_kb

__all__ = ["Entry", "KnowledgeBase", "Term", "TitleSpec", "build_kb", "expand", "key_of", "load_kb"]
