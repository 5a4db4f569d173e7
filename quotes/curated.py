"""Read a curated speakers file: canonical names, aliases, types and Wikidata ids declared by hand.

The file is a YAML list; each entry declares one speaker (see ``speakers.example.yml``)::

    - name: Vladimir Putin           # canonical name (required)
      type: person                   # person or organization (optional: inferred otherwise)
      wikidata_id: Q7747             # optional
      aliases: [Putin, the Kremlin leader, Vladimir Vladimirovich Putin]
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .speakers import CuratedSpeaker, name_key
from .vocab import NAMED_TYPES

TYPES = tuple(NAMED_TYPES)
FIELDS = frozenset({"name", "type", "wikidata_id", "aliases"})
_WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")


class CuratedError(ValueError):
    """A curated speakers file that cannot be used; the message names the file and the problem."""


def load_curated(path: str | Path) -> list[CuratedSpeaker]:
    """The speakers declared in the YAML file at ``path``.

    Raises:
        CuratedError: the file is missing, not YAML, not a list of entries, an entry lacks a
            name or has an unknown field, a bad type or Wikidata id, or two entries claim the
            same name or alias.
    """
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise CuratedError(f"{path}: cannot read ({e.strerror or e})") from e
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        raise CuratedError(f"{path}: not valid YAML ({str(e).splitlines()[0]})") from e
    if data is None:
        return []
    if not isinstance(data, list):
        raise CuratedError(f"{path}: expected a list of speakers (- name: …), found {type(data).__name__}")
    speakers: list[CuratedSpeaker] = []
    claimed: dict[str, str] = {}
    for n, entry in enumerate(data, 1):
        speaker = _entry(entry, f"{path}: entry {n}")
        forms = {name_key(form): form for form in (speaker.name, *speaker.aliases)}
        for key, form in forms.items():
            if key in claimed:
                raise CuratedError(
                    f"{path}: entry {n} ({speaker.name}): {form!r} is already declared for {claimed[key]}")
        claimed.update(dict.fromkeys(forms, speaker.name))
        speakers.append(speaker)
    return speakers


def _entry(entry: object, where: str) -> CuratedSpeaker:
    if not isinstance(entry, dict):
        raise CuratedError(f"{where}: expected a mapping with a name, found {entry!r}")
    name = entry.get("name")
    if not isinstance(name, str) or not name_key(name):
        raise CuratedError(f"{where}: needs a name")
    where = f"{where} ({name})"
    unknown = set(entry) - FIELDS
    if unknown:
        raise CuratedError(
            f"{where}: unknown field {sorted(map(str, unknown))[0]!r} (fields: {', '.join(sorted(FIELDS))})")
    stype = entry.get("type")
    if stype is not None and stype not in TYPES:
        raise CuratedError(f"{where}: type must be person or organization, not {stype!r}")
    wikidata_id = entry.get("wikidata_id")
    if wikidata_id is not None and not (isinstance(wikidata_id, str) and _WIKIDATA_ID.fullmatch(wikidata_id)):
        raise CuratedError(f"{where}: wikidata_id must look like Q7747, not {wikidata_id!r}")
    aliases = entry.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, list) or not all(isinstance(a, str) and name_key(a) for a in aliases):
        raise CuratedError(f"{where}: aliases must be a list of names or descriptions")
    return CuratedSpeaker(name.strip(), stype, wikidata_id, tuple(a.strip() for a in aliases))
