"""Outlets by the names readers know them, and publication dates of real web pages."""

import json

import pytest

from conftest import SHARED_GOLD
from quotes.outlets import outlet_name
from quotes.read import read_path


@pytest.mark.parametrize("source, url, title, expected", [
    ("1945", None, None, "19FortyFive"),  # how 19FortyFive signs syndicated copies: not a year
    ("Timesofisrael", "https://www.timesofisrael.com/a", None, "The Times of Israel"),
    ("WSVN 7News | Miami News, Weather, Sports | Fort Lauderdale", "https://example.org/x", None, "WSVN 7News"),
    # a syndicated page whose site name is its headline: the canonical address names the outlet
    ("UK halls too full, experts warn", "https://www.theguardian.com/education/x", "UK halls too full, experts warn",
     "The Guardian"),
    ("Only a headline", "https://news.example.com/a", "Only a headline", "news.example.com"),
    ("Example News", "https://example.com/a", None, "Example News"),
    (None, None, None, None),
    (None, "javascript:alert(1)", None, None),
])
def test_outlet_name(source, url, title, expected):
    assert outlet_name(source, url, title) == expected


def test_webnews_pages_publication_dates():
    """The README's figure: publication dates of the webnews-dev pages against dates.json."""
    folder = SHARED_GOLD / "webnews-dev"
    if not (folder / "dates.json").is_file():
        pytest.skip(f"{folder} is absent: the web pages live in ../shared beside the repository")
    truth = json.loads((folder / "dates.json").read_text(encoding="utf-8"))
    right = [name for name, t in truth.items() if next(read_path(folder / "pages" / name)).published == t["date"]]
    assert len(right) >= len(truth) - 1, sorted(set(truth) - set(right))
