"""Exact and near-duplicate detection: which articles are copies of another (syndication, one source).

Four tests, cheapest first, each against the articles seen before (online, so results never depend on what
arrives later):

* **exact**: the same content hash (match-key text, whitespace collapsed);
* **near**: MinHash (datasketch, 5-word shingles) Jaccard estimate ≥ :data:`NEAR_JACCARD`, found through a
  MinHash LSH index: a wire story rewritten or trimmed by another paper;
* **contained**: nearly all containment fingerprints of the shorter text occur in the longer one: an excerpt,
  or a wire copy embedded in a longer article;
* **title**: near-identical headlines (rapidfuzz) of articles published within a day that also share text
  (an LSH candidate, or the same normalized headline).

Every near match must also have aligned *leads* (the lead of one text in the first part of the other) and
every contained one must share the lead of the shorter text: pages that carry the same trailing block of
teasers (CNN Arabic's related-article lists, made of other articles' leads) overlap a lot without being
copies. An outlet recycling its own background paragraphs under a new lead is not a copy either: the
shorter text must make up most of the longer one, unless the two come from different outlets (a wire copy
embedded in a longer article).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from marsad.link.features import LinkFeatures
from marsad.link.text import NUM_PERM, MinHasher, words

NEAR_JACCARD = 0.5
SURE_JACCARD = 0.8  # so similar that no lead check is needed
CONTAINMENT = 0.85
MIN_SHARED_FPS = 8
MIN_SIZE_RATIO = 0.6  # an excerpt (or a copy with a new paragraph) is at least this share of the other text
MIN_SIZE_RATIO_WIRE = 0.3  # ... or, across outlets, a wire copy embedded in a longer article
LEAD_FPS = 8  # the first fingerprints of a text: its lead
LEAD_REGION = 0.4  # the lead of a copy sits in the first part of the other text (fingerprints, at least 16)
LEAD_SHARE = 0.6
TITLE_RATIO = 92.0
TITLE_JACCARD = 0.3
TITLE_DAYS = 1
MIN_TITLE = 20
MIN_NEAR_SHINGLES = 40  # Jaccard of shorter texts is too noisy (captions, video pages)
MAX_DAYS = 3  # copies appear within days (exact ones at any time); older shared text is recycled background
MAX_POSTING = 64  # a fingerprint shared by more texts is boilerplate, not evidence of copying
LSH_PARAMS = (14, 3)  # bands × rows: P(candidate) 0.85 at Jaccard 0.5, 0.99 at 0.7 (the fingerprint index
# finds the rest: texts with Jaccard ≥ 0.5 share most fingerprints)
NEAR_SHARE = 0.5  # fingerprint-index candidates for a near copy share this much of the smaller text


@dataclass(frozen=True, slots=True)
class DupMatch:
    """``index`` is an earlier article this one copies; ``kind``: exact | near | contained | title."""

    index: int
    kind: str
    score: float


class Deduper:
    """Online near-duplicate index over :class:`LinkFeatures` (articles are added in arrival order)."""

    def __init__(self, hasher: MinHasher | None = None) -> None:
        from datasketch import MinHashLSH

        self.hasher = hasher or MinHasher()
        self.lsh = MinHashLSH(num_perm=NUM_PERM, params=LSH_PARAMS)
        self.items: list[LinkFeatures] = []
        self.by_hash: dict[str, int] = {}
        self.fp_index: dict[int, int | list[int]] = {}  # fingerprint → article (a list once shared)
        self.by_title: dict[tuple[str, int], int] = {}  # (normalized headline, day) → first article

    def add(self, f: LinkFeatures) -> DupMatch | None:
        """Index ``f`` and return the best earlier article it copies, if any."""
        sketch = self.hasher.minhash(f.minhash)
        match = self._match(f, sketch)
        self._insert(f, sketch, match)
        return match

    def add_known(self, f: LinkFeatures, is_copy: bool = False) -> None:
        """Index an article already linked in an earlier run (no search)."""
        self._insert(f, self.hasher.minhash(f.minhash), DupMatch(-1, "exact", 1.0) if is_copy else None)

    def _insert(self, f: LinkFeatures, sketch, match: DupMatch | None) -> None:
        i = len(self.items)
        self.items.append(f)
        fps = f.fps.tolist()
        index = self.fp_index
        for h in fps:
            post = index.setdefault(h, i)
            if post != i:
                if isinstance(post, int):
                    index[h] = [post, i]
                elif len(post) <= MAX_POSTING:
                    post.append(i)
        if f.content_hash and f.content_hash not in self.by_hash:
            self.by_hash[f.content_hash] = i
        if match is None or match.kind != "exact":
            self.lsh.insert(i, sketch, check_duplication=False)
        if f.day is not None and len(f.title) >= MIN_TITLE:
            self.by_title.setdefault((title_key(f.title), f.day), i)

    def _match(self, f: LinkFeatures, sketch) -> DupMatch | None:
        j = self.by_hash.get(f.content_hash) if f.content_hash else None
        if j is not None:
            return DupMatch(j, "exact", 1.0)
        if not self.items:
            return None
        fps = f.fps.tolist()
        shared = self._shared_fingerprints(fps)
        cands = set(self.lsh.query(sketch))
        cands.update(j for j, n in shared.items() if n >= NEAR_SHARE * min(len(fps), len(self.items[j].fps)))
        cands_sorted = sorted(cands)
        best = self._near(f, fps, cands_sorted)
        if best is None:
            best = self._contained(f, fps, shared)
        return best if best is not None else self._title_match(f, cands_sorted)

    def _shared_fingerprints(self, fps: list[int]) -> dict[int, int]:
        """Earlier article → number of fingerprints it shares with ``fps`` (boilerplate fingerprints skipped)."""
        counts: dict[int, int] = defaultdict(int)
        index = self.fp_index
        for h in fps:
            post = index.get(h)
            if post is None:
                continue
            if isinstance(post, int):
                counts[post] += 1
            elif len(post) <= MAX_POSTING:
                for j in post:
                    counts[j] += 1
        return counts

    def _near(self, f: LinkFeatures, fps: list[int], cands: list[int]) -> DupMatch | None:
        """The most similar earlier text by MinHash Jaccard, if it is a copy."""
        best: DupMatch | None = None
        for j in cands:
            other = self.items[j]
            jac = float(np.count_nonzero(other.minhash == f.minhash)) / NUM_PERM
            if jac < NEAR_JACCARD or (best is not None and jac <= best.score):
                continue
            if _days(f, other) > MAX_DAYS:
                continue
            if jac >= SURE_JACCARD or (
                min(f.n_shingles, other.n_shingles) >= MIN_NEAR_SHINGLES
                and self._leads_align(fps, j, same_outlet=f.outlet == other.outlet)
            ):
                best = DupMatch(j, "near", jac)
        return best

    def _contained(self, f: LinkFeatures, fps: list[int], shared: dict[int, int]) -> DupMatch | None:
        """An earlier text that contains this one or is contained in it (excerpts, embedded wire copies)."""
        if len(fps) < MIN_SHARED_FPS:
            return None
        best: DupMatch | None = None
        fset: frozenset[int] | None = None
        for j, n in sorted(shared.items()):
            if n < MIN_SHARED_FPS or _days(f, self.items[j]) > MAX_DAYS:
                continue
            other = len(self.items[j].fps)
            small, large = min(len(fps), other), max(len(fps), other)
            cont = n / small
            if cont < CONTAINMENT or (best is not None and cont <= best.score):
                continue
            ratio = small / large
            same = f.outlet == self.items[j].outlet
            if ratio < MIN_SIZE_RATIO and (ratio < MIN_SIZE_RATIO_WIRE or same):
                continue
            if same:
                aligned = self._leads_align(fps, j, same_outlet=True)
            else:
                fset = fset or frozenset(fps)
                aligned = self._shares_lead(fps[:LEAD_FPS], fset, j)
            if aligned:
                best = DupMatch(j, "contained", round(cont, 3))
        return best

    def _shares_lead(self, lead: list[int], fset: frozenset[int], j: int) -> bool:
        """The lead of one text appears in the other (either way)."""
        other = set(self.items[j].fps.tolist())
        if lead and sum(1 for h in lead if h in other) >= LEAD_SHARE * len(lead):
            return True
        olead = self.items[j].fps[:LEAD_FPS].tolist()
        return bool(olead) and sum(1 for h in olead if h in fset) >= LEAD_SHARE * len(olead)

    def _leads_align(self, fps: list[int], j: int, same_outlet: bool = False) -> bool:
        """The lead of one text appears in the first part of the other (either way); for two texts of one
        outlet, right at its start (an updated version, not a new lead over recycled paragraphs)."""
        other = self.items[j].fps.tolist()
        for a, b in ((fps, other), (other, fps)):
            lead = a[:LEAD_FPS]
            n = 2 * LEAD_FPS if same_outlet else max(2 * LEAD_FPS, int(LEAD_REGION * len(b)))
            region = set(b[:n])
            if lead and sum(1 for h in lead if h in region) >= LEAD_SHARE * len(lead):
                return True
        return False

    def _title_match(self, f: LinkFeatures, cands: list[int]) -> DupMatch | None:
        """Same headline within a day plus shared text (copies whose bodies were edited more heavily)."""
        if f.day is None or len(f.title) < MIN_TITLE:
            return None
        key = title_key(f.title)
        found = [j for d in range(f.day - TITLE_DAYS, f.day + TITLE_DAYS + 1)
                 if (j := self.by_title.get((key, d))) is not None]  # fmt: skip
        found += [j for j in cands if _days(f, self.items[j]) <= TITLE_DAYS]
        best: DupMatch | None = None
        for j in sorted(set(found)):
            other = self.items[j]
            ratio = fuzz.ratio(key, title_key(other.title))
            if ratio < TITLE_RATIO:
                continue
            jac = float(np.count_nonzero(other.minhash == f.minhash)) / NUM_PERM
            if jac >= TITLE_JACCARD and (best is None or ratio > best.score):
                best = DupMatch(j, "title", round(ratio, 1))
        return best


def title_key(title: str) -> str:
    """A headline compared for copying: match-key words only (punctuation, digits and quotes dropped)."""
    return " ".join(words(title))


def _days(a: LinkFeatures, b: LinkFeatures) -> int:
    return abs(a.day - b.day) if a.day is not None and b.day is not None else 0
