"""Accuracy on the real-news set (tests/fixtures/real_news: articles nobody here wrote, gold annotated before the
extractor saw them): the figures reached so far must hold, and each of issue 16's targets is recorded.

The floors are today's measured F1 less a small margin; a target test is a strict xfail while the target is
not met, so reaching one fails loudly and the xfail is then removed.
"""

from pathlib import Path

import pytest

from ingest.evaluation import evaluate

REAL = Path(__file__).parent / "fixtures" / "real_news"
# on 649 articles (2026-12-08): 0.943 / 0.803 / 0.939 / 0.455 / 0.355; the batches added since the last floors score
# lower than the set did, so quotes and announcements sit closer to them than the rest
FLOORS = {"people": 0.94, "quotes": 0.795, "quote_text": 0.935, "meetings": 0.445, "announcements": 0.345}
TARGETS = {"people": 0.95, "quotes": 0.85, "meetings": 0.75, "announcements": 0.6}


@pytest.fixture(scope="module")
def real_news():
    return evaluate(REAL / "gold.json", REAL / "articles", REAL / "manifest.csv")


def test_the_real_news_set_has_at_least_sixty_articles(real_news):
    assert real_news["n_articles"] >= 60


@pytest.mark.parametrize("category", sorted(FLOORS))
def test_real_news_figures_hold(real_news, category):
    assert real_news[category].f1 >= FLOORS[category]


@pytest.mark.parametrize("category", sorted(TARGETS))
@pytest.mark.xfail(strict=True, reason="issue 16 target not met yet; see README 'Accuracy on real news'")
def test_real_news_target(real_news, category):
    assert real_news[category].f1 >= TARGETS[category]
