"""Builders of articles with every analysis layer filled, for the codec and store tests.

(A uniquely named module rather than conftest.py, so the import cannot collide with other test folders.)
"""

from __future__ import annotations

from marsad.model import (
    Actor,
    ActorRef,
    Article,
    Event,
    Mention,
    Quote,
    Sentence,
    Span,
    TimeExpression,
)
from marsad.text.spans import blank

HEADLINE = "بوتين يبحث مع أردوغان هاتفيا الأوضاع في سوريا"
BODY = (
    "موسكو - أجرى الرئيس الروسي فلاديمير بوتين، اليوم الأربعاء، اتصالا هاتفيا مع نظيره التركي رجب طيب "
    "أردوغان بحثا خلاله الأوضاع في سوريا.\n"
    "وقال الكرملين في بيان إن الجانبين «اتفقا على مواصلة التنسيق الوثيق» بين موسكو وأنقرة.\n"
    "ومن المقرر أن يزور وزير الخارجية التركي موسكو في الثالث من مارس 2022.\n"
    "تابعوا آخر الأخبار عبر تطبيقنا"
)


def _find(text: str, needle: str, start: int = 0) -> Span:
    i = text.index(needle, start)
    return Span(i, i + len(needle))


def build_full_article(aid: str = "seed-1", body: str = BODY) -> Article:
    """An article in which every field and every nested object has a non-default value somewhere."""
    original = HEADLINE + "\n\n" + body
    promo = _find(original, "تابعوا آخر الأخبار عبر تطبيقنا")
    text = blank(original, [promo])
    putin, erdogan = _find(original, "فلاديمير بوتين"), _find(original, "رجب طيب أردوغان")
    title = _find(original, "وزير الخارجية التركي")
    nisba = _find(original, "الروسي")
    moscow = _find(original, "موسكو", promo.start - 120)
    wed, march = _find(original, "اليوم الأربعاء"), _find(original, "الثالث من مارس 2022")
    quote = _find(original, "اتفقا على مواصلة التنسيق الوثيق")
    cue = _find(original, "وقال")
    hl_end = len(HEADLINE)
    body_start = hl_end + 2
    paras = [Span(body_start, original.index("\n", body_start))]
    return Article(
        id=aid,
        original=original,
        text=text,
        headline=Span(0, hl_end),
        body=Span(body_start, len(original)),
        outlet="Example News",
        agency="وكالة الأنباء",
        url=f"https://example.org/{aid}",
        published="2022-02-23",
        published_source="metadata",
        published_meta="2022-02-23T10:15:00+03:00",
        dateline=_find(original, "موسكو"),
        source_path=f"/data/{aid}.txt",
        metadata={"section": "سياسة", "tags": ["روسيا", "تركيا"], "rank": 3, "score": 0.5, "x": None},
        removed=[promo],
        content_hash=f"hash-{aid}",
        sentences=[Sentence(paras[0], 0), Sentence(Span(paras[0].end + 1, paras[0].end + 40), 1)],
        paragraphs=paras,
        mentions=[
            Mention(putin, "Q7747", "name", putin.of(original)),
            Mention(erdogan, "Q39259", "name", erdogan.of(original)),
            Mention(title, "Q_tr_fm", "title", title.of(original)),
            Mention(nisba, "Q159", "nisba", nisba.of(original)),
            Mention(moscow, "Q159", "metonym", moscow.of(original)),
            Mention(Span(0, 5), "Q7747", "name", ""),  # text left empty by a stage: kept empty
            Mention(putin, "Q7747", "name", "بوتين"),  # text differing from the span: kept
        ],
        actors={
            "Q7747": Actor("Q7747", "Vladimir Putin", "person", "Russia", ["بوتين", "فلاديمير بوتين"], "RU"),
            "Q39259": Actor("Q39259", "Recep Tayyip Erdoğan", "person", "Turkey", ["أردوغان"]),
            "Q159": Actor("Q159", "Russia", "country", "Russia", ["روسيا"], "RU"),
            "Q_tr_fm": Actor("Q_tr_fm", "Minister of Foreign Affairs of Turkey", "person", "Turkey"),
            "alias-key": Actor("Q1", "Ankara", "place"),  # key differing from the actor id
            "org:tass": Actor("org:tass", "TASS", "organization", "Russia", ["تاس"], sector="media"),
            "per:x:مساعد_العيبان": Actor("per:x:مساعد_العيبان", "Musaed Al Aiban", "person", arabic=["مساعد العيبان"],
                                         confidence=0.5),
        },
        times=[
            TimeExpression(wed, wed.of(original), "2022-02-23", "date"),
            TimeExpression(march, march.of(original), "2022-03-03", "date"),
            TimeExpression(Span(0, 0), "", None, "vague"),
            TimeExpression(wed, "الأربعاء", "2022-02-23T10:00:00+03:00", "time", "10:00", "Asia/Riyadh"),
        ],
        events=[
            Event(
                type="phone_call",
                participants=[
                    ActorRef("Vladimir Putin", "Russia", "person", "Q7747"),
                    ActorRef("Recep Tayyip Erdoğan", "Turkey"),
                ],
                date="2022-02-23",
                time="10:00",
                location="Moscow",
                initiator="Vladimir Putin",
                status="occurred",
                evidence=[paras[0], wed],
                trigger="اتصالا هاتفيا",
                cameo="040",
                plover="CONSULT",
                id="ev-000001",
                local_id=f"{aid}:e1",
            ),
            Event(
                type="visit",
                source=[ActorRef("Minister of Foreign Affairs of Turkey", "Turkey", "person", "Q_tr_fm")],
                target=[ActorRef("Russia", "Russia", "country", "Q159")],
                date="2022-03-03",
                status="planned",
                evidence=[march],
                trigger="يزور",
                local_id=f"{aid}:e2",
            ),
            Event(type="message"),
        ],
        quotes=[
            Quote("Kremlin", quote, "قال", cue, quote.of(original)),
            Quote(None, Span(quote.start, quote.start + 5), "", None, "different text"),
        ],
        story="story-7",
        duplicate_of="other-article",
    )


def build_synthetic(i: int, size: int = 2500) -> Article:
    """A benchmark article of ``size`` chars with ~10 mentions, 2 events, 3 times and a quote."""
    unit = "وقال المتحدث باسم الخارجية إن الوزير أجرى اتصالا هاتفيا مع نظيره لبحث العلاقات الثنائية. "
    original = f"خبر رقم {i}\n\n" + (unit * (size // len(unit) + 1))[:size]
    step = len(unit)
    mentions = [
        Mention(Span(k * step + 5, k * step + 12), f"Q{k % 4}", "name" if k % 2 else "title")
        for k in range(10)
    ]
    actors = {f"Q{k}": Actor(f"Q{k}", f"Actor {k}", "person", "Egypt", ["الوزير"]) for k in range(4)}
    times = [TimeExpression(Span(k * 200, k * 200 + 12), "", f"2024-01-{k + 1:02d}") for k in range(3)]
    events = [
        Event(
            "phone_call",
            participants=[ActorRef("Actor 0", "Egypt"), ActorRef("Actor 1", "Jordan")],
            date="2024-01-01",
            evidence=[Span(0, 90)],
            trigger="اتصالا هاتفيا",
            local_id=f"s{i}:e1",
        ),
        Event(
            "visit",
            source=[ActorRef("Actor 2", "Egypt")],
            target=[ActorRef("Jordan", "Jordan", "country")],
            status="planned",
            evidence=[Span(100, 190)],
            local_id=f"s{i}:e2",
        ),
    ]
    return Article(
        id=f"s{i}",
        original=original,
        headline=Span(0, original.index("\n")),
        body=Span(original.index("\n") + 2, len(original)),
        outlet="Synthetic",
        published="2024-01-01",
        content_hash=f"h{i}",
        paragraphs=[Span(0, len(original))],
        sentences=[Sentence(Span(k * step, (k + 1) * step), 0) for k in range(size // step)],
        mentions=mentions,
        actors=actors,
        times=times,
        events=events,
        quotes=[Quote("Actor 0", Span(300, 350), "قال", Span(290, 294))],
    )
