"""The scoring rules of `quotes evaluate`, on small hand-made gold."""

import json

import pytest

from quotes.evaluate import Gold, GoldError, Pred, read_gold, score


def gold(doc, start, end, speaker, status="required", kind="direct", speaker_span=None, text=None):
    chars = frozenset(range(start, end))
    return Gold(doc, chars, chars, speaker, speaker_span, kind, status, text or "")


def pred(start, end, speaker, kind="direct", mention_span=None):
    return Pred("d", start, end, "", kind, speaker, speaker, mention_span)


@pytest.mark.parametrize(
    "preds,expected",
    [
        ([pred(0, 10, "Kim Jong Un")], (1, 1, 1, 1)),  # exact, right speaker
        ([pred(0, 10, "Kim Jong-un")], (1, 1, 1, 1)),  # hyphen ignored
        ([pred(0, 10, "Vladimir Putin")], (1, 0, 1, 0)),  # found, wrong speaker
        ([pred(0, 4, "Kim Jong Un")], (1, 1, 0, 0)),  # inside gold, but covers under half of it
        ([pred(0, 10, "Kim Jong Un"), pred(1, 9, "Kim Jong Un")], (1, 1, 1, 1)),  # overlapping: counted once
        ([pred(50, 60, None)], (1, 0, 0, 0)),  # no gold there: a false quote
        ([pred(20, 30, None)], (0, 0, 0, 0)),  # on an optional row: not scored either way
    ],
)
def test_scoring_rules(preds, expected):
    rows = {"d": [gold("d", 0, 10, "Kim Jong Un"), gold("d", 20, 30, None, status="optional")]}
    r = score(rows, {"d": preds}, {"d": "x" * 100})
    scored, right, found, attributed = expected
    assert (r.pred_scored, r.pred_attributed, r.gold_found, r.gold_attributed) == (scored, right, found, attributed)


def test_prediction_on_a_negative_row_is_wrong():
    rows = {"d": [gold("d", 0, 10, None, status="negative", kind="title")]}
    r = score(rows, {"d": [pred(0, 10, None)]}, {"d": "x" * 20})
    assert (r.pred_scored, r.pred_found) == (1, 0)


def test_mention_overlap_decides_speaker_where_gold_has_only_a_mention():
    rows = {"d": [gold("d", 0, 10, "he", speaker_span=(12, 14), kind="indirect")]}
    right = score(rows, {"d": [pred(0, 10, "Kim", kind="indirect", mention_span=(12, 14))]}, {"d": "x" * 20})
    wrong = score(rows, {"d": [pred(0, 10, "Kim", kind="indirect", mention_span=(15, 18))]}, {"d": "x" * 20})
    assert (right.gold_attributed, wrong.gold_attributed) == (1, 0)


def test_indirect_predictions_are_not_scored_where_gold_has_no_reported_speech():
    rows = {"d": [gold("d", 0, 10, "Kim")]}
    r = score(rows, {"d": [pred(40, 60, "Kim", kind="indirect")]}, {"d": "x" * 80})
    assert r.pred_scored == 0


def test_marked_gold_is_found_by_the_words_inside_its_marks(tmp_path):
    (tmp_path / "texts").mkdir()
    text = 'Cruz said he has had "areas of significant disagreement" with Trump.'
    (tmp_path / "texts" / "a.txt").write_text(text)
    row = {"doc": "a.txt", "start": 10, "end": 67, "quote": text[10:67], "speaker": "Cruz", "speaker_start": 0,
           "speaker_end": 4, "kind": "direct", "status": "required"}
    (tmp_path / "gold.jsonl").write_text(json.dumps(row) + "\n")
    _, rows = read_gold(tmp_path)
    (g,) = rows["a.txt"]
    assert text[min(g.core):max(g.core) + 1] == "areas of significant disagreement"


@pytest.mark.parametrize("quote,kept", [("he said ''no deal'' today", True), ("he said there was no deal", False)])
def test_direct_kinds_keep_gold_with_any_quote_marks(tmp_path, quote, kept):
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text(quote)
    row = {"doc": "a.txt", "start": 0, "end": len(quote), "quote": quote, "speaker": "he", "speaker_start": 0,
           "speaker_end": 2, "kind": "indirect", "status": "required"}
    (tmp_path / "gold.jsonl").write_text(json.dumps(row) + "\n")
    _, rows = read_gold(tmp_path, "direct")
    assert bool(rows.get("a.txt")) is kept


def test_gold_folder_without_gold_file_is_a_clear_error(tmp_path):
    with pytest.raises(GoldError, match="gold.jsonl"):
        read_gold(tmp_path)
