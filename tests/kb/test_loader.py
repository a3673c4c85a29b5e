
import pytest

from marsad.kb import build_kb, expand, key_of, load_kb
from marsad.kb.loader import parse_role, spelling_variants, vowel_variants


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("(ال)?رئيس(ة)?", {"رئيس", "رئيسة", "الرئيس", "الرئيسة"}),
        ("(وزير الخارجية|وزير خارجية)", {"وزير الخارجية", "وزير خارجية"}),
        ("المتحدث( (الرسمي|الصحفي))? باسم", {"المتحدث باسم", "المتحدث الرسمي باسم", "المتحدث الصحفي باسم"}),
        ("(رئيس (الوزراء|الحكومة)|رئيس وزراء)", {"رئيس الوزراء", "رئيس الحكومة", "رئيس وزراء"}),
    ],
)
def test_loader_expand_title_patterns(pattern: str, expected: set[str]) -> None:
    assert set(expand(pattern)) == expected


@pytest.mark.parametrize(
    ("name", "variant"),
    [
        ("عبد الفتاح السيسي", "عبدالفتاح السيسي"),
        ("عبدالله الثاني", "عبد الله الثاني"),
        ("أبو ظبي", "أبوظبي"),
        ("عبد ربه منصور هادي", "عبدربه منصور هادي"),
    ],
)
def test_loader_spelling_variants(name: str, variant: str) -> None:
    assert variant in spelling_variants(name)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("president 2012-05-07..", ("president", "RU", "2012-05-07", None)),
        ("spokesperson org:kremlin 2012-05-22..", ("spokesperson", "org:kremlin", "2012-05-22", None)),
        ("prime_minister 2008-05-08..2012-05-07", ("prime_minister", "RU", "2008-05-08", "2012-05-07")),
        ("deputy_foreign_minister", ("deputy_foreign_minister", "RU", None, None)),
    ],
)
def test_loader_parse_role(spec: str, expected: tuple) -> None:
    office, of, start, end = parse_role(spec, "RU")
    assert (office, of, start and start.isoformat(), end and end.isoformat()) == expected


def test_loader_builds_every_actor() -> None:
    kb = build_kb()
    assert len(kb.actors) > 1000 and not kb.problems


def test_loader_caches_the_knowledge_base() -> None:
    assert load_kb() is load_kb()


def test_loader_nisba_forms_are_generated() -> None:
    kb = load_kb()
    # one-word stems (their endings are accepted by the entity stage); multi-word nisbas form by form
    for form in ["روسي", "أمريكي", "أميركي", "الكوري الشمالي", "الكورية الشمالية", "كوري جنوبي", "الروس"]:
        kinds = {e.kind for e in kb.entries.get(key_of(form), [])}
        assert "nisba" in kinds, form
    assert {e.ids for e in kb.entries[key_of("الكورية الجنوبية")] if e.kind == "nisba"} == {("KR",)}
    # a spelling that is both the country and its feminine adjective has both readings
    assert {e.kind for e in kb.entries[key_of("السعودية")]} == {"name", "nisba"}


def test_loader_ministries_every_state_has_are_generated() -> None:
    kb = load_kb()
    # a state orgs.yaml leaves out gets its ministries from ministries.yaml, by nisba and by name
    for phrase in ["وزارة الخارجية السويدية", "وزارة خارجية السويد"]:
        assert {e.ids for e in kb.entries[key_of(phrase)] if e.kind == "name"} == {("org:se-foreign-ministry",)}
    assert kb.actors["org:se-foreign-ministry"].name == "Ministry of Foreign Affairs (Sweden)"
    assert kb.actors["org:tn-interior-ministry"].name == "Ministry of Interior (Tunisia)"
    # the portfolios that speak through statements («وزارة التجارة الصينية», «وزارة الثقافة اليمنية»)
    assert {e.ids for e in kb.entries[key_of("وزارة التجارة الصينية")] if e.kind == "name"} == {
        ("org:cn-commerce-ministry",)}
    assert kb.actors["org:ye-culture-ministry"].name == "Ministry of Culture (Yemen)"
    # a name several kingdoms share names none of their ministries («وزارة داخلية المملكة»), so Jordan's own
    # are generated too; the bare head is every state's, resolved in context
    assert key_of("وزارة داخلية المملكة") not in kb.entries
    assert {e.ids for e in kb.entries[key_of("وزارة الداخلية الأردنية")]} == {("org:jo-interior-ministry",)}
    bare = {e.ids[0] for e in kb.entries[key_of("وزارة الداخلية")] if e.shared}
    assert {"org:jo-interior-ministry", "org:saudi-interior-ministry", "org:dz-interior-ministry"} <= bare
    # a ministry orgs.yaml names keeps its curated entry alone
    assert {e.ids for e in kb.entries[key_of("وزارة الخارجية الروسية")] if e.kind == "name"} == {
        ("org:russian-foreign-ministry",)}
    assert "org:ru-foreign-ministry" not in kb.actors and "org:us-defense-ministry" not in kb.actors
    # more portfolios (Egypt's civil aviation, Iraq's communications), and the United States' departments by
    # their own names rather than a generated "Ministry of Justice (United States)"
    assert {e.ids for e in kb.entries[key_of("وزارة الطيران المدني المصرية")] if e.kind == "name"} == {
        ("org:eg-civil-aviation-ministry",)}
    assert kb.actors["org:iq-communications-ministry"].name == "Ministry of Communications (Iraq)"
    for phrase, oid in [("وزارة الخزانة الأمريكية", "org:us-treasury-department"),
                        ("وزارة العدل الأميركية", "org:us-justice-department")]:
        assert {e.ids for e in kb.entries[key_of(phrase)] if e.kind == "name"} == {(oid,)}, phrase
    assert "org:us-justice-ministry" not in kb.actors


def test_loader_the_capital_told_by_its_nisba() -> None:
    kb = load_kb()
    assert {e.ids for e in kb.entries[key_of("العاصمة المصرية")] if e.kind == "name"} == {("loc:cairo",)}
    assert {e.ids for e in kb.entries[key_of("العاصمة الكورية الجنوبية")] if e.kind == "name"} == {("loc:seoul",)}
    assert key_of("العاصمة الإسرائيلية") not in kb.entries  # (the first metonym city is no capital there)


def test_loader_blocked_common_words_are_not_country_names() -> None:
    kb = load_kb()
    assert key_of("مالي") not in kb.entries  # «مالي» is «financial»: only «جمهورية مالي» names Mali
    assert any(e.ids == ("ML",) for e in kb.entries[key_of("جمهورية مالي")])


def test_loader_key_of_folds_like_the_entity_stage() -> None:
    assert key_of("كيم_جونغ-أون") == key_of("كيم جونغ أون") == "كيم جونغ اون"


def test_loader_vowel_variants_of_a_transliterated_name() -> None:
    got = vowel_variants("ستيفان دي ميستورا")
    assert "ستيفان دي مستورا" in got and "ستيفان دي ميستورا" not in got
    assert vowel_variants("بولتون") == set()  # one word: too short a name to vary
    assert "جن بولتون" not in vowel_variants("جون بولتون")  # a short word keeps its letters


def test_loader_foreign_names_match_without_long_vowels_arab_names_do_not() -> None:
    kb = build_kb()
    assert [e.ids for e in kb.entries[key_of("ستيفان دي مستورا")]] == [("per:staffan-de-mistura",)]
    assert key_of("عادل الجبر") not in kb.entries  # a name written in Arabic script has one spelling


def test_loader_surname_alone_without_a_long_vowel_is_weak() -> None:
    assert vowel_variants("بولتون", alone=True) == {"بولتن"}  # not «بلتون» (Beltone)
    kb = build_kb()
    assert key_of("بولتن") not in kb.entries and key_of("بولتن") in kb.weak_entries


def test_loader_surname_of_a_foreign_two_word_name_is_weak_beside_the_full_name() -> None:
    # blind-20 SK-internationalNews-2065-20180610: «لاري كادلو» … «وقال كادلو» (the KB's weak form is «كودلو»)
    kb = build_kb()
    assert "per:larry-kudlow" in {i for e in kb.weak_entries[key_of("كادلو")] for i in e.ids}
    assert key_of("كادلو") in kb.beside_full_name["per:larry-kudlow"]
    assert key_of("كودلو") not in kb.beside_full_name["per:larry-kudlow"]  # (the data's own, trusted as before)
    # not a family-first name's given name («مون جاي إن»), an Arab given name («أبي أحمد») or «الثانية»
    assert not {key_of("إن"), key_of("أحمد"), key_of("الثانية")} & set(kb.weak_entries)


def test_loader_given_names_learnt_from_people_leave_out_common_words_and_arabic_names() -> None:
    # «إلى» (Alie Kabba), «دولي» (Duly Brutus), «فرانس» («فرانس برس») start KB people's names but are common words;
    # «عبد الله ألبير توكوس مابري» (Côte d'Ivoire) does not make «عبد الله» a given name of another tradition
    kb = build_kb()
    assert not {key_of("إلى"), key_of("دولي"), key_of("فرانس"), key_of("دون"), key_of("لأي")} & kb.given_names
    assert key_of("عبدالله") not in kb.foreign_given_names and key_of("هيكتور") in kb.foreign_given_names


def test_loader_a_bureau_without_a_head_is_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    # «مكتب» + the holder of the body's head office names it: without a head there is no holder to read
    import marsad.kb.loader as loader

    read = loader._read

    def headless(name: str) -> str:
        text = read(name)
        return text.replace("bureau: true, seat: moscow, head: president RU,", "bureau: true, seat: moscow,") \
            if name == "orgs.yaml" else text

    monkeypatch.setattr(loader, "_read", headless)
    kb = build_kb()
    assert "org:kremlin" not in kb.bureaus
    assert any("kremlin: bureau needs a head" in p for p in kb.problems)


def test_loader_names_a_person_without_the_titles_disambiguation() -> None:
    """people.yaml keeps the Wikipedia title («David Davis (British politician)»); news and the export name him
    David Davis, and his id still tells him apart."""
    kb = load_kb()
    people = [a for a in kb.actors.values() if a.kind == "person"]
    assert not [a.name for a in people if a.name.endswith(")")]
    davis = [a for a in people if a.name == "David Davis"]
    assert len(davis) == 1 and davis[0].country == "United Kingdom"
