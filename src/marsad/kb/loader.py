"""Build the :class:`KnowledgeBase` from ``marsad/data/kb`` (once per process).

Files (each documents its own format at the top): ``countries.tsv`` (generated from CLDR),
``country_variants.yaml``, ``places.yaml``, ``orgs.yaml``, ``people.yaml``, ``role_titles.yaml``,
``metonymy.yaml``. Arabic spelling variants that follow a rule («عبد الله»/«عبدالله», «أبو ظبي»/«أبوظبي»,
hamza and ta marbuta through match keys) are generated here, so the data lists only real variants.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from importlib import resources
from itertools import product
from typing import Any

import yaml

from marsad.kb.knowledge import Entry, KnowledgeBase, Term, TitleSpec, key_of
from marsad.model import Actor
from marsad.text.lexmatch import SUFFIXES, LexiconMatcher

try:  # libyaml when available: the data is read at every process start
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader

KIND_PREFIX = {"place": "loc:", "organization": "org:", "person": "per:"}
NISBA_ENDINGS = ("", "ة", "ون", "ين", "ان", "ات")
_LINK_WORDS = frozenset({"بن", "ابن", "بنت", "آل", "ال", "ولد", "أبو", "ابو", "أبي", "ابي"})  # («محمد بن سلمان»)


# A person is named as news names them: the Wikipedia title less its disambiguation («David Davis (British
# politician)» is David Davis); the actor id tells two people of one name apart.
_DISAMBIGUATION = re.compile(r" \([^)]*\)$")


def _read(name: str) -> str:
    return resources.files("marsad").joinpath("data", "kb", name).read_text(encoding="utf-8")


def _yaml(name: str) -> Any:
    return yaml.load(_read(name), Loader=_Loader)


def _definite_feminine(stem: str) -> str:
    """A nisba stem's definite feminine form, the article and «ة» on every word («كوري جنوبي» → «الكورية
    الجنوبية»): what follows «وزارة الخارجية» or «العاصمة»."""
    return " ".join("ال" + w + "ة" for w in stem.split())


# ---------------------------------------------------------------------- pattern expansion
def expand(pattern: str) -> list[str]:
    """All phrases of a small pattern: ``(a|b)`` alternatives, ``(…)?`` optional, nesting allowed."""

    def seq(i: int) -> tuple[list[str], int]:
        outs = [""]
        while i < len(pattern) and pattern[i] not in "|)":
            if pattern[i] == "(":
                alts, i = alt(i + 1)
                if i < len(pattern) and pattern[i] == "?":
                    alts = ["", *alts]
                    i += 1
                outs = [o + a for o in outs for a in alts]
            else:
                outs = [o + pattern[i] for o in outs]
                i += 1
        return outs, i

    def alt(i: int) -> tuple[list[str], int]:
        res: list[str] = []
        while True:
            part, i = seq(i)
            res.extend(part)
            if i < len(pattern) and pattern[i] == "|":
                i += 1
                continue
            if i < len(pattern) and pattern[i] == ")":
                i += 1
            return res, i

    out, _ = alt(0)
    return [" ".join(p.split()) for p in out if p.strip()]


def spelling_variants(name: str) -> set[str]:
    """Rule-based variants of an Arabic name: «عبد الله» ↔ «عبدالله», «أبو ظبي» ↔ «أبوظبي»."""
    out = {name}
    joined = re.sub(r"\b(عبد|أبو|ابو) (?=\S)", r"\1", name)
    out.add(joined)
    split = re.sub(r"\b(عبد)(ال|ربه)", r"\1 \2", name)
    out.add(split)
    out.add(re.sub(r"\b(أبو|ابو)(ال)", r"\1 \2", name))
    # a given name that opens the name with or without the article: «الأمير الحسين بن عبد الله» ↔ «الأمير حسين …»
    out |= {re.sub(r"^((?:الأمير |ولي العهد الأمير )?)ال(حسين|حسن) ", r"\1\2 ", v) for v in out}
    return {" ".join(v.split()) for v in out}


def vowel_variants(name: str, alone: bool = False) -> set[str]:
    """A transliterated name of two words or more (or one word, with ``alone``) with long vowels dropped, one
    per word of five letters or more at most: «ستيفان دي ميستورا» gives «ستيفان دي مستورا», «ستفان دي
    ميستورا» … (not the name itself; a word alone keeps the vowel after its first letter)."""
    words = name.split()
    if len(words) < (1 if alone else 2):
        return set()
    options = []
    first = 2 if alone else 1  # (a surname alone keeps its first syllable: «بولتون» is not «بلتون»)
    for w in words:
        forms = {w}
        for i in range(first, len(w) - 1 if len(w) >= 5 else 1):
            if w[i] in "يو" and w[i - 1] not in "اويى" and w[i + 1] not in "اويى":
                forms.add(w[:i] + w[i + 1 :])
        options.append(sorted(forms))
    out = {" ".join(c) for c in product(*options)}
    out.discard(name)
    return out


def _date(v: Any) -> date | None:
    if v in (None, "", "null"):
        return None
    if v == "?":  # in office since before the period the data covers
        return date.min
    if isinstance(v, date):
        return v
    return date.fromisoformat(str(v))


def parse_role(spec: str, default_of: str) -> tuple[str, str, date | None, date | None]:
    """``"president RU 2012-05-07.."`` → (office, of, start, end). The ``of`` part may be left out."""
    parts = spec.split()
    office = parts[0]
    of = default_of
    rng = ""
    for p in parts[1:]:
        if ".." in p or re.fullmatch(r"\d{4}-\d{2}-\d{2}", p):
            rng = p
        else:
            of = p
    start = end = None
    if rng:
        a, _, b = rng.partition("..")
        start, end = _date(a), _date(b)
    return office, of, start, end


# ---------------------------------------------------------------------- builder
class _Builder:
    def __init__(self) -> None:
        self.kb = KnowledgeBase()
        self.blocked: set[str] = set()
        self._name_keys: set[str] = set()  # keys of every name added so far
        self._outlet_entries: list[dict[str, Any]] = []  # data/outlets.yaml's outlets (read by outlets)
        self._media_nouns: list[str] = []  # «صحيفة»: before an outlet's name in running text
        self.native_script: frozenset[str] = frozenset()  # states whose people's names have one Arabic spelling
        self.variants: dict[str, Any] = _yaml("country_variants.yaml") or {}  # read by countries, orgs, ministries

    # lexicon helpers ---------------------------------------------------
    def add(self, phrase: str, entry: Entry, variants: bool = True) -> None:
        forms = spelling_variants(phrase) if variants else {phrase}
        for f in forms:
            k = key_of(f)
            if not k or k in self.blocked:
                continue
            bucket = self.kb.entries.setdefault(k, [])
            if entry.kind == "name":
                # a name declared shared (context-resolved) overrides the same name given plainly
                if entry.shared:
                    bucket[:] = [e for e in bucket if not (e.kind == "name" and e.ids == entry.ids)]
                elif any(e.kind == "name" and e.ids == entry.ids and e.shared for e in bucket):
                    continue
            if entry not in bucket:
                bucket.append(entry)
            if entry.kind == "name":
                self._name_keys.add(k)

    def add_weak(self, phrase: str, entry: Entry) -> None:
        for f in spelling_variants(phrase):
            k = key_of(f)
            bucket = self.kb.weak_entries.setdefault(k, [])
            if entry not in bucket:
                bucket.append(entry)

    def actor(self, a: Actor, home: str | None = None, cues: list[str] | None = None) -> None:
        if a.id in self.kb.actors:
            self.kb.problems.append(f"duplicate actor id {a.id}")
        self.kb.actors[a.id] = a
        if home:
            self.kb.home[a.id] = home
        if cues:
            self.kb.cues[a.id] = frozenset(cues)

    def names(self, a: Actor, item: dict[str, Any]) -> None:
        """Strong, shared and weak Arabic names of an actor from its data item."""
        for ar in item.get("ar") or []:
            self.add(ar, Entry("name", (a.id,)))
            if ar not in a.arabic:
                a.arabic.append(ar)
        for ar in item.get("ar_shared") or []:
            self.add(ar, Entry("name", (a.id,), shared=True))
            if ar not in a.arabic:
                a.arabic.append(ar)
        for ar in item.get("ar_weak") or []:
            self.add_weak(ar, Entry("weak", (a.id,)))
            if ar not in a.arabic:
                a.arabic.append(ar)
        for ar in item.get("ar_sport") or []:
            self.kb.sport_forms[ar] = a.id
        for ar in item.get("ar_default") or []:  # shared, and what the name means without context
            self.add(ar, Entry("name", (a.id,), shared=True))
            for f in spelling_variants(ar):
                self.kb.default_of[key_of(f)] = a.id
        for stop in item.get("stop") or []:
            self.add(stop, Entry("stop"))

    def country_name(self, iso2: str | None) -> str | None:
        return self.kb.name_country(iso2)

    def check_country(self, source: str, aid: str, country: object) -> None:
        """An item's country code must be a known country's (YAML reads a bare NO, Norway, as false)."""
        if country is not None and country not in self.kb.actors:
            self.kb.problems.append(f"{source} {aid}: unknown country {country!r}")

    # files ---------------------------------------------------------------
    def countries(self) -> None:
        variants = self.variants
        for ar in variants.get("_blocked") or []:
            self.blocked.add(key_of(ar))
        for ar in variants.get("_stop") or []:
            self.add(ar, Entry("stop"))
        self.native_script = frozenset(variants.get("_native_script") or [])
        for line in _read("countries.tsv").splitlines():
            if not line or line.startswith("#") or line.startswith("iso2\t"):
                continue
            iso2, _iso3, name, arabic = line.split("\t")
            a = Actor(id=iso2, name=name, kind="country", country=name, arabic=[arabic], iso2=iso2)
            self.actor(a, home=iso2)
            self.kb._by_name[_iso3.casefold()] = iso2
            self.add(arabic, Entry("name", (iso2,)))
        for iso2, item in variants.items():
            if iso2.startswith("_"):
                continue
            if iso2 not in self.kb.actors:
                self.kb.problems.append(f"country_variants.yaml: unknown country {iso2}")
                continue
            a = self.kb.actors[iso2]
            self.names(a, item)
            for stem in item.get("nisba") or []:
                self.nisba(stem, iso2)
            for form in item.get("nisba_forms") or []:
                self.add(form, Entry("nisba", (iso2,), definite=key_of(form).startswith("ال")))
            cities = item.get("metonym_cities") or []
            for city in cities:
                self.place(city, iso2, metonym=True)
            if cities and iso2 not in (variants.get("_no_capital") or []):
                # the first is the capital: «العاصمة المصرية» names Cairo
                for stem in item.get("nisba") or []:
                    self.add(f"العاصمة {_definite_feminine(stem)}", Entry("name", ("loc:" + cities[0]["id"],)))

    def nisba(self, stem: str, iso2: str) -> None:
        """All forms of a nisba adjective: gender, number and the article on every word.

        A one-word nisba is listed as its stem: the article is a proclitic («الروسي» = ال + روسي) and the
        entity stage lets nisbas (only) carry the feminine and plural endings («الروسية»، «الروسيين»). Forms
        that are also names («السعودية»، «سورية») are listed whole too, so the stage sees both readings. A
        multi-word nisba has the article and the endings on every word («الكورية الجنوبية») and is listed
        form by form.
        """
        words = stem.split()
        name_keys = {key_of(n) for n in self.kb.actors[iso2].arabic}
        for end in NISBA_ENDINGS if len(words) > 1 else ("",):
            indef = " ".join(w + end for w in words)
            defin = " ".join("ال" + w + end for w in words)
            if key_of(indef) not in name_keys:  # «جيبوتي» is the country; «الجيبوتي» the adjective
                self.add(indef, Entry("nisba", (iso2,), definite=False), variants=False)
            if len(words) > 1:
                self.add(defin, Entry("nisba", (iso2,), definite=True), variants=False)
        if len(words) == 1:
            for end in NISBA_ENDINGS[1:]:
                for form in (stem + end, "ال" + stem + end):
                    if key_of(form) in self._name_keys:
                        entry = Entry("nisba", (iso2,), definite=form.startswith("ال"))
                        self.add(form, entry, variants=False)

    def place(self, item: dict[str, Any], iso2: str | None, metonym: bool = False) -> None:
        pid = "loc:" + item["id"]
        country = item.get("country", iso2)
        a = Actor(id=pid, name=item["name"], kind="place", country=self.country_name(country), iso2=None)
        self.check_country("places.yaml", pid, country)
        self.actor(a, home=country, cues=item.get("cues"))
        self.names(a, item)
        if metonym or item.get("metonym"):
            # (the seat of a body stands for that body: «مفاوضاتها مع بروكسل» are the EU's)
            self.kb.metonym_of[pid] = item.get("metonym_for") or country

    def places(self) -> None:
        for item in _yaml("places.yaml") or []:
            self.place(item, item.get("country"))

    def orgs(self) -> None:
        variants = self.variants
        for item in _yaml("orgs.yaml") or []:
            oid = "org:" + item["id"]
            country = item.get("country")
            a = Actor(id=oid, name=item["name"], kind="organization", country=self.country_name(country),
                      sector=item.get("sector"))
            self.check_country("orgs.yaml", oid, country)
            self.actor(a, home=country, cues=item.get("cues"))
            self.names(a, item)
            # «وزارة الخارجية» + the country's definite feminine nisba: «وزارة الخارجية الروسية»
            for head in item.get("ar_nisba") or []:
                stems = (variants.get(country) or {}).get("nisba") or []
                if not stems:
                    self.kb.problems.append(f"orgs.yaml {oid}: ar_nisba needs a country with a nisba")
                for stem in stems:
                    phrase = f"{head} {_definite_feminine(stem)}"
                    self.add(phrase, Entry("name", (oid,)))
                    if phrase not in a.arabic:
                        a.arabic.append(phrase)
            if item.get("head"):
                office, of, _, _ = parse_role(item["head"], country or "")
                self.kb.org_head[oid] = (office, of)
                if item.get("bureau"):
                    self.kb.bureaus |= {oid}
            elif item.get("bureau"):
                self.kb.problems.append(f"orgs.yaml {oid}: bureau needs a head (whose «مكتب» it is)")
            if item.get("seat"):
                self.kb.seat_of[oid] = "loc:" + item["seat"]

    def ministries(self) -> None:
        """The ministries every state has (ministries.yaml), for the countries orgs.yaml leaves out."""
        variants = self.variants
        for item in _yaml("ministries.yaml") or []:
            for iso2, country in variants.items():
                if iso2.startswith("_") or not isinstance(country, dict) or iso2 not in self.kb.actors:
                    continue
                # (a state with no nisba of its own, «مالي» being the adjective financial, still has them)
                stems = country.get("nisba") or []
                phrases = [f"{item['head']} {_definite_feminine(stem)}" for stem in stems]
                # (not with a name several states share: «وزارة داخلية المملكة» is no one kingdom's)
                shared = set(country.get("ar_shared") or [])
                phrases += [f"{item['head_of']} {n}" for n in self.kb.actors[iso2].arabic if n not in shared]
                # the bare head («وزارة الداخلية») is every state's: the country the text around it names decides
                bare = Entry("name", (f"org:{iso2.lower()}-{item['key']}",), shared=True)
                keys = {key_of(f) for ph in phrases for f in spelling_variants(ph)}
                curated = {i for k in keys for e in self.kb.entries.get(k, []) if e.kind == "name" for i in e.ids
                           if self.kb.home.get(i) == iso2}
                if curated or not keys.isdisjoint(self._name_keys):
                    for oid in curated:  # orgs.yaml names this ministry already
                        self.add(item["head"], Entry("name", (oid,), shared=True))
                    continue
                name = item["name"].format(country=self.country_name(iso2))
                a = Actor(id=bare.ids[0], name=name, kind="organization", country=self.country_name(iso2))
                self.actor(a, home=iso2)
                self.names(a, {"ar": phrases})
                self.add(item["head"], bare)

    def outlets(self) -> None:
        """The outlets of data/outlets.yaml that orgs.yaml lacks, as media organizations named in the text
        («رابط الخبر بصحيفة الوئام», the dateline «عين اليوم – متابعات»): a form of two words or more, and every
        form after a medium noun («صحيفة عكاظ»; not «عكاظ» alone: «سوق عكاظ»), not the ordinary phrases
        («الشرق الأوسط» the region)."""
        raw = yaml.safe_load(resources.files("marsad").joinpath("data/outlets.yaml").read_text(encoding="utf-8"))
        text = raw.get("in_text") or {}
        media = text.get("media_nouns") or []
        self._media_nouns = media
        ordinary = {key_of(f) for f in text.get("ordinary_phrases") or []}
        self._outlet_entries = raw.get("outlets") or []
        for entry in self._outlet_entries:
            forms: list[str] = []
            for form in entry.get("arabic") or []:
                words = form.split()
                if words[0] in media or len(words) > 1 and key_of(form) not in ordinary:
                    forms.append(form)
                if words[0] not in media:
                    forms += [f"{m} {form}" for m in media]
            keys = {key_of(f) for f in forms}
            if not forms or not keys.isdisjoint(self._name_keys):
                continue  # (orgs.yaml has it: «سكاي نيوز عربية»)
            country = entry.get("country")
            slug = re.sub(r"[^a-z0-9]+", "-", str(entry["name"]).lower()).strip("-")
            a = Actor(id=f"org:outlet-{slug}", name=entry["name"], kind="organization",
                      country=self.country_name(country), sector="media")
            self.actor(a, home=country)
            self.names(a, {"ar": list(dict.fromkeys(forms))})

    def outlet_actors(self) -> None:
        """Each outlet's organization (its own, or the one orgs.yaml names by one of its forms: «بي بي سي» is the
        BBC for "BBC Arabic"), resolved once every name is known, for the entity stage to find the outlet in an
        article's furniture."""
        for entry in self._outlet_entries:
            forms = tuple(sorted(entry.get("arabic") or [], key=len, reverse=True))
            actor_id = next((i for f in forms for k in [f, *(f"{m} {f}" for m in self._media_nouns)]
                             for e in self.kb.entries.get(key_of(k), ()) if e.kind == "name" for i in e.ids), None)
            if actor_id is not None:
                self.kb.outlets[str(entry["name"])] = (actor_id, forms)

    def people(self) -> None:
        own: set[str] = set()
        for item in _yaml("people.yaml") or []:
            pid = "per:" + item["id"]
            if item.get("own_spelling"):
                own.add(pid)
            country = item.get("country")
            a = Actor(id=pid, name=_DISAMBIGUATION.sub("", item["name"]), kind="person",
                      country=self.country_name(country), sector=item.get("sector"))
            self.check_country("people.yaml", pid, country)
            self.actor(a, home=country)
            self.names(a, item)
            for ar in item.get("ar") or []:
                # the family name of a full name, trusted only beside it («مولود تشاوش أوغلو» … «وقال تشاوش أوغلو»,
                # where the KB lists the surname spelt «تشاووش أوغلو»); not after «عبد» or before «بن»
                words = ar.split()
                if len(words) >= 3 and not words[0].startswith("عبد") and words[1] not in _LINK_WORDS:
                    self.add_weak(" ".join(words[1:]), Entry("weak", (pid,)))
            if country not in self.native_script:
                for ar in item.get("ar") or []:
                    for form in vowel_variants(ar):
                        self.add(form, Entry("name", (pid,)), variants=False)
                    if " " not in ar:  # a surname alone: trusted only beside the full name («جون بولتن» … «بولتن»)
                        for form in vowel_variants(ar, alone=True):
                            self.add_weak(form, Entry("weak", (pid,)))
            for spec in item.get("roles") or []:
                office, of, start, end = parse_role(spec, country or "")
                self.kb.add_term(Term(pid, office, of, start, end))
        self.kb.own_spelling = frozenset(own)

    def titles(self) -> None:
        data = _yaml("role_titles.yaml")
        kb = self.kb
        offices: dict[str, tuple[str, ...]] = {}
        nonunique = set()
        for office, spec in (data.get("offices") or {}).items():
            if isinstance(spec, dict):
                offices[office] = tuple(spec.get("abstract") or ())
                if spec.get("unique") is False:
                    nonunique.add(office)
            else:
                offices[office] = tuple(spec or ())
        kb.offices = offices
        kb.fallback_offices = frozenset(data.get("fallback_offices") or ())
        kb.ceremonial_presidents = frozenset(data.get("ceremonial_presidents") or ())
        kb.nonunique_offices = frozenset(nonunique)
        for iso2, over in (data.get("overrides") or {}).items():
            for office, roles in over.items():
                kb.office_overrides[(iso2, office)] = tuple(roles)
        for t in data.get("titles") or []:
            for phrase in expand(t["ar"]):
                last = key_of(phrase).split()[-1]
                spec = TitleSpec(
                    office=t.get("office"),
                    definite=last.startswith("ال"),
                    countries=frozenset(t["countries"]) if t.get("countries") else None,
                    orgs=bool(t.get("orgs")),
                    of=t.get("of"),
                    counterpart=bool(t.get("counterpart")),
                    dual=bool(t.get("dual")) or bool(t.get("plural")),
                    plural=bool(t.get("plural")),
                    possessive=bool(t.get("possessive")),
                    bare=bool(t.get("bare")),
                    deputy=bool(t.get("deputy")),
                    portfolio=tuple(key_of(w) for w in t.get("portfolio") or ()),
                )
                self.add(phrase, Entry("title", title=spec), variants=False)
        kb.deputies = dict(data.get("deputies") or {})
        kb.title_suffixes = frozenset(key_of(s) if s else "" for s in data.get("title_suffixes") or [""])
        kb.blockers_before = frozenset(key_of(w) for w in data.get("blockers_before") or [])
        kb.holders_before = frozenset(key_of(w) for w in data.get("holders_before") or [])
        kb.blockers_after = frozenset(key_of(w) for w in data.get("blockers_after") or [])
        kb.named_for = frozenset(key_of(w) for w in data.get("named_for") or [])
        kb.named_for_skip = frozenset(key_of(w) for w in data.get("named_for_skip") or [])

    def given_names(self) -> None:
        """Given names (data + the first words of every person's full names) and each person's own."""
        kb = self.kb
        data = _yaml("given_names.yaml") or {}
        names = {key_of(n) for n in data.get("names") or []}
        arabic_given = set(names)  # (a KB person abroad named «إبراهيم» does not make it a foreign name)
        for divine in data.get("theophoric") or []:  # «عبد الغفار», «عبدالغفار»
            names |= {key_of("عبد " + divine), key_of("عبد" + divine)}
        foreign = {key_of(n) for n in data.get("foreign") or []}
        arabic_naming = set(data.get("arabic_naming") or [])
        for a in kb.actors.values():
            if a.kind != "person":
                continue
            own = set()
            for ar in a.arabic:
                for variant in spelling_variants(ar):
                    words = key_of(variant).split()
                    if len(words) > 1:
                        own.add(words[0])
                        if len(words) > 2:
                            own.add(" ".join(words[:2]))
            kb.own_given_names[a.id] = frozenset(own)
            names |= own
            if kb.home.get(a.id) not in arabic_naming:
                # (not «عبد …»: «عبد الله ألبير توكوس مابري» keeps an Arabic name)
                foreign |= {w for w in own
                            if " " not in w and w not in arabic_given and not w.startswith(("ال", "عبد"))}
        # words that only look like a given name in match keys («بأن» folds to «بان», Ban Ki-moon's given name)
        function_words = {key_of(n) for n in data.get("function_words") or []}
        kb.given_names = frozenset(names - function_words)
        kb.foreign_given_names = frozenset(foreign - function_words)
        kb.family_first = frozenset(key_of(n) for n in data.get("family_first") or [])
        self.foreign_surnames()

    def foreign_surnames(self) -> None:
        """The surname of a foreign given name and a surname, trusted only beside the full name («لاري كادلو» …
        «وقال كادلو»; not because the article is about the person's country): not of names whose family name
        comes first («مون جاي إن»), nor a short, «ال» or Arab given-name word («إليزابيث الثانية», «أبي أحمد»)."""
        kb = self.kb
        beside: dict[str, set[str]] = {}
        for a in kb.actors.values():
            if a.kind != "person" or kb.home.get(a.id) in self.native_script:
                continue
            for ar in a.arabic:
                words = ar.split()
                if len(words) != 2 or len(words[1]) < 4 or words[1].startswith("ال") \
                        or key_of(words[1]) in kb.given_names:
                    continue
                first = key_of(words[0])
                if first in kb.foreign_given_names and first not in kb.family_first:
                    for form in vowel_variants(words[1], alone=True) | {words[1]}:
                        # (the keys the person's data does not already give: those stay trusted as before)
                        beside.setdefault(a.id, set()).update(
                            k for k in map(key_of, spelling_variants(form))
                            if not any(a.id in e.ids for e in kb.weak_entries.get(k, ())))
                        self.add_weak(form, Entry("weak", (a.id,)))
        kb.beside_full_name = {pid: frozenset(keys) for pid, keys in beside.items()}

    def metonymy(self) -> None:
        data = _yaml("metonymy.yaml") or {}
        self.kb.metonym_verbs_before = frozenset(key_of(w) for w in data.get("verbs_before") or [])
        self.kb.metonym_verbs_after = frozenset(key_of(w) for w in data.get("verbs_after") or [])
        self.kb.metonym_verbs_before |= frozenset(key_of(w) for w in data.get("partners_before") or [])

    def matchers(self) -> None:
        """One automaton for names, nisbas, titles and stops; regexes for weak surnames.

        Weak surnames are short or common words («عون»، «شي»، «ماي»): in the automaton they would fire
        inside countless words. They are looked for only where the article gives a reason — a person it
        already names, a sitting office holder of a country it is about, the word after a title.
        """
        kb = self.kb
        m = LexiconMatcher()
        for key, values in kb.entries.items():
            for v in values:
                m.add(key, v)
        m.build()
        kb.matcher = m
        kb.scan_suffixes = frozenset(SUFFIXES) | kb.nisba_suffixes
        by_person: dict[str, list[str]] = {}
        for key, entries in kb.weak_entries.items():
            for e in entries:
                for pid in e.ids:
                    by_person.setdefault(pid, []).append(key)
        kb.weak_keys = {pid: sorted(set(keys), key=len, reverse=True) for pid, keys in by_person.items()}
        kb.weak_any = _weak_regex(list(kb.weak_entries), anchored=True)
        for pid in by_person:
            home = kb.home.get(pid)
            if home:
                kb.weak_people_by_country.setdefault(home, []).append(pid)


_LETTER = r"[^\W\d_]"


def _weak_regex(keys: list[str], anchored: bool = False) -> re.Pattern[str]:
    """Whole words, with an optional conjunction/preposition: group 1 the clitics, group 2 the surname.

    Used anchored (``match`` at one position): unanchored, a pattern that starts with a character class
    is tried at every position of the article.
    """
    alts = "|".join(re.escape(k) for k in sorted(set(keys), key=len, reverse=True))
    head = "" if anchored else f"(?<!{_LETTER})"
    return re.compile(f"{head}([وفبل]{{0,2}})({alts})(?!{_LETTER})")


def build_kb() -> KnowledgeBase:
    """A fresh knowledge base from the data files (use :func:`load_kb` for the cached one)."""
    b = _Builder()
    b.countries()
    b.places()
    b.orgs()
    b.ministries()
    b.outlets()
    b.people()
    b.titles()
    b.given_names()
    b.metonymy()
    b.outlet_actors()
    b.kb.index()
    b.matchers()
    return b.kb


@cache
def load_kb() -> KnowledgeBase:
    """The process-wide knowledge base (built on first use, well under a second)."""
    return build_kb()


@cache
def multilateral_bodies() -> frozenset[str]:
    """Ids of the bodies of states (orgs.yaml `sector: multilateral`): their meetings are contacts of their
    members, their unnamed statements speak for them."""
    return frozenset(a.id for a in load_kb().actors.values() if a.sector == "multilateral")
