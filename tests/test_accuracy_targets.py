"""Floors under the accuracy figures of `quotes evaluate` on the shared gold (never lowered to pass).

The PolNeAR and web news gold is other publishers' news and lives only in ../shared beside the
repository; these tests skip with that reason where it is absent. The seed target is asserted
in test_seed_gold.py, which runs everywhere from the copy in tests/fixtures. The floors sit a
little under today's figures (README, Accuracy), so a change that loses ground fails; of the
targets of the attribution work, canonical F1 0.88 on the web news and canonical accuracy 0.88
over all PolNeAR dev attributions are reached and asserted as such, while canonical F1 0.90 on
PolNeAR dev quotes with marks is not reached yet; the speaker index's targets on PolNeAR dev
(precision 0.97, no split speaker, at most 5 unmatched rows) are reached and asserted as such.
"""

import pytest

from conftest import shared_gold
from quotes.evaluate import evaluate


@pytest.fixture(scope="module")
def polnear_dev_direct(nlp):
    return evaluate(shared_gold("polnear-dev"), "direct", nlp)


@pytest.fixture(scope="module")
def polnear_dev_all(nlp):
    return evaluate(shared_gold("polnear-dev"), "all", nlp)


@pytest.fixture(scope="module")
def webnews_dev(nlp):
    return evaluate(shared_gold("webnews-dev"), "all", nlp)


def test_polnear_dev_quotes_with_marks_attributed_f1(polnear_dev_direct):
    assert polnear_dev_direct.scores()["attributed_f1"] >= 0.87


def test_polnear_dev_quotes_with_marks_are_found(polnear_dev_direct):
    assert polnear_dev_direct.scores()["quote_f1"] >= 0.9


def test_polnear_dev_quotes_with_marks_are_given_to_the_right_person(polnear_dev_direct):
    assert polnear_dev_direct.scores()["canonical_f1"] >= 0.855


def test_polnear_dev_all_attributions_name_the_right_person(polnear_dev_all):
    assert polnear_dev_all.scores()["canonical_accuracy"] >= 0.88  # the target


def test_web_news_quotes_are_given_to_the_right_person(webnews_dev):
    s = webnews_dev.scores()
    assert s["quote_f1"] >= 0.95 and s["canonical_f1"] >= 0.89  # over the target, 0.88


@pytest.mark.parametrize("report", ["polnear_dev_direct", "polnear_dev_all", "webnews_dev"])
def test_a_confident_attribution_is_right(report, request):
    # the reading room shows quotes under 0.9 with a caution: those over it must be right
    assert request.getfixturevalue(report).scores()["confident_accuracy"] >= 0.95


@pytest.mark.parametrize("report,precision,unmatched", [
    ("polnear_dev_direct", 0.97, 5), ("polnear_dev_all", 0.97, 5), ("webnews_dev", 0.965, 4)])
def test_the_speaker_index_is_clean(report, precision, unmatched, request):
    index = request.getfixturevalue(report).index
    assert index["precision"] >= precision, index["unmatched_rows"]
    assert index["split"] == 0, index["split_rows"]  # the target
    assert index["unmatched"] <= unmatched, index["unmatched_rows"]


def test_seed_gold_in_shared_agrees_with_the_fixture_copy(nlp):
    assert evaluate(shared_gold("seeds"), "all", nlp).scores()["attributed_f1"] >= 0.95
