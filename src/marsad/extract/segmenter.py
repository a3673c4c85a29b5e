"""Stage: paragraphs and sentences."""

from __future__ import annotations

from marsad.model import Article, Sentence, Span
from marsad.pipeline import Stage
from marsad.text.segment import paragraphs, sentences


class SegmentStage(Stage):
    name = "segment.v3"
    assigns = ("paragraphs", "sentences")

    def __call__(self, article: Article) -> Article:
        article.paragraphs = paragraphs(article.text)
        article.sentences = sentences(article.text, article.paragraphs)
        dl = article.dateline
        if dl is not None:  # «دبي (CNN)-- ترجم البرادعي …»: the first sentence opens after the dateline
            text = article.text
            for i, st in enumerate(article.sentences):
                if st.span.start <= dl.start < st.span.end and dl.end < st.span.end:
                    start = dl.end
                    while start < st.span.end and (text[start].isspace() or text[start] in "-–—:ـ"):
                        start += 1
                    if start < st.span.end:
                        article.sentences[i] = Sentence(Span(start, st.span.end), st.paragraph)
                    break
        return article


class NormalizeStage(Stage):
    """Computes the match-key text every later stage matches against, once, so each stage's time is its own."""

    name = "normalize.v1"
    assigns = ("norm",)

    def __call__(self, article: Article) -> Article:
        _ = article.norm
        return article
