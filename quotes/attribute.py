"""Attribute quotes to speakers with sieves, and find reported speech.

Each sieve is a small function ``(ctx, quote) -> Attribution | None`` registered with
``@sieve(name, confidence)``: its name is what a quote records as ``sieve`` and its
confidence what an attribution by it is worth unless it says otherwise. Sieves are tried in
the order the ``quote_attributor`` component is configured with (:data:`DEFAULT_ORDER`:
transcript labels, a cue beside the quote, dash bylines, a cue elsewhere in the sentence,
“according to”, “as X put it”, colon introductions, “X’s claim”), and the first that answers
wins, as in the multi-pass sieves of rule-based quote attribution. Other registered sieves
work on the article as a whole: :func:`interview_turns` gives the turns of an interview
printed without labels to who asks and who answers, :func:`floating_quotes`, after the
others, gives a quote with no attribution the speaker of the quote before it,
:func:`nested_quotes` yields the quotations a quote quotes ("He told me, ‘…’"), and
:func:`reported_speech` yields indirect quotes. Pronouns and descriptions are resolved with
the speaker index, in :mod:`quotes.speakers`.
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from .extract import (
    INNER_CUE_WORDS,
    QA_LABELS,
    TURN_LABEL,
    QuoteSpan,
    Ranges,
    end_before_space,
    in_heading,
    inner_quotes,
    plain_words,
)
from .lexicon import (
    CUE_FORMS,
    DEMONYMS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    EVIDENCE_LEMMAS,
    GROUP_NOUNS,
    LISTENER_LEMMAS,
    OBJECT_PRONOUNS,
    ORG_NAMES,
    ORG_ROLE_NOUNS,
    ORG_WORDS,
    PARTIAL_CUE_LEMMAS,
    PARTY_WORDS,
    PRONOUNS,
    QUESTIONERS,
    REACTIONS,
    REPORT_FORMS,
    ROLE_NOUNS,
    STATES_AND_COUNTRIES,
    TIME_WORDS,
    guessed_first_name,
    is_first_name,
    is_person_noun,
    names_people,
    trie_pattern,
)
from .mentions import (
    ASKED_LEAD,
    LEADING_CLAUSE,
    PARTY_OR_STATE_TAG,
    PORTFOLIO_TITLE,
    SPOKESPERSON_HEAD,
    Mention,
    byline_under_headline,
    last_match,
    opens_leading_phrase,
    person_head,
    pronoun_mention,
    role_apposed_opening,
    source_after,
    speaker_head,
    subject_after,
    subject_before,
)
from .vocab import FLOATING_SIEVE as FLOATING
from .vocab import MentionKind, QuoteKind, SpeakerType
from .words import word_list, word_set

_MAX_ATTRIBUTION_WORDS = 45
_MAX_SCARE_WORDS = 5
# r"\baccording to\b" in any case, spelled so that a first letter opens the pattern: the
# regex engine then skips to each "a" or "A" instead of trying every position (twice as fast).
_ACCORDING_TO = re.compile(r"[Aa](?<!\w[Aa])[Cc][Cc][Oo][Rr][Dd][Ii][Nn][Gg] [Tt][Oo]\b")
_LISTENER_WORDS = word_set("listener_words")
_ADJUNCT = re.compile(
    r"\s*(?:(?:on|last|this|early|late)\s+)?(?:" + "|".join(sorted(TIME_WORDS)) + r")\b[\w ]{0,12}?(?=[\s,])"
    r"|\s*(?:in|during|at|on)\s+(?:a|an|the|his|her|their|its)\s+[\w-]+(?:\s+[\w-]+)?\b(?:\s+(?:on|with|to)\s+\w+)?",
    re.I,
)


class Cue(NamedTuple):
    """A speech cue as written, with its lemma."""

    start: int
    end: int
    text: str
    lemma: str


# Before a cue form, these make it a noun ("the claims", "Trump’s tweets"), unless a pronoun
# subject comes first ("He’s claiming").
_NOUN_MARKERS = word_set("noun_markers")
_PRONOUN_SUBJECTS = word_set("pronoun_subjects")
_PLURAL_NOUN_MARKERS = word_set("plural_noun_markers")
_STATE_MODIFIERS = word_set("state_modifiers")
# Capitalised cues that open a sentence before their speaker: "Said Ellis: “…”".
_INVERTED_CUES = word_set("inverted_cues")
# Cues that speak only with no object ("“…,” he continued."): after one, a mark, "that" or "on".
_INTRANSITIVE_CUES = frozenset(("continue",))
_SAYING_AFTER = re.compile(r"\s+(?:as\s+)?(?:saying|telling|to\s+(?:say|tell|have\s+said))\b")
_CUE_ENDS = re.compile(r"\s*(?:[,.:;!?—–”\"’)]|$|(?:that|on|by|with)\b)")
_WORD_OR_MARK = re.compile(r"[’']s(?!\w)|\w+|[^\w\s]")
# Cue forms as whole words: in lower case, or in any case where a capital may open an
# inverted attribution ("Said Ellis"), since no other capitalised form is a cue. One
# case-sensitive trie scans an article in half the time of a case-blind one. Every form opens
# with a letter: (?=\w) turns away the ends of words before the tries are tried (a third faster).
_CUE_WORDS = re.compile(rf"\b(?=\w)(?:{trie_pattern(CUE_FORMS)}|(?i:{trie_pattern(_INVERTED_CUES)}))\b")


def find_cues(text: str, skipped: Ranges | None = None) -> Iterator[Cue]:
    """Yield the speech cues of ``text``: cue forms written as verbs, in order.

    A capitalised form counts only where it opens a sentence before its speaker, so
    "State Department" and a headline's "Says" are not cues; a form after a determiner
    or a possessive is a noun, and one after a hyphen part of a compound.

    With ``skipped`` (:func:`marked_ranges`: the sieves read no cue inside a quote), the
    text those ranges cover is not searched. Each range opens and closes on a character no
    cue holds (a quote mark, a line end), so the cues outside are those of the whole text.
    """
    for lo, hi in skipped.gaps(len(text)) if skipped else ((0, len(text)),):
        yield from _cues_between(text, lo, hi)


def _cues_between(text: str, lo: int, hi: int) -> Iterator[Cue]:
    """:func:`find_cues` from ``lo`` to ``hi``."""
    for m in _CUE_WORDS.finditer(text, lo, hi):
        written = m.group()
        if m.start() and text[m.start() - 1] in "-‑":
            continue  # part of a compound: "so-called", "long-said"
        if not written[0].islower() and not _inverted_opening(text, m.start(), written):
            continue
        lemma = CUE_FORMS[" ".join(written.lower().split())]
        if lemma in _INTRANSITIVE_CUES and not _CUE_ENDS.match(text, m.end()):
            continue  # "workers continued their protests": an object, so no speech
        if (written.endswith("ed") and lemma not in LISTENER_LEMMAS and not _SAYING_AFTER.match(text, m.end())
                and _PASSIVE_BEFORE.search(text, max(lo, m.start() - 20), m.start())):
            continue  # "one Greek Orthodox were admitted": a passive's subject says nothing; "is quoted as saying" does
        if (written.endswith("ed") and _AS_QUOTE_AFTER.match(text, m.end())
                and text[end_before_space(text, m.start()) - 1] == ","):
            # "Mr Cronin, who died last week aged 84, remembered as ‘a gentleman of the old school’": a
            # passive after an aside, its subject no speaker (not "whom one insider described as “…”")
            continue
        before = _last_words(text, max(0, m.start() - 40), m.start())
        if before and before[-1].lower() in _NOUN_MARKERS and not (  # "the proposed rent", not "He’s claiming"
                len(before) == 2 and before[-1] in ("’s", "'s") and before[0].lower() in _PRONOUN_SUBJECTS):
            continue
        if written.endswith("s") and before and (before[-1].lower() in _PLURAL_NOUN_MARKERS or (
                written.lower() == "states" and before[-1].lower() in _STATE_MODIFIERS)):
            continue  # "many claims", "allowed member states to pay": a plural noun
        if (written.endswith("s") and before and _COMMON_WORD.fullmatch(before[-1]) and before[-1] not in PRONOUNS
                and _PARTICIPLE_PHRASE_AFTER.match(text, m.end())):
            continue  # "the emissions estimates supplied by the promoters": a noun, a participle after it
        if written.endswith("s") and before and before[-1][:1].isupper() and _NAME_AFTER_PREPOSITION.search(
                text, max(lo, m.start() - 60), m.start()):
            continue  # "below Wall Street estimates": a plural noun, object of a preposition
        noun_after = _ROLE_NOUN_AFTER.match(text, m.end()) if written.endswith("s") and before else None
        if noun_after and before[-1].islower() and (noun_after.group(1) in ROLE_NOUNS or is_person_noun(
                noun_after.group(1))):
            continue  # "a regional claims manager told staff": a noun naming a role, no verb
        if (before and _TO_BE_AFTER.match(text, m.end()) and before[-1].isalpha() and before[-1].islower()
                and before[-1] not in PRONOUNS):
            continue  # "a fee reported to be £14m", "a man said to have fled": a passive, no one speaks
        if written.endswith("ed") and lemma in PARTIAL_CUE_LEMMAS and before and _reduced_passive(
                before[-1], text, m.end()):
            continue  # "the staffing levels described by nurses", "the messages cited in the indictment"
        yield Cue(m.start(), m.end(), written, lemma)


# A name after a preposition, just before a cue form ("below Wall Street ", "amid U.S. "; not "into Iowa. She ")
_NAME_AFTER_PREPOSITION = re.compile(
    rf"\b(?i:{'|'.join(word_set('noun_prepositions'))})[ \t]+(?:(?:[A-Z][\w&’'-]*|(?:[A-Z]\.)+)[ \t]+)+$")
# "claims manager", not "warns officer that"
_ROLE_NOUN_AFTER = re.compile(r"[ \t]+([a-z]+)\b(?![ \t]+(?:that|to|of)\b)")
# A common noun, and a participle with its preposition after a cue form: "the traffic" estimates
# "supplied by"
_COMMON_WORD = re.compile(r"[a-z]{3,}")
_PARTICIPLE_PHRASE_AFTER = re.compile(r"[ \t]+[a-z]+ed[ \t]+(?:by|in|from|for|to|on|at|with)\b")
_AS_QUOTE_AFTER = re.compile(r"[ \t]+as[ \t]+[‘“\"']")  # "described as “…”": the active voice has an object between
_TO_BE_AFTER = re.compile(r"[ \t]+to[ \t]+(?:be|have)\b")
_BY_OR_IN = re.compile(r"[ \t]+(by|in)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?[a-z]")


def _reduced_passive(noun: str, text: str, end: int) -> bool:
    """Whether a cue that takes an object ("described", "cited"), written after a common noun
    and followed by "by" or, after a plural, "in", shortens a passive clause on that noun ("the
    levels described by nurses"): no one speaks there."""
    m = _BY_OR_IN.match(text, end)
    if m is None or not noun.isalpha() or not noun.islower() or noun in PRONOUNS or noun in OBJECT_PRONOUNS:
        return False
    return m.group(1) == "by" or noun.endswith("s")


def _last_words(text: str, lo: int, hi: int) -> list[str]:
    """The last two words or marks from ``lo`` to ``hi`` (``_WORD_OR_MARK.findall(text, lo,
    hi)[-2:]``): none runs across a space, so the last two runs of other characters hold them."""
    return [w for run in text[lo:hi].rsplit(maxsplit=2)[-2:] for w in _WORD_OR_MARK.findall(run)][-2:]


def _inverted_opening(text: str, start: int, written: str) -> bool:
    """A capitalised cue opening a sentence before its speaker ("Said Ellis: “…”")."""
    if written.split()[0].lower() not in _INVERTED_CUES:
        return False
    i = end_before_space(text, start)
    return not i or text[i - 1] in ".!?”\""


def marked_ranges(quotes: Iterable[QuoteSpan]) -> Ranges:
    """The characters of the quotes in marks, marks included: where no cue attributes a quote."""
    return Ranges((q.open, q.close + 1) for q in quotes if q.kind != QuoteKind.BLOCK)


class Attribution(NamedTuple):
    """A quote with the cue and mention that attribute it (either may be missing)."""

    start: int
    end: int
    kind: str
    cue: Cue | None
    mention: Mention | None
    sieve: str = ""  # the registered sieve's name, filled in by its registration
    confidence: float | None = None  # None: the registered sieve's confidence


@dataclass
class Context:
    """What the sieves know about one article."""

    text: str
    quotes: list[QuoteSpan]
    sentences: list[tuple[int, int]]
    cues: list[Cue]
    entities: list[tuple[int, int, str]] | None = None
    evidence: list[Cue] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)
    _by_kind: dict[bool, tuple[list[Cue], list[int], list[int]]] = field(default_factory=dict, repr=False)
    _speech: list[QuoteSpan] = field(default_factory=list, repr=False)
    _opens: list[int] = field(default_factory=list, repr=False)
    _closes: list[int] = field(default_factory=list, repr=False)
    _found: dict[tuple[str, int, int], list[re.Match]] = field(default_factory=dict, repr=False)
    _subjects: dict[tuple[int, int], Mention | None] = field(default_factory=dict, repr=False)
    _according: list[re.Match] | None = field(default=None, repr=False)
    _according_starts: list[int] = field(default_factory=list, repr=False)
    marked: Ranges = field(init=False, repr=False)  # the text inside quote marks (marked_ranges)

    def __post_init__(self):
        self._starts = [s for s, _ in self.sentences]
        self._speech = sorted((q for q in self.quotes if q.kind not in ("title", QuoteKind.BLOCK)),
                              key=lambda q: q.open)
        self._opens = [q.open for q in self._speech]
        # where a quote's words end, the sentence's own go on; but not after a name in marks ("Lawlor
        # introduced “Porch Light” by telling the crowd, “…”": the song's name, inside the sentence)
        self._closes = sorted(q.close for q in self._speech if not _named_in_marks(self.text, q))
        self.marked = marked_ranges(self.quotes)
        cues = sorted(c for c in self.cues if not self.marked.covers(c.start))
        # findings ("the poll shows") report content but never introduce a quotation
        self.cues = [c for c in cues if c.lemma not in EVIDENCE_LEMMAS]
        self.evidence = [c for c in cues if c.lemma in EVIDENCE_LEMMAS]
        for with_evidence, kept in ((False, self.cues), (True, cues)):
            self._by_kind[with_evidence] = (kept, [c.start for c in kept], [c.end for c in kept])

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos`` (or the nearest one before it)."""
        i = max(0, bisect.bisect_right(self._starts, pos) - 1)
        return self.sentences[i] if self.sentences else (0, len(self.text))

    def cues_between(self, lo: int, hi: int, with_evidence: bool = False) -> list[Cue]:
        """Speech cues from ``lo`` to ``hi``; findings ("the poll shows") too where asked."""
        cues, starts, ends = self._by_kind[with_evidence]  # in order, never overlapping: ends sorted too
        first = bisect.bisect_left(starts, lo)
        return cues[first:max(first, bisect.bisect_right(ends, hi))]

    def free_start(self, lo: int, pos: int) -> int:
        """Where text outside quotes begins before ``pos``, not before ``lo``."""
        i = bisect.bisect_left(self._closes, pos) - 1
        return max(lo, self._closes[i] + 1) if i >= 0 and self._closes[i] >= lo else lo

    def quotes_between(self, lo: int, hi: int) -> list[QuoteSpan]:
        """The speech quotes (not titles or blocks) wholly between ``lo`` and ``hi``."""
        first = bisect.bisect_left(self._opens, lo)
        return [q for q in self._speech[first:bisect.bisect_left(self._opens, hi)] if q.close < hi]

    def first_quote_between(self, lo: int, hi: int) -> QuoteSpan | None:
        """The first of :meth:`quotes_between`, found without listing the rest."""
        first, last = bisect.bisect_left(self._opens, lo), bisect.bisect_left(self._opens, hi)
        return next((self._speech[k] for k in range(first, last) if self._speech[k].close < hi), None)

    def last_quote_between(self, lo: int, hi: int) -> QuoteSpan | None:
        """The last of :meth:`quotes_between`, found without listing the rest."""
        first, last = bisect.bisect_left(self._opens, lo), bisect.bisect_left(self._opens, hi)
        return next((self._speech[k] for k in range(last - 1, first - 1, -1) if self._speech[k].close < hi), None)

    def subject_before(self, lo: int, hi: int) -> Mention | None:
        """:func:`~quotes.mentions.subject_before` in the article, read once for each span: the
        sieves tried on a quote often ask for the speaker before the same cue."""
        key = (lo, hi)
        if key not in self._subjects:
            self._subjects[key] = subject_before(self.text, lo, hi, self.entities)
        return self._subjects[key]

    def according_to(self, lo: int = 0, hi: int | None = None) -> list[re.Match]:
        """Each "according to" written from ``lo`` to ``hi`` (a sentence; the article by default),
        found once for the article, and sought only in one that holds the words in some case
        (a third do); none runs past a sentence's end, so a sentence's are those it holds."""
        if self._according is None:
            self._according = list(_ACCORDING_TO.finditer(self.text)) if "according to" in self.text.lower() else []
            self._according_starts = [m.start() for m in self._according]
        starts, end = self._according_starts, len(self.text) if hi is None else hi
        return self._according[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, end)]

    def matches(self, pattern: re.Pattern, lo: int, hi: int) -> list[re.Match]:
        """The matches of ``pattern`` from ``lo`` to ``hi``, found once (each quote of a sentence asks)."""
        key = (pattern.pattern, lo, hi)
        if key not in self._found:
            self._found[key] = list(pattern.finditer(self.text, lo, hi))
        return self._found[key]


class Stage(enum.Enum):
    """Where a sieve applies: to one quote at a time, to the attributions of an article after
    the per-quote sieves (``(ctx, found) -> list[Attribution]``), to the quotations inside its
    quotes (``(ctx, attributions) -> Iterator[Attribution]``), or to the text outside quotes
    (reported speech, ``(ctx, used_cues) -> Iterator[Attribution]``)."""

    QUOTE = "quote"
    AFTER = "after"
    NESTED = "nested"
    REPORTED = "reported"


class Sieve(NamedTuple):
    """A registered sieve: its name, the confidence of its attributions, where it applies and its function."""

    name: str
    confidence: float
    stage: Stage
    find: Callable


SIEVES: dict[str, Sieve] = {}
"""Every registered sieve by name (``@sieve``)."""

REPORTED = "reported"
INTERVIEW = "interview"
ECHO = "echo"
NESTED = "nested"
UNATTRIBUTED = "none"  # the sieve recorded for a quote no sieve attributed
_UNATTRIBUTED_CONFIDENCE = 0.3


def sieve(name: str, confidence: float, stage: Stage = Stage.QUOTE) -> Callable[[Callable], Callable]:
    """Register the decorated function as the sieve ``name``, whose attributions are worth
    ``confidence`` unless they give their own. A per-quote sieve returns an
    :class:`Attribution` without a ``sieve`` (and usually without a ``confidence``); the
    registration fills them in."""

    def register(find: Callable) -> Callable:
        if name in SIEVES:
            raise ValueError(f"sieve {name!r} registered twice")
        if stage is not Stage.QUOTE:
            SIEVES[name] = Sieve(name, confidence, stage, find)
            return find

        @functools.wraps(find)
        def named(ctx: Context, q: QuoteSpan) -> Attribution | None:
            a = find(ctx, q)
            if a is None:
                return None
            return a._replace(sieve=name, confidence=confidence if a.confidence is None else a.confidence)

        SIEVES[name] = Sieve(name, confidence, stage, named)
        return named

    return register


DEFAULT_ORDER = ("label", "beside", "dash", "verbless", "owned", "sentence", "according_to", "put_it", "colon",
                 "possessive", "verdict", INTERVIEW, FLOATING, ECHO, NESTED, REPORTED)
"""The sieves and their order by default (the ``quote_attributor`` component's ``sieves``):
per-quote sieves are tried in this order; interview turns, floating quotes, headline echoes,
quotations inside quotes and reported speech apply if named."""


def check_sieves(names: Iterable[str]) -> tuple[str, ...]:
    """``names`` as a tuple, or a ValueError naming the unknown ones and listing the registered sieves."""
    names = tuple(names)
    unknown = [n for n in names if n not in SIEVES]
    if unknown:
        raise ValueError(f"unknown sieve{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}; "
                         f"the sieves are {', '.join(SIEVES)}")
    return names


@sieve("beside", 0.95)
def cue_beside_quote(ctx: Context, q: QuoteSpan) -> Attribution | None:
    """A cue and its subject right after or right before the quote (not in a heading a label
    opens: "Senior official: Israel will respond ‘…’" is the label's, see :func:`colon_intro`)."""
    if _heading_labelled(ctx, q):
        return None
    words_of = _IN_WORDS_OF.match(ctx.text, q.close + 1)
    if words_of:  # "Analysts said the response would be “measured and targeted”, in Zhou's words": his
        who = "who" if words_of.group("who") else "who2"  # "Zhou's words", "the words of Zhou"
        mention = ctx.subject_before(words_of.start(who), words_of.end(who))
        if mention is not None:
            cue = Cue(words_of.start(), words_of.end(), words_of.group().strip(" ,"), "say")
            return Attribution(q.start, q.end, q.kind, cue, mention, confidence=0.85)
    if ctx.text[ctx.free_start(ctx.sentence(q.open)[0], q.open):q.open].rstrip().endswith((",", ":")):
        return _cue_before(ctx, q) or _cue_after(ctx, q)
    return _cue_after(ctx, q) or _cue_before(ctx, q) or _cue_in_next_sentence(ctx, q) or _finding_before(ctx, q)


def _finding_before(ctx: Context, q: QuoteSpan) -> Attribution | None:
    """A partial quote in what a document or body found ("An analysis by the nonpartisan Senate
    Fiscal Agency found the change would “reduce … revenue by approximately $38 million”"): the
    finding's words, where the verb of finding has the document or the body as its subject (no
    one's "found himself")."""
    if q.kind != QuoteKind.PARTIAL:
        return None
    s_start = ctx.sentence(q.open)[0]
    found = [c for c in ctx.evidence if s_start <= c.start < q.open]
    if not found or ctx.cues_between(found[-1].end, q.open):
        return None
    cue = found[-1]
    if cue.text.endswith("ing") or "," in ctx.text[cue.end:q.open]:
        return None  # "Despite polls showing her well behind, Clinton …": the finding is not what follows
    subject = ctx.subject_before(s_start, cue.start)
    if subject is None or not (subject.type == SpeakerType.ORGANIZATION
                               or subject.text.split()[-1].lower() in DOCUMENT_NOUNS):
        return None
    return Attribution(q.start, q.end, q.kind, cue, subject, confidence=0.7)


_SUBORDINATORS = word_set("subordinators")
# What a cue introduces when it brings its own words: a colon or a quote, after "that" or not.
_OWN_CONTENT = re.compile(r"\s*(?::\s*|\s+that\s+)?[“\"]")


def _main_cue(ctx: Context, cues: list[Cue], i: int, lo: int) -> tuple[Cue, int]:
    """Step from a participle ("…, emphasizing", "by noting") back to the clause's own cue."""
    cue = cues[i]
    before = ctx.text[max(lo, cue.start - 4):cue.start].rstrip()
    if cue.text.endswith("ing") and (before.endswith(",") or before.endswith(" by")) and i > 0:
        return cues[i - 1], i - 1
    return cue, i


def _cue_after(ctx: Context, q: QuoteSpan) -> Attribution | None:
    text = ctx.text
    _, s_end = ctx.sentence(q.close)
    later = ctx.first_quote_between(q.close + 1, s_end)
    limit = later.open if later and later.kind != "title" else s_end
    content = text[q.start:q.end].rstrip().rstrip("’'\"”")  # "… I would say, ‘That’s ridiculous,’”"
    for cue in ctx.cues_between(q.close + 1, limit)[:1]:
        region = text[q.close + 1:cue.start]
        first = region.split()[:1]
        if len(region.split()) > _MAX_ATTRIBUTION_WORDS or (first and first[0].lower() in _SUBORDINATORS):
            return None
        if cue.lemma in PARTIAL_CUE_LEMMAS or _OWN_CONTENT.match(text, cue.end):
            return None  # "“Why …?” Cueto responded that “the reason …”": the cue has its own quote
        if _CLAIM_OBJECT.match(region):
            return None  # "“against the advice of the coach”, a claim Sheikh denied": whom it answers
        if q.kind == QuoteKind.PARTIAL and (_NEW_CLAUSE.search(region) or (
                (_RELATIVE_WORD.search(region) or (cue.text.endswith("ing") and region.strip(" ,")))
                and ctx.cues_between(ctx.sentence(q.open)[0], q.open))):
            # (and "She told the court the transfers were “deliberately structured” to stay below the
            # bank’s internal reporting threshold": a gerund in a noun phrase, the sentence's cue before)
            # "Kerry said … “robust steps” in response, and he urged …": the next clause's cue; "Paul
            # Hendry said the RCN had “lifted the lid” on conditions that his members had been
            # reporting": a relative clause's, where a cue before the quote is the sentence's own
            return None
        s_start = ctx.sentence(q.open)[0]
        opener = re.match(r"\W*(\w+)", text[s_start:q.open])
        if (q.kind == QuoteKind.PARTIAL and opener and opener.group(1).lower() in _SUBORDINATORS
                and (content[-1:] == "," or region.lstrip()[:1] == ",")
                and any("," not in text[cue.end:q.open] for cue in ctx.cues_between(s_start, q.open))):
            # "When Marchetti described the building as “a good neighbor,” several people laughed":
            # the quote ends the clause that opens the sentence, whose own cue says who
            return None
        ends_open = content[-1:] in ",?!—–-…" or region.lstrip()[:1] in (",", "—", "–")
        translation = _TRANSLATION.match(region)
        if translation and ends_open:  # "“Saan napunta ang pera?” (Where did the money go?) asked Senator …"
            after = q.close + 1 + translation.end()
            mention = (subject_after(text, cue.end, s_end, ctx.entities) if after >= cue.start
                       else ctx.subject_before(after, cue.start))
            return Attribution(q.start, q.end, q.kind, cue, mention) if mention else None
        if region.strip(" ,—–\n") == "":
            if not ends_open and region.strip():
                return None
            if cue.text.endswith("ing"):
                # "The Council of State … described the plans as “insufficiently substantiated”, saying
                # the ministry had …": a participle's subject is the sentence's, never what follows it
                before = cue_in_sentence(ctx, q)  # the clause's own cue before the quote, if any
                if before:
                    return before
                s_start = ctx.sentence(q.open)[0]
                subject = sentence_subject(ctx, ctx.free_start(s_start, q.open), q.open)
                return Attribution(q.start, q.end, q.kind, cue, subject) if subject else None
            mention = subject_after(text, cue.end, s_end, ctx.entities)
        elif ends_open or q.kind == QuoteKind.PARTIAL:
            aside = _ASIDE_CLOSE.search(region)
            s_start = ctx.sentence(q.open)[0]
            opened = text.rfind(aside.group(1), s_start, q.open) if aside else -1
            if opened > s_start:  # "Donald Trump - who said he would “…” oil fields seized by X - said"
                return None  # the quote is inside an aside on the subject: the sentence's cue is not its
            mention = ctx.subject_before(q.close + 1, cue.start)
        else:
            return None
        if mention:
            return Attribution(q.start, q.end, q.kind, cue, mention)
    return None


# A noun for what was said in apposition to the quote, the cue's object: ", a claim Sheikh denied"
_CLAIM_OBJECT = re.compile(r"[\s,]*(?:a|an|the|which|one)\s+(?:[a-z]+\s+)?(?:claim|charge|allegation|accusation"
                           r"|suggestion|assertion|characteri[sz]ation|description|criticism|label)s?\s")
_ASIDE_CLOSE = re.compile(r"\s([-–—])\s*$")  # a spaced dash closing an aside before the cue


_TRANSLATION = re.compile(r"\s*\([^()\n]{1,200}\)[\s,]*")  # a quote's translation in parentheses
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose|what)\b")  # "… of what engineers said was needed"
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|although|though|even\s+as)\s|;")  # or "…”; Rourke has said"


def _cue_in_next_sentence(ctx: Context, q: QuoteSpan) -> Attribution | None:
    """“We won.” Kim said. — a mis-punctuated attribution standing as its own short sentence."""
    _, s_end = ctx.sentence(q.close)
    if s_end > q.close + 2:
        return None
    n_start, n_end = ctx.sentence(s_end + 1)
    if n_start < s_end or "\n" in ctx.text[s_end:n_start] or len(ctx.text[n_start:n_end].split()) > 8:
        return None
    cues = ctx.cues_between(n_start, n_end)
    if not cues or not _only_adjuncts(ctx.text[cues[0].end:_strip_end(ctx.text, n_start, n_end)].split()):
        return None
    mention = ctx.subject_before(n_start, cues[0].start)
    leading = ctx.text[n_start:mention.start] if mention else ""
    if mention and mention.start == n_start + len(leading) - len(leading.lstrip()):
        return Attribution(q.start, q.end, q.kind, cues[0], mention, confidence=0.85)
    return None


def _cue_before(ctx: Context, q: QuoteSpan) -> Attribution | None:
    text = ctx.text
    s_start, _ = ctx.sentence(q.open)
    earlier = ctx.last_quote_between(s_start, q.open)
    lo = earlier.close + 1 if earlier else s_start
    cues = ctx.cues_between(lo, q.open)
    if not cues:
        return None
    gap = text[cues[-1].end:q.open]
    if len(gap.split()) > 6 and q.kind != QuoteKind.PARTIAL:
        return None
    aside = next((k for k in range(len(cues) - 2, -1, -1) if _ASIDE_CUE_AFTER.match(text, cues[k].end)
                  and _ASIDE_SUBJECT_BEFORE.search(text, max(lo, cues[k].start - 40), cues[k].start)), None)
    nearer = ctx.subject_before(ctx.free_start(lo, cues[-1].start), cues[-1].start) if aside is not None else None
    if aside is not None and re.search(r"\w", gap) and (nearer is None or nearer.kind == MentionKind.PRONOUN):
        # "Last March, Iwan says, they posted more than 4,000 parcels, “which nearly killed us”":
        # the sentence is what the one set off in commas says, not a speech of the cue nearer it
        # (but "no different, he said, from George H.W. Bush calling Reagan's policies “voodoo
        # economics”": the words of the one named at the cue nearer them)
        subject = ctx.subject_before(lo, cues[aside].start)
        if subject is not None and subject.kind in (MentionKind.NAME, MentionKind.PRONOUN):
            return Attribution(q.start, q.end, q.kind, cues[aside], subject, confidence=0.85)
    cue, i = _main_cue(ctx, cues, len(cues) - 1, lo)
    if _as_aside(text, cue, lo, q):
        # "Clayson said that, rather than being vulnerable as the defence had claimed, he had in fact
        # “taken advantage of others”": an aside's cue, not the one the sentence reports with
        if i == 0:
            return None
        cue, i = cues[i - 1], i - 1
    if _labels_its_subject(text, cue):
        return None
    agent = _teller(ctx, cue, lo, q)
    if agent:  # "was told by a manager that he should be “grateful to be there at all”": the manager
        return Attribution(q.start, q.end, q.kind, cue, agent, confidence=0.85)
    while i > 0 and _heard(text, cue, lo):
        # "The union said its members were being asked to work in conditions that were “…”": the
        # ones asked say nothing; the clause's own cue before does
        cue, i = cues[i - 1], i - 1
    if _heard(text, cue, lo) and q.kind != QuoteKind.PARTIAL:
        return None  # "he is asked, “Are you telling residents to leave?”": the question is the asker's, not his
    if cue.lemma in PARTIAL_CUE_LEMMAS and q.kind != QuoteKind.PARTIAL:
        return None
    if cue.text[:1].isupper() or not text[lo:cue.start].strip(" ,—–"):
        # "Said Ellis: “…”"; "“…,” said Raffaello Pantucci, director of …, “but it is …”"
        mention = subject_after(text, cue.end, q.open, ctx.entities)
    else:
        mention = ctx.subject_before(ctx.free_start(lo, cue.start), cue.start)
        if (mention is not None and mention.kind == MentionKind.DESCRIPTION and mention.start > s_start
                and not speaker_head(mention.text.split()[-1])):
            # "A former rugby player who claims he suffered a brain injury following a heavy collision
            # has told the High Court he “…”": the one the relative clause is of, not its last words
            who = _WHO_AFTER.search(text, s_start, mention.start)
            opener = ctx.subject_before(s_start, who.start()) if who and who.start() - s_start <= 60 else None
            if opener is not None and not text[s_start:opener.start].strip() and person_head(opener.text):
                mention = opener
        praised_for = _FOR_BEFORE.search(text, max(lo, cue.start - 5), cue.start) if cue.text.endswith("ing") else None
        if praised_for:
            # "Cohen praised Haley for calling Ramaswamy “scum”": the one praised said it
            praised = ctx.subject_before(ctx.free_start(lo, praised_for.start()), praised_for.start())
            if praised and praised.kind in (MentionKind.NAME, MentionKind.PRONOUN) and praised.start > lo:
                return Attribution(q.start, q.end, q.kind, cue, praised, confidence=0.85)
        with_who = _WITH_DOER.search(text, lo, cue.start) if cue.text.endswith("ing") else None
        if with_who:
            # "congratulations poured in, with Danny Okoro, who plays her husband, writing: “…”": the
            # one the "with" clause names does what its participle says
            doer = ctx.subject_before(with_who.start("who"), with_who.end("who"))
            if doer and (doer.kind == MentionKind.NAME or (
                    doer.kind == MentionKind.DESCRIPTION and speaker_head(doer.text.split()[-1])
                    and not SPOKESPERSON_HEAD.fullmatch(doer.text.split()[-1].lower()))):
                # (not "Blue Hollow Records says …, with a spokesperson calling …": the body's)
                return Attribution(q.start, q.end, q.kind, cue, doer, confidence=0.85)
        if mention and mention.kind == MentionKind.DESCRIPTION and cue.text.endswith("ing"):
            issuer = _issuer(ctx, lo, mention)
            if issuer:  # "the Security Council issued a statement calling the test “…”"
                return Attribution(q.start, q.end, q.kind, cue, issuer, confidence=0.85)
            return None  # left to the sentence's subject (cue_in_sentence)
        if cue.text.endswith("ing") and text[lo:cue.start].rstrip().endswith(",") and (
                mention is None or _ENDS_APPOSITION.search(text, lo, cue.start)):
            # "Mr. Trump hardly clarified the matter, treating … “…” -- and, when questioned, asserting,
            # “…”": a participle with no subject of its own speaks for the sentence's subject; so does
            # one after an object in apposition ("Tollefson was effusive about Lund, the sophomore who
            # threw for 312 yards, calling it “…”")
            subject = sentence_subject(ctx, s_start, cue.start)
            if subject and subject.kind in (MentionKind.NAME, MentionKind.PRONOUN):
                return Attribution(q.start, q.end, q.kind, cue, subject, confidence=0.85)
    if mention and mention.kind == MentionKind.PRONOUN and mention.text.lower() in ("it", "this") and i > 0:
        reporter = _reporting_cue(ctx, cues[i - 1], mention, s_start)
        if reporter:  # "Bettany welcomed the research, saying it confirmed “what …”": Bettany's words
            return Attribution(q.start, q.end, q.kind, cues[i - 1], reporter, confidence=0.85)
    if mention and mention.text.split()[0].lower() in ("its", "their") and i > 0:
        # "The Alliance said in an email that its members were reporting “cautious optimism”": the
        # body's account of what its own people say
        reporter = _reporting_cue(ctx, cues[i - 1], mention, s_start, adjuncts=True)
        if reporter and reporter.kind == MentionKind.NAME:
            return Attribution(q.start, q.end, q.kind, cues[i - 1], reporter, confidence=0.85)
    if mention:
        return Attribution(q.start, q.end, q.kind, cue, mention, confidence=0.93)
    return None


# Cues whose participle, written straight before what it calls someone, is passive: the subject
# is the one accused or labelled ("Taoiseach accused of ‘arrogance’").
_LABELLING = frozenset(("accuse", "brand", "label", "dub"))
_ACTIVE_BEFORE = re.compile(r"\b(?:has|have|had|he|she|they|I|we|you|who|it)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_LABELLED = re.compile(r"\s+(?:of|as)\b|\s*[‘“'\"]")
def _labels_its_subject(text: str, cue: Cue) -> bool:
    """Whether ``cue`` is a passive participle written straight before what it calls its
    subject: "Taoiseach accused of ‘arrogance’", "Minister branded ‘a disgrace’" name the one
    accused or branded, never who said it."""
    return (cue.lemma in _LABELLING and cue.text.endswith("ed") and _LABELLED.match(text, cue.end) is not None
            and not _ACTIVE_BEFORE.search(text, max(0, cue.start - 20), cue.start))  # not "he dubbed ‘…’"


_THAT_GAP = re.compile(r"\s*(?:that\s+)?$")
_THAT_GAP_AFTER_ADJUNCT = re.compile(  # " in an email that ", " via a statement that "
    r"\s+(?:(?:in|on|via|through)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?that\s+$")


def _reporting_cue(ctx: Context, outer: Cue, thing: Mention, s_start: int, adjuncts: bool = False
                   ) -> Mention | None:
    """Who reports what a thing says, where ``outer`` governs the clause ``thing`` opens ("…,
    saying it confirmed", "said this showed"; with ``adjuncts``, also "said in an email that
    its members …"): the quoted words are the reporter's account of it, as a careful reader
    takes them."""
    if not (_THAT_GAP_AFTER_ADJUNCT if adjuncts else _THAT_GAP).match(ctx.text[outer.end:thing.start]):
        return None
    lo = ctx.free_start(s_start, outer.start)
    if outer.text.endswith("ing"):
        reporter = sentence_subject(ctx, lo, outer.start)
    else:
        reporter = ctx.subject_before(lo, outer.start)
    if reporter is None or reporter.kind == MentionKind.PRONOUN and reporter.text.lower() in ("it", "this"):
        return None
    return reporter


_FOR_BEFORE = re.compile(r"\bfor\s+$")
# An appositive on an object closing before a participle: ", the sophomore who threw for 312 yards, "
_ENDS_APPOSITION = re.compile(r"[a-z]\s+(?:about|with|of|to|for|on)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*,"
                              r"\s+(?:the|a|an)\s+[^,;:“”\"]{1,120},\s*$")
_BY_AGENT = re.compile(r"\s+by\s+")  # "was told by " a manager
# "with Danny Okoro, who plays her on-screen husband, ", "with one member ", "with Ghana’s health chief "
# before a participle: who does it
_WITH_DOER = re.compile(r"\bwith\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?:(?<=[’']s)(?:\s+[a-z-]+){1,3})?"
                        r"|(?:one|a|an|another)\s+[a-z-]+)"
                        r"(?:,\s+(?:who|whose)\s[^,;:“”\"\n]{1,100},|,\s+\d{1,3},)?\s+$")
_ISSUED = re.compile(r"\b(?:issued|released|published|put\s+out|sent|posted|tweeted|wrote)\s+(?:\w+\s+){0,2}$")


def _issuer(ctx: Context, lo: int, document: Mention) -> Mention | None:
    """Who issued the document a participle speaks through: "the Security Council issued a
    statement calling …" → the Security Council."""
    if document.text.split()[-1].lower() not in DOCUMENT_NOUNS:
        return None
    verb = _ISSUED.search(ctx.text, max(lo, document.start - 40), document.start)
    if not verb:
        return None
    return ctx.subject_before(ctx.free_start(lo, verb.start()), verb.start())


@sieve("sentence", 0.85)
def cue_in_sentence(ctx: Context, q: QuoteSpan) -> Attribution | None:
    """The nearest cue in the sentence that has a subject, before the quote, then after (not in
    a heading a label opens: see :func:`colon_intro`)."""
    if _heading_labelled(ctx, q):
        return None
    s_start, s_end = ctx.sentence(q.open)
    cues = ctx.cues_between(s_start, q.open)
    for i in range(len(cues) - 1, -1, -1):
        cue, _ = _main_cue(ctx, cues, i, s_start)
        if _labels_its_subject(ctx.text, cue) or (_heard(ctx.text, cue, s_start) and q.kind != QuoteKind.PARTIAL):
            continue  # (and "he is asked, “…?”": the one asked)
        if _as_aside(ctx.text, cue, s_start, q):
            continue  # "as the defence had claimed,": an aside
        agent = _teller(ctx, cue, s_start, q)
        if agent:  # "was told by Dean Garside that … “a death trap” and that he would be “for it”": the teller
            return Attribution(q.start, q.end, q.kind, cue, agent, confidence=0.85)
        lo = ctx.free_start(s_start, cue.start)
        coordinated = _ends_with(r"\b(?:and|but|then)\s+(?:\w+ly\s+)?$", ctx.text, lo, cue.start)
        mention = ctx.subject_before(lo, cue.start)
        progressive = _ends_with(r"\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?$", ctx.text, lo, cue.start)
        own = cue is cues[i] and _someone(mention) if mention is not None else False  # not stepped back to
        if cue.text.endswith("ing") and (mention is None or (mention.kind == MentionKind.DESCRIPTION
                                                             and not progressive and not own)):
            # a participle's subject is the sentence's ("Trump issued a statement saying …"), but
            # "Gary Johnson’s doctor is calling …" is the doctor, and "Minutes … record one member
            # describing it as …" the member
            clause = last_match(_CLAUSE_OPENING, ctx.text, lo, cue.start)
            inner = sentence_subject(ctx, clause.end(), cue.start) if clause else None
            # "(…, although Bill Clinton won the spin by declaring himself the “comeback kid”)": the
            # participle goes with the clause it is in, opened by a name, not with the sentence
            mention = (inner if inner is not None and inner.kind == MentionKind.NAME else None) or sentence_subject(
                ctx, lo, cue.start) or mention
        elif mention is None and coordinated:
            # "…, Carla Pellegrino, 55, who has kept the books and describes her role as “…”": the
            # one the relative clause is of; else the sentence's subject
            who = next(reversed(list(_WHO_CLAUSE.finditer(ctx.text, lo, cue.start))), None)
            finite = not cue.text.split()[0].endswith("ing")  # "and putting it into …" is no one's report
            if who is not None and finite and not ctx.cues_between(who.end(), cue.start):
                end = who.start()
                age = _AGE_TAIL.search(ctx.text, max(lo, end - 6), end)
                mention = ctx.subject_before(lo, age.start() if age else end)
                mention = mention if mention is not None and mention.kind == MentionKind.NAME else None
            mention = mention or sentence_subject(ctx, lo, cue.start)
        perfect = _AND_HAD_BEFORE.search(ctx.text, max(lo, cue.start - 20), cue.start) if mention is None else None
        that = last_match(_THAT_CLAUSE, ctx.text, s_start, perfect.start()) if perfect else None
        if perfect and that and ctx.cues_between(s_start, that.start()):
            # "She added that Mackintosh had been “co-operative throughout” and had told officers: “…”":
            # the verb in the reported clause's tense goes on with its subject, not the reporter's
            inner = sentence_subject(ctx, that.end(), perfect.start())
            mention = inner if inner is not None and inner.kind == MentionKind.NAME else None
        if mention:
            return Attribution(q.start, q.end, q.kind, cue, mention)
    for cue in ctx.cues_between(q.close + 1, s_end):
        if ctx.first_quote_between(q.close + 1, cue.start):
            break
        mention = ctx.subject_before(q.close + 1, cue.start)
        if mention and mention.kind != MentionKind.DESCRIPTION:
            return Attribution(q.start, q.end, q.kind, cue, mention, confidence=0.8)
    if q.kind == QuoteKind.PARTIAL and _PREDICATE_QUOTE.match(ctx.text, q.start) and _PREDICATE_BEFORE.search(
            ctx.text, max(s_start, q.open - 10), q.open) and not cues:
        # "The Scottish Government provided no messages, but “made clear that all key decisions were
        # recorded”": a quotation that is the sentence's own verb phrase is its subject's words
        subject = sentence_subject(ctx, s_start, q.open)
        if subject is not None and subject.kind in (MentionKind.NAME, MentionKind.DESCRIPTION) and speaker_head(
                subject.text.split()[-1]):
            return Attribution(q.start, q.end, q.kind, None, subject, confidence=0.6)
    return None


# A clause inside a sentence that opens on a name and its verb: "(…, although Bill Clinton won"
# (the name no owner: not "but John Kasich’s campaign")
_CLAUSE_OPENING = re.compile(r"(?:\(|\b(?:although|though|whereas|while|but))\s+"
                             r"(?=(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.-]*[\w.]\s+[a-z]+\b)")
# A quotation that opens on a verb of saying made plain: "made clear that …", "insisted that …"
_PREDICATE_QUOTE = re.compile(r"(?:made|make|makes)\s+(?:clear|plain)\b|[a-z]+ed\s+that\b")
_PREDICATE_BEFORE = re.compile(r"(?:,\s*but|\band|\bbut)\s+$")


def _as_aside(text: str, cue: Cue, lo: int, q: QuoteSpan) -> bool:
    """Whether ``cue`` is the verb of an aside "as the defence had claimed," closing the phrase
    before it (no comma before its "as"), with another clause between its comma and ``q``."""
    return (text.startswith(",", cue.end) and re.search(r"\w", text[cue.end:q.open]) is not None
            and _AS_ONE_CLAIMED.search(text, max(lo, cue.start - 40), cue.start) is not None)


_WHO_AFTER = re.compile(r"\s+who\s")
_AS_ONE_CLAIMED = re.compile(r"(?<=[^,\s])\s+as\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:had\s+|has\s+)?$")
# A cue set off in commas inside the sentence it reports: ", Iwan says," / ", she recalled,"
_ASIDE_CUE_AFTER = re.compile(r"\s*,\s+(?!that\b)[a-z]")
_ASIDE_SUBJECT_BEFORE = re.compile(r",\s+(?:[A-Z][\w’'.-]*\s+){1,3}$|,\s+(?:he|she|they)\s+$")
# "… and had told", "… and had earlier told": a verb going on in a reported clause's past perfect
_AND_HAD_BEFORE = re.compile(r"\band\s+had\s+(?:\w+\s+)?$")
_THAT_CLAUSE = re.compile(r"\bthat\s+(?=[A-Z])")


def _teller(ctx: Context, cue: Cue, lo: int, q: QuoteSpan) -> Mention | None:
    """Who told the one a passive of hearing has as its subject, named after "by" before ``q``
    ("was told by a manager that …": the manager)."""
    told_by = _BY_AGENT.match(ctx.text, cue.end) if _heard(ctx.text, cue, lo) else None
    return subject_after(ctx.text, told_by.end(), q.open, ctx.entities) if told_by else None


def _heard(text: str, cue: Cue, lo: int) -> bool:
    """Whether ``cue`` is a passive of one who hears ("was asked", "is told"): its subject is the
    listener, never who speaks."""
    return cue.lemma in LISTENER_LEMMAS and _PASSIVE_BEFORE.search(text, max(lo, cue.start - 20), cue.start) is not None


def _someone(mention: Mention) -> bool:
    """Whether a description introduces a person by their head noun ("one member", "a resident")."""
    return mention.text.split()[0].lower() in ("one", "a", "an") and person_head(mention.text)


@sieve("according_to", 0.85)
def according_to(ctx: Context, q: QuoteSpan) -> Attribution | None:
    """“According to X” in the quote's sentence."""
    s_start, s_end = ctx.sentence(q.open)
    for m in ctx.according_to(s_start, s_end):
        if q.open <= m.start() <= q.close:
            continue
        mention = source_after(ctx.text, m.end(), s_end, ctx.entities)
        if mention:
            cue = Cue(m.start(), m.end(), m.group(), "according to")
            return Attribution(q.start, q.end, q.kind, cue, mention)
    return None


@sieve("colon", 0.88)
def colon_intro(ctx: Context, q: QuoteSpan) -> Attribution | None:
    """A quote introduced by a colon, its speaker the subject of the introducing sentence."""
    text = ctx.text
    if q.kind == QuoteKind.BLOCK:
        intro_end = text.rfind(":", 0, q.open)
        intro_start = text.rfind("\n", 0, intro_end) + 1
    else:
        before = text[:q.open].rstrip()
        labelled = _heading_labelled(ctx, q)
        if labelled:
            return labelled
        if not before.endswith(":"):
            return None
        intro_end = len(before) - 1
        intro_start = ctx.sentence(intro_end)[0]
        role = _ROLE_LABEL.fullmatch(text, text.rfind("\n", 0, intro_end) + 1, intro_end)
        if role and (role.group(1).lower() in ROLE_NOUNS or is_person_noun(role.group(1).lower())):
            # an interview's turns labelled by role ("Presenter: “But is it enough?”"): the one the
            # article gives that role ("presenter Conor Magill"), else the role
            return Attribution(q.start, q.end, q.kind, None, _role_label(role.start(1), role.group(1)), confidence=0.7)
    cues = ctx.cues_between(intro_start, intro_end)
    for cue in reversed(cues):
        mention = ctx.subject_before(intro_start, cue.start)
        if mention:
            return Attribution(q.start, q.end, q.kind, cue, mention)
    apposed = _APPOSITIVE_CLOSE.search(ctx.text, intro_start, intro_end)
    if apposed:  # "Her neighbour, retired teacher Alan Prowse, is blunter: “…”"
        mention = ctx.subject_before(intro_start, apposed.end())
        if mention and mention.kind == MentionKind.NAME and mention.type == SpeakerType.PERSON:
            return Attribution(q.start, q.end, q.kind, None, mention, confidence=0.7)
    mention = sentence_subject(ctx, intro_start, intro_end)
    if mention and mention.kind in (MentionKind.NAME, MentionKind.PRONOUN):
        return Attribution(q.start, q.end, q.kind, None, mention, confidence=0.7)
    owned = _OWNED_SPEECH.match(text, ctx.free_start(intro_start, intro_end), intro_end)
    if owned:  # "Her answer to the critics was blunt: “…”": hers
        return Attribution(q.start, q.end, q.kind, None, pronoun_mention(owned.start(1), owned.group(1)),
                           confidence=0.6)
    speech = next(reversed(list(_POSSESSIVE_NOUN.finditer(text, intro_start, intro_end))), None)
    owner = ctx.subject_before(speech.start("who"), speech.end("who")) if speech else None
    if speech and owner and owner.kind == MentionKind.NAME:
        # "Here is the key passage from Hannah Ellery’s speech, delivered to loud cheers …: “…”"
        cue = Cue(speech.end("who"), speech.end(), text[speech.end("who"):speech.end()], "claim")
        return Attribution(q.start, q.end, q.kind, cue, owner, confidence=0.7)
    return None


_ROLE_LABEL = re.compile(r"[ \t]*([A-Z][a-z]+)[ \t]*")  # "Presenter" before a turn's colon


def _role_label(start: int, label: str) -> Mention:
    """A turn's label naming a role ("REPORTER:", "Presenter:"), as the description it is."""
    return Mention(start, start + len(label), label.lower(), MentionKind.DESCRIPTION, None, None, SpeakerType.UNKNOWN)


def _heading_labelled(ctx: Context, q: QuoteSpan) -> Attribution | None:
    """The speaker a heading's label describes before its colon: "Kiryat Shmona mayor: ‘We were
    told the north was safe again’", "Senior official: Israel will respond ‘at a time of our
    choosing’" (the rest of the heading is theirs; a name before a colon is read by the
    sentence's subject, in :func:`colon_intro`)."""
    line_start = ctx.text.rfind("\n", 0, q.open) + 1
    label = _LABEL_COLON.match(ctx.text, line_start, q.open)
    if label is None or not in_heading(ctx.text, q.open) or ctx.cues_between(line_start, label.end(1)):
        return None
    mention = ctx.subject_before(line_start, label.end(1))
    if (mention is None or mention.start != line_start or mention.end != label.end(1)
            or mention.kind != MentionKind.DESCRIPTION or not person_head(mention.text)
            or mention.text.split()[0].lower() in _HEADING_LABELS):  # "EXCLUSIVE:" is no one
        return None
    return Attribution(q.start, q.end, q.kind, None, mention, confidence=0.7)


# A heading's label and its colon: "Kiryat Shmona mayor: ", "Senior official: "
_LABEL_COLON = re.compile(r"[ \t]*([A-Z][\w’'.-]*(?:[ \t]+[\w’'.-]+){0,4}):[ \t]+")


def _named_in_marks(text: str, q: QuoteSpan) -> bool:
    """Whether a partial quote is a short name in title case ("Porch Light", "Rust Belt
    Revival"), as marks set off a song's or a show's name inside a sentence."""
    words = text[q.start:q.end].split()
    return q.kind == QuoteKind.PARTIAL and 0 < len(words) <= 4 and all(
        w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words) and words[0][:1].isupper() and (
        not words[-1].endswith((".", "!", "?", ",")))


_TITLE_SMALL_WORDS = frozenset("of the a an and in on at to for".split())


# The comma closing an appositive before the verb of an introducing sentence ("…, is blunter:").
_APPOSITIVE_CLOSE = re.compile(r",(?=\s+(?:is|was|has|had|put\s+it|puts\s+it)\b)")


_SPEAKER_LABEL = re.compile(r"([A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,2}):\s+")
_DASH_BYLINE = re.compile(r"[ \t\xa0]*[―—–-]{1,2}[ \t\xa0]*(?=[A-Z])")
# the paragraph after opens on a dash ("--" in wire copy)
_DASH_LINE = re.compile(r"\n(?:[ \t]*\n)?[ \t\xa0]*(?:[―—–]|--)[ \t\xa0]*(?=[A-Z])")
_BYLINE_ENDING = re.compile(r"(?<=[”\"’'.,])[ \t\xa0]*[―—][ \t\xa0]*(?=[A-Z][^―—\n]{2,60}$)")
# "as Tom Ridge, a former secretary of homeland security, put it": the appositive may stand between.
# "…”, in Zhou's words", "…” in the words of the minister": whose words the quotation is
_IN_WORDS_OF = re.compile(r"[”\"’']?[,]?[ \t]+in[ \t]+(?:"
                          r"(?P<who>(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w.-]*)[’']s[ \t]+words"
                          r"|the[ \t]+words[ \t]+of[ \t]+"
                          r"(?P<who2>(?:[a-z]+[ \t]+)?(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w.-]*))\b")
_PUT_IT = re.compile(r"\bas\s+(?P<who>[^,.;]{2,80}?)(?:,\s+[^,;]{2,80}?,)?\s+(?:put|puts|has put|had put)\s+it\b")


@sieve("label", 0.9)
def speaker_label(ctx: Context, q: QuoteSpan) -> Attribution | None:
    """A transcript turn: a quote opening with an upper-case label ("PENCE: Well, look, …"),
    or an unmarked paragraph after its label (``ANA SILVA: I never …``, "Conor: …", "Q: …"),
    which names who speaks as the article does ("SILVA" is the Ana Silva it names, "REPORTER"
    a description). "Q" and "A" are read by who asks and who answers (ArticleSpeakers)."""
    if q.open == q.start and q.kind == QuoteKind.DIRECT:  # unmarked: a transcript's turn
        m = TURN_LABEL.match(ctx.text, ctx.text.rfind("\n", 0, q.start) + 1, q.end)
        if not m or m.end() != q.start:
            return None
        name = m.group("label").rstrip(".")
        if len(name) < 2 and name not in QA_LABELS:
            return None
        start = m.start("label")
        if name.lower() in ROLE_NOUNS:  # "REPORTER:", "Host:"
            mention = _role_label(start, name)
        elif name in ORG_NAMES:  # "CNN:" asking an interview's questions: the outlet, as it is written
            mention = Mention(start, start + len(name), name, MentionKind.NAME, name, None, SpeakerType.ORGANIZATION)
        else:  # a shouted name in the case names take: "ANA SILVA" is Ana Silva
            written = name.title() if name.isupper() and name not in QA_LABELS else name
            mention = Mention(start, start + len(name), name, MentionKind.NAME, written, None, SpeakerType.PERSON)
        return Attribution(q.start, q.end, q.kind, None, mention)
    heading = _TIMED_LABEL.fullmatch(ctx.text, ctx.text.rfind("\n", 0, q.open) + 1, q.open)
    if heading and _blank_to_line_end(ctx.text, q.end):
        # a live blog's entry heading: "4:05 p.m. - Whitaker-Bell: “We made it”", "22:09 — Host Dev
        # Malhotra: ‘…’": who its label names
        labelled = subject_after(ctx.text, heading.start("label") - 1, heading.end("label"), ctx.entities)
        if labelled is not None and labelled.end <= heading.end("label"):
            return Attribution(q.start, q.end, q.kind, None, labelled, confidence=0.8)
    m = _SPEAKER_LABEL.match(ctx.text, q.start, q.end)
    if not m or len(m.group(1)) < 2:
        return None
    if ctx.text[q.start:q.end].rstrip().endswith(",") and ctx.cues_between(q.close + 1, ctx.sentence(q.close)[1]):
        return None  # "“SHELTER IN PLACE: Residents … should stay inside,” the department said": its cue's
    name = m.group(1).rstrip(".")
    mention = Mention(m.start(1), m.start(1) + len(name), name, MentionKind.NAME, name, None, SpeakerType.PERSON)
    return Attribution(m.end(), q.end, q.kind, None, mention)


# A live blog entry's time, a dash or colon, and who speaks, before their words in marks
_TIMED_LABEL = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*(?:[-–—:]|,)\s*"
                          r"(?P<label>[A-Z][^:“”\"‘\n]{1,60}):\s*")


@sieve("dash", 0.9)
def dash_byline(ctx: Context, q: QuoteSpan) -> Attribution | None:
    """A name after a dash following the quote (“…” ― Sonya Herridge), or ending the paragraph
    the quote opens, where marks inside it close the quote early (“… ‘money.” And … evil’.” ― X)."""
    text = ctx.text
    m = _DASH_BYLINE.match(text, q.close + 1)
    if not m and (q.open == 0 or text[q.open - 1] == "\n"):
        line_end = text.find("\n", q.close)
        m = _BYLINE_ENDING.search(text, q.close + 1, line_end if line_end > 0 else len(text))
        if not m and line_end > 0 and not text[q.close + 1:line_end].strip():
            # an epigraph's attribution line: “…” ⏎ — Rick Dolan, Republican nominee, at a campaign event
            m = _DASH_LINE.match(text, line_end)
    if not m:
        return None
    line_end = ctx.text.find("\n", m.end())
    mention = subject_after(ctx.text, m.end(), line_end if line_end > 0 else len(ctx.text), ctx.entities)
    closing = line_end < 0 or not ctx.text[line_end:].strip()
    if mention and mention.kind == MentionKind.NAME and not _WEB_ADDRESS.search(mention.text) and not (
            closing and mention.text.isupper() and "\n" in text[q.close + 1:m.end()]):
        return Attribution(q.start, q.end, q.kind, None, mention)
    return None  # (an outlet's credit closing the story: "“…” – Rappler.com", a last line "– TIMES")


_WEB_ADDRESS = re.compile(r"\w\.[a-z]{2,}$")  # "Rappler.com", "GMANews.tv": a site, no one's name


@sieve("verbless", 0.8)
def name_without_cue(ctx: Context, q: QuoteSpan) -> Attribution | None:
    """A full name and its appositive right after a quote opening its sentence, with no speech
    verb anywhere after it in the sentence: “…,” Thomas Lenard, senior fellow at the institute. “…” (the
    verb an editor cut)."""
    text = ctx.text
    content = text[q.start:q.end].rstrip()
    s_start, _ = ctx.sentence(q.open)
    if content[-1:] != "," or text[s_start:q.open].strip():
        return None  # the quote opens its sentence, as one with its speaker after it does
    _, s_end = ctx.sentence(q.close)
    later = ctx.first_quote_between(q.close + 1, s_end)
    limit = later.open if later else s_end
    mention = subject_after(text, q.close + 1, limit, ctx.entities)
    if (mention is None or mention.kind != MentionKind.NAME or mention.type != SpeakerType.PERSON
            or len(mention.text.split()) < 2 or text[q.close + 1:mention.start].strip()
            or not text.startswith(",", mention.end) or ctx.cues_between(q.close + 1, limit)):
        return None
    return Attribution(q.start, q.end, q.kind, None, mention)


# A paragraph naming who spoke the paragraph before: "That was the verdict of Reid, the Harborough
# captain,", "That was the message from …", "That was how X described …", "So said …", and the
# press of South Asia's "This was stated by JSP MP Dr. Nirmala Wickramaratne, who …".
_VERDICT_OF = re.compile(
    r"(?:(?:That|This|Such|Those|These)\s+(?:was|were|is|are)\s+(?:(?:the\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:verdict|view|message|assessment|warning|words|reaction|response|advice|take|opinion|plea)\s+(?:of|from)"
    r"|how|(?:stated|said|disclosed|revealed|expressed|conveyed|announced|made)\s+by)|So\s+(?:said|says))"
    r"\s+(?=\S)")  # "That was how Mandeep Gill, a nurse, described her Sunday"
# Nigeria's and South Asia's "Adeyemi stated this while addressing journalists …" after a quote
_STATED_THIS = re.compile(
    r"[^.?!\n“”\"]{1,150}?\s(?P<verb>stated|said|disclosed|revealed|expressed|made)\s+(?:this|these|the\s+remarks"
    r"|the\s+comments|the\s+views)\b")


@sieve("verdict", 0.8)
def verdict_after(ctx: Context, q: QuoteSpan) -> Attribution | None:
    """A quote that ends its paragraph, which holds no cue, named in the paragraph after it:
    "“He's been the best player in this league …” ⏎ That was the verdict of Reid"."""
    text = ctx.text
    end = text.find("\n", q.close)
    if end < 0 or text[q.close + 1:end].strip():
        return None
    start = text.rfind("\n", 0, q.open) + 1
    nxt = end
    while nxt < len(text) and text[nxt] in "\n \t":
        nxt += 1
    m = _VERDICT_OF.match(text, nxt)
    stated = _STATED_THIS.match(text, nxt) if m is None else None
    if (m is None and stated is None) or ctx.cues_between(start, end) or text[start:q.open].strip(" \t“\"'‘"):
        return None
    if m is None:  # "Adeyemi stated this while addressing journalists"
        mention = ctx.subject_before(nxt, stated.start("verb")) if stated else None
        return Attribution(q.start, q.end, q.kind, None, mention) if mention and mention.start == nxt else None
    line_end = text.find("\n", m.end())
    mention = subject_after(text, m.end(), line_end if line_end >= 0 else len(text), ctx.entities)
    return Attribution(q.start, q.end, q.kind, None, mention) if mention else None


@sieve("put_it", 0.8)
def as_put_it(ctx: Context, q: QuoteSpan) -> Attribution | None:
    """“as X put it” in the quote's sentence."""
    s_start, s_end = ctx.sentence(q.open)
    if ctx.text.find("put", s_start, s_end) < 0:
        return None  # the words every "as X put it" holds, found by a string search
    for m in ctx.matches(_PUT_IT, s_start, s_end):
        mention = ctx.subject_before(m.start("who"), m.end("who"))
        if mention:
            cue = Cue(m.start(), m.end(), m.group(), "put")
            return Attribution(q.start, q.end, q.kind, cue, mention)
    return None


_SPEECH_NOUN_LIST = word_list("speech_nouns")
_SPEECH_NOUNS = "|".join(_SPEECH_NOUN_LIST)
_SPEECH_NOUN_SET = frozenset(_SPEECH_NOUN_LIST)
# A sentence opening on a pronoun's words, then a verb before the colon: "Her answer to the critics was blunt"
_OWNED_SPEECH = re.compile(rf"\s*(His|Her|Their)\s+(?:\w+\s+)?(?:{_SPEECH_NOUNS})\b[^.;:“”\"\n]{{0,60}}"
                           r"\b(?:is|was|were|are|came)\b[^.;:“”\"\n]{0,30}$")
_SAID_OF = re.compile(r"\s*(?:is|was|are|were|been|be)\b(?!\s*:|\s+that\b)")
# Words that are judged true or false, not quoted: "the statement was “true”" (a slogan is its words)
_JUDGED_NOUN = re.compile(r"\b(?:claims?|statements?|comments?|remarks?|assertions?|descriptions?)$")
_OWNED_WORDS_GAP = 6  # words at most between "Trump’s claim" and the quote it owns
# "claim that", "call for", "response was:"; never "Trump's comments are “…”", said of them
_OWNED_LINK = re.compile(r"\s*(?:$|[:,—–]|(?:that|for|of|to|about|as)\b|(?:was|is)\s*:)")
_POSSESSIVE_NOUN = re.compile(
    r"(?P<who>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)[’']s\s+(?:\w+\s+){0,2}?(?:" + _SPEECH_NOUNS + r")\b")


@sieve("owned", 0.85)
def owned_words(ctx: Context, q: QuoteSpan) -> Attribution | None:
    """“the rally denounced Trump’s call for “a total and complete shutdown …”": words owned by
    the one whose claim, call or remark names them just before the quote, nearer than any cue."""
    return _possessive(ctx, q, near=True)


@sieve("possessive", 0.75)
def possessive_speech_noun(ctx: Context, q: QuoteSpan) -> Attribution | None:
    """“Trump’s claim that there have been “thousands of shootings”": the owner of the words."""
    return _possessive(ctx, q, near=False)


def _possessive(ctx: Context, q: QuoteSpan, near: bool) -> Attribution | None:
    s_start, _ = ctx.sentence(q.open)
    lo = ctx.free_start(s_start, q.open)
    found = list(_POSSESSIVE_NOUN.finditer(ctx.text, lo, q.open))
    if not found:
        return None
    m = found[-1]
    between = ctx.text[m.end():q.open]
    if _SAID_OF.match(between) and _JUDGED_NOUN.search(m.group()):
        return None  # "ruled that Trump’s statement was “true”": what is said of the words, not in them
    if near and (len(between.split()) > _OWNED_WORDS_GAP or ctx.cues_between(m.end(), q.open)
                 or not _OWNED_LINK.match(between)):
        # "Christie said Trump's tweet saying … meant that “…”": the words are nearer another's;
        # "saying Trump’s comments are “…”": what is said of the comments, not in them
        return None
    mention = ctx.subject_before(m.start("who"), m.end("who"))
    if mention and mention.kind == MentionKind.NAME:
        cue = Cue(m.end("who"), m.end(), ctx.text[m.end("who"):m.end()], "claim")
        return Attribution(q.start, q.end, q.kind, cue, mention)
    return None


# What a sentence's opening words may hold that is no part of its subject: a party or state tag
# ("Sen. Bernie Sanders (Vt.)", PARTY_OR_STATE_TAG), a seat in parentheses before the verb
# ("Ms Priscilla Ng (Aljunied GRC) noted"), a preposition after a verb that opens it ("Preys on …").
_ASIDE_THEN_WORD = re.compile(r"[^()\n]{1,60}\)\s+([a-z]+)\b")


def _aside_then_verb(text: str, pos: int) -> bool:
    """Whether the parenthesis holding ``pos`` closes before a word in lower case that no role
    or person is ("… GRC) noted"), as a verb, not "(PCB) chairman Tariq Mehmood Butt"."""
    m = _ASIDE_THEN_WORD.match(text, pos)
    return m is not None and m.group(1) not in ROLE_NOUNS and not is_person_noun(m.group(1))


_VERB_BEFORE_PREPOSITION = re.compile(r" (?:on|upon|into)\b")


def _lower_case_word(text: str, word: str) -> bool:
    """Whether a capitalised ``word`` is a common word the text also writes in lower case
    ("Small", "Protesters"), and no pronoun or determiner."""
    low = word.lower()
    if re.split(r"[’']", low)[0] in PRONOUNS or low in DETERMINERS or low == word:
        return False  # "He", "He’s", "The"
    return _written_alone(text, low)


_WORD_PART = re.compile(r"[\w’'-]")


def _written_alone(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` with no letter, digit, underscore, apostrophe or hyphen
    on either side; sought where a string search finds it, with no pattern made for the word."""
    at = text.find(word)
    while at >= 0:
        if not (at and _WORD_PART.match(text, at - 1)) and not _WORD_PART.match(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def sentence_subject(ctx: Context, lo: int, hi: int) -> Mention | None:
    """The noun phrase opening the sentence at ``lo``, after any leading adverbial phrase."""
    text = ctx.text
    opening = ctx.first_quote_between(lo, hi)
    if opening and not text[lo:opening.open].strip(" \n“\"‘'"):
        lo = ctx.free_start(lo, hi)  # not the words of a quote that opens the sentence
    asked = ASKED_LEAD.match(text, lo, hi)
    if asked:  # "Asked whether the referee should have given a penalty when …, Kearns was blunt:", however long
        lo = asked.end()
    segment = text[lo:hi]
    first = re.match(r"\W*(\w+)", segment)
    if first and not asked and opens_leading_phrase(first.group(1)):
        # "On Wednesday, …", "Worried about young voters, President Obama …"
        # past the comma that ends the phrase: the first one followed by a capitalised word
        # ("On July 6, 2015, Sanders made …", 'On "Face the Nation," Sen. …') or a subject pronoun
        # ("Later in the dissent, she went further:")
        for comma in re.finditer(r",[”\"’']?\s*(?=[A-Z]|\d+-year-old\s|(?:he|she|they)\s)", segment[:120]):
            place = _PLACE_IN_COMMAS.match(segment, comma.start())
            if place and (place.group(1) in STATES_AND_COUNTRIES or _STATE_SHORT.fullmatch(place.group(1))):
                continue  # "At a concert in Birmingham, Ala., last month, Lawlor …": the place goes on
            lo += comma.end()
            break
    # an aside between dashes is no part of the subject: "One commissioner — I won't say who — pulled me aside"
    plain = _DASHED_ASIDE.sub(lambda m: " " * len(m.group()), text[lo:hi])
    words = list(itertools.islice(re.finditer(r"[\w][\w’'.-]*", plain), 14))
    end = None
    named = False  # a capitalised word that is not a demonym or title has been seen
    owned_to = -1  # the last word of what a possessive owns ("… Un’s powerful sister")
    for k, w in enumerate(words):
        token = w.group()
        if token.lower() in PRONOUNS:
            end = lo + w.end()
            break
        titled = token.lower() in ROLE_NOUNS and len(words) > 1 and (
            words[1].group()[:1].isupper() or words[1].group() in ("of", "for"))  # "Minister of Youth …"
        if token[:1].isupper() and k == 0 and not titled and (_lower_case_word(text, token) or (
                token.endswith("s") and _VERB_BEFORE_PREPOSITION.match(text, lo + w.end()))
                or (len(words) > 1 and _counted_people(words[1].group()))):
            # "Small groups of protesters …", "Preys on our worst fears", "Angry residents …":
            # capitalised only because it opens the sentence
            continue
        if _PLACE_MODIFIER.fullmatch(token) and not named:
            end = lo + w.end()  # "The Bristol-based firm": where it is, not a name
            continue
        if token[:1].isupper():
            if end is not None and "(" in text[end:lo + w.start()] and (
                    PARTY_OR_STATE_TAG.match(text, lo + w.start() - 1) or _aside_then_verb(text, lo + w.start())):
                # "Sen. Bernie Sanders (Vt.)", "Ms Priscilla Ng (Aljunied GRC) noted": an aside, no part of
                # the name; not "Pakistan Cricket Board (PCB) chairman Tariq Mehmood Butt"
                break
            end = lo + w.end()
            named = named or (  # an owner opens no name: "Kayla’s footballer boyfriend Jordan Asante"
                token not in DEMONYMS and token not in PARTY_WORDS and token.lower().rstrip(".") not in ROLE_NOUNS
                and token.lower() not in DETERMINERS and not token.endswith(("’s", "'s"))
            )
            continue
        body_role = (token.lower() in ORG_ROLE_NOUNS or token.lower() in ORG_WORDS) and k + 1 < len(words) and (
            words[k + 1].group().lower() in ROLE_NOUNS or is_person_noun(words[k + 1].group()))
        if end is not None and (token.lower() in ROLE_NOUNS or is_person_noun(token) or body_role or (
                # "Northern District police spokeswoman Rinat Avital": a body's role, then the name
                token.lower() in ORG_ROLE_NOUNS and _PLACE_MODIFIER.search(text, lo, end))) and (
                "," not in text[end:lo + w.start()]):  # but "Ramon Alcaraz, chair of …": an appositive's
            end = lo + w.end()  # "The Republican nominee", "The former Rovers midfielder"
            continue
        if k <= owned_to:
            continue
        head = next((j for j in range(k, min(k + 3, len(words))) if words[j].group().lower() in ROLE_NOUNS
                     or is_person_noun(words[j].group())), None) if (
            end is not None and token.islower() and text.endswith(("’s", "'s"), 0, end)) else None
        if head is not None:
            # "Kim Jong Un’s powerful sister lashed out": someone's, by the noun after their adjectives
            # (and the name after it: "Sinn Féin’s housing spokesman Eoin Ó Murchú")
            end, owned_to = lo + words[head].end(), head
            continue
        if token == "and" and k and words[k - 1].group().lower() in ROLE_NOUNS:
            # "PTI leader and former federal minister Omar Farooq Khan": one person, two roles
            named_at = next((j for j in range(k + 1, min(k + 6, len(words))) if words[j].group()[:1].isupper()), None)
            if named_at is not None and all(w2.group().lower() in ROLE_NOUNS or w2.group().islower()
                                            for w2 in words[k + 1:named_at]):
                last = named_at
                while last + 1 < len(words) and words[last + 1].group()[:1].isupper():
                    last += 1
                end = lo + words[last].end()
                break
        if token == "and" and named and (_PORTFOLIO_THEN_NAME.match(text, lo + w.end()) or (
                PORTFOLIO_TITLE.search(text, lo, lo + w.end() + 1) and text[lo + w.end():lo + w.end() + 1] == " ")):
            # "Minister for Climate Change Adaptation and Disaster Management, Kalpat Worek,", "Minister
            # of Youth and Sports Dwight Sealy": one portfolio, its words joined by "and"
            continue
        # lowercase words may sit inside the phrase before a name ("Republican presidential
        # candidate Donald Trump"), not after one ("Kim signed the Korean guest book")
        if named or not any(w2.group()[:1].isupper() for w2 in words[k + 1:k + 3]):
            break
        if end is None and token.lower() not in DETERMINERS and token.lower() not in ROLE_NOUNS:
            break
    return ctx.subject_before(lo, end) if end else None


_DASHED_ASIDE = re.compile(r"\s[—–]\s[^—–\n]{1,60}?\s[—–]\s")  # " — I won't say who — "
_PLACE_IN_COMMAS = re.compile(r",\s*([A-Z][\w.]*(?:\s[A-Z][\w.]*)?),")  # ", Ala.,", ", New Zealand,"
_STATE_SHORT = re.compile(r"[A-Z][a-z]{1,4}\.")  # "Ala.", "Calif."
# The rest of a title's portfolio after its "and", then the name in apposition: " Disaster
# Management, Kalpat Worek,"
_PORTFOLIO_THEN_NAME = re.compile(
    r"\s+(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,3},")
# A capitalised word made an adjective by a lower-case suffix: "Bristol-based", "Dublin-born".
_PLACE_MODIFIER = re.compile(r"[A-Z][\w’']*-(?:based|born|headquartered|owned|listed|led|run|registered)")


def _counted_people(word: str) -> bool:
    """Whether a lower-case ``word`` names people in the plural, or how many of them there are
    ("groups", "residents", "dozens"): the capitalised word before it describes them."""
    return word.islower() and (word in _PEOPLE_COUNTS or names_people(word))


_PEOPLE_COUNTS = frozenset("groups dozens hundreds thousands crowds bands numbers scores".split())


def _writer_read(ctx: Context, pos: int) -> Mention | None:
    """Who wrote the letter or statement someone reads aloud at ``pos``, named with it in the
    paragraph before or this one ("read from a letter sent to his office by Carla Jensen, a
    nurse from Billings"): the words read are the writer's."""
    lo = ctx.text.rfind("\n", 0, max(0, ctx.text.rfind("\n", 0, pos) - 1)) + 1
    written = last_match(_WRITTEN_BY, ctx.text, lo, pos)
    if written is None or ctx.first_quote_between(written.end(), pos - 1) is not None:
        return None
    writer = subject_after(ctx.text, written.end(), min(pos, written.end() + 60), ctx.entities)
    return writer if writer is not None and writer.kind == MentionKind.NAME and writer.start == written.end() else None


# A document its writer sent: "a letter sent to his office by ", "a statement from " (not one "released by"
# whoever made it public)
_WRITTEN_BY = re.compile(r"\b(?:letter|statement|note|message|e-?mail|poem|tribute)\b(?:[^.\n“”\"]{0,60}?"
                         r"\b(?:sent|written|signed|penned)\b[^.\n“”\"]{0,60}?\bby|\s+from)\s+(?=[A-Z])")


def _outer_speaker(ctx: Context, a: Attribution) -> Attribution:
    """Prefer the sentence's own speaker to a pronoun inside it ("Lynch said she recalls “…”",
    "Ban condemned what he called “…”"): the main clause names who is speaking."""
    m = a.mention
    if a.cue is not None and a.cue.lemma == "read" and m is not None and m.kind in (MentionKind.NAME,
                                                                                   MentionKind.PRONOUN):
        writer = _writer_read(ctx, a.start)
        if writer is not None:  # "… a letter sent to his office by Carla Jensen … ⏎ “…,” Tillery read": hers
            return a._replace(mention=writer)
    if m is not None and m.kind == MentionKind.DESCRIPTION and m.type != SpeakerType.PERSON and not (
            m.text.lower().startswith("the ") and (is_person_noun(m.text.split()[-1].lower()) or _AGED.search(m.text))):
        return _reporter_of_clause(ctx, a)  # but "Ms Sadiq said the man told officers he was “…”": his
    if m is not None and m.kind == MentionKind.NAME and m.name in STATES_AND_COUNTRIES:
        return _reporter_of_clause(ctx, a)  # "The minister said Israel would respond “…”": the minister's
    if m is not None and m.kind == MentionKind.PRONOUN and m.text.lower() == "it":
        issuer = _issued_before(ctx, m.start)
        return a._replace(mention=issuer) if issuer else a
    if m is None or m.kind != MentionKind.PRONOUN or m.text.lower() not in ("he", "she", "they"):
        return a
    s_start, _ = ctx.sentence(m.start)
    subject = sentence_subject(ctx, s_start, m.start)
    if not subject or subject.end >= m.start or subject.kind not in (
            MentionKind.NAME, MentionKind.PRONOUN, MentionKind.DESCRIPTION):
        return a
    plural = m.text.lower() == "they"
    if plural != (subject.kind == MentionKind.GROUP or subject.text.lower() == "they") or (
            not plural and subject.type == SpeakerType.ORGANIZATION):
        return a
    if ctx.first_quote_between(s_start, m.start):
        return a  # the sentence opens with a quote: its first words are not a subject
    after = ctx.cues_between(subject.end, min(m.start, subject.end + 40))
    if after and after[0].start - subject.end <= 25:
        return a._replace(mention=subject, cue=after[0])
    return a


_AGED = re.compile(r"\b\d+-year-old$")  # "the 34-year-old": a person


def _issued_before(ctx: Context, pos: int) -> Mention | None:
    """Who issued the document an "It" opening a sentence stands for, or an "it" after the quote
    that opens it, where the sentence before says so: "the Rourke family released a further
    statement through their solicitor. It said: “…”" → the Rourke family; "The striker posted a
    short message on Instagram. “Thank you Dunmore,” it read." → the striker."""
    s_start, _ = ctx.sentence(pos)
    free = ctx.free_start(s_start, pos)
    opening = ctx.last_quote_between(0, free) if free > s_start else None
    if opening is not None and not ctx.text[free:pos].strip(" ,"):
        s_start = ctx.sentence(opening.open)[0]  # the quote opens its sentence, however many it holds
        if ctx.text[s_start:opening.open].strip(" \n“\"‘'"):
            return None
    elif _IN_A_STATEMENT.fullmatch(ctx.text, s_start, pos):
        # "Jade's agency, Brightside Talent, confirmed the engagement. In a statement, it said:": the
        # body the sentence before opens on
        p_start, p_end = ctx.sentence(s_start - 1)
        subject = sentence_subject(ctx, p_start, p_end) if s_start else None
        if subject is None or subject.kind not in (MentionKind.NAME, MentionKind.DESCRIPTION):
            return None
        person = subject.type == SpeakerType.PERSON and (
            subject.kind == MentionKind.DESCRIPTION or is_first_name(subject.text.split()[0]))
        return None if person else subject._replace(type=SpeakerType.ORGANIZATION)  # "it" is never a person
    elif ctx.text[s_start:pos].strip():
        return None
    if s_start == 0:
        return None
    p_start, p_end = ctx.sentence(s_start - 1)
    issued = _ISSUED_DOCUMENT.search(ctx.text, p_start, p_end)
    if issued is None or ctx.quotes_between(p_start, p_end):
        return None
    if any(mark in ctx.text[p_start:issued.start()] for mark in (" - ", " – ", "—", "(")):
        return None  # "A coalition of 40 groups - including … and Easter Seals - sent a letter": not the last named
    subject = ctx.subject_before(ctx.free_start(p_start, issued.start()), issued.start())
    return subject if subject is not None and subject.kind in (MentionKind.NAME, MentionKind.DESCRIPTION) else None


_STATEMENT_WORDS = r"(?:[\w-]+\s+){0,2}?(?:statement|letter|post|message)\b"  # "a further statement", "a short message"
# "In a statement, " it said
_IN_A_STATEMENT = re.compile(rf"\s*In\s+(?:a|an|its|their)\s+{_STATEMENT_WORDS}[^,.;:“”\"\n]{{0,60}},\s*")
_ISSUED_DOCUMENT = re.compile(r"\s+(?:later\s+|also\s+)?(?:released|issued|put\s+out|published|sent|posted|shared)\s+"
                              rf"(?:a|an|its|their|his|her)\s+{_STATEMENT_WORDS}")


# Between a reporting cue and the clause it reports: a listener ("told MSPs") and "that".
_REPORTED_CLAUSE_OPENING = re.compile(r"\s+(?:[\w’'.-]+\s+){0,2}?(?:that\s+)?$")


_AND_THAT_BEFORE = re.compile(r"\sand\s+that\s+$")


def _reporter_of_clause(ctx: Context, a: Attribution) -> Attribution:
    """Who reports the clause a body's words are quoted in: "Mr Yousaf told MSPs the inquiry
    only asked for messages in September, “just a matter of weeks ago”" quotes Mr Yousaf, who
    speaks of the inquiry; the inquiry is what he reports, not who is quoted."""
    m = a.mention
    assert m is not None
    s_start, _ = ctx.sentence(m.start)
    outer = [c for c in ctx.cues_between(s_start, m.start) if c.lemma in _REPORT_LEMMAS]
    if not outer or ctx.first_quote_between(s_start, m.start):
        return a
    cue = outer[-1]
    if not _REPORTED_CLAUSE_OPENING.fullmatch(ctx.text, cue.end, m.start) and not (
            # "The First Minister said she would look into it and that the government was offering
            # “enhanced” grants": the second of the clauses it reports
            _AND_THAT_BEFORE.search(ctx.text, max(cue.end, m.start - 12), m.start)
            and not ctx.text.count(",", cue.end, m.start)):
        return a
    subject = ctx.subject_before(ctx.free_start(s_start, cue.start), cue.start)
    if subject is None or subject.kind not in (MentionKind.NAME, MentionKind.PRONOUN, MentionKind.DESCRIPTION):
        return a
    # the cue stays the one beside the quote (reported speech then skips it, and reports the outer clause)
    return a._replace(mention=subject)


def attribute_quotes(ctx: Context, order: Iterable[str] = DEFAULT_ORDER) -> list[Attribution]:
    """Attribute every marked and block quote with the sieves named in ``order`` (per-quote
    sieves in that order, then floating quotes if named); titles of works are left out."""
    order = check_sieves(order)
    per_quote = [SIEVES[name].find for name in order if SIEVES[name].stage is Stage.QUOTE]
    found: list[tuple[QuoteSpan, Attribution]] = []
    for q in ctx.quotes:
        if q.kind == "title":
            continue
        for find in per_quote:
            result = find(ctx, q)
            if result:
                result = _outer_speaker(ctx, result)
                break
        else:
            if q.kind == QuoteKind.PARTIAL and len(ctx.text[q.start:q.end].split()) <= _MAX_SCARE_WORDS:
                continue  # a short unattributed phrase in marks is a scare quote, not speech
            result = Attribution(q.start, q.end, q.kind, None, None, UNATTRIBUTED, _UNATTRIBUTED_CONFIDENCE)
        found.append((q, result))
    for name in order:  # the sieves over the whole article, in order: interview turns, then floating quotes
        if SIEVES[name].stage is Stage.AFTER:
            found = list(zip([q for q, _ in found], SIEVES[name].find(ctx, found)))
    return [a for _, a in found]


@sieve(INTERVIEW, 0.8, Stage.AFTER)
def interview_turns(ctx: Context, found: list[tuple[QuoteSpan, Attribution]]) -> list[Attribution]:
    """The turns of an interview printed without labels: paragraphs that are each one quote
    and nothing else, with no cue, in which questions (ending with "?") and answers take
    turns, two questions at least, the first turn a question. An answer, and any turn after
    it that asks nothing, is the interviewee's: the person the article opens on (the first
    sentence subject named after the headline and byline: "Yaw “Fingers” Darko has not
    released an album since 1994."). A question is the interviewer's, the byline's author
    ("By Naa Adjeley Quaye"); where there is no byline, questions are left unattributed, and
    never go on from the speaker before.

    A profile the writer tells in the first person ("I ask", "asks whether I mind") may put a
    question or two between its subject's quotes: “So why Leith?” ⏎ “Honestly? The rent.” Two
    turns suffice there, a writer's “Why the same field?” I ask. among them, and an answer is the
    person the headline opens on ("Iona Sutherland on langoustines, Lyon and …"), if the body
    names them too.

    In such a profile, a "she says" or "he says" answering the writer's question put in the
    paragraph before or just before it ("… and I ask about the television adaptation. ⏎ “I
    minded for about a week,” she says.") is the one it is about, where the pronoun fits their
    given name, whoever else was named since."""
    writer = _writer_asks(ctx)
    turns = [k for k, (q, a) in enumerate(found) if (a.mention is None and _whole_paragraph(ctx.text, q)) or (
        writer and a.mention is not None and a.mention.text == "I" and _asks(ctx.text, q))]
    runs: list[list[int]] = []
    for k in turns:
        if runs and runs[-1][-1] == k - 1 and _turns_follow(ctx.text[found[k - 1][0].close:found[k][0].open]):
            runs[-1].append(k)
        else:
            runs.append([k])
    out = [a for _, a in found]
    for run in runs:
        asks = [_asks(ctx.text, found[k][0]) for k in run]
        if not asks[0] or any(one and other for one, other in zip(asks, asks[1:])):
            continue  # two questions in a row are no interview's turns
        short = len(run) < 4 or sum(asks) < 2
        if short and (not writer or len(run) < 2):
            continue  # a few quotes taking turns are an interview's only in a profile the writer tells
        byline = byline_under_headline(ctx.text)
        interviewer = _byline(byline)
        interviewee = (short and _headline_person(ctx)) or _opening_subject(ctx, byline, found[run[0]][0].open)
        for k, asking in zip(run, asks):
            q, a = found[k]
            mention = interviewer if asking else interviewee
            if a.mention is None or not asking:  # a question no byline signs is the interviewer's, unnamed
                out[k] = a._replace(mention=mention, sieve=INTERVIEW, confidence=SIEVES[INTERVIEW].confidence
                                    if mention is not None else _UNATTRIBUTED_CONFIDENCE)
    subject = (_headline_person(ctx) or _opening_subject(ctx, byline_under_headline(ctx.text), len(ctx.text))
               if writer else None)
    pronoun = _FITS_PRONOUN.get(guessed_first_name(subject.text.split()[0])) if subject is not None else None
    for k, (q, _) in enumerate(found):
        m = out[k].mention
        if (pronoun and m is not None and m.kind == MentionKind.PRONOUN and m.text.lower() == pronoun
                and _answers_writer(ctx, q)):
            out[k] = out[k]._replace(mention=subject, sieve=INTERVIEW, confidence=SIEVES[INTERVIEW].confidence)
    return out


_FITS_PRONOUN = {"male": "he", "female": "she"}


def _answers_writer(ctx: Context, q: QuoteSpan) -> bool:
    """Whether a quote opening its paragraph, or its paragraph's second sentence, answers the
    writer's question put in the first person just before it, to no one named there ("I ask about
    the adaptation"; not "I ask Mrs Okoro" or "when I asked him")."""
    text = ctx.text
    start = text.rfind("\n", 0, q.open) + 1
    lo = text.rfind("\n", 0, max(0, end_before_space(text, start) - 1)) + 1 if not text[start:q.open].strip() else start
    return any(not ctx.marked.covers(m.start()) and not _NAMED_AFTER.match(text, m.end())
               for m in _WRITER_I.finditer(text, lo, q.open))


# "I ask Mrs Okoro", "I ask Sorensen", "when I asked him": the one asked, named there
_NAMED_AFTER = re.compile(r"\s+(?:(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z]|(?:him|her|them)\b)")


def _writer_asks(ctx: Context) -> bool:
    """Whether the writer puts questions in the first person, outside quotes ("I ask", "when I
    bring it up", "asks whether I mind"), as a profile does."""
    if not any(form in ctx.text for form in _WRITER_FORMS):
        return False  # a plain search first: most articles have none of these, and the pattern is slow to try
    return any(not ctx.marked.covers(m.start()) for m in _WRITER_I.finditer(ctx.text))


_WRITER_VERBS = ("ask", "asked", "put", "bring", "mention", "press", "suggest")  # "I ask", "I put it to her"
_WRITER_FORMS = (*(f"I {verb}" for verb in _WRITER_VERBS), "whether I ")
_WRITER_I = re.compile(rf"\bI (?:{'|'.join(_WRITER_VERBS)})\b|\bwhether I\b")


def _headline_person(ctx: Context) -> Mention | None:
    """The person a headline opens on, where the body names them too ("Iona Sutherland on
    langoustines, Lyon and …", "Orla Keating: I have spent 20 years …")."""
    line = ctx.text[:max(0, ctx.text.find("\n"))]
    m = _HEADLINE_PERSON.match(line)
    if m is None or ctx.text.count(m.group(1)) < 2:
        return None
    name = m.group(1)
    return Mention(0, len(name), name, MentionKind.NAME, name, None, SpeakerType.PERSON)


_HEADLINE_PERSON = re.compile(r"((?:[A-Z][\w’'-]+ ){1,3}?[A-Z][\w’'-]+)(?=:| on | talks )")  # "Orla Keating:"


_MARKS = " \t\n“”\"‘’'"


def _turns_follow(between: str) -> bool:
    """Whether two turns of an interview follow each other across ``between``: nothing but marks,
    or one short paragraph of what the interviewee does, quoting no one ("She laughs, then
    stops herself.", "She looks out of the window for a long moment.")."""
    gap = between.strip(_MARKS)
    return not gap or ("\n" not in gap and len(gap) <= _GESTURE_REACH and not any(m in gap for m in "“”\""))


_GESTURE_REACH = 120  # characters of a paragraph between two turns saying what the speaker does


def _whole_paragraph(text: str, q: QuoteSpan) -> bool:
    """Whether the quote ``q`` is all its paragraph holds, marks aside."""
    if q.kind != QuoteKind.DIRECT or q.open == q.start:
        return False
    return not text[text.rfind("\n", 0, q.open) + 1:q.open].strip() and _blank_to_line_end(text, q.end)


def _blank_to_line_end(text: str, pos: int) -> bool:
    """Whether nothing but marks and spaces follows ``pos`` on its line."""
    line_end = text.find("\n", pos)
    return not text[pos:len(text) if line_end < 0 else line_end].strip(_MARKS)


def _asks(text: str, q: QuoteSpan) -> bool:
    return text[q.start:q.end].rstrip(_MARKS).endswith("?")


def _byline(byline: re.Match | None) -> Mention | None:
    """The author of a byline under the headline ("By Naa Adjeley Quaye"), as a name mention."""
    if not byline:
        return None
    name = byline.group("name")
    return Mention(byline.start("name"), byline.end("name"), name, MentionKind.NAME, name, None, SpeakerType.PERSON)


def _opening_subject(ctx: Context, byline: re.Match | None, hi: int) -> Mention | None:
    """The person an article opens on: the first sentence subject named in its body, before
    ``hi``, outside the headline and the ``byline``."""
    lo = max(ctx.text.find("\n"), byline.end() if byline else 0)
    for s_start, s_end in ctx.sentences:
        if s_start < lo:
            continue
        if s_start >= hi:
            break
        subject = sentence_subject(ctx, s_start, s_end)
        if subject is not None and subject.kind == MentionKind.NAME and subject.type == SpeakerType.PERSON and (
                not ctx.marked.covers(subject.start)):  # not "“Honestly? A television programme.”"
            return subject
    return None


@sieve(ECHO, 0.8, Stage.AFTER)
def headline_echoes(ctx: Context, found: list[tuple[QuoteSpan, Attribution]]) -> list[Attribution]:
    """A heading's quotation that the story quotes again below it ("‘We can’t keep going like
    this’: the rural GP practices …" ⏎ … “We can’t keep going like this,” she said; a crosshead
    "‘We have nowhere else to go’" over the paragraph that quotes it) is the words of whoever
    says them there, where the heading names no one ("says Swansea mother" names no one
    either: the mother the story names is the one who says them); so is a live blog entry's
    heading of a label and a quotation ("Union: “We'll be back out on Thursday”") that the
    entry quotes again."""
    headline_end = ctx.text.find("\n")
    out = [a for _, a in found]
    if headline_end < 0:
        return out
    for k, (q, a) in enumerate(found):  # a live blog's entry headed "Union: “We'll be back out on Thursday”"
        line_end = ctx.text.find("\n", q.close)
        if q.open <= headline_end or not _HEADING_QUOTE.fullmatch(
                ctx.text, ctx.text.rfind("\n", 0, q.open) + 1, len(ctx.text) if line_end < 0 else line_end):
            continue
        words = plain_words(ctx.text[q.start:q.end])
        echo = _echo(ctx, (b for p, b in found[k + 1:] if p.open < q.close + _HEADING_REACH), words) if (
            len(words) >= 2) else None
        if echo is not None:
            out[k] = a._replace(cue=echo.cue, mention=echo.mention, sieve=ECHO, confidence=SIEVES[ECHO].confidence)
    headed = [in_heading(ctx.text, q.open) for q, _ in found]  # each quote's line read once
    for k, (q, a) in enumerate(found):
        if out[k] is not a or not headed[k]:
            continue  # a live blog's heading, echoed above
        line_start = ctx.text.rfind("\n", 0, q.open) + 1
        if (a.mention is not None and a.mention.kind == MentionKind.NAME and a.mention.start >= line_start
                and a.mention.text.lower() not in GROUP_NOUNS | _HEADING_BODIES
                # "1:30 p.m. — Premier says budget ‘protects Ontario’", "Company says …", "New Harlow Park
                # Police Chief: ‘…’": a role, no one named
                and a.mention.text.lower() not in ROLE_NOUNS | ORG_ROLE_NOUNS):
            # "Campaigners say …", "Opposition accuses Government of …" name no one
            named = _name_in_heading(ctx, a.mention)
            if named.text != a.mention.text or (named.name or named.text).split()[-1].lower() not in ROLE_NOUNS:
                out[k] = a._replace(mention=named)
                continue  # "Flynn says Trump ‘absolutely right’": the heading names who says it
            # (but no name ends on a role: "New Harlow Park Police Chief: ‘…’" names no one)
        words = plain_words(ctx.text[q.start:q.end])
        later = [b for j, (_, b) in enumerate(found[k + 1:], k + 1) if not headed[j]]
        # the quotes of the section under a crosshead, read only where asked
        def section(k: int = k) -> Iterator[Attribution]:
            return (found[j][1] for j in itertools.takewhile(lambda j: not headed[j], range(k + 1, len(found))))
        crosshead = q.open > headline_end and not _standfirst(ctx.text, headline_end, q.open)
        if len(words) >= 2:
            echo = _echo(ctx, later, words)
            if echo is None and len(words) > _PRONOUN_ECHO_WORDS and words[0] in _HEADLINE_PRONOUNS:
                # "‘He was the light of our lives’" over "“Thomas was the light of our lives …,” she
                # wrote": a headline puts a pronoun for the name the quote gives
                echo = _echo(ctx, later, words[1:])
            # (and without a pronoun opening them: "‘I couldn't tell you what the score was,’ former
            # rugby player tells High Court" over "… has told the High Court he “couldn't tell you …”")
            cores = [words, words[1:]] if len(words) > _PRONOUN_ECHO_WORDS and words[0] in _HEADLINE_PRONOUNS else [
                words]
            for core in cores:
                if echo is None and crosshead:  # a crosshead's words said in its section, by anyone
                    echo = _echo(ctx, section(), core, described=True)
                elif echo is None:  # a headline's (or standfirst's) words the lede gives "a former chief
                    echo = _echo(ctx, later, core, described=True)  # financial officer of …"
            for core in cores:
                if echo is None and len(core) >= _LOOSE_ECHO_WORDS:
                    # "‘Pure luck no one was killed’" over "“It is pure luck that no one was killed …”": a
                    # heading's words said again with a few of the speaker's own between them
                    echo = _echo(ctx, section() if crosshead else later, core, described=True, loose=True)
        elif q.open > headline_end:  # a crosshead's "‘devastating’": a quote of the section under it holds it
            echo = _echo(ctx, section(), words)
        else:  # a headline's "‘insulting’": the same word alone
            echo = next((b for b in later if b.mention is not None and plain_words(ctx.text[b.start:b.end]) == words),
                        None)
        if echo is not None:
            out[k] = a._replace(cue=echo.cue, mention=echo.mention, sieve=ECHO, confidence=SIEVES[ECHO].confidence)
        elif crosshead and a.sieve == FLOATING and _labelled_line(ctx.text, q):
            # "4.05pm: ‘The worst is still in front of us’": a heading opens its entry, and its words are
            # never those of whoever spoke in the entry before
            out[k] = Attribution(q.start, q.end, q.kind, None, None, UNATTRIBUTED, _UNATTRIBUTED_CONFIDENCE)
        elif q.open > headline_end:
            continue
        elif a.mention is None:
            speaker = _headline_speaker(ctx, q, headline_end)
            if speaker is not None:  # "‘The river decides’: a ferryman on forty years of crossings"
                out[k] = a._replace(mention=speaker, sieve=ECHO, confidence=0.6)
    lede = next((k for k, h in enumerate(headed) if not h), len(found))
    lede_start = ctx.sentence(found[lede][0].open)[0] if lede < len(found) else -1
    for k in range(lede, len(found)):
        q, a = found[k]
        if headed[k] or ctx.sentence(q.open)[0] != lede_start:
            break  # the lede's sentence only
        words = plain_words(ctx.text[q.start:q.end])
        if (q.kind != QuoteKind.PARTIAL or a.mention is None or a.mention.kind != MentionKind.DESCRIPTION
                or a.mention.text.split()[0].lower() not in ("a", "an", "one") or len(words) < 2
                or not person_head(a.mention.text)):
            continue  # (not "a popular play called “…”")
        # "… thrown out after a councillor described the development as “overbearing” and “completely
        # out of keeping”" ⏎ … Cllr Geoff Barraclough … "this is overbearing, it is completely out of
        # keeping": the lede's unnamed speaker is the one the story quotes saying the words in full;
        # so is "one member" of "with one member describing it as “a kick in the teeth”"
        echo = _echo(ctx, (b for p, b in found[k + 1:] if p.kind != QuoteKind.PARTIAL), words)
        if echo is not None:
            out[k] = a._replace(cue=echo.cue, mention=echo.mention, sieve=ECHO, confidence=0.6)
    return out


_HEADING_BODIES = word_set("heading_bodies")  # a heading's "Opposition accuses …": no one in particular


def _name_in_heading(ctx: Context, mention: Mention) -> Mention:
    """The name a heading's capitals run into other words, where the story writes only part
    of them: "Elizabeth Warren" of "Elizabeth Warren Hammers Wells Fargo CEO: ‘…’" (a heading
    with every word in capitals: the longest such part the mention opens on), "Chelsea Vine" of
    "ISLAND HEARTS WAR Island Hearts' Chelsea Vine blasts …" (after an owner or a kicker in
    capitals: the longest such part the mention ends on); else the mention as it is."""
    words = list(re.finditer(r"[\w’'.-]+", mention.text))
    body = ctx.text[ctx.text.find("\n") + 1:]
    if len(words) < 3 or re.search(rf"\b{re.escape(mention.text)}\b", body):
        return mention
    line_end = ctx.text.find("\n", mention.end)
    line = ctx.text[ctx.text.rfind("\n", 0, mention.start) + 1:len(ctx.text) if line_end < 0 else line_end]
    title_case = all(w[:1].isupper() for w in re.findall(r"[a-zA-Z][\w’'-]{3,}", line))  # every word in capitals
    parts = [(0, n) for n in range(len(words) - 1, 1, -1) if title_case] + [  # after an owner or a kicker in capitals
        (i, len(words)) for i in range(1, len(words) - 1) if words[i - 1].group().endswith(("’", "'", "’s", "'s"))
        or words[i - 1].group().isupper()]
    for i, j in parts:
        part = mention.text[words[i].start():words[j - 1].end()]
        if part[:1].isupper() and words[j - 1].group()[:1].isupper() and re.search(rf"\b{re.escape(part)}\b", body):
            start = mention.start + words[i].start()
            return mention._replace(start=start, end=start + len(part), text=part, name=part)
    return mention


# A heading's label and quotation, the whole line, after the entry's time perhaps: "Pennine Transit: “Our
# offer is fair”", "15:55 Labour: “a budget of sticking plasters”"; the entry under it
# quotes the words again within this many characters.
_HEADING_QUOTE = re.compile(r"[ \t]*(?:\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]+)?"  # "15:55 Labour: “…”"
                            r"[A-Z][\w’'&. -]{0,40}:[ \t]+[“\"‘'][^\n“”\"]{1,120}[”\"’'][ \t]*")
_HEADING_REACH = 1500
# What a headline's quotation before a colon is said by: "‘…’: glaciologist Eleri Vaughan on 20
# years of …", "‘…’: a ferryman on forty years of crossings", "‘…’: Ledgerline’s founder on …".
_HEADLINE_SPEAKER_AFTER = re.compile(r"(?:[ \t]*:|[ \t]+[—–-])[ \t]+"
                                     r"(?P<who>[\w’'-]+(?:[ \t]+[\w’'-]+){0,4}?)[ \t]+(?:on|talks|says)\b")
_HEADLINE_DOER_AFTER = re.compile(r"(?:[ \t]*:|[ \t]+[—–-])[ \t]+"
                                  r"(?P<who>[\w’'-]+(?:[ \t]+[\w’'-]+){0,4}?)[ \t]+[a-z]+[^s\W]s\b")


def _headline_speaker(ctx: Context, q: QuoteSpan, headline_end: int) -> Mention | None:
    """Who a headline's quotation is said by, where a colon after it introduces them: the
    person it names, where the story names them too, or the person the story opens on, for a
    person described ("a ferryman", "Ledgerline’s founder"); else no one."""
    m = _HEADLINE_SPEAKER_AFTER.match(ctx.text, q.close + 1, headline_end) or (
        # "‘I cooked for kings …’: former royal chef lifts the lid on …": a verb in the present
        _HEADLINE_DOER_AFTER.match(ctx.text, q.close + 1, headline_end))
    if m is None:
        return None
    words = m.group("who").split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and not words[k - 1].endswith(("’s", "'s")):
        k -= 1
    name = " ".join(words[k:])
    if k < len(words) - 1 and ctx.text.count(name) >= 2:  # "glaciologist Eleri Vaughan on …"
        start = ctx.text.index(name, m.start("who"))
        return Mention(start, start + len(name), name, MentionKind.NAME, name, None, SpeakerType.PERSON)
    head = words[-1].lower()
    if k == len(words) and (is_person_noun(head) or head in ROLE_NOUNS):
        # "a ferryman on …": the one the story opens on (not the byline's writer)
        return _opening_subject(ctx, byline_under_headline(ctx.text), len(ctx.text))
    return None


_HEADING_LINE = 120  # the most characters of a heading whose quotation is what it reports


def _labelled_line(text: str, q: QuoteSpan) -> bool:
    """Whether the line holding ``q`` is a heading no longer than one is, the quotation after a
    label ("4.05pm: ‘The worst is still in front of us’"; not a line of dialogue, “But surely —”)."""
    start = text.rfind("\n", 0, q.open) + 1
    end = text.find("\n", q.close)
    end = len(text) if end < 0 else end
    return end - start <= _HEADING_LINE and _ENTRY_LABEL.fullmatch(text, start, q.open) is not None


_ENTRY_LABEL = re.compile(r"[^\n“”\"‘’']{1,30}?[:—–-][ \t]*")  # "4.05pm: ", "1:30 p.m. — "


def _standfirst(text: str, headline_end: int, pos: int) -> bool:
    """Whether ``pos`` is in a standfirst: a heading with nothing but headings between it and
    the headline ("Ruling sends Saskatchewan back to the table; company says …")."""
    return all(in_heading(text, m.start()) for m in _LINE.finditer(text, headline_end + 1, pos))


_LINE = re.compile(r"^(?=\S)", re.MULTILINE)
_HEADLINE_PRONOUNS = frozenset(("he", "she", "they", "his", "her", "their", "i", "we"))
_PRONOUN_ECHO_WORDS = 4  # words a heading's quote holds after its pronoun, to be the same words again


def _echo(ctx: Context, later: Iterable[Attribution], words: list[str], described: bool = False,
          loose: bool = False) -> Attribution | None:
    """The first of the ``later`` attributions whose quote says ``words`` again, by a speaker the
    story names or points to, not one it only describes (unless ``described``); with ``loose``,
    in order with a few other words between them."""
    holds = _holds_loosely if loose else _holds
    return next((b for b in later if b.mention is not None and (described or b.mention.kind != MentionKind.DESCRIPTION)
                 and holds(plain_words(ctx.text[b.start:b.end]), words)), None)


_LOOSE_ECHO_WORDS = 4  # the fewest words a heading's quotation holds to be found again loosely
_LOOSE_ECHO_SLACK = 3  # the most other words between them


def _holds_loosely(words: list[str], part: list[str]) -> bool:
    """Whether ``part`` stands in ``words`` in order, its first word first, with no more than
    ``_LOOSE_ECHO_SLACK`` other words between its words."""
    for i, w in enumerate(words):
        if w != part[0]:
            continue
        j, skipped = i + 1, 0
        for p in part[1:]:
            while j < len(words) and words[j] != p and skipped <= _LOOSE_ECHO_SLACK:
                j, skipped = j + 1, skipped + 1
            if j >= len(words) or skipped > _LOOSE_ECHO_SLACK:
                break
            j += 1
        else:
            return True
    return False


def _holds(words: list[str], part: list[str]) -> bool:
    """Whether ``part`` stands in ``words``, word for word."""
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))


# Between a cue and the quotation it introduces inside a quote: its object and a comma or colon
# ("He told me, ‘…’", "I said to her: ‘…’", "Coach told us all week, ‘…’").
_INNER_CUE_GAP = re.compile(rf"(?:[ \t]+[\w’'-]+){{0,{INNER_CUE_WORDS}}}[ \t]*[,:]?[ \t]*")
_FIRST_PERSON = frozenset(("i", "we"))
_NO_ONE = frozenset(("it", "that", "this", "there", "that's", "that’s", "it's", "it’s"))
_OWNERS = frozenset(("his", "her", "their", "its"))
_CLAUSE_OPENERS = frozenset(("and", "but", "so", "then", "when", "because", "if", "while", "as", "until", "once"))
# Who a clause inside a quote opens on: a pronoun or a name, or "the vet", "my wife".
_CLAUSE_SUBJECT = re.compile(r"[ \t]*(?:(?:And|But|Then|So)[ \t]+)?(?P<np>(?:[Tt]he|[Mm]y|[Oo]ur)[ \t]+[\w-]+"
                             r"|[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*)[ \t]")


@sieve(NESTED, 0.6, Stage.NESTED)
def nested_quotes(ctx: Context, found: list[Attribution]) -> Iterator[Attribution]:
    """The quotations a quote quotes (:func:`~quotes.extract.inner_quotes`), each the words of
    the one it says spoke them: "I" or "we" is whoever is quoted ("I told her, ‘…’"), anyone
    else is their own speaker ("He looked at me and said, ‘…’", "My wife always says, ‘…’");
    a quotation with no such cue is left out."""
    outers = {(a.start, a.end): a for a in found if a.kind == QuoteKind.DIRECT}
    for q in ctx.quotes:
        outer = outers.get((q.start, q.end))
        if outer is None or q.kind != QuoteKind.DIRECT:
            continue
        lo = q.start
        # an interview's answer printed without marks quotes others in marks ("Whitfield: Yes. He
        # took me aside and said, “Nobody dies on time.”"), as a quote does in single marks
        inners = inner_quotes(ctx.text, q) if q.open < q.start else [
            p for p in ctx.quotes_between(q.start, q.end) if p.kind != QuoteKind.BLOCK and p is not q]
        for inner in inners:
            cue, mention = _inner_speaker(ctx, q, inner, lo)
            lo = inner.close + 1
            if mention is None or mention.text.lower() in _NO_ONE or mention.text.split()[0].lower() in _OWNERS:
                continue  # "It's easy to say, ‘…’"; "His people said, ‘…’" in a quote: whose is unclear
            if mention.text.lower() in _FIRST_PERSON:
                mention = outer.mention
            if mention is not None:
                yield Attribution(inner.start, inner.end, inner.kind, cue, mention, NESTED,
                                  SIEVES[NESTED].confidence)


def _inner_speaker(ctx: Context, outer: QuoteSpan, inner: QuoteSpan, lo: int) -> tuple[Cue | None, Mention | None]:
    """The cue inside ``outer`` that introduces ``inner`` (from ``lo`` on) and its subject."""
    text = ctx.text
    s_start = max(lo, ctx.sentence(inner.open)[0])
    before = [c for c in _cues_between(text, s_start, inner.open) if _INNER_CUE_GAP.fullmatch(text, c.end, inner.open)]
    if before:
        cue = before[-1]
        subject = subject_before(text, s_start, cue.start)
        opening = _CLAUSE_SUBJECT.match(text, s_start, cue.start) if subject is None else None
        np = opening.group("np").split() if opening else []
        head = np[0].lower() if np else ""
        if opening and np and (head in PRONOUNS or head in DETERMINERS or len(np) > 1 or is_first_name(np[0])
                   or is_person_noun(head) or head in ROLE_NOUNS):
            # "He looked at me and said, ‘…’", "Liam rang me … and said, ‘…’", "Dad used to say, ‘…’";
            # not "Watch a fully formed fetus … while someone says, ‘…’"
            subject = subject_before(text, opening.start("np"), opening.end("np") + 1)
        if subject is not None and subject.kind != MentionKind.PRONOUN and not _opens_clause(text, s_start,
                                                                                             subject.start):
            subject = None  # "you hear her on the campaign trail saying, ‘…’": no one who says it
        return cue, subject
    after = next(_cues_between(text, inner.close + 1, min(outer.end, inner.close + 40)), None)
    if after is not None:
        return after, (subject_before(text, inner.close + 1, after.start)
                       or subject_after(text, after.end, min(outer.end, after.end + 60)))
    return None, None


def _opens_clause(text: str, lo: int, pos: int) -> bool:
    """Whether a phrase at ``pos`` opens its clause (from ``lo`` on): no word before it but a
    conjunction ("and the coach said"), so it is a subject, not an object ("these things called")."""
    before = _WORD_OR_MARK.findall(text, lo, pos)
    return not before or not before[-1][:1].isalpha() or before[-1].lower() in _CLAUSE_OPENERS


@sieve(FLOATING, 0.75, Stage.AFTER)
def floating_quotes(ctx: Context, found: list[tuple[QuoteSpan, Attribution]]) -> list[Attribution]:
    """An unattributed quote continues the speaker of the quote just before it.

    Applies to pieces of one multi-paragraph quote, to the second half of a split quote
    (“A,” X said. “B.”), and to a quote that opens a paragraph following a quote.
    """
    out: list[Attribution] = []
    prev: tuple[QuoteSpan, Attribution] | None = None
    # a quote of several paragraphs is one quotation: the cue beside its last paragraph speaks for
    # the paragraphs before it (“… ⏎ “…,” he added.); not a label or a quote inside it
    closing: dict[int, Attribution | None] = {}
    for q, a in reversed(found):
        if q.group > 0 and q.group not in closing:
            closing[q.group] = a if a.mention is not None and a.sieve in ("beside", "verdict") else None
    for q, a in found:
        last = closing.get(q.group) if a.mention is None and q.group > 0 else None
        if last is not None and last.start > q.start:
            a = a._replace(cue=last.cue, mention=last.mention, sieve=FLOATING, confidence=SIEVES[FLOATING].confidence)
        answered = _answerer(ctx, q, prev, out) if a.mention is None and a.sieve != INTERVIEW else None
        if answered is not None:  # “Is there any update?” one journalist asked. ⏎ “Not good news,” came the reply.
            a = a._replace(cue=answered.cue, mention=answered.mention, sieve=FLOATING, confidence=0.6)
        if a.mention is None and a.sieve != INTERVIEW:  # an interview's turn is no one else's going on
            s_start, s_end = ctx.sentence(q.open)
            own_cue = ctx.cues_between(s_start, s_end)
            unmarked_speech = q.kind in (QuoteKind.DIRECT, QuoteKind.BLOCK) and not own_cue
            reporter = _reporter_before(ctx, q, s_start) if unmarked_speech else None
            if reporter and ctx.text[slice(*ctx.sentence(reporter[1].start))].rstrip().endswith("?"):
                reporter = None  # "Has he asked to leave?": a question put, no one reporting
            introduced = _paragraph_subject(ctx, q, s_start, prev[1].end if prev else 0) if unmarked_speech else None
            # "Asked whether …, Penrose was bullish. “Of course.”": who reacts just before, in the
            # quote's own paragraph, before the speaker of the paragraph before
            reacted = _reaction_before(ctx, q) if unmarked_speech else None
            if reacted and not introduced and not reporter and "\n" not in ctx.text[reacted.start:q.open]:
                introduced = reacted
            revealed = _revealed_after(ctx, q) if unmarked_speech and not introduced else None
            if revealed:  # "“We decided those cases …” ⏎ That observation, from Justice Anne Holloway, drew nods"
                introduced = revealed
            if introduced and not reporter:
                a = a._replace(mention=introduced, sieve=FLOATING, confidence=0.6)
            elif prev is not None and prev[1].mention is not None and not _crosshead(ctx.text, q):
                # (a crosshead's quotation opens a section: no one's going on, but the echo's)
                pq, pa = prev
                same_group = q.group == pq.group and q.group > 0
                between = ctx.text[pa.end:q.open]
                # (or the writer's question put to them in a paragraph of its own: "And if the
                # government brings in further curbs? ⏎ “Let them try.”")
                near = (between.count("\n") <= 2 and len(between) < 400) or _about_them(ctx, pa, q) or bool(
                    _QUESTION_BETWEEN.fullmatch(between))
                if same_group or (q.kind in (QuoteKind.DIRECT, QuoteKind.BLOCK) and not own_cue and near
                                  and not (reporter and reporter[1].start > pa.end)):
                    a = a._replace(cue=pa.cue, mention=pa.mention, sieve=FLOATING,
                                   confidence=SIEVES[FLOATING].confidence)
            if a.mention is None and reporter:
                a = a._replace(cue=reporter[0], mention=reporter[1], sieve=FLOATING, confidence=0.7)
            named = _heading_name(ctx, q) if a.mention is None and unmarked_speech else None
            if named:  # "Mallow Swimming Pool - closed 'until further notice' ⏎ “It is with a heavy heart …”"
                a = a._replace(mention=named, sieve=FLOATING, confidence=0.6)
            about = _paragraph_about(ctx, q) if a.mention is None and unmarked_speech else None
            if about:  # "Gayle was blunt in his assessment. ⏎ “This market has been neglected …”"
                a = a._replace(mention=about, sieve=FLOATING, confidence=0.6)
            if reacted and a.mention is None:  # "Asked whether she feared for her seat, the Labour MP laughed. “I’m …”"
                a = a._replace(mention=reacted, sieve=FLOATING, confidence=0.6)
            newcomer = _introduced_last(ctx, q) if a.mention is None and unmarked_speech else None
            if newcomer:  # "… was Gloria Mendes, a 68-year-old retired school secretary. ⏎ “I have stood …”"
                a = a._replace(mention=newcomer, sieve=FLOATING, confidence=0.5)
            asked = _asked_of(ctx, q) if a.mention is None and unmarked_speech else None
            if asked:  # a profile's "Does she read her reviews? ⏎ “My husband reads them …”"
                a = a._replace(mention=asked, sieve=FLOATING, confidence=0.5)
            led = _section_speaker(ctx, q, found) if a.mention is None and _crosshead(ctx.text, q) else None
            if led is not None:  # "‘Losing £300 a week’ ⏎ … “I'm losing …,” Mr Mahmood said": his words, put short
                a = a._replace(cue=led.cue, mention=led.mention, sieve=FLOATING, confidence=0.5)
        out.append(a)
        prev = (q, a)
    return out


def _section_speaker(ctx: Context, q: QuoteSpan, found: list[tuple[QuoteSpan, Attribution]]) -> Attribution | None:
    """The first speaker quoted in a crosshead's section, up to the next heading: whose words the
    crosshead puts short, where they are not written again as it quotes them."""
    words = ctx.text[q.start:q.end].strip(" .,!?’'").lower()
    if words and words in ctx.text[q.close + 1:].lower():
        return None  # echoed below: whoever says it there (the echo sieve)
    for q2, a2 in found:
        if q2.open <= q.close or a2.mention is None or a2.kind != QuoteKind.DIRECT:
            continue
        if in_heading(ctx.text, q2.open) or _crosshead(ctx.text, q2):
            return None
        between = ctx.text[q.close:q2.open]
        if any(in_heading(ctx.text, q.close + 2 + m.start()) for m in re.finditer(r"\n(?=\S)", between[1:])):
            return None  # another heading opens a new section first
        return a2
    return None


def _crosshead(text: str, q: QuoteSpan) -> bool:
    """Whether ``q`` is a crosshead: a line below the headline holding the quotation alone."""
    line_start = text.rfind("\n", 0, q.open) + 1
    line_end = text.find("\n", q.close)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    return line_start > 0 and line == text[q.open:q.close + 1] and in_heading(text, q.open)


def _answerer(ctx: Context, q: QuoteSpan, prev: tuple[QuoteSpan, Attribution] | None,
              done: list[Attribution]) -> Attribution | None:
    """Who answers a question a reporter put, where the quote after it says no one: the
    question a questioner was quoted asking (“Is there any update?” one journalist asked), or
    the sentence just before saying a questioner asked (“A third reporter wanted to know
    whether …”); the answer is the last one quoted before who is no questioner."""
    text = ctx.text
    start = text.rfind("\n", 0, q.open) + 1
    question = prev[1] if prev is not None and _questioner(prev[1].mention) else None
    # "Whitaker: “Is that effort, or is it size?”", a press conference's question put under a label
    put_under = prev[1] if prev is not None and question is None else None
    labelled = (put_under is not None and put_under.sieve in ("colon", "label") and put_under.mention is not None
                and text[put_under.start:put_under.end].rstrip().endswith("?")
                and not text[q.start:q.end].rstrip().endswith("?"))  # a question after a question answers none
    if labelled:
        question = put_under
    turn = _exchange_turn(text, q, done) if prev is not None and _whole_paragraph(text, q) and (
        q.group == 0 or q.group != prev[0].group) else None
    if turn is not None:
        # "… ⏎ “A remediation plan was developed.” ⏎ “Which also failed.”": the exchange goes on, the
        # two speaking in turn
        return turn
    put = prev[1] if prev is not None and question is None and _put_a_question(text, prev[1], q) else None
    if put is not None and put.mention is not None and put.mention.kind != MentionKind.PRONOUN and len(done) >= 2:
        # "“The project was rated amber …,” Mr Marsh said. ⏎ “And what happened when it went red?”
        # the senator asked. ⏎ “A remediation plan was developed.”": the one who spoke just before
        # the question, in the paragraph before, answers it; not where "he asked" may be them
        spoke = done[-2]
        # (or "he" or "she" of them: "“I don't have the figure,” he said. ⏎ “Is it more than 500?” Neale
        # asked. ⏎ “I would be surprised …”")
        if (spoke.mention is not None and spoke.kind == QuoteKind.DIRECT and (
                spoke.mention.kind == MentionKind.NAME or (
                    spoke.mention.kind == MentionKind.PRONOUN and spoke.mention.text.lower() in ("he", "she")
                    and put.mention.kind == MentionKind.NAME))
                and spoke.mention.text.lower() != put.mention.text.lower()
                and _adjacent(text, spoke.end, put.start)):
            return spoke
    if question is not None and text[question.start:question.end].rstrip(" ,").endswith("?"):
        asked = _adjacent(text, question.end, q.open)
    else:
        end = end_before_space(text, start)  # the paragraph before, blank lines aside
        before = text.rfind("\n", 0, end) + 1
        paragraph = text[before:end].strip()
        asked = (bool(paragraph) and not text[start:q.open].strip() and not ctx.quotes_between(before, start)
                 and _ASKS.search(paragraph) is not None)
    if not asked:
        return None
    called = _CALLED.match(text, question.start) if question is not None else None
    if question is not None and called and is_first_name(called.group(1)):
        # “Marcus, does a crowd like this get to you?”: Marcus answers
        mention = Mention(called.start(1), called.end(1), called.group(1), MentionKind.NAME, called.group(1), None,
                          SpeakerType.PERSON)
        return Attribution(q.start, q.end, q.kind, question.cue, mention, FLOATING, 0.6)
    asker = question.mention.text.lower() if labelled and question is not None and question.mention else None
    return next((a for a in reversed(done) if a.mention is not None and not _questioner(a.mention)
                 and a.start < q.start and a.mention.text.lower() != asker), None)


def _exchange_turn(text: str, q: QuoteSpan, done: list[Attribution]) -> Attribution | None:
    """Whose turn a quote alone in its paragraph is, in an exchange: after a question put
    (“…?” the senator asked) and lone quote paragraphs since, the first answered by someone
    else, the two speak in turn; None where the quotes before are no such exchange."""
    k, end = len(done) - 1, q.open
    while k >= 0 and done[k].sieve == FLOATING and done[k].mention is not None and _alone(text, done[k]) and (
            _adjacent(text, done[k].end, end)):
        k, end = k - 1, done[k].start
    turns = len(done) - 1 - k
    cue = done[k - 1].cue if k >= 1 else None
    if cue is not None and cue.lemma == "ask" and done[k].mention is not None and (
            _adjacent(text, done[k - 1].end, done[k].start)) and (
            not text[text.rfind("\n", 0, done[k].start) + 1:done[k].start].strip(_MARKS)):
        # the answer said with its own cue: “…,” Pieter Botha said.; not after a sentence of the
        # reporter's ("The governor acknowledged the tension. “Yes,” she said."), which the next
        # paragraph's quote may go on from
        k, turns = k - 1, turns + 1
    if k < 0 or not turns:
        return None
    asked, answer = done[k], done[k + 1]
    if not (_question_put(text, asked) and asked.mention is not None and asked.mention.kind != MentionKind.PRONOUN
            and _adjacent(text, asked.end, answer.start) and answer.mention is not None
            and answer.mention.text.lower() != asked.mention.text.lower()):
        return None
    if (turns == 1 and answer.sieve != FLOATING and not text[q.start:q.end].rstrip(" ,").endswith(_TURN_ENDS)
            and not _bare_quote_next(text, q)):
        # "“Can you tell my listeners …?” Gavin Lewis asked her. ⏎ “I can't give you a yes or no …,” she
        # replied. ⏎ “We are working with specialists …”": an answer given with its cue goes on where no
        # question is put back (bare quotes in turn, as a hearing's are, take turns: "“A ballpark.” ⏎
        # “Several hundred.”")
        return answer
    return asked if turns % 2 else answer


def _bare_quote_next(text: str, q: QuoteSpan) -> bool:
    """Whether the paragraph after the quote ``q`` is a quote alone, with no words of the
    reporter's: the next turn of an exchange."""
    line_end = text.find("\n", q.close)
    m = _NEXT_PARAGRAPH.match(text, line_end) if line_end >= 0 else None
    return m is not None and m.group(1)[:1] in _MARKS and m.group(1).rstrip()[-1:] in _MARKS


_NEXT_PARAGRAPH = re.compile(r"\n+[ \t]*([^\n]+)")  # the next paragraph, blank lines aside


# how a quote ends that puts a turn back to the one asking: a question, or a question cut off ("But surely —")
_TURN_ENDS = ("?", "—", "–", "-", "…", "...")


def _alone(text: str, a: Attribution) -> bool:
    """Whether the quote of ``a`` is all its paragraph holds, marks aside."""
    return not text[text.rfind("\n", 0, a.start) + 1:a.start].strip(_MARKS) and _blank_to_line_end(text, a.end)


def _question_put(text: str, a: Attribution) -> bool:
    """Whether ``a`` is a question put with "asked" (“…?” the senator asked), by someone."""
    return (a.cue is not None and a.cue.lemma == "ask" and a.mention is not None
            and text[a.start:a.end].rstrip(" ,").endswith("?"))


def _adjacent(text: str, end: int, start: int) -> bool:
    """Whether ``start`` is in the paragraph of ``end`` or the one just after, blank lines aside."""
    return text.count("\n", end, start) <= 2


def _put_a_question(text: str, asked: Attribution, q: QuoteSpan) -> bool:
    """Whether ``asked`` is a question put with "asked" in the paragraph just before ``q``, a
    quote that is a paragraph of its own: an exchange, as a hearing's report gives one."""
    return _question_put(text, asked) and _whole_paragraph(text, q) and _adjacent(text, asked.end, q.open)


def _questioner(mention: Mention | None) -> bool:
    """Whether a mention is of one who asks in an article: "one journalist", "a reporter"."""
    return mention is not None and mention.kind in (MentionKind.DESCRIPTION, MentionKind.GROUP) and (
        mention.text.split()[-1].lower() in QUESTIONERS)


_OWNER_OPENING = re.compile(r"(?:His|Her)\s")  # a sentence about someone's things: "His pager went off"


def _paragraph_about(ctx: Context, q: QuoteSpan) -> Mention | None:
    """The person a short paragraph of one sentence (or its short last sentence) is about, where
    a quote with no words of its own to say who speaks opens the next paragraph, or follows that
    sentence: "Gayle was blunt in his assessment of the market's condition. ⏎ “This market has
    been neglected …”". The sentence names them
    as its subject, first or after a clause of when ("When I ask about money, Lacey shrugs"),
    or opens on "He" or "She", and quotes no one; what they do may be a reaction ("laughs")."""
    text = ctx.text
    if q.open == 0 or text[q.open - 1] not in "\n " or text[q.start:q.end].isupper():
        # a subhead in marks ("“DIVISIVE, STUPID AND WRONG”") is no one's speech
        return None  # (or the quote follows the one sentence in its own paragraph: "Dafydd still
        # remembers the phone call. “The vet rang me …”")
    end = end_before_space(text, q.open)
    start = text.rfind("\n", 0, end) + 1
    end = _before_manner(ctx, start, end)  # "… is reading her statement. Her voice is steady.": the sentence before
    if not 0 < end - start <= _ABOUT_PARAGRAPH or text[end - 1] not in ".!" or ctx.quotes_between(start, end):
        return None
    last = ctx.sentence(end - 1)[0]
    if start < last and end - last <= _ABOUT_LAST and _OWNER_OPENING.match(text, last) and (
            ctx.sentence(start)[1] >= last - 2):
        # "Alun Morgan was a 23-year-old retained firefighter. His pager went off at 11.40pm. ⏎ “We
        # had one appliance …”": the short last sentence is about whom the one before names
        end = end_before_space(text, last)
    elif start < last and end - last <= _ABOUT_LAST:
        # the short last sentence of a longer paragraph: "Saad … and Arshad … were the only batters to
        # pass 20. Qureshi singled out the pair for praise. ⏎ “Saad showed what is possible …”"
        start = last
    elif end - start > _ABOUT_LENGTH:
        return None
    s_start, s_end = ctx.sentence(start)
    subject = sentence_subject(ctx, start, end) if s_start == start and s_end >= end - 1 else None
    if subject is not None and (LEADING_CLAUSE.fullmatch(text, start, subject.start)
                                or _leading_phrase(text[start:subject.start])):
        # "When I ask about money, Lacey shrugs and pours more tea.", "In her closing statement, Whitlow
        # returned to health care"
        start = subject.start
    if subject is None or _reports(ctx, start, end):
        return None  # one sentence, and no one speaks in it
    verb = _VERB_AFTER.match(text, subject.end)
    if verb is None or verb.group(1) in _ONLOOKER_VERBS or verb.group(1) in _LISTING_WORDS:
        return None  # "Mayor Ingrid Solberg watched from the steps. ⏎ “Who owns the harbour?”": the crowd's;
        # "Joaquin Phoenix and Renee Zellweger were named": one of a list
    if subject.kind == MentionKind.PRONOUN and subject.text in ("He", "She") and subject.start == start:
        return subject  # "She considers this for a moment, then seems to decide it is not enough."
    if subject.role and text[start:subject.start].strip() == subject.role.strip():
        start = subject.start  # "Chief Ann Ostrow also used the briefing to …": the title is the subject's
    if (subject.start != start or subject.kind != MentionKind.NAME or subject.text.isupper()
            or subject.type == SpeakerType.ORGANIZATION or text.startswith(("’s", "'s"), subject.end)):
        return None  # "FULL TEXT." is a label, not a sentence about anyone
    if subject.type != SpeakerType.PERSON and not re.search(rf"[A-Z][\w’'-]+\s+{re.escape(subject.text)}\b", text) and (
            " " in subject.text or not re.search(rf"\b{re.escape(subject.text)}\s+[A-Z][a-z]", text)):
        return None  # "Prices rose …": a word opening a sentence, no surname or given name of someone named in full
    if re.search(rf"\b{re.escape(subject.text.split()[-1])}\b", text[q.start:q.end]):
        return None  # "“Obama said in his speech that …”" after "Obama spoke about …": about them, not theirs
    return subject


# A short sentence about the manner of the one just named: "Her voice is steady.", "His hands were shaking."
_HER_VOICE = re.compile(r"(?:His|Her)\s+[a-z]+\s+(?:is|was|are|were|has|had|[a-z]+s)\b[^.!?\n“”\"]{0,40}[.!]")


def _before_manner(ctx: Context, start: int, end: int) -> int:
    """Where the text from ``start`` to ``end`` ends once a last short sentence on the manner of
    the one just named ("Her voice is steady.") is passed over; ``end`` where there is none."""
    last = max(ctx.sentence(end - 1)[0], start)
    return end_before_space(ctx.text, last) if last > start and _HER_VOICE.fullmatch(ctx.text, last, end) else end


# "Gayle was blunt …", "Gary Dunleavy, whose side climbed to sixth, was in no mood …": the subject's verb
# follows it, past an aside in commas
_VERB_AFTER = re.compile(r"(?:,[^,.;:“”\"\n]{1,80},)?\s+(?:\w+ly\s+)?([a-z]+)")
_ONLOOKER_VERBS = word_set("onlooker_verbs")

# How one meets a question before answering it: "the Labour MP laughed.", "Mrs Rennie did not hesitate.";
# or raises their voice before the words: "Gethin shouts over the radio. “…”"
_REACTION = re.compile(
    rf"\s+(?:\w+ly\s+)?(?:{'|'.join(REACTIONS)}"
    r"|shout(?:s|ed)|yell(?:s|ed)|call(?:s|ed)\s+out|cr(?:ies|ied)\s+out|whisper(?:s|ed)"
    r"|(?:shook|shakes)\s+(?:his|her|their)\s+heads?|(?:rolled|rolls)\s+(?:his|her|their)\s+eyes"
    r"|(?:raised|raises)\s+(?:an|his|her|their)\s+eyebrows?"
    r"|(?:did|does)\s+not\s+(?:hesitate|wait)|(?:didn|doesn)[’']t\s+(?:hesitate|wait)"
    r"|(?:was|is)\s+(?:characteristically\s+)?(?:blunt|blunter|unmoved|defiant"
    r"|emphatic|adamant|unrepentant|scathing|direct|candid|philosophical|upbeat|bullish|confident|optimistic"
    r"|cautious|coy|dismissive|frank|forthright|guarded|pragmatic|realistic|unequivocal|downbeat|bleak))\b")


# A paragraph opening on who said the quote just before: "That observation, from Justice Anne Holloway,"
_REVEALED = re.compile(r"\s*(?:That|The|This|Such)\s+(?:[a-z]+\s+)?(?:observation|remark|comment|quip|line|question"
                       r"|point|warning|complaint|admission|assessment|retort|rebuke|plea|jab|barb),?\s+"
                       r"(?:(?:came|was)\s+)?(?:from|by)\s+")


def _revealed_after(ctx: Context, q: QuoteSpan) -> Mention | None:
    """Who said a quote that is its own paragraph, where the next paragraph opens on it ("That
    observation, from Justice Anne Holloway, drew nods"): a name, never a pronoun."""
    text = ctx.text
    if not _whole_paragraph(text, q):
        return None
    line_end = text.find("\n", q.end)
    if line_end < 0:
        return None
    m = _REVEALED.match(text, line_end)
    if m is None or text.count("\n", line_end, m.end()) > 2:
        return None
    mention = source_after(text, m.end(), min(len(text), m.end() + 120), ctx.entities)
    return mention if mention is not None and mention.kind == MentionKind.NAME else None


def _reaction_before(ctx: Context, q: QuoteSpan) -> Mention | None:
    """Who answers with a quote that opens its sentence, with no words of its own to say who
    speaks, just after a sentence in which someone only reacts: "Asked whether she feared for
    her own position, the Labour MP laughed. “I’m a backbencher.”", "Mrs Rennie did not
    hesitate. ⏎ “There had better be.”"."""
    text = ctx.text
    s_start, _ = ctx.sentence(q.open)
    if text[s_start:q.open].strip(" “\"‘'") or s_start == 0:
        return None  # the quote does not open its sentence
    p_start, p_end = ctx.sentence(s_start - 1)
    if p_end > s_start or text[p_end:s_start].count("\n") > 2 or ctx.quotes_between(p_start, p_end):
        return None
    asked = _ASKED_CLAUSE.match(text, p_start, p_end)  # "Asked whether …, the Labour MP laughed."
    subject = sentence_subject(ctx, asked.end() if asked else p_start, p_end)
    if (subject is None or subject.kind not in (MentionKind.NAME, MentionKind.PRONOUN, MentionKind.DESCRIPTION)
            or subject.type == SpeakerType.ORGANIZATION or not _REACTION.match(text, subject.end)):
        return None
    return subject


_ABOUT_LENGTH = 200  # a paragraph introducing who speaks next is a short sentence
_ABOUT_LAST, _ABOUT_PARAGRAPH = 100, 400  # or a short sentence closing a short paragraph


def _about_them(ctx: Context, pa: Attribution, q: QuoteSpan) -> bool:
    """Whether the one paragraph between a speaker's quote and a quote with no cue is about
    that speaker by name ("“…,” Ray Coolahan says. ⏎ Coolahan took over the mail run in 1979. ⏎
    “Dad used to say …”"): the quote after it is theirs still."""
    m = pa.mention
    if m is None or m.kind != MentionKind.NAME or not m.name:
        return False
    between = ctx.text[pa.end:q.open]
    paragraphs = [p for p in between.split("\n") if p.strip()]
    if len(paragraphs) != 2 or len(between) > 600:
        return False
    middle = ctx.text.find(paragraphs[1], pa.end)
    subject = sentence_subject(ctx, middle, middle + len(paragraphs[1]))
    if subject is not None and subject.kind == MentionKind.PRONOUN and subject.start == middle and (
            subject.text in ("He", "She") and not ctx.quotes_between(middle, q.open)):
        # "“…,” Dr. Lavoie said. ⏎ He said his group was not consulted … ⏎ “We asked for a meeting …”"
        return True
    return (subject is not None and subject.kind == MentionKind.NAME and subject.start == middle
            and (subject.name or "").split()[-1] == m.name.split()[-1])


# A roundup's heading that names its subject: "Mallow Swimming Pool - closed …", "Idle Hour: …".
_HEADING_NAME = re.compile(
    r"(?P<name>[A-Z][\w’'&.-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w’'&.-]*){0,5})[ \t]+[-–—:][ \t]+\S")


def _heading_name(ctx: Context, q: QuoteSpan) -> Mention | None:
    """Who makes a statement that opens the paragraph after a heading naming them, with no
    words of its own to say who speaks: a roundup's "Mallow Swimming Pool - closed 'until
    further notice' ⏎ “It is with a very heavy heart …”"."""
    text = ctx.text
    if q.open == 0 or text[q.open - 1] != "\n":
        return None
    line_start = text.rfind("\n", 0, q.open - 1) + 1
    line = text[line_start:q.open - 1].rstrip()
    if not line or len(line) > _HEADING_LENGTH or line[-1] in ".!?”\"":
        return None
    m = _HEADING_NAME.match(text, line_start, line_start + len(line))
    if not m or m.group("name").isupper() or m.group("name").split()[0].lower() in _HEADING_LABELS:
        return None  # "READ MORE: …", "Update - …": a label, not who speaks
    return subject_after(text, m.start("name"), m.end("name"), ctx.entities)


_HEADING_LENGTH = 100  # a heading is a short line with no sentence's end
_HEADING_LABELS = word_set("heading_labels")


def _introduced_last(ctx: Context, q: QuoteSpan) -> Mention | None:
    """The one person the paragraph before a quote of its own paragraph introduces in its last
    sentence, named in full there for the first time, where that paragraph quotes no one: "Among
    the residents who addressed the committee was Gloria Mendes, a 68-year-old retired school
    secretary. ⏎ “I have stood at that stop …”"."""
    text = ctx.text
    if len(text[q.start:q.end].split()) < _INTRODUCED_WORDS or text[q.start:q.end].isupper():
        return None  # a title or a subhead in marks ("“DIVISIVE, STUPID AND WRONG”") is no one's speech
    paragraph = _paragraph_before(ctx, q)
    if paragraph is None or text[paragraph[1] - 1] not in ".:":
        return None
    before, end = paragraph
    end = _before_manner(ctx, before, end)  # "… Her voice is steady."
    s_start = max(ctx.sentence(end - 1)[0], before)
    # a first name firmly of one gender ("Bell", "So" and "Co" are also words), no one's possessive
    named = [m for m in _FULL_NAME.finditer(text, s_start, end)
             if guessed_first_name(m.group(1)) in ("male", "female") and text.find(m.group()) == m.start()
             and not m.group().endswith(("’s", "'s")) and not text.endswith(("the ", "The "), 0, m.start())]
    if len(named) > 1:  # "… was Gloria Mendes, a 68-year-old … who relies on the 54 Lawrence East bus.": the
        named = [m for m in named if text.startswith(", ", m.end())]  # one introduced in apposition
    if len(named) != 1:
        return None
    m = named[0]
    after = _WORD_AFTER_NAME.match(text, m.end())
    if not text.startswith(",", m.end()) and (after is None or after.group(1) in _LISTING_WORDS):
        return None  # "Joaquin Phoenix and Renee Zellweger were named best actors": one of a list
    return Mention(m.start(), m.end(), m.group(), MentionKind.NAME, m.group(), None, SpeakerType.PERSON)


_INTRODUCED_WORDS = 6  # a quote shorter than this after an introduction may be a title
_WORD_AFTER_NAME = re.compile(r"[ \t]+([a-z]+)\b")  # "Jodie Marsh thanked"
_LISTING_WORDS = frozenset(("and", "or", "nor", "were", "are"))
# A person's name in full: a first name, an initial perhaps, a surname ("Gloria Mendes", "Ana Ferreira",
# "Síle Ní Mhurchú")
_FULL_NAME = re.compile(r"\b([A-Z][^\W\d_A-Z]+)[ \t]+(?:[A-Z]\.[ \t]+)?(?:(?:Ó|Ní|Nic|Ua|Mac)[ \t]+)?"
                        r"[A-Z][a-z][\w’'-]*\b(?![ \t]+[A-Z])")


def _asked_of(ctx: Context, q: QuoteSpan) -> Mention | None:
    """Who a profile's question put in the third person asks, where the quote of its own
    paragraph after it answers: "Was she tempted to wait longer? Her mother died four years
    ago. ⏎ “I waited long enough.”": the "she" of the question, for the speaker index to name."""
    text = ctx.text
    paragraph = _paragraph_before(ctx, q)
    if paragraph is None or "?" not in text[paragraph[0]:paragraph[1]]:
        return None
    put = _ASKED_QUESTIONS.search(text, max(0, paragraph[0] - _ASKED_REACH), paragraph[0])
    if put and _QUESTION_PARAGRAPH.fullmatch(text, *paragraph):
        # "Lindqvist was then asked a series of questions about the player: ⏎ Has he asked to
        # leave? ⏎ “No.”": the one asked answers, whoever the question is about
        asked = ctx.subject_before(text.rfind("\n", 0, put.start()) + 1, put.start())
        if asked is not None and asked.kind in (MentionKind.NAME, MentionKind.PRONOUN):
            return asked
    for question in reversed(list(_QUESTION.finditer(text, *paragraph))):
        pronoun = _THIRD_PERSON.search(question.group())
        if pronoun:
            return pronoun_mention(question.start() + pronoun.start(), pronoun.group())
    if _QUESTION_PARAGRAPH.fullmatch(text, *paragraph) and _questions_put(ctx):
        # an interview printed as questions in the writer's words and answers in quotes ("Did
        # that change the way you think about investors? ⏎ “It made me …”"): the one it opens on
        return _opening_subject(ctx, byline_under_headline(text), q.open)
    return None


def _questions_put(ctx: Context) -> bool:
    """Whether the article puts questions to someone in paragraphs of their own, outside quotes,
    as an interview printed in questions and answers does: two such paragraphs at least, one
    asking "you"."""
    asked = [m.group() for m in _QUESTION_PARAGRAPH.finditer(ctx.text)]
    return len(asked) >= 2 and any(_YOU.search(question) for question in asked)


def _paragraph_before(ctx: Context, q: QuoteSpan) -> tuple[int, int] | None:
    """Where the paragraph before a quote that opens its own paragraph starts and ends, blank
    lines aside, where that paragraph quotes no one."""
    text = ctx.text
    para_start = text.rfind("\n", 0, q.open) + 1
    if para_start == 0 or text[para_start:q.open].strip(" “\"‘'"):
        return None
    end = end_before_space(text, para_start)
    before = text.rfind("\n", 0, end) + 1
    if end <= before or ctx.quotes_between(before, end):
        return None
    return before, end


_QUESTION = re.compile(r"[A-Z][^.?!“”\"\n]{3,200}\?")  # a sentence that asks
# "What is next for Ledgerline?", "You have been outspoken about it. Has anything changed?"
_QUESTION_PARAGRAPH = re.compile(r"^[A-Z][^“”\"\n]{3,300}\?$", re.M)
_YOU = re.compile(r"\b(?:you|your)\b", re.I)
# Between two quotes, only a question of the writer's in a paragraph of its own
_QUESTION_BETWEEN = re.compile(r"[\s”\"’'.,!?]*\n[A-Z][^“”\"\n]{3,300}\?[ \t]*\n[\s“\"‘']*")
# A paragraph putting questions to someone, ending on its colon: " was then asked a series of
# questions about the player:"
_ASKED_QUESTIONS = re.compile(r"\s+(?:was|were)\s+(?:then\s+|also\s+|later\s+)?asked\b[^.?!“”\"\n]{0,80}:[ \t]*\n")
_ASKED_REACH = 1500  # characters before a question within which the one asked is introduced
_THIRD_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|him|her)\b(?![’']s)")  # "Does she read her reviews?"


def _paragraph_subject(ctx: Context, q: QuoteSpan, s_start: int, last_end: int) -> Mention | None:
    """The person a new paragraph is about, where a quote with no cue follows what it says of
    them ("Dan (not his real name), a 19-year-old student, has just returned home. He doesn't
    plan to go back. “I was living …”"): the subject of the sentence before the quote, not the
    speaker of the paragraph before."""
    text = ctx.text
    para_start = text.rfind("\n", 0, q.open) + 1
    if text[s_start:q.open].strip(" “\"‘'") or para_start >= s_start or para_start <= last_end:
        return None
    p_start, p_end = ctx.sentence(s_start - 1)
    if p_start < para_start or ctx.quotes_between(p_start, p_end) or _reports(ctx, p_start, p_end):
        return None  # "She laughs loudly when I bring it up. “I have that review framed …”" reports nothing
    subject = sentence_subject(ctx, p_start, p_end)
    lead = text[p_start:subject.start].split() if subject else []
    if subject and subject.role and " ".join(lead) == subject.role.strip():
        lead = []  # "Opposition councillor Annelie Botha": the title is the subject's
    while lead and lead[-1].lower().rstrip(".") in ROLE_NOUNS:
        lead.pop()  # "Sen. Bernie Sanders": the title is no words before the subject
    if subject is None or (lead and not lead[-1].rstrip("”\"’'").endswith(",")) or text.startswith(
            ("’s", "'s"), subject.end):
        return None  # the subject opens the sentence ("He doesn't plan to go back."), or follows "On Sunday,"
    person = subject.kind == MentionKind.NAME and subject.type == SpeakerType.PERSON and (
        len(subject.text.split()) > 1  # or the surname of one named in full before: "In her closing statement, Whitlow"
        or re.search(rf"[A-Z][\w’'-]+\s+{re.escape(subject.text)}\b", text[:subject.start]) is not None)
    if person or (subject.kind == MentionKind.PRONOUN and subject.text.lower() in ("he", "she")):
        return subject
    return None


def _leading_phrase(words: str) -> bool:
    """Whether ``words`` are a phrase opening a sentence before its subject, to the comma that
    ends it: "In her closing statement, "."""
    return words.rstrip().endswith(",") and opens_leading_phrase(words.split()[0])


def _reports(ctx: Context, lo: int, hi: int) -> bool:
    """Whether the text from ``lo`` to ``hi`` reports what someone said ("said", "warned"), as
    a quote after it may go on with (:func:`_reporter_before`); not how they met or gave it ("she
    laughs", "Liu read a prepared statement")."""
    asked = ASKED_LEAD.match(ctx.text, lo, hi)  # "Asked whether …, Penrose was bullish": what was asked
    return any(cue.lemma in _REPORT_LEMMAS and not _requested(ctx.text, cue, lo)
               and not (asked and cue.start < asked.end()) for cue in ctx.cues_between(lo, hi))


def _requested(text: str, cue: Cue, lo: int) -> bool:
    """Whether ``cue`` is a request's passive, no one's report: "before she was told to leave",
    "participants had not been asked to eat less"."""
    return bool(_PASSIVE_BEFORE.search(text, max(lo, cue.start - 8), cue.start)) and text.startswith(" to ", cue.end)


# "In his acceptance speech, ", "In a statement issued after the inquest, ": where words were delivered
_DELIVERED_IN = re.compile(r"In\s+(?:his|her|their|its|a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:speech|statement|address|sermon|eulogy|tribute|post|letter|message|video|interview)\b"
                           r"[^,.;:“”\n]{0,60},\s+")
_DELIVERED_VERB = re.compile(r"\s+(?:also\s+|later\s+)?([a-z]+ed|said|spoke|wrote|told|gave|paid|made|took)\b")


def _reporter_before(ctx: Context, q: QuoteSpan, s_start: int) -> tuple[Cue, Mention] | None:
    """The speaker of the sentence before a quote that opens its own sentence, where that
    sentence reports speech ("…, Schiff said. “The other factor …”", "Obama said that … ⏎ “If
    you had …”"): a quote with no attribution of its own goes on with them."""
    text = ctx.text
    if text[s_start:q.open].strip(" “\"‘'"):
        return None  # the quote does not open its sentence
    p_start, p_end = ctx.sentence(max(0, s_start - 1))
    if p_end > s_start or text[p_end:s_start].count("\n") > 2 or ctx.quotes_between(p_start, p_end):
        return None
    if p_start > 0 and not ctx.cues_between(p_start, p_end) and not _CAPITAL_INSIDE.search(text, p_start, p_end):
        # "Tso, the incident commander, said … . Containment is 0%. ⏎ “We are not fighting …”": a
        # short sentence of fact naming no one between the report and the quote
        e_start, e_end = ctx.sentence(p_start - 1)
        if e_end <= p_start and "\n" not in text[e_end:p_start] and not ctx.quotes_between(e_start, e_end):
            p_start, p_end = e_start, e_end
    delivered = _DELIVERED_IN.match(text, p_start, p_end)
    verb = _DELIVERED_VERB.search(text, delivered.end(), min(p_end, delivered.end() + 80)) if delivered else None
    subject = ctx.subject_before(delivered.end(), verb.start()) if delivered and verb else None
    if delivered and verb and subject is not None and subject.start == delivered.end() and (
            subject.kind in (MentionKind.NAME, MentionKind.PRONOUN) or subject.text.split()[0] in ("The", "the")):
        # "In his acceptance speech, Nwankwo thanked the people … ⏎ “…”", "In a statement issued
        # after the inquest, the Murphy family thanked …": the speech or statement goes on
        return Cue(verb.start(1), verb.end(1), verb.group(1), verb.group(1).lower()), subject
    clause = LEADING_CLAUSE.match(text, p_start, p_end)
    asked = ASKED_LEAD.match(text, p_start, p_end)
    for cue in reversed(ctx.cues_between(p_start, p_end)):
        if cue.lemma not in _REPORT_LEMMAS or text.endswith(" to ", p_start, cue.start) or _requested(
                text, cue, p_start):
            # "said he would push the House to add a cap": the one who said it reports; "and that
            # participants had not been asked to eat less": no one reports by a request's passive
            continue
        if clause and cue.start < clause.end():
            continue  # "When I ask about money, Lacey shrugs": what is asked is no report of the answer
        answering = sentence_subject(ctx, asked.end(), p_end) if asked and cue.start < asked.end() else None
        if answering is not None and asked and answering.start == asked.end() and (
                answering.kind in (MentionKind.NAME, MentionKind.PRONOUN)):
            # "Asked whether England could still win, Penrose was bullish": the one asked answers
            return cue, answering
        if _SUBJECT_THEN_RELATIVE.fullmatch(text, p_start, cue.start):
            # "One paramedic, who asked not to be named because they are not authorised to speak to
            # the media, said crews …": the sentence's subject, not the last noun of its aside
            subject = sentence_subject(ctx, p_start, p_end)
            if subject is not None and subject.start - p_start <= 2 and (
                    subject.kind in (MentionKind.NAME, MentionKind.PRONOUN)
                    or subject.text.split()[0] in ("The", "One", "A", "An")):
                return cue, subject
        # "X was less impressed with the officiating, and said he would …": the verb's subject is the sentence's
        coordinated = text.endswith((" and ", " but "), p_start, cue.start)
        mention = None if cue.text[:1].isupper() or coordinated else ctx.subject_before(
            ctx.free_start(p_start, cue.start), cue.start)
        if (mention is None or mention.kind not in (MentionKind.NAME, MentionKind.PRONOUN)) and (
                cue.text[:1].isupper() or text[p_start:cue.start].rstrip().endswith(",")) and not coordinated:
            mention = subject_after(text, cue.end, p_end, ctx.entities)  # "…, said Schiff."
        if mention and (mention.kind in (MentionKind.NAME, MentionKind.PRONOUN) or (
                mention.kind == MentionKind.DESCRIPTION and mention.text.split()[0] in ("The", "the")
                and (not text[p_start:mention.start].strip()
                     or _ASKED_CLAUSE.fullmatch(text, p_start, mention.start)
                     or _leading_phrase(text[p_start:mention.start])
                     or (text[p_start:mention.start].rstrip().endswith(",")
                         and not text[mention.end:cue.start].strip())))):
            # "Schiff said", "He said", "The president said" opening the sentence, or after what
            # they were asked or where: "Asked whether …, the 36-year-old said …", "In a lengthy
            # Instagram post, the 36-year-old said …", or reporting at the end: "…, the couple confirmed"
            return cue, mention
        participle = cue.text.endswith("ing") and not text.endswith(", ", p_start, cue.start)
        if participle and mention is not None and mention.kind not in (MentionKind.NAME, MentionKind.PRONOUN):
            mention = None  # "a prepared statement explaining her vote": the statement is no one
        if mention is None and (text.endswith((" and ", " but "), p_start, cue.start) or participle):
            # "Reyes, speaking in Pittsburgh, did not mention the judge but said …", "Before the
            # final roll call, Liu read a prepared statement explaining her vote": the subject's
            subject = sentence_subject(ctx, p_start, p_end)
            if subject is not None and subject.kind in (MentionKind.NAME, MentionKind.PRONOUN) and (
                    subject.start == p_start or LEADING_CLAUSE.fullmatch(text, p_start, subject.start)
                    or text[p_start:subject.start].strip() == (subject.role or "").strip()  # "Bath head coach X"
                    or role_apposed_opening(text, p_start, subject.start)):  # "Bath's head coach, X, began by saying"
                return cue, subject
        if cue.text.endswith("ing") and text.endswith(", ", p_start, cue.start) and (
                mention is None or mention.kind not in (MentionKind.NAME, MentionKind.PRONOUN)):
            # "In her closing statement, Whitlow returned to health care, speaking about her mother":
            # the participle's subject is the sentence's, after any phrase that opens it
            subject = sentence_subject(ctx, p_start, p_end)
            lead = text[p_start:subject.start] if subject is not None else ""
            if subject is not None and subject.kind in (MentionKind.NAME, MentionKind.PRONOUN) and (
                    not lead.strip() or _leading_phrase(lead)):
                return cue, subject
        if (mention is None and text.endswith((", ", " and ", " but "), p_start, cue.start)) or (
                mention is not None and (mention.text.lower() in ("which", "that", "who")
                                         or _RELATIVE_BETWEEN.fullmatch(text, mention.end, cue.start))):
            # "Siddiqui said …, noting that …", "Gorski said … and warned", "… which would add", "the
            # evidence of a witness who admitted …": a clause's report, inside the sentence's own
            continue
        return None
    return None


_CALLED = re.compile(r"([A-Z][a-z]+), ")  # the first name a question opens by calling
# A sentence's subject, then a relative clause on it, to the cue: "One paramedic, who asked … , ", "A
# nurse who has worked at Eastfield for 11 years, and who asked not to be named, "
_SUBJECT_THEN_RELATIVE = re.compile(r"[“\"‘']?[A-Z][^,.;:“”\"\n]{0,60}?,?\s+who\s[^“”\"\n]{1,160},\s+")
# A sentence saying a reporter asked: "A third reporter wanted to know whether …", "Asked by a
# journalist about …", "reporters pressed him on …".
_QUESTIONER_WORDS = "|".join(sorted(QUESTIONERS))
_ASKS = re.compile(rf"\b(?:{_QUESTIONER_WORDS})\b[^.“”\"\n]{{0,40}}?\b(?:asked|wanted\s+to\s+know|pressed"
                   rf"|quizzed|queried|questioned)\b|\b(?:[Aa]sked|[Pp]ressed|[Qq]uizzed)\s+by\s+(?:a|an|one|the)\s+"
                   rf"(?:{_QUESTIONER_WORDS})\b")
_RELATIVE_BETWEEN = re.compile(r",?\s+(?:who|which|that)\s+(?:\w+ly\s+)?")  # "a witness who admitted"
_CAPITAL_INSIDE = re.compile(r"(?<=[\w,;] )[A-Z]")  # a capitalised word after the first: a name
_ASKED_CLAUSE = re.compile(r"(?:Asked|Pressed|Questioned)\s[^.?!\n]*,\s+")  # "Asked whether …, "


@sieve(REPORTED, 0.7, Stage.REPORTED)
def reported_speech(ctx: Context, used_cues: set[int]) -> Iterator[Attribution]:
    """Indirect quotes — X said (that) …, …, X said., according to X, ….

    Yields each reported clause as an ``indirect`` quote; a sentence may report several
    ("Obama emphasized that …, and rights groups warned that …", "he said, adding …").
    Cues already used by a direct quote are skipped unless the clause holds more than it.
    """
    text = ctx.text
    # Only sentences holding a cue or an "according to" can report anything.
    reporting_sentences = {ctx.sentence(c.start) for c in ctx.cues_between(0, len(text), with_evidence=True)}
    according = [m.start() for m in ctx.according_to()]
    reporting_sentences |= {ctx.sentence(at) for at in according}
    for s_start, s_end in sorted(reporting_sentences):
        heading_quote = ctx.first_quote_between(s_start, s_end) if s_end - s_start <= _HEADING_LINE else None
        if heading_quote and len(text[heading_quote.start:heading_quote.end].split()) > 1 and in_heading(text, s_start):
            continue  # "Company says project timeline ‘under review’": the heading's quotation is what it reports
        body_end = _strip_end(text, s_start, s_end)
        found = list(_reported_clauses(ctx, s_start, s_end, body_end, used_cues))
        reporting = used_cues | {cue.start for cue, *_ in found}
        for cue, mention, start, end in found:
            if end == body_end:
                # the clause stops where another attribution in the sentence begins
                # ("…, and rights groups warned that …", "…, Putin replied, “…”")
                later_reports = (c for c in ctx.cues_between(start, body_end) if c.start in reporting and c is not cue)
                for later in itertools.islice(later_reports, _LATER_REPORTS):
                    speaker = ctx.subject_before(start, later.start)
                    if speaker and speaker.start > start and _ends_with(
                            r"(?:[,;—–]|\band|\bbut)\s*$", text, start, speaker.start):
                        before_speaker = text[start:speaker.start]
                        end = start + len(re.sub(r"[\s,;:—–]*(?:\band\b|\bbut\b)?[\s,;:—–]*$", "", before_speaker))
                        break
            if _reportable(text, ctx, start, end):
                yield Attribution(start, end, QuoteKind.INDIRECT, cue, mention, REPORTED, SIEVES[REPORTED].confidence)
        if not found and bisect.bisect_left(according, s_start) < bisect.bisect_left(according, s_end):
            yield from _according_to_clause(ctx, s_start, s_end, body_end)  # the sentence writes one


def _reported_clauses(ctx: Context, s_start: int, s_end: int, body_end: int, used_cues: set[int]):
    """(cue, mention, start, end) of each reporting clause in one sentence, in order."""
    text = ctx.text
    last: Mention | None = None
    asked = ASKED_LEAD.match(text, s_start, s_end)
    for cue in ctx.cues_between(s_start, s_end, with_evidence=True):
        calls_for = cue.lemma == "call" and re.match(r"\s+(?:for|on)\b", text[cue.end:cue.end + 5])
        if cue.start in used_cues or (cue.lemma not in _REPORT_LEMMAS and not calls_for):
            continue
        if asked and cue.start < asked.end():
            continue  # "Asked what he would tell his players, Hutchins smiled": the question reports no one
        if _TOPIC_AFTER.match(text, cue.end) and cue.lemma not in ("call",) or (
                cue.lemma == "hint" and text.startswith(" at ", cue.end)):
            continue  # "reporters asked about satellites", "Carson hints at shakeup": a topic, not what was said
        if _THIS_THEN_WHEN.match(text, cue.end):
            continue  # "Adeyemi stated this while addressing journalists": the quote before was the report
        if _heard(text, cue, s_start):
            continue  # "Jayden was told to stay away": the one told, not who told him
        before = max(s_start, cue.start - 30)
        if text.startswith(" by ", cue.end) and _PASSIVE_BY_BEFORE.search(text, before, cue.start):
            continue  # "The issue was first reported by The Post": what was reported, not who reported it
        if _MAYBE_BEFORE.search(text, before, cue.start):
            continue  # "Putin and Kim may agree to …": what might be said is no report
        if cue.text.endswith("ing"):
            # "…,” he said, adding (that) …": the participle reports for the clause's speaker
            if last is not None and text[s_start:cue.start].rstrip().endswith(","):
                yield cue, last, _clause_start(text, cue, body_end), body_end
            continue
        tail = text[cue.end:body_end].split(maxsplit=11)  # enough to tell "10 words or fewer"
        comma = text.rfind(",", s_start, cue.start)
        inverted = None
        if text[s_start:cue.start].rstrip().endswith(",") and len(tail) <= 10:
            inverted = subject_after(text, cue.end, s_end, ctx.entities)
            if inverted and not _only_adjuncts(text[inverted.end:body_end].split()) and not re.match(
                    r"\s*[,(]", text[inverted.end:body_end]):
                inverted = None  # "…, said she would ask …": the words after the cue are the report
            if inverted and inverted.kind != MentionKind.NAME and text[cue.end:inverted.start].strip():
                inverted = None  # "…, said parents still want schools": a report, its subject not the cue's
            if inverted and inverted.kind == MentionKind.DESCRIPTION and not speaker_head(inverted.text.split()[-1]):
                inverted = None  # "Jade's agency, Brightside Talent, confirmed the engagement": its object
            if inverted and inverted.kind != MentionKind.NAME and _TO_VERB.search(inverted.text):
                inverted = None  # "Odhiambo, who addressed officers, urged members to remain firm": whom she urged
        short_subject = comma > s_start and len(text[comma:cue.start].split(maxsplit=9)) <= 8
        subject = None  # the speaker phrase between the comma and the cue, read once for the tests below
        if short_subject and not inverted:
            subject = ctx.subject_before(comma + 1, cue.start)
            if subject and ctx.cues_between(comma, subject.start):
                short_subject = False  # "X, who …, said Wednesday he agrees with …": inside another's report
        if short_subject and not inverted and _CLAIM_OBJECT.match(text, comma, cue.start):
            continue  # "…, a claim Sheikh denied": what Sheikh denied, no report of his
        if comma > s_start and any(q.open < comma < q.close and text[s_start:q.open].rstrip().endswith(":")
                                   for q in ctx.quotes_between(s_start, cue.start)):
            # "… scolded him: “… you called ‘miracles,’” she said": the comma of a quote a colon
            # introduces, which the cue after it attributes; no report before it
            continue
        if comma > s_start and (inverted or (short_subject and _only_adjuncts(tail))):
            # "…, officials said." / "…, said Victor Cha, an economist at …"
            mention = inverted or subject  # without an inverted speaker, the subject was read above
            if mention:
                last = mention
                yield cue, mention, s_start, comma
            continue
        if short_subject and re.match(r"\s*(?:\w+\s+){0,3}?,", text[cue.end:body_end]):
            # "The museum, Mr. Obama said, would make …": the report surrounds its attribution
            mention = subject
            if mention and mention.kind != MentionKind.DESCRIPTION:
                yield cue, mention, s_start, body_end
                return  # "And, DeSantis added, Trump promised …": what others said is inside the report
        mention = ctx.subject_before(s_start, cue.start)
        if mention and mention.kind == MentionKind.NAME and _ends_with(
                r"\bof\s+(?:the\s+)?$", text, s_start, mention.start):
            continue  # "their tour of the Cosmodrome asked": an object, not a speaker
        if mention and _ends_with(r"(?:[—–(]|\s--?)\s*as\s+[^—–()\n]{1,80}$", text, s_start, cue.start) and (
                _ASIDE_CLOSES.match(text, cue.end, body_end)):
            continue  # "which — as columnist Jonathan Chait noted recently — promises …": an aside, no report
        if mention is None and last is None and _ends_with(r"\band\s+(?:\w+ly\s+)?$", text, s_start, cue.start):
            mention = sentence_subject(ctx, s_start, cue.start)  # "Democrats described … and said …"
        if mention and cue.lemma in EVIDENCE_LEMMAS and not (
            re.match(r"\s+that\b", text[cue.end:cue.end + 6]) or mention.text.split()[-1].lower() in DOCUMENT_NOUNS
        ):
            continue  # "Trump found himself …" is no finding; "the poll found …" is
        if mention:
            last = mention
            yield cue, mention, _clause_start(text, cue, body_end), body_end


# The rest of an aside "as X noted" after its cue, to the dash or bracket closing it
_ASIDE_CLOSES = re.compile(r"(?:(?!\bthat\b)[^—–()\n]){0,80}?(?:[—–)]|\s--?\s)")


def _according_to_clause(ctx: Context, s_start: int, s_end: int, body_end: int) -> Iterator[Attribution]:
    """"According to X, …" and "…, according to X."."""
    text = ctx.text
    for m in _ACCORDING_TO.finditer(text, s_start, s_end):
        mention = source_after(text, m.end(), s_end, ctx.entities)
        if not mention:
            continue
        cue = Cue(m.start(), m.end(), m.group(), "according to")
        comma = text.find(",", mention.end, body_end)
        if m.start() - s_start < 3 and comma > 0:
            start = comma + 1
            while start < body_end and text[start].isspace():
                start += 1  # the report begins at its first word
            content = (start, body_end)
        else:
            content = (s_start, text.rfind(",", s_start, m.start()) if "," in text[s_start:m.start()] else m.start())
        if _reportable(text, ctx, *content):
            yield Attribution(content[0], content[1], QuoteKind.INDIRECT, cue, mention, REPORTED,
                              SIEVES[REPORTED].confidence)
        return


_REPORT_LEMMAS = frozenset(REPORT_FORMS.values())
# Words that show a clause has begun before a "that", which is then a determiner ("she would ask
# the company to honor that commitment"), not the complementizer of "said that".
_CLAUSE_BEGUN = re.compile(
    r"\b(?:he|she|they|it|we|I|you|would|will|could|can|should|may|might|must|had|has|have|was|were|is|are)\b", re.I)
_MAYBE_BEFORE = re.compile(r"\b(?:may|might|must|should|shall|can)\s+(?:[a-z]+\s+)?$")
_PASSIVE_BY_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+\s+){0,2}$")
# "stated this while addressing …", "said this at a news conference": what was said is written before
_THIS_THEN_WHEN = re.compile(r"\s+(?:this|these|the\s+remarks|the\s+comments)\s*(?:[,.]|(?:while|when|at|during|on|in"
                             r"|after|before|as|yesterday|today)\b)")
# An object and the infinitive a cue's listener is told to do ("members to remain firm"): no speaker.
_TO_VERB = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|their|its|our|this|that)\b)[a-z]")
_WHO_CLAUSE = re.compile(r",\s+who\s")  # a relative clause of the person named before it
_AGE_TAIL = re.compile(r",\s*\d{1,3}$")  # ", 55" after a name
# "was asked", "were quickly told", "was then asked": the one who hears, not who speaks
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+"
                             r"(?:\w+ly\s+|(?:then|also|later|again)\s+)?$")
_TOPIC_AFTER = re.compile(r"\s+(?:about|of)\b(?!\s+(?:\d|a\s+(?:dozen|third|quarter|half)))"
                          r"|\s+not\s+to\s+be\s+(?:named|identified)\b")  # "who asked not to be named": no report


_ADJUNCT_OPENERS = TIME_WORDS | word_set("adjunct_openers")


def _only_adjuncts(words: list[str]) -> bool:
    """Whether the words after a cue are only a time or place ("said Tuesday", "said in a statement")."""
    return not words or (len(words) <= 5 and words[0].lower() in _ADJUNCT_OPENERS)


# A reported clause is cut short at the first of this many later reports in its sentence whose
# speaker follows a comma or "and": enough for any sentence, bounded for one that never ends.
_LATER_REPORTS = 4
# Characters read back from a cue for a pattern that must end there ("… and said").
_ENDS_WITH_REACH = 200


def _ends_with(pattern: str, text: str, lo: int, hi: int) -> re.Match | None:
    """``re.search(pattern, text[lo:hi])`` for a pattern anchored at the end, reading at most
    the last ``_ENDS_WITH_REACH`` characters (``\\b`` sees the character before them)."""
    if hi - lo <= _ENDS_WITH_REACH:
        return re.search(pattern, text[lo:hi])
    return re.compile(pattern).search(text, hi - _ENDS_WITH_REACH, hi)


def _strip_end(text: str, s_start: int, s_end: int) -> int:
    end = s_end
    while end > s_start and text[end - 1] in " \n.!?”\"’)":
        end -= 1
    return end


def _clause_start(text: str, cue: Cue, body_end: int) -> int:
    """Where the reported clause begins after a cue: past a listener, adjuncts and "that"."""
    pos = cue.end
    if cue.lemma in LISTENER_LEMMAS:
        m = re.match(r"\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*|\w+)", text[pos:body_end])
        if m is not None and m.group().split()[-1].lower() in _SPEECH_NOUN_SET:
            return body_end  # "asked the question she has heard": what was asked, and no clause reported
        if m and (m.group().split()[0].lower() in _LISTENER_WORDS or m.group().strip()[:1].isupper()) and (
                not text.startswith(("’s", "'s"), pos + m.end())):  # "warned the government’s spending …"
            pos += m.end()
    for _ in range(3):
        m = _ADJUNCT.match(text, pos, body_end)
        if not m or not m.group().strip():
            break
        pos = m.end()
    that = re.match(r"[^,;]{0,60}?\bthat\s+", text[pos:body_end])
    if that and not _CLAUSE_BEGUN.search(text, pos, pos + that.start() + len(that.group()) - 5):
        return pos + that.end()
    m = re.match(r"[\s,:]*", text[pos:body_end])
    return pos + (m.end() if m else 0)


def _reportable(text: str, ctx: Context, start: int, end: int) -> bool:
    """A clause worth reporting: three or more words, and not just a direct quote."""
    if end - start < 10 or len(text[start:end].split(maxsplit=3)) < 3 or text[start] in "“\"":
        return False
    inside = ctx.quotes_between(start - 1, end + 2)
    outside = len(text[start:end]) - sum(q.close - q.open + 1 for q in inside)
    return outside > 15
