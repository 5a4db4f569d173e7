"""What the reading room shows a reader: kind names, cue lemmas, cautions, marked text."""

from quotes.reading import (
    article_name,
    cautions,
    cue_lemma,
    group_by_lemma,
    kind_label,
    list_text,
    marked,
    paragraph_bounds,
)


def test_kinds_read_as_a_reader_names_them():
    assert ([kind_label(k) for k in ("direct", "block", "partial", "indirect")]
            == ["verbatim", "verbatim", "partial", "reported"])
    assert kind_label(None) == "" and kind_label("other") == "other"


def test_cues_group_by_lemma_whatever_their_case_or_apostrophe():
    assert cue_lemma("Said") == cue_lemma("says") == cue_lemma("said") == "say"
    assert cue_lemma("According to") == cue_lemma("according  to") == "according to"
    assert cue_lemma("’s comments") == cue_lemma("'s comments")
    groups = group_by_lemma([("According to", 82), ("according to", 250), ("said", 40), ("Says", 3), ("told", 5)])
    assert [(g["label"], g["count"]) for g in groups] == [("according to", 332), ("said", 43), ("told", 5)]
    assert sorted(groups[1]["forms"]) == ["Says", "said"]


def test_cautions_name_pronouns_descriptions_groups_and_low_confidence():
    named = {"speaker_mention": "Putin", "mention_kind": "name", "speaker_type": "person", "confidence": 0.95,
             "speaker_id": "x"}
    assert cautions(named) == []
    assert "“he”" in cautions(dict(named, speaker_mention="he", mention_kind="pronoun"))[0]
    assert "description" in cautions(dict(named, speaker_mention="the Kremlin leader", mention_kind="description"))[0]
    assert "group" in cautions(dict(named, speaker_mention="officials", mention_kind="group", speaker_type="group"))[0]
    assert len(cautions(dict(named, speaker_type="description"))) == 1
    joint = dict(named, speaker_mention="Sens. Ann Kraus and Paul Nagy", speaker_type="group")
    assert cautions(joint) == ["The article gives these words to several people together, “Sens. Ann Kraus and "
                               "Paul Nagy”: check which of them said what."]
    assert "0.84" in cautions(dict(named, confidence=0.84))[0]
    assert cautions(dict(named, speaker_id=None, speaker_name=None)) == ["No speaker was found for this quote."]


def test_an_article_is_named_by_headline_then_url_then_file():
    assert article_name("A  headline", "https://x.example/a", "a.txt") == "A headline"
    assert article_name(None, "https://x.example/a", "a.txt") == "https://x.example/a"
    assert article_name("", None, "a.txt") == "a.txt"


def test_lists_read_as_text():
    assert list_text('["Kim", "Kim Jong-un"]') == "Kim, Kim Jong-un"
    assert list_text("not json") == "not json"


def test_marked_text_escapes_the_article_and_marks_each_span_once():
    text = "Intro <b>.\n\n“We came,” he said.\nNext “a\nb” end."
    q1 = text.index("We")
    html = str(marked(text, [(q1, q1 + 7, {"id": "q1", "href": "/q/1"}), (q1 + 2, q1 + 4, {"id": "inside"}),
                             (text.index("a\nb"), text.index("a\nb") + 3, {"id": "q2", "class": "quote"})]))
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert '<mark id="q1"><a href="/q/1">We came</a></mark>' in html
    assert 'id="inside"' not in html, "a span inside an earlier one is cut to nothing"
    assert html.count("<p>") == 4 and html.count('id="q2"') == 1 and html.count('class="quote"') == 2


def test_paragraph_bounds_hold_the_span():
    text = "one\ntwo three\nfour"
    assert paragraph_bounds(text, 5, 8) == (4, 13)
    assert paragraph_bounds(text, 5, 15) == (4, len(text))
