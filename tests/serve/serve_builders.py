"""A store of the example articles with a hand-written analysis, for API, UI and export tests.

Why hand-written: these tests check the service and the exports, not the extraction stages, so they need an
analysis that does not move when the stages improve. The articles are the real seeds of ``examples/seeds``
(ingested by the real readers); events, quotes, mentions, times and stories follow the gold analysis, with
evidence spans found in the text. One extra article carries HTML markup in its text.

(A uniquely named module rather than conftest.py, so the import cannot collide with other test folders.)
"""

from __future__ import annotations

from pathlib import Path

from marsad.ingest import iter_inputs
from marsad.model import Actor, ActorRef, Article, Event, Mention, Quote, Span, Story, TimeExpression
from marsad.store import Store

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "examples" / "seeds"
SCREENSHOTS = REPO / "artifacts" / "screenshots"  # test artifacts (gitignored)
PIPELINE = "test-analysis-1"

PUTIN = ActorRef("Vladimir Putin", "Russia", "person", "per:vladimir-putin")
BIDEN = ActorRef("Joe Biden", "United States", "person", "per:joe-biden")
NULAND = ActorRef("Victoria Nuland", "United States", "person", "per:victoria-nuland")
USHAKOV = ActorRef("Yuri Ushakov", "Russia", "person", "per:yuri-ushakov")
SISI = ActorRef("Abdel Fattah el-Sisi", "Egypt", "person", "per:abdel-fattah-el-sisi")
XI = ActorRef("Xi Jinping", "China", "person", "per:xi-jinping")
RUSSIA = ActorRef("Russia", "Russia", "country", "RU")
USA = ActorRef("United States", "United States", "country", "US")

ACTORS = {
    "per:vladimir-putin": Actor("per:vladimir-putin", "Vladimir Putin", "person", "Russia", ["بوتين"]),
    "per:joe-biden": Actor("per:joe-biden", "Joe Biden", "person", "United States", ["بايدن"]),
    "per:dmitry-peskov": Actor("per:dmitry-peskov", "Dmitry Peskov", "person", "Russia", ["بيسكوف"]),
}
NAMES = {"per:vladimir-putin": "بوتين", "per:joe-biden": "بايدن", "per:dmitry-peskov": "بيسكوف"}

SCRIPT_ID = "005_script_markup"
SCRIPT_TEXT = (
    "بيسكوف: <b>لا تعليق</b> على الاتصال\n\n"
    "قال المتحدث باسم الكرملين ديمتري بيسكوف إن <script>window.__pwned = 1;</script> الاتصال الهاتفي "
    "بين بوتين وبايدن جرى كما هو مقرر، و<img src=x onerror=\"window.__pwned=2\"> لا تعليق إضافيا.\n"
)

# per seed: outlet/published fixes (the readers find no date in plain files), story, events and quotes
# (speaker, a unique fragment of the quoted words).
PLAN: dict[str, dict] = {
    "000_8b55ec73970d2136": {
        "published": "2021-12-30", "story": "s-1",
        "events": [
            ("phone_call", [PUTIN, BIDEN], [], [], "2021-12-30", "2021-12-30T23:30:00+03:00", "planned",
             "Vladimir Putin", "e-1", "المحادثة الهاتفية المقررة"),
            ("message", [], [PUTIN], [BIDEN], "2021-12-30", None, "occurred", None, "e-2", "برقية تهنئة"),
        ],
        "quotes": [("Dmitry Peskov", "إن الاتصال الهاتفي المرتقب يأتي بمبادرة من الرئيس بوتين")],
        "times": [("اليوم الخميس", "2021-12-30")],
    },
    "001_f32835be263a78da": {
        "published": "2021-12-30", "story": "s-1",
        "events": [
            ("phone_call", [PUTIN, BIDEN], [], [], "2021-12-30", "2021-12-30T23:30:00+03:00", "planned",
             "Vladimir Putin", "e-1", "من المقرر إجراء محادثة هاتفية بين بوتين وبايدن"),
            ("negotiation", [RUSSIA, USA], [], [], "2022-01-10/2022-01-12", None, "planned", None, "e-3",
             "الغرض من المحادثة واضح"),
        ],
        "quotes": [("Dmitry Peskov", "بمبادرة من بوتين والوقت المحدد لها")],
        "times": [("اليوم الخميس", "2021-12-30")],
    },
    "002_3c0a5700d501b69e": {
        "published": "2021-12-29", "story": "s-1", "outlet": "Sputnik",
        "events": [
            # reported for the next day and without the time: a conflict with the other two reports
            ("phone_call", [PUTIN, BIDEN], [], [], "2021-12-31", None, "planned", "Vladimir Putin", "e-1",
             "من المقرر إجراء اتصال هاتفي بين الرئيس الروسي"),
        ],
        "quotes": [("Dmitry Peskov", "بالفعل من المقرر إجراء محادثة هاتفية بين بوتين والرئيس الأمريكي")],
        "times": [("اليوم الأربعاء", "2021-12-29")],
    },
    "003_7bad17a748cfddeb": {
        "published": "2021-10-14", "story": "s-2",
        "events": [
            ("visit", [], [NULAND], [RUSSIA], None, None, "occurred", None, "e-4", "إن نولاند بحثت في موسكو"),
            ("meeting", [USHAKOV, NULAND], [], [], "2021-10-13", None, "occurred", None, "e-5",
             "خلال استقبال أوشاكوف"),
        ],
        "quotes": [],
        "times": [],
    },
    "004_bd41f4d4b492a657": {
        "published": "2025-01-21", "story": "s-3",
        "events": [
            ("phone_call", [PUTIN, SISI], [], [], "2025-01-21", None, "occurred", None, "e-6",
             "بهذه المحادثة الهاتفية"),
            ("video_call", [PUTIN, XI], [], [], "2025-01-21", None, "occurred", None, "e-7",
             "المحادثة بين الرئيس بوتين والرئيس شي جين بينغ"),
        ],
        "quotes": [("Yuri Ushakov", "كانت مفصلة وجرت في جو ودي")],
        "times": [],
    },
    SCRIPT_ID: {
        "published": "2021-12-31", "story": "s-1", "outlet": "Test Wire",
        "events": [
            ("phone_call", [PUTIN, BIDEN], [], [], "2021-12-30", None, "occurred", None, "e-1",
             "الاتصال الهاتفي بين بوتين وبايدن"),
        ],
        "quotes": [("Dmitry Peskov", "<script>window.__pwned = 1;</script>")],
        "times": [],
    },
}  # fmt: skip


def _span(text: str, needle: str) -> Span:
    i = text.index(needle)
    return Span(i, i + len(needle))


def _sentence(text: str, span: Span) -> Span:
    """The line around a span (the evidence shown for an event)."""
    s = text.rfind("\n", 0, span.start) + 1
    e = text.find("\n", span.end)
    return Span(s, len(text) if e < 0 else e)


def seed_files(tmp: Path) -> Path:
    """A copy of ``examples/seeds`` plus the markup article, in ``tmp`` (for `marsad analyze` runs)."""
    tmp.mkdir(parents=True, exist_ok=True)
    for f in sorted(SEEDS.glob("*.txt")):
        (tmp / f.name).write_bytes(f.read_bytes())
    (tmp / f"{SCRIPT_ID}.txt").write_text(SCRIPT_TEXT, encoding="utf-8")
    return tmp


def analyzed_articles(tmp: Path) -> list[Article]:
    """The seed articles (and the markup article) as ingested, with the hand-written analysis."""
    out = []
    for a in iter_inputs([str(seed_files(tmp))]):
        assert isinstance(a, Article), a
        plan = PLAN[a.id]
        a.published = plan["published"]
        a.outlet = plan.get("outlet", a.outlet)
        a.url = f"https://news.example/{a.id}?a=1&b=<x>"
        a.story = plan["story"]
        for n, (typ, parts, src, tgt, dt, tm, status, init, eid, needle) in enumerate(plan["events"]):
            trig = _span(a.original, needle)
            a.events.append(
                Event(type=typ, participants=list(parts), source=list(src), target=list(tgt), date=dt, time=tm,
                      status=status, initiator=init, evidence=[_sentence(a.original, trig), trig],
                      trigger=needle, id=eid, local_id=f"{a.id}:e{n + 1}")
            )  # fmt: skip
        for speaker, frag in plan["quotes"]:
            sp = _span(a.original, frag)
            a.quotes.append(Quote(speaker, sp, "قال", None, a.original[sp.start : sp.end]))
        for phrase, value in plan["times"]:
            sp = _span(a.original, phrase)
            a.times.append(TimeExpression(sp, phrase, value))
        for actor_id, name in NAMES.items():
            start = a.original.find(name)
            if start >= 0:
                a.mentions.append(Mention(Span(start, start + len(name)), actor_id, "name", name))
                a.actors[actor_id] = ACTORS[actor_id]
        out.append(a)
    return out


def build_store(path: Path, tmp: Path) -> Path:
    """A store file at ``path`` holding :func:`analyzed_articles`, their stories and a merged story alias."""
    arts = analyzed_articles(tmp)
    with Store(path) as store:
        for a in arts:
            store.put(a, PIPELINE)
        for sid in ("s-1", "s-2", "s-3"):
            members = [a for a in arts if a.story == sid]
            title = min(members, key=lambda a: (a.published, a.id)).headline_text
            store.put_story(Story(sid, title, [a.id for a in members]))
        store.put_story(Story("s-0", "old cluster", []))
        store.story_alias("s-0", "s-1")  # an earlier id of the Putin–Biden story keeps resolving
    return path
