"""Clean article text while keeping every offset traceable to the original.

The stored article text is the cleaned text and every quote offset indexes it.
:class:`CleanText` keeps an alignment back to the raw text, so gold annotations
made on raw files (and users' own offsets) can still be compared.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass, field

import ftfy

# Spaces that look like a space but are not one; replaced one for one so offsets hold.
_ODD_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# Invisible characters that only break words and matching; removed.
_WORD = re.compile(r"\S+")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


@dataclass(frozen=True)
class CleanText:
    """Cleaned text with a map from its offsets to the raw text's."""

    text: str
    raw: str
    _anchors: list[tuple[int, int]] = field(default_factory=list, repr=False)

    def to_raw(self, offset: int) -> int:
        """Return the raw-text offset matching ``offset`` in the cleaned text."""
        if not self._anchors:
            return offset
        i = bisect.bisect_right(self._anchors, (offset, float("inf"))) - 1
        if i < 0:
            return offset
        clean_at, raw_at = self._anchors[i]
        return raw_at + (offset - clean_at)


def clean_text(raw: str) -> CleanText:
    """Repair mojibake (ftfy), odd spaces and invisible characters.

    Quote marks are kept as written: curly marks tell openers from closers.
    """
    text = _ODD_SPACES.sub(" ", raw)
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    if ftfy.is_bad(text):
        text = _fix_mojibake(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) == len(raw) and not _INVISIBLE.search(raw) and "\r" not in raw:
        return CleanText(text, raw)
    return CleanText(text, raw, _align(text, raw))


def _fix_mojibake(text: str) -> str:
    """ftfy on the whole text, then word by word for lines that mix good and bad characters."""
    text = ftfy.fix_text(text, uncurl_quotes=False, fix_latin_ligatures=False,
                         fix_character_width=False, normalization="NFC")
    if not ftfy.is_bad(text):
        return text
    return _WORD.sub(lambda m: ftfy.fix_encoding(m.group()) if ftfy.is_bad(m.group()) else m.group(), text)


def _align(text: str, raw: str) -> list[tuple[int, int]]:
    """Anchor points (clean offset, raw offset) where the two texts agree again."""
    matcher = difflib.SequenceMatcher(None, text, raw, autojunk=False)
    return [(a, b) for a, b, size in matcher.get_matching_blocks() if size]
