"""Outlets by the names readers know them: "19FortyFive", not "1945"; "The Times of Israel", not
"Timesofisrael"; "WSVN 7News", not its page's whole tagline.

A page's address names its outlet most reliably: a domain in :data:`DOMAINS` gives the name
(a syndicated copy whose canonical address is the original's is cited as the original). Else
the name the page or text gives is tidied (a tagline after " | " dropped, a site name that is
only the headline refused) and looked up in :data:`MASTHEADS`, the spellings pages write for
an outlet that is known by another. Else the address's host stands for the outlet.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Registered domains (no "www.") and the outlet's name as it prints it.
DOMAINS = {
    "19fortyfive.com": "19FortyFive",
    "abcnews.go.com": "ABC News",
    "apnews.com": "Associated Press",
    "bbc.co.uk": "BBC News",
    "bbc.com": "BBC News",
    "breakingnews.ie": "BreakingNews.ie",
    "breitbart.com": "Breitbart",
    "cbsnews.com": "CBS News",
    "cnn.com": "CNN",
    "corkbeo.ie": "Cork Beo",
    "foxnews.com": "Fox News",
    "huffingtonpost.com": "HuffPost",
    "huffpost.com": "HuffPost",
    "independent.co.uk": "The Independent",
    "latimes.com": "Los Angeles Times",
    "metro.co.uk": "Metro",
    "nbcnews.com": "NBC News",
    "newsweek.com": "Newsweek",
    "npr.org": "NPR",
    "nypost.com": "New York Post",
    "nytimes.com": "The New York Times",
    "pagesix.com": "Page Six",
    "politico.com": "Politico",
    "reuters.com": "Reuters",
    "standard.co.uk": "Evening Standard",
    "tass.com": "TASS",
    "theguardian.com": "The Guardian",
    "theintercept.com": "The Intercept",
    "thesun.co.uk": "The Sun",
    "theweek.com": "The Week",
    "timesofisrael.com": "The Times of Israel",
    "today.it": "Today IT",
    "usatoday.com": "USA Today",
    "washingtonpost.com": "The Washington Post",
    "washingtontimes.com": "The Washington Times",
    "westernjournal.com": "The Western Journal",
    "wired.co.uk": "WIRED UK",
    "wsvn.com": "WSVN 7News",
}

# Names as pages and "Source:" lines write them (compared without case, spaces or dots), and
# the outlet's own name. "1945" is how 19FortyFive signs its syndicated articles: not a year.
MASTHEADS = {
    "1945": "19FortyFive",
    "19fortyfive": "19FortyFive",
    "nationalinterest": "The National Interest",
    "politico": "Politico",
    "timesofisrael": "The Times of Israel",
    "metrocouk": "Metro",
    "huffingtonpost": "HuffPost",
    "nyt": "The New York Times",
    "washpost": "The Washington Post",
    "westjournal": "The Western Journal",
}

_TAGLINE = re.compile(r"\s+[|·•]\s+.*$")


def outlet_name(source: str | None, url: str | None = None, title: str | None = None) -> str | None:
    """The outlet of an article whose page or text names ``source``, at ``url``, headlined ``title``;
    None where nothing names it."""
    by_domain = DOMAINS.get(domain(url) or "")
    if by_domain:
        return by_domain
    name = " ".join((source or "").split())
    name = _TAGLINE.sub("", name).strip(" -–—|,;:")
    if name.endswith(".") and name.count(".") == 1:  # "Source: NATO." ends a sentence, not a name
        name = name[:-1]
    if name and title and _key(name) == _key(title):
        name = ""  # a site name that is the headline names no outlet
    if name:
        return MASTHEADS.get(_key(name), name)
    return domain(url)


def domain(url: str | None) -> str | None:
    """The host of an http(s) ``url`` without "www." or "m.", lower case; None for anything else."""
    if not url or not re.match(r"(?i)https?://", url.strip()):
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return None
    host = re.sub(r"^(?:www\d?|m|amp|mobile)\.", "", host)
    return host or None


def _key(name: str) -> str:
    return re.sub(r"[\s.\-_’']+", "", name.casefold())
