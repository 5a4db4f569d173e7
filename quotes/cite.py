"""Ready-to-paste citations for stored quotes, in three styles.

One formatter serves the Datasette quote page, the canned queries (through the
``quote_citation`` SQL function) and ``quotes cite``:

- ``plain``: “That’s why we came here,” Vladimir Putin said. — TASS, September 13, 2023
- ``markdown``: the same sentence, its source linked to the article's URL
- ``chicago``: a Chicago-style note for a quote found in a news article
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path

STYLES = ("plain", "markdown", "chicago")

# Cue verbs that read well on their own after a quote ("…,” she added.); any other cue
# ("told", "assured", "praised") needs an object the quote does not carry, so it becomes "said".
STANDALONE_CUES = frozenset({
    "acknowledged", "added", "adds", "admitted", "announced", "argued", "asked", "asserted", "asserts",
    "cautioned", "claimed", "claims", "complained", "concluded", "conceded", "continued", "countered",
    "declared", "emphasized", "exclaimed", "explained", "insisted", "joked", "noted", "observed",
    "posted", "predicted", "quipped", "recalled", "remarked", "replied", "reported", "responded",
    "said", "says", "sneered", "stated", "states", "stressed", "suggested", "suggests", "tweeted",
    "vowed", "warned", "wrote", "writes",
})

UNKNOWN_SPEAKER = "an unnamed speaker"

# The fields a citation needs: the quote, its speaker and the article it came from.
CITATION_SQL = """
select q.id, q.text, q.kind, q.cue, q.role,
  coalesce(s.name, q.speaker_name, q.speaker_mention) as speaker,
  coalesce(a.source, q.source) as source, a.title, a.url,
  coalesce(a.published, q.published) as published, a.author, a.doc
from quotes q
join articles a on a.id = q.article_id
left join speakers s on s.id = q.speaker_id
"""

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_WEB_URL = re.compile(r"https?://[^\s<>\"']+", re.I)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def citation(quote: Mapping, style: str = "plain") -> str:
    """The citation of ``quote`` (a row of :data:`CITATION_SQL`) in ``style``."""
    if style == "plain":
        return f"{attributed_sentence(quote)} — {_where(quote)}"
    if style == "markdown":
        return f"{attributed_sentence(quote, _markdown_escape)} — {_markdown_where(quote)}"
    if style == "chicago":
        return chicago_note(quote)
    raise ValueError(f"unknown citation style {style!r}; choose one of {', '.join(STYLES)}")


def citations(quote: Mapping) -> dict[str, str]:
    """The citation of ``quote`` in every style, keyed by style."""
    return {style: citation(quote, style) for style in STYLES}


def attributed_sentence(quote: Mapping, escape=lambda s: s) -> str:
    """The quote with its speaker: “…,” Speaker, role, said. Reported speech gets no quote marks."""
    speaker = escape(quote["speaker"] or UNKNOWN_SPEAKER)
    role = escape(quote["role"] or "")
    who = f"{speaker}, {role}," if role else speaker
    text = escape(" ".join((quote["text"] or "").split()))
    cue = " ".join((quote["cue"] or "").lower().split())
    if cue == "according to":
        if quote["kind"] == "indirect":
            return f"According to {who.rstrip(',')}, {_sentence(text)}"
        return f"{_quoted(text)} according to {who.rstrip(',')}."
    verb = cue if cue in STANDALONE_CUES else "said"
    if quote["kind"] == "indirect":
        return f"{who} {verb} {_sentence(text)}"
    return f"{_quoted(text)} {who} {verb}."


def chicago_note(quote: Mapping) -> str:
    """A Chicago-style note: Speaker, quoted in Author, “Title,” Outlet, Month D, YYYY, URL."""
    work = [(quote["author"], False), (quote["title"], True), (quote["source"], False)]
    work = [w for w in work if w[0]] or [(quote["doc"], False)]
    pieces = work + [(p, False) for p in (format_date(quote["published"]), web_url(quote["url"])) if p]
    note = f"{quote['speaker'] or UNKNOWN_SPEAKER}, quoted in"
    for i, (text, is_title) in enumerate(pieces):
        end = "." if i == len(pieces) - 1 else ","
        text = " ".join(text.split())
        if is_title and text.endswith(("?", "!")):
            note += f" “{text}”"
        elif is_title:
            note += f" “{text.rstrip('.,')}{end}”"
        else:
            note += f" {text.rstrip('.') if end == '.' else text}{end}"
    return note


def web_url(url: object) -> str | None:
    """``url`` where it is an http(s) address, else None: no other scheme (``javascript:``,
    ``data:``) ever becomes a link or a citation's address."""
    if isinstance(url, str) and _WEB_URL.fullmatch(url.strip()):
        return url.strip()
    return None


def format_date(published: str | None) -> str | None:
    """An ISO date as “September 13, 2023”; anything else as written."""
    if not published:
        return None
    m = _ISO_DATE.match(published)
    if not m:
        return published
    try:
        d = date(*map(int, m.groups()))
    except ValueError:
        return published
    return f"{d:%B} {d.day}, {d.year}"


def fts_phrase(phrase: str | None) -> str:
    """An FTS5 query matching ``phrase`` as a phrase in quote text; matches nothing when blank."""
    words = " ".join((phrase or "").replace('"', " ").split())
    return f'text : "{words}"'


def open_readonly(db_path: str | Path) -> sqlite3.Connection:
    """A read-only connection to ``db_path`` (an ingest may be writing it meanwhile)."""
    return sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)


def search_index_pending(conn: sqlite3.Connection) -> bool:
    """Whether quotes are stored that full-text search cannot find yet.

    A first ingest builds the search index once, at its end (its triggers are missing until
    then): while it runs, or after it was killed until the next ingest rebuilds the index,
    search finds nothing.
    """
    (pending,) = conn.execute(
        "select exists (select 1 from sqlite_master where type = 'table' and name = 'quotes') "
        "and not exists (select 1 from sqlite_master where type = 'trigger' and name = 'quotes_ai')").fetchone()
    return bool(pending) and conn.execute("select 1 from quotes limit 1").fetchone() is not None


def find_quotes(conn: sqlite3.Connection, phrase: str) -> Iterator[dict]:
    """Quotes whose text contains ``phrase`` (case, accents and punctuation aside), newest first."""
    sql = CITATION_SQL + """
    where q.rowid in (select rowid from quotes_fts where quotes_fts match :query)
    order by coalesce(a.published, q.published) desc, speaker, a.doc, q.start
    """
    cursor = conn.execute(sql, {"query": fts_phrase(phrase)})
    names = [c[0] for c in cursor.description]
    for row in cursor:
        yield dict(zip(names, row))


def quote_by_id(conn: sqlite3.Connection, quote_id: str) -> dict | None:
    """The citation fields of one quote, or None."""
    cursor = conn.execute(CITATION_SQL + " where q.id = ?", [quote_id])
    row = cursor.fetchone()
    return dict(zip([c[0] for c in cursor.description], row)) if row else None


def register_sql_functions(conn: sqlite3.Connection) -> None:
    """Add ``quote_citation(quote_id, style)`` and ``fts_phrase(phrase)`` to ``conn``."""

    def quote_citation(quote_id, style):
        quote = quote_by_id(conn, quote_id)
        return citation(quote, style) if quote else None

    conn.create_function("quote_citation", 2, quote_citation)
    conn.create_function("fts_phrase", 1, fts_phrase, deterministic=True)


def _quoted(text: str) -> str:
    """Text in curly quotes, ending in a comma unless it ends in ? or ! (“…,” / “…?”)."""
    text = text.replace("“", "‘").replace("”", "’").rstrip()
    if text.endswith(("?", "!")):
        return f"“{text}”"
    return f"“{text.rstrip('.,;:')},”"


def _sentence(text: str) -> str:
    text = text.strip().rstrip(".,;:")
    return text if text.endswith(("?", "!")) else f"{text}."


def _where(quote: Mapping) -> str:
    """Outlet (or headline, or file name), date and URL."""
    name = quote["source"] or quote["title"] or quote["doc"]
    return ", ".join(p for p in (name, format_date(quote["published"]), web_url(quote["url"])) if p)


def _markdown_where(quote: Mapping) -> str:
    name = _markdown_escape(quote["source"] or quote["title"] or quote["doc"])
    url = web_url(quote["url"])
    link = f"[{name}]({url.replace('(', '%28').replace(')', '%29')})" if url else f"*{name}*"
    return ", ".join(p for p in (link, format_date(quote["published"])) if p)


def _markdown_escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
