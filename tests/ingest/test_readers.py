"""Readers and the batch entry point: formats, encodings, bad inputs, ids, stdin, real corpora."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from marsad.errors import CODES, InputError
from marsad.ingest import content_hash, iter_inputs, published_date, reader_for
from marsad.ingest.build import url_day
from marsad.model import Article

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
SEEDS = REPO / "examples" / "seeds"

# seed 001_f32835be263a78da, first lines (headline printed twice, UrduPoint dateline)
SEED_LIKE = (
    "الكرملين: بمبادرة من الرئيس الروسي من المقرر إجراء محادثة هاتفية بين بوتين وبايدن\n\n"
    "الكرملين: بمبادرة من الرئيس الروسي من المقرر إجراء محادثة هاتفية بين بوتين وبايدن\n\n"
    "( أردو بوینت نتورك ۔ / سبوتنيك - 30 ديسمبر 2021ء) صرح المتحدث الرسمي باسم الرئاسة الروسية، "
    "ديمتري بيسكوف، اليوم الخميس، أن المحادثة الهاتفية المقررة اليوم تأتي بمبادرة من روسيا.\n"
)
PLAIN = "بوتين يتصل ببايدن\nموسكو - (رويترز) - قال الكرملين اليوم إن بوتين اتصل بنظيره الأمريكي جو بايدن.\n"


def _split(items: list) -> tuple[list[Article], list[InputError]]:
    arts = [x for x in items if isinstance(x, Article)]
    errs = [x for x in items if isinstance(x, InputError)]
    assert len(arts) + len(errs) == len(items)
    return arts, errs


def _record(i: int, **kw: object) -> str:
    rec = {"id": f"r{i}", "title": f"عنوان الخبر {i}", "text": f"نص الخبر رقم {i} عن زيارة الرئيس.", **kw}
    return json.dumps(rec, ensure_ascii=False)


@pytest.fixture()
def batch_dir(tmp_path: Path) -> Path:
    """Good files among bad ones: each bad file must give exactly one error naming it."""
    d = tmp_path / "batch"
    (d / "sub").mkdir(parents=True)
    (d / ".hidden").mkdir()
    (d / "good.txt").write_text(PLAIN, encoding="utf-8")
    (d / "sub" / "good.txt").write_text(SEED_LIKE, encoding="utf-8")  # same stem: ids become paths
    (d / "bom.txt").write_bytes(b"\xef\xbb\xbf" + PLAIN.encode("utf-8"))
    (d / "win1256.txt").write_bytes(PLAIN.encode("cp1256"))
    (d / "utf16.txt").write_bytes(PLAIN.encode("utf-16"))
    (d / "noext").write_text(PLAIN, encoding="utf-8")
    (d / "binary.dat").write_bytes(bytes(range(256)) * 8)
    (d / "empty.txt").write_text("  \n\n \t\n", encoding="utf-8")
    (d / "latin1.txt").write_bytes("Crème brûlée à Paris, déjà vu.".encode("latin-1"))
    (d / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (d / ".hidden" / "skipped.txt").write_text(PLAIN, encoding="utf-8")
    (d / ".skipped.txt").write_text(PLAIN, encoding="utf-8")
    lines = [_record(i) for i in range(5)]
    lines.insert(2, '{"id": "broken", "title": ')
    (d / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    gz = gzip.compress(("\n".join(_record(10 + i) for i in range(40)) + "\n").encode("utf-8"))
    (d / "truncated.jsonl.gz").write_bytes(gz[: len(gz) * 2 // 3])
    return d


def test_readers_bad_files_one_error_each(batch_dir: Path) -> None:
    arts, errs = _split(list(iter_inputs([str(batch_dir)])))
    by_file = {Path(e.source.split(":")[0]).name: e for e in errs}
    assert len(by_file) == len(errs), [str(e) for e in errs]  # exactly one error per bad file
    expected = {
        "binary.dat": "E003",
        "empty.txt": "E004",
        "latin1.txt": "E002",
        "picture.png": "E009",
        "records.jsonl": "E006",
        "truncated.jsonl.gz": "E008",
    }
    assert {name: e.code for name, e in by_file.items()} == expected
    for e in errs:
        assert e.code in CODES
        assert str(batch_dir) in str(e)  # the one-line message names the file
    assert by_file["records.jsonl"].source.endswith("records.jsonl:3")
    ids = [a.id for a in arts]
    assert "good" in ids and "sub/good" in ids  # shared stem made unique with the relative path
    assert {"bom", "win1256", "utf16", "noext", "r0", "r1", "r2", "r3", "r4"} <= set(ids)
    assert not any("skipped" in a.id for a in arts)
    truncated = [a for a in arts if a.source_path and "truncated" in a.source_path]
    assert truncated and [a.id for a in truncated] == [f"r{10 + i}" for i in range(len(truncated))]
    assert f"after line {len(truncated)}" in by_file["truncated.jsonl.gz"].detail


def test_readers_decoded_files_are_identical(batch_dir: Path) -> None:
    arts, _ = _split(list(iter_inputs([str(batch_dir)])))
    by_id = {a.id: a for a in arts}
    for name in ("bom", "win1256", "utf16", "noext"):
        assert by_id[name].original == PLAIN, name  # BOM stripped, every encoding to the same text
        assert by_id[name].content_hash == by_id["good"].content_hash


def test_readers_input_order_and_sorted_walk(batch_dir: Path) -> None:
    items = list(iter_inputs([str(batch_dir / "sub"), str(batch_dir / "good.txt"), "/nonexistent/x.txt"]))
    assert [getattr(x, "id", None) or x.code for x in items] == ["sub/good", "good", "E001"]
    assert isinstance(items[1], Article) and items[1].source_path == str(batch_dir / "good.txt")


def test_readers_duplicate_ids_give_e011(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(_record(1) + "\n" + _record(1) + "\n", encoding="utf-8")
    arts, errs = _split(list(iter_inputs([str(f)])))
    assert [a.id for a in arts] == ["r1"]
    assert [e.code for e in errs] == ["E011"] and errs[0].source.endswith("a.jsonl:2")


def test_readers_oversized_text_file(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text(PLAIN * 50, encoding="utf-8")
    (err,) = list(iter_inputs([str(f)], max_bytes=1000))
    assert isinstance(err, InputError) and err.code == "E005" and "big.txt" in str(err)


def test_readers_headline_only_record_is_an_article(tmp_path: Path) -> None:
    f = tmp_path / "h.jsonl"
    f.write_text('{"id": "x", "title": "مونديال 2018: مرحلة المجموعات بالأرقام", "text": ""}\n', encoding="utf-8")
    (a,) = list(iter_inputs([str(f)]))
    assert isinstance(a, Article) and a.headline_text.startswith("مونديال")


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("[1, 2]", "E010"),  # valid JSON, not an object
        ('{"id": "x"}', "E007"),  # neither headline nor text
        ('{"id": "x", "title": " ", "text": "   "}', "E007"),
        ('{"id": "x", "title": 5, "text": "نص"}', "E010"),
        ('{"id": ["x"], "title": "t", "text": "نص"}', "E010"),
        ('{"id": "x", "text": "نص", ', "E006"),
    ],
)
def test_readers_bad_records(tmp_path: Path, line: str, code: str) -> None:
    f = tmp_path / "r.jsonl"
    f.write_text(line + "\n" + _record(7) + "\n", encoding="utf-8")
    arts, errs = _split(list(iter_inputs([str(f)])))
    assert [e.code for e in errs] == [code] and errs[0].source.endswith("r.jsonl:1")
    assert [a.id for a in arts] == ["r7"]  # the next record still loads


def test_readers_wrong_typed_optional_field_is_ignored(tmp_path: Path) -> None:
    f = tmp_path / "r.jsonl"
    f.write_text(_record(1, published={"when": "today"}) + "\n", encoding="utf-8")
    arts, errs = _split(list(iter_inputs([str(f)])))
    assert [e.code for e in errs] == ["E010"]
    assert len(arts) == 1 and arts[0].published is None


def test_readers_record_fields_and_spans(tmp_path: Path) -> None:
    rec = {
        "id": "AL-internationalNews-923-20180416",
        "source": "alarabia",
        "url_or_origin": "http://www.alarabiya.net/ar/arab-and-world/2018/04/16/x.html",
        "published": "2018-04-16T01:46:43+04:00",
        "date_kind": "publication timestamp from RSS <TIME>",
        "category": "internationalNews",
        "author": "بيونغ يانغ - أسوشيتد برس",
        "abstract": "التقى الزعيم الكوري الشمالي",
        "title": "زعيم كوريا الشمالية يلتقي دبلوماسيا صينيا رفيعا",
        "text": "التقى الزعيم الكوري الشمالي #كيم_جونغ_أون، السبت، دبلوماسيا صينيا رفيع المستوى.",
    }
    f = tmp_path / "ant.jsonl"
    f.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    (a,) = list(iter_inputs([str(f)]))
    assert isinstance(a, Article)
    assert a.original == rec["title"] + "\n\n" + rec["text"]
    assert a.headline.of(a.original) == rec["title"] and a.body.of(a.original) == rec["text"]
    assert a.outlet == "Al Arabiya" and a.url == rec["url_or_origin"]
    assert (a.published, a.published_source, a.published_meta) == ("2018-04-16", "metadata", rec["published"])
    assert a.source_path == f"{f}:1"
    for key in ("abstract", "category", "author", "date_kind"):
        assert a.metadata[key] == rec[key]
    assert a.agency is None  # the author field is metadata, not a credit in the text


def test_readers_record_mapping(tmp_path: Path) -> None:
    rec = {
        "doc": "n-1",
        "headline": "ولي العهد السعودي يستقبل ولي عهد أبوظبي",
        "body": "وصل إلى مدينة جدة، الأربعاء، ولي عهد أبوظبي الشيخ محمد بن زايد.",
        "date": "2018-06-06T10:00:00+03:00",
        "site": "sabq",
        "link": "https://sabq.org/abc",
        "lang": "ar",
    }
    f = tmp_path / "other.jsonl"
    f.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    mapping = {
        "id": "doc",
        "title": "headline",
        "text": "body",
        "published": "date",
        "source": "site",
        "url": "link",
    }
    (a,) = list(iter_inputs([str(f)], mapping=mapping))
    assert isinstance(a, Article)
    assert (a.id, a.headline_text, a.outlet, a.published, a.url) == (
        "n-1",
        rec["headline"],
        "Sabq",
        "2018-06-06",
        "https://sabq.org/abc",
    )
    assert a.metadata == {"lang": "ar", "source": "sabq"}
    # unmapped, the same record has no text (and no title)
    (err,) = list(iter_inputs([str(f)]))
    assert isinstance(err, InputError) and err.code == "E007"


def test_readers_record_without_id_and_unknown_source(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl.gz"
    lines = [json.dumps({"title": "خبر", "text": "نص", "source": "newpaper"}, ensure_ascii=False)] * 2
    f.write_bytes(gzip.compress(("\n\n".join(lines) + "\n").encode("utf-8")))
    arts, errs = _split(list(iter_inputs([str(f)])))
    assert not errs
    assert [a.id for a in arts] == ["feed-1", "feed-3"]  # <file stem>-<line no>
    assert arts[0].outlet == "newpaper"  # an unknown source code stays as given


def test_readers_json_array_file(tmp_path: Path) -> None:
    f = tmp_path / "list.json"
    recs = [{"title": "أ", "text": "نص أول"}, {"id": "x2", "title": "ب", "text": "نص ثان"}]
    f.write_text(json.dumps(recs, ensure_ascii=False), encoding="utf-8")
    arts, errs = _split(list(iter_inputs([str(f)])))
    assert not errs and [a.id for a in arts] == ["list-1", "x2"]


def test_readers_stdin_plain_text() -> None:
    items = list(iter_inputs(["-"], stdin=io.StringIO(SEED_LIKE)))
    (a,) = items
    assert isinstance(a, Article) and a.id == "stdin-1" and a.source_path == "stdin"
    assert a.outlet == "UrduPoint" and a.agency == "Sputnik"


def test_readers_stdin_json_lines() -> None:
    data = "\n".join([_record(1), json.dumps({"title": "ت", "text": "نص"}, ensure_ascii=False), "{oops"])
    arts, errs = _split(list(iter_inputs(["-"], stdin=io.StringIO(data + "\n"))))
    assert [a.id for a in arts] == ["r1", "stdin-2"]
    assert [(e.code, e.source) for e in errs] == [("E006", "stdin:3")]


def test_readers_stdin_binary_windows_1256() -> None:
    stream = io.TextIOWrapper(io.BytesIO(PLAIN.encode("cp1256")), encoding="utf-8")
    (a,) = list(iter_inputs(["-"], stdin=stream))
    assert isinstance(a, Article) and a.original == PLAIN


def test_readers_html_page(tmp_path: Path) -> None:
    html = (
        "<html><head><title>السيسي يزور السودان | سكاي نيوز عربية</title>"
        '<meta property="og:title" content="السيسي يزور السودان في أكتوبر القادم">'
        '<meta property="og:site_name" content="سكاي نيوز عربية">'
        '<meta property="article:published_time" content="2018-05-29T18:38:54+00:00">'
        '<link rel="canonical" href="https://www.skynewsarabia.com/middle-east/1052067"></head>'
        '<body><nav><a href="/">الرئيسية</a></nav><article><h1>السيسي يزور السودان في أكتوبر القادم</h1>'
        "<p>قال وزير الخارجية السوداني الدرديري محمد الثلاثاء خلال زيارة للقاهرة إن الرئيس المصري "
        "عبد الفتاح السيسي سيزور الخرطوم في أكتوبر لإبرام عدة اتفاقيات ثنائية.</p>"
        "<p>وجاء كلام الدرديري خلال المؤتمر الصحفي المشترك مع وزير الخارجية المصري سامح شكري في "
        "العاصمة المصرية القاهرة، حسب ما أوردت رويترز.</p></article></body></html>"
    )
    f = tmp_path / "page.html"
    f.write_text(html, encoding="utf-8")
    (a,) = list(iter_inputs([str(f)]))
    assert isinstance(a, Article)
    assert a.id == "page" and a.headline_text == "السيسي يزور السودان في أكتوبر القادم"
    assert a.outlet == "Sky News Arabia" and a.agency == "Reuters" and a.published == "2018-05-29"
    assert "الرئيسية" not in a.text  # navigation is not main text
    assert [a.span_text(s) for s in a.removed] == [a.headline_text]  # the <h1> repeating the title


def test_readers_registry_by_suffix() -> None:
    assert reader_for(Path("a.jsonl.gz")).name == "jsonl"
    assert reader_for(Path("a.JSON")).name == "jsonl"
    assert reader_for(Path("a.htm")).name == "html"
    assert reader_for(Path("notes")).name == "text"
    assert reader_for(Path("notes.ar")).name == "text"  # unknown suffix: read as text
    assert reader_for(Path("scan.pdf")) is None


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("2018-04-16T01:46:43+04:00", "2018-04-16"),  # the date in the timestamp's own offset
        ("2018-04-15T23:30:00-05:00", "2018-04-15"),
        ("2015-07-21T02:39:23", "2015-07-21"),
        ("2021-12-30", "2021-12-30"),
        ("Mon, 16 Apr 2018 01:46:43 +0400", "2018-04-16"),
        (1524000000, "2018-04-17"),
        ("2018-02-30T00:00:00", None),
        ("yesterday", None),
        (None, None),
    ],
)
def test_readers_published_date(value: object, date: str | None) -> None:
    assert published_date(value) == date


@pytest.mark.parametrize(
    ("url", "stamp", "day"),
    [
        # crawled shortly after midnight, the address gives the day before: the article's day
        ("http://www.aleqt.com/2015/07/20/article_975013.html", "2015-07-21T02:48:00", "2015-07-20"),
        ("http://www.al-jazirah.com/2015/20150805/ln21.htm", "2015-08-06T01:31:00", "2015-08-05"),
        # not in the day, nor a print paper's issue of tomorrow, nor an address with no date
        ("http://www.aleqt.com/2015/07/20/article_975013.html", "2015-07-21T10:48:00", None),
        ("http://www.al-jazirah.com/2015/20150806/ln21.htm", "2015-08-05T01:31:00", None),
        ("http://sabq.org/wzCgde", "2015-07-21T02:39:23", None),
    ],
)
def test_readers_the_day_an_address_gives_after_a_night_crawl(url: str, stamp: str, day: str | None) -> None:
    assert url_day(url, stamp, published_date(stamp)) == day


def test_readers_content_hash_ignores_whitespace_and_boilerplate(tmp_path: Path) -> None:
    body = "قال الكرملين إن بوتين اتصل ببايدن.\nوبحث الجانبان العلاقات الثنائية."
    a = tmp_path / "a.jsonl"
    a.write_text(
        "\n".join(
            json.dumps(r, ensure_ascii=False)
            for r in [
                {"id": "x", "title": "اتصال", "text": body},
                {"id": "y", "title": "اتصال", "text": body.replace(" ", "  ") + "\n// انتهى //"},
                {"id": "z", "title": "اتصال", "text": body.replace("بايدن", "ماكرون")},
            ]
        ),
        encoding="utf-8",
    )
    x, y, z = list(iter_inputs([str(a)]))
    assert isinstance(x, Article) and isinstance(y, Article) and isinstance(z, Article)
    assert x.content_hash == y.content_hash != z.content_hash
    assert len(x.content_hash) == 32 and x.content_hash == content_hash(x.text)


# ---------------------------------------------------------------- shipped seeds and real data

SEED_GOLD = {  # outlet and agency of ../shared/eval/seeds.gold.jsonl
    "000_8b55ec73970d2136": (None, None),
    "001_f32835be263a78da": ("UrduPoint", "Sputnik"),
    "002_3c0a5700d501b69e": (None, None),
    "003_7bad17a748cfddeb": ("Pakistan Point News", "Sputnik"),
    "004_bd41f4d4b492a657": ("Webangah", "Tasnim"),
}
SEED_HEADLINES = {
    "000_8b55ec73970d2136": "بعث الرئيس الروسي، فلاديمير بوتين، برقية تهنئة",
    "001_f32835be263a78da": "الكرملين: بمبادرة من الرئيس الروسي من المقرر إجراء محادثة هاتفية",
    "002_3c0a5700d501b69e": "المتحدث باسم الرئاسة الروسية: اتصال هاتفي بين بوتين وبايدن مساء الغد",
    "003_7bad17a748cfddeb": "الكرملين: موسكو وواشنطن توصلتا إلى تفاهم بشأن اتصالات جديدة",
    "004_bd41f4d4b492a657": "وشكر بوتين على جهود مصر في التوصل إلى اتفاق بين إسرائيل وحماس",
}


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    arts, errs = _split(list(iter_inputs([str(SEEDS)])))
    assert not errs
    return {a.id: a for a in arts}


@pytest.mark.parametrize("seed_id", sorted(SEED_GOLD))
def test_readers_seeds_outlet_agency_headline(seeds: dict[str, Article], seed_id: str) -> None:
    a = seeds[seed_id]
    assert (a.outlet, a.agency) == SEED_GOLD[seed_id]
    assert a.headline_text.startswith(SEED_HEADLINES[seed_id])
    assert a.published is None and a.published_source is None  # the time stage reads the dateline
    assert a.original == (SEEDS / f"{seed_id}.txt").read_text(encoding="utf-8")
    assert len(a.text) == len(a.original)


def test_readers_seed_repeated_headline_blanked(seeds: dict[str, Article]) -> None:
    a = seeds["001_f32835be263a78da"]
    first = a.removed[0]
    assert a.span_text(first) == a.headline_text and first.start > a.headline.end
    assert a.text[first.start : first.end].strip() == ""
    assert a.body.start > first.end and a.text[a.body.start] == "("  # the body starts at the dateline
    assert a.span_text(a.dateline) == "( أردو بوینت نتورك ۔ / سبوتنيك - 30 ديسمبر 2021ء)"


def test_readers_seeds_match_shared_gold(seeds: dict[str, Article]) -> None:
    gold_file = SHARED / "eval" / "seeds.gold.jsonl"
    if not gold_file.exists():
        pytest.skip("../shared is absent")
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        a = seeds[g["id"]]
        assert (a.outlet, a.agency) == (g["outlet"], g["agency"]), g["id"]


def test_readers_dev_input_loads_all_28() -> None:
    dev = SHARED / "eval" / "dev.input.jsonl"
    gold_file = SHARED / "eval" / "dev.gold.jsonl"
    if not dev.exists() or not gold_file.exists():
        pytest.skip("../shared is absent")
    arts, errs = _split(list(iter_inputs([str(dev)])))
    assert not errs and len(arts) == 28
    gold = {g["id"]: g for g in map(json.loads, gold_file.read_text(encoding="utf-8").splitlines())}
    for a in arts:
        g = gold[a.id]
        assert (a.outlet, a.agency) == (g["outlet"], g["agency"]), a.id
        assert a.published == g["published"], a.id


@pytest.mark.slow
def test_readers_whole_ant_corpus_loads() -> None:
    """Every record of the 31,525-article corpus loads (speed is measured by `marsad bench`, not here)."""
    corpus = SHARED / "corpus" / "ant_multisource.jsonl.gz"
    if not corpus.exists():
        pytest.skip("../shared is absent")
    items = list(iter_inputs([str(corpus)]))
    arts = [x for x in items if isinstance(x, Article)]
    errors = [x for x in items if not isinstance(x, Article)]
    assert len(arts) == 31525 and not errors  # two records are headlines without a body: still articles
