"""People the knowledge base does not know: name-shaped word chains with evidence, and their English names.

Arabic has no capital letters, so a name is found by its shape and its surroundings: a chain that starts with a
given name («مساعد»، «خلدون») and runs over name words and connectors («بن»، «آل»), taken for a person only
with evidence — an honorific right before («الدكتور»), a role word right after («… الشامسي نائب الأمين العام»),
a connector inside, or a known family name at its end («المزروعي»). The cues are data
(``data/kb/name_cues.yaml``); the name words come from the KB and from the name table that ships with
``arabic-name-romanizer`` (CC0, Wikidata).

English names: the KB's own token spellings first (its people give «فلاديمير» → Vladimir), then
``arabic-name-romanizer`` (dictionary, then its small model), then a letter-by-letter rule as the last resort.
Foreign names (after a foreign given name) are looked up in a list of real Latin names first
(``latin_names.py``: «وودز» Woods, not the rule's Wewdz).
Recognised people carry a lower ``confidence`` than KB people.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache
from importlib import resources

import ahocorasick

from marsad.errors import MarsadError
from marsad.extract.common import clause_start, load_data
from marsad.extract.latin_names import latin_names
from marsad.extract.ner import TOKEN, Tagger
from marsad.kb import KnowledgeBase
from marsad.link.text import doc_freq, surface
from marsad.model import Actor, Article, Mention, Span
from marsad.text.normalize import match_key

_WORD = re.compile(r"[^\W\d_]+")
_CLITICS = "وفبل"
MAX_CHAIN = 8
MAX_TAGGED = 16  # windows of name-shaped chains without evidence the statistical tagger judges, per article
# (it was 2: earlier chains used the judgements up before a speaker late in the article; 16 costs no measurable time)
TAG_BEFORE, TAG_AFTER = 24, 12  # characters of context the tagger sees around such a chain
_CODE_AFTER = re.compile(r" ?\d")
_WORD_BEFORE_CHARS = " \n(«\"“'،,:؛-–—/#"  # («#صفاء_الهاشم»: a hashtag)
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")
_BEFORE_CHARS = 40  # enough for the two words an honorific may take («الفريق الركن»)
_AFTER_CHARS = 160  # enough for a chain of MAX_CHAIN words and the role word after it
COMMON_DF = 1000  # a family name seen in more corpus documents is a common word too («الحرب»)
FOREIGN_DF = 500  # a foreign family name («راتكليف»، «سكريبال») is rarer than this in the corpus
GIVEN_NOUN_DF = 300  # a foreign given name this frequent may be an Arabic word too («جيب» Jeb, a pocket)
VARIANT_RATIO = 0.75  # letters two spellings of one family name share («غريفيث»، «غريفثت»)
SPELLING_AGREEMENT = 0.4  # how alike the name table's spelling and the letter rule's must be to trust the table
MAX_FOREIGN = 2  # words a foreign family name may take («جان لوي توران»)
RECOGNISED_CONFIDENCE = 0.6
ROMANIZER_CONFIDENCE = 0.5
RULE_CONFIDENCE = 0.3

# last resort: one Latin spelling per letter (key text: alef forms already folded)
_LETTERS = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f",
    "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "a", "و": "w", "ي": "y", "ى": "a", "ة": "a",
    "ء": "", "ئ": "", "ؤ": "", "پ": "p", "چ": "ch", "گ": "g", "ڤ": "v",
}


_ABD = frozenset({"عبد", "وعبد", "لعبد", "بعبد"})
_DIN = "الدين"
_ALLAH = match_key("الله")  # «عطاء الله», «نصر الله»: one name word with the word before it
_AL = match_key("آل")  # the family connector («آل سعود»), «ال» in match keys
# the article as Latin spellings write it, assimilated or not («Al-Hajri», «ash-Sheikh», «ad-Din»)
_ARTICLE_SPELLINGS = ("al", "el", " al-", "ash-", "as-", "ad-", "an-", "ar-", "at-", "az-", "ath-", "adh-")
_LINKS = {"بن": "bin", "ابن": "bin", "بنت": "bint"}
_BIN = frozenset({"بن", "بنت"})  # («ابن» before a role word is "the son of a minister": «ابن وزير سابق»)
_SPEECH_MARKS = frozenset(":")  # (not quotation marks: «كلمات أنغام البسيطة "حفرت …"»)
_OPENING_MARKS = frozenset('"«“')  # (after one word of a known name they open its words: «وأضاف أندرسون "…"»)
_WORD_RE = re.compile(r"[^\W\d_]+")
TITLE_REACH = 70  # characters before a foreign name in which its title is sought
_CLAUSE_ENDS = "،,.:؛\n\"«»()"
SPEECH_REACH = 90  # characters before a name in which the speech verb introducing it is sought
# (match keys) a description's adjective («حقوقية», «أوروبيون», «مطلعه») and plural head («مديرو», «ناشطون»)
_ADJECTIVE_ENDINGS = ("يه", "عه", "له", "يده", "ات")
_PLURAL_ENDINGS = ("ون", "ين", "و", "ات", "ان", "اء")  # (also «نشطاء»، «خبراء»)
_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "bin", "ibn", "ben", "bint", "abu",
                        "abd", "abdel", "abdul", "abdal"})  # Latin words a name's Arabic writes glued or not at all
PLURAL_DF = 20  # corpus articles with «…ون»/«…ين» that make a word in «…و» the construct plural
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
_APPOSITION_COMMAS = ("،", ",")
_PUNCT_OR_LINE = re.compile(r"[^\w\u0640\u064b-\u065f ]")  # not a letter, mark or space: a phrase has ended
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# the name in Latin letters right after its Arabic spelling («جيروم باول Jerome Powell», «(Jerome Powell)»)
_LATIN_NAME = re.compile(r"[ \u00a0]*\(?([A-Z][A-Za-z'’.-]*(?:[ \u00a0]+[A-Z][A-Za-z'’.-]*){1,3})")
_OFFICE_WORDS = 5  # words of a speaker's office between the speech verb and the name
_SYLLABLE = re.compile(r"-[\u0621-\u064a]{1,5}(?![\u0621-\u064a-])")  # a name's hyphenated last syllable
_FAR_OFFICE_WORDS = 9  # … with its body and place, when the name is right before the words
_APPOSITION = frozenset({"وهو", "وهي", "الذي", "التي"})  # «وقالت ديكينا ميوزيا، وهي طالبة …»
_AGE = re.compile(r"[،,]\s*\(?\d{1,3}\s*(?:عاما|عام|سنه)\b")  # an age in apposition (match keys)
_COMPS = frozenset({"ان", "انه", "انها"})  # «وقال X إن …» (match keys)
# after a speaker's one-word name: where or when they spoke («وقالت جولي خلال زيارتها:», «وقال إيلمان لبي بي سي»)
# or when, looking back («وقال المفوض الزراعي الأوروبي داتشين شولوز وقتها:»)
_AFTER_SPEAKER = frozenset({"في", "خلال", "على", "عبر", "امام", "بعد", "عقب", "لدي", "قبل", "وقتها", "حينها", "يومها",
                            "انذاك"})


@dataclass(frozen=True, slots=True)
class NameCues:
    honorifics: frozenset[str]
    role_heads: frozenset[str]
    connectors: frozenset[str]
    stops: frozenset[str]
    given: frozenset[str]
    foreign: frozenset[str]  # given names of other traditions, after which a rare word may be a family name
    surnames: frozenset[str]  # family names with «ال»
    family: frozenset[str]  # family names the name table attests several times («الصباح»)
    name_words: frozenset[str]
    speech_after: frozenset[str]  # words after a speaker's name («لوكالة»); a colon counts too
    speech_verbs: frozenset[str]  # the speech verbs of quotes/cues.yaml, with «و/ف»
    din_first: frozenset[str] = frozenset()  # «عز» of «عز الدين»: the first word of a given name in «الدين»
    counterparts: frozenset[str] = frozenset()  # «نظيره»: with a nisba after it, a title («ونظيره العراقي X»)
    offices: frozenset[str] = frozenset()  # the head word of an office one person holds («أمير منطقة الرياض»)
    person_nouns: frozenset[str] = frozenset()  # «الشاب»: with a nisba after it, before a name
    prepositions: frozenset[str] = frozenset()  # «مع», «إلى»: before a name, they introduce someone else
    country_offices: frozenset[str] = frozenset()  # «وزير»: with a country after it, before its holder's name
    short_form_honorifics: frozenset[str] = frozenset()  # «الأمير»: with a given name alone, the person named before
    bureaus: frozenset[str] = frozenset()  # «مكتب»: before an office holder, the body issuing for them
    places_before: frozenset[str] = frozenset()  # «في»: before «مكتب», the room
    not_names: frozenset[str] = frozenset()  # «شاهد عيان», «كرم أبو سالم»: name-shaped phrases that are no one
    occupations: frozenset[str] = frozenset()  # «باحث»: with the article, after a speaker's name, what he does
    eulogies: frozenset[tuple[str, ...]] = frozenset()  # «طيب الله ثراه»: after a name, never part of it
    foreign_particles: frozenset[str] = frozenset()  # «دي» of «أنطونيو دي ماتيو»: inside a foreign family name
    # «أمين», «سفير»: role words that are also given names; right after «بن/بنت», a father's name
    given_roles: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _romanizer_db() -> sqlite3.Connection | None:
    """A read-only connection to the name table shipped with ``arabic-name-romanizer`` (None without it)."""
    try:
        path = resources.files("arabic_name_romanizer").joinpath("resources", "names.sqlite3")
    except ModuleNotFoundError:
        return None
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


@dataclass(frozen=True, slots=True)
class _NameTable:
    given: frozenset[str]  # given names (match keys)
    other: frozenset[str]  # other name words
    family: frozenset[str]  # family names with «ال» attested several times
    spellings: dict[str, str]  # the most frequent Latin spelling of each word


@lru_cache(maxsize=1)
def _name_table() -> _NameTable:
    """The romanizer's name table as match keys, read in one pass (empty without it)."""
    db = _romanizer_db()
    if db is None:
        return _NameTable(frozenset(), frozenset(), frozenset(), {})
    by_role: Counter[tuple[str, str]] = Counter()
    by_latin: Counter[tuple[str, str]] = Counter()
    for key, role, latin, count in db.execute(
            "SELECT arabic_key, role, latin, sum(count) FROM units GROUP BY arabic_key, role, latin"):
        by_role[key, role] += count
        by_latin[key, latin] += count
    given: set[str] = set()
    other: set[str] = set()
    family: set[str] = set()
    for (key, role), count in by_role.items():
        k = match_key(key)
        if " " in k or len(k) < 2:
            continue
        if role == "given" and count >= 2:
            given.add(k)
        else:
            other.add(k)
            if role == "surname" and count >= 3 and k.startswith("ال"):
                family.add(k)
    best: dict[str, tuple[int, str]] = {}
    for (key, latin), count in sorted(by_latin.items()):  # ties: the first in key, spelling order
        k = match_key(key)
        if k not in best or count > best[k][0]:
            best[k] = (count, latin)
    return _NameTable(frozenset(given), frozenset(other), frozenset(family),
                      {k: latin for k, (_, latin) in best.items()})


def load_cues(kb: KnowledgeBase) -> NameCues:
    data = load_data("kb/name_cues.yaml")

    def keys(field: str) -> frozenset[str]:
        return frozenset(match_key(w) for w in data.get(field) or [])

    # verbs that start like the article («التقى») are never names
    al_verbs = frozenset(match_key(w) for w in load_data("quotes/cues.yaml").get("al_verbs", []))
    # (not a connector: the letter name «إل» folds to the key of «آل»)
    stops = (keys("stops") | keys("role_heads") | keys("honorifics") | keys("letter_names") | keys("counterparts")
             | al_verbs) - keys("connectors")
    table = _name_table()
    table_given, table_other, family = table.given, table.other, table.family
    kb_given = {g for g in kb.given_names if " " not in g}
    given = (kb_given | table_given) - stops - keys("connectors") - keys("not_given")
    foreign = frozenset(kb.foreign_given_names - stops - keys("connectors"))
    surnames = {w for w in table_other if w.startswith("ال") and len(w) > 4} - stops
    din_first = frozenset(match_key(w) for w in load_data("kb/given_names.yaml").get("din_compounds") or [])
    return NameCues(keys("honorifics"), keys("role_heads"), keys("connectors"), stops, frozenset(given), foreign,
                    frozenset(surnames), frozenset(family - stops), frozenset((given | table_other) - stops),
                    keys("speech_after"), speech_verbs(), din_first, keys("counterparts"), keys("offices"),
                    keys("person_nouns"), keys("name_prepositions"), keys("country_offices"),
                    keys("short_form_honorifics"), keys("bureaus"), keys("places_before"),
                    frozenset(" ".join(match_key(p).split()) for p in data.get("not_names") or []),
                    keys("occupations"), frozenset(tuple(match_key(p).split()) for p in data.get("eulogies") or []),
                    keys("foreign_particles"), frozenset((kb_given | table_given) & keys("role_heads")))


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """The quotes stage's speech verbs as match keys, also with «و»/«ف» before them."""
    verbs = {match_key(v) for v in load_data("quotes/cues.yaml")["verbs"] if " " not in v}
    return frozenset(verbs | {c + v for v in verbs for c in "وف"})


@lru_cache(maxsize=1)
def _normalizer() -> Callable[[str], str] | None:
    try:
        from arabic_name_romanizer.normalize import normalize_arabic
    except ImportError:
        return None
    return normalize_arabic


def _full_name(arabic: str, words: int) -> str | None:
    """The name table's most frequent spelling of the whole name (Wikidata labels), if it has one with no more
    words than the Arabic's ``words`` (particles aside): not a longer name the table files under the same key
    («مازن الحذيفي» is no «Mazin Ahmed Al-Huthayfi»)."""
    db, norm = _romanizer_db(), _normalizer()
    if db is None or norm is None:
        return None
    row = db.execute("SELECT latin FROM full_names WHERE arabic_key = ? GROUP BY latin ORDER BY sum(count) DESC "
                     "LIMIT 1", (norm(arabic),)).fetchone()
    if row is None or sum(1 for w in row[0].split() if w.lower() not in _PARTICLES) > words:
        return None
    return row[0]


class Transliterator:
    """English spelling of an Arabic personal name: the KB's and the curated spellings of its words, then the
    name table's spelling of the whole name, then of each word, then the romanizer (its model is slow: a few ms a
    name), then a letter rule."""

    def __init__(self, kb: KnowledgeBase) -> None:
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for a in kb.actors.values():
            if a.kind != "person" or a.id in kb.own_spelling:
                continue  # («Vatma Vall Mint Soueina»: a local spelling, not how «فاطمة» is written in English)
            latin = [w.strip(",") for w in a.name.split()]  # («Hussein, Crown Prince of Jordan»: no comma)
            for ar in a.arabic[:1]:  # the full name (later forms may be a surname with a particle)
                words = match_key(ar).split()
                if len(words) == len(latin) > 1:
                    for w, lat in zip(words, latin, strict=True):
                        votes[w][lat] += 1
        self.table = {w: c.most_common(1)[0][0] for w, c in votes.items()}
        self.spell = _name_table().spellings
        with resources.files("marsad").joinpath("data", "kb", "transliteration.tsv").open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip() and not line.startswith("#"):
                    ar, _, latin = line.rstrip("\n").partition("\t")
                    self.table[match_key(ar)] = latin.strip()

    def __call__(self, arabic: str) -> tuple[str, float]:
        words = _join_abd(match_key(arabic).split())
        if words and all(w in self.table for w in words):
            return _spelled(words, [self.table[w] for w in words]), RECOGNISED_CONFIDENCE
        full = _full_name(arabic, len(words))
        if full:
            return _article_apart(words, full), ROMANIZER_CONFIDENCE
        spelled = [_LINKS.get(w) or self.table.get(w) or self.spell.get(w) for w in words]
        if words and all(spelled):
            return _spelled(words, spelled), ROMANIZER_CONFIDENCE  # type: ignore[arg-type]
        latin = self._romanize_parts(arabic)
        if latin:
            return _article_apart(words, latin), ROMANIZER_CONFIDENCE
        return " ".join(_rule(w) for w in words), RULE_CONFIDENCE

    def foreign(self, arabic: str) -> tuple[str, float]:
        """A name of another tradition («ريتشارد راتكليف»): known spellings of its words, then a letter rule that
        writes vowels as Western names do (the Arabic romanizer gives «راتكليف» as Ratiklef; Ratcliffe is meant)."""
        words = match_key(arabic).split()
        if words and all(w in self.table for w in words):
            return " ".join(self.table[w] for w in words), RECOGNISED_CONFIDENCE
        full = _full_name(arabic, len(words))
        if full:
            return full, ROMANIZER_CONFIDENCE
        first = self.table.get(words[0]) or self.spell.get(words[0]) or latin_names().lookup(words[0], "given") \
            or _foreign_rule(words[0])
        return " ".join([first, *(self._hyphenated(w) for w in words[1:])]), RULE_CONFIDENCE

    def _hyphenated(self, word: str) -> str:
        """A later word of a foreign name: a family name («وودز» Woods), or, hyphenated, its syllables spelled one
        by one («يونغ-مو» Yong-mo)."""
        if "-" not in word:
            return self.table.get(word) or self._foreign_word(word, "family")
        head, *rest = word.split("-")
        return "-".join([self.table.get(head) or self._foreign_word(head), *(self._foreign_word(p).lower()
                                                                           for p in rest if p)])

    def _foreign_word(self, word: str, kind: str | None = None) -> str:
        """The name table's spelling when it agrees with the letter rule («لوكاس» Lucas, not Lokas), else the
        real ``kind`` name Arabic writes so («وودز» Woods, see latin_names.py), else the rule (the table's
        Arabic-minded spelling of «إغناشيفيتش» is Ajnashfitsh). Syllables of a hyphenated (East Asian) word are
        not looked up: the lists hold no syllables."""
        rule, table = _foreign_rule(word), self.spell.get(word)
        if table and SequenceMatcher(None, rule.lower(), table.lower()).ratio() >= SPELLING_AGREEMENT:
            return table
        return (kind and latin_names().lookup(word, kind)) or rule

    def _romanize_parts(self, arabic: str) -> str | None:
        """The romanizer, one stretch between «بن»s at a time (whole, it drops some: «شخبوط بن نهيان»), with
        the curated spelling of every word the tables know when the words line up («سلطان» alone comes back
        from its dictionary as a family name)."""
        parts: list[str] = []
        stretch: list[str] = []

        def flush() -> bool:
            if not stretch:
                return True
            latin = _romanize(" ".join(stretch))
            if not latin:
                return False
            toks = latin.split()
            if len(toks) == len(stretch):
                toks = [self.table.get(match_key(w), t) for w, t in zip(stretch, toks, strict=True)]
            parts.append(" ".join(toks))
            stretch.clear()
            return True

        for word in _join_abd_words(arabic.split()):
            link = _LINKS.get(match_key(word))
            if link is None:
                stretch.append(word)
                continue
            if not flush():
                return None
            parts.append(link)
        if not flush():
            return None
        return " ".join(parts)


def _definite(text: str, m: Mention) -> bool:
    """The mention keeps its article, in its span or right before it («الأمريكي», «ال» + «كرواتي»)."""
    return match_key(text[m.span.start : m.span.end]).startswith("ال") \
        or text[max(0, m.span.start - 2) : m.span.start] == "ال"


def _spelled(words: list[str], latin: list[str]) -> str:
    """Word-by-word spellings, a family name keeping its article as news and Wikipedia write it («الحجري» →
    Al-Hajri, where the word tables give the bare Hajri)."""
    out = []
    for i, (w, lat) in enumerate(zip(words, latin, strict=True)):
        # (not after «آل», nor a spelling that already carries the article: «آل الشيخ» is Al ash-Sheikh)
        if w.startswith("ال") and len(w) > 4 and not lat.lower().startswith(_ARTICLE_SPELLINGS) \
                and not (i and words[i - 1] == _AL):
            lat = "Al-" + lat
        out.append(_apart(w, lat) if i else lat)
    return " ".join(out)


_GLUED_ARTICLE = re.compile(r"(?i)[ae]l([b-df-hj-np-tv-z][a-z]{2,})")


def _article_apart(words: list[str], latin: str) -> str:
    """Family names' article written apart, as news and Wikipedia do: the romanizer and the name table glue
    it on («البازعي» Albazei, «الحديدي» Elhadidy), which reads as another word than Al-Bazai."""
    toks = latin.split()
    if len(toks) != len(words):
        return latin
    return " ".join(_apart(w, lat) if i else lat for i, (w, lat) in enumerate(zip(words, toks, strict=True)))


def _apart(word: str, latin: str) -> str:
    """One family name's glued article apart, where it is one: a consonant after it in both scripts (not
    «إلياس» Elias), and not assimilated («اللومي» Elloumi keeps its spelling)."""
    m = _GLUED_ARTICLE.fullmatch(latin)
    if m is None or not word.startswith("ال") or len(word) < 5 or word[2] in "اويعءل":
        return latin
    return "Al-" + m.group(1)[:1].upper() + m.group(1)[1:]


def _short_form(name: str) -> str:
    """The name people are known by: given name + family name, without the father's name («مساعد بن محمد
    العيبان» → «مساعد العيبان», «أسامة بن جعفر فقيه» → «أسامة فقيه»), so both forms are one actor. Royal houses
    («… بن زايد آل نهيان») keep it."""
    words = name.split()
    keys = [match_key(w) for w in words]
    if len(words) < 4 or keys[1] not in _LINKS or keys[-2] in _LINKS:
        return name  # (not a chain that ends in a father's name «… بن عبدالعزيز»)
    if "ال" in keys:  # «آل» (its key is that of the article)
        if keys[-2] != "ال" or keys[-1] in _royal_houses():
            return name  # a royal house keeps the chain: «… بن زايد آل نهيان»
        return f"{words[0]} {words[-2]} {words[-1]}"  # «سعد بن محمد آل فريان» → «سعد آل فريان»
    return f"{words[0]} {words[-1]}"


@cache
def _spelled_apart() -> re.Pattern[str]:
    """A first word that is no name as spelled, though its key is one (name_cues.yaml ``spelled_apart``)."""
    words = load_data("kb/name_cues.yaml").get("spelled_apart") or []
    return re.compile(rf"[وفب]?(?:{'|'.join(map(re.escape, words))})\b" if words else r"(?!)")


PRINCELY_TITLE_REACH = 40  # characters before a name in which its princely title is sought («صاحب السمو الملكي الأمير»)


@cache
def _princely_cues() -> tuple[dict[str, str], frozenset[str]]:
    """name_cues.yaml ``founders`` (match key → house) and ``princely_titles`` (match keys)."""
    cues = load_data("kb/name_cues.yaml")
    return ({match_key(k): v for k, v in (cues.get("founders") or {}).items()},
            frozenset(match_key(w) for w in cues.get("princely_titles") or []))


def _princely_house(original: str, start: int, name: str) -> str | None:
    """The house of a prince named as «X بن Y بن <founder>» right after a princely title (name_cues.yaml
    ``founders``), or None."""
    founders, titles = _princely_cues()
    keys = match_key(name).split()
    house = next((h for f, h in founders.items() if len(keys) == 4 + len(f.split()) and keys[1] in _LINKS
                  and keys[3] in _LINKS and " ".join(keys[4:]) == f), None)
    if house is None:
        return None
    before = match_key(original[max(0, start - PRINCELY_TITLE_REACH) : start]).split()
    return house if before and before[-1].removeprefix("و").removeprefix("ل") in titles else None


@cache
def _royal_houses() -> frozenset[str]:
    return frozenset(match_key(w) for w in load_data("kb/name_cues.yaml").get("royal_houses") or [])


def _whole_occurrences(key: str, word: str) -> Iterator[tuple[int, int]]:
    """Where ``word`` stands whole in the match-key text ``key``, after up to two clitics («و/ف/ب/ل»)."""
    ks = key.find(word)
    while ks >= 0:
        ke = ks + len(word)
        head = ks
        while head > 0 and ks - head < 2 and key[head - 1] in "وفبل":
            head -= 1
        if (head == 0 or not key[head - 1].isalpha()) and (ke == len(key) or not key[ke].isalpha()):
            yield ks, ke
        ks = key.find(word, ke)


def _skeleton(word: str) -> str:
    """A transliterated word without its long vowels after the first letter («هاندرسون», «هندرسون»: «هندرسن»)."""
    return word[:1] + word[1:].replace("ا", "").replace("ي", "").replace("و", "")


def _spelling_key(words: list[str], loose: bool = False) -> tuple[str, ...]:
    """A full name's given word and the skeletons of the words after it. ``loose``: the given word by its
    skeleton too, marked apart («ستيفين هاربر» is «ستيفن هاربر»), for a foreign given word of four consonants or
    more (short ones differ by their vowels, «جون», «جين»; and an Arabic «محمد» is no «محمدو» Issoufou)."""
    given = _skeleton(words[0])
    return ("~" + given if loose and len(given) >= 4 else words[0], *(_skeleton(w) for w in words[1:]))


def _clitic_before(word: str, words: frozenset[str]) -> int:
    """Length of the one-letter clitic before a word of ``words`` (0 or 1: «وألكسندر»), or -1 if it is none."""
    if word in words:
        return 0
    return 1 if word[:1] in _CLITICS and word[1:] in words else -1


def _office_word(key: str, offices: frozenset[str]) -> bool:
    """One of ``offices``, also with a one-letter clitic glued to it («بسفير تركيا», «والرئيس»), or «لل» for
    «ال» («للرئيس»)."""
    return _clitic_before(key, offices) >= 0 or key.startswith("لل") and "ا" + key[1:] in offices


def given_key(name: str) -> str:
    """The given name of a full name as one match key («عبد الله بن ناصر» and «عبدالله بن خليفة»: «عبدالله»)."""
    words = _join_abd(match_key(name).split())
    return words[0].replace(" ", "") if words else ""


def _join_abd(words: list[str]) -> list[str]:
    """«عبد» and the word after it, a word and «الدين» or «الله» after it, are one name word («عبد الله» → Abdullah,
    «عز الدين» → Ezz al-Din, «عطاء الله» → Atallah); ``words`` are match keys."""
    return _join_abd_words(words, key=lambda w: w)


def _join_abd_words(words: list[str], key: Callable[[str], str] = match_key) -> list[str]:
    """:func:`_join_abd` on words as written (``key`` gives their match keys)."""
    out: list[str] = []
    for w in words:
        if out and (key(out[-1]) == "عبد" or key(w) in (_DIN, _ALLAH)):
            out[-1] = f"{out[-1]} {w}"
        else:
            out.append(w)
    return out


def _romanize(arabic: str) -> str | None:
    try:
        from arabic_name_romanizer import transliterate
    except ImportError:
        return None
    try:
        out = transliterate(arabic)
    except Exception:  # a model failure must not stop the analysis: the letter rule takes over
        return None
    return out if isinstance(out, str) and out.strip() else None


@lru_cache(maxsize=1)
def _foreign_spelling() -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]]]:
    data = load_data("kb/foreign_spelling.yaml")

    def pairs(field: str) -> list[tuple[str, str]]:
        return sorted(((match_key(k), v) for k, v in (data.get(field) or {}).items()), key=lambda p: -len(p[0]))

    return pairs("beginnings"), pairs("endings"), pairs("letters")


def _foreign_rule(word: str) -> str:
    """Letters of a transliterated foreign word (``data/kb/foreign_spelling.yaml``): its ending («وف» ov,
    «فيتش» vich), letter groups («تش» ch), long vowels as vowels («و» o, «ي» i) except at the start or beside
    another vowel, «يو» as yo."""
    beginnings, endings, groups = _foreign_spelling()
    head, tail = "", ""
    for beginning, latin in beginnings:
        if word.startswith(beginning) and len(word) > len(beginning) + 1:
            word, head = word[len(beginning) :], latin
            break
    for ending, latin in endings:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            word, tail = word[: -len(ending)], latin
            break
    out = []
    k = 0
    while k < len(word):
        group = next(((g, lat) for g, lat in groups if word.startswith(g, k)), None)
        if group is not None:
            out.append(group[1])
            k += len(group[0])
            continue
        ch, prev = word[k], word[k - 1] if k else ""
        if ch == "ي" and word[k + 1 : k + 2] == "و" and k + 2 < len(word) and word[k + 2] not in "اوي" and (
                not prev or prev not in "اوي"):
            out.append("yo")  # «يوشيماسا» Yoshimasa, «كيوتو» Kyoto, «ميوزيا» Myozia
            k += 2
            continue
        if ch in "وي" and k and prev not in "اوي" and not (k + 1 < len(word) and word[k + 1] == "ا"):
            out.append("o" if ch == "و" else "i")
        elif ch == "و" and k == len(word) - 1:
            out.append("o")  # «تاو» Tao
        elif ch == "ه" and k == 0:
            out.append("h")
        elif ch == "ه" and k == len(word) - 1:
            out.append("a" if prev not in "اوي" else "h" if prev == "ا" else "")  # («توتاه» Tutah, «شاه» Shah)
        else:
            out.append(_LETTERS.get(ch, ""))
        k += 1
    latin = _epenthesis(head + "".join(out)) + tail
    return latin[:1].upper() + latin[1:]


_CONSONANT = "bcdfghjklmnpqrstvwxz"
_BARE_R = re.compile(rf"(?<=[{_CONSONANT}])r(?=[{_CONSONANT}]|$)")
_FINAL_L = re.compile(rf"(?<=[{_CONSONANT}])l$")
_SPLIT_DIPHTHONG = re.compile(rf"(?<=[{_CONSONANT}])ay(?=[{_CONSONANT}])")
_FIRST_CONSONANT = re.compile(r"(sh|ch|kh|th|gh|dh|[a-z])")


def _epenthesis(latin: str) -> str:
    """The short vowels Arabic script leaves out of a Western name, where English spelling needs one: before
    an «r» between consonants or at the end («شايبرت» Shaibert, «فاينبرغ» Fainberg, «باتشر» Bacher), before
    a final «l» («كوغل» Kogel), after the first consonant of a word with no vowel («كمب» Kemb); and «اي»
    between consonants as «ai» (Seibert, Feinberg, Leitner)."""
    low = _SPLIT_DIPHTHONG.sub("ai", latin.lower())
    low = _FINAL_L.sub("el", _BARE_R.sub("er", low))
    if low and not any(v in low for v in "aeiouy"):
        first = _FIRST_CONSONANT.match(low)
        if first is not None:
            low = low[: first.end()] + "e" + low[first.end() :]
    return low


def _rule(word: str) -> str:
    if word.startswith("ال") and len(word) > 3:
        return "al-" + _rule(word[2:])
    out = "".join(_LETTERS.get(ch, "") for ch in word)
    return out[:1].upper() + out[1:]


class NameFinder:
    """Finds unknown people in an article's key text; see the module docstring."""

    def __init__(self, kb: KnowledgeBase, use_tagger: bool = True) -> None:
        self.kb = kb
        self.cues = load_cues(kb)
        self.df = doc_freq().df
        self._tagger: Tagger | None | bool = None if use_tagger else False
        self._slot_verbs = ahocorasick.Automaton()  # « قال »: a speech verb as a whole word, a space after it
        for v in self.cues.speech_verbs:
            if " " not in v:
                self._slot_verbs.add_word(f" {v} ", len(v) + 2)
        self._slot_verbs.make_automaton()
        self._starts = ahocorasick.Automaton()
        starts = self.cues.given | self.cues.foreign | self.cues.din_first
        for word in {clitic + g for g in starts for clitic in ("", *_CLITICS)} | _ABD:
            for before in _WORD_BEFORE_CHARS:
                self._starts.add_word(before + word, len(word))
        self._starts.make_automaton()
        self.translit = Transliterator(kb)
        self._cache: dict[str, tuple[str, float]] = {}
        # KB people by their name's given word and the skeletons of the words after it («سيلفيو برلوسكوني» is
        # «سيلفيو برلسكوني»): another spelling of a known person's full name
        self._spellings: dict[tuple[str, ...], set[str]] = {}
        # (given names of other traditions only: Arabic names differ by their long vowels, «حسن»/«حسين»)
        for aid, actor in kb.actors.items():
            if actor.kind != "person":
                continue
            for ar in actor.arabic:
                words = match_key(ar).split()
                if len(words) >= 2 and words[0] in kb.foreign_given_names \
                        and all(len(_skeleton(w)) >= 3 for w in words[1:]):
                    self._spellings.setdefault(_spelling_key(words), set()).add(aid)
                    self._spellings.setdefault(_spelling_key(words, loose=True), set()).add(aid)

    def _confirmed(self, text: str, spans: list[tuple[int, int]],
                   taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The name-shaped chains the statistical tagger also reads as a person, judged in a small window of
        text around them (the tagger is the costliest step: it runs only here, on at most ``MAX_TAGGED``
        windows an article; chains whose windows overlap share one)."""
        tagger = self.tagger()
        if tagger is None:
            return []
        todo = [(s, e) for s, e in spans if not any(a < e and s < b for a, b in taken)]
        windows: list[list[tuple[int, int]]] = []
        for s, e in todo:
            if windows and s - TAG_BEFORE < windows[-1][-1][1] + TAG_AFTER:
                windows[-1].append((s, e))
            else:
                windows.append([(s, e)])
        out: list[tuple[int, int]] = []
        for group in windows[:MAX_TAGGED]:
            lo, hi = max(0, group[0][0] - TAG_BEFORE), min(len(text), group[-1][1] + TAG_AFTER)
            toks = list(TOKEN.finditer(text, lo, hi))
            tags = tagger.tag([t.group() for t in toks])
            for s, e in group:
                inside = [k for k, t in enumerate(toks) if s <= t.start() < e]
                if inside and all(tags[k].endswith("-PERS") for k in inside):
                    out.append((s, e))
        return out

    def tagger(self) -> Tagger | None:
        """The trained tagger, loaded on first use; None when its model or python-crfsuite is missing."""
        if self._tagger is None:
            try:
                self._tagger = Tagger()
            except (MarsadError, ImportError):
                self._tagger = False
        return self._tagger or None

    def english(self, arabic: str) -> tuple[str, float]:
        if arabic not in self._cache:
            words = match_key(arabic).split()
            foreign = bool(words) and self._foreign_given(words[0])
            self._cache[arabic] = self.translit.foreign(arabic) if foreign else self.translit(arabic)
        return self._cache[arabic]

    def _given(self, word: str) -> int:
        """Length of the clitic before a given name (0 or 1), or -1 if ``word`` is not one."""
        c = self.cues
        if (word in c.given and not word.startswith("ال")) or word in c.foreign:  # (foreign: «ألكسندر»)
            return 0
        if len(word) > 3 and word[0] in _CLITICS and word not in c.stops and (  # (not «بيان»: «ب» and «يان»)
                (word[1:] in c.given and not word.startswith("ال", 1)) or word[1:] in c.foreign):
            return 1
        return -1

    def _din_first(self, word: str) -> int:
        """Length of the clitic before the first word of a «… الدين» name (0 or 1), or -1 if it is not one."""
        return _clitic_before(word, self.cues.din_first)

    def _foreign_given(self, word: str) -> bool:
        return _clitic_before(word, self.cues.foreign) >= 0

    def rare(self, w: str, df: int = FOREIGN_DF) -> bool:
        """A word in fewer corpus articles than ``df`` (by default: rarer than a foreign family name is)."""
        return self.df.get(surface(w), 0) < df

    def _foreign_family(self, w: str, later: bool = False, particle: bool = False) -> bool:
        """A word that may be a transliterated family name after a foreign given name: rare in the corpus, not
        a stop or cue word, not a common word behind a clitic («وزوجته»). Short words only after another name
        word («سونغ يونغ مو»). After a particle («دي ماتيو») the name goes on whatever the corpus says."""
        c = self.cues
        if len(w) < (2 if later else 3) or w in c.stops or w in c.connectors or w in c.given and not particle:
            return False
        if w.startswith("ال") and len(w) > 5:
            return False  # (a short «أل…» word may be a transliteration: «باتريك ألين»)
        if w[0] == "و" and self._given(w) == 1:
            return False  # «كريس برات وبرايس دالاس»: «و» and a given name start the next person
        if w in c.role_heads or w in c.honorifics or w in c.speech_after or w in c.speech_verbs:
            return False
        if particle:
            return True
        if self.df.get(surface(w), 0) >= FOREIGN_DF:
            return False
        if w.endswith("ته") and self.df.get(surface(w[:-2] + "ه"), 0) >= FOREIGN_DF:  # (keys write «ة» «ه»)
            return False  # a common noun with its pronoun: «قدم جيم مورفي استقالته»
        return not (w[0] in "وفبلك" and self.df.get(surface(w[1:]), 0) >= FOREIGN_DF)  # («والوفد»)

    def chains(self, key: str, unconfirmed: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
        """Key-text spans of name chains with evidence of being a person; chains of name words without such
        evidence go to ``unconfirmed`` (for the statistical tagger to judge).

        The automaton of given names finds where a chain may start; only the few words around each start are
        tokenized (tokenizing every word of every article cost more than the rest of the entity stage)."""
        out: list[tuple[int, int]] = []
        done = 0
        n = len(key)
        # the automaton's words start with the character before a word (space, newline, punctuation), so it
        # reports word starts only; a space before the text lets the first word start there too
        for end, length in self._starts.iter_long(" " + key):
            s, end = end - length, end - 1  # the word's first and last index in the unpadded text
            if s < done or (end + 1 < n and key[end + 1].isalpha()):
                continue
            nxt = _NEXT_WORD.match(key, end + 1)  # most starts fail here: no name word follows
            if nxt is None or not (self._continues(nxt.group(1)) or self._bare_family(nxt.group(1))
                                   or (nxt.group(1) == _DIN and self._din_first(key[s : end + 1]) >= 0)
                                   or (self._foreign_given(key[s : end + 1])
                                       and (self._foreign_family(nxt.group(1))
                                            or nxt.group(1) in self.cues.foreign_particles))):
                continue
            lo = max(0, s - _BEFORE_CHARS)
            words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(key, lo, min(n, s + _AFTER_CHARS))]
            i = next((k for k, w in enumerate(words) if w[0] == s), None)
            if i is None:
                continue
            found, last, shaped = self._chain_at(key, words, i)
            if found is not None and self.kb.named_for_at(key, found[0]):
                found = None  # «استاد الأمير فيصل بن فهد»: a stadium's name
            if found is not None:
                out.append(found)
            elif shaped is not None and unconfirmed is not None:
                unconfirmed.append(shaped)
            done = words[last][1]
        return out

    def family_name(self, w: str) -> bool:
        """An «ال» word that may be a family name: rare in the corpus, whatever the name tables say (not «الحكم»
        in «تولي الملك سلمان الحكم», nor «التوفيق» in «يحاول بومبيو وكيم يونغ شول التوفيق»)."""
        return self._bare_family(w) and self.df.get(surface(w), 0) < COMMON_DF

    def _bare_family(self, w: str) -> bool:
        """An «ال» word that may be a family name: rare in the corpus, not a stop word."""
        return w.startswith("ال") and len(w) >= 5 and w not in self.cues.stops and not self._common(w)

    def _continues(self, w: str) -> bool:
        c = self.cues
        return w not in c.stops and (w in c.connectors or w in c.name_words) and not self._common(w)

    def _chain_at(self, key: str, words: list[tuple[int, int, str]],
                  i: int) -> tuple[tuple[int, int] | None, int, tuple[int, int] | None]:
        """The chain starting at ``words[i]`` (if it is one, with evidence), the index of its last word, and the
        chain's span when it has the shape of a name but no evidence."""
        c = self.cues
        n = len(words)
        w = words[i][2]
        # «عبد الله»، «وعبد العزيز»، «عز الدين»: a given name in two words
        din = self._din_first(w) if i + 1 < n and words[i + 1][2] == _DIN and \
            key[words[i][1] : words[i + 1][0]] == " " else -1
        if w in _ABD and i + 1 < n and key[words[i][1] : words[i + 1][0]] == " ":
            clitic = len(w) - 3
        elif din >= 0:
            clitic = din
        else:
            clitic = self._given(w)
        if clitic < 0 or w in c.stops or self._eulogy_at(words, i):
            return None, i, None  # (a common word that is a clitic and a given name: «برقية شكر», not «ب+رقية»)
        if w[clitic:] in c.speech_verbs and (clitic or key[max(0, words[i][0] - 2) : words[i][0]].strip() in ("", ".")):
            return None, i, None  # «وطالب الحقباني المغردين»: a verb that is also a name («Taleb») opens a clause
        chain = [i]
        j = i + 1
        if din >= 0:
            chain.append(j)  # («الدين», a common word, ends no chain right after «عز»)
            j += 1
        while j < n and len(chain) < MAX_CHAIN and key[words[j - 1][1] : words[j][0]] == " ":
            if not (self._continues(words[j][2])
                    or (words[chain[-1]][2] in _LINKS and self._fathers_name(words[j][2]))
                    or (words[chain[-1]][2] in _BIN and words[j][2] in c.given_roles)) \
                    or self._eulogy_at(words, j):
                break  # (not «زايد طيب الله ثراه»: "Zayed, may God rest his soul")
            chain.append(j)
            j += 1
        bare = len(chain) == 1 and j < n and key[words[j - 1][1] : words[j][0]] == " " \
            and self._bare_family(words[j][2])
        if bare:
            chain.append(j)  # «ابراهيم الجباوي»: a given name and a family name no table has (evidence decides)
        elif din >= 0 and len(chain) == 2 and j < n and key[words[j - 1][1] : words[j][0]] == " " \
                and self._foreign_family(words[j][2]):
            chain.append(j)  # «صلاح الدين دميرطاش», «نور الدين بوكروح»: a rare family name (evidence decides)
            j += 1
        elif self._foreign_given(w):
            # «ريتشارد راتكليف»، «ألكسندر غالوشكا»، «سونغ يونغ مو»: a transliterated family name no table has
            # (evidence decides)
            extra = 0
            while (j < n and extra < MAX_FOREIGN and len(chain) < MAX_CHAIN and j == chain[-1] + 1
                   and key[words[j - 1][1] : words[j][0]] == " "):
                if words[j][2] in c.foreign_particles and j + 1 < n and key[words[j][1] : words[j + 1][0]] == " " \
                        and self._foreign_family(words[j + 1][2], True, particle=True):
                    chain.append(j)  # «أنطونيو دي ماتيو», «ستافان دي ميستورا»: the particle and the word after it
                    j += 1
                elif not self._foreign_family(words[j][2], len(chain) > 1):
                    break
                chain.append(j)
                j += 1
                extra += 1
        if (len(chain) > 1 and words[chain[-1]][2] == _AL and j < n and len(chain) < MAX_CHAIN
                and key[words[j - 1][1] : words[j][0]] == " "
                and (words[j][2] not in c.stops or words[j][2] in c.honorifics)):
            # «سعد بن محمد آل فريان», «تركي آل الشيخ»: whatever follows «آل» is the family's name, even a common
            # word or an honorific
            chain.append(j)
            j += 1
        while len(chain) > 1 and words[chain[-1]][2] in c.connectors:
            chain.pop()
        if (j < n and len(chain) < MAX_CHAIN and key[words[j - 1][1] : words[j][0]] == " "
                and any(words[k][2] in c.connectors for k in chain) and self._family_end(key, words, j)):
            chain.append(j)  # «نزار بن سليمان العلولا،»: a family name the table lacks closes the chain
        span = (words[chain[0]][0] + clitic, words[chain[-1]][1])
        compound = din >= 0 or w in _ABD  # («صلاح الدين», «عبد الرزاق» alone: a given name, no person yet)
        if len(chain) < (3 if compound else 2) or _CODE_AFTER.match(key, span[1]):
            return None, chain[-1], None  # (a name is not followed by a number: «أم اتش 17» is a flight)
        if self._evidence(key, words, chain, clitic):
            return span, chain[-1], None
        return None, chain[-1], (None if bare else span)  # (the tagger judges name-shaped chains only)

    def _eulogy_at(self, words: list[tuple[int, int, str]], j: int) -> bool:
        """«طيب الله ثراه», «رحمه الله» start at ``words[j]``."""
        return any(tuple(w[2] for w in words[j : j + len(e)]) == e for e in self.cues.eulogies)

    def _fathers_name(self, w: str) -> bool:
        """After «بن/بنت» a word is the father's name even when no table has it («عبدالله بن مجدوع القرني»): a
        word of letters, not a stop, cue or role word, nor frequent in the corpus."""
        c = self.cues
        return (len(w) >= 3 and not w.startswith("ال") and w not in c.stops and w not in c.role_heads
                and w not in c.honorifics and w not in c.speech_verbs and not self._common(w))

    def _common(self, word: str) -> bool:
        """A frequent word of the corpus that is neither a given name nor a well-attested family name
        («العنصر»، «الثقافي»): it ends a chain."""
        if word in self.cues.given or word in self.cues.connectors or word in self.cues.family:
            return False
        return self.df.get(surface(word), 0) >= COMMON_DF

    def _family_end(self, key: str, words: list[tuple[int, int, str]], j: int) -> bool:
        """``words[j]`` is an «ال» word that ends a sentence part or comes before a role word, «أن» or an
        addressee."""
        w = words[j][2]
        if not w.startswith("ال") or len(w) < 5 or w in self.cues.stops or self._common(w):
            return False  # (not «… بن سلطان الوفد.»)
        if j + 1 == len(words):
            return True
        gap = key[words[j][1] : words[j + 1][0]]
        nxt = words[j + 1][2]
        # (or before «أن» or an addressee: «وأكد … احمد بن محمد الجروان أن "…"»; or before a role word in the
        # accusative or after «و»: «وتكليف فهد بن صالح القرناس مستشارا», «يوسف بن عبدالله الزغيبي ووكيل المحافظ»)
        return gap.strip() != "" or self._role_word(nxt) or nxt in _COMPS or nxt in self.cues.speech_after

    def _role_word(self, w: str) -> bool:
        """A role head, also with «و» before it or the accusative «ا» after it («ووكيل», «مستشارا»)."""
        heads = self.cues.role_heads
        bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
        return w in heads or bare in heads or bare.endswith("ا") and bare[:-1] in heads

    def _titled_clause(self, key: str, start: int) -> bool:
        """A role word or honorific earlier in the clause that ends at ``start``: «الوزير الروسي المكلف تنمية
        الشرق الأقصى ألكسندر غالوشكا» (a foreign name has no family name the tables know to vouch for it)."""
        c = self.cues
        opened = clause_start(key, start, TITLE_REACH, _CLAUSE_ENDS)
        return any(w in c.role_heads or w in c.honorifics for w in _WORD_RE.findall(key, opened, start))

    def _evidence(self, key: str, words: list[tuple[int, int, str]], chain: list[int], clitic: int) -> bool:
        c = self.cues
        inner = [words[k][2] for k in chain[1:-1]]
        if any(w in c.connectors for w in inner):
            return True
        last_word = words[chain[-1]][2]
        if last_word in c.surnames and self.df.get(surface(last_word), 0) < COMMON_DF:
            return True
        first = chain[0]
        foreign = self._foreign_given(words[first][2]) or (
            len(chain) == 3 and words[chain[1]][2] == _DIN and not words[chain[2]][2].startswith("ال"))
        if not clitic and foreign and self._titled_clause(key, words[first][0]):
            return True
        if not clitic and first > 0 and key[words[first - 1][1] : words[first][0]] == " ":
            before = words[first - 1][2]
            two = f"{words[first - 2][2]} {before}" if first > 1 else ""
            if before in c.honorifics or two in c.honorifics or (before[:1] == "و" and before[1:] in c.honorifics):
                return True
            if before.startswith("ال") and before.endswith("ي") and first > 1 \
                    and (words[first - 2][2] in c.honorifics or words[first - 2][2] in c.person_nouns):
                return True  # «الشاب السعودي معاذ الخلف», «الكاتب المصري …»: an honorific and a nisba
            if before.startswith("ال") and first > 1 and _clitic_before(words[first - 2][2], c.counterparts) >= 0:
                return True  # «ونظيره العراقي خالد العبيدي»: the counterpart, then his name
        last = chain[-1]
        if last + 1 < len(words) and key[words[last][1] : words[last + 1][0]].strip(" ،,") == "":
            if words[last + 1][2] in c.role_heads:
                return True
        # a speaker introduced right before their words, after a speech verb: «وقال الناطق … ابراهيم الجباوي
        # لوكالة الأنباء …», «وقال زعيم الحزب فينس كيبل: …» (not inside a quoted title: «رواية "أولاد الغيتو"»)
        start = words[chain[0]][0]
        line = key.rfind("\n", 0, start) + 1
        if key.count('"', line, start) % 2 or key[max(0, start - 2) : start].strip() in ("«", "“"):
            return False
        if not any(w in c.speech_verbs for w in _WORD_RE.findall(key, max(line, start - SPEECH_REACH), start)):
            return False
        after = key[words[last][1] : words[last][1] + 3].lstrip(" ")
        if after[:1] in _SPEECH_MARKS:
            return True
        if after[:1] in "،," and key[max(0, start - 2) : start].strip() in ("،", ","):
            return True  # set off by commas after the speaker's office: «وقال المحلل في شؤون …، روبرت كيلي، إن»
        if last + 1 < len(words) and key[words[last][1] : words[last + 1][0]].strip(" ،,") == "":
            nxt = words[last + 1][2]
            two = f"{nxt} {words[last + 2][2]}" if last + 2 < len(words) else ""
            # (or «إن»/«أن» after an office: «وقال وزير الخدمة المدنية خالد العرج إن»; not «قالت إنها … من جانب
            # واحد على أن», «يقول الحق سبحانه في سورة النساء إن»)
            return nxt in c.speech_after or two in c.speech_after or (nxt in _COMPS and self._titled_clause(key, start))
        return False

    def _speech_slot(self, key: str) -> list[tuple[int, int]]:
        """«وقالت ديكينا ميوزيا، وهي طالبة …»: two or three words right after a speech verb (or after the office
        that follows it: «وقال المتحدث باسم الشرطة غراهام غيبسون») that no name table knows, each rare in the
        corpus, followed by a colon, an addressee («للصحفيين»), «إن», an office («بايك تاي هيون المتحدث باسم
        الوزارة») or an apposition («، وهي …», «، المدير …»), are the speaker's name: news names a speaker there,
        and foreign names are the ones the tables miss."""
        out: list[tuple[int, int]] = []
        padded = " " + key.replace("\n", " ")  # (a verb may open the text or a line)
        for end, _length in self._slot_verbs.iter(padded):
            # (the verb's trailing space is index ``end`` of ``padded``: the next word starts at ``end`` in ``key``;
            # not quoted words: «قائلة "انك تدعي …"»)
            if not (key[end : end + 1].isalpha() or key[end : end + 1] == "#"):
                continue
            words = list(_WORD.finditer(key, end, min(len(key), end + 120)))[:12]
            # past the speaker's office: «وقال المتحدث باسم الشرطة غراهام غيبسون إن …» (a role word, then definite
            # words, «باسم» and its noun, up to a few words)
            office = 0
            if words and (words[0].group() in self.cues.role_heads or words[0].group() in self.cues.honorifics):
                office = 1
                while office < min(len(words) - 2, _OFFICE_WORDS) \
                        and key[words[office - 1].end() : words[office].start()] == " " \
                        and (words[office].group().startswith(("ال", "لل"))  # («المدير العام للمنظمة»)
                             or "باسم" in (words[office].group(), words[office - 1].group())):
                    office += 1
            offices = [office]
            strict = 1
            if office:
                # (its place too, up to the comma that sets the name off: «وقال قائد شرطة نيروبي، بنسون كيبوي، إن»)
                run = self._office_run(key, words, office, _OFFICE_WORDS, (_COMPS,))
                if run > office and key[words[run - 1].end() : words[run].start()].strip() in ("،", ","):
                    offices.append(run)
                    strict = 2
                # (or its body and place, for a name right before the words: «وتساءل مدير وكالة اليونيسف في الشرق
                # الأوسط غيرت كايبلير "…"»; not past a medium, «متحدثا للموقع الإلكتروني لصحيفة يديعوت أحرنوت:», nor
                # a name, «قال الشيخ سلطان بن منيف شيخ شمل قبائل جشم يام «…»»)
                run = self._office_run(key, words, office, _FAR_OFFICE_WORDS,
                                       (_COMPS, self.cues.speech_after, self.cues.given, self.cues.connectors))
                offices += range(office + 1, run + 1)
            for n, start in enumerate(offices):
                name = self._slot_name(key, words[start : start + 5], bool(start), strict=n >= strict)
                if name is not None:
                    out.append(name)
                    break
        return out

    @staticmethod
    def _office_run(key: str, words: list[re.Match[str]], office: int, limit: int,
                    stops: tuple[frozenset[str], ...]) -> int:
        """Where an office's run of words, one space apart, ends (at most ``limit`` words, none in ``stops``)."""
        run = office
        while run < min(len(words) - 2, limit) and key[words[run - 1].end() : words[run].start()] == " " \
                and not any(words[run].group() in x for x in stops):
            run += 1
        return run

    def _slot_name(self, key: str, words: list[re.Match[str]], office: bool,
                   strict: bool = False) -> tuple[int, int] | None:
        """The speaker's name at the start of ``words`` (after the office, if ``office``), or None; ``strict``:
        only right before the words or a colon."""
        # «قال عبد الله هالخي، المحلل …», «وقال صلاح الدين دميرطاش إن»: «عبد» and the word after it, or a word
        # and «الدين», are one given name (not «وقال عبد الله لرووداو:»: a known man speaking to a medium)
        lead = int(len(words) > 2 and (words[0].group() == "عبد" or (
            words[1].group() == "الدين" and self._din_first(words[0].group()) == 0))
            and not words[2].group().startswith("ل"))
        for n in (2 + lead, 3 + lead):
            if len(words) < n or any(key[words[i].end() : words[i + 1].start()] != " " for i in range(n - 1)):
                break
            # (an Arab given name may open it: «وقال إبراهيم جباوي، المتحدث باسم …»; then a rare family name may
            # take the article: «وأكد محمد الساري، 23 عامًا، أن …»)
            last = words[n - 1].group()
            given = lead == 1 or words[0].group() in self.cues.given
            family = n == 2 + lead and given and len(words[0].group()) > 2 \
                and last.startswith("ال") and len(last) > 4 and not last.endswith(("ون", "ين", "ات")) \
                and self._slot_word(last[2:])  # (not «طالب به الدائنون»: a plural)
            # (after a given name a family name may open with «و»: «قال كريس ويفر، وهو شريك …»)
            family = family or n == 2 + lead and given and self._slot_word(last, waw=True)
            first_given = given and (self._slot_word(last) or family)
            if not all(self._slot_word(w.group()) or (i <= lead and first_given) or (i == n - 1 and family)
                       for i, w in enumerate(words[:n])) \
                    or words[n - 1].group().endswith(
                    _ADJECTIVE_ENDINGS) or self._plural(words[0].group()) and not first_given \
                    and not words[0].group().endswith("ين"):
                break  # «ناشطة حقوقية», «مصادر مطلعة», «دبلوماسيون أوروبيون»: a description, no name (not
                # «آرون لوند»: a given name the tables know; nor «داتشين شولوز»: a subject takes «ون», not «ين»)
            rest = key[words[n - 1].end() : words[n - 1].end() + 30].lstrip(" ")
            if strict:
                if rest[:1] in _OPENING_MARKS or rest[:1] == ":":
                    return words[0].start(), words[n - 1].end()
                continue
            nxt = _WORD.match(rest)
            appos = _WORD.match(rest[1:].lstrip(" ")) if rest[:1] in "،," else None
            # «وقال المتحدث باسم الجيش الإسرائيلي، افيخاي أدرعي، إن»: set off by commas after the office
            comma_before = key[max(0, words[0].start() - 2) : words[0].start()].strip() in ("،", ",")
            aged = _AGE.match(rest) is not None  # «وأكد محمد الساري، 23 عامًا، أن …»
            set_off = (bool(office) and comma_before and rest[:1] in ("،", ",")) or aged
            # (or the words open right after an office: «وقال المفوض الأوروبي للهجرة ديميتريس أفراموبولوس "…"»)
            if set_off or rest[:1] == ":" or (office and rest[:1] in _OPENING_MARKS) or (nxt is not None and (
                    nxt.group() in self.cues.speech_after | _COMPS or nxt.group() in self.cues.role_heads
                    or (nxt.group().startswith("ال") and nxt.group()[2:] in self.cues.occupations)
                    or (n == 2 + lead and nxt.group() in _AFTER_SPEAKER)
                    # (where he works, after a given name and a rare word: «وصرح آرون لوند من المعهد …»; not
                    # «موهوب يقدمون من»)
                    or (n == 2 + lead and nxt.group() == "من" and first_given
                        and not self._plural(last)))) or (
                    appos is not None and (appos.group() in _APPOSITION or appos.group().startswith("ال")
                                           or appos.group() in self.cues.role_heads  # («، مدير إدارة …»)
                                           # (where he works: «وقال لويك فيرين، من محطة …»)
                                           or appos.group() == "من" and n == 2 + lead)):
                return words[0].start(), words[n - 1].end()
        return None

    def _title_slot(self, text: str, known: list[Mention]) -> dict[tuple[int, int], str]:
        """«استقبل … وزير خارجية أوغندا سام كوتيسا في القاهرة»: two or three rare words right after a state's
        office (an office word, then its country as a name or a nisba) name its holder, where no name table knows
        them: their spans in ``text``, each with the state whose office he holds."""
        out: dict[tuple[int, int], str] = {}
        people = [m.span.start for m in known if m.actor_id.startswith("per:")]
        for m in known:
            actor = self.kb.actors.get(m.actor_id)
            if actor is None or actor.kind != "country" or m.form == "nisba" and not _definite(text, m):
                continue  # (an indefinite nisba is any holder: «بين رئيس أمريكي يمارس مهامه وزعيم كوري شمالي»)
            before = list(_WORD.finditer(text, max(0, m.span.start - 40), m.span.start))[-_OFFICE_WORDS:]
            head = next((i for i in range(len(before) - 1, -1, -1)
                         if _office_word(match_key(before[i].group()), self.cues.country_offices)), None)
            if head is None or text[before[-1].end() : m.span.start].strip() \
                    or _PUNCT_OR_LINE.search(text, before[head].end(), before[-1].end()) \
                    or any(before[head].end() <= s < m.span.start for s in people) \
                    or any(match_key(w.group()) in _COMPS for w in before[head:]):
                continue  # (one phrase: not «حذر الرئيس الأميركي دونالد ترامب بأن كندا ستفرض رسوما»)
            words: list[re.Match[str]] = []
            apposition = False  # «نائب رئيس الوزراء الروسي، أركادي دفوركوفيتش،»: the name between commas
            for w in _WORD.finditer(text, m.span.end, min(len(text), m.span.end + 80)):
                gap = text[words[-1].end() if words else m.span.end : w.start()]
                if not words and gap.strip() in _APPOSITION_COMMAS and gap.endswith(" "):
                    apposition = True
                elif gap != " " or len(words) == 4:
                    break
                words.append(w)
            if not words or apposition and text[words[-1].end() :].lstrip(" ")[:1] not in _APPOSITION_COMMAS:
                continue  # (an apposition closes with its comma)
            n = sum(1 for _ in itertools.takewhile(lambda w: self._slot_word(match_key(w.group())), words))
            for k in (3, 2):  # the name ends where a clause part, a preposition or «و…»/«ال…» begins
                if apposition and k != len(words):
                    continue
                if n >= k and self._slot_ends(text, words, k):
                    out[(words[0].start(), words[k - 1].end())] = actor.name
                    break
        return out

    def _nationalities(self, text: str, known: list[Mention]) -> dict[int, str]:
        """«الكرواتي زوران ماميتش»: a state's definite nisba right before a name gives its person's country;
        keyed by where the name would start."""
        out: dict[int, str] = {}
        for m in known:
            actor = self.kb.actors.get(m.actor_id)
            if m.form == "nisba" and actor is not None and actor.kind == "country" and _definite(text, m) \
                    and text[m.span.end : m.span.end + 1] == " ":
                out[m.span.end + 1] = actor.name
        return out

    def _slot_ends(self, text: str, words: list[re.Match[str]], k: int) -> bool:
        if k == len(words) or text[words[k - 1].end() : words[k].start()] != " ":
            return True
        nxt = match_key(words[k].group())
        return nxt[:1] == "و" or nxt.startswith(("ال", "لل")) or nxt in _AFTER_SPEAKER or nxt in _COMPS \
            or nxt in self.cues.prepositions or nxt in self.cues.speech_after or nxt in self.cues.speech_verbs

    def _plural(self, w: str) -> bool:
        """A word with a plural's ending; a final «و» only where the corpus knows the plural it is the construct
        form of («مسؤولو» of «مسؤولون»), not a name's vowel («روجريو زانداميلا»)."""
        if w.endswith("و") and not w.endswith("ون"):
            stem = w[:-1]
            return any(self.df.get(surface(stem + end), 0) >= PLURAL_DF for end in ("ون", "ين"))
        return w.endswith(_PLURAL_ENDINGS)

    def _slot_word(self, w: str, waw: bool = False) -> bool:
        """A rare word that may be part of a name; with ``waw``, also one that opens with «و» («ويفر»), the rest
        rare too (the caller has a given name before it)."""
        c = self.cues
        if len(w) < 3 or not _ARABIC_WORD.fullmatch(w) or w.startswith(("ال", "لل")) or w.startswith("و") and not (
                waw and len(w) > 3 and not w.startswith("وال")):
            return False
        if w.endswith(("ها", "هم")) and self.df.get(surface(w[:-2]), 0) >= FOREIGN_DF:
            return False  # a common noun with its pronoun: «مخاطبة جمهورها»
        if w in c.stops or w in c.connectors or w in c.honorifics or w in c.role_heads or w in c.speech_after \
                or w in c.speech_verbs or w in _COMPS:
            return False
        if self.df.get(surface(w), 0) >= FOREIGN_DF:
            return False
        return not (w[0] in "وفبلك" and self.df.get(surface(w[1:]), 0) >= FOREIGN_DF)

    def __call__(self, article: Article, known: list[Mention]) -> tuple[list[Mention], dict[str, Actor]]:
        """Mentions and actors of unknown people that no ``known`` mention overlaps."""
        norm = article.norm
        original = article.original
        taken = sorted((m.span.start, m.span.end) for m in known)
        mentions: list[Mention] = []
        actors: dict[str, Actor] = {}
        unconfirmed: list[tuple[int, int]] = []
        spans = [norm.span_to_original(ks, ke) for ks, ke in self.chains(norm.text, unconfirmed)]
        spans += self._confirmed(original, [norm.span_to_original(ks, ke) for ks, ke in unconfirmed], taken)
        slot = [norm.span_to_original(ks, ke) for ks, ke in self._speech_slot(norm.text)]
        office_of = self._title_slot(original, known)  # (the state whose office the holder holds)
        nationality = self._nationalities(original, known)
        slot += list(office_of)
        slot = [sp for sp in slot if not any(a < sp[1] and sp[0] < b for a, b in spans)]
        foreign_slot = {original[s:e] for s, e in slot}
        spans += slot
        people = {m.actor_id for m in known if m.actor_id.startswith("per:") and m.actor_id in self.kb.actors}
        starts = {m.span.start for m in known if m.actor_id.startswith("per:")}
        for s, e in sorted(spans):
            if any(a < e and s < b for a, b in taken):
                continue
            surface = original[s:e]
            if _spelled_apart().match(surface):  # «على» (on) shares its key with the name «علي»
                continue
            key = " ".join(match_key(surface).split())
            if any(key == p or key.startswith(p + " ") for p in self.cues.not_names):
                continue
            tail = surface.rsplit(" ", 1)
            if len(tail) == 2 and _spelled_apart().fullmatch(tail[1]):
                e -= len(tail[1]) + 1  # «عبدالله بن عبدالعزيز الموسى على الموقع»: the name ends before «على»
                surface = original[s:e]
            syllable = _SYLLABLE.match(original, e)
            if syllable is not None and not any(e < b and a < syllable.end() for a, b in taken):
                e = syllable.end()  # its hyphenated last syllable: «كانغ كيونغ-هوا», «سارة هانسون-يونغ»
                surface = original[s:e]
            latin = _LATIN_LETTER.search(surface)
            if latin is not None:  # (a name ends where its Latin spelling begins)
                surface = surface[: latin.start()].rstrip()
                e = s + len(surface)
                if len(surface.split()) < 2:
                    continue
            after = original[e : e + 3]
            if e + len(after) - len(after.lstrip(" #_")) in starts:
                continue  # the first names of a known person written apart: «لهايلي مريام #ديسالين»
            variant = self._variant_of(surface, people)
            if variant:  # «مارتن غريفثت» for the article's «مارتن غريفيث»
                mentions.append(Mention(Span(s, e), variant, "name", surface))
                taken.append((s, e))
                continue
            short = _short_form(surface)
            aid = "per:x:" + match_key(short).replace(" ", "_")
            if aid not in actors:
                arab = given_key(short) in self.cues.given or given_key(short).startswith("عبد")
                name, conf = self.translit.foreign(short) if surface in foreign_slot and not arab \
                    else self.english(short)
                house = _princely_house(original, s, short)
                if house is not None:  # «الأمير طلال بن سعود بن عبدالعزيز»: "Talal bin Saud Al Saud"
                    name = f"{self.english(' '.join(short.split()[:3]))[0]} {house}"
                spelt = _LATIN_NAME.match(original, e)
                if spelt is not None and short == surface:  # the article spells it in Latin letters itself
                    name = spelt.group(1)
                actors[aid] = Actor(aid, name, "person", country=office_of.get((s, e)) or nationality.get(s),
                                    arabic=[surface], confidence=conf)
            mentions.append(Mention(Span(s, e), aid, "name", surface))
            taken.append((s, e))
        mentions += self._repeated(article, mentions, taken)
        mentions += self._surnames_alone(article, mentions, taken,
                                         [m for m in known if m.form == "name" and m.actor_id.startswith("per:")])
        mentions += self._one_word_speakers(article, known + mentions, taken)
        mentions += self._honorific_given(article, known + mentions, taken)
        return mentions, actors

    @staticmethod
    def _repeated(article: Article, mentions: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
        """A full name recognised once names that person wherever the article writes it again, even where the
        words around it are no evidence («وأكد تشانغ يسوي، المتحدث …» … «وقال المسؤول الصيني، تشانغ يسوي،»)."""
        norm = article.norm
        key = norm.text
        out: list[Mention] = []
        for name, aid in {match_key(m.text): m.actor_id for m in mentions if " " in m.text.strip()}.items():
            for ks, ke in _whole_occurrences(key, name):  # («وقال تشانغ يسوي», «لتشانغ يسوي»)
                s, e = norm.span_to_original(ks, ke)
                if not any(a < e and s < b for a, b in taken):
                    out.append(Mention(Span(s, e), aid, "name", article.original[s:e]))
                    taken.append((s, e))
        return out

    def _one_word_speakers(self, article: Article, mentions: list[Mention],
                           taken: list[tuple[int, int]]) -> list[Mention]:
        """A speaker named by one word of a name the article gave in full before («عبدالعزيز قاسم» … «وقال قاسم
        في تغريدة», «السير فينس كيبل» … «وقال السير فينس:», «مارتن غريفيث» … «واعتبر مارتن أن»): right after
        a speech verb (and an honorific), before a colon, «إن/أن» or a word that follows speakers, the word
        names the one person of the article who bears it."""
        key = article.norm.text
        people = []  # each full name: where it ends, its first and last word (or last two), whose it is
        for m in mentions:
            words = match_key(m.text).split() if m.form == "name" and m.actor_id.startswith("per:") else []
            if len(words) >= 2:
                people.append((m.span.end, words[0], words[-1], m.actor_id))
            if len(words) >= 3 and words[-2] in self.cues.connectors:  # «نورية بن غبريط» … «وأضافت بن غبريط»
                people.append((m.span.end, "", " ".join(words[-2:]), m.actor_id))
        if not people:
            return []
        out: list[Mention] = []
        padded = " " + key.replace("\n", " ")
        for end, _length in self._slot_verbs.iter(padded):
            words = list(_WORD.finditer(key, end, min(len(key), end + 40)))[:3]
            if not words or words[0].start() != end:
                continue
            if words[0].group() in self.cues.honorifics and key[words[0].end() : words[0].end() + 1] == " ":
                words = words[1:]
            if not words:
                continue
            w = words[0]
            name, start = w.group(), w.start()
            if name in self.cues.connectors and len(words) > 1 and key[w.end() : words[1].start()] == " ":
                w = words[1]  # («بن غبريط»: a family name with its connector)
                name = key[start : w.end()]
                words = words[1:]
            # (the next word, also past a comma: «وقال رايان، للصحفيين، إن …»)
            nxt = words[1].group() if len(words) > 1 and key[w.end() : words[1].start()].strip(" ،,") == "" \
                else ""
            if key[w.end() : w.end() + 2].strip(" ")[:1] not in _SPEECH_MARKS | _OPENING_MARKS and not (
                    nxt in _COMPS or nxt in self.cues.speech_after or nxt in _AFTER_SPEAKER
                    or (nxt[:1] == "ل" and len(nxt) > 3)):  # (an addressee: «لبي بي سي», «للصحفيين»)
                continue
            s, e = article.norm.span_to_original(start, w.end())
            if len(w.group()) < 3 or w.group() in self.cues.stops or name in self.cues.connectors \
                    or _spelled_apart().match(article.original[s:e]) or any(a < e and s < b for a, b in taken):
                continue  # («أكد على أن»: «على» shares its key with «علي»; «قال لي إن»: told me)
            owners = {aid for end_, first, last, aid in people if end_ <= s and name in (first, last)}
            if len(owners) == 1:
                out.append(Mention(Span(s, e), owners.pop(), "name", article.original[s:e]))
                taken.append((s, e))
        return out

    def _honorific_given(self, article: Article, mentions: list[Mention],
                         taken: list[tuple[int, int]]) -> list[Mention]:
        """«الأمير عبدالله بن مساعد» … «وأكد الأمير عبدالله الاتفاق»: a prince's or sheikh's honorific and his given
        name alone name the one person of the article named in full with that given name before (not «إستاد الأمير
        عبدالله الفيصل»: a name goes on after it)."""
        owners: dict[str, set[str]] = defaultdict(set)
        first: dict[str, int] = {}
        for m in mentions:
            words = _join_abd(match_key(m.text).split()) if m.form == "name" and m.actor_id.startswith("per:") else []
            if len(words) >= 2:
                given = words[0].replace(" ", "")
                owners[given].add(m.actor_id)
                first[given] = min(first.get(given, m.span.end), m.span.end)
        key = article.norm.text
        out: list[Mention] = []
        for given, ids in owners.items():
            if len(ids) != 1:
                continue
            spellings = {given, "عبد " + given[3:]} if given.startswith("عبد") and len(given) > 3 else {given}
            for spelling in spellings:
                for ks, ke in _whole_occurrences(key, spelling):
                    before = key[max(0, ks - 20) : ks].split()
                    nxt = _NEXT_WORD.match(key, ke)
                    if not before or before[-1] not in self.cues.short_form_honorifics or key[ks - 1 : ks] != " " \
                            or (nxt is not None and not self._common(nxt.group(1))):
                        continue  # (a rare word or a name word after it goes on with the name)
                    s, e = article.norm.span_to_original(ks, ke)
                    if s < first[given] or any(a < e and s < b for a, b in taken) \
                            or _spelled_apart().match(article.original[s:e]):
                        continue
                    out.append(Mention(Span(s, e), next(iter(ids)), "name", article.original[s:e]))
                    taken.append((s, e))
        return out

    def _variant_of(self, surface: str, people: set[str]) -> str | None:
        """The known person of the article whose name this one misspells: the same given name, and family name
        words alike letter for letter (a second spelling in one article is a typo or a second transliteration);
        else the one KB person whose full name it writes with other long vowels («سيلفيو برلوسكوني»)."""
        words = match_key(surface).split()
        if len(words) < 2:
            return None
        spelt = self._spellings.get(_spelling_key(words), set())
        if not spelt and words[0] in self.kb.foreign_given_names:
            spelt = self._spellings.get(_spelling_key(words, loose=True), set())
        if len(spelt) == 1:
            return next(iter(spelt))
        for aid in sorted(people):
            for ar in self.kb.actors[aid].arabic:
                kw = match_key(ar).split()
                if len(kw) != len(words) or words[0] not in (kw[0], *(c + kw[0] for c in _CLITICS)):
                    continue
                pairs = zip(words[1:], kw[1:], strict=True)
                if all(SequenceMatcher(None, a, b).ratio() >= VARIANT_RATIO for a, b in pairs):
                    return aid
        return None

    def _surnames_alone(self, article: Article, mentions: list[Mention], taken: list[tuple[int, int]],
                        known: list[Mention]) -> list[Mention]:
        """Later mentions of a recognised person by family name alone («الفريق عثمان المحرج» … «قال المحرج»،
        «ريتشارد راتكليف» … «وقال راتكليف»), when the family name is rare and names one person of the article
        (``known``: the KB's people, named in full, whose family names the KB does not list alone)."""
        norm = article.norm
        key = norm.text
        owners: dict[str, set[str]] = {}
        first: dict[str, int] = {}

        def owns(family: str, m: Mention) -> None:
            owners.setdefault(family, set()).add(m.actor_id)
            first[family] = min(first.get(family, m.span.end), m.span.end)

        for m in mentions:
            words = match_key(m.text).split()
            family = words[-1] if len(words) >= 2 else ""
            if family and words[0] in self.kb.family_first:
                family = words[0]  # «سونغ تاو» … «اجتماعه مع سونغ»
            kunya = len(words) >= 3 and words[-2] == "ابو"  # «أحمد أبو زيد» … «وأضاف أبو زيد»
            if kunya:
                family = "ابو " + family
            particle = len(words) >= 3 and words[-2] in self.cues.foreign_particles and len(words[-1]) >= 3
            if particle:  # «مانويل دي خورخي» … «وقال دي خورخي»: the family name with its particle
                family = f"{words[-2]} {family}"
            if kunya or particle or (family.startswith("ال") and self._bare_family(family)) or (
                    family and self._foreign_given(words[0]) and (
                        self._foreign_family(family) or family == words[0])) or (  # «وقال راتكليف»
                    # an Arab family name without «ال», rare in the corpus («اللواء علي مملوك» … «زيارة مملوك»)
                    len(words) == 2 and self._given(words[0]) == 0 and self._given(family) < 0
                    and self._foreign_family(family)):
                owns(family, m)
        for m in known:
            # a person the KB knows by full name, whatever the given name: a rare family name without «ال»
            # («محرم إنجيه» … «وذهب إنجيه إلى السجن»)
            words = match_key(m.text).split()
            family = words[-1] if len(words) >= 2 else ""
            if family and words[0] not in self.kb.family_first and self._given(family) < 0 \
                    and self._foreign_family(family):
                owns(family, m)
        out: list[Mention] = []
        single = {family: next(iter(ids)) for family, ids in owners.items() if len(ids) == 1}
        # a foreign family name spelt with another long vowel later («هندرسون» … «وقالت هاندرسون»)
        skeletons = {_skeleton(f): f for f in single if " " not in f and len(_skeleton(f)) >= 4}
        spellings = {f: {f} for f in single}
        for w in set(_WORD.findall(key)) if skeletons else ():
            bare = w[1:] if w[:1] in "وفلب" and _skeleton(w) not in skeletons else w
            family = skeletons.get(_skeleton(bare))
            if family is not None and bare != family and self.df.get(surface(bare), 0) < FOREIGN_DF:
                spellings[family].add(bare)
        for family, aid in single.items():
            for ks, ke in (o for spelling in spellings[family] for o in _whole_occurrences(key, spelling)):
                s, e = norm.span_to_original(ks, ke)  # («وقال المحرج», «للمحرج»)
                if s < first[family] or any(a < e and s < b for a, b in taken):
                    continue
                out.append(Mention(Span(s, e), aid, "name", article.original[s:e]))
                taken.append((s, e))
        return out
