"""Cleaning: mojibake, odd spaces, invisible characters, line ends, quote variants; offsets map back."""

import re

import ftfy
import pytest

from conftest import SEEDS
from quotes.clean import clean_text


def test_seed_003_mojibake_is_repaired_and_maps_back():
    raw = (SEEDS / "003_ad2f7963976caff1.txt").read_text(encoding="utf-8")
    clean = clean_text(raw)
    assert "Russia‚Äôs" not in clean.text and "Russia’s war in Ukraine" in clean.text
    at = clean.text.index("Russia’s war in Ukraine")
    end = at + len("Russia’s war in Ukraine")
    assert raw[clean.to_raw(at):clean.to_raw(end)] == "Russia‚Äôs war in Ukraine"
    tail = clean.text.index("Leave a Reply")
    assert raw[clean.to_raw(tail):clean.to_raw(tail + 13)] == "Leave a Reply"


@pytest.mark.parametrize("raw,text", [
    ("a\u00a0said\u202fit", "a said it"),
    ("Pu\u200btin sa\u00adid", "Putin said"),
    ("\ufeffKim said.\r\nPutin said.\rEnd", "Kim said.\nPutin said.\nEnd"),
    ("＂We win,＂ Kim said; 〝Yes〞 he said; ‛no’", '"We win," Kim said; “Yes” he said; ‘no’'),
    ("Russia´s and don`t, but `code` and 5´", "Russia’s and don’t, but `code` and 5´"),
    ("“Curly” and \"straight\" stay as written.", "“Curly” and \"straight\" stay as written."),
    ("Kim said â€œwe winâ€\x9d loudly.", "Kim said “we win” loudly."),
])
def test_cleaning(raw, text):
    clean = clean_text(raw)
    assert clean.text == text
    for word in ("said", "Putin", "End", "loudly", "stay", "no"):
        if word in text:
            at = text.rindex(word)
            assert re.sub("[\u00ad\u200b]", "", raw[clean.to_raw(at):clean.to_raw(at + len(word))]) == word


def test_a_long_line_is_repaired_word_by_word_and_still_maps_back():
    raw = " ".join(f"Russia‚Äôs war {i}," for i in range(3000)) + " Kim said."
    clean = clean_text(raw)
    assert "‚Äô" not in clean.text and clean.text.endswith("Kim said.")
    at = clean.text.index("war 2999")
    assert raw[clean.to_raw(at):clean.to_raw(len(clean.text))] == "war 2999, Kim said."


def test_clean_text_is_left_alone():
    raw = (SEEDS / "001_1fa9d7612fe68434.txt").read_text(encoding="utf-8")
    clean = clean_text(raw)
    assert clean.text == raw and all(clean.to_raw(i) == i for i in range(0, len(raw), 97))


@pytest.mark.parametrize("sample", [
    "The â€œquoteâ€\x9d here", "cafÃ© au lait", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "naïve café — “fine”", "plain ASCII", "Ã  la", "×²",
])
def test_mojibake_check_on_non_ascii_stretches_agrees_with_ftfy(sample):
    from quotes.clean import _looks_bad

    padded = "Officials said on Monday that " * 50 + sample + " and then the talks resumed." * 50
    assert _looks_bad(padded) == ftfy.is_bad(padded)
    assert _looks_bad(sample) == ftfy.is_bad(sample)


def test_no_stretch_of_ascii_and_news_punctuation_looks_bad_to_ftfy():
    """What lets the mojibake check skip curly quotes and dashes: ftfy never calls them bad
    without some other non-ASCII character (every string of up to three characters, and
    of four from one character of each kind ftfy's rules tell apart)."""
    import itertools
    import string

    from quotes.clean import NEWS_PUNCTUATION

    short = (string.printable + NEWS_PUNCTUATION, (1, 2, 3))
    kinds = ("aZ0_ \n.,?!'\"-(" + NEWS_PUNCTUATION, (4,))
    for alphabet, lengths in (short, kinds):
        for n in lengths:
            assert not any(ftfy.is_bad("".join(s)) for s in itertools.product(alphabet, repeat=n))
