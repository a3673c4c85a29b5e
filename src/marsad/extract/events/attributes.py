"""A contact's date and clock time, status, initiator and location, from the time layer and cue phrases near
its trigger."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from marsad.extract.common import Hit, clause_start
from marsad.extract.events.lexicons import Lexicons, lexicons
from marsad.extract.events.syntax import (
    CLAUSE_STOP,
    COMPLEMENTIZER,
    FROM_WORD,
    RELATIVE,
    WORDS,
    asking_verb,
    definite_word,
    dist,
    key_before,
    lies_between,
    sentence_of,
    word_before,
    words_between,
)
from marsad.kb.loader import load_kb
from marsad.model import ActorRef, Article, Event, Mention, Span, TimeExpression
from marsad.text.normalize import match_key
from marsad.time.lexicon import weekday_names
from marsad.time.resolve import NEAREST, month_year

_CLAUSE_BREAK = re.compile(r"[،,.]")
_COMMA = re.compile(r"[،,]")
CALLED_REACH = 16  # «اتصالا هاتفيا بالرئيس»: the one called right after the call noun
CANCEL_REACH = 60  # «ألغى الرئيس الأميركي دونالد ترامب القمة»: a cancelling verb this close before the cue
_SPACES = re.compile(r"[\s\u00a0]+")
COORDINATED_VISIT_WORDS = 8  # «سيزور الولايات المتحدة ويلتقي …»: words from a visit cue to the meeting verb after it
LEAD_PARAGRAPHS = 4  # headline and the first body paragraphs: where news reports the day's contacts
LOCAL_REACH = 25  # a status cue this close to a trigger («المحادثات الأخيرة») speaks for that mention
STATEMENT_REACH = 30  # a date this close after a speech verb is when the statement was made …
STATEMENT_COST = 300  # … and yields to any other date of the window


DAY_OFFSET_REACH = 24  # characters before a cue in which «بعد يوم واحد من» is sought


def nearest_trigger(span: Span, trigger: Span, siblings: list[Span]) -> bool:
    """An initiator cue belongs to the nearest trigger of its sentence («بمبادرة من روسيا … خلال المحادثات
    الأخيرة عبر الفيديو»: the initiative is the call's, not the video call's)."""
    d = dist(span, trigger)
    return all(d <= dist(span, o) for o in siblings)


_LOCAL_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)$")
NEWS_DAY_HOUR = 12  # an article published from this hour on (its own clock) reports that day's contacts
HOURS_REACH = 30  # characters before a cue in which «قبل ساعات من» is sought
INVITATION_REACH = 120  # characters between an invitation and the visit it invites to, in its sentence
# «لزيارة», «إلى زيارة», «إلى إجراء محادثات»
_INVITED_TO = re.compile(
    r"(?:ل|للقيام[\s\u00a0]+ب|لإجراء[\s\u00a0]+|إلى[\s\u00a0]+(?:إجراء[\s\u00a0]+|عقد[\s\u00a0]+)?)$")
QUOTED_PHRASE_WORDS = 5  # quoted words up to this long may be a phrase of the narrator's clause
SINCE_REACH = 30  # a «منذ» this far before a date governs it
_CLAUSE_END = re.compile(r"[،,.؛:!?؟\n]")
# (harakat: «هاتفياً»; a comma after the call or the day: «اتصالاً هاتفيًا، أمس، من الرئيس …»)
_FROM = re.compile(r"^[\s\u00a0\u064b-\u065f]*[،,]?[\s\u00a0]*"
                   r"(?:[\u0621-\u065f]+[\s\u00a0]*[،,]?[\s\u00a0]+){0,2}?من[\s\u00a0]")


def _caller(article: Article, ev: Event, h: Hit, cues: list[Hit], ms: list[Mention]) -> str | None:
    """«تلقى X اتصالا هاتفيا اليوم من Y»: a receiving verb before the call and «من» right after it; or the
    verb after the call with its receiver («اتصال هاتفي تلقاه الرئيس السيسي من ملك البحرين»)."""
    if any(c.value == ("initiator", "received_verbs") and c.span.end <= h.span.start for c in cues):
        m = _FROM.match(article.text[h.span.end : h.span.end + 40])
        start = h.span.end + m.end() if m else -1
    else:
        gap = _SPACES.match(article.text, h.span.end)
        later = lexicons().received_after.match(article.text, gap.end()) if gap else None
        m = FROM_WORD.search(article.text, later.end(), later.end() + 60) if later else None
        start = m.end() if m else -1
    names = {p.name for p in ev.participants}
    if start < 0:
        # «أجرى الملك سلمان اتصالا هاتفيا بالرئيس التركي»: whoever called the one after «بـ» placed the call
        called = next((x for x in ms if h.span.end <= x.span.start <= h.span.end + CALLED_REACH
                       and (article.text[x.span.start - 1 : x.span.start] == "ب"
                            or article.text[max(0, x.span.start - 3) : x.span.start] == "بال")), None)
        others = [n for n in names if called is not None and n != article.actors[called.actor_id].name]
        return others[0] if len(names) == 2 and len(others) == 1 else None
    after = [x for x in ms if start <= x.span.start <= start + 60 and article.actors[x.actor_id].kind == "person"]
    for x in after:
        if article.actors[x.actor_id].name in names:
            return article.actors[x.actor_id].name
    return None


def news_day(article: Article, events: list[Event], defaulted: dict[int, Event]) -> None:
    """An article published the day after its lead contact («وصل … مساء الإثنين», published Tuesday 06:00)
    reports the day's other contacts on that day too: the events dated by default take the lead's day."""
    pub = article.published
    if not pub or not defaulted:
        return
    meta = article.published_meta or ""
    if _LOCAL_STAMP.match(meta) and int(meta[11:13]) >= NEWS_DAY_HOUR:
        # published late in the day (a timestamp with its UTC offset: a crawl time without one says nothing):
        # the day's contacts are that day's («أجريت للتو حديثا … مع … مون»)
        return
    day_before = _days_before(pub, 1)
    if day_before is None:
        return
    lead = next((e for e in events if id(e) not in defaulted and e.date and e.evidence
                 and in_lead(article, e.evidence[0])), None)
    if lead is None:
        # a lead that states the day for contacts it does not list one by one («تلقى … أمس عدة اتصالات هاتفية
        # من مسؤولي دول شقيقة»): the first date of the body's first sentence
        # (or of the lead's first sentence that has one: «عبر ظريف عن تفاؤله … إثر محادثات جمعته في بروكسل» then
        # «أكد وزير الخارجية الإيراني الثلاثاء … لدى بدء محادثاته»)
        day = next((t.value for x in article.sentences if not article.headline.contains(x.span)
                    and in_lead(article, x.span) for t in article.times if x.span.contains(t.span)
                    and t.value and "T" not in t.value and "/" not in t.value), None)
        if day != day_before:
            return
    elif lead.date != day_before:
        return
    for e in events:
        if id(e) in defaulted and e.date == pub[:10]:
            e.date = day_before


def dated_by_visit(article: Article, events: list[Event], defaulted: dict[int, Event]) -> None:
    """«وناقش جونسون … مع مسؤولين إيرانيين في زيارة قام بها لطهران في ديسمبر»: a contact told in the sentence
    of a visit of one of its parties, with no date of its own (or planned: «سيلتقي خلال الزيارة»), took place during
    that visit (not one told as before it: «وسبق ذلك، لقاءات عقدها …»); so did one the article places, undated
    (not dated by default: the day's news), in the city of a party's visit («زيارة كيم … لبكين في مارس» … «خلال
    اجتماعهما في بكين»)."""
    starts = [s.span for s in article.sentences]
    for e in events:
        if not (id(e) in defaulted or e.date is None) or e.type not in ("meeting", "negotiation"):
            continue
        names = {p.name for p in e.participants}
        around = {sentence_of(article, sp) for sp in e.evidence} - {None}
        # (or, planned, the sentence right after a visit's that starts today or later: «يبدأ جونسون الأحد زيارة
        # تستمر يومين لواشنطن …» then «ويلتقي جونسون نائب الرئيس الأميركي»; not a summit told with the arrival
        # of the day: «وصل ترامب إلى سنغافورة، الأحد، حيث سيعقد قمة»)
        before = {starts[i - 1] for i, sp in enumerate(starts) if i and sp in around} - around \
            if e.status == "planned" or id(e) in defaulted and e.location else set()
        v = next((v for v in events if v.type == "visit" and v.date and id(v) not in defaulted
                  and names & {p.name for p in v.source}
                  and _during_visit(article, e, v, around, before, id(e) in defaulted)), None)
        if v is not None:
            e.date = v.date
            defaulted.pop(id(e), None)


def _during_visit(article: Article, e: Event, v: Event, around: set[Span], before: set[Span],
                  defaulted: bool) -> bool:
    """``e`` (told in the sentences ``around``, the one ``before`` them too when planned) took place during ``v``."""
    told = {sentence_of(article, sp) for sp in v.evidence}
    same = v.status == e.status
    if (defaulted or e.status == "planned") and same and around & told:
        return True
    if e.status == "planned" and (same or _from_today(v.date or "", article.published)) and before & told:
        return True
    if defaulted and same and before & told and e.location is not None and e.location == v.location:
        # «خلال زيارته فنزويلا الاثنين …» then «وصرح عباس خلال قمة مع نظيره … في كراكاس»
        return True
    return same and e.date is None and e.location is not None and e.location == v.location


def _from_today(value: str, pub: str | None) -> bool:
    """A date that starts on the publication day or after it (a visit that begins today may still hold the
    meetings it plans: «يبدأ جونسون الأحد زيارة … ويلتقي …»)."""
    return pub is not None and value.split("/")[0] >= pub[:10]


def visit_dated_by_its_meeting(article: Article, events: list[Event], defaulted: dict[int, Event]) -> None:
    """«إن الملك سلمان سيزور الولايات المتحدة ويلتقي بالرئيس باراك أوباما في سبتمبر»: an undated visit and the
    meeting of its visitor coordinated right after it in its sentence share the meeting's date."""
    for v in events:
        if v.type != "visit" or v.date is not None or not v.source or not v.evidence:
            continue
        visitor = v.source[0].name
        m = next((e for e in events if e.type == "meeting" and e.date and id(e) not in defaulted
                  and e.status == v.status and visitor in {p.name for p in e.participants}
                  and v.evidence[0] in e.evidence and _coordinated_after(article, v.trigger, e.trigger,
                                                                          v.evidence[0])), None)
        if m is not None:
            v.date = m.date


def visit_dated_by_its_contacts(events: list[Event], defaulted: dict[int, Event]) -> None:
    """«التقت ميركل، الجمعة، رؤساء لبنان الثلاثة» … «زيارة ميركل»: an undated visit takes the one day on which the
    article dates its visitor's contacts with the host state's people (or the state), of the same status; none
    when they fall on several days, or only on the day of the news by default. So does a visit dated only by
    default («زيارة ترمب لبريطانيا», published the day after «استقبلت ماي ترمب الخميس»)."""
    for v in events:
        if v.type != "visit" or not (v.date is None or id(v) in defaulted) or not v.source or not v.target:
            continue
        visitor, hosts = v.source[0].name, {t.name for t in v.target}
        days = {e.date for e in events if e.type != "visit" and e.date and id(e) not in defaulted
                and e.status == v.status and _hosted(e, visitor, hosts)}
        if len(days) == 1:
            v.date = days.pop()
            defaulted.pop(id(v), None)


def contacts_dated_by_their_visit(events: list[Event], defaulted: dict[int, Event]) -> None:
    """«زيارة بومبيو لبيونغ يانغ الأربعاء» … «اجتماعه مع كيم»: a contact dated only by default, between a visitor
    and the host state's people (or the state), took place on the one day the article dates that visit."""
    for e in events:
        if id(e) not in defaulted or e.type not in ("meeting", "negotiation"):
            continue
        days = {v.date for v in events if v.type == "visit" and v.date and "/" not in v.date
                and id(v) not in defaulted and v.status == e.status and v.source
                and _hosted(e, v.source[0].name, {t.name for t in v.target})}
        if len(days) == 1:
            e.date = days.pop()
            defaulted.pop(id(e), None)


def _hosted(e: Event, visitor: str, hosts: set[str]) -> bool:
    """``e`` is a contact of ``visitor`` with one of the ``hosts`` states or its people."""
    return visitor in {p.name for p in e.participants} and any(
        p.name != visitor and (p.name if p.kind == "country" else p.country) in hosts for p in e.participants)


def _coordinated_after(article: Article, first: str, second: str, sent: Span) -> bool:
    """The cue ``second`` follows ``first`` in the sentence as the next coordinated verb («سيزور … ويلتقي»)."""
    text = sent.of(article.text)
    i = text.find(first)
    j = text.find(second, i + len(first)) if i >= 0 else -1
    return j > 0 and text[j - 1] == "و" and len(text[i:j].split()) <= COORDINATED_VISIT_WORDS


def in_lead(article: Article, span: Span) -> bool:
    """Headline and first paragraphs: where news states the day's contact; a noun further down («قمة جنيف»)
    is usually background and keeps no date rather than the publication date."""
    return any(p.contains(span) for p in article.paragraphs[:LEAD_PARAGRAPHS])


def located_in(article: Article, place: str, target: list[ActorRef]) -> bool:
    """Whether ``place`` (a place of the article, by name) lies in the visit's destination country."""
    countries = {t.country or t.name for t in target}
    for a in article.actors.values():
        if a.name == place:
            return a.kind == "country" and a.name in countries or a.country in countries
    return True  # (not a place of the article's: nothing to check it against)


def city_of(article: Article, country: str) -> str | None:
    """The first city of ``country`` the article names: where a visit to that country takes place."""
    for m in article.mentions:
        a = article.actors.get(m.actor_id)
        if a is not None and a.kind == "place" and a.country == country and m.form == "name":
            return a.name
    return None


def _location(article: Article, ms: list[Mention], trigger: Span, walls: list[Span]) -> str | None:
    """The city where the contact takes place: the nearest named place introduced by «في» (or an attached
    ب) or right after the trigger, preferring one after the trigger; not past a speech cue or another trigger
    (``walls``): «وعقب الاجتماع، شدد … على أن … في آسيا الوسطى» says where something else is."""
    best: tuple[int, str] | None = None
    kb, city_states = load_kb(), lexicons().city_states
    for m in ms:
        a = article.actors[m.actor_id]
        if m.actor_id in kb.seat_of:  # «في البيت الأبيض»: in Washington
            a = kb.actors[kb.seat_of[m.actor_id]]
        city = a.kind == "place" or (a.kind == "country" and a.name in city_states)
        if not city or m.form != "name" or any(lies_between(w, trigger, m.span) for w in walls):
            continue
        attached = m.span.start > 0 and article.text[m.span.start - 1] == "ب"
        named_for = (m.span.start >= trigger.end and not article.text[trigger.end : m.span.start].strip()
                     and (a.country is not None or a.kind == "country"))  # (a city, not «يزور أفريقيا»)
        tag = m.span.start > 0 and article.text[m.span.start - 1] == "#"  # «في #بيونغ_يانغ»
        before = word_before(article.text, m.span.start - tag)
        if before in lexicons().place_nouns:  # «في قرية بانمونجوم»
            before = word_before(article.text, article.text.rfind(" ", 0, m.span.start - 1) + 1)
        if not (attached or named_for) and before != "في":
            continue  # (named_for: the contact named for its city, «قمة جنيف», «محادثات فيينا»)
        if m.span.start >= trigger.end and lexicons().purposes.search(article.text, trigger.end, m.span.start):
            continue  # «اجتماع عاجل لمجلس الأمن لمناقشة مسألة العنف في الغوطة الشرقية»: the topic's place
        if m.span.end <= trigger.start and _in_relative_clause(article.text, m.span, trigger):
            continue  # «وروتو الذي يحاكم امام المحكمة الجنائية الدولية في لاهاي، … في قاعة الاجتماع»
        if m.span.end <= trigger.start and _COMMA.search(article.text, m.span.end, trigger.start) \
                and not lexicons().during_it.match(article.text, trigger.end + 1):
            # «التقى كيم … بالمنطقة المنزوعة السلاح، غداة إعلان ترامب أن عقد قمته»: the other cue's place (not
            # «زار سفارة … في روما، التقى خلالها …»: during that visit, so there)
            opened = clause_start(article.text, m.span.start, m.span.start, "،,.\n")
            if any(opened <= o.start and o.end <= m.span.start for o in walls):
                continue
        d = dist(m.span, trigger) + (0 if m.span.start >= trigger.end else 30)
        if best is None or d < best[0]:
            best = (d, a.name)
    return best[1] if best else None


def _in_relative_clause(text: str, place: Span, trigger: Span) -> bool:
    """A place told in a relative clause that a comma closes before the trigger: it is where someone else
    is or does something («الذي يحاكم امام المحكمة الجنائية الدولية في لاهاي، … الاجتماع»)."""
    if not _CLAUSE_BREAK.search(text, place.end, trigger.start):
        return False
    opened = clause_start(text, place.start, place.start, "،,.\n")
    return RELATIVE.search(text, opened, place.start) is not None


FUTURE_VERB_WORDS = 4  # words before a noun cue in which a future verb makes it planned («سيبدأ رحلته بزيارة»)
PRESENT_LIGHT_WORDS = 6  # words before a noun cue in which a present light verb tells its tense


def _clause_verb_before(text: str, start: int, reach: int, words: int, verbs: frozenset[str]) -> bool:
    """One of ``verbs`` (match keys, «و» dropped) among the last ``words`` words of the clause before ``start``."""
    clause = clause_start(text, start, reach, "،,.:؛\n")
    return any(match_key(w).removeprefix("و") in verbs for w in WORDS.findall(text, clause, start)[-words:])


def _future_verb_before(text: str, start: int, lex: Lexicons) -> bool:
    """«سيقوم بزيارة», «سيبدأ رحلته بزيارة»: a future verb a few words before the noun."""
    return _clause_verb_before(text, start, 60, FUTURE_VERB_WORDS, lex.planned_verbs_before)


def _present_light_before(text: str, start: int, lex: Lexicons) -> bool:
    """«يعقد مجلس جامعة الدول العربية اجتماعاً»: the noun's clause opens with a present light verb."""
    return _clause_verb_before(text, start, 80, PRESENT_LIGHT_WORDS, lex.present_light_verbs)


def _during_another(text: str, end: int, at: int, lex: Lexicons) -> bool:
    """«خلالها/خلاله» between the cue and ``at``, not right after the cue: another act during the contact."""
    during = lex.during_it.search(text, end, at)
    return during is not None and bool(text[end : during.start()].strip())


INTENDED_WORDS = 10  # words before a verbal-noun cue in which a verb of intent makes it planned


def _intended(text: str, h: Span, lex: Lexicons) -> bool:
    """«ويعتزم ترامب ونظيره الروسي فلاديمير بوتين عقد قمة», «اتفقتا على إجراء محادثات»: a cue that starts with a
    light verbal noun («عقد» is also the past verb «held») is a plan when a verb of intent or agreement opens its
    clause, its subject in between."""
    words = h.of(text).split()
    if not words or match_key(words[0]) not in lex.intent_light:
        return False
    clause = clause_start(text, h.start, 120, "،,.:؛\n")
    before = [match_key(w) for w in WORDS.findall(text, clause, h.start)][-INTENDED_WORDS:]
    return any(w in lex.intending_verbs or w[:1] in "وف" and w[1:] in lex.intending_verbs for w in before)


SUBJECT_VERB_WORDS = 10  # words after a noun cue to the future verb it is the subject of («مباحثات شكري … ستتناول»)


def _future_verb_after(text: str, end: int, lex: Lexicons) -> bool:
    stop = CLAUSE_STOP.search(text, end)
    words = WORDS.findall(text, end, stop.start() if stop else len(text))[:SUBJECT_VERB_WORDS]
    return any(match_key(w) in lex.planned_verbs_after for w in words)


def _others_relative(text: str, trigger: Span, t: Span) -> bool:
    """A relative pronoun between the cue and ``t`` that qualifies another noun: right after a noun more than one
    word after the cue (not after a comma, which may go back to the cue's noun: «زيارة ولي العهد … إلى أمريكا،
    التي بدأت في 20 مارس»)."""
    rel = RELATIVE.search(text, trigger.end, t.start)
    if rel is None or words_between(text, trigger.end, rel.start()) <= 1 \
            or text[trigger.end : rel.start()].rstrip()[-1:] in "،,":
        return False
    # (a definite noun takes no genitive: the definite words after it are its adjectives, and the relative is
    # still its own — «القمة المصرية الروسية التي عقدت في سوتشي الثلاثاء والأربعاء»)
    return not (definite_word(text, trigger) and all(
        match_key(w).startswith("ال") for w in WORDS.findall(text, trigger.end, rel.start())))


def initiator_person(ev: Event) -> str | None:
    """«بمبادرة من روسيا»: a state initiates through its participant."""
    for p in ev.participants + ev.source + ev.target:
        if ev.initiator and p.kind == "person" and p.country == ev.initiator:
            return p.name
    return ev.initiator


def _reporting_date(text: str, t: Span, trigger: Span, speech: list[Span]) -> bool:
    """The date of the statement, not of the contact it announces: before the trigger, with the complementizer
    between them («أكد بيسكوف، اليوم الأربعاء، أنه من المقرر إجراء اتصال»), or after it, past a speech verb
    («يعتزم لافروف زيارة كوريا الشمالية …، على ما أفادت المتحدثة … الأربعاء»). Read for planned contacts and for
    meeting and talks nouns, which have no tense of their own («اتهم بكين في العام 2009 …، ومن المرجح أن يزيد
    التباين … من تعقيد المحادثات»); a message or call noun is mostly reported the day it was sent or made."""
    if t.end <= trigger.start:
        return COMPLEMENTIZER.search(text, t.end, trigger.start) is not None
    return any(trigger.end <= sp.start and sp.end <= t.start for sp in speech)


def _in_dateline(article: Article, t: TimeExpression) -> bool:
    return article.dateline is not None and article.dateline.contains(t.span)


@lru_cache(maxsize=1)
def _weekday_keys() -> frozenset[str]:
    return frozenset(match_key(n) for forms in weekday_names().values() for n in forms)


def _bare_weekday(t: TimeExpression) -> bool:
    """A weekday alone («الاثنين», «يوم الاثنين»): the time stage takes the past one, as news tells the day's."""
    if t.value is None or len(t.value) != 10:
        return False
    key = match_key(t.text)
    key = key[4:] if key.startswith("يوم ") else key
    return key in _weekday_keys() or (key[:1] in "وفبل" and key[1:] in _weekday_keys())


def _in_since_clause(text: str, start: int, end: int, lex: Lexicons) -> bool:
    """Whether a «منذ» between ``start`` and ``end`` opens a clause that runs to ``end`` (no comma or stop)."""
    last = None
    for m in lex.since.finditer(text, start, end):
        last = m
    return last is not None and not _CLAUSE_END.search(text, last.end(), end)


def _lasting_until(text: str, start: int, lex: Lexicons) -> bool:
    """«تستمر حتى» (or the like) right before the time at ``start``."""
    before = " ".join(key_before(text, start, 24).split())
    return any(before.endswith(p) for p in lex.lasting_until)


def _days_before(published: str, days: int) -> str | None:
    """The day ``days`` before publication; None when the publication date is no day."""
    try:
        return (date.fromisoformat(published[:10]) - timedelta(days=days)).isoformat()
    except ValueError:
        return None


def future(value: str | None, published: str | None) -> bool:
    if not value or not published:
        return False
    start = value.split("/")[0][:10]
    try:
        if len(start) == 10:
            return date.fromisoformat(start) > date.fromisoformat(published)
        return start > published[: len(start)]
    except ValueError:
        return False


def set_attributes(article: Article, ev: Event, h: Hit, win: Span, cues: list[Hit], ms: list[Mention],
                   others: list[Span], speech: list[Span], statements: list[Span], quoted: list[Span],
                   lex: Lexicons, told_done: list[Span] = (), frame_start: int | None = None) -> bool:
    """Date, clock time, status and initiator; True when the contact is mentioned as background. ``told_done``:
    the sentence's other cues that are perfect verbs. ``statements``: the speech verbs (``speech``) and those that
    report words without saying them («علق», «حث»). ``frame_start``: where the sentence starts when the cue
    frames its clause («أعلن كارتر الاثنين … خلال لقاء مع نظيره»): the clause's date, even the statement's, is
    the contact's, and a status word of the statement it frames («أعلن … أن الولايات المتحدة مستعدة لتعزيز
    تعاونها …، خلال لقاء») is not."""
    if frame_start is not None:
        cues = [c for c in cues if not (c.value[0] == "status" and c.span.end <= h.span.start and any(
            sp.end <= c.span.start and COMPLEMENTIZER.search(article.text, sp.end, c.span.start) for sp in speech))]
    statuses = {c.value[1] for c in cues if c.value[0] == "status"}
    # a status cue right next to the trigger («المحادثات الأخيرة», «قمتين مرتقبتين», «من المقرر أن يلتقي»)
    # decides for this mention, whatever the rest of the sentence says about other contacts
    local = {c.value[1] for c in cues if c.value[0] == "status" and dist(c.span, h.span) <= LOCAL_REACH}
    # (a cancelling verb governs the noun after it, whatever its adjective says: «ألغى ترامب القمة المرتقبة»)
    local |= {"cancelled" for c in cues if c.value == ("status", "cancelled") and c.span.end <= h.span.start
              and h.span.start - c.span.end <= CANCEL_REACH
              and not _COMMA.search(article.text, c.span.end, h.span.start)}
    local_past = "past_context" in local
    if h.value.pos == "noun" and _INVITED_TO.search(article.text, max(0, h.span.start - 20), h.span.start) and \
            lex.invitation.search(article.text, clause_start(article.text, h.span.start, INVITATION_REACH, ".؛\n"),
                                  h.span.start):
        # «تلقى … دعوة هي الأولى من نوعها لزيارة المملكة», «دعاه فيها للقيام بزيارة», «دعا … كيم جونغ أون الرئيس
        # الكوري الجنوبي مون جيه-إن إلى زيارة بيونغيانغ» (through the invitee's title), «دعت السعودية إلى
        # اجتماع استثنائي»
        local = local | {"planned"}
    if h.value.pos == "noun" and asking_verb(article.text, h.span.start, lex) is not None:
        local = local | {"planned"}  # «طلبت روسيا من مجلس الأمن عقد اجتماع»: asked for, yet to come
    # (right before a verb cue too, which is then its verbal noun: «احتمالات عقد قمة»)
    if lex.planned_right_before.search(key_before(article.text, h.span.start, 20)) \
            or h.value.pos == "noun" and (lex.agreed_to.search(key_before(article.text, h.span.start, 100))
                                          or _future_verb_before(article.text, h.span.start, lex)
                                          or _future_verb_after(article.text, h.span.end, lex)):
        local = local | {"planned"}  # «عشية قمة تاريخية», «وافق ترامب على لقاء كيم», «سيقوم بزيارة»
    if h.value.is_verb and _intended(article.text, h.span, lex):
        local = local | {"planned"}  # «يعتزم ترامب … عقد قمة»: the verbal noun, not the past verb
    if h.value.pos == "noun" and word_before(article.text, h.span.start) in lex.previous_before:
        local = local | {"past_context"}  # «بعد عشرة أشهر من آخر لقاء جرى … في الرياض» (not «لقاء آخر»)
    statuses = local or statuses
    told_planned = "planned" in statuses  # (by a cue, not by the tense alone)
    if not local and h.value.pos == "verb_imperfect" and not article.headline.contains(h.span):
        statuses = statuses | {"planned"}  # (a headline's present reports the day's news: «… يصل إلى مسقط»)
    elif not local and h.value.pos == "verb":
        statuses = statuses - {"planned"}
    if "cancelled" in statuses and "cancelled" not in local:
        statuses = statuses - {"cancelled"}  # «ألغى» elsewhere in the sentence cancels another contact
    if ev.location is None and ev.type in ("meeting", "visit", "negotiation"):
        ev.location = _location(article, ms, h.span, speech + others)
    # date: the nearest time expression in the window, preferring those after the trigger (strongly so for
    # planned contacts: the date before the trigger is then usually when it was announced)
    before_cost = 200 if "planned" in statuses or local_past else 40
    dwin = win if frame_start is None else Span(min(frame_start, win.start), win.end)
    times = [t for t in article.times if dwin.contains(t.span) and t.value and not _in_dateline(article, t)
             and not (local_past and t.span.start < h.span.start)
             and not (("planned" in statuses or h.value.pos == "noun" and ev.type in ("meeting", "negotiation"))
                      and frame_start is None
                      and _reporting_date(article.text, t.span, h.span, speech))
             # «علق الرئيس الأمريكي الأربعاء … على تهديدات … بإلغاء القمة المرتقبة»: a day right after a speech verb
             # before a contact yet to come is the statement's, never the contact's
             and not ("planned" in statuses and frame_start is None and t.span.end <= h.span.start
                      and any(0 <= t.span.start - sp.end <= STATEMENT_REACH for sp in statements))
             and not any(lies_between(o, h.span, t.span) for o in others)
             # «للقمة المرتقبة في 12 حزيران …، ومباشرة العمل … على توجيه ترامب رسالة»: a date before the cue
             # and a comma, nearer another cue, is that one's; before a planned contact, a past verb's before
             # it («اجتمع مع … كيم جونغ أون، السبت، لمناقشة قمة مرتقبة …»)
             and not (t.span.end <= h.span.start and _COMMA.search(article.text, t.span.end, h.span.start)
                      and (any(o.end <= t.span.start and dist(o, t.span) < dist(t.span, h.span) for o in others)
                           or told_planned and any(o.end <= t.span.start for o in told_done)))
             and not (t.span.start > h.span.end and lex.where.search(article.text, h.span.end, t.span.start))
             # «أطلق لقاء الرئيس الأميركي ونظيره الروسي في هلسنكي سجالا …، بعد أن أعلن البيت الأبيض، الخميس»: a day
             # right after a speech verb after the cue is the statement's
             and not (frame_start is None and t.span.start > h.span.end and any(
                 h.span.end <= sp.start and 0 <= t.span.start - sp.end <= STATEMENT_REACH for sp in speech))
             # «في زيارة لمصر يشارك خلالها في احتفالات … غدا الخميس»: the time of another act during the contact
             # (not the cue's own: «زيارته … يلتقي خلالها صباح الخميس الملك»)
             and not (t.span.start > h.span.end and _during_another(article.text, h.span.end, t.span.start, lex))
             # «وصل ترامب إلى سنغافورة، الأحد، حيث سيعقد قمة»: a time before «حيث» is the main clause's contact's
             # when this one is still to come (not «حطت طائرته … مساء الجمعة، حيث كان باستقباله», nor «سيكون مون في
             # جولة بأوروبا من 13 لـ21 أكتوبر، حيث سيزور فرنسا»: no contact before it), and one before «قبل القمة»
             # another act's
             and not (t.span.end <= h.span.start and (
                 "planned" in statuses and lex.where.search(article.text, t.span.end, h.span.start)
                 and any(o.end <= t.span.start for o in others)
                 or word_before(article.text, h.span.start) in lex.timed_by))
             # «كيم، الذي كان الرئيس الأمريكي قد وصفه العام الماضي بـ…، وأضاف أن اجتماعهما»: someone else's time
             and not (t.span.end <= h.span.start and _in_relative_clause(article.text, t.span, h.span))
             # «القمة … على التوصل إلى تسوية تنهي رسميا الحرب التي اندلعت بين الكوريتين في 1950»: the time of
             # another noun's relative clause after the cue (not «القمة المرتقبة التي ستعقد في …»)
             and not (t.span.start >= h.span.end and _others_relative(article.text, h.span, t.span))
             # «في مستهل محادثاته مع مون …: "قد لا تعقد القمة في 12 يونيو"»: a date in someone's words the cue is
             # not in (not a quoted phrase of the clause: «ستعقد القمة … ”نهاية صيف العام 2019“»)
             and not any(q.contains(t.span) and not q.contains(h.span)
                         and len(article.text[q.start : q.end].split()) > QUOTED_PHRASE_WORDS for q in quoted)
             and not lex.since.search(article.text, max(dwin.start, t.span.start - SINCE_REACH), t.span.start)
             # «يجتمع مع … منذ أن أصبح رئيسا للجزيرة الشيوعية الأسبوع الماضي»: the time of a since-clause
             and not _in_since_clause(article.text, h.span.end, t.span.start, lex)
             # «يبدأ … غدا زيارة إلى اليمن تستمر حتى العاشر من أغسطس»: when it ends
             and not (t.span.start > h.span.end and _lasting_until(article.text, t.span.start, lex))]
    dates = [t for t in times if "T" not in t.value]
    clocks = [t for t in times if "T" in t.value]
    if article.published and lex.hours_away.search(key_before(article.text, h.span.start, HOURS_REACH)):
        dates = []  # «قبل ساعات من أول قمة له مع …»: hours from publication, whatever other dates the clause has
        ev.date = article.published[:10]
    if dates:
        # a date right after a speech verb before the cue is the statement's («أعلنت سنغافورة، الأحد، عن
        # تكلفة استضافة القمة التي جمعت … في 12 يونيو»): any other date comes first
        best = min(dates, key=lambda t: dist(t.span, h.span) + (0 if t.span.start >= h.span.start
                                                                   else before_cost)
                   + (STATEMENT_COST if frame_start is None and t.span.end <= h.span.start and any(
                       0 <= t.span.start - sp.end <= STATEMENT_REACH for sp in speech) else 0))
        if best.kind == "week":
            # «هذا الأسبوع في موسكو في 30 تموز»: the day the clause also gives
            lo, hi = best.value.split("/")
            days = [t for t in dates if t.kind != "week" and len(t.value) == 10 and lo <= t.value <= hi]
            best = min(days, key=lambda t: dist(t.span, h.span)) if days else best
        ev.date = best.value
        if best.span.end <= h.span.start and len(best.value) == 10:
            # «في 13 يونيو بعد يوم واحد من اجتماعه»: the date of the clause, moved by the days given
            told = " ".join(key_before(article.text, h.span.start, DAY_OFFSET_REACH).split())
            shift = next((d for phrase, d in lex.day_offsets.items() if told.endswith(phrase)), 0)
            if shift:
                ev.date = (date.fromisoformat(best.value) + timedelta(days=shift)).isoformat()
        if _bare_weekday(best) and article.published and (
                told_planned and ev.date < article.published[:10]
                or (h.value.pos == "verb_imperfect"
                    or h.value.pos == "noun" and _present_light_before(article.text, h.span.start, lex))
                and ev.date < (_days_before(article.published, 1) or "")):
            # «خطط ترامب … قبل اجتماعه الاثنين في فنلندا»: a planned contact on a weekday is the coming one; so is
            # a weekday days gone with the present tense («ترامب يستقبل ولي العهد السعودي الثلاثاء» on a Sunday)
            ev.date = (date.fromisoformat(ev.date) + timedelta(days=7)).isoformat()
        elif told_planned and len(ev.date) == 7 and article.published and not re.search(r"\d{4}", best.text) \
                and month_year(date.fromisoformat(article.published[:10]), int(ev.date[5:7]), NEAREST) \
                > int(ev.date[:4]):
            # «الإعدادات جارية لاستضافة … لقاء … في أبريل» in February: the nearer April, the coming one (two months
            # ahead), not the last (ten months gone); not «قمة أبريل» in May
            ev.date = f"{int(ev.date[:4]) + 1}{ev.date[4:]}"
    elif ev.date is None and article.published:
        # «ويأتي هذا الإعلان غداة لقاء تاريخي بين …»: the day of the news, moved by the day given
        told = key_before(article.text, h.span.start, DAY_OFFSET_REACH).split()
        if told and told[-1] in lex.news_day_offsets:
            ev.date = (date.fromisoformat(article.published[:10])
                       + timedelta(days=lex.day_offsets[told[-1]])).isoformat()
    if clocks:
        best_c = min(clocks, key=lambda t: dist(t.span, h.span))
        ev.time = best_c.value
        day = best_c.value[:10]
        if ev.date and "/" in ev.date and ev.date.split("/")[0] <= day <= ev.date.split("/")[1]:
            ev.date = day  # «الأسبوع المقبل … يوم 12 يونيو في التاسعة مساء»: the day of the clock time
        ev.date = ev.date or day
    if "cancelled" in statuses:
        ev.status = "cancelled"
    elif future(ev.date, article.published):
        ev.status = "planned"
    elif "planned" in statuses and not (ev.date and article.published and ev.date.split("/")[-1]
                                        < article.published[: len(ev.date.split("/")[-1])]):
        # (a range, or a month, that runs past the publication day may still be to come: «للقمة … هذا الشهر»)
        ev.status = "planned"
    else:
        ev.status = "occurred"
    # initiator: «بمبادرة من X», «بناء على طلب X», «تلقى … اتصالا … من X»
    if ev.type == "phone_call" and ev.initiator is None:
        ev.initiator = _caller(article, ev, h, cues, ms)
    for c in cues:
        if ev.initiator is not None:
            break
        if c.value[0] != "initiator":
            continue
        after = [m for m in ms if m.span.start >= c.span.end and m.span.start - c.span.end < 60]
        if c.value[1] == "received_from":
            after = [m for m in ms if m.span.start >= c.span.end and m.span.start - c.span.end < 80]
        if after:
            ev.initiator = article.actors[after[0].actor_id].name
            break
    return "past_context" in statuses
