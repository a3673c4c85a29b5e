"""Stage: entity recognition and linking against the actor knowledge base.

One clitic-aware automaton pass of the KB lexicon over the article's match-key text finds names, nisba
adjectives, role titles and stop phrases; leftmost-longest selection keeps one reading per stretch of text.
Then, in order:

1. names with one meaning link directly; they and the nisbas give per-country *evidence*;
2. deliberately ambiguous names («عمان»، «المملكة»، «مجلس الوزراء») take the candidate the evidence supports;
3. weak surnames («مون»، «عون») count only for people the article names in full, right after a title they
   held, or for a sitting office holder of a country the article is about;
4. role titles resolve to the office holder on the publication date: «الرئيس الروسي» (title + nisba),
   «رئيس وزراء بريطانيا» (construct + name), «المتحدث باسم الكرملين» (title + organization), «نظيره الأمريكي»
   (the counterpart of the nearest preceding person), or the person named right after the title;
5. a capital that is the subject of a statement verb («أكدت موسكو») also stands for its government;
6. people the KB does not know are recognised by the shape of their names (:mod:`marsad.extract.names`).

Mentions carry a ``form``: ``name`` (listed among the article's entities), ``title``, ``nisba``, ``metonym``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from marsad.extract.common import load_data, sport_words
from marsad.extract.names import GIVEN_NOUN_DF, NameFinder, given_key, speech_verbs
from marsad.ingest.outlets import outlet_table
from marsad.kb import Entry, KnowledgeBase, load_kb
from marsad.kb.knowledge import TitleSpec, as_date, key_of, word_before
from marsad.model import Actor, Article, Mention, Span
from marsad.pipeline import Stage
from marsad.text.lexmatch import PROCLITICS
from marsad.text.normalize import match_key

# hashtags («#كيم_جونغ_أون»، «#كوريا-الشمالية»), hyphenated names («دياز- كانيل») and doubled spaces match
# as single-spaced phrases: a compacted copy of the key text has hyphens/underscores as spaces and every run
# of spaces as one
_FOLD_CHARS = ("_", "-", "–", "‐", "\t", "#")
_SPACES = re.compile(" {2,}")
_NAME_PREFIXES = frozenset(p for p in PROCLITICS if "ال" not in p and "س" not in p)
_WEAK_PREFIXES = frozenset(p for p in _NAME_PREFIXES if "ك" not in p)  # «كبرى» is not «ك + بري»
_LOCAL = 150  # characters either side that count as the same sentence for context evidence
_APPOSITION_GAP = re.compile(r"[\s،,:\-–—()«»\"]{0,5}")
_CLAUSE_MARK = re.compile(r"[،,.:؛!?؟\n]")
_WORDS = re.compile(r"[^\W\d_]+")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\w]*$")
_NEXT_WORDS = re.compile(r"[ \u00a0#_]*([^\W\d_]+)(?:[ _]([^\W\d_]+))?")
# between a title and the name after it: spaces, a comma, one word (an honorific: «الشيخ», «الدكتور»)
_TITLE_NAME_GAP = re.compile(r"[\s\u00a0،,]*(?:([^\W\d_]+)[\s\u00a0]+)?")
_WORD_AFTER = re.compile(r"^[^\w]*([^\W\d_]+)")
_NEXT_WORD = re.compile(r"[^\w]*([^\W\d_]+)")
_BARE_WORD = re.compile(r"(?<![^\W\d_])[وف]?(ال[^\W\d_]{3,})")  # a definite word («والمستشارة»: the word)
# an office right after a name: its head word (checked against the name cues' office words) and two more
_OFFICE_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+)[ \u00a0]+[^\W\d_]+[ \u00a0]+[^\W\d_]+")
_TWO_WORDS_BEFORE = re.compile(r"(?:([^\W\d_]+) )?([^\W\d_]+) $")
_WORDS_BEFORE = re.compile(r"((?:[^\W\d_]+ ){2,5})$")  # two to five words right before a name
OFFICE_BEFORE_CHARS = 60


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


_STATE_AFTER_REACH = 40  # characters after a shared name in which a state says whose it is
_STATE_AFTER_ITEMS = 3
_CLAUSE_OPENERS = frozenset({"ان", "انه", "انها", "الذي", "التي", "لان", "بان", "عن", "علي", "الي"})  # (key text)


@dataclass(slots=True)
class _Item:
    """One selected lexicon hit (key-text offsets, clitics excluded)."""

    start: int
    end: int
    prefix: str
    suffix: str
    key: str
    names: list[Entry] = field(default_factory=list)
    nisba: str | None = None
    nisba_definite: bool = False
    title: TitleSpec | None = None
    weak: list[str] = field(default_factory=list)
    actor: str | None = None  # resolved name
    metonym: bool = False  # a capital standing for its government

    @property
    def word_start(self) -> int:
        return self.start - len(self.prefix)

    @property
    def word_end(self) -> int:
        return self.end + len(self.suffix)


class _Compact:
    """Key text with hyphens/underscores as spaces and space runs as one space, and the way back."""

    __slots__ = ("text", "_cpos", "_shift")

    @property
    def compacted(self) -> bool:
        return bool(self._cpos)

    def __init__(self, key_text: str) -> None:
        folded = key_text
        for ch in _FOLD_CHARS:  # str.replace is a C scan; str.translate walks non-ASCII text in Python
            if ch in folded:
                folded = folded.replace(ch, " ")
        self._cpos: list[int] = []
        self._shift: list[int] = []
        if "  " not in folded:
            self.text = folded
            return
        parts: list[str] = []
        last = 0
        out_len = 0
        for m in _SPACES.finditer(folded):
            seg = folded[last : m.start() + 1]
            parts.append(seg)
            out_len += len(seg)
            last = m.end()
            self._cpos.append(out_len)
            self._shift.append(last - out_len)
        parts.append(folded[last:])
        self.text = "".join(parts)

    def to_key(self, pos: int) -> int:
        if not self._cpos:
            return pos
        i = bisect.bisect_right(self._cpos, pos) - 1
        return pos + (self._shift[i] if i >= 0 else 0)

    def span_to_key(self, start: int, end: int) -> tuple[int, int]:
        return self.to_key(start), self.to_key(end - 1) + 1


def _select(kb: KnowledgeBase, text: str) -> list[_Item]:
    """Validated hits, leftmost-longest, one item per surviving span.

    Clitics each kind of entry may carry: names take no suffix and no article of their own («الروسي» is
    not «روسيا»); nisbas take the article and gender/number endings; titles take pronoun endings.
    """
    hits: list[tuple[int, int, str, list[Entry], str, str]] = []
    title_suffixes = kb.title_suffixes
    nisba_suffixes = kb.nisba_suffixes
    for hit in kb.matcher.scan(text, kb.scan_suffixes):
        start, end, key, values, prefix, suffix = hit
        article_free = prefix in _NAME_PREFIXES or key.startswith("ال")
        ok = []
        for e in values:
            kind = e.kind
            if kind == "name" or kind == "title":
                if article_free and (not suffix if kind == "name" else suffix in title_suffixes):
                    ok.append(e)
            elif kind == "nisba":  # nisbas alone take gender/number endings
                # (not where nisba + «ا» is itself a name: «روسيا», «سوريا» are the countries)
                if suffix in nisba_suffixes and not (suffix == "ا" and key + suffix in kb.entries):
                    ok.append(e)
            else:  # stop: the item stays, with no meaning, and hides what it covers
                ok.append(e)
        if ok:
            hits.append((start, end, key, ok, prefix, suffix))
    hits.sort(key=lambda h: (h[0], h[0] - h[1]))
    out: list[_Item] = []
    last_end = -1
    for start, end, key, ok, prefix, suffix in hits:
        if start < last_end:
            prev = out[-1] if out else None
            if prev is not None and end > prev.end and not suffix and prev.names and not prev.title \
                    and not prev.nisba and all(e.kind == "name" for e in ok) \
                    and {e.ids for e in ok} == {e.ids for e in prev.names} and len(ok[0].ids) == 1:
                # «الشيخ تميم بن حمد آل ثاني»: two names of one person overlapping are one mention, not «الشيخ تميم»
                # and a stray «بن حمد آل ثاني»
                prev.end = last_end = end
            continue
        last_end = end
        it = _Item(start, end, prefix, suffix, key)
        for e in ok:
            kind = e.kind
            if kind == "name":
                it.names.append(e)
            elif kind == "nisba":
                it.nisba = e.ids[0]
                it.nisba_definite = e.definite or "ال" in prefix or prefix.endswith("لل")
            elif kind == "title":
                it.title = e.title
        out.append(it)
    return out


_NOT_NOUNS = frozenset({"الي", "الا"})  # «إلى», «إلا» in match keys: they start like the article and are no noun


def _office_before(text: str, start: int, heads: frozenset[str], kb: KnowledgeBase) -> str | None:
    """The office phrase right before a name: its first word an office word, one to four words after it
    («السفير المصري لدى الإمارات» before «إيهاب حمودة»); none when a blocker opens it: «مساعد وزير الدفاع
    محمد العايش» is the minister's assistant, not the minister another «وزير الدفاع» of the article names."""
    m = _WORDS_BEFORE.search(text, max(0, start - OFFICE_BEFORE_CHARS), start)
    if m is None:
        return None
    words = m.group(1).split()
    for i, w in enumerate(words[:-1]):
        if match_key(w).removeprefix("ال") in heads:
            before = key_of(words[i - 1]) if i > 0 else ""
            if before and {before, before[1:] if before[0] in "وف" else before} & (
                    kb.blockers_before - kb.holders_before):
                return None  # (also behind «و»: «ومساعد وزير الدفاع محمد العايش»)
            return " ".join(words[i:])
    return None


def _merged(mentions: list[Mention], added: list[Mention]) -> list[Mention]:
    return sorted(mentions + added, key=lambda m: (m.span.start, m.span.end)) if added else mentions


def _spoken_after(text: str, start: int) -> bool:
    """The word at ``start`` comes right after a speech verb («وقال تركي الغنيماوي وكيل …»): the verb's subject."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return m is not None and not text[m.end(1) : start].strip() and m.group(1) in speech_verbs()


def _governed_by_la(text: str, start: int) -> bool:
    """The word at ``start`` carries the preposition «لـ» («لخادم الحرمين»; «للرئيس», whose mention starts after
    the first «ل»)."""
    return text[start - 1 : start] == "ل" and (start < 2 or not _is_letter(text[start - 2]))


def _after_bin(text: str, start: int) -> bool:
    """The word at ``start`` closes a patronymic chain («… بن عبدالمحسن التركي»)."""
    m = _TWO_WORDS_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m.group(1) in ("بن", "ابن")


@lru_cache(maxsize=256)
def _whole_word(form: str) -> re.Pattern[str]:
    """A name as a whole word, with «و/ف» and «ب/ل» glued before it («بصحيفة الوئام», «والهلال»; «للهلال», the
    article's «ا» dropped after «ل»): the name is the group ``name``."""
    body = rf"[وف]?[بل]?(?P<name>{re.escape(form)})"
    if form.startswith("ال"):
        body = rf"(?:{body}|[وف]?ل(?P<lname>ل{re.escape(form[2:])}))"
    return re.compile(rf"(?<![^\W\d_]){body}(?![^\W\d_])")


def _name_span(m: re.Match[str]) -> tuple[int, int, str]:
    """Where the name a :func:`_whole_word` match found is, and its text."""
    group = "name" if m.group("name") is not None else "lname"
    return m.start(group), m.end(group), m.group(group)


SPORT_WORDS = 2  # sports words an article needs for a club's bare name to be the club


@lru_cache(maxsize=1)
def _not_club_before() -> frozenset[str]:
    """kb/sport.yaml: the words after a club's bare name that make it something else («الهلال الأحمر»)."""
    return frozenset(load_data("kb/sport.yaml").get("not_club_before", []))


class EntityStage(Stage):
    name = "entities.kb.v150"
    requires = ("paragraphs",)
    assigns = ("mentions", "actors")

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or load_kb()
        self.names = NameFinder(self.kb)
        self._sitting_cache: dict[tuple[str, object], tuple[str, ...]] = {}
        self._held_by: dict[str, set[str]] = {}  # per article: KB holder of a title → who the article names with it
        self._home_state: str | None = None  # per article: the home state of its national outlet

    # ------------------------------------------------------------------ main
    def __call__(self, article: Article) -> Article:
        kb = self.kb
        self._held_by = {}
        compact = _Compact(article.norm.text)
        text = compact.text
        day = as_date(article.published)
        items = _select(kb, text)

        evidence: Counter[str] = Counter()
        pending: list[_Item] = []
        home = kb.home
        for i, it in enumerate(items):
            prev = items[i - 1] if i else None
            if it.names and any(e.ids[0].startswith("per:") for e in it.names):
                other = self._other_person(text, it) if " " not in it.key else self._longer_name(text, it)
                if other:
                    it.names = []
                    continue
            if it.names and not it.prefix and " " not in it.key and self._foreign_given_before(text, it.start) \
                    and all(i.startswith("loc:") for e in it.names for i in e.ids):
                it.names = []  # «ماثيو ويلز», «ناومي أوساكا»: a foreign given name's family name, not a place
                continue
            if it.nisba and (text[it.word_end : it.word_end + 4] in (" بن ", " ابن", " ال ")
                             or _after_bin(text, it.word_start)
                             or (not it.nisba_definite and _spoken_after(text, it.word_start))):
                # «الأمير تركي بن سعود», «تركي آل الشيخ» (« ال » in match keys): a given name, not «Turkish»;
                # «عبدالله بن عبدالمحسن التركي»: a family name
                it.names, it.nisba = [], None
                continue
            if it.names and it.nisba:
                # «السعودية» names the country, except as the adjective of a definite noun
                # («القوات السعودية», «والحكومة السعودية»)
                # (not after «إلى» (key «الي») or a person's name: «ووصل السيسي إلى السعودية», «يزور الجعفري
                # السعودية»; nor with a preposition glued to it: «وتوجه الرئيس المصري للسعودية»)
                m = _WORD_BEFORE.search(text, max(0, it.word_start - 40), it.word_start)
                named = prev is not None and m is not None and prev.word_end == m.end(1) \
                    and any(e.ids[0].startswith("per:") for e in prev.names)
                adjective = m is not None and not text[m.end(1) : it.word_start].strip(" ") and (
                    m.group(1).startswith("ال") or m.group(1)[1:3] == "ال") \
                    and m.group(1) not in _NOT_NOUNS and not named \
                    and not any(c in it.prefix.removesuffix("ال") for c in "لبك")
                if adjective:
                    it.names = []
                else:
                    it.nisba = None
            names = it.names
            if names:
                if len(names) == 1 and len(names[0].ids) == 1 and not names[0].shared:
                    it.actor = names[0].ids[0]
                    h = home.get(it.actor)
                    if h:
                        evidence[h] += 1
                else:
                    pending.append(it)
            elif it.nisba:
                evidence[it.nisba] += 1
        self._home_state = outlet_table().country_of.get(article.outlet or "")
        if self._home_state:
            # a national outlet's news is of its state unless the article says otherwise
            evidence[self._home_state] += 1
        for it in pending:
            it.actor = self._disambiguate(text, it, items, evidence)
        for it in pending:
            if it.actor:
                self._count(evidence, it.actor)

        items = self._add_weak(text, items, day, evidence)
        hidden: list[Mention] = []
        mentions = self._interpret(article, compact, items, day, evidence, hidden)
        unknown, recognised = self.names(article, mentions + hidden)
        unknown = self._titled_variants(article, mentions, unknown, recognised)
        mentions += unknown
        mentions += self._honorific_given(article, mentions)
        byline = article.dateline
        if byline is not None:  # «عبدالله البرقاوي- سبق- الرياض:»: the reporter (the outlet stays an org)
            reporter = [m for m in mentions if m.actor_id.startswith("per:") and byline.contains(m.span)]
            if reporter:
                mentions = [m for m in mentions if m not in reporter]
                for aid in {m.actor_id for m in reporter} - {m.actor_id for m in mentions}:
                    recognised.pop(aid, None)
        mentions.sort(key=lambda m: (m.span.start, m.span.end))
        mentions = self._article_holders(mentions)
        mentions = self._local_titles(article, mentions)
        mentions = self._bare_heads(article, mentions)
        mentions = self._office_of_state(article, mentions)
        mentions = self._bureaus(article, mentions, day)
        mentions = self._own_outlet(article, mentions)
        mentions = self._sport_names(article, mentions)
        article.mentions = mentions
        article.actors = {m.actor_id: kb.actors[m.actor_id] for m in mentions if m.actor_id in kb.actors}
        article.actors.update(recognised)
        return article

    # ------------------------------------------------------------------ helpers
    def _titled_variants(self, article: Article, mentions: list[Mention], unknown: list[Mention],
                         recognised: dict[str, Actor]) -> list[Mention]:
        """«رئيس الوزراء القطري الشيخ عبدالله بن خليفة آل ثاني»: a name the KB lacks right after a title resolved
        to a known person with the same given name is that person, written short (here without «بن ناصر»).
        Another given name says the title is that person's here («وزير الخارجية السورية، فيصل مقداد», not
        Walid Muallem): the title mention is re-pointed to the name, unless «لـ» governs the title (someone's
        office: «مساعد السكرتير الخاص لخادم الحرمين الشريفين الأستاذ تميم …» is the king's aide, not the king)."""
        text = article.text
        titles = [m for m in mentions if m.form == "title" and m.actor_id in self.kb.actors]
        known: dict[str, str] = {}  # unknown person id → the titled person
        for u in unknown:
            title = next((t for t in titles if t.span.end <= u.span.start
                          and self._honorific_gap(text[t.span.end : u.span.start])), None)
            if title is None:
                continue
            if self._same_given(u.text or u.span.of(text), title.actor_id):
                known[u.actor_id] = title.actor_id
            elif self.kb.actors[title.actor_id].kind == "person" and not _governed_by_la(text, title.span.start):
                i = mentions.index(title)
                mentions[i] = Mention(title.span, u.actor_id, title.form, title.text)
        for old in known:
            recognised.pop(old, None)
        return [Mention(u.span, known[u.actor_id], u.form, u.text) if u.actor_id in known else u for u in unknown]

    def _honorific_given(self, article: Article, mentions: list[Mention]) -> list[Mention]:
        """«الأمير جلوي بن عبدالعزيز بن مساعد» … «وعبر الأمير جلوي عن سعادته»: an honorific and a given name
        alone name the one person of the article whose full name starts with it. Not when a name goes on after
        it («الدكتور محمد العيسى»: another Mohammed)."""
        key = article.norm.text
        cues = self.names.cues
        firsts: dict[str, set[str]] = {}
        for m in mentions:
            words = match_key(m.text or "").split()
            if m.form == "name" and m.actor_id.startswith("per:") and len(words) >= 2:
                firsts.setdefault(words[0], set()).add(m.actor_id)
        taken = [(m.span.start, m.span.end) for m in mentions]
        out: list[Mention] = []
        for given, owners in firsts.items():
            if len(owners) != 1 or len(given) < 3:
                continue
            ks = key.find(given)
            while ks >= 0:
                ke = ks + len(given)
                found, ks = ks, key.find(given, ke)
                if found == 0 or key[found - 1] != " " or (ke < len(key) and key[ke].isalpha()):
                    continue
                before = key[:found - 1].rsplit(" ", 1)[-1]
                if before not in cues.honorifics and before[1:] not in cues.honorifics:
                    continue  # («وعبر الأمير جلوي»: an honorific, maybe after «و/ل/ب», right before)
                after = key[ke:ke + 30].split()[:1]
                after_word = after[0] if after and key[ke:ke + 1] == " " else ""
                if after_word in cues.connectors or after_word.startswith("ال") \
                        or self.names.family_name(after_word) or after_word in cues.given:
                    continue
                s, e = article.norm.span_to_original(found, ke)
                if not any(a < e and s < b for a, b in taken):
                    out.append(Mention(Span(s, e), next(iter(owners)), "name", article.original[s:e]))
                    taken.append((s, e))
        return out

    def _own_outlet(self, article: Article, mentions: list[Mention]) -> list[Mention]:
        """The article's own outlet named in its furniture, the dateline («حاتم العميري- سبق- مكة المكرمة:») or a
        blanked trailer («رابط الخبر بصحيفة الوئام», «تطبيق بي بي سي عربي»): an organization the article names,
        though not in its running text (where a one-word form such as «سبق» is an ordinary word)."""
        own = self.kb.outlets.get(article.outlet or "")
        if own is None:
            return mentions
        actor_id, forms = own
        if any(m.actor_id == actor_id and m.form == "name" for m in mentions):
            return mentions
        for sp in ([article.dateline] if article.dateline else []) + list(article.removed):
            segment = article.original[sp.start : sp.end]
            found = next((m for f in forms if (m := _whole_word(f).search(segment))), None)
            if found is not None:
                start, end, surface = _name_span(found)
                return sorted([*mentions, Mention(Span(sp.start + start, sp.start + end), actor_id, "name", surface)],
                              key=lambda m: (m.span.start, m.span.end))
        return mentions

    def _sport_names(self, article: Article, mentions: list[Mention]) -> list[Mention]:
        """A club's bare name («الهلال», «النصر») in an article that reads as sports news (SPORT_WORDS of
        kb/sport.yaml or more): the club, wherever no longer name covers it («نادي النصر الإماراتي») and no word
        after it makes it something else («الهلال الأحمر»)."""
        kb = self.kb
        other = _not_club_before()
        if not kb.sport_forms or len(sport_words().findall(article.text)) < SPORT_WORDS:
            return mentions
        added = []
        for form, actor_id in kb.sport_forms.items():
            for m in _whole_word(form).finditer(article.text):
                start, end, surface = _name_span(m)
                after = article.text[end : end + 20].split(maxsplit=1)
                if after and after[0].strip("،,.") in other:
                    continue
                if not any(x.span.overlaps(Span(start, end)) for x in mentions):
                    added.append(Mention(Span(start, end), actor_id, "name", surface))
        if not added:
            return mentions
        return sorted(mentions + added, key=lambda m: (m.span.start, m.span.end))

    def _article_holders(self, mentions: list[Mention]) -> list[Mention]:
        """A title alone stands for the person the article named with that title before or after («الرئيس
        الإثيوبي آبي أحمد» makes «الزعيم الإثيوبي» Abiy, not the president the KB knows), unless the article also
        names the KB's holder."""
        named = {m.actor_id for m in mentions if m.form == "name"}
        swap = {h: next(iter(ps)) for h, ps in self._held_by.items() if len(ps) == 1 and h not in named}
        if not swap:
            return mentions
        return [Mention(m.span, swap[m.actor_id], m.form, m.text) if m.form == "title" and m.actor_id in swap else m
                for m in mentions]

    def _local_titles(self, article: Article, mentions: list[Mention]) -> list[Mention]:
        """«الأمير فيصل بن بندر أمير منطقة الرياض … كما استقبل أمير منطقة الرياض سفير …»: an office told right
        after a person's name (an office word and two more words) names that person wherever the article
        repeats it alone (not right before another name, which then holds it)."""
        text = article.text
        heads = self.names.cues.offices
        learned: dict[str, set[str]] = {}
        for m in mentions:
            if m.form != "name" or not m.actor_id.startswith("per:"):
                continue
            t = _OFFICE_AFTER.match(text, m.span.end)
            if t is not None and match_key(t.group(1)) in heads:
                learned.setdefault(t.group(0).strip(" ،,"), set()).add(m.actor_id)
            if m.actor_id.startswith("per:x:"):
                # «قال السفير المصري لدى الإمارات إيهاب حمودة … قال السفير المصري لدى الإمارات إن»: an office told
                # right before someone the knowledge base lacks names them too
                phrase = _office_before(text, m.span.start, heads, self.kb)
                if phrase:
                    learned.setdefault(phrase, set()).add(m.actor_id)
        if not learned:
            return mentions
        starts = [m.span.start for m in mentions]
        added: list[Mention] = []
        for phrase, ids in learned.items():
            if len(ids) != 1:
                continue
            aid = next(iter(ids))
            for o in re.finditer(rf"(?<![^\W\d_]){re.escape(phrase)}(?![^\W\d_])", text):
                s, e = o.start(), o.end()
                i = bisect.bisect_left(starts, s)
                if any(x.span.start < e and s < x.span.end and not (
                        x.actor_id in self.kb.actors and self.kb.actors[x.actor_id].kind in ("place", "country"))
                       for x in mentions[max(0, i - 3) : i + 3]):
                    continue  # (a place inside the office stays: «أمير منطقة الرياض»)
                prev = next((x for x in reversed(mentions[:i]) if x.span.end <= s), None)
                if prev is not None and prev.actor_id == aid and s - prev.span.end <= 3:
                    continue  # where it was told, right after the name
                while i < len(mentions) and mentions[i].span.start < e:
                    i += 1
                nxt = mentions[i] if i < len(mentions) else None
                if nxt is not None and nxt.actor_id.startswith("per:") and 0 <= nxt.span.start - e <= 12:
                    continue  # «أمير منطقة الرياض الأمير فيصل»: the name holds the office
                added.append(Mention(Span(s, e), aid, "title", o.group()))
        return _merged(mentions, added)

    def _bare_heads(self, article: Article, mentions: list[Mention]) -> list[Mention]:
        """«المستشارة الألمانية أنجيلا ميركل» … «إن المستشارة دعت»: a title word alone, after a full title that
        opened with it, names that title's one bearer in the article (not when two people bore it: «الرئيس»
        for two presidents names neither)."""
        text = article.text
        bearers: dict[str, set[str]] = {}
        first: dict[str, int] = {}
        offices = self.names.cues.offices
        for m in mentions:
            if not m.actor_id.startswith("per:"):
                continue
            words = m.text.split()
            if m.form == "name":  # («مكتب المستشارة الألمانية أنجيلا ميركل»: an office told before the name)
                phrase = _office_before(text, m.span.start, offices, self.kb)
                words = phrase.split() if phrase else []
                if not all(w.startswith("ال") for w in words):
                    continue  # (definite words only: «وأكد الوزير الفهدواي في بيان» names nobody «بيان»)
            elif m.form != "title":
                continue
            if len(words) > 1 and words[0].startswith("ال"):
                head = match_key(words[0])
                bearers.setdefault(head, set()).add(m.actor_id)
                first.setdefault(head, m.span.end)
        heads = {h: next(iter(ids)) for h, ids in bearers.items() if len(ids) == 1}
        if not heads:
            return mentions
        taken = [(m.span.start, m.span.end) for m in mentions]
        added: list[Mention] = []
        for w in _BARE_WORD.finditer(text):
            head = match_key(w.group(1))
            if head not in heads or w.start(1) < first[head]:
                continue
            s, e = w.start(1), w.end(1)
            if any(a < e + 3 and s < b for a, b in taken):
                continue  # (a title told in full, or a name right after the word: the mention there decides)
            nxt = _NEXT_WORD.match(text, e)
            if nxt is not None and nxt.group(1).startswith("ال") and not text[e : nxt.start(1)].strip():
                continue  # («المستشارة السابقة», «الرئيس التنفيذي»: another office)
            added.append(Mention(Span(s, e), heads[head], "title", w.group(1)))
        return _merged(mentions, added)

    def _office_of_state(self, article: Article, mentions: list[Mention]) -> list[Mention]:
        """«وزير الدفاع الأمريكي آشتون كارتر … واجرى الوزير الاميركي …»: an office word and a state's nisba name
        the one person the article titled with that office of that state before."""
        text = article.text
        offices = self.names.cues.offices
        added: list[Mention] = []
        for i, n in enumerate(mentions):
            if n.form != "nisba" or i == 0:
                continue
            ns = n.span.start - 2 if text[n.span.start - 2 : n.span.start] == "ال" else n.span.start
            w = _WORD_BEFORE.search(text, max(0, ns - 20), ns)
            if w is None or text[w.end(1) : ns].strip() or not w.group(1).startswith("ال"):
                continue
            head = match_key(w.group(1))[2:]
            if head not in offices or mentions[i - 1].span.end > w.start(1):
                continue  # (not part of a title already found: «وزير الخارجية الأمريكي»)
            state = self.kb.actors[n.actor_id].name if n.actor_id in self.kb.actors else None
            holders = {m.actor_id for m in mentions[:i] if m.form == "title" and m.actor_id in self.kb.actors
                       and m.actor_id.startswith("per:") and self.kb.actors[m.actor_id].country == state
                       and match_key(m.text or m.span.of(text)).split()[0] == head}
            if len(holders) != 1:
                continue
            named = next((m for m in mentions[i + 1 :] if m.form == "name" and m.actor_id.startswith("per:")), None)
            if named is not None:
                between = [match_key(x) for x in _WORDS.findall(text, n.span.end, named.span.start)]
                if len(between) <= 5 and not _CLAUSE_MARK.search(text, n.span.end, named.span.start) \
                        and not any(x in self.names.cues.prepositions for x in between):
                    continue  # «الوزير الروسي المكلف تنمية الشرق الأقصى ألكسندر غالوشكا»: the name says who
            s = w.start(1)
            added.append(Mention(Span(s, n.span.end), holders.pop(), "title", text[s : n.span.end]))
        return _merged(mentions, added)

    def _bureaus(self, article: Article, mentions: list[Mention], day: date | None) -> list[Mention]:
        """«مكتب رئيسة الوزراء البريطانية تيريزا ماي»، «مكتب الرئيس الفرنسي إيمانويل ماكرون»: the body that
        issues for the office holder (its statements speak for it, GUIDELINES §4), not the person; the body's
        KB name right before its holder's name («مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو») spans it too."""
        kb, text = self.kb, article.text
        bodies: dict[str, str] = {}
        for oid in kb.bureaus:
            holder = kb.holder(*kb.org_head[oid], day)
            if holder is not None:
                bodies[holder.id] = oid
        if not bodies:
            return mentions
        out: list[Mention] = []
        i = 0
        while i < len(mentions):
            m = mentions[i]
            oid, start = bodies.get(m.actor_id), -1
            if oid is not None:
                floor = next((n.span.end for n in reversed(out) if n.form != "nisba"), 0)
                start = self._bureau_before(text, m.span.start, floor)
                if start < 0 and out and out[-1].actor_id == oid and not text[out[-1].span.end : m.span.start].strip():
                    start = out.pop().span.start
            if start < 0:
                out.append(m)
                i += 1
                continue
            end, i = m.span.end, i + 1
            while i < len(mentions) and mentions[i].actor_id == m.actor_id \
                    and not text[end : mentions[i].span.start].strip(" ،,"):
                end, i = mentions[i].span.end, i + 1  # «… الرئيس الفرنسي إيمانويل ماكرون»: title and name
            while out and out[-1].span.start >= start:
                out.pop()  # (the nisba of the holder's office: «الفرنسي»)
            out.append(Mention(Span(start, end), oid, "name", text[start:end]))
        return out

    def _bureau_before(self, text: str, start: int, floor: int) -> int:
        """Where «مكتب» starts before a holder's mention: right before it, or before the holder's office words
        («مكتب الرئيس الفرنسي إيمانويل ماكرون», the nisba being the only mention between); -1 if absent, or if
        it is the room («التقاه في مكتب ترامب»، «بمكتب»)."""
        words = list(_WORDS.finditer(text, max(floor, start - 50), start))[-5:]
        if not words or text[words[-1].end() : start].strip() or _CLAUSE_MARK.search(text, words[0].start(), start):
            return -1
        cues = self.names.cues
        for k in range(len(words) - 1, -1, -1):
            key = match_key(words[k].group())
            bare = key.removeprefix("و").removeprefix("ف")
            bare = bare[1:] if bare[:1] == "ل" and bare[1:] in cues.bureaus else bare
            if bare in cues.bureaus:
                if k and match_key(words[k - 1].group()) in cues.places_before:
                    return -1
                after = [match_key(w.group()) for w in words[k + 1 :]]
                if not after or after[0].removeprefix("ال") in cues.offices:
                    return words[k].end() - len(bare)
                return -1
        return -1

    def _honorific_gap(self, gap: str) -> bool:
        m = _TITLE_NAME_GAP.fullmatch(gap)
        return m is not None and (m.group(1) is None or match_key(m.group(1)) in self.names.cues.honorifics)

    def _same_given(self, name: str, person: str) -> bool:
        first = given_key(name)
        return bool(first) and any(given_key(ar) == first for ar in self.kb.actors[person].arabic)

    def _other_person(self, text: str, it: _Item) -> bool:
        """A surname alone preceded by someone else's given name («ديبرا كاتس»، «عبد السلام هنية») or
        glued to «ك» («كاسبر» is not «ك + إسبر») names another person."""
        if "ك" in it.prefix:
            return True
        if it.prefix:
            return False
        return self._given_before(text, it.start, {i for e in it.names for i in e.ids})

    def _given_before(self, text: str, start: int, ids: set[str]) -> bool:
        """Whether the word(s) right before ``start`` are a given name none of ``ids`` bears."""
        kb = self.kb
        m = _TWO_WORDS_BEFORE.search(text, max(0, start - 40), start)
        if m is None:
            return False
        one, two = m.group(2), f"{m.group(1)} {m.group(2)}" if m.group(1) else None
        own = set().union(*(kb.own_given_names.get(i, frozenset()) for i in ids))
        for g in (two, one):
            if g and g in kb.given_names:
                return g not in own
        return False

    def _foreign_given_before(self, text: str, start: int) -> bool:
        """The word right before ``start`` is a given name of another tradition («ماثيو», «ويتني»); Arabic given
        names are also nouns that a place follows («تحرير الرمادي»)."""
        m = _WORD_BEFORE.search(text, max(0, start - 20), start)
        # (only a given name the corpus seldom uses: a frequent one may be an Arabic word too, «في جيب عفرين»)
        return m is not None and not text[m.end(1) : start].strip(" ") and m.group(1) in self.kb.foreign_given_names \
            and self.names.rare(m.group(1), GIVEN_NOUN_DF)

    def _family_after(self, text: str, w: _Item, ids: set[str]) -> bool:
        """A weak form that is its bearers' given name («إليزابيث», not a surname like «روحاني» nor an East Asian
        family name written first like «كيم»), then a word that may be a family name, set off like a name: someone
        else's full name, which the name finder takes whole («إليزابيث روبرتسون، مديرة البحوث»)."""
        kb = self.kb
        if w.key in kb.family_first or text[w.end : w.end + 1] != " " or not any(
                w.key in kb.own_given_names.get(i, frozenset()) for i in ids):
            return False
        nxt = _WORDS.match(text, w.end + 1)
        if nxt is None or not self.names._foreign_family(nxt.group()):
            return False
        # (set off like a name: a comma, a colon or an office after it; not «ميلانيا كسرت الصمت»: a verb)
        after = text[nxt.end() : nxt.end() + 2].lstrip(" ")[:1]
        role = _WORDS.match(text, nxt.end() + 1)
        return bool(after) and after in "،,:" or role is not None and role.group() in self.names.cues.role_heads

    def _longer_name(self, text: str, it: _Item) -> bool:
        """A full name inside someone else's: after «بن» («خالد بن بندر بن سلطان» is Bandar's son) or before a
        family name that is not its bearer's («محمد بن سلمان العتيبي»)."""
        before = _WORD_BEFORE.search(text, max(0, it.word_start - 20), it.word_start)
        if before is not None and not text[before.end(1) : it.word_start].strip(" ") \
                and before.group(1) in ("بن", "ابن", "بنت"):
            return True
        after = _NEXT_WORD.match(text, it.word_end)
        if after is None or text[it.word_end : after.start(1)].strip(" ") or " بن " not in f" {it.key} ":
            return False  # (only a patronymic chain takes a family name after it: not «كيم يونغ شول التوفيق»)
        word = after.group(1)
        return self.names.family_name(word) and not any(
            word in match_key(ar) for e in it.names for i in e.ids for ar in self.kb.actors[i].arabic)

    def _count(self, evidence: Counter[str], actor_id: str) -> None:
        home = self.kb.home.get(actor_id)
        if home:
            evidence[home] += 1

    def _disambiguate(self, text: str, it: _Item, items: list[_Item], evidence: Counter[str]) -> str | None:
        """A shared name takes the candidate whose country the text around it supports (same sentence
        first, then the whole article), else its default; never a guess without either."""
        kb = self.kb
        cands = sorted({i for e in it.names for i in e.ids})
        # «وزارة الخارجية الكوبية»: a nisba right after the name says whose it is
        k = bisect.bisect_right(items, it.end, key=lambda x: x.start)
        if k < len(items) and items[k].nisba and not items[k].actor and \
                not text[it.end : items[k].word_start].strip():
            fitting = [c for c in cands if kb.home.get(c) == items[k].nisba]
            return fitting[0] if len(fitting) == 1 else None
        # «مجلس الوزراء بمملكة البحرين», «نائب رئيس مجلس الوزراء وزير الداخلية بدولة الكويت»: a state named
        # soon after in the same clause says whose it is
        for nxt in items[k : k + _STATE_AFTER_ITEMS]:
            gap = text[it.end : nxt.start]
            if nxt.start - it.end > _STATE_AFTER_REACH or any(p in gap for p in "،,.:\"«»“”") \
                    or not _CLAUSE_OPENERS.isdisjoint(gap.split()):
                break  # (not «وقالت وزارة الدفاع إن الوحدات في العراق»: another clause)
            iso = kb.home.get(nxt.actor) if nxt.actor else nxt.nisba
            fitting = [c for c in cands if kb.home.get(c) == iso]
            if iso and len(fitting) == 1:
                return fitting[0]
        # «وزارة الدفاع الكندية» … «وزارة الدفاع»: the candidate the article named last before goes on
        named = set(cands)
        prior = [x.actor for x in items if x.end <= it.start and x.actor in named]
        if prior:
            return prior[-1]
        # the nearest country evidence within the sentence-sized window decides; then counts
        nearest: dict[str, int] = {}
        local: Counter[str] = Counter()
        lo, hi = it.start - _LOCAL, it.end + _LOCAL
        for other in items:
            if other.start > hi:
                break
            if other is it or other.end < lo:
                continue
            iso = kb.home.get(other.actor) if other.actor else other.nisba
            if iso:
                local[iso] += 1
                d = other.start - it.end if other.start >= it.end else it.start - other.end
                if d < nearest.get(iso, _LOCAL + 1):
                    nearest[iso] = d
        homes = {c: kb.home.get(c) for c in cands}
        dist = sorted((nearest[h], c) for c, h in homes.items() if h in nearest)
        if dist and (len(dist) == 1 or dist[0][0] < dist[1][0]):
            return dist[0][1]
        for ev in (local, evidence):
            scores = sorted(((ev[homes[c]] if homes[c] else 0)
                             + sum(ev[q] for q in kb.cues.get(c, ()) if q != homes[c]), c) for c in cands)
            best, top = scores[-1]
            if best > 0 and not (len(scores) > 1 and scores[-2][0] == best):
                return top
        default = kb.default_of.get(it.key)
        if default in cands:
            return default
        return None

    def _add_weak(self, text: str, items: list[_Item], day, evidence: Counter[str]) -> list[_Item]:
        """Weak surnames («مون»، «عون»، «العبادي»), looked for only where the article gives a reason: the
        person is named in full; a title stands right before the surname («الرئيس عون»); or the person
        holds an office on the article's date in a country the article is about («العبادي» in an Iraqi
        article of 2018)."""
        kb = self.kb
        present = Counter(it.actor for it in items if it.actor and it.actor.startswith("per:"))
        found: dict[tuple[int, int], _Item] = {}
        look = [pid for pid in present if pid in kb.weak_keys]
        if day is not None:
            for iso, n in evidence.items():
                if n >= 2:
                    look.extend(p for p in self._sitting_weak(iso, day) if p not in present)
        for pid in look:
            # (a surname the loader derived only beside the full name: «وقال كوستا» in a Portuguese match report is
            # not the prime minister)
            keys = kb.weak_keys[pid] if pid in present else [
                k for k in kb.weak_keys[pid] if k not in kb.beside_full_name.get(pid, ())]
            for key in keys:
                pos = text.find(key)
                while pos >= 0:
                    self._weak_at(found, text, pos, key, [pid])
                    pos = text.find(key, pos + len(key))
        if kb.weak_any is not None:
            for it in items:
                if it.title is None and not it.nisba:
                    continue
                if text[it.word_end : it.word_end + 1] != " ":
                    continue
                m = kb.weak_any.match(text, it.word_end + 1)
                if m:
                    key = m.group(2)
                    cands = sorted({i for e in kb.weak_entries.get(key, ()) for i in e.ids})
                    # only people who held the office the title names («الرئيس مبارك», not «الشيخ مبارك»)
                    office = it.title.office if it.title is not None else None
                    held = [c for c in cands if any(t.office == office for t in kb.terms_of(c))]
                    holding = [c for c in held if any(t.office == office for t in kb.terms_of(c, day))
                               ] if day else []
                    pick = holding if len(holding) == 1 else (held if len(held) == 1 else [])
                    if pick:
                        self._weak_at(found, text, m.start(2), key, pick[:1])
        if not found:
            return items
        starts = [it.word_start for it in items]
        added = []
        for w in found.values():
            i = bisect.bisect_right(starts, w.word_start) - 1
            if i >= 0 and items[i].word_end > w.word_start:
                continue  # inside a longer hit
            if i + 1 < len(items) and items[i + 1].word_start < w.word_end:
                continue
            ids = set(w.weak)
            if len(ids) > 1:
                known = [c for c in ids if present[c]]
                if len(known) > 1:
                    # (not one whose double-barrelled surname merely ends with it: «راتكليف» is Richard
                    # Ratcliffe, not Nazanin Zaghari-Ratcliffe)
                    known = [c for c in known if "-" not in self.kb.actors[c].name.split()[-1]]
                if len(known) != 1:
                    continue
                ids = set(known)
            if not w.prefix and self._given_before(text, w.start, ids):
                continue  # «الناشط … عمر الحريري» is not Saad Hariri, whoever sits in Beirut
            if self._family_after(text, w, ids):
                continue  # «إليزابيث روبرتسون» is not Elizabeth II, though the article names the queen
            w.actor = ids.pop()
            added.append(w)
        return sorted(items + added, key=lambda it: it.start) if added else items

    def _sitting_weak(self, iso: str, day) -> tuple[str, ...]:
        """People of a country with weak surnames who hold a (unique) office on a day (cached per day)."""
        key = (iso, day)
        hit = self._sitting_cache.get(key)
        if hit is None:
            kb = self.kb
            hit = tuple(pid for pid in kb.weak_people_by_country.get(iso, ())
                        if any(t.office not in kb.nonunique_offices for t in kb.terms_of(pid, day)))
            if len(self._sitting_cache) > 50_000:
                self._sitting_cache.clear()
            self._sitting_cache[key] = hit
        return hit

    @staticmethod
    def _weak_at(found: dict[tuple[int, int], _Item], text: str, pos: int, key: str, pids: list[str]) -> None:
        """Record a weak surname at ``pos`` if it is a whole word (with at most a conjunction/preposition)."""
        end = pos + len(key)
        if end < len(text) and _is_letter(text[end]):
            return
        ws = pos
        while ws > 0 and pos - ws <= 3 and _is_letter(text[ws - 1]):
            ws -= 1
        prefix = text[ws:pos]
        if prefix not in _WEAK_PREFIXES or (ws > 0 and _is_letter(text[ws - 1])):
            return
        it = found.get((pos, end))
        if it is None:
            it = found[(pos, end)] = _Item(pos, end, prefix, "", key)
        it.weak.extend(p for p in pids if p not in it.weak)

    def _interpret(self, article: Article, compact: _Compact, items: list[_Item], day,
                   evidence: Counter[str], hidden: list[Mention]) -> list[Mention]:
        """The mentions the items make; ``hidden`` receives the names that are part of something named for
        a person, which no other reading may take either."""
        norm = article.norm
        text = compact.text
        out: list[Mention] = []
        consumed: set[int] = set()  # nisba items folded into a title
        metonym_of = self.kb.metonym_of
        last_person: str | None = None
        dual: tuple[str, int] | None = None  # after «نظيريه»: whose counterparts, and the first one's last item
        plural = False  # after «نظرائه»: more than one second counterpart
        earlier_person: str | None = None  # the person named before ``last_person``

        original = article.original
        to_original = norm.span_to_original
        to_key = compact.span_to_key if compact.compacted else None

        def mention(s: int, e: int, actor: str, form: str) -> Mention:
            if to_key is not None:
                s, e = to_key(s, e)
            os_, oe = to_original(s, e)
            return Mention(Span(os_, oe), actor, form, original[os_:oe])

        for idx, it in enumerate(items):
            person = it.title is not None or (it.actor or "").startswith("per:")
            if person and self.kb.named_for_at(text, it.word_start):
                hidden.append(mention(it.start, it.end, it.actor or "", "named_for"))
                continue
            if it.actor:
                out.append(mention(it.start, it.end, it.actor, "name"))
                if it.actor.startswith("per:"):
                    if it.actor != last_person:
                        earlier_person = last_person
                    last_person = it.actor
                elif it.actor in metonym_of:
                    self._metonym(text, it, items[idx - 1] if idx else None, out, mention)
                continue
            if it.title is not None:
                res = self._title(text, items, idx, day, evidence, last_person)
                if res is None and it.title.plural and earlier_person is not None:
                    # «مع … موغيريني ونظرائه الفرنسي …»: counterparts of the subject named before a guest who has none
                    res = self._title(text, items, idx, day, evidence, earlier_person)
                    last_person = earlier_person if res is not None else last_person
                if res is not None:
                    actor, end_idx = res
                    out.append(mention(it.start, items[end_idx].end, actor, "title"))
                    if it.title.dual and last_person is not None:
                        dual, plural = (last_person, end_idx), it.title.plural
                    if actor != last_person:
                        earlier_person = last_person
                    last_person = actor
                    for j in range(idx + 1, end_idx + 1):
                        if items[j].nisba and not items[j].actor:
                            consumed.add(j)
                continue
            if dual is not None and it.nisba and idx not in consumed:
                second = self._second_counterpart(text, items, idx, dual, day)
                dual = (dual[0], idx) if plural and second is not None else None
                if second is not None:
                    out.append(mention(it.start, it.end, second, "title"))
                    continue
            if it.nisba and idx not in consumed:
                out.append(mention(it.start, it.end, it.nisba, "nisba"))
        return out

    def _metonym(self, text: str, it: _Item, prev: _Item | None, out: list[Mention], mention) -> None:
        kb = self.kb
        country = kb.metonym_of.get(it.actor or "")
        if not country:
            return
        before = _WORD_BEFORE.search(text, max(0, it.word_start - 40), it.word_start)
        after_text = text[it.word_end : it.word_end + 40]
        after = _WORD_AFTER.search(after_text)
        verb = False
        if before and not text[before.end(1) : it.word_start].strip():
            w = before.group(1)
            verb = w in kb.metonym_verbs_before or (w[:1] in "وف" and w[1:] in kb.metonym_verbs_before)
            if verb and prev is not None and prev.actor and not prev.actor.startswith(("per:", "org:")) \
                    and not text[prev.word_end : before.start(1)].strip():
                verb = False  # «موسكو تتهم لندن»: the verb has its subject already; the capital is its object
        if not verb and after and not after_text[: after.start(1)].strip(" "):
            verb = after.group(1) in kb.metonym_verbs_after
            if not verb and after.group(1)[:1] == "و":  # «موسكو وواشنطن توصلتا»
                nxt = _NEXT_WORD.match(after_text, after.end(1))
                verb = nxt is not None and nxt.group(1) in kb.metonym_verbs_after
        if not verb and it.prefix == "و" and prev is not None and prev.metonym and \
                not text[prev.word_end : it.word_start].strip():
            verb = True  # «واتهمت دمشق وموسكو»
        if not verb and not it.prefix and after_text.lstrip(" ").startswith(":"):
            line_start = text.rfind("\n", 0, it.word_start) + 1
            verb = not text[line_start : it.word_start].strip()  # a headline or line opening «موسكو: …»
        if verb:
            it.metonym = True
            out.append(mention(it.start, it.end, country, "metonym"))

    # ------------------------------------------------------------------ titles
    def _blocked_before(self, text: str, it: _Item) -> bool:
        return word_before(text, it.word_start, self.kb.blockers_before, ("الاول", "الثاني", "الخاص", "العام"),
                           "وفل", 2)

    def _blocked_after(self, text: str, end: int, spec: TitleSpec) -> bool:
        """A blocker right after the title names another office or holder («السابق», «للشؤون»), unless the words
        end the office's own full name («للشؤون الخارجية» after the High Representative)."""
        m = _WORD_AFTER.search(text[end : end + 40])
        if not m or text[end : end + m.start(1)].strip(" "):
            return False
        after = " ".join(match_key(text[end + m.start(1) : end + 60]).split()) + " "
        if any(after.startswith(p + " ") for p in spec.portfolio):
            return False
        if m.group(1) in self.kb.blockers_after:
            return True
        return any(" " in b and after.startswith(b + " ") for b in self.kb.blockers_after)  # «في ذلك الحين»

    def _title(self, text: str, items: list[_Item], idx: int, day, evidence: Counter[str],
               last_person: str | None, apposed: bool = True) -> tuple[str, int] | None:
        """(person, index of the last item the title phrase covers), or None. Without ``apposed``, the holder
        the phrase names by itself, whoever is named after it."""
        kb = self.kb
        it = items[idx]
        spec = it.title
        assert spec is not None
        if self._blocked_before(text, it):
            return None
        of: str | None = spec.of
        definite = spec.definite or spec.counterpart or it.suffix != ""  # «نظيره»، «رئيسها»
        end_idx = idx
        nxt = items[idx + 1] if idx + 1 < len(items) else None
        adjacent = nxt is not None and not text[it.word_end : nxt.word_start].strip()
        if of is None and adjacent and nxt is not None:
            if nxt.nisba and not nxt.actor:
                # «الرئيس الروسي»; not «رئيس أمريكي» (a president) nor a construct title
                if nxt.nisba_definite and definite:
                    of, end_idx = nxt.nisba, idx + 1
            elif nxt.actor and not nxt.actor.startswith("per:"):
                a = kb.actors[nxt.actor]
                lam = nxt.prefix.endswith("ل") or nxt.prefix.endswith("لل")
                ok = (not definite and not nxt.prefix) or (definite and lam and a.kind != "place")
                # (a city after «لـ» is where a visit goes, no office's domain: «زيارة ولي ولي العهد للقاهرة»)
                if ok and (a.kind != "organization" or spec.orgs or nxt.actor in kb.org_head):
                    of, end_idx = nxt.actor, idx + 1
        # a person named right after the title (and its country) is who the title describes; a title bound
        # to some countries («المستشار» is a chancellor only in Germany and Austria) otherwise means
        # something else («مستشاره جاريد كوشنر»)
        named = self._apposition(text, items, end_idx, chain=definite or end_idx > idx) if apposed else None
        if named is not None:
            if spec.countries is None or kb.home.get(named) in spec.countries:
                alone = self._title(text, items, idx, day, evidence, last_person, apposed=False)
                if alone is not None and alone[0] != named and kb.home.get(alone[0]) == kb.home.get(named):
                    # «وصل الرئيس الإثيوبي آبي أحمد … وحظي الزعيم الإثيوبي»: the article holds Abiy for the
                    # office it gives him, not the holder the knowledge base knows
                    self._held_by.setdefault(alone[0], set()).add(named)
                return named, end_idx
            return None
        if self._blocked_after(text, items[end_idx].word_end, spec):
            return None
        if spec.counterpart:
            if of is None or last_person is None:
                return None
            return self._counterpart(last_person, of, day, end_idx)
        if spec.deputy:
            return self._deputy(text, items, idx, spec, last_person, day)
        if spec.possessive:
            # «وزير دفاعه»: of the man named before; «وزير خارجيتها»: of the state named before it in its
            # sentence («وصفت الحكومة البحرينية لقاء وزير خارجيتها»)
            if match_key(text[it.word_start : it.word_end]).endswith("ها"):
                of = self._state_before(text, items, idx)
            else:
                of = kb.home.get(last_person) if last_person is not None else None
            if of is None:
                return None
        if of is None:
            if not spec.bare or self._in_a_name(text, it, items[end_idx].word_end):
                return None
            of = self._dominant(evidence)
            if of is None and self._home_state and spec.office and day is not None \
                    and kb.resolve_office(spec.office, self._home_state, day):
                of = self._home_state  # «ولي ولي العهد بحث مع ملك الأردن» in a Saudi paper: its state's office
            if of is None:
                return None
            if spec.office and not kb.resolve_office(spec.office, of, day) and day is not None:
                # «وعقد الملك عبدالله الثاني وولي ولي العهد اجتماعا» in a report from Jordan: of the one state
                # the article names that has the office
                having = [c for c in evidence if kb.resolve_office(spec.office, c, day)]
                of = having[0] if len(having) == 1 else of
        if spec.countries is not None and of not in spec.countries:
            return None
        if of in kb.org_head and spec.office in ("president", "prime_minister"):
            office, of = kb.org_head[of]
        else:
            office = spec.office
        if office is None:
            return None
        holder = kb.resolve_office(office, of, day, fallback=office in kb.fallback_offices)
        return (holder.id, end_idx) if holder is not None else None

    def _state_before(self, text: str, items: list[_Item], idx: int) -> str | None:
        """The state named last before item ``idx`` in its sentence, by name or nisba."""
        for j in range(idx - 1, -1, -1):
            if any(c in text[items[j].word_end : items[idx].word_start] for c in ".!؟\n"):
                return None
            if items[j].nisba:
                return items[j].nisba
            a = self.kb.actors.get(items[j].actor or "")
            if a is not None and a.kind == "country":
                return a.id
        return None

    def _in_a_name(self, text: str, it: _Item, end: int) -> bool:
        """A bare title followed by a given name names someone the knowledge base lacks («الملك فهد», «الملك
        هنري الثامن»), not the sitting holder; after «عبد» or «بن» it is part of a name («محمد بن عبد الملك»)."""
        before = _WORD_BEFORE.search(text, max(0, it.word_start - 20), it.word_start)
        if before is not None and before.group(1) in ("عبد", "بن", "ابن"):
            return True
        words = _NEXT_WORDS.match(text, end)
        if words is None:
            return False
        first = words.group(1)
        return first in self.kb.given_names or f"{first} {words.group(2) or ''}".strip() in self.kb.given_names

    def _apposition(self, text: str, items: list[_Item], idx: int, chain: bool = True) -> str | None:
        """The person named right after item ``idx`` (through a comma, parenthesis or another title).

        ``chain``: whether another title may come in between («ولي العهد السعودي الأمير محمد بن سلمان»);
        not after a bare construct title («مستشار الرئيس الأمريكي دونالد ترامب» is the president's adviser).
        """
        pos = items[idx].word_end
        for j in range(idx + 1, min(idx + 4, len(items))):
            nj = items[j]
            gap = text[pos : nj.word_start]
            if not _APPOSITION_GAP.fullmatch(gap):
                return None
            if nj.actor and nj.actor.startswith("per:"):
                # (not a name behind a preposition: «وأكد العاهل السعودي لترامب» is who the king told; nor
                # behind «و»: «اتصالا هاتفيا بين الرئيس الفرنسي وترامب» are two men)
                return None if any(c in nj.prefix for c in "لبكو") else nj.actor
            if not chain:
                return None
            if nj.title is None and not (nj.actor and nj.actor.startswith("org:")):
                return None
            pos = nj.word_end
        return None

    def _deputy(self, text: str, items: list[_Item], idx: int, spec: TitleSpec, person: str | None,
                day) -> tuple[str, int] | None:
        """«خادم الحرمين ونائبه»: the deputy of the person named right before, through «و» only."""
        it = items[idx]
        prev = items[idx - 1] if idx else None
        if person is None or prev is None or not it.prefix.endswith("و") \
                or text[prev.word_end : it.word_start].strip() \
                or (prev.actor != person and prev.title is None and not (prev.nisba and idx > 1
                                                                       and items[idx - 2].title is not None)):
            # (the person right before, by name or title: «بالعاهل السعودي وولي عهده» — a title and its nisba)
            return None
        of = self.kb.home.get(person)
        for t in (self.kb.terms_of(person, day) if day else self.kb.terms_of(person)[:1]):
            office = spec.office or self.kb.deputies.get(t.office)
            found = self.kb.resolve_office(office, of, day) if office and of else None
            if found is not None and found.id != person:
                return found.id, idx
        return None

    def _second_counterpart(self, text: str, items: list[_Item], idx: int, dual: tuple[str, int],
                            day) -> str | None:
        """«نظيريه الياباني (تارو كونو) والكوري الجنوبي»: the nisba after «و» right after the first counterpart
        (and his name) is the second counterpart, unless a name follows it («والإيراني، حسن روحاني»)."""
        person, first_end = dual
        it = items[idx]
        between = items[first_end + 1 : idx]
        if not it.prefix.startswith("و") or not it.nisba_definite or it.actor or len(between) > 1 \
                or any(not (b.actor or "").startswith("per:") for b in between) \
                or any(not _APPOSITION_GAP.fullmatch(text[a.word_end : b.word_start])
                       for a, b in zip(items[first_end:idx], items[first_end + 1 : idx + 1], strict=True)):
            return None
        if self._apposition(text, items, idx) is not None:
            return None
        found = self._counterpart(person, it.nisba, day, idx)
        return found[0] if found is not None else None

    def _counterpart(self, person: str, of: str, day, end_idx: int) -> tuple[str, int] | None:
        kb = self.kb
        terms = kb.terms_of(person, day) if day else kb.terms_of(person)[:1]
        for t in terms:
            if t.office in kb.nonunique_offices:
                continue
            found = kb.resolve_office(t.office, of, day)
            if found is None:
                for role in kb.abstract_roles(t.office, t.of):
                    found = kb.holder(role, of, day)
                    if found is not None:
                        break
            if found is not None and found.id != person:
                return found.id, end_idx
        return None

    @staticmethod
    def _dominant(evidence: Counter[str]) -> str | None:
        top = evidence.most_common(2)
        if not top or top[0][1] < 2:
            return None
        if len(top) > 1 and top[1][1] == top[0][1]:
            return None
        return top[0][0]
