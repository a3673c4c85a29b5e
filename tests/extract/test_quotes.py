import importlib.util
import json
from pathlib import Path

import pytest

from marsad.extract.entities import EntityStage
from marsad.extract.quotes import QuoteStage, cue_lexicon, quotations
from marsad.extract.segmenter import SegmentStage
from marsad.extract.times import TimeStage
from marsad.ingest import iter_inputs
from marsad.model import Article, Span
from marsad.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.fixture(scope="module")
def stages() -> list:
    return [SegmentStage(), EntityStage(), QuoteStage()]


def run(stages: list, text: str, published: str = "2018-06-01", blanked: str | None = None) -> Article:
    a = Article(id="t", original=text, text=blanked or "")
    a.published = published
    for st in stages:
        a = st(a)
    return a


def found(a: Article) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in a.quotes]


def test_quotes_stage_contract() -> None:
    st = QuoteStage()
    assert st.name.startswith("quotes.rules.v")
    assert st.requires == ("sentences", "mentions")
    assert st.assigns == ("quotes",)
    Pipeline([SegmentStage(), TimeStage(), EntityStage(), st])  # order check passes


def test_quotes_cue_verbs_keep_their_meaning_for_the_events_stage() -> None:
    from marsad.extract.common import load_data

    verbs = load_data("quotes/cues.yaml")["verbs"]
    assert all(isinstance(v, str) for v in verbs)
    for v in ("قال", "أكد", "أضاف", "أوضح", "صرح", "شدد", "أشار", "لفت", "تابع", "أردف", "ذكر", "نفى"):
        assert v in verbs
    from marsad.text.normalize import match_key

    hits = cue_lexicon().find(match_key("وقال بيسكوف وأضاف الانتقال فقالت بحسب"))
    assert [(h[2].verb, h[3]) for h in hits] == [(True, "و"), (True, "و"), (True, "ف"), (True, "")]
    assert hits[-1][2].trailing


# ------------------------------------------------------------------------------------------ quotation marks
@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ('قال بيسكوف: "في المستقبل القريب".', ["في المستقبل القريب"]),
        ("وقال: «نحن لا نستبعد أيضًا أن تكون مشاورات (موسكو3) جزءًا من عملية».", [
            "نحن لا نستبعد أيضًا أن تكون مشاورات (موسكو3) جزءًا من عملية"]),
        # nested guillemets stay inside the outer quotation
        ("وقال إن «المرصد تلقى معلومات عن «الفرقة 30» أمس».", ["المرصد تلقى معلومات عن «الفرقة 30» أمس"]),
        # reversed curly marks (SK-middleEast-952-20180411)
        ("وقالت للصحفيين: ”نعتقد أنه ينبغي محاسبة المسؤولين“.", ["نعتقد أنه ينبغي محاسبة المسؤولين"]),
        # an opening mark never closed ends with its sentence (seed 004: a second “ opens the next quote)
        ("وأوضح أوشاكوف: “يجب أن أؤكد أن القضيتين لا علاقة بينهما. وعادة ما يجري الزعيمان محادثة. "
         "وأضاف: “كانت مفصلة”.", ["يجب أن أؤكد أن القضيتين لا علاقة بينهما", "كانت مفصلة"]),
        # SK-internationalNews-264-20180310 (held-out): a straight quotation inside a straight one («قال "نعم»)
        # leaves the outer one open; the next cue's quotation starts afresh
        ('وتابع "هذا الأسبوع مدير السجن قال "نعم، لقد وافقت على إطلاق سراحها. لذا، هناك أمور تعرقل ذلك". وأضاف '
         '"رسالة اليوم لوزير الخارجية هي أنني أرغب في لقائه". وتابعت "لن نعلق على كل صغيرة".',
         ['هذا الأسبوع مدير السجن قال "نعم، لقد وافقت على إطلاق سراحها', "رسالة اليوم لوزير الخارجية هي أنني أرغب في "
          "لقائه", "لن نعلق على كل صغيرة"]),
        # AL-internationalNews-127-20180220 (corpus): quoted names inside a quotation stay inside it
        ('وتابع جعجع: "أين قوى 14 آذار؟ أنا لا أخفي أن المواطنين يؤيدون مبادئ "ثورة الأرز" و"14 آذار" حتى اليوم".',
         ['أين قوى 14 آذار؟ أنا لا أخفي أن المواطنين يؤيدون مبادئ "ثورة الأرز" و"14 آذار" حتى اليوم']),
    ],
)
def test_quotes_quotations_inside_marks(text: str, inside: list[str]) -> None:
    paras = [Span(0, len(text))]
    assert [q.span.of(text) for q in quotations(text, paras)] == inside


def test_quotes_quotation_continues_across_a_paragraph_break() -> None:
    # seed 001: the quotation opens in one paragraph and closes in the next one
    text = 'وأضاف بيسكوف، "الغرض من المحادثة واضح.\n\nوسأشير إلى أنها محادثة هاتفية عادية " .'
    paras = [Span(0, 38), Span(40, len(text))]
    (q,) = quotations(text, paras)
    assert q.span.of(text).startswith("الغرض") and q.span.of(text).endswith("عادية")


def test_quotes_a_cables_guillemets_run_over_many_paragraphs() -> None:
    # err22s snn-2015-07-31-1961: a cable's text, «…» closed six paragraphs later; straight marks stay limited
    lines = ["وقال سموه في نص برقيته:", "«فخامة الرئيس", "يسرني أن أعبر لفخامتكم عن بالغ الشكر", "وقد لمست",
             "وإنني على ثقة", "وتقبلوا فخامتكم", "أخوكم محمد بن سلمان»."]
    text = "\n".join(lines)
    paras, at = [], 0
    for line in lines:
        paras.append(Span(at, at + len(line)))
        at += len(line) + 1
    (q,) = quotations(text, paras)
    assert q.span.of(text).startswith("فخامة") and q.span.of(text).endswith("سلمان")
    straight = text.replace("«", '"').replace("»", '"')
    (q,) = quotations(straight, paras)
    assert q.span.of(straight) == "فخامة الرئيس"


def test_quotes_words_open_the_paragraph_after_a_cue_and_colon(stages: list) -> None:
    # err22s snn-2015-07-31-1961: «وقال سموه في نص برقيته:» ends its paragraph, the cable's words open the next
    a = run(stages, "وبعث ولي ولي العهد الأمير محمد بن سلمان برقية شكر للرئيس المصري عبدالفتاح السيسي. وقال سموه في "
                    "نص برقيته:\n«فخامة الرئيس عبدالفتاح السيسي، يسرني أن أعبر لفخامتكم عن بالغ الشكر والتقدير».",
            "2015-07-31")
    assert [q.speaker for q in a.quotes] == ["Mohammed bin Salman"]


def test_quotes_quotation_reopened_in_the_next_paragraph() -> None:
    text = 'وقالت متحدثة: "أجرينا محادثات صريحة.\n"أبدينا قلقنا إزاء العجز التجاري".'
    paras = [Span(0, 36), Span(37, len(text))]
    (q,) = quotations(text, paras)
    assert "صريحة" in q.span.of(text) and q.span.of(text).endswith("التجاري")


def test_quotes_unbalanced_mark_does_not_swallow_the_next_paragraph() -> None:
    text = 'وقال المسؤول "نعم.\n\nوأضاف: "لا جديد في هذا الملف".'
    paras = [Span(0, 18), Span(20, len(text))]
    assert [q.span.of(text) for q in quotations(text, paras)] == ["نعم", "لا جديد في هذا الملف"]


# ------------------------------------------------------------------------------------------ real sentences
@pytest.mark.parametrize(
    ("article_id", "text", "expected"),
    [
        # VSO subject with an apposition title, quote embedded after «إن»
        ("AL-internationalNews-1983-20180718",
         'وقالت المتحدثة باسم الخارجية #ماريا_زاخاروفا في مؤتمر صحافي، إن "هذا الأمر حصل لهدف واضح هو '
         'التقليل من التأثير الإيجابي" للقمة بين الرئيسين التي عقدت، الاثنين، في هلسنكي.',
         [("Maria Zakharova", "هذا الأمر حصل لهدف واضح هو التقليل من التأثير الإيجابي")]),
        # a relative clause between the speaker and the quote
        ("SK-internationalNews-1079-20180422",
         'وقال ظريف الذي يزور نيويورك لحضور اجتماع للجمعية العامة للأمم المتحدة "الولايات المتحدة لم تفشل '
         'فحسب في تنفيذ ما عليها (في الاتفاق) بل تطلب المزيد".',
         [("Mohammad Javad Zarif", "الولايات المتحدة لم تفشل فحسب في تنفيذ ما عليها (في الاتفاق) بل تطلب المزيد")]),
        # the object of «لقائه» does not speak; two quotations of one cue
        ("AL-internationalNews-1946-20180715",
         'وقال ماكرون لدى لقائه بوتين "أريد تهنئتكم بالأداء الجميل للفريق الروسي" الذي وصل إلى الدور ربع '
         'النهائي "ولعب بكثير من الشجاعة".',
         [("Emmanuel Macron", "أريد تهنئتكم بالأداء الجميل للفريق الروسي"),
          ("Emmanuel Macron", "ولعب بكثير من الشجاعة")]),
        ("SK-middleEast-2999-20180719",
         'من جانبه، قال الشيخ محمد بن زايد :"سعداء بزيارة الصديق العزيز معالي شي جين بينغ الرئيس الصيني الى '
         'دولة الإمارات".',
         [("Mohamed bin Zayed Al Nahyan", "سعداء بزيارة الصديق العزيز معالي شي جين بينغ الرئيس الصيني الى "
           "دولة الإمارات")]),
        # a participle takes the subject of the sentence's cue
        ("snn-2015-08-06-2032",
         'وأضاف بحاح في تصريحات صحفية أن بلاده لن تسمح بأي تدخل إيراني في شؤونها الداخلية، قائلا "طهران كان '
         'دورها سلبيا في هذه الأزمة".',
         [("Khaled Bahah", "طهران كان دورها سلبيا في هذه الأزمة")]),
        ("SK-internationalNews-2553-20180709",
         'وقالت المتحدثة باسم الرئاسة الأميركية سارة ساندرز في مؤتمر صحفي إن "الرئيس يتطلع الى زيارة العمل '
         'التي سيلتقي خلالها رئيسة الوزراء تيريزا ماي".',
         [("Sarah Huckabee Sanders", "الرئيس يتطلع الى زيارة العمل التي سيلتقي خلالها رئيسة الوزراء تيريزا ماي")]),
        # a bare title with its adjective goes back to the person named with it, through a comma («المبعوث الأممي»)
        ("AL-internationalNews-724-20180331",
         'أنهى المبعوث الأممي الجديد إلى اليمن، مارتن غريفيث، السبت، زيارته الأولى إلى صنعاء. وذكر المبعوث الأممي أنه '
         '"قضى جل وقته للإصغاء والاستماع لممثلي المكونات السياسية".',
         [("Martin Griffiths", "قضى جل وقته للإصغاء والاستماع لممثلي المكونات السياسية")]),
        # a person the KB lacks, spelt in Latin letters by the article itself
        ("AL-economy-121-20180227",
         'وأعرب جيروم باول Jerome Powell رئيس المجلس الاحتياطي عن ثقته. وقال باول إن "الاقتصاد قوي جدا هذا العام".',
         [("Jerome Powell", "الاقتصاد قوي جدا هذا العام")]),
        # a participle of speaking between the cue and the quotation («وأضاف متحدثا للصحفيين "…"»)
        ("BB-internationalNews-620-20180607",
         'وقال ترامب إن القمة ستعقد في موعدها. وأضاف متحدثا للصحفيين "إن ما سيحدث بعد ذلك هو المهم".',
         [("Donald Trump", "إن ما سيحدث بعد ذلك هو المهم")]),
        # a person the KB lacks named again by his kunya and family name («أحمد أبو زيد» … «وأضاف أبو زيد»)
        ("SK-middleEast-1654-20180513",
         'وقال المتحدث باسم وزارة الخارجية المصرية أحمد أبو زيد إن الزيارة مهمة. وأضاف أبو زيد، أن الوزيرين '
         'سيستعرضان "القضايا الإقليمية محل الاهتمام المشترك بين البلدين".',
         [("Ahmed Abu Zeid", "القضايا الإقليمية محل الاهتمام المشترك بين البلدين")]),
        # a ministry the curated list leaves out speaks by its statement («وأضاف البيان» goes on with it)
        ("AL-internationalNews-516-20180318",
         'وقالت وزارة الخارجية السويدية في بيان "ناقش وزيرا الخارجية الفرص والتحديات لمواصلة الجهود '
         'الدبلوماسية".\nوأضاف البيان "أكدت السويد على ضرورة أن تفكك كوريا الشمالية أسلحتها النووية".',
         [("Ministry of Foreign Affairs (Sweden)", "ناقش وزيرا الخارجية الفرص والتحديات لمواصلة الجهود الدبلوماسية"),
          ("Ministry of Foreign Affairs (Sweden)", "أكدت السويد على ضرورة أن تفكك كوريا الشمالية أسلحتها النووية")]),
        # an unnamed official speaks for his country; «لرويترز» is the addressee
        ("SK-economy-715-20180603",
         'وقال مسؤول أميركي في جنيف لرويترز ردا على طلب التعقيب "إدارة ترامب جعلت توفير فرص اقتصادية لكل '
         'الأميركيين أولوية".',
         [("United States", "إدارة ترامب جعلت توفير فرص اقتصادية لكل الأميركيين أولوية")]),
        # an organization speaks; «على تويتر» is an adverbial
        ("FR-internationalNews-2064-20180629",
         'وأعلن المجلس الأوروبي على تويتر "اتفق قادة الاتحاد الأوروبي على تمديد العقوبات الاقتصادية على روسيا '
         'لستة أشهر".',
         [("European Council", "اتفق قادة الاتحاد الأوروبي على تمديد العقوبات الاقتصادية على روسيا لستة أشهر")]),
        # «وقال» coordinates with the verb after the opening adverbial: its subject, not Obama
        ("snn-2015-07-23-0029",
         'وفي خطاب متلفز أمس عشية زيارة اوباما، اقر الرئيس الكيني اوهورو كينياتا بوجود تهديد ارهابي، وقال '
         '"بلدنا تحمل هجمات المنحرفين والمجرمين العقائديين".',
         [("Uhuru Kenyatta", "بلدنا تحمل هجمات المنحرفين والمجرمين العقائديين")]),
        # a trailing attribution does not override the cue before
        ("FR-internationalNews-2516-20180729",
         'وصرح أردوغان "سنعقد قمة على حدة في اسطنبول في السابع من أيلول/سبتمبر مع روسيا وألمانيا وفرنسا"، '
         "بحسب ما نقلت عنه الصحف التركية.",
         [("Recep Tayyip Erdoğan", "سنعقد قمة على حدة في اسطنبول في السابع من أيلول/سبتمبر مع روسيا وألمانيا "
           "وفرنسا")]),
        # a headline quote: «X: "…"»
        ("BB-economy-198-20180726",
         'ترامب: "محادثات أمريكية أوروبية لتجنب حرب تجارية شاملة مع الاتحاد الأوروبي"',
         [("Donald Trump", "محادثات أمريكية أوروبية لتجنب حرب تجارية شاملة مع الاتحاد الأوروبي")]),
        # a title phrase whose holder the entity stage resolves, with a relative clause and an object after it
        ("SK-internationalNews-2682-20180717",
         'وتابع الرئيس الأميركي الذي كان يتحدث بعد قمة جمعته مع نظيره الروسي فلاديمير بوتن في هلسنكي، "هذا '
         'النظام لا يريد أن يعرف الناس أننا نقف وراءهم مئة في المئة".',
         [("Donald Trump", "هذا النظام لا يريد أن يعرف الناس أننا نقف وراءهم مئة في المئة")]),
        # the subject is the organization; the person after it belongs to the object («إلغاء ترامب زيارته»)
        ("SK-middleEast-912-20180410",
         'وأعلن البيت الأبيض إلغاء ترامب، زيارته إلى أميركا اللاتينية "للإشراف على الرد الأميركي على سوريا"، قبل '
         'أن يتخذ وزير الدفاع قرارا مماثلا، حسب ما أوردت قناة "فوكس نيوز" الأميركية.',
         [("White House", "للإشراف على الرد الأميركي على سوريا")]),
        # a participle goes with the main verb's subject, after a date label «- 12 مايو:»
        ("snn-2015-08-06-0387",
         "- 12 مايو: وزير الخارجية السعودي عادل الجبير يزور القاهرة، ويشير خلال مؤتمر صحافي جمعه بنظيره المصري "
         "سامح شكري إلى أن التنسيق بين السعودية ومصر مستمر بخصوص اليمن وسوريا، مبينا أنه «لا يوجد خلاف أبدا بين "
         "الرياض والقاهرة».",
         [("Adel al-Jubeir", "لا يوجد خلاف أبدا بين الرياض والقاهرة")]),
        ("snn-2015-07-31-0390",
         'وقال أوباما أثناء تواجده في نيروبي، السبت الماضي: "عندما يبدون استعدادهم لاستهداف أهداف حساسة '
         'ومدنيين، فإن لديهم القدرة على التسبب في الكثير من الدمار".',
         [("Barack Obama", "عندما يبدون استعدادهم لاستهداف أهداف حساسة ومدنيين، فإن لديهم القدرة على التسبب في "
           "الكثير من الدمار")]),
        # a title phrase runs through «عن», «بـ» + its place, and «في» + a place name to the name
        ("SK-internationalNews-1578-20180514",
         'قالت العضوة بمجلس النواب عن حزب الخضر، كارولين لوكاس، في وقت سابق من هذا الأسبوع: "في الوقت الذي '
         'نندفع فيه نحو خروج بريطانيا من الاتحاد الأوروبي".',
         [("Caroline Lucas", "في الوقت الذي نندفع فيه نحو خروج بريطانيا من الاتحاد الأوروبي")]),
        ("FR-middleEast-734-20180705",
         'وفي تغريدة على موقع تويتر، كتب الناشط الإعلامي الموجود في مدينة درعا عمر الحريري "الليلة الأصعب '
         'والأعنف قصفا على درعا منذ بدء الهجمة".',
         [("Omar Al-Hariri", "الليلة الأصعب والأعنف قصفا على درعا منذ بدء الهجمة")]),
        # a time adverbial after the cue is no subject: the SVO subject before it speaks
        ("BB-middleEast-574-20180603",
         'وأوردت الوكالة أن الرئيس السوري قال يوم الأربعاء الماضي "سوف أقوم بالزيارة (لكوريا الشمالية) وأقابل '
         'كيم جونغ-أون".',
         [("Bashar al-Assad", "سوف أقوم بالزيارة (لكوريا الشمالية) وأقابل كيم جونغ-أون")]),
        # «حكومة X» speaks for X; a mark between two whole words is a missing space, not a label
        ("SK-internationalNews-651-20180329",
         'وقالت حكومة الإكوادور في بيان "اتخذ الإجراء ردا على تقاعس أسانج عن الالتزام بتعهد خطي".',
         [("Ecuador", "اتخذ الإجراء ردا على تقاعس أسانج عن الالتزام بتعهد خطي")]),
        ("SK-internationalNews-2095-20180612",
         'وقال البيت الأبيض لاحقا إن المناقشات مع كوريا الشمالية تقدمت"بسرعة أكبر من المتوقع".',
         [("White House", "بسرعة أكبر من المتوقع")]),
    ],
)
def test_quotes_corpus_sentences(stages: list, article_id: str, text: str,
                                 expected: list[tuple[str, str]]) -> None:
    published = "2015-07-25" if article_id.startswith("snn") else "2018-06-01"
    assert found(run(stages, text, published)) == expected


@pytest.mark.parametrize(
    ("article_id", "text"),
    [
        # channel names and short scare quotes (seed 002)
        ("002_3c0a5700d501b69e", 'ونفت زاخاروفا عبر قناة "بيلروس" اعتزام روسيا العودة إلى سياسية "الستار الحديدي" في '
                                 "علاقاتها مع الغرب، ردا على سؤال في هذا الشأن."),
        ("002_3c0a5700d501b69e", "وتشهد العلاقات توترا بسبب زيادة تواجده العسكري بذريعة حماية أوكرانيا من "
                                 '"تهديد روسي محتمل"؛ وهو ما تعتبره موسكو خرقا.'),
        # the speaker after «عن» is unknown: not the agency that reports him
        ("BB-internationalNews-658-20180616",
         'ونقلت وكالة رويترز للأنباء عن المواطن محمد أمير في قندز قوله "لم أصدق عيني، رأيت مسلحي طالبان وقوات '
         'الأمن سويا يلتقطون الصور".'),
        # an unknown subject: the object of the verb (Cameron) does not speak
        ("snn-2015-07-31-0276",
         "ووصف ساذرلاند تصريحات كاميرون بأنها «مبالغ فيها وتهدف إلى زيادة التوترات فيما يتعلق بأعداد الأشخاص "
         "الذين يحاولون دخول بريطانيا»."),
        # a quoted name right after the cue is its subject, not a quote
        ("snn-2015-08-08-0152",
         "وبالتزامن، أفادت «الشبكة الآشورية لحقوق الإنسان» نقلاً عن مراقبين محليين في ريف مدينة حمص، بأن "
         "التنظيم اختطف عشرات العائلات."),
        # a spokesman of a person is not that person
        ("FR-internationalNews-980-20180429",
         'وقال المتحدث باسم مون للصاحفيين: "كيم قال خلال القمة إنه سينفذ عملية إغلاق موقع التجارب النووية في '
         'أيار/مايو".'),
        # «لكنه»: the pronoun is the subject, Iran after the cue is the object
        ("snn-2015-08-06-2418",
         'لكنه دعا ايران الى أن "تخصص القسم الاكبر من هذا المال لتحسين وضع شعبها وعدم تجاهل آماله".'),
        # three words inside reported speech are a label, whatever follows
        ("AL-economy-1022-20180713",
         "وفي تعليق غير اعتيادي على السياسة البريطانية، قال ترمب أيضا إن وزير الخارجية البريطاني السابق "
         'بوريس جونسون سيكون "رئيس حكومة عظيمًا" على حد تعبيره.'),
        # «مخاطبا X» names the addressee
        ("FR-internationalNews-2752-20180817",
         'وقال مخاطبا ترامب "لذا سأعتبره شرفا لي إذا سحبت ترخيصي الأمني أيضا".'),
        # a source close to Trump is not Trump
        ("FR-internationalNews-2294-20180713",
         'وقال مصدر قريب من ترامب للصحيفة إن الرئيس الأمريكي "لن يقبل أن يلقنه أي كان دروسا، حتى إن كان من أعضاء '
         'العائلة المالكة"'),
        # a quoted organization name inside reported speech is a name
        ("FR-internationalNews-661-20180410",
         'ذكرت وكالة الأنباء السورية الرسمية "سانا" الثلاثاء أن وزارة الخارجية السورية قد وجهت دعوة رسمية إلى '
         '"منظمة حظر الأسلحة الكيميائية" تعرض فيها إرسال المنظمة فريقا لتقصي الحقائق.'),
        # short quoted terms in a headline are not quotes
        ("AL-economy-796-20180611", 'ترمب يصعد: "التجارة العادلة" تحولت إلى "تجارة غبية"'),
        ("snn-2015-08-10-0200", "تعيين عثمان بن صالح الحقيل على وظيفة «وكيل الوزارة للشؤون العمالية» بالمرتبة."),
    ],
)
def test_quotes_not_quotes(stages: list, article_id: str, text: str) -> None:
    published = "2015-07-25" if article_id.startswith("snn") else "2018-06-01"
    assert found(run(stages, text, published)) == []


# ------------------------------------------------------------------------------------------ discourse
def test_quotes_continuation_cue_takes_the_previous_speaker(stages: list) -> None:
    # seed 000 (two sentences): «وأضاف» continues Peskov
    text = ('وقال بيسكوف للصحفيين اليوم الخميس:" إن الاتصال الهاتفي المرتقب يأتي بمبادرة من الرئيس بوتين".\n'
            'وأضاف:"أن الغرض من المحادثة واضح ويتمثل بمواصلة مناقشة تلك القضايا".')
    assert [s for s, _ in found(run(stages, text, "2021-12-30"))] == ["Dmitry Peskov", "Dmitry Peskov"]


@pytest.mark.parametrize("manner", ["ممازحا", "ساخرا", "متسائلا:"])
def test_quotes_continuation_cue_with_the_manner_of_speaking(stages: list, manner: str) -> None:
    # SK-internationalNews-2745: «وتابع ممازحا "…"» goes on with the speaker
    text = ('قال وزير الخارجية الروسي سيرغي لافروف إن "الخطر قائم على الدوام ولا يمكن تجاهله أبدا". '
            f'وتابع {manner} "لدينا القدرة على التحكم في أشياء كهذه، لتحديد ما إذا كانت تشكل خطرا".')
    assert [s for s, _ in found(run(stages, text, "2018-07-20"))] == ["Sergey Lavrov", "Sergey Lavrov"]


def test_quotes_a_subheading_between_paragraphs_does_not_end_the_speakers_turn(stages: list) -> None:
    # FR-middleEast-693-20180627 (samples): «وتابع متسائلا» goes on with Rouhani past the subheading; a
    # sentence that ends with a full stop still decides as before
    text = ('روحاني يدعو إلى الوحدة\nوقال الرئيس الإيراني حسن روحاني "أؤكد لكم أنه إذا تمكنا من الاحتفاظ بالأمل '
            'فيمكننا الانتصار على كل المشاكل".\nالبازار الكبير في طهران يشهد إضرابا نادرا\nوتابع متسائلا "لماذا '
            'يجب أن يقلق الناس؟ اليوم، هذا القلق تخلقه وسائل إعلام الأعداء".')
    assert [s for s, _ in found(run(stages, text, "2018-06-27"))] == ["Hassan Rouhani", "Hassan Rouhani"]
    closed = text.replace("إضرابا نادرا\n", "إضرابا نادرا ويقول التجار إن الأسعار ارتفعت.\n")
    assert [s for s, _ in found(run(stages, closed, "2018-06-27"))] == ["Hassan Rouhani"]
    # (a short line that names someone is no subheading: corpus snn-2015-08-01-0408, a name line before his words)
    named = text.replace("البازار الكبير في طهران يشهد إضرابا نادرا", "محمد جواد ظريف")
    assert [s for s, _ in found(run(stages, named, "2018-06-27"))] == ["Hassan Rouhani", "Mohammad Javad Zarif"]


@pytest.mark.parametrize(("epithet", "expected"), [
    # sample BB-sport-379: an occupation standing alone speaks for the person named last
    ("وقال اللاعب البالغ من العمر، 27 عاما،", ["Eden Hazard"]),
    # … of that state when a nisba follows it («النجم المصري» in SK-sport-1751)
    ("وقال النجم البلجيكي", ["Eden Hazard"]),
    ("وقال المدرب الإسباني", []),
])
def test_quotes_an_occupation_alone_speaks_for_the_person_named_last(stages: list, epithet: str,
                                                                     expected: list) -> None:
    text = ("قال نجم المنتخب البلجيكي، إيدن هازارد، إنه حائر بين توقيع عقد جديد مع فريقه تشيلسي. "
            f'وسجل هازارد 7 أهداف هذا الموسم. {epithet} "لا أريد أن اقول إنني سأوقع العقد، ثم ينتهي بي المطاف '
            'في فريق آخر".')
    assert [s for s, _ in found(run(stages, text, "2018-10-08"))] == expected


def test_quotes_subject_of_the_previous_sentence_speaks(stages: list) -> None:
    # seed 001: «وأكد» after a sentence whose subject is Ryabkov (not the earlier speaker Peskov)
    text = ('وقال بيسكوف للصحفيين، إن الاتصال الهاتفي المرتقب: "بمبادرة من بوتين".\n\n'
            "وكان نائب وزير الخارجية الروسي سيرغي ريابكوف، أعلن، في وقت سابق، أنه يتعين على روسيا أن تضع حداً "
            'لزحف الناتو. وأكد "نقول بكل حزم أننا نطالب بالتخلي بشكل رسمي عن قرار قمة بوخارست".')
    assert [s for s, _ in found(run(stages, text, "2021-12-30"))] == ["Dmitry Peskov", "Sergei Ryabkov"]


def test_quotes_chain_stops_at_an_unknown_speaker(stages: list) -> None:
    # snn-2015-08-08-0152: «وأوضح أبو محمد» is somebody the KB does not know: the next «وقال» is his
    text = ('وقال الرئيس الروسي فلاديمير بوتين إن "روسيا لن تتخلى عن حلفائها في المنطقة أبدا".\n'
            "وأوضح أبو محمد، أن التهمة الأبرز التي وجهت للمختطفين هي التعامل مع النظام. "
            'وقال: «حاليًا تعيش نحو 30 عائلة مسيحية في مدينة الرقة».')
    assert [s for s, _ in found(run(stages, text, "2015-08-08"))] == ["Vladimir Putin"]


def test_quotes_statement_speaks_for_its_organization(stages: list) -> None:
    # seed 004: «في الكرملين وجاء في البيان: “…”»
    text = ("في الكرملين وجاء في البيان: “جرى خلال هذا الاتصال الهاتفي مناقشة الوضع في منطقة الشرق الأوسط، "
            "لا سيما وضع الصراع الفلسطيني”.")
    assert found(run(stages, text, "2025-01-22")) == [
        ("Kremlin", "جرى خلال هذا الاتصال الهاتفي مناقشة الوضع في منطقة الشرق الأوسط، لا سيما وضع الصراع الفلسطيني")]


def test_quotes_svo_subject_and_objects(stages: list) -> None:
    # seed 000: «أن الرئيس بوتين في برقيته لنظيره الأمريكي جو بايدن، قال :"…"»: Biden is an object
    text = ('وذكر الكرملين - في بيان اليوم الخميس - أن الرئيس بوتين في برقيته لنظيره الأمريكي جو بايدن، قال :"إنني '
            'على قناعة بأنه يمكننا المضي قدما وإقامة حوار روسي أمريكي فعال".')
    assert [s for s, _ in found(run(stages, text, "2021-12-30"))] == ["Vladimir Putin"]


def test_quotes_wire_break_inside_a_quote(stages: list) -> None:
    # seed 001: «(تستمر)» is blanked by ingest; the quotation runs on into the next paragraph
    original = ('وأضاف بيسكوف، "الغرض من المحادثة واضح ويتمثل بمواصلة مناقشة تلك القضايا.\n\n(تستمر)\n\n'
                'وسأشير إلى أنها محادثة هاتفية عادية، لذا لن تكون لها تغطية " .')
    blanked = original.replace("(تستمر)", " " * len("(تستمر)"))
    (q,) = run(stages, original, "2021-12-30", blanked).quotes
    assert q.speaker == "Dmitry Peskov"
    assert q.text.startswith("الغرض") and q.text.endswith("لن تكون لها تغطية") and "تستمر" not in q.text


def test_quotes_identical_quote_twice_is_one_quote(stages: list) -> None:
    text = ('وقال بوتين إن "التحديات العديدة تؤكد ضرورة حشد جهود المجتمع الدولي".\n'
            'وأكد بوتين أن "التحديات العديدة تؤكد ضرورة حشد جهود المجتمع الدولي".')
    assert len(run(stages, text, "2021-12-30").quotes) == 1


# ------------------------------------------------------------------------------------------ gold files
def _scorer():
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip("../shared/eval is not available")
    spec = importlib.util.spec_from_file_location("marsad_eval_score", path)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def _quote_f1(inputs: Path, gold_path: Path) -> float:
    score = _scorer()
    aliases = score.Aliases(SHARED / "eval" / "aliases.tsv")
    pipe = [SegmentStage(), TimeStage(), EntityStage(), QuoteStage()]
    pred: dict[str, list] = {}
    for a in iter_inputs([str(inputs)]):
        if isinstance(a, Article):
            for st in pipe:
                a = st(a)
            pred[a.id] = a.quotes
    tp = n_pred = n_gold = 0
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        gq, pq = g.get("quotes") or [], list(pred.get(g["id"], []))
        n_gold += len(gq)
        n_pred += len(pq)
        for q in gq:
            hit = next((p for p in pq if score.text_match(q["text"], p.text) and aliases.same(q["speaker"], p.speaker)),
                       None)
            if hit is not None:
                pq.remove(hit)
                tp += 1
    return 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 1.0


def test_quotes_seeds_gold() -> None:
    if not (SHARED / "seeds").exists():
        pytest.skip("../shared/seeds is not available")
    assert _quote_f1(SHARED / "seeds", SHARED / "eval" / "seeds.gold.jsonl") >= 0.9


def test_quotes_dev_gold() -> None:
    if not (SHARED / "eval" / "dev.input.jsonl").exists():
        pytest.skip("../shared/eval is not available")
    assert _quote_f1(SHARED / "eval" / "dev.input.jsonl", SHARED / "eval" / "dev.gold.jsonl") >= 0.85


def test_quotes_title_with_a_domain_reaches_the_name(stages: list) -> None:
    # AL-internationalNews-324-20180303: «للشؤون الخارجية» continues the title; it names no addressee
    a = run(stages, 'قال وزير الدولة الإماراتي للشؤون الخارجية، أنور قرقاش، السبت، إن الحل خليجي، مضيفاً: '
                    '"كفوا عن الأذى أو تقبلوا العزلة".', "2018-03-03")
    assert found(a) == [("Anwar Gargash", "كفوا عن الأذى أو تقبلوا العزلة")]


def test_quotes_definite_official_is_the_one_named_before(stages: list) -> None:
    # AL-internationalNews-324-20180303: «المسؤول الإماراتي» is Gargash; an anonymous official stays the state's
    a = run(stages, 'قال وزير الخارجية الإماراتي أنور قرقاش إن الحل خليجي.\n'
                    'وقال المسؤول الإماراتي في تغريدات: "السعودية هي القطب الإقليمي المهم في المنطقة".\n'
                    'وقال مسؤول أمريكي: "لن نقبل بهذا الاتفاق أبدا". وأضاف المسؤول الأمريكي: "ندرس الخيارات كلها".',
            "2018-03-03")
    assert [s for s, _ in found(a)] == ["Anwar Gargash", "United States", "United States"]


def test_quotes_bare_king_is_the_king_of_the_articles_country(stages: list) -> None:
    # FR-internationalNews-2519-20180730
    a = run(stages, 'ألقى العاهل المغربي الملك محمد السادس خطابا في الحسيمة بالمغرب.\n'
                    'ودعا الملك أيضا إلى "إعطاء دفعة قوية لبرامج دعم الدراسة".', "2018-07-30")
    assert found(a) == [("Mohammed VI of Morocco", "إعطاء دفعة قوية لبرامج دعم الدراسة")]


def test_quotes_unnamed_official_at_an_institution_speaks_for_it(stages: list) -> None:
    # SK-internationalNews-980-20180418: «بالرئاسة الكورية الجنوبية» is where the official works
    a = run(stages, 'وقال مسؤول كبير بالرئاسة الكورية الجنوبية للصحفيين "نحن نبحث إمكانية تحويل الهدنة إلى اتفاق '
                    'سلام".', "2018-04-18")
    assert found(a) == [("Blue House", "نحن نبحث إمكانية تحويل الهدنة إلى اتفاق سلام")]


def test_quotes_by_saying_takes_the_main_verbs_subject(stages: list) -> None:
    # snn-2015-…-1896 (held-out): «وعبر X بقوله: «…»»
    a = run(stages, "وعبر وزير الخارجية عادل الجبير بقوله: «إن المملكة ماضية في دعم الشرعية في اليمن بكل قوة».",
            "2015-08-01")
    assert found(a) == [("Adel al-Jubeir", "إن المملكة ماضية في دعم الشرعية في اليمن بكل قوة")]


def test_quotes_shortly_before_is_no_part_of_the_speaker(stages: list) -> None:
    # SK-internationalNews-2668-20180716 (held-out): «قال قبيل القمة إن "…"», the subject before the verb
    a = run(stages, 'لكن المتحدث باسم الكرملين، ديمتري بيسكوف، قال قبيل القمة إن "ذلك لن يحدث على الأرجح".',
            "2018-07-16")
    assert found(a) == [("Dmitry Peskov", "ذلك لن يحدث على الأرجح")]


def test_quotes_continuation_skips_sentences_inside_the_quotation(stages: list) -> None:
    # SK-internationalNews-2821-20180724 (held-out): the first tweet names Rouhani; Trump goes on
    a = run(stages, 'وسارع ترامب إلى الرد على نظام طهران عبر "تويتر": "إلى الرئيس الإيراني روحاني. لا تحاول أبدا '
                    'تهديد الولايات المتحدة مرة أخرى". وأضاف: "لم نعد دولة تتهاون مع كلماتكم المختلة. كن حذرا".',
            "2018-07-24")
    assert [s for s, _ in found(a)] == ["Donald Trump", "Donald Trump"]


def test_quotes_colon_without_cue_needs_a_person_opening_the_sentence(stages: list) -> None:
    # a colon after a non-person subject («وتضمنت الاتفاقية ما يلي:») attributes nothing
    a = run(stages, 'وتضمنت الاتفاقية الموقعة في الرياض ما يلي: "تلتزم الأطراف بوقف إطلاق النار في كل المناطق".',
            "2018-07-24")
    assert found(a) == []


def test_quotes_contrastive_connector_opens_the_speakers_clause(stages: list) -> None:
    # SK-internationalNews-2668-20180716 (held-out): not Russia or the Kremlin of the clause before «لكن»
    a = run(stages, 'ويريد ترامب أن تستخدم روسيا نفوذها في سوريا، لكن المتحدث باسم الكرملين، ديمتري بيسكوف، قال '
                    'قبيل القمة إن "ذلك لن يحدث على الأرجح".', "2018-07-16")
    assert found(a) == [("Dmitry Peskov", "ذلك لن يحدث على الأرجح")]


def test_quotes_repeated_belief_is_a_cue(stages: list) -> None:
    # SK-internationalNews-2668-20180716 (held-out): «وكرر ترامب اعتقاده بأن … "…"، وفق ما ذكرت وكالة رويترز»
    a = run(stages, 'وكرر ترامب اعتقاده بأن سلفه باراك أوباما "لم يتخذ أي إجراء بشأن التدخل الروسي المزعوم"، وفق ما '
                    'ذكرت وكالة رويترز.', "2018-07-16")
    assert found(a) == [("Donald Trump", "لم يتخذ أي إجراء بشأن التدخل الروسي المزعوم")]


def test_quotes_spokeswoman_for_the_ministry_speaks_for_the_one_named_before(stages: list) -> None:
    # SK-internationalNews-264-20180310 (held-out): «الوزارة» is the Foreign Office of the sentence before
    a = run(stages, 'ولم ترد الخارجية البريطانية على طلب راتكليف. وقالت متحدثة باسم الوزارة لوكالة فرانس "سنستمر في '
                    'التعاطي مع كل قضية بشكل نفترض أنه مرجح جدا". وتابعت "لذا، لن نعلق على كل صغيرة وكبيرة".',
            "2018-03-10")
    assert [s for s, _ in found(a)] == ["Foreign and Commonwealth Office"] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # snn-2015-08-04-0114: «وقالت الحركة» is Hamas, named before
        ("وقالت حركة حماس أمس إن خالد مشعل التقى سيرغي لافروف. وقالت الحركة، في بيان، إن «وفدًا من حركة حماس برئاسة "
         "خالد مشعل، التقى سيرغي لافروف في الدوحة».", "Hamas"),
        # AL-internationalNews-1192-20180516: «وتابعت الوكالة» is KCNA, named before
        ('وأعلنت وكالة الأنباء المركزية الكورية الشمالية الخبر. وتابعت الوكالة أنّ "هناك حدوداً لحجم النوايا الحسنة '
         'والفرص التي بوسعنا تقديمها".', "Korean Central News Agency"),
        # AL-culture-569-20180701: «وقالت المنظمة على موقعها» is UNESCO
        ('أدرجت منظمة اليونسكو المدينة على قائمة التراث. وقالت المنظمة على موقعها الإلكتروني "بقيت هذه الآثار '
         'في طيات النسيان طوال ما يقرب 1000 عام".', "UNESCO"),
        # FR-middleEast-609-20180609: «وقال الديوان» is the Royal Court
        ('وقال الديوان الملكي السعودي إن الملك سيستقبل القادة. وقال الديوان في بيان نشرته وكالة الأنباء السعودية '
         'أن العاهل السعودي "تابع الأزمة الاقتصادية في الأردن الشقيق".', "Saudi Royal Court"),
    ],
)
def test_quotes_definite_body_noun_is_the_body_named_before(stages: list, text: str, speaker: str) -> None:
    assert [s for s, _ in found(run(stages, text, "2018-05-16"))] == [speaker]


def test_quotes_the_cable_speaks_for_its_sender(stages: list) -> None:
    # snn-2015-08-09-0644 (held-out): «وجاء في البرقية» is the cable sent in the sentence before; «حسب بيان …» names
    # where the report comes from, not who wrote the words
    a = run(stages, 'بعث وزير الداخلية المصري اللواء مجدي عبدالغفار برقية عزاء إلى الأمير محمد بن نايف بن عبدالعزيز، '
                    'دان فيها الاعتداء.\nوجاء في البرقية حسب بيان لوزارة الداخلية المصرية أمس السبت: "تلقيت ببالغ '
                    'الأسى نبأ الحادث الإرهابي الغادر الذي استهدف عددا من رجال الأمن".', "2015-08-09")
    assert found(a) == [("Magdy Abdel Ghaffar", "تلقيت ببالغ الأسى نبأ الحادث الإرهابي الغادر الذي استهدف عددا من "
                                                "رجال الأمن")]


def test_quotes_attribution_after_the_verb_names_the_reports_source(stages: list) -> None:
    # AL-internationalNews-11-20180218 (corpus): Mattis's words, the Pentagon's transcript
    a = run(stages, 'وقال ماتيس للصحافيين العائدين معه إلى واشنطن، وفقاً لنسخة لتصريحاته صادرة عن البنتاغون: "ما زلت '
                    'غير قادر على تقديم المزيد من المعلومات".', "2018-02-18")
    assert found(a) == [("Jim Mattis", "ما زلت غير قادر على تقديم المزيد من المعلومات")]


def test_quotes_citing_attribution_keeps_the_cited_speaker(stages: list) -> None:
    # AL-culture-134-20180306 (corpus): «وقال عنه نقلا عن عباد بن صهيب "…"»: the words are Abad's
    a = run(stages, 'وقد وصف أبو الغصن جحا بحسب الإمام الذهبي بأنه كان من العقال، وقال عنه نقلاً عن عباد بن صهيب '
                    '"ما رأيت أعقل منه"، ويروى أنه كان يمزح.', "2018-03-06")
    assert found(a) == [("Abad bin Suhaib", "ما رأيت أعقل منه")]


def test_quotes_unnamed_statement_of_a_summit_speaks_for_its_body(stages: list) -> None:
    # FR-internationalNews-1732-20180610 (held-out): «وقال البيان» in the report of the G7 summit
    a = run(stages, 'اختتمت قمة مجموعة السبع أعمالها في كيبيك. وكان ترامب قال في مؤتمر صحافي إن قضية عودة روسيا نوقشت. '
                    'وقال البيان: "نؤكد إدانتنا لضم القرم بشكل غير قانوني ونؤكد دعمنا المستمر لسيادة أوكرانيا".',
            "2018-06-10")
    assert [s for s, _ in found(a)] == ["G7"]
    # (an office that speaks is not a statement: «وقال مكتب الإحصاءات الوطنية» is not the EU's)
    a = run(stages, 'وتباطأ النمو بسبب الخروج المرتقب لبريطانيا من الاتحاد الأوروبي. وقال مكتب الإحصاءات الوطنية: "إن '
                    'البيانات القوية لقطاع التجزئة تدعم النمو في الربع الثاني".', "2018-07-20")
    assert "European Union" not in [s for s, _ in found(a)]


def test_quotes_closing_mark_glued_to_a_word_opens_nothing(stages: list) -> None:
    # AL-economy-230-20180313: the mark glued after «المتحدة» closes words whose opening mark is missing; the
    # narration up to the next mark is nobody's words
    text = ('وقال جون فلانري إن الشركة تعمل في المنطقة. وأشار فلانري في مقابلة مع "العربية" إلى أن محفظة العقود '
            'المستقبلية للشركة في هذه المنطقة هي الأكبر خارج حدود الولايات المتحدة" موضحا أن التحدي الأساسي '
            'للشركة يتمثل بجذب التمويل. واعتبر أن خيار دمج عمليات جنرال إلكتريك مع "بيكر هيوز" يؤسس منصة أفضل.')
    assert found(run(stages, text)) == []


def test_quotes_bare_title_speaks_for_the_person_named_with_it(stages: list) -> None:
    # AL-internationalNews-845-20180408 (fresh sample): «وتابع الرئيس:» and «وقال سيادته:» are Abbas; a title
    # across a comma is someone else's («نائب الوزير … مستشار الأمن القومي الأميركي، جون بولتون»)
    a = run(stages, 'قال الرئيس الفلسطيني محمود عباس إن القمة العربية مهمة. وتابع الرئيس: "سبق وسمعنا أنهم قالوا إن '
                    'قضيتي القدس واللاجئين خرجتا عن الطاولة". وقال سيادته: "قبل عدة أيام زارنا وفد من مصر".')
    assert [s for s, _ in found(a)] == ["Mahmoud Abbas", "Mahmoud Abbas"]
    b = run(stages, 'وهاجم نائب الوزير الكوري الشمالي بعنف مستشار الأمن القومي الأميركي، جون بولتون. وقال الوزير إنّ '
                    'هذه "محاولة شريرة للغاية لإخضاع كوريا الشمالية".')
    assert "John Bolton" not in [s for s, _ in found(b)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AL-internationalNews-1003-20180504: a second quotation joined by «و» is the speaker's words too
        ('قال رئيس الحكومة الإسبانية ماريانو راخوي "سيستمر تنفيذ الأحكام"، و"لن يفلت أحد من العقاب".',
         ["سيستمر تنفيذ الأحكام", "لن يفلت أحد من العقاب"]),
        # AL-culture-289-20180427: short quotations joined by «و» are a list of names
        ('وأوضحت صحيفة "نيويورك تايمز" أن الفيلم يروي التحقيق على غرار أفلام مثل "سبوتلايت" و"ذي بوست" و"آل ذي '
         'بريزيدنتس من".', []),
    ],
)
def test_quotes_quotation_joined_by_and(stages: list, text: str, expected: list[str]) -> None:
    assert [t for _, t in found(run(stages, text))] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # SK-sport-1923-20180629 (fresh sample): a clause «بعدما …» between the cue and the words is no subject
        ('وقال المدرب روبرتو مارتينيز إن الفريق جاهز. وقال بعدما جلس إيدن هازارد وكيفن دي بروين على مقاعد البدلاء: '
         '"الجيل الذهبي لم يلعب".', "Roberto Martínez"),
        # snn-2015-07-26-1087 (fresh sample): «الحلف» is the alliance named before
        ('أعلن حلف شمال الأطلسي أن مجلسه سيجتمع. وقال الحلف في بيان إن "تركيا طلبت عقد الاجتماع وفقا للمادة '
         'الرابعة".', "NATO"),
    ],
)
def test_quotes_speaker_across_a_clause_or_a_body_noun(stages: list, text: str, speaker: str) -> None:
    assert [s for s, _ in found(run(stages, text))][-1:] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # CN-middleEast-8-20180218: the family name alone of a person the article named in full
    ('وكتب الكاتب عبدالعزيز قاسم مقالات عن السجن. وقال قاسم في تغريدة إن الشيخين "يشهدان شهادة شرعية بصدق كل '
     'ما كتب".', "Abdulaziz Qasem"),
    # SK-internationalNews-1578-20180514: an honorific and the given name
    ('ودان القيادي في حزب الديمقراطيين الأحرار البريطاني، السير فينس كيبل، زيارة أردوغان. وقال السير فينس: "يبدو '
     'أن إدارة ماي قد استبدلت الدبلوماسية بالتملق".', "Vince Cable"),
    # FR-middleEast-873-20180802: the given name alone
    ('وأعلن المبعوث الأممي مارتن غريفيث أن المنظمة تعتزم دعوة الأطراف. واعتبر مارتن أن "الحل السلمي لإنهاء الحرب '
     'في اليمن ممكن".', "Martin Griffiths"),
    # snn-2015-08-06-1743: «أكد على أن» is no «علي»; the subject of the sentence before goes on
    ('وقال خالد بحاح إن علي عبدالله صالح شن الحرب. وأكد على أن الحكومة "لا تطلب من الحوثيين الخروج من البلاد".',
     "Khaled Bahah"),
])
def test_quotes_speaker_named_by_one_word_of_an_earlier_full_name(stages: list, text: str, speaker: str) -> None:
    assert [q.speaker for q in run(stages, text, "2018-05-14").quotes] == [speaker]


def test_quotes_one_word_shared_by_two_people_names_nobody(stages: list) -> None:
    # two people of the article bear «محمد»: the word alone says nothing
    a = run(stages, 'والتقى محمد بن سلمان ومحمد بن زايد. وقال محمد: "يبدو أن الاجتماع كان مثمرا للغاية".')
    assert [q.speaker for q in a.quotes] == []


@pytest.mark.parametrize("text", [
    # FR-middleEast-734-20180705 (err7a): a common Arab given name opens an unknown name in the speaker slot
    'وقال إبراهيم جباوي، المتحدث باسم غرفة العمليات المشتركة للمعارضة: "المحادثات انهارت بسبب الإصرار الروسي".',
    # snn-2015-07-31-1318
    'وقال رئيس الجمعية المهندس ماجد أبوزاهرة إن "القمر الأزرق مجرد تسمية تطلق على البدر الثاني".',
])
def test_quotes_speaker_slot_name_with_a_common_given_name(stages: list, text: str) -> None:
    (q,) = run(stages, text).quotes
    assert q.speaker is not None and q.speaker.split()[0] in ("Ibrahim", "Majid")


def test_quotes_closing_curly_mark_on_both_sides(stages: list) -> None:
    # snn-2015-07-21-2049: «”…”» then «“…”»: every quotation is found, not paired across the other's marks
    text = ("وقال وزير الخارجية الإيراني محمد جواد ظريف إن ”ماراثون المفاوضات أثبت للجميع أن إيران لن تقدم أي "
            "امتيازات”. وعن موقف إسرائيل، قال ظريف إن “الكيان الصهيوني لم يكن أبدا معزولا إلى هذا الحد”.")
    assert [q.text.split()[0] for q in run(stages, text, "2015-07-21").quotes] == ["ماراثون", "الكيان"]


@pytest.mark.parametrize(("text", "speaker"), [
    # SK-middleEast-2425-20180616, BB-culture-63-20180306: one word of the name, then where they spoke or the
    # quotation itself
    ('التقى وزير الخارجية الألماني هايكو ماس الصحفيين. وقال ماس خلال زيارته: "هذا أسوأ دمار شهدته خلال سنوات '
     'عملي".', "Heiko Maas"),
    ('التقى وزير الخارجية الألماني هايكو ماس الصحفيين. وأضاف ماس "هذا أسوأ دمار شهدته خلال سنوات عملي".',
     "Heiko Maas"),
    # snn-2015-07-22-1024: a title phrase through «للاحتفالات» and «د.» up to the name
    ('وأوضح أمين المنطقة ورئيس اللجنة العليا للاحتفالات د. خالد بن عبدالقادر طاهر أن الاحتفالات تشهد العديد من '
     'الفعاليات، مضيفا: "إن احتفالات أمانة المدينة المنورة تهدف إلى إبراز المناسبة".', "Khalid Taher"),
    # CN-middleEast-663-20180418: the name after a title says who holds it in this article
    ('أوردت الوكالة خبراً بأن وزير الخارجية السورية، فيصل مقداد قد أكد في تصريح له الثلاثاء أنه "وبعد وصول '
     'الوفد إلى دمشق تم عقد عدة اجتماعات مع الوفد".', "Faisal Mekdad"),
])
def test_quotes_speaker_through_title_and_short_name(stages: list, text: str, speaker: str) -> None:
    assert [q.speaker for q in run(stages, text, "2018-04-18").quotes] == [speaker]


def test_quotes_first_sentence_opens_after_the_dateline() -> None:
    # CN-middleEast-203-20180306: «دبي، الإمارات العربية المتحدة (CNN)— ترجم محمد البرادعي …»: the outlet of the
    # dateline is no speaker: the sentence's subject is ElBaradei
    from marsad.pipeline import default_pipeline

    text = ("دبي، الإمارات العربية المتحدة (CNN)— ترجم محمد البرادعي، نائب الرئيس المصري الأسبق، إعلان ترامب أنه "
            'قد يزور القدس بأنه "جزء من تصفية القضية الفلسطينية" على حد تعبيره.')
    a = Article(id="t", original=text, dateline=Span(0, 37), published="2018-03-06")
    a = default_pipeline().process(a)
    assert [(q.speaker, q.text) for q in a.quotes] == [("Mohamed ElBaradei", "جزء من تصفية القضية الفلسطينية")]


@pytest.mark.parametrize(("text", "speakers"), [
    # snn-2015-07-24-0716: a quotation that is a sentence of its own, after the speaker's reported speech
    ("في جدة قال وزير الخارجية السعودي عادل الجبير إن زيارة خالد مشعل للمملكة هي لأداء العمرة فقط. وعيدوا على "
     "الملك سلمان. «لم يكن هناك بحث ولا أي اجتماعات».", ["Adel al-Jubeir"]),
    # a paragraph that opens with a quotation names nobody
    ("قال وزير الخارجية السعودي عادل الجبير إن الزيارة للعمرة.\n«لم يكن هناك بحث ولا أي اجتماعات».", []),
])
def test_quotes_sentence_of_its_own_goes_on_in_the_previous_speakers_words(stages: list, text: str,
                                                                            speakers: list[str]) -> None:
    assert [q.speaker for q in run(stages, text, "2015-07-24").quotes] == speakers


def test_quotes_title_through_a_genitive_and_a_comma_to_the_name(stages: list) -> None:
    # CN-middleEast-663-20180418: «وقال المدير العام للمنظمة، أحمد أوزومجو: "…"» (a name the KB now knows;
    # here one it lacks)
    a = run(stages, 'وقال المدير العام للمنظمة، أحمد كاراسلان: "في الموقع 2، تعرض الفريق لإطلاق للنار".')
    assert [q.speaker.split()[0] for q in a.quotes if q.speaker] == ["Ahmed"]


def test_quotes_feminine_deputy_title_before_the_name(stages: list) -> None:
    # AL-internationalNews-1311-20180525 (err8a): «وصفت نائبة وزير الشؤون الخارجية تشوي سون هوي … بأنها "…"»
    a = run(stages, 'وصفت نائبة وزير الشؤون الخارجية تشوي سون هوي تصريحات نائب الرئيس الأمريكي مايك بنس بأنها '
                    '"غبية وتنم عن جهل".')
    assert [(q.speaker, q.span.of(a.text)) for q in a.quotes] == [("Choe Son-hui", "غبية وتنم عن جهل")]


def test_quotes_participle_after_a_sentence_citing_someone_is_theirs(stages: list) -> None:
    # SK-middleEast-1819-20180519 (err8a): «ونقل عن مقتدى الصدر، أن …، مبينا "…"»
    a = run(stages, 'وأكد رئيس الوزراء العراقي حيدر العبادي أن اللقاء شهد تطابقا في وجهات النظر. ونقل عن مقتدى الصدر، '
                    'أن اللقاء رسالة اطمئنانية، مبينا "إن يدنا ممدودة للجميع ممن يبنون الوطن".')
    assert [q.speaker for q in a.quotes] == ["Muqtada al-Sadr"]


@pytest.mark.parametrize("text, speakers", [
    # SK-middleEast-1907-20180524 (err8a): «حين قال» is the person of the clause it qualifies
    ('وقال مقتدى الصدر إن التفجير مدان. وهو ما يتماهى مع تهديد سابق كان قد أطلقه نوري المالكي قبل الانتخابات، حين قال '
     'في تصريح تلفزيوني إن الحروب الأهلية "تحدث بعد الإحصاء السكاني أو بعد ظهور نتائج الانتخابات".',
     ["Nouri al-Maliki"]),
    # a name the knowledge base lacks is no such person («حديث الرسول … عندما قال»)
    ('وأوصى مفتي عام المملكة بالحرص على ما ينفع المسلمين، كما جاء في حديث الرسول صلى الله عليه وسلم عندما قال '
     '“المؤمن القوي خير واحب الى الله من المؤمن الضعيف وفي كل خير”.', []),
])
def test_quotes_cue_after_when_takes_the_clauses_person(stages: list, text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in run(stages, text, "2018-05-24").quotes if q.speaker] == speakers


@pytest.mark.parametrize("text, speakers", [
    # SK-internationalNews-2094-20180612 (blind): «فيما قال الأخير» is the person named last
    ('وقال ترامب إنه يتوقع "علاقة رائعة" مع الزعيم الكوري الشمالي كيم جونغ أون، فيما قال الأخير "أتينا إلى هنا لعقد '
     'هذه القمة بعد التغلب على كل العقبات".', ["Kim Jong-un"]),
    # BB-internationalNews-550-20180522 (blind): «نفى بعدها»: an adverb, not a speaker, after the cue
    ('بيد أن ترامب نفى بعدها أن تتبع الولايات المتحدة النموذج الليبي.\nوقال : "إذا نظرتم إلى نموذج (معمر) القذافي، '
     'فقد كان هلاكا كليا".', ["Donald Trump"]),
    # SK-middleEast-979-20180412 (blind): a one-word speaker before a comma and an addressee
    ('قال رئيس مجلس النواب الأميركي، بول رايان، إن واشنطن لديها مسؤولية.\nوقال رايان، للصحفيين، إن رئيس النظام '
     'السوري، بشار الأسد، "وداعميه طهران وموسكو ارتكبوا أعمالا وحشية جماعية أخرى".', ["Paul Ryan"]),
])
def test_quotes_speakers_told_by_reference(stages: list, text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in run(stages, text, "2018-06-12").quotes] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a medium addressed before the subject (VOS): the subject after it speaks
    ('وقال لـ«عكاظ» الناطق الإعلامي لشرطة جدة العقيد عبدالله الغامدي إن "الجهات الأمنية باشرت التحقيق في الحادثة '
     'فور وقوعها".', ["Abdullah Al-Ghamdi"]),
    ('وقال للصحفيين وزير الخارجية عادل الجبير إن "المملكة لن تتهاون مع أي تهديد لأمنها".', ["Adel al-Jubeir"]),
    # snn-2015-07-26-0157: nobody after the medium; the subject before the verb speaks
    ('وكان عضو الائتلاف السوري المعارض محمد مكتبي قد قال لـ«الشرق الأوسط» إن «فحوى لقاءات الائتلاف مع دي ميستورا '
     'كلها تشير إلى إعادة تنشيط المسار السياسي».', ["Mohammed Maktabi"]),
    # a preposition ends the addressee's phrase: the president after «بعد لقائه» does not speak
    ('وقال للصحفيين بعد لقائه الرئيس الصيني إن "العلاقات ممتازة جدا بين بلدينا".', []),
])
def test_quotes_speaker_after_an_addressed_medium(stages: list, text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in run(stages, text, "2015-07-26").quotes if q.speaker] == speakers


def test_quotes_trailing_attribution_to_a_monitoring_group(stages: list) -> None:
    # FR-internationalNews-2169-20180705 (err8a): «"…"، وفق ما أعلن المرصد السوري لحقوق الإنسان»
    a = run(stages, 'وتعرضت مناطق سيطرة الفصائل في جنوب سوريا منذ بدء الهجوم "بأكثر من 600 ضربة جوية بين غارات '
                    'وقصف بالبراميل المتفجرة"، وفق ما أعلن المرصد السوري لحقوق الإنسان.', "2018-07-05")
    assert [q.speaker for q in a.quotes] == ["Syrian Observatory for Human Rights"]


def test_quotes_subject_less_cue_goes_on_with_the_sentences_earlier_cue(stages: list) -> None:
    # CN-middleEast-215-20180308 (err9a): «والتي وصفتها» and «مضيفة» are May's, whatever the sentence before says
    a = run(stages, 'وقال البيان إن الاتفاق يحقق "تعزيزا كبيرا لازدهار المملكة المتحدة". '
                    'وأكدت رئيسة الوزراء البريطانية تيريزا ماي أن لندن "تساند بشدة رؤية 2030 في السعودية" '
                    'والتي وصفتها بأنها "خطة أساسية طموحة للإصلاح الداخلي" '
                    'مضيفة: "هذه ظروف اتفقنا على أنها ضرورية لأجل استقرار المملكة."', "2018-03-08")
    assert [q.speaker for q in a.quotes][-3:] == ["Theresa May"] * 3


def test_quotes_the_statement_goes_on_in_its_issuers_words_however_far_back(stages: list) -> None:
    # CN-middleEast-215-20180308 (err9a): «بيان صادر عن X» is X's; «وأضاف البيان:» five sentences later too
    a = run(stages, 'التقت رئيسة الوزراء البريطانية تيريزا ماي ولي العهد السعودي. '
                    'وبحسب بيان صادر عن مكتب رئاسة الوزراء في بريطانيا، فقد اتفقت ماي مع ولي العهد السعودي على '
                    '"علاقات تجارية وفرص استثمارية طموحة تبلغ قيمتها نحو 65 مليار جنيه إسترليني على مدى السنوات '
                    'القادمة". وتشمل الفرص التعليم. ورحبت رئيسة الوزراء بالإصلاحات. وأشارت إلى قضية بدوي. '
                    'وبحثا الشأن اليمني. وتستعد بريطانيا لمغادرة الاتحاد الأوروبي. '
                    'وأضاف البيان: "رئيس الوزراء عبرت عن قلقها العميق حيال الوضع الإنساني في اليمن."', "2018-03-08")
    assert [q.speaker for q in a.quotes] == ["Prime Minister's Office (United Kingdom)"] * 2


def test_quotes_a_full_name_found_once_names_its_bearer_again(stages: list) -> None:
    # BB-economy-53-20180305 (err9a): the name after «المسؤول الصيني،» is the one recognised before
    a = run(stages, 'وأكد تشانغ يسوي، المتحدث باسم المؤتمر، الأحد أن بلاده لا ترغب في حرب تجارية. وقال المسؤول الصيني، '
                    'تشانغ يسوي، إنه من الطبيعي "أن توجد بعض الخلافات" بين البلدين.', "2018-03-05")
    assert len({q.speaker for q in a.quotes}) == 1 and a.quotes[0].speaker != "China"


@pytest.mark.parametrize("text, speakers", [
    # BB-economy-53-20180305 (err9a): the subject's words after a verb that reports them
    ('وانتقد الرئيس الأمريكي دونالد ترامب العجز التجاري السنوي لبلاده، الذي بيلغ نحو 800 مليار دولار، وأرجعه إلى '
     '"سياسات وصفقات تجارية غبية للغاية"، وتعهد بإنهائها.', ["Donald Trump"]),
    # FR-middleEast-550-20180530 (err9a): «المندوبة» is a title; a draft speaks for the state its nisba names
    ('وقالت المندوبة الأمريكية نيكي هيلي إن "المجلس يجب أن يغضب ويرد على هذه الجولة". وتطالب مسودة البيان الأمريكية '
     'المجلس بأن يدين "بأشد العبارات القصف الصاروخي العشوائي من قبل المسلحين الفلسطينيين في غزة".',
     ["Nikki Haley", "United States"]),
    # AL-economy-236-20180314: a draft is not the medium's that saw it
    ('وتقول مسودة بيان أعدت للاجتماع، اطلعت عليها رويترز، إن الوزراء "يكررون النتائج التي خلص إليها قادتنا بشأن '
     'التجارة في قمة هامبورغ".', []),
])
def test_quotes_reported_words_of_drafts_and_verbs_that_report(stages: list, text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in run(stages, text, "2018-05-30").quotes] == speakers


@pytest.mark.parametrize("text, speakers", [
    # FR-internationalNews-1601-20180603 (blind-8): «وزير المال» is an office; «وحض» reports his words; after
    # «ووصف اجتماع …» (its object, no subject) the speaker goes on
    ('وقال وزير المال الفرنسي برونو لومير الجمعة إن "اجتماع مجموعة السبع هو بالأحرى مجموعة ست زائد واحد". '
     'وحض وزير المال الفرنسي الإدارة الأمريكية على اتخاذ "القرارات الصائبة لتهدئة الأوضاع وتذليل الصعوبات". '
     'ووصف اجتماع وزراء مجموعة السبع بأنه كان "متوترا وصعبا".\nوقال "بذلنا ما في وسعنا في محاولة لتذليل '
     'الصعوبات".', ["Bruno Le Maire"] * 3),
    # SK-internationalNews-2672-20180716 (blind-8): «أن … أن» are no spelled letters of a name; «ورأى» is no «Ray»
    ('وقال زعيم الجمهوريين في مجلس الشيوخ الأميركي (الكونغرس)، ميتش ماكونيل، إن على ترامب "أن يدرك أن روسيا ليست '
     'حليفتنا"، وفق ما ذكرت وكالة "فرانس برس". ورأى جون برنان المدير السابق لسي آي ايه أن "أداء" ترامب في هلسنكي '
     '"ليس أقل من عمل خيانة".', ["Mitch McConnell", "John Brennan"]),
])
def test_quotes_offices_reporting_verbs_and_function_words(stages: list, text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in run(stages, text, "2018-06-03").quotes] == speakers


def test_quotes_subject_after_kana_not_the_one_in_its_complement(stages: list) -> None:
    # FR-internationalNews-2752-20180817: «وكان برينان قد اعتبر أن أداء ترامب …»: Brennan speaks, not Trump
    a = run(stages, 'وكان برينان قد اعتبر أن أداء ترامب في قمة هلسنكي مع الرئيس الروسي فلاديمير بوتين "لا يقل عن '
                    'خيانة"، وكتب في تغريدة أن "ترامب لم يدل بتصريحات غبية فقط بل هو بين أيدي بوتين تماما".',
            "2018-08-17")
    assert [q.speaker for q in a.quotes] == ["John Brennan"] * 2


def test_quotes_state_after_a_coordinated_object_verb_is_its_object(stages: list) -> None:
    # SK-internationalNews-1761-20180524 (blind-8): «وحذر كوريا الشمالية … قائلاً» goes on with Trump
    a = run(stages, 'وأوضح الرئيس الأميركي دونالد ترامب في تصريحات بالبيت الأبيض أنه تحدث مع وزير الدفاع وحذر كوريا '
                    'الشمالية من أي "عمل أحمق أو طائش"، قائلاً: "جيشنا هو الأقوى في العالم. نحن مستعدون أكثر من أي '
                    'وقت مضى".', "2018-05-24")
    assert {q.speaker for q in a.quotes} == {"Donald Trump"}


@pytest.mark.parametrize("text, speakers", [
    # AL-economy-511-20180505 (blind-8): «أوردت وكالة … في بيان أن "…"» is the agency's
    ('من جهتها، أوردت وكالة أنباء الصين الجديدة الرسمية في بيان أن "الجانبين أقرا بوجود خلافات كبيرة حول بعض '
     'المسائل".', ["Xinhua News Agency"]),
    # snn-2015-07-21-2718: a verb inside a trailing attribution does not take over the speaker
    ('قال شيخ الأزهر أحمد الطيب إن الأمر واضح. وأضاف شيخ الأزهر، بحسب ما أورد الموقع الرسمي لـ "مشيخة الأزهر"، '
     'بقوله: "ومن يقول: إنه خاف على المسلمين أن ينقسموا ويحارب بعضهم بعضاً".', ["Ahmed el-Tayeb"]),
])
def test_quotes_reported_by_an_agency_and_attributions_inside_a_clause(stages: list, text: str,
                                                                      speakers: list[str]) -> None:
    assert [q.speaker for q in run(stages, text, "2018-05-05").quotes] == speakers


@pytest.mark.parametrize("text, speakers", [
    # snn-2015-08-10-1132 (err10s): a name after an office and before «إن» is the speaker's, known or not
    ('وقال وزير الخدمة المدنية خالد العرج إن «هناك نية في إعادة تأهيل الخريجات القديمات لمنح الفرصة لهن».',
     ["Khalid Al-Araj"]),
    # snn-2015-07-22-0020 (err10s): «لهولاند» after a title says whose envoy; the name after it speaks, past an
    # apposition
    ('قال المبعوث الخاص لهولاند نيكولا هولو، وهو شخصية فرنسية معروفة باهتمامها بالمسائل البيئية، إن «الأزمة '
     'المناخية هي آخر مظاهر الظلم».', ["Nicolas Hollo"]),
])
def test_quotes_unknown_speakers_after_an_office(stages: list, text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in run(stages, text, "2015-08-10").quotes] == speakers


def test_quotes_ala_before_an_is_no_name(stages: list) -> None:
    # AL-internationalNews-1188-20180516: «من جانب واحد على أن» names nobody («على» is no «Ali»)
    a = run(stages, 'وقالت بيونغ يانغ إنها قد تعيد النظر في القمة إذا ظلت واشنطن مصرة من جانب واحد على أن تتخلى '
                    'كوريا الشمالية عن برنامجها النووي.', "2018-05-16")
    assert not [m for m in a.mentions if m.actor_id.startswith("per:x")]


def test_quotes_on_the_tongue_of_and_a_first_lady_by_her_own_name(stages: list) -> None:
    # CN-middleEast-629-20180416 (err10a): «نقلت الوكالة على لسان X قوله» is X's, not the agency's
    a = run(stages, 'ونقلت وكالة الأنباء الإيرانية الرسمية على لسان المتحدث باسم الخارجية بهرام قاسمي قوله: "الكثير '
                    'من الآمال كانت معقودة على هذه القمة العربية". وتابع قائلا: "سياسة السعودية في المنطقة ملموسة '
                    'للجميع".', "2018-04-16")
    assert [q.speaker for q in a.quotes] == ["Bahram Ghasemi", "Bahram Ghasemi"]
    # CN-internationalNews-615-20181002 (err10a): «ميلانيا ترامب» is not the president
    a = run(stages, 'وتوضح ميلانيا ترامب، قرينة الرئيس الأمريكي: "أعلم أنه من خلال الوكالة الأمريكية للتنمية الدولية '
                    'نساعد الأطفال".', "2018-10-02")
    assert [q.speaker for q in a.quotes] == ["Melania Trump"]


def test_quotes_an_ambassador_by_office_a_describing_verb_and_a_verb_that_is_a_name(stages: list) -> None:
    # snn-2015-08-06-0341 (blind-9): «وقال بهذا الخصوص إنه» goes on with the speaker; «السفير المصري لدى الإمارات»
    # told again alone is the ambassador named once, whom the knowledge base lacks
    a = run(stages, 'أكد السفير المصري لدى الإمارات إيهاب حمودة أن العلاقات قوية. وحول دعم الإمارات لمصر قال حمودة '
                    'إن «الإمارات شاركت في تحالفات كثيرة في حفر القناة»، وقال بهذا الخصوص إنه «تم توجيه الدعوة للشيخ '
                    'خليفة بن زايد لحضور الاحتفال».\nوبخصوص المشاريع، قال السفير المصري لدى الإمارات إن «هناك الكثير '
                    'من المشاريع التي تم طرحها خلال قمة شرم الشيخ».', "2015-08-06")
    assert [q.speaker for q in a.quotes] == ["Ehab Hamouda"] * 3
    # snn-2015-08-09-0248 (blind-9): «يصف لـ"الاقتصادية" X …، مضيفا», «ويتابع X حديثه قائلا», and «وطالب
    # الحقباني» is the verb, not «Taleb»
    a = run(stages, 'يصف لـ"الاقتصادية" عبد الرحمن الحقباني (ابن أخت سعود الدوسري رحمه الله)، الفقيد بأنه كان من '
                    'الشخصيات الهادئة، مضيفا: "في زيارته الأخيرة إلى العاصمة الرياض كان يقول لنا إنه يعاني تعبا".\n'
                    'ويتابع الحقباني حديثه قائلا: "نحن جميعا داخل عائلتنا نفخر كثيرا بمواقف الراحل".\nوطالب الحقباني '
                    'المغردين بالدعاء للمرحوم، قائلا: "إن رحمة الله قريب من المحسنين".', "2015-08-09")
    assert [q.speaker for q in a.quotes] == ["Abdulrahman Al-Haqbani"] * 3


@pytest.mark.parametrize("text, speakers", [
    # SK-middleEast-1524-20180509 (err10a): «وأضاف الوزير في تغريدة» is the minister named with a long title before
    ('قال وزير الدولة للشؤون الخارجية الإماراتي أنور قرقاش إن الاتفاق قدم رسالة خاطئة.\nوأضاف الوزير في تغريدة ثانية: '
     '"لقد فسرت إيران اتفاق النووي على أنه يتفق وهيمنتها الإقليمية".', ["Anwar Gargash"]),
    # SK-middleEast-3739-20181005 (err10a): after «جدد» an unknown word is its object; the speaker goes on
    ('وقال مصطفى الخلفي، الناطق الرسمي باسم الحكومة المغربية، إن "المملكة قررت الاستجابة لدعوة المبعوث الشخصي".\n'
     'كما جدد التأكيد على أنه "لا حل لقضية الصحراء المغربية خارج مقترح الحكم الذاتي".',
     ["Mustafa Al-Khalfi", "Mustafa Al-Khalfi"]),
    # CN-internationalNews-486-20180814 (err10a): «نقلت الوكالة قول X إن "…"»
    ('كشف وزير الخارجية التركي، جاويش أوغلو، أحدث المستجدات. ونقلت وكالة الأناضول قول أوغلو إن "القائم بأعمال السفارة '
     'الأمريكية في أنقرة سيزور اليوم القس برونسون".', ["Mevlüt Çavuşoğlu"]),
    # AL-internationalNews-1188-20180516: «الوزير» is not the adviser whose own title follows «نائب الوزير … بعنف»
    ('وهاجم نائب الوزير الكوري الشمالي بعنف مستشار الأمن القومي الأميركي، جون بولتون، الذي تحدث عن النموذج الليبي.\n'
     'وقال الوزير إن هذه "محاولة شريرة للغاية لإخضاع كوريا الشمالية لمصير ليبيا والعراق".', []),
])
def test_quotes_bare_titles_object_verbs_and_the_noun_qawl(stages: list, text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in run(stages, text, "2018-05-09").quotes] == speakers


def test_quotes_an_object_verb_before_a_name_keeps_its_subject(stages: list) -> None:
    # CN-middleEast-1556-20181016 (blind-8): «جدد الفنان السعودي محمد عبده "…"» — the singer is the subject, not an
    # object that hands the words to the sentence before
    a = run(stages, 'أعلنت وزارة الدفاع السعودية سقوط إحدى طائرات القوات الجوية. جدد الفنان السعودي محمد عبده '
                    '"الولاء والفداء للملك والوطن"، في أحدث تعليق له على موقع "تويتر".', "2018-10-16")
    assert "Ministry of Defense (Saudi Arabia)" not in [q.speaker for q in a.quotes]


def test_quotes_speaker_with_a_western_given_name_the_kb_lacks(stages: list) -> None:
    # AL-internationalNews-1566-20180611 (blind-10): «فلورانس» opens a transliterated name, so the minister speaks
    # (the article's Florence Parly is in the KB now: a family name it lacks stands in)
    a = run(stages, 'وقالت الوزيرة فلورانس دوبون، في مؤتمر صحافي، إنه "من الواضح أن عقد هذا الاجتماع إيجابي جداً".')
    (q,) = a.quotes
    assert q.speaker is not None and any(m.actor_id.startswith("per:x:") and a.actors[m.actor_id].name == q.speaker
                                         for m in a.mentions)


def test_quotes_speaker_by_a_spelling_of_the_surname_alone(stages: list) -> None:
    # err13a SK-internationalNews-397-20180316: «بريان هووك» … «وقال هوك»
    a = run(stages, 'وقال المسؤول الرفيع في وزارة الخارجية بريان هووك إن المحادثات جيدة. وقال هوك "نناقش المسائل '
                    'لأسبوع في كل مرة".')
    assert [q.speaker for q in a.quotes] == ["Brian Hook"]


def test_quotes_subjectless_cue_goes_back_past_a_cue_that_names_nobody(stages: list) -> None:
    # err13a CN-internationalNews-484-20180813: «من وصفهم بـ"الجبناء"» names nobody; «وتابع قائلاً» is Khamenei's
    a = run(stages, 'وأشار علي خامنئي إلى أن الحديث عن الحرب يهدف إلى إخافة من وصفهم بـ"الجبناء"، وتابع قائلاً إن '
                    'الإدارة الأمريكية "تلعب لعبة بائسة، إذ يقول أحد مسؤوليها إن المفاوضات ستتضمن شروطاً".')
    assert [q.speaker for q in a.quotes] == ["Ali Khamenei"]


def test_quotes_unknown_speaker_set_off_by_an_office_in_apposition(stages: list) -> None:
    # err13s snn-2015-07-31-1592: «وقال كلايف دوير، مدير إدارة الوجهات …:» (an indefinite office after the comma)
    a = run(stages, 'وقال كلايف دوير، مدير إدارة الوجهات في ميرال: “تعد الشراكة بين جزيرة ياس وطيران ناس خير برهان”.')
    assert len(a.quotes) == 1 and a.quotes[0].speaker is not None and a.quotes[0].speaker.startswith("Kl")


def test_quotes_the_medium_after_as_reported_by_is_no_quote(stages: list) -> None:
    # AL-economy-774-20180607: «بحسب ما نقلته "البوابة العربية للأخبار التقنية"»
    a = run(stages, 'وقال الرئيس الأمريكي دونالد ترامب إن الفريق اكتشف وجودًا هائلاً للبرمجيات، بحسب ما نقلته '
                    '"البوابة العربية للأخبار التقنية".')
    assert a.quotes == []


@pytest.mark.parametrize("text, speaker", [
    # «إلى» inside an envoy's title (its match key is «الي»: the title stopped there, and nobody spoke)
    ('قال المبعوث الأممي إلى سوريا ستافان دي ميستورا إن "الحل قريب جدا من الطرفين".', "Staffan de Mistura"),
    # err13a AL-internationalNews-1184-20180515: and a later subject-less «وأكد» goes on with him
    ('قال المبعوث الأممي إلى اليمن مارتن غريفيث إنه عازم على إطلاق مفاوضات سلام. وأكد "أنه يعتزم طرح إطار العمل '
     'هذا أمام مجلس الأمن الدولي".', "Martin Griffiths"),
    # err17a FR-internationalNews-1044: a region of two words (a place, not a speaker, so the title stopped at it)
    ('واعتبر المبعوث الأمريكي الخاص إلى الشرق الأوسط جيسون غرينبلات أنه "لا يمكن بناء السلام على أساس هذا النوع '
     'من التصريحات".', "Jason Greenblatt"),
])
def test_quotes_envoy_title_runs_through_where_he_is_sent(stages: list, text: str, speaker: str) -> None:
    assert [q.speaker for q in run(stages, text).quotes] == [speaker]


def test_quotes_to_after_a_comma_is_the_verbs_not_the_title(stages: list) -> None:
    # AL-economy-330-20180327: «كما أشار وزير الطاقة، إلى ما أكده ولي العهد …» — the crown prince is not the speaker
    a = run(stages, 'أكد وزير الطاقة السعودي خالد الفالح أن التنويع مهم. كما أشار وزير الطاقة، إلى ما أكده ولي العهد '
                    'السعودي الأمير محمد بن سلمان من سعي أوبك إلى التعاون. وأشار إلى أن "قطاع الطاقة سيتضاعف في '
                    'المملكة".')
    assert all(q.speaker != "Mohammed bin Salman" for q in a.quotes)


def test_quotes_a_bare_title_going_on_with_la_is_someone_else(stages: list) -> None:
    # snn-2015-08-04-0163: «الرئيس المشارك لحزب الشعوب الديمقراطي» is not the president named before
    a = run(stages, 'وقال الرئيس التركي رجب طيب أردوغان إن الحملة مستمرة. وقال الرئيس المشارك لحزب الشعوب '
                    'الديمقراطي، صلاح الدين ديمرتاش، إن "على التنظيم أن يسكت أسلحته فورا ويجب على الحكومة أن تتوقف".')
    assert all(q.speaker != "Recep Tayyip Erdoğan" for q in a.quotes)


def test_quotes_the_source_goes_on_with_the_body_it_spoke_for(stages: list) -> None:
    # CN-middleEast-296-20180318 (err12a): «قال مصدر … مسؤول إن "…"» then «وأضاف المصدر أن "…"»
    a = run(stages, 'وقال مصدر سعودي مسؤول إن "المحادثات بين المسؤولين السعوديين والحوثيين تجري منذ أسابيع". وأضاف '
                    'المصدر أن "التحالف يؤكد دعمه جهود الأمم المتحدة للحل".')
    assert [q.speaker for q in a.quotes] == ["Saudi Arabia", "Saudi Arabia"]


def test_quotes_a_title_goes_on_through_the_place_it_governs(stages: list) -> None:
    # snn-2015-07-25-0266, snn-2015-08-03-0824 (err12s): «أمير منطقة نجران الأمير جلوي …» is one speaker's phrase
    a = run(stages, 'وقال أمير منطقة نجران الأمير جلوي بن عبدالعزيز بن مساعد إن "القصر الشامخ يوثق مرحلة مهمة في '
                    'تأسيس البلاد".')
    assert [q.speaker for q in a.quotes] == ["Jiluwi bin Abdulaziz bin Musaed Al Saud"]


def test_quotes_participle_after_the_verb_abbara_takes_its_subject(stages: list) -> None:
    # err14s snn-2015-08-06-0157: «كما عبر X عن حزنه قائلاً» is X's (not «عبر» via, nor the speaker before)
    a = run(stages, 'وقالت الفنانة ميس حمدان: "رحمها الله وأسكنها فسيح جناته". كما عبر وزير الخارجية عادل الجبير '
                    'عن حزنه قائلاً: "صاحبة الوجه الجميل والقلب الطيب رحلت عنا".')
    assert [q.speaker for q in a.quotes] == ["Mais Hamdan", "Adel al-Jubeir"]


@pytest.mark.parametrize(("text", "speaker"), [
    # BB-middleEast-740-20180716: «للشيعة في العراق» goes on to the name, «للشيعة» is no addressee
    ('وعبر المرجع الأعلى للشيعة في العراق آية الله علي السيستاني عن تضامنه مع المحتجين، وقال إنهم يواجهون '
     '"نقصا حادا في الخدمات العامة".', "Ali al-Sistani"),
    # snn-2015-08-01-0820: «الممثلة العليا» is Mogherini's title
    ('وقالت الممثلة العليا للشؤون الخارجية والسياسة الأمنية نائبة رئيس المفوضية الأوروبية فدريكا موغيريني في '
     'تصريح صحفي "إن من مصلحة واستقرار أوروبا أن ترى تونس قوية وديموقراطية".', "Federica Mogherini"),
])
def test_quotes_long_titles_of_religious_and_foreign_officials(stages: list, text: str, speaker: str) -> None:
    assert [q.speaker for q in run(stages, text, "2018-07-16").quotes] == [speaker]


def test_quotes_a_state_after_a_masculine_object_verb_is_its_object(stages: list) -> None:
    # err14a SK-middleEast-1048-20180416: «كما حض سوريا على …» is the speaker's urging Syria (states take
    # feminine verbs); «كما حذرت روسيا من "…"» is Russia's
    a = run(stages, 'وقال وزير الخارجية الأمريكي مايك بومبيو إن بلاده قلقة. كما حض سوريا على التعاون الكامل '
                    'و"الإعلان فورا وتفكيك كل جوانب برنامجها للأسلحة الكيميائية".', "2018-04-16")
    assert [q.speaker for q in a.quotes] == ["Mike Pompeo"]
    a = run(stages, 'كما حذرت روسيا من "تداعيات خطيرة لأي ضربة عسكرية على سوريا".', "2018-04-16")
    assert [q.speaker for q in a.quotes] == ["Russia"]


def test_quotes_a_mark_after_a_colon_opens_past_a_stray_one(stages: list) -> None:
    # err14a SK-internationalNews-1887-20180531: «لقصر "فيرني-فولتير قرب جنيف: "أمضيت …"» (a name never closed);
    # SK-middleEast-2146-20180604: «فـ"إما الخروج … بالمجهول، مضيفا: "يجب …"» (words never closed)
    a = run(stages, 'وقال الرئيس الفرنسي إيمانويل ماكرون في مقابلة في مقره الصيفي لقصر "فيرني-فولتير قرب جنيف: '
                    '"أمضيت الكثير من الوقت في الخارج لأن فرنسا يجب أن تكون حاضرة". وتابع: "علينا أن نضطلع بدورنا".')
    assert [q.text for q in a.quotes] == ["أمضيت الكثير من الوقت في الخارج لأن فرنسا يجب أن تكون حاضرة",
                                          "علينا أن نضطلع بدورنا"]
    a = run(stages, 'ولفت الملك عبدالله أن أمام الأردن طريقين فـ"إما الخروج من الأزمة وتوفير حياة كريمة لشعبنا، أو '
                    'الدخول بالمجهول، مضيفا: "يجب أن نعرف إلى أين نحن ذاهبون".')
    assert [q.text for q in a.quotes] == ["إما الخروج من الأزمة وتوفير حياة كريمة لشعبنا، أو الدخول بالمجهول",
                                          "يجب أن نعرف إلى أين نحن ذاهبون"]


def test_quotes_relative_pronoun_after_the_rest_of_a_name(stages: list) -> None:
    # err14a CN-middleEast-1451-20181009: «الأمير خالد بن سلمان بن عبد العزيز، الذي قال …» (the entity stage
    # names «الأمير خالد بن سلمان»; the speaker is not the person of an earlier headline)
    a = run(stages, 'وأردوغان يطالب بأدلة. وتزامنت تصريحات ترامب مع إنكار من سفير المملكة العربية السعودية لدى '
                    'الولايات المتحدة، الأمير خالد بن سلمان بن عبد العزيز، الذي قال إن الادعاءات بأن خاشقجي قد قتل '
                    '"زائفة تماما، ولا أساس لها".', "2018-10-09")
    assert [q.speaker for q in a.quotes] == ["Khalid bin Salman Al Saud"]


def test_quotes_foreign_surname_alone_names_the_person_named_in_full(stages: list) -> None:
    # blind-20 SK-internationalNews-2065-20180610: «لاري كادلو» … «وقال كادلو»; a Portuguese match report's
    # «وقال كوستا» after «دييغو كوستا» is the player, not the prime minister (corpus SK-sport-1677-20180616)
    a = run(stages, 'اعتبر كبير المستشارين الاقتصاديين في البيت الأبيض لاري كادلو، الأحد، أن ترودو يتحمل مسؤولية '
                    'الفشل. وقال كادلو متحدثا لشبكة "سي إن إن" إن ترودو "عقد مؤتمرا صحفيا وقال إن الولايات المتحدة '
                    'تهين بلاده".', "2018-06-10")
    assert [q.speaker for q in a.quotes] == ["Larry Kudlow"]
    a = run(stages, 'وقدم دييغو كوستا مهاجم إسبانيا أداء قويا بعدما تفوق المهاجم البرتغالي كريستيانو رونالدو. وكان '
                    'المنتخب البرتغالي قد فاز. وقال كوستا: "هناك جدل دائما، وهذا جيد لأنه يعني وجود منافسة".',
            "2018-06-16")
    assert [q.speaker for q in a.quotes] != ["António Costa"] and len(a.quotes) == 1


def test_quotes_admitting_that_is_reported_speech(stages: list) -> None:
    # blind-12 SK-internationalNews-3268-20181004: «أقر … أن إيران "…"» (an admission told with long words);
    # FR-internationalNews-225-20180302: «إلا أنها أقرت …» names no one, «وأضافت» goes on with May
    a = run(stages, 'فقد أقر المرشد الأعلى الإيراني علي خامنئي في خطاب بثه التلفزيون الرسمي، الخميس، أن إيران "تواجه '
                    'فترة حساسة بسبب التهديدات الأميركية والمصاعب الاقتصادية".', "2018-10-04")
    assert [q.speaker for q in a.quotes] == ["Ali Khamenei"]
    a = run(stages, 'ودعت رئيسة الوزراء البريطانية تيريزا ماي للتوصل إلى "أوسع اتفاق ممكن يشمل عددا أكبر من القطاعات". '
                    'إلا أنها أقرت لأول مرة أن بريطانيا قد تعاني من عوائق تجارية جديدة. وأضافت "أريد أن أكون صريحة مع '
                    'الناس لأن الحقيقة هي أننا جميعا نحتاج إلى مواجهة الحقائق".', "2018-03-02")
    assert [q.speaker for q in a.quotes] == ["Theresa May", "Theresa May"]
    # err22a SK-internationalNews-2226-20180620: «اعترف الوزير بأن "…"», the minister named before
    a = run(stages, 'قال وزير الصحة البريطاني مات هانكوك إن الهواتف خطرة. واعترف الوزير بأن "للوالدين دور حيوي في '
                    'حماية الأطفال من الإدمان".', "2018-06-20")
    assert [q.text for q in a.quotes] == ["للوالدين دور حيوي في حماية الأطفال من الإدمان"]
    assert a.quotes[0].speaker is not None and a.quotes[0].speaker.startswith("Matt ")


def test_quotes_continuing_cue_with_a_description_goes_on_with_the_speaker(stages: list) -> None:
    # blind-12 SK-internationalNews-3268-20181004: «وأضاف صاحب أعلى سلطة في إيران: "…"» is Khamenei again; not a
    # charge added («أضافت النيابة العامة تهمة …، وهي "…"»)
    a = run(stages, 'قال المرشد الأعلى الإيراني علي خامنئي في خطاب إن "إيران تواجه فترة حساسة بسبب التهديدات". وأدلى '
                    'خامنئي بالخطاب أمام ميليشيا الباسيج. وأضاف صاحب أعلى سلطة في إيران: "اجتماعنا يأتي في مرحلة '
                    'حساسة تعيشها بلادنا".', "2018-10-04")
    assert [q.speaker for q in a.quotes] == ["Ali Khamenei", "Ali Khamenei"]
    a = run(stages, 'وقال الناشط نبيل رجب إن "السجون مكتظة بالمعتقلين". وعقب نشر المقال أضافت النيابة العامة تهمة '
                    'جديدة إلى لائحة اتهام رجب، وهي "نشر عمود في صحيفة أجنبية يتضمن أخبارا كاذبة".', "2018-02-21")
    assert [q.text for q in a.quotes] == ["السجون مكتظة بالمعتقلين"]


def test_quotes_a_statement_issued_told_with_the_verb_sadara(stages: list) -> None:
    # blind-12 snn-2015-07-22-1183: «بيان صدر عن وزارة الخارجية الإيطالية» (not only «صادر عن»)
    a = run(stages, 'وقال بيان صدر عن وزارة الخارجية الإيطالية إن "الأمر يتعلق بموظفين من شركة كبيرة للإنشاءات".',
            "2015-07-21")
    assert [q.speaker for q in a.quotes] == ["Ministry of Foreign Affairs (Italy)"]


def test_quotes_a_ministry_of_any_portfolio_speaks_through_its_statement(stages: list) -> None:
    # corpus FR-internationalNews-567-20180406: a ministry the curated KB lacks, named by portfolio and nisba
    a = run(stages, 'وأكدت وزارة التجارة الصينية في بيان "إذا تجاهل الجانب الأمريكي معارضة الصين فإن الجانب الصيني '
                    'سيذهب حتى النهاية".', "2018-04-06")
    assert [q.speaker for q in a.quotes] == ["Ministry of Commerce (China)"]


def test_quotes_a_medium_relaying_someones_words_gives_them_to_the_one_after_an(stages: list) -> None:
    # 200 read articles (SK-internationalNews-3350-20181008) and the corpus: «ونقلت رويترز عن X في بيان "…"»
    a = run(stages, 'ونقلت رويترز عن وزير الداخلية الإيطالي ماتيو سالفيني في بيان "إذا فكر أحد في التخلص من عشرات '
                    'المهاجرين فعليه أن يعرف".', "2018-10-08")
    assert [q.speaker for q in a.quotes] == ["Matteo Salvini"]
    a = run(stages, 'ونقلت وكالة الأنباء الألمانية عن وزارة الخارجية التركية: "هذا النهج المزدوج لا يمكن أن يتسق مع '
                    'الديمقراطية".', "2018-05-26")
    assert [q.speaker for q in a.quotes] == ["Turkish Foreign Ministry"]
    # without «عن» the verb moves something, and the speaker is the subject of the cue before
    a = run(stages, 'وقال الرئيس الأمريكي دونالد ترامب إن نقل السفارة "سيحدث في وقت قريب جدا جدا".', "2018-05-08")
    assert [q.speaker for q in a.quotes] == ["Donald Trump"]
    # «قوله» after the source attributes the words itself, and «وأضاف» goes on with that source
    a = run(stages, 'ونقلت الصحيفة عن وزير الخارجية السعودي عادل الجبير، الذي حضر الاجتماع، قوله "الأشخاص الذين '
                    'يشاركون إنما يغشون الجميع". وأضاف "لا بد من فرض غرامة على كل من يغش".', "2018-01-24")
    assert [q.speaker for q in a.quotes] == ["Adel al-Jubeir", "Adel al-Jubeir"]


def test_quotes_a_spokesman_of_a_body_named_after_his_title_speaks(stages: list) -> None:
    # corpus snn-2015-08-02-0750: «المتحدث الرسمي لوزارة العمل X»: whose spokesman, not an addressee; and
    # «الناطق الإعلامي» is a spokesman's title like «الناطق الرسمي»
    a = run(stages, 'تعمل الفتيات في المملكة العربية السعودية. أكد المتحدث الرسمي لوزارة العمل تيسير المفرج في '
                    'تصريح إلى "الوطن": أن البرنامج لا علاقة له بمهمات العمل، مضيفا "يجب على صاحب العمل والعاملة '
                    'الالتزام بما ورد في عقد العمل".', "2015-08-02")
    assert [q.speaker for q in a.quotes] == ["Taiseer Al-Mofarrej"]
    a = run(stages, 'وقال الناطق الإعلامي لوزارة الخارجية الروسية ماريا زاخاروفا "إن الوزارة شرعت في تدقيق '
                    'البيانات ومراجعتها".', "2018-07-22")
    assert [q.speaker for q in a.quotes] == ["Maria Zakharova"]
    # a medium after «المصدر» is still the one he spoke to
    a = run(stages, 'وقال المصدر لوكالة الأنباء الألمانية إن "طائرة عسكرية أطلقت صاروخين على أحد المنازل".',
            "2015-08-01")
    assert [q.speaker for q in a.quotes] == []


def test_quotes_a_relative_pronoun_of_the_other_gender_is_not_the_subject(stages: list) -> None:
    # 200 read articles snn-2015-08-01-0647: «لسياسة وزارة الدفاع التي أشار إلى أنها تشمل "…"» is Carter's
    a = run(stages, 'قال وزير الدفاع الأميركي أشتون كارتر إنه سيسمح بتسليح الجنود. ووجه كارتر قادة الجيش في إطار '
                    'التوجيهات الإرشادية لسياسة وزارة الدفاع التي أشار إلى أنها تشمل "خيار زيادة الأفراد '
                    'المسلحين في المنشآت"، كما طلب منهم تحديد الثغرات.', "2015-07-31")
    assert [q.speaker for q in a.quotes] == ["Ash Carter"]


def test_quotes_the_commission_named_back_speaks_for_the_commission(stages: list) -> None:
    # blind-14 AL-internationalNews-1711-20180620: «وقالت المفوضية في بيان» after the European Commission's head
    a = run(stages, 'وأعلن رئيس المفوضية الأوروبية جان كلود يونكر الدعوة. وقالت المفوضية في بيان "إن الرئيس يونكر يدعو '
                    'دول أعضاء مهتمة إلى اجتماع عمل غير رسمي".', "2018-06-20")
    assert [q.speaker for q in a.quotes] == ["European Commission"]


def test_quotes_a_question_put_to_the_speaker_is_not_his_words(stages: list) -> None:
    # corpus, SaudiNewsNet 2015: the question after «سؤال» is the journalist's; the answer is Lavrov's. After
    # his own cue («وقال ماتيس ردا على هذا السؤال "…"», ANT 2018) the words are the answer.
    a = run(stages, 'وعلى سؤال "هل ستلتقي بنظيرك الأمريكي قريبا؟"، أجاب وزير الخارجية الروسي سيرغي لافروف: '
                    '"لا توجد خطط لذلك في الوقت الحاضر". وقال لافروف ردا على هذا السؤال "لن ننسحب من الاتفاق '
                    'في الوقت الحالي".')
    assert found(a) == [("Sergey Lavrov", "لا توجد خطط لذلك في الوقت الحاضر"),
                        ("Sergey Lavrov", "لن ننسحب من الاتفاق في الوقت الحالي")]


@pytest.mark.parametrize(
    "echo", ["هذا ما قاله", "بهذه الكلمات وصف", "هكذا أكد"],
)
def test_quotes_words_pointing_back_to_a_quotation_attribute_it(stages: list, echo: str) -> None:
    # corpus (24 times «"…"، هذا ما قاله X»): the speech verb after the words names their speaker
    a = run(stages, f'"الاتفاق النووي مات ولن يعود إلى الحياة"، {echo} وزير الخارجية الأمريكي مايك بومبيو أمس.',
            "2018-05-10")
    assert found(a) == [("Mike Pompeo", "الاتفاق النووي مات ولن يعود إلى الحياة")]


def test_quotes_words_pointing_back_need_a_speech_verb(stages: list) -> None:
    a = run(stages, '"الاتفاق النووي مات ولن يعود إلى الحياة"، هذا ما يريده وزير الخارجية الأمريكي مايك بومبيو.',
            "2018-05-10")
    assert found(a) == []


def test_quotes_a_princes_short_name_carries_his_speech_on(stages: list) -> None:
    # snn-2015-08-03-0793 (err15s): the subject-less «قال:» goes on with «الأمير عبدالله», the prince named before
    a = run(stages, "أكد الرئيس العام لرعاية الشباب الأمير عبدالله بن مساعد أن الاستعدادات جيدة.\nوأكد الأمير "
                    'عبدالله الاتفاق على عقد لقاء كل ستة أشهر.\nوعن جاهزية الإستاد قال: "فحص الأساسات جار وسينتهي '
                    'قريبا".', "2015-08-03")
    assert found(a) == [("Abdullah bin Musaed Al Saud", "فحص الأساسات جار وسينتهي قريبا")]


def test_quotes_a_family_name_in_another_spelling_names_the_speaker(stages: list) -> None:
    # snn-2015-07-31-1553 (err15s): «فاليري هندرسون» … «وقالت هاندرسون "…"»
    a = run(stages, "قالت المتحدثة باسم البنتاغون فاليري هندرسون إن الوزارة تحقق في الهجوم.\nوقالت هاندرسون "
                    '"نواصل تحديد وتخفيف مخاطر الأمن الالكتروني ونواصل التحقيق".', "2015-07-31")
    assert [q[1] for q in found(a)] == ["نواصل تحديد وتخفيف مخاطر الأمن الالكتروني ونواصل التحقيق"]
    assert found(a)[0][0] is not None and found(a)[0][0].startswith("Valerie")


@pytest.mark.parametrize(
    "cue", ["علقت رئيسة الوزراء البريطانية تيريزا ماي:", "وأصرت رئيسة الوزراء البريطانية تيريزا ماي على أن"],
)
def test_quotes_commenting_and_insisting_are_speech(stages: list, cue: str) -> None:
    # SK-middleEast-1042 (err15a): «علقت ماي: "…"»; BB-technology-421 (err15a): «أصروا على أن "…"»
    a = run(stages, f'{cue} "يجب ألا يساور النظام السوري أي شك إزاء عزمنا".', "2018-04-14")
    assert found(a) == [("Theresa May", "يجب ألا يساور النظام السوري أي شك إزاء عزمنا")]


@pytest.mark.parametrize("text, speaker", [
    # blind-15 FR-middleEast-211-20180402: «الوكالة» is the agency named before by a name without the word
    # («(سانا)», whose KB names include «وكالة سانا»)
    ('وأعلنت وكالة الأنباء السورية الرسمية (سانا) خروج الحافلات. وقالت الوكالة "خروج حافلتين من مدينة دوما".',
     "Syrian Arab News Agency"),
    ('ونقلت صحيفة الغارديان عن مسؤولين قولهم. وكتبت الصحيفة "لا يجب أن نصمت على هذا الأمر".', "The Guardian"),
])
def test_quotes_a_definite_body_noun_goes_back_to_a_body_by_any_of_its_names(stages: list, text: str,
                                                                             speaker: str) -> None:
    assert [q.speaker for q in run(stages, text).quotes] == [speaker]


def test_quotes_a_pronoun_particle_after_a_reported_clause_is_that_clauses_subject(stages: list) -> None:
    # pool BB-internationalNews-1068-20180909: «لكنه» is the White House «أن» opened, not the newspaper reporting
    a = run(stages, 'وذكرت صحيفة نيويورك تايمز أن البيت الأبيض رفض الإجابة عن أسئلة مفصلة، لكنه أكد في بيان على '
                    '"الحاجة إلى التحاور مع جميع الفنزويليين الذين يبدون رغبة بالديمقراطية".')
    assert [q.speaker for q in a.quotes] == ["White House"]


def test_quotes_concluding_verb_is_a_cue(stages: list) -> None:
    # corpus SK-middleEast-3604-20180910: «وختم البيان بالقول:» goes on with the statement's issuer
    a = run(stages, 'وأعربت وزارة الخارجية العراقية في بيان "عن استنكارها لسلوك بعض المغرضين من المتواجدين ضمن '
                    'الجماهير". وختم البيان بالقول: "إن الشعب العراقي المحب لأشقائه كان ومازال مثالا ونموذجا في '
                    'التعامل الأخوي".')
    assert [q.speaker for q in a.quotes] == ["Iraqi Foreign Ministry"] * 2


def test_quotes_the_fao_speaks_for_itself_not_for_the_un(stages: list) -> None:
    # corpus SK-economy-284-20180405: «منظمة الأغذية والزراعة للأمم المتحدة (فاو)» … «وقالت المنظمة»
    a = run(stages, 'أعلنت منظمة الأغذية والزراعة للأمم المتحدة (فاو)، الخميس، أن أسعار الغذاء ارتفعت. وقالت المنظمة '
                    'في بيان: "طغى ارتفاع أسعار الذرة والقمح على الانخفاض في أسعار السكر".')
    assert [q.speaker for q in a.quotes] == ["Food and Agriculture Organization"]


def test_quotes_an_outlet_addressed_in_quotation_marks_is_no_speaker(stages: list) -> None:
    # err18a SK-internationalNews-1372: «لـ"رويترز"» is whom the diplomat spoke to, as «لرويترز» is
    a = run(stages, 'وقال دبلوماسي فرنسي كبير لـ"رويترز" "كل ما يتعلق بسوريا يجب أن يحسم الآن".', "2018-03-10")
    assert found(a) == [("France", "كل ما يتعلق بسوريا يجب أن يحسم الآن")]


def test_quotes_an_organization_noun_and_a_bodys_president(stages: list) -> None:
    # pool snn-2015-07-22-0978: «التنظيم» goes back to «تنظيم القاعدة»
    a = run(stages, 'وكان تنظيم القاعدة تحدث أمس في بيان. وقال التنظيم ان عناصره "تمكنوا من قتل 14 عسكريا".',
            "2015-07-22")
    assert found(a) == [("Al-Qaeda", "تمكنوا من قتل 14 عسكريا")]
    # pool FR-internationalNews-2080-20180630: «رئيس المجلس الأوروبي» is its president on the day
    a = run(stages, 'وتابع رئيس المجلس الأوروبي "إنه النداء الأخير لوضع الأوراق على الطاولة".', "2018-06-30")
    assert found(a) == [("Donald Tusk", "إنه النداء الأخير لوضع الأوراق على الطاولة")]


def test_quotes_the_subject_after_a_fronted_phrase_goes_on(stages: list) -> None:
    # pool SK-internationalNews-3268-20181004: «وقال:» continues Khamenei, the subject after the fronted «وفي
    # تلميح إلى استجداء الشعب الإيراني …،»
    a = run(stages, 'وفي تلميح إلى استجداء الشعب الإيراني لتحمل المزيد من الضغوط الاقتصادية، وجه خامنئي رسالة مبطنة '
                    'إلى الإيرانيين.\nوقال: "شعبنا لا يقبل الانكسار أبدا وهو ليس شعارا فقط".', "2018-10-04")
    assert found(a) == [("Ali Khamenei", "شعبنا لا يقبل الانكسار أبدا وهو ليس شعارا فقط")]


@pytest.mark.parametrize(("text", "expected"), [
    # pool SK-internationalNews-1887-20180531: the verbal noun of affirming, with its owner's pronoun
    ('برر الرئيس الفرنسي إيمانويل ماكرون، الخميس، رحلاته العديدة إلى الخارج بتأكيده أنه "يدافع عن مصالح فرنسا في '
     'العالم".', [("Emmanuel Macron", "يدافع عن مصالح فرنسا في العالم")]),
    # err18a BB-internationalNews-307: a plural participle; the first of the coordinated senders speaks
    ('وكتب السيناتوران ديك دوربن وجاك ريد إلى وزير الدفاع قائلين إن الوزارة "لا تملك سلطة قانونية لذلك".',
     [("Dick Durbin", "لا تملك سلطة قانونية لذلك")]),
])
def test_quotes_plural_participles_and_verbal_nouns(stages: list, text: str, expected: list) -> None:
    assert found(run(stages, text, "2018-05-31")) == expected


def test_quotes_guillemets_set_the_wrong_way_round(stages: list) -> None:
    # blind-16 snn-2015-08-11-0526: «:» … «» after a colon is a quotation too
    a = run(stages, 'وقال الأمير محمد بن نايف في بداية الاستقبال:» أوكلني خادم الحرمين الشريفين بنقل تحياته لكم«.',
            "2015-08-11")
    assert found(a) == [("Muhammad bin Nayef", "أوكلني خادم الحرمين الشريفين بنقل تحياته لكم")]


@pytest.mark.parametrize(("text", "expected"), [
    # FR-internationalNews-1024-20180501: a description the titles lack, definite adjectives, then a name
    ('قال الناقد السينمائي جان ميشال فرودون إن "السينما تواكب الحساسيات السياسية المعاصرة".',
     [("Jean Michel Frodon", "السينما تواكب الحساسيات السياسية المعاصرة")]),
    # AL-economy-1012-20180712: «كبير» (chief) opens a title
    ('وقال كبير مفاوضي الاتحاد الأوروبي ميشال بارنييه في تغريدة إنه سيبدأ تحليل الخطة البريطانية، وإنه "متشوق '
     'للتفاوض مع المملكة المتحدة الأسبوع المقبل".',
     [("Michel Barnier", "متشوق للتفاوض مع المملكة المتحدة الأسبوع المقبل")]),
])
def test_quotes_a_description_or_a_chief_before_the_speakers_name(stages: list, text: str, expected: list) -> None:
    assert found(run(stages, text, "2018-07-12")) == expected


def test_quotes_a_definite_body_word_alone_is_still_the_body_named_before(stages: list) -> None:
    # (the description rule needs a person's name after it: «وقالت الحركة» is the movement the article named)
    a = run(stages, 'أعلنت حركة حماس رفضها للقرار. وقالت الحركة في بيان إن "الضربات عدوان سافر على الأمة".',
            "2018-04-14")
    assert found(a) == [("Hamas", "الضربات عدوان سافر على الأمة")]


@pytest.mark.parametrize(("text", "speaker"), [
    # blind-17 AL-internationalNews-362-20180306: an unnamed source speaks for the body its adjective names
    ('وقال مصدر رئاسي فرنسي إن "الهدنة التي اقترحتها روسيا لم تحترم حتى الآن".', "Élysée Palace"),
    # FR-middleEast-698-20180626
    ('وقالت مصادر عسكرية سورية إن "وحدات الجيش تقدمت في الغوطة الشرقية".', "Syrian Arab Army"),
    # … or for its state when the adjective names no body
    ('وقال مصدر أمني مصري إن "الهجوم استهدف نقطة تفتيش للجيش في سيناء".', "Egypt"),
])
def test_quotes_an_unnamed_source_with_an_adjective_and_a_nisba(stages: list, text: str, speaker: str) -> None:
    assert [s for s, _ in found(run(stages, text, "2018-03-06"))] == [speaker]


def test_quotes_the_definite_source_told_again_is_the_same_body(stages: list) -> None:
    # blind-17 AL-internationalNews-362-20180306: «المصدر الرئاسي الفرنسي» takes the adjective as «مصدر رئاسي»
    # does, and «قال المصدر» / «المصدر نفسه» go back to the source speaking before
    a = run(stages, 'وكشف مصدر رئاسي فرنسي عن خمس نقاط. واعتبر المصدر الرئاسي الفرنسي أن الهدنة "لم تكن كافية ولم '
                    'تسمح بإجلاء الجرحى". وقال المصدر في الإليزيه إنه "لا يجب الوقوع في فخ النظام". وردا على سؤال '
                    'قال المصدر "إن طرفي النزاع يتبادلان إطلاق النار". ودعا المصدر نفسه إلى الحذر لأن "السيطرة '
                    'على أراض من هنا وهناك مسألة نسبية".', "2018-03-06")
    assert [s for s, _ in found(a)] == ["Élysée Palace"] * 4


@pytest.mark.parametrize(("text", "speaker"), [
    # pool snn-2015-07-27-0834: the title's own words («للحماية المدنية بالجيزة») run on to a rank and a name
    ('وقال مدير الإدارة العامة للحماية المدنية بالجيزة اللواء مجدي الشلقامي لوكالة فرانس برس انه جرى "انتشال '
     '36 جثة وتسعة ناجين بينهم اربعة مصابين".', "Magdi Al-Shalqami"),
    # pool snn-2015-08-10-1263: an article-less noun of the title's construct before a body («فرع وزارة الإسكان»)
    ('من جهته قال لـ«اليوم» مدير عام فرع وزارة الإسكان بالمنطقة الشرقية الدكتور شاهر السهلي: «عملت الوزارة '
     'على معالجة كل الاعتراضات».', "Shaher Al-Sahli"),
])
def test_quotes_a_long_title_runs_on_to_its_holder(stages: list, text: str, speaker: str) -> None:
    assert [s for s, _ in found(run(stages, text, "2015-07-27"))] == [speaker]


@pytest.mark.parametrize(("text", "expected"), [
    # err20a FR-internationalNews-1201: warning and condemning report the speaker's words when long enough
    ('وقال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده مستعدة. ونبه إلى أن إيران مستعدة لاستئناف التخصيب '
     '"على المستوى الصناعي دون أي قيود".', [("Mohammad Javad Zarif", "على المستوى الصناعي دون أي قيود")]),
    ('وندد المتحدث باسم الخارجية الإيرانية بهرام قاسمي بـ "الهجمات المتكررة للكيان الصهيوني على سوريا".',
     [("Bahram Ghasemi", "الهجمات المتكررة للكيان الصهيوني على سوريا")]),
    # … and, weak, not a short label
    ('وانتقد وزير الخارجية الإيراني محمد جواد ظريف "الإدارة المتطرفة" في واشنطن.', []),
])
def test_quotes_warning_and_condemning_cues(stages: list, text: str, expected: list) -> None:
    assert found(run(stages, text, "2018-05-12")) == expected


@pytest.mark.parametrize(("text", "speaker"), [
    # pool BB-internationalNews-1041-20180826: after «الذي» an object verb's subject is the one the clause
    # qualifies; the name after the verb is its object
    ('وكتب الكاردينال كارلو ماريا فيغانو، الذي انتقد البابا فرنسيس في السابق "البابا فرانسيس طالب سابقا '
     'بالشفافية التامة في الكنيسة".', "Carlo Maria Viggiano"),
    # … a speech verb after it may have a subject of its own («الولايات المتحدة التي قالت سفيرتها …», corpus
    # AL-internationalNews-1412-20180601)
    ('وعقدت القمة الأوروبية في بروكسل، وهي القمة التي قالت المستشارة الألمانية أنجيلا ميركل إنها "ستكون حاسمة '
     'لمستقبل الاتحاد الأوروبي".', "Angela Merkel"),
    # err19s snn-2015-07-25-0914: a speech verb after «الذي» whose words name nobody is the person's before it
    ('"دنيا الرياضة" اجرت اتصالا بحارس العروبة رافع الرويلي الذي اكد متابعته للخبر المتداول وقال: "لم يحصل أي '
     'اتصال رسمي بيني وبين أي مسؤول اتفاقي".', "Rafea Al-Ruwaili"),
])
def test_quotes_a_relative_clause_before_the_cue(stages: list, text: str, speaker: str) -> None:
    assert [s for s, _ in found(run(stages, text, "2018-08-26"))] == [speaker]


def test_quotes_a_title_runs_on_through_the_ministry_its_holder_serves(stages: list) -> None:
    # corpus snn-2015-07-26-1319: «بوزارة الحج» is where the official serves, not an addressee
    a = run(stages, 'أوضح مدير عام العلاقات العامة بوزارة الحج علي الغامدي أن لجان المراقبة بالوزارة رصدت مبالغة '
                    'كبيرة. وأضاف في إجابته على سؤال، قائلا: «ولإيجاد حلول مناسبة تحافظ على مصالح الحجاج».',
            "2015-07-26")
    assert [s for s, _ in found(a)] == ["Ali Al-Ghamdi"]



@pytest.mark.parametrize(("text", "published", "speakers"), [
    # corpus AL-internationalNews-138-20180221: «كبير موظفي بنس، نيك آيرز»: Pence's chief of staff speaks; not
    # «النواب مايك تومبسون، وتيد ليو»: a list, whose first speaks
    ('كان نائب الرئيس مايك بنس مستعدا للقاء. من جانبه، قال كبير موظفي بنس، نيك آيرز، في بيان: "ستقف هذه الإدارة '
     'أمام رغبة كيم في التستر على نظامهم". وصرح النواب مايك تومبسون، وتيد ليو، وسيث مولتون، في بيان مشترك '
     '"باعتبارنا محاربين قدامى، نعرب عن قلقنا".', "2018-02-21", ["Nick Ayers", "Mike Thompson"]),
    # blind-31 CN-internationalNews-63-20180304: a description the phrase cannot follow («من البحرية»), then the
    # name before «إن:»; not a man named in between («عقب اجتماع مع الرئيس القبرصي، نيكوس أناستاسياديس:»)
    ('وقال الاميرال المتقاعد من البحرية الأمريكية، جون كيربي إن: "فيتنام تشعر بالقلق العميق حول الخطوات '
     'الهجومية". وصرح مسؤول الشركة عقب اجتماع مع الرئيس القبرصي، نيكوس أناستاسياديس: "حتى الآن استثمرنا نحو 700 '
     'مليون يورو".', "2018-03-04", ["John Kirby"]),
    # blind-31 FR-internationalNews-2657-20180810: «أحد أساتذة الطلاب» describes the man named first there
    ('وقال أحد أساتذة الطلاب يحيى حسين إن الطلاب كانوا ينتظرون الرحلة، مضيفا "كانوا يسألونني عن الرحلة قبلها '
     'بيومين".', "2018-08-10", ["Yahya Hussein"]),
    # blind-31 snn-2015-08-09-0674: «بدوره، عبر X … عن سعادته» (expressed, not «via»; its «عن» past the first
    # words), then «وقال:»: X speaks, not the speaker before
    ('حيث قال نجيب بن عبداللطيف العيسى رئيس مجلس إدارة الشركة: "يسرني أن أتقدم لسعادتكم بأجمل التهاني".\nبدوره، '
     'عبر عبدالعزيز بن حمد السويلم عضو مجلس منطقة الرياض ونائب رئيس اللجنة الثقافية عن سعادته بنبأ اختيار الزميل '
     'راشد الراشد.\nوقال: "لا شك أنكم أهل لهذه الثقة لا سيما وأنكم عاصرتم الصحافة".', "2015-08-09",
     ["Najib Al-Issa", "Abdulaziz Al-Suwailem"]),
    # blind-35 SK-technology-146-20180311: the name between two commas after a description, then «إن»; «وأضاف»
    # goes on with him
    ('ويقول عالم الغدد الصماء، روبرت لوستغ، إن التنبيهات تجعل أدمغتنا في حالة من الإجهاد.\nوأضاف: "ينتهي بك '
     'الحال إلى القيام بأشياء غريبة جراء تراجع الوظائف الإدراكية".', "2018-03-11", ["Robert Lustig"]),
    # blind-35 SK-sport-869-20180425: a sportsman's title in a construct («مدرب العين»), then «المدرب» and his
    # nationality («الكرواتي») for him again
    ('وقال مدرب العين، الكرواتي زوران ماميتش، إن "طموح الثنائية أصبح أقوى بعد الفوز على شباب الأهلي". وعن '
     'المنافس، قال المدرب الكرواتي: "سنخوض المباراة النهائية بتركيز تام ولا نهاب مواجهة أي فريق".', "2018-04-25",
     ["Zoran Mamić", "Zoran Mamić"]),
])
def test_quotes_the_speaker_named_around_a_title_or_description(stages: list, text: str, published: str,
                                                                speakers: list) -> None:
    assert [s for s, _ in found(run(stages, text, published))] == speakers


def test_quotes_a_title_with_its_place_runs_on_to_its_holder(stages: list) -> None:
    # err19s snn-2015-07-25-1416: «للحج والعمرة في مكة المكرمة» are all the committee member's title
    a = run(stages, 'وقال عضو اللجنة الوطنية للحج والعمرة في مكة المكرمة أسامة فيلالي: «لم يؤخذ في الحسبان '
                    'أثناء التسجيل الإلكتروني سكن العمالة».', "2015-07-25")
    assert [s for s, _ in found(a)] == ["Osama Fillali"]


def test_quotes_a_title_and_its_nisba_told_again_is_the_one_named_with_them(stages: list) -> None:
    # blind-18 CN-middleEast-254-20180313: «المندوبة الأمريكية» again is Nikki Haley; «المندوب الأمريكي» after the
    # Russian envoy is not him
    a = run(stages, 'وقالت المندوبة الأمريكية لدى الأمم المتحدة نيكي هيلي إن "روسيا عطلت المحادثات". ولوحت المندوبة '
                    'الأمريكية بتحرك أحادي من واشنطن قائلة: "خلال المفاوضات، أخطرت الولايات المتحدة الجميع". وقال '
                    'المندوب الروسي فاسيلي نيبينزيا إن "الاتهامات باطلة". وأضاف المندوب الأمريكي: "هذا غير صحيح '
                    'أبدا".', "2018-03-13")
    assert [s for s, _ in found(a)] == ["Nikki Haley", "Nikki Haley", "Vasily Nebenzya"]


def test_quotes_a_title_with_a_glued_object_after_it_still_ends(stages: list) -> None:
    # corpus SK-internationalNews-1013-20180419: «بالمؤسسة …» is what the leader praised, not part of his title
    a = run(stages, 'وقال المرشد الأعلى علي خامنئي إن البلاد قوية. وأشاد المرشد الأعلى بالمؤسسة الأمنية '
                    'الاستخباراتية في إيران، مضيفا: "لقد كانت سليمة وخالصة منذ تأسيسها".', "2018-04-19")
    assert [s for s, _ in found(a)] == ["Ali Khamenei"]


@pytest.mark.parametrize(("text", "speaker"), [
    # blind-19 BB-internationalNews-523: a deputy of a ministry in construct («وزير خارجية كوريا الشمالية»), then
    # the name (hyphenated) and adverbials before the words: the name and its title count as one word of the gap
    ('وقال نائب وزير خارجية كوريا الشمالية كيم كاي-غوان في بيان يوم الأربعاء "لا نخفي شعورنا بالنفور تجاهه".',
     "Kim Kye-gwan"),
    # corpus FR-middleEast-534-20180526
    ('من جهته، قال نائب وزير خارجية إيران عباس عراقجي عقب الاجتماع "في الوقت الحالي نحن نتفاوض لنعرف ما لديهم".',
     "Abbas Araghchi"),
])
def test_quotes_speaker_after_a_deputy_of_a_ministry_in_construct(stages: list, text: str, speaker: str) -> None:
    assert [s for s, _ in found(run(stages, text, "2018-05-18"))] == [speaker]



def test_quotes_bare_title_told_again_past_the_honorific_before_the_name(stages: list) -> None:
    # blind-19 snn-2015-08-11-1072: «وزير الصحة المهندس خالد الفالح» then «وكتب الوزير»: the minister's title is
    # the one before «المهندس»
    text = ("وجه وزير الصحة المهندس خالد الفالح بتشكيل لجنة تحقيق. وكتب الوزير في تغريدة على حسابه بموقع التواصل "
            "الاجتماعي “تويتر”: “كلفت لجنة عاجلة للتثبت من ادعاء التحرش”.")
    assert found(run(stages, text, "2015-08-11")) == [("Khalid A. Al-Falih", "كلفت لجنة عاجلة للتثبت من ادعاء التحرش")]
    # … but an honorific that is not the title told again names no one
    text = ("وجه الدكتور خالد الفالح بتشكيل لجنة تحقيق. وكتب الوزير في تغريدة على حسابه بموقع التواصل "
            "الاجتماعي “تويتر”: “كلفت لجنة عاجلة للتثبت من ادعاء التحرش”.")
    assert found(run(stages, text, "2015-08-11")) == []


@pytest.mark.parametrize(("text", "expected"), [
    # err21a BB-middleEast-82: «واصفا إياه بأنه "…"»: the words of the main verb's subject
    ('ورحب وزير الخارجية الفلبيني آلان بيتر كايتانو بالقرار، واصفا إياه بأنه "خطوة أولية مهمة في سعينا من أجل '
     'تحقيق العدالة".', [("Alan Peter Cayetano", "خطوة أولية مهمة في سعينا من أجل تحقيق العدالة")]),
    # err21a SK-middleEast-3334: «متوعدة بـ"…"»: four words or more glued to «بـ» after a reporting word
    ('وأدانت وزارة الداخلية الأردنية الهجوم، متوعدة بـ"ملاحقة الزمرة الجبانة الفاعلة والاقتصاص منها بشدة".',
     [("Ministry of Interior (Jordan)", "ملاحقة الزمرة الجبانة الفاعلة والاقتصاص منها بشدة")]),
    # err21a CN-middleEast-1427: «وما وصفه بـ"…"»: what the sentence's subject called so (not the speaker before)
    ('ادعى وزير الخارجية الأمريكي السابق جون كيري أن مبارك طالب بضرب إيران.\nشبه الرئيس المصري عبدالفتاح السيسي، '
     'السبت، الانتصار في حرب 6 أكتوبر بمواجهة الاضطرابات وما وصفه بـ"الحفاظ على مصر ومنع انهيارها".',
     [("Abdel Fattah el-Sisi", "الحفاظ على مصر ومنع انهيارها")]),
    # a label glued to «بـ» stays a label
    ('وأدان الرئيس الأمريكي دونالد ترامب الهجوم، واصفا إياه بـ"الجبان".', []),
    # pool-400 SK-internationalNews-1847: the object after the participle is no speaker
    ('وحذر وزير الداخلية النمساوي هربرت كيكل من الهجرة، واصفا تدفق المهاجرين منذ عام 2015 بأعداد كبيرة بأنه "تحدي '
     'كبير لا زالت أوروبا تعانيه".', [("Herbert Kickl", "تحدي كبير لا زالت أوروبا تعانيه")]),
])
def test_quotes_reporting_participles_and_what_he_called(stages: list, text: str, expected: list) -> None:
    assert found(run(stages, text, "2018-08-11")) == expected


@pytest.mark.parametrize(("text", "speaker"), [
    # err21a BB-internationalNews-795: «… ترامب الذي كان يشعر "بالفزع" وقال "…"»: the relative clause goes on
    ('وقالت الممثلة ستورمي دانيالز إنها شاهدت برنامجا وثائقيا مع الرئيس الأمريكي دونالد ترامب الذي كان يشعر '
     '"بالفزع" وقال "أتمنى أن تموت كل اسماك القرش".', "Donald Trump"),
    # a comma ends the relative clause: the sentence's speaker goes on
    ('وقالت الممثلة ستورمي دانيالز إنها التقت الرئيس الأمريكي دونالد ترامب الذي كان يشعر بالملل، وقالت "كان '
     'اللقاء قصيرا جدا في الفندق".', "Stormy Daniels"),
])
def test_quotes_and_said_goes_on_with_a_relative_clause(stages: list, text: str, speaker: str) -> None:
    assert [s for s, _ in found(run(stages, text, "2018-03-26"))] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # FR-internationalNews-2227-20180709 (blind-21, read): the office's statement, not May's own words
        ('وقال مكتب رئيسة الوزراء البريطانية تيريزا ماي في بيان "بعد الظهر، قبلت رئيسة الوزراء استقالة بوريس '
         'جونسون من منصبه".', "Prime Minister's Office (United Kingdom)"),
        # AL-economy-191-20180308 (pool, read): «مكتب» and the holder's name alone
        ('وقالت متحدثة باسم مكتب تيريزا ماي في بيان "تم الاتفاق خلال الاجتماع على هدف طموح لتجارة متبادلة".',
         "Prime Minister's Office (United Kingdom)"),
        # the holder's office words between «مكتب» and the name
        ('وقال مكتب الرئيس الفرنسي إيمانويل ماكرون في بيان "إن الرئيس سيزور الهند الشهر المقبل".', "Élysée Palace"),
        # no body marked `bureau` for Iraq's prime minister: the person, as before
        ('وقال مكتب رئيس الوزراء العراقي حيدر العبادي في بيان "إن الحكومة ماضية في تنفيذ الإصلاحات".',
         "Haider al-Abadi"),
    ],
)
def test_quotes_an_office_holders_bureau_speaks_for_its_body(stages: list, text: str, speaker: str) -> None:
    a = run(stages, text, published="2018-07-09")
    assert [q.speaker for q in a.quotes] == [speaker]


def test_entities_bureau_is_not_the_room(stages: list) -> None:
    # «في مكتب ترامب» is where they met: Trump stays a person of the sentence
    a = run(stages, "والتقى ماكرون في مكتب ترامب بالبيت الأبيض.", published="2018-04-24")
    assert "per:donald-trump" in {m.actor_id for m in a.mentions}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # snn-2015-08-09-1186 (err24s, read): «وكيل» is a title; two titles set off by a comma, then the name
        ('وقال وكيل وزارة الصحة للصحة العامة، رئيس مركز القيادة والتحكم الدكتور عبدالعزيز بن سعيد، "الحالات التي '
         'سجلت في الرياض هي حالات أولية".', "Abdulaziz bin Saeed"),
        ('وقال وكيل وزارة الخارجية للشؤون السياسية الدكتور عبدالعزيز بن سعيد: "الحالات التي سجلت في الرياض هي '
         'حالات أولية".', "Abdulaziz bin Saeed"),
        # snn-2015-08-10-0160 (blind-22, read): a bare title, then the medium addressed without «الـ»
        ('وقال وزير الخارجية البريطاني فيليب هاموند للصحفيين إنه متفائل. وقال الوزير لتلفزيون هيئة الإذاعة '
         'البريطانية: "يجب أن نتمكن من حل هذه المشكلة في نهاية المطاف".', "Philip Hammond"),
    ],
)
def test_quotes_title_phrases_reach_their_holder(stages: list, text: str, speaker: str) -> None:
    a = run(stages, text, published="2015-08-10")
    assert [q.speaker for q in a.quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # SK-middleEast-874-20180409 (err24a, read): «باسمها» is the body told right before
        ('وكانت وزارة الدفاع الأميركية (البنتاغون) أعلنت أن قواتها لم تشن ضربات في سوريا، وقال متحدث باسمها: "في '
         'الوقت الحالي، لا تنفذ وزارة الدفاع ضربات جوية في سوريا".', "United States Department of Defense"),
        # SK-middleEast-2069-20180531 (err24a, read): an official in the ministry told before speaks for it
        ('وقالت وزارة الخارجية الأمريكية إنها تتابع الوضع. وقال مسؤول في الوزارة لرويترز "يظل التحالف العالمي '
         'ملتزما بهزيمة داعش في سوريا".', "United States Department of State"),
        # a person named after the body: whose spokesman is not told
        ('وأعلن الكرملين أن بوتين التقى نتنياهو. وقال المتحدث باسمه: "لن نسمح باستمرار إطلاق الصواريخ على البلدات".',
         None),
        # snn-2015-07-26-1230 (pool, read): a diplomat at the Council does not speak for it
        ('واجتمع مجلس الأمن الدولي امس. وقال دبلوماسي في المجلس "من غير المرجح ان نتوصل الى ارضية تفاهم".', None),
    ],
)
def test_quotes_an_unnamed_official_of_the_body_told_before(stages: list, text: str, speaker: str | None) -> None:
    a = run(stages, text, published="2018-05-31")
    assert [q.speaker for q in a.quotes] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "published", "speakers"),
    [
        # BB-middleEast-940-20180825 (err25a, read): the verb's suffix resumes the noun the relative qualifies, so
        # the sentence's own subject speaks (was the speaker of the sentence before)
        ('ودافع وزير الخارجية البريطاني، جيرمي هانت، عن علاقات بلاده مع السعودية التي وصفها بأنها "حليف عسكري مهم '
         'جدا جدا".', "2018-08-25", ["Jeremy Hunt"]),
        # BB-internationalNews-227-20180325 (corpus): the subject named after such a verb speaks
        ('ونعى زعماء العالم الضابط الذي وصفه الرئيس الفرنسي إيمانويل ماكرون بأنه شخص "قاتل حتى النهاية ولم '
         'يستسلم".', "2018-03-25", ["Emmanuel Macron"]),
        # AL-economy-327-20180327 (err25a, read): «بيان للمجلس أوردته وكالة الأنباء السعودية» is the council's
        ('اجتمع مجلس الوزراء السعودي أمس. وجاء في بيان للمجلس أوردته وكالة الأنباء السعودية، أن "بعد الاطلاع على '
         'طلب اللجنة الوطنية للمقاولين تقرر الموافقة".', "2018-03-27", ["Council of Ministers of Saudi Arabia"]),
        # BB-middleEast-481-20180509 (err25a, read): «متحدثة» was a participle cue («speaking»); the noun with its
        # adjectives of origin speaks for the army (was the agency of the sentence before)
        ('وقالت وكالة الأنباء السورية الرسمية (سانا) إن الدفاعات الجوية أسقطت صاروخين.\nوعلقت متحدثة عسكرية '
         'اسرائيلية في ذلك الوقت على الاتهامات السورية، "نحن لا نرد على هذه التقارير الخارجية".', "2018-05-09",
         ["Israel Defense Forces"]),
        # err26s snn-2015-07-24-0762: «كشف» reports words when a complementizer follows
        ('وكشفت صحيفة واشنطن بوست أنه «ستقوم طائرة شحن عسكرية أميركية بنقل مجموعة كاملة من معدات الاتصال».',
         "2015-07-24", ["The Washington Post"]),
        ('وكشف وزير الخارجية الروسي سيرغي لافروف أن "موسكو لن تقبل بأي شروط مسبقة للحوار".', "2018-05-08",
         ["Sergey Lavrov"]),
        # … not where it reveals a thing: the chain of the one who speaks goes on (snn-2015-08-06-0521)
        ('وكانت "الاقتصادية" قد كشفت الثغرة في لائحة الانضباط، وأكد فهد بارباع أن الصيغة الحالية لا تجيز لها '
         'إيقاع عقوبات، مبينا: "مهما بدر من اللاعبين فإن لجنة الانضباط لا يحق لها إصدار أي عقوبة". وزاد: "المادة '
         'السادسة من لائحة الانضباط تنص على أن العقوبات تطبق محليا".', "2015-08-06", ["Fahd Barba'a"] * 2),
        ('وكشف الوزير عن "خطة السلام" الجديدة أمام البرلمان.', "2015-07-24", []),
        # err26s snn-2015-08-11-0152: «مسؤول كبير بوزارة الخزانة» after «وزارة الخزانة الأميركية» (orgs.yaml ar_shared)
        ('فرضت وزارة الخزانة الأميركية عقوبات جديدة على إيران أمس. وقال مسؤول كبير بوزارة الخزانة محذرا «نحن '
         'نحتاج إلى أن يقف الجميع متحدا ونريد التأكد».', "2015-08-11", ["United States Department of the Treasury"]),
        # err26s snn-2015-07-22-0065: «مسؤول في الوفد» after «الوفد المصري المشارك في المفاوضات» speaks for Egypt …
        ('بدأ الوفد المصري المشارك في المفاوضات اجتماعاته أمس. وقال مسؤول في الوفد إن الجولة الجديدة «لا تعد '
         'خطوة إلى الخلف، لكن لا نعرف».', "2015-07-22", ["Egypt"]),
        # … and for nobody with no delegation told before
        ('وقال مسؤول في الوفد إن الجولة الجديدة «لا تعد خطوة إلى الخلف، لكن لا نعرف».', "2015-07-22", []),
        # blind-23 BB-middleEast-398-20180424 (read): «وجاء في تقرير للمنظمة …» is Human Rights Watch's report
        ('انتقدت منظمة هيومن رايتس ووتش قانونا في الأردن. وجاء في تقرير للمنظمة المعنية بحقوق الإنسان أن أبناء '
         'الأمهات الأردنيات "يكافحون لنيل الحقوق والخدمات الأساسية".', "2018-04-24", ["Human Rights Watch"]),
        # a report a paper published is the paper's own, not relayed («أوردته وكالة …» only relays a statement)
        ('وجاء في تقرير نشرته صحيفة نيويورك تايمز أن "الإدارة الأمريكية تدرس فرض عقوبات جديدة على إيران".',
         "2018-04-24", ["The New York Times"]),
        # err26a SK-middleEast-1870-20180522: the broadcaster was missing from orgs.yaml
        ('وقالت القناة العاشرة الإسرائيلية "الوزراء أبلغونا بأن أحد الأسباب الرئيسية لنقل مكان الاجتماع هو منع '
         'التسريبات".', "2018-05-22", ["Channel 10 (Israel)"]),
        # blind-27 BB-economy-54-20180306 (read): a time after the cue is no subject («صرح الأسبوع الماضي بأنه»), so
        # «وقال» goes on with the speaker before the verb (was no quote)
        ('وكان ترامب قد صرح الأسبوع الماضي بأنه ينوي فرض ضرائب على الفولاذ، وقال إن "الحرب التجارية شيء جيد".',
         "2018-03-06", ["Donald Trump"]),
        # blind-27 FR-middleEast-770-20180716 (read): «من جهته» is an aside, and «لحركة حماس» the body the title
        # serves, not an addressee (both went to Netanyahu, who spoke before)
        ('وأضاف نتنياهو "لن نقبل بشن أي هجوم علينا". واعتبر من جهته رئيس المكتب السياسي لحركة حماس إسماعيل هنية، '
         'خلال كلمة ألقاها أثناء مشاركته في تشييع القتيلين، "إما أن يرفع الحصار أو تواجهون مسيرات أقوى".',
         "2018-07-16", ["Benjamin Netanyahu", "Ismail Haniyeh"]),
        # corpus snn-2015-08-02-0165 (was no quote)
        ('وقال أمين سر اللجنة التنفيذية لمنظمة التحرير، صائب عريقات: «اتفقنا مع الأردن الشقيق العضو العربي في مجلس '
         'الأمن».', "2015-08-02", ["Saeb Erekat"]),
        # blind-28 CN-middleEast-343-20180323 (read): the Turkish foreign ministry's spokesman, added to the KB
        ('قال المتحدث باسم الخارجية التركية، حامي آق صوي، الجمعة، إن بلاده تسعى لمواصلة المحادثات. وذكر آق صوي بأن '
         'تركيا تواصلت منذ "10 سنوات مع حلفائها وعلى رأسهم واشنطن، من أجل شراء منظومة دفاع جوي".', "2018-03-23",
         ["Hami Aksoy"]),
        # blind-28 BB-middleEast-433-20180502 (read): «مصدر في التحالف الدولي» speaks for the coalition (was the
        # Islamic State, the one body the phrase named)
        ('قال مصدر في التحالف الدولي المناويء لتنظيم ما يعرف الدولة الإسلامية في العراق لبي بي سي إنه يعتقد أن '
         '"الضربات الجوية البريطانية قد أدت لمقتل مدنيين".', "2018-05-02",
         ["Combined Joint Task Force – Operation Inherent Resolve"]),
        # … but a medium after the title is addressed
        ('وقال وزير الخارجية الفرنسي لوكالة الأنباء الفرنسية "لن نقبل بشن أي هجوم علينا".', "2018-07-16",
         ["Jean-Yves Le Drian"]),
        # blind-29 snn-2015-08-06-1813 (read): a company's name inside the title runs on to its holder (was no
        # speaker, and «وأضاف» went on with nobody)
        ('وأوضح المدير التنفيذي لشركة مترو جدة الدكتور أسامة إبراهيم عبده، أن "المشروع يتكون من ثلاثة خطوط". '
         'وأضاف: "في منتصف 2016، سيتم طرح مشروعات المترو بأنواعها".', "2015-08-06",
         ["Osama Ibrahim Abdu", "Osama Ibrahim Abdu"]),
    ],
)
def test_quotes_speakers_of_the_read_samples(stages: list, text: str, published: str, speakers: list[str]) -> None:
    a = run(stages, text, published=published)
    assert [q.speaker for q in a.quotes] == speakers


def test_quotes_the_mufti_by_his_surname_after_his_full_name(stages: list) -> None:
    # blind-27 snn-2015-07-24-1452: «وأكد د. علام» goes on from «د. شوقي علام» (ar_weak: «علام» is also a word)
    a = run(stages, 'بعث د. شوقي علام مفتي مصر ببرقية تهنئة للرئيس. وأكد د. علام أن السنين أظهرت الحقيقة. وقال "إن '
                    'الأعياد المصرية تتوالى فإننا نحتفل بثورة يوليو".', published="2015-07-24")
    assert found(a) == [("Shawki Allam", "إن الأعياد المصرية تتوالى فإننا نحتفل بثورة يوليو")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # blind-30 FR-internationalNews-1096-20180505 (read): verb, subject, then the one informed
    ('جددت روسيا تأكيد دعمها للاتفاق بحيث أبلغ بوتين نتنياهو خلال المكالمة الهاتفية الاثنين أن الاتفاق "مهم للغاية '
     'لضمان الاستقرار والأمن العالميين".', "2018-05-05",
     [("Vladimir Putin", "مهم للغاية لضمان الاستقرار والأمن العالميين")]),
    # corpus SK-middleEast-3747-20181004: the subject before «قد أبلغ» speaks, not Putin whom he informed
    ('وكان وزير الدفاع الروسي، سيرغي شويغو، قد أبلغ الرئيس فلاديمير بوتن، خلال اجتماع، أن "العمل انتهى قبل يوم".',
     "2018-10-04", [("Sergei Shoigu", "العمل انتهى قبل يوم")]),
    # corpus SK-internationalNews-2153-20180615: the clause's subject, not the body in her title before the verb
    ('وكانت نيكي هيلي المندوبة الأمريكية في الأمم المتحدة، قد أبلغت المجلس العام الماضي، بأن واشنطن ستنسحب بسبب '
     '"الانحياز المزمن ضد إسرائيل" في المجلس.', "2018-06-15",
     [("Nikki Haley", "الانحياز المزمن ضد إسرائيل")]),
])
def test_quotes_who_informs_someone_speaks(stages: list, text: str, published: str, expected: list) -> None:
    assert found(run(stages, text, published=published)) == expected


def test_quotes_the_one_informed_does_not_speak(stages: list) -> None:
    # corpus CN-middleEast-147-20180302: a subject we do not know informs Kuwait («الجانب الكويتي»)
    a = run(stages, 'ونقلت الوكالة عن الحمد قوله إن الانتربول أبلغ الجانب الكويتي أن السلطات اللبنانية "قامت على '
                    'الفور بتسليم ملف طلب الاسترداد للمتهمين".', published="2018-03-02")
    assert "Kuwait" not in [q.speaker for q in a.quotes]


def test_quotes_an_armed_group_in_guillemets_speaks(stages: list) -> None:
    # blind-30 snn-2015-08-07-0144 (read): «أحرار الشام» was unknown, so its statement was lost
    a = run(stages, "وأقر لواء «أحرار الشام» بانهيار المفاوضات مع الإيرانيين أول من أمس، قائلاً في بيان أصدره: «توقفت "
                    "المفاوضات مع الوفد الإيراني نظرا لإصرارهم على تفريغ الزبداني»", published="2015-08-07")
    assert [q.speaker for q in a.quotes] == ["Ahrar al-Sham"]


def test_quotes_a_club_after_an_object_verb_is_its_object(stages: list) -> None:
    # sample BB-sport-379: «ووصف ريال مدريد بأنه "…"»: the speaker goes on, the club is described
    text = ('قال نجم المنتخب البلجيكي، إيدن هازارد، إنه حائر. ويعتقد النجم البلجيكي أن أمامه انتقالا كبيرا، ووصف '
            'ريال مدريد بأنه "أحسن فريق في العالم". وقال: "لهذا السبب قلت بعد نهائيات كأس العالم إنه حان وقت '
            'التغيير".')
    assert "Real Madrid CF" not in [s for s, _ in found(run(stages, text, "2018-10-08"))]


@pytest.mark.parametrize(("text", "published", "speakers"), [
    # blind-37 SK-middleEast-2933-20180717: the name set off after a description, then the medium told, then the
    # quotation
    ('وقال عضو الهيئة الرئاسية لمجلس سوريا الديموقراطية، حكمت حبيب لفرانس برس "أحد أهداف هذا المؤتمر هو تشكيل '
     'منصة للتفاوض مع النظام السوري".', "2018-07-17", ["Hikmat Habib"]),
    # corpus SK-internationalNews-1995-20180606: the newspaper told, then a colon
    ('وقال الأدميرال المتقاعد، فاسيليوس مارتزوكوس، لصحيفة "الغارديان" البريطانية: "ينبغي النظر في الانتهاكات '
     'الجوية، والوقوف في وجه طموحات تركيا للهيمنة على المنطقة".', "2018-06-06", ["Vassilios Martzokos"]),
])
def test_quotes_a_set_off_name_then_the_medium_told(stages: list, text: str, published: str,
                                                    speakers: list) -> None:
    assert [s for s, _ in found(run(stages, text, published))] == speakers


@pytest.mark.parametrize(("text", "published", "speakers"), [
    # blind-37 snn-2015-08-02-0681: the company's quoted short name inside the title, then its holder
    ('وأوضح مدير عام الشركة الوطنية السياحية "سياحية" المهندس صالح قدح: "أن الفعاليات تحظى باهتمام الزوار '
     'للمنطقة". وأضاف: "وهي من الفعاليات التي تميز منطقة عسير".', "2015-08-02", ["Saleh Qadah", "Saleh Qadah"]),
    # corpus SK-sport-1170-20180514: an organisation's quoted name, then its director (not Putin, named before)
    ('وقال الرئيس الروسي فلاديمير بوتين إن البطولة ستكون ناجحة. ونقلت "فرانس برس" عن مدير منظمة "سوريون من أجل '
     'الحقيقة والعدالة" بسام الأحمد قوله: "في وقت تتجه فيه أنظار العالم إلى كرة القدم في روسيا، تتواصل الحرب".',
     "2018-05-14", ["Bassam Al-Ahmad"]),
    # corpus BB-internationalNews-213-20180323: a quoted holder's name is the speaker's
    ('وكرر زعيم حزب العمال البريطاني "جيريمي كوربين" دعوته إلى "حوار قوي وجاد" مع روسيا. وقال "نحن نعيش في قارة '
     'واحدة، يجب أن تكون لدينا آلية".', "2018-03-23", ["Jeremy Corbyn"]),
])
def test_quotes_a_quoted_short_name_inside_a_title(stages: list, text: str, published: str,
                                                   speakers: list) -> None:
    assert [s for s, _ in found(run(stages, text, published))] == speakers


def test_quotes_binat_is_a_speech_verb(stages: list) -> None:
    # corpus CN-middleEast-1286-20180907: «وبينت» (she showed) is «بيّنت» unvowelled; the masculine «وبين» is left
    # out, it is mostly «and between»
    text = ('وبينت وزارة الخارجية الأمريكية في تقريرها أنه "تم حظر كافة أصول هؤلاء الأفراد والكيانات الخاضعة '
            'لنطاق الولاية القضائية الأمريكية".')
    assert [s for s, _ in found(run(stages, text, "2018-09-07"))] == ["United States Department of State"]


def test_quotes_a_qualification_goes_on_with_the_speaker(stages: list) -> None:
    # blind-37 AL-internationalNews-1566-20180611: «وتدارك: "لكن …"» is Le Drian's, as «وأضاف» would be
    text = ('وقال وزير الخارجية الفرنسي جان إيف لودريان: "إذا أفضت القمة إلى نزع دائم للسلاح النووي سأكون أول من '
            'يصفق لذلك". وتدارك: "لكن ينبغي التنبه، حصلت سوابق بدأت بالحماسة".')
    assert [s for s, _ in found(run(stages, text, "2018-06-11"))] == ["Jean-Yves Le Drian", "Jean-Yves Le Drian"]


def test_quotes_a_coach_after_an_object_verb_is_its_subject(stages: list) -> None:
    # samples AL-sport-440-20180306: a coach is no club; «دعا غوارديولا لاعبي فريقه» is his call, and «وأوضح» goes on
    # with him
    text = ('ورغم التفوق الواضح دعا غوارديولا لاعبي فريقه للحذر أمام بازل. وأوضح: "إنها مباراة في دوري أبطال '
            'أوروبا وهي مسابقة لها طابع خاص جدا".')
    assert [s for s, _ in found(run(stages, text, "2018-03-06"))] == ["Pep Guardiola"]


@pytest.mark.parametrize("text, published, expected", [
    # samples snn-2015-08-03-0149: «وكان» after a comma opens the clause whose subject speaks, not the complement
    # clause before it
    ("ويعتقد مراقبون أن الإدارة الأميركية تعتبر الإرهاب أولوية، وكان كيري قال لمجلس العلاقات الخارجية، وهو مؤسسة "
     "بحثية في نيويورك: «يجب أن نغير آليات الوضع في سوريا».", "2015-08-03",
     [("John Kerry", "يجب أن نغير آليات الوضع في سوريا")]),
    # samples snn-2015-08-01-0090: the body of a title in guillemets («لـ«أوبك»»), then its holder's name
    ("وأشار الأمين العام لـ«أوبك» عبد الله البدري، أول من أمس (الخميس)، إلى أن الدول الأعضاء لن تخفض الإنتاج، "
     "قائلاً إن «ارتفاع الطلب سيحول دون حدوث تخمة في المعروض».", "2015-08-01",
     [("Abdallah Salem el-Badri", "ارتفاع الطلب سيحول دون حدوث تخمة في المعروض")]),
])
def test_quotes_subjects_past_a_copula_and_a_quoted_body(stages: list, text: str, published: str,
                                                          expected: list) -> None:
    assert found(run(stages, text, published=published)) == expected


def test_quotes_a_name_in_guillemets_after_a_title_is_its_body(stages: list) -> None:
    # corpus snn-2015-08-08-0120: «الرئيس التنفيذي لدار «روجيه دوبوي»» names the house, not the speaker
    a = run(stages, "في حين يفصح جون مارك بونتروي، الرئيس التنفيذي لدار «روجيه دوبوي» للساعات السويسرية الفاخرة، بأن "
                    "السوق شهد نموا، قائلا: «التقارير العالمية تؤكد نمو السوق بشكل إيجابي رغم التحديات».",
            published="2015-08-08")
    assert not any(s and "Roger" in s for s, _ in found(a))


def test_quotes_the_club_speaks_for_the_one_club_named_before(stages: list) -> None:
    # sample BB-sport-313-20180814: «المتحدث باسم النادي» is Liverpool's, and «وأضاف» goes on with it
    a = run(stages, 'أبلغ نادي ليفربول الإنجليزي الشرطة بشأن مقطع فيديو للاعبه محمد صلاح. وقال المتحدث باسم النادي '
                    '"بعد نقاش مع اللاعب، أحاط النادي الشرطة علما بالفيديو". وأضاف "لقد تحدثنا مع اللاعب أيضا وسوف '
                    'نتابع الأمر داخليا".', published="2018-08-14")
    assert [s for s, _ in found(a)] == ["Liverpool F.C.", "Liverpool F.C."]
    # corpus SK-sport-1562-20180610: with two clubs told before, «النادي» names neither
    a = run(stages, 'أعلن نادي ليون، السبت، أن نبيل فقير باق مع ناديه بعد تعثر مفاوضات انتقاله إلى نادي ليفربول '
                    'الإنجليزي. وأوضح النادي في بيان: "نبيل فقير باق مع ليون إلا في حال وجود عروض أخرى".',
            published="2018-06-10")
    assert "Liverpool F.C." not in [s for s, _ in found(a)]


def test_quotes_an_address_in_quotation_marks_is_no_quote(stages: list) -> None:
    # corpus snn-2015-08-07-1203: the link of the report, given to the authority once the KB knew it
    a = run(stages, 'وأوضحت الهيئة العامة للغذاء والدواء أن التسمم خطير، ولفتت في تقرير نشرته على موقعها الإلكتروني '
                    'على الرابط "www.sfda.gov.sa" إلى أن التسمم الميكروبي هو الأخطر.', published="2015-08-07")
    assert not any("sfda" in t for _, t in found(a))


def test_quotes_a_citizen_named_with_a_rare_family_name_speaks(stages: list) -> None:
    # corpus snn-2015-07-31-1516: «المواطن» before a name is evidence of a person, like «السيد»
    a = run(stages, 'وقال المواطن زياد الطقيق لـ”الوئام” إنه "ذهب للمهرجان هو وعائلته وحاول الدخول بسيارته '
                    'الخاصة".', "2015-07-31")
    assert [q.speaker for q in a.quotes] == ["Ziad al-Taqiq"]


def test_quotes_a_short_quotation_right_after_an_attribution_names_its_source(stages: list) -> None:
    # corpus snn-2015-07-25-0306: «"الألمانية"» is the agency the report is by, once the KB knew the institute after it
    text = ('وبحسب "الألمانية"، فقد ذكرت مؤسسة ماركت للأبحاث الاقتصادية ومقرها لندن أن مؤشر مديري المشتريات '
            'تراجع.')
    assert found(run(stages, text, "2015-07-25")) == []
    a = run(stages, 'وقال متحدث باسم مؤسسة ماركت للأبحاث الاقتصادية: "تراجع مؤشر مديري المشتريات هذا الشهر".',
            "2015-07-25")
    assert [s for s, _ in found(a)] == ["IHS Markit"]


def test_quotes_a_short_quotation_after_a_participle_is_the_speakers_words(stages: list) -> None:
    # blind-38 FR-internationalNews-2294-20180713: words after «مضيفا» that the sentence goes on after are not a
    # quoted name as a subject would be
    a = run(stages, 'ووصف ترامب الملكة بأنها امرأة رائعة.\nوقال "على مدى سنوات، مثلت بلادها ولم ترتكب خطأ فعليا" '
                    'مضيفا "زوجتي من كبار المعجبين" بالملكة.', "2018-07-13")
    assert ("Donald Trump", "زوجتي من كبار المعجبين") in found(a)


def test_quotes_a_time_set_off_after_the_cue_is_no_subject_and_bada_ma_qualifies_the_clause() -> None:
    # blind-38 snn-2015-08-01-0164: «بعدما تعهد، أول من أمس، بأن …»: the vow is the subject's before «بعدما», and
    # the time between commas names nobody; «وقال» then goes on with him (the time stage runs first, as in the
    # pipeline)
    stages = [SegmentStage(), TimeStage(), EntityStage(), QuoteStage()]
    a = run(stages, 'قال رئيس الوزراء البريطاني ديفيد كاميرون إن الوضع صعب.\nوكان كاميرون قد تعرض للانتقاد بسبب '
                    'طريقة استجابته للأزمة بعدما تعهد، أول من أمس، بأن بريطانيا سوف ترحل المهاجرين غير القانونين '
                    '«حتى يعلم الناس أنها ليست ملاذًا آمنًا». وقال إن بريطانيا ودول أوروبية أخرى تواجه «موجة من '
                    'الأشخاص القادمين عبر البحر المتوسط بحثًا عن حياة أفضل».', "2015-08-01")
    assert [s for s, _ in found(a)] == ["David Cameron", "David Cameron"]
