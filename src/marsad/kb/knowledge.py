"""The actor knowledge base: who is who, who held which office when, and the Arabic names of everything.

A :class:`KnowledgeBase` is built once per process by :func:`marsad.kb.load_kb` from the data files in
``marsad/data/kb``. It owns one clitic-aware matcher over match-key text, ``matcher``, whose values are
:class:`Entry` objects: names, nisba adjectives, role titles, stop phrases, and weak surnames (short or
common-word surnames such as «مون» or «عون», trusted only in context).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from marsad.model import Actor
from marsad.text.lexmatch import LexiconMatcher
from marsad.text.normalize import match_key

_SEP = re.compile(r"[\s_\-–—‐]+")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\w]*$")


def key_of(text: str) -> str:
    """The lexicon key of an Arabic phrase: match-key folding, and hyphens/underscores as spaces.

    The entity stage matches against key text with the same hyphen/underscore folding («#كيم_جونغ_أون»).
    """
    return " ".join(_SEP.split(match_key(text))).strip()


@dataclass(frozen=True, slots=True)
class Term:
    """One person's tenure in one office of one country or organization (``end`` exclusive, None = open)."""

    person: str
    office: str
    of: str  # ISO alpha-2 country code or an actor id ("org:…", "loc:…")
    start: date | None = None
    end: date | None = None

    def covers(self, on: date) -> bool:
        return self.start is not None and self.start <= on and (self.end is None or on < self.end)


@dataclass(frozen=True, slots=True)
class TitleSpec:
    """A role-title phrase as the entity stage uses it (see role_titles.yaml)."""

    office: str | None
    definite: bool
    countries: frozenset[str] | None = None
    orgs: bool = False
    of: str | None = None
    counterpart: bool = False
    dual: bool = False  # «نظيريه»: two counterparts, the second told by its nisba after «و»
    plural: bool = False  # «نظرائه»: counterparts, each after the first told by its nisba after «و»
    possessive: bool = False  # «وزير خارجيته»: of the state of the person named before
    bare: bool = False
    deputy: bool = False
    portfolio: tuple[str, ...] = ()  # match keys of the words that end the full title («للشؤون الخارجية»)


@dataclass(frozen=True, slots=True)
class Entry:
    """One meaning of a lexicon key.

    ``kind``: ``name`` (``ids``: the actor; several ids = a deliberately ambiguous name resolved from the
    article's context), ``nisba`` (``ids``: the country), ``title`` (``title``), ``stop`` (a longer phrase
    that hides a false match, such as «صلاة المغرب»), ``weak`` (a surname trusted only in context).
    """

    kind: str
    ids: tuple[str, ...] = ()
    title: TitleSpec | None = None
    shared: bool = False
    definite: bool = False  # nisba written with its article («الروسي»)


def word_before(key: str, pos: int, targets: frozenset[str], skip: frozenset[str] | tuple[str, ...],
                clitics: str, steps: int) -> bool:
    """Whether one of ``targets`` (bare or after one of ``clitics``) stands right before ``pos`` in match-key
    text, past at most ``steps - 1`` words of ``skip`` («استاد الأمير فيصل», «نائب وزير الخارجية الأول»)."""
    for _ in range(steps):
        m = _WORD_BEFORE.search(key, max(0, pos - 40), pos)
        if not m or key[m.end(1) : pos].strip(" "):
            return False
        w = m.group(1)
        if w in targets or (w[:1] in clitics and w[1:] in targets):
            return True
        if w not in skip:
            return False
        pos = m.start(1)
    return False


@dataclass(slots=True)
class KnowledgeBase:
    actors: dict[str, Actor] = field(default_factory=dict)
    terms: list[Term] = field(default_factory=list)
    offices: dict[str, tuple[str, ...]] = field(default_factory=dict)  # office → abstract roles
    office_overrides: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    nonunique_offices: frozenset[str] = frozenset()
    deputies: dict[str, str] = field(default_factory=dict)  # office → its deputy's office («ونائبه»)
    fallback_offices: frozenset[str] = frozenset()  # titles that may resolve to the abstract role holder
    ceremonial_presidents: frozenset[str] = frozenset()  # iso2: the head of government leads the state
    metonym_of: dict[str, str] = field(default_factory=dict)  # capital place id → country iso2 (or a body id)
    home: dict[str, str] = field(default_factory=dict)  # actor id → iso2 of its country (context evidence)
    cues: dict[str, frozenset[str]] = field(default_factory=dict)  # actor id → iso2 that make it likely
    default_of: dict[str, str] = field(default_factory=dict)  # shared key → the actor it means by default
    org_head: dict[str, tuple[str, str]] = field(default_factory=dict)  # org id → (office, of)
    bureaus: frozenset[str] = frozenset()  # org ids that «مكتب» + their head names («مكتب الرئيس الفرنسي»)
    seat_of: dict[str, str] = field(default_factory=dict)  # org id → the place id of the building's city
    given_names: frozenset[str] = frozenset()  # keys of given names (one or two words)
    own_given_names: dict[str, frozenset[str]] = field(default_factory=dict)  # person id → their given names
    foreign_given_names: frozenset[str] = frozenset()  # keys of given names of other traditions («ريتشارد»)
    own_spelling: frozenset[str] = frozenset()  # person ids whose English name teaches no word spelling
    family_first: frozenset[str] = frozenset()  # East Asian family names, written first («سونغ تاو»)
    blockers_before: frozenset[str] = frozenset()
    holders_before: frozenset[str] = frozenset()  # blockers whose title is still the name's («مكتب»)
    blockers_after: frozenset[str] = frozenset()
    named_for: frozenset[str] = frozenset()  # nouns of places and prizes named for a person («استاد»)
    named_for_skip: frozenset[str] = frozenset()  # honorifics between such a noun and the name
    title_suffixes: frozenset[str] = frozenset()
    # endings the entity stage lets a hit carry: the matcher's pronouns, plus the nisba endings it then
    # accepts on nisbas only («الروسية» = الروسي + ة, «الروسيين», the indefinite accusative «وفدا أمريكيا»)
    nisba_suffixes: frozenset[str] = frozenset({"", "ه", "ون", "ين", "ان", "ات", "ا"})
    scan_suffixes: frozenset[str] = frozenset()
    metonym_verbs_before: frozenset[str] = frozenset()
    metonym_verbs_after: frozenset[str] = frozenset()
    entries: dict[str, list[Entry]] = field(default_factory=dict)  # key → meanings (for checks)
    weak_entries: dict[str, list[Entry]] = field(default_factory=dict)
    matcher: LexiconMatcher = field(default_factory=LexiconMatcher)
    weak_keys: dict[str, list[str]] = field(default_factory=dict)  # person id → weak surname keys
    # person id → the weak keys found only beside the person's full name (surnames the loader derives)
    beside_full_name: dict[str, frozenset[str]] = field(default_factory=dict)
    weak_any: re.Pattern[str] | None = None  # every weak surname, for the word after a title
    weak_people_by_country: dict[str, list[str]] = field(default_factory=dict)
    # an outlet of data/outlets.yaml (its English name, as Article.outlet) → its organization's actor id and its
    # Arabic forms, longest first (read in the article's own furniture: its dateline, its credit trailers)
    outlets: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    # a club's bare name («الهلال»), trusted in sports articles only (``ar_sport`` in orgs.yaml): form → actor id
    sport_forms: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # found while loading (unknown references …)
    _by_name: dict[str, str] = field(default_factory=dict)
    _by_office: dict[tuple[str, str], list[Term]] = field(default_factory=dict)
    _by_abstract: dict[tuple[str, str], list[Term]] = field(default_factory=dict)
    _by_person: dict[str, list[Term]] = field(default_factory=dict)

    # ------------------------------------------------------------------ lookups
    def actor(self, actor_id: str) -> Actor:
        """The actor with this id (KeyError if unknown)."""
        return self.actors[actor_id]

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def country_by_name(self, name: str) -> Actor | None:
        """A country by English name, ISO alpha-2/alpha-3 code, or Arabic name (any known variant)."""
        if not name:
            return None
        cid = self._by_name.get(name.strip().casefold()) or self._by_name.get(key_of(name))
        return self.actors.get(cid) if cid else None

    def _resolve_of(self, of: str) -> str:
        if of in self.actors:
            return of
        c = self.country_by_name(of)
        return c.id if c is not None else of

    def holder(self, role: str, country_iso2: str, on: date | str | None = None) -> Actor | None:
        """Who held ``role`` (an office such as ``foreign_minister`` or an abstract role such as
        ``head_of_state``) of a country (ISO alpha-2, or an organization/place id) on a date.

        Without a date, the latest holder (the one whose term started last).
        """
        of = self._resolve_of(country_iso2)
        day = as_date(on)
        for index in (self._by_office, self._by_abstract):
            terms = index.get((role, of))
            if not terms:
                continue
            if day is None:
                return self.actors.get(terms[-1].person)
            for t in reversed(terms):
                if t.covers(day):
                    return self.actors.get(t.person)
            return None
        return None

    def resolve_office(self, office: str, of: str, on: date | str | None = None, fallback: bool = True
                       ) -> Actor | None:
        """The holder of an office, else (with ``fallback``) of the abstract roles it fills there
        («الرئيس السوداني» in 2020 is the head of state although no one holds the office of president)."""
        found = self.holder(office, of, on)
        if found is not None or not fallback:
            return found
        for role in self.abstract_roles(office, self._resolve_of(of)):
            found = self.holder(role, of, on)
            if found is not None:
                return found
        return None

    def terms_of(self, person_id: str, on: date | str | None = None) -> list[Term]:
        """The person's dated terms; with a date, those running on it (without, the latest first)."""
        terms = self._by_person.get(person_id, [])
        day = as_date(on)
        if day is None:
            return sorted(terms, key=lambda t: t.start or date.min, reverse=True)
        return [t for t in terms if t.covers(day)]

    def named_for_at(self, key: str, pos: int) -> bool:
        """Whether the name starting at ``pos`` of match-key text is part of what is named for its bearer
        («استاد الأمير فيصل بن فهد», «كأس خادم الحرمين الشريفين»): a ``named_for`` noun before it, through
        honorifics."""
        return word_before(key, pos, self.named_for, self.named_for_skip, "وفبل", 4)

    def abstract_roles(self, office: str, of: str) -> tuple[str, ...]:
        return self.office_overrides.get((of, office), self.offices.get(office, ()))

    # ------------------------------------------------------------------ building
    def add_term(self, term: Term) -> None:
        self.terms.append(term)

    def index(self) -> None:
        """Sort terms into the lookup tables (after all data is loaded)."""
        self._by_office.clear()
        self._by_abstract.clear()
        self._by_person.clear()
        for t in self.terms:
            if t.start is None:
                continue
            self._by_person.setdefault(t.person, []).append(t)
            if t.office in self.nonunique_offices:
                continue
            self._by_office.setdefault((t.office, t.of), []).append(t)
            for role in self.abstract_roles(t.office, t.of):
                self._by_abstract.setdefault((role, t.of), []).append(t)
        for table in (self._by_office, self._by_abstract):
            for terms in table.values():
                terms.sort(key=lambda t: t.start or date.min)
        for a in self.actors.values():
            if a.kind == "country":
                self._by_name.setdefault(a.name.casefold(), a.id)
                self._by_name.setdefault(a.id.casefold(), a.id)
                for ar in a.arabic:
                    self._by_name.setdefault(key_of(ar), a.id)

    def name_country(self, iso2: str | None) -> str | None:
        """English common name of a country code."""
        if not iso2:
            return None
        a = self.actors.get(iso2)
        return a.name if a is not None else None

    # ------------------------------------------------------------------ checks
    def check(self) -> list[str]:
        """Consistency problems (empty when the data is sound).

        No two holders of one unique office overlap; every term's country/organization exists; every
        Arabic key has one meaning unless deliberately shared; every person has a country.
        """
        out = list(self.problems)
        for (office, of), terms in self._by_office.items():
            for a, b in zip(terms, terms[1:], strict=False):
                if a.end is None or (b.start is not None and a.end > b.start):
                    if a.person != b.person:
                        out.append(f"overlap in {office}/{of}: {a.person} {a.start}..{a.end} and "
                                   f"{b.person} {b.start}..{b.end}")
        for t in self.terms:
            if t.of not in self.actors:
                out.append(f"term of {t.person}: unknown country/organization {t.of!r}")
            if t.office not in self.offices:
                out.append(f"term of {t.person}: unknown office {t.office!r}")
            if t.start is not None and t.end is not None and t.end <= t.start:
                out.append(f"term of {t.person}: ends before it starts ({t.office} {t.start}..{t.end})")
        for a in self.actors.values():
            if a.kind == "person" and not a.country:
                out.append(f"person without a country: {a.id}")
            if not a.arabic:
                out.append(f"actor without an Arabic name: {a.id}")
        for key, entries in self.entries.items():
            meanings = {(e.kind, e.ids, e.title) for e in entries if e.kind != "stop"}
            if len(meanings) <= 1:
                continue
            kinds = {e.kind for e in entries if e.kind != "stop"}
            if kinds == {"name"} and all(e.shared for e in entries if e.kind == "name"):
                continue
            if kinds == {"name", "nisba"} and len({e.ids for e in entries if e.kind != "stop"}) == 1:
                continue  # «السعودية»: the country, or the feminine adjective after a definite noun
            if kinds == {"title"}:
                continue
            desc = sorted(f"{k}:{','.join(i)}" for k, i, _ in meanings)
            out.append(f"ambiguous key {key!r} not flagged as shared: {desc}")
        return out


def as_date(on: date | str | None) -> date | None:
    """A date from a ``date``, an ISO date/datetime string, ``YYYY-MM`` or ``YYYY`` (None if unreadable)."""
    if on is None or isinstance(on, date):
        return on
    s = str(on).strip()
    if len(s) >= 10:
        try:
            return date.fromisoformat(s[:10])
        except ValueError:
            return None
    if len(s) == 7:  # YYYY-MM
        try:
            return date.fromisoformat(s + "-15")
        except ValueError:
            return None
    if len(s) == 4 and s.isdigit():
        return date(int(s), 7, 1)
    return None
