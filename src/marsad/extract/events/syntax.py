"""Word-level checks the event rules share: what stands right before or after a cue or a name, in the original
text or as match keys (prepositions, titles, clause openings)."""

from __future__ import annotations

import re

from marsad.extract.common import clause_start
from marsad.extract.events.lexicons import Lexicons, lexicons
from marsad.kb.loader import load_kb
from marsad.model import ActorRef, Article, Mention, Span
from marsad.text.normalize import match_key


def key_before(text: str, start: int, reach: int, floor: int = 0) -> str:
    """The match keys of the ``reach`` characters before ``start`` (not before ``floor``): where a phrase that ends
    right before a cue or a name is sought («قبل ساعات من», «بحثا فيها», «صاحب السمو»)."""
    return match_key(text[max(floor, start - reach) : start])


def sentence_of(article: Article, span: Span) -> Span | None:
    """The sentence that holds ``span``."""
    return next((x.span for x in article.sentences if x.span.contains(span)), None)


def state_titled(article: Article, m: Mention, lex: Lexicons) -> bool:
    """A state title or honorific right before the mention («صاحب السمو الملكي الأمير فيصل بن بندر»)."""
    return lex.state_title.search(key_before(article.text, m.span.start, STATE_TITLE_REACH)) is not None


_APPOSITION_GAP = re.compile(r"[\s\u00a0]*[،,]?[\s\u00a0]*")


def state_titled_after(article: Article, m: Mention, lex: Lexicons) -> bool:
    """A state title right after the name, in apposition («ماجد الحقيل وزير الإسكان»، «…، سفير المملكة»)."""
    gap = _APPOSITION_GAP.match(article.text, m.span.end)
    title = lex.state_title_word.match(article.text, gap.end())
    return title is not None and gap.end() > m.span.end


def foreign_official(article: Article, start: int, lex: Lexicons) -> bool:
    """A state title with a nationality earlier in the clause of the name, the office told in between («توجه
    الوزير الروسي المكلف تنمية الشرق الأقصى ألكسندر غالوشكا»): a state's official, not a local one («محافظ الرس»)."""
    text = article.text
    title = lex.state_title_word.search(text, clause_start(text, start, TITLE_CLAUSE_REACH, "،,.:؛\n"), start)
    return title is not None and any(m.form == "nisba" and title.end() <= m.span.start < start
                                      for m in article.mentions)


def ref(article: Article, m: Mention) -> ActorRef:
    a = article.actors[m.actor_id]
    kind = {"organization": "organization", "country": "country", "place": "place"}.get(a.kind, "person")
    return ActorRef(name=a.name, country=a.country if a.kind != "country" else a.name, kind=kind, actor_id=a.id)


def governed_ref(article: Article, m: Mention) -> ActorRef:
    """``ref``, with a capital standing for its state and a seat for its body («بطلب من موسكو», «زار البيت
    الأبيض»)."""
    kb = load_kb()
    governed = kb.metonym_of.get(m.actor_id)
    if governed is None:
        return ref(article, m)
    a = kb.actors[governed]
    return ActorRef(name=a.name, country=a.name if a.kind == "country" else a.country, kind=a.kind, actor_id=a.id)


_ASKED_THROUGH = re.compile(r"(?<![^\W\d_])(?:(?:إلى|الى|عقد|بعقد|لعقد)[\s\u00a0]+[\"«“]?|ل)$")  # («لاجتماع»)
ASKED_WORDS = 8  # words from a verb of asking to the contact it asks for («طلبت روسيا من مجلس الأمن الدولي عقد اجتماع»)


def asking_verb(text: str, start: int, lex: Lexicons) -> re.Match[str] | None:
    """The verb of asking that governs the contact noun at ``start`` (``lex.ask_verbs``, ``lex.call_verbs``):
    any of them a few words back in its clause, through «إلى» or «عقد» right before the noun («ودعت روسيا إلى
    اجتماع عاجل»); a verb of asking for, also with the noun as its object, its subject at most between («روسيا
    تطلب اجتماعا», «طلبت تركيا اجتماعا»)."""
    clause = clause_start(text, start, 80, "،,.:؛\n")
    through = _ASKED_THROUGH.search(text, max(clause, start - 8), start) is not None
    for back, w in enumerate(reversed(list(WORDS.finditer(text, clause, start))[-ASKED_WORDS - 1 :])):
        key = match_key(w.group()).removeprefix("و").removeprefix("ف")
        if key in lex.call_verbs and through or key in lex.ask_verbs and (through or back <= 1):
            return w
    return None


STATE_TITLE_REACH = 40  # characters before a name in which its state title is sought
TITLE_CLAUSE_REACH = 70  # characters before an unknown person's name in which a state title is sought
WORDS = re.compile(r"[^\W\d_]+")
RELATIVE = re.compile(r"(?<![^\W\d_])(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان)(?![^\W\d_])")
CLAUSE_STOP = re.compile(r"[،,.:؛\n]")  # punctuation that ends a clause
WITH_WORD = re.compile(r"(?<![^\W\d_])مع(?![^\W\d_])")  # «مع» as a whole word
FRAMING = frozenset({"خلال", "اثناء"})  # «خلال زيارة …», «خلال محادثة هاتفية»: an act framing its clause


def lies_between(o: Span, a: Span, b: Span) -> bool:
    """``o`` lies between ``a`` and ``b``: a date past another contact's trigger is that contact's («الاتصال
    عبر الفيديو … بالمفاوضات التي ستجرى في الفترة 10 ــ 12 يناير»)."""
    lo, hi = (a, b) if a.start <= b.start else (b, a)
    return lo.end <= o.start and o.end <= hi.start


_WORD_BEFORE = re.compile(r"([\u0621-\u064a]+)[\s\u00a0]*$")
TO = re.compile(r"(?<![^\W\d_])(?:إلى|الى)(?![^\W\d_])")
FROM_WORD = re.compile(r"(?<![^\W\d_])من(?![^\W\d_])")


def first_word(phrase: str) -> str:
    w = match_key(phrase).split()[0] if phrase.strip() else ""
    return w[1:] if len(w) > 3 and w[0] in "وف" else w


def words_between(text: str, start: int, end: int) -> int:
    return len(WORDS.findall(text, start, end)) if end > start else 0


def addressee_marked(text: str, start: int) -> bool:
    """The mention at ``start`` carries the «ل» of an addressee («لنظيره», «للرئيس»)."""
    return start > 0 and text[start - 1] == "ل"


def word_start(text: str, pos: int) -> int:
    """Where the word ``pos`` is in starts: a cue's hit leaves its clitics out («الاستقبال» is hit at «استقبال»)."""
    while pos > 0 and text[pos - 1].isalpha():
        pos -= 1
    return pos


def next_word_start(text: str, pos: int) -> int:
    """Past the spaces at ``pos``."""
    while pos < len(text) and text[pos] in " \u00a0":
        pos += 1
    return pos


def word_end(text: str, pos: int) -> int:
    """Where the word ``pos`` is in ends: a cue's hit may leave its pronoun out («استقباله» is hit at «استقبال»)."""
    while pos < len(text) and text[pos].isalpha():
        pos += 1
    return pos


def definite_word(text: str, span: Span) -> bool:
    """Whether the word the cue is part of is definite («الزيارة», «للزيارة», «وبالزيارة»)."""
    word = match_key(text[word_start(text, span.start) : span.end])
    word = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    return word.startswith(("ال", "لل", "بال", "كال"))


def after_relation(text: str, start: int, relation_nouns: frozenset[str]) -> bool:
    """A relation noun in the two words before ``start`` («العلاقات بين», «العلاقات الثنائية بين», «الحدود مع»):
    what follows is the relation's other side, the topic of a contact, not its party."""
    before = word_before(text, start)
    if before in relation_nouns:
        return True
    m = _WORD_BEFORE.search(text, max(0, word_start(text, start) - 24), word_start(text, start))
    return m is not None and word_before(text, m.start(1)) in relation_nouns


def word_before(text: str, start: int) -> str:
    """The word before the one ``start`` is in (match keys, without «و»)."""
    return match_key(original_word_before(text, start)).removeprefix("و")


def original_word_before(text: str, start: int) -> str:
    """The word before the one ``start`` is in, as written («سياسة», not its key «سياسه»)."""
    start = word_start(text, start)
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return m.group(1) if m else ""


def object_marked(text: str, start: int, end: int) -> bool:
    """Whether a preposition («ل», «إلى», «مع», «من», «ب») introduces the words between ``start`` and ``end``
    (the person's own mention starts at ``end``). A «ل» glued to the person right after a visit marks the
    visitor, not the visited («الزيارة المقتضبة للأمير السعودي إلى فرنسا», «زيارة لوزير الخارجية»)."""
    words = text[start:end].split()
    if words and words[-1] in ("ل", "لل"):
        words = words[:-1]
    return any(w.startswith("ل") or w in ("إلى", "الى", "مع", "من") for w in words) or (
        end > 0 and text[end - 1] == "ب")


def dist(a: Span, b: Span) -> int:
    return b.start - a.end if a.end <= b.start else a.start - b.end if a.start >= b.end else 0


def distinct(article: Article, ms: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for m in ms:
        name = article.actors[m.actor_id].name
        if name not in seen:
            seen.add(name)
            out.append(m)
    return out


def mentions_from(ms: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in ms if start <= m.span.start < end]


# a reception or a farewell («استقبال», «وداعه»: match keys), with the guest as a pronoun (group 2)
RECEPTION = re.compile(r"(استقبال|وداع)(ه|ها|هم|هما)?$")
COMPLEMENTIZER = re.compile(r"(?<![^\W\d_])[وفب]?[أإا]ن(?:ه|ها|هم|هما)?(?![^\W\d_])")  # «أن»، «بأنه»


COORDINATED = re.compile(r"[\s\u00a0،,]*و")  # «… هادي وزعيم الحوثيين …», «ترامب وكيم»: the next of a list


def in_other_clause(text: str, trigger: Span, later: Span) -> bool:
    """A complementizer or a subordinating conjunction («بعدما») opens a clause between the trigger and ``later``
    («القمة، على أن … علاقاتها مع إيران»)."""
    return trigger.end <= later.start and (
        COMPLEMENTIZER.search(text, trigger.end, later.start) is not None
        or lexicons().subordinators.search(text, trigger.end, later.start) is not None)
