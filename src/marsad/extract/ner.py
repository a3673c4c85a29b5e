"""Statistical Arabic named-entity tagger: a linear-chain CRF (python-crfsuite) trained on ANERcorp.

Why a CRF: no registry package ships an Arabic NER model and nothing can be downloaded at run time, so the
project trains its own. A feature CRF is small (about 3 MB), fast (tens of thousands of tokens per second
on one core, feature extraction included) and trains in minutes on two cores; on ANERcorp it scores a few
points below fine-tuned AraBERT (see marsad/data/ner/README.md for the measured figures).

Features are computed once per distinct word (cached) and then windowed, so tagging cost is mostly list
concatenation: the word and its match key, clitic-stripped forms, affixes, shape, word clusters learned
from unlabeled news (``clusters.tsv``), given-name/surname words from Wikidata (``names.tsv``), token-level
flags from the project's knowledge base (person / place / organization name words, given names, title
words, nisbas), a longest-match pass of the knowledge base's full names over the sentence, and — when a
document is tagged sentence by sentence — the types already given to the same words in the sentences
before (:class:`Memory`).

Data format (:func:`read_conll`): one ``token TAG`` per line, BIO tags over PERS/LOC/ORG/MISC, a blank line
between sentences. Scores (:func:`conll_f1`) follow conlleval: an entity counts only with the exact type and
boundaries, and an ``I-`` tag after ``O`` or after another type starts an entity.
"""

from __future__ import annotations

import re
import statistics
import time
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError
from marsad.text.normalize import match_key

TYPES = ("PERS", "LOC", "ORG", "MISC")
_TAG = re.compile(r"O|[BI]-[A-Z]+")

# Training parameters of the shipped model (chosen on the last 10% of train.txt, then retrained on all of it)
DEFAULT_PARAMS: dict[str, Any] = {
    "c1": 0.05,
    "c2": 0.05,
    "max_iterations": 300,
    "feature.possible_transitions": True,
    "feature.minfreq": 1,
}


# sentences of the same document whose tags the tagger remembers (see Memory)
MEMORY_SENTENCES = 40


class ConllFormatError(MarsadError, ValueError):
    """A malformed line of a CoNLL-style NER file (the message names the file and the line)."""


def default_model_path() -> Path:
    """The model shipped with the package (trained on ANERcorp train.txt)."""
    return Path(str(resources.files("marsad").joinpath("data", "ner", "anercorp.crfsuite")))


# ---------------------------------------------------------------------------------------------- data
def read_conll(path: str | Path) -> list[list[tuple[str, str]]]:
    """Sentences of ``(token, tag)`` from a ``token TAG`` file; a malformed line raises with file:line."""
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            parts = line.split()
            if not parts:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            if len(parts) != 2 or not _TAG.fullmatch(parts[1]):
                raise ConllFormatError(
                    f"{path}:{lineno}: expected 'token TAG' with TAG O, B-TYPE or I-TYPE, got {line.rstrip()!r}"
                )
            cur.append((parts[0], parts[1]))
    if cur:
        sents.append(cur)
    return sents


# ---------------------------------------------------------------------------------------------- scoring
def entities(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """``(type, start, end)`` chunks of a BIO sequence, conlleval style (a stray ``I-X`` starts a chunk)."""
    out: list[tuple[str, int, int]] = []
    typ: str | None = None
    start = 0
    for i, tag in enumerate(tags):
        prefix, _, t = tag.partition("-")
        if prefix == "I" and t == typ:
            continue
        if typ is not None:
            out.append((typ, start, i))
            typ = None
        if prefix in ("B", "I"):
            typ, start = t, i
    if typ is not None:
        out.append((typ, start, len(tags)))
    return out


def to_bilou(tags: Sequence[str]) -> list[str]:
    """BIO → BILOU (last and unit-length chunks marked): lets the CRF learn where names end."""
    chunks = entities(tags)
    out = ["O"] * len(tags)
    for t, a, b in chunks:
        if b - a == 1:
            out[a] = "U-" + t
        else:
            out[a] = "B-" + t
            for i in range(a + 1, b - 1):
                out[i] = "I-" + t
            out[b - 1] = "L-" + t
    return out


def to_bio(tags: Sequence[str]) -> list[str]:
    """BILOU (or BIO) → BIO."""
    return ["B-" + t[2:] if t[0] == "U" else "I-" + t[2:] if t[0] == "L" else t for t in tags]


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "gold": n_gold, "predicted": n_pred, "correct": tp}


def conll_f1(gold_seqs: Iterable[Sequence[str]], pred_seqs: Iterable[Sequence[str]]) -> dict[str, dict[str, float]]:
    """Entity-level precision/recall/F1 per type and ``micro`` over all types (CoNLL conventions)."""
    tp: dict[str, int] = {}
    n_gold: dict[str, int] = {}
    n_pred: dict[str, int] = {}
    for gold, pred in zip(gold_seqs, pred_seqs, strict=True):
        if len(gold) != len(pred):
            raise ValueError(f"sequence lengths differ: {len(gold)} gold vs {len(pred)} predicted tags")
        g = set(entities(gold))
        p = set(entities(pred))
        for t, _, _ in g:
            n_gold[t] = n_gold.get(t, 0) + 1
        for t, _, _ in p:
            n_pred[t] = n_pred.get(t, 0) + 1
        for t, _, _ in g & p:
            tp[t] = tp.get(t, 0) + 1
    types = sorted(set(n_gold) | set(n_pred))
    out = {t: _prf(tp.get(t, 0), n_pred.get(t, 0), n_gold.get(t, 0)) for t in types}
    out["micro"] = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return out


# ---------------------------------------------------------------------------------------------- features
_CONJ = ("و", "ف")
# function words that occur inside multi-word names in the lists («… في …»): never flagged as name words
_FUNCTION_WORDS = frozenset(
    "في من على علي الى الي عن مع او ان لا ما لم لن قد ثم هو هي هذا هذه ذلك تلك التي الذي الذين و ف ب ل ك "
    "ال لل كل بعد قبل بين حتى حول عند منذ خلال ضد دون غير اي يا له لها لهم به بها فيه فيها منه منها".split()
)
_PREP = ("ب", "ل", "ك")
# honorifics and job titles that precede names in news (match keys); the KB's role titles are added
_TITLE_WORDS = (
    "السيد السيده الشيخ الشيخه الدكتور الدكتوره د المهندس المستشار الامير الاميره الملك الملكه العاهل الرئيس "
    "رئيس رئيسه الوزير وزير وزيره النائب نائب السفير سفير اللواء العميد العقيد الجنرال المشير الفريق الرائد "
    "النقيب البابا الامام القاضي الاستاذ المدرب اللاعب النجم الفنان الفنانه الكاتب الكاتبه الشاعر المطرب "
    "المطربه المخرج الممثل الممثله المتحدث الناطق المدير مدير الامين امين الزعيم زعيم القائد قائد المرشد "
    "السلطان الحاكم حاكم المبعوث مبعوث المندوب مندوب الموفد العاهل السناتور عضو المرشح الصحافي الصحفي "
    "المحامي البروفسور الحاخام الاب الكاردينال الاسقف المطران الجنرال المفوض مفوض المراسل زميله نظيره"
).split()


def _shape(tok: str) -> str:
    """Coarse word class: Arabic letters, digits, Latin, punctuation, or mixed."""
    if tok.isdigit():
        return "D"
    ar = lat = dig = oth = 0
    for ch in tok:
        if "\u0600" <= ch <= "\u06ff":
            ar += 1
        elif ch.isdigit():
            dig += 1
        elif ch.isascii() and ch.isalpha():
            lat += 1
        else:
            oth += 1
    if ar and not (lat or dig or oth):
        return "A"
    if lat and not (ar or dig or oth):
        return "L" + ("u" if tok[0].isupper() else "l")
    if oth and not (ar or lat or dig):
        return "P"
    if dig and not (ar or lat):
        return "DP"
    return "X"


def _variants(key: str) -> list[str]:
    """The key and its forms without proclitics (و/ف, then ب/ل/ك, «لل» → «ال»); stripped only from longer words."""
    out = [key]
    k = key
    if len(k) > 3 and k[0] in _CONJ:
        k = k[1:]
        out.append(k)
    if len(k) > 3 and k.startswith("لل"):
        out.append("ال" + k[2:])
    elif len(k) > 3 and k[0] in _PREP:
        k = k[1:]
        out.append(k)
    return out


_ARTICLE_PREFIXES = ("وبال", "وكال", "ولل", "فال", "وال", "بال", "كال", "لل", "ال")


def _stem(key: str) -> str:
    """The key without a proclitic group that holds the article («وبالعراق» → «عراق»): a safe strip, unlike
    single letters, which also begin names («بوتين»)."""
    for p in _ARTICLE_PREFIXES:
        if key.startswith(p) and len(key) - len(p) >= 2:
            return key[len(p) :]
    return key


@dataclass(slots=True)
class Gazetteer:
    """Token- and phrase-level name lists (match keys) the features look words up in."""

    words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # word key → flags (gP, gL, gO, gG, gT …)
    phrases: dict[str, str] = field(default_factory=dict)  # full name key → PERS/LOC/ORG
    first_words: frozenset[str] = frozenset()
    max_len: int = 1


@cache
def load_gazetteer() -> Gazetteer:
    """Name lists from the knowledge base (``marsad/data/kb``): built once per process."""
    from marsad.kb import load_kb

    kb = load_kb()
    flags: dict[str, set[str]] = {}

    def flag(word: str, f: str) -> None:
        flags.setdefault(word, set()).add(f)

    kinds = {"person": "PERS", "place": "LOC", "country": "LOC", "organization": "ORG"}
    short = {"PERS": "gP", "LOC": "gL", "ORG": "gO"}
    phrases: dict[str, str] = {}
    for key, entries in kb.entries.items():
        words = key.split()
        for e in entries:
            if e.kind == "name" and e.ids:
                a = kb.actors.get(e.ids[0])
                typ = kinds.get(a.kind) if a else None
                if typ is None:
                    continue
                phrases.setdefault(key, typ)
                for i, w in enumerate(words):
                    flag(w, short[typ])
                    if len(words) > 1:
                        flag(w, short[typ] + ("1" if i == 0 else "n"))
            elif e.kind == "nisba":
                if len(words) == 1:
                    flag(key, "gN")
            elif e.kind == "title":
                flag(words[0], "gT")
    for w in kb.given_names:
        if " " not in w:
            flag(w, "gG")
    for w in _TITLE_WORDS:
        flag(w, "gT")
    for w in _FUNCTION_WORDS:
        flags.pop(w, None)
    return Gazetteer(
        words={w: tuple(sorted(fs)) for w, fs in flags.items()},
        phrases=phrases,
        first_words=frozenset(p.split()[0] for p in phrases),
        max_len=min(6, max((len(p.split()) for p in phrases), default=1)),
    )


_CTX = (-2, -1, 1, 2)
_CTX_PREFIX = {d: f"{d}:" for d in _CTX}
_PUNCT = "()[]{}«»\"'.,،؛;:!?؟-–—/\\…"


_WordInfo = tuple[str, list[str], list[list[str]], tuple[str, ...], tuple[str, ...]]


class Memory:
    """The entity types the tagger gave each word in the last ``window`` sentences of one document.

    Why: names recur within an article, often in an easier context the first time («الرئيس الروسي فلاديمير
    بوتين» … «وقال بوتين»); a single left-to-right pass carries what it found forward (no second pass, so
    the speed stays that of one CRF pass). Keys are the word's match key and its clitic-stripped form.
    """

    def __init__(self, window: int = 40) -> None:
        self.window = window
        self._sents: deque[list[tuple[str, str]]] = deque()
        self._counts: dict[str, dict[str, int]] = {}

    def __bool__(self) -> bool:
        return bool(self._counts)

    def types(self, keys: tuple[str, ...]) -> list[str]:
        out: list[str] = []
        for k in keys:
            c = self._counts.get(k)
            if c:
                out.extend(t for t in c if t not in out)
        return out

    def add(self, keys: Sequence[tuple[str, ...]], tags: Sequence[str]) -> None:
        """Record one sentence's tags (forgetting the oldest sentence beyond the window)."""
        entries = list({(k, tag[2:]) for ks, tag in zip(keys, tags, strict=True) if tag != "O" for k in ks})
        self._sents.append(entries)
        for k, t in entries:
            c = self._counts.setdefault(k, {})
            c[t] = c.get(t, 0) + 1
        while len(self._sents) > self.window:
            for k, t in self._sents.popleft():
                c = self._counts[k]
                c[t] -= 1
                if not c[t]:
                    del c[t]
                    if not c:
                        del self._counts[k]


class FeatureExtractor:
    """Turns a sentence into CRF feature lists; the per-word part is computed once per distinct word.

    ``keep``: the attributes a trained model has weights for (see :class:`Tagger`). Features outside it are
    dropped when a word's features are cached, so tagging passes crfsuite only strings it knows.
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        clusters: dict[str, tuple[str, ...]] | None = None,
        names: dict[str, tuple[str, ...]] | None = None,
        keep: frozenset[str] | None = None,
        cache_size: int = 200_000,
    ) -> None:
        self.gaz = gazetteer or load_gazetteer()
        self.clusters = load_clusters() if clusters is None else clusters
        self.names = load_names() if names is None else names
        self.keep = keep
        self.cache_size = cache_size
        self._cache: dict[str, _WordInfo] = {}
        self._shared: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[list[str], list[list[str]]]] = {}

    def clear(self) -> None:
        """Forget cached word features (benchmarks measure from an empty cache)."""
        self._cache.clear()
        self._shared.clear()

    def _combo_features(self, flags: tuple[str, ...], cl: tuple[str, ...]) -> tuple[list[str], list[list[str]]]:
        """Own and context features of one combination of gazetteer flags and cluster ids."""
        own = list(flags) + ([f"c{j}=" + c for j, c in enumerate(cl)] if cl else ["c=none"])
        ctx = []
        for d in _CTX:
            p = _CTX_PREFIX[d]
            ctx.append([p + g for g in flags] + [f"{p}c{j}=" + c for j, c in enumerate(cl) if d in (-1, 1) or j < 2])
        if self.keep is not None:
            keep = self.keep
            return [f for f in own if f in keep], [[f for f in fs if f in keep] for fs in ctx]
        return own, ctx

    def _word(self, tok: str) -> _WordInfo:
        """(key, own features, features for each context offset in ``_CTX``, memory keys, phrase-start forms)
        of one word (with ``keep``, only the features the model knows)."""
        key = match_key(tok) or tok
        bare = key.strip(_PUNCT) or key
        stem = _stem(bare)
        variants = _variants(bare)
        flags: set[str] = set()
        for i, v in enumerate(variants):
            for lex in (self.gaz.words, self.names):
                fs = lex.get(v)
                if fs:
                    flags.update(fs)
                    if i:
                        flags.update([f + "c" for f in fs])
        if stem != bare and not bare.startswith("ال"):
            flags.update(self.gaz.words.get("ال" + stem, ()))
        cl: tuple[str, ...] = ()
        for v in variants:
            cl = self.clusters.get(v, ())
            if cl:
                break
        shape = _shape(tok)
        n = len(bare)
        own = ["b", "w=" + tok, "n=" + key, "st=" + stem, "v=" + variants[-1], "sh=" + shape, "len=" + str(min(n, 9))]
        for k in (1, 2, 3, 4):
            if n > k:
                own.append(f"p{k}=" + bare[:k])
                own.append(f"s{k}=" + bare[-k:])
        ctx = []
        for d in _CTX:
            p = _CTX_PREFIX[d]
            fs = [p + "n=" + key, p + "st=" + stem]
            if d == -1 or d == 1:
                fs += [p + "sh=" + shape, p + "s2=" + bare[-2:], p + "p2=" + bare[:2]]
            ctx.append(fs)
        keep = self.keep
        if keep is not None:
            own = [f for f in own if f in keep]
            ctx = [[f for f in fs if f in keep] for fs in ctx]
        # gazetteer flags and clusters: few distinct combinations, their feature lists are built once
        combo = (tuple(sorted(flags)), cl)
        shared = self._shared.get(combo)
        if shared is None:
            shared = self._shared[combo] = self._combo_features(*combo)
        own += shared[0]
        ctx = [c + sc for c, sc in zip(ctx, shared[1], strict=True)]
        mkeys = (bare,) if variants[-1] == bare else (bare, variants[-1])
        starts = tuple(v for v in _variants(key) if v in self.gaz.first_words)
        return key, own, ctx, mkeys, starts

    def __call__(self, tokens: Sequence[str], memory: Memory | None = None) -> list[list[str]]:
        """Features of each token; with ``memory``, also the types the tagger gave the same words in the
        sentences before (``m=TYPE`` for the word and its neighbours)."""
        return self.with_keys(tokens, memory)[0]

    def with_keys(
        self, tokens: Sequence[str], memory: Memory | None = None
    ) -> tuple[list[list[str]], list[tuple[str, ...]]]:
        """:meth:`__call__` plus each token's memory keys (to record the sentence's tags in a memory)."""
        cache_ = self._cache
        infos = []
        for tok in tokens:
            info = cache_.get(tok)
            if info is None:
                if len(cache_) >= self.cache_size:
                    cache_.clear()
                info = cache_[tok] = self._word(tok)
            infos.append(info)
        n = len(tokens)
        keys = [i[0] for i in infos]
        ctxs = [i[2] for i in infos]
        gz = self._phrase_tags(keys, [i[4] for i in infos])
        keep = self.keep
        out: list[list[str]] = []
        prev = "<s>"
        for i in range(n):
            fs = infos[i][1][:]
            if i >= 2:
                fs += ctxs[i - 2][0]
            if i:
                fs += ctxs[i - 1][1]
            else:
                fs.append("BOS")
            if i + 1 < n:
                fs += ctxs[i + 1][2]
                nxt = keys[i + 1]
            else:
                fs.append("EOS")
                nxt = "</s>"
            if i + 2 < n:
                fs += ctxs[i + 2][3]
            cur = keys[i]
            extra = ["bg-=" + prev + "|" + cur, "bg+=" + cur + "|" + nxt]
            prev = cur
            if gz[i]:
                extra.append("gz=" + gz[i])
            if i and gz[i - 1]:
                extra.append("-1:gz=" + gz[i - 1])
            if i + 1 < n and gz[i + 1]:
                extra.append("1:gz=" + gz[i + 1])
            fs += extra if keep is None else [f for f in extra if f in keep]
            out.append(fs)
        mkeys = [i[3] for i in infos]
        if memory:
            seen = [memory.types(k) for k in mkeys]
            for i, fs in enumerate(out):
                fs.extend(["m=" + t for t in seen[i]])
                if i:
                    fs.extend(["-1:m=" + t for t in seen[i - 1]])
                if i + 1 < n:
                    fs.extend(["1:m=" + t for t in seen[i + 1]])
        return out, mkeys

    def _phrase_tags(self, keys: list[str], starts: list[tuple[str, ...]]) -> list[str]:
        """BIO tags of the longest knowledge-base names found in the sentence (first word may carry clitics).

        ``starts``: each word's forms (itself, without clitics) that begin some name."""
        n = len(keys)
        tags = [""] * n
        if not any(starts):
            return tags
        phrases = self.gaz.phrases
        i = 0
        while i < n:
            hit = 0
            for v in starts[i]:
                for length in range(min(self.gaz.max_len, n - i), 0, -1):
                    typ = phrases.get(" ".join([v, *keys[i + 1 : i + length]]) if length > 1 else v)
                    if typ:
                        hit = length
                        tags[i] = "B-" + typ
                        for j in range(i + 1, i + length):
                            tags[j] = "I-" + typ
                        break
                if hit:
                    break
            i += hit or 1
        return tags


# ---------------------------------------------------------------------------------------------- word lists
# Two lists the features read besides the knowledge base, both built by the functions below and shipped in
# marsad/data/ner: word clusters learned from unlabeled news (so a name never seen in ANERcorp still looks
# like the names around it) and given/surname words of people's names from Wikidata (CC0).
TOKEN = re.compile(r"[^\W\d_]+|\d+|\S")  # ANERcorp-style tokens: words, numbers, single punctuation marks


def _data_file(name: str) -> Path:
    return Path(str(resources.files("marsad").joinpath("data", "ner", name)))


def _tsv_rows(p: Path) -> Iterable[list[str]]:
    """The tab-separated fields of each line of ``p`` but its ``#`` comments (nothing if the file is absent)."""
    if not p.is_file():
        return
    with open(p, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


@cache
def load_clusters(path: str | None = None) -> dict[str, tuple[str, ...]]:
    """Match key → cluster ids at each granularity (``clusters.tsv``; empty if the file is absent)."""
    p = Path(path) if path else _data_file("clusters.tsv")
    return {w: tuple(ids) for w, *ids in _tsv_rows(p)}


@cache
def load_names(path: str | None = None) -> dict[str, tuple[str, ...]]:
    """Match key → name flags (``nG``/``nS``: a given name / surname word, ``nF``: frequent) from ``names.tsv``."""
    p = Path(path) if path else _data_file("names.tsv")
    out: dict[str, tuple[str, ...]] = {}
    for w, given, surname in _tsv_rows(p):
        if w in _FUNCTION_WORDS:
            continue
        g, s = int(given), int(surname)
        flags = [f for f, on in (("nG", g), ("nS", s)) if on]
        flags.append("nF" if g + s >= 5 else "nR")
        out[w] = tuple(flags)
    return out


def corpus_sentences(paths: Iterable[str | Path]) -> Iterable[list[str]]:
    """Match-key words of each paragraph of ``.jsonl.gz`` news files (``text`` field; exact duplicate articles
    once) and of each sentence of ``token TAG`` files (tags ignored)."""
    import gzip
    import json

    for path in paths:
        p = str(path)
        if p.endswith((".jsonl.gz", ".jsonl")):
            seen: set[int] = set()
            opener = gzip.open if p.endswith(".gz") else open
            with opener(p, "rt", encoding="utf-8") as f:
                for line in f:
                    text = json.loads(line).get("text") or ""
                    h = hash(text)
                    if h in seen:
                        continue
                    seen.add(h)
                    for para in text.split("\n"):
                        words = TOKEN.findall(match_key(para))
                        if words:
                            yield words
        else:
            for sent in read_conll(p):
                yield [match_key(t) or t for t, _ in sent]


def build_clusters(
    corpus_paths: Iterable[str | Path],
    out_path: str | Path,
    min_count: int = 5,
    contexts: int = 4000,
    dims: int = 100,
    ks: tuple[int, ...] = (64, 256, 1024),
    seed: int = 0,
) -> dict[str, Any]:
    """Word clusters from unlabeled text: PPMI of the words at ±1 and ±2 (the ``contexts`` most frequent
    words, by side and distance), truncated SVD to ``dims``, then spherical k-means at each of ``ks``.

    Needs numpy and scipy (build time only; tagging just reads the TSV). Deterministic for a given ``seed``.
    """
    from collections import Counter

    import numpy as np
    from scipy import sparse
    from scipy.sparse.linalg import svds

    sents = list(corpus_sentences(corpus_paths))
    counts = Counter(w for s in sents for w in s)
    vocab = [w for w, c in counts.most_common() if c >= min_count]
    vi = {w: i for i, w in enumerate(vocab)}
    nc = min(contexts, len(vocab))
    rows: list[int] = []
    cols: list[int] = []
    for s in sents:
        ids = [vi.get(w, -1) for w in s]
        n = len(ids)
        for i, a in enumerate(ids):
            if a < 0:
                continue
            for slot, d in enumerate((-1, 1, -2, 2)):
                j = i + d
                if 0 <= j < n and 0 <= ids[j] < nc:
                    rows.append(a)
                    cols.append(ids[j] + slot * nc)
    m = sparse.coo_matrix(
        (np.ones(len(rows), dtype=np.float64), (np.array(rows), np.array(cols))), shape=(len(vocab), 4 * nc)
    ).tocsr()
    m.sum_duplicates()
    m = m.tocoo()
    total = m.data.sum()
    row_p = np.asarray(m.sum(axis=1)).ravel() / total
    col_p = np.asarray(m.sum(axis=0)).ravel() ** 0.75  # context distribution smoothing
    col_p /= col_p.sum()
    pmi = np.log(m.data / total / row_p[m.row] / col_p[m.col])
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    u, sv, _ = svds(ppmi, k=dims, random_state=seed)
    x = u * np.sqrt(sv)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    x = x.astype(np.float32)
    labels = []
    rng = np.random.default_rng(seed)
    for k in ks:
        centers = x[rng.choice(len(x), k, replace=False)].copy()
        lab = np.zeros(len(x), dtype=np.int32)
        for _ in range(20):
            for a in range(0, len(x), 8192):
                lab[a : a + 8192] = np.argmax(x[a : a + 8192] @ centers.T, axis=1)
            for c in range(k):
                members = x[lab == c]
                if len(members):
                    v = members.mean(axis=0)
                    centers[c] = v / (np.linalg.norm(v) + 1e-9)
        labels.append(lab)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(f"# word clusters (match keys): k = {', '.join(map(str, ks))}; see README.md\n")
        for i, w in enumerate(vocab):
            f.write(w + "\t" + "\t".join(str(lab[i]) for lab in labels) + "\n")
    return {"sentences": len(sents), "tokens": sum(counts.values()), "words": len(vocab)}


def build_names(sqlite_path: str | Path | None, out_path: str | Path) -> int:
    """Given-name and surname words (match keys) from a names index of the ``units`` form (``arabic_key``,
    ``role``, ``count``, ``source``), Wikidata rows only (CC0). Default: the index inside the installed
    arabic-name-romanizer package. Writes ``word<TAB>given count<TAB>surname count``."""
    import sqlite3

    if sqlite_path is None:
        sqlite_path = str(resources.files("arabic_name_romanizer").joinpath("resources", "names.sqlite3"))

    given: dict[str, int] = {}
    surname: dict[str, int] = {}
    con = sqlite3.connect(str(sqlite_path))
    try:
        q = "select arabic_key, role, sum(count) from units where source = 'wikidata' group by arabic_key, role"
        for key, role, n in con.execute(q):
            for w in match_key(key).split():
                if len(w) < 2:
                    continue
                d = given if role == "given" else surname
                d[w] = d.get(w, 0) + int(n)
    finally:
        con.close()
    words = sorted(set(given) | set(surname))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("# name words (match keys) from Wikidata (CC0): word, given-name count, surname count\n")
        for w in words:
            f.write(f"{w}\t{given.get(w, 0)}\t{surname.get(w, 0)}\n")
    return len(words)


@cache
def _default_extractor() -> FeatureExtractor:
    return FeatureExtractor()


def token_features(tokens: Sequence[str]) -> list[list[str]]:
    """CRF features of each token of one sentence (the shared, cached extractor)."""
    return _default_extractor()(tokens)


# ---------------------------------------------------------------------------------------------- train / tag
def _fit(
    xs: Sequence[list[list[str]]],
    ys: Sequence[list[str]],
    model_path: str | Path,
    algorithm: str,
    params: dict[str, Any],
    verbose: bool,
) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm=algorithm, verbose=verbose)
    for x, y in zip(xs, ys, strict=True):
        trainer.append(x, y)
    trainer.set_params(params)
    trainer.train(str(model_path))


def train(
    train_path: str | Path | None,
    model_path: str | Path,
    sentences: list[list[tuple[str, str]]] | None = None,
    memory: int = MEMORY_SENTENCES,
    folds: int = 4,
    fold_iterations: int = 150,
    scheme: str = "bio",
    verbose: bool = False,
    algorithm: str = "lbfgs",
    **params: Any,
) -> dict[str, Any]:
    """Train a CRF on a ``token TAG`` file (or on ``sentences``) and write it to ``model_path``.

    ``params`` override :data:`DEFAULT_PARAMS` (crfsuite L-BFGS names: ``c1``, ``c2``, ``max_iterations``,
    ``feature.minfreq`` …). With ``memory`` (sentences, 0 = off) the model also learns from the types given
    to the same words in the sentences before; those come from ``folds`` models each trained without the
    block it predicts (so training sees memory as noisy as tagging will; ``fold_iterations`` caps their
    L-BFGS iterations). ``scheme="bilou"`` trains on BILOU tags (the tagger still returns BIO): marking the
    last word and one-word names helps the CRF find where names end. Returns the parameters, counts and the
    training time.
    """
    import tempfile

    t0 = time.perf_counter()
    sents = sentences if sentences is not None else read_conll(train_path)  # type: ignore[arg-type]
    toks = [[t for t, _ in s] for s in sents]
    ys = [[g for _, g in s] for s in sents]
    if scheme == "bilou":
        ys = [to_bilou(y) for y in ys]
    fx = FeatureExtractor()
    base = [fx.with_keys(t) for t in toks]
    used = {**DEFAULT_PARAMS, **params} if algorithm == "lbfgs" else dict(params)
    xs = [f for f, _ in base]
    if memory:
        import pycrfsuite

        preds: list[list[str]] = [[] for _ in sents]
        cuts = [len(sents) * i // folds for i in range(folds + 1)]
        with tempfile.TemporaryDirectory() as tmp:
            for a, b in zip(cuts, cuts[1:], strict=False):
                fold_model = Path(tmp) / "fold.crfsuite"
                fold_params = {**used, "max_iterations": min(fold_iterations, used.get("max_iterations", 1 << 30))}
                _fit(xs[:a] + xs[b:], ys[:a] + ys[b:], fold_model, algorithm, fold_params, verbose)
                tagger = pycrfsuite.Tagger()
                tagger.open(str(fold_model))
                for i in range(a, b):
                    preds[i] = tagger.tag(xs[i])
                tagger.close()
        mem = Memory(memory)
        xs = []
        for i, t in enumerate(toks):
            xs.append(fx(t, mem))
            mem.add(base[i][1], preds[i])
    Path(model_path).parent.mkdir(parents=True, exist_ok=True)
    _fit(xs, ys, model_path, algorithm, used, verbose)
    return {
        "params": used,
        "memory": memory,
        "folds": folds if memory else 0,
        "fold_iterations": fold_iterations if memory else 0,
        "scheme": scheme,
        "sentences": len(sents),
        "tokens": sum(map(len, toks)),
        "seconds": round(time.perf_counter() - t0, 1),
        "model_bytes": Path(model_path).stat().st_size,
    }


class Tagger:
    """A trained model, loaded once.

    :meth:`tag` labels one tokenized sentence; :meth:`tag_document` labels the sentences of one document in
    order, carrying the entity types found so far forward (:class:`Memory`) when the model was trained so.
    """

    def __init__(self, model_path: str | Path | None = None) -> None:
        import pycrfsuite

        path = Path(model_path) if model_path else default_model_path()
        if not path.is_file():
            raise MarsadError(f"{path}: NER model not found")
        self.path = path
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        keep = frozenset(attr for attr, _ in self._tagger.info().state_features)
        self.features = FeatureExtractor(keep=keep)
        self.bilou = any(lab[0] in "LU" for lab in self._tagger.labels())
        self.memory_window = MEMORY_SENTENCES if any(a.startswith("m=") for a in keep) else 0

    def new_memory(self) -> Memory | None:
        """A fresh memory for one document (None when the model does not use one)."""
        return Memory(self.memory_window) if self.memory_window else None

    def tag(self, tokens: Sequence[str], memory: Memory | None = None) -> list[str]:
        """BIO tags of one sentence; with ``memory`` (from :meth:`new_memory`), read and update it."""
        if not tokens:
            return []
        feats, keys = self.features.with_keys(tokens, memory)
        tags: list[str] = self._tagger.tag(feats)
        if memory is not None:
            memory.add(keys, tags)
        return to_bio(tags) if self.bilou else tags

    def tag_document(self, sentences: Iterable[Sequence[str]]) -> list[list[str]]:
        """BIO tags of each sentence of one document, in order."""
        memory = self.new_memory()
        return [self.tag(s, memory) for s in sentences]

    def entities(self, tokens: Sequence[str]) -> list[tuple[str, int, int, str]]:
        """``(type, start, end, text)`` of each entity the model finds (token offsets, end exclusive)."""
        tags = self.tag(tokens)
        return [(t, s, e, " ".join(tokens[s:e])) for t, s, e in entities(tags)]


def bench(test_path: str | Path, model_path: str | Path | None = None, passes: int = 3) -> dict[str, Any]:
    """Entity-level scores on a ``token TAG`` file and tagging speed (tokens/s, one core).

    The file is tagged as one stream of sentences (:meth:`Tagger.tag_document`: ANERcorp marks no article
    boundaries, so the memory simply spans the last sentences); ``sentence_scores`` are those of each
    sentence tagged on its own. Speed includes feature extraction: ``tokens_per_s`` is the median over
    ``passes`` passes that each start from an empty word-feature cache (every distinct word computed once
    per pass); ``tokens_per_s_warm`` the median over as many passes with the cache kept (the steady state of
    a long-running tagger, where most words have been seen).
    """
    sents = read_conll(test_path)
    tagger = Tagger(model_path)
    toks = [[t for t, _ in s] for s in sents]
    gold = [[g for _, g in s] for s in sents]
    ntok = sum(map(len, toks))
    cold: list[float] = []
    warm: list[float] = []
    pred: list[list[str]] = []
    for _ in range(max(1, passes)):
        tagger.features.clear()
        t0 = time.perf_counter()
        pred = tagger.tag_document(toks)
        cold.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        tagger.tag_document(toks)
        warm.append(time.perf_counter() - t0)
    return {
        "scores": conll_f1(gold, pred),
        "sentence_scores": conll_f1(gold, [tagger.tag(t) for t in toks]),
        "sentences": len(sents),
        "tokens": ntok,
        "tokens_per_s": round(ntok / statistics.median(cold)),
        "tokens_per_s_warm": round(ntok / statistics.median(warm)),
        "model_bytes": tagger.path.stat().st_size,
    }


def format_scores(scores: dict[str, dict[str, float]]) -> str:
    """A small text table of :func:`conll_f1` output."""
    lines = [f"{'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for t in [*(k for k in scores if k != "micro"), "micro"]:
        s = scores[t]
        gold, pred = int(s["gold"]), int(s["predicted"])
        lines.append(f"{t:<6} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {gold:6d} {pred:6d}")
    return "\n".join(lines)
