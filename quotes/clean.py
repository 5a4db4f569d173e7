"""Clean article text while keeping every offset traceable to the original.

The stored article text is the cleaned text and every quote offset indexes it.
:class:`CleanText` keeps an alignment back to the raw text, so gold annotations
made on raw files (and users' own offsets) can still be compared. Every step is
linear in the length of the text, so a long input costs time in proportion.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass, field

import ftfy

# Spaces that look like a space but are not one, and quote marks written with rarer code
# points than the curly and straight ones the extractor reads: replaced one for one, so
# offsets hold. Curly marks are kept as written: they tell openers from closers.
_ONE_FOR_ONE = str.maketrans({
    **{c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"},
    "\uff02": '"', "\u301d": "“", "\u301e": "”", "\u301f": "”", "\u201b": "‘", "\uff07": "'",
})
_ONE_FOR_ONE_CHARS = re.compile(f"[{''.join(map(chr, _ONE_FOR_ONE))}]+")
# A grave or acute accent written for an apostrophe: "don`t", "Russia´s".
_ACCENT_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[`´](?=[^\W\d_])")
# Invisible characters that only break words and matching, removed; old Mac and Windows line ends.
# One character class first (a \r takes the \n after it along), so the engine jumps between candidates.
_INVISIBLE_OR_CR_CHARS = "\r\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE_OR_CR = re.compile(f"[{_INVISIBLE_OR_CR_CHARS}](?:(?<=\r)\n)?")
_NOT_SPACE = re.compile(r"[^ \t\n]+")
# Curly quotes, dashes and the ellipsis are most of the non-ASCII characters in English news, and
# no sequence ftfy calls bad is made of them and ASCII alone (tests/test_clean.py tries them all).
NEWS_PUNCTUATION = "‘’“”–—…"
_SUSPECT = re.compile(f"[^\\x00-\\x7f{NEWS_PUNCTUATION}]+")
# How far around a suspect character a sequence ftfy calls bad can reach (its longest is 8).
_BAD_REACH = 8
# Lines longer than this are repaired word by word rather than aligned as a whole.
_ALIGN_LINE_LIMIT = 20_000

Anchors = list[tuple[int, int]]


@dataclass(frozen=True)
class CleanText:
    """Cleaned text with a map from its offsets to the raw text's."""

    text: str
    raw: str
    _steps: tuple[Anchors, ...] = field(default=(), repr=False)

    def to_raw(self, offset: int) -> int:
        """Return the raw-text offset matching ``offset`` in the cleaned text."""
        for anchors in reversed(self._steps):
            i = bisect.bisect_right(anchors, (offset, float("inf"))) - 1
            if i >= 0:
                new_at, old_at = anchors[i]
                offset = old_at + (offset - new_at)
                if i + 1 < len(anchors):
                    # Inside a replacement longer than what it replaced, stop at the replaced text's end.
                    offset = min(offset, anchors[i + 1][1])
        return offset


def clean_text(raw: str) -> CleanText:
    """Repair mojibake (ftfy), odd spaces, invisible characters, line ends and rare quote marks."""
    # Only the runs of such characters are translated, not the whole text, and none is ASCII.
    text = raw if raw.isascii() else _ONE_FOR_ONE_CHARS.sub(_one_for_one, raw)
    if "`" in text or "´" in text:
        text = _ACCENT_APOSTROPHE.sub("’", text)
    steps = []
    # Most texts have none: a string search for each character is quicker than the class.
    if any(c in text for c in _INVISIBLE_OR_CR_CHARS):
        text, edits = _substitute(text, _INVISIBLE_OR_CR, lambda m: "\n" if m.group()[0] == "\r" else "")
        if edits:
            steps.append(_anchors(edits))
    if _looks_bad(text):
        text, edits = _fix_mojibake(text)
        if edits:
            steps.append(_anchors(edits))
    return CleanText(text, raw, tuple(steps))


def _one_for_one(m: re.Match) -> str:
    return m.group().translate(_ONE_FOR_ONE)


Edit = tuple[int, int, str]  # (start, end) in the old text, replaced by the string


def _substitute(text: str, pattern: re.Pattern, repl) -> tuple[str, list[Edit]]:
    """``pattern.sub(repl, text)`` and the edits it made."""
    edits = [(m.start(), m.end(), repl(m)) for m in pattern.finditer(text)]
    return _apply(text, edits), edits


def _apply(text: str, edits: list[Edit]) -> str:
    parts, at = [], 0
    for start, end, new in edits:
        parts += [text[at:start], new]
        at = end
    parts.append(text[at:])
    return "".join(parts)


def _anchors(edits: list[Edit]) -> Anchors:
    """Anchor points (new offset, old offset) at the start and end of every edit."""
    anchors, shift = [], 0
    for start, end, new in edits:
        anchors += [(start + shift, start), (start + shift + len(new), end)]
        shift += len(new) - (end - start)
    return anchors


def _looks_bad(text: str) -> bool:
    """``ftfy.is_bad(text)``, asked only of the stretches around suspect characters.

    Every sequence ftfy calls bad holds a character that is neither ASCII nor common news
    punctuation, and spans a few characters, so the answer is the same, and an article
    whose only non-ASCII characters are curly quotes and dashes is not checked at all.
    """
    if text.isascii():
        return False
    return ftfy.is_bad("\n".join(text[max(0, m.start() - _BAD_REACH):m.end() + _BAD_REACH]
                                  for m in _SUSPECT.finditer(text)))


def _fix_mojibake(text: str) -> tuple[str, list[Edit]]:
    """ftfy on each line that needs it (then word by word for what is left); the edits made."""
    edits: list[Edit] = []
    at = 0
    for line in text.split("\n"):
        if ftfy.is_bad(line):
            edits += [(at + s, at + e, new) for s, e, new in _fix_line(line)]
        at += len(line) + 1
    return _apply(text, edits), edits


def _fix_line(line: str) -> list[Edit]:
    if len(line) > _ALIGN_LINE_LIMIT:
        return _fix_words(line)
    fixed = ftfy.fix_text(line, uncurl_quotes=False, fix_latin_ligatures=False, fix_character_width=False,
                          normalization="NFC")
    if ftfy.is_bad(fixed):
        fixed = _apply(fixed, _fix_words(fixed))
    matcher = difflib.SequenceMatcher(None, line, fixed, autojunk=False)
    return [(i1, i2, fixed[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]


def _fix_words(line: str) -> list[Edit]:
    edits = []
    for m in _NOT_SPACE.finditer(line):
        if ftfy.is_bad(m.group()):
            fixed = ftfy.fix_encoding(m.group())
            if fixed != m.group():
                edits.append((m.start(), m.end(), fixed))
    return edits
