"""Resolve speaker mentions to canonical speakers, within an article and across articles.

Within an article (:class:`ArticleSpeakers`) a short name resolves to the full name the
article introduced ("Kim" → Kim Jong Un, never Kim Yo Jong, who is introduced later),
pronouns to the most recent compatible speaker, and descriptions ("the Kremlin leader")
to the most recent speaker whose roles share the description's head noun.

Across articles (:class:`SpeakerIndex`) names are the same speaker when their
:func:`name_key` is; a one-word name the article never gave in full joins the one
known full name it can shorten, if exactly one; curated declarations win over both.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence, Set
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from .extract import QA_LABELS, Ranges, colon_dateline, end_before_space, in_heading
from .lexicon import (
    BODY_KINDS,
    BODY_LINKS,
    COMPANY_WORDS,
    COUNTRIES,
    COUNTS,
    CUE_FORMS,
    DEMONYMS,
    DETERMINERS,
    FAMILY_NAMES_FIRST,
    FEMALE_HONORIFICS,
    GENDERED_NOUNS,
    GROUP_NOUNS,
    HONORIFICS,
    LEADING_ADVERBIALS,
    MALE_HONORIFICS,
    MULTIWORD_PLACES,
    NAME_PARTICLES,
    NAME_RUN_PARTICLE_PATTERN,
    NAME_RUN_PARTICLES,
    NOT_NAME_OPENERS,
    NOT_SPEAKER_HEADS,
    NP_STOP_WORDS,
    ORG_ROLE_NOUNS,
    ORG_WORDS,
    PARTY_MEMBERS,
    PARTY_WORDS,
    PERSON_NOUNS,
    PLACE_WORDS,
    POST_NOMINALS,
    PRONOUNS,
    PROVINCES,
    QUESTIONERS,
    RANK_CLASSES,
    RANKS,
    ROLE_ACRONYMS,
    ROLE_HYPERNYMS,
    ROLE_NOUNS,
    ROLE_PHRASES,
    SENTENCE_ADVERBS,
    SENTENCE_STARTERS,
    STATES_AND_COUNTRIES,
    SUBJECT_FORMS,
    TEAM_NAME_ENDS,
    TIME_WORDS,
    TITLE_ABBREVIATIONS,
    WEEKDAYS,
    guessed_first_name,
    is_adverb,
    is_first_name,
    is_person_noun,
    names_people,
    national_party,
    nationality_of,
    singular,
    trie_pattern,
)
from .mentions import (
    ASKED_LEAD,
    INITIALS,
    LEADING_CLAUSE,
    Mention,
    byline_under_headline,
    last_match,
    name_end,
    opens_leading_phrase,
    portfolio_holder_start,
    portfolio_title_before,
    postmodifier_after,
    postmodifier_link,
    pronoun_mention,
    role_apposed_opening,
    serial_list_start,
    split_bodies,
)
from .mentions import initials_of as _initials_of
from .mentions import word_starts as _word_starts
from .vocab import MentionKind, SpeakerType
from .words import STOP_WORDS, plain_quotation_marks, remove_accents, word_list, word_set

# A party, up to three lower-case words, and the name they go before: "Republican presidential
# nominee Donald Trump", "Democrat Hillary Clinton".
_PARTY_BEFORE_NAME = re.compile(
    rf"\b({'|'.join(sorted(PARTY_WORDS))})(?:\s+[a-z][\w-]*){{0,3}}\s+([A-Z][\w’'.-]+\s+[A-Z][\w’'-]+)")
_PARTY_VARIANTS = dict(line.split() for line in word_list("party_variants"))  # "GOP" → republican
_CHAIN_SENTENCES = 3  # how many sentences back a description may go on writing of a person (_chained_subject)
# A sentence opening on a description: "The Republican vice presidential nominee was …"
_DESCRIPTION_OPENER = re.compile(
    r"\s*[\"“‘']?[Tt]he\s+(?:[\w’'-]+\s+){0,4}?([a-z-]+)\s+(?:[a-z]+ed|[a-z]+s|was|is|has|had|will)\b")
_POLICE = re.compile(r"\b[Pp]olice\b")
# An aside between a name and its verb: ", who runs the Red Lion,", ", a retired teacher,"
_ASIDE_AFTER_NAME = re.compile(r",\s+(?:who|whose|an?|the)\s[^,.;:“”\"\n]{1,80},\s")
# Who reports the clause a description opens: "Mr Ashworth said " before "the actor had written …"
_REPORTER_JUST_BEFORE = re.compile(r"\b([A-Z][\w’'-]+)\s+(?:said|says|told\s+[\w\s]{1,30}?)\s+(?:that\s+)?$")
# a definite description of a role: "The Scotland head coach", "the 58-year-old lock"
_THE_ROLE = re.compile(r"\b[Tt]he(?:\s+[\w’'-]+){1,4}")
# a name listed after another ("Ana, Sofia and Lucia Dominguez")
_LISTED_BEFORE = re.compile(r"(?:,| and| &)\s+$")
_PLURAL_PLACES = word_set("plural_places")
_PART_OF_BEFORE = re.compile(r"\b(?:division|unit|subsidiary|arm|branch|part|wing)\s+of\s+(?:the\s+)?$")
_NAMESAKE_PARAGRAPHS = 3  # how far back a namesake written of keeps a surname his (_newcomer)
# capitals that open names: "Óscar", "Émile", "Łukasz", "Āperahama", "Şükrü"
_CAPITAL = "A-ZÀ-ÖØ-ÞŁŚŹŻČŠŽĆŃŘĐĀĒĪŌŪŞĞİŐŰĄĘ"
# A run of capitalised words and initials, joined initials whole ("M.K. Stalin", not "K. Stalin"),
# each word opening on its capital; "Ma." is Maria as Filipino names write it ("Ma. Teresa
# Villacorta-Ramos").
_NAME_WORD = rf"(?:Ma\.|[{_CAPITAL}](?:[\w’'-]+|\.(?:[A-Z]\.)*))"
_NAME_RUN = re.compile(  # words of a name; "Ó" joins an Irish name ("Colm Ó hAodha"), "al-" an Arabic one
    rf"{_NAME_WORD}(?:[ \t]+(?:(?:{NAME_RUN_PARTICLE_PATTERN}|Ó|Ua|(?<=Mac[ \t])an|(?<=Nic[ \t])an)[ \t]+)*"
    rf"(?:al-|el-|[hnt](?=[{_CAPITAL}]))?{_NAME_WORD})+"
)
_SURNAME_PARTICLES = frozenset("Ó Ua Ní Nic Mac Mc".split())  # words that open an Irish or Scottish surname
_IRISH_PARTICLE = re.compile(r"\b(Ó|Ní) (?=[hnt]?[A-Z])")
_GLUED_TIME = re.compile(r"^(?:AM|PM)(?=[A-Z][a-z])")


@lru_cache(maxsize=65536)
def _common_word(word: str) -> bool:
    """A capitalised word that opens a sentence or headline before a name but is no name:
    a stop word ("Despite", "Outside") or an -ed, -ing or -ly form ("Understated"), unless a
    first name ("Ted", "Kelly")."""
    low = word.lower().strip("’'")
    return (low in STOP_WORDS or low.endswith(("ed", "ing", "ly"))) and not is_first_name(word)


_HEADLINE_NAME = re.compile(r"([A-Z][a-z]+) (?:[A-Z]\. )?([A-Z][\w’'-]+)(?= |$)")
# A nickname written inside a name: Robert C. "Bobby" Scott.
_PARTICLE = rf"(?:(?:{NAME_RUN_PARTICLE_PATTERN}) )?"  # "dela " of Ramon "Monching" dela Serna
# A nickname in marks inside a name: "Bobby", “Ka Anoy”, "Jun-Jun"
_NICK = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+)?"
_NICKNAME = re.compile(rf"[“\"‘']{_NICK}[”\"’'] {_PARTICLE}[A-Z][\w’'-]+")
# Its start, one pattern for each opening mark, which a fast string search finds: few articles
# have one, and _NICKNAME, which tries every character, is read only in those.
_NICKNAME_WRITTEN = tuple(re.compile(rf"{mark}{_NICK}[”\"’'] {_PARTICLE}[A-Z]") for mark in "“\"‘'")
# A nickname given after a full name: ", who goes by the nickname "Pim"", ", known as Junjun,".
_GOES_BY = re.compile(
    r",?\s+(?:who\s+(?:goes|is\s+known)\s+by\s+(?:the\s+)?(?:nick)?name\s+|(?:better\s+|popularly\s+)?known\s+as\s+"
    r"|nicknamed\s+)[“\"‘']?(?P<nickname>[A-Z][a-z]+)\b(?![\w-]*\s+[A-Z])")
_GOES_BY_WRITTEN = ("nickname", "known as", "goes by")
_GOES_BY_LATER = re.compile(
    r"\band\s+(?:goes|is\s+known)\s+by\s+(?:the\s+)?(?:nick)?name\s+[“\"‘']?(?P<nickname>[A-Z][a-z]+)\b")
_NICKNAMED = re.compile(
    rf"\b((?:[A-Z][a-z]+\.? )?[A-Z][a-z]+(?: [A-Z]\.)?) [“\"‘']({_NICK})[”\"’'] ({_PARTICLE}[A-Z][\w’'-]+)")
_NOT_NAME_START = word_set("not_name_starts")
# Nouns for what a person is ("the investor", "the driver"), and for what a description may open
# with while standing for someone known ("former secretary of state", not "one …").
_PERSON_ROLES = ROLE_NOUNS | PERSON_NOUNS
_DETERMINERS_AND_ONE = DETERMINERS | {"one"}


# Titles written before a name and dropped when comparing names ("President Vladimir Putin").
NAME_TITLES = HONORIFICS | word_set("name_titles")


_NICKNAMES = dict(line.split() for line in word_list("nicknames"))


def _shortens_given(short: str, given: str) -> bool:
    """Whether one first name (in lower case) is written short for another: "bobby" for robert
    as the nickname list has it, or "ros" for rosalind and "kat" for katherine, the other's
    opening letters (three at least)."""
    return _NICKNAMES.get(short) == given or (2 < len(short) < len(given) and given.startswith(short))


_SUFFIX_AFTER = re.compile(r",? (Jr\.|Sr\.|Jr|Sr|II|III|IV)\b")  # a name's suffix after its surname
_NAME_SUFFIXES = word_set("name_suffixes")


_INITIALISM_DOTS = re.compile(r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\.)|(?<=\.[A-Za-z])\.")
_GLUED_INITIAL = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z][a-z])")
_NAME_BREAKS = re.compile(r"[-‐–.]")


_GIVEN_NAME_TITLES = frozenset(("emir", "sultan"))  # titles that are also given names, in Arabic and Bosnian


def _given_name_title(words: Sequence[str]) -> bool:
    """Whether the title opening ``words`` is a given name before a surname alone: "Emir
    Hadžiahmetović", "Sultan Al Suwaidi"; not "Sultan Qaboos", a title before a given name."""
    rest = words[1:]
    return bool(words) and words[0].lower() in _GIVEN_NAME_TITLES and (
        (len(rest) == 2 and rest[0].lower() in ("al", "el")) or (len(rest) == 1 and not is_first_name(rest[0])))


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Compare names ignoring case, accents, hyphens, dots ("U.S." = "US"), apostrophe style, honorifics, "the",
    titles in front of a name ("President Putin" = "Putin", but "Secretary of State" stays), middle
    initials and Jr./Sr. ("Donald J. Trump" = "Donald Trump")."""
    name = plain_quotation_marks(name)
    if not name.isascii():
        name = _IRISH_PARTICLE.sub(r"\1", name)  # "Seán Ó Briain" = "Ó Briain": the particle holds to the surname
        name = remove_accents(name)
    if "." in name:
        name = _INITIALISM_DOTS.sub("", name)  # "U.S." = "US"
        name = _GLUED_INITIAL.sub(". ", name)  # "T.Clayson" = "T. Clayson"
    words = _NAME_BREAKS.sub(" ", name).split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not any(w.lower() in ORG_WORDS for w in words):
        while len(words) > 1 and words[0].lower() in NAME_TITLES and words[1][:1].isupper() and (
                not _given_name_title(words)):
            words = words[1:]
        # "Donald J. Trump" = "Donald Trump", "Joseph R. Biden Jr." = "Joseph Biden"
        while len(words) > 2 and words[-1].lower() in _NAME_SUFFIXES:
            words = words[:-1]
        if len(words) > 2:
            words = [words[0]] + [w for w in words[1:-1] if not (len(w) == 1 and w.isupper())] + [words[-1]]
    return " ".join(w for w in (w.lower() for w in words) if w not in HONORIFICS)


def indexed(name: str | None, stype: str | None) -> bool:
    """Whether a speaker gets a row of the index: a generic description or group ("the
    company", "officials", "critics") names no one across articles, so its quotes keep the
    words as their speaker but join no row; one that names a body or person ("Sheffield
    University spokesperson", "Bryan Pagliano’s lawyer", "Democrats") does."""
    if not name:
        return False
    return stype not in (SpeakerType.DESCRIPTION, SpeakerType.GROUP) or any(w[:1].isupper() for w in name.split())


def speaker_id(name: str) -> str:
    """A stable id for a canonical speaker name."""
    return hashlib.sha1(name_key(name).encode()).hexdigest()[:16]


def strip_honorific(name: str) -> str:
    words = name.split()
    if len(words) > 3 and (words[0], words[1]) in _TWO_WORD_TITLES:
        words = words[2:]  # "Tan Sri Abdul Razak bin Hassan"
    while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    return " ".join(words)


class CuratedSpeaker(NamedTuple):
    """A speaker declared by hand: canonical ``name``, its ``aliases`` (names or
    descriptions such as "the Kremlin leader"), and where given its ``type`` and ``wikidata_id``."""

    name: str
    type: str | None = None
    wikidata_id: str | None = None
    aliases: tuple[str, ...] = ()


class SpeakerIndex:
    """Which canonical speaker a quote belongs to, across articles.

    Args:
        names: (in-article name, type) of every quote speaker known, or (name, type, quotes)
            with how many quotes carry it; a full name of a person is a candidate for the
            one-word names that shorten it, and for the same name with a middle name
            ("Hillary Rodham Clinton" is Hillary Clinton).
        curated: hand-made declarations; they win over everything inferred.
    """

    def __init__(self, names: Iterable[tuple], curated: Iterable[CuratedSpeaker] = ()):
        curated = list(curated)
        self.curated = {name_key(form): speaker_id(c.name) for c in curated for form in (*c.aliases, c.name)}
        self.by_word: dict[str, set[str]] = defaultdict(set)
        self.quotes: Counter = Counter()  # quotes under each full name's id
        self.two_words: dict[str, str] = {}  # "hillary clinton" → its id
        people = [(c.name, c.type or SpeakerType.PERSON, 0) for c in curated] + [(*n, 0)[:3] for n in names]
        for name, stype, count in people:
            key = name_key(name)
            words = key.split()
            if len(words) > 1 and stype not in (SpeakerType.ORGANIZATION, SpeakerType.GROUP, SpeakerType.DESCRIPTION):
                target = self.curated.get(key) or speaker_id(name)
                self.by_word[words[0]].add(target)  # "Kim" of Kim Jong Un, surname first
                self.by_word[words[-1]].add(target)  # "Putin" of Vladimir Putin
                self.quotes[target] += count
                if len(words) == 2:
                    self.two_words[key] = target

    def speaker_id(self, name: str | None, mention: str | None = None, mention_kind: str | None = None,
                   stype: str | None = None) -> str | None:
        """The canonical speaker id of a quote: its in-article ``name``, its ``mention`` as written and
        the mention's kind, and its in-article type."""
        if mention and mention_kind == MentionKind.DESCRIPTION and name_key(mention) in self.curated:
            return self.curated[name_key(mention)]  # "the Kremlin leader", declared
        if not name:
            return None
        key = name_key(name)
        if key in self.curated:
            return self.curated[key]
        words = key.split()
        if not indexed(name, stype):
            return None
        if stype in (SpeakerType.ORGANIZATION, SpeakerType.GROUP, SpeakerType.DESCRIPTION):
            return speaker_id(name)
        if len(words) == 1:
            linked = self.by_word.get(key, set())
            if len(linked) == 1:
                return next(iter(linked))
            # A surname the article never gave in full: the person most quoted under it, where
            # one has three quotes in four of theirs ("Obama" is Barack Obama, not Michelle)
            total = sum(self.quotes[t] for t in linked)
            best = max(linked, key=lambda t: (self.quotes[t], t), default=None)
            if best and total and self.quotes[best] * 4 >= total * 3:
                return best
        if len(words) == 3 and f"{words[0]} {words[2]}" in self.two_words:
            return self.two_words[f"{words[0]} {words[2]}"]  # "Hillary Rodham Clinton"
        formal = f"{_NICKNAMES.get(words[0])} {words[-1]}" if len(words) == 2 else None
        if formal in self.two_words:
            return self.two_words[formal]  # "Joe Biden" is Joseph R. Biden Jr.
        return speaker_id(name)


@dataclass
class _Known:
    """A speaker already resolved in this article."""

    position: int
    name: str
    type: str
    gender: str | None
    roles: set[str] = field(default_factory=set)


_POSITION = attrgetter("position")

# Salience of a mention of a person, with the weights of Lappin and Leass's pronoun resolution:
# being mentioned at all, being the subject (of the sentence or of a speech cue) or else an
# object, being a head rather than a possessive, standing outside a prepositional phrase; and
# being the speaker of a quote. It fades by _DECAY with each sentence back.
_RECENCY, _SUBJECT, _OBJECT, _HEAD, _NON_ADVERBIAL, _SPEAKER = 100.0, 80.0, 50.0, 80.0, 50.0, 80.0
_MISSPELT_LENGTH = 6  # surnames this long or longer are matched across a one-letter misspelling
_EPITHET_SENTENCES = 2  # how soon after a person's introduction an epithet ("Obama's former strategist") may follow
_INTRODUCED = 50.0  # a person's first mention: news introduces people just before quoting them
_DECAY = 0.3  # salience kept from one sentence to the next
_SALIENCE_SENTENCES = 8  # how far back a pronoun's antecedent is sought
# The share of salience kept by a person whose gender is unknown when a gendered pronoun is
# resolved; by one whose first name leans the pronoun's way; and by one whose name leans away.
_UNKNOWN_GENDER_FIT, _LEANING_FIT, _LEANING_AWAY_FIT = 0.8, 0.9, 0.4
# A sentence opening with someone unnamed: "My mother", "But his wife", "The woman".
# Not "His father" or "Her sister": the one they belong to agrees with the pronoun too.
_UNNAMED_OPENER = re.compile(r"(?:(?:But|And|So|Yet)\s+)?(?:[Mm]y|[Tt]heir|[Oo]ur|[Tt]he|[Aa]n?)\s+"
                             r"(?:[a-z-]+\s+){0,2}?([a-z-]+)\b(?![’'])")
# A sentence whose subject is someone it does not name, after a scene-setting phrase if any (not
# "Her husband, a retired firefighter, said"), with what it says of their gender: "At the
# Weymouth boat ramp, one fisher, who declined to give his name, said …", "A parent
# wearing a hand-painted T-shirt said she …".
_UNNAMED_INTRODUCED = re.compile(
    r"\s*(?:(?:At|In|On|Outside|Inside|Near|Back|Among|After|During|Later)\b[^,.;:“”\"\n]{0,60},\s+)?"
    r"(?:(?:But|And|Yet|However,)\s+)?"  # "But a director of one of the largest importers, who …"
    r"(?P<who>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[A-Za-z-]+\s+){0,2}?(?P<head>[a-z-]+|[A-Z]{2,4}))"
    # then a comma, a clause or a verb; or a few words of where ("A neighbor two doors down, who")
    r"(?=,|\s+(?:who|wearing|at|from|in|on|of|for|with|outside|along|near|by|across|behind|beside|said|told|"
    r"wrote)\b"
    r"|\s+[a-z]+(?:ed|s|ing)\b|(?:\s+[a-z0-9-]+){1,3},\s+who\b)"
    r"(?:[^.!?“”\"\n]*?\b(?P<pronoun>he|his|him|she|her)\b)?")
# The rest of a description fronted before the pronoun it describes: " by training, he"
_FRONTED_APPOSITIVE = re.compile(r"[^,.;:“”\"\n]{0,60},\s+(?:he|she)\b")
# "her" or "him" as an object in a clause: "described her as", "told him,"
_OBJECT_HER = re.compile(r"\bher(?=\s+(?:as|to|for|of|in|on|at|with|and|that|about|from|over)\b|\s*[,.;:!?“”\"])")
_OBJECT_HIM = re.compile(r"\bhim\b")
_REPORTING_VERB = re.compile(r"\b(?:said|says|told|tells|added|recalled|explained|insisted)\b")
# After a description, the first name alone its person gave: "who would give only her first
# name, Nosipho,", ", a motor rider who gave his name only as Kwame,", "identified only as Tunde"
_GIVEN_NAME_ONLY = re.compile(
    r"(?:,?\s+(?:(?:a|an)\s+[^,.;:“”\"\n]{1,60}?\s+)?)?(?:who\s+(?:would\s+|only\s+)?(?:gave|give|gives|provided)\s+"
    r"(?:only\s+)?(?P<pronoun>his|her|their)\s+(?:first\s+)?name(?:\s+only)?(?:\s+as)?,?\s+"
    r"|(?:identified|named)\s+only\s+as\s+|(?<=\sonly)\s+as\s+)(?P<name>[A-Z][\w’'-]+)\b(?![ \t]+[A-Z])")
_INTRODUCING = frozenset(("a", "an", "another", "one"))  # words that bring in someone new
# A clause after a description saying the article will not name them
_ANONYMOUS_AFTER = re.compile(r",?\s+who\s+(?:[^.;:“”\"\n]{0,80},\s+and\s+who\s+)?(?:asked|did\s+not\s+(?:want|wish)"
                              r"|declined|spoke\s+on\s+condition)\b")  # "A nurse who has worked …, and who asked"
# A sentence opening on a contrast or a question put to someone, then "he" or "she": "Unlike Liu,
# she has not joined", "Asked whether Thornbury's amendment could pass, she said".
_CONTRAST_OPENER = re.compile(r"(?:^|(?<=[.!?] ))(?:Unlike|Like)\b[^,.;“”\"\n]{1,80},\s+([Hh]e|[Ss]he)\b(?![’'])", re.M)
_WORD_AFTER_CUE = re.compile(r"[\s,:]*(?:that\s+)?[“\"‘']?")  # where what a cue says would begin
# "Asked directly by … whether …, ": the clause before one who answers (he, she, "the 58-year-old")
_ASKED_CLAUSE = r"\s*(?:Asked|Pressed|Questioned|Quizzed)\b[^.;“”\"\n]{1,160}?,\s+"
_ASKED_BEFORE = re.compile(_ASKED_CLAUSE)
_HEAD_BEFORE_LINK = re.compile(r"\s+(?:of|for|at|from|with|in)\s+")  # "The chief executive| of Severnside Water"
_OPENING_WORDS = frozenset("the a an former then".split())
_OPENING_ADVERBS = LEADING_ADVERBIALS | SENTENCE_ADVERBS  # "However, a senior official, …": no name before
_OPENS_WITH_QUOTE = re.compile(r"\s*[“\"‘']")
_SUBJECT_PRONOUN_OPENING = re.compile(r"\s*(He|She)\b")
# A sentence opening with a role before its verb: "The prime minister, whose …", "The envoy urged …",
# after a scene-setting clause, if any ("Back in An Cheathrú Bheag, where …, the principal was").
_ROLE_OPENER = re.compile(
    r"\s*(?:[A-Z][^.;:“”\"\n]{0,160}?,\s+)?(?P<role>[Tt]he\s+(?:[A-Za-z-]+\s+){0,3}?(?P<head>[a-z-]+))\b"
    r"(?=,|\s+[a-z]+(?:ed|s)\b)")


def _opens(before: str) -> bool:
    """Whether only capitalised words (titles, names) and a few determiners stand before a
    mention in its sentence: the mention opens it, as its subject."""
    if before and not before[-1].isspace():
        return False
    words = before.lstrip(" \t\n“\"‘'(-—–0123456789.,:;!?").split()
    if words and words[0].lower() in _SUBORDINATORS:
        return False  # "While Obama had …, that has not been happening for Clinton": a clause's, not the sentence's
    return all(w[:1].isupper() or w in _OPENING_WORDS for w in words)


_INITIAL = re.compile(r"[A-Z]\.?")
_WORD_BEFORE = re.compile(r"([\w’'-]+)[ \t]+$")
_NEXT_WORD = re.compile(r"\s*(?:\w+ly\s+)?(\w+)")
# A phrase opening a sentence before its subject, to the comma: "Talking to The Daily Star after the hearing, "
_LEAD_PHRASE = re.compile(r"\s*([A-Z][a-z]+)\b[^,;:“”\"\n]{0,100},\s+(?:[A-Z][\w.’'-]*\s+){0,4}")
_RELATIVE_OPEN = re.compile(r",\s+(?:who|whose|whom)\s[^,;:“”]*$")  # a relative clause on someone, still open
_SUBORDINATORS = word_set("subordinators")
_NAME_PREPOSITIONS = "of|to|for|with|by|about|against|in|on|at|from"
_AFTER_PREPOSITION = re.compile(rf"\b(?:{_NAME_PREPOSITIONS})\s+$")
_AFTER_ANY_PREPOSITION = re.compile(rf"\b(?i:{_NAME_PREPOSITIONS})\s+$")  # also a sentence's "In March, a man"
_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Madam|Dr|Sir|Dame|Lady|Lord|Baroness)\.?\s+$")
_FIRST_PERSON = frozenset(("i", "we", "me", "us"))
_CLEAR_LEAD = 1.5  # how far ahead the most salient person must be for an opening "He" to count as theirs
_KIN_NOUNS = r"daughter|son|wife|husband|sister|brother|mother|father|mum|mom|dad|niece|nephew|granddaughter|grandson"
_KIN_GENDERS = {**dict.fromkeys("wife mother mum mom daughter sister aunt niece".split(), "female"),
                **dict.fromkeys("husband father dad son brother uncle nephew".split(), "male")}
_KIN_AGE_WORDS = frozenset("older younger elder eldest youngest oldest middle big little twin baby".split())
_KIN_AGE = rf"(?:(?:{'|'.join(sorted(_KIN_AGE_WORDS))})\s+)?"  # "his older sister"
# no surname follows the first name, capitalised or after its particle ("Karim al-Saadi", "Jan van Dijk")
_NO_SURNAME = rf"(?!\s+[A-Z]|\s+(?:{NAME_RUN_PARTICLE_PATTERN})[- ]+[A-Z])"
_LOWER = r"[^\W\d_A-Z]"  # a letter in lower case, accented or not: the rest of "Siobhán"
_KIN_NAMED = re.compile(
    rf"\b(?P<surname>[A-Z][\w’'-]+)[’']s\s+{_KIN_AGE}(?P<kin>{_KIN_NOUNS}),?\s+(?P<first>[A-Z]{_LOWER}+)\b{_NO_SURNAME}")
# "his wife Leanne", "her son Tom": a first name given with a kin of someone just named.
# "The daughter of one patient, who did not want to be named, told RTÉ News": kin of someone unnamed
_KIN_OF_UNNAMED_WORDS = (rf"[Tt]he\s+(?P<head>{_KIN_NOUNS})\s+of\s+(?:an?|one)\s+"
                         # "of one patient", "of one of the Benghazi victims"
                         r"(?:of\s+(?:the|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?[a-z-]+"
                         r"|(?:[a-z-]+\s+){0,2}?[a-z-]+)")
_UNNAMED_KIN_INTRODUCED = re.compile(
    rf"\s*(?P<who>{_KIN_OF_UNNAMED_WORDS})"
    r"(?=,|\s+(?:who|told|said|says)\b)(?:[^.!?“”\"\n]*?\b(?P<pronoun>he|his|him|she|her)\b)?")
_KIN_OF_UNNAMED = re.compile(_KIN_OF_UNNAMED_WORDS)  # a mention "The daughter of one patient"
_THEIR_KIN_NAMED = re.compile(  # "his wife Leanne", "His son, Liam, 24,"
    rf"\b(?:[Hh]is|[Hh]er)\s+{_KIN_AGE}(?P<kin>{_KIN_NOUNS}),?\s+(?P<first>[A-Z]{_LOWER}+)\b{_NO_SURNAME}")
_THEIR_KIN_WRITTEN = tuple(re.compile(rf"{pronoun}\s+{_KIN_AGE}(?:{_KIN_NOUNS}),?\s+[A-Z]")
                           for pronoun in ("his", "her", "His", "Her"))
# A first name given alone in commas after the kin of two or more: "Their father, Marc, watched"
_THEIR_KIN_APPOSED = re.compile(rf"\bTheir\s+{_KIN_AGE}(?:{_KIN_NOUNS}),\s+([A-Z]{_LOWER}+),")
# A sentence opening on a kin with no name after it: "His wife poured tea", not "His wife, Leanne,"
_KIN_OPENER = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(His|Her)\s+{_KIN_AGE}({_KIN_NOUNS})"
                         rf"(?:,\s+[a-z][^,.“”\"\n]{{0,60}},)?\s+(?=[a-z])",  # "His father, standing beside him, …"
                         re.MULTILINE)
# "Ebeling and " before "her husband, Tom"; "Maricel Santos, 38, a nurse from the Philippines, and "
# before "her husband Joel": the name, and any age or role in commas after it
_AND_BEFORE = re.compile(r"\b([A-Z][\w’'-]+)(?:,\s+(?:\d{1,3}|(?:a|an|the)\s[^,.;:“”\"\n]{1,60})){0,2},?\s+and\s+$")
_AND_THEIR_KIN = re.compile(rf"\band\s+(his|her)\s+{_KIN_AGE}(?:{_KIN_NOUNS})\b")  # "… and her husband"
_KIN_REACH = 1000  # characters before the kin within which the one whose kin they are was named
# What every kin name holds: most articles have none, and _KIN_NAMED, which tries every
# capitalised word, is read only in those that do. One pattern for each apostrophe, as one
# that opens with a literal is found by a fast string search.
_KIN_WRITTEN = tuple(re.compile(rf"{mark}s\s+{_KIN_AGE}(?:{_KIN_NOUNS}),?\s+[A-Z]") for mark in "’'")
# One pattern for each pronoun, which opens with a literal and so is found by a fast string search.
# No \b before it: _subject_pronouns keeps only one opening a sentence, after a space, line break
# or quotation mark.
# A role opening a sentence before its verb: "The Wexley manager was booked", "The minister has said".
_ROLE_SUBJECT = re.compile(r"\s*(?:The|the)[ \t]+((?:[\w’'.-]+[ \t]+){0,3}?[a-z][\w-]*)(?=[ \t]+[a-z])")
# "The German’s third win", "Pressed on …, the Scot was more forthcoming"
_DEMONYM_SUBJECT = re.compile(r"\s*(?:The|the)[ \t]+([A-Z][a-z]+)(?=(?:’s|'s)?[ \t]+[a-z])")
# "the 19-year-old lowered", "The 25-year-old, who has 14 caps, is"
_AGED_SUBJECT = re.compile(r"\s*(?:The|the)[ \t]+(\d{1,3})-year-old(?=[ \t]+[a-z]|,)")
_SUBJECT_PRONOUNS = tuple(re.compile(rf"{pronoun}\b(?![’']s)") for pronoun in ("He", "She"))
_GENDERED_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")
_EITHER_GENDER = re.compile(r"(?i)(?:he|his|him|she|her)\s*(?:or|/)\s*(?:he|his|him|she|her)\b")  # "his or her"
# A surname before these is a modifier, not a mention of the person ("the Clinton campaign").
_MODIFIER = re.compile(
    r"[’']?\s+(?:campaign|administration|camp|event|events|team|family|foundation|supporters|aides|allies|era|"
    r"presidency|voters|rally|rallies|years|plan|policies|doctrine|organization|associates)\b")
_APPOSITION_BEFORE = re.compile(r"([A-Z][\w’'-]+ [A-Z][\w’'-]+)(?:,| —| –| \()\s*(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w’'-]+$")
_ROLE_THEN_NAME = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+([a-z][\w-]*)\s+[A-Z][a-z]")
# What follows a person named by one name: "Dan (not his real name)", "Sarah, 19,".
_AGE_TAIL = re.compile(r",\s+(?:an?\s+)?\d{1,3}(?:,|-year-old[,\s])")
_ROLE_TAIL = re.compile(r",\s+an?\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b(?=[,\s])")  # ", a neighbour of the family"
_PSEUDONYM_TAIL = re.compile(r"\s+\((?:not\s+(?:his|her|their)\s+real\s+name|name\s+changed)\)")
_ONE_NAME_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)$")  # not "Leary" of "Pat O'Leary, 74,"
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?“\"]\s)\b[A-Z][\w’'.-]*\s+$")  # "Suu " before "Kyi", not a sentence's first
# A role given before the name it is of, in commas: "the Minister for Housing, " before Eoin Fitzmaurice.
_COURT_ROLE_AFTER = re.compile(r"(?:\s+(?:SC|BL|QC|KC))?,\s+(prosecuting|defending|mitigating),")
_COUNSEL_AFTER = re.compile(r"\s+(?:SC|BL|QC|KC)\b")  # "Brian Ó Dálaigh SC": a barrister, "counsel"
_COURT_ROLES = {"prosecuting": "prosecutor", "defending": "defence barrister", "mitigating": "defence barrister"}
# The lower-case words a title may open on, ending where the title begins: ", former "
_LOWER_QUALIFIERS = re.compile(r", (?:[a-z][\w-]*\s+)*$")
_AND_SPLIT = re.compile(r"\s+and\s+")
_QUOTE_OPENING_SENTENCE = re.compile(r"\s*[“\"][^“”\"\n]+[,?!—–-][”\"]\s*")  # "“I made a dumb call,” "
# "the party’s chairman, " Ama Boateng; "Cordero’s agent, " Howard Steen: a role in apposition before a name
_ROLE_IN_APPOSITION = re.compile(
    r"\b(?:(?:[Tt]he|[Aa]n?)\s+|(?=[A-Z][\w-]*[’']s\s))((?:[\w’'-]+\s+){0,5}?[\w’'-]+),\s+$")
# What heads a role's "the" in apposition, so that the role is another's: "a spokesman for the minister, X"
_HEADED_BEFORE = re.compile(r"\b(?:of|for|to|with|by|from|at|assisting|representing|advising|acting)\s+$")


def _headed_before(text: str, at: int) -> bool:
    """Whether a role given in apposition from ``at`` (its "the" or "a") is the object of the
    words before it ("Counsel assisting the coroner, Tom Kearsley,"), and so another's role."""
    return _HEADED_BEFORE.search(text, max(0, at - 30), at) is not None
# A party tag after a name: ", R-Lubbock,", " (D-Houston)".
_PARTY_TAG_AFTER = re.compile(
    r"(?:, | \()(?P<party>[RDI])-(?P<place>(?:[A-Z]\.)+[A-Z]|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:\.?[,)]|\.(?=\s|$))")
# ", a Democrat from Reading": a party's member by the place they are of
_PARTY_FROM_AFTER = re.compile(
    r",\s+an?\s+(?:[a-z]+\s+)?(?P<party>[A-Z][a-z]+)\s+from\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")
# "Democratic Sen. Lorraine Oyelaran of Illinois": the state a titled member is of
_OF_PLACE_AFTER = re.compile(r"\s+of\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")
# "(R-Tex.)": the state in full, so that the article's "the Texas Republican" is the one so tagged
_STATE_ABBREVIATIONS = dict(line.split(maxsplit=1) for line in word_list("state_abbreviations"))
_ABBREVIATIONS = word_set("abbreviations")  # "Co.", "Inc.": a dot that ends no name
_PARTIES = {"R": "Republican", "D": "Democrat", "I": "independent"}
_RUNNING_ROLES = word_set("running_roles")
_PLACE_NAMES = frozenset({p.lower() for p in STATES_AND_COUNTRIES} | {p.lower() for p in _STATE_ABBREVIATIONS.values()})
# A character and the actor who plays them: "Stacey Doyle, played by Kelly-Ann Dwyer", "… who plays Stacey Doyle"
_PLAYED_BY = re.compile(r"([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)+),?[ \t]+(?:played|portrayed)[ \t]+by\b"
                        r"|\bwho[ \t]+(?:has[ \t]+)?(?:plays|played|portrays|portrayed)[ \t]+"
                        r"(?:(?:[a-z][\w-]*|[A-Z][\w-]*[’']s|[A-Z][a-z]{1,3}\.)[ \t]+){0,4}"
                        r"([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)+)")  # "who has played troubled hairdresser Nadia Holt",
# "who plays Lena's partner Det. Owen Marsh"
_PLAYED_WRITTEN = (" played by ", " portrayed by ", "who plays ", "who played ", "who has played ", "who portray")
_ROLE_IN_MAN = re.compile(r"(?:chair|spokes|council|congress|assembly|alder|business)man\b", re.IGNORECASE)
_NAMED_AGE = re.compile(r"\b([A-Z][\w’'-]+), (\d{1,3}),")  # "Ashworth, 29,"
_TITLED_AS = {"judge": ("justice",)}  # "a Hong Kong judge" is the "Justice Yip Wai-man" named below
_COMMENTATORS = frozenset(("analyst", "economist", "strategist"))  # who comment on a company from another
_WORKPLACE_BEFORE = re.compile(r"\b([a-z]+)[ \t]+(?:at|with)[ \t]+$")  # "an analyst at " before a body
_BORN_AS = re.compile(r"(?m)^([A-Z][\w’'-]+(?:[ \t][A-Z][\w.’'-]*)*[ \t][A-Z][\w’'-]+)[ \t]+was[ \t]+born\b")
_PLACE_OWNER_BEFORE = re.compile(r"\b[Tt]he[ \t]+(county|city|state|borough|province)[’']s[ \t]+$")  # "The county's"
_ANSWER_LABEL = re.compile(r"([A-Z][\w’'.-]+(?:[ \t][A-Z][\w’'.-]+){0,2}):[ \t]")  # "Hollis: " opening an answer
_QA_LABELS = frozenset(("Q", "A", "Question", "Answer", "QUESTION", "ANSWER"))
_AGE_APPOSED = re.compile(r",\s+(?:an?\s+|[A-Z][\w-]*[’']s\s+)$")  # "…, a " or "…, Pieter’s " before an age
_AGED_NAME = re.compile(r"\b(\d{1,3})-year-old ([A-Z][\w’'-]+ [A-Z][\w’'-]+)\b")  # "11-year-old Isla Munro"
# A company the lede calls one: "software maker Tessellate", "Tessellate, the Bellevue-based maker of".
# "chipmaker Veltrion Systems", "automaker Stellantis": a maker of things written as one word
_COMPANY_NOUN = (r"(?:(?:chip|car|auto|drug|steel|plane|jet|toy|phone|truck|tyre|tire|vaccine|engine)?maker"
                 r"|company|firm|giant|retailer|start-?up|chain|carrier|developer|provider|utility"
                 r"|promoter|streamer|distributor|broadcaster|insurer|lender|supplier)")
_COMPANY_CALLED = re.compile(
    rf"\b{_COMPANY_NOUN}[ \t]+(?P<name>[A-Z][\w&’'-]*(?:[ \t]+[A-Z][\w&’'-]*){{0,3}})(?![\w’'-])"
    rf"|(?P<name2>[A-Z][\w&’'-]*(?:[ \t]+[A-Z][\w&’'-]*){{0,3}}),[ \t]+(?:the|a|an)[ \t][^,.]{{0,60}}?"
    rf"\b{_COMPANY_NOUN}\b")
_POSSESSIVE_END = re.compile(r"[’']s$")
_COMPANY_NOUN_WORD = re.compile(_COMPANY_NOUN)
# A name of more than one word the company noun of its apposition follows: "SkyMed Air Rescue", a … company
_CALLED_FROM = re.compile(rf"[A-Z][\w&’'-]*(?:[ \t]+[A-Z][\w&’'-]*){{1,3}}"
                          rf"(?=,[ \t]+(?:the|a|an)[ \t][^,.]{{0,60}}?\b{_COMPANY_NOUN}\b)")
_HEADLINE_OPENING = re.compile(rf"(?:(?i:{_COMPANY_NOUN})\s+)?([A-Z][\w&’'.-]*)")  # "Carmaker Vantorra", "Emberly"
_LEAD_CAPITALS = frozenset("The A An In On At For".split())  # a sentence's first word, no company's
_BASED = r"[A-Z][\w.-]*-based"  # "Vaughan-based"
_OF_BUSINESS = ("-based", "-listed", "-headquartered")  # "Austin-based", "Mainboard-listed": where, not who
_BASED_IN = re.compile(rf"^{_BASED}\s+(?=[A-Z])")  # before a name
# "The UN’s " or "Vaughan-based " before a body's name
_TITLE_CASE_LINK = re.compile(r"\s(?:Of|On|For|To|In|At)\s")  # a headline's capitals, as no body's name is written
_QUANTIFIER_OPENING = re.compile(r"[ \t“\"]*(?:Many|Some|Several|Others|Most)\s+(?!of\b)[a-z]")  # "Many took to …"
_PLURAL_WORD = re.compile(r"\b([a-z]+s)\b")
_DOTTED_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Rev)\.[ \t]+$")
# A sentence's subject by name: "Pennine Link has …", "The American Red Cross of Massachusetts said
# …", "Tri-County Gas, which operates the line, …" (a comma after it opens an apposition).
# An appositive running on to its closing comma: "The … Guild, a trade group representing small producers, said".
_APPOSITION_RUNS_ON = re.compile(r"[ \t][^.,;:!?“”\"\n]{1,80},")
_APPOSITION_ENDS_SENTENCE = re.compile(r"[ \t][^.,;:!?“”\"\n]{1,80}\.(?=\s)")  # "…, an analyst at Zuidas Securities."
_NAMED_SUBJECT = re.compile(r"[ \t“\"]*(?:The[ \t]+)?([A-Z][\w’'&-]+(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?[A-Z][\w’'&-]+)"
                            r"{1,5})(?:,|[ \t]+([a-z]+)\b)")
_SHARES_OF = re.compile(r"^(?:Shares|Stock|Stocks)[ \t]+of[ \t]+(?=[A-Z])")
_PAIRED_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}"  # a first name and a surname, after a plural title
# Between an owner's name and what it owns; never after people in general, whose possessive is
# part of a body's name ("People’s National Party", "Children’s Hospital", "Women’s Aid")
_PEOPLE_OWNERS = ("People", "Children", "Women", "Men")
_PEOPLE_OWNER = rf"(?:{'|'.join(_PEOPLE_OWNERS)})[’']s"
_OWNED_SPLIT = re.compile(r"(?<=[’']s)"
                          + "".join(rf"(?<!\b{owner}{mark}s)" for owner in _PEOPLE_OWNERS for mark in "’'")
                          + r"\s+(?=[A-Z])")
_DESCRIBED_BODY_OPENING = re.compile(r"[ \t“\"]*The\s+([a-z]+)\b")  # "The committee has recommended …"
_OWNER_BEFORE = re.compile(rf"^(?:The\s+)?(?:(?!{_PEOPLE_OWNER}\s)\S+[’']s|{_BASED})\s+(?=[A-Z])")
# A paragraph of the lede opening on a title, not a name: "The First Minister has refused …".
_ROLE_LEDE = re.compile(  # "The First Minister has …", "Tasmania’s Premier has …"
    r"(?m)^(?:The|[A-Z][\w-]*[’']s) ((?:[A-Z][\w’'-]*[ \t]+){0,3}[A-Z][\w’'-]*)[ \t]+"
    r"(?:has|have|is|was|will|says|said)\b")
# A paragraph opening on "The" and a noun, with words before it ("The chart-topping singer, 29, and")
_EPITHET_OPENER = re.compile(
    r"(?m)^The[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?([a-z]+)\b(?=,|[ \t]+(?:and|has|had|is|was|who)\b)")
_ROLE_LEDE_REACH = 600  # characters from the top within which the lede stands
# A paragraph opening on a role, its qualifiers if any, and a verb in the past: "The judge imposed …",
# "The presiding judge adjourned …"
_ROLE_PARAGRAPH_OPENER = re.compile(r"The[ \t]+((?:[a-z]+[ \t]+){0,2}?)([a-z]+)[ \t]+(?=[a-z]+ed\b)")
_TITLE_AFTER_COMMA = re.compile(r", ([A-Z][A-Za-z]+)\.? $")
_APPOSITIVE_OPENING = re.compile(r",\s+(?:a|an|the|its)\s+")  # ", its chief technology officer,": the body named before
_GIVEN_OPENING = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] ))[A-Z][^\W\d_]+$")  # a sentence's "Eoin|, the captain,"
_NAME_ENDING = re.compile(r"(?<![\w’'.-])[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}$")
# ", an analyst at …", ", her husband of 30 years": a role or a kin after a name
_ROLE_AFTER = re.compile(r",\s+(?:a|an|the|his|her|their)\s+((?:[\w-]+\s+){0,3}[\w-]+)")
# the role ends the appositive, or a clause or place follows it: "an emergency physician who has worked …"
_APPOSITIVE_ROLE = re.compile(r"((?:[\w-]+\s+){0,4}?[a-z][\w-]+(?:\s+and\s+(?:[\w-]+\s+){0,4}?[a-z][\w-]+)?)"
                              r"(?=[,.;]|\s+(?:who|whose|at|in|with|from)\s)")
_SERVED_AS = re.compile(r",\s+who\s+(?:[\w’'-]+\s+){0,6}?as\s+(?:an?|the)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b")
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")
_AGE_AFTER = re.compile(r",\s*\d{1,3},|\s+\(\d{1,3}\)")  # ", 44," or, as South Asian papers write it, " (44)"
# "law firm Cole Amesbury, which …": a body's noun in lower case just before a name in apposition;
# not a noun a person may be ("rice retailer Lorna Bautista"), nor "the firm Jane Smith founded"
_NOT_PERSON_BODY_NOUNS = ORG_ROLE_NOUNS - PERSON_NOUNS - ROLE_NOUNS - {
    "operator", "carrier", "retailer", "lender", "startup", "union", "party"}
_NOT_PERSON_BODY = "|".join(sorted(_NOT_PERSON_BODY_NOUNS))
_BODY_NOUN_BEFORE = re.compile(rf"\b(?:{_NOT_PERSON_BODY})[ \t]+$")
_APPOSITION_END = re.compile(r"[,.;:)]")
# "Rasa Mehfil, a narrow Keralan restaurant two streets from Westminster": a body, by what it is
_BODY_APPOSED_AFTER = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_NOT_PERSON_BODY})"
    r"(?=\s*[,.;:)]|\s+(?:in|on|at|near|off|by|with|that|which|where|two|three|a|an|the)\b)")  # no "school nurse"
# Titles written before a surname alone ("Mr. Clarke", "President Obama"), tried in this order.
_SURNAME_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "President", "Senator", "Sen", "Rep", "Gov", "Governor", "Mayor",
                   "Judge", "Justice", "Secretary", "Minister", "Chancellor", "Prime Minister", "Pope", "Prof",
                   "Professor", "Gen", "General", "Lord", "Baroness", "Madam", "Sir", "Dame", "Sheikh", "Sheikha",
                   "Alhaji", "Datuk")
# Each title opens with its first letter and checks the word boundary behind it ("M(?<!\wM)r"
# is r"\bMr"): a pattern whose every branch opens with a letter lets the regex engine skip to
# those capitals instead of trying every position (a third of the time).
# Descriptions of two people: "the couple", "the pair", "the two ministers".
_PAIR_DESCRIPTION = re.compile(r"(?:[Tt]he|[Bb]oth)\s+(?:couple|pair|duo|two(?:\s+[a-z-]+)?)")
_SURNAME_SIBLINGS = re.compile(r"[Tt]he\s+([A-Z][\w’'-]+)\s+(?:brothers|sisters|siblings|twins)")  # "the Feld brothers"
_PAIR_SENTENCES = 8  # sentences read back for the two people a pair description stands for
# Between the names of a couple, one the other's spouse: " has split from her footballer husband "
_SPOUSE_BETWEEN = re.compile(r"[^.;:“”\"\n]{0,60}\b(?:her|his)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:husband|wife|partner|fianc[ée]e?|boyfriend|girlfriend),?\s+")
_WORD_BEFORE_AND = re.compile(r"\b[A-Z][^\W\d_]+$")
# Irish and Scots Gaelic surnames' particles: "Ó Loingsigh", "Mac Giolla Phádraig"
_GAELIC_PARTICLE = "Ó|Ní|Nic|Uí|Ua|Mhic|Mac|Giolla"
# "Avi and Dalia Ben-Ami", "Declan and Ciarán Costigan"; a surname with its particles: "Eoin and
# Ciarán Ó Loingsigh", "Ana and Luis de la Cruz"
_SHARED_SURNAME = re.compile(rf"\b([A-Z][^\W\d_]+) and ([A-Z][^\W\d_]+) "
                             rf"((?:(?:{_GAELIC_PARTICLE}|{NAME_RUN_PARTICLE_PATTERN})\s+)*[A-Z][\w’'-]+)\b")
# What may stand between two names joined as one pair: " and ", " and her French counterpart ",
# " and her husband, ".
_JOINED_BY_AND = re.compile(r",?\s+and\s+(?:(?:his|her|their)\s+)?(?:[\w-]+,?\s+){0,3}?")  # "… and her husband, "
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_NEXT_CAPITAL = re.compile(rf"[ \t]+[{_CAPITAL}]")  # a first name followed by its surname ("Brian Ó Dálaigh")
_PEERAGES = frozenset(("Lord", "Baroness"))
_PEERAGE_OF = re.compile(r" of [A-Z][a-z]+(?: [A-Z][a-z]+)?(?=[,.;:]| [a-z])")  # "of Ashby", "of Market Rasen"
_ABBREVIATED_TITLES = frozenset(("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Prof", "Gen"))
# Only an abbreviation takes a dot: "the Attorney General. During the hearings" names no General During
_TITLED_SURNAME = re.compile(
    "(" + "|".join(rf"{title[0]}(?<!\w{title[0]}){title[1:]}" + (r"\.?" if title in _ABBREVIATED_TITLES else "")
                   for title in _SURNAME_TITLES) + ")"
    r"\s+([A-Z](?:[\w-]|[’'](?!s\b))+)\b(?![’']s\s+[A-Z]|\s+[A-Z])")


# A capitalised word opening a paragraph, or after a dateline's dash, before a verb in lower case
_FIRST_NAME_OPENING = re.compile(r"(?m)(?:^|— )([A-Z][^\W\d_]+)[ \t]+(?=[a-z]+\b)")


def _one_names_given(text: str) -> Iterator[re.Match]:
    """The one-word names an age, a noun for a person ("Sajan, a neighbour of the family,") or
    "(not his real name)" follows; the tails are sought first, as they are rare and
    capitalised words are not."""
    tails = list(_AGE_TAIL.finditer(text))
    tails += [m for m in _ROLE_TAIL.finditer(text) if is_person_noun(m.group(1)) or m.group(1) in ROLE_NOUNS]
    if "real name" in text or "name changed" in text:
        tails += _PSEUDONYM_TAIL.finditer(text)
    for tail in tails:
        name = _ONE_NAME_BEFORE.search(text, max(0, tail.start() - 30), tail.start())
        if (name and not _AFTER_ANY_PREPOSITION.search(text, max(0, name.start() - 12), name.start())
                and not _CAPITALISED_BEFORE.search(text, max(0, name.start() - 30), name.start())
                and not text.endswith(("the ", "The "), 0, name.start())):
            # not "In Bamako, a 30-year-old man was killed", nor "Kyi" of "Suu Kyi, 70,", nor a title
            # ("the Onowu, an elder cousin of the monarch,")
            yield name
    if "Their " in text:
        yield from _THEIR_KIN_APPOSED.finditer(text)  # "Their father, Marc, watched from the stands"


_WORD_CHAR = re.compile(r"\w")
_WORD_CHAR_OR_HYPHEN = re.compile(r"[\w-]")


def _words_before(text: str, surname: str) -> Iterator[str]:
    r"""The words written as a first name before ``surname`` (which holds no space): group 1 of
    each match of ``\b([A-Z][a-z]+)\s+`` and the surname, not before ``[\w-]``, in ``text``,
    the matches never overlapping. Read back from each place the surname is written (a
    string search), not tried at every capital of the text with a pattern made for the surname."""
    end = 0  # where the last match ends
    at = text.find(surname)
    while at >= 0:
        after = at + len(surname)
        space = at
        while space and text[space - 1].isspace():
            space -= 1
        first = space
        while first and "a" <= text[first - 1] <= "z":
            first -= 1
        first -= 1  # the capital opening the word, if it is one
        if (space < at and end <= first < space - 1 and "A" <= text[first] <= "Z"
                and not (first and _WORD_CHAR.match(text, first - 1))  # a word's start
                and not _WORD_CHAR_OR_HYPHEN.match(text, after)):
            yield text[first:space]
            end = after
        at = text.find(surname, at + 1)


class _Salient(NamedTuple):
    """One mention of a person: where, who (their name key), the words it is weighed by (an
    honorific before the name to the name's end) and the weight added for speaking a quote."""

    position: int
    key: str
    span: tuple[int, int]
    bonus: float = 0.0


class ArticleSpeakers:
    """Resolves the mentions of one article, in reading order.

    Every person the article names (outside quotes) is an entity, with the name forms, titles
    and gender evidence the article gives; a pronoun goes to the most salient entity that
    agrees with it in gender, number and kind, a definite description ("the former mayor") to
    the entity introduced with that role, else the most salient person.
    """

    def __init__(self, text: str, quote_ranges: list[tuple[int, int]], sentences: list[tuple[int, int]] | None = None,
                 speakers: Iterable[str] = (), reported: Iterable[tuple[int, int]] = ()):
        self.text = text
        self._reported = Ranges(reported)
        # characters of a show or film ("Stacey Doyle, played by Kelly-Ann Dwyer"): no one who speaks,
        # nor anyone the story names ("who plays bad boy mechanic Jez Carter")
        self._characters = {name_key(m.group(1) or m.group(2)) for m in _PLAYED_BY.finditer(text)} if any(
            written in text for written in _PLAYED_WRITTEN) else set()
        self.full_names = [named for named in _pairs_split(_full_names(text, quote_ranges))
                           if name_key(named[1]) not in self._characters]
        self._titles: dict[str, set[str]] | None = None
        self._party_names: dict[str, set[str]] | None = None  # "Donald Trump" → {"republican"} (_parties_of)
        self._ages: dict[str, set[str]] | None = None
        self._full_words = [(pos, name, name_key(name).split()) for pos, name, _ in self.full_names]
        self._written_in_full = {" ".join(words): name for _, name, words in self._full_words}  # by key
        # names written as Hong Kong writes them, an English name, surname and Chinese given name
        self._chinese_given = [(pos, name) for pos, name, _ in self.full_names if _CHINESE_GIVEN.search(name)]
        # first or last word → indices in _full_words
        self._full_by_outer_word: dict[str, list[int]] = defaultdict(list)
        for i, (_, _, words) in enumerate(self._full_words):
            self._full_by_outer_word[words[-1]].append(i)
            if words[0] != words[-1]:
                self._full_by_outer_word[words[0]].append(i)
        self._sentence_starts = [s for s, _ in sentences] if sentences else [0]
        # People introduced with a title ("Russian President Vladimir Putin") are antecedents
        # for pronouns and descriptions even before they speak.
        self.history: list[_Known] = [
            _Known(pos, name, SpeakerType.PERSON, None, {title}) for pos, name, title in self.full_names if title
        ]
        for pos, name, title in self.full_names:
            # every title the article gives a name, not only the first: the headline's "Former
            # breakfast TV star Karen Ashby", then the lede's "presenter Karen Ashby" ("the presenter")
            for at in _word_starts(text, name) if title else ():
                again = _title_before(text, at, ()) if at > pos else None
                if again and again != title:
                    self.history.append(_Known(at, name, SpeakerType.PERSON, None, {again}))
        self.history.sort(key=_POSITION)
        # By name key: the earliest mention, every role given, the first gender given.
        self._first: dict[str, _Known] = {}  # each name key's earliest mention
        self._roles_by_key: dict[str, set[str]] = defaultdict(set)
        self._gender_by_name: set[str] = set()  # those whose gender only their given name says
        self._pronoun_genders: dict[str, str] = {}  # the gender of a he or she resolved to each person
        self._first_gender: dict[str, tuple[int, str]] = {}  # the gender of the first mention that had one
        self._names: dict[str, str] = {}  # name key → the name as resolved
        for known in self.history:
            self._first.setdefault(name_key(known.name), known)
            self._roles_by_key[name_key(known.name)] |= known.roles
        self._salient: list[_Salient] = []
        self._born_as = self._birth_names()  # a birth name's key → the key of the one the story is about
        self._described_keys: set[str] = set()  # people known by a description ("a spokesperson for X")
        self._body_keys: set[str] = set()  # names that spoke as bodies ("Hyndburn Aggregates said"): no "she"
        self._described_at: list[_Known] = []  # where each spoke, in reading order
        self._spoke: list[_Known] = []  # every speaker resolved, in the order they were
        self._nationalities: dict[str, str] = {}  # the country a demonym gave each person ("the Londoner")
        self._womens_titles: dict[str, set[str]] = defaultdict(set)  # "mrs" of one named "Mrs Shaw" when she spoke
        self._chained = False  # whether the opening He and She have been weighed (_subject_pronouns)
        self._weights: dict[tuple[int, int], float] = {}  # each mention's weight, once a pronoun looked back at it
        self._article_gender: dict[str, str] = {}
        self._quoted = Ranges(quote_ranges)
        self._runs: list[list[str]] | None = None
        self._and_runs: list[list[str]] = []  # the runs holding "and", uncut, read with _runs (_body_runs)
        self._company_words: set[str] | None = None  # first words of companies' names (_company_first_words)
        self._called: dict[str, bool] = {}  # whether the article calls a name a company (_called_company)
        self._company_openers: set[str] | None = None  # the words that open them (_opens_company)
        self._bench_judges: list[tuple[int, str]] | None = None  # (_benched)
        self._opening: tuple[str | None] | None = None  # the body the story opens on (_headline_subject)
        # the last document that spoke ("…,” the report says"), with whom it was resolved to
        self._last_document: tuple[int, str | None, str] | None = None
        self._addressee: str | None = None  # the first name the quote being resolved opens by calling
        self._quoting: str | None = None  # who speaks the quotation the mention being resolved is written in
        self._nicknames: dict[str, str] | None = None  # a nickname → the full name it is of (_nicknamed)
        self._introductions: dict[tuple[str, int], tuple[int, str] | None] = {}  # _unnamed_introduction's
        self._kin_intros: list[tuple[int, str, str, str]] | None = None  # _kin_introductions, when asked
        self._owned_speakers: dict[str, str] = {}  # "rep" → "Kayla Marsh’s rep", who spoke as "Her rep"
        self._titled_words: set[str] = set()  # the surnames written after a title (_scan_people)
        self._inner_named: set[str] = set()  # the full names known by a surname inside them (_scan_people)
        self._lede_holder: tuple[int, str] | None = None  # where a lede opens on a title, and who holds it
        self._holders: dict[str, str] | None = None  # a role's initials → the one holding it (_acronym_holders)
        self._scan_people(self._quoted, {name_key(n) for n in speakers})
        self._appositive_roles()
        self._lede_role()
        self._epithet_openers()
        self._kin_openers()
        self._role_openers()

    # -- the article's people -------------------------------------------------------------

    def _lede_role(self) -> None:
        """The role a lede opens on, given to the person the next paragraph opens on: "The First
        Minister has refused to rule out water charges … ⏎ Bronagh McAleer told MLAs …", so that
        "the First Minister said" later is her."""
        lede = _ROLE_LEDE.search(self.text, 0, _ROLE_LEDE_REACH)
        if not lede or lede.group(1).split()[-1].lower() not in ROLE_NOUNS:
            return
        after = self.text.find("\n", lede.end())
        while 0 <= after < len(self.text) and self.text[after].isspace():
            after += 1
        end = self.text.find("\n", after)
        paragraph_end = end if end > 0 else len(self.text)
        sentence_end = self._sentence_starts[min(self._sentence_of(after) + 1, len(self._sentence_starts) - 1)]
        if sentence_end <= after:  # its last sentence: the next does not start after it
            sentence_end = end
        # the one it opens on, or the one speaking first in its first sentence ("During a heated
        # Question Time on Tuesday, Catherine Hollis said …")
        named = next((name for pos, name, _ in self.full_names if pos == after or (
            after < pos < min(sentence_end, paragraph_end) and self._speaks_at(pos, pos + len(name)))), None)
        if named is None or name_key(named) not in self._names:
            return
        self._roles_by_key[name_key(named)].add(lede.group(1))
        bisect.insort(self.history, _Known(after, named, SpeakerType.PERSON, None, {lede.group(1)}), key=_POSITION)
        self._lede_holder = (lede.start(), named)

    def _epithet_openers(self) -> None:
        """The noun a paragraph opens on for the person the paragraph before opens on:
        "POP star Kayla Bright has split from … ⏎ The chart-topping singer, 29, and …", so that
        "the singer said" later is her, not the football manager named since. Only a person noun
        no one named holds already."""
        for m in _EPITHET_OPENER.finditer(self.text):
            noun = m.group(1).lower()
            if self._quoted.covers(m.start()) or not is_person_noun(noun) or noun in NAME_TITLES:
                continue  # an epithet ("the singer"), not a title ("the senator"), which news writes with the name
            previous = max(0, self.text.rfind("\n\n", 0, m.start() - 2))
            i = bisect.bisect_left(self._salient, previous, key=_POSITION)
            if i >= len(self._salient) or self._salient[i].position >= m.start():
                continue
            opener = self._salient[i]
            if len(self.text[previous:opener.span[0]].split()) > 3 or opener.key not in self._names:
                continue  # the paragraph before opens on someone ("POP star Kayla Bright has split")
            if any(any(_role_fits([noun], r) for r in roles) for roles in self._roles_by_key.values()):
                continue
            self._roles_by_key[opener.key].add(noun)
            bisect.insort(self.history, _Known(m.start(1), self._names[opener.key], SpeakerType.PERSON, None, {noun}),
                          key=_POSITION)

    def _role_openers(self) -> None:
        """A paragraph opening on a role one person named holds ("The judge imposed a five-month
        sentence …"), as a mention of them, so that the "he said" after it is the judge's, not that
        of the man quoted just before."""
        for m in _ROLE_PARAGRAPH_OPENER.finditer(self.text) if "\nThe " in self.text else ():
            noun = m.group(2)
            if m.start() == 0 or self.text[m.start() - 1] != "\n" or m.group(1) or noun not in ROLE_NOUNS or (
                    self._quoted.covers(m.start())):
                continue  # (a role alone opening the paragraph, as in "The judge imposed …")
            holders = {key for key, roles in self._roles_by_key.items()
                       if key in self._names and any(_role_fits([noun], r) for r in roles)}
            if len(holders) == 1:
                bisect.insort(self._salient, _Salient(m.start(2), holders.pop(), (m.start(2), m.end(2))),
                              key=_POSITION)

    def _kin_openers(self) -> None:
        """A sentence opening on someone's kin unnamed there ("His wife poured tea …"), as a
        mention of the one the article names as that kin (Yuko, wife of Daisuke Mori), so that
        the "she said" after it is hers."""
        # the opener starts on a capital "His" or "Her": where neither is written, no pattern is tried
        for m in _KIN_OPENER.finditer(self.text) if "His" in self.text or "Her" in self.text else ():
            if self._quoted.covers(m.start()):
                continue
            pronoun, kin = m.group(1).lower(), m.group(2).lower()
            owner = self._most_salient(m.start(), "male" if pronoun == "his" else "female")
            name = self._kin_introduced(m.start(), pronoun, [kin]) or (
                self._kin_named(owner.name, [kin], loose=True) if owner else None)
            if name and name_key(name) in self._names:
                bisect.insort(self._salient, _Salient(m.start(1), name_key(name), (m.start(1), m.end(2))),
                              key=_POSITION)

    def _benched(self) -> list[tuple[int, str]]:
        """Where each judge a bench or panel is introduced with is named, and their name key
        ("a bench of justices Arvind Menon and Rekha Sharma")."""
        if self._bench_judges is None:
            self._bench_judges = [
                (bench.start(1), name_key(judge))
                for bench in (_BENCH_OF.finditer(self.text) if "bench" in self.text or "panel" in self.text else ())
                for judge in _BENCH_JUDGES_SPLIT.split(bench.group(1))]
        return self._bench_judges

    def _appositive_roles(self) -> None:
        """The role an appositive gives a person the article names ("Mark Cuban, a billionaire
        investor, backed …"), so that "the investor" later is them; and a bench's judges ("a
        bench of justices Arvind Menon and Rekha Sharma"), so that "the judge" is one of them."""
        for at, key in self._benched():
            if key in self._names:
                self._roles_by_key[key].add("justice")
                bisect.insort(self.history, _Known(at, self._names[key], SpeakerType.PERSON, None, {"justice"}),
                              key=_POSITION)
        for comma in _APPOSITIVE_OPENING.finditer(self.text):  # ", a", ", an", ", the": rarer than names
            named = (_NAME_ENDING.search(self.text, max(0, comma.start() - 80), comma.start())
                     or _GIVEN_OPENING.search(self.text, max(0, comma.start() - 30), comma.start()))
            role = _APPOSITIVE_ROLE.match(self.text, comma.end())
            if not named or not role:
                continue
            key = name_key(named.group())
            given = {k for k in self._names if " " in k and k.split()[0] == key} if " " not in key else set()
            if key not in self._names and len(given) == 1:
                key = given.pop()  # "Eoin, the captain," of Eoin Ó Loingsigh, as features write people
            # "a Labour peer and former shadow transport minister": each role the "and" joins
            roles = {part for part in _AND_SPLIT.split(role.group(1)) if part.split()[-1] in _PERSON_ROLES}
            if key not in self._names or self._quoted.covers(named.start()) or not roles:
                continue
            self._roles_by_key[key] |= roles
            bisect.insort(self.history, _Known(named.start(), self._names[key], SpeakerType.PERSON, None, roles),
                          key=_POSITION)
        for pos, name, title in self.full_names:  # "the Minister for Housing, Eoin Fitzmaurice, would …"
            key = name_key(name)
            served = _SERVED_AS.match(self.text, pos + len(name))
            words = served.group(1).split() if served and key in self._names else []
            head = next((k for k, w in enumerate(words) if w in _PERSON_ROLES), None)
            if head is not None:  # "Catherine Doyle, who spent 11 years as an inspector," is "the former inspector"
                served_as = " ".join(words[:head + 1])
                self._roles_by_key[key].add(served_as)
                bisect.insort(self.history, _Known(pos, name, SpeakerType.PERSON, None, {served_as}), key=_POSITION)
            held = _ROLE_HELD_AFTER.match(self.text, pos + len(name)) if key in self._names else None
            if held and held.group("role").split()[-1] in _PERSON_ROLES and not self._quoted.covers(pos):
                # "Monique Tillery has been Ridgeway County’s sheriff for 97 days" is "the sheriff"
                self._roles_by_key[key].add(held.group("role"))
                bisect.insort(self.history, _Known(pos, name, SpeakerType.PERSON, None, {held.group("role")}),
                              key=_POSITION)
            if key in self._names and _COUNSEL_AFTER.match(self.text, pos + len(name)) and not self._quoted.covers(pos):
                self._roles_by_key[key].add("counsel")
                bisect.insort(self.history, _Known(pos, name, SpeakerType.PERSON, None, {"counsel"}), key=_POSITION)
            court = _COURT_ROLE_AFTER.match(self.text, pos + len(name)) if key in self._names else None
            if court:  # "Mark Kenyon, prosecuting," is "the prosecutor", as British court reports write
                in_court = _COURT_ROLES[court.group(1)]
                self._roles_by_key[key].add(in_court)
                bisect.insort(self.history, _Known(pos, name, SpeakerType.PERSON, None, {in_court}), key=_POSITION)
            tag = _PARTY_TAG_AFTER.match(self.text, pos + len(name))
            if tag and key in self._names and not self._quoted.covers(pos):
                # "Sen. Dana Whitfield, R-Lubbock," is "the Lubbock Republican" after
                place = _STATE_ABBREVIATIONS.get(tag.group("place"), tag.group("place"))
                tagged = f"{place} {_PARTIES[tag.group('party')]}"
                self._roles_by_key[key].add(tagged)
                bisect.insort(self.history, _Known(pos, name, SpeakerType.PERSON, None, {tagged}), key=_POSITION)
            member_of = _OF_PLACE_AFTER.match(self.text, pos + len(name)) if key in self._names and title else None
            if member_of and title and member_of.group("place") in STATES_AND_COUNTRIES and _parties(title) and (
                    not self._quoted.covers(pos)):
                # "Democratic Sen. Lorraine Oyelaran of Illinois" is "the Illinois Democrat" after
                placed = f"{member_of.group('place')} {title}"
                self._roles_by_key[key].add(placed)
                bisect.insort(self.history, _Known(pos, name, SpeakerType.PERSON, None, {placed}), key=_POSITION)
            of_place = _PARTY_FROM_AFTER.match(self.text, pos + len(name)) if key in self._names else None
            if of_place and of_place.group("party").lower() in PARTY_MEMBERS and not self._quoted.covers(pos):
                # "Rep. Luis Carrasco, a Democrat from Reading," is "the Reading Democrat" after
                placed = f"{of_place.group('place')} {of_place.group('party')}"
                self._roles_by_key[key].add(placed)
                bisect.insort(self.history, _Known(pos, name, SpeakerType.PERSON, None, {placed}), key=_POSITION)
            titled = _TITLE_AFTER_COMMA.search(self.text, max(0, pos - 12), pos)
            at = titled.start() + 2 if titled and titled.group(1).lower() in HONORIFICS else pos  # ", SP Adebayo …"
            if title and not self.text.endswith(", ", 0, at):
                # "The outgoing chief selector, former Test wicketkeeper Muhammad Ilyas Sheikh,": the
                # role apposed before the title written with the name
                lead = _LOWER_QUALIFIERS.search(self.text, max(0, pos - len(title) - 30), pos - len(title) - 1)
                if self.text.startswith(title, pos - len(title) - 1) and lead:
                    at = lead.start() + 2
            role = _ROLE_IN_APPOSITION.search(self.text, max(0, at - 60), at) if self.text.endswith(
                ", ", 0, at) else None
            if role and _headed_before(self.text, role.start()) and not role.group().split()[0].endswith(("’s", "'s")):
                role = None  # "Counsel assisting the coroner, Tom Kearsley,": the counsel's, not the coroner's
            if role and key in self._names and not self._quoted.covers(pos) and (
                    _HYPHENED_WORD.findall(role.group(1).lower().split(" for ")[0].split(" of ")[0])[-1] in ROLE_NOUNS):
                self._roles_by_key[key].add(role.group(1))
                bisect.insort(self.history, _Known(pos, name, SpeakerType.PERSON, None, {role.group(1)}),
                              key=_POSITION)

    def _scan_people(self, skipped: Ranges, speakers: set[str]) -> None:
        """Every mention of a person outside quotes, with its salience and gender evidence.

        A person is a full name whose first word is a known first name or that came with a
        title, or a surname written after an honorific or title ("Mr. Clarke", "President
        Obama"), or a name the article quotes (``speakers``, name keys) or gives an age ("Nesma
        Hajjaj, 25,"); "Capitol Hill" and "Peabody Energy" are not people.
        """
        by_word: dict[str, list[tuple[int, str]]] = defaultdict(list)
        written: set[str] = set()  # each surname as the article writes it
        inner: list[tuple[int, str, str]] = []  # the names of three words or more
        unsure: list[tuple[int, str]] = []  # names that read as a person's by nothing but their form
        for pos, name, title in self.full_names:
            key = name_key(name)
            last = _surname(name)
            surname = name_key(last)  # "al hams" of Marwan Al-Hams
            role_after = self._role_follows(name, pos + len(name))  # "Julia Park, an analyst at …,"
            if any(w in ORG_WORDS or w.capitalize() in PARTY_WORDS for w in key.split()[1:]) or (
                    any(w in PLACE_WORDS for w in key.split()[1:]) and not (
                        title or key in speakers or surname in speakers or role_after
                        or _AGE_AFTER.match(self.text, pos + len(name)))):
                # "Marshall Islands", "Kent County Republican"; but "Julia Park, an analyst at Norcott
                # Securities," is someone, as a role, an age, a title or her speaking says
                continue
            if self._masthead_first_name(pos, name) or (
                    not title and _BODY_NOUN_BEFORE.search(self.text, max(0, pos - 20), pos)
                    and _APPOSITION_END.match(self.text, pos + len(name))) or (
                    not title and _BODY_APPOSED_AFTER.match(self.text, pos + len(name))):
                continue
            if not title and (f"the {name}" in self.text or f"The {name}" in self.text) and (
                    not is_first_name(name.split()[0]) or (
                    self._mostly_after_the(name) and not (role_after or _AGE_AFTER.match(self.text, pos + len(name))))):
                continue  # "a 3-2 win over the Okanagan Lakers", "The Hamilton Forge tied it": a team or a body,
                # no one is written so
            if not (title or is_first_name(name.split()[0]) or surname in speakers or key in speakers
                    or self._kin_before(pos, name) or self._quoted.covers(pos)  # set off in a quote (_full_names)
                    or self._person_noun_before(pos)
                    or _AGE_BEFORE.search(self.text, max(0, pos - 14), pos)
                    or _AGE_AFTER.match(self.text, pos + len(name)) or role_after):
                unsure.append((pos, name))
                continue
            self._names[key] = name
            by_word[surname].append((pos, key))
            written.add(last)
            family = _family_written_first(name)
            if family and name_key(family) != surname:  # "Fung said" of Fung Lai-sheung
                by_word[name_key(family)].append((pos, key))
                written.add(family)
            if title or key in speakers or role_after or any(w in speakers for w in key.split()[1:-1]):
                # a person by more than a first name: a title, a role, speech, by the full name or by
                # a name inside it ("Mercy Jerotich Kibet … ⏎ “…,” Jerotich said")
                inner.append((pos, key, name))
            # "president Mr Tawanda Ncube": the courtesy title just before the name, else the role's noun
            # the title's own nouns, not an owner's: "Court of King’s Bench Justice Elaine Marchuk"
            owned = " ".join(w for w in title.split() if not w.endswith(("’s", "'s"))) if title else ""
            last = title.split()[-1] if title else ""
            initials = last.isupper() and len(last) > 1 and not name.isupper()  # "Conservative MS Mark Pugh": no "Ms"
            said = ((None if initials else _gender(last)) or _noun_gender(owned)) if title else None
            if said and not (said == "male" and _ROLE_IN_MAN.search(title or "")
                             and first_name_gender(name) == "female"):
                # "BWSSB chairman Dr Anjali Deshmukh": a chairman may be a woman, as her name says
                self._note_gender(key, said)
        for pos, name in unsure:
            # "Dnyaneshwar Jadhav remembers …", whose brother the article gives as "his younger brother,
            # Santosh Jadhav": a person sharing the surname of someone it names is one of the family
            last = _surname(name)
            verb = _VERB_AFTER_NAME.match(self.text, pos + len(name))
            kinned = _KIN_BEFORE_NAME.search(self.text, max(0, pos - 40), pos)  # "Her son, Andile Ngcobo, who"
            # "Jadhav remembers", not "opened Popty Pugh in"
            if (name_key(last) in by_word and len(name.split()) == 2 and name_key(name) not in self._names
                    and (kinned or verb and verb.group(1) not in STOP_WORDS)):
                self._names[name_key(name)] = name
                by_word[name_key(last)].append((pos, name_key(name)))
            elif (len(name.split()) > 2 and name_key(name) not in self._names and verb
                  and verb.group(1) not in STOP_WORDS and self._opens_sentence_with(pos)
                  and (gender := self._she_after(pos + len(name)))):
                # "Aung San Suu Kyi visited the White House …, six years after she was released": the
                # subject a "he" or "she" of its own sentence goes on with, whatever the first-name
                # lists know, and of its gender
                self._names[name_key(name)] = name
                by_word[name_key(last)].append((pos, name_key(name)))
                written.add(last)
                self._note_gender(name_key(name), gender)
        for pos, key, name in inner:  # "Ferrari" of Gustavo Ferrari Etchegaray, once every surname is known
            for word in name.split()[1:-1]:
                if (_inner_surname(name_key(word), key.split()) and name_key(word) not in by_word
                        and self._plain_name(name)):
                    self._inner_named.add(key)
                    by_word[name_key(word)].append((pos, key))
                    written.add(word)
        # "Melanie said", "Dan (not his real name), a 19-year-old student,": a person the article
        # knows by one name
        aged = {name_key(m.group(1)) for m in _one_names_given(self.text)}
        if " as " in self.text:  # "a young man who gave his name only as Brian": Brian, as far as it names him
            aged |= {name_key(m.group("name")) for m in _NAME_GIVEN_ONLY.finditer(self.text)}
        opened = self._first_names_opening()  # "Josué checks his phone before dawn": him, by one name
        for name in speakers | aged | set(opened):
            # a first name, or a name an age follows ("Yohanis, 60,", "Nurhayati, a 42-year-old mother")
            if (" " not in name and name not in by_word
                    and (first_name_gender(f"{name.capitalize()} X") or (name in aged and not _common_word(name)))
                    and name.capitalize() not in STATES_AND_COUNTRIES and name not in GROUP_NOUNS
                    and not self._opens_company(name)):  # "Aurelia claims" of Aurelia Labs: no woman
                given = {key for key in self._names if key.split()[0] == name}
                # "Linda said" where the article named Linda Nolan: her, by her first name
                key = given.pop() if len(given) == 1 else name
                as_written, gender = opened.get(name, (name.capitalize(), None))  # "Josué", not "Josue"
                self._names.setdefault(key, as_written)
                by_word[name].append((0, key))
                written.add(as_written)
                if gender:
                    self._note_gender(key, gender)
        for m in _AND_THEIR_KIN.finditer(self.text):
            # "Maricel Santos, 38, a nurse, and her husband Joel": a woman, whatever a list of first
            # names says, and so "Ms Santos"
            joined = _AND_BEFORE.search(self.text, max(0, m.start() - 140), m.start(1))
            spouse = max(((at, name) for at, name, _ in self.full_names
                          if joined and joined.start() - 60 < at < joined.end() and _surname(name) == joined.group(1)),
                         default=None)
            if spouse and name_key(spouse[1]) in self._names:
                self._note_gender(name_key(spouse[1]), "female" if m.group(1) == "her" else "male")
        titled = list(_TITLED_SURNAME.finditer(self.text))
        self._titled_words = {m.group(2) for m in titled}  # "Koh" of "Mr Koh": a surname (_name_gender)
        for m in titled:
            key = name_key(m.group(2))
            if not key or skipped.covers(m.start(2)) or key in GROUP_NOUNS or key in ORG_WORDS:
                continue  # "Justice Department" is no Justice called Department
            if key in by_word:
                # "Mr. Obama" where the article names only Michelle Obama in full: someone else,
                # known by title and surname
                gender = _gender(m.group(1))
                if not gender or key in self._names or any(
                        self._article_gender.get(k, self._name_gender(self._names[k])) in (None, gender)
                        for _, k in by_word[key]):
                    continue
                self._note_gender(key, gender)
            else:
                family_first = [k for k in self._names if len(k.split()) > 1 and k.split()[0] == key]
                if len(family_first) == 1:  # "Mr. Ban" of Ban Ki-moon: a family name written first
                    by_word[key].append((m.start(2), family_first[0]))
                    written.add(m.group(2))
                    continue
            self._names[key] = m.group(2)
            if m.group(1) in _PEERAGES:  # "Lord Pennington of Ashby": a peer is named by title
                of = _PEERAGE_OF.match(self.text, m.end())
                self._names[key] = f"{m.group(1)} {m.group(2)}{of.group() if of else ''}"
            by_word[key].append((m.start(2), key))
            written.add(m.group(2))
        given_names = self._given_names(by_word, written)
        if not written:
            return
        introduced: set[str] = set()
        candidates = {word: by_word[name_key(word)] for word in written}  # the people each surname may name
        for at, word in sorted((at, w) for w in written for at in _word_starts(self.text, w)):
            if skipped.covers(at) or (word in given_names and _NEXT_CAPITAL.match(self.text, at + len(word))):
                continue  # "Maya Desrosiers" is weighed by her surname
            if _DOUBLE_BARRELLED.match(self.text, at + len(word)) or _DOUBLE_BARRELLED_END.match(self.text, at - 1):
                continue  # "Haskins" of "Linda Haskins-Pruitt" is no mention of Dorothy Haskins
            honorific_at = _HONORIFIC_BEFORE.search(self.text, max(0, at - 6), at)
            gender = _gender(honorific_at.group(1)) if honorific_at else None
            person = self._person_at(at, candidates[word], gender, word)
            if person is None:
                continue
            full = self._names[person]
            begin = at + len(word) - len(full)
            in_full = " " in full and begin >= 0 and self.text.startswith(full, begin)
            if gender is None and in_full:
                # "Deputy Governor Ms. Chandani Jayawardena": the honorific before the name in full
                honorific_full = _HONORIFIC_BEFORE.search(self.text, max(0, begin - 6), begin)
                gender = _gender(honorific_full.group(1)) if honorific_full else None
            if gender:
                self._note_gender(person, gender)
            end = at + len(word)
            if (not _MODIFIER.match(self.text, end) and not self._titles_another(end)
                    and not self._possessive_apposed(end)):
                bonus = 0.0
                if person not in introduced:  # news introduces a person in full just before quoting them
                    introduced.add(person)
                    # but not one brought in as another's kin: "Ray Dominguez played for his own father,
                    # Ernesto Dominguez, who …. He said" goes on with Ray
                    as_kin = _KIN_APPOSED_BEFORE.search(self.text, max(0, begin - 30), begin) if in_full else None
                    bonus = 0.0 if as_kin and not self._is_subject(begin, end) else _INTRODUCED
                # weighed as the whole name written: "Ray Dominguez played for his father, Ernesto
                # Dominguez, who …" opens its sentence on Ray, its subject
                opening = honorific_at.start() if honorific_at else begin if in_full else at
                # (under a birth name, the one the story is about: "Margaret Ann Ellison was born …")
                self._salient.append(_Salient(at, self._born_as.get(person, person), (opening, end), bonus))
        if _KIN_WORD.search(self.text):  # "His wife, Patrice Hughes,": a woman, whatever "Patrice" says
            for _, _, kin, name in self._kin_introductions():
                if kin in _KIN_GENDERS and name_key(name) in self._names:
                    self._note_gender(name_key(name), _KIN_GENDERS[kin])
        for key, name in self._names.items():
            said = _particle_gender(name)  # "Rosnah binti Yaakob", whatever role she is later given
            if said:
                self._article_gender[key] = said
            elif key not in self._article_gender and self._name_gender(name):
                self._note_gender(key, self._name_gender(name))
                self._gender_by_name.add(key)
        if any(key not in self._article_gender for key in self._names):
            self._pronoun_votes(skipped)  # where neither title nor first name says

    def _first_names_opening(self) -> dict[str, tuple[str, str]]:
        """The first names written alone as the subject opening a paragraph, or a dateline's first
        sentence, that a "he" or "she" of the same sentence goes on with ("MATAMOROS — Josué
        checks his phone …, the same way he has for 14 weeks"): by name key, the name as written
        and that gender."""
        found: dict[str, tuple[str, str]] = {}
        for m in _FIRST_NAME_OPENING.finditer(self.text):
            name = m.group(1)
            if is_first_name(name) and not _common_word(name) and name not in STATES_AND_COUNTRIES and (
                    # a word the article also writes in lower case is no name ("His", "Even")
                    next(_word_starts(self.text, name.lower()), None) is None) and (
                    gender := self._she_after(m.end(1))):
                found.setdefault(name_key(name), (name, gender))
        return found

    def _she_after(self, end: int) -> str | None:
        """The gender of a "he" or "she" that follows a name ending at ``end`` in its sentence,
        outside quotes, with no other name the article gives in full between; None where none does."""
        stop = self._sentence_end(self._sentence_of(end))
        m = _HE_OR_SHE.search(self.text, end, stop)
        if m is None or self._quoted.covers(m.start()) or any(end < at < m.start() for at, _, _ in self.full_names):
            return None
        return _pronoun_gender(m.group())

    def _person_noun_before(self, pos: int) -> bool:
        """Whether the word just before a name at ``pos`` is a noun for a person, as a title
        ("Cinematographer Dev Mistry", "photographer Ana Kovač")."""
        before = _WORD_BEFORE.search(self.text, max(0, pos - 30), pos)
        return before is not None and is_person_noun(before.group(1))

    def _wire(self, name: str) -> bool:
        """Whether ``name`` is the outlet a dateline credits ("DETROIT, Oct 3 (Reuters) - "): the
        reporter of the story, never a body it is about."""
        return re.search(rf"\({re.escape(name)}\)\s*[-–—]", self.text[:_DATELINE_REACH]) is not None

    def _mostly_after_the(self, name: str) -> bool:
        """Whether ``name`` and its last word are written after "the" half the times or more, as a
        team or a body is ("the Hamilton Forge tied it", "the Forge’s first goal"); never a person
        ("the Hillary Clinton campaign" once, "Clinton" alone throughout)."""
        last = name.split()[-1]
        if all(2 * len(re.findall(rf"\b[Tt]he {re.escape(words)}\b", self.text))
               >= len(re.findall(rf"\b{re.escape(words)}\b", self.text)) > 0 for words in (name, last)):
            return True
        # "in the Te Awanui premier club final": a name only ever written after "the", its last word never alone
        written = len(re.findall(rf"\b{re.escape(name)}\b", self.text))
        return 0 < written == len(re.findall(rf"\b[Tt]he {re.escape(name)}\b", self.text)) == len(
            re.findall(rf"\b{re.escape(last)}\b", self.text))

    def _plain_name(self, name: str) -> bool:
        """Whether ``name`` is only a person's names: none of its words after the first a word the
        article also writes in lower case ("Christian Monitor Breakfast"), no place of two words
        in it ("Ted Cruz South Carolina"), and never taking a verb in the plural, as a band does."""
        words = name.split()
        return not any(next(_word_starts(self.text, w.lower()), None) is not None for w in words[1:]) and not any(
            f"{a} {b}".lower() in MULTIWORD_PLACES for a, b in zip(words, words[1:])) and (
            re.search(rf"\b{re.escape(name)}\s+(?:were|are|have)\b", self.text) is None)  # "Velvet Riot were formed"

    def _kin_before(self, pos: int, name: str) -> bool:
        """Whether a kin noun introduces the full name ``name`` by its first name at ``pos`` ("Her
        granddaughter, Thando,"): a person, whatever the first-name list knows of the name."""
        return (not self.text.startswith(name, pos)  # the first name alone: "Her brother, Causeway Coast …" is no one
                and (_KIN_BEFORE_NAME.search(self.text, max(0, pos - 40), pos) is not None
                     or _OWNERS_KIN_BEFORE.search(self.text, max(0, pos - 40), pos) is not None))  # "Jess’s daughter, "

    def _given_names(self, by_word: dict[str, list[tuple[int, str]]], written: set[str]) -> set[str]:
        """The first names that stand for a person named in full, added to ``by_word`` and
        ``written``: "Maya is scheduled for surgery" after "Maya Desrosiers", as features write
        of people. Only a first name that is one person's, no one's surname, and no word the
        article writes in lower case ("Will", "May", "Mark")."""
        firsts: dict[str, set[str]] = defaultdict(set)
        first_at: dict[str, int] = {}
        for pos, name, _ in self.full_names:
            key = name_key(name)
            words = name.split()
            if (self._names.get(key) == name and len(words) > 1
                    and (is_first_name(words[0]) or self._kin_before(pos, name))
                    # "Reno NFL", "Carolina RNC": no one's name; but "Pádraig Ó Dúill" is
                    and not any(w.isupper() and len(w) > 1 for w in words[1:])):
                firsts[words[0]].add(key)
                first_at.setdefault(key, pos)
        found: set[str] = set()
        if not firsts:
            return found
        lower_words: set[str] | None = None  # "will", "may", "mark" as written, read where one may be
        for first, keys in firsts.items():
            low = first.lower()
            if low in self.text and lower_words is None:
                lower_words = set(_LOWER_WORD.findall(self.text))
            # keyed as names are, without accents: "Seán" of Seán Mannion is looked up as "sean"
            if (len(keys) == 1 and name_key(first) not in by_word and first not in written and low not in STOP_WORDS
                    and low not in (lower_words or ())):
                key = keys.pop()
                by_word[name_key(first)].append((first_at[key], key))
                written.add(first)
                found.add(first)
        return found

    def _role_follows(self, name: str, end: int) -> bool:
        """Whether an appositive giving a person's role follows ``name``, ending at ``end``: "Ban
        Ki-moon, the secretary general of the United Nations,"; never a place or a day ("New
        Hampshire Monday, the …")."""
        m = _ROLE_AFTER.match(self.text, end)
        return m is not None and any(w.lower() in ROLE_NOUNS or is_person_noun(w) for w in m.group(1).split()) and (
            not any(w.lower() in WEEKDAYS or w in STATES_AND_COUNTRIES for w in name.split()))

    def _subject_pronouns(self, skipped: Ranges) -> None:
        """A "He" or "She" opening a sentence keeps its person salient, as a name there would:
        "Lynch rose to prominence … She has faced controversies … while the department was
        investigating Hillary Clinton … She has called …" stays with Lynch."""
        text = self.text
        for m in sorted((m for pattern in _SUBJECT_PRONOUNS for m in pattern.finditer(text)), key=lambda m: m.start()):
            at = m.start()
            lead = text[max(0, at - 3):at].rstrip("“\"")
            if at and not (lead.endswith("\n") or (lead[-2:-1] in ".!?" and lead[-1:] == " ")):
                continue  # not the first word of its sentence
            cue_next = _NEXT_WORD.match(text, m.end())
            if skipped.covers(at) or (cue_next and cue_next.group(1).lower() in CUE_FORMS):
                continue  # "He said …" is a speaker's mention, weighed when it is resolved
            self._keep_salient(at, _pronoun_gender(m.group()), (at, m.end()))
        # "Unlike Liu, she has not joined …": the one before the contrast, not the one it names
        for m in _CONTRAST_OPENER.finditer(text) if "nlike " in text or "Like " in text else ():
            if not skipped.covers(m.start()):
                self._keep_salient(m.start(), _pronoun_gender(m.group(1)), m.span(1))

    def _keep_salient(self, at: int, gender: str | None, span: tuple[int, int]) -> None:
        """Make the pronoun at ``span`` a mention of the person most salient at ``at`` of its
        gender, where one clearly leads."""
        scores = [(score, key) for score, key in self._ranked(at, gender) if key not in self._described_keys]
        if scores and (len(scores) == 1 or scores[0][0] >= _CLEAR_LEAD * scores[1][0]):
            bisect.insort(self._salient, _Salient(span[0], scores[0][1], span), key=_POSITION)

    def _subject_roles(self, skipped: Ranges) -> None:
        """A role opening a sentence keeps its holder salient, as their name there would: "…
        Wexley Town manager Bram Verhoeven … . The Wexley manager was booked after referee Simon
        Arkwright waved away appeals" stays with Verhoeven. Its holder is the one person named
        before with a role that fits it; a role said as speaking is weighed when it is resolved."""
        for at in self._sentence_starts:
            # "Asked by Morgan Ferris whether …, the chief executive said", "As the decision was read
            # out, the 19-year-old lowered his head"
            lead = ASKED_LEAD.match(self.text, at) or LEADING_CLAUSE.match(self.text, at)
            opening = lead.end() if lead else at  # where the subject begins
            aged = _AGED_SUBJECT.match(self.text, opening)
            holder = self._of_age(aged.group(1), aged.start()) if aged and not skipped.covers(aged.start()) else None
            noun = _WORD_AFTER.match(self.text, aged.end()) if aged else None
            role = noun.group(1) if noun and noun.group(1) in _PERSON_ROLES else None
            if aged and role:  # "The 24-year-old captain": the one given that role, where one is
                fits = {name_key(k.name): k for k in self._before(aged.start()) if k.type == SpeakerType.PERSON
                        and any(_role_fits([role], r)
                                for r in k.roles | self._roles_by_key.get(name_key(k.name), set()))}
                holder = holder or (fits.popitem()[1] if len(fits) == 1 else None)
            if aged and not holder and not skipped.covers(aged.start()):
                holder = self._ageless_salient(aged.group(1), aged.start())
            if aged and holder:  # "the 19-year-old": the one the article gave that age
                bisect.insort(self._salient, _Salient(aged.start(1), name_key(holder.name), aged.span(1)),
                              key=_POSITION)
                continue
            native = _DEMONYM_SUBJECT.match(self.text, opening)
            nationality = nationality_of(native.group(1)) if native and not skipped.covers(native.start()) else None
            if native and nationality:  # "The German’s third win of the season": who, as "the Dane" is not
                the = native.start(1) - 4  # "The " or "the "
                written = Mention(the, native.end(1), f"the {native.group(1)}", MentionKind.DESCRIPTION, None, None,
                                  SpeakerType.PERSON)
                found = self._of_country(written, nationality, self._before(written.start))
                if found:
                    bisect.insort(self._salient, _Salient(written.start, name_key(found.name), native.span(1)),
                                  key=_POSITION)
                continue
            m = _ROLE_SUBJECT.match(self.text, opening)
            if not m or skipped.covers(m.start()):
                continue
            words, end = ["the", *m.group(1).split()], m.end()
            while (more := _NEXT_WORD.match(self.text, end)) and more.group(1).islower() and (
                    more.group(1) in ROLE_NOUNS):
                words, end = [*words, more.group(1)], more.end()  # "the chief executive", not "the chief"
            cue_next = _NEXT_WORD.match(self.text, end)
            said = cue_next is not None and cue_next.group(1).lower() in CUE_FORMS and (
                self._spoken_after(cue_next.end()))
            if words[-1] not in ROLE_NOUNS or said:
                continue  # a role said as speaking what is quoted or reported is weighed when it is resolved
            named = {w for w in words[1:] if w[:1].isupper()}  # "the Wexley manager": Wexley's
            holders = {name_key(name) for pos, name, _ in self.full_names if pos < at and any(
                _role_fits(words, role) and named <= set(role.split()) for role in self._roles_by_key[name_key(name)])}
            if len(holders) == 1:
                bisect.insort(self._salient, _Salient(m.start(), holders.pop(), (m.start(), end)), key=_POSITION)

    def _ageless_salient(self, age: str, pos: int) -> _Known | None:
        """Whom an age opening a sentence stands for where the article gave no one that age: the
        most salient person there, if the article gave them no other ("Ashworth manager Gary
        Pelham said … “…,” Pelham said. ⏎ The 51-year-old was far less complimentary …")."""
        ranked = self._ranked(pos, None)
        if not ranked:
            return None
        key = ranked[0][1]
        if self._given_ages().get(key, {age}) != {age} or key not in self._names:
            return None
        return _Known(pos, self._names[key], SpeakerType.PERSON, self.gender(key))

    def _spoken_after(self, pos: int) -> bool:
        """Whether a quote or a reported clause begins just after a cue ending at ``pos``: the
        cue's speaker is resolved with it ("the chief executive said it was not." reports too
        little to be one)."""
        m = _WORD_AFTER_CUE.match(self.text, pos)
        return m is not None and (self._quoted.covers(m.end()) or self._reported.covers(m.end()))

    def _pronoun_votes(self, skipped: Ranges) -> None:
        """Gender from the pronouns the article ties to a person: "Wimes believes … support
        her", "Suu Kyi … her election": a he/his/him or she/her later in the sentence of a
        person's mention, with no one else named between, votes; two votes and three in four
        decide."""
        votes: dict[str, Counter] = defaultdict(Counter)
        undecided = {key for key in self._names if key not in self._article_gender}
        for i, mention in enumerate(self._salient):
            if mention.key not in undecided:
                continue
            # the first gendered pronoun after the mention, before the next mention and the sentence's end
            sentence = self._sentence_of(mention.position)
            stop = self._sentence_end(sentence)
            if i + 1 < len(self._salient):
                stop = min(stop, self._salient[i + 1].position)
            m = _GENDERED_PRONOUN.search(self.text, mention.position, stop)
            if m and not skipped.covers(m.start()):
                votes[mention.key][_pronoun_gender(m.group())] += 1
        for key, counted in votes.items():
            (gender, n), total = counted.most_common(1)[0], sum(counted.values())
            if key not in self._article_gender and n >= 2 and n * 4 >= total * 3:
                self._article_gender[key] = gender

    def _person_at(self, pos: int, candidates: list[tuple[int, str]], gender: str | None, word: str) -> str | None:
        """Which of the full names ending in the word at ``pos`` is meant there: the one written
        in full there, else one that agrees with an honorific and was introduced before."""
        if len(candidates) == 1 and not gender:
            return candidates[0][1]  # the only person of that name
        for start, key in candidates:
            name = self._names[key]
            if start <= pos < start + len(name) or (" " in name and self.text.endswith(name, 0, pos + len(word))):
                return key  # written in full here: at its introduction, or again ("Lorraine Chavez hugged …")
        if gender:
            candidates = [(start, key) for start, key in candidates
                          if self._article_gender.get(key, self._name_gender(self._names[key])) in (None, gender)]
        earlier = [(start, key) for start, key in candidates if start < pos]
        titled = _TITLE_JUST_BEFORE.search(self.text, max(0, pos - 16), pos) if len(earlier) > 1 else None
        if titled and titled.group(1).lower() in ("justice", "judge"):
            # "Justice Sharma" of the bench's Rekha Sharma, not of advocate Alok Sharma
            benched = {key for _, key in self._benched()} & {key for _, key in earlier}
            if len(benched) == 1:
                return benched.pop()
        if gender and len({key for _, key in earlier}) > 1:
            # "Mr Kilbride" of Jess Kilbride and her father Greg: the one of them known, or by first name
            # likely, to be of the honorific's gender
            agreeing = {key for _, key in earlier if self._article_gender.get(key) == gender
                        or _guessed_gender(self._names[key]) in (gender, f"mostly_{gender}")}
            if len(agreeing) == 1:
                return agreeing.pop()
            # "… married Peter Thorne, a structural engineer. ⏎ Mr. Thorne, who died in 2011, …": of
            # two of that gender (her son David Thorne before), the one just introduced in full
            near = self._paragraph_start(pos, back=1)
            just = {key for _, key in earlier if key in agreeing and self.text.find(self._names[key], near, pos) >= 0}
            if len(agreeing) > 1 and len(just) == 1:
                return just.pop()
        senior = _SENIORITY.search(self.text, max(0, pos - 12), pos) if len({key for _, key in earlier}) > 1 else None
        ranked = self._of_rank({self._names[key] for _, key in earlier}, senior.group(1)) if senior else None
        if ranked:  # "The younger Rennie, speaking separately, said": the nephew, for the "he" after
            return name_key(ranked)
        if len({key for _, key in earlier}) > 1 and not gender:
            newcomer = self._newcomer((name_key(word).split() or [""])[-1], earlier, pos)  # "Tan" of Tan Hui Ling
            if newcomer:
                return newcomer
            if _labels_at(self.text, pos, pos + len(word)):
                return name_key(self._in_full_last({self._names[key] for _, key in earlier}, pos))
            fit = {name_key(full) for full in self._of_age_written({self._names[key] for _, key in earlier},
                                                                   pos + len(word))}
            if len(fit) == 1:  # "Mumford, 38, said he …" of the father, not his son, 9
                return fit.pop()
            earlier = [(start, key) for start, key in earlier if key in fit]
            part = _FOR_OWN_PART.match(self.text, pos + len(word))
            own = _pronoun_gender(next(g for g in part.groups() if g)) if part else None
            agreeing = {key for _, key in earlier if self._article_gender.get(key, self._name_gender(self._names[key]))
                        == own} if own else set()
            if len(agreeing) == 1:  # … and not his wife
                return agreeing.pop()
        return earlier[0][1] if earlier else (candidates[0][1] if candidates else None)

    def _of_age_written(self, names: set[str], end: int) -> set[str]:
        """Of namesakes' full ``names``, those a bare surname ending at ``end`` may stand for: of
        the age written just after it, or of no other age ("Mumford, 36, recalled" is not her son,
        "9-year-old Elijah Mumford"); with no age written, the adults, as news calls a child by
        first name. All of ``names`` where none fits."""
        ages = self._given_ages()
        aged = _AGE_AFTER.match(self.text, end)
        said = re.sub(r"\D", "", aged.group()) if aged else ""
        if said:
            fit = {full for full in names if said in ages.get(name_key(full), ())} or {
                full for full in names if not ages.get(name_key(full))}
        else:
            fit = {full for full in names if not any(int(age) < 18 for age in ages.get(name_key(full), ()))}
        return fit or names

    def _in_full_last(self, names: Iterable[str], pos: int) -> str:
        """Of namesakes' full ``names``, the one written last before ``pos``: whom a transcript's
        label stands for ("Connor Heywood was shown the footage. The following exchange took
        place: … Heywood: “No.”")."""
        return max((self.text.rfind(name, 0, pos), name) for name in names)[1]

    def _possessive_apposed(self, end: int) -> bool:
        """Whether the name ending at ``end`` owns the role of someone named just before, in
        apposition ("John Podesta — Bill Clinton’s former chief of staff —"): no mention of its person."""
        if not self.text.startswith(("’s", "'s"), end):
            return False
        apposed = _APPOSITION_BEFORE.search(self.text, max(0, end - 60), end)
        return apposed is not None and name_key(apposed.group(1)) in self._names

    def _titles_another(self, end: int) -> bool:
        """Whether the name ending at ``end`` only qualifies a role given to someone named next
        ("Clinton communication director Jennifer Palmieri said"): no mention of its person."""
        m = _ROLE_THEN_NAME.match(self.text, end)
        if not m or m.group(1) not in ROLE_NOUNS:
            return False
        return not any(w in STOP_WORDS or w in CUE_FORMS for w in m.group().split()[:-1])  # "Trump told reporter Jo"

    def _note_gender(self, key: str, gender: str | None) -> None:
        if gender and key not in self._article_gender:
            self._article_gender[key] = gender

    def _sentence_end(self, sentence: int) -> int:
        """Where the sentence ``sentence`` ends: the next one's start, else the text's end."""
        return self._sentence_starts[sentence + 1] if sentence + 1 < len(self._sentence_starts) else len(self.text)

    def _sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self._sentence_starts, pos) - 1

    def _is_subject(self, start: int, end: int) -> bool:
        """Whether the mention at ``start``:``end`` opens its sentence or a speech cue follows it."""
        sentence_start = self._sentence_starts[max(0, self._sentence_of(start))]
        if start - sentence_start <= 80 and _opens(self.text[max(sentence_start, start - 80):start]):
            return True
        lead = _LEAD_PHRASE.fullmatch(self.text, sentence_start, start) if start - sentence_start <= 140 else None
        if lead and opens_leading_phrase(lead.group(1)):
            return True  # "Talking to The Daily Star after the hearing, Nusrat Jahan said …"
        if start - sentence_start <= 60 and role_apposed_opening(self.text, sentence_start, start):
            return True  # "Kingsbridge’s head coach, Marcus Venn, began by saying …"
        cue_next = _NEXT_WORD.match(self.text, end, end + 12)
        return cue_next is not None and cue_next.group(1).lower() in CUE_FORMS

    def _mention_weight(self, start: int, end: int) -> float:
        """Salience a mention at ``start``:``end`` gives: more as subject, less as a possessive or object."""
        sentence_start = self._sentence_starts[max(0, self._sentence_of(start))]
        before = self.text[max(sentence_start, start - 80):start]
        after = self.text[end:end + 12]
        weight = _RECENCY
        possessive = after.startswith(("’s", "'s"))
        adverbial = _AFTER_PREPOSITION.search(before, max(0, len(before) - 12))
        if self._is_subject(start, end):
            weight += _SUBJECT
        elif not possessive and not adverbial:
            weight += _OBJECT
        if not possessive and not _RELATIVE_OPEN.search(before):
            weight += _HEAD  # not inside another's relative clause ("Madigan, who … after Peter Kinsella failed …,")
        if not adverbial:
            weight += _NON_ADVERBIAL
        return weight

    def _salience(self, pos: int, gender: str | None) -> dict[str, float]:
        """The salience at ``pos`` of each person who agrees with ``gender``: their mentions'
        weights, fading with each sentence back (those of others are never weighed)."""
        self._chain()
        here = self._sentence_of(pos)
        scores: dict[str, float] = defaultdict(float)
        fits: dict[str, bool] = {}
        for m in reversed(self._salient[:bisect.bisect_left(self._salient, pos, key=_POSITION)]):
            back = here - self._sentence_of(m.position)
            if back > _SALIENCE_SENTENCES:
                break
            if m.key not in fits:
                fits[m.key] = self._compatible(m.key, SpeakerType.PERSON, gender)
            if fits[m.key]:
                scores[m.key] += self._weight(m, reported=back > 0) * _DECAY ** back
        return scores

    def _chain(self) -> None:
        """Weigh, once, the sentences opening on "He", "She", a role or a nationality: read when
        salience is first needed."""
        if not self._chained:
            self._chained = True
            self._subject_pronouns(self._quoted)
            self._subject_roles(self._quoted)

    def _weight(self, mention: _Salient, reported: bool = False) -> float:
        """The salience ``mention`` gives its person, weighed the first time it is asked for: most
        mentions lie too far back from every pronoun and description to be. With ``reported``,
        a mention inside what someone else is reported to have said, neither its subject nor a
        speaker ("McLenney said Clinton doesn’t show …"), is only seen: past its sentence, the
        one who spoke stays the one followed."""
        if reported and not mention.bonus and self._reported.covers(mention.position) and not self._is_subject(
                *mention.span):
            return _RECENCY
        weight = self._weights.get(mention.span)
        if weight is None:
            weight = self._weights[mention.span] = self._mention_weight(*mention.span)
        return weight + mention.bonus

    def _surname_first(self, name: str) -> bool:
        """Whether ``name`` opens on its surname, as the article writes it after a title ("Koh
        Li Ting" where it writes "Ms Koh", never "Ms Ting")."""
        words = name.split()
        return len(words) > 1 and words[0] in self._titled_words and _surname(name) not in self._titled_words

    def _name_gender(self, name: str) -> str | None:
        """The gender a person's given name says: :func:`first_name_gender`, but nothing for a
        name opening on its surname ("Koh" is no given name of Koh Jun Hao)."""
        return None if self._surname_first(name) else first_name_gender(name)

    def gender(self, key: str) -> str | None:
        """What the article says of a person's gender, else what their first name says."""
        return self._article_gender.get(key) or self._first_gender.get(key, (0, None))[1] or (
            self._name_gender(self._names[key]) if key in self._names else None)

    # -- resolution -----------------------------------------------------------------------

    def resolve(self, mention: Mention, addressee: str | None = None,
                quoting: str | None = None) -> tuple[str | None, str]:
        """Return (canonical name or None, type) for ``mention``, and remember it.

        A description or group that names no one the article introduced is its own speaker,
        without its article ("a spokesperson for the district", "critics"), typed
        ``description`` or ``group``. A person's name is written in the case names take, even
        where a tabloid's standfirst shouts it ("LINDA Nolan" → "Linda Nolan"). A "he" or "she"
        is never the ``addressee``, the first name the quote opens by calling ("“Pat, you can
        give up …,” she told him"). Where the mention is written inside a quotation by
        ``quoting`` (a quote's speaker quoting someone: "He told me, ‘…’"), a "he" or "she" is
        never ``quoting``, and "my wife" or "Dad" is ``quoting``'s kin.
        """
        self._addressee, self._quoting = addressee, quoting
        kin = self._speakers_kin(mention)
        name, stype = kin if kin else self._resolve(mention)
        if name and stype == SpeakerType.ORGANIZATION:
            name = _without_country(name)  # "Iraq’s Ministry of Water Resources", however it was reached
        if name and stype == SpeakerType.PERSON:
            name = _name_case(self._with_middle_name(self._in_case_written(name)))
            if name.isupper() and mention.text.isupper() and mention.name and not mention.name.isupper():
                name = name.title()  # a transcript's label names in capitals whom it gives in its case
        if mention.kind == MentionKind.DESCRIPTION and mention.text.split()[-1].lower() in NOT_SPEAKER_HEADS:
            self._last_document = (mention.start, name, stype)
        if name:
            self._spoke.append(_Known(mention.start, name, stype, None))
        return name, stype

    def _speakers_kin(self, mention: Mention) -> tuple[str, str] | None:
        """Who "my wife", "our mum" or "Dad" is in a quotation by :attr:`_quoting`: the kin the
        article names (:meth:`_kin_named`, :meth:`_kin_written_next`), else "Leonard Haskins’s
        wife" as a description."""
        words = mention.text.split()
        if not self._quoting or not words:
            return None
        if words[0].lower() in ("my", "our") and len(words) > 1:
            words = words[1:]
        elif mention.kind != MentionKind.NAME:
            return None  # "the vet", "Coach": whoever the article says
        if len(words) != 1 or words[0].lower() not in _KIN_GENDERS:
            return None
        kin = words[0].lower()
        named = self._kin_named(self._quoting, [kin]) or self._kin_written_next(self._quoting, kin, mention.end)
        if named:
            self._remember(mention, named, SpeakerType.PERSON, self.gender(name_key(named)))
            return named, SpeakerType.PERSON
        return f"{self._quoting}’s {kin}", SpeakerType.DESCRIPTION

    def _resolve(self, mention: Mention) -> tuple[str | None, str]:
        if mention.parts:
            return self._joint(mention)
        if mention.kind == MentionKind.NAME and mention.name in QA_LABELS and mention.text == mention.name:
            return self._qa_turn(mention)
        if mention.kind in (MentionKind.NAME, MentionKind.RELATIVE) and mention.name:
            if mention.kind == MentionKind.RELATIVE and mention.name.split()[0] in _PLATFORMS:
                return None, SpeakerType.UNKNOWN  # "a message to her Instagram Stories which read": no site speaks
            if name_key(mention.name) in GROUP_NOUNS:
                body = self._police(mention.start) if name_key(mention.name) == "police" else None
                if body:  # "Police said", after "Charlotte-Mecklenburg police"
                    return body, SpeakerType.ORGANIZATION
                return self._group(mention, mention.name)  # "Analysts said" opening a sentence: a group
            family = self._family_of(mention)
            if family:  # "the Castellanos said" of Luis and Marisol Castellano
                self._remember(mention, family, SpeakerType.GROUP, None)
                return family, SpeakerType.GROUP
            name, mtype = self._full_name(mention), mention.type
            opening = self._opening_extends(name)
            if opening and (name_key(name) not in self._names or not is_first_name(name.split()[0])):
                # a headline's "Starlight Nine says …" of the Starlight Nine Entertainment the story opens on
                name, mtype = opening, SpeakerType.ORGANIZATION
            if " " not in name and self._names.get(name_key(name), "").split(" ")[0] in _PEERAGES:
                name = self._names[name_key(name)]  # "Lord Pennington", as a peer is known
            if mtype != SpeakerType.ORGANIZATION and self._named_as_organization(mention):
                mtype = SpeakerType.ORGANIZATION
            if mtype == SpeakerType.ORGANIZATION and name == mention.name:
                name = self._place_owned(mention.start, name)
            placed = _PLACE_ROLE.fullmatch(mention.name)
            if placed and placed.group(1).split()[-1].lower() in ROLE_NOUNS:
                # "Tasmania’s Premier has defended …": the premier the article names, as "the Premier"
                premier = self._lede_holder if self._lede_holder and self._lede_holder[0] == mention.start else None
                found = (_Known(mention.start, premier[1], SpeakerType.PERSON, self.gender(name_key(premier[1])))
                         if premier else self._described(mention._replace(text=f"the {placed.group(1)}", name=None)))
                if found and found.type == SpeakerType.PERSON:
                    self._remember(mention, found.name, found.type, found.gender)
                    return found.name, found.type
            if (" " not in mention.name and mention.name.lower() in ROLE_NOUNS and not is_first_name(mention.name)
                    and in_heading(self.text, mention.start)):
                # a headline's "Tánaiste says figures ‘simply not acceptable’": an office, as a
                # standfirst's "Health Minister says …" is; the one the story names holding it
                office = self._described(mention._replace(text=mention.name, kind=MentionKind.DESCRIPTION, name=None))
                if office and office.type == SpeakerType.PERSON:
                    self._remember(mention, office.name, office.type, office.gender)
                    return office.name, office.type
            initialled = (self._acronym_holders().get(mention.name) or self._role_initialled(mention.name)
                          if _ACRONYM.fullmatch(mention.name) else None)
            if initialled:  # "the CEC" of "Chief Election Commissioner (CEC) Mohammad Abdul Hannan Chowdhury",
                # or of "The county executive committee member for Finance, Esther Kiprop,"
                self._remember(mention, initialled, SpeakerType.PERSON, self.gender(name_key(initialled)))
                return initialled, SpeakerType.PERSON
            apposed = self._apposed_name(mention)
            if apposed:  # "The state Governor, Prince Adebayo Olufemi-Ajayi, …": the one named in commas
                self._remember(mention, apposed, SpeakerType.PERSON, self.gender(name_key(apposed)))
                return apposed, SpeakerType.PERSON
            holder = self._role_holder(mention)
            if holder:  # "the DC" of "Md Rashedul Islam, deputy commissioner of Sunamganj,"
                self._remember(mention, holder.name, holder.type, holder.gender)
                return holder.name, holder.type
            if mtype != SpeakerType.PERSON:
                short, name = name, _BASED_IN.sub("", self._longer_body(name, mention.start))  # "Vaughan-based …"
                name = _without_country(name)  # "Saudi Arabia's Najd Industrial Chemicals Co"
                if name.split()[-1].lower() in COMPANY_WORDS or (name != short and _ACRONYM.fullmatch(short)):
                    mtype = SpeakerType.ORGANIZATION  # "Halcyon" of Halcyon Logistics; "MoHRE" spelled out
            elif not is_first_name(name.split()[0]) and not self._article_gender.get(name_key(name)):
                longer = self._longer_body(name, mention.start)
                if longer != name and longer.startswith(name + " ") and longer.split()[-1].lower() in ORG_WORDS:
                    # "Lantern Bay said" of Lantern Bay Capital: two capitalised words no person's
                    name, mtype = longer, SpeakerType.ORGANIZATION
            at = self.text.find(mention.name.split()[0], mention.start, mention.end)
            spoken = _SPOKESPERSON_FOR.search(self.text, max(0, at - 60), at) if at >= 0 else None
            # "A spokesman for House Speaker Walter Greeley": for the one the title is of
            spoken = spoken or (_SPOKESPERSON_FOR_TITLED.fullmatch(mention.role.strip()) if mention.role and (
                mention.text.startswith(mention.role.strip())) else None)  # not "Brian Fallon, a spokesman for …"
            initials = _INITIALS_BEFORE.search(self.text, max(0, at - 12), at) if at > 0 and not spoken else None
            for_body = _SPOKESPERSON_FOR.search(self.text, max(0, initials.start() - 60),
                                                initials.start()) if initials else None
            if initials and for_body:
                # "a spokeswoman for NHS Clyde Valley": a body whose initials open its name, no person
                spoken = for_body
                name = name if name.startswith(initials.group(1) + " ") else f"{initials.group(1)} {name}"
                mtype = SpeakerType.ORGANIZATION
            if spoken:  # "a spokesperson for Sheffield University": who spoke is named by the body
                noun = spoken.group("noun").lower()
                # ... or by the person they speak for: "a spokeswoman for Hillary Clinton" is not her
                opened = self._body_opening_on(name) if " " not in name else None
                person = mtype == SpeakerType.PERSON and name.split()[-1].lower() not in COMPANY_WORDS and (
                    is_first_name(name.split()[0]) or (" " not in name and name_key(name) in self._names)) and (
                    not self.text.endswith(("the ", "The "), 0, at)) and not opened and (
                    self._plain_name(name))  # "… for the Red Cross", "… for Nova Scotia Health": a body
                if opened:  # "a spokesperson for Harmon" of Harmon Industrial Group
                    name = opened
                if not person:  # "a spokesperson for CalMac": the body by its full name
                    name = _without_country(self._longer_body(name, mention.start))
                if spoken.groupdict().get("an") and not name.startswith("An "):
                    name = f"An {name}"
                described = f"{name}’s {noun}" if person else f"{name} {noun}"  # "Yorkshire Water spokesperson"
                self._remember_described(mention, described, noun)
                return described, SpeakerType.DESCRIPTION
            gender = _gender(mention.text) or _noun_gender(mention.role)
            known = self._first.get(name_key(name))
            if known and mtype == SpeakerType.UNKNOWN:
                mtype = known.type
            if mtype != SpeakerType.ORGANIZATION and not is_first_name(name.split()[0]) and self._called_company(name):
                mtype = SpeakerType.ORGANIZATION  # "Keystone Military Communities, the private company that …"
            if mtype == SpeakerType.UNKNOWN and len(name.split()) > 1 and (
                    name_key(name) in self._names or not self._mostly_after_the(name)):
                mtype = SpeakerType.PERSON  # but "the Hamilton Forge" is a team, whatever "Hamilton" says
            given = _NAME_GIVEN_ONLY.search(self.text, max(0, mention.start - _GIVEN_REACH), mention.end + 1) if (
                mtype == SpeakerType.UNKNOWN) else None
            if given and given.start("name") == mention.start:
                # "a retired teacher who asked to be identified only by her first name, Wanna, said": a woman
                mtype = SpeakerType.PERSON
                pronoun = given.group("pronoun") or given.group("pronoun2") or given.group("pronoun3")
                gender = gender or (_pronoun_gender(pronoun) if pronoun in ("his", "her") else None)
            self._remember(mention, name, mtype, gender)
            return name, mtype
        bare = _BARE_SPOKESPERSON.fullmatch(mention.text) if mention.kind == MentionKind.DESCRIPTION else None
        body = self._named_opener(mention.start) if bare else None
        if bare and body:  # "Metro Manchester Transport, which …, has called … . A spokesperson said:"
            described = f"{_without_country(self._longer_body(body, mention.start))} {bare.group('noun').lower()}"
            self._remember_described(mention, described, bare.group("noun").lower())
            return described, SpeakerType.DESCRIPTION
        kin_of = _KIN_OF_NAME.fullmatch(mention.text) if mention.kind == MentionKind.DESCRIPTION else None
        owner = self._known_name_ending(kin_of.group("owner")) if kin_of else None
        kin = (self._kin_named(owner, [kin_of.group("kin").lower()])
               or self._kin_written_next(owner, kin_of.group("kin").lower(), mention.end)) if kin_of and owner else None
        if kin:  # "THE mum of Harbour Street star Jade Okonkwo has told how …", then "Grace Okonkwo, 58, said"
            self._remember(mention, kin, SpeakerType.PERSON, self.gender(name_key(kin)))
            return kin, SpeakerType.PERSON
        given = _NAME_GIVEN_ONLY.match(self.text, mention.end) if mention.kind == MentionKind.DESCRIPTION else None
        if given:
            # "Another trader, who gave his name only as Kofi, said": Kofi, as far as the article names him
            pronoun = given.group("pronoun") or given.group("pronoun2") or given.group("pronoun3")
            gender = _pronoun_gender(pronoun) if pronoun in ("his", "her") else None
            self._remember(mention, given.group("name"), SpeakerType.PERSON, gender)
            return given.group("name"), SpeakerType.PERSON
        if (mention.kind == MentionKind.DESCRIPTION and mention.text.split()[0].lower() == "the"
                and self._opens_story(mention.start)
                and not (self._salient and self._salient[0].position < mention.start)):
            # a lede's "The chief executive of Severnside Water has refused …", naming no one before, is
            # who the next paragraph names ("Mark Elsworth, who has led the company since 2019, …")
            later = self._named_later(mention, _HEAD_BEFORE_LINK.split(mention.text)[0].split()[-1].lower())
            if later:
                self._remember(mention, later.name, later.type, later.gender)
                return later.name, later.type
        framed = self._framed(mention) if mention.kind in (MentionKind.DESCRIPTION, MentionKind.GROUP) else None
        if framed:  # "A youth leader in the town, who gave his name simply as Ebuka,": Ebuka, as before
            return framed
        pair = self._pair(mention) if mention.kind in (MentionKind.DESCRIPTION, MentionKind.GROUP) else None
        if pair:  # "Avi and Dalia Ben-Ami … . In a statement, the couple said"
            self._remember(mention, pair, SpeakerType.GROUP, None)
            return pair, SpeakerType.GROUP
        if mention.kind == MentionKind.PRONOUN and mention.text.lower() in ("i", "me"):
            # "I ask" outside quotes is the writer: the byline's author where one signs the article,
            # who is no antecedent for a "she" after; in an answer labelled with a name ("Hollis: …
            # I said, “Good.”"), the one answering
            para_start = self.text.rfind("\n", 0, mention.start) + 1
            answer = _ANSWER_LABEL.match(self.text, para_start, mention.start)
            if answer and answer.group(1) not in _QA_LABELS:
                answering = self._full_name(Mention(para_start, answer.end(1), answer.group(1), MentionKind.NAME,
                                                    answer.group(1), None, SpeakerType.PERSON))
                if name_key(answering) in self._names or name_key(answering) in self._written_in_full:
                    return answering, SpeakerType.PERSON
            author = byline_under_headline(self.text)
            return (author.group("name"), SpeakerType.PERSON) if author else (None, mention.type)
        if mention.kind == MentionKind.PRONOUN:
            found = self._antecedent(mention)
        elif mention.kind == MentionKind.DESCRIPTION:
            post = _POST_OF.fullmatch(mention.text) if mention.name else None
            if post:  # "the chief executive of Qantas": as "the Qantas chief executive", else as written
                found = self._described(mention._replace(text=f"the {post.group('body')} {post.group('role')}"))
                post_noun = post.group("role").split()[-1].lower()
                roles = self._roles_by_key.get(name_key(found.name), ()) if found is not None else ()
                if roles and not _AGE_WORD.search(post.group("role")) and not any(
                        post_noun in role.lower().split() for role in roles):
                    found = None  # the chief executive is not the governor of Lagos: one given another post
                if found is None:
                    held = f"{_AGE_WORD.sub('', post.group('role')).strip()} of {post.group('body')}"
                    self._remember_described(mention, held, held, any_head=True)
                    return held, SpeakerType.DESCRIPTION
            else:
                pair = self._titled_pair(mention)
                if pair:  # "Umpires Graham Keys and Tahir Qureshi inspected the pitch … . The umpires said"
                    self._remember(mention, pair, SpeakerType.GROUP, None)
                    return pair, SpeakerType.GROUP
                found = self._described(mention)
                found = self._current_holder(mention, found) or found
                unheld = self._unnamed_role_opener(mention, found)
                if unheld:  # "The presiding judge adjourned the case. “…,” the judge said": no one named
                    return unheld, SpeakerType.DESCRIPTION
            spoken = _SPOKESPERSON_FOR.search(self.text, max(0, mention.start - 40), mention.start)
            own = _THE_BEFORE.sub("", mention.text).split()[:-1]
            if found is None and spoken and any(w[:1].isupper() for w in own):
                # "a spokesperson for the Labour party", "… for North Trent district council": the
                # body its own capitalised words name
                found = _Known(mention.start, _THE_BEFORE.sub("", mention.text), SpeakerType.ORGANIZATION, None)
            if found and found.type == SpeakerType.ORGANIZATION and spoken:
                # "The UN's Food and Agriculture Organization … . A spokesperson for the agency said"
                noun = spoken.group("noun").lower()
                self._remember_described(mention, f"{found.name} {noun}", noun)
                return f"{found.name} {noun}", SpeakerType.DESCRIPTION
        elif mention.kind == MentionKind.GROUP:
            body = self._police(mention.start) if mention.text.lower() == "police" else None
            if body:
                return body, SpeakerType.ORGANIZATION
            owned = self._owned(mention, mention.text)
            if owned:
                return owned
            group_back = self._group_introduced(mention)
            if group_back:  # "Two people with knowledge of the matter told EFE … , the two people said"
                self._remember(mention, group_back, SpeakerType.GROUP, None)
                return group_back, SpeakerType.GROUP
            return self._group(mention, mention.text)
        else:
            return None, SpeakerType.UNKNOWN
        if found:
            # "Ffion Jenkins said … “…,” she said": a woman, whatever a list knows of "Ffion"
            said = _pronoun_gender(mention.text) if (
                mention.kind == MentionKind.PRONOUN and found.type == SpeakerType.PERSON
                and _GENDERED_PRONOUN.fullmatch(mention.text.lower())) else None
            self._remember(mention, found.name, found.type, found.gender or said)
            return found.name, found.type
        written = mention.role if mention.text.lower() in ("who", "which") else mention.text
        if mention.kind in (MentionKind.DESCRIPTION, MentionKind.GROUP) and written:
            owned = self._owned(mention, written)
            if owned:
                if owned[1] == MentionKind.DESCRIPTION:
                    self._owned_speakers[written.split()[-1].lower()] = owned[0]
                return owned
        spoken_for = self._spoken_for(mention, written) if mention.kind == MentionKind.DESCRIPTION else None
        if spoken_for and written:
            self._remember_described(mention, spoken_for, written)
            return spoken_for, SpeakerType.DESCRIPTION
        if mention.kind == MentionKind.DESCRIPTION and written and self._described_head(written):
            as_described = _description_name(written, documents=True)
            as_described = self._staff_of_named_body(as_described, mention.start)
            if as_described:
                head = written.split()[-1].lower()
                # "A resident who asked not to be named said … “Nobody came,” she said": the one
                # introduced goes on speaking; one who asks ("a reporter asked") seldom does
                # ("one former Cabinet minister" too, but "one source" is one of several, as news has them)
                opener = written.split()[0].lower()
                # so does one whose owner says who they are to it ("The company's operations supervisor")
                by_owner = opener == "the" and any(w.endswith(("’s", "'s")) for w in written.split()[1:-1])
                introduced = ((opener in ("a", "an") or (opener == "one" and len(written.split()) > 2) or by_owner)
                              and (head in _PERSON_ROLES or head in _UNNAMED_SOURCES) and head not in QUESTIONERS)
                self._remember_described(mention, as_described, written, any_head=introduced)
                return as_described, SpeakerType.DESCRIPTION
        return None, mention.type

    @staticmethod
    def _described_head(written: str) -> bool:
        """Whether a description names someone by a noun it may stand for them by: its last word
        ("a taxi driver"), or the word its postmodifier follows ("people familiar with the matter");
        or counts them one of several by a noun for one who does or is something ("one
        season-ticket holder")."""
        words = written.split()
        if singular(words[-1].lower()) in _DESCRIBED_HEADS:
            return True
        if len(words) > 1 and words[0].lower() in ("one", "another") and words[1][:1].isalpha() and (
                singular(words[-1].lower()).endswith(_DOER_ENDINGS)):
            return True  # "one season-ticket holder", "one evacuee", "one Latino conservative": one of people
        link = postmodifier_link(written)
        before = written[:link.start()].split() if link else []
        return bool(before) and singular(before[-1].lower()) in _DESCRIBED_HEADS

    def _named_opener(self, pos: int) -> str | None:
        """The name of two capitalised words or more the sentence before ``pos`` opens on, as its
        subject before a verb, where it is no person's or place's ("Pennine Link has responded."):
        the body a description of a body just after it stands for."""
        here = self._sentence_of(pos)
        if here == 0:
            return None
        m = _NAMED_SUBJECT.match(self.text, self._sentence_starts[here - 1], self._sentence_starts[here])
        if m is None or self._quoted.covers(m.start()):
            return None
        name = _SHARES_OF.sub("", m.group(1))  # "Shares of Halvorsen fell 18%": Halvorsen's
        if (self._article_gender.get(name_key(name)) or is_first_name(name.split()[0]) or name in STATES_AND_COUNTRIES
                or any((w[:1].isupper() and w.lower() in STOP_WORDS) or w.endswith(("’s", "'s"))
                       for w in name.split())  # "If NPHET's"
                or name in MULTIWORD_PLACES or name.split()[0].lower() in DETERMINERS
                or any(w.lower() in WEEKDAYS for w in name.split())  # "Later Monday, the office issued": a time
                or name.split()[0] in _VESSEL_PREFIXES  # "The MV Eilean Bharraigh was withdrawn": a ship
                or m.group(2) in STOP_WORDS and m.group(2) not in ("has", "have", "is", "was")):
            return None
        return name

    def _titled_pair(self, mention: Mention) -> str | None:
        """The two people a definite plural of a role names, where the article introduced them by
        that plural as a title ("Umpires Graham Keys and Tahir Qureshi", "Detectives …"): "A and B"."""
        words = mention.text.split()
        if len(words) != 2 or words[0].lower() != "the" or not words[1].endswith("s") or not (
                is_person_noun(words[1][:-1]) or words[1][:-1].lower() in ROLE_NOUNS):
            return None
        found = None
        for m in re.finditer(rf"\b{re.escape(words[1].capitalize())}\s+({_PAIRED_NAME})\s+and\s+({_PAIRED_NAME})\b",
                             self.text[:mention.start]):
            if not self._quoted.covers(m.start()):
                found = f"{m.group(1)} and {m.group(2)}"
        return found

    def _group_introduced(self, mention: Mention) -> str | None:
        """The group a definite plural refers back to ("the two people", "the people") where it
        was introduced with what ties it to the story: "two people with knowledge of the matter"."""
        back = _GROUP_BACK.fullmatch(mention.text)
        if back is None or not (back.group("the") or self.text.endswith("the ", 0, mention.start)):
            return None  # "the people", "the two people": not "people" alone
        count = back.group("count")
        pattern = re.compile(rf"(?<![\w-])(?:(?i:{count or 'two|three|four|several'})\s+)"
                             rf"{'' if count else '?'}{back.group('head')}\b")
        found = None
        for m in pattern.finditer(self.text, max(0, mention.start - _BODY_REACH), mention.start):
            tied = postmodifier_after(self.text, m.end())
            if tied and not self._quoted.covers(m.start()):
                found = m.group() + tied
        return found

    def _qa_turn(self, mention: Mention) -> tuple[str, str]:
        """Who speaks a Q&A's turn: "Q" the interviewer, whom the article does not name; "A" the
        person the interview is with, the one its words before the turn name most ("Q&A with
        Vice President Joe Biden"), else "interviewee"."""
        if mention.name == "Q":
            return "interviewer", SpeakerType.DESCRIPTION
        found = self._most_salient(mention.start, None, whole=True)
        if found is None or found.type != SpeakerType.PERSON:
            return "interviewee", SpeakerType.DESCRIPTION
        return found.name, SpeakerType.PERSON

    def _joint(self, mention: Mention) -> tuple[str, str]:
        """Names that spoke together ("Mr. Grassley and Mr. Leahy said"): each name as the article
        gives it in full, joined by "and", one group that "they" may go on to refer to."""
        whole = self.text[mention.parts[0].start:mention.parts[-1].end]
        if self._abbreviated(whole, mention.parts[-1].end):  # "Karachi Water and Sewerage Corporation (KWSC) said"
            return _THE_BEFORE.sub("", whole), SpeakerType.ORGANIZATION
        names = []
        last = (mention.parts[-1].name or "").split()
        couple = self._spouses(last[-1], mention.start) if (
            len(mention.parts) == 2 and len(last) == 2 and last[0].lower().rstrip(".") in _WOMENS_TITLES
            and (mention.parts[0].name or "").lower().rstrip(".") == "mr") else None
        if couple:  # "Mr and Mrs Shaw": the man and the woman the article gave as his wife, or her husband
            joint = " and ".join(couple)
            self._remember(mention, joint, SpeakerType.GROUP, None)
            return joint, SpeakerType.GROUP
        for part in mention.parts:
            words = (part.name or part.text).split()
            if part.type == SpeakerType.ORGANIZATION:
                names.append(self._longer_body(strip_honorific(" ".join(words)), part.start))
                continue
            if len(words) == 1 and words[0].lower().rstrip(".") in NAME_TITLES and len(last) > 1:
                # "Mr and Mrs Shaw": the title alone is of the surname written once, after the last
                words = [words[0], last[-1]]
                part = part._replace(name=" ".join(words), text=" ".join(words))
            shares = len(last) > 1 and part is not mention.parts[-1] and is_first_name(last[0])
            if shares and _INITIAL.fullmatch(words[-1]):
                # "Charles G. and David H. Koch": the brothers share the surname written once
                part = part._replace(name=f"{part.name}. {last[-1]}")
            name = self._full_name(part)
            if shares and len(name.split()) == 1 and is_first_name(name):
                name = f"{name} {last[-1]}"  # "Ethan and Joel Coen", where no Ethan is named in full
            names.append(_name_case(name))
        joint = " and ".join(names)
        self._remember(mention, joint, SpeakerType.GROUP, None)
        return joint, SpeakerType.GROUP

    def _spoken_for(self, mention: Mention, written: str | None) -> str | None:
        """Whose spokesperson "a spokesperson" is, where the article does not say it again: the
        body that spoke in the sentence before ("South Wales Police confirmed … . A spokesperson
        said: “…”" → "South Wales Police spokesperson")."""
        words = (written or "").split()
        if len(words) == 3 and words[0].lower() in ("a", "an", "the") and _SPOKESPERSON.fullmatch(words[2]):
            if words[1][:1].isupper():  # "A Calloway spokeswoman" of Calloway Home Goods Inc
                body = self._longer_body(words[1], mention.start)
                return f"{body} {words[2].lower()}" if body != words[1] else None
            if words[1].lower() in ("force", "police"):  # "a force spokesman": the police force named
                force = self._police(mention.start)
                return f"{force} {words[2].lower()}" if force and force[:1].isupper() else None
            if words[1].lower() in _COMPANY_NOUNS:  # "A company spokeswoman": the company just named
                company = self._company(mention.start)
                return f"{company} {words[2].lower()}" if company else None
            if words[1] in ORG_WORDS:  # "A department spokeswoman": the Department of Health named before
                # or however far back, the one body whose name ends so ("a trust spokesperson" of the
                # Mid-Marches Hospitals NHS Trust)
                named = self._body_named(words[1], mention.start) or self._body_ending(words[1:2], mention.start, 1)
                return f"{named} {words[2].lower()}" if named and named.split()[0][:1].isupper() else None
            # "a district spokeswoman" of the Harlan Valley School District, the one name ending so
            named = self._body_ending(words[1:2], mention.start, 1)
            return f"{named} {words[2].lower()}" if named else None
        if len(words) != 2 or words[0].lower() not in ("a", "an", "the") or not _SPOKESPERSON.fullmatch(words[1]):
            return None
        here = self._sentence_of(mention.start)
        for known in reversed(self._before(mention.start)):
            if here - self._sentence_of(known.position) > 1:
                break
            if known.type == SpeakerType.ORGANIZATION:
                return f"{known.name} {words[1].lower()}"
        return None

    def _framed(self, mention: Mention) -> tuple[str, str] | None:
        """A description tied to whom or what it is of ("A lawyer for Bryan Pagliano", "Advisers to
        Mr. Obama", "people familiar with the matter") named as written without its article, the
        person after the link by their full name: "lawyer for Bryan Pagliano", "advisers to
        Barack Obama". Never the person named after the link: they did not speak. A definite one
        ("the senator from Texas") is first sought among the people known by its role."""
        link = postmodifier_link(mention.text)
        if link is None:
            return None
        written = mention.text[:link.start()]
        if (_SPOKESPERSON.fullmatch(mention.text.split()[-1]) and written.split()[-1][:1].isupper()
                and mention.text[link.end():][:1].isupper()):
            return None  # "a Transport for London spokesman": the link is inside a body's name
        named = (mention.name or "").split()
        given = next((k for k, w in enumerate(named[:-1]) if is_first_name(w)), None)
        if (given and written[:1].isupper() and written.split()[-1].lower() in ROLE_NOUNS
                and written.split()[0].lower() not in DETERMINERS):  # not "A spokesperson for Northern Ireland Water"
            # "Minister for Health Stephen Donnelly said": the minister is the person named
            person = self._full_name(mention._replace(name=" ".join(named[given:]), text=" ".join(named[given:])))
            self._remember(mention, person, SpeakerType.PERSON, None)
            return person, SpeakerType.PERSON
        head = _description_name(re.sub(r"^[Oo]ne\s+(?=\S)", "", written))  # "one person with knowledge of …"
        if not head:
            return None
        first = written.split()[0].lower()
        if mention.kind == MentionKind.DESCRIPTION and (first in ("the", "this", "that") or first in NAME_TITLES) and (
                not _KIN_OF_UNNAMED.fullmatch(mention.text)):  # "The daughter of one patient": someone new
            # "the senator from Texas", "Senator from Texas says" in a standfirst: someone known
            after = mention.text[link.end():].strip()
            # "the Republican from Tulsa" is the Tulsa Republican: a party's member by the place too
            placed = f"{after} " if head.lower() in PARTY_MEMBERS and link.group().strip() == "from" else ""
            known = self._described(mention._replace(text=f"the {placed}{head.lower()}",
                                                     end=mention.start + len(written)))
            of = name_key(mention.name).split()[-1:] if mention.name else []
            held = head.lower().split()[-1]
            sentence = self._sentence_starts[self._sentence_of(mention.start)]
            at = self.text.find(known.name, sentence, mention.start) if known else -1
            if known and known.type == SpeakerType.PERSON and at >= 0 and self.text[
                    at + len(known.name):mention.start].strip(" ,") and not any(  # not "Sam Lau, the …"
                    held in role.lower() for role in known.roles | self._roles_by_key.get(name_key(known.name), set())):
                # "Omar Mateen posted …, according to a letter from the chairman of the U.S. Senate
                # Committee …": the one the sentence is about, given no such post, is not its source
                known = None
            if known and link.group().strip().startswith("responsible") and not any(
                    held in role.lower() for role in known.roles | self._roles_by_key.get(name_key(known.name), set())):
                known = None  # "the minister responsible for emergency management": an office, held by no one named
            if known and known.type == SpeakerType.PERSON and name_key(known.name).split()[-1:] != of:
                self._remember(mention, known.name, known.type, known.gender)
                return known.name, known.type
        if first in ("a", "an") and mention.kind == MentionKind.DESCRIPTION and self._opens_story(mention.start):
            # a lede's "A former chief financial officer of the Inkanyezi Local Municipality told the
            # court …" ⏎ "Reshma Govender, 49, was testifying …": the one named below
            below = self._named_later(mention, head.lower().split()[-1])
            if below:
                self._remember(mention, below.name, below.type, below.gender)
                return below.name, below.type
        after = mention.text[link.end():]
        if mention.name and after.endswith(mention.name):
            at = mention.end - len(mention.name)
            after = after[:-len(mention.name)] + self._full_name(
                mention._replace(start=at, text=mention.name))
        name = f"{head} {link.group().strip()} {after}"
        if _knowing_only(head, link.group("link")) or (
                link.group("link") == "of" and (after.strip().lower() in COUNTS or after.strip().isdigit())):
            name = head  # "a mother of six" is a mother, as "the mother of six" is
        if mention.kind == MentionKind.GROUP:
            return name, SpeakerType.GROUP
        self._remember_described(mention, name, written, any_head=True)  # the "he" or "she" that goes on
        return name, SpeakerType.DESCRIPTION

    def _in_case_written(self, name: str) -> str:
        """A name a tabloid's lede shouts ("GARY MOLLOY has blasted …") in the case the article
        writes its surname elsewhere ("Molloy"), where it does."""
        words = name.split()
        if len(words) < 2 or not name.isupper() or not all(w.isalpha() for w in words):
            return name
        surname = next((m.group() for m in re.finditer(rf"\b{re.escape(words[-1])}\b", self.text, re.I)
                        if not m.group().isupper()), None)  # "McDonald" of "MCDONALD"
        return " ".join(w.capitalize() for w in words[:-1]) + " " + surname if surname else name

    def _with_middle_name(self, name: str) -> str:
        """A person's name at its fullest where the article also gives it with a middle name:
        "Wendell Pike" of "Wendell Ambrose Pike, 49,", the one such name."""
        words = name_key(name).split()
        if len(words) != 2:
            return name
        fuller = {full for _, full, full_words in self._full_words if len(full_words) == 3 and full_words[::2] == words}
        return fuller.pop() if len(fuller) == 1 else name

    def _remember_described(self, mention: Mention, name: str, written: str, any_head: bool = False) -> None:
        """A spokesperson the article does not name ("a spokesperson for the union said …"), or
        with ``any_head`` one it introduced and refers back to ("a taxi driver … the driver
        said"): the "he" or "she" that goes on speaking after them is them, as after a person
        named. Other descriptions ("a reporter asked …") are left out: the answer is seldom theirs."""
        if not any_head and not _SPOKESPERSON.fullmatch(written.split()[-1].lower()):
            return
        key = name_key(name)
        self._described_keys.add(key)
        self._names.setdefault(key, name)
        self._note_gender(key, _noun_gender(written))
        bisect.insort(self._described_at, _Known(mention.start, name, SpeakerType.DESCRIPTION, None), key=_POSITION)
        bisect.insort(self._salient, _Salient(mention.start, key, (mention.start, mention.end), _SPEAKER),
                      key=_POSITION)

    def _group(self, mention: Mention, written: str) -> tuple[str | None, str]:
        """A group that spoke, named as written, and remembered: "Proponents say … they
        support" — the group is the antecedent of "they"."""
        group = _description_name(written, documents=True)
        if group:
            self._remember(mention, group, SpeakerType.GROUP, None)
        return group, SpeakerType.GROUP

    def _opens_story(self, pos: int) -> bool:
        """Whether ``pos`` is in the story's first sentence or the one after, or in the first
        sentence below its headline and standfirst."""
        sentence = self._sentence_of(pos)
        return sentence <= 1 or all(in_heading(self.text, self._sentence_starts[k]) for k in range(sentence))

    def _named_later(self, mention: Mention, head: str) -> _Known | None:
        """The person an indefinite description introduces before naming them: the lede's "A
        former DNC chairman is calling for …" is the Don Fowler named with that role below."""
        if head not in ROLE_NOUNS and head not in PERSON_NOUNS:
            return None
        if mention.text.split()[0].lower() in ("one", "another") and not (
                in_heading(self.text, mention.start) or mention.start < self.text.find("\n\n")
                or self._opens_story(mention.start)):
            # "One Nationals MP said" is one of several the article leaves unnamed; but a
            # standfirst's "One protest organizer says …" is the organizer the story names
            return None
        opening = self.text[self._sentence_starts[self._sentence_of(mention.start)]:mention.start].strip(" “\"‘'")
        lede = self._opens_story(mention.start)
        # (a heading's "Council tax set to rise as leader warns …", a lede's "… have been thrown out after a
        # councillor described …": a clause of its own)
        clause = (lede or in_heading(self.text, mention.start)) and opening.endswith(_SUBORDINATE_BEFORE)
        # a headline's "‘…,’ says club chairman": the description speaks, after its cue
        inverted = in_heading(self.text, mention.start) and _inverted_cue_before(self.text, mention.start)
        if (opening and not opening.endswith(",") and not (lede and opening.endswith(" with")) and not clause
                and not inverted):
            # "not paying an architect who said …": someone met in passing, not introduced; but a
            # lede's "…, with a magistrate describing the case as …" introduces
            return None
        headline_end = self.text.find("\n")
        # named below with that role, or in the headline above; a lede's, anywhere below, where the
        # article gives one person that role ("a magistrate" … "Magistrate Joanne Petrakis said")
        reach = len(self.text) if lede and self._one_holder(head, mention.end) else 1500
        for pos, name, _ in self.full_names:
            # ("Sun, Sea & Singles star Chantelle Brooks in bits …" ⏎ "A HEARTBROKEN reality star has told …")
            in_headline = 0 <= pos < headline_end < mention.start
            if (in_headline or mention.end < pos < mention.end + reach) and name_key(name) in self._names:
                after = self.text[pos + len(name):pos + len(name) + 100].lower()
                own = [w.lower() for w in mention.text.split()[:-1] if w.lower() not in _DETERMINERS_AND_ONE]
                titled = self._titled_as(head, pos, own)
                party, titled_party = _parties(mention.text), _parties(self._title_run_before(pos))
                if titled and titled_party and party - titled_party:
                    titled = False  # "one moderate Liberal MP" is no "Nationals MP Grant Hollis"
                run = self._title_run_before(pos).lower().split() if own and inverted else []
                if run and head in run:
                    # a headline's "…, says water minister": "Federal Minister for Water Resources X",
                    # not "Sindh Irrigation Minister Y"
                    titled = all(w in run for w in own)
                # ", a Tory councillor", or with no article the role at once (", leader of Tameside Council"),
                # or held as a verb (", the Labour MP who chairs the work and pensions committee")
                apposed = re.match(
                    rf",\s+(?:(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,5}}|(?:[\w’'-]+\s+)?){re.escape(head)}s?\b", after)
                if titled or apposed:
                    key = name_key(name)
                    return _Known(mention.start, name, SpeakerType.PERSON, self.gender(key),
                                  set(self._roles_by_key[key]))
        if lede and not opening:
            # a delayed lede: the headline's or first sentence's "A former DNC chairman says …"
            # is the first person the article goes on to name in full, just after, speaking, of
            # the gender its own clause gives ("An iwi leader says she will …" is no man), or
            # opening a sentence of their own where they are known to be of that gender
            # ("The wife of a Championship striker screamed …" ⏎ "Danielle Moss, 29, admitted …": a woman)
            said = self._pronoun_gender_after(mention) or _noun_gender(head)
            own_end = self._sentence_starts[self._sentence_of(mention.start) + 1] if (
                self._sentence_of(mention.start) + 1 < len(self._sentence_starts)) else len(self.text)
            # not a name in the description's own clause ("A Riverside mother who spent three years
            # leading the Hollis Elementary PTA says …")
            named = sorted((at, name) for _, name, _ in self.full_names if name_key(name) in self._names
                           for at in _word_starts(self.text, name)
                           if own_end <= at <= mention.end + _DELAYED_LEDE_REACH and not self._quoted.covers(at))
            for pos, name in named:
                key = name_key(name)
                if self._first_gender_clash(key, head) or (said and self.gender(key) not in (None, said)):
                    continue
                if not (self._speaks_at(pos, pos + len(name))
                        or (said and self.gender(key) == said and self._opens_sentence_with(pos))):
                    continue  # "A former DNC chairman says President Barack Obama … should": not him
                return _Known(mention.start, name, SpeakerType.PERSON, self.gender(key), set(self._roles_by_key[key]))
        return None

    def _named_below(self, mention: Mention, role: list[str]) -> _Known | None:
        """The person a lede's role of a place or body stands for before the story names them
        ("Northern Ireland's finance minister warned …" ⏎ "Caoimhe Donnelly told lawmakers …";
        "with Kenya's environment chief warning …" ⏎ "Environment Cabinet Secretary Joseph
        Langat said"): the first person named in full below whose title holds the role's own
        words ("environment"), else, where the lede's clause opens on the description, the first
        named below who speaks."""
        if not self._opens_story(mention.start) and not in_heading(self.text, mention.start):
            return None  # a live blog's entry heading, "Kiryat Shmona mayor: ‘…’", opens its entry as a lede does
        own = [w.lower() for w in role[:-1] if w.isalpha()]
        end = self._sentence_end(self._sentence_of(mention.start))
        below = [(pos, name, title) for pos, name, title in self.full_names
                 if end <= pos <= mention.end + _DELAYED_LEDE_REACH and name_key(name) in self._names
                 and not self._quoted.covers(pos)]
        titled = [name for pos, name, title in below if own and all(
            w in (title or self._title_run_before(pos)).lower().split()
            or w in self._words_before_name(pos) for w in own)]
        opening = self.text[self._sentence_starts[self._sentence_of(mention.start)]:mention.start].strip(" “\"‘'")
        first = [name for pos, name, _ in below[:1] if not opening
                 and self._speaks_at(pos, pos + len(name)) and self._opens_sentence_with(pos)]
        for name in (titled or first)[:1]:
            key = name_key(name)
            return _Known(mention.start, name, SpeakerType.PERSON, self.gender(key), set(self._roles_by_key[key]))
        return None

    def _words_before_name(self, pos: int) -> list[str]:
        """The words, in lower case, of the clause that runs up to a name at ``pos`` in its
        sentence, a title's lower-case words among them ("Chief veterinary officer Dr ")."""
        start = max(self._sentence_starts[self._sentence_of(pos)], pos - _TITLE_REACH)
        clause = self.text[start:pos].rsplit(",", 1)[-1]
        return clause.lower().split()

    def _title_run_before(self, pos: int) -> str:
        """The capitalised words of a title just before a name at ``pos``, "of", "for" and "and"
        among them ("Federal Minister for Planning and Development " before Kamran Ali Leghari)."""
        run = _TITLE_RUN.search(self.text, max(0, pos - 100), pos)
        return run.group() if run else ""

    def _body_named_next(self, head: str, pos: int, lede: bool = True) -> str | None:
        """The body of the noun ``head`` named by the end of the sentence after the one at
        ``pos``, as a lede names a body by its kind before its name; with ``lede``, only for a
        description in the headline or the lede."""
        here = self._sentence_of(pos)
        if lede and not self._opens_story(pos):
            return None
        found = self._body_named(head, self._sentence_end(min(here + 1, len(self._sentence_starts) - 1)))
        if found or not lede:
            return found
        # further down, where the story names it with that noun: "chief executive of the charity
        # Cancer Care Alliance Scotland", "Hill Country Farmers, a lobby group,"
        apposed = re.compile(rf"\bthe\s+{re.escape(head)}\s+(?P<a>{_CAPITALISED})"
                             rf"|(?P<b>{_CAPITALISED}),\s+(?:a|an|the)\s+(?:[\w-]+\s+)?{re.escape(head)}\b")
        m = apposed.search(self.text, pos, pos + _DELAYED_LEDE_REACH)
        return (m.group("a") or m.group("b")) if m and not self._quoted.covers(m.start()) else None

    def _bench_of(self, pos: int) -> str | None:
        """The judges a bench or panel was introduced with before ``pos`` ("a two-judge bench of
        Justices A and B", "a panel comprising Judges A, B and C"), as the article names them in full."""
        found = None
        for m in _BENCH_OF.finditer(self.text, max(0, pos - _BODY_REACH), pos):
            names = [self._full_name(Mention(m.start(1), m.end(1), n, MentionKind.NAME, n, None, SpeakerType.PERSON))
                     for n in _BENCH_JUDGES_SPLIT.split(m.group(1))]
            if len(names) > 1 and all(" " in n for n in names):
                found = " and ".join(names)
        return found

    def _one_holder(self, head: str, after: int) -> bool:
        """Whether the article names one person only with the title ``head`` after ``after``
        ("Magistrate Joanne Petrakis"), or in commas after it ("the club’s chairman, Stephen Robson,")."""
        return len(self._titled_after(head, after, [])) == 1

    def _titled_after(self, head: str, after: int, described: list[str] | None = None) -> dict[str, str]:
        """The people named with the title ``head`` after ``after`` ("Magistrate Joanne …"), by key;
        with ``described``, also in commas after it (see :meth:`_titled_as`)."""
        return {name_key(name): name for pos, name, _ in self.full_names
                if pos > after and self._titled_as(head, pos, described)}

    def _titled_as(self, head: str, pos: int, described: list[str] | None = None) -> bool:
        """Whether the name at ``pos`` is written after the title ``head`` ("Magistrate Joanne …");
        with ``described``, the words of the description the title stands for, also in commas
        after a role holding them all ("Premier" of "The Queensland premier, Rachel Doyle,")."""
        before = self.text[max(0, pos - 60):pos]
        forms = (*_TITLE_SHORT_FORMS.get(head, ()), *_TITLED_AS.get(head, ()))  # "Cllr", "Justice"
        short = "".join(f"|{re.escape(word)}" for word in forms)
        if re.search(rf"\b(?i:{re.escape(head)}{short})\.?\s+(?:[A-Z][\w.’'-]*\s+)*$", before):
            return True  # "Magistrate Joanne …", "Cllr Geoff Barraclough" of "a councillor"
        apposed = re.search(rf"\b(?i:{re.escape(head)}),\s+(?:[A-Z][\w.’'-]*\s+)*$", before)
        # "the club’s chairman, Stephen Robson," for "club chairman"
        lead = [_POSSESSIVE_END.sub("", w) for w in before[:apposed.start()].lower().split()[-4:]] if apposed else []
        return described is not None and apposed is not None and all(w in lead for w in described)

    def _crosshead(self, start: int, end: int) -> bool:
        """Whether ``start`` to ``end`` is a line of its own below the headline, a crosshead
        ("Split council")."""
        return (start > 0 and self.text[start - 1] == "\n" and self.text.startswith("\n", end)
                and in_heading(self.text, start))

    def _paragraph_before_opener(self, pos: int) -> _Known | None:
        """The person named in full opening the one-sentence paragraph just before the one at
        ``pos``, where the article gives them no role, nor any title before their name."""
        start = self.text.rfind("\n", 0, pos) + 1
        end = len(self.text[:start].rstrip())
        before = self.text.rfind("\n", 0, end) + 1
        paragraph = self.text[before:end]
        if not end or len(self._sentence_starts) < 2 or self._sentence_of(before) != self._sentence_of(end - 1) or (
                self._quoted.covers(before) or any(mark in paragraph for mark in "“”\"")):
            return None
        for _, name, title in self.full_names:
            key = name_key(name)
            if (self.text.startswith(name, before) and not self.text[before + len(name):][:1].isalpha()
                    and not title and key in self._names and not self._roles_by_key[key]):
                return _Known(pos, self._names[key], SpeakerType.PERSON, self.gender(key))
        return None

    def _opens_sentence_with(self, pos: int) -> bool:
        """Whether the name at ``pos`` is the subject opening its sentence, after no more than its
        titles and what the person is ("Sun, Sea & Singles favourite Chantelle Brooks, 27, split")."""
        before = self.text[self._sentence_starts[self._sentence_of(pos)]:pos]
        words = re.findall(r"[\w’'&-]+", before)
        return len(words) <= 6 and all(
            w[:1].isupper() or w.lower() in _LEAD_WORDS or w.lower() in ROLE_NOUNS or is_person_noun(w) for w in words)

    def _role_of_body(self, words: list[str], earlier: list[_Known]) -> _Known | None:
        """The one person known before whose role names the body a description's capitalised
        word does ("the Hallworth strategist" → "Priya Raghavan, head of FX strategy at
        Hallworth Capital"); None where none does, or more than one."""
        named = [w for w in words[1:-1] if w[:1].isupper() and not _parties(w) and w.lower() not in _ROLE_QUALIFIERS]
        if not named:
            return None
        found = {}
        for known in earlier:
            roles = known.roles | self._roles_by_key.get(name_key(known.name), set())
            # "Florida Gov. Jeb Bush" is no Florida senator: the place names another office
            roles = {role for role in roles if not _other_office(words, role)}
            if known.type == SpeakerType.PERSON and all(
                    any(re.search(rf"\b{re.escape(w)}\b", role) for role in roles) for w in named):
                found[name_key(known.name)] = known
        return found.popitem()[1] if len(found) == 1 else None

    def _body_ending(self, words: list[str], pos: int, fewest: int = 2) -> str | None:
        """The one body named before ``pos``, however far back, whose name ends on ``words``, in
        lower case and at least ``fewest`` of them: "the health board" of Glannau Tawe University
        Health Board, named in the story's second paragraph, with a Welsh Government spokesperson
        quoted since; with ``fewest`` 1, "trust" of the Mid-Marches Hospitals NHS Trust."""
        if len(words) < fewest or not all(_POSSESSIVE_END.sub("", w).isalpha() and w.islower() for w in words):
            return None  # ("the sheriff's office" of the Merced County Sheriff's Office)
        tail = re.compile(rf"\b(?:[A-Z][\w’'&-]*[ \t]+)+{' '.join(re.escape(w.capitalize()) for w in words)}\b")
        found = {m.group() for m in tail.finditer(self.text, 0, pos) if not self._quoted.covers(m.start())}
        # not "The" that opens the sentence
        found = {" ".join(itertools.dropwhile(lambda w: w.lower() in STOP_WORDS, name.split())) for name in found}
        return found.pop() if len(found) == 1 else None

    def _spoken_for_before(self, head: str, pos: int) -> str | None:
        """The body whose unnamed spokesperson spoke in the two sentences before ``pos``, where a
        description headed by ``head`` ("the company") may stand for it: a company's name for
        "the company" or "the firm", any body's but a company's for the others."""
        here = self._sentence_of(pos)
        spoken = next((d for d in reversed(self._described_at) if d.position < pos), None)
        if spoken is None or here - self._sentence_of(spoken.position) > 2:
            return None
        body, _, noun = spoken.name.rpartition(" ")
        if not body or not _SPOKESPERSON.fullmatch(noun.lower()) or body.endswith(("’s", "'s")):
            return None
        is_company = body.split()[-1].lower() in COMPANY_WORDS
        return body if is_company == (head in _COMPANY_NOUNS) else None

    def _lede_company(self, known: _Known, pos: int) -> bool:
        """Whether the lede names one company by a company's word ("Najd Industrial Chemicals Co")
        and ``known``, a body that spoke since, has no such word: "the company" is the one the
        story is about, not the data provider quoted between."""
        if known.name.split()[-1].lower().rstrip(".,") in COMPANY_WORDS:
            return False
        named = self._lede_runs(pos, COMPANY_WORDS)
        return len(named) == 1 and name_key(known.name) != name_key(next(iter(named)))

    def _no_person(self, known: _Known) -> bool:
        """Whether a speaker the quote finder took for a person by their name's form shows nothing
        of one ("In a statement, Agri Free State said"): no first name, title, role or gender;
        so the body "the organisation" may stand for."""
        words, key = known.name.split(), name_key(known.name)
        return (known.type == SpeakerType.PERSON and len(words) > 1 and not is_first_name(words[0])
                and words[0].lower().rstrip(".") not in HONORIFICS and not known.roles
                and not self._roles_by_key.get(key) and not self.gender(key))

    def _body_opening(self, sentence: int) -> str | None:
        """The body whose name opens the sentence ``sentence`` or the one before it ("Qantas will
        cut 300 jobs. “…,” the airline said"; "Halcyon Logistics will cut 300 jobs, the company
        announced"): a capitalised name followed by a verb, that is no person, place or time."""
        for s in (sentence, sentence - 1):
            if s < 0:
                break
            at = self._sentence_starts[s]
            scene = _SCENE_FIRST.match(self.text, at)
            if scene and scene.group(1).lower() in LEADING_ADVERBIALS and scene.group(1) not in _CONJUNCTIONS:
                at = scene.end()  # "In a statement on Monday, Agri Free State said …"
            m = _OPENING_NAME.match(self.text, at)
            if not m or self._quoted.covers(m.start(1)):
                continue
            name = _SHARES_OF.sub("", m.group(1))  # "Shares of Halvorsen fell 18%": Halvorsen's
            first = name.split()[0]
            # a name, not a word that opens a sentence ("Equally", "Investors"): a body's name, or
            # one the article writes again mid-sentence
            named = name.split()[-1].lower() in ORG_WORDS or self._mid_sentence(name) >= 2
            if (not named or first.lower() in STOP_WORDS or first.endswith(("ing", "’s", "'s")) or is_adverb(first)
                    or first.lower() in DETERMINERS or first.lower() in PRONOUNS or first in TIME_WORDS
                    or first.capitalize() in WEEKDAYS or name_key(name) in self._names or is_first_name(first)
                    or name in STATES_AND_COUNTRIES or name.lower() in MULTIWORD_PLACES or first in DEMONYMS
                    or any(name_key(name).split()[-1] == k.split()[-1] for k in self._names)):
                continue
            return _OWNER_BEFORE.sub("", name)  # "Vaughan-based Crestline Homes Ltd."
        return None

    def _speaks_at(self, start: int, end: int) -> bool:
        """Whether the name written from ``start`` to ``end`` is a cue's subject: "said Don
        Fowler", "Don Fowler, who helmed the DNC, said" is read as far as its first words."""
        before = self.text[max(0, start - 12):start].split()[-1:]
        aside = _ASIDE_AFTER_NAME.match(self.text, end)  # "Mick Hennessey, who runs the Red Lion, said"
        after = _WORD_AFTER.match(self.text, aside.end() - 1 if aside else end)
        return bool((before and before[0].lower() in CUE_FORMS) or (after and after.group(1).lower() in CUE_FORMS))

    def _first_gender_clash(self, key: str, head: str) -> bool:
        """Whether a role's gender ("chairwoman") and a person's disagree."""
        said, known = _noun_gender(head), self.gender(key)
        return bool(said and known and said != known)

    def _owned(self, mention: Mention, written: str) -> tuple[str, str] | None:
        """A possessive description named by its owner, with its type: "his lawyer" → "Bryan
        Pagliano’s lawyer", "Pagliano's lawyer" likewise; a body owned by a person is named as
        news names it: "Hillary Clinton’s campaign" → "Clinton campaign". None where the owner
        is no one the article names."""
        words = written.split()
        first = words[0].lower()
        owned_at = next((k for k, w in enumerate(words[:-1]) if re.search(r"[’']s$", w)), None)
        if first == "their" and len(words) == 2 and words[1].lower() in _KIN_GENDERS:
            # "Their father said …" of the twins: the one other of the family the article names of that gender
            # (owned by people in view, who are not the kin themselves: the first of them that has one)
            owners = [self._names.get(key) for _, key in self._ranked(mention.start, None)]
            kin = next((k for k in (self._kin_named(o, words[1:]) for o in owners if o) if k), None)
            return (kin, SpeakerType.PERSON) if kin else None
        if len(words) < 2 or (first not in ("his", "her") and owned_at is None):
            return None
        if owned_at is not None and first not in ("his", "her") and words[owned_at][:1].islower():
            owner_words = [w for w in words[:owned_at + 1] if w.lower() not in DETERMINERS]
            if (words[owned_at + 1:] and words[-1].lower() in _OWNED_CHANNELS and len(words) == owned_at + 2
                    and owner_words[0][:1].isupper() and owner_words[-1][:-2].lower() in ORG_ROLE_NOUNS):
                return " ".join(owner_words)[:-2], SpeakerType.ORGANIZATION  # "the Trump campaign's website"
            kin = self._kin_of_someone(words[owned_at][:-2].lower(), words[owned_at + 1:])
            if kin:  # "the boy’s mother told a court …", who is "Cian’s mother Gráinne Fallon" after
                return kin, SpeakerType.PERSON
            if words[-1].lower() in ORG_ROLE_NOUNS:
                # "the military’s civil defense branch says" after "The Home Front Command says …": the
                # body the branch is, as "the civil defense branch" would be
                body = self._described(mention._replace(text=f"the {' '.join(words[owned_at + 1:])}"))
                if body is not None and body.type == SpeakerType.ORGANIZATION:
                    return body.name, SpeakerType.ORGANIZATION
            return None  # "the ad’s narrator": owned by a thing, it is said as written
        if first in ("his", "her"):
            owner = self._most_salient(mention.start, "male" if first == "his" else "female")
            name, rest = (owner.name if owner else None), words[1:]
        else:
            assert owned_at is not None  # a possessive word, checked above
            owner_words = words[:owned_at + 1]
            lead = next((k for k in range(len(owner_words) - 1, -1, -1) if not owner_words[k][:1].isupper()), -1)
            given = next((k for k in range(lead + 1, len(owner_words) - 1) if is_first_name(owner_words[k])), lead + 1)
            # "Libertarian presidential candidate Gary Johnson’s doctor", "House Speaker Paul Ryan’s
            # office": the owner is the name, without the titles before it
            written_owner = " ".join(owner_words[given:])[:-2]
            owner_name = self._full_name(mention._replace(name=written_owner, text=written_owner))
            name, rest = (owner_name if len(owner_name.split()) > 1 else None), words[owned_at + 1:]
        if not name or not rest or rest == ["own"]:
            return None  # "his own" says whose, not who
        if len(rest) == 1 and rest[0].lower() in _OWNED_CHANNELS:
            # "the Trump campaign's website", "her statement": the words are the owner's own
            owner_type = SpeakerType.ORGANIZATION if name.split()[-1].lower() in ORG_ROLE_NOUNS | ORG_WORDS else (
                SpeakerType.PERSON if len(name.split()) > 1 else SpeakerType.UNKNOWN)
            return name, owner_type
        if rest[-1].lower() in _NAMED_BY_LEADER and len(rest) == 1:
            return f"{name.split()[-1]} {rest[-1].lower()}", SpeakerType.ORGANIZATION
        if rest[-1].lower() in ORG_ROLE_NOUNS and len(rest) == 1:
            return f"{name}’s {rest[-1].lower()}", SpeakerType.ORGANIZATION  # "Penny Wong’s office"
        kin = (self._kin_introduced(mention.start, first, rest) or self._kin_named(name, rest)
               or self._kin_named(name, rest, loose=True))  # "Dev Mistry …, his younger sister, Anjali Mistry"
        if kin:  # "His wife, Paulette Ferguson, said … . “…,” her husband said": Winston Ferguson
            return kin, SpeakerType.PERSON
        return f"{name}’s {' '.join(rest)}", mention.kind

    def _kin_introductions(self) -> list[tuple[int, str, str, str]]:
        """:func:`_kin_introductions` of the article, read when first needed."""
        if self._kin_intros is None:
            self._kin_intros = _kin_introductions(self.text, self.full_names)
        return self._kin_intros

    def _kin_of_someone(self, owner: str, rest: list[str]) -> str | None:
        """The one person the article names as someone's kin of the noun ``rest`` says ("Cian’s
        mother Gráinne Fallon", "his mother, Gráinne Fallon"), where a description names them by
        a noun for the person they are kin to ("the boy’s mother"), before or after."""
        if not (is_person_noun(owner) or owner in _PERSON_ROLES) or len(rest) != 1 or (
                rest[0].lower() not in _KIN_GENDERS):
            return None
        named = {name_key(name) for _, _, kin, name in self._kin_introductions()
                 if kin == rest[0].lower() and name_key(name) in self._names}
        return self._names[named.pop()] if len(named) == 1 else None

    def _kin_introduced(self, pos: int, pronoun: str, rest: list[str]) -> str | None:
        """The person the article introduced before ``pos`` with the kin noun a description
        names, of the same owner's pronoun: "Her son, Ken, … according to her son" is Ken
        McCarthy; "Tom Gregson, her brother, … said her brother" is Tom. The latest such."""
        words = [w.lower() for w in rest]
        if pronoun not in ("his", "her") or not words or words[-1] not in _KIN_GENDERS:
            return None
        found = [(at, name) for at, owner, kin, name in self._kin_introductions()
                 if at < pos and kin == words[-1] and owner == pronoun and name_key(name) in self._names]
        return self._names[name_key(max(found)[1])] if found else None

    def _kin_written_next(self, name: str, kin: str, pos: int) -> str | None:
        """The first person of ``name``'s surname, other than them, written in full in the next
        paragraphs after ``pos``, of the kin noun's gender: "THE mum of … Jade Okonkwo has told
        how … ⏎ Grace Okonkwo, 58, said", where the article names a sister Okonkwo later too."""
        if kin not in _KIN_GENDERS or len(name.split()) < 2:
            return None
        surname, gender = name_key(_surname(name)), _KIN_GENDERS[kin]
        hi = self._paragraph_end(pos, _KIN_NEXT_PARAGRAPHS)
        found = [(at, full) for at, full, _ in self.full_names if pos <= at < hi and name_key(full) != name_key(name)
                 and name_key(full).split()[-1] == surname and self.gender(name_key(full)) in (None, gender)]
        return self._names.get(name_key(min(found)[1])) if found else None

    def _kin_named(self, name: str, rest: list[str], loose: bool = False) -> str | None:
        """The person a kin noun of ``name``'s stands for where the article names them: the one
        other person it names with the same surname, of the noun's gender ("her husband" of
        Paulette Ferguson is Winston Ferguson); ``loose``, also one whose gender is not known."""
        rest = [w for w in rest if w.lower() not in _KIN_AGE_WORDS]  # "his younger brother": a brother
        if len(rest) != 1 or rest[0].lower() not in _KIN_GENDERS or len(name.split()) < 2:
            return None
        gender = _KIN_GENDERS[rest[0].lower()]
        # each part of a double-barrelled surname: "her father" of Anjali Boodoo-Khan is a Boodoo
        surnames = {name_key(part) for part in _surname(name).split("-")} | {name_key(_surname(name))}
        family = {key: self.gender(key) for key in self._names if key != name_key(name) and len(key.split()) > 1
                  and key.split()[-1] in surnames}
        wanted = _KIN_SAME.get(rest[0].lower(), rest[0].lower())
        same = {key for key, known in family.items() if known == gender
                and self._written_as_kin(key) in (None, wanted)}  # not "his brother, Callum Kerrigan" for "Dad"
        if loose and not same:  # "Yuko", mostly a woman's name, where the article gives no gender
            same = {key for key, known in family.items() if known is None
                    and guessed_first_name(key.split()[0].capitalize()) in ("unknown", f"mostly_{gender}")}
        return self._names[same.pop()] if len(same) == 1 else None

    def _written_as_kin(self, key: str) -> str | None:
        """The kin noun the article first writes just before the full name ``key`` ("his
        brother, Callum Kerrigan"), as :data:`_KIN_SAME` reads it; None where it writes none."""
        for at, full, _ in self.full_names:
            if name_key(full) == key:
                kin = _KIN_WRITTEN_BEFORE.search(self.text, max(0, at - 24), at) or _KIN_WRITTEN_AFTER.match(
                    self.text, at + len(full))  # "Jake Penhallow – the manager’s son": no one's father
                return _KIN_SAME.get(kin.group(1).lower(), kin.group(1).lower()) if kin else None
        return None

    def _current_holder(self, mention: Mention, found: _Known | None) -> _Known | None:
        """Who holds an office now, where a description of it ("the Lord Mayor said") found one
        the article calls its former holder ("former lord mayor Tadhg Cronin"): the one other person
        the article gives that title with their name ("Lord Mayor Cllr Orla Twomey")."""
        words = mention.text.lower().split()
        if found is None or found.type != SpeakerType.PERSON or words[:1] != ["the"] or "former" in words:
            return None
        role = " ".join(words[1:])
        former = rf"\b(?i:former|ex-|then-)\s*(?:[A-Z][\w-]*\s+)?{re.escape(role)}\s+(?:[A-Z][\w.-]*\s+){{0,2}}"
        if not re.search(former + re.escape(found.name.split()[-1]), self.text, re.IGNORECASE):
            return None
        titled = {key for key, title in self._introduced_titles().items()
                  if set(words[1:]) <= title and key != name_key(found.name) and key in self._names}
        if len(titled) != 1:
            return None
        key = titled.pop()
        return _Known(mention.start, self._names[key], SpeakerType.PERSON, self.gender(key),
                      set(self._roles_by_key[key]))

    def _unnamed_role_opener(self, mention: Mention, found: _Known | None) -> str | None:
        """The role a paragraph opens on ("The presiding judge adjourned the case to November 4."),
        where "the judge" after it in that paragraph found no one given that role (only whoever
        was salient): the description itself, as the article leaves the judge unnamed."""
        words = mention.text.lower().split()
        if len(words) != 2 or words[0] != "the" or words[1] not in ROLE_NOUNS:
            return None
        if found is not None and (found.type != SpeakerType.PERSON or any(
                words[1] in role.lower().split() for role in self._roles_by_key.get(name_key(found.name), ()))):
            return None
        opener = _ROLE_PARAGRAPH_OPENER.match(self.text, self._paragraph_start(mention.start))
        if opener is None or opener.group(2).lower() != words[1] or opener.end() > mention.start:
            return None
        return f"{opener.group(1) or ''}{opener.group(2)}".lower()

    def _birth_names(self) -> dict[str, str]:
        """The name an obituary or profile gives its subject at birth, a paragraph opening on it
        ("Margaret Ann Ellison was born on Aug. 19, 1936, …" of Margaret Thorne): the given name of
        the first person the article names in full, another surname."""
        if " was born" not in self.text or not self.full_names:
            return {}
        subject = min(self.full_names)[1].split()
        found = {}
        for m in _BORN_AS.finditer(self.text):
            born = m.group(1).split()
            if born[0] == subject[0] and born[-1] != subject[-1] and not _KIN_BEFORE.search(
                    self.text, max(0, m.start() - 30), m.start()):
                found[name_key(m.group(1))] = name_key(" ".join(subject))
        return found

    def _place_owned(self, pos: int, name: str) -> str:
        """A body's name after a possessive of the place the article names ("The county's Board of
        Commissioners" after "Fulton County"): the body of that place, by the place's name."""
        owner = _PLACE_OWNER_BEFORE.search(self.text, max(0, pos - 16), pos)
        if owner is None:
            return name
        kind = owner.group(1).capitalize()
        places = [m for m in re.compile(rf"\b((?:[A-Z][\w’'-]*[ \t]+){{1,3}}){kind}\b").finditer(self.text, 0, pos)
                  if not self._quoted.covers(m.start())]
        named = {m.group().removeprefix("The ") for m in places}
        return f"{places[-1].group().removeprefix('The ')} {name}" if len(named) == 1 else name

    def _named_as_organization(self, mention: Mention) -> bool:
        """A name right after a noun for a body: "the South Korean newspaper Hankook Ilbo"; not
        one after a comma ("in office, Mr. Obama said"); or one the article writes with a
        company's legal form after it ("Tal-Qroqq Developments Ltd")."""
        before = _WORD_BEFORE.search(self.text, max(0, mention.start - 30), mention.start)
        if before is not None and before.group(1) in ORG_ROLE_NOUNS:
            return True
        apposed = _APPOSED_BODY_NOUN.search(self.text, max(0, mention.start - 40), mention.start)
        if (apposed is not None and apposed.group(1) in ORG_ROLE_NOUNS and self.text.startswith(",", mention.end)
                and not is_first_name((mention.name or mention.text).split()[0]) and not _gender(mention.text)):
            # "The haulage firm, Hyndburn Aggregates, said"; not "The museum, Mr. Bush said,"
            return True
        name = mention.name or mention.text
        at = self.text.find(name + " ")  # "Tal-Qroqq Developments Ltd" written elsewhere: a company
        return at >= 0 and " " in name and _LEGAL_FORM.match(self.text, at + len(name)) is not None

    def _remember(self, mention: Mention, name: str, mtype: str, gender: str | None) -> None:
        key = name_key(name)
        if mention.role:
            self._roles_by_key[key].add(mention.role)
        if mtype == SpeakerType.PERSON or key in self._described_keys:
            self._note_gender(key, gender)
            if mention.kind == MentionKind.PRONOUN and gender:
                self._pronoun_genders.setdefault(key, gender)  # "“…,” he said" of them: the article's word
            self._names.setdefault(key, name)
            title = mention.text.split()[0].lower().rstrip(".") if " " in mention.text else ""
            if title in _WOMENS_TITLES:
                self._womens_titles[key].add(title)
            bisect.insort(self._salient, _Salient(mention.start, key, (mention.start, mention.end), _SPEAKER),
                          key=_POSITION)
        if mtype == SpeakerType.ORGANIZATION and " " in name and not is_first_name(name.split()[0]):
            # not "Michael R. Bloomberg" nor "Obama", whatever "Bloomberg said" or a headline's "Obama Says" was typed
            self._body_keys.add(key)
        gender = gender or self._first_gender.get(key, (0, None))[1]
        known = _Known(mention.start, name, mtype, gender, set(self._roles_by_key[key]))
        bisect.insort(self.history, known, key=_POSITION)
        if key not in self._first or known.position < self._first[key].position:
            self._first[key] = known
        if gender and (key not in self._first_gender or known.position < self._first_gender[key][0]):
            self._first_gender[key] = (known.position, gender)

    def _bare_after(self, introduced: int, mention: Mention) -> bool:
        """Whether ``mention`` is a surname alone, with no kin written (outside quotes) after the
        sentence that introduced the namesake at ``introduced`` ("“…,” Du Plessis said"); not
        "The elder Salim", nor one after "Her husband was blunter."."""
        after = self._sentence_starts[min(len(self._sentence_starts) - 1, self._sentence_of(introduced) + 1)]
        return (mention.text == mention.name and mention.text[:1].isupper() and not mention.text.startswith("The ")
                and all(self._quoted.covers(m.start()) for m in _KIN_WORD.finditer(self.text, after, mention.start)))

    def _spoke_at(self, pos: int) -> bool:
        """Whether a mention at ``pos`` is a speaker's, remembered as it was resolved (not a
        person the article introduced with a title and no words)."""
        i = bisect.bisect_left(self._salient, pos, key=_POSITION)
        return any(m.bonus == _SPEAKER for m in self._salient[i:i + 4] if m.position == pos)

    def _before(self, pos: int) -> list[_Known]:
        """The speakers resolved before ``pos``, in reading order."""
        return self.history[:bisect.bisect_left(self.history, pos, key=_POSITION)]

    def _nicknamed(self) -> dict[str, str]:
        """The nicknames the article gives people, in lower case, with the full name each is of:
        Eleanor "Nell" Hrubes, "Siriporn Jaidee, who goes by the nickname "Pim"", "Jun Reyes,
        known as Junjun"; found once, when a name of one word is first resolved."""
        if self._nicknames is None:
            self._nicknames = {}
            if any(pattern.search(self.text) for pattern in _NICKNAME_WRITTEN):
                for m in _NICKNAMED.finditer(self.text):
                    full = f"{m.group(1).split()[-1]} {m.group(3)}"
                    self._nicknames.setdefault(m.group(2).lower(), self._names.get(name_key(full), full))
            if any(cue in self.text for cue in _GOES_BY_WRITTEN):
                for m in _GOES_BY.finditer(self.text):
                    named = [name for pos, name, _ in self.full_names if pos + len(name) == m.start()]
                    if named and not self._quoted.covers(m.start()):
                        self._nicknames.setdefault(m.group("nickname").lower(), named[0])
                # "Kanokwan Thepsuriya, 34, who runs a café … and goes by the nickname “Ploy”": the
                # one named first in the sentence
                for m in _GOES_BY_LATER.finditer(self.text):
                    lo = self._sentence_starts[max(0, self._sentence_of(m.start()))]
                    named = [name for pos, name, _ in self.full_names if lo <= pos < m.start()]
                    if named and not self._quoted.covers(m.start()):
                        self._nicknames.setdefault(m.group("nickname").lower(), named[0])
        return self._nicknames

    def _family_of(self, mention: Mention) -> str | None:
        """The people of one surname a plural of it after "the" names: "the Castellanos" of Luis
        and Marisol Castellano, "the Joneses", joined by "and" in the order the article gave them."""
        name = mention.name or ""
        if " " in name or not name.endswith("s") or not self.text.endswith(("the ", "The "), 0, mention.start):
            return None
        for surname in (name[:-2], name[:-1]) if name.endswith("es") else (name[:-1],):
            people = [full for _, full, words in self._full_words if len(words) > 1 and words[-1] == name_key(surname)
                      and name_key(full) in self._names]
            if len(set(people)) >= 2:
                return " and ".join(dict.fromkeys(people))
        return None

    def _full_name(self, mention: Mention) -> str:
        name = strip_honorific(mention.name or mention.text)
        owner = name.split(maxsplit=1)
        if len(owner) == 2 and owner[0].endswith(("’s", "'s")) and owner[0][:-2] in STATES_AND_COUNTRIES:
            name = owner[1]  # "Spain’s Elena Robles": the minister, not her country
        letters = mention.text
        if 2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper() and (
                self.text.startswith(":", mention.end)):
            # "NK:" labelling an interview's answers: Nadia Kasprzak, the one person of those initials
            initialled = {full for _, full, full_words in self._full_words
                          if len(full_words) == len(letters) and "".join(w[0] for w in full_words) == letters.lower()}
            if len(initialled) == 1:
                return initialled.pop()
        if _described_before_name(name.split()) and name_key(name.split(maxsplit=1)[1]) in self._names:
            name = name.split(maxsplit=1)[1]  # "Syndicator Lachlan Burke": the person named, not what they are
        words = name_key(name).split()
        if not words:
            return name
        senior = _SENIORITY.search(self.text, max(0, mention.start - 12), mention.start) if len(words) == 1 else None
        if senior:  # "the elder Teoh" of Teoh Kah Seng, 58, and his son Teoh Wei Jie, 29: as the salience reads it
            same = {full for _, full, full_words in self._full_words if words[0] in (full_words[0], full_words[-1])}
            ranked = self._of_rank(same, senior.group(1))
            if ranked:
                return ranked
        written_in_full = self._written_in_full
        if len(words) > 2 and mention.type != SpeakerType.ORGANIZATION and " ".join(words) not in written_in_full:
            # "SP Investigation Rana Naeem Akhtar", "MNA from Bhakkar Chaudhry Naeem Ashraf Bhatti": the
            # person the article names in full, after their wing or place, from their clan's title on
            tail = next((" ".join(words[k:]) for k in range(1, len(words) - 1)
                         if (words[k] in _NAME_PREFIXES or all(w in _ROLE_WINGS for w in words[:k]))
                         and " ".join(words[k:]) in written_in_full), None)
            if tail:
                return self._names.get(tail, written_in_full[tail])

        def shortens(full_words: list[str], at: int) -> bool:
            if len(full_words) <= len(words):
                return False
            # "Putin" of Vladimir Putin, "von der Leyen" of Ursula von der Leyen; a lone word may
            # also be a surname written first ("Kim" of Kim Jong Un, "Wi" of Wi Sung-lac).
            if len(words) == 2 and words[0] in _NAME_PREFIXES and full_words[0] == words[0]:
                return full_words[-1] == words[-1]  # "Sardar Gopang" of Sardar Naveed Akhtar Gopang
            return full_words[-len(words):] == words or (
                len(words) == 1 and full_words[0] == words[0] and mention.type != SpeakerType.ORGANIZATION
                and full_words[-1] not in ROLE_NOUNS) or (  # but "Treasury" is no "Treasury Cabinet Secretary",
                # nor "the FA" the "FA Cup"; and "Mohd Rizal" is Mohd Rizal Abdullah, the given names a
                # Malay name is shortened to, of one the article gives a title ("police chief Comm
                # Datuk Mohd Rizal Abdullah"), so no body or headline's words
                len(words) > 1 and len(full_words) > 2 and full_words[:len(words)] == words
                and mention.type != SpeakerType.ORGANIZATION
                and bool(self._introduced_titles().get(" ".join(full_words)))
                and not in_heading(self.text, at))  # not "Sen. Ted Cruz Apologizes" over a paragraph

        if len(words) == 1 and self._headline_subject() == name:
            return name  # "Vantorra", the company the story opens on, is no "Vantorra Lyra", its car
        if self._masthead_first_name(mention.start, name):
            given = [full for _, full, full_words in self._full_words
                     if full_words[0] == words[-1] and len(full_words) > 1]
            if len(given) == 1:
                return given[0]
        if len(words) == 1 and words[0] in self._nicknamed():
            return self._nicknamed()[words[0]]  # "Nell said" of Eleanor "Nell" Hrubes
        gender = _gender(mention.text)
        candidates = [(pos, full) for pos, full, full_words in self._may_shorten(words) if shortens(full_words, pos)
                      and (not gender or self.gender(name_key(full)) in (None, gender))]  # "Mr. Obama" is not Michelle
        if gender and len(words) == 1 and mention.text.split()[0].lower().rstrip(".") in _MISTER:
            # "Mr Mrisho" of District Commissioner Ally Mrisho, not of Dr Juma Mrisho: one the article
            # calls doctor or professor is written so again, whatever a first-name list guesses
            same = {full for _, full, full_words in self._may_shorten(words) if full_words[-1] == words[0]
                    and self.gender(name_key(full)) in (None, gender, self._name_gender(full))}
            plain = {full for full in same if not self._introduced_titles().get(name_key(full), set()) & _DOCTORS}
            if len(same) > 1 and len(plain) == 1:
                return plain.pop()
        if gender and len(words) == 1 and any(name_key(full).split()[-1] == words[0] for _, full in candidates):
            # "Mr Hollis" is Graeme Hollis, not the Hollis Bakery his name opens: a surname written
            # first is a name's only where the article gives that name a title ("Mr Tan Boon Huat")
            candidates = [(pos, full) for pos, full in candidates if name_key(full).split()[-1] == words[0]
                          or self._introduced_titles().get(name_key(full))]
        if len(words) == 1 and any(name_key(full).split()[-1] == words[0] and name_key(full) in self._names
                                   for _, full in candidates):
            # "Cole said" of Harriet Cole, not of the law firm Cole Amesbury: a name it opens is
            # one only where the article takes that name for a person's
            candidates = [(pos, full) for pos, full in candidates
                          if name_key(full).split()[-1] == words[0] or name_key(full) in self._names]
        if not candidates and len(words) == 2:
            # "Bobby Scott" of Robert C. Scott: a short first name and the same surname
            formal = [full for _, full, full_words in self._may_shorten(words)
                      if _shortens_given(words[0], full_words[0]) and full_words[-1] == words[-1]]
            if len(set(formal)) == 1:
                return formal[0]
        if mention.type != SpeakerType.ORGANIZATION:
            # "Kelvin Tsang Ho-yin", as Hong Kong writes an English name, surname and Chinese given
            # name, is "Tsang" and "Kelvin Tsang" after
            written = name.split()
            candidates += [(pos, full) for pos, full in self._chinese_given
                           if full.split()[:-1] == written or full.split()[1:2] == written]
            candidates.sort()
        honored = _gender(mention.text) or _HONORED.match(mention.text)  # "Dr Nurul Huda" of Dr Nurul Huda Ismail,
        hyphened = " " not in name and mention.type != SpeakerType.ORGANIZATION  # "Demi-Rae" of Demi-Rae Harper
        # "Ahmad Zulkarnain" of … Hashim: given names, the second never written alone (as "Cruz" is)
        parts = name.split()
        given_only = (len(parts) == 2 and mention.type != SpeakerType.ORGANIZATION
                      and self.text.count(parts[1]) == self.text.count(name))
        longer_patronymic = not candidates and len(words) > 1 and mention.type != SpeakerType.ORGANIZATION and any(
            _PATRONYMIC.search(full) and full_words[:len(words)] == words for _, full, full_words in self._full_words)
        # "Teodoro Quispe" of Teodoro Quispe Ccahuana: a Spanish name without its second surname
        second_surname = not candidates and len(words) > 1 and mention.type != SpeakerType.ORGANIZATION and (
            is_first_name(parts[0]) and not any(w[:1].islower() for w in parts))
        if not candidates and len(words) > 1 and (honored or hyphened or given_only or longer_patronymic
                                                  or second_surname):
            # the given names alone, as Malay and Arabic names are shortened (after a title or not),
            # and a hyphened first name as tabloids and features write it: the one full name they
            # open; with no title here, a person's the article gave a title ("Hillary Clinton" is no
            # "Hillary Clinton Foundation", "Ted Cruz" no "Ted Cruz South Carolina" of a headline)
            longer = {full for _, full, full_words in self._full_words
                      if len(full_words) > len(words) and full_words[:len(words)] == words}
            whole = next(iter(longer)) if len(longer) == 1 else ""
            patronymic = bool(whole) and _PATRONYMIC.search(whole)  # "Siti Aminah binti Yusof"
            by_surnames = second_surname and len(whole.split()) == len(words) + 1 and (
                name_key(whole) in self._names
                and whole.split()[-1].lower() not in ORG_WORDS  # no "Hillary Clinton Foundation",
                and all(pos < mention.start and not in_heading(self.text, pos)  # given in full before, and
                        for pos, full, _ in self._full_words if full == whole))  # no heading's "Ted Cruz Apologizes"
            shortened = honored or hyphened or given_only or longer_patronymic  # (not the second surname alone)
            if whole and (honored or hyphened or patronymic or by_surnames or shortened and (
                    name_key(whole) in self._names and (self._introduced_titles().get(
                        name_key(whole)) or self._given_an_age(whole)))):
                return whole  # "Ahmad Faizal" of "Ahmad Faizal Osman, 52,": someone's name
        if not candidates and len(words) == 1 and len(words[0]) >= _MISSPELT_LENGTH:
            # "McLenney said" of Tyresha McClenney: a surname misspelt by one letter, where only one fits
            near = {full for _, full, full_words in self._full_words if len(full_words) > 1
                    and Levenshtein.distance(full_words[-1], words[0]) == 1}
            if len(near) == 1:
                return near.pop()
        if not candidates and len(words) == 1 and mention.type != SpeakerType.ORGANIZATION:
            # "Ferrari" of Gustavo Ferrari Etchegaray, as Spanish names are shortened to the first
            # surname, and Ugandan ones to a middle name: the one full name it stands inside
            inner = {full for _, full, full_words in self._full_words if _inner_surname(words[0], full_words)
                     and name_key(full) in self._inner_named
                     and (not gender or self.gender(name_key(full)) in (None, gender))}
            if len(inner) == 1:
                return inner.pop()
            written_whole = self._given_anywhere(name, gender)
            if written_whole:
                return written_whole
        if len(words) == 1 and mention.type != SpeakerType.ORGANIZATION and candidates:
            # "Ferrer said" of Joaquín Ferrer Salas, named before his daughter Marta Ferrer is: the
            # first surname of a Spanish name counts as a surname where its person came first
            candidates = sorted(candidates + [
                (pos, full) for pos, full, full_words in self._full_words if pos < mention.start
                and _inner_surname(words[0], full_words) and name_key(full) in self._names
                and words[0] in (name_key(w) for w in full.split()[1:-1])  # no "Corbett" of Tracey Corbett-Lynch
                and (not gender or self.gender(name_key(full)) in (None, gender))])
        if len(words) == 1 and len(candidates) > 1:
            # "Ashworth says" is Maureen Ashworth, not her granddaughter Ellie Pryce-Ashworth: a bare
            # surname is a double-barrelled one's only where no one bears it alone
            alone = [(pos, full) for pos, full in candidates if not full.lower().endswith(f"-{name.lower()}")]
            candidates = alone or candidates
        before = [c for c in candidates if c[0] < mention.start] or candidates
        if len(words) == 1 and len({full for _, full in before}) > 1 and not in_heading(self.text, mention.start):
            # "Ana, Sofia and Lucia Dominguez — with their father on the bench —" over a story that
            # opens "Ray Dominguez has one rule": a heading listing namesakes together introduces
            # none of them, as a heading naming one person ("Bill Clinton calls …") does
            body = [(pos, full) for pos, full in before if not (
                in_heading(self.text, pos) and (not self.text.startswith(full, pos) or _LISTED_BEFORE.search(
                    self.text, max(0, pos - 6), pos)))]
            before = body or before
        distinct = {full for _, full in before}
        distinct = {full for full in distinct if not any(
            other != full and name_key(other).endswith(" " + name_key(full)) for other in distinct)}  # "J. Leahy"
        if len(distinct) > 1 and len(words) == 1:
            # "Kibet said" of Elijah Kibet, not of his wife Mercy Jerotich Kibet, whom the article
            # calls by the name inside hers ("Jerotich said")
            outer_named = {full for full in distinct if name_key(full) not in self._inner_named}
            if len(outer_named) == 1:
                return outer_named.pop()
        if len(distinct) > 1 and len(words) == 1:
            fit = self._of_age_written(distinct, mention.end)
            if len(fit) == 1:
                return fit.pop()
            distinct, before = fit, [c for c in before if c[1] in fit]
        part = _FOR_OWN_PART.match(self.text, mention.end) if len(distinct) > 1 and len(words) == 1 else None
        own = _pronoun_gender(next(g for g in part.groups() if g)) if part and not gender else None
        fitting = {full for full in distinct if self.gender(name_key(full)) in (None, own)} if own else set()
        if len(fitting) > 1:  # "Chan said his mother was relieved" of Chan Wai Keong, the one known as a man
            fitting = {full for full in fitting if self.gender(name_key(full)) == own} or fitting
        if len(fitting) == 1:  # "Ortega, for his part, said he would …": the Ortega who is a man
            return fitting.pop()
        opening = _TITLE_OPENING.match(mention.text)
        titled_as = (_TITLE_JUST_BEFORE.search(self.text, max(0, mention.start - 16), mention.start) or (
            opening if opening and opening.group(1).lower() not in _MISTER else None)) if len(distinct) > 1 else None
        if titled_as:
            # "Sgt Tobin" where the article names Garda Ciarán Tobin and Sergeant Niamh Tobin, "Dr
            # Lim" where it names Madam Lim Siew Hong and Dr Lim Teck Meng: the one introduced with
            # that title
            title = titled_as.group(1).lower()
            title = TITLE_ABBREVIATIONS.get(title, title)
            same_title = {full for full in distinct if title in self._introduced_titles().get(name_key(full), ())}
            if len(same_title) == 1:
                return same_title.pop()
        courtesy = mention.text.split()[0].lower().rstrip(".") if len(distinct) > 1 and " " in mention.text else ""
        if courtesy in _MISTER:
            # "said Mrs Ryan" of Margaret Ryan, 71, and her granddaughter Aoife Ryan, 12: a child is
            # never written with a courtesy title
            ages = self._given_ages()
            adults = {full for full in distinct if not any(int(age) < 18 for age in ages.get(name_key(full), ()))}
            if len(adults) == 1:
                return adults.pop()
        if courtesy in _WOMENS_TITLES:
            # "Mr and Mrs Shaw" after "Mrs Shaw told the court" of the mother: of two women who share
            # a surname, the one the article called Mrs, not Ms or Miss, as it did before
            same_title = {full for full in distinct if courtesy in self._womens_titles.get(name_key(full), ())}
            if len(same_title) == 1:
                return same_title.pop()
        if len(distinct) > 1:
            # "Ethan's father, Mark Whitlock, said … . “…,” Mr Whitlock said": of two people who
            # share a surname (and the title written, if any), the one who spoke last, just before;
            # with no title, only one introduced in full there ("The group's financial director,
            # Marius du Plessis - no relation - said … ⏎ “…,” Du Plessis said")
            fulls = {name_key(full) for full in distinct}
            spoke = next((k for k in reversed(self._before(mention.start)) if name_key(k.name) in fulls), None)
            introduced = min((at for at, full in before if full == spoke.name), default=None) if spoke else None
            if (spoke and spoke.type == SpeakerType.PERSON
                    and self._paragraphs_between(spoke.position, mention.start) <= (2 if gender else 1)
                    and (gender or (introduced is not None and self._spoke_at(spoke.position)
                                    and self._paragraphs_between(introduced, mention.start) <= 1
                                    and self._bare_after(introduced, mention)))):
                return spoke.name
        senior = (_SENIORITY.search(self.text, max(0, mention.start - 12), mention.start)
                  or _SENIORITY_OPENING.match(mention.text)) if len(distinct) > 1 else None
        if senior:  # "the younger Tapia" of Luis Tapia, 58, and his son Cristián Tapia, 29
            ranked = self._of_rank(distinct, senior.group(1))
            if ranked:
                return ranked
            # "Olivier Comeau, who had a goal and an assist, was gracious. ⏎ “…,” the elder Comeau
            # said", their ages untold: the one written in full just before, in the paragraph
            # before or earlier in this one, where only one is
            lo = self._paragraph_start(mention.start, back=1)
            in_full = {full for full in distinct if self._written_outside_quotes(full, lo, mention.start)}
            if len(in_full) == 1:
                return in_full.pop()
        if len(distinct) > 1 and len(words) == 1 and _labels_at(self.text, mention.start, mention.end):
            return self._in_full_last(distinct, mention.start)
        described = self._described_namesake(distinct, mention.start) if len(words) == 1 and len(distinct) > 1 else None
        if described:
            return described
        # a headline's "Whitlock fumes", before any namesake is named in full, is the first the story names
        if len(words) == 1 and len(distinct) > 1 and before[0][0] < mention.start:
            newcomer = self._newcomer(words[0], before, mention.start)
            if newcomer:
                return newcomer
            established = self._written_alone_first(name, before)
            if established:
                return established
        if before and len(words) == 1 and not gender and words[0] in self._names:
            # "President Obama" is someone the article names by title and surname: a bare "Obama"
            # is him, not Michelle Obama, where the two differ in gender
            titled = self.gender(words[0])
            if titled and self.gender(name_key(before[0][1])) not in (None, titled):
                # his full name where the text gives one that agrees ("Barack Obama Election Day")
                return self._given_anywhere(name, titled) or name
        return before[0][1] if before else name

    def _given_an_age(self, name: str) -> bool:
        """Whether the article writes an age just after ``name`` somewhere ("Ahmad Faizal Osman, 52,")."""
        at = self.text.find(name)
        while at >= 0:
            if _AGE_AFTER.match(self.text, at + len(name)):
                return True
            at = self.text.find(name, at + 1)
        return False

    def _of_rank(self, names: set[str], rank: str) -> str | None:
        """Of namesakes' full ``names``, the one a rank word names: the youngest for "younger" or
        "junior", else the eldest (:meth:`_by_seniority`); None where the article does not tell."""
        ranked = self._by_seniority(names) if len(names) > 1 else None
        if not ranked:
            return None
        return ranked[0] if rank.lower() in ("younger", "junior") else ranked[-1]

    def _by_seniority(self, names: set[str]) -> list[str] | None:
        """``names`` from the youngest to the eldest, by the ages the article gives them or by
        how it introduces them ("his son Cristián Tapia", "his younger brother, Tomás Moreno"),
        or None where that does not tell them all apart."""
        ages = self._given_ages()
        aged = {full: ages[name_key(full)] for full in names if len(ages.get(name_key(full), ())) == 1}
        if len(aged) == len(names):
            ranked = sorted(names, key=lambda full: int(next(iter(aged[full]))))
        else:
            rank = {}  # -1 introduced as the younger ("his son"), 1 as the elder ("their father"), 0 neither
            for full in names:
                first = self.text.find(full)
                kin = (_KIN_BEFORE.search(self.text, max(0, first - 30), first)
                       or _KIN_WRITTEN_AFTER.match(self.text, first + len(full))) if first >= 0 else None
                said = kin.group(1).lower() if kin else ""
                if kin and said in ("brother", "sister"):  # ", Mateo's younger brother,": the age word says which
                    said = next((w for w in kin.group().lower().split() if w in _JUNIOR_KIN | _SENIOR_SIBLING), "")
                rank[full] = 0 if not said else -1 if said in _JUNIOR_KIN else 1
            if len(set(rank.values())) != len(names):
                return self._parent_and_child(names)
            ranked = sorted(names, key=rank.__getitem__)
        return ranked

    def _parent_and_child(self, names: set[str]) -> list[str] | None:
        """A father and daughter, or a mother and son, sharing a surname, the child first: where
        the two differ in gender and the article writes "her father", "his mother" (outside
        quotes), the parent is the one of the parent's gender."""
        genders = {self.gender(name_key(full)): full for full in names}
        if len(names) != 2 or len(genders) != 2 or None in genders:
            return None
        kin = [(_pronoun_gender(m.group(1)), _KIN_GENDERS[m.group(2).lower()])
               for m in _PARENT_OF.finditer(self.text) if not self._quoted.covers(m.start())]
        parents = {parent for child, parent in kin if child != parent}
        if len(parents) != 1:
            return None
        parent = genders[parents.pop()]
        return [next(full for full in names if full != parent), parent]

    def _written_alone_first(self, surname: str, before: list[tuple[int, str]]) -> str | None:
        """Of the people sharing ``surname``, the one introduced first, where the article wrote
        the surname alone for them before it named the next in full: "Gabriela Solís Araya … Solís
        said … ⏎ … said Rodolfo Solís, president of the chamber … ⏎ Solís took to Instagram" is
        the minister, whose short name it was. ``before`` holds (position, name) in article order."""
        first = _first_written(before)
        if len(first) < 2:
            return None
        (at, earliest), (following, _) = sorted((at, full) for full, at in first.items())[:2]
        alone = re.compile(rf"(?<![\w’'-] )(?<![\w’'-])\b{re.escape(surname)}\b(?![ \t]+[A-Z])")
        for m in alone.finditer(self.text, at + len(earliest), following):
            if not self._quoted.covers(m.start()) and not self.text[max(0, m.start() - 1):m.start()].isalpha():
                return earliest
        return None

    def _described_namesake(self, names: set[str], pos: int) -> str | None:
        """Of people who share a surname, the one whose role a definite description earlier in
        the paragraph of ``pos`` gives: "The Scotland head coach was asked … “…,” Baird said" is
        Alasdair Baird, the head coach, not the lock Finlay Baird named since."""
        start = self._paragraph_start(pos)
        found = set()
        for m in _THE_ROLE.finditer(self.text, start, pos):
            if self._quoted.covers(m.start()):
                continue
            words = m.group().split()
            last = max((k for k, w in enumerate(words) if k and w.lower() in ROLE_NOUNS), default=0)
            if not last:
                continue
            words = words[:last + 1]  # "The Scotland head coach" of "The Scotland head coach was asked"
            found |= {full for full in names if any(
                _role_fits(words, role) for role in self._roles_by_key.get(name_key(full), ()))}
        return found.pop() if len(found) == 1 else None

    def _newcomer(self, surname: str, before: list[tuple[int, str]], pos: int) -> str | None:
        """Of the people sharing ``surname``, the one introduced in full last, where the surname
        is written in every paragraph or every other one since, and no earlier namesake was
        written of in the paragraphs before that: "Homeland Security Secretary Jeh Johnson says
        … ⏎ Johnson said" of a live blog that named Gary Johnson hours before; not Heidi Cruz,
        named in a story about Ted. ``before`` holds (position, name) of each namesake's full
        names before ``pos``, in article order."""
        first = _first_written(before)
        at, newest = max((at, full) for full, at in first.items())
        given = name_key(newest).split()[0]
        # the surname last, or first in each namesake's name ("Tan Wei Ming", "Tan Hui Ling")
        family_first = all(name_key(full).split()[:1] == [surname] for full in first) and any(
            name_key(word) == surname for word in self._titled_words)  # "Dr Tan" written
        if (name_key(newest).split()[-1:] != [surname] and not family_first) or re.search(r"[’']s\b", newest):
            return None  # "Media Research Center’s Bozell" is no one's full name
        if any(at < later and full != newest for later, full in before):
            return None  # an earlier namesake written in full again since
        if any(_NICKNAMES.get(given) == name_key(full).split()[0] for full in first):
            return None  # "Sandy Paradis" of a caption is the Sandra Paradis named before
        written = re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE)
        since = at
        for _ in range(_NAMESAKE_PARAGRAPHS):
            since = max(0, self.text.rfind("\n\n", 0, max(0, since - 1)))
        if written.search(self.text, since, at):
            return None
        # the surname written in every paragraph or every other one since ("Johnson said …
        # ⏎ Johnson said … ⏎ … he said")
        since_written = [m.start() for m in written.finditer(self.text, at, pos)] + [pos]
        if any(self._paragraphs_between(lo, hi) > 1 for lo, hi in zip(since_written, since_written[1:])):
            return None
        return newest

    def _parties_of(self, name: str) -> set[str]:
        """The parties the article gives ``name`` just before it, with no more than a few
        lower-case words between ("Republican Donald Trump", "Democratic presidential nominee
        Hillary Clinton"), read when first needed."""
        if self._party_names is None:
            self._party_names = defaultdict(set)
            for m in _PARTY_BEFORE_NAME.finditer(self.text):
                self._party_names[m.group(2)] |= _parties(m.group(1))
        return set().union(*(found for at, found in self._party_names.items() if name.startswith(at)))

    def _introduced_titles(self) -> dict[str, set[str]]:
        """Each person's title words as the article gives them with the full name, in full and
        in lower case ("Sergeant Niamh Tobin" → sergeant), read when first needed."""
        if self._titles is None:
            self._titles = defaultdict(set)
            for _, name, title in self.full_names:
                for word in (title or "").lower().replace(".", "").split():
                    self._titles[name_key(name)].add(TITLE_ABBREVIATIONS.get(word, word))
        return self._titles

    def _title_written(self, name: str, title: str) -> bool:
        """Whether ``name`` is written somewhere after ``title`` or its short form ("Dr. Miriam Osei")."""
        for m in re.finditer(rf"\b([A-Z][a-z]+)\.?\s+{re.escape(name)}\b", self.text):
            word = m.group(1).lower()
            if TITLE_ABBREVIATIONS.get(word, word) == title:
                return True
        return False

    def _given_anywhere(self, surname: str, gender: str | None) -> str | None:
        """The one full name the text gives a surname anywhere, quotes and titles included, where
        no full name stands outside them ("President Obama" where only "Barack Obama Election
        Day" gives his first name); None where none, or more than one, agrees with ``gender``."""
        if not surname[:1].isupper() or surname.isupper() or " " in surname or surname in STATES_AND_COUNTRIES:
            return None
        firsts = {first for first in _words_before(self.text, surname)
                  if is_first_name(first) and first.lower() not in NAME_TITLES
                  and first.lower() not in CUE_FORMS  # "Said Ellis:" is a cue and a name
                  and first.lower() not in STOP_WORDS and first not in STATES_AND_COUNTRIES
                  and (not gender or first_name_gender(f"{first} {surname}") in (None, gender))}
        if len(firsts) != 1:
            return None
        name = f"{firsts.pop()} {surname}"
        # "Mr Nadeem Aslam Cheema": a given name before the first, after a title or no capital word
        longer = {m.group(2) for m in re.finditer(rf"(?:\b([\w’'.-]+)[ \t]+)?\b([A-Z][a-z]+)\s+{re.escape(name)}\b",
                                                  self.text)
                  if is_first_name(m.group(2)) and m.group(2).lower() not in NAME_TITLES
                  and m.group(2).lower() not in STOP_WORDS and m.group(2).lower() not in CUE_FORMS
                  and (not m.group(1) or not m.group(1)[:1].isupper()
                       or m.group(1).lower().rstrip(".") in NAME_TITLES)}
        return f"{longer.pop()} {name}" if len(longer) == 1 else name

    def _masthead_first_name(self, pos: int, name: str) -> bool:
        """Whether ``name`` at ``pos`` is a masthead and a first name ("Writing in The Mirror Linda
        said"), not a given name and a surname ("Dr. Sherine Abed")."""
        words = name.split()
        return (len(words) > 1 and is_first_name(words[-1]) and not is_first_name(words[0])
                and self.text[max(0, pos - 4):pos].lower() == "the ")

    def _written_outside_quotes(self, name: str, lo: int, hi: int) -> bool:
        """Whether ``name`` is written between ``lo`` and ``hi``, outside quotes."""
        at = self.text.find(name, lo, hi)
        while at >= 0 and self._quoted.covers(at):
            at = self.text.find(name, at + 1, hi)
        return at >= 0

    def _paragraphs_between(self, lo: int, hi: int) -> int:
        """How many paragraph breaks the text has between ``lo`` and ``hi``."""
        return self.text.count("\n\n", lo, hi)

    def _may_shorten(self, words: list[str]) -> Iterator[tuple[int, str, list[str]]]:
        """The full names that end or open with the last or only word of ``words``, in article
        order: the only ones a name of ``words`` can shorten."""
        seen = self._full_by_outer_word.get(words[-1], [])
        yield from (self._full_words[i] for i in seen)
        if len(words) > 1:  # "Mohd Rizal" of Mohd Rizal Abdullah: the given names before the family's
            yield from (self._full_words[i] for i in self._full_by_outer_word.get(words[0], ()) if i not in seen)

    def _compatible(self, known_key: str, mtype: str, gender: str | None) -> bool:
        if mtype == SpeakerType.ORGANIZATION or known_key in self._characters or (
                gender and known_key in self._body_keys):
            return False
        found = self.gender(known_key)
        return not gender or not found or found == gender

    def _antecedent(self, mention: Mention) -> _Known | None:
        if mention.text.lower() in _FIRST_PERSON:
            return None  # "I said" outside quotes is the writer (see _resolve)
        pronoun = SUBJECT_FORMS.get(mention.text.lower(), mention.text.lower())  # "according to him", "Her answer"
        _, gender_pron, number = PRONOUNS[pronoun]
        if number == "singular" and gender_pron and self._unnamed_subject(mention.start, gender_pron):
            return None
        if number == "singular" and mention.text.lower() != "it" and gender_pron:
            unnamed = self._unnamed_before(mention.start, gender_pron)
            if unnamed:
                return unnamed
            titled = self._role_opener(mention.start, gender_pron) or self._kin_opener(mention.start, gender_pron)
            if titled:
                return titled
            called = {key for key in self._names if self._addressee and key.split()[0] == self._addressee.lower()}
            if self._quoting:
                called.add(name_key(self._quoting))  # "He told me, ‘…’": not the one telling
            # "Asked whether Thornbury's amendment could pass, she said": not the one asked about
            at = self._before_asked(mention.start)
            called |= self._described_with_object(at, gender_pron)
            # "“So that's a no?” the reporter followed up. ⏎ “…,” she said": the one asked answers
            called |= self._names.keys() & QUESTIONERS
            found = self._most_salient(at, gender_pron, skip=called) or self._alone_but_named(at, gender_pron)
            if found:
                return found
        if mention.text.lower() == "it" and self._last_document:
            at, name, stype = self._last_document
            later = [k for k in self._before(mention.start) if k.position > at and k.type == SpeakerType.ORGANIZATION]
            if not later and self._sentence_of(mention.start) - self._sentence_of(at) <= 1:
                # "“…,” the report says. It also points out …": the report, however it was named; one
                # no one was found to issue is the body its sentence opened on, if any ("The
                # Meteorological Department, in a post on its Facebook page, issued …")
                if name:
                    return _Known(mention.start, name, stype, None)
                body = self._salient_body(at)  # the body of the document's sentence or the one before
                return body if body and body.position < at else None
        before = self._before(mention.start)
        if number == "plural":
            here = self._sentence_of(mention.start)
            couple = _COUPLE.search(self.text, self._sentence_starts[max(0, here - 1)], mention.start)
            pair = self._pair(Mention(couple.start(), couple.end(), couple.group(), MentionKind.DESCRIPTION, None,
                                      None, SpeakerType.GROUP)) if couple else None
            if couple and pair:  # "In a post on the bakery’s Instagram account, the couple thanked … “…,” they wrote"
                return _Known(couple.start(), pair, SpeakerType.GROUP, None)
            family = self._family_subject(mention.start)
            if family:  # "In a statement, Mr Pilling’s family thanked … . “…,” they said"
                return family
            group = self._plural_subject(mention.start)
            if group and not any(k.position >= group.position and k.type != SpeakerType.PERSON for k in before):
                return group
            after_quote = _AFTER_QUOTE.search(self.text, max(0, mention.start - 4), mention.start)
            # "“…,” they told us"; "One Labour MP, who asked not to be named, was less sanguine. “…,” they said"
            one = (self._they_of_one(mention.start, before) or self._unnamed_before(mention.start, "")
                   if after_quote else None)
            if one:
                return one
        for known in reversed(before):
            if number == "plural":
                if known.type in (SpeakerType.ORGANIZATION, SpeakerType.UNKNOWN, SpeakerType.GROUP):
                    return known
                continue
            if mention.text.lower() == "it":
                if known.type == SpeakerType.ORGANIZATION:
                    opener = self._salient_body(mention.start)  # the body its sentence, or the one before, opens on
                    return opener if opener is not None and opener.position > known.position else known
                written_the = self.text.endswith(("the ", "The "), 0, known.position) and " " not in known.name
                if (_as_body(known) or written_the or self._mostly_after_the(known.name)) and (
                        self._sentence_of(mention.start) - self._sentence_of(known.position) <= 1):
                    # "“…,” the Riksbank said in a statement. It added:": a body by its one-word name
                    return _Known(known.position, known.name, SpeakerType.ORGANIZATION, None) if written_the else known
                continue
            if known.type != SpeakerType.PERSON and gender_pron:
                continue  # "he" and "she" are people
            if known.type == SpeakerType.ORGANIZATION:
                continue
            if gender_pron and not self._compatible(name_key(known.name), known.type, gender_pron):
                continue
            if self._quoting and known.name == self._quoting:
                continue
            return known
        if mention.text.lower() == "it":
            return self._salient_body(mention.start)
        return None

    def _described_with_object(self, pos: int, gender: str) -> set[str]:
        """The unnamed people described in the sentences just before ``pos`` whose own clause has "her"
        (or "him") as an object: "one shadow minister reportedly described her as “…”" is no
        "she" that follows; the one described is."""
        here = self._sentence_of(pos)
        lo = self._sentence_starts[max(0, here - 3)]
        objects = _OBJECT_HER if gender == "female" else _OBJECT_HIM
        found = set()
        for m in self._salient[bisect.bisect_left(self._salient, lo, key=_POSITION):
                               bisect.bisect_left(self._salient, pos, key=_POSITION)]:
            end = self._sentence_end(self._sentence_of(m.position))
            # in what they report, "her" is their own: "A second victim, a 59-year-old woman, said
            # the caller had spent 20 minutes on the line with her"
            reported = _REPORTING_VERB.search(self.text, m.span[1], end)
            if m.key in self._described_keys and objects.search(self.text, m.span[1], reported.start() if reported
                                                                 else end):
                found.add(m.key)
        return found

    def _salient_body(self, pos: int) -> _Known | None:
        """A body by a name with a body's word ("The Malaysian Meteorological Department …
        issued a warning. “…,” it said"), the subject of the sentence before ``pos`` or its
        own, where no body has spoken before: what "it" stands for."""
        here = self._sentence_of(pos)
        found = None
        for sentence in range(max(0, here - 1), here + 1):
            described = _DESCRIBED_BODY_OPENING.match(self.text, self._sentence_starts[sentence], pos)
            if described and described.group(1) in ORG_ROLE_NOUNS:
                body = self._body_named(described.group(1), described.start(1))
                if body:  # "The committee has recommended … . It has also described …": the body so described
                    found = _Known(described.start(1), body, SpeakerType.ORGANIZATION, None)
        for m in _BODY_NAME.finditer(self.text, self._sentence_starts[max(0, here - 1)], pos):
            opening = self._sentence_starts[self._sentence_of(m.start())]
            name = _OWNER_BEFORE.sub("", m.group()).removeprefix("The ")
            listed = serial_list_start(self.text, m.start(), name)
            if listed:  # "The cross-party Housing, Communities and Local Government Committee"
                name = self.text[listed[1]:m.end()]
            words = name.split()
            lead = self.text[opening:listed[0] + 4 if listed else m.start()].strip(" “\"").split()
            if self._quoted.covers(m.start()) or not words or name_key(name) in self._names or (
                    found and found.position > m.start()):
                continue
            if (words[-1].lower() in ORG_WORDS or (len(words) > 2 and words[0].lower() in ORG_WORDS)) and (
                    all(w.islower() or w in DEMONYMS or w == "The" for w in lead) and len(lead) <= 5):
                # "German car parts maker Brandt Automotive will cut …, it said"; "The Centre for Urban
                # Resilience and Equity (CURE) reviewed 37 plans. It found …"
                return _Known(m.start(), name, SpeakerType.ORGANIZATION, None)
        return found

    def _pair(self, mention: Mention) -> str | None:
        """Who "the couple", "the pair" or "the two ministers" are: the last two people the
        article named together, joined by "and", within a few sentences before ("German Interior
        Minister Katrin Vollmer and her French counterpart Étienne Marchetti", "Avi and Dalia
        Ben-Ami"), as "A and B"; None where it named no two together."""
        written = mention.text if mention.text[:1].isupper() or not self.text.endswith("the ", 0, mention.start) else (
            "the " + mention.text)  # "the two ministers", its article left out of the mention
        siblings = _SURNAME_SIBLINGS.fullmatch(written)
        if siblings:  # "the Feld brothers": Aaron Feld and Daniel Feld, each named before
            surname = name_key(siblings.group(1))
            family = list(dict.fromkeys(name for pos, name, _ in self.full_names if pos < mention.start
                                        and name_key(name) in self._names and len(name.split()) > 1
                                        and name_key(name).split()[-1] == surname))
            return " and ".join(family) if 2 <= len(family) <= 4 else None
        if not _PAIR_DESCRIPTION.fullmatch(written):
            return None
        lo = self._sentence_starts[max(0, self._sentence_of(mention.start) - _PAIR_SENTENCES)]
        found = None
        surnames = self._surnames()
        for m in _shared_surnames(self.text, lo, mention.start):  # not "Clinton and Bernie Sanders"
            if not self._quoted.covers(m.start()) and name_key(m.group(1)) not in surnames:
                found = (m.start(), f"{m.group(1)} {m.group(3)} and {m.group(2)} {m.group(3)}")
        named = [(pos, name) for pos, name, _ in self.full_names if lo <= pos < mention.start
                 and not self._quoted.covers(pos)]
        for (at, first), (pos, second) in zip(named, named[1:], strict=False):
            between = self.text[at + len(first):pos]
            if _JOINED_BY_AND.fullmatch(between) and (found is None or at > found[0]):
                found = (at, f"{first} and {second}")
        if found is None and written.lower() == "the couple":
            # "Kelsey Marchant has split from her footballer husband Ryan Doherty": a couple the
            # article introduced anywhere before, one as the other's spouse
            named = [(pos, name) for pos, name, _ in self.full_names if pos < mention.start
                     and not self._quoted.covers(pos)]
            for pos, second in named:
                for _, first in named:
                    at = self.text.rfind(first, 0, pos)
                    if at >= 0 and _SPOUSE_BETWEEN.fullmatch(self.text, at + len(first), pos):
                        found = (at, f"{first} and {second}")
        return found[1] if found else None

    def _spouses(self, surname: str, pos: int) -> tuple[str, str] | None:
        """The man and the woman of ``surname`` the article named before ``pos``, one as the
        other's spouse ("John Keane and his wife, Mary Keane", "Her husband, Peter Shaw"), man
        first; None where it named no such two."""
        family = [(at, name) for at, name, _ in self.full_names if at < pos and name.split()[-1] == surname]
        for at, first in family:
            for later, second in family:
                if later <= at or not _SPOUSE_BETWEEN.fullmatch(self.text, at + len(first), later):
                    continue
                genders = (self.gender(name_key(first)), self.gender(name_key(second)))
                if genders == ("male", "female"):
                    return first, second
                if genders == ("female", "male"):
                    return second, first
        return None

    def _they_of_one(self, pos: int, before: list[_Known]) -> _Known | None:
        """The one person a "they" at ``pos`` stands for, as news writes of a source it does not
        name: the speaker just before, in its sentence or the one before, a description of one
        person whose gender the article does not give ("A music industry insider said … . “…,”
        they told us")."""
        earlier = self._salient[:bisect.bisect_left(self._salient, pos, key=_POSITION)]
        if not earlier or earlier[-1].key not in self._described_keys:
            return None
        last = earlier[-1]
        if before and before[-1].position > last.position:
            return None  # someone else spoke since
        name = self._names[last.key]
        link = postmodifier_link(name)  # "source close to the star": a source
        head = name[:link.start()].split()[-1].lower() if link else name.split()[-1].lower()
        near = self._sentence_of(pos) - self._sentence_of(last.position) <= 1
        if near and self.gender(last.key) is None and (head in _PERSON_ROLES or head in _UNNAMED_SOURCES
                                                       or is_person_noun(head)):
            return _Known(pos, name, SpeakerType.DESCRIPTION, None)
        return None

    def _family_subject(self, pos: int) -> _Known | None:
        """The family a "they" at ``pos`` stands for where its sentence or the one before has a
        person's family as its subject ("In a statement released through police, Mr Pilling’s
        family thanked …"): "Gareth Pilling’s family", by the name the article gives in full."""
        here = self._sentence_of(pos)
        for s in range(here, max(-1, here - 2), -1):
            m = _FAMILY_SUBJECT.search(self.text, self._sentence_starts[s], pos)
            if m is None or self._quoted.covers(m.start("name")):
                continue
            surname = name_key(m.group("name")).split()[-1]
            fulls = {self._names.get(name_key(full), full) for at, full, _ in self.full_names
                     if at < m.start() and name_key(full).split()[-1] == surname}  # named before
            if len(fulls) == 1:
                return _Known(m.start("name"), f"{fulls.pop()}’s {m.group('kin')}", SpeakerType.GROUP, None)
        return None

    def _plural_subject(self, pos: int) -> _Known | None:
        """The people a plural pronoun at ``pos`` stands for where its own sentence or the one
        before opens with them ("Many local residents oppose the bypass. They …"), read back
        through sentences that open with "They": the people named as examples ("Critics of the
        plan, like Senators Charles E. Grassley and Patrick J. Leahy, …" → both by name), else
        the description ("local residents")."""
        sentence = self._sentence_of(pos)
        for s in range(sentence, max(-1, sentence - _THEY_CHAIN), -1):
            at = self._sentence_starts[s]
            if at >= pos:
                continue
            if _THEY_OPENS.match(self.text, at):
                continue
            subject = _PLURAL_OPENER.match(self.text, at, pos)
            if subject and subject.group(1).split()[0].lower() in LEADING_ADVERBIALS:
                subject = None  # "With Nusra fighters playing a bigger role, they said"
            if subject is None or self._quoted.covers(subject.start(1)):
                if s == sentence:
                    continue  # "“…,” they said." opens with its quote
                return None
            if not names_people(subject.group(2).lower()):
                return None
            examples = _EXAMPLES.match(self.text, subject.end())
            if examples:
                named = [name for at_name, name, _ in self.full_names if examples.start() < at_name < examples.end()]
                if len(named) > 1:
                    return _Known(subject.start(1), " and ".join(named), SpeakerType.GROUP, None)
            if self.text.startswith(" of ", subject.end(2)):
                return None  # "The heads of both lobbying firms": not the heads alone
            words = [w for w in subject.group(1).split() if w.lower() not in DETERMINERS | _QUANTIFIERS | _LINKERS]
            if any(not w.isalpha() for w in words):
                return None
            if (len(words) > 1 and words[1][:1].islower() and words[0] not in DEMONYMS
                    and words[0] not in STATES_AND_COUNTRIES and words[0].rstrip("s") not in PARTY_WORDS
                    and not self._mid_sentence(words[0])):
                words[0] = words[0].lower()  # "Local residents", capitalised as the sentence opens
            name = _description_name(" ".join(words))
            return _Known(subject.start(1), name, SpeakerType.GROUP, None) if name else None
        return None

    def _sentence_before_quote(self, pos: int) -> tuple[int, int] | None:
        """Where the sentence before that of ``pos`` starts, and where that of ``pos`` starts,
        where the latter opens with its quote ("… said she had lost everything. ⏎ “…,” she
        said"); None otherwise."""
        sentence = self._sentence_of(pos)
        at = self._sentence_starts[max(0, sentence)]
        if sentence < 1 or not _OPENS_WITH_QUOTE.match(self.text, at):
            return None
        return self._sentence_starts[sentence - 1], at

    def _role_opener(self, pos: int, gender: str) -> _Known | None:
        """The person a "he" or "she" at ``pos`` stands for where the sentence before, with no
        name in it, opens with a role they hold ("The prime minister, whose Cabinet's rating fell,
        has made rice a priority. / “…,” he told parliament" → the prime minister named before);
        only for a pronoun in a sentence that opens with its quote."""
        before = self._sentence_before_quote(pos)
        sentence = self._sentence_of(pos)
        if before is None and sentence >= 1 and self._sentence_starts[sentence] == pos:
            # "The chief justice was not persuaded. He said the court …": the pronoun opens its sentence
            before = self._sentence_starts[sentence - 1], pos
        if before is None:
            return None
        lo, at = before
        opener = _ROLE_OPENER.match(self.text, lo, at)
        i = bisect.bisect_left(self._salient, lo, key=_POSITION)
        if not opener or (i < len(self._salient) and self._salient[i].position < at):
            return None  # someone is named in it
        head = opener.group("head").lower()
        if not (head in ROLE_NOUNS or is_person_noun(head)) or _noun_gender(head) not in (None, gender):
            return None  # "Speaking to The Sun last year, the former Love Island star gushed …"
        role = opener.group("role")
        found = self._described(Mention(opener.start("role"), opener.end("role"), role, MentionKind.DESCRIPTION,
                                         None, role, SpeakerType.UNKNOWN))
        return (found if found and found.type == SpeakerType.PERSON
                and self._compatible(name_key(found.name), found.type, gender) else None)

    def _kin_opener(self, pos: int, gender: str) -> _Known | None:
        """The kin a "he" or "she" at ``pos`` stands for where the sentence before, naming no one,
        opens on them ("His brother, told of the remark, shrugged. “…,” he said." → the brother
        the article names), of the pronoun's gender; only for a pronoun in a sentence that opens
        with its quote."""
        before = self._sentence_before_quote(pos)
        if before is None:
            return None
        lo, at = before
        opener = _KIN_OPENER.match(self.text, lo, at)
        if not opener or _KIN_GENDERS.get(opener.group(2).lower()) != gender:
            return None
        i = bisect.bisect_left(self._salient, lo, key=_POSITION)
        if i < len(self._salient) and self._salient[i].position < opener.start(1):
            return None  # someone is named before it
        owner_gender = "male" if opener.group(1).lower() == "his" else "female"
        owner = self._most_salient(lo, owner_gender)
        introduced = self._kin_introduced(lo, opener.group(1).lower(), [opener.group(2)])
        name = (self._kin_named(owner.name, [opener.group(2)], loose=True) if owner else None) or (
            introduced if not owner or introduced != owner.name else None)  # no one is their own brother
        if not name or name_key(name) not in self._names:
            return None
        key = name_key(name)
        return _Known(pos, self._names[key], SpeakerType.PERSON, self.gender(key), set(self._roles_by_key[key]))

    def _unnamed_before(self, pos: int, gender: str) -> _Known | None:
        """The one a "he" or "she" at ``pos`` stands for where the sentence before introduced
        someone it does not name as its subject, and named no one after them: "At the evacuation
        centre, one resident, who did not want to be named, said she had spent the night in a
        bathtub. ⏎ “…,” she said." → resident. Only for a pronoun in a sentence that opens
        with its quote, that agrees with the gender the description's noun or a pronoun in its
        sentence gives, if any ("a parent … said she", "one fisherman … held up a carp"); a
        name since only as an owner ("at Mr Lim’s stall") names no one else who speaks."""
        before = self._sentence_before_quote(pos)
        if before is None:
            return None
        lo, at = before
        opener = _UNNAMED_INTRODUCED.match(self.text, lo, at) or _UNNAMED_KIN_INTRODUCED.match(self.text, lo, at)
        sentence = self._sentence_of(lo)
        again = _SUBJECT_PRONOUN_OPENING.match(self.text, lo) if opener is None and sentence > 0 else None
        if (again and _pronoun_gender(again.group(1)) == gender
                and not self._paragraphs_between(self._sentence_starts[sentence - 1], lo)):
            # "A woman who identified herself as his sister spoke to 12 News. She asked not to be
            # named. ⏎ “…,” she said": the one introduced in the sentence before that
            lo = self._sentence_starts[sentence - 1]
            opener = _UNNAMED_INTRODUCED.match(self.text, lo, at) or _UNNAMED_KIN_INTRODUCED.match(self.text, lo, at)
        elif (opener is None and sentence > 0 and not self._paragraphs_between(self._sentence_starts[sentence - 1], lo)
              and not self._names_anyone(lo, at)):
            # "But a director of one of the largest firms … admitted that …. Consumer groups have
            # long accused …. ⏎ “…,” he said": the one introduced before a sentence that names no one
            earlier = self._sentence_starts[sentence - 1]
            opener = _UNNAMED_INTRODUCED.match(self.text, earlier, at) or _UNNAMED_KIN_INTRODUCED.match(
                self.text, earlier, at)
            lo = earlier if opener else lo
        head = opener.group("head").lower() if opener else ""  # "One Labour MP": an MP
        if (not opener or not (head in _PERSON_ROLES or is_person_noun(head) or (  # "a forklift operator"
                head.endswith(_DOER_ENDINGS) and singular(head) not in NOT_SPEAKER_HEADS)) or head in QUESTIONERS
                or self._quoted.covers(opener.start("who"))):  # "one reporter asked …": the answer is not theirs
            return None
        if _FRONTED_APPOSITIVE.match(self.text, opener.end("who")):
            return None  # "A structural engineer by training, he has spent …": of him, no one new
        i = bisect.bisect_left(self._salient, lo, key=_POSITION)  # "Hamisi Salim, a driver, said": named
        if any(m.position < pos and not self.text.startswith(("’s", "'s"), m.span[1]) for m in self._salient[i:i + 3]):
            return None  # someone is named since, not only as an owner ("at Mr Lim’s stall")
        noun = _noun_gender(opener.group("who"))
        said = _pronoun_gender(opener.group("pronoun")) if opener.group("pronoun") else None
        if (noun or said) != gender and (noun or said) is not None:
            return None  # "In March, a man was cautioned … after shouting at her": "she" is no man
        given = _NAME_GIVEN_ONLY.search(self.text, opener.end("who"), at)
        if given and _POSTMODIFIER_ONLY.fullmatch(self.text, opener.end("who"), given.start()):
            # "a 67-year-old retired teacher … who gave only her first name, Wanna, said …": Wanna
            return _Known(opener.start("who"), given.group("name"), SpeakerType.PERSON, gender)
        name = _description_name(opener.group("who"))
        return _Known(opener.start("who"), name, SpeakerType.DESCRIPTION, gender) if name else None

    def _names_anyone(self, lo: int, hi: int) -> bool:
        """Whether the text from ``lo`` to ``hi`` names a person or body the article knows, or
        speaks of someone as he or she."""
        i = bisect.bisect_left(self._salient, lo, key=_POSITION)
        return (i < len(self._salient) and self._salient[i].position < hi) or bool(
            _GENDERED_PRONOUN.search(self.text, lo, hi))

    def _unnamed_subject(self, pos: int, gender: str) -> bool:
        """Whether the sentence of a pronoun at ``pos`` opens with a man or woman the article does
        not name there, whom it agrees with ("My mother has softened with age, but even now she
        says …"): the pronoun is them, not anyone named before."""
        start = self._sentence_starts[max(0, self._sentence_of(pos))]
        opener = _UNNAMED_OPENER.match(self.text, start, pos)
        if not opener or _noun_gender(opener.group(1)) != gender:
            return False
        i = bisect.bisect_left(self._salient, start, key=_POSITION)
        return i >= len(self._salient) or self._salient[i].position >= pos

    def _gender_fit(self, key: str, gender: str | None) -> float:
        """How well a person fits a gendered pronoun or noun: fully where the article or their
        first name says they agree; less where nothing is known, so "she" goes to the woman
        named beside a man of unknown gender; less still where their first name only leans
        the other way ("Chris", mostly given to men)."""
        if not gender or self.gender(key):
            return 1.0
        name = self._names.get(key) or ""
        lean = None if self._surname_first(name) else first_name_lean(name)
        return _UNKNOWN_GENDER_FIT if lean is None else (_LEANING_FIT if lean == gender else _LEANING_AWAY_FIT)

    def _ranked(self, pos: int, gender: str | None, whole: bool = False) -> list[tuple[float, str]]:
        """(score, name key) of the people at ``pos`` who agree with ``gender``, the most salient
        first: salience times how well their gender fits; with ``whole``, their mentions before
        ``pos`` however long ago."""
        scores = self._salience(pos, gender) if not whole else Counter(m.key for m in self._salient if m.position < pos)
        return sorted(((score * self._gender_fit(key, gender), key) for key, score in scores.items()
                       if self._compatible(key, SpeakerType.PERSON, gender)), reverse=True)

    def _alone_but_named(self, pos: int, gender: str) -> _Known | None:
        """The one person salient at ``pos``, where only the list of given names made them of
        another gender than ``gender`` ("Tobi Adeyemi remembers … “…,” she says"): the article's
        pronoun outweighs the list, from here on."""
        ranked = self._ranked(pos, None)
        if len(ranked) != 1 or ranked[0][1] not in self._gender_by_name:
            return None
        key = ranked[0][1]
        if self._pronoun_genders.get(key, gender) != gender:
            return None  # "“We will fight,” he said" of Adewale Ogundimu: the article has said, not only the list
        last = max((m.position for m in self._salient if m.key == key and m.position < pos), default=pos)
        if bisect.bisect_left(self._quoted.starts, pos) - bisect.bisect_left(self._quoted.starts, last) > 1:
            return None  # "“…,” a dispatcher said. “…,” she said": only the quote just before is in view
        if any(name_key(k.name) != key and k.type != SpeakerType.ORGANIZATION
               and self._paragraphs_between(k.position, pos) <= _IN_VIEW_PARAGRAPHS for k in self._before(pos)):
            return None  # "“…?” Harwell asked. ⏎ “…,” Lindqvist replied. ⏎ “…,” she shot back": another is in view
        here = self._sentence_of(pos)
        lo = self._sentence_starts[max(0, here - 1)]
        if any(_noun_gender(m.group(1)) == gender for m in _UNNAMED_PERSON.finditer(self.text, lo, pos)):
            return None  # "… when a man near the coffee urn raised his hand … ⏎ “…?” he said": the man
        self._article_gender[key] = gender
        self._gender_by_name.discard(key)
        return self._most_salient(pos, gender)

    def _before_asked(self, pos: int) -> int:
        """Where the salience of a subject at ``pos`` is weighed: before the clause of what was
        asked that opens its sentence ("Asked whether Thornbury's amendment could pass, she said",
        "Pressed on whether Okonkwo …, the Scot"), whose names are the question's, not the
        answerer's; else at ``pos``."""
        start = self._sentence_starts[max(0, self._sentence_of(pos))]
        return start if _ASKED_BEFORE.fullmatch(self.text, start, pos) else pos

    def _most_salient(self, pos: int, gender: str | None, whole: bool = False,
                      skip: Set[str] = frozenset()) -> _Known | None:
        """The most salient person at ``pos`` that agrees with ``gender``; with ``whole``, the one
        mentioned most before ``pos`` however long ago (the person the story is about); never one
        of ``skip`` (name keys)."""
        ranked = [r for r in self._ranked(pos, gender, whole) if r[1] not in skip]
        if not ranked:
            return None
        key = ranked[0][1]
        kind = SpeakerType.DESCRIPTION if key in self._described_keys else SpeakerType.PERSON
        return _Known(pos, self._names.get(key) or self._first[key].name, kind, self.gender(key),
                      set(self._roles_by_key[key]))

    def _described(self, mention: Mention) -> _Known | None:
        """The one a definite description ("the former mayor", "the union") refers to; an
        indefinite one ("a friend", "one GOP operative") introduces someone new."""
        words = mention.text.split()
        postposed = _SENIORITY_AFTER.fullmatch(mention.text)
        if postposed:  # "Okonkwo senior told the Gazette", of Jamal Okonkwo and his father Peter Okonkwo
            surname = name_key(postposed.group(1))
            fulls = {name for key, name in self._names.items() if " " in key and key.split()[-1] == surname}
            namesake = self._of_rank(fulls, postposed.group(2))
            if namesake:
                return _Known(mention.start, namesake, SpeakerType.PERSON, self.gender(name_key(namesake)))
        if len(words) > 2 and words[-2] == "of" and (words[-1] in COUNTS or words[-1].isdigit()):
            words = words[:-2]  # "the mother of six": a mother
        head = words[-1].lower()
        if mention.text.lower() in ("one", "another"):
            return self._one_of(mention)
        if _ONE_OF_THEM_TEXT.fullmatch(mention.text):  # "One of them shouted": one of those just spoken of
            return self._one_of(mention._replace(text=mention.text.split()[0]))
        if words[0] in ("a", "an") and self.text.endswith(", ", 0, mention.start) and (
                head in _PERSON_ROLES or self.text.startswith((" who ", ", who "), mention.end)):
            # "state Sen. Cole Brannigan, a hard-line conservative who … accused": the one named before
            apposed = _NAME_ENDING.search(self.text, max(0, mention.start - 80), mention.start - 2)
            person = self._known_name_ending(apposed.group()) if apposed else None
            if person:
                return _Known(mention.start, person, SpeakerType.PERSON, self.gender(name_key(person)))
        if self.text.startswith(":", mention.end) and self.text[mention.start:mention.end].isupper():
            return None  # a transcript's "REPORTER:" is a reporter, not someone the article named
        if len(words) == 1 and self.text.startswith(":", mention.end):
            # an interview's "Presenter:" is the presenter the article introduced ("presenter Conor Magill"),
            # or names anywhere with that title ("Chairman: “Deputies, please.” ⏎ Chairman Martin Dolan had to …")
            titled = {key: name for key, name in self._titled_after(head, 0).items() if key in self._names}
            if len(titled) == 1:
                key, name = titled.popitem()
                return _Known(mention.start, name, SpeakerType.PERSON, self.gender(key), set(self._roles_by_key[key]))
            words = ["the", head]
            mention = mention._replace(text=f"the {head}")
        if head in NOT_SPEAKER_HEADS:
            return self._author(mention)
        if words[0].lower() == "the" and head in BODY_KINDS and len(words) == 2:
            called = last_match(re.compile(rf"\b[Aa]n?\s+(?:[a-z][\w-]*\s+)?{re.escape(head)}\s+(?:called|named)\s+"
                                               rf"(?P<name>{_CAPITALISED})"),
                                    self.text, max(0, mention.start - _BODY_REACH), mention.start)
            if called and not self._quoted.covers(called.start()):
                # "A group called Protect Laurel Township has circulated petitions. … the group urged": it
                return _Known(mention.start, called.group("name"), SpeakerType.ORGANIZATION, None)
        if words[0].lower() == "the" and head in BODY_KINDS:
            # "A group of residents gathered outside. The group said": those, not a body named before
            met = self._unnamed_introduction(head, mention.start)
            # but "… defrauding a south credit union … . … the Naparima Public Servants' Credit Union …":
            # the one introduced is named since, by a name holding the noun
            named_since = met and re.search(rf"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+{re.escape(head.capitalize())}\b",
                                            self.text[met[0]:mention.start])
            if met and not named_since and not any(k.position > met[0] and k.type == SpeakerType.ORGANIZATION
                                                   for k in self._before(mention.start)):
                return None
        # ("a trader identified only as Tunde", the mention running to "only")
        core = words[:-2] if words[-2:-1] in (["identified"], ["named"]) and words[-1] == "only" else words
        given_only = _GIVEN_NAME_ONLY.match(self.text, mention.end) if words[0].lower() in _INTRODUCING and core and (
            core[-1].lower() in _PERSON_ROLES or is_person_noun(core[-1].lower())) else None
        if given_only:
            # "A protester who would give only her first name, Nosipho, said", "Another resident, a
            # motor rider who gave his name only as Kwame, said": the name they gave
            name = given_only.group("name")
            self._remember_described(mention, name, mention.text, any_head=True)
            gender = _pronoun_gender(given_only.group("pronoun")) if given_only.group("pronoun") else None
            if gender:
                self._note_gender(name_key(name), gender)
            return _Known(mention.start, name, SpeakerType.PERSON, gender)
        anonymous = _description_name(mention.text) if (head in _PERSON_ROLES or is_person_noun(head)) and (
            _ANONYMOUS_AFTER.match(self.text, mention.end)) and not (
            words[0].lower() == "the" and self._unnamed_introduction(head, mention.start)) else None
        if anonymous:
            # "the head teacher, who asked not to be named, said": no one the article names; but "said
            # the source, who asked not to be named," after "A source at Government House said" is that one
            self._remember_described(mention, anonymous, anonymous, any_head=True)
            return _Known(mention.start, anonymous, SpeakerType.DESCRIPTION, _noun_gender(head))
        if words[0].lower() in ("a", "an") or (
                self._sentence_of(mention.start) == 0 and words[0].lower() not in DETERMINERS) or (
                # a standfirst's "Health Minister says …", below its headline
                # (or "… as leader warns", "‘…,’ says club chairman")
                self._sentence_of(mention.start) == 1 and head in ROLE_NOUNS
                and (words[0][:1].isupper() or len(words) == 1 or _inverted_cue_before(self.text, mention.start))
                and words[0].lower() not in DETERMINERS and in_heading(self.text, mention.start)) or (
                words[0].lower() == "one" and self._sentence_of(mention.start) <= 1):  # a lede's "with one councillor"
            # "A former DNC chairman says …", or in a headline "Former DNC chairman calls for …"
            body = self._body_named_next(head, mention.start) if (
                words[0].lower() in ("a", "an") and head in ORG_ROLE_NOUNS) else None
            if body:  # a lede's "…, according to a wildlife charity." ⏎ "The Countryside Bird Trust's report …"
                return _Known(mention.start, body, SpeakerType.ORGANIZATION, None)
            return self._named_later(mention, head)
        # "the former secretary of state and current Democratic presidential nominee said": a role
        # with no determiner of its own stands, as a definite description, for someone known
        bare_role = words[0][:1].islower() and words[0].lower() not in _DETERMINERS_AND_ONE and head in ROLE_NOUNS
        if len(words) > 1 and head in ROLE_NOUNS and words[0][:1].isupper() and _owner(words[0]):
            owner = _owner(words[0])
            return self._epithet(mention, owner) or (
                self._named_below(mention, words[1:]) if name_key(owner) not in self._names else None)
        owned = next((k for k, w in enumerate(words[:4]) if _owner(w)), 0)
        if owned and head in ROLE_NOUNS and all(w[:1].isupper() for w in words[:owned + 1]) and (
                name_key(" ".join([*words[:owned], _owner(words[owned])])) not in self._names):
            # "Northern Ireland's finance minister": the role of a place or body in more than one word
            below = self._named_below(mention, words[owned + 1:])
            if below:
                return below
        if (len(words) == 2 and words[0].lower() in ("their", "its") and head in _PERSON_ROLES
                and self._sentence_of(mention.start) <= 1):
            # a lede's "in what its headteacher called …": the one headteacher the article names below
            titled = {key: name for key, name in self._titled_after(head, mention.end).items() if key in self._names}
            if len(titled) == 1:
                key, name = titled.popitem()
                return _Known(mention.start, name, SpeakerType.PERSON, self.gender(key), set(self._roles_by_key[key]))
            return None
        if len(words) == 2 and words[0].lower() in ("their", "its") and head in ORG_ROLE_NOUNS:
            # "after rejecting what their union called …", as a lede writes before the union's name
            body = self._body_named_next(head, mention.start, lede=False)
            return _Known(mention.start, body, SpeakerType.ORGANIZATION, None) if body else None
        if words[0].lower() not in ("the", "this", "that") and not bare_role:
            # a heading's "Kiryat Shmona mayor: ‘…’" ⏎ "Kiryat Shmona Mayor Yehiel Ohana lashes out …"
            heading = head in ROLE_NOUNS and words[0].lower() not in DETERMINERS and in_heading(
                self.text, mention.start)
            return self._named_below(mention, words) if heading else None
        holder = self._acronym_holders().get(words[-1]) if len(words) == 2 else None
        if holder:  # "the CEO" of "The Chief Electoral Officer (CEO) Harun Chaudhury"
            return _Known(mention.start, holder, SpeakerType.PERSON, self.gender(name_key(holder)))
        if any(_owner(w) and w[:1].islower() for w in words[1:-1]):  # "the club’s", "the referees’"
            if len(words) == 3 and words[0].lower() == "the" and head in ORG_WORDS:
                # "the sheriff’s office" of the Silver Basin County Sheriff’s Office the article names
                written = " ".join(w.capitalize() for w in words[1:])
                fuller = self._longer_body(written, mention.start)
                if fuller != written:
                    return _Known(mention.start, fuller, SpeakerType.ORGANIZATION, None)
            if head in ROLE_NOUNS and len(words) == 3 and words[0].lower() == "the":
                # "Tigers captain Sam Feeney … “…,” the club’s captain says": the one the article
                # gives that role, as "the captain" would be
                role_holder = self._described(mention._replace(text=f"the {head}"))
                if role_holder is not None and role_holder.type == SpeakerType.PERSON:
                    return role_holder
            if head in ROLE_NOUNS and words[0].lower() == "the":
                # a lede's "urged by the country's chief veterinary officer" ⏎ "Chief veterinary
                # officer Dr Nia Wyn Parry said": the one named below with the role's own words
                owned = max(k for k, w in enumerate(words[:-1]) if _owner(w))
                return self._named_below(mention, words[owned + 1:])
            return None  # "the ad’s narrator": someone of a thing, not a person named
        earlier = self._before(mention.start)
        nationality = nationality_of(words[-1])
        if nationality:
            return self._of_country(mention, nationality, earlier)
        team = self._team_named(mention.start) if (
            len(words) == 2 and words[0].lower() == "the" and head in _TEAM_NOUNS) else None
        if team:  # "The Thoroughbreds have traded Adeyemi … . “…,” the team said": the Louisville Thoroughbreds
            return _Known(mention.start, team, SpeakerType.ORGANIZATION, None)
        kinded = self._body_of_kind(words, mention.start) if head == "team" else None
        if kinded:  # "the rescue team" of Ogwen Valley Mountain Rescue Organisation
            return _Known(mention.start, kinded, SpeakerType.ORGANIZATION, None)
        if head in ORG_ROLE_NOUNS or head in ORG_WORDS:
            body = self._body_named(head, mention.start)
            own = [w for w in words[1:-1] if w[:1].isupper()]
            if body and own and not all(w in body.split() for w in own):
                body = None  # "the Labour party" is no Liberal party named before
            body = body or self._body_ending(words[1:], mention.start)
            if body:
                return _Known(mention.start, body, SpeakerType.ORGANIZATION, None)
            if head in _BODY_HYPERNYMS:  # "students at Coventry University … what the institution called"
                body = self._last_body(mention.start)
                if body:
                    return _Known(mention.start, body, SpeakerType.ORGANIZATION, None)
            here = self._sentence_of(mention.start)
            if not any(w[:1].isupper() and not w.endswith(_OF_BUSINESS) for w in words[1:]):
                # "the Austin-based company" names no company by its place;
                # "The Corner House announced … . Posting on Facebook, the pub said": the body
                # that spoke just before, where none is named with the noun, and none that a
                # noun of its own names as another kind of body ("the campaign" is no commission)
                opener = self._named_opener(mention.start)
                kinds = BODY_KINDS.get(head, frozenset()) | {head}
                if opener and not any(w.lower() in ORG_WORDS - kinds for w in opener.split()):
                    # "Pennine Link has responded. In a statement, the operator said"; but "Peabody
                    # Energy filed for bankruptcy. The union said": no union
                    return _Known(mention.start, self._longer_body(opener, mention.start), SpeakerType.ORGANIZATION,
                                  None)
                for known in reversed(earlier):
                    # the body's last naming counts: "Verizon said … . They also said that Verizon
                    # was … . The company had argued"
                    named = max(known.position, self.text.rfind(known.name, known.position, mention.start))
                    if here - self._sentence_of(named) > 2:
                        if here - self._sentence_of(known.position) > 2 * _BODY_SENTENCES:
                            break
                        continue
                    if _no_company(head, known.name) or self._wire(known.name):
                        continue  # "the union" after "Peabody Energy" is no company; "the carmaker" no Reuters
                    if head in _COMPANY_NOUNS and self._lede_company(known, mention.start):
                        continue  # "according to LSEG data" is no "the company" the story is about
                    if known.type == SpeakerType.UNKNOWN and self._plural_opener(known.name):
                        continue  # "Rivals have reported …": people, not a body
                    if _as_body(known) or self._no_person(known):
                        named_words = {w.lower() for w in known.name.split()}
                        # a name's last word says what kind of body it is: "the office" is the Merced
                        # County District Attorney's Office, whatever "District" says
                        other = (set() if known.name.split()[-1].lower() == head
                                 else named_words & ORG_ROLE_NOUNS - {head})
                        if other and head in _COMPANY_NOUNS:
                            continue  # "the company" is no Employment Security Department named since
                        if other and (not named_words & BODY_KINDS.get(head, frozenset())
                                      or self._other_name_since(known.name, named, mention.start)):
                            # "the commission" is no campaign; "the regulator" is an Authority, where
                            # no other body is named since ("Officials at Homeland Security Investigations")
                            return None
                        return replace(known, name=_without_country(known.name), type=SpeakerType.ORGANIZATION)
                spoken_for = self._spoken_for_before(head, mention.start)
                if spoken_for:  # "A spokesperson for West Isles Ferries said: … ⏎ The company said"
                    return _Known(mention.start, spoken_for, SpeakerType.ORGANIZATION, None)
                company = self._company(mention.start) if _COMPANY_NOUN_WORD.fullmatch(head) else None
                if company:  # "Calloway Home Goods Inc cut its forecast … . The company said"
                    return _Known(mention.start, company, SpeakerType.ORGANIZATION, None)
                lede = self._lede_body(head, mention.start) if head in _BODY_HYPERNYMS else None
                if lede:  # "The state agency … unveiled … . The Texas Water Development Board's proposal"
                    return _Known(mention.start, lede, SpeakerType.ORGANIZATION, None)
        held = self._role_of_body(words, earlier) if head in _PERSON_ROLES else None
        if held:  # "the Hallworth strategist": the one whose role the article gives at Hallworth Capital
            return held
        # the latest of those whose role fits best: "the PM" is the Prime Minister, not the
        # Foreign Minister named since
        fitting = []
        unseated = False  # a member for a seat the description does not name was given
        parties = _parties(mention.text)
        places = _places_in(words[1:-1])  # "the Ohio governor": the state or country the office is of
        newest = self._unnamed_introduction(head, mention.start) if len(words) == 2 and head in _PERSON_ROLES else None
        for k, known in enumerate(earlier):
            if parties and self._parties_of(known.name) - parties:
                continue  # "the Democratic presidential nominee" is not "Republican Donald Trump"
            if newest and known.position < newest[0] and (
                    known.type == SpeakerType.DESCRIPTION or _SPOKESPERSON.fullmatch(head)
                    or self._last_written(name_key(known.name), mention.start) < newest[0]):
                # "the diplomat" after "A Nordic diplomat said": not the one unnamed before; "the
                # spokesperson" after "A Downing Street spokesperson said": not one named before;
                # "the councillor" after "One councillor, who asked not to be named,": not Cr Nguyen
                continue
            if head in PARTY_MEMBERS:  # "the Republican": one given as of that party, and of its place if it says one
                party = _PARTY_VARIANTS.get(head, head)
                overlaps = [1 for r in known.roles if (_role_fits(words, r) or party in _parties(r))
                            and _places_agree(words, r)]
                if not overlaps and len(words) == 2 and party in self._parties_of(known.name):
                    overlaps = [1]  # "Republican presidential candidate Ben Carson … the Republican said"
            elif places and any(_places_differ(places, r) for r in self._roles_by_key.get(name_key(known.name),
                                                                                          known.roles)):
                continue  # "the Florida senator" is no "Sen. Joni Ernst, R-Iowa", nor "the Ohio governor" a "N.J. Gov."
            elif head in POST_NOMINALS and any(w[:1].isupper() for w in words[1:-1]):
                # "the Kondele MCA" is "the MCA for Kondele Ward", not the MCA for another ward
                seats = [r for r in known.roles if _role_fits(words, r) and " for " in r]
                unseated = unseated or any(not _places_agree(words, r) for r in seats)
                overlaps = [_role_overlap(words, r) for r in known.roles if _role_fits(words, r) and (
                    r not in seats or _places_agree(words, r))]
            else:
                overlaps = [_role_overlap(words, r) for r in known.roles if _role_fits(words, r)]
            if overlaps:
                fitting.append((max(overlaps), k))
        if not fitting and len(words) == 2 and head in TITLE_ABBREVIATIONS.values():
            # "Dr. Miriam Osei, the laryngologist who …, said … . The doctor added": the one the
            # article introduced with that title
            by_title = {name_key(known.name): k for k, known in enumerate(earlier)
                        if head in self._introduced_titles().get(name_key(known.name), ())
                        or self._title_written(known.name, head)}
            if len(by_title) == 1:
                fitting = [(1, by_title.popitem()[1])]
        if not fitting and head in PARTY_MEMBERS and not unseated:
            # "Rep. Leticia Granados keeps … . “…,” the New Mexico Democrat told CNN": the one person
            # named before, with a title and no party given that could gainsay it
            people = {name_key(known.name): known for known in earlier if known.type == SpeakerType.PERSON}
            if len(people) == 1:
                key, known = people.popitem()
                tagged = any(_PARTY_TAG_AFTER.match(self.text, at + len(known.name))
                             for at in _word_starts(self.text, known.name))  # "Sen. Brent Harlow, R-Tulsa,"
                if not self._parties_of(known.name) and not tagged and (
                        known.roles or self._introduced_titles().get(key)):
                    return known
        if not fitting and (head in PARTY_MEMBERS or unseated):  # "the Kolwa East MCA", another's seat given
            return None  # "the Wisconsin Republican", "the Kolwa East MCA": no one the article gave as one
        if fitting:
            best = max(fitting)[0]
            keys = {name_key(earlier[k].name): k for overlap, k in sorted(fitting) if overlap == best}
            about = self._paragraph_opener_instead(mention, {name_key(earlier[k].name) for _, k in fitting})
            if about:
                return about
            if len(keys) > 1:
                # two senators: the one the text is about, subject of what it says last ("Sen. Ann
                # Kraus opened the hearing. … “…,” the senator said"); else the one written last
                # before, speaking or not ("…, a claim Ms Marsh rejected. “…,” the councillor said")
                salience = self._salience(mention.start, None)
                last = {key: self._last_written(key, mention.start) for key in keys}
                return earlier[keys[max(keys, key=lambda key: (salience.get(key, 0.0), last[key], keys[key]))]]
            return earlier[max(fitting)[1]]
        for _, key in self._ranked(mention.start, None):
            if newest and newest[0] > max(m.position for m in self._salient if m.key == key):
                break  # "A Nordic diplomat said …" since "the diplomat" who spoke before: the newest
            if key in self._described_keys and key.split()[-1] == head and len(words) == 2:
                # "A spokesperson for the Suburban Rail Loop Authority said … “…,” the spokesperson
                # said": the one introduced, as they were named
                return _Known(mention.start, self._names[key], SpeakerType.DESCRIPTION, self.gender(key))
        if head in ("bench", "panel") and len(words) == 2:
            judges = self._bench_of(mention.start)
            if judges:  # "A bench of justices Hemant Kulkarni and Ritu Bhandari … . The bench said"
                return _Known(mention.start, judges, SpeakerType.GROUP, None)
        if head in ("accused", "defendant") and len(words) == 2:
            charged = self._charged(mention.start)
            if charged:  # "Martin Cahill … is charged with … . “…,” the accused replied"
                return charged
            if _UNNAMED_DEFENDANT.search(self.text, 0, mention.start):
                # "The court ordered the defendant, who was not named, … His lawyer, Mariam Al Suwaidi,
                # argued …": one the article never names is no one named near them
                return None
        if head in ("defence", "defense") and len(words) <= 2:
            # "as the defence had claimed", a heading's "defence alleges …": the one counsel the
            # article gives the defence ("counsel for the first defendant, Mr Emeka Nwosu, SAN")
            counsel = {key for key, roles in self._roles_by_key.items() if key in self._names and any(
                _DEFENCE_ROLE.search(r) for r in roles)}
            for counsel_named in _DEFENCE_COUNSEL_NAMED.finditer(self.text, 0, mention.start):
                holder = self._known_name_ending(counsel_named.group("name"))
                if holder and not self._quoted.covers(counsel_named.start()):
                    counsel.add(name_key(holder))
            if len(counsel) == 1:
                key = counsel.pop()
                return _Known(mention.start, self._names[key], SpeakerType.PERSON, self.gender(key))
        if head == "prosecution":  # "According to the prosecution": the prosecutor named before
            found = next((k for k in reversed(earlier) if any(_role_fits(["prosecutor"], r) for r in k.roles)), None)
            if found:
                return found
        if words[0].lower() == "the" and head in ROLE_NOUNS and len(words) > 2 and (
                words[1].islower() or all(w[:1].isupper() for w in words[1:])):  # "the Health Secretary"
            below = self._named_below(mention, words[1:])
            if below:  # a lede's "the planning minister accused them …" ⏎ "… Federal Minister for Planning
                return below  # and Development Kamran Ali Leghari said": no one before holds it
        # "a taxi driver … the driver said": the one introduced, whom the article never names; a
        # description that is a possessive's or says a gender ("the concerned mother") is more
        # often an epithet for someone named
        plain = (head in _PERSON_ROLES or head == "person") and not _noun_gender(head) and not any(
            w.endswith(("’s", "'s")) for w in words)
        if len(words) == 2 and head in ("man", "woman"):
            # "On Birch Street, a woman who lives nearby watched … ⏎ “…,” said the woman": the one
            # just introduced, in that paragraph or the one before, never someone named
            introduced = self._unnamed_introduction(head, mention.start)
            plain = introduced is not None and self._paragraphs_between(introduced[0], mention.start) <= 1
        unnamed = self._introduced_unnamed(head, mention.start) if plain else None
        if unnamed and any(w[:1].isupper() and w.lower() not in unnamed.lower().split() for w in words[1:-1]):
            unnamed = None  # "the Portuguese rider" is no "motorbike rider" introduced with no country
        if unnamed == "person":
            unnamed = None  # "a person" says no more of whom than "the person" does

        if unnamed and unnamed.split()[0] in _COMPANY_NOUNS and _SPOKESPERSON.fullmatch(head):
            # "A company spokesperson declined to comment … . “…,” the spokesperson said": the company's
            company = self._company(mention.start)
            unnamed = f"{company} {head}" if company else unnamed
        if unnamed:
            self._remember_described(mention, unnamed, unnamed, any_head=True)
            return _Known(mention.start, unnamed, SpeakerType.DESCRIPTION, _noun_gender(head))
        if head in self._owned_speakers and len(words) == 2:  # "Her rep said … . The rep added"
            return _Known(mention.start, self._owned_speakers[head], SpeakerType.DESCRIPTION, None)
        if head in _UNNAMED_SOURCES and len(words) == 2:
            # "A source close to the star told us … . The insider added": the one source who spoke last
            source = self._they_of_one(mention.start, earlier)
            if source:
                return source
        if any(w[:1].isupper() and w.lower() in _ROLE_QUALIFIERS for w in words[1:]):
            # "the Chief Minister", where no one named holds that office: not the First Minister; but
            # "Fiona Grant began by addressing the protesters. ⏎ “…,” the First Minister said": the
            # one the paragraph before is about, whom the article gives no other office
            return self._paragraph_before_opener(mention.start)
        aged = _AGED.match(head)
        of_age = self._of_age(aged.group(1), mention.start) if aged else None
        if of_age:
            return of_age
        if head in _NAMED_ONLY_ROLES:
            return None  # "the moderator said" is no candidate the debate story is about: one named so, or no one
        if head in ROLE_NOUNS or is_person_noun(head) or aged:
            gender = _noun_gender(head) or self._pronoun_gender_after(mention)
            # "the Democratic presidential candidate" is no one the article gives a role in another party
            other_party = {key for key in self._names if self._parties_of(self._names[key]) - parties} | {
                key for key, roles in self._roles_by_key.items()
                if any(_parties(r) - parties for r in roles)} if parties else set()
            if aged:  # "the 23-year-old" is no one the article says is 29
                other_party |= {key for key, ages in self._given_ages().items() if aged.group(1) not in ages}
            if head in ("accused", "defendant"):  # nor the lawyer, the judge or a witness: "His barrister, Anne Cole,"
                other_party |= {key for key, roles in self._roles_by_key.items()
                                if any(_role_fits([officer], r) for r in roles for officer in _COURT_OFFICERS)}
            # "Asked directly by the MP Tom Ferriday whether he would …, the 58-year-old replied": not the one asking
            at = self._before_asked(mention.start)
            reporting = _REPORTER_JUST_BEFORE.search(self.text, max(0, mention.start - 60), mention.start)
            if reporting:  # "Mr Ashworth said the actor had written …": the one he speaks of, never himself
                reporter = name_key(reporting.group(1))
                other_party = other_party | {key for key in self._names if key.split()[-1] == reporter}
            found = (self._chained_subject(mention, gender, other_party)
                     or self._most_salient(at, gender, skip=other_party)
                     or self._most_salient(at, gender, whole=True, skip=other_party))
            if found:
                return found
            for known in reversed(earlier):
                if known.type == SpeakerType.PERSON:
                    return known
        if (head in ORG_ROLE_NOUNS and head not in _BODY_HYPERNYMS and words[0].lower() == "the"
                and not any(w[:1].isupper() for w in words[1:])):
            body = self._body_opening(self._sentence_of(mention.start))
            if body and not _no_company(head, body):
                # "Qantas will cut 300 jobs. “…,” the airline said"; "the union" is no Peabody Energy
                return _Known(mention.start, body, SpeakerType.ORGANIZATION, None)
        if (len(words) == 2 and words[0].lower() == "the" and words[1].islower() and head not in ROLE_NOUNS
                and not is_person_noun(head) and head not in NOT_SPEAKER_HEADS):
            holder = self._body_holding(words[1])
            if holder:  # "the rūnanga" of Te Rūnanga o Ngāti Kōwhai, "the town" of the Town of Carrow
                return _Known(mention.start, holder, SpeakerType.ORGANIZATION, None)
        return None

    def _body_holding(self, noun: str) -> str | None:
        """The one body whose name holds ``noun``, a noun no list knows that the article writes
        in lower case only after an article ("the rūnanga" of Te Rūnanga o Ngāti Kōwhai; not "the
        state" of a "swing state"): inside the name, or opening it after "the" ("The Town of
        Carrow", not "Two House Committees"), outside the headline and holding no role."""
        word = noun.capitalize()
        holding = {" ".join(run) for run in self._body_runs() if (word in run[1:] or (
            run[0] == word and re.search(rf"\b[Tt]he {re.escape(' '.join(run))}", self.text)))
            and not any(w.lower() in ROLE_NOUNS for w in run)
            and self.text.find(" ".join(run), self.text.find("\n")) > 0}
        if len(holding) != 1:
            return None
        written = [m.start() for m in re.finditer(rf"\b{re.escape(noun)}\b", self.text)]
        return holding.pop() if all(_DETERMINED.search(self.text, max(0, at - 6), at) for at in written) else None

    def _last_written(self, key: str, pos: int) -> int:
        """Where the person ``key`` was last mentioned before ``pos`` (-1: nowhere)."""
        return max((s.position for s in self._salient if s.key == key and s.position < pos), default=-1)

    def _paragraph_opener_instead(self, mention: Mention, fitting: set[str]) -> _Known | None:
        """The person a description's paragraph is about, where the ones whose role fits are
        not in the paragraph and the article gives that person no role: the one the sentence
        before opens on ("Rubio sought to stoke positive energy … . Walking into the office …,
        the senator said", in a story that wrote "Sen. Bernie Sanders" paragraphs before), or
        its own sentence, before a quote ("Cruz defends his bona fides in a commercial: “…,”
        the senator says"). Never one given another role ("Engr. Jose Mari Santos")."""
        here = self._sentence_of(mention.start)
        paragraph = self.text.rfind("\n", 0, mention.start) + 1
        opener = None
        for sentence in (here, here - 1):
            lo = self._sentence_starts[sentence] if sentence >= 0 else -1
            if lo < paragraph:
                return None
            hi = mention.start if sentence == here else self._sentence_starts[here]
            i = bisect.bisect_left(self._salient, lo, key=_POSITION)
            if i < len(self._salient) and self._salient[i].position < hi:
                opener = self._salient[i]
                said = self.text[opener.position:hi].rstrip(" ,")
                opened = max(said.rfind("“"), said[:-1].rfind('"'))  # the last quote's opening mark
                if sentence == here and (not said.endswith(("”", '"')) or not said[:opened].rstrip().endswith(":")):
                    # "But Trump has one thing in common …, the columnist suggested", "Costello became
                    # “loud and aggressive”, the prosecutor said": said of them, not a quote of theirs
                    return None
                break
        if opener is None:
            return None
        in_paragraph = self._salient[bisect.bisect_left(self._salient, paragraph, key=_POSITION):
                                     bisect.bisect_left(self._salient, mention.start, key=_POSITION)]
        if (opener.key in fitting or opener.key in self._described_keys
                or not self._opens_sentence_with(opener.position)
                # a role read from a description ("the senator") may not be theirs, nor is one they run as;
                # any other written with the name is
                or any(not r.lower().startswith("the ") and r.lower().split()[-1] not in _RUNNING_ROLES
                       for r in self._roles_by_key.get(opener.key, ()))
                or not self._compatible(opener.key, SpeakerType.PERSON, None)
                or any(s.key in fitting for s in in_paragraph)):  # a holder of the role is written in the paragraph
            return None
        return _Known(mention.start, self._names[opener.key], SpeakerType.PERSON, self.gender(opener.key))

    def _chained_subject(self, mention: Mention, gender: str | None, skip: set[str]) -> _Known | None:
        """The person a description opening its sentence goes on writing of, where no one named
        holds its role: the one whose name opens the sentence before, past sentences that open
        on descriptions ("Mike Pence says … ⏎ The Republican vice presidential nominee was
        speaking … ⏎ The Indiana governor said"), in this paragraph or the two before."""
        sentence = self._sentence_of(mention.start)
        before = self.text[self._sentence_starts[sentence]:mention.start]
        after_quote = bool(before.strip(" “\"‘'"))
        if after_quote and not _QUOTE_OPENING_SENTENCE.fullmatch(before):
            return None  # but "“I made a dumb call,” the 22-year-old said" is the one the sentence before opens on
        for earlier in range(sentence - 1, max(-1, sentence - 1 - _CHAIN_SENTENCES), -1):
            lo, hi = self._sentence_starts[earlier], self._sentence_starts[earlier + 1]
            if self._paragraphs_between(lo, mention.start) > 2:
                return None
            opener = _DESCRIPTION_OPENER.match(self.text, lo, hi)
            if opener and opener.group(1).lower() in ROLE_NOUNS:
                continue  # "The Republican vice presidential nominee was speaking …"
            i = bisect.bisect_left(self._salient, lo, key=_POSITION)
            if i == len(self._salient) or self._salient[i].position >= hi:
                return None
            key = self._salient[i].key
            if (not self._opens_sentence_with(self._salient[i].position) or key in skip
                    or (after_quote and not self.text.endswith(self._names[key], 0, self._salient[i].span[1]))
                    or "," in self.text[lo:self._salient[i].position]  # "At CPAC, Fox News Sean Hannity asked"
                    or not self._compatible(key, SpeakerType.PERSON, gender)):
                return None
            return _Known(mention.start, self._names[key], SpeakerType.PERSON, self.gender(key))
        return None

    def _of_country(self, mention: Mention, nationality: str, earlier: list[_Known]) -> _Known | None:
        """Who "the Spaniard" or "the German" is: the one person named before whom a role gives
        that country ("German Interior Minister Katrin Vollmer", "her French counterpart Étienne
        Marchetti"), else, as a sports story writes it, the most salient person of the noun's
        gender ("said Harborough manager Iñaki Zubeldia. “…,” the Spaniard added")."""
        given = {known.name: known for known in earlier if known.type == SpeakerType.PERSON
                 and any(nationality in role.split() for role in known.roles)}
        before = re.compile(rf"\b{re.escape(nationality)}(?:[ \t]+[a-z][\w-]*){{0,2}}[ \t]+$")
        given.update((name, _Known(pos, name, SpeakerType.PERSON, self.gender(name_key(name))))
                     for pos, name, _ in self.full_names
                     if pos < mention.start and before.search(self.text, max(0, pos - 40), pos))
        found: _Known | None
        if len(given) == 1:  # "her French counterpart Étienne Marchetti"
            found = next(iter(given.values()))
        else:
            # "the Londoner claims … . The Irishman insisted": not one the article gave another country
            self._chain()  # "The German’s third win" gave one
            other = {key for key, of in self._nationalities.items() if of != nationality}
            # ... however the salience keys them ("brandt" for Lukas Brandt, where Felix Brandt is named too)
            other |= {key for key, name in self._names.items() if name_key(name) in other}
            # "Pressed on whether Okonkwo was the kind of striker …, the Scot": not the one asked about
            gender = _noun_gender(mention.text) or self._pronoun_gender_after(mention)
            found = self._most_salient(self._before_asked(mention.start), gender, skip=other)
        if found is not None:
            self._nationalities.setdefault(name_key(found.name), nationality)
        return found

    def _one_of(self, mention: Mention) -> _Known | None:
        """Who "One" is in "Vice-chancellors reacted with fury. One, who asked not to be named,
        said": one of the people the sentence before opens with, by the singular of their noun."""
        sentence = self._sentence_of(mention.start)
        if mention.text.lower() == "another" and sentence:
            # "One fan wrote on X: “…” ⏎ Another posted: “…”": one more of the kind "one" was
            lo = self._sentence_starts[max(0, sentence - _ANOTHER_REACH)]
            ones = [m for m in _ONE_OF_KIND.finditer(self.text, lo, mention.start) if not self._quoted.covers(
                m.start()) and (is_person_noun(m.group(1)) or names_people(m.group(1) + "s"))]
            if ones:
                return _Known(mention.start, ones[-1].group(1), SpeakerType.DESCRIPTION, None)
        # "Fans flooded the comments. “…,” one wrote. Another added: “…”": the sentence before, or
        # for "another" those before it
        back = range(1, min(sentence, _ANOTHER_REACH if mention.text.lower() == "another" else 1) + 1)
        found = (_PLURAL_SUBJECT.match(self.text, self._sentence_starts[sentence - k], mention.start) for k in back)
        subject = next((m for m in found if m and not self._quoted.covers(m.start(1))
                        and names_people(m.group(1).lower())), None)
        openings = (_QUANTIFIER_OPENING.match(self.text, self._sentence_starts[sentence - k])
                    for k in back if sentence - k > 0)
        many = next((m for m in openings if m), None) if not subject else None
        if many:  # "… a blow to fans, who voted … . Many took to social media. One wrote on X:": a fan
            lo = self._sentence_starts[self._sentence_of(many.start()) - 1]
            people = [m for m in _PLURAL_WORD.finditer(self.text, lo, many.start())
                      if names_people(m.group(1).lower()) and not self._quoted.covers(m.start())]
            subject = people[-1] if people else None
        if not subject:
            return None
        low = subject.group(1).lower()
        one = singular(low)
        before = [w.lower() for w in subject.group(0).split()[:-1]
                  if w.lower() not in DETERMINERS and w.lower() != "of"]  # "Some of the marchers"
        if any(not w.isalpha() for w in before):
            before = []
        return _Known(mention.start, " ".join([*before, "person" if low == "people" else one]),
                      SpeakerType.DESCRIPTION, None)

    def _epithet(self, mention: Mention, owner: str) -> _Known | None:
        """The person a role owned by someone named stands for ("David Axelrod on Wednesday
        called … “…,” Obama's former campaign strategist said"): the person clearly most
        salient there other than the owner, introduced just before as a subject and with no
        other role; None where no one is, and it is said as written."""
        owner_words = name_key(owner).split()
        role_of = re.compile(rf"\b(?:for|of|to)\s+(?:\w+\s+)?{re.escape(owner.split()[-1])}$")
        for known in reversed(self._before(mention.start)):
            # "Pagliano's lawyer" is the one introduced as "An attorney for Pagliano, Mark MacDougall,"
            if known.type == SpeakerType.PERSON and any(
                    (owned := role_of.search(role)) and _role_fits(mention.text.split()[1:], role[:owned.start()])
                    for role in known.roles):
                return known
        if owner in STATES_AND_COUNTRIES or owner.lower() in MULTIWORD_PLACES:
            return None  # "Wales' health secretary": a place's officer, never the person last spoken of
        ranked = [(score, key) for score, key in self._ranked(mention.start, None)
                  if key.split()[-1:] != owner_words[-1:]]
        if not ranked:
            return None
        key = ranked[0][1]
        introduced = next(m for m in self._salient if m.key == key)
        if (self._sentence_of(mention.start) - self._sentence_of(introduced.position) > _EPITHET_SENTENCES
                or not self._is_subject(*introduced.span)):
            return None  # news gives the epithet just after the name; "Cameron’s spokesman" later is someone else
        roles = self._roles_by_key[key]
        if roles and not any(_role_fits(mention.text.split(), r) for r in roles):
            return None  # "Rep. Jason Chaffetz" is no one's lawyer
        return _Known(mention.start, self._names.get(key) or self._first[key].name, SpeakerType.PERSON,
                      self.gender(key), set(roles))

    def _introduced_unnamed(self, head: str, pos: int) -> str | None:
        """The person a definite description ("the driver") refers back to where the article
        introduced them without a name ("A Limerick man who attacked a taxi driver …"): that
        introduction without its article ("taxi driver"); None where a name follows it."""
        found = self._unnamed_introduction(head, pos)
        return self._staff_of_named_body(found[1], pos) if found else None

    def _staff_of_named_body(self, described: str | None, pos: int) -> str | None:
        """An unnamed official, source or worker described by the kind of body they work for, where
        the story names one body ending so: "sheriff's office official" of the Merced County
        Sheriff's Office is "Merced County Sheriff's Office official"; any other description as it is."""
        words = (described or "").split()
        if len(words) < 3 or singular(words[-1].lower()) not in _STAFF_NOUNS:
            return described
        body = self._body_ending(words[-3:-1], pos)
        return " ".join([*words[:-3], body, words[-1]]) if body else described

    def _unnamed_introduction(self, head: str, pos: int) -> tuple[int, str] | None:
        """Where and as what :meth:`_introduced_unnamed` finds the last introduction before ``pos``
        (read once for each description: its sieves ask twice)."""
        key = (head, pos)
        if key not in self._introductions:
            self._introductions[key] = self._find_unnamed_introduction(head, pos)
        return self._introductions[key]

    def _find_unnamed_introduction(self, head: str, pos: int) -> tuple[int, str] | None:
        found = None
        # "a Nordic diplomat", "one senior EU diplomat", "a senior Senate Democratic aide", "another reporter"
        heads = "|".join(sorted(_FRIENDS)) if head in _FRIENDS else re.escape(head)  # "a pal … the friend said"
        pattern = re.compile(
            rf"(?<![\w-])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:(?!(?:for|of|the|to|in|at|on|with|and|by|from)\s)[a-z][\w-]*(?:[’']s)?\s+"
            rf"|[A-Z][\w-]*\s+){{0,3}}(?:{heads}))\b")
        for m in pattern.finditer(self.text, max(0, pos - _BODY_REACH), pos):
            # "Mark Cuban, a billionaire investor,", "The Sudan Doctors Network, a group that tracks …"
            apposed = (self.text.startswith((",", ".", " that ", " which ", " who ", " whose "), m.end())
                       or _APPOSITION_RUNS_ON.match(self.text, m.end())) and (
                _NAME_BEFORE_APPOSITIVE.search(self.text, max(0, m.start() - 40), m.start()))
            if not apposed and _APPOSITION_ENDS_SENTENCE.match(self.text, m.end()):
                # "said Maarten Visser, an analyst at Zuidas Securities.": a person's, to the sentence's
                # end; not "At a briefing in Washington, one reporter pressed the team."
                apposed = _NAME_BEFORE_APPOSITIVE.search(self.text, max(0, m.start() - 40), m.start())
                apposed = apposed if apposed and name_key(apposed.group(1)) in self._surnames() else None
            if apposed and apposed.group(1).lower() in _OPENING_ADVERBS:
                apposed = None  # "However, a senior ministry official, who asked not to be named,"
            if self._quoted.covers(m.start()) or _NAME_AFTER_INTRODUCTION.match(self.text, m.end()) or apposed:
                continue  # "a taxi driver, Sean Ryan," and "Mark Cuban, a billionaire investor," are named
            tied = _TIED_TO.match(self.text, m.end())  # "A source at Government House said"
            if tied and _SPOKESPERSON.fullmatch(head):  # "a spokesperson for the Karachi Water and …":
                body = _TIED_LINK.sub("", tied.group())  # named as spokespeople are, after the body
                found = (m.start(), f"{body} {m.group(1)}")
                continue
            # "A senior Western diplomat familiar with the talks, who …"
            after = self._tied_whole(tied) if tied else postmodifier_after(self.text, m.end())
            found = (m.start(), m.group(1) + ("" if _knowing_only(m.group(1), after) else after))
        return found

    def _tied_whole(self, tied: re.Match) -> str:
        """What an unnamed person is introduced as of, with what a body's possessive owns: " from
        Dubai Police's anti-fraud unit", the words up to the verb (" of Lawlor’s" where none follow)."""
        written = tied.group()
        if not written.endswith(("’s", "'s")):
            return written
        owned: list[re.Match] = []
        for word in _OWNED_WORD.finditer(self.text, tied.end(), tied.end() + 60):
            w = word.group(1)
            if word.start() != (owned[-1].end() if owned else tied.end()) or len(owned) == 3 or (
                    w in CUE_FORMS or w in NP_STOP_WORDS or w.endswith("ed")):
                break
            owned.append(word)
        return self.text[tied.start():owned[-1].end()] if owned else written  # "a friend of Lawlor’s"

    def _given_ages(self) -> dict[str, set[str]]:
        """Each person's age as the article gives it beside their name or surname, anywhere
        ("For Ashworth, 29, who …", "Chantelle Brooks, 27,"), read when first needed."""
        if self._ages is None:
            self._ages = defaultdict(set)
            for m in _NAMED_AGE.finditer(self.text):
                word = name_key(m.group(1))
                keys = [key for key in self._names if key.split()[-1] == word]
                if len(keys) > 1:  # "Margaret Ryan, 71, … her granddaughter Aoife Ryan, 12,": the one written there
                    keys = [key for key in keys if self.text.endswith(self._names[key], 0, m.end(1))]
                if len(keys) == 1:
                    self._ages[keys[0]].add(m.group(2))
            for m in _AGED_NAME.finditer(self.text):  # "11-year-old Isla Munro", "9-year-old Elijah Mumford's"
                key = name_key(_POSSESSIVE_END.sub("", m.group(2)))
                if key in self._names:
                    self._ages[key].add(m.group(1))
        return self._ages

    def _of_age(self, age: str, pos: int) -> _Known | None:
        """The one person the article gives the age ``age`` before ``pos``: "Chantelle Brooks, 27,"
        or "27-year-old Chantelle Brooks" is "the 27-year-old"."""
        found = set()
        for m in re.finditer(rf"(?<![\w-]){age}(?:,|-years?-old\s+(?=[A-Z])|-years?-old\s+(?=[a-z]))", self.text[:pos]):
            if m.group()[-1].isspace() and self.text[m.end()].islower():
                # "Anouk de Vries, Pieter’s 34-year-old daughter,", "Mary Kerr, a 34-year-old nurse,": the
                # age in an appositive, of the name before its comma
                apposed = _AGE_APPOSED.search(self.text, max(0, m.start() - 40), m.start())
                noun = _HYPHENED_WORD.match(self.text, m.end())
                before = self.text[max(0, apposed.start() - 60):apposed.start()] if apposed and noun and (
                    is_person_noun(noun.group()) or noun.group() in ROLE_NOUNS) else ""
                name = next((name for _, name, _ in self.full_names if before and before.endswith(name)), None)
            elif m.group().endswith(","):
                before = self.text[max(0, m.start() - 60):m.start()].rstrip(" ,")
                name = next((name for _, name, _ in self.full_names if before.endswith(name)), None)
            else:
                after = self.text[m.end():m.end() + 60]
                name = next((name for _, name, _ in self.full_names if after.startswith(name)), None)
            if name:
                found.add(name)
        lede = _AGED_INTRODUCTION.search(self.text, 0, min(pos, _LEDE_REACH + 200))
        if not found and lede and lede.group(1) == age and self._opens_story(lede.start()):
            # "A 32-year-old man who headbutted a garda …" ⏎ "Jason Mulqueen, of Cloughleigh Road, …":
            # the lede's unnamed age is the one the story names next
            later = self._named_later(Mention(lede.start(), lede.end(), lede.group(), MentionKind.DESCRIPTION, None,
                                              lede.group(), SpeakerType.PERSON), lede.group(2).lower())
            if later:
                found.add(later.name)
        if len(found) != 1:
            return None
        name = found.pop()
        key = name_key(name)
        return _Known(pos, name, SpeakerType.PERSON, self.gender(key), set(self._roles_by_key[key]))

    def _pronoun_gender_after(self, mention: Mention) -> str | None:
        """The gender a description's own clause gives it: "the 38-year-old said as he tried to
        continue": the first he/his/him or she/her after the mention in its sentence, before any
        other name."""
        sentence = self._sentence_of(mention.start)
        stop = self._sentence_end(sentence)
        # a person named before the pronoun may be whom it is of; a place is not ("A boxing coach
        # who has run a youth club in east Belfast … has said he is")
        people = self._surnames() | self._given()
        # (a character is no one: "The Swedish actor, who plays homesteader Ruth Calloway, said … her career")
        people -= {key.split()[-1] for key in self._characters} | {key.split()[0] for key in self._characters}
        named = next((m for m in _CAPITALISED_WHOLE_WORD.finditer(self.text, mention.end, stop)
                      if name_key(m.group()) in people), None)
        for m in _GENDERED_PRONOUN.finditer(self.text, mention.end, named.start() if named else stop):
            if _EITHER_GENDER.match(self.text, m.start()):
                continue  # "every child … his or her God-given potential" says no one's gender
            return None if self._quoted.covers(m.start()) else _pronoun_gender(m.group())
        return None

    def _author(self, mention: Mention) -> _Known | None:
        """Who issued a document that speaks ("the IMF report", "a Times article", "the
        report"): the body named in the description, else the one the article gave as its
        author ("a report by X", "X's report", "X released a report")."""
        words = mention.text.split()
        # "the IMF report"; not "One message", "Friday’s announcement"
        named = [w for w in words[:-1] if w[:1].isupper() and w.lower() not in DETERMINERS and w.lower() not in COUNTS
                 and w.lower().removesuffix("’s").removesuffix("'s") not in WEEKDAYS]
        body_noun = words[-2][:-2].lower() if len(words) > 2 and words[-2].endswith(("’s", "'s")) else ""
        if named and body_noun in ORG_ROLE_NOUNS and words[-1].lower() in _OWNED_CHANNELS:
            return _Known(mention.start, f"{' '.join(named)} {body_noun}", SpeakerType.ORGANIZATION, None)
        if named:
            name = " ".join(named).removesuffix("’s").removesuffix("'s")
            if name_key(name) in self._names or name_key(name).split()[-1] in self._surnames():
                return None  # "the Clinton ad": a person's, not a body's
            return _Known(mention.start, self._longer_body(name, mention.start), SpeakerType.ORGANIZATION, None)
        head = words[-1].lower().rstrip("s")
        indefinite = words[0].lower() in ("a", "an")
        if words[0].lower() not in ("the", "this", "that") and not indefinite:
            return None
        kind = words[1].lower() if len(words) == 3 and words[1].islower() and words[1] in ORG_ROLE_NOUNS else ""
        body = self._body_named(kind, mention.start) if kind and indefinite else None
        if body:  # "A club statement read: …" of Ashby Rovers, "a council statement" of the council named
            return _Known(mention.start, body, SpeakerType.ORGANIZATION, None)
        lo, hi = (mention.end, mention.end + _AUTHOR_AHEAD) if indefinite else (max(0, mention.start - _BODY_REACH),
                                                                                mention.start)
        # each way of naming the author writes the head noun: where the text there lacks it, none can match
        unwritten = head.isalpha() and head not in self.text[lo:hi]
        authored = _NO_MATCH if unwritten else re.compile(
            # "a report released last month by the Office of the State Comptroller", "the document,
            # prepared for the Department of Transport by the engineering consultancy Halloran Byrne"
            rf"\b{head}s?,?\s+(?:(?:published|released|issued|written|compiled|commissioned|signed|prepared"
            rf"|produced|drawn\s+up|set\s+up|started|created|shared|posted|filed|lodged|brought)\s+(?:[\w’'-]+\s+){{0,6}}?)?"
            rf"(?:by|from)\s+(?:(?:the|its|their)\s+)?(?:(?!(?:on|in|at|of|for|to|last|this|next)\s)[a-z]+\s+){{0,2}}"
            rf"(?P<a>{_CAPITALISED})(?P<titled>,\s+(?:[A-Z][\w.]*\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+,)?"
            rf"|(?P<b>{_CAPITALISED})[’']s\s+(?:\w+\s+)?{head}s?\b"
            rf"|(?P<e>[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*)*),\s+whose\s+(?:\w+\s+)?{head}s?\b"  # "Oyelaran, whose letter"
            # "the Ministry of Commerce (MOFCOM) released a statement", "Grace Onyancha, who was not in
            # the chamber, later issued a statement", "Harold Pettigrew, 87, released a statement"
            rf"|(?P<c>{_CAPITALISED})(?:\s+\([A-Z]{{2,8}}\)|,\s+(?:who|which)\s[^,.;“”]{{1,80}},|,\s+\d{{1,3}},)?"
            rf"(?:\s+on\s+[A-Z][a-z]+day)?\s+(?:(?:later|also|then|earlier|subsequently|quickly|\w+ly)\s+)?"
            rf"(?:released|published|issued|sent|wrote|provided|gave|passed|adopted)\s+(?:a|an|its|their|the)\s+"
            rf"(?:\w+\s+)?{head}"
            # "a 1995 Times article", "a leaked Treasury briefing"
            rf"|\b(?:a|an)\s+(?:\d{{4}}\s+|leaked\s+|confidential\s+|internal\s+)?(?P<d>{_CAPITALISED})\s+{head}s?\b")
        found = None
        if indefinite and self.text.endswith(("in ", "In "), 0, mention.start):
            # "The GMOA in a statement said:": the sentence's subject, before the statement
            return self._document_subject(self._sentence_starts[self._sentence_of(mention.start)], mention.start - 3)
        if indefinite:  # "…, says a report … ⏎ The report by the University and College Union claims …"
            m = authored.search(self.text, lo, hi)
            found = m and _authored(m)
        else:
            for m in authored.finditer(self.text, lo, hi):
                found = _authored(m)
                held = _run_name(m.group("titled").strip(" ,")) if m.group("a") and m.group("titled") else None
                if held and found.split()[-1].lower() in ROLE_NOUNS:
                    # "signed by its National Publicity Secretary, Ibrahim Danladi,": the one who holds it
                    person = self._names.get(name_key(held[1]), held[1])
                    return _Known(mention.start, person, SpeakerType.PERSON, self.gender(name_key(person)))
        if found in _PLATFORMS:
            found = None  # "a Facebook post" is its poster's, not the site's
        if not found and not indefinite and (head in _STATEMENTS or head in _SAID_IN_ONLY):
            # "The Presidency said there was no shortage. “…,” the statement said": the statement
            # of the body that spoke just before
            here = self._sentence_of(mention.start)
            # the sentence before, or, after quotes of paragraphs of their own, the paragraph before
            # them ("In a Facebook post, he accused … ⏎ “…,” he wrote. ⏎ “…,” the post added")
            lo = min(self._sentence_starts[max(0, here - 1)], self._paragraph_start(mention.start, 2))
            behalf = _on_behalf(head).search(self.text, lo, mention.start)
            given_for = self._known_subject(behalf.end(), mention.start, _CAPITALISED_RUN) if behalf else None
            if given_for:  # "He then read a statement on behalf of Cian’s mother, Sinéad O’Brien, who …"
                return given_for
            said_in = next(reversed(list(_said_in(head).finditer(self.text, lo, mention.start))), None)
            if said_in:
                # "X said in a statement that … . “…,” the statement read", "In a statement, X accused
                # …": X's, person or body, who spoke in the statement's sentence; its subject, the
                # first named there ("Prairie Sun Energy, the developer behind the … project, said")
                start = self._sentence_starts[self._sentence_of(said_in.start())]
                issuer = min((known for known in (*self._before(mention.start), *self._described_at)
                              if start <= known.position < mention.start
                              and not _READ_BY.search(self.text, max(start, known.position - 60), known.position)),
                             key=_POSITION, default=None)
                spokesperson = None if issuer else self._spokesperson_in(start, mention.start)
                # "In a statement, a spokesperson for the commission said the EFCC …"; "In a statement
                # issued last night, the port authority said"; "In a letter dated June 10 …, Dr Atim
                # directed heads of schools …"
                issuer = issuer or spokesperson or min(
                    (known for known in self._spoke if start <= known.position < mention.start),
                    key=_POSITION, default=None) or self._known_subject(said_in.end(), mention.start) or (
                    self._body_subject(said_in.end(), mention.start))
                # "The Greater Millford Chamber of Commerce said in a statement that …", "The Joint
                # Trade Union Front, the umbrella body of the unions, in a statement said": the
                # sentence's subject, before the statement
                issuer = (issuer or self._document_subject(start, said_in.start())
                          or self._described_after(said_in.end()))
                if issuer:
                    return issuer
            # "the union had posted a photo of the crowd on X": who posted, before where
            posts = list(_POSTED.finditer(self.text, lo, mention.start)) if head in _POSTS else []
            posted = next((m for m in reversed(posts) if m.group() == "posted"), posts[-1] if posts else None)
            if posted:  # "The sheriff’s office posted on Facebook that …. “…,” the post read": who posted
                issuer = self._document_subject(self._sentence_starts[self._sentence_of(posted.start())],
                                                posted.start())
                if issuer:
                    return issuer
            if head in _SAID_IN_ONLY:
                return None  # a letter is no statement: only who wrote "in a letter" speaks in it
            return next((known for known in reversed(self._before(mention.start))
                         if here - self._sentence_of(known.position) <= 1 and _as_body(known)), None)
        if not found or found.split()[0] in _NOT_NAME_START or found.lower() in _DETERMINERS_AND_ONE:
            return None
        found = self._known_name_ending(found) or found  # "Finance CEC Grace Kemunto Onyancha": the person, untitled
        key = name_key(found)
        if key in self._names or (len(key.split()) == 1 and key in self._surnames()):
            person = self._names.get(key) or next(n for k, n in self._names.items() if k.split()[-1] == key)
            return _Known(mention.start, person, SpeakerType.PERSON, self.gender(name_key(person)))
        return _Known(mention.start, self._longer_body(found, mention.start), SpeakerType.ORGANIZATION, None)

    def _described_after(self, pos: int) -> _Known | None:
        """The body a description names as the subject after a leading phrase ending at ``pos``:
        "In a Facebook post on Tuesday, the sheriff’s office asked …" is the Sheriff’s Office named."""
        m = _DESCRIBED_SUBJECT.match(self.text, pos)
        if m is None:
            return None
        written = m.group("d")
        found = self._described(Mention(m.start("d"), m.end("d"), written, MentionKind.DESCRIPTION, None, written,
                                        SpeakerType.UNKNOWN))
        return found if found is not None and found.type == SpeakerType.ORGANIZATION else None

    def _document_subject(self, lo: int, hi: int) -> _Known | None:
        """The subject of a sentence opening at ``lo`` whose verb, or a comma's appositive and
        verb, runs to ``hi``: a body by name ("The Greater Millford Chamber of Commerce said "),
        a body by its noun ("The sheriff’s office "), or a person the article knows."""
        m = _DOCUMENT_SUBJECT.fullmatch(self.text, lo, hi)
        # "However, the Coalition of Water Consumers (CWC), in a statement": no subject "However"
        opener = m is not None and m.group("name") is not None and m.group("name").lower() in _OPENING_ADVERBS
        lead = _LEAD_PHRASE.match(self.text, lo, hi) if m is None or opener else None
        if lead and (opens_leading_phrase(lead.group(1)) or is_adverb(lead.group(1).lower())):
            # "By midday, the union had posted a photo", "Shortly after the vote, she posted"
            after = self.text.index(",", lead.start(1)) + 1
            lo = after + len(self.text[after:hi]) - len(self.text[after:hi].lstrip())
            m = _DOCUMENT_SUBJECT.fullmatch(self.text, lo, hi)
        pronoun = _PRONOUN_POSTER.fullmatch(self.text, lo, hi) if m is None else None
        if pronoun and not self._quoted.covers(lo):  # "she posted a photo …": whom "she" stands for
            return self._antecedent(pronoun_mention(lo, pronoun.group(1)))
        if m is None or self._quoted.covers(m.start()):
            return None
        if m.group("head"):
            # "The county council said", "the union had posted": the noun for a body, last or before a verb
            head = next((g for g in ("head", "pre") if m.group(g) and (m.group(g) in ORG_WORDS or m.group(g) in
                                                                      BODY_KINDS)), None)
            # the one who posted is the union the story is about, whatever other body was named since
            body = self._body_named(m.group(head), m.start(head), of_kind=True) if head else None
            return _Known(m.start(head), body, SpeakerType.ORGANIZATION, None) if head and body else None
        name = m.group("name")
        person = self._known_name_ending(name)
        if person:
            return _Known(m.start("name"), person, SpeakerType.PERSON, self.gender(name_key(person)))
        if any(w.lower() in ORG_WORDS for w in name.split()) or _ACRONYM.fullmatch(name):
            return _Known(m.start("name"), self._longer_body(name, m.start("name")), SpeakerType.ORGANIZATION, None)
        return None

    def _charged(self, pos: int) -> _Known | None:
        """The one person the article says before ``pos`` is charged, accused or pleading in
        court ("Martin Cahill, of Clonroad Heights, Ennis, is charged with …"): whom "the accused"
        and "the defendant" stand for."""
        found = {name for at, name, _ in self.full_names if at < pos
                 and _CHARGED_AFTER.match(self.text, at + len(name)) and name_key(name) in self._names}
        if len(found) != 1:
            return None
        name = found.pop()
        return _Known(pos, name, SpeakerType.PERSON, self.gender(name_key(name)))

    def _paragraph_start(self, pos: int, back: int = 0) -> int:
        """Where the paragraph ``back`` paragraphs before the one holding ``pos`` starts, blank
        lines between paragraphs aside."""
        start = self.text.rfind("\n", 0, pos) + 1
        for _ in range(back):
            if start == 0:
                break
            end = end_before_space(self.text, start)  # the previous paragraph's last character, blank lines aside
            start = self.text.rfind("\n", 0, end) + 1
        return start

    def _paragraph_end(self, pos: int, forward: int = 0) -> int:
        """Where the paragraph ``forward`` paragraphs after the one holding ``pos`` ends, blank
        lines between paragraphs aside."""
        end = self.text.find("\n", pos)
        for _ in range(forward):
            if end < 0:
                break
            space = _SPACE.match(self.text, end)
            end = self.text.find("\n", space.end() if space else end + 1)  # the next one's end
        return len(self.text) if end < 0 else end

    def _body_subject(self, lo: int, hi: int) -> _Known | None:
        """The body the article named before that opens a clause of the sentence read from ``lo``
        by its noun: "In a post on its Facebook page on Monday afternoon, the trust thanked …" →
        Te Whānau a Taiporoa Trust."""
        end = min(hi, self._sentence_end(self._sentence_of(lo)))
        named = _CLAUSE_BODY_NAMED.search(self.text, lo, end)
        if named and named.group(1).split()[-1].lower() in ORG_WORDS:
            # "In a post on the department’s Facebook page, the Maple Hollow Fire Department used …"
            return _Known(named.start(1), self._longer_body(named.group(1), named.start(1)), SpeakerType.ORGANIZATION,
                          None)
        m = _CLAUSE_BODY.search(self.text, lo, end)
        if m is None or not (m.group(1) in ORG_WORDS or m.group(1) in ORG_ROLE_NOUNS):
            return None
        body = self._body_named(m.group(1), m.start(1))
        return _Known(m.start(1), body, SpeakerType.ORGANIZATION, None) if body else None

    def _known_subject(self, lo: int, hi: int, names: re.Pattern | None = None) -> _Known | None:
        """The person the article knows who opens a clause of the sentence read from ``lo``
        (before ``hi``), titles and role aside: "In a letter dated June 10 …, Dr Atim directed"
        → Joyce Kaducu Atim; "In the letter, seen by News24, committee chairperson Mr Lwazi Mpondo
        said" → Lwazi Mpondo. A name after a preposition ("a letter to Mayor X,") is not it.
        With ``names``, the first known person any of its matches names."""
        end = min(hi, self._sentence_end(self._sentence_of(lo)))
        for m in (names or _CLAUSE_NAME).finditer(self.text, lo, end):
            words = m.group("name").split()
            while words and words[0].rstrip(".").lower() in NAME_TITLES:
                words.pop(0)
            if not words:
                continue
            full = self._known_name_ending(" ".join(words))
            if not full:
                holders = {n for k, n in self._names.items() if k.split()[-1] == name_key(words[-1])
                           and k not in self._described_keys}
                full = holders.pop() if len(holders) == 1 and len(words) == 1 else None
                if len(holders) > 1 and len(words) == 1:
                    # "In a statement …, Reyes thanked his teammates" of Mateo Reyes, the quarterback the
                    # story is about, and his brother Nico: the namesake a bare surname is there
                    at = m.start("name") + m.group("name").rindex(words[0])
                    full = self._full_name(Mention(at, at + len(words[0]), words[0], MentionKind.NAME, words[0], None,
                                                   SpeakerType.PERSON))
                    full = full if full in holders else None
            if full:
                return _Known(m.start("name"), full, SpeakerType.PERSON, self.gender(name_key(full)))
        return None

    def _spokesperson_in(self, lo: int, hi: int) -> _Known | None:
        """The unnamed spokesperson of a body written between ``lo`` and ``hi`` ("a spokesperson
        for the commission"), as a description: the body's name as the article gives it before,
        with the noun ("Economic and Financial Crimes Commission spokesperson")."""
        m = _SPOKESPERSON_OF_BODY.search(self.text, lo, hi)
        if not m:
            return None
        body = m.group("body")
        if body[:1].islower():  # "the commission": the body of that head named before
            if not m.group().lower().endswith(f"the {body}"):
                return None
            named = self._body_named(body, m.start())
            if not named:  # named further back: the article's one body of that head
                bodies = {" ".join(run) for run in self._body_runs() if run[-1].lower() == body}
                named = bodies.pop() if len(bodies) == 1 else None
            if not named:
                return None
            body = named
        else:
            body = self._longer_body(body, m.start("body"))
        return _Known(m.start(), f"{_without_country(body)} {m.group('noun').lower()}", SpeakerType.DESCRIPTION, None)

    def _apposed_name(self, mention: Mention) -> str | None:
        """The person named in commas just after a bare title written as a name ("The state
        Governor, Prince Adebayo Olufemi-Ajayi, described …"), where the article knows them."""
        if not mention.name or name_key(mention.name) not in ROLE_NOUNS:
            return None
        after = _APPOSED_NAME.match(self.text, mention.end)
        return self._known_name_ending(after.group(1)) if after else None

    def _known_name_ending(self, words: str) -> str | None:
        """The full name the article knows that ``words`` end on, titles before it aside
        ("Finance CEC Grace Kemunto Onyancha", "Prince Adebayo Olufemi-Ajayi")."""
        return next((name for name in self._names.values()
                     if " " in name and (words == name or words.endswith(" " + name))), None)

    def _role_holder(self, mention: Mention) -> _Known | None:
        """The one person named before whose role a capitalised "the …" names: "the Lubbock
        Republican" after "Sen. Dana Whitfield, R-Lubbock,", or by its initials, "the DC" and
        "the PPRO" after "deputy commissioner" and "the state Police Public Relations Officer"."""
        if not mention.name or not (mention.text.lower().startswith("the ") or self.text[
                max(0, mention.start - 4):mention.start].lower() == "the "):
            return None
        letters = mention.name.replace(".", "").lower()
        initials = bool(_ACRONYM.fullmatch(mention.name)) and 2 <= len(letters) <= 6
        holders = {known.name: known for known in self._before(mention.start) if known.type == SpeakerType.PERSON
                   and any(_role_initials(role).endswith(letters) if initials else role.lower() == letters
                           for role in known.roles)}
        if not holders and initials:  # "the CP" of "CP Adewale Ogunleye": the initials written as a title
            holders = {known.name: known for known in self._before(mention.start)
                       if known.type == SpeakerType.PERSON and f"{mention.name} {known.name}" in self.text}
        if not holders and not initials and " " in mention.name:
            # "the Transport Secretary told Parliament …" before "Transport Secretary Alan Fraser": the one
            # person the article gives that title, later
            titled = {name for _, name, title in self.full_names if title and title.lower() == mention.name.lower()
                      and name_key(name) in self._names}
            if len(titled) == 1:
                name = titled.pop()
                return _Known(mention.start, name, SpeakerType.PERSON, self.gender(name_key(name)))
        return holders.popitem()[1] if len(holders) == 1 else None

    def _abbreviated(self, run: str, end: int) -> bool:
        """Whether the run of capitalised words ``run``, ending at ``end``, is one body's name
        by the initials written after it in parentheses: "Karachi Water and Sewerage
        Corporation (KWSC)", whose "and" joins words of one name, not two bodies."""
        letters = _INITIALS_AFTER.match(self.text, end)
        words = run.split()
        while words and words[0].lower() == "the":
            words = words[1:]
        return letters is not None and "\n" not in run and _initials_of(words, letters.group(1))

    def _acronym_holders(self) -> dict[str, str]:
        """The person each role's initials stand for, where the article gives them between the
        role and the name ("Superintendent of Police (SP) Rajiv Narayan Kulkarni"): one person
        for each, read when first needed."""
        if self._holders is None:
            starts = {pos: name for pos, name, _ in self.full_names}
            found: dict[str, set[str]] = defaultdict(set)
            for m in _ROLE_ACRONYM.finditer(self.text):
                titled = _TITLE_OPENING.match(self.text, m.end())  # "(DCE), Alhaji Mohammed Abdul-Karim,"
                honored = titled is not None and titled.group(1).lower() in HONORIFICS
                name = starts.get(titled.end() if titled and honored else m.end())
                if name and _office(m.group(1).lower()).split()[-1] in ROLE_NOUNS:
                    found[m.group(2)].add(name)
            self._holders = {acronym: names.pop() for acronym, names in found.items() if len(names) == 1}
        return self._holders

    def _role_initialled(self, acronym: str) -> str | None:
        """The one person whose role, as the article gives it, opens on words whose initials are
        ``acronym``: "the CEC" of "The county executive committee member for Finance, Esther Kiprop,"."""
        letters = acronym.replace(".", "")
        holders = {key for key, roles in self._roles_by_key.items() if key in self._names and any(
            _initials_of([w.capitalize() for w in role.split()[:len(letters)]], letters)
            for role in roles if len(role.split()) >= len(letters))}
        if len(holders) == 1:
            return self._names[holders.pop()]
        return self._apposed_to_role(letters) if not holders else None

    def _apposed_to_role(self, letters: str) -> str | None:
        """The person named in commas after the role whose initials are ``letters``, written out
        in capitals: "the PPRO" of "The Police Public Relations Officer in the state, SP Babatunde
        Okeowo, said" (a few words of where may stand between the role and the name)."""
        for m in _CAPITALISED_ROLE.finditer(self.text):
            words = m.group(1).split()
            if words[-1].lower() in ROLE_NOUNS and _initials_of(words, letters) and not self._quoted.covers(m.start()):
                after = _APPOSED_NAME.match(self.text, m.end())
                named = self._known_name_ending(after.group(1)) if after else None
                if named:
                    return named
        return None

    def _spelled_out(self, acronym: str) -> str | None:
        """The name an acronym stands for where the article writes it out (outside quotes): the
        name it follows in parentheses, whatever its language ("National Disaster Mitigation
        Agency (BNPB)"), else the one whose initials it is."""
        letters = acronym.replace(".", "")  # "S.E.C." is SEC
        for run in self._body_runs():
            if len(run) >= len(letters) and _initials_of(run, letters):
                return " ".join(run).removesuffix("’s").removesuffix("'s")  # "the Lawn Tennis Association’s programme"
        for run in self._and_runs:  # uncut at its "and": "Ministry of Human Resources and Emiratisation"
            if _initials_of(run, letters):
                return " ".join(run)
        for run in [*self._body_runs(), *self._and_runs]:  # "RFS" of the "NSW Rural Fire Service", "PRO" of
            # the "Umm Al Quwain Property Regulatory Office", "CBP" of "U.S. Customs and Border Protection": its
            # place before its initials
            k = next((k for k in range(1, 4) if len(run) > len(letters) >= 2 and _initials_of(run[k:], letters)), 0)
            if k:
                # but not "UAE. The" before the "Federal Weather and Seismology Centre" (FWSC): a sentence's end
                ended = max((i + 1 for i, w in enumerate(run[:k]) if (w.endswith(".") and not INITIALS.fullmatch(w))
                             or w == "The"), default=0)
                return " ".join(run[ended:]).removeprefix("The ").removesuffix("’s").removesuffix("'s")
        return self._named_before_parentheses(acronym)

    def _apposed_expansion(self, short: str) -> str | None:
        """The body's name in apposition to ``short``, an acronym written as a word, whose initials
        it is: "Cosla, the Convention of Scottish Local Authorities," or "the Convention of
        Scottish Local Authorities, or Cosla," (a link word's initial kept or not)."""
        if f"{short}," not in self.text and f"or {short}" not in self.text:
            return None
        body = _BODY_RUN.pattern
        for m in re.finditer(rf"\b{short},\s+(?:the\s+)?({body}),|(?:the\s+)?({body}),\s+(?:or\s+)?{short}\b",
                             self.text):
            if self._quoted.covers(m.start()):
                continue
            words = (m.group(1) or m.group(2)).split()
            spelled = ("".join(w[0] for w in words if w.lower() not in BODY_LINKS), "".join(w[0] for w in words))
            if short.upper() in (spelled[0].upper(), spelled[1].upper()):
                return " ".join(words)
        return None

    def _named_before_parentheses(self, short: str) -> str | None:
        """The name written just before ``short`` in parentheses ("Caledonian MacBrayne (CalMac)",
        "Namibia Water Corporation (NamWater)"), read in a window, never the whole text."""
        at = self.text.find(f"({short})")
        given = _PARENTHESISED_BEFORE.search(self.text, max(0, at - _BODY_NAME_REACH), at) if at > 0 else None
        if given and not self._quoted.covers(given.start()):
            words = given.group(1).split()
            while words and (words[0] in _NOT_NAME_START or words[0] == "The"):
                words = words[1:]
            if len(words) > 1:
                return " ".join(words)
        return None

    def _surnames(self) -> set[str]:
        return {key.split()[-1] for key in self._names if key}

    def _given(self) -> set[str]:
        return {key.split()[0] for key in self._names if key}

    def _body_named(self, head: str, pos: int, of_kind: bool = False) -> str | None:
        """The last body named before ``pos`` whose name holds ``head`` ("The commission" →
        Commission on Presidential Debates; "police" → Charlotte-Mecklenburg police); found by
        a word of its kind ("the union" of the Great Lakes Nurses Alliance), none where another
        body was named since, or with ``of_kind``, another body of that kind."""
        found, by_kind, end = None, False, 0  # by_kind: by a word of the kind of body the noun says
        lo = max(0, pos - _BODY_REACH)
        kinds = BODY_KINDS.get(head, frozenset())  # "the union" of the Independent Drivers Alliance
        if head not in self.text[lo:pos].lower() and not kinds:
            return None  # a body whose name holds the head noun writes it
        # "the campaign" → the Trump campaign, "police" → Charlotte-Mecklenburg police: a body
        # named with its head noun in lower case, else a capitalised name holding the head
        pattern = re.compile(rf"(?:[A-Z][\w’'.&-]*[ \t]+)+{re.escape(head)}\b|{_BODY_NAME.pattern}")
        # a body of the noun's kind the lede named, out of reach: the one the story is about
        lede = list(pattern.finditer(self.text, 0, min(lo, _LEDE_REACH))) if lo and kinds else []
        for m, run in self._sentence_runs([*lede, *pattern.finditer(self.text, lo, pos)]):
            if self._crosshead(m.start(), m.end()):
                continue  # a crosshead's "Split council": the story's words for a part of it, no body's name
            run = _TIME_AFTER.sub("", run)  # "Federal Court of Justice on Tuesday"
            # "… Water and Sewerage Company (NCWSC)", or a name with "and" that spoke as one body
            whole = " and " in run and (self._abbreviated(run, m.end()) or self._spoke_as_body(run))
            # "the SEC and Vermont"; "the Central Highlands Cricket Association's Country Cup": its owner
            parts = _OWNED_SPLIT.split(run)
            if len(parts) > 1 and _TITLE_CASE_LINK.search(parts[0]):
                parts = [run]  # "… Characterization Of Network's Reporting On Carson": a headline, no owner
            pieces = [run] if whole else [
                piece for part in parts for piece in split_bodies(part, self._full_by_outer_word)]
            for piece in pieces:
                piece = piece.removesuffix("’s").removesuffix("'s")  # "Bro Tywi County Council's cabinet"
                words = [w.lower() for w in piece.split()]
                if words[:2] == ["according", "to"]:
                    words = words[2:]  # "According to the Independent Bakers' Federation, the number …"
                while words and (words[0] in BODY_LINKS or words[0].capitalize() in _NOT_NAME_START
                                 or words[0] in NOT_NAME_OPENERS or words[0] in DETERMINERS  # "His company"
                                 or (words[0] in GROUP_NOUNS and words[1:2] in (["of"], ["at"]))
                                 or _LOWER_AFTER_HYPHEN.match(piece.split()[-len(words)])):  # "Cash-strapped"
                    words = words[1:]  # "Members of the Allied Food Workers’ Union": the union
                link = next((k for k, w in enumerate(words) if w in ("of", "at", "from")), None)
                if link and any(is_first_name(w) or w.lower().rstrip(".") in HONORIFICS
                                for w in piece.split()[-len(words):][:link]):
                    # "Professor Anna Berg of the University of Leeds": the body is what she is of
                    words = words[link + 1:]
                    while words and words[0] in DETERMINERS:
                        words = words[1:]
                    if not words:
                        continue
                capitalised = [w for w in piece.split() if w[:1].isupper()]
                if (capitalised and capitalised[-1].endswith(_OF_BUSINESS)) or all(
                        w.split("-")[0] in DEMONYMS or w.split("-")[0] in STATES_AND_COUNTRIES for w in capitalised):
                    # "a Canadian-listed company", "the San Jose-based company": what it is, no name
                    continue
                kind = head if head in words else next((w for w in words if w in kinds), None)
                if kind and words[-1] != kind and words[-1] in ORG_WORDS and "and" in words[words.index(kind) + 1:]:
                    continue  # "the university" is no University and College Union: a union
                if kind and kind != head and found and not by_kind:
                    continue  # "the union" is the Longshore Workers Union, not the employers' association named since
                if kind and words[-1] not in BODY_LINKS and len(words) > 1:
                    by_kind, end, at = kind != head, m.end(), words.index(kind)
                    written = piece.split()[-len(words):]
                    # "Manhattan Supreme Court Justice Frank Nervo": the court's name ends at a title
                    # ... and where another body's begins: "Riverside Unified School District Board of
                    # Education" is the district's board, "the district" the district
                    cut = next((k for k in range(at + 1, len(words) - 1)
                                if ((words[k].rstrip(".") in ROLE_NOUNS or words[k] in _OTHER_BODY_WORDS)
                                    and words[k - 1] not in BODY_LINKS)
                                or (words[k] == "at" and k == at + 1)), None)  # "Union at Dunmore Foods"
                    if cut is not None and words[-1].rstrip(".") in _COMPANY_SUFFIXES:
                        cut = None  # "… Credit Union Co-operative Society Ltd": one registered name to its end
                    found = _OWNER_BEFORE.sub("", " ".join(written[:cut]))  # "VA's Office of Inspector General"
                    named = _NAME_AFTER_KIND.match(self.text, m.end()) if written[-1] == head else None
                    if named and not is_first_name(named.group(1).split()[0]) and (
                            named.group(1).split()[0].lower().rstrip(".") not in ROLE_NOUNS):
                        found = named.group(1)  # "Train operator SMRT": the body is named after what it is
        # only a body of that kind named since, where asked or where the lede named it
        since_kinds = (kinds | {head}) if of_kind or (lede and end <= lede[-1].end()) else frozenset()
        companies = head in _COMPANY_NOUNS or found.split()[-1].lower() in COMPANY_WORDS if found else True
        another = re.search(rf"\b[Aa]n?\s+(?:[a-z]+\s+)?{re.escape(head)}\b", self.text[end:pos]) if found else None
        if found and by_kind and (self._other_name_since(found, end, pos, since_kinds, companies) or (
                another and self.text[end:end + another.start()].strip() != ",")):
            # "the agency" is no Government Accountability Office with another body named since, nor
            # "the group" the association after "A group of residents gathered outside"; but "The
            # Heart Failure Patients Alliance, an advocacy group," is that group
            return None
        return self._with_portfolios(found) if found else None

    def _sentence_runs(self, matches: list[re.Match]) -> Iterator[tuple[re.Match, str]]:
        """Each match outside quotes of a run of capitalised words, with each sentence's part of
        its last paragraph's part, without a sentence's full stop: "… to RT. The network said"
        gives "RT" and "The"; "customers of Harbor National Bank. In a statement, the bank said"
        gives "Harbor National Bank"."""
        for m in matches:
            if self._quoted.covers(m.start()):
                continue
            sentences = _SENTENCE_BREAK.split(_PARAGRAPH_BREAK.split(m.group())[-1])
            for k, chunk in enumerate(sentences):
                ended = k < len(sentences) - 1 or _SENTENCE_END_WORD.search(chunk)
                yield m, chunk.removesuffix(".") if ended else chunk

    def _team_named(self, pos: int) -> str | None:
        """The sports team last named before ``pos``, in its fullest form: a name ending as a
        club's does ("Castlebridge Town", "Ashworth Rovers FC") or a plural nickname the article
        writes after "the" ("the Thoroughbreds" of the Louisville Thoroughbreds); none where no
        team is named."""
        found = subject = None
        for m in _TEAM_NAME.finditer(self.text, max(0, pos - _BODY_REACH), pos):
            name = m.group().removeprefix("The ").removeprefix("the ")
            last = name.split()[-1]
            if self._quoted.covers(m.start()) or name_key(name) in self._names or (
                    name in STATES_AND_COUNTRIES | MULTIWORD_PLACES):
                continue  # a person, or "the Philippines"
            if last.lower() in TEAM_NAME_ENDS or self._nickname(last):
                found = m
                if self._opens_sentence_with(m.start()):
                    subject = m
        if found is None:
            return None
        if subject is not None and self._sentence_of(pos) - self._sentence_of(subject.start()) <= 2:
            found = subject  # "The Thoroughbreds have traded Adeyemi … to the Baltimore Harbormasters": the subject
        last = re.escape(found.group().split()[-1])
        forms = [" ".join(itertools.dropwhile(_LOWER_AFTER_HYPHEN.match, m.group().split()))  # not "Under-fire"
                 for m in re.finditer(rf"(?:\b[A-Z][a-z][\w’'.-]*[ \t]+)*{last}\b(?!\s+[A-Z])", self.text)
                 if not self._quoted.covers(m.start())]
        fullest = max(forms, key=len, default=found.group())
        return fullest.removeprefix("The ").removeprefix("the ")

    def _nickname(self, word: str) -> bool:
        """Whether ``word`` is a team's plural nickname the article writes after "the" ("the
        Thoroughbreds"); never a party's members or a country's people ("the Democrats", "the
        Americans") or a group ("the Residents")."""
        return (_PLURAL_NICKNAME.fullmatch(word) is not None and word[:-1].lower() not in PARTY_MEMBERS
                and word[:-1] not in DEMONYMS and word.lower() not in GROUP_NOUNS
                and word.lower() not in _PLURAL_PLACES  # "the Alps"
                and re.search(rf"\b[Tt]he\s+(?:[A-Z][\w’'-]*\s+)*{re.escape(word)}\b", self.text) is not None)

    def _body_of_kind(self, words: list[str], pos: int) -> str | None:
        """The body a description names by the word before its noun, where no body's name holds
        the noun itself: "the rescue team" of Ogwen Valley Mountain Rescue Organisation, a name
        holding "rescue" and ending as a body's does."""
        kind = words[-2].lower() if len(words) > 2 and words[-2].isalpha() and words[-2].islower() else ""
        if not kind or kind in DETERMINERS or is_adverb(kind) or self._body_named(words[-1].lower(), pos):
            return None
        named = self._body_named(kind, pos)
        last = named.split()[-1].lower() if named else ""
        return named if last in ORG_WORDS and last != kind else None

    def _other_name_since(self, name: str, lo: int, hi: int, kinds: Set[str] = frozenset(),
                          companies: bool = True) -> bool:
        """Whether a name of two capitalised words or more, no person's and no part of ``name``,
        is written outside quotes between ``lo`` and ``hi``: another body the text turned to;
        with ``kinds``, one holding one of those words (another union, not the hospital it is at);
        without ``companies``, no company by its name's last word (not the airline a union strikes)."""
        for m in _BODY_RUN.finditer(self.text, lo, hi):
            # "Tuesday. The", "Nordvik Securities. He": a run across a sentence's end is its words before it
            words = re.split(r"(?<=\w\w)\.\s", m.group(), maxsplit=1)[0].split()
            if len(words) < 2 or words[0].lower() in LEADING_ADVERBIALS or any(
                    is_first_name(w) or w.lower() in ROLE_NOUNS for w in words[1:]) or all(
                    w in STATES_AND_COUNTRIES or w == "and" for w in words):
                # "At Vessen": a place after a phrase's opening word; "President Carla Mendes", "Rasaf’s
                # Energy Minister Prince Faisal": a person; "Brazil and Guyana": places
                continue
            if not (self._quoted.covers(m.start()) or m.group() in name or name in m.group()
                    or is_first_name(words[0]) or words[0] in _NOT_NAME_START or words[0].lower() in DETERMINERS
                    or (kinds and not any(w.lower() in kinds for w in words))
                    or (not companies and words[-1].lower().rstrip(".,") in COMPANY_WORDS)):
                return True
        return False

    def _spoke_as_body(self, run: str) -> bool:
        """Whether ``run`` (less a leading "The") is a body resolved before as one speaker: "The
        Vietnam Coffee and Cocoa Association (Vicofa) said" makes "the association" all of it."""
        key = name_key(run.removeprefix("The ").removeprefix("the "))
        return any(known.type == SpeakerType.ORGANIZATION and name_key(known.name) == key for known in self.history)

    def _police(self, pos: int) -> str | None:
        """Which force "police" at ``pos`` is: the last named before it, else the one the article
        names later ("Police have said …" of a story that names the Charlotte-Mecklenburg police
        further down), where it names only one."""
        named = self._body_named("police", pos)
        if named and ". " not in named:  # "in France. Police said" names no force
            return named
        later = [name for m in _POLICE.finditer(self.text, pos) if (name := self._body_named("police", m.end()))
                 and ". " not in name]
        # the first written of one force's names, whatever their case ("Pine Hollow Police Chief …",
        # "call Pine Hollow police"), so that every run gives the same
        return later[0] if len({name.lower() for name in later}) == 1 else None

    def _last_body(self, pos: int) -> str | None:
        """The last body named before ``pos`` in the paragraph, by a name ending in a word for a
        body ("Coventry University", "Cork County Council"), outside quotes."""
        found = None
        for m in _BODY_NAME.finditer(self.text, self.text.rfind("\n", 0, pos) + 1, pos):
            if not self._quoted.covers(m.start()) and m.group().split()[-1].lower() in ORG_WORDS and (
                    not _PART_OF_BEFORE.search(self.text, max(0, m.start() - 30), m.start())):
                # (not the body another is part of: "Homeland Security Investigations, a division of
                # Immigration and Customs Enforcement")
                found = _OWNER_BEFORE.sub("", m.group())  # "The UN’s Food and Agriculture Organization"
        return found

    def _body_opening_on(self, word: str) -> str | None:
        """The one body the article names in full opening on ``word``, where it names no person
        with that word in their full name ("Harmon" of Harmon Industrial Group)."""
        if any(word in full.split() for _, full, _ in self.full_names):
            return None
        bodies = {" ".join(run).rstrip(".,") for run in self._body_runs()
                  if len(run) > 1 and run[0] == word and run[-1].lower().rstrip(".,") in ORG_WORDS}
        longest = max(bodies, key=len, default=None)
        # one body, whether or not its legal form is written ("Harlow Systems" of Harlow Systems Inc)
        return longest if longest and all(longest.startswith(b) for b in bodies) else None

    def _longer_body(self, name: str, pos: int) -> str:
        """The fuller name of a body the article gives elsewhere ("the Times" → New York Times,
        "Tax Policy Center" → Urban-Brookings Tax Policy Center, "Alliance" → Alliance to
        Reclaim Our Schools): the first run of capitalised words that holds it, outside quotes."""
        return self._with_portfolios(self._fuller_body(name, pos))

    def _with_portfolios(self, name: str) -> str:
        """A ministry's name with the portfolios the article lists after it: "Ministry of Trade"
        of the "Ministry of Trade, Industry and Energy"."""
        words = name.split()
        at = self.text.find(name) if words and words[0] in _PORTFOLIO_BODIES and "of" in words else -1
        listed = _PORTFOLIO_LIST.match(self.text, at + len(name)) if at >= 0 else None
        return name + listed.group() if listed else name

    def _fuller_body(self, name: str, pos: int) -> str:
        words = name.split()
        if len(words) == 1 and _ACRONYM.fullmatch(words[0]) and 2 <= len(words[0].replace(".", "")) <= 6:
            return self._spelled_out(words[0]) or name  # "IMF" → International Monetary Fund
        if len(words) == 1 and f"({words[0]})" in self.text and words[0] not in STATES_AND_COUNTRIES:
            # "CalMac" of "Caledonian MacBrayne (CalMac)"; not a dateline's "COX'S BAZAR (Bangladesh)"
            return self._named_before_parentheses(words[0]) or name
        if len(words) == 1 and 3 <= len(words[0]) <= 6 and words[0].isalpha() and words[0][1:].islower():
            apposed = self._apposed_expansion(words[0])
            if apposed:  # "Cosla" of "Cosla, the Convention of Scottish Local Authorities,"
                return apposed
        called = self._called_company_opening(words[0]) if len(words) == 1 else set()
        if len(called) == 1:  # "SkyMed said" of "SkyMed Air Rescue, a privately held air medical company"
            return called.pop()
        if (len(words) == 1 and words[0][:1].isupper() and words[0] in self._company_first_words()
                and words[0] not in STATES_AND_COUNTRIES):  # "Israel" is no Israel Electric Corporation
            # "Halcyon said" after "Halcyon Logistics": a company named by its first word
            named = []
            for run in self._body_runs():
                at = run.index(words[0]) if words[0] in run[:-1] else len(run)
                # ending on its company's word, or there before "of" ("Arcwright Defense Systems of Huntsville")
                ends = [k for k in range(at + 1, len(run)) if run[k].lower().rstrip(".,") in COMPANY_WORDS
                        and (k == len(run) - 1 or run[k + 1] == "of")]
                if ends:
                    named.append(run[at:ends[-1] + 1])
            if named:  # its name from the first word on: "Singapore's Halcyon Logistics" is Halcyon Logistics,
                # and at its fullest ("Brightwell Stores Inc", not the headline's "Brightwell Stores")
                fullest = max(named, key=len)
                return " ".join(fullest).rstrip(".,")
        opening = self._opening_extends(name)
        if opening:
            return opening  # "Emberly recalls …" of the Emberly Home the story opens on
        formed = [run for run in self._body_runs() if len(run) > len(words) and run[:len(words)] == words
                  and all(w.lower().rstrip(".,") in _COMPANY_SUFFIXES for w in run[len(words):])
                  ] if self._suffixed_somewhere(name) else []
        if formed and len({" ".join(run) for run in formed}) == 1:  # "Kgomo Platinum" of "Kgomo Platinum Holdings"
            return " ".join(formed[0]).rstrip(".,")
        inside = {" ".join(run).rstrip(".,") for run in self._body_runs() if len(words) == 1 and words[0] in run[1:-2]
                  and run[run.index(words[0]) + 1] == "of" and not any(is_first_name(w) for w in run)}
        if len(inside) == 1:  # "the Corps" of the "U.S. Army Corps of Engineers"
            return inside.pop()
        if words[-1].lower() not in ORG_WORDS and words[0].lower() not in ORG_WORDS:
            registered = _LEGAL_FORM.match(self.text, self.text.find(name + " ") + len(name)) if (
                name + " ") in self.text else None
            if registered:  # "Tal-Qroqq Developments" of "Tal-Qroqq Developments Ltd"
                return name + registered.group()
            opened = {" ".join(run).rstrip(".,") for run in self._body_runs() if len(words) > 1
                      and len(run) > len(words) and run[:len(words)] == words
                      and run[-1].lower().rstrip(".,") in ORG_WORDS
                      and all(w[:1].isupper() for w in run[len(words):])}
            if len(words) == 1 and self._nickname(words[0]):
                # "the Kings" of the Sacramento Kings: a team's nickname, by the one fuller name written
                fuller = {" ".join(run).rstrip(".,") for run in self._body_runs() if len(run) > 1 and run[-1] == name
                          and not any(is_first_name(w) or w in _NOT_NAME_START for w in run)}
                if len(fuller) == 1:
                    return fuller.pop()
            if is_first_name(words[0]) or self._article_gender.get(name_key(name)):
                opened = set()  # "Eric Trump" is no "Eric Trump Foundation"; "Lantern Bay" of Lantern Bay Capital is
            whole = max(opened, key=len, default="")
            if opened and all(whole.startswith(other) for other in opened):
                return whole  # "Ghurab Marine" of Ghurab Marine Terminals Company
            if f" of {name}" not in self.text:
                return name
            # "Homeland Security" of the "Department of Homeland Security" the article names
            of = [run for run in self._body_runs() if len(run) > len(words) + 1 and run[-len(words):] == words
                  and run[-len(words) - 1] == "of" and run[0].lower() in ORG_WORDS]
            return " ".join(of[0]) if len(words) > 1 and len({" ".join(r) for r in of}) == 1 else name
        for run in self._body_runs():
            if len(run) <= len(words):
                continue
            added: list[str] | None
            if run[:len(words)] == words:
                added = run[len(words):]
            else:
                added = run[:-len(words)] if run[-len(words):] == words else None
            if (added and len(words) > 1 and words[-1].lower() in COMPANY_WORDS
                    and added[0] in ("for", "of", "on", "to", "at")):
                continue  # "Calloway Homes for the Fennick Meadows": the company's name ends at its word
                # (but "the Bank" alone is the Bank of England)
            if added and run[-len(words):] == words and added[-1] in ("to", "from", "by", "with"):
                continue  # "… the Mundarra Showground to Coastline Living Group": the name begins after
            if added and added == run[:len(added)] and all(
                    _COMPANY_NOUN_WORD.fullmatch(w.lower()) or w.endswith(_OF_BUSINESS) for w in added):
                continue  # "Carmaker Vantorra will close …", "Mainboard-listed Meridian …": what it is
            owner = added[-1][:-2] if added and added == run[:len(added)] and added[-1].endswith(("’s", "'s")) else ""
            if owner and (owner.isupper() or owner in STATES_AND_COUNTRIES):
                continue  # "The EU’s General Court": the court, not its owner's name with it
            if added and not any(w.lower().rstrip(".") in _NOT_BODY_WORDS for w in added) and not (
                    added[-1] == "of" and is_first_name(added[0])):  # "Mark Doyle of Kendrick Hale …": a person's
                return " ".join(run).removesuffix("’s").removesuffix("'s")
        return name

    def _suffixed_somewhere(self, name: str) -> bool:
        """Whether the article writes ``name`` with a company's suffix after it somewhere
        ("Harrowgate Group"), found by string search before any run is read."""
        at = self.text.find(name + " ")
        while at >= 0:
            if _COMPANY_SUFFIX_AFTER.match(self.text, at + len(name)):
                return True
            at = self.text.find(name + " ", at + 1)
        return False

    def _mid_sentence(self, name: str) -> int:
        """How often ``name`` is written mid-sentence, after a lower-case word or a comma:
        capitalised there as a name is, not only as a sentence opens."""
        return len(re.findall(rf"(?<=[a-z,;] ){re.escape(name)}\b", self.text))

    def _plural_opener(self, name: str) -> bool:
        """Whether a one-word name is a plural noun capitalised only where it opens a sentence
        ("Rivals have reported …"), never written so mid-sentence as a body's name would be."""
        return (" " not in name and name.endswith("s") and not name.isupper()
                and not self._mid_sentence(name))

    def _company(self, pos: int) -> str | None:
        """The company "the company" is at ``pos``: the body opening the sentence or the one
        before ("Front Range Power has cut … . A company spokeswoman said"), else the one company
        the story is about, named by a company's word with its first word in the headline or
        lede ("Calloway Home Goods Inc")."""
        opening = self._body_opening(self._sentence_of(pos))
        if opening:
            return self._longer_body(opening, pos)
        named = {name for name in self._lede_runs(pos, COMPANY_WORDS) if not self._commentators_firm(name)}
        if len(named) == 1:
            return named.pop()  # else the one the lede calls a company ("packaged food maker Pemberton Foods")
        # a company the sentence before calls one ("a drop in the oil giant Exxon Mobil. The company
        # reported"), else the lede ("software maker Tessellate", "Tessellate, the Bellevue-based maker")
        here = self._sentence_of(pos)
        before = self.text[self._sentence_starts[max(0, here - 1)]:pos]
        for where in (before, self._lede()):
            called = {m.group("name") or m.group("name2") for m in _COMPANY_CALLED.finditer(where)}
            # "on Thursday, the biggest drop since the company’s listing" names no company
            called = {name for name in called if name.split()[0] not in _LEAD_CAPITALS and self.text.find(name) < pos
                      and name.split()[0].lower() not in TIME_WORDS and not _called_person(name)}
            if called:
                return called.pop() if len(called) == 1 else None
        # the one company the article names before, by its company word ("Ozark Ridge Partners")
        companies = {name_key(run): run for run in self._companies_before(pos)}
        if len(companies) == 1:
            return self._longer_body(companies.popitem()[1], pos)
        return self._headline_subject() if not companies else None

    def _headline_subject(self) -> str | None:
        """The body a story opens on: the headline's first word, opening the name that is the
        next sentence's subject ("Emberly recalls 310,000 heaters … ⏎ Emberly Home is recalling …");
        no person, place or common word; read once."""
        if self._opening is None:
            self._opening = (self._find_headline_subject(),)
        return self._opening[0]

    def _opening_extends(self, name: str) -> str | None:
        """The body the story opens on (:meth:`_headline_subject`) where its name goes on from
        ``name``'s words ("Emberly" of Emberly Home), else None."""
        opening, words = self._headline_subject(), name.split()
        if opening and opening.split()[:len(words)] == words and len(opening.split()) > len(words):
            return opening
        return None

    def _find_headline_subject(self) -> str | None:
        first = _HEADLINE_OPENING.match(self.text)  # "Carmaker Vantorra to close …": the company, not what it is
        if first is None or len(self._sentence_starts) < 2 or "\n" not in self.text[:self._sentence_starts[1]]:
            return None  # a headline line, then the story
        word = first.group(1)
        if (word.lower() in STOP_WORDS or word.lower() in ROLE_NOUNS or word in STATES_AND_COUNTRIES
                or word in DEMONYMS or is_first_name(word)
                or name_key(word) in self._surnames() or name_key(word) in self._names):
            return None
        opening = self._sentence_starts[1]
        named = re.compile(rf"(?:[^\n]{{0,80}}?\s)?({re.escape(word)}(?:[ \t]+[A-Z][\w&’'-]*)*)[ \t]+[a-z]").match(
            self.text, opening)
        if named is None or self._quoted.covers(named.start(1)):
            return None
        return named.group(1)

    def _companies_before(self, pos: int) -> Iterator[str]:
        """The names ending in a company's word ("Partners", "GmbH", "Inc") written outside
        quotes before ``pos``, without the words that open a sentence before them."""
        for m in _COMPANY_NAMED.finditer(self.text, 0, pos):
            if self._quoted.covers(m.start()):
                continue
            words = m.group().split()
            while words and (words[0] in _NOT_NAME_START or words[0].lower() in NOT_NAME_OPENERS
                             or words[0].lower() in DETERMINERS or words[0] in _LEAD_CAPITALS):
                words = words[1:]
            if len(words) > 1 and not self._commentators_firm(" ".join(words)):
                yield " ".join(words)

    def _commentators_firm(self, name: str) -> bool:
        """Whether the article names the company ``name`` first as where an analyst, economist or
        strategist works ("Camilla Frost, an analyst at Nordhavn Securities,"): a firm commenting,
        never "the company" the story is about."""
        at = self.text.find(name)
        workplace = _WORKPLACE_BEFORE.search(self.text, max(0, at - 30), at) if at > 0 else None
        return workplace is not None and workplace.group(1) in _COMMENTATORS

    def _lede(self) -> str:
        """The headline and the first sentences, where a story names what it is about."""
        return self.text[:self._sentence_starts[min(3, len(self._sentence_starts) - 1)]]

    def _lede_runs(self, pos: int, heads: Set[str]) -> set[str]:
        """The bodies named before ``pos`` whose name, opening in the lede, ends in one of ``heads``,
        without an owner or a place of business before it ("The UN’s", "Vaughan-based")."""
        lede = self._lede()
        named = {_POSSESSIVE_END.sub("", " ".join(run).rstrip(".,")) for run in self._body_runs()
                 if _POSSESSIVE_END.sub("", run[-1].lower().rstrip(".,")) in heads and run[0] in lede
                 and 0 <= self.text.find(" ".join(run)) < pos}
        return {_OWNER_BEFORE.sub("", name) for name in named
                if not any(other != name and other.startswith(name) for other in named)}

    def _lede_body(self, head: str, pos: int) -> str | None:
        """The one body the lede names by a body's word, where it calls a body by ``head`` too ("the
        agency" of a story that opens on "The state agency …" and the Texas Water Development Board)."""
        if not re.search(rf"\b{head}\b", self._lede()):
            return None
        named = self._lede_runs(pos, ORG_WORDS)
        return named.pop() if len(named) == 1 else None

    def _opens_company(self, key: str) -> bool:
        """Whether a one-word name (a name key) opens a company's name the article writes
        ("Aurelia" of "Aurelia Labs"); the openers are read once."""
        if self._company_openers is None:
            self._company_openers = {name_key(run.group(1)) for m in _COMPANY_WORD.finditer(self.text) if (
                run := _COMPANY_RUN_OPENING.search(self.text, max(0, m.start() - 60), m.start()))}
        return key in self._company_openers

    def _called_company(self, name: str) -> bool:
        """Whether the article calls ``name`` a company or firm ("the oil giant Exxon Mobil",
        "Keystone Military Communities, the private company that …"), read once for each name."""
        if name not in self._called:
            self._called[name] = any(
                (m.group("name") or m.group("name2")) == name for at in _word_starts(self.text, name)
                for m in _COMPANY_CALLED.finditer(self.text, max(0, at - 60), at + len(name) + 80))
        return self._called[name]

    def _called_company_opening(self, word: str) -> set[str]:
        """The names of more than one word opening on ``word`` that the article calls a company
        in apposition ("SkyMed Air Rescue, a privately held air medical company")."""
        return {m.group() for at in _word_starts(self.text, word) if (m := _CALLED_FROM.match(self.text, at))}

    def _company_first_words(self) -> set[str]:
        """The capitalised words that open a run ending in a company's word ("Halcyon" of
        "Halcyon Logistics"), read once: only these may name a company by their first word."""
        if self._company_words is None:
            self._company_words = set()
            for m in _COMPANY_WORD.finditer(self.text):
                self._company_words.update(_CAPITAL_WORD.findall(self.text, max(0, m.start() - 80), m.start()))
        return self._company_words

    def _body_runs(self) -> list[list[str]]:
        """The runs of capitalised words outside quotes that may name a body, found once, cut
        where "and" joins two names (those holding "and" are kept uncut too, in ``_and_runs``)."""
        if self._runs is None:
            self._runs = []
            for m in _BODY_RUN.finditer(self.text):  # runs of two words or more: "Trump" is no run
                if self._quoted.covers(m.start()):
                    continue
                if " and " in m.group():
                    self._and_runs.append(m.group().split())
                pieces: Iterable[str] = (b for p in _RUN_BREAK.split(m.group())
                                         for b in split_bodies(p, self._full_by_outer_word))
                if " and " in m.group() and self._abbreviated(m.group(), m.end()):
                    pieces = [m.group()]  # "Nairobi City Water and Sewerage Company (NCWSC)": one body
                for piece in pieces:
                    run = piece.rstrip(".,").split()
                    while run and (run[0] in _NOT_NAME_START or run[0].lower() in NOT_NAME_OPENERS
                                   or run[0] == "According" or run[0].lower() in TIME_WORDS
                                   or run[0][:1].islower() or _LOWER_AFTER_HYPHEN.match(run[0])):
                        # "… last Thursday to Lisduff Homes": the body from its name on; "Under-fire
                        # Castlebridge Town": what a headline calls a body is no part of its name
                        run = run[1:]
                    while run and (run[-1].lower() in BODY_LINKS or run[-1].lower() in TIME_WORDS):
                        run = run[:-1]
                    if len(run) > 1:
                        self._runs.append(run)
        return self._runs


# Titles written short, that no role list holds: "Hon. Mahama Iddrisu Sulemana", "Sen. Ann Kraus"
_SHORT_TITLES = frozenset(("hon", "engr", "sen", "rep", "gov"))
_PLACE_ROLE = re.compile(r"[A-Z][\w-]*[’']s ((?:[A-Z][\w-]* )*[A-Z][\w-]*)")  # "Tasmania’s Premier"
_BENCH_OF = re.compile(  # "A bench of justices Hemant Kulkarni and Ritu Bhandari"
    r"\b(?:bench|panel)\s+(?:of|comprising|headed\s+by)\s+(?:[Jj]ustices?\s+|[Jj]udges?\s+)?"
    r"((?:[A-Z][\w.’'-]*\s+)*[A-Z][\w’'-]+(?:,\s+(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w’'-]+)*"
    r",?\s+and\s+(?:[Jj]ustice\s+)?(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w’'-]+)")
# Between a bench's judges: "A, B and Justice C", each judge's name without the title
_BENCH_JUDGES_SPLIT = re.compile(r",\s*(?:and\s+)?(?:[Jj]ustice\s+)?|\s+and\s+(?:[Jj]ustice\s+)?")
_NAME_PREFIXES = word_set("name_prefixes")
_APPOSED_NAME = re.compile(r",\s+((?:[A-Z][\w.’'-]*\s+){1,5}[A-Z][\w’'-]+),")  # ", Prince Adebayo Olufemi-Ajayi,"
# A role written out in capitals and where it is held, before a name in commas: "Police Public
# Relations Officer in the state"
_CAPITALISED_ROLE = re.compile(r"\b(?:The[ \t]+)?((?:[A-Z][a-z]+[ \t]+){1,5}[A-Z][a-z]+)"
                               r"(?:[ \t]+(?:in|of|for)[ \t]+(?:the[ \t]+)?[\w-]+){0,2}(?=,)")
_COMPANY_WRITTEN = sorted({w.capitalize() for w in COMPANY_WORDS} | {w.upper() for w in COMPANY_WORDS} | {"GmbH"})
# "Ozark Ridge Partners", "Kaffee Nord GmbH"
_COMPANY_NAMED = re.compile(rf"(?:[A-Z][\w&’'-]*[ \t]+){{1,4}}(?:{'|'.join(_COMPANY_WRITTEN)})\b")
_ROLE_QUALIFIERS = word_set("role_qualifiers")
_RANKS = frozenset(("vice", "deputy", "assistant", "associate"))  # a lesser post than the noun's own
_HYPHENED_WORD = re.compile(r"[\w-]+")
_LOWER_AFTER_HYPHEN = re.compile(r"[A-Z][a-z]*-[a-z]")  # "Under-fire", "Cash-strapped"; not "Rolls-Royce"


def _first_written(written: list[tuple[int, str]]) -> dict[str, int]:
    """Where each name of (position, name) pairs in article order is first written."""
    first: dict[str, int] = {}
    for at, full in written:
        first.setdefault(full, at)
    return first


def _as_body(known: _Known) -> bool:
    """Whether a speaker known before may be the body a description or document stands for: an
    organisation, or a name of no person whatever its type ("Qantas confirmed …")."""
    return known.type == SpeakerType.ORGANIZATION or (
        known.type == SpeakerType.UNKNOWN and not is_first_name(known.name.split()[0]))


@lru_cache(maxsize=64)
def _on_behalf(head: str) -> re.Pattern:
    """A document with the head noun ``head`` given for someone: "a statement on behalf of"."""
    return re.compile(rf"\b{head}s?\s+(?:\w+\s+){{0,3}}?on\s+behalf\s+of\s+")


@lru_cache(maxsize=64)
def _said_in(head: str) -> re.Pattern:
    """Where a sentence says someone spoke in a document with the head noun ``head``: "In a
    statement issued last night,", "In the letter, seen by News24,", "In an emailed statement",
    "In a post on its official Facebook page"."""
    # a court's decision is one document by any of its names: "In its ruling, it said … “…,” the judgment read"
    named = "|".join(sorted(_RULINGS)) if head in _RULINGS else head
    return re.compile(rf"\b[Ii]n\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{named})s?\b")


_RULINGS = frozenset("ruling judgment judgement verdict decision order".split())


def _authored(m: re.Match) -> str:
    """Who :meth:`ArticleSpeakers._author`'s pattern found as a document's author, whichever of
    its ways of naming one matched."""
    found = m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e")
    if found.endswith(".") and found.split()[-1].lower().rstrip(".") not in _ABBREVIATIONS:
        found = found[:-1]  # "… from the Tana River County Government." ending its sentence; not "Acme Co."
    return found.removeprefix("The ") if len(found.split()) > 2 else found  # "The Sindh Assembly … passed a resolution"


def _without_country(name: str) -> str:
    """A body's name without the country owning it as news writes it ("Iraq’s Ministry of Water
    Resources", "Saudi Arabia's Najd Industrial Chemicals Co"): the name is what follows."""
    m = _COUNTRY_OWNER.match(name)
    if not m or len(name[m.end():].split()) < 2:
        return name
    owner = m.group(1)
    return name[m.end():] if (owner in STATES_AND_COUNTRIES or owner.lower() in MULTIWORD_PLACES
                              or owner.rstrip(".") in PROVINCES) else name


# "Iraq’s", "UK’s", "B.C.'s"
_COUNTRY_OWNER = re.compile(r"((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+|[A-Z]{2,3}|(?:[A-Z]\.){2,3})[’']s\s+(?=[A-Z])")


def _no_company(head: str, name: str) -> bool:
    """Whether a description's head is a body that ``name``, a company's, cannot be ("the union"
    after "Peabody Energy")."""
    return head in _NO_COMPANY and name.split()[-1].lower() in COMPANY_WORDS


def _parties(phrase: str) -> set[str]:
    """The parties a role or description names, as written with a capital ("Democratic", "GOP";
    never "a conservative activist")."""
    return {_PARTY_VARIANTS.get(w.lower(), w.lower()) for w in _HYPHENED_WORD.findall(phrase) if w in PARTY_WORDS}


def _role_fits(description: list[str], role: str) -> bool:
    """Whether a role given with a name is what a description says: "the president" fits
    "President" and "Russian President", not "vice president" or "former president"."""
    # a title written short is the title in full: "Rep." is a representative, so "the lawmaker"
    words = [TITLE_ABBREVIATIONS.get(w, w) for w in _HYPHENED_WORD.findall(role.lower())]
    while len(words) > 1 and words[-1] in HONORIFICS and words[-1] not in POST_NOMINALS:  # "MS" is a seat
        words.pop()  # "Justice Mrs" before Abena Oppong-Darko: a justice, whatever her courtesy title
    cut = next((k for k, w in enumerate(words) if k and (w in ("for", "to") or (
        w.endswith("ing") and words[k + 1:k + 2] and words[k + 1] in ("the", "a", "an", "his", "her")))), None)
    # "special representative for Libya", "ambassador to the UN", "counsel assisting the coroner": the
    # role before its link
    words = words[:cut]
    described = _spelt_out(description)
    office = _office(" ".join(words)).split()  # "chairman of Badaghat Union Parishad": the chairman
    same = bool(words) and any(w == described[-1] or w in ROLE_HYPERNYMS.get(described[-1], ())
                               for w in {words[-1], *office[-1:]})
    parties, described_parties = _parties(role), _parties(" ".join(description))
    if parties and described_parties and not parties & described_parties:
        return False  # "the Democratic presidential candidate" is no Republican presidential candidate
    # nor "the deputy mayor" the mayor: a rank the description gives that the role lacks
    return same and not (set(words) & _ROLE_QUALIFIERS - set(described)) and not (
        set(described) & _RANKS - set(words))


def _other_office(description: list[str], role: str) -> bool:
    """Whether ``role`` is an office other than the description's, before any body it is of
    ("Florida Gov." for "the Florida senator"; not "head of strategy at Hallworth Capital")."""
    office = _office(role.lower()).split()
    if not office or not {w.lower() for w in description[1:-1]} & set(office):
        return False
    head = TITLE_ABBREVIATIONS.get(office[-1].rstrip("."), office[-1].rstrip("."))
    wanted = _spelt_out(description)[-1]
    return head in ROLE_NOUNS and head != wanted and head not in ROLE_HYPERNYMS.get(wanted, ())


def _places_differ(places: set[str], role: str) -> bool:
    """Whether a role names the state or country of its office, and none of ``places``, those a
    description names ("New Jersey Gov." for "the Ohio governor"; "Plaid Cymru MS" names none)."""
    where = _places_in(_office(role).split()[:-1])
    return bool(where and not places & where)


def _places_in(words: list[str]) -> set[str]:
    """The states and countries ``words`` name, in lower case ("New Jersey", "Ohio")."""
    low = [w.lower().removesuffix("’s").removesuffix("'s").strip(",") for w in words]  # "Ohio’s"
    return {p for p in (*low, *(" ".join(pair) for pair in zip(low, low[1:]))) if p in _PLACE_NAMES}


def _places_agree(description: list[str], role: str) -> bool:
    """Whether the places a party member's description gives ("the Republican from Tulsa", "the
    Wisconsin Democrat") are all in a role given with a name ("Tulsa Republican", from "R-Tulsa")."""
    places = {w.lower() for w in description[1:-1] if w[:1].isupper() and w not in PARTY_WORDS}
    return places <= set(_HYPHENED_WORD.findall(role.lower()))


def _role_initials(role: str) -> str:
    """The initials of a role's words up to what it is of or for, in lower case ("deputy
    commissioner of Sunamganj" → "dc")."""
    words = _office(role.lower()).split()
    return "".join(w[0] for w in words if w not in DETERMINERS)


_ROLE_OF = re.compile(r"\s(?:of|for|at|in|to|on)\s|,")


def _office(role: str) -> str:
    """A role's words before what it is of, for or at ("deputy commissioner" of "deputy
    commissioner of Sunamganj", "head" of "head of strategy at Hallworth Capital")."""
    return _ROLE_OF.split(role, maxsplit=1)[0]


def _spelt_out(description: list[str]) -> list[str]:
    """A description's words in lower case, an acronym or a short office written out ("the PM" →
    the prime minister, "the finance chief" → the chief financial officer)."""
    words = [part for w in description for part in ROLE_ACRONYMS.get(w.lower(), (w.lower(),))]
    full = ROLE_PHRASES.get(" ".join(words[-2:])) if len(words) > 1 else None
    return [*words[:-2], *full] if full else words


def _role_overlap(description: list[str], role: str) -> int:
    """How many words a description shares with a role: "the PM" two with "Prime Minister",
    one with "Foreign Minister"."""
    role_words = {TITLE_ABBREVIATIONS.get(w, w) for w in _HYPHENED_WORD.findall(role.lower())}
    return len(set(_spelt_out(description)) & role_words - DETERMINERS)


# The plural subject opening a sentence ("Vice-chancellors reacted", "Many local residents say").
_PLURAL_SUBJECT = re.compile(r"\s*(?:[A-Za-z][\w-]*\s+){0,3}?([A-Za-z][\w-]*s)\b(?!\s+(?:of|in)\b)")
# A plural subject opening a sentence, after a linking word ("But many local residents say"),
# and the people it gives as examples (", like Senators A and B,").
# A person's family as a clause's subject: "Mr Pilling’s family thanked", "…, the Okafor family's …" aside.
_FAMILY_SUBJECT = re.compile(r"(?:^|(?<=[,\n])\s*|(?<=\.\s))(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
                             r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)[’']s\s+(?P<kin>family|relatives|parents)"
                             r"\s+(?:[a-z]+ed|said|says|have|has)\b")
_PLURAL_OPENER = re.compile(
    r"\s*(?:(?:But|And|Yet|Still|So|Meanwhile|Though|Although|While|Because),?\s+)?"
    r"((?:[A-Za-z][\w-]*\s+){0,2}?([A-Za-z][\w-]*s))\b"
    r"(?=\s+[a-z]|,\s+(?:like|including|such as)\s|\s+(?:of|in|at|from|near|across|around)\s)")
_EXAMPLES = re.compile(
    r"(?:\s+(?:of|in|at|from)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?,\s+(?:like|including|such as)\s+[^;]*?,\s+"
    r"(?!and\b|or\b)(?=[a-z])")
_THEY_OPENS = re.compile(r"\s*(?:(?:But|And|Yet|Still|So),?\s+)?They\b")
# A description's clause giving the one name its person would give: ", who gave his name only as Kofi,",
# ", identified only as Maria,", ", who gave only her first name, Aisha,", ", who only wanted to be known
# as Mak Som,".
_NAME_GIVEN_ONLY = re.compile(
    r"(?:,\s+|\s+(?=who\s))(?:who\s+(?:\w+\s+){0,6}?)?(?:gave\s+(?P<pronoun>his|her|their)\s+(?:first\s+)?name\s+"
    r"(?:only\s+|simply\s+)?as"
    r"|(?:identified|known|named)\s+only\s+(?:as|by\s+(?P<pronoun2>his|her|their)\s+first\s+name,?)"
    r"|(?:wanted|wished|asked|preferred|agreed|chose)\s+to\s+be\s+(?:known|identified|named|called)\s+"
    r"(?:only\s+|simply\s+)?as"
    r"|gave\s+only\s+(?P<pronoun3>his|her|their)\s+first\s+name,?)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\b"
    r"(?=\s*[,.)]|\s+[a-z])")  # "who gave his name only as Kofi said", "who gave his name simply as Chidubem,"
_GIVEN_REACH = 120  # characters before a first name within which the article says it gives no more
_POSTMODIFIER_ONLY = re.compile(r"[^.;:,“”\"\n]{0,60}")  # " from Nakhon Ratchasima" between a noun and its clause
_COMPANY_NOUNS = frozenset(("company", "firm"))
_TIME_AFTER = re.compile(r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
                         r"|March|April|May|June|July|August|September|October|November|December)$")
# A company's name goes on to these: "Kgomo Platinum" of "Kgomo Platinum Holdings", "Harrowgate Group"
_COMPANY_SUFFIX_FORMS = "Holdings Holding Group Ltd Limited PLC plc Inc Corp Corporation Co LLC Sdn Bhd Berhad".split()
_COMPANY_SUFFIX_AFTER = re.compile(rf" (?:{'|'.join(_COMPANY_SUFFIX_FORMS)})\b")
_COMPANY_SUFFIXES = frozenset(form.lower() for form in _COMPANY_SUFFIX_FORMS)
# A group referred back to: "the two people", "the sources", "those officials"
_GROUP_BACK = re.compile(r"(?:(?P<the>(?i:the|those|these))\s+)?(?:(?P<count>two|three|four|several)\s+)?"
                         r"(?P<head>people|sources|officials|residents|diplomats|analysts)")
# A post and whose it is: "the 47-year-old former mayor of San Pedro Sula"
_POST_OF = re.compile(r"[Tt]he\s+(?P<role>.+?)\s+of\s+(?P<body>(?:the\s+)?[A-Z].*)")
_AGE_WORD = re.compile(r"\b\d+-year-old\b")
_OTHER_BODY_WORDS = ORG_WORDS - COMPANY_WORDS  # "Board" of "… School District Board of Education", not "Resources"
_HONORED = re.compile(r"(?:Dr|Prof|Datuk|Tan Sri|Dato'?|Haji|Hajah|Encik|Puan)\.?\s")
# A Chinese given name written last after an English name and a surname: "Kelvin Tsang Ho-yin".
_CHINESE_GIVEN = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$")
_AGED = re.compile(r"(\d+)-years?-old$")
_BODY_SENTENCES = 3  # sentences within which a body last named is what "the company" stands for
_THEY_CHAIN = 3  # sentences read back for the people "they" stands for
_QUANTIFIERS = frozenset("many some most several multiple few all both two three four".split())
_LINKERS = frozenset("but and yet still so meanwhile though although while because".split())
_SENTENCE_END_WORD = re.compile(r"\b[A-Z][a-z]{3,}\.$")  # "… customers of Harbor National Bank.", not "Inc."
_PARAGRAPH_BREAK = re.compile(r"[ \t]*\n\s*")  # a paragraph's end: a headline's last word is no body's first
_SENTENCE_BREAK = re.compile(rf"(?<=[a-z0-9A-Z]{{2}}\.)\s+(?=(?:{'|'.join(sorted(SENTENCE_STARTERS))})\b)"
                             r"|(?<=day\.)\s+(?=[A-Z])")  # "… on Sunday. National Disaster Management Agency"
_CAPITALISED_WORD = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]")
_CAPITALISED_WHOLE_WORD = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z][\w’'-]*")
_NO_MATCH = re.compile(r"(?!)")  # a pattern that matches nowhere
_AUTHOR_AHEAD = 600  # characters read on for the author of "a report" the article names next
_BODY_REACH = 3000  # characters read back for what a description or document refers to
_HE_OR_SHE = re.compile(r"\b(?:he|she)\b")
_VERB_AFTER_NAME = re.compile(r"[ \t]+([a-z]+)\b")  # the word after a name, as its verb would be
_IN_VIEW_PARAGRAPHS = 3  # paragraphs back within which another speaker keeps a pronoun from the one named
_TEAM_NOUNS = frozenset({"team", "club", "franchise"})  # "the team said in a statement"
# A name that may be a team's: capitalised words ending on a club's word or a plural nickname
_PLURAL_NICKNAME = re.compile(r"[A-Z][a-z’'-]+s")  # "Thoroughbreds"
_TEAM_NAME = re.compile(r"\b(?:[A-Z][\w’'.-]*\s+){0,3}(?:[A-Z][a-z’'-]+s|[A-Z][A-Za-z]+)\b(?![\w’'-]|\s+[A-Z])")
_LEDE_REACH = 600  # a story's headline and lede, where the body it is about is named
_BODY_HYPERNYMS = word_set("body_hypernyms")
_WORD_AFTER = re.compile(r",?\s+(\w+)")
# A company's word written with a capital ("Logistics", "PLC"), and the capitalised words before
# it that may open its name ("Halcyon").
_COMPANY_FORMS = sorted({form for w in COMPANY_WORDS for form in (w.capitalize(), w.upper())}, key=len, reverse=True)
# Every form opens with a capital: (?=[A-Z]) turns away the other words before the trie is tried.
_COMPANY_WORD = re.compile(rf"\b(?=[A-Z])(?:{trie_pattern(_COMPANY_FORMS)})\b")
_CAPITAL_WORD = re.compile(r"\b[A-Z][\w&’'.-]*")
_TITLE_RUN = re.compile(r"(?:\b(?:[A-Z][\w’'-]*|of|for|and|the)[ \t]+)+$")  # "Minister for Planning and Development "
_COMPANY_RUN_OPENING = re.compile(r"(?<![\w’'.-])([A-Z][\w&-]*)(?:\s+[A-Z][\w&’'.-]*){0,2}\s+$")  # "Aurelia " of Labs
# A capitalised name opening a sentence, followed by a lower-case word (its verb).
_KIN_WORD = re.compile(rf"\b(?:{_KIN_NOUNS}|elder|younger)\b", re.IGNORECASE)  # "Her husband was blunter."
_DOUBLE_BARRELLED = re.compile(r"-[A-Z]")  # after a surname: "Haskins-Pruitt"
_DOUBLE_BARRELLED_END = re.compile(r"(?<=[A-Za-z])-")  # before one: "Bautista-Lim"
_CONJUNCTIONS = frozenset(("But", "And", "So", "Yet", "Or"))
_SCENE_FIRST = re.compile(r"[ \t]*([A-Z][a-z]+)\b[^,.;:“”\"\n]{0,60},[ \t]+")  # "In a statement on Monday, "
_OPENING_NAME = re.compile(
    r"[ \t]*((?:[A-Z][\w&’'.-]*[ \t]+)*?[A-Z][\w&’'.-]*)(?:[ \t]+(?:on|last|this)[ \t]+\w+)?"
    r"(?:,[ \t]+which\b|[ \t]+[a-z])")
_DELAYED_LEDE_REACH = 600  # characters after a lede's description within which it is named
_TITLE_REACH = 60  # characters before a name within which its title is written
_LEAD_WORDS = frozenset("the a an former favourite of and & s".split())  # before a name opening a sentence
# Bodies that are no company, whatever was named before them ("the union", "the court").
_NO_COMPANY = frozenset("union party court government administration campaign ministry department agency committee "
                        "council commission regulator watchdog authority".split())
# One who reads out another's statement, before their name: "read to the court by Sergeant "
_READ_BY = re.compile(r"\bread\b[^,.;“”\n]{0,40}?\bby\s+(?:[A-Z][\w.’'-]*\s+){0,2}$")
_STATEMENTS = word_set("statement_nouns")  # a body's words as it gives them ("the statement said")
# Those that speak only as the words of one who wrote "in a letter": "In a letter to the prime
# minister, X said … “…,” the letter said", "In a Facebook post, he accused critics … “…,” the post added";
# "… the court said in its ruling. “…,” the ruling said"
_SAID_IN_ONLY = frozenset("letter post tweet message email ruling judgment judgement order verdict".split())
_PLATFORMS = word_set("platforms")
_VESSEL_PREFIXES = word_set("vessel_prefixes")
_COUPLE = re.compile(r"\b[Tt]he (?:couple|pair)\b(?!’s|'s)")  # the two a "they" after may be
# What one posts, and where a sentence says one posted it: "posted on Facebook", "reminded visitors on X"
_POSTS = frozenset("post tweet message".split())
_POSTED = re.compile(rf"\bposted\b|\bon\s+(?:{'|'.join(sorted(_PLATFORMS))}|social\s+media)\b")
# A sentence's subject up to its verb, after any appositive in commas: "The Joint Trade Union Front,
# the umbrella body of the power sector unions, in a statement", "The sheriff’s office posted", or
# to the verb after "and" or "but" ("… did not take a formal position but said in a Facebook post"),
# with its object ("The Cricket Association of Bengal congratulated the pacer on X")
_DOCUMENT_SUBJECT = re.compile(r"(?:(?:The|the)\s+(?:[a-z]+[’']s\s+|(?P<pre>[a-z]+)\s+)?(?P<head>[a-z]+)"
                               r"|(?:[Tt]he\s+)?(?P<name>[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w.&’'-]*)*))"
                               r"(?:\s+\([A-Z][\w&.-]*\))?(?:,[^.;:“”\n]{1,120},)?,?\s+(?:[^.;:“”\n]{1,120}?\s(?:and|but)\s+)?(?:[a-z]+\s+){0,6}?")
_PRONOUN_POSTER = re.compile(r"([Hh]e|[Ss]he|[Tt]hey)\s+(?:[a-z]+\s+){0,2}?")  # "she posted", "he later wrote"
# After a name, what the accused in a court story is said to be: "Martin Cahill, of Clonroad Heights,
# Ennis, is charged with", "Reece, 58, who denies the charge,", "Smith pleaded not guilty"
# What a court story says of a defendant it will not name: "the defendant, who was not named in court
# documents,", "The accused cannot be named for legal reasons"
_UNNAMED_DEFENDANT = re.compile(r"\b(?:defendant|accused)\b[^.;“”\"\n]{0,20}?\b(?:was|is|has|could|can|may)\s*"
                                r"(?:not|n[’']t)\s+(?:been\s+|be\s+)?(?:named|identified)\b", re.IGNORECASE)
_COURT_OFFICERS = ("lawyer", "barrister", "solicitor", "counsel", "attorney", "advocate", "prosecutor", "judge",
                   "magistrate", "witness")
_CHARGED_AFTER = re.compile(r"(?:,[^.;:“”\"\n]{0,80},)?\s+(?:(?:is|was|has\s+been|had\s+been|stands)\s+"
                            r"(?:charged|accused|indicted)|pleaded|denies|denied|admitted)\b")
_FRIENDS = frozenset(("friend", "pal", "mate"))  # one noun for one person, as tabloids vary it
# "…, the Maple Hollow Fire Department used": a body by its name opening a clause
_CLAUSE_BODY_NAMED = re.compile(
    r",[ \t]+(?:the[ \t]+)?([A-Z][\w’'.&-]*(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)*[A-Z][\w’'.&-]*)*)[ \t]+[a-z]")
_CLAUSE_BODY = re.compile(r",[ \t]+the[ \t]+([a-z]+)[ \t]+[a-z]")  # "…, the trust thanked"
_NAME_WORDS = r"(?P<name>(?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'-]+)"  # up to four capitalised words
_CAPITALISED_RUN = re.compile(_NAME_WORDS)
# A name opening a clause, after a comma and lower-case words of role ("…, committee chairperson
# Mr Lwazi Mpondo said"), before its verb.
_CLAUSE_NAME = re.compile(rf",[ \t]+(?:[a-z]+[ \t]+){{0,3}}?{_NAME_WORDS}(?=[ \t]+[a-z]|,)")
_UNNAMED_SOURCES = word_set("unnamed_sources")
_AFTER_QUOTE = re.compile(r"[”\"]\s*$")  # a pronoun just after the quote it attributes
# What an unnamed person is introduced as of: " at Government House", " close to the star".
_TIED = r"\s+(?:at|for|from|of|with|inside|close\s+to)\s+(?:the\s+)?"
_OWNED_WORD = re.compile(r"\s+([a-z][\w-]*)")
_TIED_TO = re.compile(_TIED + r"(?:[A-Z][\w’'&-]*(?:\s+(?:(?:and|of|for)\s+)?[A-Z][\w’'&-]*){0,4}"
                      rf"(?:\s+(?:{'|'.join(sorted(ORG_ROLE_NOUNS))})\b"  # "the Western Australian government"
                      # "the Indonesian consulate, who", "… consulate in Tawau, who"
                      r"|\s+(?!(?:said|says|told|added|who)\b)[a-z]+(?:\s+in\s+[A-Z][\w’'-]*)?(?=,\s+who\b)"
                      # "a source close to the Mill Lane boardroom told …"
                      r"|\s+(?!(?:said|says|told|added|who)\b)[a-z]+(?=\s+(?:said|says|told|added)\b))?"
                      r"|(?<=the\s)[a-z]+(?:\s+(?!(?:said|says|told|added)\b)[a-z]+)?(?=[,.;:]|\s+(?:said|told|says|added)\b))")
# A name before its short form in parentheses, of any language: "National Disaster Mitigation Agency (BNPB)"
_PARENTHESISED_NAME = (r"(?:[A-Z][\w’'&-]*\s+(?:(?:of|for|the|on|ng|de|del|des|du|da|di|la|le|van|von|der)\s+)*)+"
                       r"[A-Z][\w’'&-]*")  # "Bangko Sentral ng Pilipinas (BSP)", "Banco de México (Banxico)"
# on one line with its short form: no headline over a wire's "(Bloomberg) --"
_PARENTHESISED_BEFORE = re.compile(rf"({_PARENTHESISED_NAME})[^\S\n]+$")
_BODY_NAME_REACH = 200  # characters a body's name may take
_TIED_LINK = re.compile("^" + _TIED)
_NAME_BEFORE_APPOSITIVE = re.compile(r"([A-Z][\w’'.-]+),\s+(?:\d{1,3},\s+)?$")  # "Mariela Funes, 47, a former mayor"
_NAME_AFTER_INTRODUCTION = re.compile(r",?\s+(?:[A-Z][\w’'-]+\s+)*[A-Z][\w’'-]+")  # "a taxi driver, Sean Ryan,"
_SPOKESPERSON_NOUN = r"spokes(?:person|man|woman)|representative"
_SPOKESPERSON = re.compile(_SPOKESPERSON_NOUN, re.I)
# The links that say what a source knows, not whom they are of ("familiar with the talks")
_KNOWING = re.compile(r"\s*(?:familiar\s+with|briefed\s+on|with\s+(?:\w+\s+)?knowledge\s+of|(?:at|on)\s+the\s+scene)\b")


def _knowing_only(head: str, postmodifier: str) -> bool:
    """Whether a description's postmodifier says only what its source knows or where they
    stood, which the head says who they are without: "a senior official familiar with the
    negotiations" is the senior official, "a Dawes County sheriff's deputy at the scene on
    Highway 14" the deputy; "a person familiar with the matter" is no one without it."""
    described = [w for w in head.split() if w.lower() not in DETERMINERS and w.lower() not in _QUANTIFIERS]
    return len(described) > 1 and _KNOWING.match(postmodifier) is not None  # not "multiple sources"
_INITIALS_BEFORE = re.compile(r"\b([A-Z]{2,})[ \t]+$")  # "NHS " before "Clyde Valley"
# "a spokesperson for ", "one Ministry spokeswoman of "
_SPOKESPERSON_OF = rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+)?(?P<noun>{_SPOKESPERSON_NOUN})\s+(?:for|of|at|from)\s+"
# ... ending where the body's name begins; "An Garda Síochána": the Irish article is the name's;
# past what kind of body it is ("a spokeswoman for cycling advocacy group Ride Safe Victoria")
_SPOKESPERSON_FOR = re.compile(
    _SPOKESPERSON_OF + r"(?:(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    + "(?:" + trie_pattern(ORG_ROLE_NOUNS) + r")\s+)?(?:the\s+|(?P<an>An)\s+)?$")
_SPOKESPERSON_FOR_TITLED = re.compile(_SPOKESPERSON_OF + r"(?:[A-Z][\w.’'-]*\s*)+")  # "… for House Speaker"
# Capitalised words of a name, with "of", "for", "and", "the" between; never across a sentence's
# end ("… from the Tana River County Government. It says"), though after "Co." or "St.".
_CAPITALISED = r"[A-Z][\w.&-]*(?:(?<![a-z]{3}\.)[ \t]+(?:(?:of|for|and|the)[ \t]+)*[A-Z][\w.&-]*)*"  # in one line
# "a spokesperson for the commission", "a spokeswoman for Arctic Tern Marine"
_SPOKESPERSON_OF_BODY = re.compile(_SPOKESPERSON_OF + rf"(?:the\s+)?(?P<body>[a-z]+\b|{_CAPITALISED})")
# A body's initials: "IMF", "S.E.C.", and "TfGM" whose "f" is for the "for" in its name.
_ACRONYM = re.compile(r"[A-Z](?:[A-Z.&]|[a-z](?=[A-Z]))+")
# A company's legal form after its name: "Ltd", "Inc.", "plc"
_LEGAL_FORM = re.compile(r" (?:Ltd|Limited|Inc|PLC|plc|LLC|Corp|GmbH|Pty|Sdn|Bhd|Berhad|Oyj|AG|NV|Tbk)\b\.?")
_PATRONYMIC = re.compile(r" (?:bin|binti|bint|bte|bt) [A-Z]")  # a Malay or Arab name, shortened to its given names
_THE_BEFORE = re.compile(r"^[Tt]he\s+")
_INITIALS_AFTER = re.compile(r"[ \t]*\(([A-Z][A-Za-z]{1,9})\)")  # " (NCWSC)"
_RUN_BREAK = re.compile(r"(?<=[a-z]{2}[.!?])\s+|\n")
# Words no body's name goes on to: a person's, or a place's of the body ("Saurashtra Cricket
# Association Stadium" is where the association plays, not the association)
# A ministry's portfolios listed after its name: "Ministry of Trade", ", Industry and Energy"
_PORTFOLIO_BODIES = frozenset(("Ministry", "Department"))
_PORTFOLIO_LIST = re.compile(r"(?:,[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*)*,?[ \t]+and[ \t]+[A-Z][\w’'-]*"
                             r"(?:[ \t]+[A-Z][\w’'-]*)*")
_NOT_BODY_WORDS = ROLE_NOUNS | GROUP_NOUNS | PERSON_NOUNS | HONORIFICS | frozenset(
    "stadium ground grounds arena park oval cup trophy final".split())  # "FA Cup" is no fuller FA
_DETERMINED = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat) $")  # "the town", "a town": a noun as one is
_APPOSED_BODY_NOUN = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}([a-z]+),\s+$")  # "The haulage firm, "
# The description a sentence opens on after its leading phrase: "…, the sheriff’s office asked"
_DESCRIBED_SUBJECT = re.compile(r"[^,.\n]{0,40},\s+(?P<d>[Tt]he\s+(?:[a-z][\w’'-]*\s+){0,3}?"
                                rf"(?:{'|'.join(sorted(ORG_WORDS | ORG_ROLE_NOUNS))}))(?=\s+[a-z]+\b)")
_NAME_AFTER_KIND = re.compile(r"[ \t]+([A-Z][\w’'.&-]*(?:[ \t]+[A-Z][\w’'.&-]*)*)")  # "operator| SMRT"
# A capitalised word, and one more after links a body's name holds ("of", "and", Māori "o")
_BODY_WORD = r"(?:Local\s+\d+\b|[A-Z][\w’'.&-]*)"  # a union's "Local 3982" too
_BODY_LINKED_WORD = rf"(?:\s+(?:(?:of|for|on|and|&|the|to|a|at|o)\s+)*{_BODY_WORD})"  # "Harcourt & Lyle Bank"
_BODY_NAME = re.compile(rf"{_BODY_WORD}{_BODY_LINKED_WORD}*")
# The same of two words or more: the runs of _BODY_NAME that hold a space, without a match for
# every lone capitalised word ("Trump", "The") to be set aside one by one.
_BODY_RUN = re.compile(rf"{_BODY_WORD}{_BODY_LINKED_WORD}+")


# Heads of a description that may stand as the speaker where the article names no one: people
# by their role ("the announcer", "a veteran GOP strategist") and bodies ("the company"), not
# places or documents.
_SPEAKING_HEADS = _PERSON_ROLES | GROUP_NOUNS | word_set("speaking_heads") | ORG_ROLE_NOUNS
# Where someone's own words are published: "the campaign's website", "her statement", "his letter".
_OWNED_CHANNELS = frozenset("website site statement statements tweet tweets post account feed page blog letter email "
                            "emails memo submission brief filing affidavit testimony op-ed column book".split())
# Bodies news names after the one who leads them: "the Clinton campaign", "the Biden administration".
_NAMED_BY_LEADER = frozenset("campaign administration government organization".split())
_DESCRIBED_HEADS = _SPEAKING_HEADS | NOT_SPEAKER_HEADS  # a description that stands as the speaker ends in one


# Words before a description that say it names no one, or count those quoted, not who they are.
_NOT_PART_OF_DESCRIPTION = frozenset("unnamed anonymous unidentified another second third fourth fifth".split())


def _description_name(text: str | None, documents: bool = False) -> str | None:
    """A description as a speaker's name: without its article ("a veteran GOP strategist" →
    "veteran GOP strategist", "one GOP operative" → "GOP operative", "one study" and "one of
    the organizers" stay); None for a possessive ("his aides"),
    which says nothing of who spoke, or for a document ("the report") unless ``documents``
    (one whose author the article does not give speaks as itself: "one study", "exit polls")."""
    words = (text or "").split()
    if not words or (words[-1].lower() in NOT_SPEAKER_HEADS and not documents) or words[0].lower() in (
            "his", "her", "its", "their", "our", "my", "your", "that", "this"):
        return None
    while len(words) > 1 and (words[0].lower() in ("the", "a", "an") or (
            words[0].lower() == "one" and len(words) > 2 and words[1].lower() != "of")):
        words = words[1:]
    while len(words) > 1 and words[0].lower() in _NOT_PART_OF_DESCRIPTION:
        words = words[1:]  # "an unnamed Harris campaign staffer", "a second vice-chancellor": who, not which
    if len(words) == 1 and words[0].lower() in NOT_SPEAKER_HEADS:
        return None  # "the report": which report, the article has not said
    if len(words) > 1 and words[0] == "One":
        words[0] = "one"  # "One diner, who declined to be named," opening a sentence
    name = " ".join(words)
    if len(words) == 1 and name[:1].isupper() and not name[1:2].isupper() and name.rstrip("s") not in PARTY_WORDS:
        return name[:1].lower() + name[1:]  # "Analysts say" opening a sentence; "Democrats" stay
    return name


def _surname(name: str) -> str:
    """The last word of a full name that is no suffix: "Biden" of "Joseph R. Biden Jr."."""
    words = name.split()
    while len(words) > 2 and words[-1].lower().rstrip(".") in _NAME_SUFFIXES:
        words.pop()
    return words[-1].rstrip(",")


def _surname_holder(name: str, seen: dict[str, tuple[int, str, str | None]]) -> str:
    """The full name a surname written alone stands for where it opens on a particle ("says Van
    der Merwe" of Koos van der Merwe), else ``name``."""
    if name.split()[0].lower() not in NAME_RUN_PARTICLES:
        return name
    key = name_key(name)
    return next((full for k, (_, full, _) in seen.items() if k.endswith(" " + key)), name)


def _family_name(name: str) -> str:
    """A full name's surname with the particles that open it: "Mac Craith" of Dónal Mac Craith,
    "von der Leyen" of Ursula von der Leyen, as a relative's name takes it."""
    words, last = name.split(), _surname(name)
    if last not in words:
        return last
    end = k = words.index(last)
    while k > 1 and (words[k - 1] in _SURNAME_PARTICLES or words[k - 1] in NAME_RUN_PARTICLES):
        k -= 1
    return " ".join(words[k:end + 1])


def _name_case(name: str) -> str:
    """A person's name whose first name is in capitals beside words in lower case, given a
    name's case: "LINDA Nolan" → "Linda Nolan"; initials ("JR Smith"), acronyms ("California
    ISO") and names all in capitals are kept."""
    words = name.split()
    if not any(any(c.islower() for c in w) for w in words):
        return name
    first = words[0]
    if len(words) > 1 and len(first) > 2 and first.isalpha() and first.isupper() and is_first_name(first):
        return " ".join([first.capitalize(), *words[1:]])
    return name


@lru_cache(maxsize=65536)
def first_name_lean(name: str) -> str | None:
    """The gender a first name is mostly, not nearly always, given to ("Chris"), else None."""
    found = _guessed_gender(name)
    return found.removeprefix("mostly_") if found.startswith("mostly_") else None


@lru_cache(maxsize=65536)
def first_name_gender(name: str | None) -> str | None:
    """"male" or "female" where a person's first name is nearly always given to one (a list of
    first names by country, gender-guesser's); None where it is not, or is unknown."""
    found = _guessed_gender(name)
    return found if found in ("male", "female") else None


def _guessed_gender(name: str | None) -> str:
    """gender-guesser's answer for the first word of a full name ("unknown" for no full name or
    an initial)."""
    words = (name or "").split()
    if len(words) > 2 and words[0].lower() in _NAME_PREFIXES:
        words = words[1:]  # "Rana Mubashir Latif": the given name after a clan's title
    if len(words) < 2 or not words[0][:1].isupper() or len(words[0].rstrip(".")) < 2:
        return "unknown"
    if len(words) == 2 and _GIVEN_NAME_HYPHENED.fullmatch(words[1]):
        return "unknown"  # "Tam Wai-ling", "Moon Jae-in": the family name first, which says nothing of gender
    return guessed_first_name(words[0])


# What a name before it names, where that is no person: "the Mane Mahalakshmi scheme"
_NAMED_THING_AFTER = re.compile(r"[ \t]+(?:scheme|programme|program|initiative|fund|award|prize|bill|yojana|trophy|"
                                r"medal|scholarship|lecture)s?\b")
_GIVEN_NAME_HYPHENED = re.compile(r"[A-Z][a-z]+-[a-z]+")


_NAME_PARTICLE_GENDERS = {**dict.fromkeys(word_set("female_name_particles"), "female"),
                          **dict.fromkeys(word_set("male_name_particles"), "male")}


def _particle_gender(name: str) -> str | None:
    """The gender a word inside a full name says, as a title would: "binti" (daughter of) in
    "Rosnah binti Yaakob", "bin" in "Mohd Fairuz bin Abdullah"."""
    words = name.split()
    return next((_NAME_PARTICLE_GENDERS[w] for w in words[1:-1] if w in _NAME_PARTICLE_GENDERS), None)


def _pronoun_gender(pronoun: str) -> str:
    """The gender of a he/his/him/himself or she/her/hers/herself."""
    return "female" if pronoun.lower() in ("she", "her", "hers", "herself") else "male"


# someone brought in without a name: "a man near the coffee urn", "one elderly woman"
_UNNAMED_PERSON = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+(?:[\w-]+[ \t]+){0,2}?([a-z]+)\b")


@lru_cache(maxsize=65536)
def _noun_gender(phrase: str | None) -> str | None:
    """The gender a role or description gives ("spokeswoman", "his father"); the same roles
    come back article after article."""
    words = _HYPHENED_WORD.findall((phrase or "").lower())
    for k, word in enumerate(words):
        word = word.split("-of-")[0]  # "mum-of-three"
        if k + 1 < len(words) and words[k + 1] in ROLE_NOUNS:
            continue  # "Lord Mayor", "Lord Provost": an office a woman may hold
        for gender, nouns in GENDERED_NOUNS.items():
            if word in nouns:
                # "who shares a flat with her teenage son": her son, so a woman; but "his father" is one
                owner = next((j for j in range(k - 1, max(-1, k - 3), -1) if words[j] in ("his", "her")), None)
                return gender if owner is None or owner == 0 else _pronoun_gender(words[owner])
    return None


def _gender(mention_text: str) -> str | None:
    words = mention_text.split()
    first = words[0].lower().rstrip(".") if words else ""
    if len(words) > 1 and words[1].lower() in ROLE_NOUNS:
        return None  # "Lord Mayor Cllr Orla Twomey", "Lord Provost": an office anyone may hold
    if first in MALE_HONORIFICS:
        return "male"
    if first in FEMALE_HONORIFICS:
        return "female"
    return None


_LINE = re.compile(r"[^\n]+")
_HEADLINE_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_TITLE_JUST_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.? $")  # "Sgt " before "Tobin"
# each title's short forms as written before a name: "councillor" → "cllr"
_TITLE_SHORT_FORMS = {full: [short for short, of in TITLE_ABBREVIATIONS.items() if of == full]
                      for full in set(TITLE_ABBREVIATIONS.values())}
_SUBORDINATE_BEFORE = (" as", " after", " while", " when")  # the last word before a clause's subject
_STAFF_NOUNS = word_set("staff_nouns")  # those who work for a body: "a sheriff's office official"
_DATELINE_REACH = 400  # a wire story's dateline ends within its first lines
# "Ortega, for his part, said"; "Leblanc said his wife missed one treatment": one's own kin
_FOR_OWN_PART = re.compile(rf",\s+for\s+(his|her)\s+part\b"
                           rf"|\s+(?:said|says|told\s+\w+)\s+(his|her)\s+(?:{_KIN_NOUNS})\b"
                           r"|(?:,\s*\d{1,3},)?\s+(?:said|says)\s+(he|she)\b")  # "Mumford, 38, said he"
_PARENT_OF = re.compile(r"\b(his|her|His|Her) (father|mother|dad|mum|mom)\b")  # "her father", of a daughter
_SENIORITY = re.compile(r"\b[Tt]he (younger|elder|older|junior|senior) $")  # "the younger Tapia"
_SPACE = re.compile(r"\s*")
_ANOTHER_REACH = 3  # sentences back to the people "another" is one more of
# A role that is the defence's: "defence counsel", "defense attorney", "counsel for the first defendant"
_DEFENCE_ROLE = re.compile(r"(?i:\bdefen[cs]e\b|\b(?:counsel|lawyer|solicitor|barrister|attorney)s?\s+for\s+(?:the\s+)?"
                           r"(?:\w+\s+)?(?:defendant|accused))")
# ... and the name in commas after it: "counsel for the first defendant, Mr Emeka Nwosu,"
_DEFENCE_COUNSEL_NAMED = re.compile(_DEFENCE_ROLE.pattern + r",\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
                                    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})")
_AGED_INTRODUCTION = re.compile(r"(?:^|(?<=\n))An?\s+(\d+)-year-old\s+(man|woman|boy|girl|mother|father)\b")  # a lede's
_ONE_OF_THEM_TEXT = re.compile(r"(?i:one|another)\s+of\s+(?:them|those)")
_ONE_OF_KIND = re.compile(r"\b[Oo]ne\s+([a-z][\w-]*)\b")  # "One fan wrote": "another" is another fan
# A kin noun written just before a name ("his brother, Callum Kerrigan"), and the nouns that are one kin.
_KIN_WRITTEN_BEFORE = re.compile(rf"\b({_KIN_NOUNS})\b,?[ \t]+$", re.I)
# the kin noun of an appositive after a name: ", his son,", " – the manager’s nephew"
# a name apposed to a possessive's kin: "his own father, ", "her husband of 30 years, "
_KIN_APPOSED_BEFORE = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:own\s+)?{_KIN_AGE}(?:{_KIN_NOUNS})"
                                 rf"(?:\s+of\s+\w+\s+years)?,\s+$")
_KIN_WRITTEN_AFTER = re.compile(rf",?[ \t]+[–—-]?[ \t]*(?:his|her|their|the[ \t]+[\w-]+[’']s|[A-Z][\w-]+[’']s)[ \t]+"
                                rf"{_KIN_AGE}({_KIN_NOUNS})\b", re.I)
_KIN_SAME = {"dad": "father", "mum": "mother", "mom": "mother"}
# Two people by first name sharing the surname written once: "Earl and Bernice Tate", "Luis and Marisol Castellano".
# Kin named together before their given names and the surname they share: "Brothers Mohanad and
# Ahmed Kadhim", "the twins Aoife and Clodagh Rooney", "husband and wife Sunil and Priya Mehta"
_KIN_BEFORE_NAMES = re.compile(r"\b(?:brothers|sisters|twins|siblings|cousins|couple|husband and wife|"
                               r"spouses|parents)[ \t]+$", re.IGNORECASE)
_COUPLE_NAMED = re.compile(r"\b(?P<first>[A-Z][a-z]+) and (?P<second>[A-Z][a-z]+) (?P<surname>[A-Z][\w’'-]+)\b")
_BARE_SPOKESPERSON = re.compile(r"[Aa]n?\s+(?P<noun>spokes(?:person|man|woman))")  # for no body named
# A role held, said of a name: "Monique Tillery has been Ridgeway County’s sheriff", "Ana Ruiz is the
# town's mayor"; the role's words end at its noun.
_ROLE_HELD_AFTER = re.compile(r"(?:,\s+\d{1,3},)?\s+(?:has\s+been|had\s+been|is\s+now|is|was|became)\s+"
                              r"(?:the\s+|an?\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*[’']s\s+)?"
                              r"(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})(?=\s+(?:for|since|of|in|at|and)\b|[,.;])")
_KIN_NEXT_PARAGRAPHS = 2  # how far after a lede's "the mum of …" her name may first be written
# "THE mum of Harbour Street star Jade Okonkwo": a kin noun, and whose
_KIN_OF_NAME = re.compile(rf"(?i:the|a)\s+(?P<kin>(?i:{_KIN_NOUNS}))\s+of\s+(?P<owner>.*[A-Z].*)")
_SENIORITY_AFTER = re.compile(r"([A-Z][\w’'-]+) (senior|junior|Senior|Junior)")  # "Okonkwo senior"
_SENIORITY_OPENING = re.compile(r"[Tt]he (younger|elder|older|junior|senior) ")  # a mention "the senior Rathod"
_KIN_BEFORE = re.compile(r"\b(son|daughter|grandson|granddaughter|nephew|niece|younger|father|mother|grandfather"
                         r"|grandmother|uncle|aunt|elder|older)\b[^.\n]{0,12}$", re.I)  # "His son Cristián Tapia"
_JUNIOR_KIN = frozenset(("son", "daughter", "grandson", "granddaughter", "nephew", "niece", "younger", "youngest",
                         "little", "baby"))
_SENIOR_SIBLING = frozenset(("older", "elder", "eldest", "oldest", "big"))
# A role, its initials in parentheses, then the name of the one holding it
_ROLE_ACRONYM = re.compile(r"((?:[A-Z][\w-]*\s+(?:of\s+(?:the\s+)?)?){1,4})\(([A-Z]{2,6})\),?\s+(?=[A-Z])")
_DOCTORS = frozenset(("dr", "doctor", "prof", "professor"))
_NAMED_ONLY_ROLES = frozenset(("moderator", "announcer", "narrator", "interviewer"))  # never the story's actors
_MISTER = frozenset(("mr", "mrs", "ms", "miss", "mx"))  # titles anyone is written with, that tell no one apart
_WOMENS_TITLES = frozenset(("mrs", "ms", "miss"))  # which tell a married woman from another of her surname
_TITLE_OPENING = re.compile(r"([A-Z][a-z]+)\.? (?=\S)")  # "Dr Lim" as the mention is written
_TITLE_WORD = re.compile(r"[\w’'.-]+")


def _is_headline(line: str) -> bool:
    """A short line in title case ("Obama Sees Personal Insult If Blacks Don't Vote")."""
    if len(line) > 160:
        return False
    words = _HEADLINE_WORD.findall(line)
    if not 3 <= len(words) <= 20:
        return False
    long_words = [w for w in words if len(w) > 3]
    if _LOWER_CASE_VERB.search(line):
        return False  # "Our Health Correspondent Fergal Dunne is at University Hospital Kilbride.": a sentence
    return bool(long_words) and sum(w[0].isupper() for w in long_words) / len(long_words) >= 0.8


# A verb in lower case, as a title-case headline never writes one ("Obama Sees …", "Trump Is …")
_LOWER_CASE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|will|would)\b")


def _full_names(text: str, quote_ranges: list[tuple[int, int]]) -> list[tuple[int, str, str | None]]:
    """Multi-word person-like names written outside quotes, in order of first appearance.

    Each comes with the title written before it ("Russian President", "Kremlin spokesman"),
    or None where there is none.
    """
    seen: dict[str, tuple[int, str, str | None]] = {}
    # a line in the body with an appositive in commas is a sentence full of names, not a heading
    # ("…, Alhaji Abubakar Maigandi-Shettima, dismissed the claim.")
    headlines = [(m.start(), m.end()) for m in _LINE.finditer(text)
                 if _is_headline(m.group()) and (m.start() == 0 or m.group().count(",") < 2)]
    dateline = colon_dateline(text)  # "GEORGE TOWN: …" names no George Town
    skipped, in_headline = Ranges(quote_ranges + headlines + ([dateline] if dateline else [])), Ranges(headlines)
    title_end = text.find("\n") if "\n" in text else 0  # the first line, where a story's title stands
    honorific_run: tuple[int, str | None] | None = None
    in_quotes: list[re.Match] = []  # the name runs inside quotes
    for m in _NAME_RUN.finditer(text):
        if skipped.covers(m.start()):
            # In a headline a name is a first name and a surname the story uses ("Hillary Clinton Goes After …").
            named = in_headline.covers(m.start()) and _HEADLINE_NAME.match(m.group())
            if (named and is_first_name(named.group(1)) and named.group(2).lower() not in ORG_WORDS
                    and named.group(2) not in _SURNAME_PARTICLES  # "Fergal Mac Cárthaigh" is no Fergal Mac
                    and any(not in_headline.covers(at) and not _NEXT_CAPITAL.match(text, at + len(named.group(2)))
                            for at in _word_starts(text, named.group(2)))):  # not "Kacey Lynn" of Kacey Lynn Harlan
                seen.setdefault(name_key(named.group()), (m.start(), named.group(), None))
            elif not in_headline.covers(m.start()):
                in_quotes.append(m)
            continue
        found = _run_name(m.group())
        if found is None:
            continue
        offset, name, dropped = found
        words = name.split()
        if dropped == ("The",):
            continue  # "The Long Dark", a show: people take no article before their names
        # "Minister for Health Stephen Donnelly": the portfolio is no part of the name (three words
        # at least: the portfolio, a first name, a surname)
        portfolio = portfolio_title_before(text, m.start() + offset, words[0], reach=40 + offset) if (
            len(words) > 2) else None
        if portfolio:
            first = portfolio_holder_start(words, text)  # "Minister of Finance Wale Edun-Bakare": never 0
            offset, name, dropped = (offset + len(" ".join(words[:first])) + 1, " ".join(words[first:]),
                                     (*dropped, *words[:first]))
            words = words[first:]
        if (m.start() < title_end and len(words) > 2 and not is_first_name(words[0]) and is_first_name(words[1])
                and words[0].lower().rstrip(".") not in NAME_TITLES and not INITIALS.fullmatch(words[0])
                and words[0].lower() not in _NAME_PREFIXES):
            # "Hold Melania Trump to her husband's standards.": a title's verb before a name
            offset, name, dropped = offset + len(words[0]) + 1, " ".join(words[1:]), (*dropped, words[0])
        if name.endswith((" Jr", " Sr")) and text.startswith(".", m.end()):
            name += "."  # "Joseph R. Biden Jr.": the run stops at the suffix's dot
        if _NAMED_THING_AFTER.match(text, m.end()):
            continue  # "under the state's Mane Mahalakshmi scheme": a scheme's name, no one's
        key = name_key(name)
        if not key:  # titles alone, the run cut at an honorific's dot: "HCP Chairman Deshabandu Dr. Ranjith …"
            honorific_run = (m.end() + 1, _title_before(text, m.start(), found[2]))
            continue
        if key in seen and seen[key][2]:
            continue  # already known with its title
        title = _title_before(text, m.start(), dropped)
        if not title and honorific_run and text[honorific_run[0]:m.start()].strip() == "":
            title = honorific_run[1]  # the title written before the honorific
        dotted = _DOTTED_HONORIFIC.search(text, max(0, m.start() - 8), m.start()) if not title and not offset else None
        if dotted:  # "The winner, Dr. Comfort Asare-Baidoo,": the honorific's dot ends the run before the name
            title = dotted.group().strip()
        if key not in seen:
            seen[key] = (m.start() + offset, name, title)
        elif title and not seen[key][2]:
            seen[key] = (*seen[key][:2], title)
    # Robert C. "Bobby" Scott: the name given in full; "Bobby Scott" is the same man
    nicknamed = any(pattern.search(text) for pattern in _NICKNAME_WRITTEN)
    for quoted in _NICKNAME.finditer(text) if nicknamed else ():  # found from its marks, then the name before
        named = _NICKNAMED.search(text, max(0, quoted.start() - 40), quoted.end())
        if not named or named.end() != quoted.end():
            continue
        given = named.group(1).split()
        genders = {first_name_gender(f"{g} {named.group(3)}") for g in given} - {None}
        if len(given) > 1 and (not is_first_name(given[0]) or given[0].lower() in ROLE_NOUNS
                               or given[0].lower() in NAME_TITLES or len(genders) > 1):  # "Marine John “Tig” Tiegen"
            given = given[1:]  # "Senator Robert "Bobby" Scott"; but "Maria Victoria "Vicky" Alcaraz-Dizon"
        full = f"{' '.join(given)} {named.group(3)}"
        suffix = _SUFFIX_AFTER.match(text, named.end())
        if suffix:  # Ferdinand "Jun-Jun" Estrella Jr., not a man called "Estrella Jr."
            seen.pop(name_key(f"{named.group(3)} {suffix.group(1)}"), None)
            full += f" {suffix.group(1)}"
        seen.pop(name_key(f"{named.group(2)} {named.group(3)}"), None)
        seen.pop(name_key(f"{given[-1]} {named.group(3)}"), None)
        # "Senator Ma. Lourdes", the run cut at the nickname's mark: its title is the full name's
        cut = seen.pop(name_key(" ".join(given)), None) if len(given) > 1 else None
        if name_key(full) not in seen:
            at = named.start(1) + named.group(1).find(given[0])
            # "Vice Mayor Ricardo “Ricky” Abenojar": the capitalised title the run gave up at the mark
            titled = _TITLE_RUN.search(text, max(0, at - 60), at)
            title_words = titled.group().split() if titled else []
            written_title = " ".join(title_words) if title_words and title_words[-1].lower() in ROLE_NOUNS else None
            seen[name_key(full)] = (at, full, _title_before(text, at, []) or (cut[2] if cut else None)
                                    or written_title)
    # "Mr Corbett's daughter Sarah": Sarah Corbett, whom "Ms Corbett" may name later
    for kin in _KIN_NAMED.finditer(text) if any(p.search(text) for p in _KIN_WRITTEN) else ():
        owner = kin.group("surname")
        if is_first_name(owner):  # "Mateo’s older sister, Larissa,": the sister of Mateo Alves named before
            owners = {_surname(name) for at, name, _ in seen.values()
                      if at < kin.start() and name_key(name.split()[0]) == name_key(owner)}
            if len(owners) != 1:
                continue  # "Coleen’s son Jake", Coleen never named in full: no surname to give him
            owner = owners.pop()
        full = f"{kin.group('first')} {owner}"
        # a first name, or any name the kin noun gives in commas ("Jess’s eldest daughter, Lowenna,")
        apposed = text.startswith(",", kin.end("first")) and "," in kin.group()[:kin.start("first") - kin.start()]
        if not skipped.covers(kin.start()) and (is_first_name(kin.group("first")) or (
                apposed and not _common_word(kin.group("first")))):
            seen.setdefault(name_key(full), (kin.start("first"), full, None))
    # "Rick and Donna Sawchuk": Rick Sawchuk, where Rick is a first name and no one's surname
    for m in _shared_surnames(text):
        one, other, surname = m.group(1), m.group(2), m.group(3)
        surnames = {name_key(name).split()[-1] for _, name, _ in seen.values()}
        if (not skipped.covers(m.start()) and name_key(one) not in surnames
                and name_key(f"{other} {surname}") in seen):
            seen.setdefault(name_key(f"{one} {surname}"), (m.start(1), f"{one} {surname}", None))
    # "Tom McCallum … He and his wife Leanne": Leanne McCallum, the wife of the man last named in full
    for kin in _THEIR_KIN_NAMED.finditer(text) if any(p.search(text) for p in _THEIR_KIN_WRITTEN) else ():
        given = kin.group("first")
        titled = _ROLE_THEN_NAME.match(text, kin.end("first"))
        if (skipped.covers(kin.start()) or _common_word(given) or given.lower() in NAME_TITLES
                or (titled and (titled.group(1).lower() in ROLE_NOUNS or is_person_noun(titled.group(1))))):
            # the kin noun says a person follows: "his wife Noeline", not "his wife Ms Pryce"; nor
            # a place before a title and the name: "His father, Millbrook head coach Dale Hutchins", "his
            # younger brother, Lakers defenceman Luc Pelletier"
            continue
        before = [(at, _surname_holder(name, seen)) for at, name, _ in seen.values()
                  if kin.start() - _KIN_REACH < at < kin.start()]
        joined = _AND_BEFORE.search(text, max(0, kin.start() - 140), kin.start())
        spouse = [(at, name) for at, name, _ in seen.values()
                  if joined and at < kin.start() and _surname(name) == joined.group(1)]
        owner = max(spouse or before, default=None)  # "Ebeling and her husband, Tom,": the one just before "and"
        gender = "female" if kin.group().lower().startswith("her") else "male"
        # "Maricel Santos … and her husband Joel" says she is a woman, whatever a list of first names says
        if owner and (not _person_like(text, owner[1]) or (
                not spouse and first_name_gender(owner[1]) not in (None, gender))):
            # "the sign above the door reads Ikhaya Lezincwadi": no one's name; "Her mother, Peigi,"
            # after "Calum MacIver … says": no mother of his; the kin is of the person written of
            # before it who fits, as the article writes people, by first name or surname alone
            owner = max(((at, name) for at, name, _ in seen.values() if at < kin.start() and _person_like(text, name)
                         and first_name_gender(name) in (None, gender)), default=None)
        if owner and any(owner[0] < one.start() < kin.start() for one in _one_names_given(text)):
            # "Raymond Castellanos … Among those waiting was Yeferson, a 27-year-old … His wife, Daniela,":
            # the wife of the man known by one name, who gives her none
            owner = None
        if owner:
            full = f"{given} {_family_name(owner[1])}"  # "his younger brother Eoin" of Dónal Mac Craith
            written = seen.get(name_key(full))
            if written is None or written[0] > kin.start("first"):  # named in full only further on: known from here
                seen[name_key(full)] = (kin.start("first"), written[1] if written else full, written and written[2])
    for m in _COUPLE_NAMED.finditer(text):  # "Earl and Bernice Tate’s living room": Earl Tate too
        surname = m.group("surname").removesuffix("’s").removesuffix("'s")
        # "Brothers Mohanad and Ahmed Kadhim": given names, whatever the list of them says
        kin_named = _KIN_BEFORE_NAMES.search(text, max(0, m.start() - 30), m.start()) is not None
        if (not skipped.covers(m.start()) and (kin_named or is_first_name(m.group("first")))
                and (kin_named or is_first_name(m.group("second")))
                and surname.lower() not in ORG_WORDS and name_key(f"{m.group('second')} {surname}") in seen
                and (kin_named or not _CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start()))
                # not "Hillary Clinton and …"
                and not any(key.split()[-1] == name_key(m.group("first")) for key in seen)):
            full = f"{m.group('first')} {surname}"
            seen.setdefault(name_key(full), (m.start(), full, None))
    # "Suu Kyi" is Aung San Suu Kyi where the article gives both: the shorter is not a person of its own
    tails = {" ".join(words[k:]) for words in (key.split() for key in seen) for k in range(1, len(words))}
    # "Kamarul Ariffin" after "Deputy Minister Datuk Seri Kamarul Ariffin Zulkifli": his given names
    heads = {" ".join(words[:k]) for key, (_, _, title) in seen.items() if title
             for words in [key.split()] for k in range(2, len(words))}
    for m in in_quotes:
        set_off = _named_in_a_quote(text, m, skipped, seen)
        if set_off:
            seen.setdefault(name_key(set_off), (m.start(), set_off, None))
    # "Ros Kettering" of a headline is the Dr Rosalind Kettering of the story: a short form of a first
    # name, the rest of the name the same, is no second person
    shortened = {key for key in seen for other in seen if key != other and len(key.split()) > 1
                 and key.split()[1:] == other.split()[1:] and _shortens_given(key.split()[0], other.split()[0])}
    # "… Stars Ava Lindqvist and Theo Banerjee Talk Surviving a Real Dust Storm": a title-case
    # headline's run goes on past a name the story writes in full below ("Theo Banerjee, who plays …")
    overrun = {key for key, (at, _, _) in seen.items() if at < title_end and len(key.split()) > 2
               and not text[:title_end].rstrip().endswith((".", ".”", '."'))  # a title, not a sentence
               and seen.get(" ".join(key.split()[:2]), (0,))[0] > title_end}
    # "above San Roque" of "Barangay San Roque": a place, wherever the story writes it
    places = {name_key(m.group(1)) for m in _PLACE_OPENED.finditer(text)} if _PLACE_OPENERS else set()
    return sorted(v for key, v in seen.items() if key not in tails and key not in shortened
                  and key not in overrun and not (key in heads and v[2] is None) and key not in places)


def _named_in_a_quote(text: str, m: re.Match, skipped: Ranges, seen: dict[str, tuple]) -> str | None:
    """A person's full name that only a quote gives, where the article writes their surname
    alone outside quotes, after an honorific or opening a sentence ("“… came from a retired
    vicar, Alan Pryce,” she says. ⏎ Mr Pryce, now 81, remembers …"): a first name and a
    surname, or a name set off in commas after a noun ("an old Kiwi contractor, Lofty Parata,
    who"), and no one else of that surname named."""
    found = _run_name(m.group())
    if found is None or found[1] != m.group():
        return None
    name = found[1]
    words = name.split()
    if len(words) != 2 or any(w.lower() in ORG_WORDS or w.lower() in PLACE_WORDS or w.lower() in NAME_TITLES
                              for w in words):
        return None
    apposed = (_NOUN_AND_COMMA.search(text, max(0, m.start() - 3), m.start()) is not None
               and text.startswith(",", m.end()))
    if not (is_first_name(words[0]) or apposed):
        return None
    surname = words[-1]
    if any(name_key(_surname(other)) == name_key(surname) for _, other, _ in seen.values()):
        return None
    for at in _word_starts(text, surname):
        if skipped.covers(at) or _NEXT_CAPITAL.match(text, at + len(surname)):
            continue
        before = _CAPITALISED_BEFORE.search(text, max(0, at - 30), at)
        opening = text[max(0, at - 3):at].strip()[-1:] in ("", ".", "!", "?", "”", '"')
        if (before and before.group().strip().rstrip(".").lower() in HONORIFICS) or (not before and opening):
            return name  # "Mr Pryce, now 81,", "Parata, now retired, remembers": of them, not "forcing Sanders to"
    return None


_NOUN_AND_COMMA = re.compile(r"[a-z],\s+$")  # "a retired vicar, " before the name it sets off


_OWNERS_KIN_BEFORE = re.compile(rf"[’']s\s+{_KIN_AGE}(?:{_KIN_NOUNS}),?\s+$")  # "Jess’s eldest daughter, " Lowenna
# "Her son, " Ken, "Cian’s mother " Gráinne Fallon: the owner's pronoun or name, and the kin noun
_KIN_BEFORE_NAME = re.compile(rf"\b([Hh]is|[Hh]er|[A-Z][\w-]*[’']s)\s+{_KIN_AGE}({_KIN_NOUNS}),?\s+$")
# Tom Gregson", his brother," in apposition: closed by a comma or the sentence's end, never a verb's subject
# "Tom Gregson, his brother,", "Jonty Mercer, her husband of 30 years and a retired vet,"
_KIN_AFTER_NAME = re.compile(rf",\s+(his|her)\s+{_KIN_AGE}({_KIN_NOUNS})(?=[,.;)]|\s+of\s+[\w-]+\s+years\b)")


def _family_written_first(name: str) -> str | None:
    """The family name a full name opens on before a hyphened given name, as Cantonese and
    Korean names are written in English ("Fung Lai-sheung", "Kim Min-jun"); None for others.

    >>> _family_written_first("Kwok Chun-hin")
    'Kwok'
    >>> _family_written_first("Marcia Gayle-Hendricks") is None
    True
    """
    words = name.split()
    if len(words) == 2 and _HYPHENED_GIVEN.fullmatch(words[1]) and not is_first_name(words[0]):
        return words[0]
    return None


_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Lai-sheung", "Min-jun"


def _pairs_split(found: list[tuple[int, str, str | None]]) -> list[tuple[int, str, str | None]]:
    """The full names ``found``, a doubles pair's name split into its players (:func:`_pair_split`),
    and a pair's short form ("Wei Jie-Irfan" of Chong Wei Jie and Mohd Irfan Zulkifli) no one's."""
    split = [part for name in found for part in _pair_split(name)]
    names = {name for _, name, _ in found}
    pairs = [(a[1], b[1].split()) for a, b in zip(split, split[1:]) if f"{a[1]}-{b[1]}" in names]
    if not pairs:
        return split

    def short_pair(name: str) -> bool:
        left, _, right = name.rpartition("-")
        return any(first.endswith(left) and right in second for first, second in pairs)

    return [entry for entry in split if not ("-" in entry[1] and short_pair(entry[1]))]


def _pair_split(found: tuple[int, str, str | None]) -> list[tuple[int, str, str | None]]:
    """A doubles pair written as one name, as Asian sports pages write it ("Chong Wei Jie-Mohd Irfan
    Zulkifli"): the two players, each of two words or more; a name with a hyphen of its own
    ("Marcia Gayle-Hendricks") is one person's.

    >>> _pair_split((0, "Rian Prasetyo-Dimas Santoso", None))
    [(0, 'Rian Prasetyo', None), (14, 'Dimas Santoso', None)]
    >>> _pair_split((0, "Marcia Gayle-Hendricks", None))
    [(0, 'Marcia Gayle-Hendricks', None)]
    >>> _pair_split((0, "Kwaku Agyemang-Duah III", None))
    [(0, 'Kwaku Agyemang-Duah III', None)]
    """
    pos, name, title = found
    pair = _PAIR.fullmatch(name)
    if not pair or _ROMAN.fullmatch(name.split()[-1]) or name.split()[-1].rstrip(".") in ("Jr", "Sr"):
        return [found]  # "Kwaku Agyemang-Duah III": one man's surname, then his generation
    return [(pos, pair.group(1), title), (pos + pair.start(2), pair.group(2), None)]


# Two names of two words or more joined by a hyphen between the last of one and the first of the other
_PAIR = re.compile(r"([A-Z][\w’'.]*(?:[ \t]+[A-Z][\w’'.]*)+)-([A-Z][\w’'.]*(?:[ \t]+[A-Z][\w’'.-]*)+)")


def _kin_introductions(text: str, full_names: list[tuple[int, str, str | None]]) -> list[tuple[int, str, str, str]]:
    """Each person the article introduces as someone's kin, as (where, the owner's pronoun or
    name in lower case, the kin noun, the full name): "Her son, Ken," (Ken named in full as Ken
    McCarthy), "Tom Gregson, his brother," and "Cian’s mother Gráinne Fallon" alike."""
    found = []
    for _, name, _ in full_names:
        for at in _word_starts(text, name):
            before = _KIN_BEFORE_NAME.search(text, max(0, at - 40), at)
            after = _KIN_AFTER_NAME.match(text, at + len(name))
            for m in (before, after):
                if m:
                    found.append((at, m.group(1).lower(), m.group(2).lower(), name))
    for m in _THEIR_KIN_NAMED.finditer(text):  # "Her younger brother, Tom,": Tom with the family's surname
        given = m.group("first")
        named = [name for at, name, _ in full_names if at == m.start("first") and name.split()[0] == given]
        if named:
            found.append((m.start("first"), m.group().split()[0].lower(), m.group("kin").lower(), named[0]))
    return sorted(set(found))


def _inner_surname(word: str, full_words: list[str]) -> bool:
    """Whether ``word`` (a name key) is a surname inside a person's full name of three words or
    more, as Spanish names give two surnames ("Ferrari" of Gustavo Ferrari Etchegaray): neither
    the first word nor the last, no first name or initial, and the full name opening on a first name."""
    if len(full_words) > 2 and full_words[0] in _NAME_PREFIXES and word == full_words[1]:
        return True  # "Anwar" of Md Anwar Hossain, "Rafiqul" of Khandaker Rafiqul Islam
    # (a word that is also a given name counts, "Ayala" of Lucía Ayala Torres, unless the name may
    # open on its family name, "Choon" of Lee Choon Wah)
    return (len(full_words) > 2 and word in full_words[1:-1] and len(word) > 2
            and (not is_first_name(word.capitalize()) or full_words[0] not in FAMILY_NAMES_FIRST)
            and is_first_name(full_words[0].capitalize())
            and word not in NAME_PARTICLES and not any(w in ORG_WORDS or w in PLACE_WORDS or w.capitalize()
                                                       in STATES_AND_COUNTRIES for w in full_words))


def _called_person(name: str) -> bool:
    """Whether a name a body's noun comes before is a person's ("rugby star turned broadcaster
    Fiona Garside"): a first name and a surname, no company's word ending it; three words are a
    company's more often ("Tierra Alta Minerals")."""
    words = name.split()
    return len(words) == 2 and is_first_name(words[0]) and words[-1].lower() not in COMPANY_WORDS | ORG_WORDS


def _person_like(text: str, name: str) -> bool:
    """Whether a name reads as a person's: a first name opening it, its surname written alone
    elsewhere ("Dlamini said"), as news writes of people, or an age given after it ("Analyn
    Parreño, 31,"); never one written only after "the" ("crossing the Darién Gap"), as places are."""
    written = list(_word_starts(text, name))
    if written and all(text.endswith(("the ", "The "), 0, at) for at in written):
        return False
    return is_first_name(name.split()[0]) or (
        sum(1 for _ in _word_starts(text, _surname(name))) > sum(1 for _ in _word_starts(text, name))) or (
        re.search(rf"{re.escape(name)},\s+\d{{1,3}},", text) is not None)


def _shared_surnames(text: str, lo: int = 0, hi: int | None = None) -> Iterator[re.Match]:
    """Each "Avi and Dalia Ben-Ami" in ``text`` (between ``lo`` and ``hi``) whose two given
    words are first names, found from its " and ", which a string search finds fast, rather
    than by trying the pattern at every word."""
    hi = len(text) if hi is None else hi
    at = text.find(" and ", lo, hi)
    while at >= 0:
        if at + 5 < len(text) and text[at + 5].isupper():
            before = _WORD_BEFORE_AND.search(text, max(lo, at - 20), at)
            m = _SHARED_SURNAME.match(text, before.start(), hi) if before else None
            if m and is_first_name(m.group(1)) and is_first_name(m.group(2)):
                yield m
        at = text.find(" and ", at + 5, hi)


def _country_first_name(words: list[str]) -> bool:
    """Whether a country opens a person's name ("Jordan Meeks", "Israel Katz"): a first name too,
    before one word that is no stop word, place or body's ("Jordan Valley", "Kenya Airways"); a
    surname may end as a verb form does ("Jordan Pickering")."""
    return (len(words) == 2 and is_first_name(words[0]) and words[1].lower().strip("’'") not in STOP_WORDS
            and words[1].lower() not in PLACE_WORDS and words[1].lower() not in ORG_WORDS)


_AGENT_ENDINGS = ("er", "or", "ian", "ist")  # nouns for what a person does or is: "syndicator", "Olympian"
# ... and more that "one" or "another" before them count as people ("one season-ticket holder
# said", "one evacuee", "one Latino conservative"), not things ("one slide", "another 12 percent")
_DOER_ENDINGS = (*_AGENT_ENDINGS, "ee", "ive", "ant", "ent")


def _owner(word: str) -> str:
    """Who or what a possessive ``word`` names ("Kenya’s" → Kenya; "Wales'", as British copy
    writes the possessive of a name ending in s, → Wales), else ""."""
    if word.endswith(("’s", "'s")):
        return word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith(("s’", "s'")) else ""


def _described_before_name(words: list[str]) -> bool:
    """Whether the first of three words says what the person named by the other two is,
    capitalised at a sentence's start: "Syndicator Lachlan Burke", "Olympian Mia Torrance",
    "Corner-back Aidan Moloney" (no first name, before a first name firmly a man's or a woman's)."""
    return (len(words) == 3 and not is_first_name(words[0]) and guessed_first_name(words[1]) in ("male", "female")
            and (words[0].lower().endswith(_AGENT_ENDINGS) or "-" in words[0]))


def _labels_at(text: str, start: int, end: int) -> bool:
    """Whether the word from ``start`` to ``end`` labels a transcript's turn: it opens a line
    and a colon follows ("Heywood: “No. It could be anyone.”")."""
    return text.startswith(":", end) and (start == 0 or text[start - 1] == "\n")


def _inverted_cue_before(text: str, pos: int) -> bool:
    """Whether "says" or "said" stands just before ``pos``, as a heading puts it before its
    speaker ("‘…,’ says club chairman")."""
    return text.endswith((" says ", " said "), 0, pos)


# Honorifics a title won may follow ("Miss Universe Alicia Machado", "Mr Olympia Ronnie Coleman");
# after "Dr" or "Prof" a word the name list lacks is a given name ("Dr Sahr Matthew Fillie").
_PAGEANT_HONORIFICS = frozenset("miss mr mrs ms mister".split())
_PLACE_OPENERS = word_set("place_openers")
_ROLE_WINGS = word_set("role_wings")
_PLACE_OPENED = re.compile(rf"\b(?i:{'|'.join(sorted(_PLACE_OPENERS))})[ \t]+([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*)")


@lru_cache(maxsize=65536)
def _run_name(run: str) -> tuple[int, str, tuple[str, ...]] | None:
    """The person-like name in a run of capitalised words, with where it starts in the run and
    the words dropped before it (titles, places, sentence openers); None where the run names no
    one. It depends on the run alone, so a run met again ("Hillary Clinton") is read once."""
    words = run.split()
    # A headline run ends at a verb or function word: "Obama Says African-American Museum …"
    cut = next((k for k, w in enumerate(words) if k and (w.lower() in CUE_FORMS or w.lower() in NP_STOP_WORDS)), None)
    words = words[:cut]
    dropped = []
    ranked = next((n for n in (3, 2) if " ".join(words[:n]).lower() in RANKS), 0)
    if ranked:  # "Petty Officer Kyle Pruitt": the rank is no name
        dropped, words = words[:ranked], words[ranked:]
        if not words:
            return None
    # Drop titles, places and demonyms in front ("Russian President Vladimir Putin").
    titles = [k for k, w in enumerate(words[:-1]) if w.lower().rstrip(".") in ROLE_NOUNS
              or w.lower().rstrip(".").removesuffix("s") in ROLE_NOUNS  # "Senators Charles E. Grassley and …"
              or w.lower().rstrip(".") in TITLE_ABBREVIATIONS  # "Insp Junior Baptiste-Lopez"
              or (w == "Class" and k and words[k - 1].lower() in RANK_CLASSES)]  # "Airman First Class Jo Diaz"
    if titles and _given_name_title(words[titles[-1]:]):
        titles.pop()  # "Sultan Al Suwaidi", "Emir Hadžiahmetović": a first name, before a surname
    if titles:  # "U.N. Secretary-General Antonio Guterres"
        dropped, words = [*dropped, *words[:titles[-1] + 1]], words[titles[-1] + 1:]
        if len(words) > 2 and words[0].lower() in _ROLE_WINGS:
            dropped, words = [*dropped, words[0]], words[1:]  # "SP Investigation Rana Naeem Akhtar"
    clan = next((k for k, w in enumerate(words[:-2]) if k and w.lower() in _NAME_PREFIXES), None)
    if clan and not any(is_first_name(w) for w in words[:clan]):
        # "MNA from Bhakkar Chaudhry Naeem Ashraf Bhatti": a place, then a name its clan's title opens
        dropped, words = [*dropped, *words[:clan]], words[clan:]
    if len(words) > 3 and (words[0], words[1]) in _TWO_WORD_TITLES:
        # "Tan Sri Mohd Zaki Ismail", "SPAN chairman Tan Sri Abdul Razak bin Hassan", though Tan and Sri may be names
        dropped, words = [*dropped, *words[:2]], words[2:]
    if words and words[0][:2] in ("AM", "PM"):
        words[0] = _GLUED_TIME.sub("", words[0])  # "10:14 PMDonald Trump" on a scraped page
    branch = national_party(words)  # "Scottish Labour"
    while words and not branch and ((words[0] in COUNTRIES and not _country_first_name(words))
                                            or words[0] in DEMONYMS
                     or words[0] in _NOT_NAME_START
                     or words[0].lower() in NOT_NAME_OPENERS
                     or (_common_word(words[0]) and not (titles and len(words) == 2))  # "Insp Junior Baptiste-Lopez"
                     or words[0].lower() in CUE_FORMS or words[0].lower() in NP_STOP_WORDS
                     or words[0].lower().endswith("-year-old")  # "Sixty-seven-year-old Pearline Brown"
                     or _COMPANY_NOUN_WORD.fullmatch(words[0].lower())  # "Carmaker Vantorra will close …"
                     or (len(words) > 2 and (is_person_noun(words[0]) or (  # "Pensioner Margaret Allen",
                         words[0].endswith("s") and is_person_noun(words[0][:-1]))))  # "Umpires Graham Keys and …"
                     or (len(words) > 2 and words[0].lower() in GROUP_NOUNS)):  # "Chief of Staff Park Jin-woo"
        dropped.append(words.pop(0))  # "Said Ellis", "Although Scott"
    if words and words[0].lower() in _PLACE_OPENERS:
        return None  # "In Barangay San Roque": a place (its officer's title, "Barangay Kagawad", dropped above)
    # An owner before a name is no part of it: "NBC’s Dante Chinni", "CBC's Anna Maria Tremonti"
    owners = [k for k, w in enumerate(words[:-1]) if w.endswith(("’s", "'s"))  # "Sound’s Whitfield rips …"
              or (w.endswith(("s’", "s'")) and is_first_name(words[k + 1]))]  # "Villa Nights’ Jade and Connor split"
    if owners:
        dropped, words = dropped + words[:owners[-1] + 1], words[owners[-1] + 1:]
    # A body's name ends where a person's begins: "Speaker of the House Newt Gingrich"
    bodies = [k for k, w in enumerate(words[:-2]) if w.lower() in ORG_WORDS]
    if bodies and is_first_name(words[bodies[-1] + 1]):
        dropped, words = dropped + words[:bodies[-1] + 1], words[bodies[-1] + 1:]
    if len(words) > 2 and dropped and dropped[-1].lower().rstrip(".") == "det" and words[0].rstrip(".") == "Con":
        dropped, words = dropped + words[:1], words[1:]  # "Det Con Mark Ainsworth": a detective constable
    if (len(words) > 2 and dropped and dropped[-1].lower().rstrip(".") in _PAGEANT_HONORIFICS
            and not is_first_name(words[0]) and is_first_name(words[1]) and not INITIALS.fullmatch(words[0])
            and words[0].lower() not in _NAME_PREFIXES  # "Lt Col Md Tariqul Islam": "Md" opens his name
            and words[1].lower() not in NAME_RUN_PARTICLES  # "Dr Hessa Al Marzouqi": "Al" opens her surname
            and not (len(words) == 3 and all(len(w) <= 4 for w in words))):  # "Mr Koh Jun Hao": surname first
        dropped, words = dropped + words[:1], words[1:]  # "Miss Universe Alicia Machado": a title won; not "Shri K."
    if (len(words) > 2 and words[0].lower().rstrip(".") in HONORIFICS
            and (is_first_name(words[1]) or INITIALS.fullmatch(words[1]) or not is_first_name(words[0])
                 or _ROMAN.fullmatch(words[-1]))):
        # "Thiru M. Selvaganapathy", "Mzee Joseph Kimani"; "Cde Simbarashe Gumbo", a given name
        # gender-guesser lacks after an honorific no one is named; "Nana Osei Agyeman Kwarteng II",
        # a chief's stool name and his place in its line, after the chief's honorific
        dropped, words = [*dropped, words[0]], words[1:]
    words = words[:name_end(words)]  # "Aoife Ryan BL", "Jane Smith MP"
    if _described_before_name(words):
        dropped, words = [*dropped, words[0]], words[1:]
    given = next((k for k in range(1, len(words) - 1) if guessed_first_name(words[k]) in ("male", "female")), None)
    if (given and len(words) > 3 and not any(is_first_name(w) for w in words[:given])
            and all(w[:1].isupper() and w.isalpha() for w in words[:given])
            and any(w.isupper() and len(w) > 1 or w.lower() in ORG_WORDS for w in words[:given])):
        # "Finance CEC Grace Kemunto Onyancha": a title, with an office's initials, before a first name
        dropped, words = [*dropped, *words[:given]], words[given:]
    if len(words) == 2 and is_person_noun(words[0]) and not is_first_name(words[0]) and not titles:
        # "Teenager Brierley": a surname after its description, as a title before it; but after a
        # title, a given name ("Insp Junior Baptiste-Lopez")
        return None
    if (len(words) > 2 and len(words[-1]) >= 3 and words[-1].isupper() and words[-1].isalpha()
            and not _ROMAN.fullmatch(words[-1]) and not words[0].isupper() and is_first_name(words[0])):
        return None  # "Hollis Elementary PTA": a body's initials end it, no person's name
    if words and words[0] in _SURNAME_PARTICLES:
        return None  # "Garda Ó Briain": a surname alone, of Seán Ó Briain
    person = len(words) >= 2 and is_first_name(words[0])  # "Jim Jordan" is no country
    if len(words) < 2 or any((w.lower() in ORG_WORDS and w not in NAME_RUN_PARTICLES)  # "ap" of Dafydd ap Iorwerth
                             or (w in COUNTRIES and not person) or w.lower() in GROUP_NOUNS for w in words):
        return None
    name = " ".join(words).removesuffix("’s").removesuffix("'s")
    if name.endswith(("s’", "s'")):
        name = name[:-1]  # "Marcus Ebanks’ header": the plural-form possessive
    return run.find(words[0]), name, tuple(dropped)


_NOT_TITLE_WORDS = NP_STOP_WORDS | DETERMINERS | NOT_NAME_OPENERS
_ROMAN = re.compile(r"[IVX]+")  # "Brent Bozell III"
# Malaysian titles of two words, each of which may also be a name ("Sri Mulyani", "Tan Wei Ming")
_TWO_WORD_TITLES = frozenset({("Tan", "Sri"), ("Puan", "Sri"), ("Toh", "Puan")})


def _title_before(text: str, start: int, dropped: Sequence[str]) -> str | None:
    """The title of a name: dropped title words, with lowercase role words just before them."""
    before = _TITLE_WORD.findall(text, max(0, start - 60), start)
    lead: list[str] = []
    while before and before[-1].lower() in ROLE_NOUNS and before[-1][:1].islower():
        lead.insert(0, before.pop())
    if (not lead and not dropped and before and before[-1][:1].islower() and is_person_noun(before[-1])
            and text[start - len(before[-1]) - 1:start] == before[-1] + " "):
        lead.insert(0, before.pop())  # "Central Catholic sophomore Jada Simmons", "tenant Leung Siu-fong"
    if (not lead and not dropped and before and before[-1].endswith(".")
            and before[-1].lower().rstrip(".") in _SHORT_TITLES and text.startswith(" ", start - 1)):
        lead.insert(0, before.pop())  # "Hon. Mahama Iddrisu Sulemana": a title shortened
    while lead and before and before[-1][:1].isupper() and before[-1].lower() not in _NOT_TITLE_WORDS and len(lead) < 4:
        lead.insert(0, before.pop())  # "Wexley Town manager": the body whose role it is, in its words
    first = text.rfind(lead[0], max(0, start - 60), start) if lead else -1
    if first > 0 and "," in text[first:start] and _headed_before(text, first - 4 if text.endswith(
            "the ", 0, first) else first):
        lead = []  # "Counsel representing the minister, Ann Cole": the minister is another
    words = [*lead, *dropped]
    if not any(w.lower().rstrip(".") in ROLE_NOUNS or w.lower().rstrip(".") in _SHORT_TITLES
               or is_person_noun(w) and w[:1].islower() for w in words):
        return None
    return " ".join(w for w in words if w not in _NOT_NAME_START) or None
