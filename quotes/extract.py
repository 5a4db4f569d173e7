"""Find quotations in article text: marked quotes, their kind, and colon-introduced blocks.

Works on characters, not tokens, because quote marks in real news are messy:
straight and curly marks mixed, closing marks used as openers (``NPR.”But``),
quotes running over several paragraphs, and marks that never balance. Each
paragraph is scanned with a small state machine, so an unbalanced mark can never
swallow the rest of an article.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from .lexicon import CUE_FORMS, HONORIFICS, NAME_RUN_PARTICLE_PATTERN, SENTENCE_STARTERS, TITLE_INTRODUCERS
from .words import word_set

OPENERS = "“„‟«"
CLOSERS = "”»"
# Quote marks, including the doubled apostrophes and backticks some newswires use (''…'', ``…'').
# One character class first, so the engine jumps between candidates (2.5 times as fast as
# ''|``|[…]); an apostrophe or backtick then counts only doubled.
MARKS = re.compile("[“”„‟«»\"'`](?:(?<=')'|(?<=`)`|(?<=[“”„‟«»\"]))")
OPENER_MARKS = frozenset([*OPENERS, "``"])
CLOSER_MARKS = frozenset(CLOSERS)
_AMBIGUOUS = frozenset(['"', "''"])
_PARAGRAPH = re.compile(r"[^\n]+")
# Mark families: an opener of another family inside a quote starts a nested quote.
_FAMILY = {
    '"': "straight", "“": "curly", "”": "curly", "„": "curly", "‟": "curly", "«": "angle", "»": "angle",
    "''": "doubled", "``": "doubled",
}
_CLOSE_CONTEXT = set(".,;:!?)]—–-…'’") | set(CLOSERS) | {'"'}
_OPEN_CONTEXT = set("([{—–-/:;,'‘") | set(OPENERS) | {'"'}

# Sentence ends: terminal punctuation, optional closing marks, space, then a likely start.
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’')\]]*(?=\s+[“\"‘'`(\[]*[A-Z0-9])")
_ABBREVIATIONS = word_set("abbreviations")
# A surname opening on a particle after a nickname: "dela Serna" of Ramon "Monching" dela Serna.
_PARTICLE_THEN_NAME = re.compile(rf"(?:{NAME_RUN_PARTICLE_PATTERN}) [A-Z]")
_MAX_QUOTE_CHARS = 5000


class QuoteSpan(NamedTuple):
    """A quotation found in the text.

    ``start``/``end`` bound the quoted words without marks; ``open``/``close`` the marks
    (equal to start/end for unmarked block quotes). ``group`` is shared by the
    paragraphs of one multi-paragraph quote.
    """

    start: int
    end: int
    open: int
    close: int
    kind: str
    group: int


# British style quotes in single marks (‘…’ or '…') and nests double ones inside them.
# An opening single mark: before a word, after a space, bracket, dash or double mark (or first).
# A decade ("the ‘90s") is an elision, not an opening.
# One pattern for each mark: one that opens with a literal is found by a fast string search,
# a class of two marks by trying every character (six times slower).
_SINGLE_OPENERS = tuple(re.compile(rf"{mark}(?<=[\s(\[—–“\"]{mark})(?!\d0s\b)(?=[\w“\"…(\[])") for mark in "‘'")
_FIRST_SINGLE_OPENER = re.compile(r"[‘'](?!\d0s\b)(?=[\w“\"…(\[])")
_SINGLE_CLOSER = re.compile(r"(?<=\S)[’'](?!\w)")
_DOUBLE_MARKS = re.compile("[“”\"]")
_SPOKEN_END = frozenset(",.;:?!…")


def read_quotes(text: str) -> tuple[str, list[QuoteSpan]]:
    """The text as the quote finder reads it (:func:`marks_view`) and the quotations in it."""
    spans = find_quote_spans(text)
    view = marks_view(text, spans)
    return (text, spans) if view is text else (view, find_quote_spans(view))


def marks_view(text: str, spans: list[QuoteSpan] | None = None) -> str:
    """``text`` as the quote finder reads it: where an article quotes in single marks
    (‘We will,’ he said), those are written as double ones and the double marks inside
    them as single, one character for one, so every offset holds; other text as it is.
    ``spans`` are ``text``'s quotations in double marks, where already found.

    An article quotes in single marks when more quotations stand in single marks than in
    double ones, neither counted where nested in the other; even then, a paragraph holding a
    quotation in double marks (not nested in single ones) is read as written. A closing mark is told from an
    apostrophe by what is around it: never a letter after it ("don’t"), and after a plural
    ("the leaders’ plans") only where no closer with punctuation ("…,’") follows before
    the next opening mark.
    """
    pairs = list(_single_pairs(text)) if "‘" in text or "'" in text else []
    if not pairs:
        return text
    doubles = [(q.open, q.close) for q in (find_quote_spans(text) if spans is None else spans) if q.kind != "block"]
    in_doubles, in_singles = Ranges(doubles), Ranges((o, c + 1) for o, c in pairs)
    singles = [p for p in pairs if not in_doubles.covers(p[0])]
    if len(singles) <= sum(not in_singles.covers(o) for o, _ in doubles):
        headed = [in_heading(text, o) for o, _ in singles]
        quoted = [" ".join(plain_words(text[o + 1:c])) for o, c in doubles if _kind(text, o, c, o + 1, c) != "title"
                  ] if any(headed) else []  # read only where a heading quotes in single marks
        return _spoken_singles_view(text, [p for p, heading in zip(singles, headed, strict=True) if (
            _heading_single(text, *p, quoted) if heading else _spoken_single(text, *p))])
    # A paragraph that quotes in double marks keeps them, whatever the rest of the page does
    # (a body in double marks under headings and links in single ones).
    kept = {_line_start(text, o) for o, _ in doubles if not in_singles.covers(o)}
    chars = list(text)
    for m in _DOUBLE_MARKS.finditer(text):
        if _line_start(text, m.start()) not in kept:
            chars[m.start()] = {"“": "‘", "”": "’", '"': "'"}[m.group()]
    for opener, closer in singles:
        if _line_start(text, opener) not in kept:
            chars[opener], chars[closer] = ("“", "”") if text[opener] == "‘" else ('"', '"')
    for opener in _continued_singles(text, in_singles):
        if _line_start(text, opener) not in kept:
            chars[opener] = "“" if text[opener] == "‘" else '"'
    return "".join(chars)


# Where a quotation in single marks opens: a paragraph's start, or after a colon, a comma or a
# sentence's end ("‘We did everything right,’ she said. ‘We visited three times, …").
_OPENS_QUOTATION = re.compile(r"[:,.?!][ \t]+$")


def _continued_singles(text: str, paired: Ranges) -> Iterator[int]:
    """Openers of quotations in single marks left open at the end of their paragraph because
    the next paragraph goes on with them, opening on the same mark, as a quotation of several
    paragraphs is printed; none inside a quotation ``paired`` holds."""
    paragraphs = list(_PARAGRAPH.finditer(text))
    for para, after in zip(paragraphs, paragraphs[1:]):
        if text[after.start()] not in "‘'":
            continue
        openers = [m.start() for pattern in _SINGLE_OPENERS for m in pattern.finditer(text, para.start(), para.end())]
        first = _FIRST_SINGLE_OPENER.match(text, para.start())
        openers += [first.start()] if first else []
        last = max(openers, default=-1)
        if last >= 0 and text[last] == text[after.start()] and not paired.covers(last) and (
                last == para.start() or _OPENS_QUOTATION.search(text, para.start(), last)):
            yield last


def _spoken_singles_view(text: str, singles: list[tuple[int, int]]) -> str:
    """``text`` with only the quotations in ``singles`` written in double marks (and the
    double marks inside them in single ones): an article quoting in double marks that quotes
    someone in single ones here and there."""
    if not singles:
        return text
    chars = list(text)
    for opener, closer in singles:
        for m in _DOUBLE_MARKS.finditer(text, opener + 1, closer):
            chars[m.start()] = {"“": "‘", "”": "’", '"': "'"}[m.group()]
        chars[opener], chars[closer] = ("“", "”") if text[opener] == "‘" else ('"', '"')
    return "".join(chars)


# Before a quotation in single marks, what shows it is speech: a colon ("Jacobson said: 'The
# noise …'") or a cue right before it ("said, 'We …"); after it, a cue within a few words
# ("…,' the loose forward said").
_COLON_BEFORE = re.compile(r":[ \t]*$")
# the most words a cue's object and adjuncts take before the quotation it introduces inside a
# quote ("told me in spring training, ‘…’"), here and where the quote's speaker is sought
INNER_CUE_WORDS = 4
_CUE_BEFORE = re.compile(rf"\b([a-z]+)(?:,?|(?:[ \t]+[\w’'-]+){{1,{INNER_CUE_WORDS}}},)[ \t]*$")
_WORDS_AFTER = re.compile(r"[ \t]+((?:[\w’'.-]+[ \t]+){0,5}[\w’'.-]+)")
_SPEECH_ENDS = frozenset(",?!…")


def _spoken_single(text: str, opener: int, closer: int) -> bool:
    """Whether the quotation in single marks from ``opener`` to ``closer`` is clearly someone's
    words, in an article that quotes in double marks: it opens with a capital, and a colon
    or a cue introduces it or a cue follows its closing comma. A word in single marks
    ("rock 'n' roll", a scare quote) has none of these, and a headline, the first line,
    quotes in single marks whatever the article does ("Warren: 'You Should Be Investigated'").

    >>> _spoken_single("Jacobson said: 'The noise was huge.'", 15, 35)
    True
    >>> _spoken_single("'It was loud,' the captain said.", 0, 13)
    True
    >>> _spoken_single("They play rock 'n' roll, he said.", 15, 17)
    False
    """
    first = text[opener + 1:opener + 2]
    if not (first.isupper() or first.isdigit()):
        return False  # a word or a phrase ("was 'fine', he said") may be a scare quote
    before = text[_line_start(text, opener):opener]
    if _COLON_BEFORE.search(before):
        return True
    cue = _CUE_BEFORE.search(before)
    while cue and cue.group(1) not in CUE_FORMS:  # "used to tell me, ‘…": the cue may be any of the words
        cue = _CUE_BEFORE.search(before, cue.end(1))
    if cue:
        return True
    if text[closer - 1] in _SPEECH_ENDS or text[closer + 1:closer + 2] == ",":
        after = _WORDS_AFTER.match(text, closer + 2 if text[closer + 1:closer + 2] == "," else closer + 1)
        if after and any(w.rstrip(".") in CUE_FORMS for w in after.group(1).split()):
            return True
    return False


# A heading: the headline, the first line, or a line that ends as no sentence does (a standfirst
# "… after claiming officials had ‘an agenda’ against his club", a crosshead "‘Nobody is coming’").
_HEADING_LINE = 200  # the most characters of a heading
_ENDS_AS_SENTENCE = re.compile(r"[.!?…:;,][\s’'”\")\]]*$")


def in_heading(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in the headline or another heading (see above); not in a sentence a
    text wraps at the line's end ("… the distribution of “kilos’ worth” of cocaine ⏎ and …")."""
    start = _line_start(text, pos)
    if start == 0:
        return True
    end = text.find("\n", pos)
    line = text[start:len(text) if end < 0 else end].rstrip()
    if len(line) > _HEADING_LINE or _ENDS_AS_SENTENCE.search(line):
        return False
    following = _NEXT_LINE.match(text, end) if end >= 0 else None
    return not (following and following.group(1).islower())


_NEXT_LINE = re.compile(r"\n[ \t]*(\S)")  # the first character of the line just after


def _heading_single(text: str, opener: int, closer: int, quoted: list[str]) -> bool:
    """Whether the quotation in single marks from ``opener`` to ``closer`` in a heading is
    someone's words: a heading quotes in single marks whatever the story does, so any
    quotation there is, but a short one in capitals with no sentence's end ("‘Bloodline’ Star
    …", "‘Alt Right’") may be a title or a name, and is someone's words only where the story
    quotes the same words in double marks. ``quoted`` holds the words of the story's
    quotations in double marks (:func:`plain_words`, one space apart), titles of works aside.

    >>> _heading_single("Voters hail ‘landmark day’ for club", 12, 25, [])
    True
    >>> _heading_single("‘Bloodline’ Star Is Ready", 0, 10, [])
    False
    """
    content = text[opener + 1:closer]
    words = content.split()
    if (len(words) > _TITLE_WORDS or not all(w[:1].isupper() or w[:1].isdigit() or len(w) <= 3 for w in words)
            or not words[0][:1].isupper() or _ENDS_AS_SENTENCE.search(content)):
        return True
    if _SET_OFF_BEFORE.search(text, _line_start(text, opener), opener) or _SET_OFF_AFTER.match(text, closer + 1):
        return True  # "Sanders: ‘Of Course’ …", "‘…’, Says …": set off as speech
    plain = " ".join(plain_words(content))
    return any(f" {plain} " in f" {q} " for q in quoted)


# A heading's quotation set off as speech: by a colon before it ("Warren: ‘You Should Be
# Investigated’"), or by a colon or a dash or "says" after it ("‘We can’t keep going like this’:
# the rural GP practices …", "Gene therapy ‘changes everything’, says Swansea mother").
_SET_OFF_BEFORE = re.compile(r":[ \t]*$")
_SET_OFF_AFTER = re.compile(r"[ \t]*:|[ \t]+[—–-][ \t]|,?[ \t]+(?:says|said)\b", re.IGNORECASE)


def plain_words(text: str) -> list[str]:
    """The words of ``text`` in lower case, its apostrophes all one mark: what is compared where
    one quotation may say another's words again."""
    return re.findall(r"[\w']+", text.lower().replace("’", "'"))


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def end_before_space(text: str, pos: int) -> int:
    """Where the text before ``pos`` ends, the spaces and blank lines just before it aside
    (``len(text[:pos].rstrip())``, without copying the text before)."""
    while pos and text[pos - 1].isspace():
        pos -= 1
    return pos


def _single_pairs(text: str) -> Iterator[tuple[int, int]]:
    """(opener, closer) offsets of quotations in single marks, none across a paragraph."""
    first = _FIRST_SINGLE_OPENER.match(text)
    later = sorted((m for pattern in _SINGLE_OPENERS for m in pattern.finditer(text)), key=lambda m: m.start())
    openers = ([first] if first else []) + later
    at = 0
    for k, opener in enumerate(openers):
        if opener.start() < at:
            continue  # inside the quotation just paired
        line_end = text.find("\n", opener.end())
        limit = min(openers[k + 1].start() if k + 1 < len(openers) else len(text),
                    line_end if line_end >= 0 else len(text))
        closers = [m.start() for m in _SINGLE_CLOSER.finditer(text, opener.end(), limit)
                   if m.group() == ("’" if opener.group() == "‘" else "'")]
        spoken = [i for i in closers if text[i - 1] in _SPOKEN_END or text[i + 1:i + 2] in _SPOKEN_END]
        if closers:
            at = (spoken or closers)[0] + 1
            yield opener.start(), at - 1


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Return every quotation in ``text``, in order, titles of works marked ``title``."""
    pieces = list(_marked_pieces(text))
    spans = [
        QuoteSpan(start, end, o, c, _kind(text, o, c, start, end), group)
        for o, c, start, end, group in pieces
        if end > start and text[start:end].strip()
    ]
    spans.extend(_block_quotes(text, spans))
    spans.extend(transcript_turns(text, spans))
    spans.sort()
    return spans


def _marked_pieces(text: str) -> Iterator[tuple[int, int, int, int, int]]:
    """Yield (open, close, start, end, group) for each marked quote piece.

    ``open`` is the first character of the opening mark, ``close`` the last of the closing
    mark (marks may be two characters: ``''``).
    """
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    group = 0
    carried: int | None = None  # group of a quote left open at the previous paragraph's end
    for index, (p_start, p_end) in enumerate(paragraphs):
        if carried is not None and _interjected(text, p_start, p_end):
            continue  # "read more in politics" between two paragraphs of one quote
        open_at: int | None = None
        open_mark = ""
        nested: str | None = None  # the family of an inner quote of other marks (" … “inner” … ")
        first_mark = True
        closers: list[int] | None = None  # where the paragraph's closing marks start, found once
        for m in MARKS.finditer(text, p_start, p_end):
            i, mark = m.start(), m.group()
            prev = text[i - 1] if i > p_start else ""
            nxt = text[m.end()] if m.end() < p_end else ""
            closes = bool(prev) and not prev.isspace() and (not nxt or nxt.isspace() or nxt in _CLOSE_CONTEXT)
            opens = bool(nxt) and not nxt.isspace() and (not prev or prev.isspace() or prev in _OPEN_CONTEXT)
            if open_at is None:
                if mark in CLOSER_MARKS and closes:
                    first_mark = False
                    continue  # a stray closer
                if (nxt and not nxt.isspace()) or i == p_start:
                    if not (first_mark and carried is not None):
                        group += 1
                    open_at, open_mark = i, mark
                first_mark = False
            elif nested is not None:
                if _FAMILY[mark] == nested and (closes or mark in CLOSER_MARKS):
                    nested = None
            elif _FAMILY[mark] != _FAMILY[open_mark] and opens and not closes:
                nested = _FAMILY[mark]
            elif mark in OPENER_MARKS and opens and not closes:
                if closers is None:
                    closers = _closer_starts(text, p_start, p_end)
                if len(closers) - bisect.bisect_left(closers, m.end()) >= 2:
                    nested = _FAMILY[mark]  # “… what he calls “hell” than …”: a quote inside
                else:
                    open_at, open_mark = i, mark  # the earlier opener never closed: start again here
                    group += 1
            elif i - open_at > _MAX_QUOTE_CHARS:
                open_at = None
                nested = None
            else:
                yield open_at, m.end() - 1, open_at + len(open_mark), i, group
                open_at = None
        carried = None
        if open_at is not None and index + 1 < len(paragraphs):
            following = index + 1
            while following + 1 < len(paragraphs) and _interjected(text, *paragraphs[following]):
                following += 1
            n_start = paragraphs[following][0]
            if (reopened := MARKS.match(text, n_start)) and reopened.group() not in CLOSER_MARKS:
                # A quote running on: this paragraph has no closing mark, the next opens again.
                yield open_at, p_end, open_at + len(open_mark), p_end, group
                carried = group
            elif _INTRODUCED.search(text, max(p_start, open_at - 3), open_at + 1):
                # "… said: “Substantial charges were incurred …": the quote runs to the paragraph's end
                yield open_at, p_end, open_at + len(open_mark), p_end, group


_INTRODUCED = re.compile(r":\s+[“\"‘']$")


def _interjected(text: str, start: int, end: int) -> bool:
    """A short line with no marks and no sentence end standing between two paragraphs of a
    quote: a web page's "read more in politics" or "Most read in News"."""
    line = text[start:end].strip()
    return 0 < len(line.split()) <= 6 and line[-1:] not in ".!?:”\"’'" and not MARKS.search(line)


def _closer_starts(text: str, start: int, end: int) -> list[int]:
    """Where the marks that can close a quote start in the paragraph: counted after each
    opener by bisection, so a paragraph of openers costs its length, not its length squared."""
    found = []
    for m in MARKS.finditer(text, start, end):
        nxt = text[m.end()] if m.end() < end else ""
        if m.group() in CLOSER_MARKS or (m.group() in _AMBIGUOUS
                                         and (not nxt or nxt.isspace() or nxt in _CLOSE_CONTEXT)):
            found.append(m.start())
    return found


_WORD = re.compile(r"[\w’'-]+")


def _kind(text: str, o: int, c: int, start: int, end: int) -> str:
    """Classify a marked quote as direct, partial, or the title of a work."""
    line_start = text.rfind("\n", 0, o) + 1
    before = text[max(line_start, o - 60):o].rstrip()
    content = text[start:end].strip()
    words = content.split(maxsplit=_TITLE_WORDS)  # enough to tell a title's words from a sentence's
    prev_words = _WORD.findall(before)[-2:]
    if _looks_like_title(words) and prev_words and (
        prev_words[-1].lower() in TITLE_INTRODUCERS
        or (len(prev_words) > 1 and prev_words[-2].lower() == "author")
        # CBS's "Face the Nation", 2019’s “Harbour Weather”
        or (prev_words[-1].endswith(("’s", "'s")) and (prev_words[-1][:1].isupper() or prev_words[-1][:4].isdigit()))
        or (prev_words[-1].lower() == "on" and len(words) <= 5)  # appeared on "Morning Joe"
        # "On Tuesday’s episode of “The Steve Harvey Morning Show,”", "a broadcast of “Fox News Sunday,”"
        or (len(prev_words) > 1 and prev_words[-1].lower() in ("of", "on")
            and prev_words[-2].lower() in TITLE_INTRODUCERS)
    ):
        return "title"
    after = text[c + 1:c + 3]
    if _looks_like_title(words) and (_TITLE_OWNER.match(text, c + 1) or _next_to_title(text, o, c)):
        return "title"  # “Fleabag” creator; “Joker,” “Marriage Story,” and “Little Women”
    if ((len(words) == 1 or (len(words) == 2 and all(w[:1].isupper() for w in words)))
            and (before[-1:].isalpha() or before[-2:-1].isupper())
            and prev_words and prev_words[-1][:1].isupper() and after[:1] == " "
            and (after[1:2].isupper() or _PARTICLE_THEN_NAME.match(text, c + 2))):
        # a nickname inside a name: Robert C. "Bobby" Scott, Ramon "Monching" dela Serna, Mariano “Ka Anoy” Bautista
        return "title"
    first = content[:1]
    starts_sentence = not before or before[-1] in ".!?:,;—–\n" or before[-1] in CLOSERS + '"'
    if starts_sentence and (first.isupper() or first.isdigit() or first in "[…(.'‘"):
        return "direct"
    return "partial"


# A person named by the work they made or star in: “Fleabag” creator, “Mrs Maisel” actress.
_TITLE_OWNER = re.compile(r" (?:creator|actress|actor|star|director|writer|author|host|producer|showrunner)s?\b")
_TITLE_BEFORE = re.compile(r"[“\"]([^”\"\n]{1,60})[”\"],?\s+(?:and\s+)?$")
_TITLE_AFTER = re.compile(r",?\s+(?:and\s+)?[“\"]([^”\"\n]{1,60})[”\"]")


def _next_to_title(text: str, o: int, c: int) -> bool:
    """Whether a quote stands in a list beside another title of a work (“Joker,” “Marriage Story,”)."""
    first = text[o + 1:c].split()[:1]
    if first and first[0].lower().rstrip(".") in HONORIFICS:
        return False  # “Miss Piggy” and “Miss Housekeeping”: names someone was called, not works
    before = _TITLE_BEFORE.search(text, max(0, o - 70), o)
    after = _TITLE_AFTER.match(text, c + 1)
    return any(m and _looks_like_title(m.group(1).strip(" ,.").split()) for m in (before, after))


_TITLE_WORDS = 8  # the most words a title of a work is read as having


def _looks_like_title(words: list[str]) -> bool:
    """Short and in title case, like “Putin’s Playbook”."""
    if not words or len(words) > _TITLE_WORDS:
        return False
    long_words = [w for w in words if len(w) > 3]
    return (bool(long_words) and all(w[:1].isupper() or w[:1].isdigit() for w in long_words)
            and (words[0][:1].isupper() or words[0][:1].isdigit()))


_BLOCK_INTRO = re.compile(r"(?m)^[^\n]{1,200}:[ \t]*\n+(?P<body>[^\n]+)")
# What every block's introduction holds, found by a fast search: most articles have none, and
# _BLOCK_INTRO, which tries every position, is read only in those that do.
_COLON_ENDS_LINE = re.compile(r":[ \t]*\n")
_LETTERS = re.compile(r"[A-Za-z]+")
_DATELINE_LINE = re.compile(r"[A-Z][A-Z.'’ \t-]+(?:,[ \t]+[A-Z][\w.'’ \t-]*)?:[ \t]*\n")  # "MAY PEN, Clarendon:"


def _block_quotes(text: str, marked: list[QuoteSpan]) -> Iterator[QuoteSpan]:
    """Yield unmarked paragraphs introduced by a cue and a colon ("Kim continued:")."""
    if not _COLON_ENDS_LINE.search(text):
        return
    for m in _BLOCK_INTRO.finditer(text):
        intro = m.group()[: m.start("body") - m.start()]
        words = _LETTERS.findall(intro.lower())
        if not words or not any(w in CUE_FORMS for w in words[-3:]) or _DATELINE_LINE.match(intro):
            continue  # "MAY PEN, Clarendon:" over the story is a dateline, whatever "pen" says
        b_start, b_end = m.start("body"), m.end("body")
        body = text[b_start:b_end].strip()
        if not body or body[0] in OPENERS + '"' or any(s.open < b_end and s.close > b_start for s in marked):
            continue
        b_end = b_start + len(text[b_start:b_end].rstrip())
        yield QuoteSpan(b_start, b_end, b_start, b_end, "block", -1)


# A transcript's turn: a paragraph opening with who speaks and a colon, in upper case
# ("ANA SILVA: I never …", "Q: …"), or in an interview, by a name the article gives ("Conor: …").
TURN_LABEL = re.compile(r"(?P<label>[^\W\d_][\w.’'-]*(?:[ \t]+[^\W\d_][\w.’'-]*){0,2}):[ \t]+(?=\S)")
QA_LABELS = frozenset(("Q", "A"))
_HEADING_LABELS = word_set("heading_labels")
_MIN_TURNS = 2


def transcript_turns(text: str, marked: list[QuoteSpan]) -> list[QuoteSpan]:
    r"""Unmarked paragraphs of a transcript or a Q&A, each opening with its speaker's label,
    as direct quotes (the label left out), where the article holds at least two such turns
    (in names, by two people, one of them twice); a heading's label ("UPDATE:", "Read more:",
    "Editor's note:") or the headline's ("Sanders: …") is no speaker.

    >>> text = "Talk\n\nQ: Why run?\n\nANA SILVA: Because it is time.\n"
    >>> [text[q.start:q.end] for q in transcript_turns(text, [])]
    ['Why run?', 'Because it is time.']
    >>> transcript_turns("Vote\n\nUPDATE: Polls closed.\n\nWATCH: The count.\n", [])
    []
    """
    if ":" not in text:
        return []
    upper, named = [], []
    dateline = colon_dateline(text)  # "ISLAMABAD: Federal Minister …" opens the story, no one's turn
    for para in _PARAGRAPH.finditer(text):
        m = TURN_LABEL.match(text, para.start(), para.end()) if para.start() else None  # not the headline
        if not m or _heading_label(m.group("label")) or (dateline and dateline[0] == para.start()):
            continue
        label = m.group("label")
        end = para.start() + len(para.group().rstrip())
        if any(q.open < end and q.close >= m.end() and q.open >= para.start() for q in marked
               if q.kind == "block" or (q.open <= m.end() and q.close >= end - 1)):
            continue  # the paragraph is one quotation already, or introduced by the line before
        if label.isupper() and (len(label) > 1 or label in QA_LABELS):
            upper.append((m, end))
        elif all(w[:1].isupper() for w in label.split()):
            named.append((m, end))
    turns = upper if len(upper) >= _MIN_TURNS else []
    labels = Counter(m.group("label") for m, _ in named)
    if len(labels) >= _MIN_TURNS and max(labels.values()) >= _MIN_TURNS:
        # names take turns in a conversation, where one comes back; sections headed by a name
        # ("Jeb Bush: Student loans …") or a place ("Iowa: Tim Albrecht, …") each stand once
        turns += [(m, end) for m, end in named if _named_elsewhere(text, m) and not _team(text, m)]
    return [QuoteSpan(m.end(), end, m.end(), end, "direct", -1) for m, end in turns]


def inner_quotes(text: str, outer: QuoteSpan) -> list[QuoteSpan]:
    """The quotations inside the quotation ``outer`` that it quotes someone as saying ("He
    told me, ‘You’ll get it back when you catch 10 more.’"): in single marks, as the quote
    finder reads the text (:func:`marks_view`), opening on a capital and set off by a cue or
    a colon before them or a cue after them (:func:`_spoken_single`); a word or a phrase in
    marks ("heard ‘next year’ before") is no one's speech.

    >>> text = '“He told me, ‘Keep it.’ So I did,” she said.'
    >>> [text[q.start:q.end] for q in inner_quotes(text, find_quote_spans(text)[0])]
    ['Keep it.']
    """
    words = text[outer.start:outer.end]
    if "‘" not in words and "'" not in words:
        return []
    return [QuoteSpan(outer.start + o + 1, outer.start + c, outer.start + o, outer.start + c,
                      "direct", outer.group)
            for o, c in _single_pairs(words) if c > o + 1 and _spoken_single(words, o, c)
            and _kind(words, o, c, o + 1, c) != "title"]  # "I watch these things called ‘A Football Life,’"


def _heading_label(label: str) -> bool:
    return label.split()[0].lower() in _HEADING_LABELS


def _team(text: str, label: re.Match) -> bool:
    """Whether a label names a team or a body the article writes after "the" ("Kings:" of "the
    Sacramento Kings", in a game story's notes), not a person who speaks."""
    last = label.group("label").split()[-1]
    return re.search(rf"\bthe\s+(?:[A-Z][\w’'-]+\s+)*{re.escape(last)}\b", text) is not None


def _named_elsewhere(text: str, label: re.Match) -> bool:
    """Whether a label's name ("Fitzgibbon", "Conor") is a name the article gives in full
    elsewhere, as an interview introduces who speaks ("our reporter, Conor Fitzgibbon")."""
    last = label.group("label").split()[-1]
    full = re.compile(rf"\b[A-Z][\w’'-]+\s+{re.escape(last)}\b|\b{re.escape(last)}\s+[A-Z][\w’'-]+\b")
    return any(not (m.start() == _line_start(text, m.start()) and TURN_LABEL.match(text, m.start()))
               for m in full.finditer(text))


class Ranges:
    """Half-open character ranges, merged, telling by bisection whether they cover a position."""

    def __init__(self, ranges: Iterable[tuple[int, int]]):
        merged: list[list[int]] = []
        for start, end in sorted(ranges):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            elif start < end:
                merged.append([start, end])
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def gaps(self, end: int) -> Iterator[tuple[int, int]]:
        """The stretches from 0 to ``end`` that no range covers, in order."""
        at = 0
        for start, stop in zip(self.starts, self.ends, strict=True):
            if start >= end:
                break
            if start > at:
                yield at, start
            at = stop
        if at < end:
            yield at, end


# A story's dateline opening a paragraph: a place in capitals, its state or country, a date
# and the agency, then a dash ("ABUJA —", "NAIROBI, Kenya —", "MANCHESTER, N.H. -",
# "LONDON, May 3 (Reuters) -"). It is no part of the sentence after it, nor its subject.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}"
    r"(?:,[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})?"
    r"(?:,[ \t]+[A-Z][a-z]+\.?[ \t]+\d{1,2})?"
    r"(?:[ \t]*\([^()\n]{1,30}\))?"
    r"[ \t]*(?:[—–]|--?)[ \t]+(?=\S)"
)


# A live blog's time opening an entry's paragraph before its sentence ("12:05 Mr Imrie comes back, …",
# "9.40am Police say …"): no part of the sentence's subject.
_TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{3,4})?[ \t]+(?=[A-Z][a-z])")


# The dateline of a story's first paragraph written with a colon, as Malaysian, Singaporean
# and Indian papers write it ("GEORGE TOWN: The second phase …", "Gurugram: The police …"):
# only there, where no transcript's "PENCE:" stands alone, and before a paragraph, not a headline.
_COLON_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+|[A-Z][a-z]+)(?:[ \t]+(?:[A-Z][A-Z.'’-]+|[A-Z][a-z]+)){0,2}:[ \t]+(?=[A-Z])")
_STORY_PARAGRAPH = 120  # characters after the colon: a story's paragraph, not a headline's subtitle


def dateline_end(text: str, start: int, end: int, first: bool = False) -> int:
    """Where the paragraph from ``start`` to ``end`` begins after its dateline, if it has one;
    the story's ``first`` paragraph may write it with a colon.

    >>> text = "NAIROBI, Kenya — The court ruled on Monday."
    >>> text[dateline_end(text, 0, len(text)):]
    'The court ruled on Monday.'
    >>> dateline_end("The court — and its judges — ruled.", 0, 35)
    0
    """
    m = _DATELINE.match(text, start, end) or _TIME_STAMP.match(text, start, end)
    if m is None and first:
        m = _colon_dateline(text, start, end)
    return m.end() if m else start


def _colon_dateline(text: str, start: int, end: int) -> re.Match | None:
    """The colon dateline opening the paragraph from ``start`` to ``end``, where a story's
    paragraph (not a headline's subtitle) follows it."""
    m = _COLON_DATELINE.match(text, start, end)
    return m if m and end - m.end() >= _STORY_PARAGRAPH else None


def colon_dateline(text: str) -> tuple[int, int] | None:
    """Where the story's dateline written with a colon stands, if it has one ("GEORGE TOWN: …"):
    no place to read a person's name in, as its capitals would suggest."""
    paragraphs = list(itertools.islice(_PARAGRAPH.finditer(text), _DATELINE_PARAGRAPHS))
    for k, para in enumerate(paragraphs):
        if k > 1 and not all(in_heading(text, before.start()) for before in paragraphs[:k]):
            break  # the first paragraph below the headline and a standfirst, no further
        m = None if _DATELINE.match(text, para.start(), para.end()) else _colon_dateline(text, para.start(), para.end())
        if m:
            return para.start(), m.end()
    return None


_DATELINE_PARAGRAPHS = 3  # a headline, a standfirst, then the story's first paragraph


def sentence_spans(text: str, quotes: list[QuoteSpan]) -> list[tuple[int, int]]:
    """Split ``text`` into sentences that never break inside a quote or across paragraphs;
    a paragraph's dateline is in none of them."""
    marked = [q for q in quotes if q.kind != "block"]
    inside = Ranges((q.open + 1, q.close) for q in marked)
    closes = sorted(q.close for q in marked)
    spans: list[tuple[int, int]] = []
    for k, para in enumerate(_PARAGRAPH.finditer(text)):
        start = dateline_end(text, para.start(), para.end(), first=k <= 1)  # after a headline, or none
        for m in _SENTENCE_END.finditer(text, start, para.end()):
            cut = m.end()
            # A quote's own "?" or "!" never ends the sentence (“Why?” Graham asked.); its closing
            # period does where a new sentence follows (… said "the timing." Gov. McCrory said …).
            if inside.covers(m.start()) and not _closes_quote(text, closes, m.start(), cut):
                continue
            if not _is_boundary(text, m.start(), cut):
                continue
            spans.append((start, cut))
            start = cut
            while start < para.end() and text[start].isspace():
                start += 1
        if start < para.end():
            spans.append((start, para.end()))
    return spans


def _closes_quote(text: str, closes: list[int], end: int, cut: int) -> bool:
    """Whether the sentence end at ``end`` is a period that a quote's closing mark (one of
    ``closes``, in order) follows before ``cut``, where the sentence would be cut."""
    next_close = bisect.bisect_right(closes, end)
    return text[end] == "." and next_close < len(closes) and closes[next_close] < cut


_WORD_ENDING = re.compile(r"[\w.]*$")
_NEXT_WORD = re.compile(r"\s*[“\"‘]?(\w+)")
_QUOTE_OPENING = re.compile(r"\s*[“\"][A-Z][^”\"\n]*?\s")  # of more than one word: not Gen. “Tex” Hill


def _is_boundary(text: str, dot: int, cut: int) -> bool:
    """Whether the period at ``dot`` ends a sentence rather than an abbreviation."""
    if text[dot] != ".":
        return True
    ending = _WORD_ENDING.search(text[max(0, dot - 12):dot])
    assert ending is not None  # it may be empty: it matches at the end of any text
    word = ending.group()
    if word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        # but "… at Van Houten & Co. “NII is …”": a quotation opening after it opens a sentence
        return _QUOTE_OPENING.match(text, cut) is not None
    if "." in word:  # "U.S." ends a sentence only before a typical sentence opener
        nxt = _NEXT_WORD.match(text[cut:cut + 30])
        return nxt is not None and nxt.group(1) in SENTENCE_STARTERS
    return True
