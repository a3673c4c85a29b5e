"""One event per act: mentions of the same contact in an article merge (same parties and compatible dates,
a state's contact and its leaders', a meeting restated as the call it was), and meetings held during a visit
take its city."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from marsad.extract.events.attributes import future
from marsad.extract.events.lexicons import Lexicons
from marsad.extract.events.syntax import RECEPTION
from marsad.kb.loader import load_kb
from marsad.model import DIRECTED_TYPES, Article, Event, Span
from marsad.text.normalize import match_key


def event_key(ev: Event) -> tuple | None:
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


def _any_state(ev: Event) -> bool:
    """A party told only as its state («مباحثات مع كبار المسؤولين العمانيين»): with the other party the same
    person, the same act as the one with the state's named official (not Pompeo's talks with «مسؤول كوري شمالي»
    and the Trump–Kim summit)."""
    return any(p.kind == "country" for p in ev.participants)


def _people(ev: Event) -> set[str]:
    return {p.name for p in ev.participants if p.kind == "person"}


def merge(into: Event, ev: Event) -> None:
    if _all_states(into) and not _all_states(ev) and ev.participants:
        into.participants = ev.participants  # the leaders named for the states' contact
    elif _any_state(into) and ev.participants and _state_key(into) is not None and _state_key(into) == _state_key(ev):
        # («بنس … مع مسؤولين كوريين شماليين» then «مع كيم يو جونغ»: the person named for the state)
        named = {p.country: p for p in ev.participants if p.kind != "country"}
        into.participants = [named.get(p.name, p) if p.kind == "country" else p for p in into.participants]
    if into.type == "visit" and _visit_key(into) is not None and _visit_key(into) == _visit_key(ev) \
            and into.source[0].kind == "country" and ev.source[0].kind != "country":
        into.source = ev.source  # (the envoy named for the state's visit)
    if into.type == "meeting" and _within(into, ev) and len(ev.participants) > len(into.participants):
        into.participants = list(ev.participants)  # (the three-party meeting two of them were told in)
    into.evidence.extend(s for s in ev.evidence if s not in into.evidence)
    names = {p.name for p in into.target}
    into.target.extend(p for p in ev.target if p.name not in names)  # (directed: the recipients united)
    if _received(into) and _received(ev):  # (those who received or saw off one visitor at once)
        names = {p.name for p in into.participants}
        into.participants.extend(p for p in ev.participants if p.name not in names)
    if into.date and ev.date and into.date != ev.date and (ev.date.split("/")[0].startswith(into.date)
                                                            and not (len(into.date) == 10 and _week(ev.date)) or (
            _week(into.date) and all(_in_range(d, into.date) for d in ev.date.split("/")))):
        # «يناير» then «10 ــ 12 يناير», or a day then the whole range from it, or «هذا الأسبوع» then «يوم 12
        # يونيو» or «يومي الأربعاء والخميس»: keep the latter (not a week for a day inside it: «هذا الأسبوع في
        # موسكو في 30 تموز» then «اجتماع موسكو هذا الأسبوع», nor «يوم الاثنين» then «الأسبوع المقبل» that it opens)
        into.date = ev.date
    for f in ("date", "time", "location", "initiator"):
        if getattr(into, f) is None and getattr(ev, f) is not None:
            setattr(into, f, getattr(ev, f))
    if ev.time and into.time and into.date and ev.time[:10] != into.date[:10] and len(into.date) == 10:
        into.date = ev.time[:10]


def _received(ev: Event) -> bool:
    """A meeting told as a visitor's reception or farewell («وكان في استقباله …»)."""
    return ev.type == "meeting" and bool(ev.participants) and RECEPTION.search(match_key(ev.trigger or "")) is not None


def _week(value: str) -> bool:
    """A Monday-to-Sunday range (how a week is told: «الأسبوع المقبل»)."""
    lo, _, hi = value.partition("/")
    try:
        a, b = date.fromisoformat(lo), date.fromisoformat(hi)
    except ValueError:
        return False
    return a.weekday() == 0 and (b - a).days == 6


def _planned_and_past(a: Event, a_date: str | None, b: Event, b_date: str | None, pub: str | None) -> bool:
    """One still planned, the other stated to have taken place before publication: two contacts («سيجريان
    مباحثات» … «المباحثات التي جرت بين الرئيسين … الأسبوع الماضي»)."""
    if pub is None or {a.status, b.status} != {"planned", "occurred"}:
        return False
    return _past(a_date if a.status == "occurred" else b_date, pub)


def historical(date: str | None, pub: str | None) -> bool:
    """A date that ends in a year before the one before publication (history, not the news of the day)."""
    return date is not None and pub is not None and date.split("/")[-1][:4] < str(int(pub[:4]) - 1)


def _past(date: str | None, pub: str | None) -> bool:
    """A date that ends before the publication day."""
    return date is not None and pub is not None and date.split("/")[-1] < pub[: len(date.split("/")[-1])]


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


def restated(article: Article, events: list[Event], lex: Lexicons, defaulted: dict[int, Event]) -> list[Event]:
    """«بحث X وY …» then «جاء ذلك خلال اتصال هاتفي …»: the meeting the first sentence implies is the call (a date
    the meeting only took from the publication day does not keep them apart); a headline's talks between states
    are the contact of their leaders the body tells."""
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
                merge(call, ev)
                merged = True
                break
        if not merged and ev.type == "meeting" and match_key(ev.trigger) in lex.modeless and ev.location is None:
            call = _call_between(events, ev, None)
            if call is not None and _dates_compatible(call.date, None if id(ev) in defaulted else ev.date):
                merge(call, ev)
                merged = True
        if not merged and _all_states(ev) and all(article.headline.contains(sp) for sp in ev.evidence):
            # «مباحثات أردنية سعودية» over a report of the call between their leaders: the headline's talks are
            # that call
            states = {p.name for p in ev.participants}
            contact = next((e for e in events if e is not ev and e.participants and not _all_states(e)
                            and {p.name if p.kind == "country" else p.country for p in e.participants} == states),
                           None)
            if contact is not None:
                merge(contact, ev)
                merged = True
        if not merged:
            out.append(ev)
    return out


def congratulated_in_person(events: list[Event], lex: Lexicons) -> list[Event]:
    """«ماكرون يهنئ بوتين» over a report of their meeting (or call): the congratulation was made there, not
    sent — the message merges into that contact; so does one its sender offers in a sentence that tells a contact
    of his («وفي بداية اللقاء رفع الدكتور الحجري تعازيه لخادم الحرمين»). Cables and letters stay messages."""
    out: list[Event] = []
    for ev in events:
        if ev.type == "message" and match_key(ev.trigger) in lex.said_in_person:
            names = {p.name for p in ev.source + ev.target}
            senders = {p.name for p in ev.source}
            contact = next((e for e in events if e.type in ("meeting", "phone_call", "video_call")
                            and ({p.name for p in e.participants} == names
                                 or senders <= {p.name for p in e.participants}
                                 and any(sp in e.evidence for sp in ev.evidence))), None)
            if contact is not None and (_dates_compatible(contact.date, ev.date)
                                        or any(sp in contact.evidence for sp in ev.evidence)):
                contact.evidence.extend(sp for sp in ev.evidence if sp not in contact.evidence)
                continue
        out.append(ev)
    return out


def _call_between(events: list[Event], ev: Event, at: Span | None) -> Event | None:
    """A phone or video call between the same parties as ``ev`` (told in the sentence ``at``, if given)."""
    names = {p.name for p in ev.participants}
    return next((e for e in events if e is not ev and e.type in ("phone_call", "video_call")
                 and (at is None or at in e.evidence) and {p.name for p in e.participants} == names), None)


def _noun(trigger: str) -> str:
    """A trigger's noun without its clitics and article («والقمة», «للقمة» → «قمه»)."""
    words = match_key(trigger).split()
    w = words[0] if words else ""
    for p in ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def same_act(events: list[Event], ev: Event, defaulted: dict[int, Event], pub: str | None,
             headline: Span | None = None) -> Event | None:
    key = event_key(ev)
    if key is None:
        # no arguments of its own: a reference to the latest event of this type («الاتصال الهاتفي المرتقب»), told
        # with the same noun when there is one («القمة» is the summit, not the talks told since)
        same = [e for e in events if e.type == ev.type]
        noun = _noun(ev.trigger)
        told = next((e for e in reversed(same) if _noun(e.trigger) == noun), None)
        if told is not None:
            return told
        if ev.status == "occurred":
            # «الزعيمين اجتمعا … بعد ظهر السبت», «والاجتماع الذي عقد يومي الاثنين والثلاثاء» after a summit
            # they plan: the meeting that took place
            # (not one dated after publication whose status the end of the stage will set: «عقد قمته مع بيونغ
            # يانغ … في 12 يونيو» before «الزعيمين أجريا محادثات»)
            same = [e for e in same if e.status == "occurred" and not future(e.date, pub)] or same
        return same[-1] if same else None
    date = None if id(ev) in defaulted else ev.date
    for e in events:
        other = None if id(e) in defaulted else e.date
        if event_key(e) == key and _dates_compatible(other, date) and not _planned_and_past(e, other, ev, date, pub):
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
    # «وكان في وداعه الملك عبدالله الثاني …، كما كان في وداعه الأمير فيصل بن الحسين …»: the lists of those who
    # received or saw off one visitor at once are one act
    if _received(ev):
        for e in events:
            if _received(e) and e.participants[0].name == ev.participants[0].name \
                    and _dates_compatible(None if id(e) in defaulted else e.date, date):
                return e
    # «يستقبل أردوغان نظيريه الروسي بوتين والإيراني روحاني لعقد قمة»: two of a three-party meeting's parties
    # meeting in the same sentence are that meeting; so is a headline's meeting of two of them («اجتماع مرتقب بين
    # الجبير ولافروف في قطر» then «سيعقد لافروف اجتماعا ثلاثيا مع نظيريه الأمريكي … والسعودي …»)
    # (and three or more of its parties meeting anywhere in the article, as it stands: «اجتماع مع … موغيريني
    # ونظرائه الفرنسي والألماني والبريطاني» and «لدى وصوله للاجتماع بنظرائه الفرنسي والألماني والبريطاني»)
    for e in events:
        if e.type == ev.type == "meeting" and _within(ev, e) and (set(e.evidence) & set(ev.evidence) or (
                headline is not None and all(headline.contains(sp) for sp in e.evidence)
                or min(len(e.participants), len(ev.participants)) >= 3
                and _dates_compatible(None if id(e) in defaulted else e.date, date))
                and e.status == ev.status):
            return e
    # «وتعقد قمة مجموعة العشرين يومي …» after «قد يلتقي بومبيو على هامش قمة مجموعة العشرين»: a body's meeting
    # told without its attendees is the one told with them (the headline's «القمة العربية» of the day is not the
    # one «التي عقدت في الأردن العام الماضي»: a day taken by default meets a stated past date as a date)
    for e in events:
        other = None if id(e) in defaulted else e.date
        if e.type == ev.type == "meeting" and (_body_of(e, ev) or _body_of(ev, e)) \
                and _dates_compatible(other, date) and not _planned_and_past(e, other, ev, date, pub) \
                and not (_past(other or date, pub) and not _dates_compatible(e.date, ev.date)):
            return e
    # «قمة بين روسيا والولايات المتحدة» after «قمة بين بوتين وترامب»: the states' contact is their leaders'; so
    # is «مباحثات مع كبار المسؤولين العمانيين» after «استقبل وزير الخارجية العماني نظيره السوري» the ministers'
    # (so is a state's visit its envoy's: «وزير خارجية إريتريا يصل إثيوبيا» is Othman Saleh's visit)
    state = _state_key(ev)
    for e in events:
        other = None if id(e) in defaulted else e.date
        # (a person's contact with a state, occurred, is not his planned one with that state's leader: «سيلتقي
        # روحاني» and «المحادثات النووية مع ايران» are two acts)
        if (state is not None and _state_key(e) == state and (_all_states(e) or _all_states(ev) or (
                _any_state(e) or _any_state(ev)) and _people(e) & _people(ev)
                and {e.status, ev.status} != {"planned", "occurred"})
                or _visit_key(e) is not None and _visit_key(e) == _visit_key(ev)
                and (e.source[0].kind == "country") != (ev.source[0].kind == "country")) \
                and _dates_compatible(other, date) and not _planned_and_past(e, other, ev, date, pub):
            return e
    return None


def referable(told: Event, ev: Event, defaulted: dict[int, Event], headline: Span | None) -> bool:
    """Whether ``ev``, a mention with no parties of its own, can be ``told`` again: not when the two are
    stated in different cities or on different dates («قبيل اجتماع مع … مون … في البيت الأبيض» is not
    «الاجتماع المقرر الشهر المقبل في سنغافورة»). A region («في آسيا») rules out no city, nor does a headline's
    place, which the body corrects («يزور سفارة الصين», then «زار السفارة الصينية في بيونغ يانغ»)."""
    in_headline = headline is not None and all(headline.contains(sp) for sp in told.evidence)
    if told.location and ev.location and told.location != ev.location and not in_headline \
            and not {told.location, ev.location} & _regions():
        return False
    if id(told) in defaulted or id(ev) in defaulted or told.date is None or ev.date is None:
        return True
    return _dates_compatible(told.date, ev.date) or all(_in_range(d, told.date) for d in ev.date.split("/"))


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Places of the knowledge base in no one country («آسيا», «الشرق الأوسط»)."""
    return frozenset(a.name for a in load_kb().actors.values() if a.kind == "place" and a.country is None)


def _within(part: Event, whole: Event) -> bool:
    """``part``'s two or more parties are among the three or more of ``whole`` (or the other way round)."""
    a, b = {p.name for p in part.participants}, {p.name for p in whole.participants}
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small) >= 2 and len(large) >= 3 and small < large


def _visit_key(ev: Event) -> tuple | None:
    """A visit's visiting state and its destinations."""
    if ev.type != "visit" or len(ev.source) != 1 or not ev.target:
        return None
    p = ev.source[0]
    return (p.name if p.kind == "country" else p.country), frozenset(t.name for t in ev.target)


def other_contact_of(target: Event, ev: Event, defaulted: dict[int, Event]) -> bool:
    """``ev`` has no parties of its own and refers to ``target``, but states a date ``target``'s stated date rules
    out: the same parties' other contact («التقى مون كيم السبت … حيث التقيا في 27 نيسان»)."""
    return event_key(ev) is None and ev.date is not None and target.date is not None \
        and id(ev) not in defaulted and id(target) not in defaulted and not _dates_compatible(target.date, ev.date)


def _body_of(alone: Event, ev: Event) -> bool:
    """``alone`` is the meeting of one body (its only party), which takes part in ``ev`` too."""
    return len(alone.participants) == 1 and alone.participants[0].kind == "organization" \
        and alone.participants[0].name in {p.name for p in ev.participants}


def propagate_locations(events: list[Event], pub: str | None) -> None:
    """A meeting held during a visit (by one of its participants, or to one's country) takes the visit's
    city."""
    visits = [e for e in events if e.type == "visit" and e.location]
    for e in events:
        if e.type in ("meeting", "negotiation") and not e.location:
            names = {p.name for p in e.participants}
            countries = {p.country for p in e.participants if p.country}
            for v in visits:
                if v.status == "planned" and e.status == "occurred" \
                        or e.status == "planned" and _past(v.date and v.date[:7], pub) \
                        or e.date and v.date and not _dates_compatible(e.date[:7], v.date[:7]):
                    # a planned visit is not where a meeting already held took place, nor a past one where one is
                    # planned («زيارة كيم المفاجئة الأخيرة إلى بكين», then «قبل عقد قمتين مرتقبتين»), nor a visit of
                    # another month
                    continue
                if names & {s.name for s in v.source} and (
                        not v.target or {t.name for t in v.target} & countries or len(visits) == 1):
                    e.location = v.location
                    break
