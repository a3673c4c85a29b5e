"""Stage: contact events (GUIDELINES §3) from trigger lexicons and the entity and time layers.

For each trigger in a sentence: arguments from the actor mentions around it («بين X وY» first, then the
nearest agents of the clause, persons before states), date and clock time from the nearest time expression,
status and initiator from cue phrases, location from a place after «في» or the visit's destination.
A trigger without identifiable participants either refers back to an earlier event of its type in the
article («الاتصال الهاتفي المرتقب») or yields nothing: no guessed events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from marsad.extract.common import Hit, clause_start, in_span, load_data
from marsad.extract.descriptions import describe
from marsad.extract.quotes import article_quotations
from marsad.kb.knowledge import KnowledgeBase
from marsad.kb.loader import load_kb
from marsad.model import DIRECTED_TYPES, ActorRef, Article, Event, Mention, Span, TimeExpression
from marsad.pipeline import Stage
from marsad.text.lexmatch import LexiconMatcher, Match, leftmost_longest
from marsad.text.normalize import match_key

WINDOW = 160  # characters each side of a trigger in which its arguments are sought
WINDOW_AFTER_VERB = 240  # … and after a verb trigger
BETWEEN_REACH = 50  # «بين X وY» names the parties only this close after the trigger
BETWEEN_WORDS = 2  # … and with at most this many words between («مباحثات تتناول التعاون الثنائي بين»: the topic's)
LEAD_PARAGRAPHS = 4  # headline and the first body paragraphs: where news reports the day's contacts
HABIT_REACH = 120  # «عادة ما» this close to a trigger, in its clause, makes it a habit, not an event
LOCAL_REACH = 25  # a status cue this close to a trigger («المحادثات الأخيرة») speaks for that mention
WITH_REACH = 80  # «… مع X»: a «مع» this close to the trigger links a non-person party to it
STATEMENT_REACH = 30  # a date this close after a speech verb is when the statement was made …
STATEMENT_COST = 300  # … and yields to any other date of the window
SENDER_REACH = 25  # «رسالة من الدكتور …»: the sender this close after «من»
NISBA_PAIR_REACH = 12  # «الزعيمين الأميركي والكوري الشمالي»: the first nisba right after the pair word
GENITIVE_REACH = 45  # «زيارة وكيلة وزير الخارجية …»: a person this close after a nominal cue is its agent


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    pos: str  # verb | verb_imperfect | verb_headline | verb_wish | noun | dual | block

    @property
    def is_verb(self) -> bool:
        return self.pos.startswith("verb")


@dataclass(slots=True)
class Lexicons:
    matcher: LexiconMatcher  # triggers, attribute cues and speech cues in one automaton: one pass per article
    types: dict
    subtypes: dict
    title_words: frozenset[str]
    locative_words: frozenset[str]
    topic_words: frozenset[str]
    not_party_after: re.Pattern[str]  # described_by and absent_after: whoever follows does not take part
    sport: re.Pattern[str]  # whole words, in the original text
    state_title: re.Pattern[str]  # match keys, at the end of the text before a name
    arrival_verbs: frozenset[str]
    addressing_verbs: frozenset[str]  # «توجه … بالشكر إلى»: addressing, not travelling
    since: re.Pattern[str]  # whole words, in the original text
    where: re.Pattern[str]
    invitation: re.Pattern[str]  # «دعوة … لزيارة»: a visit invited to is planned
    state_title_word: re.Pattern[str]  # the same titles as whole words anywhere (original text)
    hours_away: re.Pattern[str]  # «قبل ساعات من القمة»: the contact is on the day of publication
    discussed_after: re.Pattern[str]  # «بحثا فيها القمة المقبلة»: a meeting discussed, not held
    pluperfect: re.Pattern[str]  # «وكان بومبيو التقى …»: background
    previous_before: frozenset[str]  # «آخر اجتماع»: the parties' previous meeting
    previous_after: frozenset[str]  # «الاجتماع السابق»
    first_person: re.Pattern[str]  # «أتطلع إلى لقاء …»: the speaker's own contact
    summit_bodies: frozenset[str]  # org ids of multilateral bodies whose meetings are contacts («قمة مجموعة السبع»)
    summit_adjectives: dict[str, str]  # «القمة العربية»: adjective (match key) → org id
    talks_nouns: frozenset[str]
    receiving: re.Pattern[str]  # whole words, in the original text
    pair_roles: dict[str, str]  # pair word (match key) → the role its two holders fill
    visitor_groups: frozenset[str]
    anaphoric_before: frozenset[str]
    restates: re.Pattern[str]  # at the start of a sentence (original text)
    modeless: frozenset[str]
    received_after: re.Pattern[str]  # whole words, in the original text
    honorific_pronouns: re.Pattern[str]  # whole words, in the original text
    city_states: frozenset[str]
    mode_window: int


@cache
def lexicons() -> Lexicons:
    data = load_data("events/triggers.yaml")
    attrs = load_data("events/attributes.yaml")
    speech = load_data("quotes/cues.yaml")
    m = LexiconMatcher()
    for etype, groups in data["triggers"].items():
        for pos, phrases in groups.items():
            for p in phrases:
                m.add(p, (TRIGGER, Trigger(etype, pos)))
    for p in data.get("blockers", []):
        m.add(p, (TRIGGER, Trigger("", "block")))
    cue_groups = [("status", attrs["status"]), ("initiator", attrs["initiator"]), ("arg", attrs["participants"]),
                  ("condolence", {True: data.get("condolence_cues", [])}), ("pair", attrs.get("pair_refs", {}))]
    for tag, groups in cue_groups:
        for kind, phrases in groups.items():
            for p in phrases:
                m.add(p, (CUE, (tag, kind)))
    for p in speech["verbs"]:
        m.add(p, (SPEECH, "speech"))
    m.build()
    return Lexicons(m, data["types"], data.get("subtypes", {}),
                    frozenset(match_key(w) for w in attrs.get("title_words", [])),
                    frozenset(match_key(w) for w in attrs.get("locative_words", [])),
                    frozenset(match_key(w) for w in attrs.get("topic_words", [])),
                    _ends_with_any(attrs.get("described_by", []) + attrs.get("absent_after", [])),
                    _any_word(attrs.get("sport_words", []), clitics=True),
                    _ends_with_any(attrs.get("state_titles", [])),
                    frozenset(match_key(w) for w in attrs.get("arrival_verbs", [])),
                    frozenset(match_key(w) for w in attrs.get("addressing_verbs", [])),
                    _any_word(attrs.get("since_words", [])),
                    _any_word(attrs.get("where_words", [])),
                    _any_word(attrs.get("invitation_words", [])),
                    _any_word(attrs.get("state_titles", []), clitics=True),
                    _ends_with_any(attrs.get("hours_away", [])),
                    _ends_with_any(attrs.get("discussed_after", [])),
                    _any_word(attrs.get("pluperfect", [])),
                    frozenset(match_key(w) for w in attrs.get("previous_before", [])),
                    frozenset(match_key(w) for w in attrs.get("previous_after", [])),
                    _ends_with_any(attrs.get("first_person", [])),
                    frozenset("org:" + b for b in attrs.get("summit_bodies", [])),
                    {match_key(w): "org:" + b for w, b in (attrs.get("summit_adjectives") or {}).items()},
                    frozenset(match_key(w) for w in attrs.get("talks_nouns", [])),
                    _any_word(attrs.get("receiving_verbs", []), clitics=True),
                    {match_key(w): role for role, ws in attrs.get("pair_roles", {}).items() for w in ws},
                    frozenset(match_key(w) for w in attrs.get("visitor_groups", [])),
                    frozenset(match_key(w) for w in attrs.get("anaphoric_before", [])),
                    re.compile("|".join(re.escape(w) for w in sorted(attrs.get("restates_previous", []), key=len,
                                                                         reverse=True)) or "(?!)"),
                    frozenset(match_key(w) for w in attrs.get("modeless", [])),
                    _any_word(attrs.get("received_after", [])),
                    _any_word(attrs.get("honorific_pronouns", [])),
                    frozenset(attrs.get("city_states", [])),
                    int(attrs.get("mode_window", 60)))


TRIGGER, CUE, SPEECH = "trigger", "cue", "speech"


def _any_word(words: list[str], clitics: bool = False) -> re.Pattern[str]:
    """Matches any of ``words`` as a whole word of the original text (with ``clitics``, after «و/ف/ب/ل» too)."""
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pre = "(?:[وف]?(?:[بل]|لل)?)" if clitics else ""
    return re.compile(rf"(?<![^\W\d_]){pre}(?:{alts})(?![^\W\d_])" if alts else r"(?!)")


def _ends_with_any(phrases: list[str]) -> re.Pattern[str]:
    """Matches text (match keys) that ends with one of ``phrases`` as whole words (and a clitic or «ال»)."""
    alts = "|".join(re.escape(match_key(p)) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:[وفبل]|ال)?(?:{alts})[\s\u00a0]*$" if alts else r"(?!)")


def _to_hits(article: Article, matches: list[Match]) -> list[Hit]:
    """Matches in the key text as hits in the original text, values unwrapped from their tag."""
    norm = article.norm
    return [Hit(Span(*norm.span_to_original(m.start, m.end)), m.value[1]) for m in matches]


def _anchored(article: Article, ev: Event, lex: Lexicons) -> bool:
    """An event among people the knowledge base does not know (two players, a hospital's staff) is not the
    state contact this stage is after: at least one party must be known, or bear a state title right before
    its name in the event's evidence («صاحب السمو الملكي الأمير فيصل بن بندر»), when any party is named."""
    refs = ev.participants + ev.source + (ev.target if ev.type == "message" else [])
    if not refs:
        return True  # (a visit's destination is a country: the visitor must be known)
    if any(r.actor_id is None or article.actors.get(r.actor_id) is None
           or article.actors[r.actor_id].confidence == 1 for r in refs):
        return True
    ids = {r.actor_id for r in refs}
    return any(m.actor_id in ids and any(sp.contains(m.span) for sp in ev.evidence)
               and (_state_titled(article, m, lex) or _foreign_official(article, m.span.start, lex))
               for m in article.mentions)


def _key_before(text: str, start: int, reach: int, floor: int = 0) -> str:
    """The match keys of the ``reach`` characters before ``start`` (not before ``floor``): where a phrase that ends
    right before a cue or a name is sought («قبل ساعات من», «بحثا فيها», «صاحب السمو»)."""
    return match_key(text[max(floor, start - reach) : start])


def _state_titled(article: Article, m: Mention, lex: Lexicons) -> bool:
    """A state title or honorific right before the mention («صاحب السمو الملكي الأمير فيصل بن بندر»)."""
    return lex.state_title.search(_key_before(article.text, m.span.start, STATE_TITLE_REACH)) is not None


def _foreign_official(article: Article, start: int, lex: Lexicons) -> bool:
    """A state title with a nationality earlier in the clause of the name, the office told in between («توجه
    الوزير الروسي المكلف تنمية الشرق الأقصى ألكسندر غالوشكا»): a state's official, not a local one («محافظ الرس»)."""
    text = article.text
    title = lex.state_title_word.search(text, clause_start(text, start, TITLE_CLAUSE_REACH, "،,.:؛\n"), start)
    return title is not None and any(m.form == "nisba" and title.end() <= m.span.start < start
                                      for m in article.mentions)


def _ref(article: Article, m: Mention) -> ActorRef:
    a = article.actors[m.actor_id]
    kind = {"organization": "organization", "country": "country", "place": "place"}.get(a.kind, "person")
    return ActorRef(name=a.name, country=a.country if a.kind != "country" else a.name, kind=kind, actor_id=a.id)


class EventStage(Stage):
    name = "events.rules.v7"
    requires = ("sentences", "mentions", "times")
    assigns = ("events",)

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or load_kb()

    def __call__(self, article: Article) -> Article:
        lex = lexicons()
        raw = list(lex.matcher.iter_raw(article.norm.text))
        names = [m.span for m in article.mentions if m.form == "name"]
        # a cue inside a name is none («فيصل» is not «ف + يصل»)
        # (not an adjective built on a cue: «الاجتماعي» is social, not «الاجتماع» + a pronoun)
        trig_hits = [h for h in _to_hits(article, leftmost_longest(m for m in raw if m.value[0] == TRIGGER
                                                                   and not m.suffix.startswith("ي")))
                     if not any(n.overlaps(h.span) for n in names)]
        if not any(h.value.type for h in trig_hits):
            article.events = []
            return article
        cue_hits = _to_hits(article, [m for m in raw if m.value[0] == CUE])
        speech_hits = _to_hits(article, leftmost_longest(m for m in raw if m.value[0] == SPEECH))
        blockers = [h.span for h in trig_hits if not h.value.type]
        # a status word inside someone's quoted words speaks of their plans, not of a contact outside them
        # («قبل الاجتماع مع دياز- كانيل: "… للسنوات العشر المقبلة"»)
        quoted = [q.span for q in article_quotations(article)]
        # descriptions («المسؤولة الأميركية») and honorific pronouns («استقبل سموه») stand for people named
        # elsewhere, as parties only
        mentions = sorted(article.mentions + describe(article, self.kb) + _honorific_subjects(article, trig_hits, lex),
                          key=lambda m: m.span.start)
        events: list[Event] = []
        pending: list[Event] = []  # mentions without arguments of their own, resolved once all are known
        # events dated by default with the publication day (a stated date wins), by id; the dict keeps them
        # alive so that no later event can reuse an id
        defaulted: dict[int, Event] = {}
        for si, sent in enumerate(article.sentences):
            s_trig = [h for h in in_span(trig_hits, sent.span)
                      if h.value.type and not any(b.overlaps(h.span) for b in blockers)]
            for i, (h, etype) in enumerate(_apply_modes(s_trig, lex.mode_window)):
                # clauses are bounded by the neighbouring verb cues («ويلتقي X خلال الزيارة Y»: the noun
                # «الزيارة» does not end the clause of «يلتقي»)
                nxt = next((t.span.start for t in s_trig[i + 1:] if t.value.is_verb), sent.span.end)
                prv = next((t.span.end for t in reversed(s_trig[:i]) if t.value.is_verb), sent.span.start)
                if etype is None:
                    continue
                siblings = [t.span for t in s_trig if t is not h and t.value.type != h.value.type]
                ctx = _Context(article, h, etype, sent.span, prv, nxt, mentions, cue_hits, speech_hits, lex,
                               siblings, [t.span for t in s_trig if t is not h], quoted)
                for ev, past in self._event(ctx, events):
                    if ev.date is None and ev.status == "occurred" and not past and _key(ev) is not None \
                            and (h.value.is_verb or _in_lead(article, h.span)):
                        ev.date = article.published  # a contact reported as the day's news takes that day
                        defaulted[id(ev)] = ev
                    if not _anchored(article, ev, lex):
                        continue
                    target = self._same_act(events, ev, defaulted, article.published)
                    if target is not None:
                        if id(target) in defaulted and ev.date and id(ev) not in defaulted:
                            target.date = None  # «يصل إلى مسقط» (headline) then «وصل … مساء الإثنين»
                            del defaulted[id(target)]
                        _merge(target, ev)
                    elif ev.participants or (ev.source and ev.target):
                        events.append(ev)
                    elif _key(ev) is None:
                        pending.append((ev, si))
        for ev, si in pending:  # «المفاوضات التي ستجرى في الفترة 10 ــ 12 يناير» before «مفاوضات … بين البلدين»
            same = [e for e in events if e.type == ev.type]
            if same:
                _merge(same[0], ev)
            elif ev.type not in DIRECTED_TYPES and si > 0:
                # «بحث الملك عبدالله الثاني والأمير محمد بن سلمان …» then «وجرى خلال اتصال هاتفي …»: the two
                # people of the sentence before, when it names exactly two
                prev = article.sentences[si - 1].span
                people = _distinct(article, [
                    m for m in mentions if prev.contains(m.span) and m.form in ("name", "title")
                    and m.actor_id in article.actors and article.actors[m.actor_id].kind == "person"])
                if len(people) == 2:
                    ev.participants = [_ref(article, m) for m in people]
                    if _anchored(article, ev, lex):
                        events.append(ev)
        events = _restated(article, events, lex)
        _news_day(article, events, defaulted)
        for ev in events:
            ev.initiator = _initiator_person(ev)
            if ev.status == "occurred" and _future(ev.date, article.published):
                ev.status = "planned"  # a headline's «القمة» merged with the body's «يوم 12 يونيو»
        self._propagate_locations(events)
        for n, ev in enumerate(events, 1):
            ev.local_id = f"{article.id}#e{n}"
        article.events = events
        return article

    # -- one trigger -----------------------------------------------------------------------------------
    def _event(self, c: _Context, events: list[Event]) -> list[tuple[Event, bool]]:
        """The events of one trigger (several for «تلقى اتصالين من X و Y»), each with whether it is
        mentioned as background."""
        article, h, lex = c.article, c.hit, c.lex
        lo, hi = max(c.sent.start, h.span.start - WINDOW), min(c.sent.end, h.span.end + WINDOW)
        win = Span(lo, hi)
        # a verb's object may follow a long subject title («استقبل صاحب السمو الملكي الأمير … أمير منطقة الرياض
        # في مكتب سموه بقصر الحكم أمس، معالي وزير …»)
        reach = WINDOW_AFTER_VERB if h.value.is_verb else WINDOW
        parties_win = Span(lo, min(c.sent.end, h.span.end + reach))
        # a status cue after another trigger qualifies that one («المحادثات مع … تحضيرا للقمة المحتملة»)
        cues = [x for x in in_span(c.cue_hits, win)
                if (x.value[0] != "initiator" or _mine(x.span, h.span, c.siblings))
                and not (x.value[0] == "status" and any(_between(o, h.span, x.span) or o.overlaps(x.span)
                                                        for o in c.others)
                         and x.span.start > h.span.end)
                and not (x.value[0] == "status" and any(q.contains(x.span) and not q.contains(h.span)
                                                        for q in c.quoted))
                # «رسالة إلى كيم ألغى فيها القمة»: a cancellation is the nearest contact's
                and not (x.value == ("status", "cancelled") and any(_dist(x.span, o) < _dist(x.span, h.span)
                                                                   for o in c.others))]
        if any(x.value == ("status", "habitual") and c.prv <= x.span.start and _dist(x.span, h.span) <= HABIT_REACH
               for x in cues):
            return []
        ms = [m for m in c.mentions if parties_win.contains(m.span) and m.actor_id in article.actors]
        ev = Event(type=c.etype, evidence=[Span(c.sent.start, c.sent.end)], trigger=h.span.of(article.text))
        meta = lex.types[c.etype]
        ev.cameo, ev.plover = meta["cameo"], meta["plover"]
        if c.etype == "message" and any(x.value[0] == "condolence" for x in cues):
            sub = lex.subtypes["condolence"]
            ev.cameo, ev.plover = sub["cameo"], sub["plover"]

        if h.value.pos == "noun" and lex.discussed_after.search(
                _key_before(article.text, h.span.start, DISCUSSED_REACH, c.sent.start)) \
                and not any(x.value in (("arg", "between"), ("arg", "with"))
                            and 0 <= x.span.start - h.span.end <= BETWEEN_REACH for x in cues):
            return []  # «بحثا فيها القمة المقبلة»: a meeting discussed, whose parties the clause does not name
        if c.etype not in DIRECTED_TYPES and _with_media(article, h, cues, ms):
            return []  # «في لقاء مع "العربية"»: an interview
        # (not the leader a description is told by: «مساعد بارز لكيم» is the aide, not Kim)
        described = [d.span for d in ms if d.form == "description"]
        agents = [m for m in ms if _is_agent(article, m, lex)
                  and not any(d.contains(m.span) and d != m.span for d in described)]
        if c.etype in DIRECTED_TYPES:
            if not self._directed(article, ev, h, agents, ms, c.nxt):
                return []
        else:
            speakers = _speakers(article.text, ms, in_span(c.speech_hits, win), h.span)
            spoke = [m for m in agents if id(m) in speakers]
            agents = [m for m in agents if id(m) not in speakers]
            between = [x for x in cues if x.value == ("arg", "between")
                       and h.span.start <= x.span.start < min(c.nxt, h.span.end + BETWEEN_REACH)
                       and len(_WORDS.findall(article.text, h.span.end, x.span.start)) <= BETWEEN_WORDS
                       # «هذه المحادثات تمهيدا للقمة … بين الرئيس …»: the summit's parties
                       and not any(_between(o, h.span, x.span) for o in c.others)]
            pair = [x for x in cues if x.value[0] == "pair" and between
                    and 0 <= x.span.start - between[0].span.end <= 3]
            if not between:  # «استعرض قادة البلدين … في الاجتماعات»: the leaders as the clause's subject
                pair = [x for x in cues if x.value == ("pair", "leaders") and c.prv <= x.span.start
                        and x.span.end <= h.span.start][-1:]
            chosen: list[Mention] = []
            mine = _first_person(article, h, spoke, agents, c.nxt, lex)
            if mine:
                ev.participants = mine
            elif pair:
                ev.participants = _pair_by_nationality(article, pair[0], lex) or \
                    _pair(article, events, pair[0].value[1], agents, h.span, c.etype)
            else:
                chosen = _after(agents, between[0].span.end, c.nxt) if between else []
                chosen = _best_pair(article, chosen) if len(_distinct(article, chosen)) >= 2 else []
                partner = None if chosen else _with_partner(article, h, cues, agents, ms, c.nxt, lex)
                # the nearest agents of the clause, else (the subject may govern several coordinated cues)
                # of the sentence up to the clause's end; the party named right after «مع» is one of them
                for start in (c.prv, c.sent.start):
                    if chosen:
                        break
                    # (not a party of the time clause after the cue: «… مع روسيا منذ حادث تسميم … سكريبال»)
                    near = [m for m in agents if start <= m.span.start < c.nxt
                            and not (m.span.start > h.span.end
                                     and lex.since.search(article.text, h.span.end, m.span.start))]
                    near = sorted(near, key=lambda m: _dist(m.span, h.span))
                    if partner is not None:
                        pname = article.actors[partner.actor_id].name
                        rest = [m for m in near if article.actors[m.actor_id].name != pname]
                        # (raw text: a match key folds «ة» to «ه», «القمة المحتملة» is nobody's own)
                        nxt_raw = article.text[h.span.end : h.span.end + 20].split()
                        own = h.span.of(article.text) + " " + (nxt_raw[0].strip("،,.") if nxt_raw else "")
                        speaker = [m for m in spoke if article.actors[m.actor_id].name != pname]
                        speaker = ([m for m in speaker if article.actors[m.actor_id].kind == "person"] or speaker)[-1:]
                        genitive = [m for m in rest if _genitive_of(article.text, h.span, m.span)]
                        if genitive:
                            rest = genitive  # «القمة المحتملة لرئيس الولايات المتحدة مع الزعيم كيم»: its own party
                        elif speaker and not any(m.span.end <= h.span.start and article.actors[m.actor_id].kind
                                                 == "person" for m in rest) and (
                                _OWN_SUFFIX.search(own) or not (
                                    _COMPLEMENTIZER.search(article.text, speaker[0].span.end, h.span.start)
                                    or any(q.contains(h.span) for q in c.quoted))):
                            # «قال ترامب إنه سيبحث … في اجتماعه المزمع مع نظيره», «وقال زعيم كوريا الشمالية خلال
                            # اجتماعه مع سونغ … إنه والرئيس الصيني …», «صرّح لافروف بعد اجتماع … مع نظيره الأميركي
                            # جون كيري، أنّ روسيا …»: the speaker's own meeting (the cue in the speech's own clause,
                            # or «اجتماعه»), unless someone before the cue owns it
                            rest = speaker
                        # persons first, then the subject before the cue («X … والتقى مع زعيمها كيم لبحث قمة
                        # مع ترامب»: Trump is the summit's), nearest first (the sort is stable)
                        rest.sort(key=lambda m: (article.actors[m.actor_id].kind != "person",
                                                 m.span.start > partner.span.end))
                        chosen = [rest[0], partner] if rest else []
                    else:
                        chosen = _best_pair(article, near)
                ev.participants = [_ref(article, m) for m in chosen]
            linked = bool(between) or any(x.value == ("arg", "with") and _dist(x.span, h.span) <= WITH_REACH
                                          for x in cues)
            previous = _previous_of_latest(article, h, events, lex) if not linked else None
            if not linked and _refers_back(article, h, events, lex):
                ev.participants = []  # «وفي بداية اللقاء رفع الحجري تعازيه لخادم الحرمين»: the meeting just told
            if not linked and not pair and any(p.kind != "person" for p in ev.participants):
                ev.participants = []  # states or bodies take part only when the text links them to the act
            if previous is not None:
                # «وفي آخر اجتماع في تشرين الأول/أكتوبر»: the same parties' meeting before the one told
                ev.participants = list(previous.participants)
            if len(ev.participants) < 2:
                ev.participants = _reception_of_visitor(article, h, agents, events, c.nxt) or \
                    _met_by_visitor(article, h, agents, events, c.prv, c.nxt)
            body = _body_meeting(article, h, ms, agents, c.sent.start, c.nxt, lex)
            if body:
                ev.participants = body
        if ev.type in ("meeting", "phone_call", "video_call"):
            ev.participants = _heads_for_bodies(article, ev.participants)
        if lex.sport.search(article.text, c.sent.start, c.sent.end) and not any(
                p.kind == "person" and p.actor_id in article.actors and article.actors[p.actor_id].confidence == 1
                for p in ev.participants + ev.source + ev.target):
            return []  # a match between teams or players (not «التقى ماكرون بوتين قبل المباراة النهائية»)
        if h.value.pos == "verb_wish" and not ev.target:
            return []  # «تمنى أن …»: a hope, not a message
        if ev.type == "negotiation" and len(ev.participants) == 2 and ev.participants[0].kind == "person" \
                and ev.participants[1].kind == "person" and ev.participants[0].country is not None \
                and ev.participants[0].country == ev.participants[1].country:
            ev.participants = []  # two people of one state are one side of a negotiation, not its parties
        if ev.type == "meeting" and _state_talks(article, ev, h, lex):
            ev.type = "negotiation"
            ev.cameo, ev.plover = lex.types["negotiation"]["cameo"], lex.types["negotiation"]["plover"]
        speech = [x.span for x in in_span(c.speech_hits, win)]
        past = self._attributes(article, ev, h, win, cues, ms, c.others, speech, lex) or (
            h.value.is_verb and lex.pluperfect.search(article.text, max(c.prv, h.span.start - PLUPERFECT_REACH),
                                                      h.span.start) is not None)  # «وكان بومبيو التقى …»
        if ev.type == "visit" and ev.location and ev.target and not _located_in(article, ev.location, ev.target):
            ev.location = None  # a visit to Syria does not take place in Muscat, the article's other city
        if h.value.pos == "dual":
            return [(e, past) for e in _dual(article, ev, h, agents, c.nxt)]
        receiver, callers = _coordinated_callers(article, ev, h, cues, agents, c.nxt)
        if receiver is None or len(callers) < 2:
            subject, partners = _plural_partners(article, ev, h, cues, agents, c.nxt)
            if subject is None or len(partners) < 2:
                return [(ev, past)]
            # «أجرى اتصالات مع نظيره الأردني … وأمير الكويت … وولي عهد أبو ظبي»: one call with each
            return [(replace(ev, participants=[subject, p], evidence=list(ev.evidence)), past) for p in partners]
        out = []
        for caller in callers:
            e = replace(ev, participants=[receiver, caller], initiator=caller.name, evidence=list(ev.evidence))
            out.append((e, past))
        return out

    def _directed(self, article: Article, ev: Event, h: Hit, agents: list[Mention], ms: list[Mention],
                  nxt: int) -> bool:
        """Source and target of a visit or message; False when the trigger turns out to be no contact."""
        def kind(m: Mention) -> str:
            return article.actors[m.actor_id].kind

        if ev.type == "message" and h.value.pos == "noun" and self._received_from(article, ev, h, agents):
            return True
        if ev.type == "visit" and h.value.pos != "verb_wish" and \
                match_key(_first_word(article.text[h.span.end : h.span.end + 30])) in lexicons().visitor_groups:
            return False  # «زيارة صحافيين من سيول», «توجه صحافيون أجانب إلى»: a group's visit
        src: Mention | None = None
        if h.value.pos == "noun" and ev.type == "visit":  # «زيارة ولي العهد …»: the agent follows the noun
            src = next((m for m in agents if kind(m) == "person"
                        and 0 <= m.span.start - h.span.end <= GENITIVE_REACH
                        and not _object_marked(article.text, h.span.end, m.span.start)), None)
        elif h.value.is_verb:  # verb-subject order: «وقد زار وزير الخارجية العماني سوريا»
            src = next((m for m in agents if kind(m) == "person" and h.span.end <= m.span.start < nxt
                        and _words_between(article.text, h.span.end, m.span.start) == 0), None)
        # a visitor is a person or a state; a message may also come from a body («الكرملين»)
        kinds_order = (("person",), ("country",)) if ev.type == "visit" else (("person",), ("organization",),
                                                                              ("country",))
        # (a message's sender is never named after «إلى»: those are its recipients — «سلمت بعثة السعودية … رسالة
        # عاجلة إلى رئيس مجلس الأمن الدولي والأمين العام للأمم المتحدة»)
        to = _TO.search(article.text, h.span.end, nxt) if ev.type == "message" else None
        sender_end = to.start() if to is not None else nxt
        for kinds in kinds_order:
            if src is not None:
                break
            before = [m for m in agents if kind(m) in kinds and m.span.end <= h.span.start]
            after = [m for m in agents if kind(m) in kinds and h.span.end <= m.span.start < sender_end]
            if kinds == ("country",) and ev.type == "visit" and h.value.is_verb:
                # a state visits only as the verb's subject («وصلت الولايات المتحدة»), not as any state of the
                # clause («البضائع تصل إلى العراق عن طريق الكويت»)
                before = [m for m in before if _words_between(article.text, m.span.end, h.span.start) <= 1]
                after = [m for m in after if _words_between(article.text, h.span.end, m.span.start) <= 1]
            src = before[-1] if before else (after[0] if after else None)
        if src is None:
            return True
        ev.source = [_ref(article, src)]
        after = [m for m in agents if kind(m) in ("person", "organization") and h.span.end <= m.span.start < nxt
                 and m.span.start != src.span.start]
        if ev.type == "message":
            # a body addressed after «إلى» receives it too («رسالة عاجلة إلى مجلس الأمن الدولي»), though «إلى» makes
            # a body a mere place elsewhere
            addressed = [m for m in ms if h.span.end <= m.span.start < nxt and kind(m) == "organization"
                         and article.actors[m.actor_id].sector != "media"
                         and _word_before(article.text, m.span.start) == "الي"
                         and _TO.search(article.text, h.span.end, m.span.start)]
            after = sorted({id(m): m for m in after + addressed}.values(), key=lambda m: m.span.start)
            targets = [m for m in after if m.actor_id != src.actor_id]
            if h.value.pos == "verb_wish" and (not targets or not _addressed(article.text, targets[0].span.start)):
                return True
            ev.target = [_ref(article, m) for m in _distinct(article, targets)[:3]]
            return True
        # visit: the destination is the first place or country after the trigger (after «إلى» when present)
        places = [m for m in ms if m.span.start >= h.span.end and m.span.start < nxt
                  and article.actors[m.actor_id].kind in ("place", "country") and m.form in ("name", "metonym")]
        src_country = article.actors[src.actor_id].country
        if h.value.is_verb and _first_word(h.span.of(article.text)) in lexicons().arrival_verbs:
            # «وصل … إلى» reaches somewhere: a visit only when a place closely follows «إلى» («وصل المعلم، مساء
            # الإثنين، إلى العاصمة العمانية، مسقط»), not a figure («تصل إلى 19 مليونا»)
            to = _TO.search(article.text, h.span.start, min(nxt, h.span.end + ARRIVAL_REACH))
            if to is None or _NUMBER_NEXT.match(article.text, to.end()):
                return False
            if _first_word(h.span.of(article.text)) in lexicons().addressing_verbs and any(
                    match_key(t.group()).startswith("ب") and not any(m.span.start <= t.start() < m.span.end for m in ms)
                    for t in _WORDS.finditer(article.text, h.span.end, to.start())):
                return False  # «وتوجه الجبير بالشكر إلى …»: thanks, no journey
            places = [m for m in places if m.span.start >= to.end()
                      and len(_TOKENS.findall(article.text, to.end(), m.span.start)) <= TO_WORDS]
            if not places:
                return False
        if h.value.pos == "noun" and _word_before(article.text, h.span.start) in _FRAMING:
            # «التقى شي … في شمال شرق الصين خلال زيارة مفاجئة لكيم»: a visit that frames the clause goes where
            # the clause took place
            places += [m for m in reversed(ms) if m.span.end <= h.span.start and m.form in ("name", "metonym")
                       and article.actors[m.actor_id].kind in ("place", "country")]
        if h.value.pos == "noun" and _definite_word(article.text, h.span):
            # «مصادر مواكبة للزيارة أن محادثات ولي العهد ستركز على … الحرب في اليمن»: the visit told before;
            # a place not introduced by «إلى/لـ» is not its destination
            places = [m for m in places if m.span.end <= h.span.start
                      or _TO.search(article.text, h.span.end, m.span.start)
                      or article.text[m.span.start - 1 : m.span.start] == "ل"]
        for m in places:
            a = article.actors[m.actor_id]
            country = a.name if a.kind == "country" else a.country
            if not country or country == src_country:
                continue
            ev.target = [ActorRef(name=country, country=country, kind="country")]
            ev.location = a.name if a.kind == "place" else _city_of(article, country)
            break
        return True

    @staticmethod
    def _received_from(article: Article, ev: Event, h: Hit, agents: list[Mention]) -> bool:
        """«الذي تسلم من الجنرال كيم يونغ شول رسالة من كيم جونغ أون»: the party right after «من» sent the
        message; the subject of the receiving verb before it (named before the verb, or right after it) got it."""
        frm = _FROM_NEXT.match(article.text, h.span.end)
        if frm is None:
            return False
        # the sender right after «من», through an honorific or title («من الدكتور بدران العمر»)
        sender = next((m for m in agents if frm.end() <= m.span.start <= frm.end() + SENDER_REACH
                       and not any(o is not m and frm.end() <= o.span.start < m.span.start for o in agents)), None)
        verbs = list(lexicons().receiving.finditer(article.text, max(0, h.span.start - 120), h.span.start))
        verb = verbs[-1] if verbs else None  # the nearest before the noun
        if sender is None or verb is None:
            return False
        persons = [m for m in agents if article.actors[m.actor_id].kind == "person" and m.actor_id != sender.actor_id]
        before = [m for m in persons if m.span.end <= verb.start()]
        # the subject right after the verb, through an honorific («تلقى الأمير سلطان بن سلمان …»)
        after = [m for m in persons if verb.end() <= m.span.start < h.span.start
                 and _words_between(article.text, verb.end(), m.span.start) <= 2
                 and not _FROM_WORD.search(article.text, verb.end(), m.span.start)]  # not the carrier «من X»
        receiver = after[0] if after else (before[-1] if before else None)
        if receiver is None:
            return False
        ev.source, ev.target = [_ref(article, sender)], [_ref(article, receiver)]
        return True

    def _attributes(self, article: Article, ev: Event, h: Hit, win: Span, cues: list[Hit],
                    ms: list[Mention], others: list[Span], speech: list[Span], lex: Lexicons) -> bool:
        """Date, clock time, status and initiator; True when the contact is mentioned as background."""
        statuses = {c.value[1] for c in cues if c.value[0] == "status"}
        # a status cue right next to the trigger («المحادثات الأخيرة», «قمتين مرتقبتين», «من المقرر أن يلتقي»)
        # decides for this mention, whatever the rest of the sentence says about other contacts
        local = {c.value[1] for c in cues if c.value[0] == "status" and _dist(c.span, h.span) <= LOCAL_REACH}
        local_past = "past_context" in local
        if ev.type == "visit" and article.text[h.span.start - 1 : h.span.start] == "ل" and \
                lex.invitation.search(article.text, max(0, h.span.start - INVITATION_REACH), h.span.start):
            local = local | {"planned"}  # «تلقى … دعوة هي الأولى من نوعها لزيارة المملكة»
        if local:
            statuses = local
        elif h.value.pos == "verb_imperfect" and not article.headline.contains(h.span):
            statuses = statuses | {"planned"}  # (a headline's present reports the day's news: «… يصل إلى مسقط»)
        elif h.value.pos == "verb":
            statuses = statuses - {"planned"}
        if "cancelled" in statuses and "cancelled" not in local:
            statuses = statuses - {"cancelled"}  # «ألغى» elsewhere in the sentence cancels another contact
        if ev.location is None and ev.type in ("meeting", "visit", "negotiation"):
            ev.location = _location(article, ms, h.span, speech + others)
        # date: the nearest time expression in the window, preferring those after the trigger (strongly so for
        # planned contacts: the date before the trigger is then usually when it was announced)
        before_cost = 200 if "planned" in statuses or local_past else 40
        times = [t for t in article.times if win.contains(t.span) and t.value and not _in_dateline(article, t)
                 and not (local_past and t.span.start < h.span.start)
                 and not ("planned" in statuses and _reporting_date(article.text, t.span, h.span, speech))
                 and not any(_between(o, h.span, t.span) for o in others)
                 # «للقمة المرتقبة في 12 حزيران …، ومباشرة العمل … على توجيه ترامب رسالة»: a date before the cue
                 # and a comma, nearer another cue, is that one's
                 and not (t.span.end <= h.span.start and _COMMA.search(article.text, t.span.end, h.span.start)
                          and any(o.end <= t.span.start and _dist(o, t.span) < _dist(t.span, h.span)
                                  for o in others))
                 and not (t.span.start > h.span.end and lex.where.search(article.text, h.span.end, t.span.start))
                 and not lex.since.search(article.text, max(win.start, t.span.start - SINCE_REACH), t.span.start)]
        dates = [t for t in times if "T" not in t.value]
        clocks = [t for t in times if "T" in t.value]
        if article.published and lex.hours_away.search(_key_before(article.text, h.span.start, HOURS_REACH)):
            dates = []  # «قبل ساعات من أول قمة له مع …»: hours from publication, whatever other dates the clause has
            ev.date = article.published[:10]
        if dates:
            # a date right after a speech verb before the cue is the statement's («أعلنت سنغافورة، الأحد، عن
            # تكلفة استضافة القمة التي جمعت … في 12 يونيو»): any other date comes first
            best = min(dates, key=lambda t: _dist(t.span, h.span) + (0 if t.span.start >= h.span.start
                                                                       else before_cost)
                       + (STATEMENT_COST if t.span.end <= h.span.start and any(
                           0 <= t.span.start - sp.end <= STATEMENT_REACH for sp in speech) else 0))
            ev.date = best.value
        if clocks:
            best_c = min(clocks, key=lambda t: _dist(t.span, h.span))
            ev.time = best_c.value
            ev.date = ev.date or best_c.value[:10]
        if "cancelled" in statuses:
            ev.status = "cancelled"
        elif _future(ev.date, article.published):
            ev.status = "planned"
        elif "planned" in statuses and not (ev.date and article.published and ev.date < article.published):
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

    # -- merging -------------------------------------------------------------------------------------------
    @staticmethod
    def _same_act(events: list[Event], ev: Event, defaulted: dict[int, Event], pub: str | None) -> Event | None:
        key = _key(ev)
        if key is None:
            # no arguments of its own: a reference to the latest event of this type («الاتصال الهاتفي المرتقب»)
            same = [e for e in events if e.type == ev.type]
            return same[-1] if same else None
        date = None if id(ev) in defaulted else ev.date
        for e in events:
            other = None if id(e) in defaulted else e.date
            if _key(e) == key and _dates_compatible(other, date) and not _planned_and_past(e, other, ev, date, pub):
                return e
        # «رسالة … إلى الأمين العام» after «رسالة إلى رئيس مجلس الأمن والأمين العام»: one sender, recipients in
        # common — one message (its recipients united)
        if ev.type in DIRECTED_TYPES and ev.source and ev.target:
            src, tgt = {p.name for p in ev.source}, {p.name for p in ev.target}
            for e in events:
                other = None if id(e) in defaulted else e.date
                if e.type == ev.type and {p.name for p in e.source} == src and tgt & {p.name for p in e.target} \
                        and _dates_compatible(other, date) and not _planned_and_past(e, other, ev, date, pub):
                    return e
        # «قمة بين روسيا والولايات المتحدة» after «قمة بين بوتين وترامب»: the states' contact is their leaders'
        state = _state_key(ev)
        for e in events:
            other = None if id(e) in defaulted else e.date
            if state is not None and _state_key(e) == state and (_all_states(e) or _all_states(ev)) \
                    and _dates_compatible(other, date) and not _planned_and_past(e, other, ev, date, pub):
                return e
        return None

    @staticmethod
    def _propagate_locations(events: list[Event]) -> None:
        """A meeting held during a visit (by one of its participants, or to one's country) takes the visit's
        city."""
        visits = [e for e in events if e.type == "visit" and e.location]
        for e in events:
            if e.type in ("meeting", "negotiation") and not e.location:
                names = {p.name for p in e.participants}
                countries = {p.country for p in e.participants if p.country}
                for v in visits:
                    if v.status == "planned" and e.status == "occurred":
                        continue  # a planned visit is not where a meeting already held took place
                    if names & {s.name for s in v.source} and (
                            not v.target or {t.name for t in v.target} & countries or len(visits) == 1):
                        e.location = v.location
                        break


@dataclass(slots=True)
class _Context:
    article: Article
    hit: Hit
    etype: str
    sent: Span
    prv: int
    nxt: int
    mentions: list[Mention]
    cue_hits: list[Hit]
    speech_hits: list[Hit]
    lex: Lexicons
    siblings: list[Span]  # the sentence's triggers of other types
    others: list[Span]  # all the sentence's other triggers
    quoted: list[Span]  # the article's quotations


def _mine(span: Span, trigger: Span, siblings: list[Span]) -> bool:
    """An initiator cue belongs to the nearest trigger of its sentence («بمبادرة من روسيا … خلال المحادثات
    الأخيرة عبر الفيديو»: the initiative is the call's, not the video call's)."""
    d = _dist(span, trigger)
    return all(d <= _dist(span, o) for o in siblings)


_LOCAL_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)$")
NEWS_DAY_HOUR = 12  # an article published from this hour on (its own clock) reports that day's contacts
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
_FRAMING = frozenset({"خلال", "اثناء"})  # «خلال زيارة …»: a visit framing its clause
FIRST_PERSON_REACH = 30  # characters before a cue in which «أتطلع إلى» is sought
STATE_TITLE_REACH = 40  # characters before a name in which its state title is sought
TITLE_CLAUSE_REACH = 70  # characters before an unknown person's name in which a state title is sought
HOURS_REACH = 30  # characters before a cue in which «قبل ساعات من» is sought
DISCUSSED_REACH = 30  # characters before a meeting noun in which «بحثا فيها» is sought
PLUPERFECT_REACH = 60  # characters before a verb in which «وكان» makes it background
BODY_GAP = 2  # words between a meeting noun and the body it belongs to («اجتماع وزاري لمجموعة العشرين»)
INVITATION_REACH = 40  # characters between an invitation and the visit it invites to («دعوة تاريخية لزيارة»)
SINCE_REACH = 30  # a «منذ» this far before a date governs it
_WORDS = re.compile(r"[^\W\d_]+")


def _between(o: Span, a: Span, b: Span) -> bool:
    """``o`` lies between ``a`` and ``b``: a date past another contact's trigger is that contact's («الاتصال
    عبر الفيديو … بالمفاوضات التي ستجرى في الفترة 10 ــ 12 يناير»)."""
    lo, hi = (a, b) if a.start <= b.start else (b, a)
    return lo.end <= o.start and o.end <= hi.start


def _apply_modes(trigs: list[Hit], window: int) -> list[tuple[Hit, str | None]]:
    """A nominal meeting cue followed closely by a call-mode cue becomes a call of that mode; the mode cue
    itself is then consumed (type None)."""
    out: list[tuple[Hit, str | None]] = [(h, h.value.type) for h in trigs]
    for i, (h, etype) in enumerate(out):
        if etype != "meeting" or h.value.pos != "noun" or i + 1 >= len(out):
            continue
        nh, ntype = out[i + 1]
        if ntype in ("video_call", "phone_call") and 0 <= nh.span.start - h.span.end <= window:
            out[i] = (h, ntype)
            out[i + 1] = (nh, None)
    return out


_WORD_BEFORE = re.compile(r"([\u0621-\u064a]+)[\s\u00a0]*$")


_TO = re.compile(r"(?<![^\W\d_])(?:إلى|الى)(?![^\W\d_])")
_FROM_NEXT = re.compile(r"(?:[\s\u00a0]+[^\W\d_]+)?[\s\u00a0]+من[\s\u00a0]+")  # «رسالة [خطية] من »
_COMMA = re.compile(r"[،,]")
_SPACES = re.compile(r"[\s\u00a0]+")
_FROM_WORD = re.compile(r"(?<![^\W\d_])من(?![^\W\d_])")
_OWN_SUFFIX = re.compile(r"(?:ه|ها)(?: |$)")  # «اجتماعه», «اجتماع عقده»: his meeting
_AND_NEXT = re.compile(r"[\s\u00a0]*و(?:ال)?")  # between two nisbas: «الأميركي والكوري»
_NUMBER_NEXT = re.compile(r"\s*[\d\u0660-\u0669]")
_TOKENS = re.compile(r"\S+")
TO_WORDS = 3  # «وصل إلى العاصمة العمانية، مسقط»: words between «إلى» and the destination
ARRIVAL_REACH = 80  # «وصل وزير الخارجية السوري وليد المعلم، مساء الإثنين، إلى»


def _first_word(phrase: str) -> str:
    w = match_key(phrase).split()[0] if phrase.strip() else ""
    return w[1:] if len(w) > 3 and w[0] in "وف" else w


def _words_between(text: str, start: int, end: int) -> int:
    return len(_WORDS.findall(text, start, end)) if end > start else 0


def _addressed(text: str, start: int) -> bool:
    """The mention at ``start`` carries the «ل» of an addressee («لنظيره», «للرئيس»)."""
    return start > 0 and text[start - 1] == "ل"


def _definite_word(text: str, span: Span) -> bool:
    """Whether the word the cue is part of is definite («الزيارة», «للزيارة», «وبالزيارة»)."""
    start = span.start
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = match_key(text[start : span.end])
    word = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    return word.startswith(("ال", "لل", "بال", "كال"))


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return match_key(m.group(1)).removeprefix("و") if m else ""


def _object_marked(text: str, start: int, end: int) -> bool:
    """Whether a preposition («ل», «إلى», «مع», «من», «ب») introduces the words between ``start`` and ``end``
    (the person's own mention starts at ``end``). A «ل» glued to the person right after a visit marks the
    visitor, not the visited («الزيارة المقتضبة للأمير السعودي إلى فرنسا», «زيارة لوزير الخارجية»)."""
    words = text[start:end].split()
    if words and words[-1] in ("ل", "لل"):
        words = words[:-1]
    return any(w.startswith("ل") or w in ("إلى", "الى", "مع", "من") for w in words) or (
        end > 0 and text[end - 1] == "ب")


def _is_agent(article: Article, m: Mention, lex: Lexicons) -> bool:
    """Persons, organizations and states that can take part in a contact — not an organization named
    inside a title, not a state that is only where something happens, not a nisba adjective."""
    a = article.actors[m.actor_id]
    if a.kind not in ("person", "organization", "country") or m.form == "nisba":
        return False
    if a.kind == "person":
        start = m.span.start
        for t in article.mentions:  # «مقرب من الزعيم كيم جونغ أون»: look before the person's title
            if t.form == "title" and t.actor_id == m.actor_id and 0 <= start - t.span.end <= 2:
                start = t.span.start
        return lex.not_party_after.search(_key_before(article.text, start, 30)) is None
    text = article.text
    if m.span.start > 0 and text[m.span.start - 1] == "و":
        # «في أوكرانيا وسوريا»: a state coordinated with one that is only a place shares its role
        prev = next((p for p in article.mentions if 0 < m.span.start - 1 - p.span.end <= 1
                     and p.actor_id in article.actors and article.actors[p.actor_id].kind == "country"), None)
        if prev is not None:
            return _is_agent(article, prev, lex)
    attached = m.span.start > 0 and text[m.span.start - 1] in "بل"
    before = _word_before(text, m.span.start)
    if before in lex.topic_words:
        return False
    if a.kind == "organization":
        return a.sector != "media" and before not in lex.title_words and before not in lex.locative_words
    return not attached and before not in lex.locative_words and before not in lex.title_words


_FROM = re.compile(r"^[\s\u00a0\u064b-\u065f]*(?:[\u0621-\u065f]+[\s\u00a0]+){0,2}?من[\s\u00a0]")  # (harakat: «هاتفياً»)


def _caller(article: Article, ev: Event, h: Hit, cues: list[Hit], ms: list[Mention]) -> str | None:
    """«تلقى X اتصالا هاتفيا اليوم من Y»: a receiving verb before the call and «من» right after it; or the
    verb after the call with its receiver («اتصال هاتفي تلقاه الرئيس السيسي من ملك البحرين»)."""
    if any(c.value == ("initiator", "received_verbs") and c.span.end <= h.span.start for c in cues):
        m = _FROM.match(article.text[h.span.end : h.span.end + 40])
        start = h.span.end + m.end() if m else -1
    else:
        gap = _SPACES.match(article.text, h.span.end)
        later = lexicons().received_after.match(article.text, gap.end()) if gap else None
        m = _FROM_WORD.search(article.text, later.end(), later.end() + 60) if later else None
        start = m.end() if m else -1
    if start < 0:
        return None
    names = {p.name for p in ev.participants}
    after = [x for x in ms if start <= x.span.start <= start + 60 and article.actors[x.actor_id].kind == "person"]
    for x in after:
        if article.actors[x.actor_id].name in names:
            return article.actors[x.actor_id].name
    return None


def _dual(article: Article, ev: Event, h: Hit, agents: list[Mention], nxt: int) -> list[Event]:
    """«قبل عقد قمتين مع الرئيسين الكوري الجنوبي مون … والأميركي ترمب»: the subject meets each of the two."""
    persons = [m for m in agents if article.actors[m.actor_id].kind == "person"]
    before = [m for m in persons if m.span.end <= h.span.start]
    after = _distinct(article, [m for m in persons if h.span.end <= m.span.start < nxt])
    if not before:
        return []
    subject = _ref(article, before[-1])
    partners = [_ref(article, m) for m in after if article.actors[m.actor_id].name != subject.name][:2]
    return [replace(ev, participants=[subject, p], evidence=list(ev.evidence)) for p in partners]


def _coordinated_callers(article: Article, ev: Event, h: Hit, cues: list[Hit], agents: list[Mention],
                         nxt: int) -> tuple[ActorRef | None, list[ActorRef]]:
    """«تلقى X اتصالا هاتفيا من A … ومن B»: the receiver X and the callers, each a call of its own with X."""
    if ev.type != "phone_call" or len(ev.participants) != 2:
        return None, []
    recv = [x for x in cues if x.value == ("initiator", "received_from") and x.span.overlaps(h.span)]
    if not recv:
        return None, []
    after = [m for m in agents if h.span.end <= m.span.start < nxt and article.actors[m.actor_id].kind == "person"]
    callers = [_ref(article, m) for m in _distinct(article, after)]
    names = {p.name for p in ev.participants}
    receiver = [p for p in ev.participants if p.name not in {c.name for c in callers}]
    if len(receiver) != 1 or not names & {c.name for c in callers}:
        return None, []
    return receiver[0], callers


def _plural_partners(article: Article, ev: Event, h: Hit, cues: list[Hit], agents: list[Mention],
                     nxt: int) -> tuple[ActorRef | None, list[ActorRef]]:
    """Calls in the plural («اتصالات») «مع» several people: the subject and each person after «مع»."""
    if ev.type != "phone_call" or len(ev.participants) != 2 or "اتصالات" not in match_key(h.span.of(article.text)):
        return None, []
    with_ = next((x for x in cues if x.value == ("arg", "with") and h.span.end <= x.span.start < nxt), None)
    if with_ is None:
        return None, []
    partners = [_ref(article, m) for m in _distinct(article, [
        m for m in agents if with_.span.end <= m.span.start < nxt and article.actors[m.actor_id].kind == "person"])]
    subject = [p for p in ev.participants if p.name not in {q.name for q in partners}]
    return (subject[0], partners) if len(subject) == 1 else (None, [])


def _news_day(article: Article, events: list[Event], defaulted: dict[int, Event]) -> None:
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
    try:
        day_before = (date.fromisoformat(pub[:10]) - timedelta(days=1)).isoformat()
    except ValueError:
        return
    lead = next((e for e in events if id(e) not in defaulted and e.date and e.evidence
                 and _in_lead(article, e.evidence[0])), None)
    if lead is None or lead.date != day_before:
        return
    for e in events:
        if id(e) in defaulted and e.date == pub[:10]:
            e.date = day_before


def _in_lead(article: Article, span: Span) -> bool:
    """Headline and first paragraphs: where news states the day's contact; a noun further down («قمة جنيف»)
    is usually background and keeps no date rather than the publication date."""
    return any(p.contains(span) for p in article.paragraphs[:LEAD_PARAGRAPHS])


def _located_in(article: Article, place: str, target: list[ActorRef]) -> bool:
    """Whether ``place`` (a place of the article, by name) lies in the visit's destination country."""
    countries = {t.country or t.name for t in target}
    for a in article.actors.values():
        if a.name == place:
            return a.kind == "country" and a.name in countries or a.country in countries
    return True  # (not a place of the article's: nothing to check it against)


def _city_of(article: Article, country: str) -> str | None:
    """The first city of ``country`` the article names: where a visit to that country takes place."""
    for m in article.mentions:
        a = article.actors.get(m.actor_id)
        if a is not None and a.kind == "place" and a.country == country and m.form == "name":
            return a.name
    return None


def _location(article: Article, ms: list[Mention], trigger: Span, walls: list[Span]) -> str | None:
    """The city where the contact takes place: the nearest named place introduced by «في» (or an attached
    ب), preferring one after the trigger; not past a speech cue or another trigger (``walls``): «وعقب
    الاجتماع، شدد … على أن … في آسيا الوسطى» says where something else is."""
    best: tuple[int, str] | None = None
    kb, city_states = load_kb(), lexicons().city_states
    for m in ms:
        a = article.actors[m.actor_id]
        if m.actor_id in kb.seat_of:  # «في البيت الأبيض»: in Washington
            a = kb.actors[kb.seat_of[m.actor_id]]
        city = a.kind == "place" or (a.kind == "country" and a.name in city_states)
        if not city or m.form != "name" or any(_between(w, trigger, m.span) for w in walls):
            continue
        attached = m.span.start > 0 and article.text[m.span.start - 1] == "ب"
        if not attached and _word_before(article.text, m.span.start) != "في":
            continue
        if m.span.end <= trigger.start and _in_relative_clause(article.text, m.span, trigger):
            continue  # «وروتو الذي يحاكم امام المحكمة الجنائية الدولية في لاهاي، … في قاعة الاجتماع»
        d = _dist(m.span, trigger) + (0 if m.span.start >= trigger.end else 30)
        if best is None or d < best[0]:
            best = (d, a.name)
    return best[1] if best else None


def _in_relative_clause(text: str, place: Span, trigger: Span) -> bool:
    """A place told in a relative clause that a comma closes before the trigger: it is where someone else
    is or does something («الذي يحاكم امام المحكمة الجنائية الدولية في لاهاي، … الاجتماع»)."""
    if not _CLAUSE_BREAK.search(text, place.end, trigger.start):
        return False
    opened = clause_start(text, place.start, place.start, "،,.\n")
    return _RELATIVE.search(text, opened, place.start) is not None


def _pair(article: Article, events: list[Event], kind: str, agents: list[Mention], at: Span,
          etype: str) -> list[ActorRef]:
    """«بين الزعيمين»: the two parties of the latest two-party contact; «بين البلدين»: their states;
    «الرئيسين»: the two presidents last named as such."""
    if kind == "presidents":
        title = match_key(load_data("events/attributes.yaml").get("president_title", "الرئيس"))
        named = [m for m in article.mentions if m.span.end <= at.start and article.actors.get(m.actor_id)
                 and article.actors[m.actor_id].kind == "person"
                 and (match_key(m.text or article.text[m.span.start:m.span.end]).startswith(title)
                      or _word_before(article.text, m.span.start) == title)]
        pair = _distinct(article, sorted(named, key=lambda m: -m.span.start))[:2]
        if len(pair) == 2:
            return [_ref(article, m) for m in reversed(pair)]
        kind = "persons"
    for e in reversed(events):
        parties = e.participants or (e.source + e.target)
        if len(parties) == 2:
            if kind in ("persons", "leaders"):
                return list(parties)
            states = [ActorRef(p.country, p.country, "country") for p in parties if p.country]
            if len(states) == 2 and states[0].name != states[1].name:
                # «خلال اللقاء … بين البلدين» after the leaders' meeting: the same contact
                return list(parties) if e.type == etype else states
    if kind == "countries":
        recent = [m for m in agents if article.actors[m.actor_id].kind == "country" and m.span.end <= at.start]
        pair = _distinct(article, list(reversed(recent)))[:2]
        if len(pair) == 2:
            return [_ref(article, m) for m in reversed(pair)]
    return []


def _pair_by_nationality(article: Article, pair: Hit, lex: Lexicons) -> list[ActorRef]:
    """«قمة بين الزعيمين الأميركي والكوري الشمالي»: the leaders of the two states the nisbas after the pair
    word name, on the article's day."""
    role = lex.pair_roles.get(match_key(pair.span.of(article.text)).lstrip("وفبل"))
    if role is None:
        return []
    nisbas = [m for m in article.mentions if m.form == "nisba" and pair.span.end <= m.span.start
              and m.span.start - pair.span.end <= NISBA_PAIR_REACH]
    if len(nisbas) < 2 or not _AND_NEXT.match(article.text, nisbas[0].span.end, nisbas[1].span.start):
        return []
    kb = load_kb()
    out = []
    for m in nisbas[:2]:
        holder = kb.holder(role, m.actor_id, article.published)
        if holder is None or holder.id not in article.actors and holder.id not in kb.actors:
            return []
        out.append(ActorRef(name=holder.name, country=holder.country, kind="person", actor_id=holder.id))
    return out if out[0].name != out[1].name else []


def _key(ev: Event) -> tuple | None:
    if ev.participants:
        return (ev.type, frozenset(p.name for p in ev.participants))
    if ev.source and ev.target:
        return (ev.type, frozenset(p.name for p in ev.source), frozenset(p.name for p in ev.target))
    return None


def _state_key(ev: Event) -> tuple | None:
    """The contact's type and the states of its two parties (symmetric contacts only)."""
    states = {p.name if p.kind == "country" else p.country for p in ev.participants}
    if len(ev.participants) != 2 or len(states) != 2 or None in states:
        return None
    return ev.type, frozenset(states)


def _all_states(ev: Event) -> bool:
    return bool(ev.participants) and all(p.kind == "country" for p in ev.participants)


def _heads_for_bodies(article: Article, parties: list[ActorRef]) -> list[ActorRef]:
    """A presidency that meets or calls stands for its head («الكرملين: منفتحون على قمة مع ترمب»); a state
    that a head of state meets stands for its own («قمته مع بيونغ يانغ»: a summit is between leaders)."""
    kb = load_kb()
    day = article.published

    def leads(p: ActorRef) -> bool:
        return p.kind == "person" and p.actor_id is not None and any(
            set(kb.abstract_roles(t.office, t.of)) & {"head_of_state", "head_of_government"}
            for t in (kb.terms_of(p.actor_id, day) if day else []))

    summit = any(leads(p) for p in parties)
    out = []
    for p in parties:
        holder = None
        if p.kind == "organization" and p.actor_id in kb.org_head:
            office, of = kb.org_head[p.actor_id]
            holder = kb.resolve_office(office, of, day)
        elif p.kind == "country" and summit and day and p.actor_id in kb.actors:
            holder = kb.holder("head_of_state", p.actor_id, day)
        if holder is not None:
            p = ActorRef(name=holder.name, country=holder.country, kind="person", actor_id=holder.id)
        out.append(p)
    return out if len({p.name for p in out}) == len(out) else parties


def _merge(into: Event, ev: Event) -> None:
    if _all_states(into) and not _all_states(ev) and ev.participants:
        into.participants = ev.participants  # the leaders named for the states' contact
    into.evidence.extend(s for s in ev.evidence if s not in into.evidence)
    names = {p.name for p in into.target}
    into.target.extend(p for p in ev.target if p.name not in names)  # (directed: the recipients united)
    if into.date and ev.date and into.date != ev.date and (
            ev.date.split("/")[0].startswith(into.date) or _in_range(into.date, ev.date)):
        into.date = ev.date  # «يناير» then «10 ــ 12 يناير», or a day then the whole range: keep the latter
    for f in ("date", "time", "location", "initiator"):
        if getattr(into, f) is None and getattr(ev, f) is not None:
            setattr(into, f, getattr(ev, f))
    if ev.time and into.time and into.date and ev.time[:10] != into.date[:10] and len(into.date) == 10:
        into.date = ev.time[:10]


def _planned_and_past(a: Event, a_date: str | None, b: Event, b_date: str | None, pub: str | None) -> bool:
    """One still planned, the other stated to have taken place before publication: two contacts («سيجريان
    مباحثات» … «المباحثات التي جرت بين الرئيسين … الأسبوع الماضي»)."""
    if pub is None or {a.status, b.status} != {"planned", "occurred"}:
        return False
    past_date = a_date if a.status == "occurred" else b_date
    return past_date is not None and past_date.split("/")[-1] < pub[: len(past_date.split("/")[-1])]


def _dates_compatible(a: str | None, b: str | None) -> bool:
    """Same contact as far as dates go: one unknown, one a refinement of the other («2018-05» and
    «2018-05-08»), or a day inside the other's range."""
    if a is None or b is None or a.startswith(b) or b.startswith(a):
        return True
    return _in_range(a, b) or _in_range(b, a)


def _in_range(day: str, rng: str) -> bool:
    if "/" not in rng or "/" in day:
        return False
    lo, hi = rng.split("/", 1)
    return lo <= day[: len(lo)] <= hi


def _dist(a: Span, b: Span) -> int:
    return b.start - a.end if a.end <= b.start else a.start - b.end if a.start >= b.end else 0


def _distinct(article: Article, ms: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for m in ms:
        name = article.actors[m.actor_id].name
        if name not in seen:
            seen.add(name)
            out.append(m)
    return out


def _after(ms: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in ms if start <= m.span.start < end]


_QUOTES = frozenset('"«“\'')


_RECEIVED_HIM = re.compile(r"استقبال(?:ه|ها|هم|هما)$")


def _reception_of_visitor(article: Article, h: Hit, agents: list[Mention], events: list[Event],
                          nxt: int) -> list[ActorRef]:
    """«كان في استقباله الرئيس كينياتا»: the pronoun is the visitor of the article's latest visit, the person
    named after it the host."""
    word_end = h.span.end
    while word_end < len(article.text) and article.text[word_end].isalpha():
        word_end += 1  # the hit leaves the pronoun out
    if not _RECEIVED_HIM.search(match_key(article.text[h.span.start : word_end])):
        return []
    visit = next((e for e in reversed(events) if e.type == "visit" and e.source), None)
    host = next((m for m in agents if h.span.end <= m.span.start < nxt
                 and article.actors[m.actor_id].kind == "person"), None)
    if visit is None or host is None or article.actors[host.actor_id].name == visit.source[0].name:
        return []
    return [visit.source[0], _ref(article, host)]


def _restated(article: Article, events: list[Event], lex: Lexicons) -> list[Event]:
    """«بحث X وY …» then «جاء ذلك خلال اتصال هاتفي …»: the meeting the first sentence implies is the call."""
    starts = [s.span for s in article.sentences]
    out: list[Event] = []
    for ev in events:
        merged = False
        following = [starts[i + 1] for i, sp in enumerate(starts[:-1]) if ev.type == "meeting" and sp in ev.evidence]
        for nxt in following:
            if not lex.restates.match(article.text, nxt.start):
                continue
            call = _call_between(events, ev, nxt)
            if call is not None:
                _merge(call, ev)
                merged = True
                break
        if not merged and ev.type == "meeting" and match_key(ev.trigger) in lex.modeless:
            call = _call_between(events, ev, None)
            if call is not None and _dates_compatible(call.date, ev.date):
                _merge(call, ev)
                merged = True
        if not merged:
            out.append(ev)
    return out


def _call_between(events: list[Event], ev: Event, at: Span | None) -> Event | None:
    """A phone or video call between the same parties as ``ev`` (told in the sentence ``at``, if given)."""
    names = {p.name for p in ev.participants}
    return next((e for e in events if e is not ev and e.type in ("phone_call", "video_call")
                 and (at is None or at in e.evidence) and {p.name for p in e.participants} == names), None)


def _honorific_subjects(article: Article, hits: list[Hit], lex: Lexicons) -> list[Mention]:
    """«كما استقبل سموه …»: an honorific pronoun right after a verb cue is the article's first person named
    with a state title («صاحب السمو الملكي الأمير فيصل بن بندر»)."""
    verbs = [h for h in hits if h.value.type and h.value.is_verb]
    if not verbs:
        return []
    lead = next((m for m in article.mentions if m.actor_id in article.actors
                 and article.actors[m.actor_id].kind == "person" and m.form in ("name", "title")
                 and _state_titled(article, m, lex)), None)
    if lead is None:
        return []
    out = []
    for h in verbs:
        spaced = article.text[h.span.end : h.span.end + 1] == " "
        p = lex.honorific_pronouns.match(article.text, h.span.end + 1) if spaced else None
        if p is not None:
            out.append(Mention(Span(p.start(), p.end()), lead.actor_id, "pronoun", p.group(0)))
    return out


def _previous_of_latest(article: Article, h: Hit, events: list[Event], lex: Lexicons) -> Event | None:
    """«آخر اجتماع», «الاجتماع السابق»: a meeting noun after «آخر» (or before «السابق/الأخير») in a clause that names
    nobody is the previous meeting of the latest meeting's parties."""
    before = _word_before(article.text, h.span.start)  # (both already match keys)
    after = _first_word(article.text[h.span.end : h.span.end + 20]).strip("،,.")
    if h.value.pos != "noun" or not (before in lex.previous_before or after in lex.previous_after):
        return None
    return next((e for e in reversed(events) if e.type == h.value.type and e.participants), None)


def _refers_back(article: Article, h: Hit, events: list[Event], lex: Lexicons) -> bool:
    """A definite meeting noun after «خلال/في بداية/قبيل …», linked to nobody by «مع/بين», is the latest meeting
    told («لكن المتحدث باسم الكرملين … قال قبيل القمة»: the summit of the article, not a meeting of whoever the
    clause names)."""
    if h.value.pos != "noun" or not match_key(h.span.of(article.text)).startswith("ال") \
            or _word_before(article.text, h.span.start) not in lex.anaphoric_before:
        return False
    return any(e.type == "meeting" and e.participants for e in events)


def _genitive_of(text: str, trigger: Span, m: Span) -> bool:
    """«القمة المحتملة لرئيس الولايات المتحدة»: a party glued to «لـ» right after the noun (an adjective between)."""
    return 0 < m.start - trigger.end <= GENITIVE_REACH and text[m.start - 1] == "ل" \
        and len(_WORDS.findall(text, trigger.end, m.start)) <= 2


def _first_person(article: Article, h: Hit, spoke: list[Mention], agents: list[Mention], nxt: int,
                  lex: Lexicons) -> list[ActorRef]:
    """«وكتب بومبيو على تويتر "أتطلع إلى لقاء كيم يونغ شول في نيويورك …"»: a contact the speaker tells in the
    first person is the speaker's, with the first person named after the cue."""
    people = [m for m in spoke if article.actors[m.actor_id].kind == "person"]
    if not people or not lex.first_person.search(_key_before(article.text, h.span.start, FIRST_PERSON_REACH)):
        return []
    speaker = people[-1]
    name = article.actors[speaker.actor_id].name
    partner = next((m for m in agents if h.span.end <= m.span.start < nxt
                    and article.actors[m.actor_id].kind == "person" and article.actors[m.actor_id].name != name), None)
    return [_ref(article, speaker), _ref(article, partner)] if partner is not None else []


def _body_meeting(article: Article, h: Hit, ms: list[Mention], agents: list[Mention], start: int, nxt: int,
                  lex: Lexicons) -> list[ActorRef]:
    """«وشارك ترامب في قمة مجموعة السبع», «إلغاء مشاركته في اجتماع وزاري لمجموعة العشرين», «أعمال القمة العربية
    برئاسة الملك سلمان»: a meeting noun with a multilateral body right after it is that body's meeting. Its parties
    are the body, the person nearest before the noun in the sentence (who attends) and the people named after
    the body in the clause (who chair or attend)."""
    if h.value.pos != "noun":
        return []
    text = article.text
    named = next((m for m in ms if m.span.start >= h.span.end and m.actor_id in lex.summit_bodies
                  and len(_WORDS.findall(text, h.span.end, m.span.start)) <= BODY_GAP), None)
    if named is not None:
        body, body_end = article.actors[named.actor_id], named.span.end
    else:  # «القمة العربية»: the adjective right after the noun names the body
        adjective = _NEXT_WORD.match(text, h.span.end)
        org_id = lex.summit_adjectives.get(match_key(adjective.group(1))) if adjective else None
        body = (article.actors.get(org_id) or load_kb().actors.get(org_id)) if org_id else None
        if body is None:
            return []
        body_end = adjective.end()
    people = [m for m in agents if article.actors[m.actor_id].kind == "person"]
    before = [m for m in people if start <= m.span.start and m.span.end <= h.span.start]
    chosen = before[-1:] + [m for m in people if body_end <= m.span.start < nxt]
    if not chosen:
        return []
    refs = [ActorRef(name=body.name, country=body.country, kind="organization", actor_id=body.id)]
    for m in chosen:
        r = _ref(article, m)
        if r.name not in {x.name for x in refs}:
            refs.append(r)
    return refs if len(refs) >= 2 else []


def _met_by_visitor(article: Article, h: Hit, agents: list[Mention], events: list[Event], prv: int,
                    nxt: int) -> list[ActorRef]:
    """«وأضاف الدرديري أن السيسي أكد خلال اللقاء …» in the report of a visit to Egypt: a definite meeting noun
    with one person of the host country in its clause is that person's meeting with the visitor."""
    if h.value.pos != "noun" or not match_key(h.span.of(article.text)).startswith("ال"):
        return []
    visit = next((e for e in reversed(events) if e.type == "visit" and e.source and e.target), None)
    if visit is None or visit.target[0].kind != "country":
        return []
    people = _distinct(article, [m for m in agents if prv <= m.span.start < nxt
                                 and article.actors[m.actor_id].kind == "person"])
    if len(people) != 1:
        return []
    host = article.actors[people[0].actor_id]
    if host.country != visit.target[0].name or host.name == visit.source[0].name:
        return []
    return [visit.source[0], _ref(article, people[0])]


def _state_talks(article: Article, ev: Event, h: Hit, lex: Lexicons) -> bool:
    """«المحادثات بين روسيا والناتو بشأن الضمانات الأمنية»: talks between states or bodies on a named matter
    are negotiations; talks between people stay meetings."""
    if match_key(h.span.of(article.text)) not in lex.talks_nouns or len(ev.participants) < 2:
        return False
    if any(p.kind == "person" for p in ev.participants):
        return False
    after = _WORDS.findall(article.text, h.span.end, min(len(article.text), h.span.end + 120))
    return any(match_key(w) in lex.topic_words for w in after[:12])


def _with_media(article: Article, h: Hit, cues: list[Hit], ms: list[Mention]) -> bool:
    """The trigger is followed closely by «مع» and a news outlet: an interview, not a contact."""
    for x in cues:
        if x.value == ("arg", "with") and 0 <= x.span.start - h.span.end <= 3:
            if article.text[x.span.end : x.span.end + 3].lstrip()[:1] in _QUOTES:
                return True  # outlets are named in quotes («لقاء مع "العربية"»), people are not
            after = [m for m in ms if 0 <= m.span.start - x.span.end <= 3]
            return bool(after) and article.actors[after[0].actor_id].sector == "media"
    return False


def _with_partner(article: Article, h: Hit, cues: list[Hit], agents: list[Mention], ms: list[Mention], nxt: int,
                  lex: Lexicons) -> Mention | None:
    """The party named right after a «مع» that follows the trigger («قمته مع بيونغ يانغ», «محادثات مع نظيره
    …»), if any; an official known only by nationality stands for the state («محادثات مع مسؤول كوري شمالي»)."""
    for x in cues:
        if x.value == ("arg", "with") and 0 <= x.span.start - h.span.end <= WITH_REACH and x.span.end < nxt:
            after = [m for m in agents if 0 <= m.span.start - x.span.end <= 2]
            if after:
                return after[0]
            words = _WORDS.findall(article.text, x.span.end, min(nxt, x.span.end + 30))
            if words and match_key(words[0]) in lex.title_words:
                return next((m for m in ms if m.form == "nisba" and x.span.end < m.span.start < nxt
                             and len(_WORDS.findall(article.text, x.span.end, m.span.start)) == 1), None)
            return None
    return None


def _best_pair(article: Article, ms: list[Mention]) -> list[Mention]:
    """Two distinct participants, persons first; a state only when it is not a chosen person's own."""
    ms = _distinct(article, ms)
    persons = [m for m in ms if article.actors[m.actor_id].kind == "person"]
    others = [m for m in ms if article.actors[m.actor_id].kind != "person"]
    chosen = persons[:2]
    countries = {article.actors[m.actor_id].country for m in chosen}
    for m in others:
        if len(chosen) >= 2:
            break
        a = article.actors[m.actor_id]
        if a.kind == "country" and a.name in countries:
            continue
        chosen.append(m)
    return chosen if len(chosen) >= 2 else []


_RELATIVE = re.compile(r"(?<![^\W\d_])(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان)(?![^\W\d_])")
_CLAUSE_BREAK = re.compile(r"[،,.]")
_COMPLEMENTIZER = re.compile(r"(?<![^\W\d_])[وفب]?[أإا]ن(?:ه|ها|هم|هما)?(?![^\W\d_])")  # «أن»، «بأنه»


def _speakers(text: str, ms: list[Mention], speech: list[Hit], trigger: Span) -> set[int]:
    """Mentions that are the subject of a speech verb before the trigger («وقال بيسكوف إن الاتصال …»): they
    report, not take part. A mention after «أن/إن» belongs to the reported clause and is not excluded."""
    out: set[int] = set()
    for sp in speech:
        if sp.span.end > trigger.start:
            continue
        for m in ms:
            if sp.span.end <= m.span.start <= sp.span.end + 80 and m.span.end <= trigger.start \
                    and not _COMPLEMENTIZER.search(text, sp.span.end, m.span.start):
                out.add(id(m))
    return out


def _initiator_person(ev: Event) -> str | None:
    """«بمبادرة من روسيا»: a state initiates through its participant."""
    for p in ev.participants + ev.source + ev.target:
        if ev.initiator and p.kind == "person" and p.country == ev.initiator:
            return p.name
    return ev.initiator


def _reporting_date(text: str, t: Span, trigger: Span, speech: list[Span]) -> bool:
    """The date of the statement, not of the contact it announces: before the trigger, with the complementizer
    between them («أكد بيسكوف، اليوم الأربعاء، أنه من المقرر إجراء اتصال»), or after it, past a speech verb
    («يعتزم لافروف زيارة كوريا الشمالية …، على ما أفادت المتحدثة … الأربعاء»)."""
    if t.end <= trigger.start:
        return _COMPLEMENTIZER.search(text, t.end, trigger.start) is not None
    return any(trigger.end <= sp.start and sp.end <= t.start for sp in speech)


def _in_dateline(article: Article, t: TimeExpression) -> bool:
    return article.dateline is not None and article.dateline.contains(t.span)


def _future(value: str | None, published: str | None) -> bool:
    if not value or not published:
        return False
    start = value.split("/")[0][:10]
    try:
        if len(start) == 10:
            return date.fromisoformat(start) > date.fromisoformat(published)
        return start > published[: len(start)]
    except ValueError:
        return False
