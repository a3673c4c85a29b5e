from datetime import date

import pytest

from marsad.kb import KnowledgeBase, load_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def test_knowledge_data_is_consistent(kb: KnowledgeBase) -> None:
    # no overlapping terms in one office, every role's country/organization exists, every Arabic key has one
    # meaning unless flagged as shared, every person has a country
    assert kb.check() == []


def test_knowledge_every_person_has_a_country_and_roles_point_to_known_actors(kb: KnowledgeBase) -> None:
    people = [a for a in kb.actors.values() if a.kind == "person"]
    assert len(people) >= 120
    assert all(p.country for p in people)
    assert all(t.of in kb.actors for t in kb.terms)


@pytest.mark.parametrize(
    ("role", "of", "on", "expected"),
    [
        ("president", "US", "2021-12-30", "Joe Biden"),
        ("president", "US", "2018-05-29", "Donald Trump"),
        ("president", "US", "2016-06-01", "Barack Obama"),
        ("president", "US", "2025-03-01", "Donald Trump"),
        ("head_of_state", "US", "2021-12-30", "Joe Biden"),
        ("head_of_government", "US", "2021-12-30", "Joe Biden"),  # the president is both
        ("president", "RU", "2021-12-30", "Vladimir Putin"),
        ("prime_minister", "RU", "2015-01-01", "Dmitry Medvedev"),
        ("foreign_minister", "RU", "2021-12-30", "Sergey Lavrov"),
        ("foreign_minister", "US", "2018-05-31", "Mike Pompeo"),
        ("foreign_minister", "US", "2017-06-01", "Rex Tillerson"),
        ("spokesperson", "org:kremlin", "2021-12-30", "Dmitry Peskov"),
        ("spokesperson", "org:russian-foreign-ministry", "2021-12-30", "Maria Zakharova"),
        ("spokesperson", "org:white-house", "2021-10-14", "Jen Psaki"),
        ("head_of_state", "SA", "2014-06-01", "Abdullah of Saudi Arabia"),
        ("head_of_state", "SA", "2018-02-28", "Salman of Saudi Arabia"),
        ("crown_prince", "SA", "2016-01-01", "Muhammad bin Nayef"),
        ("crown_prince", "SA", "2018-06-05", "Mohammed bin Salman"),
        ("deputy_crown_prince", "SA", "2015-07-21", "Mohammed bin Salman"),
        ("head_of_government", "DE", "2022-01-01", "Olaf Scholz"),  # a chancellor
        ("head_of_government", "GB", "2022-09-20", "Liz Truss"),
        ("monarch", "GB", "2021-12-30", "Elizabeth II"),
        ("monarch", "GB", "2023-01-01", "Charles III"),
        ("president", "IR", "2022-01-01", "Ebrahim Raisi"),
        ("head_of_state", "IR", "2022-01-01", "Ali Khamenei"),  # the president heads the government
        ("head_of_state", "KP", "2018-05-26", "Kim Jong-un"),
        ("secretary_general", "org:united-nations", "2016-06-01", "Ban Ki-moon"),
        ("secretary_general", "org:nato", "2018-05-28", "Jens Stoltenberg"),
        ("crown_prince", "loc:abu-dhabi", "2018-05-31", "Mohamed bin Zayed Al Nahyan"),
        ("prime_minister", "JO", "2018-06-04", "Hani Mulki"),
        ("prime_minister", "JO", "2018-06-20", "Omar Razzaz"),
        # office holders of 2014–2019 filled country by country
        ("foreign_minister", "KW", "2018-06-15", "Sabah Al-Khalid Al-Hamad Al-Sabah"),
        ("foreign_minister", "TN", "2015-07-15", "Taïeb Baccouche"),
        ("foreign_minister", "SD", "2015-01-01", "Ali Karti"),
        ("foreign_minister", "SD", "2016-01-01", "Ibrahim Ghandour"),
        ("head_of_government", "OM", "2018-06-15", "Qaboos bin Said"),  # the sultan heads the government
        ("foreign_minister", "NO", "2015-07-15", "Børge Brende"),
        ("foreign_minister", "UG", "2018-06-15", "Sam Kutesa"),
        ("head_of_government", "BR", "2015-07-15", "Dilma Rousseff"),  # the president heads the government
        ("head_of_state", "TW", "2018-06-15", "Tsai Ing-wen"),
        ("foreign_minister", "KR", "2015-07-15", "Yun Byung-se"),
        ("quds_force_commander", "IR", "2015-07-15", "Qasem Soleimani"),  # «قائد فيلق القدس» (err17s)
        ("head_of_government", "GB", "1985-01-01", "Margaret Thatcher"),  # past holders for background contacts
        ("president", "US", "1985-01-01", "Ronald Reagan"),
    ],
)
def test_knowledge_holder_on_a_date(kb: KnowledgeBase, role: str, of: str, on: str, expected: str) -> None:
    holder = kb.holder(role, of, on)
    assert holder is not None and holder.name == expected


def test_knowledge_holder_accepts_dates_and_country_names(kb: KnowledgeBase) -> None:
    assert kb.holder("president", "United States", date(2021, 12, 30)).name == "Joe Biden"  # type: ignore[union-attr]
    assert kb.holder("president", "الولايات المتحدة", "2018-05-29").name == "Donald Trump"  # type: ignore[union-attr]


def test_knowledge_holder_without_date_is_the_latest(kb: KnowledgeBase) -> None:
    assert kb.holder("president", "US").name == "Donald Trump"  # type: ignore[union-attr]
    assert kb.holder("spokesperson", "org:kremlin").name == "Dmitry Peskov"  # type: ignore[union-attr]


def test_knowledge_holder_none_outside_any_term(kb: KnowledgeBase) -> None:
    assert kb.holder("president", "US", "1750-01-01") is None  # (before the first president)
    assert kb.holder("monarch", "FR", "2020-01-01") is None


def test_knowledge_resolve_office_falls_back_to_the_abstract_role(kb: KnowledgeBase) -> None:
    # no «president» of North Korea: the title «الرئيس الكوري الشمالي» means the head of state
    assert kb.resolve_office("president", "KP", "2018-05-26").name == "Kim Jong-un"  # type: ignore[union-attr]
    # but France has no king, whatever «ملك فرنسا» says
    assert kb.resolve_office("monarch", "FR", "2018-05-26", fallback=False) is None


@pytest.mark.parametrize(
    ("name", "iso2"),
    [
        ("Russia", "RU"), ("RU", "RU"), ("RUS", "RU"), ("روسيا", "RU"), ("روسيا الاتحادية", "RU"),
        ("United Kingdom", "GB"), ("بريطانيا", "GB"), ("السعودية", "SA"), ("المملكة العربية السعودية", "SA"),
        ("الولايات المتحدة الأميركية", "US"), ("أمريكا", "US"), ("South Korea", "KR"),
        ("كوريا الشمالية", "KP"),
        ("فلسطين", "PS"), ("Palestine", "PS"), ("الإمارات", "AE"),
    ],
)
def test_knowledge_country_by_name(kb: KnowledgeBase, name: str, iso2: str) -> None:
    c = kb.country_by_name(name)
    assert c is not None and c.id == iso2 and c.kind == "country"


def test_knowledge_country_by_name_unknown(kb: KnowledgeBase) -> None:
    assert kb.country_by_name("Atlantis") is None
    assert kb.country_by_name("") is None


def test_knowledge_actor_lookup(kb: KnowledgeBase) -> None:
    putin = kb.actor("per:vladimir-putin")
    assert putin.name == "Vladimir Putin" and putin.kind == "person" and putin.country == "Russia"
    assert "بوتين" in putin.arabic
    assert kb.actor("RU").name == "Russia"
    assert kb.actor("org:kremlin").kind == "organization"
    assert kb.actor("loc:moscow").kind == "place"
    with pytest.raises(KeyError):
        kb.actor("per:nobody")


def test_knowledge_sector_of_people_outside_politics(kb: KnowledgeBase) -> None:
    assert kb.actor("per:kadim-al-sahir").sector == "arts"
    assert kb.actor("per:vladimir-putin").sector is None


def test_knowledge_terms_of_a_person(kb: KnowledgeBase) -> None:
    offices = {t.office for t in kb.terms_of("per:mohammed-bin-salman", "2018-06-05")}
    assert offices == {"crown_prince", "defense_minister"}
    assert kb.terms_of("per:mohammed-bin-salman", "2010-01-01") == []


def test_knowledge_capitals_are_metonyms_of_their_country(kb: KnowledgeBase) -> None:
    assert kb.metonym_of["loc:moscow"] == "RU"
    assert kb.metonym_of["loc:washington"] == "US"
    assert "loc:geneva" not in kb.metonym_of


def test_knowledge_heads_of_state_of_most_states() -> None:
    # cables for national days reach every state: the KB knows the head of state of most UN members in 2015/2018
    kb = load_kb()
    states = [a for a in kb.actors.values() if a.kind == "country"]
    for day in ("2015-08-01", "2018-06-01"):
        assert sum(1 for c in states if kb.holder("head_of_state", c.id, day)) >= 170
    assert kb.holder("head_of_state", "EC", "2015-08-10").name == "Rafael Correa"
    assert kb.holder("head_of_state", "TD", "2015-08-11").name == "Idriss Déby"


def test_knowledge_arabic_given_names_abroad_are_not_foreign() -> None:
    # KB people of non-Arab states named «إبراهيم» or «الحسن» do not make those foreign given names
    kb = load_kb()
    assert not {"ابراهيم", "الحسن"} & kb.foreign_given_names
