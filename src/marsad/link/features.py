"""What linking keeps of an article: a few hundred bytes instead of the full analysis.

:class:`LinkFeatures` is computed once per article version (from an analyzed :class:`~marsad.model.Article`
or from ingest output alone) and stored compactly, so linking a store of 30,000 articles never decodes their
analyses again. It carries the near-duplicate sketches (MinHash signature, containment fingerprints), a
TF-IDF term vector, the actors the article names (weighted by how prominently) and the signatures of the
contact events in its headline and lead, which are what a story is about.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from marsad.link.text import MinHasher, Terms, figures, fingerprints, key_words, normalize_vector, shingle_hashes
from marsad.model import DIRECTED_TYPES, Article, Event
from marsad.text.normalize import match_key

FEATURES_VERSION = "link-features.v2"
TOP_ACTORS = 24
LEAD_CHARS = 400  # the lead: the first characters of the body, where the news of the story is told

# how much a mention says about what the article is about, by actor kind and mention form
_KIND_WEIGHT = {"person": 1.0, "organization": 0.6, "place": 0.5, "country": 0.35}
_FORM_WEIGHT = {"name": 1.0, "title": 0.9, "metonym": 0.5, "nisba": 0.25}


@dataclass(slots=True)
class LinkFeatures:
    id: str
    day: int | None  # proleptic ordinal of the publication day (None: unknown)
    stamp: str  # sortable publication stamp ("" unknown): the earliest copy is a duplicate group's original
    outlet: str | None
    agency: str | None
    content_hash: str
    title: str
    n_shingles: int
    minhash: np.ndarray  # uint32[NUM_PERM]
    fps: np.ndarray  # uint32 containment fingerprints
    vec: dict[str, float]  # TF-IDF terms
    actors: dict[str, float] = field(default_factory=dict)  # canonical actor name → weight (L2-normalized)
    heads: list[str] = field(default_factory=list)  # keys of the contacts told in the headline or first sentence
    sigs: list[str] = field(default_factory=list)  # every event signature of the article

    # --- storage ----------------------------------------------------------------------------------------

    def data_json(self) -> str:
        return json.dumps(
            {"stamp": self.stamp, "outlet": self.outlet, "agency": self.agency, "hash": self.content_hash,
             "title": self.title, "n": self.n_shingles, "vec": self.vec, "actors": self.actors,
             "heads": self.heads, "sigs": self.sigs},
            ensure_ascii=False, separators=(",", ":"),
        )  # fmt: skip

    @classmethod
    def from_row(cls, article_id: str, day: int | None, minhash: bytes, fps: bytes, data: str) -> LinkFeatures:
        d = json.loads(data)
        return cls(article_id, day, d["stamp"], d["outlet"], d["agency"], d["hash"], d["title"], d["n"],
                   np.frombuffer(minhash, dtype=np.uint32), np.frombuffer(fps, dtype=np.uint32), d["vec"],
                   d.get("actors", {}), d.get("heads", []), d.get("sigs", []))  # fmt: skip


def day_ordinal(published: str | None) -> int | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


_TYPE_GROUP = {"phone_call": "call", "video_call": "call", "meeting": "meet", "visit": "meet",
               "negotiation": "meet", "message": "message"}  # fmt: skip


def head_key(ev: Event) -> str:
    """What a story is about, coarsely: ``group|countries|persons`` of a contact told in a headline or lead.

    The group is ``call`` (phone or video), ``meet`` (meeting, visit, talks) or ``message``; countries are
    the parties' countries (or the bodies themselves); persons the people named. «العاهل السعودي يستقبل وزير
    الخارجية الأميركي» and «بومبيو يصل الرياض» share ``meet|Saudi Arabia+United States``; see
    :func:`marsad.link.stories.heads_compatible` for when two keys tell the same news.
    """
    refs = ev.participants or (ev.source + ev.target)
    countries = "+".join(sorted({r.country or r.name for r in refs}))
    persons = "+".join(sorted({r.name for r in refs if r.kind == "person"}))
    return f"{_TYPE_GROUP.get(ev.type, ev.type)}|{countries}|{persons}"


def event_signature(ev: Event) -> str:
    """Type and parties of a contact, order-free for symmetric types: «meeting|Joe Biden+Vladimir Putin»."""
    if ev.type in DIRECTED_TYPES:
        src = "+".join(sorted({r.name for r in ev.source}))
        tgt = "+".join(sorted({r.name for r in ev.target}))
        return f"{ev.type}|{src}>{tgt}"
    return f"{ev.type}|" + "+".join(sorted({r.name for r in ev.participants}))


class FeatureExtractor:
    """Computes :class:`LinkFeatures`; holds the memoized term table and the MinHash permutations."""

    def __init__(self, terms: Terms | None = None, hasher: MinHasher | None = None) -> None:
        self.terms = terms or Terms()
        self.hasher = hasher or MinHasher()

    def text_features(self, aid: str, headline: str, body: str, published: str | None, stamp: str | None,
                      outlet: str | None, agency: str | None, content_hash: str) -> LinkFeatures:
        """Features from ingest output alone (no analysis): sketches and terms."""
        hk, bk = match_key(headline), match_key(body)
        tw, bw = key_words(hk), key_words(bk)
        sh = shingle_hashes(tw + bw)
        return LinkFeatures(
            aid, day_ordinal(published), stamp or published or "", outlet, agency, content_hash,
            " ".join(headline.split()), len(sh), self.hasher.signature(sh), fingerprints(sh),
            self.terms.vector(tw, bw, figures=figures(hk, bk)),
        )  # fmt: skip

    def of(self, a: Article) -> LinkFeatures:
        """Features of an analyzed article: text features plus actors and event signatures."""
        headline = a.headline_text
        body = a.text[a.body.start : a.body.end] if a.body.end > a.body.start else a.text
        if not a.body.end > a.body.start and headline:
            body = a.text[: a.headline.start] + " " * len(headline) + a.text[a.headline.end :]
        f = self.text_features(a.id, headline, body, a.published, a.published_meta, a.outlet, a.agency,
                               a.content_hash)  # fmt: skip
        f.actors = actor_weights(a)
        lead_end = lead_sentence_end(a)
        heads: dict[str, None] = {}
        sigs: dict[str, None] = {}
        for ev in a.events:
            sigs.setdefault(event_signature(ev), None)
            if any(s.start < lead_end for s in ev.evidence):
                heads.setdefault(head_key(ev), None)
        f.heads, f.sigs = list(heads), list(sigs)
        return f


def lead_sentence_end(a: Article) -> int:
    """End of the headline and first body sentence: the news an article reports is told there."""
    start = a.body.start if a.body.end > a.body.start else a.headline.end
    for sent in a.sentences:
        if sent.span.start >= start and sent.span.end > sent.span.start:
            return min(sent.span.end, start + LEAD_CHARS)
    return start + LEAD_CHARS


def actor_weights(a: Article) -> dict[str, float]:
    """Who the article is about: each actor's summed mention weight (headline mentions count triple)."""
    weights: dict[str, float] = {}
    head = a.headline
    for m in a.mentions:
        act = a.actors.get(m.actor_id)
        if act is None:
            continue
        w = _KIND_WEIGHT.get(act.kind, 0.5) * _FORM_WEIGHT.get(m.form, 0.5)
        if m.span.start < head.end and m.span.end > head.start:
            w *= 3.0
        weights[act.name] = weights.get(act.name, 0.0) + w
    return normalize_vector(weights, TOP_ACTORS)
