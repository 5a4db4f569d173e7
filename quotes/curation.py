"""Curating the speaker index by hand: rows that look wrong, and merges and renames that last.

A merge or a rename is recorded as a declaration in the curated speakers (the same store as
``quotes ingest --speakers FILE``), so every later ingest keeps it; :func:`curated_yaml` writes
the declarations back out as such a file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import sqlite_utils
import yaml
from rapidfuzz.distance import Levenshtein

from .speakers import CuratedSpeaker, name_key
from .store import link_speakers, speaker_index, stored_curated


class Suspicious(NamedTuple):
    """A speaker row that may be wrong: its ``name``, ``type`` and ``quotes``, why (``reason``)
    and the row it may belong with (``like``), if any."""

    name: str
    type: str | None
    quotes: int
    reason: str
    like: str | None = None


def suspicious_speakers(db: sqlite_utils.Database) -> Iterator[Suspicious]:
    """Yield the rows a curator should look at, the most quoted first.

    Yields:
        rows typed unknown; one-word names of people; names that differ from a more quoted
        row by a middle name or initial ("Hillary Rodham Clinton") or by one letter ("Hilary
        Clinton", where the rest agrees).
    """
    rows = list(speaker_index(db))
    people = [(r, name_key(r["name"]).split()) for r in rows if r["type"] in ("person", "unknown")]
    for r in rows:
        words = name_key(r["name"]).split()
        like = None
        for other, other_words in people:
            if (other is r or (other["quotes"], r["name"]) < (r["quotes"], other["name"])
                    or len(words) < 2 or len(other_words) < 2):
                continue
            if words[0] == other_words[0] and words[-1] == other_words[-1] and len(words) != len(other_words):
                like = (other["name"], "differs by a middle name")
            elif len(words) == len(other_words) and Levenshtein.distance(" ".join(words), " ".join(other_words)) == 1:
                like = (other["name"], "differs by one letter")
            if like:
                break
        if like:
            yield Suspicious(r["name"], r["type"], r["quotes"], like[1], like[0])
        elif r["type"] == "unknown":
            yield Suspicious(r["name"], r["type"], r["quotes"], "type unknown")
        elif r["type"] == "person" and len(words) == 1:
            yield Suspicious(r["name"], r["type"], r["quotes"], "one-word name")


class CurationError(ValueError):
    """A merge or rename that names no speaker of the index."""


def merge_speakers(db: sqlite_utils.Database, keep: str, merged: str) -> int:
    """Declare that the speaker ``merged`` is ``keep``: its names become aliases of ``keep``.

    Returns how many quotes moved. Raises :class:`CurationError` where either names no row.
    """
    rows = _rows_named(db, keep, merged)
    target, source = rows[name_key(keep)], rows[name_key(merged)]
    forms = (source["name"], *source["aliases"])
    return _declare(db, target, forms)


def rename_speaker(db: sqlite_utils.Database, old: str, new: str) -> int:
    """Declare that the speaker named ``old`` is called ``new``; ``old`` stays an alias."""
    row = _rows_named(db, old)[name_key(old)]
    renamed = {**row, "name": new.strip()}
    return _declare(db, renamed, (row["name"], *row["aliases"]), replacing=row["name"])


def curated_yaml(db: sqlite_utils.Database) -> str:
    """The curated speakers as a ``--speakers`` file, declarations in name order."""
    entries = []
    for c in sorted(stored_curated(db), key=lambda c: name_key(c.name)):
        entry: dict = {"name": c.name}
        if c.type:
            entry["type"] = c.type
        if c.wikidata_id:
            entry["wikidata_id"] = c.wikidata_id
        if c.aliases:
            entry["aliases"] = list(c.aliases)
        entries.append(entry)
    return yaml.safe_dump(entries, allow_unicode=True, sort_keys=False) if entries else "[]\n"


def _rows_named(db: sqlite_utils.Database, *names: str) -> dict[str, dict]:
    rows = {name_key(r["name"]): r for r in speaker_index(db)}
    for name in names:
        if name_key(name) not in rows:
            raise CurationError(f"no speaker named {name!r} in the index (see `quotes speakers`)")
    return rows


def _declare(db: sqlite_utils.Database, row: dict, forms: tuple[str, ...], replacing: str | None = None) -> int:
    """Add ``forms`` as aliases of the declaration for ``row`` (made if needed) and re-link."""
    stype = row["type"] if row["type"] in ("person", "organization") else None
    keys = {name_key(f) for f in forms} | {name_key(row["name"])}
    stored = stored_curated(db)
    declared = [c for c in stored if name_key(c.name) not in keys | {name_key(replacing or "")}]
    existing = next((c for c in stored if name_key(c.name) in {name_key(row["name"]), name_key(replacing or "")}), None)
    aliases = {name_key(a): a for a in (*(existing.aliases if existing else ()), *forms)
               if name_key(a) != name_key(row["name"])}
    # an alias belongs to one declaration: the other declarations give it up
    declared = [c._replace(aliases=tuple(a for a in c.aliases if name_key(a) not in aliases)) for c in declared]
    entry = CuratedSpeaker(row["name"], (existing.type if existing else None) or stype,
                           (existing.wikidata_id if existing else None) or row.get("wikidata_id"),
                           tuple(aliases.values()))
    return link_speakers(db, [*declared, entry])
