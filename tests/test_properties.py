"""Properties on arbitrary text: cleaning and extraction never raise, and every offset slices exactly."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.clean import clean_text
from quotes.pipeline import extract_articles
from quotes.read import Article

# Words and marks that make the extractor and attributor work hard, mixed with anything at all.
PIECES = st.sampled_from([
    "“", "”", "‘", "’", '"', "'", "«", "»", "„", "‟", "＂", "〝", "〞", "´", "`", " ", "  ", "\n", "\n\n", "\r\n",
    "\u00a0", "\u200b", "\u00ad", "\ufeff", ",", ".", ":", "—", "?", "!", "said", "says", "told", "added",
    "according to",
    "he", "she", "they", "it", "Kim", "Kim Jong Un", "Putin", "Vladimir Putin", "President", "the spokesman",
    "Russia‚Äôs", "â€œ", "â€\x9d", "Mr.", "U.S.", "that", "We", "will", "win", "a", "the",
])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=80).map("".join)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(TEXTS)
def test_extraction_never_raises_and_offsets_slice_the_stored_text(nlp, raw):
    [ex] = extract_articles([Article(doc="x", text=raw)], nlp)
    text = ex.clean.text
    for q in ex.quotes:
        assert 0 <= q.start <= q.end <= len(text) and text[q.start:q.end] == q.quote
        if q.speaker_start is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_mention
        if q.cue_start is not None:
            assert text[q.cue_start:q.cue_start + len(q.cue)] == q.cue


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_cleaning_maps_every_offset_into_the_raw_text_in_order(raw):
    clean = clean_text(raw)
    mapped = [clean.to_raw(i) for i in range(len(clean.text) + 1)]
    assert all(0 <= m <= len(raw) for m in mapped)
    assert mapped == sorted(mapped)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_the_marks_view_changes_quote_marks_only_one_for_one(raw):
    from quotes.extract import marks_view

    view = marks_view(raw)
    assert len(view) == len(raw)
    assert all(a == b or {a, b} <= set("‘’'“”\"") for a, b in zip(raw, view))
