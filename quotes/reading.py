"""What the reading room shows a reader, as plain functions: the database side, no spaCy.

Kind names a reader knows, cues grouped by lemma, a quote in its paragraph, an article with
its quotes marked, and the reasons to double-check an attribution. The Datasette plugins in
``datasette_config/plugins/`` call these; tests call them directly.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import overload

from markupsafe import Markup, escape

from .lexicon import CUE_FORMS
from .vocab import MentionKind, QuoteKind, SpeakerType

# quotes.kind → what a reader calls it: words in quote marks are verbatim (a whole statement,
# or an unmarked block a colon introduced), a few quoted words inside a sentence are partial,
# speech without quote marks is reported.
KIND_LABELS: dict[str, str] = {QuoteKind.DIRECT: "verbatim", QuoteKind.BLOCK: "verbatim", QuoteKind.PARTIAL: "partial",
               QuoteKind.INDIRECT: "reported"}

# Below this confidence an attribution carries a visible caution.
LOW_CONFIDENCE = 0.9
INDIRECT_MENTIONS = (MentionKind.PRONOUN, MentionKind.DESCRIPTION, MentionKind.GROUP)
VAGUE_SPEAKER_TYPES = (SpeakerType.DESCRIPTION, SpeakerType.GROUP)

_HEX_ID = re.compile(r"^[0-9a-f]{16}$")
_SPACES = re.compile(r"\s+")


def kind_label(kind: str | None) -> str:
    """``direct`` → ``verbatim``, ``indirect`` → ``reported``; anything else as stored."""
    return KIND_LABELS.get(kind or "", kind or "")


@overload
def cue_lemma(cue: str) -> str: ...


@overload
def cue_lemma(cue: None) -> None: ...


def cue_lemma(cue: str | None) -> str | None:
    """The cue's lemma as written in lower case: "Said", "says" → "say"; "According to" and
    "according to" → "according to"; "’s comments" and "'s comments" → "'s comments"."""
    if cue is None:
        return None
    form = _SPACES.sub(" ", cue.replace("\u2019", "'").replace("\u2018", "'").strip().lower())
    return CUE_FORMS.get(form, form)


def group_by_lemma(counts: Iterable[tuple[str, int]]) -> list[dict]:
    """(cue, count) pairs → one entry per lemma, most frequent first: ``{"lemma", "label", "forms",
    "count"}``; the label is the group's most frequent form in lower case ("said" for said, Said
    and says), as a reader would name it."""
    groups: dict[str, dict] = {}
    for cue, count in counts:
        lemma = cue_lemma(cue)
        group = groups.setdefault(lemma, {"lemma": lemma, "forms": [], "count": 0, "_top": (-1, "")})
        group["forms"].append(cue)
        group["count"] += count
        group["_top"] = max(group["_top"], (count, cue))
    for group in groups.values():
        group["label"] = " ".join(group.pop("_top")[1].replace("\u2019", "'").lower().split())
    return sorted(groups.values(), key=lambda g: (-g["count"], g["lemma"]))


def cautions(quote: Mapping) -> list[str]:
    """Why a reader should check this attribution against the article, if they should."""
    reasons = []
    mention = quote.get("speaker_mention")
    mention_kind = quote.get("mention_kind")
    if mention_kind == MentionKind.PRONOUN:
        reasons.append(
            f"The article names the speaker here only as “{mention}”: the name was resolved from the pronoun.")
    elif mention_kind == MentionKind.DESCRIPTION:
        reasons.append(
            f"The article describes the speaker here as “{mention}”: the name was resolved from the description.")
    elif mention_kind == MentionKind.GROUP:
        reasons.append(f"The article attributes this to a group, “{mention}”, not to a named person.")
    if quote.get("speaker_type") == SpeakerType.GROUP and mention_kind == MentionKind.NAME:
        reasons.append(f"The article gives these words to several people together, “{mention}”: "
                       "check which of them said what.")
    elif quote.get("speaker_type") in VAGUE_SPEAKER_TYPES and mention_kind not in (MentionKind.DESCRIPTION,
                                                                                   MentionKind.GROUP):
        reasons.append(f"The speaker is a {quote['speaker_type']}, not a named person or body.")
    confidence = quote.get("confidence")
    if confidence is not None and confidence < LOW_CONFIDENCE:
        reasons.append(f"The attribution's confidence is low ({confidence:.2f}, below {LOW_CONFIDENCE}).")
    if not quote.get("speaker_id") and not quote.get("speaker_name"):
        reasons.append("No speaker was found for this quote.")
    return reasons


def article_name(title: str | None, url: str | None, doc: str | None) -> str:
    """What a reader calls an article: its headline, else its URL, else its file name."""
    for name in (title, url, doc):
        if name and name.strip():
            return " ".join(name.split())
    return "(untitled article)"


def list_text(value: object) -> object:
    """A JSON list of names or roles as "a, b, c" (the value as it is when it is not one)."""
    if not isinstance(value, (str, bytes, bytearray)):
        return value
    try:
        items = json.loads(value)
    except (TypeError, ValueError):
        return value
    return ", ".join(str(i) for i in items) if isinstance(items, list) else value


def is_hex_id(value: object) -> bool:
    return isinstance(value, str) and bool(_HEX_ID.match(value))


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the paragraphs (text between line breaks) holding ``start``..``end``."""
    left = text.rfind("\n", 0, max(start, 0)) + 1
    right = text.find("\n", max(end, start))
    return left, len(text) if right == -1 else right


def marked(text: str, spans: Iterable[tuple[int, int, Mapping]], offset: int = 0) -> Markup:
    """``text`` (which starts at ``offset`` of its article) escaped, in ``<p>`` paragraphs, each
    span wrapped in a tag with its attributes: ``{"tag": "mark", "id": …, "href": …, "class": …,
    "title": …}``. A span that overlaps an earlier one is cut to what is left of it; one that runs
    over a paragraph break is marked in each paragraph (its ``id`` on the first part only)."""
    ordered = []
    at = 0
    for start, end, attrs in sorted(spans, key=lambda s: (s[0], -s[1])):
        start, end = max(start - offset, at, 0), min(end - offset, len(text))
        if end > start:
            ordered.append((start, end, attrs))
            at = end
    paragraphs = []
    seen: set = set()
    left = 0
    while left <= len(text):
        right = text.find("\n", left)
        right = len(text) if right == -1 else right
        if text[left:right].strip():
            paragraphs.append(f"<p>{_marked_run(text, left, right, ordered, seen)}</p>")
        left = right + 1
    return Markup("".join(paragraphs))


def _marked_run(text: str, left: int, right: int, spans: list[tuple[int, int, Mapping]], seen: set) -> str:
    pieces = []
    at = left
    for start, end, attrs in spans:
        start, end = max(start, left), min(end, right)
        if end <= start:
            continue
        pieces.append(str(escape(text[at:start])))
        inner = str(escape(text[start:end]))
        if attrs.get("href"):
            inner = f'<a href="{escape(attrs["href"])}">{inner}</a>'
        names = ("class", "title") if id(attrs) in seen else ("id", "class", "title")
        seen.add(id(attrs))
        attributes = "".join(f' {name}="{escape(attrs[name])}"' for name in names if attrs.get(name))
        tag = attrs.get("tag", "mark")
        pieces.append(f"<{tag}{attributes}>{inner}</{tag}>")
        at = end
    pieces.append(str(escape(text[at:right])))
    return "".join(pieces)
