"""Descriptions that stand for a person the article names elsewhere: «المسؤولة الأميركية رفيعة المستوى».

A role noun with a nationality refers to the one person of that country the article names who could hold
such a role: the nearest named before it, else the nearest named after it (news often describes a guest
first and names them later). Heads of state and government are not «an official». The event stage uses
these as parties of contacts; they are not entity mentions (an anonymous source is nobody in particular).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from marsad.extract.common import load_data
from marsad.kb.knowledge import KnowledgeBase
from marsad.model import Article, Mention, Span
from marsad.text.normalize import match_key

_NEXT_WORDS = 40  # characters after a role noun in which its nationality is sought
_WORD = re.compile(r"[^\s]+")
_GAP = re.compile(r"[\s\u00a0]+")
_WORD_BEFORE = re.compile(r"([^\s\u00a0]+)[\s\u00a0]*$")
_APPOSITION = re.compile(r"[\s\u00a0]*[،,(]?[\s\u00a0]*")


@dataclass(frozen=True, slots=True)
class _Rules:
    role: re.Pattern[str]  # a role noun, whole word, in match-key text
    relation_roles: frozenset[str]
    modifiers: frozenset[str]
    not_after: frozenset[str]
    speech: frozenset[str]  # after a speech verb, an indefinite description is an anonymous source
    not_roles: frozenset[str]


@cache
def _rules() -> _Rules:
    data = load_data("kb/descriptions.yaml")
    alts = "|".join(re.escape(match_key(w)) for w in sorted(data["roles"] + data.get("relation_roles", []),
                                                            key=len, reverse=True))
    # optional conjunction/preposition and article before; accusative alif (with or without tanween) after
    role = re.compile(rf"(?<![^\W\d_])(?P<pre>[وفبل]|ال|[وفب]ال|لل)?(?:{alts})(?:ا)?(?![^\W\d_])")
    speech = load_data("quotes/cues.yaml")["verbs"]
    return _Rules(role, frozenset(match_key(w) for w in data.get("relation_roles", [])),
                  frozenset(match_key(w) for w in data.get("modifiers", [])),
                  frozenset(match_key(w) for w in data.get("not_after", [])),
                  frozenset(match_key(w) for w in speech),
                  frozenset(data.get("not_roles", [])))


def _nationality(kb: KnowledgeBase, text: str) -> tuple[str, int] | None:
    """(ISO code, length) of a nisba adjective opening ``text`` (match keys), indefinite accusative too
    («صينيا»)."""
    word = _WORD.match(text)
    if word is None:
        return None
    candidates = [text]
    if word.group(0).endswith("ا"):  # «صينيا» → «صيني»
        candidates.append(text[: word.end() - 1] + text[word.end():])
    for cand in candidates:
        for start, end, _key, values, prefix, _suffix in kb.matcher.scan(cand, kb.scan_suffixes):
            if start - len(prefix) != 0:  # the adjective follows the role noun directly
                break
            for e in values:
                if e.kind == "nisba":
                    return e.ids[0], end + (len(text) - len(cand))
    return None


def describe(article: Article, kb: KnowledgeBase, definite_only: bool = False) -> list[Mention]:
    """Mentions (form ``description``) of named persons, at descriptions that stand for them.

    An anonymous official («قال مسؤول أمريكي») makes the later «المسؤول الأمريكي» that official too, not a
    named person. ``definite_only``: only descriptions that refer back («المسؤول الإماراتي»)."""
    rules = _rules()
    norm = article.norm
    key = norm.text
    named = [(m.span.start, m.actor_id) for m in article.mentions
             if m.form == "name" and m.actor_id in article.actors and article.actors[m.actor_id].kind == "person"]
    if not named:
        return []
    out: list[Mention] = []
    anonymous: set[str] = set()  # countries with an unnamed official in the article so far
    for rm in rules.role.finditer(key):
        gap = _GAP.match(key, rm.end())
        if gap is None:
            continue
        at = gap.end()
        relation = match_key(rm.group(0)).removeprefix(rm.group("pre") or "").rstrip("ا") in rules.relation_roles
        before_role = _WORD_BEFORE.search(key, max(0, rm.start() - 20), rm.start())
        if relation and (before_role is None or before_role.group(1) != "مع"):
            continue  # an aide is a party only as «مع مساعد بارز لكيم» (not «… مستشارا لخادم الحرمين»)
        found = None if relation else _nationality(kb, key[at : at + _NEXT_WORDS])
        if found is None:
            found = _served(article, kb, key, at, rules)  # «مساعد بارز لكيم», «موفد … من بيونغ يانغ»
        if found is None:
            continue
        country, length = found
        definite = "ال" in (rm.group("pre") or "") or (rm.group("pre") or "").endswith("لل")
        prev = _WORD_BEFORE.search(key, max(0, rm.start() - 20), rm.start())
        w = prev.group(1) if prev is not None else ""
        words = {w, w[1:]} if w[:1] in "وف" else {w}
        if words & rules.not_after or (not definite and words & rules.speech):
            anonymous.add(country)  # a source, nobody in particular («وقال دبلوماسي إسرائيلي كبير»)
            continue
        if (definite and country in anonymous) or (definite_only and not definite):
            continue
        start, end = norm.span_to_original(rm.start(), at + length)
        if _apposed(article, country, start, end, kb):
            continue  # «كيم يونغ شول، المسؤول الكوري الشمالي الكبير»: the name just given
        sent = next((s.span for s in article.sentences if s.span.contains(Span(start, end))), Span(start, end))
        people = {pid for _, pid in named if kb.home.get(pid) == country and not _ruler(kb, pid, article)}
        # the described person is someone the sentence does not name («مسؤول … مقرب من الزعيم كيم»)
        people -= {pid for pos, pid in named if sent.start <= pos < sent.end}
        before = [(start - pos, pid) for pos, pid in named if pid in people and pos < start and definite]
        after = [(pos - end, pid) for pos, pid in named if pid in people and pos >= end and not definite_only]
        if not before and not after:
            if not definite:
                anonymous.add(country)
            continue
        pid = min(before)[1] if before else min(after)[1]
        out.append(Mention(Span(start, end), pid, "description", article.text[start:end]))
    return out


def _served(article: Article, kb: KnowledgeBase, key: str, at: int, rules: _Rules) -> tuple[str, int] | None:
    """(ISO code, length) of «ل» + a person («لكيم») or «من» + a place or state («من بيونغ يانغ») after a role
    noun and its modifiers: the country of whom the role serves or where its holder comes from."""
    pos = at
    for _ in range(3):  # modifiers («بارز», «رفيع المستوى»)
        word = _WORD.match(key, pos)
        if word is None or match_key(word.group(0)) not in rules.modifiers:
            break
        gap = _GAP.match(key, word.end())
        if gap is None:
            return None
        pos = gap.end()
    norm = article.norm
    for prefix, kinds in (("ل", ("person",)), ("من ", ("place", "country"))):
        if not key.startswith(prefix, pos):
            continue
        start = norm.span_to_original(pos + len(prefix), pos + len(prefix) + 1)[0]
        m = next((m for m in article.mentions if m.span.start == start and m.actor_id in article.actors
                  and article.actors[m.actor_id].kind in kinds), None)
        if m is None:
            continue
        actor = article.actors[m.actor_id]
        country = kb.home.get(m.actor_id) or (actor.iso2 if actor.kind == "country" else None)
        if country is None:
            return None
        key_end = pos + len(prefix) + len(match_key(m.text))
        return country, key_end - at
    return None


def _apposed(article: Article, country: str, start: int, end: int, kb: KnowledgeBase) -> bool:
    """Whether the description stands in apposition to a person of its country named right before it
    («كيم يونغ شول، المسؤول الكوري الشمالي الكبير») or to anyone named right after it («المبعوث السعودي
    نزار العلولا»): that name is the party."""
    text = article.text
    for m in article.mentions:
        if m.form in ("name", "title") and m.span.end <= start and _APPOSITION.fullmatch(text, m.span.end, start):
            return kb.home.get(m.actor_id) == country
        if m.form == "name" and m.span.start >= end and _APPOSITION.fullmatch(text, end, m.span.start) \
                and article.actors.get(m.actor_id) is not None and article.actors[m.actor_id].kind == "person":
            return True
    return False


def _ruler(kb: KnowledgeBase, person: str, article: Article) -> bool:
    """Whether the person led a state or government on the article's day (no official is described so)."""
    rules = _rules()
    terms = kb.terms_of(person, article.published) if article.published else kb.terms_of(person)[:1]
    return any(rules.not_roles & set(kb.abstract_roles(t.office, t.of)) | ({t.office} & rules.not_roles)
               for t in terms)
