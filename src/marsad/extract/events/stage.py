"""The event stage: the article's triggers sentence by sentence, each turned into events by the rules of
``parties`` and ``attributes`` and merged by ``merging``."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from marsad.extract.common import Hit, in_span
from marsad.extract.descriptions import describe
from marsad.extract.events.attributes import (
    contacts_dated_by_their_visit,
    dated_by_visit,
    future,
    in_lead,
    initiator_person,
    located_in,
    nearest_trigger,
    news_day,
    set_attributes,
    visit_dated_by_its_contacts,
    visit_dated_by_its_meeting,
)
from marsad.extract.events.lexicons import CUE, SPEECH, TRIGGER, Lexicons, lexicons
from marsad.extract.events.merging import (
    congratulated_in_person,
    event_key,
    historical,
    merge,
    other_contact_of,
    propagate_locations,
    referable,
    restated,
    same_act,
)
from marsad.extract.events.parties import (
    RECEIVERS_REACH,
    WITH_REACH,
    addressed_in_call,
    after_counterpart,
    anchored,
    article_country,
    best_pair,
    body_meeting,
    coordinated_callers,
    coordinated_guests,
    coordinated_hosts,
    coordinated_senders,
    coordinated_visitors,
    delegation_state,
    directed_parties,
    dropped_subjects,
    dual,
    farewell_of,
    first_person_contact,
    first_person_cue,
    fronted_owners,
    genitive_of,
    heads_for_bodies,
    honorific_subjects,
    initiating_party,
    is_agent,
    joint_counterparts,
    listed_leaders,
    local_round,
    met_by_visitor,
    met_during_visit,
    pair_by_nationality,
    pair_parties,
    plural_partners,
    political,
    previous_of_latest,
    received_object,
    reception_of_visitor,
    refers_back,
    requested_meeting,
    speaker_and_object,
    speaker_and_partner,
    speaker_ids,
    state_talks,
    summit_leaders,
    talks_abroad,
    told_by_phone,
    visited_host,
    with_media,
    with_partner,
)
from marsad.extract.events.syntax import (
    COMPLEMENTIZER,
    COORDINATED,
    FRAMING,
    RELATIVE,
    WITH_WORD,
    WORDS,
    after_relation,
    definite_word,
    dist,
    distinct,
    in_other_clause,
    key_before,
    lies_between,
    mentions_from,
    next_word_start,
    ref,
    word_before,
    word_end,
    words_between,
)
from marsad.extract.quotes import article_quotations
from marsad.kb.knowledge import KnowledgeBase
from marsad.kb.loader import load_kb
from marsad.model import DIRECTED_TYPES, ActorRef, Article, Event, Mention, Span
from marsad.pipeline import Stage
from marsad.text.lexmatch import Match, leftmost_longest
from marsad.text.normalize import match_key

RELATIVE_REACH = 40  # characters before a party-less cue in which «الذي/التي» opens the clause it is in
WINDOW = 160  # characters each side of a trigger in which its arguments are sought
WINDOW_AFTER_VERB = 240  # … and after a verb trigger
BETWEEN_REACH = 50  # «بين X وY» names the parties only this close after the trigger
GENITIVE_GAP = 2  # «بلقاء بومبيو»: characters from the noun to its own agent
REACTION_REACH = 60  # «أشاد الرئيس الأمريكي دونالد ترامب بلقاء»: characters from the verb to the noun
BETWEEN_WORDS = 2  # … and with at most this many words between («مباحثات تتناول التعاون الثنائي بين»: the topic's)
# «قال غريفيث إنه أجرى محادثات مع …»: the speaker tells of their own act
_SELF_CLAIM = re.compile(r"(?<![^\W\d_])[وفب]?[أإا]ن(?:ه|ها)[\s\u00a0]+(?:قد[\s\u00a0]+)?$")
_OWN_SUFFIX = re.compile(r"(?:ه|ها)(?: |$)")  # «اجتماعه», «اجتماع عقده»: his meeting
DISCUSSED_REACH = 30  # characters before a meeting noun in which «بحثا فيها» is sought
PLUPERFECT_REACH = 60  # characters before a verb in which «وكان» makes it background
VERB_WITH_REACH = 200  # «بحث الأمير محمد بن سلمان … وزير الدفاع السعودي، مع الرئيس …»: the long title between
LABEL_WORDS = 3  # a quotation this short around a cue is a name («"قمة القدس"»), not a mention with parties
MIN_STATE_LIST = 3  # states listed one after another that are the parties of the clause's meeting
OCCASION_CUE_REACH = 40  # characters from «في ختام اللقاء» to the speech cue it frames («، قال»)
REPRESENTED_REACH = 80  # characters between a cue and the officials of a state or body who take part
HEDGE_REACH = 48  # characters before a cancelling word in which «هددت … ب» is sought
HEDGE_WORDS = 4  # … within this many words («هددت كوريا الشمالية بإلغاء»)
STATES_AFTER_REACH = 120  # characters after a cue in which a list of states as its parties is sought
STATES_AFTER_WORDS = 8  # … and words at most between the cue and the list («اجتماع … مع وزراء خارجية كل من …»)
BROUGHT_REACH = 60  # characters after a meeting noun to «الذي جمع» («اجتماع … مقرر الثلاثاء قرب برلين، سترأسه»)
OTHER_PARTNER_REACH = 30  # «محادثات مع ماي»: a person this close after another cue and «مع» is that cue's partner
_STATES_WORD = re.compile(r"(?<![^\W\d_])(?:ال)?دول(?![^\W\d_])[^،,.]*$")  # «الدول الأربع: …»
# between two nisbas: «مصري سوداني», «سعودية - أمريكية» (a nisba's span may leave out its «ة»), «المصري والسوداني»
_NISBA_GAP = re.compile(r"ة?[\s\u00a0]*[-–—]?[\s\u00a0]*(?:و|ال|وال)?")
_LIST_GAP = re.compile(r"[\s\u00a0]*[،,]?[\s\u00a0]*و?")  # between two listed states: «، » or « و»
HABIT_REACH = 120  # «عادة ما» this close to a trigger, in its clause, makes it a habit, not an event


def _to_hits(article: Article, matches: list[Match]) -> list[Hit]:
    """Matches in the key text as hits in the original text, values unwrapped from their tag."""
    norm = article.norm
    return [Hit(Span(*norm.span_to_original(m.start, m.end)), m.value[1]) for m in matches]


class EventStage(Stage):
    name = "events.rules.v158"
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
        # (a verb that needs «مع» takes no article, preposition or suffix: «البحث», «لبحث», «بحثه» are no talks)
        trig_hits = [h for h in _to_hits(article, leftmost_longest(
                         m for m in raw if m.value[0] == TRIGGER and not m.suffix.startswith("ي")
                         and not (m.value[1].pos in ("verb_with", "verb_bi")
                                  and (m.suffix or m.prefix not in ("", "و", "ف")))))
                     if not any(n.overlaps(h.span) for n in names)]
        # («اتصل» with no party glued to its «ب» is no cue at all, nor a bound of another cue's clause)
        trig_hits = [h for h in trig_hits if h.value.pos != "verb_bi" or _called(article, h)]
        if not any(h.value.type for h in trig_hits):
            article.events = []
            return article
        cue_hits = _to_hits(article, [m for m in raw if m.value[0] == CUE])
        # a status word inside a longer phrase of another sense is none («من أجل نجاح القمة»: for, not postponed)
        not_cues = [c.span for c in cue_hits if c.value == ("status", "not_cues")]
        cue_hits = [c for c in cue_hits if c.value[0] != "status" or not any(n.overlaps(c.span) for n in not_cues)]
        statement_hits = _to_hits(article, leftmost_longest(m for m in raw if m.value[0] == SPEECH))
        speech_hits = [h for h in statement_hits if h.value == "speech"]
        blockers = [h.span for h in trig_hits if not h.value.type]
        # a status word inside someone's quoted words speaks of their plans, not of a contact outside them
        # («قبل الاجتماع مع دياز- كانيل: "… للسنوات العشر المقبلة"»)
        quoted = [q.span for q in article_quotations(article)]
        # descriptions («المسؤولة الأميركية») and honorific pronouns («استقبل سموه») stand for people named
        # elsewhere, as parties only
        # (a fronted clause's pronoun is the main clause subject's, whoever else it was read as: «ومنذ لقائه مع كيم …،
        # بدا ترمب متفائلا»)
        fronted = fronted_owners(article, trig_hits)
        owned = {m.span for m in fronted}
        mentions = sorted([m for m in article.mentions + describe(article, self.kb)
                           + honorific_subjects(article, trig_hits, lex, speech_hits)
                           + dropped_subjects(article, trig_hits) if m.span not in owned] + fronted,
                          key=lambda m: m.span.start)
        events: list[Event] = []
        # mentions without arguments of their own (with their sentence and cue), resolved once all are known
        pending: list[tuple[Event, int, Span]] = []
        # events dated by default with the publication day (a stated date wins), by id; the dict keeps them
        # alive so that no later event can reuse an id
        defaulted: dict[int, Event] = {}
        for si, sent in enumerate(article.sentences):
            s_trig = [h for h in in_span(trig_hits, sent.span)
                      if h.value.type and not any(b.overlaps(h.span) for b in blockers)]
            for i, (h, etype) in enumerate(_apply_modes(article.text, s_trig, lex)):
                # clauses are bounded by the neighbouring verb cues («ويلتقي X خلال الزيارة Y»: the noun
                # «الزيارة» does not end the clause of «يلتقي»)
                nxt = next((t.span.start for t in s_trig[i + 1:] if t.value.is_verb), sent.span.end)
                prv = next((t.span.end for t in reversed(s_trig[:i]) if t.value.is_verb), sent.span.start)
                if etype is None:
                    continue
                siblings = [t.span for t in s_trig if t is not h and t.value.type != h.value.type]
                ctx = _Context(article, h, etype, sent.span, prv, nxt, mentions, cue_hits, speech_hits,
                               statement_hits, lex, siblings, [t.span for t in s_trig if t is not h], quoted,
                               [t.span for t in s_trig if t is not h and t.value.pos == "verb"])
                for ev, past in self._event(ctx, events):
                    if ev.date is None and ev.type != "visit" and _during_told(article.text, h.span, lex):
                        # «كانت زيارة السيسي الأولى إلى روسيا …، عقد خلالها مباحثات»: when the contact told just
                        # before was; a day only as likely as any other of the visit («يصل ترامب، الخميس، … في
                        # زيارة يلتقي خلالها ماي» and «وسيجري ترامب الجمعة محادثات مع ماي»): a date a mention that
                        # states its own replaces
                        told = max(events, key=lambda e: max((sp.end for sp in e.evidence if sp.end <= h.span.start),
                                                             default=-1), default=None)
                        if told is not None and told.type == "visit" and told.date:
                            ev.date = told.date
                            defaulted[id(ev)] = ev
                    if ev.date is None and ev.status == "occurred" and not past and event_key(ev) is not None \
                            and (h.value.is_verb or in_lead(article, h.span)
                                 or _statement_occasion(article, h, sent.span, speech_hits, lex)):
                        ev.date = article.published  # a contact reported as the day's news takes that day
                        defaulted[id(ev)] = ev
                    if not anchored(article, ev, lex) or not political(article, ev):
                        continue
                    target = same_act(events, ev, defaulted, article.published, article.headline)
                    if target is None and _named_again(article, h) and event_key(ev) is not None:
                        # «مستعد للانسحاب من اجتماع القمة … مع … كيم جونغ أون …، بعد أن شككت بيونغيانغ في الاجتماع
                        # الأسبوع الماضي»: a bare definite noun names again the contact its sentence told before,
                        # and the time after it is its verb's
                        target = next((e for e in events if e.type == ev.type and event_key(e) == event_key(ev)
                                       and any(sent.span.contains(sp) for sp in e.evidence)), None)
                        if target is not None:
                            ev.date, ev.time, ev.status = None, None, target.status
                            defaulted.pop(id(ev), None)
                            past = False
                    if target is not None and past and event_key(ev) is not None and target.status == "planned" \
                            and (target.date is None and ev.type == "visit" or future(target.date, article.published)):
                        # «من آخر لقاء جرى … في الرياض» beside the coming one: their earlier contact (so is a trip
                        # told as past beside one planned, undated: «يتذكر زيارته الأخيرة إلى الرياض» beside an
                        # invitation to visit)
                        target = None
                    if target is not None and _plural_verb(article.text, h) and other_contact_of(target, ev, defaulted):
                        ev.participants, ev.source, ev.target = (list(target.participants), list(target.source),
                                                                 list(target.target))
                        events.append(ev)
                    elif target is not None and (event_key(ev) is not None
                                                 or referable(target, ev, defaulted, article.headline)):
                        if id(target) in defaulted and ev.date and id(ev) not in defaulted:
                            if historical(ev.date, article.published):
                                # «ولهذه القمة … نصت الهدنة بين البلدين عام 1953»: the day's contact told again
                                # with a date of history, not its own
                                ev.date = None
                            else:
                                target.date = None  # «يصل إلى مسقط» (headline) then «وصل … مساء الإثنين»
                                del defaulted[id(target)]
                        if all(article.headline.contains(sp) for sp in target.evidence):
                            target.status = ev.status  # the body tells the status a headline's present leaves open
                            # and the exact place a headline shortens («في المنطقة منزوعة السلاح», then «في قرية
                            # بانمونجوم الحدودية بالمنطقة المنزوعة السلاح»)
                            target.location = ev.location or target.location
                        if id(ev) in defaulted and target.date and id(target) not in defaulted:
                            # a day the mention only took from the publication day neither replaces nor refines
                            # the one the contact was stated with («القمة … هذا الأسبوع» then «المحادثات»)
                            ev.date = None
                        undated = target.date is None
                        merge(target, ev)
                        if undated and id(ev) in defaulted and target.date == ev.date:
                            # a date the mention only took from the publication day stays one for the contact
                            # («قمة كيم وترامب» (headline), «تحيط بالقمة التاريخية», then «تنطلق القمة … الثلاثاء
                            # المقبل»: the day stated replaces it)
                            defaulted[id(target)] = target
                    elif ev.participants or (ev.source and ev.target):
                        events.append(ev)
                    elif event_key(ev) is None:
                        pending.append((ev, si, h.span))
        for ev, si, at in pending:  # «المفاوضات التي ستجرى في الفترة 10 ــ 12 يناير» before «مفاوضات … بين البلدين»
            same = [e for e in events if e.type == ev.type]
            if same:
                if referable(same[0], ev, defaulted, article.headline):
                    merge(same[0], ev)
            elif ev.type not in DIRECTED_TYPES and si > 0 and not RELATIVE.search(
                    article.text, max(article.sentences[si].span.start, at.start - RELATIVE_REACH), at.start):
                # (not a contact a relative clause tells of another noun: «رفض الاتفاق الذي ابرم في ختام مفاوضات
                # شاقة» after Carter met Netanyahu)
                # «بحث الملك عبدالله الثاني والأمير محمد بن سلمان …» then «وجرى خلال اتصال هاتفي …»: the two
                # people of the sentence before, when it names exactly two, of two states (not «الزعيمان الكوريان
                # الشماليان السابقان كيم إيل سونغ وكيم جونغ إيل» before «قمة … بين قادة البلدين»)
                prev = article.sentences[si - 1].span
                people = distinct(article, [
                    m for m in mentions if prev.contains(m.span) and m.form in ("name", "title")
                    and m.actor_id in article.actors and article.actors[m.actor_id].kind == "person"
                    and is_agent(article, m, lex)])  # (not «بين مطاري الملك عبدالله بجازان ودبي»)
                countries = {article.actors[m.actor_id].country for m in people}
                # (coordinated, as the subject of «بحث X وY», referred to as «الزعيمين», or one of them a party of the
                # sentence's contact, «خلال زيارة للقاهرة»: not two people a sentence merely names, «تمكن نيلسون من
                # التسلل إلى المؤتمر الصحفي لبلاتر»)
                told = {p.name for e in events if any(sp.overlaps(prev) for sp in e.evidence)
                        for p in e.participants + e.source + e.target}
                if len(people) == 2 and (len(countries) == 2 or None in countries) and (
                        _coordinated_pair(article, mentions, people, prev)
                        or set(match_key(article.sentences[si].span.of(article.text)).split()) & lex.pair_roles.keys()
                        or told & {article.actors[m.actor_id].name for m in people}):
                    ev.participants = [ref(article, m) for m in people]
                    if anchored(article, ev, lex) and political(article, ev):
                        events.append(ev)
        events = congratulated_in_person(restated(article, events, lex, defaulted), lex)
        # a body meeting on its own («قمة الاتحاد الأوروبي», «اجتماع أوبك») with no second actor named is no
        # contact between actors (GUIDELINES §3)
        events = [ev for ev in events if ev.type in DIRECTED_TYPES or len(ev.participants) >= 2]
        dated_by_visit(article, events, defaulted)
        visit_dated_by_its_meeting(article, events, defaulted)
        visit_dated_by_its_contacts(events, defaulted)
        contacts_dated_by_their_visit(events, defaulted)
        news_day(article, events, defaulted)
        for ev in events:
            ev.initiator = initiator_person(ev)
            if ev.status == "occurred" and future(ev.date, article.published):
                ev.status = "planned"  # a headline's «القمة» merged with the body's «يوم 12 يونيو»
        propagate_locations(events, article.published)
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
                if (x.value[0] != "initiator" or nearest_trigger(x.span, h.span, c.siblings))
                and not (x.value[0] == "status" and any(lies_between(o, h.span, x.span) or o.overlaps(x.span)
                                                        for o in c.others)
                         and x.span.start > h.span.end)
                and not (x.value[0] == "status" and any(q.contains(x.span) and not q.contains(h.span)
                                                        for q in c.quoted))
                # «رسالة إلى كيم ألغى فيها القمة»: a cancellation is the nearest contact's; «هددت بإلغاء القمة» is
                # none
                and not (x.value == ("status", "cancelled") and (
                    any(dist(x.span, o) < dist(x.span, h.span) for o in c.others)
                    or set(key_before(article.text, x.span.start, HEDGE_REACH).split()[-HEDGE_WORDS:])
                    & lex.cancel_hedges))]
        if any(x.value == ("status", "habitual") and c.prv <= x.span.start and dist(x.span, h.span) <= HABIT_REACH
               for x in cues):
            return []
        if h.value.is_verb and word_before(article.text, h.span.start) in lex.negators:
            return []  # «لم يجتمع»: a contact denied
        if h.value.pos == "noun" and word_before(article.text, h.span.start) in lex.denials:
            return []  # «رفض زيارة دمشق»: a contact refused
        if _offered(article.text, h.span.start, c.sent.start, lex):
            return []  # «يعرض عقد محادثات»: an offer, not a contact
        # (not someone named inside someone's words the cue is not in: «أثناء إستقبالهما، قائلاً: "أنا عم بابا"»;
        # a name set off by quotation marks is still named: «رئيس جهاز المخابرات «هاكان فيدان»»)
        # (a name that starts in the window counts whole: «… الشيخ الدكتور خالد بن محمد اليوسف» at its edge)
        ms = [m for m in c.mentions if parties_win.start <= m.span.start < parties_win.end
              and m.actor_id in article.actors
              and not any(q.contains(m.span) and not q.contains(h.span) and len(q.of(article.text).split())
                          > len(m.span.of(article.text).split()) + LABEL_WORDS for q in c.quoted)]
        ev = Event(type=c.etype, evidence=[Span(c.sent.start, c.sent.end)], trigger=h.span.of(article.text))
        meta = lex.types[c.etype]
        ev.cameo, ev.plover = meta["cameo"], meta["plover"]
        if c.etype == "message" and any(x.value[0] == "condolence" for x in cues):
            sub = lex.subtypes["condolence"]
            ev.cameo, ev.plover = sub["cameo"], sub["plover"]

        topic = h.value.pos == "noun" and lex.discussed_after.search(
            key_before(article.text, h.span.start, DISCUSSED_REACH, c.sent.start)) is not None
        if topic and not any(x.value in (("arg", "between"), ("arg", "with"))
                             and 0 <= x.span.start - h.span.end <= BETWEEN_REACH for x in cues):
            return []  # «بحثا فيها القمة المقبلة»: a meeting discussed, whose parties the clause does not name
        if c.etype not in DIRECTED_TYPES and (with_media(article, h, cues, ms)
                                               or c.etype == "phone_call"
                                               and told_by_phone(article, h, c.sent, c.speech_hits, ms)):
            return []  # «في لقاء مع "العربية"», «وقال ياسين في اتصال هاتفي، إن»: an interview
        if c.etype not in DIRECTED_TYPES and any(
                x.value in (("arg", "between"), ("arg", "with")) and 0 <= x.span.start - h.span.end <= 3
                and lex.private_groups.match(article.text, next_word_start(article.text, x.span.end)) for x in cues):
            return []  # «في لقاءات بين رجال الأعمال …», «لقاء مع المستثمرين»: no political actor's
        # (not the leader a description is told by: «مساعد بارز لكيم» is the aide, not Kim)
        described = [d.span for d in ms if d.form == "description"]
        # (nor one left out: «جميع الرؤساء الأمريكيين باستثناء ليندون جونسون»)
        agents = [m for m in ms if is_agent(article, m, lex)
                  and not any(d.contains(m.span) and d != m.span for d in described)
                  and word_before(article.text, m.span.start) not in lex.excepted
                  and not _report_source(article.text, h.span, m.span, lex)]
        if c.etype not in DIRECTED_TYPES and _reacted_to(article, h, agents, c.prv, lex):
            # «كما أشاد ترامب بلقاء بومبيو بكيم»: who praises a contact with its own agent takes no part in it
            agents = [m for m in agents if m.span.start >= h.span.end]
        if h.value.pos == "verb_with" and not _discussed_with(article, h, cues, agents, ms, c, lex):
            return []  # «بحث الأمير … مع الرئيس …»: talks only with a party after «مع»
        if topic and c.etype not in DIRECTED_TYPES and not any(
                x.value == ("arg", "between") and 0 <= x.span.start - h.span.end <= BETWEEN_REACH for x in cues) \
                and with_partner(article, h, cues, agents, ms, c.nxt, lex, c.others) is None:
            return []  # «لقائه آبي لمناقشة القمة القادمة مع الزعيم الكوري»: its partner unknown, the topic's parties
            # are not those who discuss it
        if c.etype in DIRECTED_TYPES:
            if h.value.pos == "noun" and definite_word(article.text, h.span) \
                    and word_before(article.text, h.span.start) in lex.demonstratives:
                return []  # «وتتزامن هذه الجولة مع … اعتراف الرئيس الأمريكي دونالد ترامب»: the visit told before
            if not directed_parties(article, ev, h, agents, ms, c.nxt, c.others, c.sent, events):
                return []
            if ev.type == "visit" and local_round(article, ev, h, c.nxt, lex):
                return []
            if ev.type == "visit" and ev.source and ev.target and all(
                    r.kind == "country" and any(m.actor_id == r.actor_id and m.form == "name" for m in ms)
                    and not any(m.actor_id == r.actor_id and m.form == "nisba" for m in ms) for r in ev.source):
                return []  # a state visits through its people, told by its nisba («وفد اقتصادي سوري»), not by its
                # name alone («بدأت رحلتها بزيارة غانا، كما زارت مالاوي»: Ghana is where she went first)
        else:
            speakers = speaker_ids(article.text, ms, in_span(c.speech_hits, win), h.span)
            spoke = [m for m in agents if id(m) in speakers]
            agents = [m for m in agents if id(m) not in speakers]
            between = [x for x in cues if x.value == ("arg", "between")
                       and h.span.start <= x.span.start < min(c.nxt, h.span.end + BETWEEN_REACH)
                       and _close_enough(article.text, h.span.end, x.span.start, lex)
                       # «هذه المحادثات تمهيدا للقمة … بين الرئيس …»: the summit's parties
                       and not any(lies_between(o, h.span, x.span) for o in c.others)
                       and not after_relation(article.text, x.span.start, lex.relation_nouns)
                       # («عقد قمة بينهما»: a pronoun, the parties named before)
                       and not article.text[x.span.end : x.span.end + 1].isalpha()]
            # (or after a leaders' word: «بين زعيمي الكوريتين»)
            pair = sorted((x for x in cues if x.value[0] == "pair" and between
                           and (0 <= x.span.start - between[0].span.end <= 3
                                or isinstance(x.value[1], tuple)
                                and word_before(article.text, x.span.start) in lex.pair_roles
                                and words_between(article.text, between[0].span.end, x.span.start) == 1)),
                          key=lambda x: (x.span.start, x.span.start - x.span.end))  # (the longest at a place)
            if not between:  # «استعرض قادة البلدين … في الاجتماعات», «وبحث الرئيسان خلال اتصال هاتفي»: the pair
                # as the clause's subject
                # («وستعقد الكوريتان اجتماعا»: the two states a word names, as the subject right before the cue — not
                # «الحرب بين الكوريتين … من القمة»)
                pair = [x for x in cues if (x.value in (("pair", "leaders"), ("pair", "presidents"))
                                            or x.value[0] == "pair" and isinstance(x.value[1], tuple)
                                            and word_before(article.text, x.span.start) != "بين"
                                            and (words_between(article.text, x.span.end, h.span.start) <= 5
                                                 or _between_them(article.text, h.span.end)))
                        and c.prv <= x.span.start and x.span.end <= h.span.start][-1:] or [
                    # («قمة الكوريتين المقررة»: the noun's genitive)
                    x for x in cues if x.value[0] == "pair" and isinstance(x.value[1], tuple)
                    and h.value.pos == "noun" and 0 <= x.span.start - h.span.end <= 1][:1]
            chosen: list[Mention] = []
            # «قال ترامب إنه التقى …», «إنه سيبحث … في اجتماعه»: the speaker tells of himself
            self_claim = _SELF_CLAIM.search(article.text, max(0, h.span.start - 12), h.span.start) is not None
            mine = first_person_contact(article, h, spoke, agents, c.nxt, lex, h.value.is_verb and self_claim) \
                or speaker_and_partner(article, h, spoke, agents, c.sent.start) \
                or addressed_in_call(article, h, spoke, ms, lex) \
                or speaker_and_object(article, h, spoke, agents, c.nxt, lex)
            if not mine and first_person_cue(article, h, lex):
                return []  # «"التقيت …"» in no one's words, or with no partner right after it (an op-ed's writer)
            if mine:
                ev.participants = mine
            elif pair:
                ev.participants = pair_by_nationality(article, pair[0], lex) or \
                    pair_parties(article, events, pair[0].value[1], agents, h.span, c.etype, pair[0].span, c.quoted)
            else:
                chosen = mentions_from(agents, between[0].span.end, c.nxt) if between else []
                listed = _listed_people(article, chosen)
                government = _bare_government(article, between[0].span.end, chosen) if between else None
                chosen = listed or (best_pair(article, chosen) if len(distinct(article, chosen)) >= 2 else [])
                partner = None if chosen else with_partner(
                    article, h, cues, agents, ms, c.nxt, lex, c.others,
                    VERB_WITH_REACH if h.value.pos == "verb_with" else WITH_REACH)
                # the nearest agents of the clause, else (the subject may govern several coordinated cues)
                # of the sentence up to the clause's end; the party named right after «مع» is one of them
                for start in (c.prv, c.sent.start):
                    if chosen:
                        break
                    # (not a party of the time clause after the cue: «… مع روسيا منذ حادث تسميم … سكريبال»)
                    # (nor of the words a speech verb after the cue reports: «وفي مؤتمر صحفي مشترك مع … آبي، قال هو
                    # وآبي إنه يجب ممارسة أقصى ضغط على كوريا الشمالية»)
                    near = [m for m in agents if start <= m.span.start < c.nxt
                            and not (m.span.start > h.span.end
                                     and lex.since.search(article.text, h.span.end, m.span.start))
                            # (nor of a clause a conjunction opens after it: «… بعدما انتقد … بنظيره الروسي»)
                            and not (m.span.start > h.span.end
                                     and lex.subordinators.search(article.text, h.span.end, m.span.start))
                            and not (m.span.start > h.span.end and word_before(article.text, m.span.start) != "مع"
                                     and lex.purposes.search(article.text, h.span.end, m.span.start))
                            and not any(h.span.end <= sp.span.start and sp.span.end <= m.span.start
                                        and COMPLEMENTIZER.search(article.text, sp.span.end, m.span.start)
                                        for sp in c.speech_hits if c.sent.contains(sp.span))]
                    # (not another contact's partner before the cue: «وسيجري ترامب محادثات مع ماي …، كما سيتوجه
                    # إلى قصر وندسور للقاء الملكة» — May is the talks' partner, the meeting with the Queen Trump's)
                    # (nor any other mention of that partner before the cue: «لقاءات مع رئيس الوزراء حيدر العبادي،
                    # وعقد اجتماعا مع …» — the title after «مع», then the name)
                    partners = {m.actor_id for m in near if
                                m.span.end <= h.span.start and word_before(article.text, m.span.start) == "مع"
                                and any(o.end <= m.span.start and m.span.start - o.end <= OTHER_PARTNER_REACH
                                        for o in c.others)}
                    # (a verb's clause only: «والتقى مع زعيمها كيم … لبحث قمة مزمعة مع ترامب» is Kim's summit)
                    near = [m for m in near if not (
                        m.span.end <= h.span.start and m.actor_id in partners
                        and (h.value.is_verb or word_before(article.text, m.span.start) == "مع"))]
                    if h.value.is_verb:  # «يلتقى … لإحياء قمة ترامب وكيم»: the summit's own parties
                        held = _held_by_other_cue(article.text, h.span, near, c.others)
                        near = [m for m in near if id(m) not in held]
                    brought = lex.brought_together.search(article.text, h.span.end,
                                                       min(c.nxt, h.span.end + BROUGHT_REACH))
                    if brought is not None:  # «اللقاء "السري" الذي جمع كيم وبومبيو»: whom the verb brings together
                        near = [m for m in near if m.span.start >= brought.end()]
                    near = sorted(near, key=lambda m: dist(m.span, h.span))
                    if partner is not None:
                        pname = article.actors[partner.actor_id].name
                        # (not the partner's own state: «مع رئيس وزراء اليابان، شينزو آبي» is one party)
                        pcountry = article.actors[partner.actor_id].country
                        rest = [m for m in near if article.actors[m.actor_id].name not in (pname, pcountry)]
                        # (raw text: a match key folds «ة» to «ه», «القمة المحتملة» is nobody's own)
                        nxt_raw = article.text[h.span.end : h.span.end + 20].split()
                        own = h.span.of(article.text) + " " + (nxt_raw[0].strip("،,.") if nxt_raw else "")
                        speaker = [m for m in spoke if article.actors[m.actor_id].name != pname]
                        speaker = [m for m in speaker if article.actors[m.actor_id].kind == "person"] or speaker
                        # (a contact framing the speech is the speech verb's subject's, the first person after it)
                        framed = word_before(article.text, h.span.start) in FRAMING
                        speaker = speaker[:1] if framed else speaker[-1:]
                        genitive = [m for m in rest if genitive_of(article.text, h.span, m.span)]
                        person_before = any(m.span.end <= h.span.start and article.actors[m.actor_id].kind == "person"
                                            for m in rest)
                        if genitive:
                            rest = genitive  # «القمة المحتملة لرئيس الولايات المتحدة مع الزعيم كيم»: its own party
                        elif speaker and (framed or self_claim or not person_before and (
                                _OWN_SUFFIX.search(own) or not (
                                    COMPLEMENTIZER.search(article.text, speaker[0].span.end, h.span.start)
                                    or any(q.contains(h.span) for q in c.quoted)))):
                            # «قال ترامب إنه سيبحث … في اجتماعه المزمع مع نظيره», «وقال زعيم كوريا الشمالية خلال
                            # اجتماعه مع سونغ … إنه والرئيس الصيني …», «صرّح لافروف بعد اجتماع … مع نظيره الأميركي
                            # جون كيري، أنّ روسيا …»: the speaker's own meeting (the cue in the speech's own clause,
                            # or «اجتماعه»), unless someone before the cue owns it; always when the contact frames
                            # the speech («أكد ترامب اعتزامه لقاء كيم … خلال محادثة هاتفية مع مون»)
                            rest = speaker
                        # persons first, then the subject before the cue («X … والتقى مع زعيمها كيم لبحث قمة
                        # مع ترامب»: Trump is the summit's), nearest first (the sort is stable)
                        rest.sort(key=lambda m: (article.actors[m.actor_id].kind != "person",
                                                 m.span.start > partner.span.end,
                                                 # (a contact discussed is the subject's, who opened the
                                                 # sentence: «لقائه آبي لمناقشة القمة القادمة مع كيم» is Trump's)
                                                 m.span.start if topic else 0))
                        # (not someone coordinated with the partner after «مع»: «أجرى المبعوث محادثات مع الرئيس
                        # هادي وزعيم الحوثيين» — both met the envoy, not each other)
                        # (the partner's title and name are one mention: «مع رئيس الوزراء الإسرائيلي بنيامين
                        # نتانياهو والرئيس الفلسطيني محمود عباس»)
                        pend = max((m.span.end for m in agents if m.actor_id == partner.actor_id
                                    and partner.span.start <= m.span.start and rest
                                    and m.span.end <= rest[0].span.start), default=partner.span.end)
                        if rest and rest[0].span.start >= partner.span.end and COORDINATED.match(
                                article.text[pend : rest[0].span.start]):
                            rest = []
                        if start == c.sent.start or not (rest and article.actors[rest[0].actor_id].kind != "person"
                                                            and after_counterpart(article.text, partner.span.start,
                                                                                  h.span.end)):
                            chosen = [rest[0], partner] if rest else []
                        # (else «…، خلال لقاء مع نظيره الإسرائيلي X»: the counterpart of a person the sentence names
                        # before the clause)
                    else:
                        chosen = best_pair(article, near)
                        chosen = _coordinated_group(article, chosen, near) or chosen
                        pair_spans = sorted(m.span for m in chosen)
                        if len(chosen) == 2 and any(
                                x.value == ("arg", "with") and h.span.end <= x.span.start <= x.span.end
                                <= pair_spans[0].start for x in cues) \
                                and COORDINATED.match(article.text[pair_spans[0].end : pair_spans[1].start]):
                            chosen = []  # two coordinated after «مع» met the subject, not each other
                        elif len(chosen) == 2 and h.value.pos == "noun" and h.span.end <= pair_spans[0].start \
                                and article.text[max(0, h.span.start - 2) : h.span.start] in (" ل", "\nل") \
                                and words_between(article.text, h.span.end, pair_spans[0].start) == 0 \
                                and COORDINATED.match(article.text[pair_spans[0].end : pair_spans[1].start]):
                            # «وصل بومبيو إلى الرياض للقاء الملك سلمان وولي العهد»: the coordinated objects of «لـ» and
                            # the noun (to meet) each meet the person the sentence names before it (not «قمة كيم
                            # وترامب»: theirs)
                            first = min(chosen, key=lambda m: m.span.start)
                            subject = _subject_before(article, agents, c.sent.start, h.span.start, chosen)
                            chosen = [subject, first] if subject else chosen
                        elif len(chosen) == 2 and h.value.is_verb and h.span.end <= pair_spans[0].start \
                                and article.text[pair_spans[0].start - 1 : pair_spans[0].start] == "ب" \
                                and words_between(article.text, h.span.end, pair_spans[0].start - 1) <= 1 \
                                and COORDINATED.match(article.text[pair_spans[0].end : pair_spans[1].start]):
                            # «حيث اجتمع خلالها بالعاهل السعودي وولي عهده»: the verb's coordinated objects each
                            # meet its subject, the person the sentence names before it (not each other)
                            first = min(chosen, key=lambda m: m.span.start)
                            subject = _subject_before(article, agents, c.sent.start, h.span.start, chosen)
                            chosen = [subject, first] if subject else []
                ev.participants = [ref(article, m) for m in chosen]
                if government is not None and len(ev.participants) < 2:
                    ev.participants = government  # «بين الحكومة وحركة طالبان» in an Afghan report
            linked = bool(between) or any(x.value == ("arg", "with") and dist(x.span, h.span) <= WITH_REACH
                                          and not in_other_clause(article.text, h.span, x.span) for x in cues)
            previous = previous_of_latest(article, h, events, lex) if not linked else None
            if not linked and (refers_back(article, h, events, lex) or any(
                    q.contains(h.span) and len(q.of(article.text).split()) <= LABEL_WORDS for q in c.quoted)):
                # «وفي بداية اللقاء رفع الحجري تعازيه لخادم الحرمين»: the meeting just told; «التي أطلق عليها اسم
                # "قمة القدس"»: its name
                ev.participants = []
            states = _state_list(article, agents, c.prv, h.span.start)
            if not states and h.value.pos == "noun":
                states = _dual_subject(article, agents, c.prv, h.span.start, lex) or \
                    _light_verb_subject(article, agents, c.prv, h.span, lex)
            elif not states and h.value.is_verb:  # («اتفقت موسكو وواشنطن على عقد قمة»)
                states = _light_verb_subject(article, agents, c.prv, h.span, lex)
            if not states:
                # «عقد وزراء الخارجية في مصر والسودان وإثيوبيا اجتماعا»: the states whose officials, named right
                # before the cue, hold it
                before = _state_list(article, ms, c.prv, h.span.start, officials=True)
                if before and words_between(article.text, before[-1].span.end, h.span.start) <= STATES_AFTER_WORDS:
                    states = before
            if states and any(lies_between(o, states[-1].span, h.span) for o in c.others):
                states = []  # (the list is the subject of a cue in between: «… اجتماعا، عشية اجتماع مجلس …»)
            if not states:
                # «محادثات بين مصر والسودان وإثيوبيا», «واجتمع وزراء الخارجية … في مصر والسودان وإثيوبيا»: the states
                # listed right after the cue, after «بين» or the officials who represent them
                # (any mention of a state: «في مصر» is where the officials come from, not a place)
                # (or after the verb that brings them together: «اجتماعا فنيا عُقد قبل يومين في أديس أبابا، وضم
                # وزراء الري وخبراء من مصر وإثيوبيا والسودان»)
                upto = min(c.nxt, h.span.end + BROUGHT_REACH)
                brought = lex.brought_together.search(article.text, h.span.end, upto) \
                    or lex.comprising.search(article.text, h.span.end, upto)
                list_from = brought.end() if brought is not None else h.span.end
                after = _state_list(article, ms, list_from, min(c.nxt, list_from + STATES_AFTER_REACH),
                                    officials=True, verb_end=brought.end() if brought is not None else None) \
                    if ev.type in ("meeting", "negotiation") else []
                if after and words_between(article.text, list_from, after[0].span.start) <= STATES_AFTER_WORDS \
                        and not any(lies_between(o, h.span, after[0].span) for o in c.others):
                    states = after
            if not states and h.value.pos == "noun":
                states = _nisba_chain(article, ms, h.span.end, lex)
            if states and not any(p.kind == "person" for p in ev.participants):
                # «عقد الوزراء … بالدول العربية الأربع (مصر والسعودية والإمارات والبحرين) اجتماعا»: the states listed
                # as the clause's subject
                ev.participants = listed_leaders(article, states, lex) or [ref(article, m) for m in states]
                linked = True
            if not linked and not pair and any(p.kind != "person" and not (
                    h.value.is_verb and _represented(article, p, ms, h.span)) for p in ev.participants):
                # states or bodies take part only when the text links them to the act, or a verb's clause names
                # the officials who represent them («استقبل أمير قطر … وزراء خارجية دول مجلس التعاون»)
                ev.participants = []
            if previous is not None:
                # «وفي آخر اجتماع في تشرين الأول/أكتوبر»: the same parties' meeting before the one told
                ev.participants = list(previous.participants)
            received = reception_of_visitor(article, h, agents, events, c.nxt, lex, len(ev.participants) < 2)
            if received:
                ev.participants = received
            elif len(ev.participants) < 2:
                ev.participants = met_by_visitor(article, h, agents, events, c.prv, c.nxt) or \
                    received_object(article, h, ms, c.sent.start, c.nxt) or \
                    met_during_visit(article, h, agents, events, c.nxt, lex) or \
                    _dual_owners(article, h, sorted(agents + spoke, key=lambda m: m.span.start), c.sent.start,
                                 c.others) or \
                    talks_abroad(article, h, agents, ms, c.sent.start, lex)
            if farewell_of(article, h) and not any(
                    e.type == "visit" and e.source and e.source[0].name in {p.name for p in ev.participants}
                    for e in events):
                return []  # («حفل وداع»: a farewell is a meeting only as the reception of a visitor on leaving)
            body = body_meeting(article, h, ms, agents, c.sent.start, c.nxt, lex)
            if len(body) >= 2 or (body and len(ev.participants) < 2 and ev.type == "meeting"):
                ev.participants = body
            if ev.type == "meeting" and len(ev.participants) < 2:
                asked = requested_meeting(article, h, ms, cues, c.sent.start, c.nxt, lex)
                if asked:
                    ev.participants, ev.initiator = asked, asked[1].name
        if ev.type in ("meeting", "phone_call", "video_call"):
            delegated = frozenset(m.actor_id for m in ms if c.prv <= m.span.start < c.nxt
                                  and delegation_state(article, m, lex))
            ev.participants = heads_for_bodies(article, ev.participants, delegated)
        if lex.sport.search(article.text, c.sent.start, c.sent.end) and not any(
                p.kind == "person" and p.actor_id in article.actors and article.actors[p.actor_id].confidence == 1
                and not article.actors[p.actor_id].sector for p in ev.participants + ev.source + ev.target):
            return []  # a match between teams or players (not «التقى ماكرون بوتين قبل المباراة النهائية»)
        if h.value.pos == "verb_wish" and not ev.target:
            return []  # «تمنى أن …»: a hope, not a message
        if ev.type == "negotiation" and len(ev.participants) == 2 and ev.participants[0].kind == "person" \
                and ev.participants[1].kind == "person" and ev.participants[0].country is not None \
                and ev.participants[0].country == ev.participants[1].country \
                and not _across_with(article, h, ms, ev.participants, c.sent.end):
            # two people of one state are one side of a negotiation, not its parties (unless one talks with the
            # other: «يعقد سلفا كير جولة جديدة من محادثات السلام … مع خصمه رياك مشار»)
            ev.participants = []
        if ev.type == "meeting" and len(ev.participants) == 2 and all(p.kind == "country" for p in ev.participants) \
                and match_key(h.span.of(article.text)) in lex.summit_nouns:
            ev.participants = summit_leaders(article, ev.participants, h.span) or ev.participants
        if ev.type == "meeting" and state_talks(article, ev, h, lex):
            ev.type = "negotiation"
            ev.cameo, ev.plover = lex.types["negotiation"]["cameo"], lex.types["negotiation"]["plover"]
        speech = [x.span for x in in_span(c.speech_hits, win)]
        frame = c.sent.start if h.value.pos == "noun" and word_before(article.text, h.span.start) in FRAMING else None
        statements = [x.span for x in in_span(c.statement_hits, win)]
        past = set_attributes(article, ev, h, win, cues, ms, c.others, speech, statements, c.quoted, lex,
                              c.told_done, frame) or (
            h.value.is_verb and lex.pluperfect.search(article.text, max(c.prv, h.span.start - PLUPERFECT_REACH),
                                                      h.span.start) is not None)  # «وكان بومبيو التقى …»
        ev.participants = [initiating_party(article, ev, p) for p in ev.participants]
        if ev.type == "visit" and ev.location and ev.target and not located_in(article, ev.location, ev.target):
            ev.location = None  # a visit to Syria does not take place in Muscat, the article's other city
        if h.value.pos == "dual":
            return [(e, past) for e in dual(article, ev, h, agents, c.nxt)]
        if ev.type == "visit":
            ev.target += coordinated_hosts(article, ev, h, ms, c.nxt)
            visits = [ev, *coordinated_visitors(article, ev, h, agents, c.nxt)]
            src = next((m for m in agents if ev.source and m.actor_id == ev.source[0].actor_id), None)
            host = visited_host(article, h, agents, src, c.nxt) if src is not None and len(visits) == 1 else None
            if host is not None:  # «زار الرئيس المصري نظيره الروسي»: he met him too
                met = replace(ev, type="meeting", participants=[ev.source[0], ref(article, host)], source=[],
                              target=[], evidence=list(ev.evidence))
                met.cameo, met.plover = lex.types["meeting"]["cameo"], lex.types["meeting"]["plover"]
                visits.append(met)
            return [(e, past) for e in visits]
        senders = coordinated_senders(article, ev, h, agents)
        if senders:
            return [(e, past) for e in [ev, *senders]]
        joint = joint_counterparts(article, ev, h, agents, c.prv, c.nxt, ms)
        if joint:
            ev.participants = joint
            return [(ev, past)]
        receiver, callers = coordinated_callers(article, ev, h, cues, agents, c.nxt)
        if receiver is None or len(callers) < 2:
            subject, partners = plural_partners(article, ev, h, cues, agents, c.nxt)
            if subject is None or len(partners) < 2:
                subject, partners = coordinated_guests(article, ev, h, agents, c.nxt)
            if subject is None or len(partners) < 2:
                return [(ev, past)]
            # «أجرى اتصالات مع نظيره الأردني … وأمير الكويت … وولي عهد أبو ظبي»: one call with each
            return [(replace(ev, participants=[subject, p], evidence=list(ev.evidence)), past) for p in partners]
        out = []
        for caller in callers:
            e = replace(ev, participants=[receiver, caller], initiator=caller.name, evidence=list(ev.evidence))
            out.append((e, past))
        return out


def _subject_before(article: Article, agents: list[Mention], start: int, trigger: int,
                    objects: list[Mention]) -> Mention | None:
    """The person the sentence names last before the cue, other than its objects: the verb's subject."""
    ids = {x.actor_id for x in objects}
    return next((m for m in reversed(agents) if start <= m.span.start and m.span.end <= trigger
                 and article.actors[m.actor_id].kind == "person" and m.actor_id not in ids), None)


INTENT_WORDS = 8  # words before a cue in which an offer is sought («عرض الرئيس الأفغاني أشرف غني إجراء محادثات»)


def _offered(text: str, start: int, floor: int, lex: Lexicons) -> bool:
    """An offer or readiness right before the cue («استعداده لزيارة»; the «ل» glued to the cue is the cue's), or
    before the light noun the cue follows, its subject in between («عرض الرئيس الأفغاني أشرف غني إجراء محادثات»),
    within the clause."""
    lo = max(floor, start - 120)  # (the clause's end only within the reach: not a search back over the article)
    clause = max(lo, text.rfind("،", lo, start) + 1, text.rfind(",", lo, start) + 1)
    words = [match_key(w) for w in WORDS.findall(text, clause, start)][-INTENT_WORDS:]
    if words and words[-1] in ("ل", "و", "ب"):
        words.pop()
    light = 0
    while words and words[-1] in lex.intent_light:
        words.pop()
        light += 1
    at = next((k for k in range(len(words) - 1, -1, -1) if words[k] in lex.intents), None)
    if at is None or at < len(words) - 1 and not light:
        return False
    # (an offer accepted is a plan: «وقبل الأخير عرض اللقاء الذي قد يجري في شهر مايو»)
    return not any(w in lex.intent_accepted for w in words[max(0, at - 3) : at])


def _reacted_to(article: Article, h: Hit, agents: list[Mention], floor: int, lex: Lexicons) -> bool:
    """A contact noun after «بـ», the object of a verb of praise or protest in its clause, with a person of
    its own right after it («رحب ترامب بلقاء الرئيس المصري … بنظيره الروسي»): the verb's subject reacts to
    the contact; the person after the noun is its agent (not «رحب … بلقائه»: the noun's pronoun is the
    subject's)."""
    text = article.text
    word = WORDS.search(text, text.rfind(" ", 0, h.span.start) + 1)
    if h.value.pos != "noun" or word is None or not word[0].startswith("ب") or word.end() < h.span.end \
            or word[0].endswith(("ه", "ها", "هما", "هم")):  # (the raw word: «بقمة» ends in «ة», no pronoun)
        return False
    if not any(0 < m.span.start - word.end() <= GENITIVE_GAP and article.actors[m.actor_id].kind == "person"
               for m in agents):
        return False
    words = WORDS.findall(text, max(floor, h.span.start - REACTION_REACH), h.span.start)
    return any(match_key(w).removeprefix("و") in lex.reaction_verbs for w in words)


def _during_told(text: str, hit: Span, lex: Lexicons) -> bool:
    """«خلالها/خلاله» right before or right after the cue: it happens during the contact told just before."""
    before = WORDS.findall(text, max(0, hit.start - 12), hit.start)[-1:]
    return bool(before and lex.during_it.fullmatch(before[0])) or lex.during_it.match(text, hit.end + 1) is not None


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
    statement_hits: list[Hit]  # the speech verbs and those that report words without saying them («علق», «حث»)
    lex: Lexicons
    siblings: list[Span]  # the sentence's triggers of other types
    others: list[Span]  # all the sentence's other triggers
    quoted: list[Span]  # the article's quotations
    told_done: list[Span]  # the sentence's other triggers that are perfect verbs («اجتمع»)


def _represented(article: Article, p: ActorRef, ms: list[Mention], trigger: Span) -> bool:
    """A state or body the text names through the officials who represent it near the cue («وزراء خارجية دول
    مجلس التعاون», «استقبل … وفدا برلمانيا أميركيا»): it takes part as they do."""
    lex = lexicons()

    def represents(m: Mention) -> bool:
        if delegation_state(article, m, lex):
            # (also a delegation received after its host's long titles: «استقبل الشيخ محمد بن راشد، نائب رئيس
            # الإمارات …، الخميس، الوفد الحكومي المصري»)
            return dist(m.span, trigger) <= REPRESENTED_REACH or 0 <= m.span.start - trigger.end <= RECEIVERS_REACH
        start = max(0, m.span.start - 40)
        return dist(m.span, trigger) <= REPRESENTED_REACH \
            and lex.officials_of.search(article.text, start, m.span.start) is not None \
            and not article.text[start : m.span.start].rstrip().endswith("بين")

    return any(m.actor_id == p.actor_id and represents(m) for m in ms)


def _state_list(article: Article, agents: list[Mention], start: int, end: int,
                officials: bool = False, verb_end: int | None = None) -> list[Mention]:
    """Three or more states listed one after the other («مصر والسعودية والإمارات والبحرين») between ``start`` and
    ``end`` to spell out a group: the longest such run, or none. With ``officials``, a list right after «بين» or
    after the officials of those states instead («وزراء خارجية …», «رؤساء أجهزة المخابرات في …»)."""
    states = [m for m in agents if start <= m.span.start and m.span.end <= end
              and article.actors[m.actor_id].kind == "country"]
    best: list[Mention] = []
    run: list[Mention] = []
    for m in states:
        if run and not _LIST_GAP.fullmatch(article.text[run[-1].span.end : m.span.start]):
            run = []
        run.append(m)
        if len(distinct(article, run)) > len(best):
            best = distinct(article, run)
    if len(best) < MIN_STATE_LIST:
        return []
    # (a list that spells out a group of states: in parentheses, or right after «الدول/دول»)
    before = article.text[max(0, best[0].span.start - 40) : best[0].span.start]
    if officials:  # (after the cue: not a group it mentions, «رئاسة القمة العربية (مصر والكويت والمغرب)»)
        # (or right after the verb that brings them together: «اجتماع استثنائي يضم الإمارات والكويت والأردن»)
        right_after = verb_end is not None and words_between(article.text, verb_end, best[0].span.start) == 0
        return best if lexicons().officials_of.search(before) or right_after else []
    return best if before.rstrip().endswith("(") or _STATES_WORD.search(before) else []


def _dual_subject(article: Article, agents: list[Mention], start: int, trigger: int, lex: Lexicons) -> list[Mention]:
    """«الولايات المتحدة وكوريا الشمالية تجريان محادثات»: two states coordinated right before the dual verb
    before a contact noun are its parties."""
    if word_before(article.text, trigger) not in lex.dual_verbs:
        return []
    verb = article.text.rfind(" ", 0, trigger - 1) + 1  # where the verb right before the cue starts
    states = [m for m in agents if start <= m.span.start and m.span.end <= verb
              and article.actors[m.actor_id].kind == "country"][-2:]
    if len(states) != 2 or article.text[states[1].span.end : verb].strip() \
            or not COORDINATED.fullmatch(article.text, states[0].span.end, states[1].span.start):
        return []
    return states if len(distinct(article, states)) == 2 else []


_BARE_GOVERNMENT = re.compile(r"\s*(?:ال)?حكومة\s+و")  # «بين الحكومة وحركة طالبان»


def _bare_government(article: Article, at: int, after: list[Mention]) -> list[ActorRef] | None:
    """«محادثات السلام بين الحكومة وحركة طالبان»: a government named by no nisba is that of the state the article
    names most; with the party coordinated right after it, they are the parties."""
    gov = _BARE_GOVERNMENT.match(article.text, at)
    if gov is None or not after or article.text[gov.end() : after[0].span.start].strip():
        return None
    state = article_country(article, None)
    if state is None or article.actors[after[0].actor_id].name == state:
        return None
    return [ActorRef(name=state, country=state, kind="country"), ref(article, after[0])]


def _listed_people(article: Article, ms: list[Mention]) -> list[Mention]:
    """«لقاء بين الرئيس الروسي فلاديمير بوتين، والرئيس التركي رجب طيب أردوغان، والرئيس الإيراني حسن روحاني»:
    three or more people coordinated right after «بين» are all parties (each may be named by title and name)."""
    run: list[Mention] = []
    for m in ms:
        if article.actors[m.actor_id].kind != "person":
            break
        if run and article.actors[m.actor_id].name != article.actors[run[-1].actor_id].name \
                and not COORDINATED.fullmatch(article.text[run[-1].span.end : m.span.start]):
            break
        run.append(m)
    people = distinct(article, run)
    return people if len(people) >= 3 else []


def _coordinated_group(article: Article, chosen: list[Mention], near: list[Mention]) -> list[Mention]:
    """«أردوغان وبوتين وروحاني يجتمعون في أنقرة»: the two chosen are of a list of three or more people of as
    many states, coordinated by «و» — all of them meet (not «استقبل الملك … الأمير X والأمير Y والأمير Z»)."""
    ids = {m.actor_id for m in chosen}
    ms = sorted((m for m in near if article.actors[m.actor_id].kind == "person"), key=lambda m: m.span.start)
    for i in range(len(ms)):
        people = _listed_people(article, ms[i:])
        countries = {article.actors[m.actor_id].country for m in people}
        if ids <= {m.actor_id for m in people} and None not in countries and len(countries) == len(people):
            return people
    return []


def _dual_owners(article: Article, h: Hit, agents: list[Mention], start: int, others: list[Span]) -> list[ActorRef]:
    """«إنه سينظر في دعوة … كيم … إذا سارت قمتهما في سنغافورة»: a contact noun with the dual possessive belongs to
    the two people the sentence named last before it (the speaker among them), not the partner of another contact
    («خلال اجتماعه مع سونغ … إنه والرئيس الصيني شي … خلال اجتماعهما»: Kim and Xi)."""
    if h.value.pos != "noun" or not match_key(h.span.of(article.text)).endswith("هما"):
        return []
    people = [m for m in agents if start <= m.span.start and m.span.end <= h.span.start
              and article.actors[m.actor_id].kind == "person"
              and not (word_before(article.text, m.span.start) == "مع"
                       and any(o.end <= m.span.start and o.start >= start for o in others))]
    last_two = distinct(article, list(reversed(people)))[:2]
    return [ref(article, m) for m in reversed(last_two)] if len(last_two) == 2 else []


_SUBJECT_BREAK = re.compile(r"[،,.;:؛\n]")
LIGHT_SUBJECT_WORDS = 2  # words between the coordinated subject of a light verb and the contact noun («أمس»)


def _light_verb_subject(article: Article, agents: list[Mention], start: int, trigger: Span,
                        lex: Lexicons) -> list[Mention]:
    """«وأجرت الولايات المتحدة والصين محادثات تجارية», «عقدت مصر والسودان أمس اجتماعا»: states or bodies
    coordinated right after a light verb, right before a contact noun, are its parties; so are those right after
    a verb of intent, before the light verbal noun of the contact («وتعتزم بكين وواشنطن عقد محادثات», «اتفقت
    موسكو وواشنطن على عقد قمة»)."""
    text = article.text
    first = match_key(text[trigger.start : trigger.end].split()[0])
    if first in lex.intent_light:  # (a cue that starts with its verbal noun: «عقد قمة»)
        noun_at, verbs = trigger.start, lex.intending_verbs
    elif word_before(text, trigger.start) in lex.intent_light:
        noun_at, verbs = text.rfind(" ", 0, trigger.start - 1) + 1, lex.intending_verbs | lex.light_verbs
    else:
        noun_at, verbs = trigger.start, lex.light_verbs
    cands = [m for m in agents if start <= m.span.start and m.span.end <= noun_at
             and article.actors[m.actor_id].kind in ("country", "organization")]
    if not cands or words_between(text, cands[-1].span.end, noun_at) > LIGHT_SUBJECT_WORDS \
            or _SUBJECT_BREAK.search(text, cands[-1].span.end, noun_at):
        return []
    run = [cands[-1]]
    for m in reversed(cands[:-1]):
        if not COORDINATED.fullmatch(text, m.span.end, run[0].span.start):
            break
        run.insert(0, m)
    verb = word_before(text, run[0].span.start)
    if len(distinct(article, run)) < 2 or not (verb in verbs or (verb[:1] in "وف" and verb[1:] in verbs)):
        return []
    return distinct(article, run)


def _nisba_chain(article: Article, ms: list[Mention], end: int, lex: Lexicons) -> list[Mention]:
    """«اجتماع مصري سوداني إثيوبي», «مباحثات سعودية - أمريكية»: the nisbas of two or more states right after a
    contact noun name its parties."""
    chain: list[Mention] = []
    words = article.text[end : end + 40].split()
    skip = next((n for n in (2, 1) if " ".join(match_key(w) for w in words[:n]) in lex.contact_adjectives), 0)
    if skip:  # («الاجتماع الوزاري المصري السوداني»: past the noun's own adjective)
        end = article.text.find(words[skip - 1], end) + len(words[skip - 1])
    for m in sorted((m for m in ms if m.form == "nisba" and m.span.start >= end), key=lambda m: m.span.start):
        gap = article.text[chain[-1].span.end if chain else end : m.span.start]
        if not _NISBA_GAP.fullmatch(gap) or article.actors[m.actor_id].kind != "country":
            break
        chain.append(m)
    chain = distinct(article, chain)
    return chain if len(chain) >= 2 else []


def _discussed_with(article: Article, h: Hit, cues: list[Hit], agents: list[Mention], ms: list[Mention],
                    c: _Context, lex: Lexicons) -> bool:
    """«بحث الأمير محمد بن سلمان … مع الرئيس رمضان قاديروف»: a verb of discussing is a contact when its subject
    follows it and a person or state follows «مع» (not «نولاند بحثت في موسكو الاتصالات المستقبلية مع بايدن»: the
    «مع» is the object's)."""
    partner = with_partner(article, h, cues, agents, ms, c.nxt, lex, c.others, VERB_WITH_REACH)
    if partner is None or article.actors[partner.actor_id].kind not in ("person", "country"):
        return False
    if _WITH_END.search(h.span.of(article.text)) or _with_after_place(article, h.span.end, partner.span.start) \
            or _with_after_hedge(article.text, h.span.end, partner.span.start, lex):
        # «أن ترامب تباحث مع نظيره …», «بوتين، بحث في موسكو مع رئيس وزراء إسرائيل», «ماكرون بحث مجددا مع ترامب»:
        # «مع» right after the verb (or after where it happened, or an adverb) is its own, the subject may precede
        return True
    return any(article.actors[m.actor_id].kind == "person" and h.span.end <= m.span.start < partner.span.start
               for m in agents)


def _with_after_hedge(text: str, end: int, partner: int, lex: Lexicons) -> bool:
    """Only an adverb of ``between_hedges`` («مجددا», «أيضا») between a verb and the «مع» before its partner."""
    withs = list(WITH_WORD.finditer(text, end, partner))
    if not withs:
        return False
    words = tuple(match_key(w) for w in WORDS.findall(text, end, withs[-1].start()))
    return bool(words) and words in lex.between_hedges


def _with_after_place(article: Article, end: int, partner: int) -> bool:
    """Only «في» and a place the entity stage knows between a verb and the «مع» before its partner."""
    m = _IN_PLACE.match(article.text, end)
    if m is None:
        return False
    place = next((x for x in article.mentions if x.span.start == m.end()
                  and article.actors[x.actor_id].kind in ("place", "country")), None)
    if place is None:
        return False
    rest = _WITH_NEXT.match(article.text, place.span.end)
    return rest is not None and rest.end() <= partner


_IN_PLACE = re.compile(r"[\s\u00a0]+في[\s\u00a0]+")
_WITH_NEXT = re.compile(r"[\s\u00a0]*[،,]?[\s\u00a0]*مع[\s\u00a0]")


def _across_with(article: Article, h: Hit, ms: list[Mention], parties: list[ActorRef], end: int) -> bool:
    """A party named right after a «مع» that follows the trigger in its sentence (a word such as «خصمه» between,
    no punctuation)."""
    ids = {p.actor_id for p in parties}
    for m in ms:
        if m.actor_id in ids and h.span.end <= m.span.start < end:
            words = list(WORDS.finditer(article.text, h.span.end, m.span.start))
            at = next((k for k in range(len(words) - 1, -1, -1) if words[k].group() == "مع"), None)
            if at is not None and len(words) - 1 - at <= WITH_GAP_WORDS \
                    and not _CLAUSE_PUNCT.search(article.text, words[at].end(), m.span.start):
                return True
    return False


WITH_GAP_WORDS = 2  # words between «مع» and the party named after it («مع خصمه رياك مشار»)
_CLAUSE_PUNCT = re.compile(r"[،,.؛:]")


_NEXT_TOKEN = re.compile(r"\s*(\S+)")
CALLEE_WORDS = 4  # words after «اتصل» to its «ب» («اتصل وزير الخارجية الروسي هاتفيا بـ…»: names skipped whole)


def _called(article: Article, h: Hit) -> bool:
    """«اتصل لافروف بوزير الخارجية الفرنسي»: the callee is a person or state glued to the first «ب» after the
    verb, past its subject's name and adverbs («هاتفيا», «حينها»); not «اتصل بوتين حينها بوحدة الدبابات»."""
    text, ms = article.text, article.mentions
    at = h.span.end
    for _ in range(CALLEE_WORDS):
        m = _NEXT_TOKEN.match(text, at)
        if m is None:
            return False
        start = m.start(1)
        whole = next((x for x in ms if x.span.start == start), None)
        if whole is not None:
            at = whole.span.end  # the subject («اتصل بوتين»): a name may itself begin with «ب»
            continue
        if m.group(1).startswith("ب"):  # («بـ», «بال»: the article inside)
            return any(x.span.start in (start + 1, start + 2) and x.form != "nisba"
                       and article.actors[x.actor_id].kind in ("person", "country") for x in ms)
        at = m.end(1)
    return False


def _apply_modes(text: str, trigs: list[Hit], lex: Lexicons) -> list[tuple[Hit, str | None]]:
    """A nominal meeting cue (or a verb of discussing) followed closely by a call-mode cue becomes a call of that
    mode; the mode cue itself is then consumed (type None). Not a call that frames a noun's clause («اعتزامه لقاء
    كيم … خلال محادثة هاتفية مع مون»: the meeting is what the call was about)."""
    out: list[tuple[Hit, str | None]] = [(h, h.value.type) for h in trigs]
    for i, (h, etype) in enumerate(out):
        discussed = h.value.pos == "verb_with" or h.value.is_verb and match_key(h.span.of(text)) in lex.modeless
        if etype != "meeting" or not (h.value.pos == "noun" or discussed) or i + 1 >= len(out):
            continue
        nh, ntype = out[i + 1]
        # (a verb of discussing with its partner is told in the call that frames it: «بحث مجددا مع ترامب في مكالمة
        # هاتفية»; with the partner after the call, the call's own cue takes the parties)
        if ntype in ("video_call", "phone_call") and 0 <= nh.span.start - h.span.end <= lex.mode_window \
                and (discussed and not _SUBJECT_BREAK.search(text, h.span.end, nh.span.start)
                     and WITH_WORD.search(text, h.span.start, nh.span.start)
                     or not discussed and word_before(text, nh.span.start) not in FRAMING):
            out[i] = (h, ntype)
            out[i + 1] = (nh, None)
    return out


_WITH_END = re.compile(r"\sمع$")
_BETWEEN_THEM = re.compile(r"(?:\s+\w+)?\s+بين(?:هما|هم)\b")


def _between_them(text: str, end: int) -> bool:
    """«عقد لقاء قمة بينهما»: the trigger's parties are the pair the clause opened with, however far."""
    return _BETWEEN_THEM.match(text, end) is not None


def _close_enough(text: str, end: int, at: int, lex: Lexicons) -> bool:
    """Few enough words between a trigger and «بين» for its parties to follow: at most two, or a relative clause
    that says the contact was held («القمة التي عقدت مؤخرا بين …»)."""
    words = [match_key(w) for w in WORDS.findall(text, end, at)]
    for hedge in lex.between_hedges:  # («المفاوضات على ما يبدو بين …»: a hedge is no word in between)
        for i in range(len(words) - len(hedge), -1, -1):
            if tuple(words[i : i + len(hedge)]) == hedge:
                del words[i : i + len(hedge)]
    if len(words) <= BETWEEN_WORDS:
        return True
    return len(words) <= BETWEEN_WORDS + 2 and any(tuple(words[: len(c)]) == c for c in lex.held_clauses)


def _statement_occasion(article: Article, h: Hit, sent: Span, speech: list[Hit], lex: Lexicons) -> bool:
    """«وقال تيلرسون، في ختام لقاء في جيبوتي مع نظيره …»: the contact at which a reported statement was made (not
    one the statement tells of: «قال … إنه والرئيس الصيني "توصلا إلى توافق" خلال اجتماعهما»)."""
    if h.value.pos != "noun" or word_before(article.text, h.span.start) not in lex.statement_occasions:
        return False
    before = [x for x in speech if sent.start <= x.span.start and x.span.end <= h.span.start]
    if not before:  # («وفي ختام اللقاء، قال …»: the cue right after the contact's phrase)
        return any(sent.contains(x.span) and 0 <= x.span.start - h.span.end <= OCCASION_CUE_REACH for x in speech)
    told = before[-1].span.end
    return COMPLEMENTIZER.search(article.text, told, h.span.start) is None \
        and not any(q in article.text[told : h.span.start] for q in '"«“')


def _named_again(article: Article, h: Hit) -> bool:
    """A nominal cue that is one definite word with no pronoun, a time right after it («في الاجتماع الأسبوع
    الماضي»): a contact named again, the time its verb's (not «للمباحثات التي جرت …», «عشية القمة التاريخية بين …»,
    «تلك القمة»: a noun described or pointed at may be another contact)."""
    text = article.text
    return h.value.pos == "noun" and " " not in h.span.of(text) and word_end(text, h.span.end) == h.span.end \
        and definite_word(text, h.span) and any(0 < t.span.start - h.span.end <= 1 for t in article.times)


def _plural_verb(text: str, h: Hit) -> bool:
    """A verb cue whose own ending names its dual or plural subject («حيث التقيا في 27 نيسان», «اجتمعوا»)."""
    return h.value.is_verb and text[h.span.start : word_end(text, h.span.end)].endswith(("ا", "ان"))


def _held_by_other_cue(text: str, trigger: Span, ms: list[Mention], others: list[Span]) -> set[int]:
    """Ids of the mentions after ``trigger`` that another cue after it governs: its genitive or object right
    after it («لإحياء قمة ترامب وكيم»; a definite noun has none: «وسيلتقي سموه خلال الزيارة جلالته»), and those
    coordinated with them."""
    held: set[int] = set()
    last: Mention | None = None
    for m in sorted((m for m in ms if m.span.start >= trigger.end), key=lambda m: m.span.start):
        if any(trigger.end <= o.start and o.end <= m.span.start and not text[o.end : m.span.start].strip()
               and not definite_word(text, o) for o in others) \
                or (last is not None and COORDINATED.fullmatch(text[last.span.end : m.span.start])):
            held.add(id(m))
            last = m
        else:
            last = None
    return held


def _coordinated_pair(article: Article, mentions: list[Mention], people: list[Mention], sent: Span) -> bool:
    """Whether the sentence joins the two people by «و», through any of their mentions, titles too («الملك عبدالله
    الثاني والأمير محمد بن سلمان»: the prince's title follows the «و»)."""
    ids = {m.actor_id for m in people}
    ms = sorted((m for m in mentions if sent.contains(m.span) and m.actor_id in ids), key=lambda m: m.span.start)
    return any(a.actor_id != b.actor_id and COORDINATED.fullmatch(article.text[a.span.end : b.span.start])
               for a, b in zip(ms, ms[1:], strict=False))


def _report_source(text: str, trigger: Span, m: Span, lex: Lexicons) -> bool:
    """The person named after an attribution that follows the trigger («…، وفقاً لما ذكره مدير مكتب ولي العهد، بدر
    العساكر») is the report's source, not a party, unless «مع» or a glued «بـ» marks him as the one met."""
    if m.start < trigger.end or lex.attributions.search(text, trigger.end, m.start) is None:
        return False
    return not (word_before(text, m.start) == "مع" or text[m.start - 1 : m.start] == "ب")
