"""The scoring rules of `quotes evaluate`, on small hand-made gold."""

import json

import pytest

from quotes.evaluate import Gold, GoldError, Pred, canonical_key, read_gold, score


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


@pytest.mark.parametrize("said,gold,same", [
    ("Loretta Lynch", "Loretta E. Lynch", True),  # middle initial aside
    ("the U.S. State Department", "US State Department", True),  # leading "the", dots
    ("Kim Jong-un", "Kim Jong Un", True),
    ("Martin Luther King Jr.", "Martin Luther King", True),
    ("José Díaz", "Jose Diaz", True),
    ("Clinton", "Hillary Clinton", False),  # a surname alone is not the name
    ("Bill Clinton", "Hillary Clinton", False),
    ("Sen. Ted Cruz", "Ted Cruz", False),  # a title kept in the name is wrong
    ("Peter Shaw and Susan Shaw", "Susan Shaw and Peter Shaw", True),  # several, in either order
    ("Peter Shaw and Susan Shaw", "Susan Shaw", False),
])
def test_canonical_names_compare_as_the_gold_readme_says(said, gold, same):
    assert (canonical_key(said) == canonical_key(gold)) is same


def test_canonical_figures_judge_the_name_not_the_mention():
    # PolNeAR dev: the mention "he" is right by its span, the name only where it is the canonical one.
    row = Gold("d", frozenset(range(10)), frozenset(range(10)), "he", (12, 14), "direct", "required", "", "Mike Pence",
               True)
    unjudged = Gold("d", frozenset(range(30, 40)), frozenset(range(30, 40)), "they", (42, 46), "direct", "required",
                    "", None, False)
    for named, expected in (("Mike Pence", 1), ("Donald Trump", 0)):
        p = Pred("d", 0, 10, "", "direct", named, "he", (12, 14), "pronoun", 0.95, "beside")
        r = score({"d": [row, unjudged]}, {"d": [p, pred(30, 40, None)]}, {"d": "x" * 60})
        assert r.gold_attributed == 1  # the mention is right either way
        assert (r.canon_checked, r.canon_right, r.canon_required, r.canon_gold_attributed) == (1, expected, 1, expected)
        assert r.canon_scored == 1  # the quote whose canonical speaker is null is not judged
        assert (r.confident_checked, r.confident_right) == (1, expected)
    assert [kind for kind, *_ in r.wrong_names] == ["mention resolved to the wrong name"]



def test_an_initial_glued_to_a_surname_is_still_an_initial():
    assert canonical_key("T.Clayson") == canonical_key("T. Clayson") != canonical_key("Clayson")


def test_a_quotation_inside_a_quote_counts_for_the_gold_it_is_never_the_quote_around_it():
    # "He told me, ‘Keep it.’" (0–40) quotes someone else's words (14–38): the inner prediction,
    # covering most of the outer gold, must not make that gold's speaker right.
    outer = Gold("d", frozenset(range(40)), frozenset(range(40)), "Ann Lee", None, "direct", "required", "",
                 "Ann Lee", True)
    inner = Gold("d", frozenset(range(14, 38)), frozenset(range(14, 38)), "Bo Lee", None, "direct", "required", "",
                 "Bo Lee", True)
    said = [pred(0, 40, "Someone Else"), pred(14, 38, "Ann Lee")]
    r = score({"d": [outer, inner]}, {"d": said}, {"d": "x" * 60})
    assert (r.gold_found, r.canon_gold_attributed) == (2, 0)
    r = score({"d": [outer, inner]}, {"d": [pred(0, 40, "Ann Lee"), pred(14, 38, "Bo Lee")]}, {"d": "x" * 60})
    assert r.canon_gold_attributed == 2
