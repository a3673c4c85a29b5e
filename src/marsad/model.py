"""The one data model every stage reads and returns.

An :class:`Article` carries its original text; every annotation layer (sentences, mentions, time
expressions, events, quotes) points into that text with :class:`Span` character offsets, so evidence can
always be shown in place and nothing is copied or lost.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from marsad.text.normalize import Normalized, normalize

EVENT_TYPES = ("phone_call", "video_call", "meeting", "negotiation", "visit", "message")
SYMMETRIC_TYPES = frozenset({"phone_call", "video_call", "meeting", "negotiation"})
DIRECTED_TYPES = frozenset({"visit", "message"})
ACTOR_KINDS = ("person", "country", "organization", "place")
STATUSES = ("occurred", "planned", "cancelled")


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open ``[start, end)`` character offsets into :attr:`Article.text`."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(slots=True)
class Sentence:
    span: Span
    paragraph: int


@dataclass(slots=True)
class Actor:
    """A real-world actor: canonical English name (Wikipedia-title style) and its Arabic names."""

    id: str
    name: str
    kind: str  # one of ACTOR_KINDS
    country: str | None = None  # common English country name
    arabic: list[str] = field(default_factory=list)
    iso2: str | None = None
    sector: str | None = None  # organizations: "media" outlets and agencies report contacts, never take part
    confidence: float = 1.0  # below 1: recognised outside the knowledge base, English name transliterated


@dataclass(slots=True)
class Mention:
    """A surface span that refers to an actor.

    ``form`` says how: ``name`` (a proper name), ``title`` (a role phrase such as «الرئيس الروسي»),
    ``nisba`` (an adjective such as «الروسية»), ``metonym`` (a capital standing for its government).
    Only ``name`` mentions list the actor among the article's entities.
    """

    span: Span
    actor_id: str
    form: str = "name"
    text: str = ""


@dataclass(slots=True)
class TimeExpression:
    span: Span
    text: str
    value: str | None  # YYYY | YYYY-MM | YYYY-MM-DD | A/B | ISO datetime with offset | None (vague)
    kind: str = "date"  # date | range | time | year | month | week | vague
    # a clock time written without its zone: the local reading «HH:MM»; ``zone`` is the IANA zone the article's
    # place gave it (then ``value`` carries that offset), or None while no place says where it was read
    clock: str | None = None
    zone: str | None = None


@dataclass(slots=True)
class ActorRef:
    """An event argument: an actor as the export names it."""

    name: str
    country: str | None = None
    kind: str = "person"
    actor_id: str | None = None

    def export(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "country": self.country}
        if self.kind != "person":
            out["kind"] = self.kind
        return out


@dataclass(slots=True)
class Event:
    type: str  # one of EVENT_TYPES
    participants: list[ActorRef] = field(default_factory=list)  # symmetric types
    source: list[ActorRef] = field(default_factory=list)  # directed types
    target: list[ActorRef] = field(default_factory=list)
    date: str | None = None
    time: str | None = None
    location: str | None = None
    initiator: str | None = None
    status: str = "occurred"
    evidence: list[Span] = field(default_factory=list)
    trigger: str = ""
    cameo: str | None = None
    plover: str | None = None
    id: str | None = None  # canonical event id, shared across articles that report the same contact
    local_id: str | None = None  # article-local id (article id + ordinal)


@dataclass(slots=True)
class Quote:
    speaker: str | None  # canonical name of a person or organization
    span: Span  # the quoted words, without the quotation marks
    cue: str = ""
    cue_span: Span | None = None
    text: str = ""


@dataclass(slots=True)
class Story:
    id: str
    title: str = ""
    article_ids: list[str] = field(default_factory=list)
    first: str | None = None
    last: str | None = None


@dataclass(slots=True)
class Article:
    """One news article.

    ``original`` is the document exactly as decoded (a text file's content; for a record, headline + blank line
    + body). ``text`` has the same length: boilerplate lines (wire breaks, app promos…) and a repeated
    headline are blanked with spaces, so offsets are shared by both and the original is never altered.
    """

    id: str
    original: str
    text: str = ""
    headline: Span = Span(0, 0)
    body: Span = Span(0, 0)
    outlet: str | None = None
    agency: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date
    published_source: str | None = None  # metadata | url | dateline | inferred
    published_meta: str | None = None  # the metadata timestamp as given
    dateline: Span | None = None
    source_path: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    removed: list[Span] = field(default_factory=list)  # blanked boilerplate
    content_hash: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    times: list[TimeExpression] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    story: str | None = None
    duplicate_of: str | None = None
    _norm: Normalized | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.text:
            self.text = self.original
        if len(self.text) != len(self.original):
            raise ValueError(f"article {self.id}: text and original differ in length")

    @property
    def norm(self) -> Normalized:
        """Match-key normalization of :attr:`text`, computed once per article and shared by all stages."""
        if self._norm is None:
            self._norm = normalize(self.text, key=True)
        return self._norm

    def span_text(self, span: Span) -> str:
        return self.original[span.start : span.end]

    @property
    def headline_text(self) -> str:
        return self.headline.of(self.original).strip()

    def entity_names(self, kind: str) -> list[str]:
        """Distinct canonical names of actors of one kind named (not merely titled) in the article."""
        seen: dict[str, None] = {}
        for m in self.mentions:
            if m.form != "name":
                continue
            actor = self.actors.get(m.actor_id)
            if actor is not None and actor.kind == kind:
                seen.setdefault(actor.name, None)
        return list(seen)


def to_dict(obj: Any) -> Any:
    """Plain-data view of any model object (for JSON)."""
    return asdict(obj)
