"""Who takes part in a contact: the two sides of a meeting or call, a visit's visitor and host country, a
message's sender and recipients, and the references and groups that stand for them («الزعيمين», «سموه»)."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from marsad.extract.common import Hit, in_span, load_data
from marsad.extract.events.attributes import city_of, located_in
from marsad.extract.events.lexicons import Lexicons, lexicons
from marsad.extract.events.syntax import (
    CLAUSE_STOP,
    COMPLEMENTIZER,
    COORDINATED,
    FRAMING,
    FROM_WORD,
    RECEPTION,
    TO,
    WITH_WORD,
    WORDS,
    addressee_marked,
    after_relation,
    asking_verb,
    definite_word,
    dist,
    distinct,
    first_word,
    foreign_official,
    governed_ref,
    in_other_clause,
    key_before,
    lies_between,
    object_marked,
    original_word_before,
    ref,
    sentence_of,
    state_titled,
    state_titled_after,
    word_before,
    word_end,
    word_start,
    words_between,
)
from marsad.extract.names import NameCues, load_cues
from marsad.ingest.outlets import outlet_table
from marsad.kb.knowledge import TitleSpec
from marsad.kb.loader import load_kb
from marsad.model import ActorRef, Article, Event, Mention, Span
from marsad.text.normalize import match_key

_QUOTES = frozenset('"«“\'')
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
_AND_NEXT = re.compile(r"[\s\u00a0]*و(?:ال)?")  # between two nisbas: «الأميركي والكوري»
_FROM_NEXT = re.compile(r"(?:[\s\u00a0]+[^\W\d_]+)?[\s\u00a0]+من[\s\u00a0]+")  # «رسالة [خطية] من »
_NUMBER_NEXT = re.compile(r"\s*[\d\u0660-\u0669]")
_TOKENS = re.compile(r"\S+")
TITLED_PARTNER_REACH = 45  # «مع زعيم المتمردين الحوثيين عبد الملك …»: a title this long before the person
_CLAUSE_PUNCT = re.compile(r"[،,.;:؛]")
WITH_REACH = 80  # «… مع X»: a «مع» this close to the trigger links a non-person party to it
SENDER_REACH = 25  # «رسالة من الدكتور …»: the sender this close after «من»
NISBA_PAIR_REACH = 12  # «الزعيمين الأميركي والكوري الشمالي»: the first nisba right after the pair word
NOUN_RECIPIENT_WORDS = 4  # «برقية تهنئة الملك سلمان»: words from a message noun to an unmarked recipient
HONORIFIC_OBJECT_REACH = 60  # characters after a cue in which honorific pronouns («سموه … جلالته») are sought
HONORIFIC_TITLE_REACH = 40  # characters before a name in which the pronoun's title («جلالة الملك …») is sought
PERFORMED_REACH = 40  # «زيارة لدولة خليجية يقوم بها X»: characters from a visit noun to the verb that names its agent
GENITIVE_REACH = 45  # «زيارة وكيلة وزير الخارجية …»: a person this close after a nominal cue is its agent
LOCAL_OBJECT_REACH = 90  # «زار إمام وخطيب المسجد النبوي الشريف الشيخ صلاح … مقر»: the object after a long subject
SPEAKER_WORDS = 6  # «وقال المتحدث باسم قوات التحالف في اتصال هاتفي»: words of a speaker told before an interview call
ADDRESSEE_WORDS = 8  # «لنظيره الأميركي، دونالد ترامب، في اتصال»: words from the addressee to the framed call


def anchored(article: Article, ev: Event, lex: Lexicons) -> bool:
    """An event among people the knowledge base does not know (two players, a hospital's staff) is not the
    state contact this stage is after: at least one party must be known, or bear a state title right before
    its name («صاحب السمو الملكي الأمير فيصل بن بندر»), in the event's evidence or wherever the article names
    that person («اللواء علي مملوك» … «زيارة مملوك للسعودية»), when any party is named."""
    refs = ev.participants + ev.source + (ev.target if ev.type == "message" else [])
    if not refs:
        return True  # (a visit's destination is a country: the visitor must be known)
    if any(r.actor_id is None or article.actors.get(r.actor_id) is None
           or article.actors[r.actor_id].confidence == 1
           and not (article.actors[r.actor_id].kind == "person" and article.actors[r.actor_id].sector)
           for r in refs):
        return True  # (athletes, artists and businesspeople are known, but their meetings are matches or deals)
    ids = {r.actor_id for r in refs}
    return any(m.actor_id in ids and (
        state_titled(article, m, lex)
        or any(sp.contains(m.span) for sp in ev.evidence)
        and (state_titled_after(article, m, lex) or foreign_official(article, m.span.start, lex)
             or _body_official(article, m))) for m in article.mentions)


def political(article: Article, ev: Event) -> bool:
    """A contact is between political actors: athletes, artists and businesspeople the knowledge base knows
    (a ``sector``) take no part in one («وكان في استقباله … رجل الأعمال البريطاني … ريتشارد برانسون»), nor do
    clubs and teams; a contact left with fewer than two sides is none."""
    def civil(r: ActorRef) -> bool:
        a = article.actors.get(r.actor_id) if r.actor_id else None
        return a is not None and (a.kind == "person" and bool(a.sector) or a.sector == "sport")

    if not any(civil(r) for r in ev.participants + ev.source + ev.target):
        return True
    ev.participants = [r for r in ev.participants if not civil(r)]
    ev.source = [r for r in ev.source if not civil(r)]
    ev.target = [r for r in ev.target if not civil(r)]
    return len(ev.participants) >= 2 or bool(ev.source and ev.target)


ATTENDED_REACH = 140  # characters between «بحضور» and the name of whoever attends, through his title
ATTENDED_WORDS = 14
_SENTENCE_END = re.compile(r"[.؟!\n]")


@lru_cache(maxsize=1)
def _attendance() -> re.Pattern[str]:
    words = load_data("events/attributes.yaml").get("attendance", [])
    alts = "|".join(map(re.escape, words))
    return re.compile(rf"(?<![^\W\d_])(?:{alts})(?![^\W\d_])")


def _attends(article: Article, m: Mention, start: int) -> bool:
    """«بحضور معالي الأمين العام لمجلس التعاون … الدكتور عبداللطيف الزياني»: the first person after an attendance
    word, in its sentence, through his title, only attends."""
    text = article.text
    lo = max(0, start - ATTENDED_REACH)
    att = max(_attendance().finditer(text, lo, start), key=lambda a: a.start(), default=None)
    if att is None or _SENTENCE_END.search(text, att.end(), start) \
            or words_between(text, att.end(), start) > ATTENDED_WORDS:
        return False
    return not any(att.end() <= o.span.start < start and o.actor_id in article.actors
                   and article.actors[o.actor_id].kind == "person" and o.actor_id != m.actor_id
                   for o in article.mentions)

def _body_official(article: Article, m: Mention) -> bool:
    """A name right after a body the knowledge base knows (an honorific between): its official («رئيس اللجنة
    الدولية للصليب الأحمر بيتر مورير», «المبعوث الأممي … إسماعيل ولد الشيخ أحمد»)."""
    return any(o.span.end <= m.span.start and _honorific_between(article.text[o.span.end : m.span.start])
               and o.actor_id in article.actors
               and article.actors[o.actor_id].kind == "organization" and article.actors[o.actor_id].confidence == 1
               and article.actors[o.actor_id].sector != "media" for o in article.mentions)


_TITLE_REACH_WORDS = 4  # words of a title the entity stage left unmentioned («الرئيس الأمريكي» before a name)


def _bare_title_start(article: Article, start: int, lex: Lexicons) -> int:
    """Where the title right before an office holder's name begins, when it is made of title words and nisbas
    only: «ابنة الرئيس الأمريكي دونالد ترامب» describes someone else through the whole title."""
    nisbas = [n.span for n in article.mentions if n.form == "nisba" and n.span.end <= start]
    words = list(WORDS.finditer(article.text, max(0, start - 60), start))
    edge = start
    for w in reversed(words[-_TITLE_REACH_WORDS:]):
        if article.text[w.end() : edge].strip(" \u00a0"):
            break  # (punctuation or a digit between: the title ended)
        key = match_key(w.group())
        if key in lex.title_words or key[:2] == "ال" and key[2:] in lex.title_words \
                or any(s.start < w.end() and w.start() < s.end for s in nisbas):
            start = w.start()
        elif not _NISBA_SHAPE.fullmatch(key):
            break  # (a nisba the entity stage left unread, only before a title word: «ابن الرئيس الأميركي»)
        edge = w.start()
    return start


def _honorific_between(gap: str) -> bool:
    """Nothing but spaces, or one honorific («رابطة العالم الإسلامي الدكتور عبدالله …»)."""
    words = gap.split()
    return len(gap) <= 2 or (len(words) == 1 and len(gap) <= 14 and match_key(words[0]) in _guest_heads())


FIRST_PERSON_REACH = 30  # characters before a cue in which «أتطلع إلى» is sought
FIRST_PERSON_PARTNER = 40  # characters between a first-person verb («التقيت») and the partner it names
BODY_GAP = 2  # words between a meeting noun and the body it belongs to («اجتماع وزاري لمجموعة العشرين»)
TO_WORDS = 3  # «وصل إلى العاصمة العمانية، مسقط»: words between «إلى» and the destination
ARRIVAL_REACH = 200  # «وصل وزير الخارجية السوري وليد المعلم، مساء الإثنين، إلى», and Gulf titles of 150 characters


_NISBA_SHAPE = re.compile(r"ال\w{2,}ي")  # «الأميركي»: a definite adjective of origin (match key)
_OFFICE_ADJECTIVES = frozenset({"السابق", "السابقه", "الاسبق", "الحالي", "الحاليه", "المشارك", "المشاركه"})


def _three_words_before(article: Article, m: Mention) -> list[str]:
    return [match_key(w) for w in WORDS.findall(article.text, max(0, m.span.start - 30), m.span.start)[-3:]]


DELEGATION_HEAD_WORDS = 8  # «وفدًا من حركة المقاومة الإسلامية (حماس)، برئاسة»: words from the delegation to its head


def _delegation_head(article: Article, m: Mention) -> bool:
    """«وفد … برئاسة X»: ``m`` heads a delegation named a few words before (not «بقيادة خادم الحرمين»: a state's
    leadership)."""
    lex = lexicons()
    words = [match_key(w) for w in WORDS.findall(article.text, max(0, m.span.start - 120), m.span.start)]
    return bool(words) and words[-1] in lex.headed_by and not lex.delegation_nouns.isdisjoint(
        words[-DELEGATION_HEAD_WORDS - 1 : -1])


def delegation_state(article: Article, m: Mention, lex: Lexicons) -> bool:
    """«وفد دبلوماسي أمريكي», «الوفد الحكومي المصري»: a state's nisba after a delegation noun (one adjective
    between at most)."""
    if m.form != "nisba":
        return False
    words = _three_words_before(article, m)
    if words and words[-1] == "ال":  # (the article glued to a definite nisba is a word of its own here)
        words = [match_key(w) for w in WORDS.findall(article.text, max(0, m.span.start - 40), m.span.start)[-4:-1]]
    return any(w in lex.delegation_nouns for w in words[-2:])


def is_agent(article: Article, m: Mention, lex: Lexicons) -> bool:
    """Persons, organizations and states that can take part in a contact — not an organization named
    inside a title, not a state that is only where something happens, not a nisba adjective."""
    a = article.actors[m.actor_id]
    if m.form == "nisba" and a.kind == "country":
        if delegation_state(article, m, lex):
            return True
        words = _three_words_before(article, m)
        # «مفاوضات بين الحكومة اليمنية والحوثيين» (the article «ال» glued to the nisba is a word of ``words``)
        return len(words) == 3 and words[-1] == "ال" and words[1] in lex.government_nouns \
            and words[0] in ("بين", "مع", "ومع")
    if a.kind not in ("person", "organization", "country") or m.form == "nisba":
        return False
    if a.kind == "person":
        start = m.span.start
        # «مقرب من الزعيم كيم جونغ أون»: look before the person's titles («بحضور نائب الرئيس رئيس الوزراء، خالد»)
        titles = sorted((t for t in article.mentions if t.form == "title" and t.actor_id == m.actor_id
                         and t.span.end <= start), key=lambda t: -t.span.end)
        for t in titles:  # (an honorific between: «بحضور معالي الأمين العام لمجلس التعاون … الدكتور عبداللطيف»)
            if 0 <= start - t.span.end and _honorific_between(article.text[t.span.end : start]):
                start = t.span.start
        if article.published and load_kb().terms_of(a.id, article.published):
            # (an office holder's own title; not «زوجة الرئيس المصري انتصار عامر السيسي», where the name is hers)
            start = _bare_title_start(article, start, lex)
        if lex.not_party_after.search(key_before(article.text, start, 30)) is not None:
            return False
        if word_before(article.text, start) in lex.topic_words - {"عن"}:
            return False  # «في مواجهة ترامب», «ضد الرئيس الأسد»: the topic («عن» also follows «نقلا»)
        return not _attends(article, m, start)
    text = article.text
    if m.span.start > 0 and text[m.span.start - 1] == "و":
        # «في أوكرانيا وسوريا»: a state coordinated with one that is only a place shares its role
        prev = next((p for p in article.mentions if 0 < m.span.start - 1 - p.span.end <= 1
                     and p.actor_id in article.actors and article.actors[p.actor_id].kind == "country"), None)
        if prev is not None:
            return is_agent(article, prev, lex)
    attached = m.span.start > 0 and text[m.span.start - 1] in "بل"
    before = word_before(text, m.span.start)
    if before in lex.topic_words:
        return False
    if a.name in lex.city_states and before in lex.meeting_nouns:
        return False  # «قمة سنغافورة»: where it met, whatever cue the clause has
    if a.kind == "organization":
        if any(t.form == "title" and t.span.contains(m.span) and t.actor_id != m.actor_id for t in article.mentions):
            return False  # the body of a person's title («مع الممثلة العليا للاتحاد الأوروبي»: Mogherini)
        # (nor the body of a former or acting office: «مع الرئيس السابق للائتلاف الوطني السوري … الخطيب»)
        opened = word_start(text, m.span.start)  # («للائتلاف»: the word the clitics open)
        two = [match_key(w) for w in WORDS.findall(text, max(0, opened - 40), opened)[-2:]]
        titled = len(two) == 2 and two[1] in _OFFICE_ADJECTIVES and (
            two[0] in lex.title_words or two[0].startswith("ال") and two[0][2:] in lex.title_words)
        return a.sector != "media" and before not in lex.title_words and before not in lex.locative_words \
            and not titled
    return not attached and before not in lex.locative_words and before not in lex.title_words


def dual(article: Article, ev: Event, h: Hit, agents: list[Mention], nxt: int) -> list[Event]:
    """«قبل عقد قمتين مع الرئيسين الكوري الجنوبي مون … والأميركي ترمب»: the subject meets each of the two."""
    persons = [m for m in agents if article.actors[m.actor_id].kind == "person"]
    before = [m for m in persons if m.span.end <= h.span.start]
    after = distinct(article, [m for m in persons if h.span.end <= m.span.start < nxt])
    if not before:
        return []
    subject = ref(article, before[-1])
    partners = [ref(article, m) for m in after if article.actors[m.actor_id].name != subject.name][:2]
    return [replace(ev, participants=[subject, p], evidence=list(ev.evidence)) for p in partners]


def coordinated_visitors(article: Article, ev: Event, h: Hit, agents: list[Mention], nxt: int) -> list[Event]:
    """«ووصل ترامب وكيم إلى سنغافورة»: people coordinated right after a visit verb's subject each visit (one
    visit each, unless they are the host's own)."""
    if ev.type != "visit" or not h.value.is_verb or len(ev.source) != 1 or not ev.target:
        return []
    persons = [m for m in agents if article.actors[m.actor_id].kind == "person" and h.span.end <= m.span.start < nxt]
    first = next((m for m in persons if m.actor_id == ev.source[0].actor_id), None)
    if first is None:
        return []
    out, last = [], first
    for m in persons:
        if m.span.start < last.span.end or m.actor_id == last.actor_id:
            continue
        if not COORDINATED.fullmatch(article.text, last.span.end, m.span.start):
            break
        if article.actors[m.actor_id].country != ev.target[0].name:
            out.append(replace(ev, source=[ref(article, m)], evidence=list(ev.evidence)))
        last = m
    return out


def coordinated_hosts(article: Article, ev: Event, h: Hit, ms: list[Mention], nxt: int) -> list[ActorRef]:
    """«زار في يوليو كلا من الصين وتركيا والأردن ومصر وإيران», «سيزور موريتانيا ونيجيريا»: states or cities
    coordinated right after the one visited are its other hosts (one trip, one visit with several targets)."""
    if ev.type != "visit" or len(ev.target) != 1 or not ev.source:
        return []
    places = [m for m in ms if h.span.end <= m.span.start < nxt and m.form in ("name", "metonym")
              and article.actors[m.actor_id].kind in ("place", "country")]
    last = next((m for m in places if _state_of(article, m)[0] == ev.target[0].name), None)
    if last is None:
        return []
    out: list[ActorRef] = []
    seen = {ev.target[0].name, ev.source[0].country}
    for m in places:
        if m.span.start < last.span.end:
            continue
        if not COORDINATED.fullmatch(article.text, last.span.end, m.span.start):
            break
        country = _state_of(article, m)[0]
        if country and country not in seen:
            seen.add(country)
            out.append(ActorRef(name=country, country=country, kind="country"))
        last = m
    return out


SUBJECT_OPENING_WORDS = 2  # words before a sentence's subject («وأكد», «كما أكد»)
SUBJECT_TITLE_WORDS = 4  # words of a subject's title between a verb and his name («زار الرئيس الروسي السابق ديمتري»)


_RESUMPTIVE = frozenset({"به", "بها", "بهما", "بهم"})  # «رسالة بعث بها X»: the noun the verb's clause relates to


def _titled_subject(text: str, start: int, end: int) -> bool:
    """Nothing between a verb and a person but the person's own title («فيما زار الرئيس الروسي السابق ديمتري
    مدفيديف البيت الأبيض»: a former president has no title mention of his own), past the pronoun of a relative
    clause («رسالة بعثت بها رئيسة الوزراء البريطانية، تيريزا ماي، إلى المجلس»)."""
    words = WORDS.findall(text, start, end)
    if words and match_key(words[0]) in _RESUMPTIVE:
        words = words[1:]
    if not words:
        return True
    head = match_key(words[0])
    return len(words) <= SUBJECT_TITLE_WORDS and (head in _guest_heads() or head.removeprefix("ال") in _guest_heads())


def coordinated_senders(article: Article, ev: Event, h: Hit, agents: list[Mention]) -> list[Event]:
    """«خادم الحرمين الشريفين ونائبه يهنئان رئيس …»: people coordinated before a message verb's subject each send
    one (the same recipients)."""
    if ev.type != "message" or not h.value.is_verb or len(ev.source) != 1 or not ev.target:
        return []
    persons = [m for m in agents if article.actors[m.actor_id].kind == "person" and m.span.end <= h.span.start]
    last = next((m for m in reversed(persons) if m.actor_id == ev.source[0].actor_id), None)
    if last is None:
        return []
    out, told = [], {ev.source[0].name} | {p.name for p in ev.target}
    for m in reversed(persons):
        if m.span.start >= last.span.start:
            continue
        if not COORDINATED.fullmatch(article.text, m.span.end, last.span.start):
            break
        if article.actors[m.actor_id].name not in told:
            out.append(replace(ev, source=[ref(article, m)], evidence=list(ev.evidence)))
            told.add(article.actors[m.actor_id].name)
        last = m
    return out


def coordinated_callers(article: Article, ev: Event, h: Hit, cues: list[Hit], agents: list[Mention],
                        nxt: int) -> tuple[ActorRef | None, list[ActorRef]]:
    """«تلقى X اتصالا هاتفيا من A … ومن B»: the receiver X and the callers, each a call of its own with X."""
    if ev.type != "phone_call" or len(ev.participants) != 2:
        return None, []
    recv = [x for x in cues if x.value == ("initiator", "received_from") and x.span.overlaps(h.span)]
    if not recv:
        return None, []
    after = [m for m in agents if h.span.end <= m.span.start < nxt and article.actors[m.actor_id].kind == "person"]
    callers = [ref(article, m) for m in distinct(article, after)]
    names = {p.name for p in ev.participants}
    receiver = [p for p in ev.participants if p.name not in {c.name for c in callers}]
    if len(receiver) != 1 or not names & {c.name for c in callers}:
        return None, []
    return receiver[0], callers


def plural_partners(article: Article, ev: Event, h: Hit, cues: list[Hit], agents: list[Mention],
                    nxt: int) -> tuple[ActorRef | None, list[ActorRef]]:
    """Calls in the plural («اتصالات») «مع» several people: the subject and each person after «مع»."""
    if ev.type != "phone_call" or len(ev.participants) != 2 or "اتصالات" not in match_key(h.span.of(article.text)):
        return None, []
    with_ = next((x for x in cues if x.value == ("arg", "with") and h.span.end <= x.span.start < nxt), None)
    if with_ is None:
        return None, []
    partners = [ref(article, m) for m in distinct(article, [
        m for m in agents if with_.span.end <= m.span.start < nxt and article.actors[m.actor_id].kind == "person"])]
    subject = [p for p in ev.participants if p.name not in {q.name for q in partners}]
    return (subject[0], partners) if len(subject) == 1 else (None, [])


def coordinated_guests(article: Article, ev: Event, h: Hit, agents: list[Mention],
                       nxt: int) -> tuple[ActorRef | None, list[ActorRef]]:
    """«يلتقي كارتر رئيس الوزراء حيدر العبادي ونظيره العراقي خالد العبيدي»: people coordinated after the object
    of a meeting verb, each after «و» and at most a title («ونظيره العراقي», «ووزير الدفاع»), meet the subject:
    one meeting with each."""
    if ev.type != "meeting" or len(ev.participants) != 2:
        return None, []
    text = article.text
    after = [m for m in agents if h.span.end <= m.span.start < nxt and article.actors[m.actor_id].kind == "person"]
    firsts = {}
    for m in after:
        firsts.setdefault(article.actors[m.actor_id].name, m)
    named = [firsts[p.name] for p in ev.participants if p.name in firsts]
    if not named:
        return None, []
    obj = max(named, key=lambda m: m.span.start)
    obj_name = article.actors[obj.actor_id].name
    subject = [p for p in ev.participants if p.name != obj_name]
    if len(subject) != 1 or not h.value.is_verb and not (
            any(m.span.end <= h.span.start and article.actors[m.actor_id].name == subject[0].name for m in agents)
            and all(match_key(w) in _guest_heads() for w in WORDS.findall(text, h.span.end, obj.span.start))):
        # (a noun's subject is named before it and its object right after it: «وصل بومبيو … للقاء الملك سلمان
        # وولي العهد», not «ساهموا في وصوله لقمة المجد، … ذكر عبدالله الفيصل وبدر بن عبدالمحسن»)
        return None, []
    guests, seen, last = [ref(article, obj)], {obj_name, subject[0].name}, obj.span.end
    heads = _guest_heads()
    for m in after:
        if m.span.start < last:
            continue
        name = article.actors[m.actor_id].name
        words = WORDS.findall(text, last, m.span.start)
        if name in seen and m.actor_id in {g.actor_id for g in guests} \
                and all(match_key(w) in heads for w in words):
            # the object's name after its title («ولي العهد الأمير محمد بن نايف»), not told again in another clause
            # («اجتمع مع … كيم جونغ أون، السبت، لمناقشة قمة … بين كيم والرئيس الأمريكي»)
            last = m.span.end
            continue
        # (or after a comma, by title, in a list «و» goes on with: «نائب الرئيس مايك بنس، مستشار الأمن القومي جون
        # بولتون ومسؤولي …»)
        end = m.span.end  # (through the name after the title)
        for x in after:
            if x.span.start >= end and x.span.start - end <= 2 and article.actors[x.actor_id].name == name:
                end = x.span.end
        title = WORDS.search(text, last, m.span.start)  # (the guest's title words, if any, before the mention)
        listed = _LIST_COMMA.fullmatch(text, last, title.start() if title else m.span.start) is not None \
            and (not words or match_key(words[0]) in heads) and _LIST_GOES_ON.match(text, end) is not None
        if len(words) > 3 or name in seen or not (listed or not _GAP_STOP.search(text, last, m.span.start) and (
                words == ["و"] or (words and words[0][:1] == "و" and match_key(words[0][1:]) in heads))):
            break
        guests.append(ref(article, m))
        seen.add(name)
        last = m.span.end
    return (subject[0], guests) if len(guests) >= 2 else (None, [])


_JOINT_GAP = re.compile(r"[\s\u00a0،,]*و\S*(?:\s+\S+)?[\s\u00a0،,]*")  # «، والإيراني، », « والكوري الجنوبي »
JOINT_REACH = 6  # words from a meeting cue to «نظيريه» («اجتماعا ثلاثيا مع نظيريه»)


def _counterparts_title(word: str) -> TitleSpec | None:
    """«نظيريه», «ونظيريه» (two counterparts), «نظرائه» (plural: three or more possibly): the title the
    knowledge base marks so."""
    key = match_key(word)
    keys = (key, key[1:]) if key[:1] in "وبل" else (key,)
    return next((e.title for k in keys for e in load_kb().entries.get(k, ())
                 if e.kind == "title" and e.title is not None and e.title.dual), None)


def joint_counterparts(article: Article, ev: Event, h: Hit, agents: list[Mention], prv: int,
                       nxt: int, ms: list[Mention]) -> list[ActorRef]:
    """«يستقبل أردوغان نظيريه الروسي فلاديمير بوتين والإيراني حسن روحاني», «اجتماعا ثلاثيا مع نظيريه الأمريكي
    جون كيري والسعودي عادل الجبير»: the subject meets both counterparts at once — one meeting of three (so does
    a meeting noun after them: «… والإيراني حسن روحاني، وذلك في قمة ثلاثية»)."""
    if ev.type not in ("meeting", "negotiation") or len(ev.participants) != 2:
        return []
    text = article.text
    dual = next((w for w in WORDS.finditer(text, prv, nxt) if _counterparts_title(w.group()) is not None), None)
    # (a verb's object after its subject, however long: «يستقبل الرئيس التركي … الأربعاء في أنقرة نظيريه»)
    if dual is None or dual.start() < h.span.start and h.value.is_verb:
        return []
    plural = _counterparts_title(dual.group()).plural
    # (a guest coordinated right before «ونظرائه» meets them too: «مع … فيديريكا موغيريني ونظرائه الفرنسي …»)
    guest = next((p for p in ev.participants if plural and dual.group().startswith("و") and any(
        m.actor_id == p.actor_id and COORDINATED.fullmatch(text, m.span.end, dual.start() + 1)
        for m in agents)), None)
    if dual.start() >= h.span.end and not h.value.is_verb and guest is None \
            and words_between(text, h.span.end, dual.start()) > JOINT_REACH:
        return []
    after = [m for m in agents if m.span.start >= dual.start() and m.span.start < nxt
             and article.actors[m.actor_id].kind == "person"]
    if not after:
        return []
    # the counterparts, one after another («نظيريه الروسي … والإيراني …»; more after «نظرائه»)
    chain: list[Mention] = [after[0]]
    for m in after[1:]:
        name, last = article.actors[m.actor_id].name, chain[-1]
        if name == article.actors[last.actor_id].name:
            chain[-1] = m if m.span.end > last.span.end else last  # (his name after his title)
            continue
        if any(article.actors[c.actor_id].name == name for c in chain) or m.span.start < last.span.end \
                or not _JOINT_GAP.fullmatch(text, last.span.end, m.span.start) or len(chain) == 2 and not plural:
            break
        chain.append(m)
    if len(chain) < 2:
        return []
    first, second = chain[0], chain[1]
    names = {article.actors[m.actor_id].name for m in chain}
    if not names & {p.name for p in ev.participants} and guest is None:
        return []
    # whose counterparts: the other party chosen, else a person named before «نظيريه» — one of their office
    # when the knowledge base knows it («وصل لافروف … للقاء أمير قطر تميم، على أن يلتقي بنظيريه …»: Lavrov's)
    # (among all the window's mentions, the speaker too, whom ``agents`` leave out: «قال ظريف لدى وصوله للاجتماع
    # بنظرائه الفرنسي والألماني والبريطاني»)
    people = sorted(ms, key=lambda m: m.span.start)
    before = [ref(article, m) for m in reversed(people) if m.span.end <= dual.start()
              and article.actors[m.actor_id].kind == "person" and article.actors[m.actor_id].name not in names]
    candidates = [p for p in ev.participants if p.name not in names] + before
    offices = _offices(article, [first.actor_id, second.actor_id])
    subject = next((p for p in candidates if (not offices or offices & _offices(article, [p.actor_id]))
                    and (guest is None or p.name != guest.name)), None)
    if subject is None:
        return []
    return [subject] + ([guest] if guest is not None else []) + [ref(article, m) for m in chain]


def _offices(article: Article, ids: list[str | None]) -> set[str]:
    """The offices the knowledge base has these people hold on the article's day."""
    kb = load_kb()
    return {t.office for i in ids if i for t in (kb.terms_of(i, article.published) if article.published else [])}


@lru_cache(maxsize=1)
def _name_cues() -> NameCues:
    """The entity stage's name cues, read once."""
    return load_cues(load_kb())


@lru_cache(maxsize=1)
def _guest_heads() -> frozenset[str]:
    """The words that open a coordinated guest's title: the name cues' role words, honorifics and «نظيره»."""
    cues = _name_cues()
    return cues.role_heads | cues.honorifics | cues.counterparts


def counterpart_words() -> frozenset[str]:
    """«نظيره», «نظيرته»: a partner so named is the counterpart of a person the sentence names before."""
    return _name_cues().counterparts


def after_counterpart(text: str, start: int, floor: int) -> bool:
    """A counterpart word in the three words before ``start`` (not before ``floor``): «مع نظيره الإسرائيلي X»."""
    return any(match_key(w) in counterpart_words() for w in WORDS.findall(text, max(floor, start - 30), start)[-3:])


_GAP_STOP = re.compile(r"[،,.؛:()\n]")
_LIST_COMMA = re.compile(r"[\s\u00a0]*[،,][\s\u00a0]*")
_LIST_GOES_ON = re.compile(r"[\s\u00a0]*و")


def initiating_party(article: Article, e: Event, p: ActorRef) -> ActorRef:
    """A state party told by the person of that state who initiated the contact: «تلبية لدعوة الرئيس الروسي
    فلاديمير بوتين، التي كان وجهها خلال مكالمة هاتفية جرت بين الجانبين» (Putin, not Russia)."""
    if p.kind != "country" or not e.initiator:
        return p
    host = next((a for a in article.actors.values()
                 if a.kind == "person" and a.name == e.initiator and a.country == p.name), None)
    return ActorRef(name=host.name, country=host.country, kind="person", actor_id=host.id) if host else p


def pair_parties(article: Article, events: list[Event], kind: str | tuple[str, ...], agents: list[Mention],
                 at: Span, etype: str, cue: Span | None = None, quoted: list[Span] = ()) -> list[ActorRef]:
    """«بين الزعيمين»: the two parties of the latest two-party contact; «بين البلدين»: their states;
    «الرئيسين»: the two presidents last named as such; «بين الكوريتين»: the two states the word names."""
    if isinstance(kind, tuple):
        kb = load_kb()
        states = [ActorRef(name=kb.actors[c].name, country=kb.actors[c].name, kind="country", actor_id=c)
                  for c in kind if c in kb.actors]
        role = None
        if cue is not None:  # «بين زعيمي الكوريتين», «بين الزعيمين الكوريين»: the two states' leaders
            role = lexicons().pair_roles.get(word_before(article.text, cue.start)) or lexicons().pair_roles.get(
                first_word(cue.of(article.text)))
        if role is not None:
            holders = [kb.holder(role, c, article.published) for c in kind]
            if all(holders) and len({h.id for h in holders}) == len(holders):
                return [ActorRef(name=h.name, country=h.country, kind="person", actor_id=h.id) for h in holders]
        return states
    if cue is not None and match_key(cue.of(article.text)) in lexicons().pair_sides:
        coordinated = _coordinated_states_before(article, agents, cue)
        if coordinated:
            return coordinated  # «العلاقات بين كوريا الشمالية والولايات المتحدة … في القمة المرتقبة بين الجانبين»
    if kind == "presidents":
        title = match_key(load_data("events/attributes.yaml").get("president_title", "الرئيس"))
        kb, day = load_kb(), article.published
        # (a president by title, or by office: «نظيره السوداني عمر البشير»; not one named in someone's words:
        # «"… الرئيس الصيني شي …"» then «وتبادل الرئيسان بعض الكلمات»; ``quoted``: the article's quotations)
        named = [m for m in article.mentions if m.span.end <= at.start and article.actors.get(m.actor_id)
                 and not any(q.contains(m.span) for q in quoted)
                 and article.actors[m.actor_id].kind == "person"
                 and (match_key(m.text or article.text[m.span.start:m.span.end]).startswith(title)
                      or word_before(article.text, m.span.start) == title
                      or (day and any(t.office == "president" for t in kb.terms_of(m.actor_id, day))))]
        pair = distinct(article, sorted(named, key=lambda m: -m.span.start))[:2]
        if len(pair) == 2:
            return [ref(article, m) for m in reversed(pair)]
        kind = "persons"
    for e in reversed(events):
        parties = e.participants or (e.source + e.target)
        if len(parties) == 2:
            if kind == "their_leaders" and all(p.kind == "country" and p.actor_id for p in parties):
                # «تخطط الكوريتان … لعقد محادثات … للتحضير لقمة ثالثة بين قادتها»: the heads of those states
                return state_holders(article, "head_of_state", [p.actor_id or "" for p in parties],
                                     named=False) or list(parties)
            if kind in ("persons", "leaders", "their_leaders"):
                return list(parties)
            states = [ActorRef(p.country, p.country, "country") for p in parties if p.country]
            if len(states) == 2 and states[0].name != states[1].name:
                # «خلال اللقاء … بين البلدين» after the leaders' meeting: the same contact
                return list(parties) if e.type == etype else states
    if kind == "countries":
        recent = [m for m in agents if article.actors[m.actor_id].kind == "country" and m.span.end <= at.start]
        pair = distinct(article, list(reversed(recent)))[:2]
        if len(pair) == 2:
            return [ref(article, m) for m in reversed(pair)]
    if kind == "leaders" and cue is not None:
        # «وكانت تركيا وروسيا قد وقعتا اتفاق …» … «بعد أن أجرى زعيما البلدين محادثات»: the heads of the two
        # states the article coordinated last, on its day
        states = _coordinated_states_before(article, article.mentions, cue, whole_article=True)
        if states:
            return state_holders(article, "head_of_state", [p.actor_id or "" for p in states], named=False)
    return []


def pair_by_nationality(article: Article, pair: Hit, lex: Lexicons) -> list[ActorRef]:
    """«قمة بين الزعيمين الأميركي والكوري الشمالي»: the leaders of the two states the nisbas after the pair
    word name, on the article's day."""
    role = lex.pair_roles.get(match_key(pair.span.of(article.text)).lstrip("وفبل"))
    if role is None:
        return []
    nisbas = [m for m in article.mentions if m.form == "nisba" and pair.span.end <= m.span.start
              and m.span.start - pair.span.end <= NISBA_PAIR_REACH]
    if len(nisbas) < 2 or not _AND_NEXT.match(article.text, nisbas[0].span.end, nisbas[1].span.start):
        return []
    return state_holders(article, role, [m.actor_id for m in nisbas[:2]], named=False)


def summit_leaders(article: Article, states: list[ActorRef], at: Span) -> list[ActorRef]:
    """«قمة جديدة بين الكوريتين»: a summit of two states is one of their heads of state (on its day), when the
    article names both, or one when the sentence dates nothing before the article's year («كيم جونغ أون» …
    «القمة المرتقبة بين الجانبين» with the United States: Trump's summit; not «قمة بين الكوريتين في يونيو
    حزيران من ذلك العام» of 2000)."""
    if not all(p.actor_id for p in states):
        return []
    holders = state_holders(article, "head_of_state", [p.actor_id or "" for p in states], named=False)
    named = [h for h in holders if h.actor_id in article.actors]
    if len(named) == len(holders) or named and not _dates_past_years(article, at):
        return holders
    return []


def listed_leaders(article: Article, states: list[Mention], lex: Lexicons) -> list[ActorRef]:
    """«يعقد رؤساء روسيا وإيران وتركيا الأربعاء في أنقرة قمة», «مع وزراء خارجية كل من إيران وبريطانيا وألمانيا»:
    after an office in the plural the listed states' holders of it on the article's day, or none. Presidents
    stand named or not; a king among them, and leaders («قادة»), only when the article names every one (a
    state's leader at a summit may be its head of government)."""
    if not states:
        return []
    words = match_key(article.text[max(0, states[0].span.start - 60) : states[0].span.start]).split()
    while words and words[-1] in lex.heads_of_fillers:
        words.pop()
    role = next((r for office, r in lex.heads_of.items() if words[-len(office.split()):] == office.split()), None)
    if role is None:
        return []
    ids = [m.actor_id for m in states]
    # (on the day the sentence dates nearest the list, if any: «في 8 نوفمبر 2014 في أول قمة ثلاثية تجمع رؤساء
    # مصر واليونان وقبرص» was Samaras's, not the prime minister's of the article's day)
    sent = sentence_of(article, states[0].span)
    dated = [t for t in article.times if sent is not None and sent.contains(t.span)
             and t.value and t.value[:4].isdigit() and len(t.value) >= 7]
    on = min(dated, key=lambda t: dist(t.span, states[0].span)).value[:10] if dated else None
    holders = [] if role == "leader" else state_holders(article, role, ids, named=False, on=on)
    if not holders and role in ("president", "leader"):
        holders = state_holders(article, "president", ids, named=True, fallback="head_of_state", on=on)
    return holders


def _dates_past_years(article: Article, at: Span) -> bool:
    """The sentence of ``at`` names a time before the article's year."""
    sent = sentence_of(article, at)
    year = (article.published or "")[:4]
    return sent is not None and any(t.value and sent.contains(t.span) and t.value[:4] < year for t in article.times)


def state_holders(article: Article, role: str, states: list[str], named: bool,
                  fallback: str | None = None, on: str | None = None) -> list[ActorRef]:
    """The distinct holders of ``role`` (or, in a state without one, of ``fallback``) in ``states`` on day
    ``on`` (the article's by default); with ``named``, only when the article names them all. A ceremonial
    president's state is its head of government's."""
    kb = load_kb()
    day = on or article.published
    out = []
    for iso in states:
        office = "head_of_government" if role == "president" and iso in kb.ceremonial_presidents else role
        holder = kb.holder(office, iso, day) or (kb.holder(fallback, iso, day) if fallback else None)
        if holder is None or holder.id not in article.actors and (named or holder.id not in kb.actors):
            return []
        out.append(ActorRef(name=holder.name, country=holder.country, kind="person", actor_id=holder.id))
    return out if len({o.name for o in out}) == len(out) else []


def heads_for_bodies(article: Article, parties: list[ActorRef], delegated: frozenset[str] = frozenset()
                     ) -> list[ActorRef]:
    """A presidency that meets or calls stands for its head («الكرملين: منفتحون على قمة مع ترمب»); a state
    that a head of state meets stands for its own («قمته مع بيونغ يانغ»: a summit is between leaders), not a
    state the clause names by its delegation (``delegated``: «التقى … مع وفد مصري» is Egypt's)."""
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
        elif p.kind == "country" and summit and day and p.actor_id in kb.actors and p.actor_id not in delegated:
            holder = kb.holder("head_of_state", p.actor_id, day)
        if holder is not None:
            p = ActorRef(name=holder.name, country=holder.country, kind="person", actor_id=holder.id)
        out.append(p)
    return out if len({p.name for p in out}) == len(out) else parties


_NAME_LINKS = frozenset({"بن", "بنت"})
# «وكان في استقبال معاليه …», «كما كان في الاستقبال …»: the reception of the visitor, told without his name
_IN_RECEPTION = re.compile(r"(?:^|\s)[وف]?كانت?\s+في\s*$")  # (the words before the cue)
RECEIVERS_REACH = 250  # characters after the cue in which the receivers are named, through their titles


def farewell_of(article: Article, h: Hit) -> bool:
    """«وكان في وداعه …»: a farewell cue (a meeting only with a visitor on leaving, unlike «حفل وداع»)."""
    return _farewell(match_key(article.text[h.span.start : word_end(article.text, h.span.end)]))


def _farewell(cue: str) -> bool:
    m = RECEPTION.search(cue)
    return m is not None and m.group(1) == "وداع"


def reception_of_visitor(article: Article, h: Hit, agents: list[Mention], events: list[Event], nxt: int,
                         lex: Lexicons, alone: bool) -> list[ActorRef]:
    """«كان في استقباله الرئيس كينياتا», «وكان في استقبال معاليه لدى وصوله … X وY», «كما كان في الاستقبال X»
    (or «في وداعه» on leaving): the visitor of the article's latest visit met the people named after the cue,
    in one act (the receivers are not a meeting among themselves). A bare «استقباله» («لدى استقباله») only when
    the cue has no two parties of its own (``alone``), and then the first person after it."""
    text = article.text
    end = word_end(text, h.span.end)
    cue = match_key(text[h.span.start : end])
    reception = RECEPTION.search(cue)
    received_him = reception is not None and reception.group(2) is not None
    if not received_him and cue not in ("استقبال", "وداع"):
        return []
    definite = text[h.span.start - 2 : h.span.start] == "ال"
    told = _IN_RECEPTION.search(key_before(text, h.span.start - 2 if definite else h.span.start, 30))
    if not received_him:
        pronoun = lex.honorific_pronouns.match(text, end + 1)
        if told is None or (not definite and (pronoun is None or text[end : pronoun.start()] != " ")):
            return []  # («في استقبال الوفد»: whom the receivers met is named)
    if told is None and (not alone or _farewell(cue)):
        return []  # («الملك … لدى استقباله الأمير …»: the pronoun is the subject's, who has partners already)
    visit = next((e for e in reversed(events) if e.type == "visit" and e.source), None)
    if visit is None:
        return []
    visitor = visit.source[0]
    hosts = distinct(article, [m for m in agents if end <= m.span.start < min(nxt, end + RECEIVERS_REACH)
                               and article.actors[m.actor_id].kind == "person"
                               and article.actors[m.actor_id].name != visitor.name])
    if told is None:
        hosts = hosts[:1]
    return [visitor, *(ref(article, m) for m in hosts)] if hosts else []


def honorific_subjects(article: Article, hits: list[Hit], lex: Lexicons, speech: list[Hit] = ()) -> list[Mention]:
    """«كما استقبل سموه …», «بعد انتهاء زيارة سموه للأردن», «كما تلقى سموه اتصالاً», «ونوه معاليه بالاجتماعات»: an
    honorific pronoun right after a verb cue, a visit noun, a receiving or a speech verb is the article's first
    person named with a state title («صاحب السمو الملكي الأمير فيصل بن بندر»)."""
    if lex.honorific_pronouns.search(article.text) is None:
        return []  # (no pronoun to resolve: spare the scans below)
    verbs = [h for h in hits if h.value.type and (h.value.is_verb or h.value.type == "visit")]
    # (and after a receiving verb before a call: «كما تلقى سموه اتصالاً هاتفيًا من …»)
    ends = [h.span.end for h in verbs] + [r.end() for r in lex.receiving.finditer(article.text)]
    spoken = {h.span.end for h in speech}  # (after a speech verb, only a person the pronoun's title names)
    ends += sorted(spoken)
    if not ends:
        return []
    persons = _named_persons(article)
    lead = next((m for m in persons if state_titled(article, m, lex)), None)
    out = []
    for end in ends:
        # the subject right after the cue, then an object later in the clause («وسيلتقي سموه خلال الزيارة جلالته»)
        clause_end = _CLAUSE_END.search(article.text, end, end + HONORIFIC_OBJECT_REACH)
        stop = clause_end.start() if clause_end else end + HONORIFIC_OBJECT_REACH
        for k, p in enumerate(lex.honorific_pronouns.finditer(article.text, end, stop)):
            if k == 0 and article.text[end:p.start()] != " ":
                break  # (the subject pronoun follows the cue at once)
            owner = _honorific_owner(article, persons, p.group(0), p.start(), lex, end in spoken) or (
                lead if k == 0 and end not in spoken else None)
            if owner is not None:
                out.append(Mention(Span(p.start(), p.end()), owner.actor_id, "pronoun", p.group(0)))
    return out


_CLAUSE_END = re.compile(r"[.؛\n]")
_HIS = re.compile(r"(?:ه|ها)$")  # the owner's pronoun glued to a cue noun: «لقائه», «زيارتها»
# «وسبق ذلك، لقاءات عقدها في الرياض مع …»: the meetings he held
_HELD_BY_HIM = re.compile(r"[ \u00a0]+(?:عقد|أجرى|اجرى|أجرا|اجرا)(?:ه|ها)(?![^\W\d_])")
_AND_VERB = re.compile(r"[\s\u00a0]*[وف][^\W\d_]{3,}[\s\u00a0]")  # «وشدد …»: a clause going on with its subject
DROPPED_WORDS = 3  # words before the cue noun in such a sentence: «وشدد خلال لقائه», «وكان في استقباله»
SUBJECT_WORDS = 6  # words before the person who opens a sentence as its subject («جدد فخامة الرئيس اليمني، …»)


def _named_persons(article: Article) -> list[Mention]:
    """The article's mentions of people by name or title: who a pronoun may stand for."""
    return [m for m in article.mentions if m.actor_id in article.actors
            and article.actors[m.actor_id].kind == "person" and m.form in ("name", "title")]


def _glued_owner(text: str, h: Hit) -> re.Match[str] | None:
    """The owner's pronoun glued to the cue word of ``h`` («لقائه», «زيارتها»; a hit may leave it out)."""
    end = word_end(text, h.span.end)
    return _HIS.search(text, max(h.span.start + 3, end - 2), end)


def dropped_subjects(article: Article, hits: list[Hit]) -> list[Mention]:
    """«جدد الرئيس اليمني، عبدربه منصور هادي، التأكيد على … . وشدد خلال لقائه اليوم بالرياض المبعوث …»: a
    sentence that goes on with «و» + verb and names nobody before a cue noun carrying «ه/ها» has the subject
    of the sentence before as that pronoun's owner."""
    text, out = article.text, []
    persons = _named_persons(article)
    for prev, sent in itertools.pairwise(article.sentences):
        if _AND_VERB.match(text, sent.span.start) is None or prev.span.start < article.headline.end:
            continue
        for h in in_span(hits, sent.span):
            end = word_end(text, h.span.end)  # (a hit may leave the pronoun out)
            his = _glued_owner(text, h) or _HELD_BY_HIM.match(text, end)
            if not h.value.type or h.value.is_verb or his is None:
                continue
            if words_between(text, sent.span.start, h.span.start) > DROPPED_WORDS or any(
                    sent.span.start <= m.span.start < h.span.start and m.actor_id in article.actors
                    and article.actors[m.actor_id].kind in ("person", "organization", "country")
                    for m in article.mentions):
                break  # someone named before it owns it (perhaps a name the knowledge base lacks)
            subject = next((m for m in persons if prev.span.start <= m.span.start < prev.span.end), None)
            if subject is not None and words_between(text, prev.span.start, subject.span.start) <= SUBJECT_WORDS:
                out.append(Mention(Span(his.start(), his.end()), subject.actor_id, "pronoun", his.group(0)))
            break
    return out


_FRONTED = re.compile(r"[\s\u00a0]*[وف]?(?:منذ|بعد|عقب|إثر|اثر|قبل|قبيل|خلال|أثناء|اثناء|لدى|عند)[\s\u00a0]+")
FRONTED_SUBJECT_WORDS = 2  # words from the comma that closes a fronted clause to the main clause's subject


def fronted_owners(article: Article, hits: list[Hit]) -> list[Mention]:
    """«ومنذ لقائه مع كيم في الثاني عشر من حزيران/يونيو، بدا ترمب متفائلاً»: a cue noun carrying «ه/ها» in a
    clause fronted before the comma at the start of its sentence belongs to the subject of the main clause after
    it, the person named right after its verb (not to whoever the sentence before names last)."""
    text, out = article.text, []
    persons = _named_persons(article)
    for sent in article.sentences:
        opener = _FRONTED.match(text, sent.span.start)
        if opener is None:
            continue
        comma = _CLAUSE_PUNCT.search(text, opener.end(), sent.span.end)
        if comma is None or text[comma.start()] not in "،,":
            continue
        h = next((x for x in in_span(hits, Span(opener.end(), comma.start())) if x.value.type
                  and not x.value.is_verb and x.span.start == opener.end()), None)
        if h is None:
            continue
        his = _glued_owner(text, h)
        if his is None or any(opener.end() <= m.span.start < comma.start() and m.span.start < h.span.start
                              for m in persons):
            continue
        subject = next((m for m in persons if comma.end() <= m.span.start < sent.span.end), None)
        if subject is not None and words_between(text, comma.end(), subject.span.start) <= FRONTED_SUBJECT_WORDS:
            out.append(Mention(Span(his.start(), his.end()), subject.actor_id, "pronoun", his.group(0)))
    return out


def _honorific_owner(article: Article, persons: list[Mention], pronoun: str, pos: int, lex: Lexicons,
                     spoken: bool = False) -> Mention | None:
    """The person named last before ``pos`` with the title of the pronoun («جلالته» ← «جلالة الملك عبدالله»,
    «سموه» ← «صاحب السمو الملكي الأمير …»); after a speech verb, else the last one named with its office («معاليه»
    ← «وزير الخارجية الأستاذ عادل الجبير»)."""
    word = match_key(pronoun.lstrip("وف"))
    title = word[:-2] + "ه" if word.endswith("ته") else word[:-1]  # جلالته → جلاله, سموه → سمو, معاليه → معالي
    before = [(m, set(key_before(article.text, m.span.start, HONORIFIC_TITLE_REACH).split()))
              for m in persons if m.span.end <= pos]  # (each person's words before, looked up once)
    titled = [m for m, words in before if title in words]
    if titled:
        return titled[-1]
    # «صاحب السمو الملكي الأمير …»: the honorific with the article is the lead's formula, so the first so named
    lead = next((m for m, words in before if "ال" + title in words), None)
    offices = lex.honorific_offices.get(word)
    if lead is not None or not spoken or not offices:
        return lead
    return next((m for m, words in reversed(before) if offices & words), None)


def previous_of_latest(article: Article, h: Hit, events: list[Event], lex: Lexicons) -> Event | None:
    """«آخر اجتماع», «الاجتماع السابق»: a meeting noun after «آخر» (or before «السابق/الأخير») in a clause that names
    nobody is the previous meeting of the latest meeting's parties."""
    before = word_before(article.text, h.span.start)  # (both already match keys)
    after = first_word(article.text[h.span.end : h.span.end + 20]).strip("،,.")
    if h.value.pos != "noun" or not (before in lex.previous_before or after in lex.previous_after):
        return None
    return next((e for e in reversed(events) if e.type == h.value.type and e.participants), None)


def refers_back(article: Article, h: Hit, events: list[Event], lex: Lexicons) -> bool:
    """A definite meeting noun after «خلال/في بداية/قبيل …», linked to nobody by «مع/بين», is the latest meeting
    told («لكن المتحدث باسم الكرملين … قال قبيل القمة»: the summit of the article, not a meeting of whoever the
    clause names); a call noun is the latest call told (not a meeting: «ويأتي اللقاء …» then «أبلغ بوتين نتنياهو
    خلال المكالمة الهاتفية»)."""
    before = word_before(article.text, h.span.start)
    if h.value.pos != "noun" or not definite_word(article.text, h.span) \
            or before not in lex.anaphoric_before and before not in lex.demonstratives:
        return False
    kind = h.value.type if h.value.type in ("phone_call", "video_call") else "meeting"
    return any(e.type == kind and e.participants for e in events)


def genitive_of(text: str, trigger: Span, m: Span) -> bool:
    """«القمة المحتملة لرئيس الولايات المتحدة»: a party glued to «لـ» right after the noun (an adjective between)."""
    return 0 < m.start - trigger.end <= GENITIVE_REACH and text[m.start - 1] == "ل" \
        and len(WORDS.findall(text, trigger.end, m.start)) <= 2


def first_person_cue(article: Article, h: Hit, lex: Lexicons) -> bool:
    """The cue is itself a verb in the first person («التقيت», «سألتقي»)."""
    return h.value.is_verb and lex.first_person.search(key_before(article.text, h.span.end, FIRST_PERSON_REACH)) \
        is not None


def first_person_contact(article: Article, h: Hit, spoke: list[Mention], agents: list[Mention], nxt: int,
                         lex: Lexicons, self_claim: bool = False) -> list[ActorRef]:
    """«وكتب بومبيو على تويتر "أتطلع إلى لقاء كيم يونغ شول في نيويورك …"»: a contact the speaker tells in the
    first person is the speaker's, with the first person named after the cue; so is one told of himself
    (``self_claim``: «وقال ترامب إنه التقى الرئيس بوتين»)."""
    people = [m for m in spoke if article.actors[m.actor_id].kind == "person"]
    # (before the cue, or the cue itself: «"سألتقي كيم جونغ أون خلال الأسابيع المقبلة"», whose partner is named
    # right after it: not «سألتقي بنفسي مع قادتنا العسكريين» and someone named later)
    itself = first_person_cue(article, h, lex)
    if not people or not (self_claim or itself
                          or lex.first_person.search(key_before(article.text, h.span.start, FIRST_PERSON_REACH))):
        return []
    speaker = people[-1]
    name = article.actors[speaker.actor_id].name
    partner = next((m for m in agents if h.span.end <= m.span.start < nxt
                    and article.actors[m.actor_id].kind == "person" and article.actors[m.actor_id].name != name), None)
    if partner is not None and itself and not self_claim and partner.span.start - h.span.end > FIRST_PERSON_PARTNER:
        return []
    return [ref(article, speaker), ref(article, partner)] if partner is not None else []


_HE_AND = re.compile(r"(?<![^\W\d_])[وفب]?[أإا]نه\s+و")  # «إنه والملك سلمان»: he (the speaker) and …
HE_AND_REACH = 80  # characters from «إنه و» to the contact cue of the clause it opens


def _speaker_before(article: Article, h: Hit, spoke: list[Mention]) -> Mention | None:
    """The first person who speaks before the cue: the subject right after the speech verb, not a partner named
    in its clause («مع سونغ»)."""
    return next((m for m in spoke if article.actors[m.actor_id].kind == "person" and m.span.end <= h.span.start),
                None)


def speaker_and_partner(article: Article, h: Hit, spoke: list[Mention], agents: list[Mention],
                        start: int) -> list[ActorRef]:
    """«وقال كارتر: إنه والملك سلمان أكدا خلال المحادثات دعمهما …», «قال … إنه والرئيس الصيني شي "توصلا …"
    خلال اجتماعهما»: the speaker and the person he coordinates with himself hold the contact of that clause."""
    speaker = _speaker_before(article, h, spoke)
    if speaker is None:
        return []
    found = list(_HE_AND.finditer(article.text, max(start, speaker.span.end, h.span.start - HE_AND_REACH),
                                  h.span.start))
    if not found:
        return []
    he = found[-1]
    name = article.actors[speaker.actor_id].name
    partner = next((m for m in agents if he.end() <= m.span.start < h.span.start
                    and article.actors[m.actor_id].kind == "person" and article.actors[m.actor_id].name != name), None)
    if partner is None or words_between(article.text, he.end(), partner.span.start) > 3:
        return []
    return [ref(article, speaker), ref(article, partner)]


OBJECT_WORDS = 4  # words from a contact noun to its object («لقائه في جنيف أمس وزير …»)


def speaker_and_object(article: Article, h: Hit, spoke: list[Mention], agents: list[Mention], nxt: int,
                       lex: Lexicons) -> list[ActorRef]:
    """«وقال الجعفري أثناء لقائه نائب وزير الخارجية التركي أحمد يلمز»: a contact noun with a pronoun, framed by
    «أثناء/خلال/بعد …» after the speaker, is the speaker's contact with the noun's object right after it (a
    person or state the clause names within a few words, not after «مع», which the partner rules read)."""
    if h.value.pos != "noun" or _glued_owner(article.text, h) is None \
            or word_before(article.text, h.span.start) not in lex.owner_frames:
        return []
    speaker = _speaker_before(article, h, spoke)
    # (the speaker's own clause: not «وقالت ساندرز إن الرئيس الأمريكي وافق خلال لقائه بنظيره الروسي», the reported
    # clause's subject)
    if speaker is None or COMPLEMENTIZER.search(article.text, speaker.span.end, h.span.start) or any(
            speaker.span.end <= m.span.start and m.span.end <= h.span.start
            and article.actors[m.actor_id].kind == "person" for m in agents):
        return []
    obj = next((m for m in agents if h.span.end <= m.span.start < nxt), None)
    if obj is None or words_between(article.text, h.span.end, obj.span.start) > OBJECT_WORDS \
            or re.search(r"(?:^|\s)مع\s", article.text[h.span.end : obj.span.start]) \
            or article.actors[obj.actor_id].name == article.actors[speaker.actor_id].name:
        return []
    return [ref(article, speaker), ref(article, obj)]


def addressed_in_call(article: Article, h: Hit, spoke: list[Mention], ms: list[Mention],
                      lex: Lexicons) -> list[ActorRef]:
    """«قال مون لنظيره الأميركي دونالد ترامب في اتصال هاتفي …», «وأكد ترودو للرئيس الأمريكي … في اتصال هاتفي»:
    a call framed by «في/خلال» right after a speaker and the one he spoke to («لـ», or the object right after him
    of a verb of informing: «أبلغ بوتين نتنياهو خلال المكالمة الهاتفية») is theirs."""
    if h.value.pos != "noun" or h.value.type not in ("phone_call", "video_call") \
            or word_before(article.text, h.span.start) not in ("في", *FRAMING):
        return []
    speaker = _speaker_before(article, h, spoke)
    if speaker is None:
        return []
    name = article.actors[speaker.actor_id].name
    informed = word_before(article.text, speaker.span.start) in lex.informing
    heard = [m for m in ms if speaker.span.end <= m.span.start < h.span.start
             and (addressee_marked(article.text, m.span.start)
                  or informed and words_between(article.text, speaker.span.end, m.span.start) == 0)
             and article.actors[m.actor_id].name != name
             and article.actors[m.actor_id].kind in ("person", "country")]
    if not heard:
        return []
    # (the addressee's apposition may follow it: «لنظيره الأميركي، دونالد ترامب، في اتصال»)
    if words_between(article.text, heard[0].span.end, h.span.start) > ADDRESSEE_WORDS:
        return []
    later = [m for m in ms if heard[0].span.end <= m.span.start < h.span.start and m.actor_id == heard[0].actor_id]
    last = later[-1] if later else heard[0]
    if words_between(article.text, last.span.end, h.span.start) > 1:
        return []
    return [ref(article, speaker), ref(article, heard[0])]


def body_meeting(article: Article, h: Hit, ms: list[Mention], agents: list[Mention], start: int, nxt: int,
                 lex: Lexicons) -> list[ActorRef]:
    """«وشارك ترامب في قمة مجموعة السبع», «إلغاء مشاركته في اجتماع وزاري لمجموعة العشرين», «أعمال القمة العربية
    برئاسة الملك سلمان»: a meeting noun with a multilateral body right after it is that body's meeting. Its parties
    are the body, the person nearest before the noun in the sentence (who attends) and the people named after
    the body in the clause (who chair or attend); with nobody named, the body alone («قبيل اجتماع لمنظمة أوبك»:
    a meeting of its members)."""
    if h.value.pos != "noun":
        return []
    text = article.text
    named = next((m for m in ms if m.span.start >= h.span.end and m.actor_id in lex.summit_bodies
                  and len(WORDS.findall(text, h.span.end, m.span.start)) <= BODY_GAP), None)
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
    # (not someone the topic or another act names: «اجتماع لمجلس الأمن بشأن تسميم سكريبال», «… بعد الضربات …»)
    chosen = before[-1:] + [m for m in people if body_end <= m.span.start < nxt and not any(
        match_key(w) in lex.topic_words or match_key(w) in lex.other_act_words
        for w in WORDS.findall(text, body_end, m.span.start))
        and not lex.purposes.search(text, body_end, m.span.start)]
    if not chosen and named is not None and any(match_key(w) in ("مع", "بين") for w in WORDS.findall(
            text, h.span.end, named.span.start)):
        return []  # «المحادثات مع الاتحاد الأوروبي»: talks of someone with the body, not among its members
    if not chosen and any(match_key(w) in lex.summit_outcomes for w in WORDS.findall(
            text, max(start, h.span.start - 40), h.span.start)[-3:]):
        return []  # «قرار قمة بوخارست (قمة الناتو) لعام 2008»: the summit names a decision, no contact is told
    refs = [ActorRef(name=body.name, country=body.country, kind="organization", actor_id=body.id)]
    for m in chosen:
        r = ref(article, m)
        if r.name not in {x.name for x in refs}:
            refs.append(r)
    return refs


REQUEST_WORDS = 8  # «… اجتماعاً في 14 مارس/آذار بناء على طلب بريطانيا»: words from the meeting noun to the request
REQUESTED_BODY_WORDS = 6  # «عقد مجلس الأمن اجتماعا», «اجتماع عاجل لمجلس الأمن»: words between the body and the noun


def _gap(a: Span, b: Span) -> tuple[int, int]:
    """Where the text between two spans starts and ends, whichever comes first."""
    return (a.end, b.start) if a.end <= b.start else (b.end, a.start)


def requested_meeting(article: Article, h: Hit, ms: list[Mention], cues: list[Hit], start: int, nxt: int,
                      lex: Lexicons) -> list[ActorRef]:
    """«عقد مجلس الأمن اجتماعا بناء على طلب بريطانيا», «طلبت روسيا من مجلس الأمن عقد اجتماع», «دعت الكويت إلى
    اجتماع طارئ لمجلس الأمن»: a multilateral body's meeting that a state (or body, or person) asked for is a
    contact between the body and whoever asked, who initiated it: the body and the requester, in that order."""
    text = article.text
    bodies = [m for m in ms if m.actor_id in lex.summit_bodies and start <= m.span.start < nxt
              and words_between(text, *_gap(m.span, h.span)) <= REQUESTED_BODY_WORDS
              and not _CLAUSE_PUNCT.search(text, *_gap(m.span, h.span))]
    if not bodies:
        return []
    body = min(bodies, key=lambda m: dist(m.span, h.span))
    asker: Mention | None = None
    for c in cues:  # «بناء على طلب بريطانيا», «بطلب من السعودية»: right after the noun's clause
        if c.value == ("initiator", "by") and h.span.end <= c.span.start < nxt \
                and words_between(text, h.span.end, c.span.start) <= REQUEST_WORDS:
            # (a word may come between: «بناء على طلب دولة الكويت»)
            asker = next((m for m in ms if c.span.end <= m.span.start < nxt
                          and words_between(text, c.span.end, m.span.start) <= 1), None)
            break
    verb = asking_verb(text, h.span.start, lex) if asker is None else None
    if verb is not None:  # «طلبت روسيا [من مجلس الأمن] عقد اجتماع», «ودعت روسيا من جهتها إلى اجتماع»: the subject
        # after the verb, or right before it («روسيا تطلب اجتماعا», «أن موسكو طلبت»)
        asker = next((m for m in ms if m.span.start >= verb.end()
                      and words_between(text, verb.end(), m.span.start) == 0), None) or next(
            (m for m in reversed(ms) if start <= m.span.start and m.span.end <= verb.start()
             and words_between(text, m.span.end, verb.start()) == 0), None)
    if asker is None or asker.actor_id == body.actor_id \
            or article.actors[asker.actor_id].kind == "place" and asker.actor_id not in load_kb().metonym_of \
            or _CLAUSE_PUNCT.search(text, *_gap(asker.span, h.span)):
        return []
    return [ref(article, body), governed_ref(article, asker)]


_WHERE = "حيث"  # «… إلى إيران حيث سيلتقي …»: where the visitor meets (word_before drops «و»)


def met_during_visit(article: Article, h: Hit, agents: list[Mention], events: list[Event], nxt: int,
                     lex: Lexicons) -> list[ActorRef]:
    """«وصل وفد كوري جنوبي … في زيارة تاريخية يلتقي خلالها الزعيم الكوري الشمالي كيم جونغ أون»: a meeting verb
    right before «خلالها» has the visitor of the visit just told as its subject, the person after as its object."""
    if not h.value.is_verb:
        return []
    during = lex.during_it.match(article.text, h.span.end + 1)
    visit = next((e for e in reversed(events) if e.type == "visit" and e.source), None)
    # (or «حيث» right before the verb, the visit told in the same sentence: «سيتوجه الى ايران … حيث سيلتقي خصوصا
    # الرئيس حسن روحاني»)
    where = word_before(article.text, h.span.start) == _WHERE and visit is not None \
        and any(sp.contains(h.span) for sp in visit.evidence)
    # (or a sentence that opens with the verb, right after the one that tells the visit: «وصل الأمير وليام الأحد
    # إلى الأردن … . ويلتقي في عمان ولي العهد الأمير حسين»: the visitor goes on as its subject)
    at = next((k for k, s in enumerate(article.sentences) if s.span.contains(h.span)), 0)
    opens = False
    if at and visit is not None and _AND_VERB.match(article.text, article.sentences[at].span.start) is not None \
            and h.span.start <= article.sentences[at].span.start + 2:
        prev = article.sentences[at - 1].span
        first = next((m for m in _named_persons(article) if prev.start <= m.span.start < prev.end), None)
        # (the visitor opens that sentence as its subject: not «… فقد قام الأمير محمد بن سلمان بزيارة» after the
        # King and the host)
        opens = first is not None and article.actors[first.actor_id].name == visit.source[0].name \
            and any(prev.contains(sp) for sp in visit.evidence)
    if during is None and not where and not opens or visit is None:
        return []
    met = next((m for m in agents if (during.end() if during else h.span.end) <= m.span.start < nxt
                and article.actors[m.actor_id].kind == "person"), None)
    if met is None or article.actors[met.actor_id].name == visit.source[0].name:
        return []
    visitor = visit.source[0]
    if visitor.kind == "country":  # a state's delegation: the state meets, not its head (heads_for_bodies)
        visitor = ActorRef(name=visitor.name, country=visitor.country, kind="country")
    return [visitor, ref(article, met)]


def met_by_visitor(article: Article, h: Hit, agents: list[Mention], events: list[Event], prv: int,
                   nxt: int) -> list[ActorRef]:
    """«وأضاف الدرديري أن السيسي أكد خلال اللقاء …» in the report of a visit to Egypt: a definite meeting noun
    (or a verb with the guest as its pronoun: «واستقبله ولي العهد الأردني») with one person of the host country in
    its clause is that person's meeting with the visitor."""
    told = h.value.pos == "noun" and definite_word(article.text, h.span)
    if not told and not (h.value.is_verb and _HIS.search(h.span.of(article.text))):
        return []
    visit = next((e for e in reversed(events) if e.type == "visit" and e.source and e.target), None)
    if visit is None or visit.target[0].kind != "country":
        return []
    people = distinct(article, [m for m in agents if prv <= m.span.start < nxt
                                 and article.actors[m.actor_id].kind == "person"])
    if len(people) != 1:
        return []
    host = article.actors[people[0].actor_id]
    if host.country != visit.target[0].name or host.name == visit.source[0].name:
        return []
    return [visit.source[0], ref(article, people[0])]


def received_object(article: Article, h: Hit, ms: list[Mention], sent_start: int, nxt: int) -> list[ActorRef]:
    """«ودعا الملك سلمان الرئيس حسني مبارك واستقبله في المعرض»: a verb after «و» with its guest as a pronoun
    and nobody named after it goes on with the clause before: its subject receives its object (the two people
    the sentence names before the verb)."""
    if not (h.value.is_verb and _HIS.search(h.span.of(article.text))
            and article.text[max(0, h.span.start - 2) : h.span.start].endswith((" و", "\nو"))):
        return []
    if any(h.span.end <= m.span.start < nxt and article.actors[m.actor_id].kind == "person" for m in ms):
        return []
    people = distinct(article, [m for m in ms if sent_start <= m.span.start < h.span.start
                                 and article.actors[m.actor_id].kind == "person"])
    return [ref(article, m) for m in people] if len(people) == 2 else []


def state_talks(article: Article, ev: Event, h: Hit, lex: Lexicons) -> bool:
    """«المحادثات بين روسيا والناتو بشأن الضمانات الأمنية»: talks between states or bodies on a named matter
    are negotiations; talks between people stay meetings."""
    if match_key(h.span.of(article.text)) not in lex.talks_nouns or len(ev.participants) < 2:
        return False
    if any(p.kind == "person" for p in ev.participants):
        return False
    after = WORDS.findall(article.text, h.span.end, min(len(article.text), h.span.end + 120))
    # (or held by a delegation, the subject right before: «بدأ وفد أميركي رفيع محادثات اليوم في بكين … مع الصين»)
    before = [match_key(w) for w in WORDS.findall(article.text, max(0, h.span.start - 40), h.span.start)][-3:]
    return any(match_key(w) in lex.topic_words for w in after[:12]) or any(w in lex.delegation_nouns
                                                                            for w in before)


def with_media(article: Article, h: Hit, cues: list[Hit], ms: list[Mention]) -> bool:
    """The trigger is followed closely by «مع» and a news outlet, or follows one it addresses: an interview, not a
    contact (also after a cue that ends with «مع» itself: «وأضاف التميمي في اتصال مع "الاقتصادية"»)."""
    if any(0 <= h.span.start - m.span.end <= 2 and m.span.start > 0 and article.text[m.span.start - 1] == "ل"
           and article.actors[m.actor_id].sector == "media" for m in ms):
        return True  # «وقال لفوكس نيوز عبر الهاتف»: told to an outlet
    if match_key(h.span.of(article.text)).endswith(" مع"):
        at: int | None = h.span.end
    else:
        # (one word may stand between: «في الجزء الثاني من لقاء خاص مع "سكاي نيوز عربية"»)
        at = next((x.span.end for x in cues if x.value == ("arg", "with") and 0 <= x.span.start - h.span.end
                   and len(WORDS.findall(article.text, h.span.end, x.span.start)) <= 1), None)
    if at is None:
        return False
    if article.text[at : at + 3].lstrip()[:1] in _QUOTES:
        return True  # outlets are named in quotes («لقاء مع "العربية"»), people are not
    after = [m for m in ms if 0 <= m.span.start - at <= 3]
    return bool(after) and article.actors[after[0].actor_id].sector == "media"


def local_round(article: Article, ev: Event, h: Hit, nxt: int, lex: Lexicons) -> bool:
    """«قام الأمير خالد بن طلال بزيارة لدار الرعاية الاجتماعية في الرياض», «زار إمام … مقر قيادة قوة جازان»: a
    visit to a home, a hospital, a unit or the wounded, inside the outlet's own state by its people (or people
    the knowledge base does not place), is that state's own business, not a visit between states."""
    home = outlet_table().country_of.get(article.outlet or "")
    state = load_kb().name_country(home) if home else None
    if state is None or [t.name for t in ev.target] != [state] \
            or any(s.country not in (None, state) for s in ev.source):
        return False
    end = min(nxt, h.span.end + LOCAL_OBJECT_REACH)
    stop = CLAUSE_STOP.search(article.text, h.span.end, end)
    return lex.local_objects.search(article.text, h.span.end, stop.start() if stop else end) is not None


def told_by_phone(article: Article, h: Hit, sent: Span, speech: list[Hit], ms: list[Mention]) -> bool:
    """«وقال الدكتور ياسين في اتصال هاتفي بعد وصوله …، إن …»: a call noun right after a speech verb and its
    subject, with no one named right after it, is how the words reached the reporter, not a contact (not «أكد
    العاهل السعودي لترامب في اتصال هاتفي»: told to someone; nor «في اتصال هاتفي مع أحد حكام الخليج»)."""
    if h.value.pos != "noun" or word_before(article.text, h.span.start) != "في":
        return False
    cue = max((s.span for s in speech if sent.start <= s.span.start and s.span.end <= h.span.start),
              key=lambda sp: sp.end, default=None)
    if cue is None:
        return False
    between = article.text[cue.end : h.span.start]
    if len(WORDS.findall(between)) > SPEAKER_WORDS + 1 or CLAUSE_STOP.search(between) \
            or _QUOTES & set(between):  # («وقال فيديجاراي "في المكالمة يوم 20 فبراير"»: the call he speaks of)
        return False
    if any(cue.end <= m.span.start < h.span.start and addressee_marked(article.text, m.span.start) for m in ms):
        return False
    words = WORDS.findall(article.text, h.span.end, h.span.end + 12)
    return not (words and match_key(words[0]) in ("مع", "ب")) and not any(
        0 <= m.span.start - h.span.end <= 3 for m in ms)


def with_partner(article: Article, h: Hit, cues: list[Hit], agents: list[Mention], ms: list[Mention], nxt: int,
                 lex: Lexicons, others: list[Span], reach: int = WITH_REACH) -> Mention | None:
    """The party named right after a «مع» that follows the trigger («قمته مع بيونغ يانغ», «محادثات مع نظيره
    …»), if any; an official known only by nationality stands for the state («محادثات مع مسؤول كوري شمالي»).
    Not past another trigger («لقاء كيم … خلال محادثة هاتفية … مع مون»: Moon is the call's), nor in a clause of
    its own («قبيل انعقاد القمة، على أن … قطع قطر علاقاتها مع إيران»)."""
    for x in cues:
        # (or the «مع» that ends the cue: «مؤتمر صحفي مع»)
        if x.value == ("arg", "with") and (0 <= x.span.start - h.span.end <= reach or x.span.end == h.span.end) \
                and x.span.end < nxt:
            if any(lies_between(o, h.span, x.span) or o.contains(x.span) for o in others) \
                    or in_other_clause(article.text, h.span, x.span) \
                    or after_relation(article.text, x.span.start, lex.relation_nouns):
                # («الحدود مع سوريا», «العلاقات مع إيران»: a relation's other side; «خلال اتصال مع»: the call's)
                return None
            after = [m for m in agents if 0 <= m.span.start - x.span.end <= 2]
            if after:
                return after[0]
            words = WORDS.findall(article.text, x.span.end, min(nxt, x.span.end + 30))
            ranks = 1 if len(words) > 1 and match_key(words[0]) in lex.official_ranks else 0
            first = match_key(words[ranks]) if words else ""  # («مع كبار المسؤولين الصينيين»: past the rank)
            if first in lex.title_words or first in counterpart_words() or first in _name_cues().honorifics:
                # «مع زعيم المتمردين الحوثيين عبد الملك الحوثي», «مع نظيره الإسرائيلي موشيه يعالون», «مع اللواء
                # الدكتور محمد السعدان»: the person the title or honorific names, through it
                person = next((m for m in agents if x.span.end < m.span.start <= x.span.end + TITLED_PARTNER_REACH
                               and article.actors[m.actor_id].kind == "person"
                               and not _CLAUSE_PUNCT.search(article.text, x.span.end, m.span.start)), None)
                if person is not None:
                    return person
                # (counted to the start of the nisba's word: «المسؤولين الأميركيين» leaves «ال» out of the mention)
                return next((m for m in ms if m.form == "nisba" and x.span.end < m.span.start < nxt
                             and len(WORDS.findall(article.text, x.span.end,
                                                   article.text.rfind(" ", 0, m.span.start) + 1)) == 1 + ranks),
                            None)
            return None
    return None


def _coordinated_states_before(article: Article, agents: list[Mention], cue: Span,
                               whole_article: bool = False) -> list[ActorRef]:
    """The two states coordinated last before ``cue`` in its sentence (or anywhere before it) («X وY»), if any."""
    sent = Span(0, cue.end) if whole_article else sentence_of(article, cue)
    if sent is None:
        return []
    states = [m for m in agents if sent.start <= m.span.start and m.span.end <= cue.start
              and m.actor_id in article.actors and article.actors[m.actor_id].kind == "country"]
    for a, b in zip(reversed(states[:-1]), reversed(states[1:]), strict=True):
        if article.text[a.span.end : b.span.start].strip() == "و" and a.actor_id != b.actor_id:
            return [ref(article, a), ref(article, b)]
    return []


def best_pair(article: Article, ms: list[Mention]) -> list[Mention]:
    """Two distinct participants, persons first; a state or body only when it is not a chosen person's own
    («الممثلة العليا للاتحاد الأوروبي» does not meet the European Union)."""
    ms = distinct(article, ms)
    persons = [m for m in ms if article.actors[m.actor_id].kind == "person"]
    others = [m for m in ms if article.actors[m.actor_id].kind != "person"]
    chosen = persons[:2]
    countries = {article.actors[m.actor_id].country for m in chosen}
    kb = load_kb()
    bodies = {t.of for m in chosen for t in (kb.terms_of(m.actor_id, article.published) if article.published else [])}
    for m in others:
        if len(chosen) >= 2:
            break
        a = article.actors[m.actor_id]
        if a.kind == "country" and a.name in countries or a.id in bodies:
            continue
        chosen.append(m)
    return chosen if len(chosen) >= 2 else []


def speaker_ids(text: str, ms: list[Mention], speech: list[Hit], trigger: Span) -> set[int]:
    """Mentions that are the subject of a speech verb before the trigger («وقال بيسكوف إن الاتصال …»): they
    report, not take part. A mention after «أن/إن» belongs to the reported clause and is not excluded."""
    out: set[int] = set()
    for sp in speech:
        if sp.span.end > trigger.start:
            continue
        for m in ms:
            if sp.span.end <= m.span.start <= sp.span.end + 80 and m.span.end <= trigger.start \
                    and not COMPLEMENTIZER.search(text, sp.span.end, m.span.start) \
                    and not (_OWN_RELATIVE.match(text, m.span.end)
                             and not COMPLEMENTIZER.search(text, m.span.end, trigger.start)):
                # (not the speaker whose relative clause tells the contact: «وقال بومبيو، الذي أجرى محادثات …»)
                out.add(id(m))
    return out


_OWN_RELATIVE = re.compile(r"\s*[،,]\s*(?:الذي|التي)\s")  # «بومبيو، الذي أجرى …»: a clause about the speaker


_IN = re.compile(r"\s*في\s+")


def talks_abroad(article: Article, h: Hit, agents: list[Mention], ms: list[Mention], start: int,
                 lex: Lexicons) -> list[ActorRef]:
    """«وقال بومبيو، الذي أجرى محادثات في كوريا الشمالية هذا الشهر»: talks someone held in a foreign state, with
    nobody else named, are with that state."""
    phrase = match_key(h.span.of(article.text)).split()
    if not phrase or phrase[-1] not in lex.talks_nouns:
        return []
    at = _IN.match(article.text, h.span.end)
    if at is None:
        return []
    place = next((m for m in ms if m.span.start == at.end() and m.form in ("name", "metonym")), None)
    if place is None:
        return []
    a = article.actors[place.actor_id]
    state = a.name if a.kind == "country" else a.country if a.kind == "place" else None
    people = [m for m in agents if start <= m.span.start and m.span.end <= h.span.start
              and article.actors[m.actor_id].kind == "person"]
    if state is None or not people or article.actors[people[-1].actor_id].country == state:
        return []
    return [ref(article, people[-1]), ActorRef(name=state, country=state, kind="country")]


def _delegation_body(article: Article, ms: list[Mention], start: int, end: int) -> Mention | None:
    """«ووصل وفد من جماعة الحوثي إلى مسقط», «وزار وفد الحوثيين مسقط»: the delegation of a movement or body
    visits for it (a visitor is otherwise a person or a state)."""
    delegations = lexicons().delegation_nouns
    for m in ms:
        a = article.actors.get(m.actor_id)
        if not start <= m.span.start < end or a is None or a.kind != "organization" or a.sector == "media":
            continue
        words = _three_words_before(article, m)[-2:]
        if words and (words[-1] in delegations or words[-1] == "من" and len(words) == 2 and words[0] in delegations):
            return m
    return None




def _before_with(text: str, before: list[Mention], start: int, end: int) -> list[Mention]:
    """«سيعقد لافروف اجتماعا ثلاثيا مع نظيريه الأمريكي كيري والسعودي الجبير خلال زيارة عمل لقطر»: who is named
    after the clause's «مع» met the visitor during the visit; it is the subject's, named before it (not in a
    relative clause: «اجتماع … لترامب مع ولي العهد السعودي … الذي استهل زيارة»)."""
    withs = list(WITH_WORD.finditer(text, start, end))
    if not withs:
        return before
    subject = [m for m in before if start <= m.span.start and m.span.end <= withs[-1].start()]
    return subject if subject and len(subject) < len(before) else before


def _sentence_subject(article: Article, sent: Span, h: Hit) -> Mention | None:
    """The person a sentence opens with, by name or title in its first words (its subject, told again by «أنه»)."""
    first = next((m for m in article.mentions if sent.start <= m.span.start < h.span.start), None)
    if first is None or article.actors[first.actor_id].kind != "person" or first.form not in ("name", "title") \
            or words_between(article.text, sent.start, first.span.start) > SUBJECT_OPENING_WORDS:
        return None
    return first


def _trigger_between(others: list[Span], a: Span, b: Span) -> bool:
    """Another contact's trigger lies between ``a`` and ``b``: who follows it is that contact's party."""
    return any(a.end <= o.start and o.end <= b.start for o in others)


def directed_parties(article: Article, ev: Event, h: Hit, agents: list[Mention], ms: list[Mention],
                     nxt: int, others: list[Span], sent: Span, events: list[Event] = ()) -> bool:
    """Source and target of a visit or message; False when the trigger turns out to be no contact."""
    def kind(m: Mention) -> str:
        return article.actors[m.actor_id].kind

    if h.value.pos == "relayed":
        return returned_greetings(article, ev, h, sent, events) or relayed_greetings(article, ev, h, agents, nxt,
                                                                                          sent)
    if ev.type == "message" and h.value.pos == "noun" and _received_from(article, ev, h, agents):
        return True
    if ev.type == "visit" and h.value.pos != "verb_wish" and \
            match_key(first_word(article.text[h.span.end : h.span.end + 30])) in lexicons().visitor_groups:
        return False  # «زيارة صحافيين من سيول», «توجه صحافيون أجانب إلى»: a group's visit
    src: Mention | None = None
    if h.value.pos == "noun" and ev.type == "visit":  # «زيارة ولي العهد …»: the agent follows the noun
        # (not the one met on it, after a contact of its own: «في زيارة لفنزويلا للقاء نظيره نيكولاس مادورو»)
        src = next((m for m in agents if kind(m) == "person"
                    and 0 <= m.span.start - h.span.end <= GENITIVE_REACH
                    and not object_marked(article.text, h.span.end, m.span.start)
                    and not _trigger_between(others, h.span, m.span)), None)
        done = lexicons().performed_by.search(article.text, h.span.end, min(nxt, h.span.end + PERFORMED_REACH))
        if done is not None:  # «أول زيارة لدولة خليجية يقوم بها وزير الخارجية السوري وليد المعلم»
            src = next((m for m in agents if kind(m) == "person" and 0 <= m.span.start - done.end()
                        <= GENITIVE_REACH and not _CLAUSE_PUNCT.search(article.text, done.end(), m.span.start)), src)
    elif h.value.pos == "noun" and ev.type == "message":  # «وتأتي رسالة بيونغ يانغ بعد …»: its genitive sent it
        # (not its addressee: «نقدم أحر التعازي لخادم الحرمين الشريفين»)
        src = next((m for m in ms if m.span.start - h.span.end in (0, 1) and m.form in ("name", "metonym", "title")
                    and not addressee_marked(article.text, m.span.start)
                    and (kind(m) in ("person", "organization", "country") or m.actor_id in load_kb().metonym_of)),
                   None)
        frm = _FROM_NEXT.match(article.text, h.span.end)
        if src is None and frm is not None:  # «سلم المبعوث … رسالة من الزعيم الكوري الشمالي إلى الرئيس ترامب»:
            to = TO.search(article.text, h.span.end, nxt)  # the envoy carries it; «من» names its sender
            src = next((m for m in agents if frm.end() <= m.span.start <= frm.end() + SENDER_REACH
                        and (to is None or m.span.start < to.start())), None)
    elif h.value.is_verb and not (h.value.pos == "verb_headline" and any(
            kind(m) == "person" and m.span.end <= h.span.start for m in agents)):
        # verb-subject order: «وقد زار وزير الخارجية العماني سوريا» (a headline's subject comes first: «خادم
        # الحرمين يهنئ رئيس تشاد»)
        src = next((m for m in agents if kind(m) == "person" and h.span.end <= m.span.start < nxt
                    and _titled_subject(article.text, h.span.end, m.span.start)), None)
    # a visitor is a person or a state; a message may also come from a body («الكرملين»)
    kinds_order = (("person",), ("country",)) if ev.type == "visit" else (("person",), ("organization",),
                                                                          ("country",))
    # (a message's sender is never named after «إلى»: those are its recipients — «سلمت بعثة السعودية … رسالة
    # عاجلة إلى رئيس مجلس الأمن الدولي والأمين العام للأمم المتحدة»)
    to = TO.search(article.text, h.span.end, nxt) if ev.type == "message" else None
    sender_end = to.start() if to is not None else nxt
    # (a message's sender is not the one it is sent to: «إلغاء الاجتماع مع كيم، عبر رسالة بعث بها إلى زعيم
    # كوريا الشمالية»)
    sent_to = {m.actor_id for m in agents if ev.type == "message" and h.span.end <= m.span.start < nxt
               and (word_before(article.text, m.span.start) == "الي" or addressee_marked(article.text, m.span.start))}
    for kinds in kinds_order:
        if src is not None:
            break
        if kinds == ("country",) and ev.type == "visit" and h.value.pos == "noun":
            # «وأكد وزير الخارجية التركي، أن … (روسيا)، وكشف أنه يخطط لزيارة واشنطن»: a visit noun whose window
            # names no person is the sentence's subject's, named before the window, rather than a state of it
            src = _sentence_subject(article, sent, h)
            if src is not None:
                break
        before = [m for m in agents if kind(m) in kinds and m.span.end <= h.span.start and m.actor_id not in sent_to]
        # (not a person after «من», of a phrase describing the subject: «يتوجه زعيم الحزب، المستهدف من أردوغان،»)
        # (a visitor named after a verb comes before where it goes: «وصل إلى سنغافورة … في إشارة إلى أن اجتماع
        # القمة مع الرئيس الأميركي» names no visitor)
        after = [m for m in agents if kind(m) in kinds and h.span.end <= m.span.start < sender_end
                 and (ev.type != "visit" or word_before(article.text, m.span.start) != "من"
                      and not _trigger_between(others, h.span, m.span))
                 and not (ev.type == "visit" and h.value.is_verb and TO.search(article.text, h.span.end, m.span.start))]
        if kinds == ("country",) and ev.type == "visit" and h.value.is_verb:
            # a state visits only as the verb's subject («وصلت الولايات المتحدة»), not as any state of the
            # clause («البضائع تصل إلى العراق عن طريق الكويت»)
            before = [m for m in before if words_between(article.text, m.span.end, h.span.start) <= 1]
            after = [m for m in after if words_between(article.text, h.span.end, m.span.start)
                     <= (2 if m.form == "nisba" else 1)]  # («وصل وفد دبلوماسي أمريكي»)
        if h.value.pos == "noun" and len(before) > 1 and h.span.of(article.text).endswith(("ه", "ها", "هم", "هما")):
            # «قد يقوم وزير الخارجية الأميركي بإصلاح … وشرح سياسة الرئيس ترمب … أثناء زيارته»: the owner of the
            # noun's pronoun is not a genitive of another noun (a word ending in «ة» is no verb)
            owners = [m for m in before if not _construct_genitive(article, m, lexicons())]
            before = owners or before
        if h.value.pos == "noun" and ev.type == "visit" and len(before) > 1 \
                and word_before(article.text, h.span.start) in lexicons().anaphoric_before:
            before = _before_with(article.text, before, sent.start, h.span.start)
        if ev.type == "visit" and kinds == ("person",):
            # «وفد برئاسة خالد مشعل، ويضم موسى أبو مرزوق، قد زار»: the delegation's head visits, not its members
            head = next((m for m in before if _delegation_head(article, m)), None)
            before = [m for m in before if head is None or m.span.start <= head.span.start]
        src = before[-1] if before else (after[0] if after else None)
        if src is not None and not before and kinds == ("country",) and ev.type == "visit" and any(
                m.span.start > src.span.end and COORDINATED.fullmatch(article.text[src.span.end : m.span.start])
                and kind(m) in ("country", "place") for m in ms):
            src = None  # «أن يزور فيليب إسرائيل والأراضي الفلسطينية», «حيث تزور غانا وملاوي»: destinations, not a
            break  # visitor (the visitor is the verb's unrecognised or unsaid subject)
    if src is None and ev.type == "visit":
        src = _delegation_body(article, ms, sent.start, nxt)
    if src is None:
        return True
    ev.source = [governed_ref(article, src)]
    after = [m for m in agents if kind(m) in ("person", "organization") and h.span.end <= m.span.start < nxt
             and m.span.start != src.span.start]
    if ev.type == "message" and h.value.is_verb:
        # «بعث الملك سلمان، ونائبه الأمير محمد بن نايف، برقيتي تهنئة لرئيس …»: the recipients follow the cable;
        # who is named between the verb and it sends one too
        noun = next((o for o in others if h.span.end <= o.start < nxt), None)
        if noun is not None:
            after = [m for m in after if m.span.start >= noun.end]
    if ev.type == "message":
        # (not who published it: «الرسالة التي نشرها البيت الأبيض»)
        after = [m for m in after if word_before(article.text, m.span.start) not in lexicons().publishing_verbs]
        # a body addressed after «إلى» receives it too («رسالة عاجلة إلى مجلس الأمن الدولي»), though «إلى» makes
        # a body a mere place elsewhere
        addressed = [m for m in ms if h.span.end <= m.span.start < nxt and kind(m) == "organization"
                     and article.actors[m.actor_id].sector != "media"
                     and word_before(article.text, m.span.start) == "الي"
                     and TO.search(article.text, h.span.end, m.span.start)]
        after = sorted({id(m): m for m in after + addressed}.values(), key=lambda m: m.span.start)
        targets = [m for m in after if m.actor_id != src.actor_id]
        if h.value.pos == "noun":
            # (a noun's recipient is addressed or follows it closely, not «رسالة بيونغ يانغ بعد يوم من تحذير يوكيا
            # أمانو»)
            kept: list[Mention] = []
            for m in targets:  # (each recipient of a coordinated list: «للملك عبدالله الثاني وولي عهده …»)
                if addressee_marked(article.text, m.span.start) or TO.search(article.text, h.span.end, m.span.start) \
                        or words_between(article.text, h.span.end, m.span.start) <= NOUN_RECIPIENT_WORDS \
                        or kept and COORDINATED.match(article.text[kept[-1].span.end : m.span.start]) \
                        and words_between(article.text, kept[-1].span.end, m.span.start) <= NOUN_RECIPIENT_WORDS:
                    kept.append(m)
            targets = kept
        if h.value.pos == "verb_wish" and (not targets or not addressee_marked(article.text, targets[0].span.start)):
            return True
        ev.target = [ref(article, m) for m in distinct(article, targets)[:3]]
        return True
    # visit: the destination is the first place or country after the trigger (after «إلى» when present), or a
    # building of the state there («وصل رئيس كوريا الجنوبية إلى البيت الأبيض»: Washington)
    kb = load_kb()
    seats = kb.seat_of
    places = [m for m in ms if m.span.start >= h.span.end and m.span.start < nxt and m.form in ("name", "metonym")
              and (article.actors[m.actor_id].kind in ("place", "country") or m.actor_id in seats)]
    # (not where another contact goes, the first place after its trigger: «زار المنطقة ورفض زيارة دمشق»; not «توجه فور
    # انتهاء زيارته إلى الإمارات إلى دولة الكويت», whose second place is this journey's)
    theirs = {id(next(m for m in places if m.span.start >= o.end)) for o in others
              if h.span.end <= o.start and any(m.span.start >= o.end for m in places)}
    places = [m for m in places if id(m) not in theirs]
    # (not a relation's other side: «بزيارة الى الحدود الشمالية مع لبنان»)
    places = [m for m in places if not (word_before(article.text, m.span.start) == "مع" and after_relation(
        article.text, article.text.rfind("مع", 0, m.span.start), lexicons().relation_nouns))]
    # (nor where the visitor comes from: «في زيارة لافتة لرجل دين مسيحي من الفاتيكان»; not the whole of a
    # part gone to: «زيارة إلى الشطر الشمالي من قبرص»)
    # («زار … كلا من الصين وتركيا»: a list)
    places = [m for m in places if word_before(article.text, m.span.start) != "من"
              or TO.search(article.text, h.span.end, m.span.start) is not None
              or _EACH_OF.search(article.text, max(0, m.span.start - 12), m.span.start) is not None]
    src_country = article.actors[src.actor_id].country
    cue_word = h.span.of(article.text)
    antecedent = _resumed_place(article, h, ms)
    if antecedent is not None:  # «قادما من مصر التي زارها», «الإمارات التي وصلها»: the place the clause is about
        places = [antecedent]
    elif _verb_in(cue_word, lexicons().arrival_verbs):
        # «وصل … إلى» reaches somewhere: a visit only when a place closely follows «إلى» («وصل المعلم، مساء
        # الإثنين، إلى العاصمة العمانية، مسقط»), not a figure («تصل إلى 19 مليونا»)
        to = TO.search(article.text, h.span.start, min(nxt, h.span.end + ARRIVAL_REACH))
        while to is not None and any(0 <= to.start() - o.end <= VISIT_TO_GAP for o in others):
            # «توجه فور انتهاء زيارته إلى الإمارات إلى دولة الكويت»: that «إلى» is the other visit's
            to = TO.search(article.text, to.end(), min(nxt, to.end() + ARRIVAL_REACH))
        if to is None:
            # «وقد وصل ولي العهد السعودي للولايات المتحدة، الأحد»: a destination glued to «لـ» (not after «توجه»:
            # «اتهامات التي توجهها للسعودية» are addressed), or the verb's object right after it or its subject
            # («وكان الأمير وليام قد وصل الأردن يوم الأحد»)
            # (an intransitive «يتوجه» may travel so: «يتوجه وزير الكهرباء العراقي …، للسعودية هذا الأسبوع»)
            addressed = _verb_in(cue_word, lexicons().addressing_verbs) and (
                article.text[h.span.end : h.span.end + 1].isalpha() or not h.value.is_verb)
            places = [m for m in places if not addressed
                      and m.span.start - h.span.end <= ARRIVAL_REACH
                      and (_glued_to_la(article.text, m.span.start) or h.value.is_verb and (
                          m.span.start - h.span.end <= 1 or any(
                              s.actor_id == src.actor_id and s.span.start >= h.span.end
                              and 0 <= m.span.start - s.span.end <= 1 for s in ms)))][:1]
            reached = places[0].span.start if places else h.span.end
        elif _NUMBER_NEXT.match(article.text, to.end()):
            return False
        else:
            reached = to.start()
            places = [m for m in places if m.span.start >= to.end() and _reached(article.text, to.end(), m.span.start,
                                                                            h.value.is_verb)]
        if _verb_in(cue_word, lexicons().addressing_verbs) and any(
                match_key(t.group()).startswith("ب") and match_key(t.group()) not in _NAME_LINKS
                and not any(m.span.start <= t.start() < m.span.end for m in ms)
                for t in WORDS.finditer(article.text, h.span.end, reached)):
            return False  # «وتوجه الجبير بالشكر إلى …»: thanks, no journey (not «بن» of a name)
        if not places:
            return False
    if h.value.pos == "noun" and word_before(article.text, h.span.start) in FRAMING:
        # «التقى شي … في شمال شرق الصين خلال زيارة مفاجئة لكيم»: a visit that frames the clause goes where
        # the clause took place
        places += [m for m in reversed(ms) if m.span.end <= h.span.start and m.form in ("name", "metonym")
                   and article.actors[m.actor_id].kind in ("place", "country")]
    if h.value.pos == "noun" and definite_word(article.text, h.span):
        # «مصادر مواكبة للزيارة أن محادثات ولي العهد ستركز على … الحرب في اليمن»: the visit told before;
        # a place not introduced by «إلى/لـ» is not its destination
        places = [m for m in places if m.span.end <= h.span.start
                  or TO.search(article.text, h.span.end, m.span.start)
                  or article.text[m.span.start - 1 : m.span.start] == "ل"]
    dest = _destination(article, places, src_country)
    if dest is None and h.value.pos == "noun" and src.span.end <= h.span.start:
        # «التقى بومبيو … كيم جونغ أون، خلال زيارة سرية إلى بيونغيانغ»: the host named last is no visitor to his
        # own country; the visitor is named before him
        for m in reversed([m for m in agents if kind(m) == "person" and m.span.end <= src.span.start
                           and m.actor_id != src.actor_id]):
            dest = _destination(article, places, article.actors[m.actor_id].country)
            if dest is not None:
                ev.source = [ref(article, m)]
                break
    if dest is None and h.value.pos == "noun":
        # «سيقود وفدا … إلى كوريا الجنوبية في زيارة تستمر …»: the place «إلى» names right before «في زيارة»
        before = [m for m in ms if m.form in ("name", "metonym") and m.span.end <= h.span.start
                  and article.actors[m.actor_id].kind in ("place", "country")
                  and words_between(article.text, m.span.end, h.span.start) <= 1
                  and TO.search(article.text[max(0, m.span.start - 5) : m.span.start]) is not None]
        dest = _destination(article, before[-1:], src_country)
    if dest is None and _TO_THE_COUNTRY.search(article.text, max(h.span.end, src.span.end),
                                               min(nxt, max(h.span.end, src.span.end) + THE_COUNTRY_REACH)):
        # «زيارة الرئيس الصيني شي جين بينغ للبلاد»: the country the article is about, the visitor's aside
        home = article_country(article, src_country)
        dest = (home, None) if home else None
    if dest is None and h.value.pos == "noun":
        dest = _received_before(article, events, ref(article, src).name, src_country)
    host = visited_host(article, h, agents, src, nxt) if dest is None else None
    if host is not None:  # «كما زار الرئيس المصري نظيره الروسي في فبراير 2015»: the person visited for his state
        dest = (article.actors[host.actor_id].country, None)
    if dest is not None:
        ev.target, ev.location = [ActorRef(name=dest[0], country=dest[0], kind="country")], dest[1]
    return True


def _resumed_place(article: Article, h: Hit, ms: list[Mention]) -> Mention | None:
    """«وصل إلى لندن قادما من مصر التي زارها», «قام بأول زيارة خارجية إلى الصين التي زارها»: a visit verb whose
    object pronoun resumes the place a relative pronoun right before it qualifies; that place is where it went."""
    if not h.value.is_verb or not _OBJECT_PRONOUN.match(article.text, h.span.end):
        return None
    rel = _RELATIVE_BEFORE.search(article.text, max(0, h.span.start - 12), h.span.start)
    if rel is None:
        return None
    return next((m for m in ms if 0 <= rel.start() - m.span.end <= 2 and m.form in ("name", "metonym")
                 and article.actors[m.actor_id].kind in ("place", "country")), None)


_OBJECT_PRONOUN = re.compile(r"(?:ها|ه|هم|هما)(?![^\W\d_])")  # glued right after a verb cue: its object
_RELATIVE_BEFORE = re.compile(r"(?<![^\W\d_])(?:التي|الذي)\s+$")


def _received_before(article: Article, events: list[Event], visitor: str,
                     home: str | None) -> tuple[str, str | None] | None:
    """«استقبل الرئيس الأميركي … المستشارة الألمانية … بالبيت الأبيض» … «وتأتي زيارة المستشارة الألمانية»: a
    visit noun that names no place goes to the state of the one person who met the visitor in the contact told
    last, where they met, when that is not outside the person's state (not «استقبل بوتين ولي عهد أبوظبي في موسكو»
    … «زيارة بوتين»; a place only the trigger implies, «بالبيت الأبيض», is no article place to check)."""
    for e in reversed(events):
        if e.type != "meeting" or visitor not in {p.name for p in e.participants}:
            continue
        hosts = [p for p in e.participants if p.kind == "person" and p.country and p.country != home
                 and p.name != visitor]
        if len(hosts) != 1 or len(e.participants) != 2 or not e.location:
            return None
        return (hosts[0].country, e.location) if located_in(article, e.location, hosts) else None
    return None


def _construct_genitive(article: Article, m: Mention, lex: Lexicons) -> bool:
    """The mention, with the title right before its name, follows a noun in the construct state («سياسة
    الرئيس #دونالد_ترمب», «حكومة نتنياهو»): a word ending in «ة» without the article (no verb, no adjective of a
    title: «للشئون الخارجية طارق فاطمي»), and no honorific («سعادة السفير»)."""
    start = m.span.start
    for t in sorted((t for t in article.mentions if t.actor_id == m.actor_id and t.span.end <= start),
                    key=lambda t: -t.span.end):
        if start - t.span.end <= 2:
            start = t.span.start
    word = original_word_before(article.text, start)
    if not word.endswith("ة"):
        return False
    return not match_key(word).startswith(("ال", "وال", "بال", "لل", "فال", "كال")) \
        and lex.state_title_word.fullmatch(word) is None


def _reached(text: str, start: int, place: int, verb: bool) -> bool:
    """The place an arrival's «إلى» reaches: a few words on after a verb («وصل إلى العاصمة العمانية، مسقط»), the
    place itself or a place noun after the noun («وصوله إلى #سنغافورة», «وصولها إلى مطار القاهرة»; not «وصوله إلى
    مستشفى الأمل بالحديدة»)."""
    words = [w for w in _TOKENS.findall(text, start, place) if w != "#"]
    if verb:
        return len(words) <= TO_WORDS
    return not words or len(words) == 1 and match_key(words[0]) in lexicons().arrival_places


def _glued_to_la(text: str, start: int) -> bool:
    """The mention opens after «لـ/للـ» glued to it («للولايات المتحدة», «لمصر»), not with a «ل» of its own
    («لبنان»)."""
    opened = word_start(text, start)
    return 0 < start - opened <= 2 and text[opened] == "ل"


def _verb_in(phrase: str, verbs: frozenset[str]) -> bool:
    """The phrase's first word, with or without a leading «و/ف», is one of ``verbs`` («وصلت» is a verb of its own,
    not «و» + «صلت»)."""
    words = match_key(phrase).split()
    return bool(words) and (words[0] in verbs or first_word(phrase) in verbs)


VISIT_TO_GAP = 1  # characters between another visit cue and the «إلى» it governs («زيارته إلى»)
_TO_THE_COUNTRY = re.compile(r"(?<![^\W\d_])(?:للبلاد|البلاد)(?![^\W\d_])")  # (also after «إلى»)
THE_COUNTRY_REACH = 30  # characters after the visitor in which «للبلاد» is sought


def article_country(article: Article, other_than: str | None) -> str | None:
    """The country the article names most often, itself or through its people and bodies (the visitor's own
    aside): «البيت الأبيض … إن الملك عبد الله والملكة رانيا سيزوران البلاد» is the United States."""
    counts = Counter((a.name if a.kind == "country" else a.country) for a in (
        article.actors[m.actor_id] for m in article.mentions if m.actor_id in article.actors)
        if a.kind == "country" or a.country)
    counts.pop(other_than, None)
    return counts.most_common(1)[0][0] if counts else None


def visited_host(article: Article, h: Hit, agents: list[Mention], src: Mention, nxt: int) -> Mention | None:
    """The person a visit verb takes as its object right after its subject («زار الرئيس المصري نظيره الروسي»),
    of another state than the visitor's: the visit goes to his state and is a meeting with him too."""
    if not h.value.is_verb:
        return None
    start = max(h.span.end, src.span.end)
    host = next((m for m in agents if article.actors[m.actor_id].kind == "person" and start <= m.span.start < nxt),
                None)
    if host is None or words_between(article.text, start, host.span.start) != 0:
        return None
    home = article.actors[host.actor_id].country
    return host if home and home != article.actors[src.actor_id].country else None


_EACH_OF = re.compile(r"(?<![^\W\d_])[لب]?(?:كلا|كلاً|كل)\s+من\s*$")


def _destination(article: Article, places: list[Mention], src_country: str | None) -> tuple[str, str | None] | None:
    """The country a visitor from ``src_country`` goes to, the first of ``places`` in another state, and the
    place of the visit (its city)."""
    for m in places:
        country, city = _state_of(article, m)
        if country and country != src_country:
            return country, city or city_of(article, country)
    return None


def _state_of(article: Article, m: Mention) -> tuple[str | None, str | None]:
    """The state a place or state mention stands in, and its city when it names one (a body by its seat: «البيت
    الأبيض» is in Washington, D.C.; a city-state is its own city: «وصوله إلى سنغافورة»)."""
    kb = load_kb()
    a = kb.actors[kb.seat_of[m.actor_id]] if m.actor_id in kb.seat_of else article.actors[m.actor_id]
    city = a.kind == "place" or a.kind == "country" and a.name in lexicons().city_states
    return (a.name if a.kind == "country" else a.country), (a.name if city else None)


_CARRY = re.compile(r"(?<![^\W\d_])[وف]?حم\u0651?له\u0651?(?:ا|م|ما)?[\s\u00a0]*(?:-[^-–]*[-–][\s\u00a0]*)?$")
# «وحمّله»: he had him carry (an eulogy may follow: «حمله -رعاه الله – تحياته»)


def relayed_greetings(article: Article, ev: Event, h: Hit, agents: list[Mention], nxt: int, sent: Span) -> bool:
    """«ونقل كارتر لخادم الحرمين تحيات الرئيس أوباما», «طلب السيسي نقل تحياته إلى خادم الحرمين»: greetings
    someone carries are a message from the one whose greetings they are to the one they are carried to. The
    sender follows the noun, or is the clause's subject when the noun carries his pronoun («تحياته»); the
    recipients follow «إلى/لـ», or carry «لـ» before the noun. Greetings whose ends the text leaves to pronouns
    («نقل لهم تحيات الوزير») are no message the parties of which it names (greetings given back, «حمله تحياته
    له», are :func:`returned_greetings`)."""
    text = article.text
    people = [m for m in agents if article.actors[m.actor_id].kind in ("person", "country")]
    # «تحياته», «تحياتها»: the noun carries its owner's pronoun (as the trigger, or glued after it)
    own = text[h.span.end : h.span.end + 1].isalpha() or not match_key(h.span.of(text)).endswith("ت")
    if own:
        # the clause's subject: the nearest person before the noun who is not an object («ورحب أمير الكويت بالأمير
        # نواف … وحمّله تحياته»)
        before = [m for m in people if sent.start <= m.span.start and m.span.end <= h.span.start
                  and not object_marked(text, word_start(text, m.span.start), m.span.start)
                  and not addressee_marked(text, m.span.start)]
        persons = [m for m in before if article.actors[m.actor_id].kind == "person"]
        if _CARRY.search(text, max(sent.start, h.span.start - 12), h.span.start) and persons:
            # «استقبل ولي ولي العهد حمّله تحياته»: the nearest is the carrier, «ـه»
            persons = [m for m in persons if m.actor_id != persons[-1].actor_id]
        sender = persons[-1] if persons else (before[-1] if before else None)  # not «في بلده الكويت»
        after_sender = h.span.end
    else:
        sender = next((m for m in people if 0 <= m.span.start - h.span.end <= GENITIVE_REACH
                       and words_between(text, h.span.end, m.span.start) <= 2
                       and not object_marked(text, h.span.end, m.span.start)), None)
        after_sender = sender.span.end if sender is not None else h.span.end
    if sender is None:
        return False
    sender_name = article.actors[sender.actor_id].name
    # «لخادم الحرمين» between the carrier and the noun; «إلى أخيه خادم الحرمين …، وأخيه …» after the sender
    to = TO.search(text, after_sender, nxt)
    ahead = [m for m in people if h.span.end <= m.span.start < nxt and m.span.start >= after_sender
             and (addressee_marked(text, m.span.start) or (to is not None and m.span.start > to.start()))]
    glued = [m for m in people if sent.start <= m.span.start < h.span.start and addressee_marked(text, m.span.start)
             and words_between(text, m.span.end, h.span.start) <= 8]
    recipients = [m for m in distinct(article, glued[-1:] + ahead) if article.actors[m.actor_id].name != sender_name]
    if any(article.actors[m.actor_id].kind == "person" for m in recipients):
        recipients = [m for m in recipients if article.actors[m.actor_id].kind == "person"]
    if not recipients:
        return False
    ev.source, ev.target = [ref(article, sender)], [ref(article, m) for m in recipients[:3]]
    return True


def returned_greetings(article: Article, ev: Event, h: Hit, sent: Span, events: list[Event]) -> bool:
    """«ونقل كارتر لخادم الحرمين تحيات الرئيس أوباما، فيما حمله … تحياته له»: greetings given back to the carrier
    of the sentence's greetings go the other way, from their recipient to their sender."""
    if not _CARRY.search(article.text, max(sent.start, h.span.start - 30), h.span.start) \
            or not _BACK_TO.match(article.text, h.span.end):
        return False
    told = next((e for e in reversed(events) if e.type == "message" and e.source and len(e.target) == 1
                 and any(sent.contains(sp) for sp in e.evidence)), None)
    if told is None:
        return False
    ev.source, ev.target = list(told.target), list(told.source)
    return True


GENITIVE_TITLE_WORDS = 6  # words of a sender's title between a received message and the sender's name
GENITIVE_SENDER_REACH = 60  # … and characters
_BACK_TO = re.compile(r"[\s\u00a0]*(?:له|لها|إليه|اليه|إليها)(?![^\W\d_])")  # «تحياته له»


def _received_from(article: Article, ev: Event, h: Hit, agents: list[Mention]) -> bool:
    """«الذي تسلم من الجنرال كيم يونغ شول رسالة من كيم جونغ أون»: the party right after «من» (or the noun's
    genitive: «تلقى X تهنئة السفير الأميركي … جوزيف ويستفال») sent the message; the subject of the receiving
    verb before it (named before the verb, or right after it) got it."""
    frm = _FROM_NEXT.match(article.text, h.span.end)
    start = frm.end() if frm is not None else h.span.end
    # the sender right after «من», through an honorific or title («من الدكتور بدران العمر»; a genitive sender
    # through his title and its nisba)
    named = [m for m in agents if frm is not None or m.form != "nisba"]
    reach = SENDER_REACH if frm is not None else GENITIVE_SENDER_REACH
    sender = next((m for m in named if start <= m.span.start <= start + reach
                   and not any(o is not m and start <= o.span.start < m.span.start for o in named)), None)
    if frm is None:
        if sender is None:
            return False
        gap = WORDS.findall(article.text, h.span.end, sender.span.start)
        # (the genitive follows the noun: not «رسالة إلى …», «تهنئة لـ …»)
        if object_marked(article.text, h.span.end, sender.span.start if not gap else h.span.end + 1 + len(gap[0])) \
                or (gap and match_key(gap[0]) in _name_cues().prepositions):
            return False
        # (through the sender's title: «تهنئة السفير الأميركي لدى المملكة جوزيف ويستفال»)
        head = match_key(gap[0]) if gap else ""
        if len(gap) > 2 and not (len(gap) <= GENITIVE_TITLE_WORDS
                                 and (head in _guest_heads() or head.removeprefix("ال") in _guest_heads())):
            return False
    verbs = list(lexicons().receiving.finditer(article.text, max(0, h.span.start - 120), h.span.start))
    verb = verbs[-1] if verbs else None  # the nearest before the noun
    if sender is None or verb is None:
        return False
    persons = [m for m in agents if article.actors[m.actor_id].kind == "person" and m.actor_id != sender.actor_id]
    before = [m for m in persons if m.span.end <= verb.start()]
    # the subject right after the verb, through an honorific («تلقى الأمير سلطان بن سلمان …»)
    # (or through a chain of state titles: «تلقى صاحب السمو الملكي الأمير محمد بن نايف … برقية من»)
    after = [m for m in persons if verb.end() <= m.span.start < h.span.start
             and (words_between(article.text, verb.end(), m.span.start) <= 2
                  or not lexicons().state_title_word.sub("", article.text[verb.end():m.span.start]).strip())
             and not FROM_WORD.search(article.text, verb.end(), m.span.start)]  # not the carrier «من X»
    receiver = after[0] if after else (before[-1] if before else None)
    if receiver is None:
        return False
    ev.source, ev.target = [ref(article, sender)], [ref(article, receiver)]
    return True
