"""Text features for linking: stemmed terms weighted by a fixed IDF, word shingles, MinHash signatures.

Why a fixed IDF (``marsad/data/link/df.tsv.gz``, document frequencies over the ANT news corpus, rebuilt by
``scripts/build_link_df.py``): similarities must not drift as the store grows, so re-running gives the same
links whatever was stored before. Terms are match keys (أإآ→ا, ى→ي, ة→ه) without the article and its
proclitics («وبالقاهرة», «للقاهرة» → «قاهره»); a conjunction (و ف) before a bare word is dropped only where
the corpus says the bare word is a common one («وروسيا» → «روسيا», but «وزير» stays whole). Prepositions
before a bare word (ب ل ك) stay: no frequency tells «لمصر» (ل + مصر) from «بايدن» (not ب + «ايدن»).

Everything here is per-word memoized and per-article vectorized: features cost well under a millisecond.
"""

from __future__ import annotations

import gzip
import heapq
import math
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from marsad.text.normalize import match_key

SHINGLE = 5  # words per shingle (near-duplicate detection)
NUM_PERM = 64  # MinHash permutations
FINGERPRINT_MOD = 4  # containment fingerprints: the shingles whose mixed hash is 0 mod this
TOP_TERMS = 48  # terms kept per article vector
TITLE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0
LEAD_WORDS = 60
VECTOR_WORDS = 120  # body words the term vector reads: a story is told in its headline and first paragraphs
MAX_DF_SHARE = 0.12  # terms in more than this share of documents are function words here
MIN_STEM_DF = 50  # a conjunction is split off only if the rest is a word at least this common

_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a]+|[a-z][a-z0-9]*")
# figures («267 مخالفة», «4878 مرشحة», «1.5 مليون»): the same figures say "the same news"; years say little
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
NUMBER_IDF = 4.0
NUMBER_CHARS = 1200  # figures are read in the headline and the first characters of the body
_DEFINITE = ("وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال")
_CONJUNCTIONS = "وف"


@dataclass(slots=True)
class DocFreq:
    n_docs: int
    df: dict[str, int]

    def idf(self, term: str) -> float:
        return math.log(self.n_docs / (self.df.get(term, 0) + 1.0))


@cache
def doc_freq() -> DocFreq:
    """The shipped document frequencies (loaded once)."""
    raw = resources.files("marsad").joinpath("data", "link", "df.tsv.gz").read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    n = 0
    df: dict[str, int] = {}
    for line in lines:
        if line.startswith("#"):
            if line.startswith("# documents\t"):
                n = int(line.split("\t")[1])
            continue
        term, _, count = line.partition("\t")
        df[term] = int(count)
    if n <= 0:
        raise ValueError("marsad/data/link/df.tsv.gz: missing '# documents' header")
    return DocFreq(n, df)


def surface(word: str) -> str:
    """A match-key word without the definite article and the proclitics before it."""
    if word.startswith(("و", "ف", "ب", "ك", "ل", "ا")):
        for p in _DEFINITE:
            if word.startswith(p) and len(word) >= len(p) + 2:
                return word[len(p) :]
    return word


class Terms:
    """Word → term key, memoized (the vocabulary of news is bounded, the cache stays small)."""

    def __init__(self, freq: DocFreq | None = None) -> None:
        self.freq = freq or doc_freq()
        self.max_df = MAX_DF_SHARE * self.freq.n_docs
        self._key: dict[str, str] = {}
        self._idf: dict[str, float] = {}

    def key(self, word: str) -> str:
        """The term of a word ("" for function words and single letters, which carry no topic)."""
        k = self._key.get(word)
        if k is None:
            k = self._key[word] = self._term(word)
        return k

    def _term(self, word: str) -> str:
        k = self._resolve(word)
        if not k:
            return ""
        if k not in self._idf:
            df = self.freq.df.get(k, 0)
            if df > self.max_df:
                return ""
            self._idf[k] = math.log(self.freq.n_docs / (df + 1.0))
        return k

    def _resolve(self, word: str) -> str:
        w = surface(word)
        if w != word:
            return w
        df = self.freq.df
        best, best_df = w, df.get(w, 0)
        # a conjunction: dropped only where the bare word is a common word and far commoner
        if len(w) >= 4 and w[0] in _CONJUNCTIONS:
            rest = surface(w[1:])
            rest_df = df.get(rest, 0)
            if rest_df >= MIN_STEM_DF and rest_df > 3 * (best_df + 1):
                best = rest
        return best if len(best) >= 2 else ""

    def idf(self, term: str) -> float:
        """Inverse document frequency of a term (0 for function words)."""
        v = self._idf.get(term)
        if v is None:
            df = self.freq.df.get(term, 0)
            v = 0.0 if df > self.max_df else math.log(self.freq.n_docs / (df + 1.0))
        return v

    def vector(self, title_words: list[str], body_words: list[str], top: int = TOP_TERMS,
               figures: Counter[str] | None = None) -> dict[str, float]:
        """L2-normalized TF-IDF of title (weighted), lead and body terms, and of ``figures`` (``#267``, at a
        fixed IDF): the ``top`` heaviest, heaviest first."""
        counts = Counter(body_words[:VECTOR_WORDS])  # C-speed counting: Python work per distinct word only
        counts.update(body_words[:LEAD_WORDS] * int(LEAD_WEIGHT - 1))
        for w in title_words:
            counts[w] += TITLE_WEIGHT
        keys = self._key
        ks = list(map(keys.get, counts))
        if None in ks:
            ks = [k if k is not None else self.key(w) for k, w in zip(ks, counts, strict=True)]
        tf: dict[str, float] = {}
        for k, c in zip(ks, counts.values(), strict=True):
            if k:
                tf[k] = tf.get(k, 0.0) + c
        idf, log = self._idf, math.log
        weights = [((1.0 + log(c)) * idf[t], t) for t, c in tf.items()]
        if figures:
            weights += [((1.0 + log(c)) * NUMBER_IDF, t) for t, c in figures.items()]
        return _top_normalized(weights, top)


def _top_normalized(weights: list[tuple[float, str]], top: int) -> dict[str, float]:
    items = heapq.nlargest(top, weights)
    norm = math.sqrt(sum(w * w for w, _ in items)) or 1.0
    return {t: round(w / norm, 4) for w, t in items if w > 0}


def normalize_vector(weights: dict[str, float], top: int) -> dict[str, float]:
    """The ``top`` heaviest entries of ``weights``, scaled to unit length."""
    return _top_normalized([(w, t) for t, w in weights.items() if w > 0], top)


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def figures(headline_key: str, body_key: str) -> Counter[str]:
    """Figures of two digits or more (years excepted) in the headline (counted thrice) and the lead, from
    match-key texts (digits already ASCII)."""
    out: Counter[str] = Counter()
    for text, weight in ((headline_key, int(TITLE_WEIGHT)), (body_key[:NUMBER_CHARS], 1)):
        for n in _NUMBER.findall(text):
            if len(n) >= 2 and not (len(n) == 4 and n[:2] in ("19", "20")):
                out["#" + n.replace(",", ".")] += weight
    return out


def words(text: str) -> list[str]:
    """Match-key words (Arabic letters; Latin lower-cased), digits and punctuation dropped."""
    return _WORD.findall(match_key(text).lower())


def key_words(key_text: str) -> list[str]:
    """:func:`words` of a text already in match-key form."""
    return _WORD.findall(key_text.lower())


# --- shingles and MinHash ------------------------------------------------------------------------------

_word_hash_cache: dict[str, int] = {}
_MULT = np.array([0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1], dtype=np.uint32)


def shingle_hashes(ws: list[str], k: int = SHINGLE) -> np.ndarray:
    """32-bit hashes of the ``k``-word shingles of ``ws`` in text order (repeats included; one shingle if
    ``ws`` is shorter), stable across runs and platforms."""
    if not ws:
        return np.zeros(0, dtype=np.uint32)
    cache = _word_hash_cache
    vals = list(map(cache.get, ws))
    if None in vals:
        if len(cache) > 2_000_000:  # a pathological stream of distinct tokens
            cache.clear()
            vals = [None] * len(ws)
        for i, v in enumerate(vals):
            if v is None:
                w = ws[i]
                h = cache.get(w)
                if h is None:
                    h = cache[w] = zlib.crc32(w.encode("utf-8"))
                vals[i] = h
    hv = np.array(vals, dtype=np.uint32)
    if len(hv) < k:
        hv = np.concatenate([hv, np.zeros(k - len(hv), dtype=np.uint32)])
    n = len(hv) - k + 1
    acc = np.zeros(n, dtype=np.uint32)
    for i in range(k):  # uint32 array arithmetic wraps around (no overflow warning for arrays)
        acc = (acc ^ hv[i : i + n]) * _MULT[i]
        acc ^= acc >> np.uint32(15)
    return acc


def mix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's finalizer: spreads the bits so that ``mix32(h) % m`` samples shingles uniformly."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def fingerprints(sh: np.ndarray, mod: int = FINGERPRINT_MOD) -> np.ndarray:
    """The sampled shingles (about one in ``mod``; distinct, in text order) that estimate containment."""
    picked = sh[mix32(sh) % np.uint32(mod) == 0].tolist()
    return np.array(list(dict.fromkeys(picked)), dtype=np.uint32)


class MinHasher:
    """datasketch MinHash over precomputed shingle hashes (fixed permutations: signatures are stable)."""

    def __init__(self, num_perm: int = NUM_PERM, seed: int = 1) -> None:
        from datasketch import MinHash

        self._cls = MinHash
        proto = MinHash(num_perm=num_perm, seed=seed, hashfunc=_identity)
        self.num_perm, self.seed = num_perm, seed
        self.permutations = proto.permutations

    def signature(self, sh: np.ndarray) -> np.ndarray:
        """The MinHash hash values of a set of shingle hashes (repeats do not change a minimum)."""
        m = self._cls(num_perm=self.num_perm, seed=self.seed, hashfunc=_identity, permutations=self.permutations,
                      scheme="affine32")
        m.update_batch(sh.tolist())
        return m.hashvalues

    def minhash(self, hashvalues: np.ndarray):
        """A datasketch MinHash over stored hash values (for the LSH index)."""
        return self._cls(seed=self.seed, hashvalues=hashvalues, permutations=self.permutations, scheme="affine32")


def _identity(x: int) -> int:
    return x


def jaccard_estimate(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a) if len(a) else 0.0
