"""Stage: direct quotes (GUIDELINES §4) with their speakers.

A quotation («…», “…”, "…") is a direct quote when a speech cue attributes it:

* the cue comes before it in the same sentence and the quotation is the cue's whole complement («قال بيسكوف:
  "…"», «وأضاف أن "…"») — any length — or words embedded in the reported speech the cue governs (then at
  least four words: shorter ones are labels and scare quotes);
* an attribution follows it («"…"، قال بيسكوف», «"…"، وفقا لوكالة سانا»);
* a line gives the speaker before a colon («الكرملين: "…"»);
* it fills a paragraph right after a paragraph that ended with a quote (the speaker goes on).

The speaker is resolved from the entity stage's mentions with Arabic word order in mind: the subject right
after the cue (VSO, with appositions: «المتحدث باسم الكرملين، دميتري بيسكوف،»), else the subject that opens
the cue's clause (SVO: «بأن بوتين أشار»), else — for a cue without a subject («وأضاف»، «مؤكدا») — the subject
of the sentence's main verb or of the previous sentences. An unnamed official, source or statement speaks
for its organization. Objects (after a preposition or «لـ») never speak; an explicit subject the entity
stage could not resolve gives no quote rather than a wrong speaker.

Quotations continue across paragraph and wire breaks; an opening mark that is never closed ends at its
sentence's end. Speed: words are looked up once each (cached key and role bits), tokens are regex matches
over short windows around cues, never over the whole article.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

import ahocorasick

from marsad.extract.common import load_data
from marsad.extract.descriptions import describe
from marsad.kb.knowledge import KnowledgeBase
from marsad.kb.loader import load_kb, multilateral_bodies
from marsad.model import Actor, Article, Mention, Quote, Span
from marsad.pipeline import Stage
from marsad.text.normalize import match_key
from marsad.text.segment import TITLE_ABBREVIATIONS

_MARKS = re.compile(r'[«»“”"]')
_PAIR = re.compile(r'«[^«»“”"\n]*»|“[^«»“”"\n]*”|"[^«»“”"\n]*"')  # a quotation with no other mark inside
_TOKEN = re.compile(r"[\w\u0640\u064b-\u065f\u0670]+|[^\s\w]")
_WORD = re.compile(r"(?:[^\W\d_]|[\u0640\u064b-\u065f\u0670])+|\d+")  # harakat stay inside their word
_STOP = re.compile(r"[.!?؟…](?=\s|$)")
_STOPS = frozenset(".!?؟…;؛")
_QUOTE_CHARS = frozenset('«»“”"')
# «بحسب ما نقلته "…"», «وفق ما أوردت "…"»: the quoted words right after name the medium that reported
_AS_REPORTED_BY = re.compile(
    r"(?<![^\W\d_])(?:ب?حسب|وفق|وفقا|وفقاً|طبقا|طبقاً)[\s\u00a0]+ما[\s\u00a0]+[^\W\d_]+[\s\u00a0]*$")
_DELIMS = frozenset(":،,-–—")
_LINK = frozenset("،,-–—()")  # punctuation a noun phrase may run through (appositions, parentheses)
_MARKS_IN_WORD = frozenset("\u0640" + "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670")
_CLOSERS = {"«": "»", "“": "”", "”": "“", '"': '"'}
MAX_PARAGRAPHS = 4  # a quotation open across more paragraphs than this is an unbalanced mark
MAX_GUILLEMET_PARAGRAPHS = 8  # … except «…», which cannot close a mark it did not open: a cable's text, a memoir
MIN_EMBEDDED_WORDS = 4
_NP_TOKENS = 14  # longest speaker noun phrase scanned
TITLE_BODY_WORDS = 4  # «رئيس المكتب السياسي لحركة حماس»: words from a title's head to the body it serves
DESCRIPTION_WORDS = 3  # definite adjectives between a description («الناقد السينمائي») and its person
BODY_NAME_WORDS = 4  # words from a body noun in a title («لشركة مترو جدة الدكتور») to its holder's name
_TRAIL_GAP = 25  # characters between a closing mark and an attribution after it
_COLON_REACH = 8  # characters before a paragraph in which the colon ending the paragraph before is sought
_PRIOR_SENTENCES = 3  # how far back a subject-less cue looks for its speaker
SUBHEADING_WORDS = 10  # a paragraph this short with no closing punctuation is a subheading
_GAP_WINDOW = 80  # a cue's whole complement follows it closely («قال وزير الخارجية الفرنسي جان إيف لودريان "…"»)
_RELATIVE_GENDER = {"الذي": False, "التي": True}  # (match keys) is the relative pronoun feminine
_ADDRESSEE_WORDS = 4  # «لوكالة الأنباء الألمانية»: the words of a medium a speaker's name may be followed by
_RELAY_WORDS = 6  # «ونقلت وكالة الأنباء الكورية الشمالية الرسمية عن»: the medium's words before «عن»
_WINDOW = 120  # characters scanned around a cue for its subject (never a whole long sentence)
_ADDRESS = re.compile(r"\s*(?:https?://|www\.)\S+\s*|\s*\S+@\S+\.\w+\s*", re.IGNORECASE)  # a web or mail address
_LIST_WORDS = 5  # a quotation this short joined by «و» to the one before it is the next item of a list of names
_TITLE_BEFORE = 50  # characters before a person's name in which the title a bare title refers back to is sought
_NAME_REST = 30  # characters of a name's «بن …» rest the entity stage left out, before «الذي»
_TITLE_WORDS = 6  # words back from the name to its title word («وزير الدولة للشؤون الخارجية الإماراتي»)
_CLAUSE_MARK = re.compile(r'[،,.:؛\n()"«»“”]')
_SPEAKER_KINDS = frozenset({"person", "organization", "country"})
_CLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
_NAME_ARTICLES = ("", "ال", "لل", "بال", "وال", "ل")  # «المنظمة الدولية لحظر …», «لمنظمة حظر …»
_TITLE_PREPS = frozenset({"في", "الي", "لدي", "عن"})  # inside a title: «سفير السعودية في واشنطن», «النائبة عن …»
# clitics a quotation mark may be glued to («لـ"الوطن"», «بالـ"محتملة"»; a bare «و/ف» is judged apart)
_GLUED_CLITICS = frozenset(c + p for c in ("", "و", "ف") for p in ("ب", "ل", "ك", "ال", "بال", "لل", "كال"))
_RESUMPTIVE = frozenset({"عنه", "عنها", "فيه", "فيها", "به", "بها"})  # «الذي قالت عنه ميركل»: the clause's object
_WHAT = frozenset({"ما", "وما", "بما", "لما"})  # «ما وصفه بـ"…"»: what the sentence's subject called so
_OWN = frozenset({"له", "لها", "لهم", "لهما"})  # «بيان له»: his own statement
_OBJECT_PRONOUNS = ("", "ه", "ها", "ته", "هم")  # folded endings of «قاله», «قالها», «قالته», «أكدهم»
_PRINCIPAL = frozenset({"باسم", "من", "في", "لدي", "عن"})  # «المتحدث باسم X», «مصدر قريب من X»
# letters glued before a name that make it an object or an addressee («لنظيره», «بالرئيس», «للكرملين»)
_VERB_HOMOGRAPHS = frozenset({"عبر", "وعبر"})  # «عبر X عن …» (expressed), also the preposition «via»
_AN_WORD = re.compile(r"(?<![^\W\d_])عن(?![^\W\d_])")  # (looked for past a short clause window)
_CLAUSE_PUNCT = frozenset("،,.؛")
# a prepositional phrase that opens a sentence, up to its comma («وفي تلميح إلى …، وجه خامنئي رسالة»)
_FRONTED = re.compile(r"\s*[وف]?(?:في|خلال|بعد|قبل|وسط|عقب|إثر|اثر|أثناء|اثناء|على)\s[^،,.\n\"«“:]{0,150}[،,]\s*")
_OBJECT_PREFIXES = frozenset(c + p for c in ("", "و", "ف") for p in ("ب", "ل", "لل", "بال"))

# role bits of a word (its match key, also without a leading «و»/«ف»; *_ANY also after ب/ل/ك)
(COMP, PREP, SKIP, OPENER, SPEAKER, STATEMENT, RELATIVE, CUE, FI_MIN, LABEL, LABEL_ANY, HEAD_ANY, AN, TSKIP, TITLE,
 PRONOUN, COPULA, LETTER, AL_VERB, TITLE_PART, CONTRAST, WHEN, LATTER, MEDIUM_TO, ISSUED, QUESTION) = (
    1 << i for i in range(26))
_BREAK = COMP | PREP | CUE | RELATIVE


@dataclass(frozen=True, slots=True)
class CueKind:
    """What a cue does: introduce speech (verb), attribute after a quotation (trailing)…"""

    verb: bool = False
    participle: bool = False
    document: bool = False
    reported: bool = False
    trailing: bool = False  # an attribution, not a verb («بحسب», «وفقا لـ»), wherever it also is listed
    weak: bool = False
    impersonal: bool = False
    citing: bool = False  # «نقلا عن X»: the words are X's, whoever reports them
    objective: bool = False  # «ووصف اجتماع الوزراء»: the word after it is mostly its object
    continuing: bool = False  # «وأضاف»: goes on with the speaker before when its subject names nobody known
    relaying: bool = False  # «ونقلت رويترز عن X»: a medium relays; the one after «عن» speaks
    revealing: bool = False  # «وكشف X أن "…"»: a cue only with a complementizer after it
    informing: bool = False  # «وكان روحاني قد أبلغ أمانو أن "…"»: a subject right before it speaks, not its object


@dataclass(slots=True)
class CueLex:
    automaton: ahocorasick.Automaton  # match key → (length, CueKind)
    roles: dict[str, int]  # match key → role bits
    # «متحدثة باسم الوزارة»: a definite body noun (match key) → words of the article's body it stands for
    anaphoric_bodies: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # «وجاء في البرقية: "…"»: a definite sent document (match key) → its indefinite forms, as first told
    sent_documents: dict[str, frozenset[str]] = field(default_factory=dict)
    statement_bodies: frozenset[str] = frozenset()  # org ids of multilateral bodies whose statements speak for them
    body_statements: frozenset[str] = frozenset()  # «البيان»: a statement an unnamed body issues (match keys)
    drafts: frozenset[str] = frozenset()  # «مسودة»: a statement no medium issues (match keys)
    echo_openers: tuple[tuple[str, ...], ...] = ()  # «هذا ما»: words pointing back to a quotation (match keys)
    # «مصدر عسكري سوري»: an unnamed source's adjective (match key) → the body it speaks for («الجيش»), or ""
    source_adjectives: dict[str, str] = field(default_factory=dict)
    guests: frozenset[str] = frozenset()  # «دبلوماسي»: speaks at a body told as «في المجلس», not for it
    in_its_name: frozenset[str] = frozenset()  # «باسمها»: on behalf of the body told right before
    relayed_by: frozenset[str] = frozenset()  # «بيان للمجلس أوردته وكالة …»: the medium after only relays
    delegations: frozenset[str] = frozenset()  # «مسؤول في الوفد»: the delegation whose state was told before
    epithets: frozenset[str] = frozenset()  # «وقال اللاعب»: the person named last, when no one bore the word
    unique_bodies: frozenset[str] = frozenset()  # «النادي»: a body only when the article named one of its kind

    def find(self, key_text: str) -> list[tuple[int, int, CueKind, str]]:
        """Cue words in match-key text as whole words with at most «و»/«ف» glued before them: ``(start, end,
        kind, prefix)``, leftmost-longest. (One automaton pass; only real hits reach Python.)"""
        n = len(key_text)
        out: list[tuple[int, int, CueKind, str]] = []
        for last, (size, kind) in self.automaton.iter(key_text):
            e = last + 1
            if e < n and key_text[e].isalpha():
                continue
            s = e - size
            prefix = ""
            if s > 0 and key_text[s - 1].isalpha():
                prefix = key_text[s - 1]
                if prefix not in "وف" or (s > 1 and key_text[s - 2].isalpha()) or (prefix == "ف" and not kind.verb):
                    continue
            out.append((s, e, kind, prefix))
        if len(out) > 1:
            out.sort(key=lambda h: (h[0], -h[1]))
            kept = [out[0]]
            for h in out[1:]:
                if h[0] >= kept[-1][1]:
                    kept.append(h)
            out = kept
        return out


@cache
def cue_lexicon() -> CueLex:
    data = load_data("quotes/cues.yaml")
    flags: dict[str, dict[str, bool]] = {}

    def key(p: str) -> str:
        return " ".join(match_key(p).split())

    for group, flag in (("verbs", "verb"), ("participles", "participle"), ("document", "document"),
                        ("reported", "reported"), ("trailing", "trailing"), ("weak", "weak"),
                        ("impersonal", "impersonal"), ("citing", "citing"), ("object_verbs", "objective"),
                        ("continuing", "continuing")):
        for p in data.get(group, []):
            flags.setdefault(key(p), {})[flag] = True
    for p in data.get("reporting", []):
        flags.setdefault(key(p), {}).update(verb=True, weak=True)
    for p in data.get("relaying", []):
        flags.setdefault(key(p), {}).update(verb=True, relaying=True)
    for p in data.get("revealing", []):
        flags.setdefault(key(p), {}).update(verb=True, weak=True, revealing=True)
    for p in data.get("informing", []):
        flags.setdefault(key(p), {}).update(verb=True, weak=True, informing=True)
    auto = ahocorasick.Automaton()
    for k, f in flags.items():
        auto.add_word(k, (len(k), CueKind(**f)))
    auto.make_automaton()
    roles: dict[str, int] = {}

    def add(words: list[str] | set[str], bit: int, clitics: tuple[str, ...] = ("", "و", "ف")) -> None:
        for w in words:
            for c in clitics:
                k = c + key(w)
                roles[k] = roles.get(k, 0) | bit

    add(data["complementizers"], COMP)
    add(data["prepositions"], PREP)
    add(data.get("skip", []), SKIP)
    add(data.get("clause_openers", []), OPENER)
    add(data.get("contrastives", []), CONTRAST)
    add(data.get("when_words", []), WHEN)
    add(data.get("latter_words", []), LATTER)
    add(data.get("issued_words", []), ISSUED, ("",))
    add([("ل" + w[1:]) if w.startswith("ال") else "ل" + w for w in data.get("addressed_media", [])], MEDIUM_TO, ("",))
    add(data.get("speaker_nouns", []), SPEAKER)
    add(data.get("statement_nouns", []), STATEMENT)
    add(data.get("relatives", []), RELATIVE)
    # (a relaying verb is a cue only before its «عن», found per article: elsewhere «نقل» moves things; so is a
    # revealing one before its complementizer)
    add({k for k, f in flags.items() if " " not in k and not f.get("relaying") and not f.get("revealing")}, CUE)
    add(["في", "من"], FI_MIN)
    add(data["reported_from"], AN)
    add(data.get("trailing_skip", []), TSKIP)
    add(data.get("titles", []), TITLE)
    add(data.get("title_parts", []), TITLE_PART)
    add(data.get("pronoun_subjects", []), PRONOUN)
    add(data.get("copulas", []), COPULA)
    add(data.get("letter_names", []), LETTER, ("",))
    add(data.get("al_verbs", []), AL_VERB)
    add(data.get("labels", []), LABEL)
    add(data.get("labels", []), LABEL_ANY, ("",) + _CLITICS)
    add(data.get("question_nouns", []), QUESTION, ("",) + _CLITICS)
    add(data.get("labels", []) + data.get("speaker_nouns", []) + data.get("statement_nouns", []), HEAD_ANY,
        ("",) + _CLITICS)
    bodies = {key(n): tuple(key(w) for w in ws) for n, ws in (data.get("anaphoric_bodies") or {}).items()}
    sent = {key(n): frozenset(key(w) for w in ws) for n, ws in (data.get("sent_documents") or {}).items()}
    return CueLex(auto, roles, bodies, sent, multilateral_bodies(),
                  frozenset(key(w) for w in data.get("body_statements") or []),
                  frozenset(key(w) for w in data.get("draft_nouns") or []),
                  tuple(tuple(key(w).split()) for w in data.get("echo_openers") or []),
                  {key(a): key(b) if b else "" for a, b in (data.get("source_adjectives") or {}).items()},
                  frozenset(key(w) for w in data.get("guest_nouns") or []),
                  frozenset(key(w) for w in data.get("in_its_name") or []),
                  relayed_by=frozenset(key(w) for w in data.get("relayed_by") or []),
                  delegations=frozenset(key(w) for w in data.get("delegations") or []),
                  epithets=frozenset(key(w) for w in data.get("epithets") or []),
                  unique_bodies=frozenset(key(w) for w in data.get("anaphoric_unique") or []))


# match-key folding of one word (as match_key, without the NFKC work a word of news text never needs)
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك",
                       **{chr(c): None for c in (0x0640, *range(0x064B, 0x0660), 0x0670)}})


@lru_cache(maxsize=1 << 16)
def _info(token: str) -> tuple[str, int]:
    """A token's match key and role bits (cached: news reuses a small vocabulary)."""
    k = token.translate(_FOLD)
    return k, cue_lexicon().roles.get(k, 0)


# ----------------------------------------------------------------------------------------------- quotations
@dataclass(slots=True)
class Quotation:
    """One quotation: ``span`` is its text (marks excluded); ``open``/``end`` bound it with its marks."""

    span: Span
    open: int
    end: int  # just after the closing mark, or the span's end when the mark was never closed
    closed: bool = True


def article_quotations(article: Article) -> list[Quotation]:
    """The article's quotations (none without a quotation mark: most articles skip the scan)."""
    return quotations(article.text, article.paragraphs) if _MARKS.search(article.text) else []


def _opens_straight(text: str, pos: int) -> bool:
    """A straight mark that can only open: after a space (or a one-letter conjunction or preposition), right before
    a letter or digit (« "نعم», «و"14»), where a closing mark follows its last word (« بوضوح".»)."""
    if not 0 < pos < len(text) - 1 or not text[pos + 1].isalnum():
        return False
    before = text[pos - 1]
    return before.isspace() or (before in "وفبل" and (pos < 2 or text[pos - 2].isspace()))  # («و"14 آذار"»)


def _cue_between(text: str, start: int, end: int) -> bool:
    """A speech cue among the words between ``start`` and ``end`` («وأضاف "…»)."""
    return any(_info(w)[1] & CUE for w in _WORD.findall(text, start, end))


_REVERSED = re.compile(r"(:\s*)»([^«»“”\"\n]+)«")  # «وقال …:» أوكلني …«»: guillemets set the wrong way round


def quotations(text: str, paragraphs: list[Span]) -> list[Quotation]:
    """Outermost quotations, each with its marks; a quotation may continue into later paragraphs when the
    next one picks it up (its first mark closes it, or it opens again with the same mark). Guillemets set the
    wrong way round after a colon pair as the right way («قال في بداية الاستقبال:» أوكلني …«»)."""
    text = _REVERSED.sub(lambda m: f"{m.group(1)}«{m.group(2)}»", text)  # (same length: offsets hold)
    pairs = list(_PAIR.finditer(text))
    if len(pairs) * 2 == len(_MARKS.findall(text)) and not any(_opens_straight(text, m.end() - 1) for m in pairs):
        # the common case: every mark closes on its own line, nothing nested (no closing straight mark that
        # opens: «مبادئ "ثورة»): no bookkeeping needed
        quick = [Quotation(_strip(text, Span(m.start() + 1, m.end() - 1)), m.start(), m.end()) for m in pairs]
        return [q for q in quick if q.span.end > q.span.start and _WORD.search(text, q.span.start, q.span.end)]
    starts = [p.start for p in paragraphs]
    n_par = len(paragraphs)

    def para_of(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    def unclosed(at: int) -> Quotation:
        pi = para_of(at)
        pend = paragraphs[pi].end if pi < n_par else len(text)
        m = _STOP.search(text, at + 1, pend)
        return Quotation(Span(at + 1, m.start() if m else pend), at, 0, False)

    out: list[Quotation] = []
    open_ch, open_at, open_par, depth = "", 0, 0, 0
    marks = [(m.start(), m.group()) for m in _MARKS.finditer(text)]
    i = 0
    while i < len(marks):
        pos, ch = marks[i]
        if not open_ch:
            if ch in _CLOSERS:
                open_ch, open_at, open_par, depth = ch, pos, para_of(pos), 1
            i += 1
            continue
        par = para_of(pos)
        if par != open_par:
            # still open at a paragraph break: does the next paragraph pick the quotation up?
            p = paragraphs[par]
            closes = ch == _CLOSERS[open_ch] and (ch != '"' or text.count('"', p.start, p.end) % 2 == 1)
            reopens = ch == open_ch and pos == p.start
            if par - open_par > (MAX_GUILLEMET_PARAGRAPHS if open_ch == "«" else MAX_PARAGRAPHS) \
                    or not (closes or reopens):
                out.append(unclosed(open_at))
                open_ch = ""
                continue  # this mark starts afresh
            if reopens:
                open_par = par
                i += 1
                continue
        if open_ch == ch == '"' and _opens_straight(text, pos):
            stops = list(_STOP.finditer(text, open_at + 1, pos)) if depth == 1 else []
            if depth == 1 and text[open_at + 1 : pos].rstrip().endswith(":") and not _STOP.search(text, open_at, pos):
                # «لقصر "فيرني-فولتير قرب جنيف: "أمضيت …"»: the words after a colon open; the mark before was a
                # stray one, opening a name it never closed, or words that end at the clause before the colon
                # («فـ"إما الخروج من الأزمة …، مضيفا: "يجب …"»)
                if len(_WORD.findall(text, open_at + 1, pos)) > MIN_EMBEDDED_WORDS:
                    clause = text.rfind("،", open_at + 1, pos)
                    out.append(Quotation(Span(open_at + 1, clause if clause > 0 else pos), open_at, 0, False))
                open_at, open_par = pos, par
            elif stops and _cue_between(text, stops[-1].end(), pos):
                # «… بوضوح". وأضاف "رسالة اليوم …»: a sentence with a speech cue opens a new quotation after a
                # finished one: the first never closed (not «… مبادئ "ثورة الأرز"»: a quoted name inside it)
                out.append(unclosed(open_at))
                open_at, open_par = pos, par
            else:
                depth += 1  # «وتابع "هذا الأسبوع مدير السجن قال "نعم، …"»: a quotation inside the quotation
        elif open_ch == ch == '"' and depth > 1:
            depth -= 1
        elif (ch == _CLOSERS[open_ch] and (open_ch != "«" or depth == 1)) or (ch == open_ch == "”" and par == open_par):
            # (a closing curly mark on both sides, «”الكيان …”», closes as well as the reversed pair «”…“»)
            out.append(Quotation(Span(open_at + 1, pos), open_at, pos + 1))
            open_ch = ""
        elif open_ch == "«" and ch in "«»":
            depth += 1 if ch == "«" else -1
        elif ch == open_ch == "“" and _STOP.search(text, open_at + 1, pos):
            out.append(unclosed(open_at))  # a second opener after a finished sentence: the first never closed
            open_at, open_par = pos, par
        i += 1
    if open_ch:
        out.append(unclosed(open_at))
    res = []
    for q in out:
        s = _strip(text, q.span)
        if s.end > s.start and _WORD.search(text, s.start, s.end):
            q.span = s
            if not q.closed:
                q.end = s.end
            res.append(q)
    return res


def _strip(text: str, s: Span) -> Span:
    a, b = s.start, s.end
    while a < b and (text[a].isspace() or text[a] in ".،,:"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in "،,:.-"):
        b -= 1
    return Span(a, b)


# ----------------------------------------------------------------------------------------------- the stage
@dataclass(frozen=True, slots=True)
class _Cue:
    span: Span
    kind: CueKind
    prefix: str  # «و» or «ف» before the cue word, or ""


_Tok = re.Match  # a token: ``t[0]`` its text, ``_info(t[0])`` its key and roles, ``t.start()``/``t.end()``


SOURCE_REACH = 40  # characters after an earlier cue in which its unnamed subject («مصدر») is sought
_FORMER = frozenset({"السابق", "السابقه", "الاسبق", "الاسبقه"})  # match keys: «الوزير السابق» is someone else
TITLE_ADJECTIVES = 2  # definite words after a bare title that only qualify it («المبعوث الأممي»)


def _adjectives_only(toks: list[_Tok]) -> bool:
    """One or two definite words that qualify a bare title, not «السابق» (the caller checks that no «لـ» goes on
    with the title: «الرئيس المشارك لحزب الشعوب الديمقراطي» is no president)."""
    keys = [match_key(t[0]) for t in toks]
    return 0 < len(keys) <= TITLE_ADJECTIVES and all(k.startswith("ال") and k not in _FORMER for k in keys)


@dataclass(slots=True)
class _NP:
    """A noun phrase that may name a speaker: the actor it resolves to, or why it does not."""

    actor: Actor | None = None
    explicit: bool = False  # a subject is there (resolved or not)
    statement: bool = False  # an unnamed statement («البيان»): its issuer speaks
    country: Actor | None = None  # the country of an unnamed statement, as a last resort; of a title's nisba


class QuoteStage(Stage):
    name = "quotes.rules.v76"
    requires = ("sentences", "mentions")
    assigns = ("quotes",)

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or load_kb()

    def __call__(self, article: Article) -> Article:
        found = article_quotations(article)
        article.quotes = _Doc(article, found, cue_lexicon(), self.kb).run() if found else []
        return article


@dataclass
class _Doc:
    """The analysis of one article: cues, mentions and the speakers resolved so far."""

    article: Article
    found: list[Quotation]
    lex: CueLex
    kb: KnowledgeBase
    text: str = ""
    cues: list[_Cue] = field(default_factory=list)
    cue_starts: list[int] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    m_starts: list[int] = field(default_factory=list)
    sent_starts: list[int] = field(default_factory=list)
    memo: dict[int, Actor | None] = field(default_factory=dict)  # cue start (trailing: -1 - start) → speaker
    sent_subject: dict[int, tuple[bool, Actor | None]] = field(default_factory=dict)
    labels: set[int] = field(default_factory=set)
    par_starts: set[int] = field(default_factory=set)
    q_at: dict[int, Quotation] = field(default_factory=dict)
    candidates: list[tuple[Quotation, int]] = field(default_factory=list)  # with their word counts (≤ 4)
    q_bounds: list[tuple[int, int]] = field(default_factory=list)  # (open, end) of the candidates, in order
    t_starts: list[int] = field(default_factory=list)  # the article's time expressions, in order
    t_ends: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        a = self.article
        self.text = a.text
        self.sent_starts = [s.span.start for s in a.sentences]
        named = {(m.span.start, m.span.end) for m in a.mentions}
        for q in self.found:
            n = self._words(q)
            if n < MIN_EMBEDDED_WORDS and not self._may_be_direct(q, n):
                continue  # a short quotation inside a clause: a label or a scare quote
            if (q.span.start, q.span.end) in named or self._is_label(q):
                self.labels.add(q.open)  # a quoted name alone («"سانا"») or after a label noun («قناة "…"»)
            else:
                self.candidates.append((q, n))
        if not self.candidates:
            return  # nothing can be a quote: skip the cue and mention work
        # mentions inside possible quotes never speak (names in labels and scare quotes may: «صحيفة "الأهرام"»)
        inside = [q for q, _ in self.candidates]
        q_starts = [q.open for q in inside]
        self.q_bounds = [(q.open, max(q.end, q.span.end)) for q in inside]

        def quoted(s: int, e: int) -> bool:
            i = bisect.bisect_right(q_starts, s) - 1
            return i >= 0 and e <= max(inside[i].end, inside[i].span.end)

        norm = a.norm
        for ks, ke, kind, prefix in self.lex.find(norm.text):
            s, e = norm.span_to_original(ks, ke)
            while e < len(self.text) and self.text[e] in _MARKS_IN_WORD:
                e += 1  # «وفقاً»: the tanween belongs to the cue word
            if kind.revealing and not self._reveals_words(e):
                continue
            if not quoted(s, e) and (not kind.relaying or self._relayed_from(e) is not None):
                self.cues.append(_Cue(Span(s, e), kind, prefix))
        self.cue_starts = [c.span.start for c in self.cues]
        actors = a.actors
        dl_start, dl_end = (a.dateline.start, a.dateline.end) if a.dateline else (0, 0)
        # «وقال المسؤول الإماراتي»: the official the article named before (describe() leaves anonymous ones)
        described = describe(a, self.kb, definite_only=True)
        ms = [m for m in a.mentions + described
              if (x := actors.get(m.actor_id)) is not None and x.kind in _SPEAKER_KINDS
              and not dl_start <= m.span.start < dl_end]  # «دبي، الإمارات العربية المتحدة (CNN)--» never speaks
        starts = [m.span.start for m in ms]
        kept = self.mentions
        for m in (ms[i] for i in sorted(range(len(ms)), key=starts.__getitem__)):
            if kept and m.span.start == kept[-1].span.start:
                if m.span.end > kept[-1].span.end:
                    kept[-1] = m  # the outermost of mentions that start together
                continue
            if (not kept or m.span.start >= kept[-1].span.end) and not quoted(m.span.start, m.span.end):
                kept.append(m)
        self.m_starts = [m.span.start for m in self.mentions]
        self.par_starts = {p.start for p in a.paragraphs}
        self.q_at = {q.open: q for q in self.found}
        spans = sorted((t.span.start, t.span.end) for t in a.times)
        self.t_starts, self.t_ends = [s for s, _ in spans], [e for _, e in spans]

    def _reveals_words(self, end: int) -> bool:
        """«وكشف اللواء …، مستشار الرئيس …، أنه "…"», «كشفت الوكالة عن "…"»: a complementizer (or «عن» right
        before a quotation) after a revealing verb, before the next cue or the sentence's end."""
        for t in _WORD.finditer(self.text, end, self._sent_bounds(self._sentence(end))[1]):
            role = _info(t[0])[1]
            if role & COMP or t[0] == "عن" and self.text[t.end() : t.end() + 2].strip()[:1] in _QUOTE_CHARS:
                return True
            if role & CUE:
                return False
        return False

    # -------------------------------------------------------------------------------- main loop
    def run(self) -> list[Quote]:
        out: list[Quote] = []
        seen: set[tuple[str, str]] = set()
        last_by_par: dict[int, tuple[int, Actor]] = {}  # paragraph → (end of its last quote, speaker)
        pars = self.article.paragraphs
        par_starts = [p.start for p in pars]
        text = self.text
        for q, words in self.candidates:
            got = self._attribute(q, words)
            if got is None and words >= MIN_EMBEDDED_WORDS:
                # a paragraph that is all quotation goes on with the speaker of the paragraph before
                pi = bisect.bisect_right(par_starts, q.open) - 1
                prev = last_by_par.get(pi - 1) if pi > 0 and q.open == pars[pi].start else None
                if prev is not None and pars[pi - 1].end - prev[0] <= 3:
                    got = (prev[1], None)
            if got is None:
                continue
            actor, cue = got
            last_by_par[bisect.bisect_right(par_starts, max(q.end - 1, q.open)) - 1] = (q.end, actor)
            raw = text[q.span.start : q.span.end]
            qtext = " ".join((raw if q.closed else raw.replace('"', " ")).split())
            dedup = (actor.name, qtext.translate(_FOLD))
            if dedup not in seen:
                seen.add(dedup)
                out.append(Quote(speaker=actor.name, span=q.span, cue=cue.span.of(text) if cue else "",
                                 cue_span=cue.span if cue else None, text=qtext))
        return out

    def _words(self, q: Quotation) -> int:
        """The number of words of the quotation, counted up to four (all the rules need)."""
        n = 0
        for _ in _WORD.finditer(self.text, q.span.start, q.span.end):
            n += 1
            if n >= MIN_EMBEDDED_WORDS:
                break
        return n

    def _may_be_direct(self, q: Quotation, words: int) -> bool:
        """A cheap test before any cue lookup: a short quotation can only be a cue's whole complement
        («قال: "…"», «أضاف أن "…"», «قال لودريان "…"»); a scare quote («من "تهديد روسي"») is dropped here."""
        text, p = self.text, q.open
        j = p - 1
        while j > 0 and text[j].isspace():
            j -= 1
        if j >= 0 and text[j] in _DELIMS:
            return True
        if _info(_word_before(text, p))[1] & (COMP | CUE):
            return True
        return words >= 3 and any(_info(t[0])[1] & CUE for t in self._tokens(max(0, p - 100), p))

    def _attribute(self, q: Quotation, words: int) -> tuple[Actor, _Cue | None] | None:
        text = self.text
        si = self._sentence(q.open)
        s_start = self.sent_starts[si] if si >= 0 else 0
        long_enough = words >= MIN_EMBEDDED_WORDS
        cue = self._cue_before(s_start, q.open)
        cue_si = si
        if cue is None and si > 0 and s_start in self.par_starts and not text[s_start : q.open].strip() \
                and text[max(0, s_start - _COLON_REACH) : s_start].rstrip().endswith(":"):
            # «وقال سموه في نص برقيته:» ending a paragraph, the words opening the next one
            cue_si = si - 1
            cue = self._cue_before(self._sent_bounds(cue_si)[0], s_start)
        if cue is not None:
            gap = self._tokens(max(cue.span.end, q.open - _GAP_WINDOW), q.open)
            last = gap[-1][0] if gap else ""
            # «أكد أن "…"»; not «أكد أن دمشق … يجب أن "…"»: the complementizer must introduce the cue's clause
            delimited = not gap or last in _DELIMS or (bool(_info(last)[1] & COMP)
                                                      and not any(_info(t[0])[1] & COMP for t in gap[:-1]))
            if delimited:
                direct = True
            else:  # «قال لودريان "…"»: nothing but the speaker and adverbials, not «وفقا لوكالة "سانا"»
                direct = (words >= 3 and not cue.kind.trailing and q.open - cue.span.end <= _GAP_WINDOW
                          and self._plain_gap(gap))
            if cue.kind.trailing and not gap and not long_enough:
                return None  # «وبحسب "الألمانية"، فقد ذكرت»: the quoted name of the source the words are by
            whole = self._whole(q)
            if not gap and not whole and not cue.kind.participle and len(text[q.span.start : q.span.end].split()) <= 5 \
                    and not _STOP.search(text, q.span.start, q.span.end):
                # «أفادت «الشبكة الآشورية لحقوق الإنسان» نقلا عن …»: a quoted name is the subject (a participle has
                # none after it: «مضيفا "زوجتي من كبار المعجبين" بالملكة»)
                return None
            direct = direct and whole
            if direct and cue.kind.weak and not (last == ":" or long_enough):
                return None
            if not direct and not long_enough:
                return None
            actor = self._speaker(cue, cue_si, q.open)
            return (actor, cue) if actor is not None else None
        if long_enough and not text[s_start : q.open].strip():
            echo = self._echo(q)
            if echo is not None:
                return echo, None
        if _info(_word_before(text, q.open).rstrip(":"))[1] & QUESTION:
            # «وعلى سؤال "…"، أجاب X»: the journalist's question (not «وقال ماتيس ردا على هذا السؤال "…"»)
            return None
        trail = self._cue_after(q)
        if trail is not None:
            if not long_enough and text[s_start : q.open].strip():
                return None
            actor = self._trailing_speaker(trail, si)
            return (actor, trail) if actor is not None else None
        # «الكرملين: "…"»: a speaker and a colon open the sentence
        par_start = s_start in self.par_starts
        head = self._tokens(s_start, q.open) if q.open - s_start < 80 and par_start else []
        if head and head[-1][0] == ":" and len(head) <= 7 and (long_enough or self._whole(q)):
            np = self._np(head, 0, len(head) - 1)
            if np.actor is not None and not np.statement:
                return np.actor, None
        # «وسارع ترامب إلى الرد على نظام طهران عبر "تويتر": "…"»: no cue, but a colon right before the words and
        # a person opening the sentence
        if long_enough and text[s_start : q.open].rstrip().endswith(":"):
            opening = self._clause_subject(s_start, q.open, opening=True)
            if opening.actor is not None and opening.actor.kind == "person":
                return opening.actor, None
        # «قال الجبير … إن زيارة مشعل كانت للعمرة فقط. «لم يكن هناك بحث ولا أي اجتماعات».»: a quotation that is
        # a sentence of its own goes on in the words of the speaker the sentence before it names
        if long_enough and si > 0 and not text[s_start : q.open].strip() and self._whole(q) \
                and s_start not in self.par_starts:
            # (the speech cue of the paragraph's two sentences before)
            first = si - 1 if self.sent_starts[si - 1] in self.par_starts or si < 2 else si - 2
            prev_start = self._sent_bounds(first)[0]
            i = bisect.bisect_left(self.cue_starts, s_start) - 1
            while i >= 0 and self.cues[i].span.start >= prev_start:
                c = self.cues[i]
                if c.kind.verb and not c.kind.trailing and not self._quoted_at(c.span.start):
                    actor = self._speaker(c, self._sentence(c.span.start), 0)
                    return (actor, None) if actor is not None else None
                i -= 1
        return None

    # -------------------------------------------------------------------------------- cues
    def _sentence(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def _sent_bounds(self, si: int) -> tuple[int, int]:
        if si < 0:
            return 0, len(self.text)
        sp = self.article.sentences[si].span
        return sp.start, sp.end

    def _cue_before(self, start: int, pos: int) -> _Cue | None:
        i = bisect.bisect_left(self.cue_starts, pos) - 1
        if i >= 0 and self.cues[i].span.start >= start:
            c = self.cues[i]
            if c.kind.trailing and not c.kind.citing and i > 0 and self.cues[i - 1].span.start >= start \
                    and self.cues[i - 1].kind.verb and not self.cues[i - 1].kind.trailing:
                # «وجاء في البرقية حسب بيان للوزارة: "…"», «وقال ترامب، بحسب رويترز: "…"»: the attribution
                # names the source of the report; the words are the verb's subject's
                return self.cues[i - 1]
            if c.kind.verb or c.kind.trailing:
                return c
        return None

    def _cue_after(self, q: Quotation) -> _Cue | None:
        if not q.closed:
            return None
        i = bisect.bisect_left(self.cue_starts, q.end)
        if i >= len(self.cues):
            return None
        c = self.cues[i]
        if c.span.start - q.end > _TRAIL_GAP or c.kind.participle or c.kind.document or c.kind.reported:
            return None
        between = self.text[q.end : c.span.start - len(c.prefix)]
        if "\n" in between or any(not (ch.isspace() or ch in _DELIMS or ch in "()") for ch in between):
            return None
        return c

    def _echo(self, q: Quotation) -> Actor | None:
        """«"…"، هذا ما قاله X», «"…"، بهذه الكلمات وصف X»: the subject of a speech verb after words that point
        back to the quotation."""
        if not q.closed:
            return None
        toks = self._tokens(q.end, min(len(self.text), q.end + _WINDOW))
        k = 0
        while k < len(toks) and toks[k][0] in _DELIMS:
            k += 1
        keys = [_info(t[0])[0] for t in toks[k : k + 4]]
        opener = next((o for o in self.lex.echo_openers if tuple(keys[: len(o)]) == o), None)
        if opener is None or len(keys) <= len(opener):
            return None
        verb = keys[len(opener)]  # «قال», «قاله», «قالته», «أكده»: with an object pronoun or not
        if not any(verb.endswith(p) and self.lex.roles.get(verb[: len(verb) - len(p)], 0) & CUE
                   for p in _OBJECT_PRONOUNS):
            return None
        return self._np(toks, k + len(opener) + 1, None).actor

    def _tokens(self, start: int, end: int) -> list[_Tok]:
        return list(_TOKEN.finditer(self.text, start, end))

    def _plain_gap(self, gap: list[_Tok]) -> bool:
        """A gap of speaker, addressee and adverbials only: no clause, no quotation, no preposition first or
        last («أشار إلى تسليم … الطائرات "إف- 16"» is the verb's own complement)."""
        if len(gap) > 10 or _info(gap[-1][0])[1] & (PREP | FI_MIN) or _info(gap[0][0])[1] & (PREP | FI_MIN):
            return False
        return not any(t[0] in _QUOTE_CHARS or t[0] in _STOPS or _info(t[0])[1] & COMP for t in gap)

    def _whole(self, q: Quotation) -> bool:
        """The quotation ends its clause: punctuation, the paragraph end or an attribution follows it."""
        if not q.closed:
            return True
        m = _TOKEN.search(self.text, q.end, q.end + 40)
        if m is None or m[0][0] in _DELIMS or m[0] in _STOPS or m[0] in "()":
            return True
        if "\n" in self.text[q.end : m.start()]:
            return True
        return bool(_info(m[0])[1] & CUE)

    def _is_label(self, q: Quotation) -> bool:
        """«قناة "بيلروس"», «لـ"الوطن"», «بالـ"محتملة"»: a name or a term, not somebody's words."""
        text = self.text
        if _ADDRESS.fullmatch(text, q.span.start, q.span.end):
            return True  # «على الرابط "www.sfda.gov.sa"»: a web or mail address
        p = q.open
        written = _word_before(text, p) if p > 0 and (text[p - 1].isalpha() or text[p - 1] == "\u0640") else None
        glued = written.replace("\u0640", "") if written is not None else None
        if glued in ("و", "ف") and text[max(0, p - 3) : p - 1].rstrip()[-1:] in _QUOTE_CHARS \
                and len(text[q.span.start : q.span.end].split()) <= _LIST_WORDS:
            return True  # «"سبوتلايت" و"ذي بوست" و"آل ذي بريزيدنتس من"»: a list of names
        if glued == "ب" and self._words(q) >= MIN_EMBEDDED_WORDS \
                and _info(_word_before(text, p - len(written or "")))[1] & CUE:
            return False  # «متوعدة بـ"ملاحقة الزمرة الجبانة …"»: the complement of a reporting word, in its words
        if glued is not None and glued not in ("و", "ف") and (
                glued in _GLUED_CLITICS or text[p] not in '"“«' or p + 1 >= len(text) or not text[p + 1].isalpha()):
            # the mark is glued to a clitic («لـ"الوطن"», «بالـ"محتملة"»), or it closes words before it; a mark
            # between two whole words is a missing space («تقدمت"بسرعة أكبر من المتوقع"»), one after «و» a second
            # quotation («أنه و"إذا كان …"», «"تاريخي" و"أهم اتفاق …"»), judged as any other
            return True
        before = _info(_word_before(text, p))[1]
        if before & LABEL_ANY or _AS_REPORTED_BY.search(text, max(0, p - 30), p):
            return True  # («بحسب ما نقلته "البوابة العربية للأخبار التقنية"»: the medium that reported it)
        # a short quotation inside the sentence that starts with a name head is a name («وجهت دعوة إلى "منظمة
        # حظر الأسلحة الكيميائية"»); not after «:» or «أن»: there it may well be somebody's words
        if before & (COMP | CUE) or text[max(0, p - 3) : p].strip().endswith(":"):
            return False
        if q.span.end - q.span.start > 70:
            return False  # names are short
        words = text[q.span.start : q.span.end].split()
        first = _WORD.search(text, q.span.start, q.span.end)
        if first is None or len(words) > 6:
            return False
        # (function words spelled like letters count only among letters: «في تي في», not «أن يدرك أن روسيا …»)
        letters = [_info(w)[1] for w in words if _info(w)[1] & LETTER]
        if len(letters) == len(words) > 1 or sum(1 for r in letters if not r & (COMP | PREP | FI_MIN)) >= 2:
            return True  # «إيه إي دبليو يوروب»: a transliterated company name
        key = _info(first[0])[0]
        return any(key.startswith(art) and _info(key[len(art) :])[1] & LABEL for art in _NAME_ARTICLES)

    # -------------------------------------------------------------------------------- speakers
    def _speaker(self, cue: _Cue, si: int, limit: int) -> Actor | None:
        key = cue.span.start
        if key not in self.memo:
            self.memo[key] = None  # guards against cycles
            self.memo[key] = self._resolve(cue, si, limit)
        return self.memo[key]

    def _resolve(self, cue: _Cue, si: int, limit: int) -> Actor | None:
        s_start, s_end = self._sent_bounds(si)
        k = cue.kind
        end = limit if limit > cue.span.end else s_end
        if k.impersonal:
            return None
        if k.document:
            return self._issuer(cue, si, end)
        if k.trailing:
            return self._trailing_speaker(cue, si)
        if k.relaying:  # «ونقلت رويترز عن سالفيني في بيان "…"»
            toks = self._tokens(cue.span.end, min(end, cue.span.end + _WINDOW))
            j = self._relayed_from(cue.span.end)
            return self._np(toks, j + 1, None, source=True).actor if j is not None else None
        if k.reported:
            an, actor = self._after_an(s_start, cue.span.start)
            if an:
                return actor  # «نقلت رويترز عن المواطن محمد أمير قوله»: the one after «عن» speaks, named or not
        after = self._tokens(cue.span.end, min(end, cue.span.end + 12))
        if after and _info(after[0][0])[1] & LATTER:
            # «فيما قال الأخير "…"»: the person named last before
            return self._person_before(cue.span.start, max(0, cue.span.start - 2 * _WINDOW))
        pronoun = self._pronoun_subject(cue)
        if k.informing and not pronoun:
            # «وكانت نيكي هيلي المندوبة الأمريكية …، قد أبلغت المجلس», «أن دي ميستورا أبلغهم»: the subject that opens
            # the verb's clause speaks, the name after the verb is the one informed (named but unknown, «إن الانتربول
            # أبلغ الجانب الكويتي», it is nobody we know); with no subject before it, the first after it does
            # («أبلغت روسيا بريطانيا بأنه», «بحيث أبلغ بوتين نتنياهو»)
            subject = self._clause_subject(s_start, cue.span.start)
            if subject.explicit:
                return subject.actor
        # (after «الذي/التي» an object verb's subject is the one the clause qualifies, and a name after it its
        # object: «وكتب فيغانو، الذي انتقد البابا في السابق "…"»; not when the verb differs from it in gender,
        # «القرار الذي وصفته ميركل بأنه», or a pronoun stands for it, «الذي انتقد فيه ترامب»)
        rel = _word_before(self.text, cue.span.start)
        relative = not cue.prefix and bool(_info(rel)[1] & RELATIVE) \
            and not self._disagrees(_info(rel)[0], cue.span.start) \
            and not (after and _info(after[0][0])[0] in _RESUMPTIVE)
        if not cue.prefix and _info(rel)[1] & RELATIVE and k.objective and self._resumed(cue):
            # «السعودية التي وصفها بأنها "…"», «هيكل الذي وصفه قطان "…"»: the verb's own suffix is the noun the
            # clause qualifies, so that noun is its object: the subject is named after the verb, or is the
            # sentence's own
            after_np = self._np(self._tokens(cue.span.end, min(end, cue.span.end + _WINDOW)), 0, None)
            if after_np.explicit and after_np.actor is not None:
                return after_np.actor
            main = self._clause_subject(s_start, self.text.rfind(rel, 0, cue.span.start), opening=True)
            if main.explicit:
                return main.actor
        # (an object participle names its object after it, never its subject: «واصفا تدفق المهاجرين بأنه "…"»)
        np = _NP() if pronoun or (relative or k.participle) and k.objective else \
            self._np(self._tokens(cue.span.end, min(end, cue.span.end + _WINDOW)), 0, None)
        if relative and np.actor is None and self._person_right_before(self.text.rfind(rel, 0, cue.span.start)):
            # a speech verb's subject may follow it («الولايات المتحدة التي قالت سفيرتها …»), but when the words
            # after it name nobody and a person stands right before, it is his («اتصالا بالرويلي الذي أكد متابعته»)
            np = _NP()
        # (a state after a masculine object verb is its object: states take feminine verbs, «حضت روسيا», «تطالب
        # واشنطن»)
        # (nor does a club or a team describe: «ووصف ريال مدريد بأنه "أحسن فريق في العالم"» is its object)
        word = cue.span.of(self.text)
        masculine = np.actor is not None and np.actor.kind == "country" and not word.endswith("ت") \
            and not word.startswith("ت")
        described = masculine or _club(np.actor)
        if np.explicit and cue.kind.objective and (cue.prefix or described) and np.actor is not None \
                and np.actor.kind != "person":
            # «وأوضح ترامب … أنه تحدث مع ماتيس وحذر كوريا الشمالية من أي "…"»: a state after a coordinated object
            # verb is its object; the subject is the earlier cue's («كما حض سوريا على …»: or the one before)
            earlier = self._earlier_cue(si, cue)
            if earlier is not None:
                return self._speaker(earlier, si, 0)
            if described:
                return self._prior_subject(si)
        if np.explicit and np.actor is None and k.objective and not np.statement and self._object_then_clause(cue, end):
            np = _NP()  # «كما جدد التأكيد على أنه "…"»: after an object verb an unknown word is its object
        if np.explicit:
            if np.statement and np.actor is None:
                return self._statement_issuer(si, cue.span.start, np.country, cue.span.end)
            if np.actor is None and k.continuing and self._title_head(cue, end):
                # «وأضاف صاحب أعلى سلطة في إيران: "…"»: a description of the speaker told before (of the state its
                # nisba names, if any: not «وأضاف المندوب الأمريكي» after the Russian envoy)
                prior = self._prior_subject(si)
                return prior if prior is None or np.country is None or prior.country in (None, np.country.name) \
                    else None
            return np.actor
        before = _word_before(self.text, cue.span.start)
        if not cue.prefix and _info(before)[1] & WHEN:
            # «تهديد سابق كان قد أطلقه المالكي قبل الانتخابات، حين قال …»: the person of the clause it qualifies
            # (one the knowledge base knows, else the subject found as usual: «حديث الرسول … عندما قال» names
            # nobody)
            when = self.text.rfind(before, 0, cue.span.start)
            actor = self._person_before(when, max(s_start, when - _WINDOW))
            if actor is not None and actor.id in self.kb.actors:
                return actor
        if cue.prefix == "و" and not k.participle:
            held = self._relative_goes_on(s_start, cue.span.start - len(cue.prefix))
            if held is not None:
                return held
        if pronoun:
            # «وذكرت الصحيفة أن البيت الأبيض رفض …، لكنه أكد في بيان على "…"»: the subject of the clause «أن» opened
            # before the particle, not the reporting medium
            opened = self._complement_subject(s_start, cue.span.start)
            if opened is not None:
                return opened
        if k.participle or cue.prefix or pronoun:
            # «قال X … مشيرا», «أوضحت السفارة أن … فقالت»: the subject of the sentence's earlier cue, past cues
            # that name nobody («وأشار خامنئي إلى أن … من وصفهم بـ"الجبناء"، وتابع قائلاً»)
            earlier = self._earlier_cue(si, cue)
            if earlier is not None:
                while earlier is not None:
                    speaker = self._speaker(earlier, si, 0)
                    if speaker is not None:
                        return speaker
                    earlier = self._earlier_cue(si, earlier)
                return None
        if k.participle:  # the subject of the main verb («التقى X … Y، مؤكدا»)
            cited = self._cited_opener(si, cue)
            if cited is not None:
                return cited
            main = self._clause_subject(s_start, cue.span.start, opening=True)
        else:  # «بأن بوتين أشار» (SVO); «التقى X بـY، وقال»: the clause that opens the sentence (so does «ما»:
            # «شبه السيسي الانتصار … وما وصفه بـ"…"», what the sentence's subject called so)
            main = self._clause_subject(s_start, cue.span.start - len(cue.prefix),
                                        opening=bool(cue.prefix) or _info(before)[0] in _WHAT)
        if main.explicit:
            return main.actor
        # «وأكدت ماي أن … "…" والتي وصفتها بأنها "…"»: a subject-less cue goes on with the sentence's earlier one
        earlier = self._earlier_cue(si, cue)
        return self._speaker(earlier, si, 0) if earlier is not None else self._prior_subject(si)

    def _resumed(self, cue: _Cue) -> bool:
        """The cue verb carries an object pronoun («وصفها», «وصفته»): in a relative clause it resumes the noun
        the clause qualifies."""
        key = _info(cue.span.of(self.text))[0]
        return any(key.endswith(x) and len(key) > len(x) + 2 and _info(key[: -len(x)])[1] & CUE
                   for x in ("هما", "هم", "ها", "ه"))

    def _title_head(self, cue: _Cue, end: int) -> bool:
        """The words after the cue open with a title, not a name or a source («صاحب أعلى سلطة»; not «القحطاني»,
        «المصدر العسكري المنشق»), and run to the quotation or a colon (not «أضافت النيابة تهمة …، وهي "…"»)."""
        toks = self._tokens(cue.span.end, min(end, cue.span.end + _WINDOW))
        if not toks or not _info(toks[0][0])[1] & TITLE:
            return False
        return toks[-1][0] == ":" or not any(t[0] in _CLAUSE_PUNCT for t in toks[:-1])

    def _object_then_clause(self, cue: _Cue, end: int) -> bool:
        """One word after the cue, then a preposition or «أن»: the verb's object and its complement («جدد التأكيد
        على أنه», «وصف القرار بأنه»), not a subject («جدد الفنان السعودي محمد عبده "…"»)."""
        toks = self._tokens(cue.span.end, min(end, cue.span.end + _WINDOW))
        return len(toks) > 1 and bool(_info(toks[1][0])[1] & (PREP | COMP))

    def _person_before(self, pos: int, floor: int) -> Actor | None:
        """The person named last before ``pos`` (not before ``floor``)."""
        i = bisect.bisect_left(self.m_starts, pos) - 1
        while i >= 0 and self.mentions[i].span.start >= floor:
            actor = self.article.actors.get(self.mentions[i].actor_id)
            if actor is not None and actor.kind == "person":
                return actor
            i -= 1
        return None

    def _cited_opener(self, si: int, cue: _Cue) -> Actor | None:
        """«ونقل عن مقتدى الصدر، أن …، مبينا "…"»: a sentence that opens citing someone goes on in their words."""
        s_start = self.sent_starts[si] if si >= 0 else 0
        first = next((c for c in self.cues if s_start <= c.span.start < cue.span.start), None)
        if first is None or not first.kind.citing or first.span.start - len(first.prefix) - s_start > 2:
            return None
        np = self._np(self._tokens(first.span.end, min(cue.span.start, first.span.end + _WINDOW)), 0, None)
        return np.actor if np.explicit else None

    def _pronoun_subject(self, cue: _Cue) -> bool:
        """«لكنه دعا إيران إلى …», «إنه قال»: a particle carries the subject as a pronoun."""
        if cue.prefix:
            return False
        return bool(_info(_word_before(self.text, cue.span.start))[1] & PRONOUN)

    def _complement_subject(self, start: int, at: int) -> Actor | None:
        """The body or person that heads the clause of the last «أن/إن» before the particle at ``at``."""
        toks = self._tokens(start, at)
        toks = toks[:-1]  # (the particle itself: «لكنه»)
        comp = next((k for k in range(len(toks) - 1, -1, -1) if _info(toks[k][0])[1] & COMP), None)
        if comp is None or comp + 1 >= len(toks):
            return None
        head = self._mention_at(toks[comp + 1].start(), toks[comp + 1].end())
        if head is None or self._attached(head):
            return None
        return self.article.actors[head.actor_id]

    def _earlier_cue(self, si: int, cue: _Cue) -> _Cue | None:
        s_start = self.sent_starts[si] if si >= 0 else 0
        i = bisect.bisect_left(self.cue_starts, cue.span.start) - 1
        while i >= 0 and self.cues[i].span.start >= s_start:
            c = self.cues[i]
            if c.kind.verb and not c.kind.trailing and not (i > 0 and self._in_attribution(self.cues[i - 1], c)):
                return c
            i -= 1
        return None

    def _in_attribution(self, before: _Cue, c: _Cue) -> bool:
        """«وأضاف شيخ الأزهر، بحسب ما أورد الموقع الرسمي، بقوله»: a verb inside a trailing attribution reports
        the source of the words, it does not go on with them."""
        return before.kind.trailing and all(_info(t[0])[1] & TSKIP or t[0] in _LINK
                                            for t in self._tokens(before.span.end, c.span.start))

    def _np(self, toks: list[_Tok], i: int, end: int | None, source: bool = False) -> _NP:
        """The speaker a noun phrase starting at token ``i`` names (VSO subject, or a headline speaker).

        Persons win (a title mention resolves to its holder; a name in apposition to «المتحدث باسم الكرملين»
        is the speaker); an organization speaks when it heads the phrase or stands behind an unnamed
        official («مسؤول في حلف الأطلسي»), a medium («صحيفة "الأهرام"») or a statement («بيان للبيت الأبيض»);
        a country when it heads the phrase («قالت روسيا») or stands behind an unnamed source.

        With ``source`` (after «وفقا/بحسب») a phrase after «لـ» names the source, not an addressee."""
        end = len(toks) if end is None else end
        while i < end and (toks[i][0] in _LINK or _info(toks[i][0])[1] & SKIP or self._quoted_name(toks[i])
                           or _info(toks[i][0])[0] == "من" and i + 1 < end and _info(toks[i + 1][0])[1] & SKIP
                           or self._in_time(toks[i].start())):
            i += 1  # «وقال "دي لوس"»: a quoted name is a subject like any other; «من جهته» an aside; «، أول من
            # أمس،» a time
        if i >= end:
            return _NP()
        t = toks[i]
        key, role = _info(t[0])
        if not source and (role & MEDIUM_TO or (key == "ل" and i + 1 < end and toks[i + 1][0] in _QUOTE_CHARS)):
            return self._past_medium(toks, i, end)
        head_m = self._mention_at(t.start(), t.end())
        head = "mention"
        described = False
        adjective: str | None = None
        nisba = ""
        if head_m is not None and not source and self._attached(head_m):
            return _NP()  # «وقال لوكالة سبوتنيك»: an addressee; the subject is not named
        if head_m is None:
            if t[0] in _QUOTE_CHARS or t[0] == ":" or t[0] in _STOPS or role & (COMP | PREP | FI_MIN | CUE):
                return _NP()
            if role & STATEMENT:
                head = "statement"
            elif role & SPEAKER or (source and role & HEAD_ANY and not role & LABEL_ANY):
                head = "speaker"
            elif role & LABEL or (source and role & LABEL_ANY):
                head = "medium"  # «صحيفة "الأهرام"», «وكالة الأنباء …»: the medium, never its country
            elif role & TITLE:
                head = "title"  # «وزير الخارجية سامح شكري», «د. …»: a person, named further on or not at all
            elif _addressee(key, role):
                return _NP()  # «للصحفيين», «لوكالة …»: an addressee; the subject is not named
            elif _definite(t[0]) and len(key) > 4 and self._describes_person(toks, i + 1, end):
                # «قال الناقد السينمائي جان ميشال فرودون»: a description the titles lack, then its person
                head, described = "title", True
            else:
                head = "other"  # an unknown name: only a name right after it may complete it
        found: list[Mention] = [head_m] if head_m is not None else []
        last = head_m.span.end if head_m is not None else t.end()
        title_at = i  # where the (last) title phrase starts
        holder: int | None = None  # where the names set off by a comma after a title's person start
        j = i + 1
        while j < end and j - i < _NP_TOKENS:
            t = toks[j]
            if head == "title" and t[0] in _QUOTE_CHARS and self._quoted_name(t) \
                    and not self._person_in(self.q_at[t.start()].span):
                # «مدير عام الشركة الوطنية السياحية "سياحية" المهندس صالح قدح»: the body's quoted short name (not
                # a quoted holder: «زعيم حزب العمال البريطاني "جيريمي كوربين"»)
                last = self.q_at[t.start()].span.end + 1
                j += 1
                continue
            if t.start() < last or t[0] in _QUOTE_CHARS:
                j += 1
                continue
            m = self._mention_at(t.start(), t.end())
            if head == "other" and j > i + 1:
                break  # «ووصف ساذرلاند تصريحات كاميرون»: the object is not part of the subject
            if m is not None:
                if head == "title" and not found and self._glued_la(m) \
                        and self.article.actors[m.actor_id].kind == "person":
                    last = m.span.end  # «المبعوث الخاص لهولاند نيكولا هولو»: whose envoy, not an addressee
                    j += 1
                    continue
                if (head == "speaker" and j - i <= 2 or head == "title" and j - title_at <= TITLE_BODY_WORDS) \
                        and self._glued_la(m) and self.article.actors[m.actor_id].kind == "organization" \
                        and self.article.actors[m.actor_id].sector != "media":
                    # «المتحدث الرسمي لوزارة العمل», «رئيس المكتب السياسي لحركة حماس»: whose spokesman or head (not
                    # «وقال المصدر لوكالة الأنباء»: an addressee)
                    found.append(m)
                    last = m.span.end
                    j += 1
                    continue
                if self._attached(m) and not ((head == "statement" or source) and j - i <= 2) \
                        and not (head == "speaker" and j - i <= 2 and self._glued_ba(m)) \
                        and not (head == "title" and self._glued_ba(m) and self._title_goes_on(
                            toks, next((k for k in range(j + 1, end) if toks[k].start() >= m.span.end), end), end)):
                    break  # «قال بيسكوف لوكالة سبوتنيك»: an addressee (not «مسؤول كبير بالرئاسة الكورية», nor
                    # «مدير عام العلاقات العامة بوزارة الحج علي الغامدي»: where the title holder serves)
                if head == "speaker" and j == i + 2 and self.article.actors[m.actor_id].kind == "country" \
                        and _indefinite(_info(toks[i + 1][0])[0]) in self.lex.source_adjectives:
                    # «مصدر عسكري سوري», «المصدر الرئاسي الفرنسي»: the state's body, or the state
                    adjective, nisba = _indefinite(_info(toks[i + 1][0])[0]), _indefinite(_info(toks[j][0])[0])
                if self.article.actors[m.actor_id].kind == "country" and not (
                        j == i + 1 or _info(toks[j - 1][0])[1] & (SPEAKER | STATEMENT)
                        or adjective is not None and j == i + 2):  # «مسودة البيان الأمريكية»
                    last = m.span.end  # «مصدر في المعارضة السورية»: the opposition, not Syria
                    j += 1
                    continue
                if not (head == "speaker" and _info(toks[j - 1][0])[0] in _PRINCIPAL
                        and self.article.actors[m.actor_id].kind == "person"):
                    found.append(m)  # not «المتحدث باسم مون», «مصدر قريب من ترامب»: they do not speak
                last = m.span.end
                j += 1
                continue
            key, role = _info(t[0])
            if role & MEDIUM_TO and head in ("title", "mention", "other"):
                break  # «وقال الوزير لتلفزيون هيئة الإذاعة البريطانية»: the medium addressed, not the title's body
            if head == "statement" and role & ISSUED and j + 1 < end and toks[j + 1][0] == "عن":
                j += 2  # «بيان صادر عن مكتب رئاسة الوزراء»: the issuer follows
                if j < end and _info(toks[j][0])[0] == "مقر":
                    j += 1  # («عن مقر وزارة الخارجية الإيطالية»: its seat)
                continue
            where = (self._where_at(toks[j + 1].start(), toks[j + 1].end())
                     if head == "title" and j + 1 < end and key in _TITLE_PREPS else None)
            if head == "title" and j + 1 < end and (
                    key in _TITLE_PREPS and (key != "الي" or where is not None)
                    or _glued_place(t[0], toks[j + 1][0])):
                if where is not None:  # (the whole place: «المبعوث الخاص إلى الشرق الأوسط جيسون غرينبلات»)
                    last = max(last, where.span.end)
                j += 2  # «سفير السعودية في واشنطن …», «المبعوث الأممي إلى اليمن …», «العضوة بمجلس النواب …»
                stop = min(end, j + 2)  # the rest of the place: «الموجود في مدينة درعا عمر الحريري»
                while j < stop and toks[j][0].isalpha() and self._mention_at(toks[j].start(), toks[j].end()) is None \
                        and not _info(toks[j][0])[1] & (_BREAK | FI_MIN | TITLE):
                    j += 1
                continue
            if head == "title" and role & TITLE_PART:
                last = t.end()  # «وزير الدولة الإماراتي للشؤون الخارجية، أنور قرقاش»: still the title
                j += 1
                continue
            if t[0] == "." and toks[j - 1][0] in TITLE_ABBREVIATIONS:
                last = t.end()  # «د. خالد»: Dr., no full stop
                j += 1
                continue
            if t[0] in _STOPS or t[0] == ":" or role & _BREAK:
                break
            if head in ("other", "mention", "title") and role & FI_MIN:
                break  # only an unnamed official or a statement takes «في/من X» as its organization
            if head == "title" and j > title_at + 1 and key.startswith("ل") and not key.startswith("لل") \
                    and not role & (TITLE | SPEAKER | _BREAK):
                ahead = self._person_ahead(toks, j + 1, end)
                if ahead is not None:  # «المدير التنفيذي لشركة مترو جدة الدكتور أسامة …»: the company's name
                    last = toks[ahead - 1].end()
                    j = ahead
                    continue
            if head == "title" and j > title_at + 1 and t[0] not in _LINK and not (
                    _definite(t[0]) or t[0].startswith("لل") or role & (TITLE | SPEAKER) or key == "باسم"
                    or self._place_at(t.start(), t.end())
                    or key.startswith(("بال", "وبال")) and self._title_goes_on(toks, j + 1, end, place=False)
                    or not role and self._body_next(toks, j + 1, end)):
                break  # «مدير المستشفى حيث يعالج عباس»: the title phrase has ended (not «أمير منطقة نجران»)
            if head == "mention" and t[0] not in _LINK and not (_definite(t[0]) or role & (TITLE | SPEAKER)):
                break  # «وأعلن البيت الأبيض إلغاء ترامب زيارته»: Trump is in the object
            if t[0] in "،,":
                nxt = toks[j + 1] if j + 1 < end else None
                apposition = nxt is not None and self._mention_at(nxt.start(), nxt.end()) is not None
                if head == "title" and nxt is not None and _info(nxt[0])[1] & TITLE:
                    title_at = j + 1  # a second title: «وكيل وزارة الصحة، رئيس مركز القيادة والتحكم الدكتور …»
                named = self._mention_at(nxt.start(), nxt.end()) if apposition and nxt is not None else None
                if head == "title" and named is not None and named.form == "name" and holder is None \
                        and named.span.start == nxt.start() \
                        and self.article.actors[named.actor_id].kind == "person" \
                        and found and found[-1].span.end == last \
                        and self.article.actors[found[-1].actor_id].kind == "person":
                    holder = len(found)  # «كبير موظفي بنس، نيك آيرز»: whose office it is, then its holder
                if not apposition and (nxt is None or head == "mention" or nxt[0] in _LINK
                                       or head == "statement" and found):
                    break  # («بيان صادر عن مكتب رئاسة الوزراء، فقد اتفقت ماي»: May is not the issuer)
            elif head not in ("statement", "speaker") and _addressee(key, role) and not (
                    head == "title" and self._title_goes_on(toks, j + 1, end)):
                break  # «للصحفيين» (not «رئيس اللجنة العليا للاحتفالات الدكتور خالد …»: the title goes on)
            last = t.end()
            j += 1
        np = _NP(explicit=True)
        actors = [self.article.actors[m.actor_id] for m in found]
        persons = [a for a in actors[holder:] if a.kind == "person"] if holder is not None else []
        persons = persons or [a for a in actors if a.kind == "person"]
        draft = head == "statement" and _info(toks[i][0])[0] in self.lex.drafts
        orgs = [a for a in actors if a.kind == "organization" and not (draft and a.sector == "media")]
        countries = [a for a in actors if a.kind == "country"]
        if persons:
            np.actor = persons[0]
        elif head == "title" and not found and not described and (j == i + 1 or i + 1 < len(toks)
                                                and _info(toks[i + 1][0])[0] in _TITLE_PREPS
                                                or _adjectives_only(toks[i + 1 : j])
                                                and not (j < len(toks) and toks[j][0][:1] in "ل،,")):
            # «وتابع الرئيس:», «وأضاف الوزير في تغريدة ثانية:», «وذكر المبعوث الأممي أنه»
            np.actor = self._titled_before(_info(toks[i][0])[0], toks[i].start()) \
                or self._epithet_before(_info(toks[i][0])[0], toks[i].start())
        elif head == "title" and len(found) == 1 and found[0].form == "nisba" and actors[0].kind == "country" \
                and i + 1 < len(toks) and found[0].span.start < toks[i + 1].end():
            # «ولوحت المندوبة الأمريكية بتحرك أحادي … قائلة»: the title and its nisba told before with a name, of
            # that state («المندوبة الأمريكية لدى الأمم المتحدة نيكي هيلي»)
            held = self._titled_before(_info(toks[i][0])[0], toks[i].start()) \
                or self._epithet_before(_info(toks[i][0])[0], toks[i].start(), actors[0].name)
            np.actor = held if held is not None and held.country == actors[0].name else None
            np.country = actors[0]
        elif head == "title" or (head == "other" and not found):
            pass
        elif orgs and head in ("mention", "speaker", "statement", "medium"):
            np.actor = orgs[0]
        elif head == "mention" and actors[0].kind == "country" and found[0].form != "nisba":
            np.actor = actors[0]
        elif head == "speaker" and countries:
            np.actor = (self._source_body(adjective, nisba) if adjective else None) or countries[0]
        if np.actor is None and not found and head in ("title", "other"):
            np.actor = self._set_off_holder(toks, j, end)
        if np.actor is None and head in ("speaker", "other", "medium"):
            np.actor = self._named_body(toks, i, j)
        if np.actor is None and head == "speaker" and not found and _info(toks[i][0])[0].startswith("ال"):
            np.actor = self._same_source(_info(toks[i][0])[0], toks[i].start())
        if head == "statement" and np.actor is None:
            np.statement = True
            np.country = countries[0] if countries else None
        return np

    def _set_off_holder(self, toks: list[_Tok], j: int, end: int) -> Actor | None:
        """«وقال الاميرال المتقاعد من البحرية الأمريكية، جون كيربي إن: "…"»: a description the phrase could not
        follow to its end, then a person's name set off by a comma (or two) right before «إن», a colon or the words: the
        name is the speaker's (the description is his). So is a full name the article introduces there, with no
        comma («وقال أحد أساتذة الطلاب يحيى حسين إن»; not «وقال محامي الرئيس دونالد ترامب إن», told before)."""
        for k in range(j, min(end - 1, j + _NP_TOKENS)):
            t = toks[k]
            if t[0] in _QUOTE_CHARS or t[0] == ":" or _info(t[0])[1] & (COMP | CUE):
                return None
            comma = t[0] in "،,"
            at = k + 1 if comma else k
            m = self._mention_at(toks[at].start(), toks[at].end())
            if m is None or self.article.actors[m.actor_id].kind != "person":
                if comma:
                    return None
                continue
            actor = self.article.actors[m.actor_id]
            if m.form != "name" or m.span.start != toks[at].start() or not comma and (
                    " " not in m.span.of(self.text).strip()
                    or any(o.actor_id == m.actor_id and o.span.start < m.span.start for o in self.mentions)):
                return None  # («عقب اجتماع مع الرئيس القبرصي، نيكوس أناستاسياديس:» is whom he met)
            nxt = next((x for x in range(at, end) if toks[x].start() >= m.span.end), None)
            if comma and nxt is not None and nxt + 1 < end and toks[nxt][0] in "،,":
                nxt += 1  # (the name between commas: «ويقول عالم الغدد الصماء، روبرت لوستغ، إن …»)
            if nxt is not None:
                nxt = self._past_addressee(toks, nxt, end)
                if nxt == end:
                    return actor
            if nxt is not None and (toks[nxt][0] == ":" or toks[nxt][0] in _QUOTE_CHARS
                                    or _info(toks[nxt][0])[1] & COMP):
                return actor
            return None
        return None

    def _past_addressee(self, toks: list[_Tok], k: int, end: int) -> int:
        """The token after the medium or the listeners a speaker's name is followed by («حكمت حبيب لفرانس برس
        "…"», «… للصحفيين:»): a word of ``MEDIUM_TO`` or a medium the article names, with «لـ» glued to it; ``k``
        itself when there is none, ``end`` when the quotation follows it."""
        m = self._mention_at(toks[k].start(), toks[k].end())
        medium = m is not None and self.article.actors[m.actor_id].sector == "media" and self._glued_la(m)
        if not (_info(toks[k][0])[1] & MEDIUM_TO or medium):
            return k
        for x in range(k + 1, min(end, k + _ADDRESSEE_WORDS + 1)):
            t = toks[x]
            if t[0] == ":" or t[0] in _QUOTE_CHARS or _info(t[0])[1] & COMP:
                return x
            if t[0] in _STOPS:
                return k
        last = toks[end - 1]
        if end - k <= _ADDRESSEE_WORDS and self.text[last.end() : last.end() + 3].lstrip()[:1] in _QUOTE_CHARS:
            return end  # (the quotation itself right after the medium)
        return k

    def _source_body(self, adjective: str, nisba: str) -> Actor | None:
        """«مصدر عسكري سوري»: the body of that state the adjective names («الجيش السوري»), if the KB has it
        (``nisba``: the match key of the nisba the source carries, of either gender)."""
        body = self.lex.source_adjectives.get(adjective)
        if not body:
            return None
        base = nisba[:-1] if nisba.endswith("ه") else nisba
        for phrase in (f"{body} ال{base}", f"{body} ال{base}ه"):
            for e in self.kb.entries.get(phrase, ()):
                a = self.kb.actors.get(e.ids[0])
                if e.kind == "name" and a is not None and a.kind == "organization":
                    return a
        return None

    def _describes_person(self, toks: list[_Tok], k: int, end: int) -> bool:
        """A person's name right after the description's head, past a few definite adjectives («الناقد
        السينمائي جان ميشال فرودون»; not «الحركة»: a body the article named)."""
        for j in range(k, min(end, k + DESCRIPTION_WORDS)):
            m = self._mention_at(toks[j].start(), toks[j].end())
            if m is not None:
                return self.article.actors[m.actor_id].kind == "person" and m.form == "name"
            if not _definite(toks[j][0]):
                return False
        return False

    def _where_at(self, start: int, end: int) -> Mention | None:
        """The place, state or body the article names from the token: where an office is held («المبعوث الأممي
        إلى اليمن», «… إلى الشرق الأوسط»), not the verb's complement («أشار وزير الطاقة، إلى ما أكده …»)."""
        m = self._mention_at(start, end)
        if m is not None and self.article.actors[m.actor_id].kind in ("country", "organization"):
            return m
        return next((p for p in self.article.mentions if start <= p.span.start < end
                     and (x := self.article.actors.get(p.actor_id)) is not None and x.kind == "place"), None)

    def _place_at(self, start: int, end: int) -> bool:
        """A place the article names covers the token («أمير منطقة نجران الأمير جلوي»: the title goes on)."""
        return any(m.span.start <= start and end <= m.span.end and m.actor_id in self.article.actors
                   and self.article.actors[m.actor_id].kind == "place" for m in self.article.mentions)

    def _same_source(self, noun: str, at: int) -> Actor | None:
        """«قال مصدر سعودي مسؤول إن "…"» … «وأضاف المصدر أن "…"»: a definite speaker noun alone goes back to the
        speaker of the latest cue before it, when that cue's subject was the same noun and spoke for a body."""
        bare = _indefinite(noun)
        earlier = [s for s in self.memo if 0 <= s < at and self.memo[s] is not None]  # (not the cue in hand)
        if not earlier:
            return None
        start = max(earlier)
        actor = self.memo[start]
        words = match_key(self.text[start : start + SOURCE_REACH]).split()[1:3]
        return actor if actor.kind != "person" and bare in map(_indefinite, words) else None

    def _past_medium(self, toks: list[_Tok], i: int, end: int) -> _NP:
        """«وقال لـ«عكاظ» الناطق الإعلامي …», «وقال للصحفيين وزير الخارجية …»: the medium addressed comes
        first and the subject after it; nothing names him before the complement («قال لوكالة رويترز إن») or a
        preposition («قال للصحفيين بعد لقائه الرئيس …»: the president is no subject)."""
        for k in range(i + 1, min(end, i + 8)):
            t = toks[k]
            key, role = _info(t[0])
            if t[0] in _STOPS or t[0] == ":" or (role & _BREAK and not role & FI_MIN):
                break
            m = self._mention_at(t.start(), t.end())
            if (role & (TITLE | SPEAKER) and not _addressee(key, role)) or (
                    m is not None and not self._attached(m) and self.article.actors[m.actor_id].kind == "person"):
                return self._np(toks, k, end)
        return _NP()

    def _title_goes_on(self, toks: list[_Tok], k: int, end: int, place: bool = True) -> bool:
        """A name, a title word or a name set off by a comma at token ``k``, past the title's own definite words:
        the «لل/بال» word before it completes a title («رئيس اللجنة العليا للاحتفالات د. خالد», «المدير العام
        للمنظمة، أحمد أوزومجو», «مدير الإدارة العامة للحماية المدنية بالجيزة اللواء …»). With ``place``, also «في»
        and a place («عضو اللجنة الوطنية للحج والعمرة في مكة المكرمة …»; not after «بالمؤسسة الأمنية»: what
        «أشاد المرشد الأعلى» praised)."""
        if k < end and toks[k][0] in "،," and k + 1 < end:
            k += 1
        first, stop = k, min(end, k + DESCRIPTION_WORDS)
        while k < stop and k + 1 < end and self._mention_at(toks[k].start(), toks[k].end()) is None \
                and not _info(toks[k][0])[1] & (TITLE | TITLE_PART) \
                and (_definite(toks[k][0]) or _addressee(*_info(toks[k][0]))):
            k += 1
        if (place or k == first) and k + 1 < end and _info(toks[k][0])[0] in _TITLE_PREPS \
                and self._where_at(toks[k + 1].start(), toks[k + 1].end()):
            return True  # «المرجع الأعلى للشيعة في العراق آية الله علي السيستاني»
        if k > first and k + 1 < end and toks[k][0] in "،,":
            k += 1  # «وكيل وزارة الصحة للصحة العامة، رئيس مركز …»: a second title after a comma
        return k < end and (self._mention_at(toks[k].start(), toks[k].end()) is not None
                            or bool(_info(toks[k][0])[1] & (TITLE | TITLE_PART)))

    def _person_ahead(self, toks: list[_Tok], k: int, end: int) -> int | None:
        """The token where a person is named within a few plain words from ``k`` (no punctuation or break word; a
        body's name may stand in quotation marks: «الأمين العام لـ«أوبك» عبد الله البدري»; a person inside them is
        that body's name, «الرئيس التنفيذي لدار «روجيه دوبوي»»)."""
        quoted = False
        for n in range(k, min(end, k + BODY_NAME_WORDS)):
            if toks[n][0] in _QUOTE_CHARS:
                quoted = toks[n][0] in '«“' or toks[n][0] == '"' and not quoted
                continue
            if not toks[n][0].isalpha() or _info(toks[n][0])[1] & _BREAK:
                return None
            m = self._mention_at(toks[n].start(), toks[n].end())
            if m is not None and m.span.start == toks[n].start() and not quoted \
                    and self.article.actors[m.actor_id].kind == "person":
                return n
        return None

    def _body_next(self, toks: list[_Tok], k: int, end: int) -> bool:
        """A body or a place is named at token ``k``: the unknown word before it is a noun of the title's
        construct («مدير عام فرع وزارة الإسكان», «رئيس قسم الجراحة بمستشفى …»), not a verb that ends it."""
        if k >= end:
            return False
        m = self._mention_at(toks[k].start(), toks[k].end())
        return m is not None and m.span.start == toks[k].start() \
            and self.article.actors[m.actor_id].kind in ("organization", "place")

    def _titled_before(self, title: str, at: int) -> Actor | None:
        """«قال الرئيس الفلسطيني محمود عباس …» then «وتابع الرئيس: "…"»: a bare definite title speaks for the
        latest person the article named with it."""
        if not title.startswith("ال"):
            return None
        for m in reversed(self.mentions[: bisect.bisect_left(self.m_starts, at)]):
            actor = self.article.actors[m.actor_id]
            if actor.kind != "person":
                continue
            # the title of the person's own phrase: the mention, or the words right before it in its clause
            # (not «نائب الوزير الكوري الشمالي … مستشار الأمن القومي الأميركي، جون بولتون»)
            # (the nearest title word of that phrase, with or without its article: «وزير الدولة للشؤون الخارجية
            # الإماراتي أنور قرقاش» then «وأضاف الوزير»)
            # (a title mention is its own phrase: not «وهاجم نائب الوزير … بعنف مستشار الأمن القومي الأميركي»)
            head = self.text[max(0, m.span.start - _TITLE_BEFORE) : m.span.start]
            before = _CLAUSE_MARK.split(head)[-1]
            if not before.strip() and head.rstrip()[-1:] in "،,":
                # (the title set off by a comma: «المبعوث الأممي الجديد إلى اليمن، مارتن غريفيث»)
                before = _CLAUSE_MARK.split(head.rstrip()[:-1])[-1]
            words = match_key(before).split()[-_TITLE_WORDS:] if m.form == "name" else []
            own = [w for w in reversed(words) if _info(w)[1] & TITLE][:1]
            if own and words[-1] == own[0]:
                # (past the honorific right before the name: «وزير الصحة المهندس خالد الفالح» then «وكتب الوزير»)
                own += [w for w in reversed(words[:-1]) if _info(w)[1] & TITLE][:1]
            bare = title.removeprefix("ال")
            if bare in {w.removeprefix("ال") for w in own} | {
                    match_key(m.span.of(self.text)).split()[0].removeprefix("ال")}:
                return actor
        return None

    def _epithet_before(self, word: str, at: int, country: str | None = None) -> Actor | None:
        """«قال نجم المنتخب البلجيكي، إيدن هازارد …» … «وقال اللاعب البالغ من العمر 27 عاما "…"»: an occupation
        word standing alone («اللاعب», «النجم البلجيكي») speaks for the latest person named before it (of that
        state, with a nisba)."""
        if word not in self.lex.epithets:
            return None
        for m in reversed(self.mentions[: bisect.bisect_left(self.m_starts, at)]):
            actor = self.article.actors[m.actor_id]
            if actor.kind == "person" and (country is None or actor.country == country):
                return actor
        return None

    def _named_body(self, toks: list[_Tok], i: int, j: int) -> Actor | None:
        """«وقالت الوزارة في بيان», «وقالت متحدثة باسم الوزارة», «مسؤول في الوزارة»: the body the article named
        before that the definite noun stands for (the last organization whose name has one of the noun's words:
        «الخارجية البريطانية» for «الوزارة»); «متحدث باسمها»: the body told right before (``_body_before``)."""
        at = toks[i].start()
        noun = self._body_noun(_info(toks[i][0])[0])
        if noun not in self.lex.anaphoric_bodies:
            stop = min(j, len(toks)) - 1
            preps = ("باسم",) if noun in self.lex.guests else ("باسم", "في", "من")
            k = next((k for k in range(i, stop) if _info(toks[k][0])[0] in preps), None)
            if k is None:
                if any(_info(t[0])[0] in self.lex.in_its_name for t in toks[i : i + 2]):
                    return self._body_before(at)
                return None
            noun = _info(toks[k + 1][0])[0]  # (also «مسؤول في الوزارة»: the body he serves in)
        if noun in self.lex.delegations:
            return self._delegation_before(at)
        words = self.lex.anaphoric_bodies.get(noun)
        if not words:
            return None
        found: Actor | None = None
        for m in reversed(self.article.mentions):  # (also a body named inside a title: «رئيس المفوضية الأوروبية»)
            actor = self.article.actors.get(m.actor_id)
            if actor is not None and m.span.end <= at and actor.kind == "organization" and any(
                    w in name for name in (match_key(m.text or self.text[m.span.start : m.span.end]),
                                           *(match_key(n) for n in actor.arabic)) for w in words):
                # (by any of its names: «(سانا)» is «وكالة سانا» for «وقالت الوكالة»)
                if noun not in self.lex.unique_bodies:
                    return actor
                if found is not None and found.id != actor.id:
                    return None  # (two clubs told before: which one, the text does not say)
                found = actor
        return found

    def _body_noun(self, key: str) -> str:
        """A definite body noun, also as a genitive («بيان للوزارة»: «الوزارة»)."""
        return "ال" + key[2:] if key.startswith("لل") and "ال" + key[2:] in self.lex.anaphoric_bodies else key

    def _delegation_before(self, at: int) -> Actor | None:
        """«وقال مسؤول في الوفد» after «الوفد المصري المشارك في المفاوضات»: the state whose delegation the article
        named last before, by its nisba right after a delegation word."""
        for m in reversed(self.article.mentions):
            actor = self.article.actors.get(m.actor_id)
            if m.span.end > at or actor is None or actor.kind != "country" or m.form != "nisba":
                continue
            start = m.span.start - 2 if self.text[m.span.start - 2 : m.span.start] == "ال" else m.span.start
            before = _WORD.findall(self.text, max(0, start - 12), start)[-1:]
            if before and _info(before[0])[0] in self.lex.delegations:
                return actor
        return None

    def _body_before(self, at: int) -> Actor | None:
        """«وقال متحدث باسمها»: the organization named last before, in this sentence or the one before, unless a
        person was named after it (whose spokesman he may be)."""
        si = self._sentence(at)
        floor = self._sent_bounds(si - 1)[0] if si > 0 else 0
        for m in reversed(self.article.mentions):
            if m.span.end > at:
                continue
            if m.span.start < floor:
                return None
            actor = self.article.actors.get(m.actor_id)
            if actor is not None and actor.kind in ("organization", "person"):
                return actor if actor.kind == "organization" else None
        return None

    def _in_time(self, pos: int) -> bool:
        """``pos`` lies inside a time expression the time stage found (none when it did not run first)."""
        i = bisect.bisect_right(self.t_starts, pos) - 1
        return i >= 0 and pos < self.t_ends[i]

    def _person_in(self, span: Span) -> bool:
        """A person's name starts inside ``span`` (a quoted holder's name, not a body's short name)."""
        actors = self.article.actors
        i = bisect.bisect_left(self.m_starts, span.start)
        while i < len(self.mentions) and self.mentions[i].span.start < span.end:
            if actors[self.mentions[i].actor_id].kind == "person":
                return True
            i += 1
        return False

    def _quoted_name(self, tok: _Tok) -> bool:
        """The mark opens a quoted name («"دي لوس"», «الأهرام») rather than somebody's words."""
        q = self.q_at.get(tok.start())
        if q is None:
            return False
        return q.open in self.labels or (len(self.text[q.span.start : q.span.end].split()) <= 3 and not self._whole(q))

    def _mention_at(self, start: int, end: int) -> Mention | None:
        """The mention that starts inside the token ``[start, end)`` (clitics before a name are outside it)."""
        i = bisect.bisect_left(self.m_starts, start)
        if i < len(self.mentions) and self.m_starts[i] < end:
            return self.mentions[i]
        if i > 0 and self.mentions[i - 1].span.start < start < self.mentions[i - 1].span.end:
            return self.mentions[i - 1]
        return None

    def _attached(self, m: Mention) -> bool:
        """The mention carries «لـ/بـ» (an object or an addressee): «لنظيره», «بالرئيس», «للكرملين», also with a
        quotation mark between («لـ"رويترز"»)."""
        text, s = self.text, m.span.start
        if s > 0 and text[s - 1] in '"«“':
            s -= 1
        j = s
        while j > 0 and s - j < 5 and (text[j - 1].isalpha() or text[j - 1] == "\u0640"):
            j -= 1
        return j < s and text[j:s].replace("\u0640", "") in _OBJECT_PREFIXES

    def _glued_la(self, m: Mention) -> bool:
        """The mention carries a glued «لـ» alone (not «للـ», «بـ»)."""
        s = self.text.rfind(" ", 0, m.span.start) + 1
        return self.text[s : m.span.start].replace("\u0640", "") == "ل"

    def _glued_ba(self, m: Mention) -> bool:
        """The mention carries «بـ» («بالرئاسة»): after an unnamed official, where they work."""
        s = m.span.start
        return s > 0 and (self.text[s - 1] == "ب" or self.text[max(0, s - 3) : s] == "بال")

    def _is_object(self, m: Mention, prev: _Tok | None) -> bool:
        """After «لـ/بـ» or a preposition a mention is an object or an addressee, not a subject."""
        if self._attached(m):
            return True
        return prev is not None and prev.end() <= m.span.start and bool(_info(prev[0])[1] & (PREP | FI_MIN))

    def _clause_subject(self, start: int, cue_start: int, opening: bool = False) -> _NP:
        """SVO: the subject that opens the cue's clause («بأن بوتين أشار», «وكان ترامب قد أعلن», «الرئيس
        الروسي فلاديمير بوتين، شدد»); a relative pronoun before the cue points at its antecedent.

        With ``opening``, the subject of the clause that opens the sentence — its main verb's («التقى X بـY،
        وقال», «التقى X … مؤكدا»): a cue after «و» or a participle goes with the main verb, not with a
        complement clause. The result is explicit when a subject is there, known or not («الهيئة السعودية
        العامة للاستثمار أعلنت»: a definite noun the entity stage does not know)."""
        none = _NP()
        if cue_start - start < 3:
            return none
        if opening:
            toks = self._tokens(start, min(cue_start, start + _WINDOW))
        else:
            toks = self._tokens(max(start, cue_start - _WINDOW), cue_start)
        if not toks:
            return none
        i = 0
        anywhere = False  # past opening adverbials: the first mention that is not an object
        if toks[-1].end() >= cue_start - 2 and len(toks) >= 2 and _info(toks[-1][0])[1] & RELATIVE:
            if self._disagrees(_info(toks[-1][0])[0], cue_start):
                return none  # «سياسة وزارة الدفاع التي أشار إلى أنها …»: the verb's subject is someone else
            m = self._mention_before(toks[-2].end())  # «… هادي العامري، الذي قال»
            if m is None:  # («الأمير خالد بن سلمان بن عبد العزيز، الذي قال»: the rest of his name)
                m = self._mention_before(self._name_rest_start(toks[-1].start()))
            if m is not None:
                return _NP(self.article.actors[m.actor_id], explicit=True)
        if opening:
            i = next((j + 1 for j, t in enumerate(toks[:6]) if t[0] == ":"), 0)  # «- 12 مايو: الجبير يزور …»
        else:
            for j, t in enumerate(toks):  # the clause opens after the last complementizer, colon or «لكن»
                if t[0] == ":" or _info(t[0])[1] & (COMP | CONTRAST):
                    i = j + 1
                elif _info(t[0])[1] & COPULA and (t[0][0] in "وف" or j and toks[j - 1][0] in "،,"):
                    i = j  # … or at a joined «وكان» («… أن الإدارة الأميركية تعتبر …، وكان كيري قال»)
            if i == 0 and cue_start - _WINDOW > start:
                return none  # no clause opening within reach of the cue
        i0, skipped, copula, verb_at = i, False, False, False
        while i < len(toks):
            t = toks[i]
            key, role = _info(t[0])
            if t[0] in _LINK or role & (OPENER | SKIP) or (
                    t[0] in "،," and i > i0 and not skipped and not anywhere
                    and all(t2[0] in _LINK or _info(t2[0])[1] & (OPENER | SKIP) for t2 in toks[i0:i])):
                # (and the comma after an opener: «بدوره، عبر عبدالعزيز السويلم عن سعادته»)
                copula = copula or bool(role & COPULA)
                i += 1
                continue
            m = self._mention_at(t.start(), t.end())
            if m is not None:
                if self._is_object(m, toks[i - 1] if i > 0 and not verb_at else None):
                    if not anywhere:
                        return none
                    i += 1
                    continue
                return self._np(toks, i, None)
            if anywhere:
                i += 2 if role & (PREP | FI_MIN) else 1
                if i - i0 > 10:
                    return none
                continue
            if opening and not skipped and key in _VERB_HOMOGRAPHS \
                    and all(t2[0] in _LINK or t2[0] in "،," or _info(t2[0])[1] & (OPENER | SKIP) for t2 in toks[i0:i]) \
                    and _AN_WORD.search(self.text, t.end(), t.end() + _WINDOW) is not None:
                skipped = verb_at = True  # «كما عبر الفنان السوري سامو زين عن حزنه قائلاً»: the verb, not «عبر» (via)
                i += 1
                continue
            if opening and i == i0 and role & (PREP | FI_MIN):
                comma = next((j for j in range(i + 1, min(i + 9, len(toks))) if toks[j][0] in "،,"), None)
                if comma is not None:  # «وفي خطاب متلفز أمس، أقر الرئيس الكيني …»
                    i = i0 = comma + 1
                    continue
                anywhere = True  # «وفي مؤتمر صحافي في واشنطن هذا الشهر أسف أوباما …»: past the adverbials
                continue
            if role & (PREP | FI_MIN | COMP | CUE) or _addressee(key, role):
                return none
            if _definite(t[0]) or role & (SPEAKER | STATEMENT | TITLE) or copula:
                return self._np(toks, i, None)  # «وكان نائب وزير الخارجية الروسي سيرغي ريابكوف، أعلن»
            if skipped:
                return none
            skipped = True  # one verb before a VSO subject («التقى X بـY، وقال»)
            i += 1
        return none

    def _disagrees(self, relative: str, cue_start: int) -> bool:
        """A relative pronoun and the cue verb after it differ in gender («التي أشار», «الذي قالت»)."""
        m = _WORD.search(self.text, cue_start)
        if m is None or relative not in _RELATIVE_GENDER:
            return False
        verb = _info(m[0])[0]
        feminine = verb.endswith("ت") or verb.startswith("ت")
        return feminine != _RELATIVE_GENDER[relative]

    def _name_rest_start(self, pos: int) -> int:
        """Back from ``pos`` over a comma and the «بن …» words that go on with a name the entity stage cut short;
        ``pos`` when there are none."""
        start, links = pos, False
        for w in reversed(list(_WORD.finditer(self.text, max(0, pos - _NAME_REST), pos))):
            if self.text[w.end() : start].strip(" ،,") or _info(w[0])[1]:
                break  # (punctuation inside, or a word with a role: no name)
            start, links = w.start(), links or _info(w[0])[0] in ("بن", "بنت")
        return start if links else pos

    def _relative_goes_on(self, start: int, pos: int) -> Actor | None:
        """«مع الرئيس الأمريكي دونالد ترامب الذي كان يشعر "بالفزع" وقال "…"»: a cue with «و» that goes on with a
        relative clause (no clause mark, no other cue in between) is said by the person the clause qualifies."""
        toks = self._tokens(max(start, pos - _WINDOW), pos)
        for j in range(len(toks) - 1, -1, -1):
            t = toks[j]
            role = _info(t[0])[1]
            if t[0] in _CLAUSE_PUNCT or t[0] == ":" or role & CUE:
                return None
            if role & RELATIVE:
                m = self._mention_before(t.start())
                if m is None or j == len(toks) - 1:
                    return None
                actor = self.article.actors[m.actor_id]
                return actor if actor.kind == "person" else None
        return None

    def _person_right_before(self, pos: int) -> bool:
        """A person is named right before ``pos`` (a comma between allowed)."""
        m = self._mention_before(pos)
        return m is not None and self.article.actors[m.actor_id].kind == "person"

    def _mention_before(self, pos: int) -> Mention | None:
        i = bisect.bisect_left(self.m_starts, pos) - 1
        if i >= 0 and pos - self.mentions[i].span.end <= 3:
            return self.mentions[i]
        return None

    def _after_an(self, start: int, end: int) -> tuple[bool, Actor | None]:
        """«نقلت الوكالة عن X قوله»: whether «عن» («على لسان») introduces the speaker, and the speaker it names."""
        toks = self._tokens(max(start, end - _WINDOW), end)
        for j in range(len(toks) - 1, -1, -1):
            if _info(toks[j][0])[1] & AN:
                return True, self._np(toks, j + 1, None, source=True).actor
        return False, None

    def _relayed_from(self, end: int) -> int | None:
        """The index of the «عن» a relaying verb's source follows («ونقلت وكالة الأنباء الروسية عن …»), among the
        tokens after the verb, when it comes within its first words and no cue of its own attributes the words;
        without it the verb moves something («نقل السفارة»)."""
        toks = self._tokens(end, min(len(self.text), end + _WINDOW))
        for j, t in enumerate(toks[:_RELAY_WORDS]):
            if t[0] == "عن":
                # (not «نقلت الصحيفة عن المزروعي، الذي …، قوله»: «قوله» attributes those words itself)
                rest = itertools.takewhile(lambda x: x[0] not in _QUOTE_CHARS and x[0] != ".", toks[j + 1 :])
                return None if any(_info(x[0])[1] & CUE for x in rest) else j
            if t[0] in _CLAUSE_PUNCT or t[0] in _QUOTE_CHARS:
                return None
        return None

    def _prior_subject(self, si: int) -> Actor | None:
        """The subject a subject-less cue continues: that of the nearest earlier sentence with one. Sentences
        inside a quotation are the speaker's words, not the narrative («… عبر "تويتر": "إلى الرئيس الإيراني
        روحاني. لا تحاول …". وأضاف: …»: Trump goes on, not Rouhani)."""
        seen = 0
        for j in range(si - 1, -1, -1):
            if seen == _PRIOR_SENTENCES:
                break
            if self._quoted_at(self.sent_starts[j]) or self._subheading(j):
                continue
            seen += 1
            decided, subj = self._sentence_subject(j)
            if decided:
                return subj
        return None

    def _subheading(self, j: int) -> bool:
        """Sentence ``j`` is a paragraph of a few words with no closing punctuation and no person in it: a
        subheading between a speaker's paragraphs («البازار الكبير في طهران يشهد إضرابا نادرا» before «وتابع
        متسائلا "…"»), whose subject nobody continues (a line that names someone, «علي أبوالمكارم», does)."""
        start, end = self._sent_bounds(j)
        line = self.text[start:end].strip()
        eol = self.text.find("\n", end)
        if not (start in self.par_starts and not self.text[end : eol if eol >= 0 else len(self.text)].strip()
                and line and line[-1] not in _STOPS and line[-1] not in _QUOTE_CHARS and line[-1] != ":"
                and len(line.split()) <= SUBHEADING_WORDS):
            return False
        actors = self.article.actors
        return not any(start <= m.span.start < end and m.actor_id in actors and actors[m.actor_id].kind == "person"
                       for m in self.article.mentions)

    def _quoted_at(self, pos: int) -> bool:
        i = bisect.bisect_right(self.q_bounds, (pos, len(self.text))) - 1
        return i >= 0 and self.q_bounds[i][0] < pos < self.q_bounds[i][1]

    def _sentence_subject(self, j: int) -> tuple[bool, Actor | None]:
        """Who sentence ``j`` is about: the speaker its main cue names, else the subject that opens it.
        ``(True, None)`` when that speaker is named but unknown («وأوضح أبو محمد»): the chain stops there.
        No look further back: the caller walks back sentence by sentence."""
        if j in self.sent_subject:
            return self.sent_subject[j]
        self.sent_subject[j] = (False, None)
        start, end = self._sent_bounds(j)
        res: tuple[bool, Actor | None] = (False, None)
        # the first cue is the main verb; later ones sit in its complement («شدد X على أن المباحثات تؤكد …»)
        i = bisect.bisect_left(self.cue_starts, start)
        while i < len(self.cues) and self.cues[i].span.start < end:
            c = self.cues[i]
            i += 1
            if c.kind.verb and not c.kind.trailing:
                if c.kind.informing:  # (who informs may be told before the verb: «وكان روحاني قد أبلغ أمانو»)
                    res = (True, self._speaker(c, j, 0))
                    break
                known = self.memo.get(c.span.start)
                res = (True, known) if known is not None else self._named_subject(c, j)
                if res[0]:
                    break
        if not res[0]:
            # (past a fronted phrase set off by a comma: «وفي تلميح إلى استجداء الشعب الإيراني …، وجه خامنئي …»)
            fronted = _FRONTED.match(self.text, start, end)
            at = fronted.end() if fronted is not None else start
            opening = self._clause_subject(at, min(end, at + 60), opening=True)
            res = (opening.explicit, opening.actor)
        self.sent_subject[j] = res
        return res

    def _named_subject(self, cue: _Cue, si: int) -> tuple[bool, Actor | None]:
        """The subject a cue names itself (after it, or opening its clause), without inference: whether it
        names one, and the actor when known."""
        if cue.kind.document or cue.kind.reported or self._pronoun_subject(cue):
            return False, None  # («إلا أنها أقرت لأول مرة أن …»: the subject is a pronoun; the one before goes on)
        s_start, s_end = self._sent_bounds(si)
        np = self._np(self._tokens(cue.span.end, min(s_end, cue.span.end + _WINDOW)), 0, None)
        if np.explicit and (np.actor is not None and not (cue.kind.objective and _club(np.actor))
                            or not cue.kind.objective):
            return True, np.actor  # (after an object verb an unknown word is its object: «ووصف اجتماع الوزراء بأنه»;
            # so is a club: «ووصف ريال مدريد بأنه»)
        if cue.kind.participle:
            return False, None
        clause = self._clause_subject(s_start, cue.span.start - len(cue.prefix), opening=bool(cue.prefix))
        return clause.explicit, clause.actor

    def _issuer(self, cue: _Cue, si: int, end: int) -> Actor | None:
        """«وجاء في البيان: "…"», «جاء في بيان للخارجية»: the organization that issued the document;
        «بعث X برقية … جاء فيها»: the sender, the subject of the sentence."""
        if _info(self.text[cue.span.end - 4 : cue.span.end])[0].endswith(("فيه", "فيها")):
            main = self._clause_subject(self.sent_starts[si] if si >= 0 else 0, cue.span.start, opening=True)
            if main.explicit:
                return main.actor
        noun_at = cue.span.start + self.text[cue.span.start : cue.span.end].rfind(" ") + 1  # «جاء في البرقية»
        sender = self._sender(self._first_key(noun_at), si)
        if sender is not None:
            return sender
        toks = self._tokens(cue.span.end, min(end, cue.span.end + 100))
        for j, t in enumerate(toks[:8]):
            if t[0] == ":" or t[0] in _QUOTE_CHARS:
                break
            key, role = _info(t[0])
            if key in self.lex.relayed_by and self._first_key(noun_at) in self.lex.body_statements:
                break  # «بيان للمجلس أوردته وكالة الأنباء السعودية»: the medium after only relays it (not a
                # report's: «تقرير نشرته صحيفة …» is the paper's own)
            m = self._mention_at(t.start(), t.end())
            if m is not None:
                return self.article.actors[m.actor_id]
            if key.startswith("لل") and self._body_noun(key) in self.lex.anaphoric_bodies:
                body = self._named_body(toks, j, len(toks))  # «بيان للمجلس»: the council named before
                if body is not None:
                    return body
            if t[0] in _LINK or role & TSKIP or not (_definite(t[0]) or role & (SPEAKER | TITLE)):
                continue
            return self._np(toks, j, None, source=True).actor  # «جاء في بيان أصدرته الوزارة»: named, maybe unknown
        return self._statement_issuer(si, cue.span.start, None, noun_at)

    def _sender(self, noun: str, si: int) -> Actor | None:
        """«بعث الوزير X برقية عزاء إلى …» then «وجاء في البرقية …: "…"» (``noun``, a match key): the cable is the
        one sent in the sentences before, and its sender (the subject of that sentence) speaks."""
        forms = self.lex.sent_documents.get(noun)
        if not forms or si < 0:
            return None
        for sj in range(si - 1, max(-1, si - 1 - _PRIOR_SENTENCES), -1):
            s_start, s_end = self._sent_bounds(sj)
            told = next((t for t in self._tokens(s_start, s_end) if _info(t[0])[0] in forms), None)
            if told is not None:
                main = self._clause_subject(s_start, told.start(), opening=True)
                return main.actor if main.explicit else None
        return None

    def _statement_issuer(self, si: int, pos: int, country: Actor | None, after: int | None = None) -> Actor | None:
        """An unnamed statement speaks for the organization named before it in the sentence, else for the last
        organization a cue or an attribution credited, else for the country its adjective names, else for the
        multilateral body the article named last when the words after ``after`` are a statement's («البيان»)."""
        s_start = self.sent_starts[si] if si >= 0 else 0
        i = bisect.bisect_left(self.m_starts, pos) - 1
        while i >= 0 and self.mentions[i].span.start >= s_start:
            a = self.article.actors[self.mentions[i].actor_id]
            if a.kind == "organization" and a.sector != "media":  # (not «مسودة سابقة نشرتها رويترز»)
                return a
            i -= 1
        definite = country is None and after is not None and self._first_key(after) in self.lex.body_statements
        # («وأضاف البيان:» goes on with the statement an organization issued earlier, however far back)
        near = self.sent_starts[max(0, si - _PRIOR_SENTENCES)] if si >= 0 else 0
        first = 0 if definite else near
        i = bisect.bisect_left(self.cue_starts, pos) - 1
        while i >= 0 and self.cues[i].span.start >= first:  # «وفقا لما نقله موقع التلفزيون المصري»
            c = self.cues[i]
            ci = self._sentence(c.span.start)
            a = self._trailing_speaker(c, ci) if c.kind.trailing else self._speaker(c, ci, 0)
            if a is not None and a.kind == "organization" and (c.span.start >= near or a.sector != "media"):
                if country is None or a.country in (None, country.name, country.iso2):
                    return a
            i -= 1
        if definite:
            # «وقال البيان: "…"» in the report of a G7 summit: the multilateral body the article last named
            i = bisect.bisect_left(self.m_starts, pos) - 1
            while i >= 0:
                a = self.article.actors[self.mentions[i].actor_id]
                if a.id in self.lex.statement_bodies:
                    return a
                i -= 1
        return country

    def _first_key(self, pos: int) -> str:
        toks = self._tokens(pos, min(len(self.text), pos + 30))
        return _info(toks[0][0])[0] if toks else ""

    def _trailing_speaker(self, cue: _Cue, si: int) -> Actor | None:
        key = -1 - cue.span.start
        if key not in self.memo:
            self.memo[key] = None
            self.memo[key] = self._trailing(cue, si)
        return self.memo[key]

    def _trailing(self, cue: _Cue, si: int) -> Actor | None:
        """After «بحسب/وفقا لـ/قال»: the speaker named next; «على حد تعبيره»: the sentence's subject."""
        s_start, s_end = self._sent_bounds(si)
        toks = self._tokens(cue.span.end, min(s_end, cue.span.end + _WINDOW))
        if not cue.kind.trailing:
            np = self._np(toks, 0, None)
            if np.explicit:
                return np.actor
        else:
            unknown = 0
            for j, t in enumerate(toks[:8]):
                if t[0] in _STOPS:
                    break
                role = _info(t[0])[1]
                if self._mention_at(t.start(), t.end()) is not None or role & HEAD_ANY:
                    np = self._np(toks, j, None, source=True)
                    if np.statement and np.actor is None:
                        if j + 1 < len(toks) and _info(toks[j + 1][0])[0] in _OWN:
                            break  # «حسب بيان له»: the subject's own statement
                        return self._statement_issuer(si, cue.span.start, np.country)
                    return np.actor  # «وفقا للمرصد السوري»: named, resolved or not
                if not role & TSKIP and t[0] not in _LINK and t[0] not in _QUOTE_CHARS:
                    unknown += 1
                    if unknown > 2:
                        return None  # «بحسب شهادات عدة، …»: somebody the entity stage does not know
        earlier = self._earlier_cue(si, cue)
        if earlier is not None:
            return self._speaker(earlier, si, 0)
        main = self._clause_subject(s_start, cue.span.start, opening=True)
        return main.actor if main.explicit else self._prior_subject(si)


def _club(actor: Actor | None) -> bool:
    """A sports body (sector ``sport``: a club, a national team, a league): after an object verb, what is
    described, never who speaks. Not a sportsman or a coach: «دعا غوارديولا لاعبي فريقه» is his call, as
    anyone's."""
    return actor is not None and actor.sector == "sport" and actor.kind != "person"


def _addressee(key: str, role: int) -> bool:
    """«للصحفيين», «بالرئيس», «لوكالة …»: a word with «لـ/بـ» glued to a noun (not «برهان», «لافروف»)."""
    return key.startswith(("لل", "بال", "ولل", "وبال")) or (key[:1] in "لب" and bool(role & HEAD_ANY))


def _glued_place(word: str, nxt: str) -> bool:
    """«بمجلس النواب», «بجامعة زامبيا»: «بـ» glued to the first noun of a construct says where a title holder
    serves («العضوة بمجلس النواب»); the article-less noun is followed by its complement."""
    return word.startswith("ب") and not word.startswith("بال") and len(word) > 3 and (
        _definite(nxt) or not _info(nxt)[1])


def _indefinite(key: str) -> str:
    """A match key without its article («الرئاسي» → «رئاسي»), so a definite repeat finds the indefinite form."""
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


def _definite(word: str) -> bool:
    """A word with the article is a noun (verbs never take it): «الهيئة», «والدستور»; the raw word is tested,
    since «إلغاء» folds to a key that starts like the article, and verbs that start with «الت» are not nouns."""
    return word.startswith(("ال", "وال", "فال")) and len(word) > 3 and not _info(word)[1] & AL_VERB


def _word_before(text: str, p: int) -> str:
    """The word that ends right before ``p`` (spaces between allowed), or ""."""
    e = p
    while e > 0 and text[e - 1] == " ":
        e -= 1
    b = max(text.rfind(" ", max(0, e - 30), e), text.rfind("\n", max(0, e - 30), e)) + 1
    return text[b:e]
