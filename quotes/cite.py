"""Ready-to-paste citations for stored quotes, in the styles of :data:`STYLES`.

The registry :data:`STYLES` declares every style once, with its label and help: ``quotes
cite --style``, the ``quote_citation(quote_id, style)`` SQL function of the canned queries
(their columns are made from it, :func:`cite_query_sql`), the quote page and the "Check a
quote" page all read it.

- ``plain``: “That’s why we came here,” Vladimir Putin said. — TASS, September 13, 2023
- ``markdown``: the same sentence, its source linked to the article's URL
- ``chicago``: a Chicago-style note for a quote found in a news article
- ``apa``: the sentence with an APA 7 "as cited in" and the article's reference entry
- ``mla``: the sentence with an MLA 9 "qtd. in" and the article's works-cited entry

What the article does not say is said in each style's way: "n.d." for an unknown date,
"unknown outlet" (plain, Markdown) or no container (Chicago, APA, MLA) for an unknown
outlet, never a file name.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from .outlets import outlet_name
from .vocab import REPORTED_KINDS, SpeakerType
from .words import DB_WORD_LISTS, word_list, word_set

# Cues that read well on their own after a quote ("…,” she added.); any other becomes "said".
STANDALONE_CUES = word_set("standalone_cues", folder=DB_WORD_LISTS)

UNKNOWN_SPEAKER = "an unnamed speaker"
UNKNOWN_OUTLET = "unknown outlet"
NO_DATE = "n.d."

# The fields a citation needs: the quote, its speaker and the article it came from, and the
# article's text around the speaker (where a role cut short by the extractor is read whole).
CITATION_SQL = """
select q.id, q.text, q.kind, q.cue, q.role,
  coalesce(s.name, q.speaker_name, q.speaker_mention) as speaker,
  coalesce(s.type, q.speaker_type) as speaker_type,
  coalesce(a.source, q.source) as source, a.title, a.url,
  coalesce(a.published, q.published) as published, a.author, a.doc, q.article_id,
  substr(a.text, max(1, coalesce(q.speaker_start, 0) - 300), 900) as speaker_context
from quotes q
join articles a on a.id = q.article_id
left join speakers s on s.id = q.speaker_id
"""

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_WEB_URL = re.compile(r"https?://[^\s<>\"']+", re.I)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MLA_MONTHS = word_list("mla_months", folder=DB_WORD_LISTS)
# Words that open a clause or a description in lower case mid-sentence ("According to X, the project …").
_COMMON_OPENERS = word_set("common_openers", folder=DB_WORD_LISTS)
# Words an extractor may leave where a speaker should be: no one said anything.
_NOT_SPEAKERS = word_set("not_cited_speakers", folder=DB_WORD_LISTS)


def _citation_plain(quote: Mapping) -> str:
    return f"{attributed_sentence(quote)} — {_where(quote)}"


def _citation_markdown(quote: Mapping) -> str:
    return f"{attributed_sentence(quote, _markdown_escape)} — {_markdown_where(quote)}"


@dataclass(frozen=True)
class Style:
    """A citation style: its name (``--style``), its label on the site, a line of help, and its formatter."""

    name: str
    label: str
    help: str
    format: Callable[[Mapping], str]


def _registry(*styles: Style) -> dict[str, Style]:
    return {s.name: s for s in styles}


def citation(quote: Mapping, style: str = "plain") -> str:
    """The citation of ``quote`` (a row of :data:`CITATION_SQL`) in ``style``."""
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}; choose one of {', '.join(STYLES)}")
    return STYLES[style].format(quote)


def citations(quote: Mapping) -> dict[str, str]:
    """The citation of ``quote`` in every style, keyed by style."""
    return {style: citation(quote, style) for style in STYLES}


def speaker_phrase(quote: Mapping, escape=lambda s: s) -> str:
    """Who said it, as a sentence names them before its verb: "Dmitry Peskov, Kremlin spokesman,",
    "a dispatcher", "critics", "an unnamed speaker" (a role is set off by commas)."""
    speaker, role = _speaker_and_role(quote)
    if not role:
        return escape(speaker)
    closing = re.search(r"[”’\"]$", role) and re.search(r"[“‘\"]", role[:-1])  # ends in a title: comma inside
    return escape(f"{speaker}, {role[:-1]},{role[-1]}" if closing else f"{speaker}, {role},")


def _speaker_and_role(quote: Mapping) -> tuple[str, str | None]:
    speaker = " ".join((quote.get("speaker") or "").split())
    kind = quote.get("speaker_type")
    role = whole_role(quote)
    if speaker.lower() in _NOT_SPEAKERS:  # "which", "perhaps": not a speaker; the role may name one
        speaker, role = (role, None) if role and role.lower() not in _NOT_SPEAKERS else ("", None)
    if not speaker:
        return UNKNOWN_SPEAKER, None
    written = " ".join((quote.get("role") or "").split())
    context = " ".join((quote.get("speaker_context") or "").split())
    if re.search(r"(?i)\b(?:at|of|for|from|with)$", written) and f"{written} {speaker}" in context:
        speaker, written = f"{written} {speaker}", ""  # "a student at" Westfield High School: one description
    if kind != SpeakerType.PERSON and len(written) > len(speaker) and re.match(r"(?i)(?:a|an|the|one)\s", written) \
            and _same_words(written, speaker) and not _unbalanced(written):
        speaker = written  # "Homeland Security Department official", written "a Homeland Security Department official"
    if role and _same_words(role, speaker):
        role = None
    if kind != SpeakerType.PERSON:
        speaker = re.sub(r"^(The|A|An)\b", lambda m: m.group(1).lower(), speaker)
    if kind in (SpeakerType.DESCRIPTION, SpeakerType.GROUP):
        speaker = _lower_opener(speaker)
        if kind == SpeakerType.DESCRIPTION and not re.match(
                r"(?i)(?:a|an|the|one|two|three|some|several|many|his|her|their|its|our|another|other|\d+)\b",
                speaker) \
                and not speaker.endswith("s") and speaker[:1].islower():
            speaker = f"{'an' if re.match(r'(?i)[aeiou]', speaker) else 'a'} {speaker}"
    if role and re.fullmatch(r"(?:[A-Z][a-z]{1,4}\.\s?)+", role) and kind == SpeakerType.PERSON:
        return f"{role.strip()} {speaker}", None  # a title written short goes before the name: Sen. David Perdue
    return speaker, role


def whole_role(quote: Mapping) -> str | None:
    """The role written with the speaker, whole and in its own case, with a leading "The" or "A"
    in lower case (it stands mid-sentence); a role cut inside a title (author of “Putin’s
    Playbook) is read on to the title's end in the article, and left out where it cannot be."""
    role = " ".join((quote.get("role") or "").split()).strip(" ,;:")
    if not role:
        return None
    if _unbalanced(role):
        context = " ".join((quote.get("speaker_context") or "").split())
        i = context.find(role)
        closing = {"“": "”", "‘": "’", '"': '"'}
        opener = next((ch for ch in reversed(role) if ch in "“‘\""), None)
        if i >= 0 and opener:
            j = context.find(closing[opener], i + len(role))
            if 0 <= j - (i + len(role)) <= 80:
                role = context[i:j + 1]
        if _unbalanced(role):
            return None
    speaker = " ".join((quote.get("speaker") or "").split())
    if speaker and _same_words(role, speaker):
        return None
    if re.search(r"(?i)\b(?:at|of|for|in|on|to|with|from|by|the|a|an|and|or)$", role):
        return None  # cut short ("a student at"): the rest of it is the speaker's name
    role = re.sub(r"[.,;:]+([”’\"']+)$", r"\1", role)
    return re.sub(r"^(The|A|An)\b", lambda m: m.group(1).lower(), role)


def attributed_sentence(quote: Mapping, escape=lambda s: s) -> str:
    """The quote with its speaker: “…,” Speaker, role, said. Reported speech gets no quote marks."""
    who = speaker_phrase(quote, escape)
    text = escape(_MISUSED_OPENER.sub("”", " ".join((quote.get("text") or "").split())))
    cue = " ".join((quote.get("cue") or "").lower().split())
    if cue == "according to":
        if quote.get("kind") in REPORTED_KINDS:
            clause = _clause(text)
            if clause[:1].isupper() and not clause.startswith(("I ", "I’", "I'")):
                # a clause that may open with a name keeps its case where a sentence starts
                core, punct, closers = _split_end(clause)
                return f"{core}{closers}, according to {who.rstrip(',')}{'.' if not closers else '.'}"
            return f"According to {who if who.endswith(',') or who.endswith(',”') else who + ','} {clause}"
        return f"{_quoted(text)} according to {who.rstrip(',')}.".replace(",”.", ".”")
    verb = cue if cue in STANDALONE_CUES else "said"
    if quote.get("kind") in REPORTED_KINDS:
        return f"{_capitalised(who)} {verb} {_clause(text)}"
    return f"{_quoted(text)} {who} {verb}."


def chicago_note(quote: Mapping) -> str:
    """A Chicago-style note: Speaker, quoted in Author, “Title,” Outlet, Month D, YYYY, URL.

    An unknown date is "n.d."; an article with neither title nor outlet is "an unidentified news article".
    """
    outlet = article_outlet(quote)
    title = _plain(quote.get("title"))
    people = article_authors(quote)
    byline = " and ".join(people) if len(people) < 3 else ", ".join(people[:-1]) + ", and " + people[-1]
    pieces: list[tuple[str, bool]] = [(byline, False)] if people else []
    if title:
        pieces.append((title, True))
    if outlet:
        pieces.append((outlet, False))
    if not title and not outlet:
        pieces.append(("an unidentified news article", False))
    pieces += [(format_date(quote.get("published")) or NO_DATE, False)]
    pieces += [(u, False) for u in (web_url(quote.get("url")),) if u]
    note = f"{_capitalised(_speaker_and_role(quote)[0])}, quoted in"
    for i, (text, is_title) in enumerate(pieces):
        last = i == len(pieces) - 1
        if is_title:
            note += " " + _in_quotes(text, "." if last else ",")
        else:
            note += f" {_ended(text, '.') if last else text + ','}"
    return note


def apa_citation(quote: Mapping) -> str:
    """The sentence with an APA 7 secondary-source citation, then the article's reference entry:

    “…,” Dmitry Peskov said (as cited in Petrov, 2023). Petrov, I. (2023, September 13). Title. TASS. URL
    """
    authors = _authors(quote)
    title = _plain(quote.get("title"))
    outlet = article_outlet(quote)
    d = _date(quote.get("published"))
    year = str(d.year) if d else NO_DATE
    when = f"({d.year}, {d:%B} {d.day})" if d else f"({NO_DATE})"
    if authors:
        cited = " & ".join(a.split(",")[0] for a in authors[:2]) + (" et al." if len(authors) > 2 else "") + f", {year}"
        entry = [_ended(" & ".join(authors) if len(authors) < 3 else ", ".join(authors[:-1]) + ", & " + authors[-1],
                        "."),
                 _ended(when, "."), _ended(title or "[Untitled news article]", ".")]
    elif title:
        cited = f"“{_short_title(title)},” {year}"
        entry = [_ended(title, "."), _ended(when, ".")]
    elif outlet:
        cited = f"{outlet}, {year}"
        entry = [_ended(outlet, "."), _ended(when, "."), "[Untitled news article]."]
        outlet = None
    else:
        cited = f"“Untitled news article,” {year}"
        entry = ["[Untitled news article].", _ended(when, ".")]
    if outlet:
        entry.append(_ended(outlet, "."))
    url = web_url(quote.get("url"))
    if url:
        entry.append(url)
    return f"{_sentence_before(attributed_sentence(quote))} (as cited in {cited}). {' '.join(entry)}"


def mla_citation(quote: Mapping) -> str:
    """The sentence with an MLA 9 indirect-source citation, then the works-cited entry:

    “…,” Dmitry Peskov said (qtd. in Petrov). Petrov, Ivan. “Title.” TASS, 13 Sept. 2023, tass.example/1.
    """
    authors = _authors(quote, mla=True)
    title = _plain(quote.get("title"))
    outlet = article_outlet(quote)
    d = _date(quote.get("published"))
    if authors:
        cited = authors[0].split(",")[0] + (" et al." if len(authors) > 2 else "")
    elif title:
        cited = f"“{_short_title(title)}”"
    else:
        cited = outlet or "unidentified news article"
    entry = []
    if authors:
        names = authors[0] + (", and " + _first_last(authors[1]) if len(authors) == 2 else ", et al."
                              if len(authors) > 2 else "")
        entry.append(_ended(names, "."))
    entry.append(_in_quotes(title, ".") if title else "Untitled news article.")
    container = [p for p in (outlet, f"{d.day} {_MLA_MONTHS[d.month - 1]} {d.year}" if d else NO_DATE) if p]
    url = web_url(quote.get("url"))
    if url:
        container.append(re.sub(r"(?i)^https?://", "", url))
    entry.append(_ended(", ".join(container), "."))
    return f"{_sentence_before(attributed_sentence(quote))} (qtd. in {cited}). {' '.join(entry)}"


STYLES: dict[str, Style] = _registry(
    Style("plain", "Attributed sentence", "“…,” Speaker, role, said. — Outlet, date, URL", _citation_plain),
    Style("markdown", "Markdown", "the attributed sentence with its outlet linked to the article", _citation_markdown),
    Style("chicago", "Chicago note", "a note, Speaker, quoted in Author, “Title,” Outlet, date, URL", chicago_note),
    Style("apa", "APA 7", "the sentence (as cited in Author, year), then the article's reference entry", apa_citation),
    Style("mla", "MLA 9", "the sentence (qtd. in Author), then the article's works-cited entry", mla_citation),
)


def cite_query_sql() -> str:
    """The ``cite`` canned query: a phrase → quotes containing it, with a citation column per style
    of :data:`STYLES` (``citation`` for plain, ``citation_STYLE`` for the others).

    The citations are built outside the sorted subquery, so only for the rows Datasette
    returns, not one per style for every quote that contains a common word.
    """
    columns = ",\n  ".join(
        f"quote_citation(quote_id, '{name}') as {'citation' if name == 'plain' else 'citation_' + name}"
        for name in STYLES)
    return f"""select *,
  {columns}
from (
  select
    q.id as quote_id,
    coalesce(s.name, q.speaker_name, q.speaker_mention) as speaker,
    q.role,
    coalesce(a.source, q.source) as outlet,
    coalesce(a.published, q.published) as published,
    coalesce(a.title, a.url, a.doc) as article,
    a.url,
    q.text
  from quotes q
  join articles a on a.id = q.article_id
  left join speakers s on s.id = q.speaker_id
  where q.rowid in (select rowid from quotes_fts where quotes_fts match fts_phrase(:phrase))
  order by coalesce(a.published, q.published) desc, speaker, a.doc, q.start
)"""


def article_outlet(quote: Mapping) -> str | None:
    """The outlet as readers know it, from what the article says and its address; None where unknown."""
    return outlet_name(quote.get("source"), quote.get("url"), quote.get("title"))


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
    """Text in curly quotes, ending in a comma unless it ends in ? or ! (“…,” / “…?”); quotes
    inside it become single marks, balanced; never two marks of punctuation in a row."""
    core, punct, closers = _split_end(_nested(text))
    if "?" in punct or "!" in punct:
        return f"“{core}{punct[-1]}{closers}”"
    return f"“{core}{closers},”"


def _split_end(text: str) -> tuple[str, str, str]:
    """``text`` as its body, its final punctuation and the quote marks closing it ("lives.’" → lives, ., ’)."""
    text = re.sub(r"[\s,;:]+$", "", text.rstrip())
    text = re.sub(r"([’'\"”])[.,;:]+$", r"\1", text)  # “… lives.'.” → “… lives.'”
    m = re.search(r"([.?!,;:…]*)([’'\"”]*)$", text)
    assert m is not None  # every group may be empty: it matches at the end of any text
    core, punct, closers = text[:m.start()], m.group(1), m.group(2)
    if not punct and closers:  # punctuation inside the closing marks' own end: “… Land.''”
        inner = re.search(r"([.?!,;:]*)$", core)
        assert inner is not None  # as above
        core, punct = core[:inner.start()], inner.group(1)
    return core.rstrip(), punct.replace("…", ""), closers


def _nested(text: str) -> str:
    """Double quote marks inside a quote as single ones (straight ones made curly), and an
    opening mark the text never closes closed at its end."""
    text = re.sub(r'(^|[\s(\[—–-])"', "\\1“", text)
    text = text.replace('"', "”").replace("“", "‘").replace("”", "’")
    if not _balanced_single(text):
        text = text.rstrip(" .,;:") + "’"
    return text


def _balanced_single(text: str) -> bool:
    """Whether every ‘ has a ’ after it (a ’ alone may be an apostrophe)."""
    depth = 0
    for ch in text:
        if ch == "‘":
            depth += 1
        elif ch == "’" and depth:
            depth -= 1
    return depth == 0


# An opening double mark after a word, where a closing one belongs: “Mostly False.“ in a source.
_MISUSED_OPENER = re.compile(r"(?<=[\w.,!?])“(?=[\s.,;:!?]|$)")


def _unbalanced(text: str) -> bool:
    return text.count("“") != text.count("”") or text.count('"') % 2 == 1 or not _balanced_single(text)


def _clause(text: str) -> str:
    """Reported speech as the end of a sentence: its first word in lower case where it is a
    common word (not a name), quote marks balanced, one full stop."""
    core, punct, closers = _split_end(_nested_reported(text.strip()))
    core = _lower_opener(core)
    end = punct[-1] if punct and punct[-1] in "?!" else "."
    return f"{core}{closers}{end}" if closers and end == "." else f"{core}{end}{closers}"


def _nested_reported(text: str) -> str:
    if text.count("“") > text.count("”"):
        text = text.rstrip(" .,;:") + "”"
    elif text.count("”") > text.count("“"):
        text = re.sub(r"”", "", text, count=text.count("”") - text.count("“"))
    if text.count('"') % 2:
        text = text.replace('"', "")
    return text


def _lower_opener(text: str) -> str:
    m = re.match(r"([A-Z][a-z]*(?:['’][a-z]+)?)\b", text)
    if m and m.group(1).lower() in _COMMON_OPENERS and m.group(1) != "I":
        return text[0].lower() + text[1:]
    return text


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _same_words(a: str, b: str) -> bool:
    """Whether one phrase is the other, or holds it whole ("the company" and "company")."""
    def words(s: str) -> str:
        return " ".join(re.findall(r"\w+", re.sub(r"(?i)^(?:the|a|an)\s+", "", s).lower()))
    wa, wb = words(a), words(b)
    return bool(wa and wb) and (wa == wb or f" {wa} " in f" {wb} " or f" {wb} " in f" {wa} ")


def _sentence_before(sentence: str) -> str:
    """The attributed sentence without its final full stop, to take a parenthetical citation."""
    return sentence[:-1] if sentence.endswith(".") else sentence


def _plain(value: object) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def _ended(text: str, mark: str) -> str:
    """``text`` ending in ``mark``, not in two marks ("values.’." → "values.’")."""
    text = text.rstrip()
    if re.search(r"[.?!][’”'\"]*$", text):
        return text
    return text.rstrip(",;:") + mark


def _in_quotes(title: str, mark: str) -> str:
    """A title in double quotes with ``mark`` inside them: “Title,” / “Title.” / “Why now?”"""
    title = _nested(title).rstrip()
    if re.search(r"[?!][’']*$", title):
        return f"“{title}”"
    m = re.search(r"[’']+$", title)
    if m and _balanced_single(title):
        return f"“{title[:m.start()].rstrip('.,;:')}{mark}{m.group()}”"
    return f"“{title.rstrip('.,;:')}{mark}”"


def _short_title(title: str) -> str:
    words = re.sub(r"[“”\"]", "", title).split()
    return " ".join(words[:5]).rstrip(".,;:?!") + ("…" if len(words) > 5 else "")


_NOT_PEOPLE = word_set("not_byline_people", folder=DB_WORD_LISTS)


def article_authors(quote: Mapping) -> list[str]:
    """The people of the byline, as written ("Susan Ferrechio"): what page metadata adds to a byline
    (the outlet, "Condé Nast", an address, "Staff") is not an author."""
    text = re.sub(r"(?i)^\s*by\s+", "", _plain(quote.get("author")) or "")
    outlet = (article_outlet(quote) or "").casefold()
    names = []
    for part in re.split(r"\s*(?:;|,\s*and\s+|\s+and\s+|&|,|\|)\s*", text):
        part = part.strip()
        words = part.split()
        if not 2 <= len(words) <= 4 or (outlet and (outlet in part.casefold() or part.casefold() in outlet)):
            continue
        if any(w.lower().strip(".") in _NOT_PEOPLE for w in words):
            continue
        if not all(re.fullmatch(r"[A-ZÀ-Þ][\w’'.-]*", w) for w in words):
            continue
        names.append(part)
    return list(dict.fromkeys(names))


def _authors(quote: Mapping, mla: bool = False) -> list[str]:
    """The byline's people as APA ("Petrov, I.") or MLA ("Petrov, Ivan") names."""
    from nameparser import HumanName

    names = []
    for part in article_authors(quote):
        h = HumanName(part)
        if not h.first or not h.last:
            continue
        if mla:
            names.append(f"{h.last}, {h.first}" + (f" {h.middle}" if h.middle else ""))
        else:
            initials = " ".join(f"{n[0]}." for n in (h.first + " " + h.middle).split() if n[:1].isalpha())
            names.append(f"{h.last}, {initials}")
    return names


def _first_last(name: str) -> str:
    last, _, first = name.partition(", ")
    return f"{first} {last}".strip()


def _date(published: str | None) -> date | None:
    m = _ISO_DATE.match(published or "")
    if not m:
        return None
    try:
        return date(*map(int, m.groups()))
    except ValueError:
        return None


def _where(quote: Mapping) -> str:
    """Outlet ("unknown outlet" where the article does not say), date ("n.d."), URL."""
    name = article_outlet(quote) or UNKNOWN_OUTLET
    return ", ".join(p for p in (name, format_date(quote.get("published")) or NO_DATE, web_url(quote.get("url"))) if p)


def _markdown_where(quote: Mapping) -> str:
    name = _markdown_escape(article_outlet(quote) or UNKNOWN_OUTLET)
    url = web_url(quote.get("url"))
    link = f"[{name}]({url.replace('(', '%28').replace(')', '%29')})" if url else f"*{name}*"
    return ", ".join((link, format_date(quote.get("published")) or NO_DATE))


def _markdown_escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
