"""The words the records and the database use for kinds of quote, mention and speaker.

Each vocabulary is a :class:`StrEnum`: its members are the strings stored in the database
and written in JSONL and CSV (``QuoteKind.DIRECT == "direct"``), so code compares and
stores them as strings while a misspelt member fails at import instead of matching nothing.
Nothing here imports anything of the project or beyond the standard library.
"""

from __future__ import annotations

import enum

try:
    from enum import StrEnum
except ImportError:  # Python 3.10

    class StrEnum(str, enum.Enum):  # type: ignore[no-redef]  # noqa: UP042 (the fallback for 3.10, which has no StrEnum)
        """A string-valued enum whose members print as their value (``enum.StrEnum`` from 3.11)."""

        def __str__(self) -> str:
            return self.value

        def __format__(self, spec: str) -> str:
            return self.value.__format__(spec)


class QuoteKind(StrEnum):
    """How a quote is written: within quote marks (``direct``), a few quoted words inside a
    sentence (``partial``), a quotation running over paragraphs or introduced by a colon
    (``block``), or reported speech without marks (``indirect``)."""

    DIRECT = "direct"
    PARTIAL = "partial"
    BLOCK = "block"
    INDIRECT = "indirect"


# Kinds that give the speaker's own words, and reported speech.
VERBATIM_KINDS = (QuoteKind.DIRECT, QuoteKind.BLOCK, QuoteKind.PARTIAL)
REPORTED_KINDS = (QuoteKind.INDIRECT,)


class SpeakerType(StrEnum):
    """What a speaker is: a named person or organization, a group ("critics"), a description
    no name was resolved to ("a spokesperson for the district"), or unknown."""

    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"
    DESCRIPTION = "description"
    UNKNOWN = "unknown"


# The types a speaker can be declared with (speakers.yml) and that name someone.
NAMED_TYPES = (SpeakerType.PERSON, SpeakerType.ORGANIZATION)


class MentionKind(StrEnum):
    """How the article refers to the speaker at the quote: by name, by pronoun, by a
    description ("the Kremlin leader"), as a group ("officials"), or by a relative pronoun
    ("…, who said")."""

    NAME = "name"
    PRONOUN = "pronoun"
    DESCRIPTION = "description"
    GROUP = "group"
    RELATIVE = "relative"


# The sieve a quote records when it continues the speaker of the quote before it
# (quotes.attribute registers it): its cue and mention are borrowed from that quote.
FLOATING_SIEVE = "floating"
