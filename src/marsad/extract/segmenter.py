"""Stage: paragraphs and sentences."""

from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import Stage
from marsad.text.segment import paragraphs, sentences


class SegmentStage(Stage):
    name = "segment.v2"
    assigns = ("paragraphs", "sentences")

    def __call__(self, article: Article) -> Article:
        article.paragraphs = paragraphs(article.text)
        article.sentences = sentences(article.text, article.paragraphs)
        return article


class NormalizeStage(Stage):
    """Computes the match-key text every later stage matches against, once, so each stage's time is its own."""

    name = "normalize.v1"
    assigns = ("norm",)

    def __call__(self, article: Article) -> Article:
        _ = article.norm
        return article
