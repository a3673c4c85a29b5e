"""The event stage's Arabic knowledge (``data/events/*.yaml`` and the speech cues) loaded once: one matcher
for triggers, attribute cues and speech verbs, and the word lists and patterns the rules consult."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from marsad.extract.common import any_word, load_data, sport_words
from marsad.kb.loader import multilateral_bodies
from marsad.text.lexmatch import LexiconMatcher
from marsad.text.normalize import match_key


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    pos: str  # verb | verb_with | verb_bi | verb_imperfect | verb_headline | verb_wish | noun | dual | block

    @property
    def is_verb(self) -> bool:
        return self.pos.startswith("verb")


@dataclass(slots=True)
class Lexicons:
    matcher: LexiconMatcher  # triggers, attribute cues and speech cues in one automaton: one pass per article
    types: dict
    subtypes: dict
    title_words: frozenset[str]
    locative_words: frozenset[str]
    topic_words: frozenset[str]
    not_party_after: re.Pattern[str]  # described_by, absent_after, eponym_nouns: whoever follows takes no part
    sport: re.Pattern[str]  # whole words, in the original text
    state_title: re.Pattern[str]  # match keys, at the end of the text before a name
    arrival_verbs: frozenset[str]
    addressing_verbs: frozenset[str]  # «توجه … بالشكر إلى»: addressing, not travelling
    since: re.Pattern[str]  # whole words, in the original text
    where: re.Pattern[str]
    during_it: re.Pattern[str]  # «التقى خلالها»: during the contact told just before, so at its place
    lasting_until: frozenset[str]  # «تستمر حتى …»: the contact's end, not its date (match keys)
    timed_by: frozenset[str]  # «صباح الأحد، قبل القمة»: match keys
    cancel_hedges: frozenset[str]  # «هددت كوريا الشمالية بإلغاء القمة»: match keys, a few words before it
    invitation: re.Pattern[str]  # «دعوة … لزيارة»: a visit invited to is planned
    state_title_word: re.Pattern[str]  # the same titles as whole words anywhere (original text)
    hours_away: re.Pattern[str]  # «قبل ساعات من القمة»: the contact is on the day of publication
    discussed_after: re.Pattern[str]  # «بحثا فيها القمة المقبلة»: a meeting discussed, not held
    pluperfect: re.Pattern[str]  # «وكان بومبيو التقى …»: background
    previous_before: frozenset[str]  # «آخر اجتماع»: the parties' previous meeting
    previous_after: frozenset[str]  # «الاجتماع السابق»
    first_person: re.Pattern[str]  # «أتطلع إلى لقاء …»: the speaker's own contact
    summit_bodies: frozenset[str]  # org ids of multilateral bodies whose meetings are contacts («قمة مجموعة السبع»)
    summit_adjectives: dict[str, str]  # «القمة العربية»: adjective (match key) → org id
    talks_nouns: frozenset[str]
    receiving: re.Pattern[str]  # whole words, in the original text
    pair_roles: dict[str, str]  # pair word (match key) → the role its two holders fill
    visitor_groups: frozenset[str]
    private_groups: re.Pattern[str]  # «لقاءات بين رجال الأعمال»: no political actor (original text, at a position)
    anaphoric_before: frozenset[str]
    owner_frames: frozenset[str]  # «أثناء لقائه …»: a contact noun with the speaker's pronoun frames the speech
    restates: re.Pattern[str]  # at the start of a sentence (original text)
    modeless: frozenset[str]
    received_after: re.Pattern[str]  # whole words, in the original text
    honorific_pronouns: re.Pattern[str]  # whole words, in the original text
    city_states: frozenset[str]
    mode_window: int
    relation_nouns: frozenset[str] = frozenset()  # «العلاقات بين البلدين»: a «بين» after these is the topic's
    said_in_person: frozenset[str] = frozenset()  # «يهنئ»: a message verb that may be said at a meeting
    summit_outcomes: frozenset[str] = frozenset()  # «قرار قمة بوخارست»: a summit named for what it decided
    planned_right_before: re.Pattern[str] = re.compile("(?!)")  # «عشية قمة»: yet to come
    agreed_to: re.Pattern[str] = re.compile("(?!)")  # «وافق ترامب على لقاء كيم»: match keys, at the end
    officials_of: re.Pattern[str] = re.compile("(?!)")  # «وزراء خارجية …» before a list of states (raw, at the end)
    heads_of: dict[str, str] = field(default_factory=dict)  # «رؤساء» before a list of states: their office
    heads_of_fillers: frozenset[str] = frozenset()  # «كل من» between them
    brought_together: re.Pattern[str] = re.compile("(?!)")  # «الذي جمع …»: whole words, raw text
    comprising: re.Pattern[str] = re.compile("(?!)")  # «اجتماعا … وضم وزراء … من مصر وإثيوبيا»: whole words, raw
    performed_by: re.Pattern[str] = re.compile("(?!)")  # «زيارة … يقوم بها X»: whole words, raw text
    publishing_verbs: frozenset[str] = frozenset()  # «الرسالة التي نشرها البيت الأبيض»: match keys
    meeting_nouns: frozenset[str] = frozenset()  # one-word meeting and talks cues («قمة», «القمة»): match keys
    summit_nouns: frozenset[str] = frozenset()  # «قمة»: a meeting of heads of state (match keys)
    delegation_nouns: frozenset[str] = frozenset()  # «وفد دبلوماسي أمريكي»: a nisba after these is a party
    headed_by: frozenset[str] = frozenset()  # «وفد برئاسة X»: X leads the delegation (match keys)
    government_nouns: frozenset[str] = frozenset()  # «بين الحكومة اليمنية و…»: so after «بين/مع» only
    official_ranks: frozenset[str] = frozenset()  # «كبار» before an official: a rank, not a name
    pair_sides: frozenset[str] = frozenset()  # «الجانبين»: after two coordinated states, those states
    held_clauses: tuple[tuple[str, ...], ...] = ()  # «التي عقدت» before «بين»: match-key words
    between_hedges: tuple[tuple[str, ...], ...] = ()  # «على ما يبدو» before «بين»: not counted
    statement_occasions: frozenset[str] = frozenset()  # «في ختام لقاء …» in a sentence that reports a statement
    contact_adjectives: frozenset[str] = frozenset()  # «الوزاري» before a contact's nisbas (match keys)
    dual_verbs: frozenset[str] = frozenset()  # «… وكوريا الشمالية تجريان محادثات»: match keys
    light_verbs: frozenset[str] = frozenset()  # «وأجرت الولايات المتحدة والصين محادثات»: match keys
    intending_verbs: frozenset[str] = frozenset()  # «وتعتزم بكين وواشنطن عقد محادثات»: match keys
    place_nouns: frozenset[str] = frozenset()  # «في قرية بانمونجوم»: match keys
    arrival_places: frozenset[str] = frozenset()  # «وصولها إلى مطار القاهرة»: match keys
    subordinators: re.Pattern[str] = re.compile("(?!)")  # «بعدما»: whole words, original text («و/ف» before)
    purposes: re.Pattern[str] = re.compile("(?!)")  # «لبحث»: whole words, original text
    day_offsets: dict[str, int] = field(default_factory=dict)  # «بعد يوم من» → -1: the clause's date moved
    news_day_offsets: frozenset[str] = frozenset()  # «غداة»: also from the day of the news, with no date
    # «معاليه» → «وزير»: an honorific pronoun's offices (match keys)
    honorific_offices: dict[str, frozenset[str]] = field(default_factory=dict)
    negators: frozenset[str] = frozenset()  # «لم يجتمع»: match keys, right before a verb cue
    denials: frozenset[str] = frozenset()  # «رفض زيارة», «عدم التفاوض»: match keys, right before a noun cue
    excepted: frozenset[str] = frozenset()  # «باستثناء ليندون جونسون»: match keys, right before a name left out
    attributions: re.Pattern[str] = re.compile("(?!)")  # «وفقاً لما ذكره X»: whole words, raw text
    intents: frozenset[str] = frozenset()  # «يعرض عقد محادثات»: match keys, an offer of a contact, not one
    intent_light: frozenset[str] = frozenset()  # «عقد», «بدء»: light nouns between an offer and its cue
    intent_accepted: frozenset[str] = frozenset()  # «قبل عرض اللقاء»: an offer accepted is a plan
    planned_verbs_before: frozenset[str] = frozenset()  # «سيقوم بزيارة»: match keys, a few words before a noun cue
    planned_verbs_after: frozenset[str] = frozenset()  # «مباحثات … ستتناول»: match keys, in the noun's clause
    demonstratives: frozenset[str] = frozenset()  # «هذه الزيارة»: the contact told before (match keys)
    # verbs of informing (quotes/cues.yaml), whose object is the one informed («أبلغ بوتين نتنياهو»; match keys)
    informing: frozenset[str] = frozenset()
    reaction_verbs: frozenset[str] = frozenset()  # «رحب ترامب بلقاء …»: match keys, a contact reacted to
    local_objects: re.Pattern[str] = re.compile("(?!)")  # «بزيارة لدار الرعاية»: whole words, original text
    present_light_verbs: frozenset[str] = frozenset()  # «يعقد … اجتماعا الخميس»: match keys, without «و»
    other_act_words: frozenset[str] = frozenset()  # «… لمجلس الأمن بعد الضربات على …»: match keys
    ask_verbs: frozenset[str] = frozenset()  # «طلبت روسيا … اجتماعا»: match keys, without «و»
    call_verbs: frozenset[str] = frozenset()  # «دعت روسيا إلى اجتماع»: match keys, without «و»


@cache
def lexicons() -> Lexicons:
    data = load_data("events/triggers.yaml")
    attrs = load_data("events/attributes.yaml")
    speech = load_data("quotes/cues.yaml")
    m = LexiconMatcher()
    for etype, groups in data["triggers"].items():
        for pos, phrases in groups.items():
            for p in phrases:
                m.add(p, (TRIGGER, Trigger(etype, pos)))
    for p in data.get("blockers", []):
        m.add(p, (TRIGGER, Trigger("", "block")))
    # (the status cues matched anywhere in the sentence; those read right before a cue are patterns of their own)
    status = {k: v for k, v in attrs["status"].items() if k not in ("planned_right_before", "planned_verbs_before",
                                                                        "planned_verbs_after", "agreed_to",
                                                                        "agreed_light_nouns", "cancel_hedges")}
    cue_groups = [("status", status), ("initiator", attrs["initiator"]), ("arg", attrs["participants"]),
                  ("condolence", {True: data.get("condolence_cues", [])}), ("pair", attrs.get("pair_refs", {}))]
    for phrase, states in (attrs.get("pair_states") or {}).items():  # «بين الكوريتين»: two named states
        m.add(phrase, (CUE, ("pair", tuple(states))))
    for tag, groups in cue_groups:
        for kind, phrases in groups.items():
            for p in phrases:
                m.add(p, (CUE, (tag, kind)))
    for p in speech["verbs"]:
        m.add(p, (SPEECH, "speech"))
    for p in speech["reporting"]:  # verbs that report words without saying them: statements all the same
        m.add(p, (SPEECH, "reporting"))
    m.build()
    return Lexicons(m, data["types"], data.get("subtypes", {}),
                    frozenset(match_key(w) for w in attrs.get("title_words", [])),
                    frozenset(match_key(w) for w in attrs.get("locative_words", [])),
                    frozenset(match_key(w) for w in attrs.get("topic_words", [])),
                    _ends_with_any(attrs.get("described_by", []) + attrs.get("absent_after", [])
                                   + attrs.get("attendance", []),
                                   eponyms=attrs.get("eponym_nouns", []),
                                   kin=(attrs.get("absent_after", []), attrs.get("kin_nouns", []))),
                    sport_words(),
                    _ends_with_any(attrs.get("state_titles", [])),
                    frozenset(match_key(w) for w in attrs.get("arrival_verbs", [])),
                    frozenset(match_key(w) for w in attrs.get("addressing_verbs", [])),
                    any_word(attrs.get("since_words", [])),
                    any_word(attrs.get("where_words", [])),
                    any_word(attrs.get("during_it", [])),
                    frozenset(" ".join(match_key(w).split()) for w in attrs.get("lasting_until", [])),
                    frozenset(match_key(w) for w in attrs.get("timed_by", [])),
                    frozenset(match_key(w) for w in attrs["status"].get("cancel_hedges", [])),
                    any_word(attrs.get("invitation_words", [])),
                    any_word(attrs.get("state_titles", []), clitics=True),
                    _ends_with_any(attrs.get("hours_away", [])),
                    _ends_with_any(attrs.get("discussed_after", [])),
                    any_word(attrs.get("pluperfect", [])),
                    frozenset(match_key(w) for w in attrs.get("previous_before", [])),
                    frozenset(match_key(w) for w in attrs.get("previous_after", [])),
                    _ends_with_any(attrs.get("first_person", [])),
                    multilateral_bodies(),
                    {match_key(w): "org:" + b for w, b in (attrs.get("summit_adjectives") or {}).items()},
                    frozenset(match_key(w) for w in attrs.get("talks_nouns", [])),
                    any_word(attrs.get("receiving_verbs", []), clitics=True),
                    {match_key(w): role for role, ws in attrs.get("pair_roles", {}).items() for w in ws},
                    frozenset(match_key(w) for w in attrs.get("visitor_groups", [])),
                    any_word(attrs.get("private_groups", [])),
                    frozenset(match_key(w) for w in attrs.get("anaphoric_before", [])),
                    frozenset(match_key(w) for w in attrs.get("owner_frames", [])),
                    re.compile("|".join(re.escape(w) for w in sorted(attrs.get("restates_previous", []), key=len,
                                                                         reverse=True)) or "(?!)"),
                    frozenset(match_key(w) for w in attrs.get("modeless", [])),
                    any_word(attrs.get("received_after", [])),
                    any_word(attrs.get("honorific_pronouns", [])),
                    frozenset(attrs.get("city_states", [])),
                    int(attrs.get("mode_window", 60)),
                    relation_nouns=frozenset(match_key(w) for w in attrs.get("relation_nouns", [])),
                    said_in_person=frozenset(match_key(w) for w in attrs.get("said_in_person", [])),
                    summit_outcomes=frozenset(match_key(w) for w in attrs.get("summit_outcomes", [])),
                    planned_right_before=_ends_with_any(attrs["status"].get("planned_right_before", [])),
                    agreed_to=_agreed_to(attrs["status"].get("agreed_to", []),
                                         attrs["status"].get("agreed_light_nouns", [])),
                    officials_of=_officials_of(attrs.get("officials_of", [])),
                    heads_of={match_key(w): role for w, role in (attrs.get("heads_of") or {}).items()},
                    heads_of_fillers=frozenset(match_key(w) for w in attrs.get("heads_of_fillers", [])),
                    brought_together=any_word(attrs.get("brought_together", []), clitics=True),
                    comprising=any_word(attrs.get("comprising", []), clitics=True),
                    performed_by=any_word(attrs.get("performed_by", [])),
                    publishing_verbs=frozenset(match_key(w) for w in attrs.get("publishing_verbs", [])),
                    summit_nouns=frozenset(match_key(w) for w in attrs.get("summit_nouns", [])),
                    meeting_nouns=frozenset(match_key(w) for t in ("meeting", "negotiation")
                                            for w in data["triggers"][t].get("noun", []) if " " not in w),
                    delegation_nouns=frozenset(match_key(w) for w in attrs.get("delegation_nouns", [])),
                    headed_by=frozenset(match_key(w) for w in attrs.get("headed_by", [])),
                    government_nouns=frozenset(match_key(w) for w in attrs.get("government_nouns", [])),
                    official_ranks=frozenset(match_key(w) for w in attrs.get("official_ranks", [])),
                    pair_sides=frozenset(match_key(w) for w in attrs.get("pair_sides", [])),
                    held_clauses=tuple(tuple(match_key(w).split()) for w in attrs.get("held_clause", [])),
                    statement_occasions=frozenset(match_key(w) for w in attrs.get("statement_occasions", [])),
                    between_hedges=tuple(tuple(match_key(w).split()) for w in attrs.get("between_hedges", [])),
                    contact_adjectives=frozenset(" ".join(match_key(w).split())
                                                 for w in attrs.get("contact_adjectives", [])),
                    dual_verbs=frozenset(match_key(w) for w in attrs.get("dual_verbs", [])),
                    light_verbs=frozenset(match_key(w) for w in attrs.get("light_verbs", [])),
                    intending_verbs=frozenset(match_key(w) for w in attrs.get("intending_verbs", [])),
                    place_nouns=frozenset(match_key(w) for w in attrs.get("place_nouns", [])),
                    arrival_places=frozenset(match_key(w) for w in attrs.get("arrival_places", [])),
                    subordinators=any_word(attrs.get("subordinators", []), clitics=True),
                    negators=frozenset(match_key(w) for w in attrs.get("negators", [])),
                    denials=frozenset(match_key(w) for w in attrs.get("denials", [])),
                    excepted=frozenset(match_key(w) for w in attrs.get("excepted", [])),
                    attributions=any_word(attrs.get("attributions", []), clitics=True),
                    intents=frozenset(match_key(w) for w in attrs.get("intents", [])),
                    intent_light=frozenset(match_key(w) for w in attrs.get("intent_light", [])),
                    intent_accepted=frozenset(match_key(w) for w in attrs.get("intent_accepted", [])),
                    planned_verbs_before=frozenset(match_key(w) for w in attrs["status"].get("planned_verbs_before",
                                                                                               [])),
                    planned_verbs_after=frozenset(match_key(w) for w in attrs["status"].get("planned_verbs_after", [])),
                    demonstratives=frozenset(match_key(w) for w in attrs.get("demonstratives", [])),
                    informing=frozenset(match_key(c + w) for w in speech.get("informing", []) for c in ("", "و", "ف")),
                    local_objects=any_word(attrs.get("local_objects", []), clitics=True),
                    reaction_verbs=frozenset(match_key(w) for w in attrs.get("reaction_verbs", [])),
                    present_light_verbs=frozenset(match_key(w) for w in attrs.get("present_light_verbs", [])),
                    other_act_words=frozenset(match_key(w) for w in attrs.get("other_act_words", [])),
                    ask_verbs=frozenset(match_key(w) for w in (attrs.get("request_verbs") or {}).get("ask", [])),
                    call_verbs=frozenset(match_key(w) for w in (attrs.get("request_verbs") or {}).get("call", [])),
                    purposes=any_word(attrs.get("purposes", []), clitics=True),
                    day_offsets={match_key(k): v for k, v in (attrs.get("day_offsets") or {}).items()},
                    news_day_offsets=frozenset(match_key(k) for k in attrs.get("news_day_offsets") or ()),
                    honorific_offices={match_key(k): frozenset(match_key(w) for w in ws)
                                       for k, ws in (attrs.get("honorific_offices") or {}).items()})


TRIGGER, CUE, SPEECH = "trigger", "cue", "speech"


def _officials_of(words: list[str]) -> re.Pattern[str]:
    """One of ``words`` (with «و»), then four words at most up to the end (raw text)."""
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])و?(?:{alts})(?![^\W\d_])(?:[\s\u00a0]+[^\s\u00a0،,.:؛]+){{0,4}}[\s\u00a0]*$"
                      if alts else r"(?!)")


def _agreed_to(verbs: list[str], light: list[str]) -> re.Pattern[str]:
    """One of ``verbs``, then the rest of its sentence up to «على» (and one of the verbal nouns ``light``) at
    the end (match keys)."""
    alts = "|".join(re.escape(match_key(v)) for v in sorted(verbs, key=len, reverse=True))
    nouns = "|".join(re.escape(match_key(v)) for v in light) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])[وف]?(?:{alts})(?![^\W\d_])[^.:؛]{{0,80}}(?<![^\W\d_])علي"
                      rf"(?:[\s\u00a0]+(?:{nouns}))?[\s\u00a0]*$" if alts else r"(?!)")


def _ends_with_any(phrases: list[str], eponyms: list[str] | None = None,
                   kin: tuple[list[str], list[str]] = ([], [])) -> re.Pattern[str]:
    """Matches text (match keys) that ends with one of ``phrases`` as whole words (and a clitic or «ال»), or
    with one of ``eponyms`` without the article: «مطار الملك عبدالله» is named for the king, while in «رئيس
    الجامعة جان لو شامو» the name is the president's. ``kin`` pairs phrases with the kinship nouns that may
    follow them with a pronoun: «في وفاة شقيقهم» (the name after it is the brother's)."""
    def alts(words: list[str]) -> str:
        return "|".join(re.escape(match_key(p)) for p in sorted(words, key=len, reverse=True))

    heads, nouns = kin
    parts = [rf"(?:[وفبل]|ال)?(?:{alts(phrases)})" if phrases else "",
             rf"[وفبل]?(?:{alts(eponyms)})" if eponyms else "",
             rf"(?:[وفبل]|ال)?(?:{alts(heads)})[\s\u00a0]+(?:{alts(nouns)})(?:ه|ها|هم|هما)" if heads and nouns else ""]
    body = "|".join(p for p in parts if p)
    return re.compile(rf"(?<![^\W\d_])(?:{body})[\s\u00a0]*$" if body else r"(?!)")
