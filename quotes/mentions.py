"""Read the noun phrase that names a speaker next to a speech cue.

Without a trained parser, a speaker is found the way a reader scans a byline:
left of the cue (``Kremlin spokesman Dmitry Peskov told``), or right of it
(``said Victor Cha, who …``), stepping over appositives
(``Hong Min, a North Korea expert at …, told NPR``), titles and roles. Each
:class:`Mention` says what was written, where, and what it names.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from typing import NamedTuple

from .lexicon import (
    BODY_LINKS,
    COUNTRIES,
    COUNTS,
    COURTESY_TITLES,
    CUE_FORMS,
    CUE_MODIFIERS,
    DEMONYMS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FAMILY_NAMES_FIRST,
    GROUP_NOUNS,
    HONORIFICS,
    LEADING_ADVERBIALS,
    MULTIWORD_PLACES,
    NAME_PARTICLES,
    NOT_NAME_OPENERS,
    NOT_SPEAKER_HEADS,
    NP_STOP_WORDS,
    OBJECT_PRONOUNS,
    ORG_NAMES,
    ORG_ROLE_NOUNS,
    ORG_WORDS,
    PARTY_MEMBERS,
    PARTY_WORDS,
    PERSON_NOUNS,
    PLACE_WORDS,
    POST_NOMINALS,
    PRONOUNS,
    PROVINCES,
    RANK_CLASSES,
    REACTIONS,
    REFLEXIVES,
    ROLE_NOUNS,
    SENTENCE_ADVERBS,
    STATES_AND_COUNTRIES,
    SUBJECT_FORMS,
    TIME_WORDS,
    TITLE_ABBREVIATIONS,
    US_STATES,
    WEEKDAYS,
    guessed_first_name,
    is_adverb,
    is_first_name,
    is_person_noun,
    names_people,
    national_party,
    nationality_of,
)
from .vocab import MentionKind, SpeakerType
from .words import STOP_WORDS, word_set

# Words (with inner dots, hyphens and apostrophes: U.S., Sung-lac, O’Brien) and punctuation.
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+\b|[\w][\w’'.&-]*[\w.]|[\w]|[,;:()“”\"—–]")  # "11,000" is one word
_MAX_SUBJECT_WORDS = 40
# Characters read on either side of a cue for its speaker phrase (at most _MAX_SUBJECT_WORDS
# words): the search costs the same in a sentence that runs on for pages.
_SUBJECT_REACH = 400
_SPACE = re.compile(r"\s")
_ROLE_LINKS = word_set("role_links")
_LINKS_AND_DETERMINERS = _ROLE_LINKS | DETERMINERS  # never the last word of a speaker phrase after its cue
_APPOSITIVE_OPENERS = DETERMINERS | word_set("appositive_openers")
# Words that open a capitalised phrase without being part of the name ("With", "Meanwhile", "In", "Neither")
_NOT_NAME_LEADS = NP_STOP_WORDS | SENTENCE_ADVERBS | DETERMINERS | NOT_NAME_OPENERS
_ADJECTIVE_ONLY = word_set("adjective_only")
_NOT_NAMES = word_set("not_names")
_DESCRIPTION_HEADS = ROLE_NOUNS | ORG_ROLE_NOUNS | GROUP_NOUNS | PERSON_NOUNS | word_set("description_heads")


class Mention(NamedTuple):
    """A phrase naming a speaker: ``text`` at ``start``:``end``.

    ``kind`` is name, pronoun, description, group, or relative ("who" after a name); ``name`` the bare name written
    (titles and honorifics removed) where there is one; ``role`` a title or
    appositive seen with it; ``type`` person, organization or unknown. A joint source ("Grassley and
    Leahy said") is a name of type group whose ``parts`` are the mentions of the names it joins.
    """

    start: int
    end: int
    text: str
    kind: str
    name: str | None
    role: str | None
    type: str
    parts: tuple[Mention, ...] = ()


class _Tok(NamedTuple):
    start: int
    end: int
    text: str


_QUOTE_MARKS = frozenset("“”\"‘’'")
# the closing single mark of a nickname inside a name, and the name's next word
_SINGLE_NICKNAME_CLOSE = re.compile(r"[’'] [A-Z]")


def _tokens(text: str, lo: int, hi: int) -> list[_Tok]:
    """Words and punctuation; a sentence's final period is not part of its last word."""
    toks: list[_Tok] = []
    for m in _TOKEN.finditer(text, lo, hi):
        word = m.group()
        if word in _QUOTE_MARKS and len(toks) >= 3 and toks[-2].text in _QUOTE_MARKS and _is_cap(toks[-1].text) and (
                _is_cap(toks[-3].text) and toks[-2].end == toks[-1].start and toks[-1].end == m.start()):
            del toks[-2:]  # a nickname inside a name: Marcia "Cia" Price is Marcia Price
            continue
        start, end = m.span()
        if (toks and _is_cap(word) and _is_cap(toks[-1].text) and toks[-1].end == start - 2
                and text[start - 1:start] in ("‘", "'") and _SINGLE_NICKNAME_CLOSE.match(text, end)):
            continue  # in single marks too: Donald 'Dodie' MacKinnon is Donald MacKinnon
        if word[-1] == "." and len(word) > 1 and "." not in word[:-1] and not _keeps_dot(word):
            toks.append(_Tok(start, end - 1, word[:-1]))
        else:
            toks.append(_Tok(start, end, word))
    return toks


_AGE = re.compile(r"\d{1,3}-years?-old$")
_PLURAL_POSSESSIVE = re.compile(r"(?<=[a-z]s)[’'](?= [A-Z])")  # inside a name: "Colleges Employers’ Association"
_GLUED_TIME = re.compile(r"^(?:AM|PM)(?=[A-Z][a-z])")  # "10:14 PMDonald Trump" on a scraped page


def _is_cap(word: str) -> bool:
    """Whether ``word`` may be a word of a name: capitalised, "al-Bayati", an Irish surname's
    "hAodha" (of "Ó hAodha"), or "3M"."""
    return word[:1].isupper() or (word.startswith(("al-", "el-")) and word[3:4].isupper()) or (
        word[:1] in "hnt" and word[1:2].isupper()) or (
        word[:1].isdigit() and any(c.isalpha() for c in word) and not _AGE.match(word)
        and not _DECADE.fullmatch(word))  # "a man in his 50s", "the 1990s"


_DECADE = re.compile(r"\d+[’']?s")
_DASHES = frozenset(("—", "–"))
_PUBLISHED_BY = re.compile(r"\s*(?:published|released|issued|written|compiled|commissioned|produced)\s+by\s+")
# which the tokens leave out; an aside in words, not one naming the subject ("- Mr. Tribe, Ms. Epstein and … -")
# ("Patricia Hamill -- no relation to the economy minister -- said": two hyphens, as wires write a dash)
_HYPHEN_ASIDE = re.compile(r"(?<=\w)[ \t]+(--?)[ \t]+[a-z][^-\n“”\"]{0,160}?[ \t]+\1[ \t]+$")
_ASIDE_WORDS = 30  # the most tokens an aside between dashes holds


# What a speaker does before speaking, joined to the cue by "and": "he smiled and said"
_GESTURES = frozenset(REACTIONS) | frozenset("shook blushed beamed turned".split())
# "quoted … as" before "saying": the one quoted stands between
_QUOTED_AS = re.compile(r"\bquoted\s+(?=\S)(?!.*\bquoted\s)")


# "later in the day ", "earlier that week " between a subject and its cue
_LATER_BEFORE = re.compile(r"\s(?:later|earlier)\s+(?:in|on|that|this)\s+(?:the\s+)?"
                           r"(?:day|week|morning|afternoon|evening|night|month|year)\s+$")


_ACRONYM_TOKEN = re.compile(r"[A-Z][A-Z&]{1,7}")
_ONE_OF_THOSE = re.compile(r"(?<![\w-])((?:[Oo]ne|[Aa]nother)\s+of\s+(?:them|those))\s+$")


_OWNER_JUST_BEFORE = re.compile(r"(?<![\w’'-])(?:the[ \t]+)?[a-z][\w-]*[’']s[ \t]+$")  # "the city's " before a name
_ADVERB_ASIDE_BEFORE = re.compile(r",[ \t]+([a-z]+),[ \t]*$")  # ", however, " before a cue


def subject_before(text: str, lo: int, hi: int, entities=None) -> Mention | None:
    """The speaker phrase ending just before ``hi`` (a cue), not reaching back past ``lo``."""
    aside = _HYPHEN_ASIDE.search(text, max(lo, hi - 200), hi)
    if aside:  # "Marius du Plessis - no relation - said": an aside between spaced hyphens
        return _before_aside(text, lo, aside.start(), entities)
    adverb = _ADVERB_ASIDE_BEFORE.search(text, max(lo, hi - 20), hi)
    if adverb and adverb.group(1).lower() in SENTENCE_ADVERBS:
        return subject_before(text, lo, adverb.start(), entities)  # "The Dubai Public Prosecution, however, said"
    later = _LATER_BEFORE.search(text, max(lo, hi - 40), hi)
    if later:  # "A statement issued by the Ministry of Finance later in the day said": not the day
        return subject_before(text, lo, later.start(), entities)
    quoted = _QUOTED_AS.search(text, max(lo, hi - _SUBJECT_REACH), hi) if text.endswith(" as ", 0, hi) else None
    if quoted:  # "KCNA quoted a spokesman for the General Staff as saying": who is quoted, not who quotes
        return subject_before(text, quoted.end(), hi - 3, entities)
    if hi - lo > _SUBJECT_REACH:  # start at a word within reach
        space = _SPACE.search(text, hi - _SUBJECT_REACH, hi)
        lo = space.end() if space else hi - _SUBJECT_REACH
    one_of = _ONE_OF_THOSE.search(text, max(lo, hi - 20), hi)
    if one_of:  # "Some of the protesters booed him. One of them shouted:": one of those
        return Mention(one_of.start(1), one_of.end(1), one_of.group(1), MentionKind.DESCRIPTION, None,
                       one_of.group(1), SpeakerType.PERSON)
    toks = _tokens(text, lo, hi)
    i = len(toks) - 1
    skipped = 0
    while i >= 0 and toks[i].text.islower() and (
            toks[i].text in CUE_MODIFIERS or toks[i].text in REFLEXIVES or is_adverb(toks[i].text)) and skipped < 3:
        i -= 1
        skipped += 1
    if i >= 2 and toks[i].text == "and" and toks[i - 1].text in _GESTURES:
        i -= 2  # "he smiled and said", "Smith paused and added": the one who smiled says it
    if i < 0 or toks[i].text.lower() == "having":
        return None  # "Having said that, …": a clause with no subject of its own
    when = i  # "Mr. Ruano last week said", "Smith on Tuesday said": a time between subject and cue
    while when >= 0 and i - when < 3 and (toks[when].text in TIME_WORDS or toks[when].text.lower() in WEEKDAYS):
        when -= 1
    if when < i and when > 0 and toks[when].text == "on":
        when -= 1
    if when < i and when > 0 and toks[when].text in _AUXILIARIES:
        when -= 1  # "Ibrahim Danladi, had on Friday warned"
    if when < i and when >= 0 and (_is_cap(toks[when].text) or (toks[when].text == "," and when < i - 1
                                                                   and toks[when + 1].text in _AUXILIARIES)):
        i = when  # (", had on Friday warned": the appositive's comma before the auxiliary)
    if i >= 2 and toks[i - 1].text == "," and _PARTY_TAG.match(toks[i].text):
        i -= 2  # "Mitch McConnell, R-Ky.": a party tag is never the speaker
    while i > 0 and toks[i].text in "“”\"" and toks[i - 1].text in ",“”\"":
        i -= 1  # ",”" closing a quoted title inside an appositive
    if toks[i].text == "," and i > 1 and toks[i - 1].text == ")" and not _ACRONYM_TOKEN.fullmatch(toks[i - 2].text):
        i -= 1  # "Del. Marcia Price (D-Newport News), shouted": the comma closes the parenthesis's aside,
        # not an appositive's ("…, president of the … University and College Union (UCU), said")
    if toks[i].text in _DASHES and i > 1:
        # "Marius du Plessis – no relation – said": step over an aside between dashes
        opening = max((k for k in range(max(0, i - _ASIDE_WORDS), i) if toks[k].text == toks[i].text), default=-1)
        if opening > 0 and toks[opening + 1].text[:1].islower():  # the speaker phrase as it ends before the aside
            document = _before_aside(text, lo, toks[opening].start, entities)
            author = _PUBLISHED_BY.match(text, toks[opening].end, toks[i].start) if document else None
            written = text[max(lo, document.start - 30):document.end].lower().split() if document and author else []
            if any(w in DOCUMENT_NOUNS for w in written[-5:]):  # "The transcript of the debate"
                # "The transcript of the debate–published by The Washington Post–shows": its publisher's
                found = _np_ending_at(text, toks, i - 1, entities, lo=opening + 1)
                return found if found is not None and found.kind == MentionKind.NAME else document
            return document
    if toks[i].text == ")":
        # "Rep. Gwen Moore (D-Wis.) said": step over the parenthesis
        opening = max((k for k in range(i) if toks[k].text == "("), default=-1)
        if opening <= 0 or i - opening > 8:
            return None
        i = opening - 1
    if i >= 3 and toks[i].text == "," and _PARTY_TAG.match(toks[i - 1].text) and toks[i - 2].text == ",":
        tagged = _np_ending_at(text, toks, i - 3, entities)
        joint = _joined_before(text, toks, tagged, entities)
        if joint is not tagged:  # "Sen. Ann Kraus, D-Ohio, and Paul Nagy, R-Ind., said"
            return joint
    if toks[i].text == ",":  # "Minister for Water Resources Syed Ahsan Ali Shah, who attended, said"
        head = _subject_with_appositive(text, toks, i, entities)
        head = _serial_body(text, head) or head  # "The Department of Enterprise, Tourism and Employment, which …,"
        return _portfolio_holder(text, _body_in_place(text, toks, head, entities))
    mention = _portfolio_holder(text, _np_ending_at(text, toks, i, entities))
    mention = _serial_body(text, mention) or mention
    second = _second_role(text, toks, mention, entities)
    if second is not None:
        return second
    # "a politician who will say whatever … at the moment he says": "he" says it
    pronoun = mention is not None and mention.kind == MentionKind.PRONOUN
    relative = None if pronoun else _relative_subject(text, toks, i, entities)
    if relative is not None:
        return relative
    if mention is not None:
        doer = _participle_subject(text, toks, mention, entities)
        if doer:
            return doer
        described = _postmodified_subject(text, toks, mention, entities)
        if described:
            return described
    person = _person_of(text, toks, i, mention, entities)
    if person:
        return person
    charged = _RESPONSIBLE_FOR.search(text, max(lo, hi - 80), hi) if mention is None else None
    if charged:  # "The minister responsible for emergency management said": the minister, so described
        head = subject_before(text, lo, charged.start(), entities)
        if head is not None and head.kind == MentionKind.DESCRIPTION:
            end = len(text[:hi].rstrip())
            return head._replace(end=end, text=text[head.start:end], role=text[head.start:end])
    placed = _PLACE_AFTER.search(text, max(lo, mention.start - 12), mention.start) if (
        mention is not None and mention.text == mention.name and _may_be_place(mention)) else None
    if placed and mention is not None:  # "A spokesperson for the World Food Programme (WFP) in Dhaka
        # said", "The United Nations Interim Force in Lebanon said": the place is where they are
        at_place = subject_before(text, lo, placed.start(), entities)
        if at_place is not None and at_place.kind != MentionKind.PRONOUN:
            return _named_with_place(text, at_place, mention)
    joint = _joined_before(text, toks, mention, entities)
    return _seat_member(text, joint, lo) if joint is not None else None


def _before_aside(text: str, lo: int, at: int, entities) -> Mention | None:
    """The speaker phrase ending where an aside between dashes opens at ``at``; the opening dash
    closes an appositive as its comma would ("Neil Sroka, communications director of the
    advocacy group Democracy for America, or DFA - which … - said": Sroka, not DFA)."""
    toks = _tokens(text, max(lo, at - _SUBJECT_REACH), at)
    if any(t.text == "," for t in toks[-_MAX_SUBJECT_WORDS:]):
        head = _subject_with_appositive(text, toks + [_Tok(at, at, ",")], len(toks), entities)
        if head is not None and head.kind == MentionKind.NAME and head.type == SpeakerType.PERSON:
            return head
    return subject_before(text, lo, at, entities)


# What a role is charged with, in lower case, before a cue: " responsible for emergency management "
_RESPONSIBLE_FOR = re.compile(r"[ \t]+responsible[ \t]+for[ \t]+[a-z][a-z ,-]{0,60}?[ \t]*$")
_PLACE_AFTER = re.compile(r"(?<=[\w)])[ \t]+in[ \t]+$")  # "(WFP) in " before a place's name


def _body_in_place(text: str, toks: list[_Tok], mention: Mention | None, entities, lo: int = 0) -> Mention | None:
    """The body before "in" where ``mention`` names the place it is in ("The health ministry in
    Gaza", "the United Nations Interim Force in Lebanon"), else ``mention``."""
    if mention is None or not _may_be_place(mention):
        return mention
    k = next((k for k in range(len(toks)) if toks[k].start == mention.start), -1)
    if k - 2 < lo or toks[k - 1].text != "in":
        return mention
    body = _np_ending_at(text, toks, k - 2, entities, lo)
    if body is None or body.type != SpeakerType.ORGANIZATION or body.kind not in (
            MentionKind.NAME, MentionKind.DESCRIPTION):
        return mention
    return _named_with_place(text, body, mention)


def _named_with_place(text: str, body: Mention, place: Mention) -> Mention:
    """``body`` with "in" ``place`` where the initials in brackets after them show the place is in
    its name ("the United Nations Interim Force in Lebanon (UNIFIL)", "… Assistance Mission in
    Afghanistan (UNAMA)")."""
    if body.kind != MentionKind.NAME or body.type != SpeakerType.ORGANIZATION:
        return body
    body_capitals = "".join(w if w.isupper() else w[0] for w in (body.name or "").split() if w[0].isupper())
    place_capitals = "".join(w[0] for w in (place.name or "").split())
    spelled = (body_capitals + place_capitals, body_capitals + "I" + place_capitals)
    letters = _BRACKETED_LETTERS.match(text, place.end)
    if not (letters and letters.group(1) in spelled) and not (
            # "The Board of Control for Cricket in India said …" ⏎ "A senior BCCI official": its initials anywhere
            len(spelled[0]) >= 3 and re.search(rf"\b{re.escape(spelled[0])}\b", text)):
        return body
    return body._replace(end=place.end, text=text[body.start:place.end], name=f"{body.name} in {place.name}")


_BRACKETED_LETTERS = re.compile(r"[ \t]*\(([A-Z]{3,})\)")


def _may_be_place(mention: Mention) -> bool:
    """Whether a name could be where someone is ("in Dhaka", "in Lebanon", "in New York")."""
    name = mention.name or ""
    return mention.kind == MentionKind.NAME and mention.type != SpeakerType.PERSON and (
        " " not in name or name in STATES_AND_COUNTRIES or name.lower() in MULTIWORD_PLACES)


_SEAT_MEMBER = re.compile(r"\b[Tt]he[ \t]+(?:[A-Z][\w’'-]*[ \t]+(?:and[ \t]+)?)+[A-Z]{2,4}$")
_SEAT_REACH = 60


def _seat_member(text: str, joint: Mention, lo: int) -> Mention:
    """``joint``, or the member of a seat it names before a member's title, after "the": names
    joined by "and" ("The Mid Scotland and Fife MSP", "the Bexhill and Battle MP") or the title
    alone, read as no one's name ("the Mid and West Wales MS")."""
    last = joint.text.split()[-1]
    if not (last.isupper() and last.lower() in POST_NOMINALS):
        return joint
    if joint.parts and joint.start >= 4 and text[joint.start - 4:joint.start].lower() == "the ":
        start = joint.start - 4
    elif joint.text == last and (seat := _SEAT_MEMBER.search(text, max(lo, joint.start - _SEAT_REACH), joint.end)):
        start = seat.start()
    else:
        return joint
    phrase = text[start:joint.end]
    return Mention(start, joint.end, phrase, MentionKind.DESCRIPTION, None, phrase, SpeakerType.PERSON)


_CAPS = r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*"
# The words of a body's name before the last of a list in it: "the Ministry of Housing, " and
# "The Department for Environment, Food and " before "Rural Affairs", "the Department of
# Agriculture, Food and the " before "Marine".
_SERIAL_BODY_OPENING = re.compile(
    rf"(?:\b[Tt]he[ \t]+)?(?P<head>[A-Z][\w-]*)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?P<items>{_CAPS}"
    rf"(?:,[ \t]+{_CAPS})*)(?P<tail>,[ \t]+|,?[ \t]+and[ \t]+(?:the[ \t]+)?)$")  # "… Food and the " Marine


# The words of a committee's name before the last of the list it opens on: "The cross-party
# Housing, " before "Communities and Local Government Committee"
_SERIAL_LIST_OPENING = re.compile(rf"\b[Tt]he[ \t]+(?:[a-z-]+[ \t]+)?(?P<items>{_CAPS}(?:,[ \t]+{_CAPS})*),[ \t]+$")


def serial_list_start(text: str, start: int, last: str) -> tuple[int, int] | None:
    """Where a committee's name that opens on a list of what it covers begins, for ``last``, its
    last words at ``start`` ("Communities and Local Government Committee" of "The cross-party
    Housing, Communities and Local Government Committee"): the phrase's start, at its "The",
    and the name's; None where ``last`` holds no "and" or ends on no body's head noun."""
    head = last.split()[-1]
    if " and " not in last or not _is_org_head(head) or head.isupper():
        return None  # (not "the MSNBC, Fox and CNN": bodies, each with its own name)
    listed = _SERIAL_LIST_OPENING.search(text, max(0, start - 150), start)
    return (listed.start(), listed.start("items")) if listed else None


def _serial_body(text: str, mention: Mention | None) -> Mention | None:
    """A body whose name lists what it is for, commas and all ("the Ministry of Housing,
    Communities and Local Government", "the Department for Environment, Food and Rural
    Affairs"), where ``mention`` is the list's last words; None where it is not. Its head is a
    body's head noun, and no item of the list is a person's name (a first name and more)."""
    if mention is None or mention.kind != MentionKind.NAME or mention.parts or not mention.name:
        return None
    opening = _SERIAL_BODY_OPENING.search(text, max(0, mention.start - 150), mention.start)
    listed = serial_list_start(text, mention.start, mention.text) if opening is None else None
    if listed:  # "the Housing, Communities and Local Government Committee": the list before the head
        return Mention(listed[0], mention.end, text[listed[0]:mention.end], MentionKind.NAME,
                       text[listed[1]:mention.end], None, SpeakerType.ORGANIZATION)
    if opening is None or not _is_org_head(opening.group("head")):
        return None
    if "and" not in opening.group("tail") and " and " not in mention.text:
        return None  # "the Ministry of Defence, Britain said": the list has no last item
    items = [*opening.group("items").split(","), mention.text]
    if any(is_first_name(item.split()[0]) for item in items if len(item.split()) > 1):
        return None  # a person's first name and surname; a word alone is the body's ("the Marine")
    start = opening.start("head")
    name = text[start:mention.end]
    return Mention(opening.start(), mention.end, text[opening.start():mention.end], MentionKind.NAME, name, None,
                   SpeakerType.ORGANIZATION)


def _person_of(text: str, toks: list[_Tok], i: int, mention: Mention | None, entities,
               body: bool = False) -> Mention | None:
    """The person a place or body ending at token ``i`` says where they are from ("Gov. Earl Ray
    Tomblin of West Virginia lauded …", "Mr. Morgan of the Sierra Club said"); with ``body``,
    where an appositive has already said the name after "of" is a body ("Holger Schmieding of
    Berenberg, Germany's largest private bank, warned"). A name with a first name before "of"
    is always the person ("Anna Berg of Oxfam")."""
    described = mention is not None and mention.kind == MentionKind.DESCRIPTION and mention.text.startswith("the ")
    if mention is None or (mention.kind not in (MentionKind.NAME, MentionKind.GROUP) and not described):
        return None  # a group: "Chief Rosa Lind of the Spokane Valley police said"
    k = next((k for k in range(i, -1, -1) if toks[k].start < mention.start), -1)
    while k > 0 and (_is_cap(toks[k].text) or toks[k].text == "the") and toks[k].end <= mention.start:
        k -= 1  # "West" of West Virginia
    at_body = k > 0 and toks[k].text == "at" and mention.type == SpeakerType.ORGANIZATION and not described
    if not (k > 0 and (toks[k].text in (("of",) if described else ("of", "from")) or at_body)
            and _is_cap(toks[k - 1].text)):
        return None  # "… clamoring to block Donald Trump from the GOP nomination say": no one of it
    person = _np_ending_at(text, toks, k - 1, entities)
    words = (person.name or "").split() if person else []
    if at_body and not (len(words) > 1 and is_first_name(words[0])):
        return None  # "Michael Grant at the University of Warwick says": one named in full, at a body
    if not person or person.kind != MentionKind.NAME or person.type == SpeakerType.ORGANIZATION:
        return None
    if (person.name or "").lower().rstrip(".") in ROLE_NOUNS or (person.name or "").split()[-1].lower() in ORG_WORDS:
        return None  # "Senator from Texas"; "The Church of England", "Bank of America": one body's name
    place = mention.name in STATES_AND_COUNTRIES or (mention.name or "").lower() in MULTIWORD_PLACES
    given = len((person.name or "").split()) > 1 and is_first_name((person.name or "").split()[0])
    # "Lord Pennington of Ashby"; "Paramount Chief Sumo Varney Kiazolu of Gbarma Chiefdom", a name
    # after a title, whatever the first name
    titled = person.text.split()[0].lower().rstrip(".") in HONORIFICS or (
        person.role is not None and person.role.split()[-1].lower().rstrip(".") in _TITLE_WORDS)
    body_speaks = (body or mention.type == SpeakerType.ORGANIZATION) and person.type == SpeakerType.PERSON
    if given or titled or (mention.kind == MentionKind.NAME and (place or body_speaks)):
        return person  # and "Verónica Lagos Pereyra of the Peronist caucus said": the deputy, not her caucus
    return None


# Words before names joined by "and" that make them an object, not who spoke ("a meeting between
# Obama and Xi said …"), or one name of a longer list ("Smith or Jones and Brown").
_TITLE_WORDS = (ROLE_NOUNS - PARTY_MEMBERS) | HONORIFICS | frozenset(TITLE_ABBREVIATIONS)  # "Eng Khalid …"
_NOT_JOINT_OPENERS = word_set("prepositions") | {"and", "or", "nor"}


def _is_title(word: str) -> bool:
    """A title or honorific, in lower case without its dot; a title in the plural names two
    people ("Sens.", "Senators")."""
    return word in _TITLE_WORDS or (word.endswith("s") and word[:-1] in ROLE_NOUNS)


def _first_token(toks: list[_Tok], pos: int) -> int:
    return next((k for k, t in enumerate(toks) if t.start >= pos), len(toks))


def _aside_before(toks: list[_Tok], k: int) -> int:
    """The token before a parenthetical aside that ends at ``toks[k]`` ("(R-Iowa)"), else ``k``."""
    if k > 0 and toks[k].text == ")":
        opening = max((m for m in range(k) if toks[m].text == "("), default=-1)
        if 0 < opening and k - opening <= 8:
            return opening - 1
    return k


def _joint(text: str, parts: list[Mention]) -> Mention:
    """Names that speak together, as one mention of a group: "Grassley and Leahy"."""
    start, end = parts[0].start, parts[-1].end
    name = " and ".join(p.name or p.text for p in parts)
    return Mention(start, end, text[start:end], MentionKind.NAME, name, None, SpeakerType.GROUP, tuple(parts))


def _joinable(mention: Mention | None) -> bool:
    """A name that may be one of a joint source's: written as a name, not after a number or a
    word in lower case ("one Greek Orthodox") nor after a preposition opening a sentence
    ("Among Republicans"), and not ending in an abbreviated title ("Pennsylvania Gov. and …")."""
    if mention is None or mention.kind != MentionKind.NAME or not mention.name or mention.parts:
        return False
    words = mention.text.split()
    kin = words[0] in ("his", "her", "their") and bool(mention.role)  # "her husband Dean Atherton"
    return (words[0][:1].isupper() or words[0] == "the" or kin) and words[0].lower() not in _NOT_JOINT_OPENERS and not (
        words[-1].endswith(".") and _is_title(words[-1].lower().rstrip(".")))


def _joined_before(text: str, toks: list[_Tok], mention: Mention | None, entities) -> Mention | None:
    """The names of a joint source before a cue, joined by "and" and commas ("Sens. Charles E.
    Grassley (R-Iowa) and Patrick J. Leahy (D-Vt.) said", "China and Russia said"), as one
    mention; else ``mention``."""
    if not _joinable(mention):
        return mention
    assert mention is not None
    parts = [mention]
    first = _first_token(toks, mention.start)
    serial = False
    while first >= 2:
        titled = first
        while titled > 2 and _is_title(toks[titled - 1].text.lower().rstrip(".")):
            titled -= 1  # "and Rep. Tom Becker"
        if toks[titled - 1].text == "and":
            first = titled
        link = toks[first - 1].text
        if link != "and" and (link != "," or len(parts) < 2):
            break
        k = first - 2
        if k >= 3 and toks[k].text == "," and _PARTY_TAG.match(toks[k - 1].text) and toks[k - 2].text == ",":
            k -= 3  # "Bob Corker, R-Tenn., and Lindsey Graham"
        elif link == "and" and toks[k].text == ",":
            k -= 1  # "A, B, and C"; with two names, ", and" joins clauses ("over Ukraine, and Putin said")
            serial = True
        k = _aside_before(toks, k)
        if k < 0:
            break
        before = _np_ending_at(text, toks, k, entities)
        if (before is None or before.text == toks[k].text) and link == "and" and (
                toks[k].text.lower().rstrip(".") in COURTESY_TITLES):
            # "Mr and Mrs Keane said" opening a sentence: the title alone, of the surname after it
            before = Mention(toks[k].start, toks[k].end, toks[k].text, MentionKind.NAME, toks[k].text, None,
                             SpeakerType.PERSON)
        if not _joinable(before):
            break
        assert before is not None
        parts.insert(0, before)
        first = _first_token(toks, before.start)
    if len(parts) < 2 or (serial and len(parts) < 3) or (
            first > 0 and toks[first - 1].text.lower() in _NOT_JOINT_OPENERS):
        return mention
    return _joint(text, parts)


def _joined_after(text: str, toks: list[_Tok], mention: Mention | None, hi: int, entities) -> Mention | None:
    """The names of a joint source after a cue ("said Mr. Grassley and Mr. Leahy", "according to
    the SEC and Vermont,"), as one mention; else ``mention``. The last name must end the phrase."""
    if not _joinable(mention):
        return mention
    assert mention is not None
    first = _first_token(toks, mention.start)
    if first > 0 and toks[first - 1].text.lower() in _NOT_JOINT_OPENERS:
        return mention  # "according to the Democratic chairs from Jefferson and Arapahoe"
    k = _first_token(toks, mention.end)
    if k < len(toks) and toks[k].text == "(":
        k = next((m + 1 for m in range(k, min(len(toks), k + 9)) if toks[m].text == ")"), k)
    elif k + 2 < len(toks) and toks[k].text == "," and _PARTY_TAG.match(toks[k + 1].text) and toks[k + 2].text == ",":
        k += 3  # "said Sen. Ann Kraus, D-Ohio, and Paul Nagy"
    if k + 1 >= len(toks) or toks[k].text != "and":
        return mention
    after = subject_after(text, toks[k].end, hi, entities)
    if not _joinable(after) and not (after is not None and after.parts):
        return mention
    assert after is not None
    nxt = _first_token(toks, after.end)
    if not (_is_cap(toks[k + 1].text) and (nxt >= len(toks) or toks[nxt].text in ",.;:()—–"
                                            or toks[nxt].text.lower() in _SUBJECT_ENDERS)):
        return mention
    return _joint(text, [mention, *(after.parts or (after,))])


# What ties a speaker to the person, body or matter after it: "a lawyer for Bryan Pagliano",
# "advisers to Mr. Obama", "a professor at Harvard", "people familiar with the matter".
# the links of one word ("a shopkeeper near Nal Stop", "counsellors across Adelaide")
_ONE_WORD_LINKS = ("for", "to", "at", "from", "in", "near", "outside", "across", "around", "throughout")
_LINKS = (r"familiar\s+with|responsible\s+for|close\s+to|briefed\s+on|involved\s+in|with\s+(?:\w+\s+)?knowledge\s+of|"
          # where one serves: "a senior superintendent attached to the Southern Division"
          r"(?:attached|assigned|posted)\s+to|(?:based|stationed|working)\s+(?:at|in|for)|"
          + "|".join(_ONE_WORD_LINKS)
          + "".join(rf"|(?<={noun}\s)of" for noun in sorted(word_set("people_of")))  # "a friend of the footballer"
          + "".join(rf"|(?<={noun}\s)on" for noun in sorted(word_set("people_on"))))  # "an insider on the show"
_AUXILIARIES = frozenset("had has have was is will would".split())
_ONE_OF_BEFORE = re.compile(r"(?<=\s)one\s+of\s+$")
_POSTMODIFIER_LINK = re.compile(rf"\s(?P<link>{_LINKS})\s+$")  # the link ending the words before a subject
# A description's postmodifier after its head, to where the phrase ends: "familiar with the talks",
# "involved in drafting the communiqué" (before a comma, or a verb: "… told EFE")
_POSTMODIFIER_AFTER = re.compile(rf"\s+(?:{_LINKS})(?=\s)")
_POSTMODIFIER_WORD = re.compile(r"\s+([^\s,.;:“”\"()]+)")
_POSTMODIFIER_WORDS = 5
_NOT_IN_POSTMODIFIER = frozenset(CUE_FORMS) | frozenset(
    "is was are were be been being did does do has had have will would could can may might should and but or".split())


def postmodifier_after(text: str, end: int) -> str:
    """The postmodifier written after a description's head ending at ``end`` ("a senior Western
    diplomat| familiar with the talks, who …"), or "" where none ends the phrase within a few
    words: before a comma, a stop or a speech verb."""
    m = _POSTMODIFIER_AFTER.match(text, end)
    if m is None:
        return ""
    at = m.end()
    for _ in range(_POSTMODIFIER_WORDS):
        word = _POSTMODIFIER_WORD.match(text, at)
        if word is not None and word.group(1) == "who" and at > m.end():
            return text[end:at]  # "a person familiar with the company’s sales who was not authorized …"
        if word is None or "\n" in word.group() or word.group(1).lower() in _NOT_IN_POSTMODIFIER:
            return ""  # "a source familiar with the investigation did so": a clause, not a phrase
        at = word.end()
        following = _POSTMODIFIER_WORD.match(text, at)
        if text[at:at + 1] in (",", ".", ";", ":") or (following and following.group(1).lower() in CUE_FORMS):
            return text[end:at]
    return ""
_LINK_IN_DESCRIPTION = re.compile(rf"\s(?P<link>{_LINKS})\s")
_LINK_LAST_WORDS = frozenset(("with", "on", "of", *_ONE_WORD_LINKS))  # the last word of any link
# The nouns of those who speak for a body, not as themselves
SPOKESPERSON_HEAD = re.compile(r"spokes(?:person|man|woman|people|men|women)|representatives?")


def speaker_head(word: str) -> bool:
    """Whether a description's head noun may name a speaker: a role, a body, a group, a person
    or a document ("the spokesman", "the council", "critics", "the report"; not "the engagement")."""
    low = word.lower()
    one = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    return (low in _DESCRIPTION_HEADS or one in _DESCRIPTION_HEADS or low in NOT_SPEAKER_HEADS
            or is_person_noun(low) or names_people(low))


# A role, after "of", before a name: "of Harbour Street star " Jade Okonkwo
_ROLE_AFTER_OF = re.compile(r"\sof\s+(?P<role>(?:[A-Z][\w’'&-]*\s+){0,3}([a-z][a-z-]+))\s+$")


# The names listed before the last one after a link: "the Netherlands, Austria, Sweden and " (Denmark)
_LIST_BEFORE_LAST = re.compile(r"(?<=\s)(?:(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,\s+)*"
                            r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,?\s+and\s+(?:the\s+)?$")


def postmodifier_link(text: str) -> re.Match | None:
    """In a description ("a lawyer for Bryan Pagliano", "those close to him"), the first word
    tying its head to what follows; None where there is none."""
    return _LINK_IN_DESCRIPTION.search(text)


def _postmodified_subject(text: str, toks: list[_Tok], obj: Mention, entities) -> Mention | None:
    """The speaker whose phrase ends in ``obj`` after a link ("A lawyer for Bryan Pagliano
    said", "People familiar with the matter said"): the whole phrase, headed by the lawyer or
    the people, never the person or matter named after it. A spokesperson for a body is left
    to speak for it."""
    at = obj.start
    if (obj.kind == MentionKind.NAME and obj.name and obj.text.endswith(obj.name)
            and text[obj.start:obj.end - len(obj.name)].strip().lower() not in DETERMINERS
            and (text[max(0, obj.start - 12):obj.start].split()[-1:] or [""])[0].lower() not in _LINK_LAST_WORDS):
        # "A lawyer for Bryan Pagliano", read as one name with its role; not "the mum of Harbour
        # Street star Jade Okonkwo", whose role and name follow the link
        at = obj.end - len(obj.name)
    listed = _LIST_BEFORE_LAST.search(text, max(0, at - 120), at) if (
        obj.kind == MentionKind.NAME and text.endswith((" and ", " and the "), 0, at)) else None
    if listed and text[max(0, listed.start() - 4):listed.start()].strip() == "of":
        at = listed.start()  # "the finance ministers of the Netherlands, Austria, Sweden and Denmark": of them all
    one_of = _ONE_OF_BEFORE.search(text, max(0, at - 12), at)
    if one_of:
        at = one_of.start()  # "A director at one of the largest firms": of the one, and them
    owner = _OWNER_JUST_BEFORE.search(text, max(0, at - 30), at) if obj.kind == MentionKind.NAME else None
    if owner:
        at = owner.start()  # "A deputy commissioner in the city's Department of General Services": of it
    last = text[max(0, at - 12):at].split()[-1:]
    owned_role = _ROLE_AFTER_OF.search(text, max(0, at - 60), at) if obj.kind == MentionKind.NAME and last and (
        last[0].lower() not in _LINK_LAST_WORDS) else None
    if owned_role and owned_role.group(2) not in _NOT_NAME_LEADS and owned_role.group(2) not in CUE_FORMS:
        at = owned_role.start("role")  # "the mum of Harbour Street star Jade Okonkwo": from the role on
        last = ["of"]
    if last and last[0] == "the" and obj.kind == MentionKind.NAME:
        at = text.rfind("the", 0, at)  # "a source in the Presidency": the body's article is no part of its name
        last = text[max(0, at - 12):at].split()[-1:]
    if not last or last[0].lower() not in _LINK_LAST_WORDS:
        return None  # most subjects follow no link: read no further
    link = _POSTMODIFIER_LINK.search(text, max(toks[0].start if toks else 0, at - 60), at)
    if link is None:
        return None
    h = next((h for h in range(len(toks) - 1, -1, -1) if toks[h].end <= link.start() + 1), None)
    if h is None:
        return None
    noun = toks[h].text
    low = noun.lower()
    if not (noun.islower() or h == 0 or toks[h - 1].text.lower() in DETERMINERS) or SPOKESPERSON_HEAD.fullmatch(low):
        return None
    singular = low[:-1] if low.endswith("s") else low
    if low in NOT_SPEAKER_HEADS or singular in NOT_SPEAKER_HEADS:
        # "a report from the Brookings Institution": its author; "The GOP’s complaint to the D.C.
        # Court … says", "a letter to members": the document, whose author speaks, never whom it is to
        if link.group("link") == "from" or not noun.islower():
            return None
        return _np_ending_at(text, toks, h, entities)
    names_person = (low in _DESCRIPTION_HEADS or singular in _DESCRIPTION_HEADS or is_person_noun(low)
                    or _AGE.match(low) is not None)  # "the 19-year-old from Honduras"
    if (not names_person or low in ORG_ROLE_NOUNS) and obj.kind == MentionKind.NAME and link.group("link") == "in" and (
            noun.islower()):
        # "An official from the Filipino embassy in Dubai", "A former colleague at the Royal Mail sorting
        # office in Ardwick": the official, of the embassy or office where it is
        body = _np_ending_at(text, toks, h, entities)
        outer = _postmodified_subject(text, toks, body, entities) if body is not None else None
        if outer is not None and outer.kind == MentionKind.DESCRIPTION and outer.name is None:
            phrase = text[outer.start:obj.end]
            return outer._replace(end=obj.end, text=phrase, role=phrase)
    if low != "those" and (low in ORG_ROLE_NOUNS or not names_person):
        return None  # a person or people ("a producer for", "people close to"), not a body
    head = _np_ending_at(text, toks, h, entities) if low != "those" else None
    start = head.start if head is not None else toks[h].start
    phrase = text[start:obj.end]
    kind = MentionKind.GROUP if low == "those" or low in GROUP_NOUNS or low != singular else MentionKind.DESCRIPTION
    return Mention(start, obj.end, phrase, kind, obj.name if obj.kind == MentionKind.NAME else None, phrase,
                   SpeakerType.PERSON)


def _portfolio_holder(text: str, mention: Mention | None) -> Mention | None:
    """The minister a title with a portfolio names ("Minister of Finance Wale Edun-Bakare",
    "Cabinet Secretary for Interior Kithure Kindiki", "Minister for Health Stephen Donnelly"):
    the person, from their first name or else the last two words, with the whole title as
    their role; the portfolio is no part of the name."""
    if mention is None or not mention.name or mention.kind not in (MentionKind.NAME, MentionKind.DESCRIPTION):
        return mention
    words = mention.name.split()
    at = mention.end - len(mention.name)
    if len(words) < 3 or text[at:mention.end] != mention.name:
        return mention
    title = portfolio_title_before(text, at, words[0])
    if not title or title.group("title").split()[-1].lower() not in ROLE_NOUNS:
        return mention
    person = " ".join(words[portfolio_holder_start(words, text):])
    start = mention.end - len(person)
    role = text[title.start():start].split()
    while role and role[-1].lower().rstrip(".") in HONORIFICS:
        role.pop()  # "Minister for Finance and Revenue Dr Sajid Hussain Khan": the Dr is his, no part of the post
    return Mention(start, mention.end, person, MentionKind.NAME, person, " ".join(role), SpeakerType.PERSON)


# A title and its link before a portfolio: "Minister for …", "Secretary of State for …",
# "Opposition Spokesman on National Security".
PORTFOLIO_TITLE = re.compile(
    r"\b(?P<title>(?:[A-Z][a-z]+\s+)?(?:[A-Z][a-z]+|[A-Z]{2,3}))(?:\s+of\s+State)?\s+(?:for|of|on)\s+(?:the\s+)?"
    # "Minister for Information and Broadcasting", "Minister of Youth, Sports and Community Empowerment", "TD for"
    r"(?:(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*,\s+){0,3}(?:(?:[A-Z][\w-]*\s+){1,3}(?:and|&)\s+(?:the\s+)?)?)?$")


_PORTFOLIO_TITLE_WORD = re.compile(PORTFOLIO_TITLE.pattern.removesuffix("$") + r"[A-Z][\w-]*\s+$")
INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "K.", "M.K.": a name's start, never a title's verb


def portfolio_title_before(text: str, at: int, first: str, reach: int = 50) -> re.Match | None:
    """The title and link of a portfolio ending at ``at``, where a run of capitalised words opens
    on ``first``: "Minister for " before "Health Stephen Donnelly"; "Opposition Spokesman on
    National " before "Security Donovan Crawford", the portfolio's first word before the run, but
    not "Secretary of " before "State John F. Kerry"'s run, which opens on his name."""
    title = PORTFOLIO_TITLE.search(text, max(0, at - reach), at)
    if not title and not is_first_name(first) and not INITIALS.fullmatch(first):
        title = _PORTFOLIO_TITLE_WORD.search(text, max(0, at - reach - 10), at)
    listed = title.group() if title else ""
    if ", " in listed and " and " not in listed[listed.rfind(", "):] and not _LIST_GOES_ON.match(text, at):
        return None  # "Republican of Iowa, and Patrick J. Leahy", "Minister of Health, Dr Tamba …": no list
    return title


_LIST_GOES_ON = re.compile(r"(?:[A-Z][\w-]*,?\s+){0,4}(?:and|&)\s")  # "Gender and Entertainment"


def portfolio_holder_start(words: list[str], text: str = "") -> int:
    """Where the holder's name starts in the words after a portfolio title, three at least
    ("Health Stephen Donnelly", "Finance Wale Edun-Bakare"): at the first name after the
    portfolio's first word or at initials ("Opposition S. Arulmozhi Varman"), else at the last
    two words. A word that ends a place's name is no first name there ("TD for Dublin Bay South
    Siobhán Kearney"). A word before that first name which the article ``text`` writes alone
    after an honorific is the name's start ("Manpower Amirul Hakim Zainal", later "Dr Amirul")."""
    start = next((k for k in range(1, len(words) - 1) if (is_first_name(words[k]) or INITIALS.fullmatch(words[k]))
                  and words[k].lower() not in PLACE_WORDS and words[k + 1] not in _COMPASS_WORDS),
                 len(words) - 2)
    if start >= 2 and words[start - 1].lower() in FAMILY_NAMES_FIRST and words[start - 1][1:].islower():
        return start - 1  # "Transport Ong Kian Seng": a family name written before the given names
    if start >= 2 and text and _addressed_alone(text, words[start - 1]):
        return start - 1
    return start


def _addressed_alone(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` on its own after an honorific ("Dr Amirul said"), as a
    name is written and a portfolio's word never is."""
    return any(m.group(1).lower() in HONORIFICS for m in re.finditer(
        rf"\b([A-Z][a-z]+)\.?[ \t]+{re.escape(word)}\b(?![ \t]+[A-Z]|[’'-])", text))




_COMPASS_WORDS = frozenset(("North", "South", "East", "West", "Central"))  # "Hull North", "Dublin Bay South"
_COMPASS = _COMPASS_WORDS | frozenset(("Northern", "Southern", "Eastern", "Western"))  # "Northern Corridor Rail"


def _names_someone(text: str, toks: list[_Tok], segment: tuple[int, int], entities) -> bool:
    """Whether a segment between commas ends in a name ("Jean-Marc Ayrault", not "During the trial")."""
    mention = _np_ending_at(text, toks, segment[1] - 1, entities, lo=segment[0])
    return mention is not None and mention.kind == MentionKind.NAME


def _second_role(text: str, toks: list[_Tok], mention: Mention | None, entities) -> Mention | None:
    """The person a bare role after "NAME and" is said of ("former White House chief of staff
    Ron Klain and senior Biden adviser said"): one person with two roles, not a second speaker.
    A role with a determiner ("and a spokesperson said") is someone else."""
    if mention is None or mention.kind != MentionKind.DESCRIPTION or not mention.text[:1].islower():
        return None
    words = mention.text.split()
    if words[0].lower() in DETERMINERS or words[-1].lower() not in ROLE_NOUNS:
        return None
    first = _first_token(toks, mention.start)
    if first < 2 or toks[first - 1].text != "and":
        return None
    person = _np_ending_at(text, toks, first - 2, entities)
    if person is None or person.kind != MentionKind.NAME or person.type != SpeakerType.PERSON:
        return None
    return person._replace(role=" and ".join(r for r in (person.role, mention.text) if r))


def _relative_subject(text: str, toks: list[_Tok], i: int, entities) -> Mention | None:
    """The one a relative clause before a cue says something of ("A man who lives near the park
    said", "A mother whose daughter is a student at Westfield High School said"): the noun
    phrase before "who" or "whose", with the whole phrase as its role; never the park or the
    school at the end of the clause."""
    lo = max(0, i - _RELATIVE_REACH + 1)
    if "who" not in text[toks[lo].start:toks[i].end].lower():
        return None  # most subjects have no relative clause: read no further
    for r in range(i, lo - 1, -1):
        word = toks[r].text
        if word in ",.;:“”\"()—–":
            return None
        if word.lower() in ("who", "whose") and r > 0:
            if " - " in text[toks[r - 1].end:toks[i].end]:
                return None  # "the candidate - who has chafed at … - has decided": an aside
            if toks[r - 1].text == ",":
                return None  # "Mr. Carson, who claimed": a relative pronoun of its own, read as such
            # "Democrats in Iowa who watched the debate said": the phrase before "who", read as a subject
            head = subject_before(text, toks[0].start, toks[r - 1].end, entities)
            if head is None or head.kind not in (MentionKind.DESCRIPTION, MentionKind.GROUP, MentionKind.NAME):
                return None
            if head.kind == MentionKind.NAME and head.type == SpeakerType.ORGANIZATION:
                return None
            h = next((h for h in range(r - 1, 0, -1) if toks[h].start == head.start), 0)
            if head.kind == MentionKind.NAME and h > 0 and toks[h - 1].text.lower() in _ONE_OF_THEM:
                # "Another Muslim who worshiped there said": one of a kind, not someone named
                start = toks[h - 1].start
                return Mention(start, head.end, text[start:head.end], MentionKind.DESCRIPTION, None,
                               text[start:toks[i].end], SpeakerType.PERSON)
            # "Her father, Tom Keating, was a house painter in Drogheda who used to tell": Keating
            if head.kind != MentionKind.NAME or head.type != SpeakerType.PERSON:
                head = _predicated_of(text, toks, head, entities) or _apposed_to(text, toks, head, entities) or head
            return head._replace(role=head.role if head.kind == MentionKind.NAME else text[head.start:toks[i].end])
    return None


def _apposed_to(text: str, toks: list[_Tok], described: Mention, entities) -> Mention | None:
    """The person an indefinite description stands in apposition to: "John Bentel, a tech
    staffer at the State Department who told …" is Bentel."""
    k = _first_token(toks, described.start)
    if k < 2 or k >= len(toks) or toks[k - 1].text != "," or toks[k].text.lower() not in ("a", "an"):
        return None
    named = _np_ending_at(text, toks, k - 2, entities)
    if named is None or named.kind != MentionKind.NAME or named.type != SpeakerType.PERSON:
        return None
    return named._replace(role=text[described.start:described.end])


_RELATIVE_REACH = 14
_ONE_OF_THEM = frozenset("a an another one".split())


def _participle_subject(text: str, toks: list[_Tok], obj: Mention, entities) -> Mention | None:
    """The people or person doing something, where the words before a cue end in what they do
    ("Protesters marching through the streets chanted", "A woman standing outside the court
    shouted"): the head noun phrase, with the whole phrase as its role; never the streets or
    the court."""
    doing = _PARTICIPLE_BEFORE.search(text, max(toks[0].start if toks else 0, obj.start - 50), obj.start)
    if doing is None and toks and obj.start - toks[0].start <= _OPENING_PARTICIPLE_REACH:
        # "Patients waiting for hip and knee operations at a West Yorkshire hospital trust say":
        # the clause opens on the people and what they are doing, all of it their subject
        doing = _PARTICIPLE_OPENING.match(text, toks[0].start, obj.start)
    if doing is None and obj.kind == MentionKind.DESCRIPTION:
        doing = _PARTICIPLE_INSIDE.search(text, obj.start, obj.end)  # "One volunteer sorting donated clothes nearby"
    if doing is None or doing.group("ing") in _NOT_PARTICIPLES:
        return None
    head = doing.group("head").lower()
    # "The union representing the nation's roughly 11,000 certified controllers said": a body doing it
    body = doing.group("head").islower() and head in ORG_ROLE_NOUNS
    if not (head in GROUP_NOUNS or is_person_noun(head) or head in ROLE_NOUNS or head.removesuffix("s") in ROLE_NOUNS
            or is_person_noun(head.removesuffix("s")) or body):  # "Patients waiting …"
        return None
    h = next((h for h in range(len(toks) - 1, -1, -1) if toks[h].start == doing.start("head")), None)
    subject = _np_ending_at(text, toks, h, entities) if h is not None else None
    if subject is None or subject.kind not in (MentionKind.DESCRIPTION, MentionKind.GROUP, MentionKind.NAME):
        return None
    return subject._replace(role=text[subject.start:obj.end])


# The words before a subject's cue that say what it is doing ("marching through", "living near").
_PARTICIPLE_BEFORE = re.compile(r"\b(?P<head>[A-Za-z][\w-]*)\s+(?P<ing>[a-z]+ing)\s+"
                                r"(?:(?:through|near|outside|inside|in|at|on|along|around|across|from|into|behind|by|"
                                r"beside|past|toward|towards)\s+)?$")
_PARTICIPLE_OPENING = re.compile(r"(?:[\w-]+\s+){0,2}?(?P<head>[A-Za-z][\w-]*)\s+(?P<ing>[a-z]+ing)\s+"
                                 r"(?:for|to|on|with|in|at|near|outside|from|about|against|under|into)\s")
_PARTICIPLE_INSIDE = re.compile(r"\b(?P<head>[A-Za-z][\w-]*)\s+(?P<ing>[a-z]+ing)\s")
_OPENING_PARTICIPLE_REACH = 100  # characters a subject opening on a participle may run to its cue
_NOT_PARTICIPLES = frozenset("during including according regarding concerning following nothing something "
                             "anything everything thing evening morning spring king".split())


def last_match(pattern: re.Pattern, text: str, lo: int, hi: int) -> re.Match | None:
    """The last match of ``pattern`` between ``lo`` and ``hi``."""
    return next(reversed(list(pattern.finditer(text, lo, hi))), None)


def initials_of(words: list[str], letters: str) -> bool:
    """Whether ``letters`` are the initials of a body's name ``words``: a capital for each of its
    words, a letter in lower case for a link word the initials keep ("TfGM", Transport for
    Greater Manchester; "MoHRE", Ministry of Human Resources and Emiratisation), the other links
    left out ("IMF", "INMO")."""
    k = 0
    for word in words:
        link = word.lower() in BODY_LINKS
        own = word.replace(".", "")
        if 1 < len(own) < len(letters) and own.isupper() and own.isalpha() and letters.startswith(own, k):
            k += len(own)  # "USDA" of the U.S. Department of Agriculture: initials keep their letters
        elif k < len(letters) and letters[k] == (word[0].lower() if link else word[0]):
            k += 1
        elif not link:
            return False
    return k == len(letters)


def _abbreviates(toks: list[_Tok], j: int) -> bool:
    """Whether the word in parentheses at ``toks[j + 1]`` holds the initials of the name just
    before the "(" at ``toks[j]`` ("Karachi Water and Sewerage Corporation (KWSC)"); not a
    dateline's agency ("Washington (AFP)")."""
    letters = toks[j + 1].text
    if not letters.isupper():
        return False
    k = j - 1
    while k >= 0 and (_is_cap(toks[k].text) or toks[k].text.lower() in BODY_LINKS):
        if initials_of([t.text for t in toks[k:j]], letters):
            return True
        k -= 1
    return False


_OWNER_OPENERS = frozenset(("his", "her", "their", "your", "my", "our", "a", "an", "the"))


def _appositive_segments(text: str, toks: list[_Tok], comma: int) -> tuple[list[tuple[int, int]], str]:
    """The token ranges between the commas before ``toks[comma]``, right to left (four at most),
    and the letters after a name in commas (", KC,"), if any."""
    segments: list[tuple[int, int]] = []  # token index ranges between commas, right to left
    end = comma
    lettered = ""  # letters after the name in commas
    for j in range(comma - 1, -1, -1):
        if (toks[j].text == "(" and end > j + 1 and toks[end - 1].text == ")"
                and (PARTY_OR_STATE_TAG.match(text, toks[j].start) or (end == j + 3 and (
                    _abbreviates(toks, j) or toks[j + 1].text.lower().rstrip(".") in _BRACKETED_TITLES))
                     or (toks[end].text == ","
                         and _CAPITALISED_ASIDE.fullmatch(text, toks[j].start, toks[end - 1].end)))):
            # "Roy Cooper (D), McCrory's opponent,", "The Karachi … Corporation (KWSC), in a statement,",
            # "Mr Faisal Hamid (Marine Parade-Braddell Heights GRC), who …,": his seat; "Brig.-Gen.
            # Abdullahi Kachalla-Goni (retd), the adviser,": what he was
            end = j
            continue
        if toks[j].text == "(" and j + 2 < comma and toks[j + 2].text == ")" and (
                toks[j + 1].text.lower().rstrip(".") in _BRACKETED_TITLES):
            continue  # "Brig Gen (retd) Anisur Rahman Talukder, who …,", "Chief (Mrs.) Ifeoma Grace Udeh,": no aside
        if toks[j].text in ",;—–(":
            if end == j + 2 and (toks[j + 1].text in US_STATES or toks[j + 1].text in PROVINCES) and j > 0 and (
                    _is_cap(toks[j - 1].text)):
                continue  # "of Ashton, Md.,", "in Kindersley, Sask.,": the state goes with its town
            if toks[j].text == "," and j > 0 and _is_cap(toks[j - 1].text) and toks[j - 1].text not in COUNTRIES and (
                    " ".join(t.text for t in toks[j + 1:end]) in COUNTRIES):
                end = j  # "at the University of Warwick, UK,", "of Dunedin, New Zealand,": where, no aside
                continue
            if (toks[j].text == "," and end == j + 2 and toks[j + 1].text.isupper()
                    and toks[j + 1].text.lower() in POST_NOMINALS and j > 0 and _is_cap(toks[j - 1].text)):
                end, lettered = j, toks[j + 1].text  # "Jane Whitfield, KC,", "Chief Ikenna Odoemelam, SAN,": the
                continue  # name's letters, no aside
            segments.append((j + 1, end))
            end = j
        if len(segments) >= 4 or comma - j > _MAX_SUBJECT_WORDS:
            break
    else:
        segments.append((0, end))
    return [(a, b) for a, b in segments if b > a], lettered


_ADJUNCT_LINKS = frozenset(("with", "alongside", "beside", "besides", "including"))  # open a phrase, no apposition


def _subject_with_appositive(text: str, toks: list[_Tok], comma: int, entities) -> Mention | None:
    """``Name, appositive[, appositive],`` before a cue: the name heads, the rest is its role.

    Also ``The Kremlin spokesperson, Dmitry Peskov,``: a name in apposition to a description.
    """
    segments, lettered = _appositive_segments(text, toks, comma)
    if len(segments) >= 4 and not lettered:
        # "Karen, who lives in Surrey with her husband, Graham, and their daughters Millie, 22, and
        # Grace, 19, said": a relative clause with commas of its own, opening before the commas read
        w = next((w for w in range(max(1, comma - _MAX_SUBJECT_WORDS), segments[-1][0] - 1)
                  if toks[w].text.lower() in ("who", "whose") and toks[w - 1].text == ","), None)
        if w is not None:
            earlier, lettered = _appositive_segments(text, toks, w - 1)
            segments = [(w, comma)] + earlier
    if len(segments) == 1 and lettered:  # "Jane Whitfield, KC, said"
        named = _np_ending_at(text, toks, segments[0][1] - 1, entities, lo=segments[0][0])
        return named._replace(role=named.role or lettered) if named and named.kind == MentionKind.NAME else None
    if (len(segments) >= 3 and segments[-1][0] == 0 and segments[-1][1] > 1 and toks[1].text[:1].islower()
            and _opens_adverbial(toks[0].text)):
        segments.pop()  # "Speaking in Lahore, former prime minister X, who …, said": the place is no head
    # "Mrs Garrow, who attended with her husband’s brother, Callum, wrote": a name in apposition
    # to the last words of a relative clause is of them, not of the clause's subject
    # (but "the union, whose general secretary, Dattatray Shinde, said": he is its subject)
    if len(segments) >= 3 and toks[segments[1][0]].text.lower() == "who":
        segments = segments[1:]
    if len(segments) >= 2:
        near, far = segments[0], segments[1]
        name = _np_ending_at(text, toks, near[1] - 1, entities, lo=near[0])
        described = _np_ending_at(text, toks, far[1] - 1, entities, lo=far[0]) or _lasting(
            text, toks, far[0], far[1] - 1, entities)  # "His wife of 58 years, Carol Lindgren,"
        is_role = (described and described.kind == MentionKind.DESCRIPTION) or (
            described is not None and described.kind == MentionKind.NAME
            and described.text.split()[-1].lower().rstrip(".") in ROLE_NOUNS  # "the governor’s Chief Press Secretary"
            and not any(is_first_name(w) for w in described.text.split())) or any(
            t.text.lower() in ROLE_NOUNS and t.text.islower() for t in toks[far[0]:far[1]]
        ) or (  # "His colleague at the Treasury, Daniel Mercer,": a person described, then where they are
            far[1] - far[0] > 2 and toks[far[0]].text.lower() in _OWNER_OPENERS
            and is_person_noun(toks[far[0] + 1].text)
        ) or (  # "Special Adviser to the President on Media and Publicity, Bayo Onanuga, said"
            _is_cap(toks[far[0] + (toks[far[0]].text == "the")].text) and far[1] - far[0] > 1
            and any(t.text.lower().rstrip(".") in ROLE_NOUNS for t in toks[far[0]:_title_head_end(toks, far)])
            and toks[far[0]].text.lower().rstrip(".") not in HONORIFICS
            and not any(_is_cap(t.text) and is_first_name(t.text) and t.text.lower() not in DETERMINERS
                        for t in toks[far[0]:far[1]])  # "The" is a first name too
        ) or (  # "One of them, Kieran Mensah, said", "Another of the volunteers, …": one of those spoken of
            far[1] - far[0] >= 3 and toks[far[0]].text.lower() in ("one", "another") and toks[far[0] + 1].text == "of")
        # "California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told …"
        before = [t.text for t in toks[near[0]:near[1]] if name is not None and t.end <= name.start
                  and not (t.text[:1].isupper() and t.text.lower().rstrip(".") in _TITLE_WORDS)]  # "Chief Bayo Onanuga"
        before = [w for w in before if not _AGE.match(w) and w not in "()"]  # "One of them, 14-year-old Kieran
        # Mensah,"; "Chief (Mrs.) Ifeoma Grace Udeh"
        described_first = not before or (  # "Her neighbour, retired teacher Alan Prowse,"
            len(before) <= 3 and all(w.isalpha() and w.islower() for w in before)
            and (before[-1] in ROLE_NOUNS or is_person_noun(before[-1]))) or (
            # "The jury foreman, a retired petroleum engineer named Gerald Fitch,"
            len(before) <= 6 and before[-1] in ("named", "called") and before[0].lower() in ("a", "an"))
        # the words the name's mention holds before the name ("a former clerk at" Ardhi House)
        lead = (name.text[:len(name.text) - len(name.name)].split()
                if name is not None and name.name and name.text.endswith(name.name) else [])
        linked = bool(lead) and lead[-1].lower() in _LINK_LAST_WORDS
        spouse = _AND_SPOUSE.search(text, toks[far[0]].start, toks[far[1] - 1].end) if name else None
        partner = _np_ending_at(text, toks, _first_token(toks, spouse.start()) - 1, entities, lo=far[0]) if (
            spouse and name and name.kind == MentionKind.NAME and _first_token(toks, spouse.start()) > far[0]) else None
        if partner is not None and _joinable(partner) and name is not None:
            return _joint(text, [partner, name])  # "Mr Roberts and his wife, Siân Roberts, said": the two of them
        head_named = _np_ending_at(text, toks, segments[2][1] - 1, entities, lo=segments[2][0]) if (
            len(segments) >= 3 and name is not None and name.name and not is_first_name(name.name.split()[0])) else None
        if (head_named is not None and head_named.kind == MentionKind.NAME and head_named.name
                and is_first_name(head_named.name.split()[0]) and toks[far[0]].text.lower() not in DETERMINERS
                and any(t.text in ("of", "for", "at") for t in toks[far[0]:far[1]])):
            # "Carlos Eduardo Moura Pires, president of the club’s largest fan group, Fúria Esmeralda,
            # said": the name after the role is what it is of; the person heads
            return head_named._replace(role=head_named.role or _clean_role(
                text[toks[far[0]].start:toks[near[1] - 1].end]))
        # (not "Gene Bostwick, who runs a firm in Medford, Oregon, with his wife, Marla,": the one
        # named in a phrase of the clause before)
        adjunct = toks[far[0]].text.lower() in _ADJUNCT_LINKS
        if name and name.kind == MentionKind.NAME and not linked and described_first and is_role and not adjunct:
            # "A spokesperson for the district, Marcus Green,"; not "a former clerk at Ardhi House"
            name = _person_of(text, toks, near[1] - 1, name, entities, body=True) or name  # "X of Clemson University"
            return name._replace(role=name.role or _clean_role(text[toks[far[0]].start:toks[near[0]].start]))
    for k in range(1, len(segments)):
        head_lo, head_hi = segments[k]
        if _opens_appositive(toks[head_lo].text) and k + 1 < len(segments) and not _titled_name(
                toks, head_lo, head_hi) and not (
                toks[head_lo].text.lower() == "the" and toks[segments[k - 1][0]].text.lower() in ("a", "an")
                and not _names_someone(text, toks, segments[k + 1], entities)):
            continue  # but ", a former clerk," after "the key witness" with no name before: the witness heads
        if k + 2 < len(segments) and _opens_adjunct(toks, segments[k + 1]):
            continue  # "The governor, in a statement by his Chief Press Secretary, Femi Oyelaran, said": his
        first = toks[segments[k - 1][0]].text
        if first.lower() in ("and", "but", "or", "yet") and segments[k - 1][1] - segments[k - 1][0] == 1:
            return None  # "Pastor Bradley Cranston stood at his pulpit in Burlington, Iowa, and, citing": a verb
            # joined to the clause's own, no appositive
        then = toks[segments[k - 1][0] + 1].text if segments[k - 1][0] + 1 < segments[k - 1][1] else ""
        if _opens_appositive(first, then) or _owners_role(toks, segments[k - 1], segments[k]):
            relative = _relative_subject(text, toks, head_hi - 1, entities)
            if relative:  # "A mother whose daughter is a student there, recounting …, said"
                return relative
            mention = _np_ending_at(text, toks, head_hi - 1, entities, lo=head_lo)
            headed = None  # a person or people the phrase is headed by, before a link or participle
            participle = first.islower() and first.endswith(("ing", "ed"))  # ", speaking …,", ", quoted …,"
            if mention is not None and (first.lower() == "who" or participle) and mention.kind != MentionKind.PRONOUN:
                # "An official from the Indonesian consulate, who …,": the official, not the consulate;
                # "A woman standing outside the court, who …,": the woman; "A senior superintendent
                # attached to the Southern Division, speaking on condition of anonymity,": the superintendent
                headed = (_participle_subject(text, toks[head_lo:head_hi], mention, entities)
                          or _postmodified_subject(text, toks[:head_hi], mention, entities))
                mention = headed or mention
            # "A second vice-chancellor, who runs a research university, agreed": a person described
            # "The 45-year-old, of Headingley, told the court": a person and where they are from
            # "the prosecution's key witness, a former clerk at Ardhi House, told": a person, described twice
            person = mention is not None and mention.kind == MentionKind.DESCRIPTION and (
                headed is not None or first.lower() in ("who", "of", "from")
                or _opens_adjunct(toks, segments[k - 1]) or (
                    (first.lower() in ("a", "an") or (first.islower() and first.endswith("ing")))  # ", watching …,"
                    and (person_head(mention.text)
                         or _AGE.match(mention.text.split()[-1].lower()))))  # "The 58-year-old, a former …,"
            # "The Bristol-based firm, which supplies gas to 2.3 million homes, said": a body described
            body_described = mention is not None and mention.kind == MentionKind.DESCRIPTION and (
                first.lower() == "which" and mention.type == SpeakerType.ORGANIZATION)
            if mention and (mention.kind in (MentionKind.NAME, MentionKind.PRONOUN) or person or body_described):
                role = text[toks[segments[k - 1][0]].start:toks[segments[0][1] - 1].end].strip(" ,")
                body = role.split()[-1].lower() in ORG_WORDS | ORG_ROLE_NOUNS
                of_place = _person_of(text, toks, head_hi - 1, mention, entities, body=body)
                if of_place:  # what is said beside it is said of the place or body
                    return of_place if body else of_place._replace(role=of_place.role or _clean_role(role))
                return mention._replace(role=mention.role or _clean_role(role))
    return None


def _title_head_end(toks: list[_Tok], span: tuple[int, int]) -> int:
    """Where the words that may hold a title's role noun end in ``span``: its first three, or up
    to the "of", "to" or "for" its head takes ("The state Publicity Secretary of the Progressive
    Alliance Party")."""
    lo, hi = span
    link = next((k for k in range(lo + 1, hi) if toks[k].text in ("of", "to", "for")), hi)
    return max(min(hi, lo + 3 + (toks[lo].text == "the")), link)


def name_end(words: list[str]) -> int:
    """Where a name's words end before letters that say what the person is ("Aoife Ryan BL",
    "Jane Smith MP"); two words are always kept."""
    end = len(words)
    while end > 2 and words[end - 1].isupper() and words[end - 1].lower() in POST_NOMINALS:
        end -= 1
    return end


def _clean_role(role: str | None) -> str | None:
    """A role without edge punctuation; None where only a determiner is left, or where what
    stands beside the name is no noun phrase: an age ("58"), a clause ("who identifies as …",
    "the information is included in …") or an adjunct ("after previous rallies")."""
    role = (role or "").strip(" ,“”\"")
    if not role or role.lower() in DETERMINERS or role.replace("-", "").isdigit():
        return None
    words = role.lower().split()
    if words[0] in _NOT_ROLE_OPENERS or any(w in _FINITE_VERBS for w in words) or words[-1] in DOCUMENT_NOUNS:
        return None  # ... and a document ("a Washington Post analysis") is no role
    return role


# Words that open a clause or an adjunct, never a role; finite verbs a role never holds.
_NOT_ROLE_OPENERS = frozenset(
    "who whose whom which that where when after before along while because as since himself herself "
    "themselves itself speaking saying according in on at with during wearing".split())
_FINITE_VERBS = frozenset("is was are were has have had will would can could should does did".split())


_PARTY_TAG = re.compile(r"^[RDI]-[A-Z][\w.-]*$")
# A party or state tag in parentheses after a name: "(D)", "(R-Ky.)", "(Vt.)".
# A sentence opening on the question put to someone, to its first comma: "Asked what he would tell
# his players, ", "Asked by Morgan Ferris of Delacroix Partners whether …, "
ASKED_LEAD = re.compile(r"\s*(?:Asked|Pressed|Questioned|Quizzed)\s[^.?!,;“”\"\n]{0,160},\s+")
# A clause of when opening a sentence before its subject: "When I put this to her, ", "As the decision
# was read out, "
LEADING_CLAUSE = re.compile(r"(?:When|As|After|Before|While|Once)\s[^,;:“”\"\n]*,\s+")


# A role a sentence opens on, in apposition to the name after it: "Kingsbridge’s head coach, "
# (the name's first words may follow: "… head coach, Marcus ")
_ROLE_APPOSED_OPENING = re.compile(
    r"[ \t“\"]*(?:[A-Z][\w’'-]*\s+)?(?:[a-z][\w’'-]*\s+){0,3}([a-z-]+),\s+(?:[A-Z][\w’'.-]*\s+){0,3}")


def role_apposed_opening(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]``, a sentence's opening words before a name, is a role the name
    stands in apposition to ("Kingsbridge’s head coach, " before "Marcus Venn,")."""
    m = _ROLE_APPOSED_OPENING.fullmatch(text, lo, hi)
    return m is not None and (m.group(1) in ROLE_NOUNS or is_person_noun(m.group(1)))


def opens_leading_phrase(word: str) -> bool:
    """Whether a sentence's first word opens a phrase before its subject: an adverbial ("On",
    "Later", "During"), a participle ("Talking", "Asked", "Worried"; not "SkyMed", a name's
    capitals inside it)."""
    return word.lower() in LEADING_ADVERBIALS or (word.endswith(("ed", "ing")) and word[1:].islower())


_BYLINE = re.compile(r"^(?:By|Interview by)[ \t]+(?P<name>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})[ \t]*$", re.M)
_BYLINE_REACH = 400  # a byline stands under the headline


def byline_under_headline(text: str) -> re.Match | None:
    """The byline under an article's headline ("By Naa Adjeley Quaye"), its author as group "name"."""
    return _BYLINE.search(text, 0, _BYLINE_REACH)


# A parenthesis of capitalised words after a name: a seat, a party, a short form ("(Aljunied GRC)")
_CAPITALISED_ASIDE = re.compile(r"\((?:[A-Z][\w’'.&-]*\s*){1,5}\)")
PARTY_OR_STATE_TAG = re.compile(r"\((?:[DRI]-[A-Z][\w.]*|[A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]{0,4}\.)?|[DRI])\)")


def _opens_adverbial(word: str) -> bool:
    """Whether ``word``, opening a sentence, opens a phrase that sets the scene ("Speaking at a
    press conference in Lahore,", "In a statement,", "After the vote,"), never a speaker."""
    return word.lower() in LEADING_ADVERBIALS or (word[:1].isupper() and word.endswith("ing") and len(word) > 5)


# Prepositions opening an adjunct set off by commas between a subject and its cue ("The
# governor, in a statement on Monday, said"), in lower case: not a sentence's opening words.
_ADJUNCT_OPENERS = frozenset("in on at through via during".split())


def _opens_adjunct(toks: list[_Tok], segment: tuple[int, int]) -> bool:
    """Whether the words of ``segment`` are an adjunct ("in a statement on Monday"), not a
    relative clause ("in which he joked …")."""
    lo, hi = segment
    return toks[lo].text in _ADJUNCT_OPENERS and not (lo + 1 < hi and toks[lo + 1].text in ("which", "whom"))


def _titled_name(toks: list[_Tok], lo: int, hi: int) -> bool:
    """Whether the words from ``lo`` to ``hi`` are a name after a title ("Dr Rasaki Balogun"),
    which a title in the role words ("dr") would otherwise have opening an appositive; a role
    written as a title before a first name is one too ("Councillor Andrew Swaby-Morrison")."""
    title = toks[lo].text.lower().rstrip(".")
    return (hi - lo > 1 and toks[lo].text[:1].isupper() and _is_cap(toks[lo + 1].text) and (
        title in HONORIFICS or (title in ROLE_NOUNS and hi - lo > 2 and is_first_name(toks[lo + 1].text))))


def _opens_appositive(word: str, then: str = "") -> bool:
    """Whether ``word`` can open what is said of a name beside it: a determiner, a role, a
    number, a lower-case word, a party tag, someone's ("Roy Cooper, McCrory's opponent,"), a
    body's initials before a role (``then``, the word after it: "DMK MP", "KPMG partner") or a
    capitalised word before a role in lower case ("Scottish secretary", "Unite organiser")."""
    low = word.lower()
    return (
        low in _APPOSITIVE_OPENERS or low in ROLE_NOUNS or word[:1].isdigit() or word[:1].islower()
        or bool(_PARTY_TAG.match(word)) or (len(word) > 3 and low.endswith(("’s", "'s")))
        or word in PARTY_WORDS  # "Tammy Baldwin, Democrat of Wisconsin,"
        or (word.isupper() and word.isalpha() and len(word) > 1 and bool(then)
            and (then.lower().rstrip(".") in ROLE_NOUNS or is_person_noun(then)))  # "R. Tamizhselvi, DMK MP,"
        or (word[:1].isupper() and then.islower() and (then in ROLE_NOUNS or is_person_noun(then)))
        # "Derek Hanlon, Scottish secretary of the union,", "…, Unite organiser,"
    )


def _owners_role(toks: list[_Tok], segment: tuple[int, int], head: tuple[int, int]) -> bool:
    """Whether the words of ``segment`` are a role of a body of two capitalised words ("Janet
    Cole, Mercy Ridge's president,"), hold no verb ("…, Hillary Clinton's right-hand woman
    rallied supporters"), and follow a name in ``head`` that is no preposition's object (not "at
    Mar-a-Lago, Mr. Trump's private club,")."""
    lo, hi = segment
    words = [t.text for t in toks[lo + 2:hi]]
    if not (hi - lo >= 3 and _is_cap(toks[lo].text) and _is_cap(toks[lo + 1].text)
            and toks[lo + 1].text.endswith(("’s", "'s")) and len(toks[lo + 1].text) > 3
            and all(w.islower() for w in words) and not any(w.endswith("ed") for w in words)
            and (words[-1] in ROLE_NOUNS or is_person_noun(words[-1]))):
        return False
    j = head[1] - 1
    while j >= head[0] and (_is_cap(toks[j].text) or toks[j].text.endswith(".")):
        j -= 1  # back over the name and its initials
    return j < head[0] or toks[j].text.lower() not in _OBJECT_PREPOSITIONS


_OBJECT_PREPOSITIONS = frozenset("at in on to from of for by with about against into near".split())


_CONTRACTED_PRONOUN = re.compile(r"(he|she|they|it|i|we)[’'](?:s|re|ll|d|ve)$")


_AFTER_ONE = re.compile(r"\s*(?:(,)|(?:\w+ly\s+)?(\w+))")


_CLAUSE_ADVERBS = frozenset("still also just even never always already only".split())
# Nouns whose plural names a group that spoke ("Senators said", "Analysts say").
_PLURAL_ROLES_AND_GROUPS = ROLE_NOUNS | GROUP_NOUNS


def _one_speaks(text: str, end: int) -> bool:
    """Whether "One" ending at ``end`` stands alone as a speaker: "One, who …, said", "One said"."""
    m = _AFTER_ONE.match(text, end)
    return m is not None and (m.group(1) is not None or (m.group(2) or "").lower() in CUE_FORMS)


def _predicated_of(text: str, toks: list[_Tok], described: Mention, entities) -> Mention | None:
    """The person named as the subject of a copula whose complement, indefinite, holds
    ``described`` ("Tom Keating, was a house painter", "… was a blacksmith in Tuam"), or None."""
    h = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].start <= described.start), 0)
    article = next((k for k in range(h, max(0, h - _COMPLEMENT_REACH) - 1, -1)
                    if toks[k].text.lower() in ("a", "an") or not toks[k].text[:1].isalnum()), None)
    if article is None or not toks[article].text[:1].isalnum():
        return None
    k = article - 1
    if k <= 0 or toks[k].text.lower() not in _COPULAS:
        return None
    j = k - 2 if toks[k - 1].text == "," and k - 2 >= 0 else k - 1
    subject = _np_ending_at(text, toks, j, entities)
    if subject is None or subject.kind != MentionKind.NAME or subject.type != SpeakerType.PERSON:
        return None
    return subject


_COPULAS = frozenset(("is", "was", "remains", "remained", "became"))
_COMPLEMENT_REACH = 8  # words from a copula's "a" to the end of its complement


_APPOSED_ROLE_WORDS = 10  # the words of a role in apposition between a name and "who"


def _named_before_comma(text: str, toks: list[_Tok], c: int, entities, lo: int) -> Mention | None:
    """The person named just before the comma ``toks[c]`` that opens a role in apposition: "Priti
    Chauhan" of "Priti Chauhan, a councillor from …"; None where no comma or person's name is there."""
    named = _np_ending_at(text, toks, c - 1, entities, lo) if c > lo and toks[c].text == "," else None
    k = next((k for k in range(c - 1, lo, -1) if named is not None and toks[k].start == named.start), 0)
    if named is not None and named.name in STATES_AND_COUNTRIES and k > lo + 1 and toks[k - 1].text == "of":
        # "Sen. Dianne Feinstein of California, the ranking Democrat …": the senator, not her state
        named = _np_ending_at(text, toks, k - 2, entities, lo)
    if named is not None and named.kind == MentionKind.NAME and named.type != SpeakerType.ORGANIZATION:
        return named
    return None


def _description_span(text: str, start: int, end: int) -> Mention:
    """The words from ``start`` to ``end`` as a description of a person, with itself as its role:
    an office or a party's member that names no one ("the Energy Secretary", "a senior Tory")."""
    phrase = text[start:end]
    return Mention(start, end, phrase, MentionKind.DESCRIPTION, None, phrase, SpeakerType.PERSON)


def person_head(phrase: str) -> bool:
    """Whether a description's last word is a noun for a person ("a councillor from …")."""
    head = phrase.split()[-1].lower() if phrase.split() else ""
    return head in ROLE_NOUNS or is_person_noun(head)


def _np_ending_at(text: str, toks: list[_Tok], i: int, entities=None, lo: int = 0) -> Mention | None:
    """The noun phrase whose last token is ``toks[i]``."""
    word = toks[i].text
    low = word.lower()
    if low == "ago" or (low == "point" and i - 2 >= lo and toks[i - 2].text.lower() == "at"):
        return None  # "shot dead … almost half a century ago", "at one point even admonishing": a time
    if word.isdigit() and i - 1 > lo and toks[i - 1].text == "Local":
        # "Brookfield Township Professional Firefighters Local 3982 said": a union's local, by number
        local = _np_ending_at(text, toks, i - 1, entities, lo)
        if local is not None and local.kind == MentionKind.NAME:
            whole = text[local.start:toks[i].end]
            return local._replace(end=toks[i].end, text=whole, name=whole, type=SpeakerType.ORGANIZATION)
    contracted = _CONTRACTED_PRONOUN.match(low)
    if contracted:  # "He’s claiming …"
        return pronoun_mention(toks[i].start, word[:len(contracted.group(1))])
    if low in ("who", "which") and i > lo:
        # "the Chicago Police Department, which reported …": the relative pronoun as written,
        # naming the phrase it follows
        j = i - 1 if toks[i - 1].text != "," else i - 2
        antecedent = _np_ending_at(text, toks, j, entities, lo) if j >= lo else None
        place = antecedent is not None and (
            antecedent.type == SpeakerType.ORGANIZATION or antecedent.name in STATES_AND_COUNTRIES
            or any(w.lower() in PLACE_WORDS for w in (antecedent.name or "").split()[-1:]))
        if antecedent and low == "who" and antecedent.kind == MentionKind.NAME:
            # "nervous Democrats on Capitol Hill, who have argued …": who is the people, not the
            # place; "Priti Chauhan, a councillor from neighbouring Ossett, who said", "Deborah
            # Kershaw, a childminder from Moorside, who": the one the role is apposed to, whatever
            # the place's name reads as
            k = next((k for k in range(j, lo - 1, -1) if toks[k].start < antecedent.start), -1)
            if k > lo + 1 and toks[k].text.islower() and toks[k - 1].text in ("in", "at", "from", "of"):
                k -= 1  # "from neighbouring Ossett"
            if k > lo and toks[k].text.lower() in ("on", "in", "at", "from", "of"):
                people = _np_ending_at(text, toks, k - 1, entities, lo)
                named = None
                if people is not None and people.kind == MentionKind.DESCRIPTION:
                    c = next((c for c in range(k - 1, lo - 1, -1) if toks[c].start < people.start), -1)
                    named = _named_before_comma(text, toks, c, entities, lo)
                # a role's noun, or any noun in apposition to a person's name ("a childminder")
                role = people is not None and people.kind == MentionKind.DESCRIPTION and (
                    person_head(people.text) or named is not None)
                if place or antecedent.type != SpeakerType.PERSON:
                    if people and people.kind in (MentionKind.NAME, MentionKind.GROUP, MentionKind.DESCRIPTION) and (
                            place or role):
                        antecedent = named or people
                elif named is not None:
                    antecedent = named
        if low == "which":  # "the health ministry in Gaza, which said": the body in the place
            antecedent = _body_in_place(text, toks, antecedent, entities, lo)
        antecedent = _portfolio_holder(text, antecedent)  # "TD for Galway West Pádraig Ó Súilleabháin, who"
        if antecedent is not None and antecedent.kind == MentionKind.DESCRIPTION and low == "who":
            # "people familiar with the matter, who described …": the people, not the matter
            antecedent = _postmodified_subject(text, toks, antecedent, entities) or antecedent
        if low == "who" and toks[i - 1].text == "," and (
                antecedent is None or antecedent.kind == MentionKind.DESCRIPTION):
            # "Mark Tennant, the WSA’s director of enforcement, who said": the one the role is apposed to
            c = next((c for c in range(j, max(lo, j - _APPOSED_ROLE_WORDS) - 1, -1) if toks[c].text == ","), -1)
            role_opens = c >= lo and c + 1 < j and (toks[c + 1].text.lower() in ("the", "a", "an")
                                                   or toks[c + 1].text.endswith(("’s", "'s")))
            antecedent = (_named_before_comma(text, toks, c, entities, lo) if role_opens else None) or antecedent

        if antecedent and antecedent.kind in (MentionKind.NAME, MentionKind.DESCRIPTION, MentionKind.GROUP):
            kind = MentionKind.RELATIVE if antecedent.kind == MentionKind.NAME else MentionKind.DESCRIPTION
            if low == "which" and antecedent.type == SpeakerType.PERSON:
                # "law firm Cole Amesbury, which says …": "which" is never a person
                antecedent = antecedent._replace(type=SpeakerType.ORGANIZATION)
            return antecedent._replace(start=toks[i].start, end=toks[i].end, text=word, kind=kind)
        return None
    if low in ("one", "another") and (i == lo or toks[i - 1].text in ".!?" or (
            word.islower() and toks[i - 1].text in "”\"’")) and _one_speaks(text, toks[i].end):
        # "One, who asked not to be named, said", "“…,” one wrote.", "Another added:": one of the
        # people just spoken of
        return Mention(toks[i].start, toks[i].end, word, MentionKind.DESCRIPTION, None, None, SpeakerType.PERSON)
    if _DECADE.fullmatch(word):  # "One man in his 50s", "a woman in her late 70s": the one of that age
        k = next((k for k in range(i - 2, max(lo, i - 4) - 1, -1) if toks[k].text == "in"), -1)
        if k > lo and toks[k + 1].text.lower() in ("his", "her", "their"):
            return _np_ending_at(text, toks, k - 1, entities, lo)
        return None
    if (low in COUNTS or low.isdigit()) and i - 2 >= lo and toks[i - 1].text == "of" and (
            is_person_noun(toks[i - 2].text.lower())):
        # "the 52-year-old mother of four", "the father of two": the parent, with what the count tells of them
        parent = _np_ending_at(text, toks, i - 2, entities, lo)
        if parent is not None and parent.kind == MentionKind.DESCRIPTION:
            phrase = text[parent.start:toks[i].end]
            return parent._replace(end=toks[i].end, text=phrase, role=phrase)
    if low in PRONOUNS:
        return pronoun_mention(toks[i].start, word)
    one_of_a_country = _one_of_a_country(toks, i, lo)
    if _is_cap(word) and low not in NP_STOP_WORDS and not one_of_a_country:
        j = i
        while j - 1 >= lo:
            inner = _inner_link(toks, j, i, lo)  # "for a", "at" inside a body's name: stepped over whole
            joined = _body_with_and(toks, j - 1, lo)
            if joined >= 0:  # "Centers for Disease Control and Prevention": from the body's head on
                j = joined
                continue
            if not (
                (_is_cap(toks[j - 1].text) and toks[j - 1].text.lower() not in ("the", "a", "an")
                 or toks[j - 1].text.lower() in NAME_PARTICLES
                 # "Mac an Bhaird"
                 or (toks[j - 1].text == "an" and j - 2 >= lo and toks[j - 2].text in ("Mac", "Nic")))
                or (toks[j - 1].text == "the" and j - 3 >= lo and toks[j - 2].text in ("of", "for")
                    and _is_org_head(toks[j - 3].text))  # "Office of the Auditor General": the body's name
                # "Carolina Freedom to Read Project", "Campaign to Protect Rural England"
                or (toks[j - 1].text.lower() in ("of", "for", "on", "and", "&", "to") and j - 2 >= lo
                    and _is_cap(toks[j - 2].text) and _org_like(toks, j, i) and not _ends_body(toks, j - 2, lo))
                or (toks[j - 1].text == "for" and j - 2 >= lo and _opens_body_for(toks, j - 2, lo))
                or inner > 0
            ):
                break
            j -= inner or 1
        if j < i and j > lo and toks[j - 1].text.lower() == "the" and word.isupper() and low in POST_NOMINALS:
            # "the Dublin Bay North TD", "the Bolton MP": a member for a place, as "the Indiana governor"
            return _description_span(text, toks[j - 1].start, toks[i].end)
        if (j == i and i == lo and low in ROLE_NOUNS and text[toks[i].start - 1:toks[i].start] in ("", "\n")
                and not any(is_first_name(m.group(1)) for m in re.finditer(
                    rf"([A-Z][\w.’'-]*)\s+{re.escape(word)}\b", text))):
            # "Lawmaker urges retaliation on Russia", "Governor dismisses …" over "Nairobi Governor Joseph
            # Waweru": a role opening a headline, no one's name; "King said" after Gayle King is her
            return Mention(toks[i].start, toks[i].end, word, MentionKind.DESCRIPTION, None, word, SpeakerType.PERSON)
        if j < i or not _capital_only_opens_sentences(text, toks[i], entities):
            return _name_phrase(text, toks, j, i, lo, entities)
        # "Following a meeting, …": read as the word it would be mid-sentence; a plural
        # opening a sentence ("Opponents say", "Others warned") names a group.
        if low.endswith("s") and not low.endswith("ss") and low not in _DESCRIPTION_HEADS:
            return Mention(toks[i].start, toks[i].end, word, MentionKind.GROUP, None, word, SpeakerType.UNKNOWN)
    if (low in _DESCRIPTION_HEADS or (low.endswith("s") and low[:-1] in _DESCRIPTION_HEADS) or _AGE.match(low)
            or is_person_noun(low) or _determined(toks, i, lo) or one_of_a_country):
        j, reach = i, i - 6
        while j - 1 >= lo and j > reach:
            prev = toks[j - 1].text
            if prev == ")" and low in ORG_ROLE_NOUNS and j - 4 >= lo and toks[j - 3].text == "(" and (
                    _abbreviates(toks, j - 3)):
                # "The World Health Organization (WHO) country office said": the body, through its office
                return _np_ending_at(text, toks, j - 4, entities, lo)
            body = _body_with_and(toks, j - 1, lo) if prev == "and" else -1
            if body >= 0:  # "a Maritime and Coastguard Agency spokesperson"
                j, reach = body, min(reach, body - 2)
                continue
            if prev == "and" and toks[j].text.lower() not in DETERMINERS and not low.endswith("s"):
                # "The former first lady and U.S. senator said": one person with two roles
                opening = next((k for k in range(j - 2, max(lo, j - 6) - 1, -1)
                                if toks[k].text.lower() in ("the", "a", "an")), None)
                if opening is not None and all((t.text.isalpha() or t.text.endswith(".")) and (
                        t.text.lower() not in _NOT_ROLE_WORDS) for t in toks[opening + 1:j - 1]):
                    j = opening
                break
            if (prev in ("for", "of") and j - 2 >= lo and _is_cap(toks[j - 2].text) and _is_cap(toks[j].text)
                    and (SPOKESPERSON_HEAD.fullmatch(low) or _is_org_head(toks[j - 2].text))):
                # "a Transport for London spokesman", "a senior Department for Infrastructure official":
                # the body's name holds its "for"
                j -= 2
                continue
            if prev in ("No", "No.") and toks[j].text.isdigit():
                j -= 1  # "A No 10 source": Downing Street's number, not "no"
                continue
            compound = prev.endswith("s") and j >= 2 and toks[j - 2].text.islower() and (
                toks[j - 2].text not in PRONOUNS and toks[j - 2].text not in CUE_FORMS) and (
                toks[j].text in ROLE_NOUNS or is_person_noun(toks[j].text))  # "a regional claims manager"
            if prev in ",;:()“”\"—–" or (prev.lower() in NP_STOP_WORDS and prev.lower() not in DETERMINERS) or (
                    prev.lower() in _CLAUSE_ADVERBS or (prev.islower() and prev in CUE_FORMS and not compound)):
                # "parents still want neighborhood schools", "Others reported supervisors": clauses,
                # their noun phrases "neighborhood schools" and "supervisors"
                break
            j -= 1
            if prev.lower() in DETERMINERS:
                break
        phrase = text[toks[j].start:toks[i].end]
        if low in GROUP_NOUNS or (low.endswith("s") and low[:-1] in _PLURAL_ROLES_AND_GROUPS and low not in ORG_WORDS):
            return Mention(toks[j].start, toks[i].end, phrase, MentionKind.GROUP, None, phrase, SpeakerType.UNKNOWN)
        mtype = (SpeakerType.ORGANIZATION if low in ORG_ROLE_NOUNS
                 else SpeakerType.PERSON if low in ROLE_NOUNS or one_of_a_country else SpeakerType.UNKNOWN)
        return Mention(toks[j].start, toks[i].end, phrase, MentionKind.DESCRIPTION, None, phrase, mtype)
    return None


_NOT_ROLE_WORDS = NP_STOP_WORDS | DETERMINERS | frozenset(PRONOUNS)  # never inside "the mayor and former judge"


def _one_of_a_country(toks: list[_Tok], i: int, lo: int) -> bool:
    """Whether ``toks[i]`` is a noun for a person of a country after "the" and words in lower case
    ("the Spaniard", "the experienced Dutchman", "the German"): a description, not a name."""
    if nationality_of(toks[i].text) is None:
        return False
    for j in range(i - 1, max(lo, i - 4) - 1, -1):
        if toks[j].text.lower() == "the":
            return True
        if not (toks[j].text.islower() or _AGE.match(toks[j].text)) or toks[j].text in NP_STOP_WORDS:
            return False
    return False


def _determined(toks: list[_Tok], i: int, lo: int) -> bool:
    """Whether a lowercase word heads a noun phrase opened by a determiner ("one Trump confidant")."""
    if not toks[i].text.isalpha() or toks[i].text.lower() in NP_STOP_WORDS or toks[i].text.endswith(("ed", "ing")):
        return False
    for j in range(i - 1, max(lo, i - 5) - 1, -1):
        w = toks[j].text.lower()
        if w in DETERMINERS:
            return True
        if w in NP_STOP_WORDS or toks[j].text in ",;:()“”\"—–":
            return False
    return False


def _inner_link(toks: list[_Tok], j: int, i: int, lo: int) -> int:
    """How many lower-case words before ``toks[j]`` a body's name holds within it: "for a" in
    "Committee for a Responsible Federal Budget", "at" in "University of California at
    Berkeley" (a state's university and its campus); 0 where none."""
    if j - 3 < lo or not _is_cap(toks[j - 2].text) and toks[j - 2].text != "a":
        return 0
    if (toks[j - 2].text == "a" and toks[j - 3].text in ("for", "of") and j - 4 >= lo
            and _is_cap(toks[j - 4].text) and _org_like(toks, j - 3, i)):
        return 2
    if toks[j - 1].text == "at" and (toks[j - 2].text in STATES_AND_COUNTRIES) and _org_like(toks, j - 1, i):
        return 1
    return 0


def _opens_body_for(toks: list[_Tok], k: int, lo: int) -> bool:
    """Whether ``toks[k]``, a capitalised word before "for" and a name, opens a body's name in
    which "for" joins what it does to whom ("Transport for London", "Housing for Wales"): a
    word alone, for no person, role or group, and no word a name may follow ("Minister for
    Health Simon Harris" is a title; "Except for Smith", "Cameron Easley for Morning Consult"
    name no body). A body's head noun ("Centers for …") is read by :func:`_name_phrase`."""
    word = toks[k].text
    low = word.lower()
    alone = k == lo or toks[k - 1].text in ("the", "The") or not _is_cap(toks[k - 1].text)
    return (alone and word[:1].isupper() and word.isalpha() and word[1:].islower() and low not in _NOT_NAME_LEADS
            and not _is_title(low) and low not in ROLE_NOUNS and not is_person_noun(low) and not names_people(low)
            and low not in GROUP_NOUNS and not is_first_name(word) and not _is_org_head(word))


def _org_like(toks: list[_Tok], j: int, i: int) -> bool:
    """Whether the capitalised run ending at ``i`` names a body ("Ministry of Defense"), its head
    a few capitalised words before ("Association of Municipalities of Ontario")."""
    if any(t.text.lower() in ORG_WORDS for t in toks[max(0, j - 3):i + 1]):
        return True
    if j >= 2 and _local_government(toks, j - 2):
        return True  # "the City of Cape Town said": the municipality
    if any(is_first_name(t.text) or _is_title(t.text.lower().rstrip(".")) for t in toks[j:i + 1]):
        return False  # "House Speaker Paul D. Ryan of Wisconsin": a person of a place
    k = j - 1
    while k > 0 and j - k < _BODY_NAME_WORDS and (_is_cap(toks[k - 1].text) or toks[k - 1].text in _BODY_LINKS):
        k -= 1  # "Office for the Southern District of", "Association of Municipalities of"
        if toks[k].text in _BODY_LINKS and _is_org_head(toks[k - 1].text.removesuffix("’s").removesuffix("'s")):
            return True  # the body's head before what it is of or for
    return False


_AND_SPOUSE = re.compile(r"\s+and\s+(?:his|her)\s+(?:wife|husband|partner)$")  # "Mr Roberts and his wife", Siân
_RETIRED = frozenset(("retd", "rtd", "ret", "retired"))  # "Maj Gen (retd)", as South Asian news writes a rank
_BRACKETED_TITLES = _RETIRED | HONORIFICS  # "(retd)" after a rank, "Chief (Mrs.)"
_BODY_NAME_WORDS = 8  # the most words before the last of a body's name read for its head
_BODY_LINKS = frozenset(("of", "for", "the", "and", "&", "on"))
_LOCAL_GOVERNMENTS = word_set("local_government_heads")


def _local_government(toks: list[_Tok], k: int, lo: int = 0) -> bool:
    """Whether ``toks[k]`` opens a local government's name after "the": "the City of Cape Town",
    "the Town of Oakville" (a body that speaks, not the place)."""
    return (lo < k and k + 1 < len(toks) and toks[k].text[:1].isupper() and toks[k].text.lower() in _LOCAL_GOVERNMENTS
            and toks[k + 1].text == "of" and toks[k - 1].text.lower() == "the")


def _is_org_head(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in ORG_WORDS or (low.endswith("s") and low[:-1] in ORG_WORDS)  # "Centers for …"


# Endings of abstract nouns, which no surname has ("Development", "Prevention", "Importers").
_ABSTRACT_ENDINGS = ("ment", "tion", "sion", "ity", "ance", "ence", "ness", "ers", "ics", "ogy", "ure")


def _ends_body(toks: list[_Tok], k: int, lo: int) -> bool:
    """Whether ``toks[k]`` closes a body's whole name, its head after other capitalised words
    ("Exchange Commission" before "and Vermont"), so that "and" after it begins another name."""
    return k > lo and toks[k + 1].text == "and" and _is_org_head(toks[k].text) and _is_cap(toks[k - 1].text) and (
        toks[k - 1].text.lower() not in _NOT_NAME_LEADS)


def _body_with_and(toks: list[_Tok], k: int, lo: int = 0, names: Container[str] = ()) -> int:
    """Where the body's name begins whose words the "and" at ``toks[k]`` joins ("Securities and
    Exchange Commission", "Maritime and Coastguard Agency"), else -1: the capitalised words after
    it end in a body's head noun, and those before it name nothing by themselves: no body with
    its head or its initials ("New York Times and CBS News", "FBI and Justice Department" are two,
    as are "Senate and House"), no place, no person ("Hillary Clinton and Clinton Foundation"), nor
    a word alone of ``names``, the words of people's names known (in lower case)."""
    if not (lo < k < len(toks) - 1 and toks[k].text == "and" and _is_cap(toks[k - 1].text)):
        return -1
    end = k + 1
    while end + 1 < len(toks) and _is_cap(toks[end + 1].text):
        end += 1
    start = k - 1
    while start - 1 >= lo and _is_cap(toks[start - 1].text) and toks[start - 1].text.lower() not in _NOT_NAME_LEADS:
        start -= 1
    before = [t.text for t in toks[start:k]]
    after = [t.text for t in toks[k + 1:end + 1]]
    # "Center for Strategic and International Studies": the head comes first, and what follows
    # "and" names no person ("University of Chicago and Professor Knittel") nor place
    # ("Centers for Disease Control and Prevention", "Department of Housing and Urban Development",
    # "Federation of Ghana Traders and Importers"): a word that ends like an abstract noun is no surname
    abstract = after[-1].lower().endswith(_ABSTRACT_ENDINGS)
    # ... or a spokesperson's: "a spokesperson for South Yorkshire Fire and Rescue" speaks for one body
    headed = (start - 2 >= lo and toks[start - 1].text in ("of", "for", "on")
              and (_is_org_head(toks[start - 2].text)
                   or (toks[start - 1].text == "for" and SPOKESPERSON_HEAD.fullmatch(toks[start - 2].text) is not None))
              and len(after) <= 3 and not any(_is_title(w.lower().rstrip(".")) for w in after)
              and (abstract or not is_first_name(after[0]))
              and not any(w in COUNTRIES or w in US_STATES for w in after + before[-1:]))
    if not _is_cap(toks[k + 1].text) or not (_is_org_head(toks[end].text) or headed):
        return -1
    # "Department of Water and Sanitation", "Ministry of Natural Resources and Environment": a
    # portfolio of two, the second an abstract noun, whatever the first
    portfolio = headed and abstract and len(after) == 1
    if len(before) > 1 and not portfolio and (_is_org_head(before[-1]) or is_first_name(before[0])
                                              or any(_is_title(w.lower().rstrip(".")) for w in before[:-1])):
        return -1  # "Mayor Tom Hale and Water Authority"; but "Irish Nurses and Midwives Organisation"
    if (len(before) == 1 and len(after) == 1 and _is_org_head(before[0]) and not portfolio) or (
            before[-1].isupper() and len(before[-1]) > 1):
        return -1
    if any(w.endswith(("’s", "'s")) or w.lower() in PRONOUNS or (w in COUNTRIES or w in US_STATES) and not headed
           for w in before) or (
            len(before) == 1 and before[0].lower() in names):  # "Clinton and State Department"
        return -1
    return start - 2 if headed and not _is_org_head(toks[end].text) else start


def split_bodies(run: str, names: Container[str] = ()) -> list[str]:
    """A run of capitalised words cut at each "and" that joins two names, not at one inside a
    body's name: "Securities and Exchange Commission and Vermont" → "Securities and Exchange
    Commission", "Vermont"; ``names`` are the words of people's names known (in lower case)."""
    if " and " not in run:
        return [run]
    toks = _tokens(run, 0, len(run))
    cuts = [t for k, t in enumerate(toks) if t.text == "and" and _body_with_and(toks, k, 0, names) < 0]
    bounds = [0, *(x for t in cuts for x in (t.start, t.end)), len(run)]
    return [run[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2], strict=True) if run[a:b].strip()]


# Words that qualify a role left of a name ("former Secretary of State", "senior adviser").
_ROLE_QUALIFIER_WORDS = frozenset(("former", "top", "senior", "chief", "deputy", "acting", "vice"))


def _person_of_body(toks: list[_Tok], j: int, i: int) -> int | None:
    """Where the "of" stands in a run that names a person and then the body they are of
    ("Nicholas Foo of Straits Meridian Securities"): a first name nearly always given to one
    gender, one or two capitalised words or particles after it, "of", and a body's name ending
    on its head."""
    if not _is_org_head(toks[i].text):
        return None
    for m in range(j + 2, min(i, j + 7)):
        if toks[m].text == "of" and m + 1 < i and _is_cap(toks[m + 1].text):
            first = next((k for k in range(max(j, m - 5), m - 1) if is_first_name(toks[k].text)
                          and guessed_first_name(toks[k].text) in ("male", "female")), None)
            if first is not None and _is_cap(toks[m - 1].text) and all(
                    _is_cap(t.text) or t.text.lower() in NAME_PARTICLES for t in toks[first + 1:m]):
                return m  # "Maarten de Groot of …": a surname's particle is no break in the name
            return None
    return None


def _title_in_body(toks: list[_Tok], j: int, k: int) -> bool:
    """Whether the title at ``toks[k]`` is a word of a body's name, just after "of" or "of the"
    after the body's head, and before no first name: "College of General Practitioners", "Office
    of the Chief Medical Officer"; not "Board of Governors Jerome Powell"."""
    at = k - 2 if k - 1 > j and toks[k - 1].text == "the" else k - 1
    return (at > j and toks[at].text in ("of", "for") and _is_org_head(toks[at - 1].text)
            and not is_first_name(toks[k + 1].text))


_ORDINAL_TITLES = frozenset(("First", "Second", "Third"))  # "the First Minister", "the Second Lord"
# Determiners of one: "the Republican" is a person, "many Republican claims" are claims
_ONE_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "one", "another"))


def _named_with_the(toks: list[_Tok], j: int, i: int, lo: int) -> bool:
    """Whether the capitalised run ``toks[j:i+1]`` is a body's name by the "the" before it, as
    no person's is ("the Canadian Red Cross"): two words or more, none a title or role, none an
    honorific, and a demonym or place opening it."""
    if not (j > lo and toks[j - 1].text in ("the", "The") and i > j):
        return False
    words = [t.text for t in toks[j:i + 1]]
    if words[-1] in DEMONYMS or words[-1] in PARTY_WORDS or any(w.endswith(("’s", "'s")) for w in words):
        return False  # "the South Carolina Republican", "the Washington Post’s Ed O'Keefe": people
    if len(words) > 2 and is_first_name(words[1]) and guessed_first_name(words[1]) in ("male", "female"):
        return False  # "the Australian Ash Barty"
    return (words[0] in DEMONYMS or words[0] in COUNTRIES) and not any(
        w.lower().rstrip(".") in _TITLE_WORDS for w in words)  # "the Republican Party of Wyoming" is a body


def _name_phrase(text: str, toks: list[_Tok], j: int, i: int, lo: int, entities) -> Mention | None:
    """Split a capitalised run into role and name, and extend the role leftwards."""
    of = _person_of_body(toks, j, i)
    if of is not None:  # "Analyst Nicholas Foo of Straits Meridian Securities called": the person, of the body
        person = _name_phrase(text, toks, j, of - 1, lo, entities)
        if person is not None and person.kind == MentionKind.NAME and person.type != SpeakerType.ORGANIZATION:
            affiliation = text[toks[of].start:toks[i].end]
            return person._replace(end=toks[i].end, text=text[person.start:toks[i].end],
                                   role=f"{person.role} {affiliation}" if person.role else affiliation)
    native = nationality_of(toks[i].text) if i > j and j > lo and toks[j - 1].text.lower() in DETERMINERS else None
    if native and (all(t.text in DEMONYMS for t in toks[j:i]) or native.split()[:-1] == [t.text for t in toks[j:i]]):
        # "the South African", "the New Zealander": one of a country's people, as "the German" is
        return _description_span(text, toks[j - 1].start, toks[i].end)
    # A body is named whole ("U.S. State Department", "South Korean Foreign Ministry").
    run = " ".join(t.text for t in toks[j:i + 1] if t.text.lower() != "the").lower()
    is_org = (toks[i].text.lower().strip(".") in ORG_WORDS or toks[i].text in ORG_NAMES or run in MULTIWORD_PLACES
              or (i > j and toks[i].text.lower() in DOCUMENT_NOUNS)  # "American Community Survey"
              # "Centers for …", "General Confederation of Labour"
              or (i > j + 1 and _local_government(toks, j, lo))  # "the City of Cape Town"
              or (i > j + 1 and any(_is_org_head(toks[m].text) and toks[m + 1].text in ("of", "for")
                                    for m in range(j, min(i, j + 2))))
              or _named_with_the(toks, j, i, lo)  # "The Canadian Red Cross"
              or (i > j + 1 and toks[j + 1].text == "for" and _opens_body_for(toks, j, lo)))  # "Transport for London"
    split = j
    for k in range(i - 1, j - 1, -1) if not is_org else ():
        w = toks[k].text.lower().rstrip(".")
        # a title goes to the role ("Pennsylvania Gov. Ed Rendell", "Senators Ann Kraus and …"); a
        # courtesy title stays with the name; so does a noun for the person opening the run
        # ("Pensioner Margaret Allen")
        after = toks[k + 1].text.lower()  # "Doctors Without Borders" is a body, no doctor called Borders
        # a rank's last word: "Det Con", no Con; "Petty Officer 2nd Class Kyle Pruitt", "Airman First Class"
        rank_end = k > j and ((w == "con" and toks[k - 1].text.lower().rstrip(".") == "det")
                              or (w == "class" and toks[k - 1].text.lower() in RANK_CLASSES))
        plural_body = (w not in _TITLE_WORDS and _is_title(w) and not is_first_name(toks[k + 1].text)
                       and not any(t.text == "and" for t in toks[k + 1:i + 1])
                       and not text.startswith(" and ", toks[i].end))
        # ("Senators Ann Kraus and …" are two; "Commercial Broadcasters Australia" is one body)
        # a role's initials before a first name and a surname ("Conservative MS Mark Pugh", "Labour
        # MSP Ann Kerr"): the role, not the courtesy title "Ms", nor a name ("JD Vance")
        initials = (toks[k].text.isupper() and toks[k].text.isalpha() and len(toks[k].text) > 1 and k < i - 1
                    and is_first_name(toks[k + 1].text))
        if ((_is_title(w) and not plural_body or rank_end) and w not in COURTESY_TITLES and k < i and (
                after not in _NOT_NAME_LEADS or after in _BODY_LINKS)) or (
                k == j and k < i - 1 and is_person_noun(w)) or initials:
            if not _title_in_body(toks, j, k):
                split = k + 1
            break
    # Leading places and demonyms belong to the role ("Russia Wi Sung-lac" after "ambassador to").
    branch = national_party([t.text for t in toks[j:i + 1]])  # "Scottish Labour"
    while not is_org and not branch and split < i and (
            toks[split].text in COUNTRIES or toks[split].text in DEMONYMS):
        if split == i - 1 and split == j and is_first_name(toks[split].text) and j > lo and toks[j - 1].text.islower():
            break  # "her boyfriend Jordan Asante": a first name, not the country
        if toks[split].text in _COMPASS and not is_first_name(toks[split + 1].text):
            break  # "Northern Corridor Rail", "South Western Railway": a body's name, not a region's role
        split += 1
    party = split
    while not is_org and party < i and toks[party].text in PARTY_WORDS:
        party += 1
    if party > split and party < i and is_first_name(toks[party].text):
        split = party  # "Liberal Democrat Ruth Okonjo", "Conservative Tom Hale": the party is what they are
    name_toks = toks[split:i + 1]
    owners = [k for k, t in enumerate(name_toks[:-2]) if t.text.endswith(("’s", "'s"))
              and (t.text[:-2].isupper() or t.text[:-2] in ORG_NAMES or t.text[:-2] in PARTY_WORDS
                   or is_first_name(name_toks[k + 1].text))]  # "Harbour Street’s Lauren Petrie": a show's
    owned_body = is_org and owners and name_toks[owners[-1]].text[:-2].isupper() and any(
        t.text.lower() in ORG_WORDS for t in name_toks[owners[-1] + 1:])  # "The EU’s General Court": the union's body
    if owners and (not is_org or owned_body):  # "NBC’s Dante Chinni": the outlet that owns the name goes to the role
        split += owners[-1] + 1
        name_toks = name_toks[owners[-1] + 1:]
    while name_toks and (name_toks[0].text.lower() in _NOT_NAME_LEADS
                         or name_toks[0].text.lower().endswith("-year-old")):
        # "With Democratic …", "Meanwhile Trump", "In August", "Neither Trump", "Sixty-seven-year-old Pearline Brown"
        name_toks = name_toks[1:]
    # "Ms Aoife Ryan BL": the letters say what she is; but "One Nationals MP", "a Sinn Féin MLA" are a
    # party's members, no one called by the party's name
    named = name_toks[:name_end([t.text for t in name_toks])]
    name_toks = name_toks if named and all(t.text in PARTY_WORDS for t in named) else named
    det = j - 1  # the determiner, before an adjective or two: "One senior Tory", "a veteran Democrat"
    while det > max(lo, j - 3) and toks[det].text.isalpha() and toks[det].text.islower() and (
            toks[det].text not in STOP_WORDS and toks[det].text not in CUE_FORMS):
        det -= 1
    if det < j - 1 and det >= lo and toks[det].text.lower() in _ONE_DETERMINERS and name_toks and all(
            t.text in PARTY_WORDS or t.text.lower().rstrip(".") in ROLE_NOUNS for t in name_toks) and (
            name_toks[-1].text.lower().rstrip(".") in ROLE_NOUNS | PARTY_MEMBERS) and any(
            t.text in PARTY_WORDS or t.text.lower() in PARTY_MEMBERS for t in name_toks):
        return _description_span(text, toks[det].start, toks[i].end)  # "a senior Labour MP": no one's name
    # the determiner before the run, or opening it where the run opens the sentence ("One Nationals MP")
    lead = toks[j - 1] if j > lo else (
        toks[j] if name_toks and len(name_toks) <= i - j and toks[j].text.lower() in _ONE_DETERMINERS else None)
    if name_toks and lead is not None and lead.text.lower() in DETERMINERS and (
            name_toks[-1].text.lower().rstrip(".") in ROLE_NOUNS) and all(
            t.text in DEMONYMS or t.text in PARTY_WORDS or t.text.lower().rstrip(".") in ROLE_NOUNS
            or t.text in US_STATES or t.text in _ORDINAL_TITLES for t in name_toks) and (
            name_toks[-1].text.lower() not in PARTY_MEMBERS or lead.text.lower() in _ONE_DETERMINERS) or (
            name_toks and j > lo and toks[j - 1].text.lower() == "the" and len(name_toks) <= 3
            and name_toks[-1].text.lower() in PARTY_MEMBERS and not any(is_first_name(t.text) for t in name_toks)):
        # "the Reading Democrat", "the Brooklyn Republican": a party's member by the place they are of
        # "the Conservative MP", "Labour MSP", "the First Minister": a title with its party, place
        # or rank names no one by itself
        return _description_span(text, (lead or toks[j - 1]).start, toks[i].end)
    if (name_toks and j > lo and toks[j - 1].text in ("the", "The") and 2 <= len(name_toks) <= 3 and not is_org
            and name_toks[-1].text.lower().rstrip(".") in ROLE_NOUNS and i == j + len(name_toks) - 1
            and not any(is_first_name(t.text) or t.text.lower().rstrip(".") in HONORIFICS
                        or t.text.endswith(("’s", "'s")) for t in name_toks)):
        # "The Energy Secretary told The Telegraph": an office with its portfolio, no one's name
        return _description_span(text, toks[j - 1].start, toks[i].end)
    # ... or "Chief Constable warns …", a title before a role noun and no name at all
    office = name_toks if len(name_toks) != 1 or split != j + 1 else toks[j:i + 1]
    if (office and 2 <= len(office) <= 3 and office[-1].text.lower() in ROLE_NOUNS and not is_org
            and (j == lo or text[toks[j].start - 1:toks[j].start] == "\n")
            and not any(is_first_name(t.text) or (t.text.isupper() and t is not office[-1])
                        or t.text.lower().rstrip(".") in HONORIFICS
                        or t.text.endswith(("’s", "'s")) for t in office)):  # not "Mr. Singer", nor "Sheikh" alone
        # (a title's initials end it: "Opposition MK accuses …")
        # a headline's "Health Minister says …": an office, whose holder the story names below
        return _description_span(text, office[0].start, toks[i].end)
    if not name_toks or all(all(p in _NOT_NAMES for p in t.text.lower().split("-")) for t in name_toks) or (
        all(t.text in DEMONYMS for t in name_toks) and (len(name_toks) > 1 or name_toks[0].text in _ADJECTIVE_ONLY)
    ):
        return None  # "Republican", "North Korean": adjectives, not speakers ("Cuban" may be Mark Cuban)
    start = name_toks[0].start if name_toks else toks[j].start
    name = _GLUED_TIME.sub("", " ".join(t.text for t in name_toks).rstrip(".,"))
    if name_toks and _PLURAL_POSSESSIVE.search(text, name_toks[0].start, name_toks[-1].end):
        name = " ".join(text[name_toks[0].start:name_toks[-1].end].split())  # "Employers’ Association"
    if len(name_toks) > 1 and " & " in text[name_toks[0].start:name_toks[-1].end]:
        name = " ".join(text[name_toks[0].start:name_toks[-1].end].split())  # "Marks & Spencer", as written
        is_org = True  # an ampersand joins the words of a body's name, never a person's
    if name.endswith(("’s", "'s")):
        name = name[:-2]
    # Role: title words inside the run, then role words and determiners to its left.
    r = j
    while r - 1 >= lo and r > j - 8:
        prev = toks[r - 1].text
        pl = prev.lower()
        if prev in ",;:()“”\"—–":
            break
        if pl in DETERMINERS:
            r -= 1
            break
        if pl in ROLE_NOUNS or _is_cap(prev) or pl in _ROLE_QUALIFIER_WORDS or (
            pl in _ROLE_LINKS and r - 2 >= lo and toks[r - 2].text.lower() in ROLE_NOUNS
        ) or (r < j and _modifies_role(prev)) or (r < j and _AGE.match(pl)):  # "the 51-year-old MP for"
            r -= 1
            continue
        break
    role_text = text[toks[r].start:start].strip() if r < split or split > j else None
    role_text = _clean_role(role_text)
    mtype = SpeakerType.ORGANIZATION if is_org else _name_type(name, role_text, entities, start, toks[i].end)
    if (mtype == SpeakerType.ORGANIZATION and role_text and len(name_toks) == 1 and name.isupper() and len(name) <= 4
            and role_text.split()[-1][:1].isupper()):
        # "The Energy and Water Ombudsman SA": a body's name ending on its state's letters, no one called SA
        name, role_text = f"{role_text.removeprefix('The ').removeprefix('the ')} {name}", None
        start = toks[r].start
    mention_start = toks[r].start if role_text and toks[r].text.lower() in DETERMINERS else start
    if mtype == SpeakerType.ORGANIZATION and toks[r].text.lower() == "the":
        mention_start = toks[r].start
    end = toks[i].end - 1 if toks[i].text.endswith(".") and not _keeps_dot(toks[i].text) else toks[i].end
    if role_text and name and not any(w[:1].isupper() for w in role_text.split()[1:]) and (
            name.lower() in GROUP_NOUNS or (name.endswith("s") and name[:-1] in PARTY_WORDS)):
        role_text = None  # "several senior Democrats": how many and which, not a role they hold
    role_words = role_text.split() if role_text and name else []
    link, title = (role_words[-1].lower(), role_words[-2]) if len(role_words) > 2 else ("", "")
    # "the 51-year-old MP for Truro West": the holder of a seat or post, not a person called Truro West
    seat = (link == "for" and title.lower().rstrip(".") in _SEAT_TITLES and toks[r].text.lower() in DETERMINERS
            and not is_first_name(name.split()[0]))
    # "the chief executive of Qantas", "the former mayor of San Pedro Sula": who holds the post, not
    # the company or the city ("the Communications Workers of America" is a union)
    post = (link == "of" and title.lower().rstrip(".") in ROLE_NOUNS and toks[r].text.lower() == "the"
            and not title.istitle())
    if seat or post:
        phrase = text[mention_start:end]
        return Mention(mention_start, end, phrase, MentionKind.DESCRIPTION, name, phrase, SpeakerType.PERSON)
    return Mention(mention_start, end, text[mention_start:end], MentionKind.NAME, name or None, role_text, mtype)


# Titles of a seat held for a place ("MP for Truro West", "senator for Victoria").
_SEAT_TITLES = POST_NOMINALS | frozenset(("senator", "councillor", "councilor", "congressman", "congresswoman"))


def _modifies_role(word: str) -> bool:
    """A lower-case word that belongs to the role before it ("board member", "senior class
    president", "political scientist"): a plain word, not a function word, cue or adverb."""
    low = word.lower()
    return (word.isalpha() and word.islower() and low not in STOP_WORDS and low not in NP_STOP_WORDS
            and low not in CUE_FORMS and not is_adverb(low))


# Endings of verb forms and adverbs that open sentences ("Following …", "Asked …", "Shortly …").
_COMMON_ENDINGS = ("ing", "ed", "ly")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:]\s+|\n)[“\"‘']?$")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the first of its sentence (or of a quote opening one)."""
    return bool(_SENTENCE_OPENING.search(text, max(0, start - 4), start))


_PREPOSITION_NEXT = re.compile(r" (?:on|in|at|to|with|about|for|from|into|over|upon)\b")


def _capital_only_opens_sentences(text: str, tok: _Tok, entities) -> bool:
    """Whether a lone capitalised word is a common word that opens its sentence: a
    sentence's first word is capitalised whatever it is, so a word capitalised nowhere else
    in the text is read as a name only when it does not look like a common word (a stop
    word, an -ing, -ed or -ly form, or a word the text also writes in lower case)."""
    word = tok.text
    if not word[:1].isupper() or word.isupper() or not _opens_sentence(text, tok.start) or word in ORG_NAMES:
        return False
    if entities and any(s < tok.end and e > tok.start for s, e, _ in entities):
        return False
    if any(not _opens_sentence(text, at) for at in word_starts(text, word)):
        return False
    low = word.lower()
    return (low in STOP_WORDS or (low.endswith(_COMMON_ENDINGS) and word[1:].islower())  # not "SkyMed"
            or next(word_starts(text, low), None) is not None
            or bool(_PREPOSITION_NEXT.match(text, tok.end)))  # "Preys on our worst fears": a verb, not a name


def word_starts(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a whole word."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield at
        at = text.find(word, at + 1)


_DOTTED_ABBREVIATIONS = HONORIFICS | {"jr", "sr", "st"}


def _keeps_dot(word: str) -> bool:
    """Abbreviations and initials keep their final dot ("U.S.", "Mr.", "Jr.", "F.")."""
    return (
        word.count(".") > 1 or word.lower().rstrip(".") in _DOTTED_ABBREVIATIONS
        or (len(word) == 2 and word[0].isupper() and word[1] == ".")
    )


def _name_type(name: str, role: str | None, entities, start: int, end: int) -> str:
    """person, organization or unknown, from a trained pipeline's entities where present."""
    if entities:
        for e_start, e_end, label in entities:
            if e_start < end and e_end > start:
                if label == "PERSON":
                    return SpeakerType.PERSON
                if label in ("ORG", "NORP", "GPE", "FAC"):
                    return SpeakerType.ORGANIZATION
    words = name.split()
    if not words:
        return SpeakerType.UNKNOWN
    if name in ORG_NAMES or any(w.lower().strip(".") in ORG_WORDS for w in words) or (
            words[-1].lower() in DOCUMENT_NOUNS and len(words) > 1) or (
            len(words) == 1 and words[0].isupper() and len(words[0]) > 1):
        return SpeakerType.ORGANIZATION
    if words[0] in COUNTRIES and not (len(words) == 2 and is_first_name(words[0]) and words[1] not in COUNTRIES):
        return SpeakerType.ORGANIZATION  # "Russia said"; but "Jordan Asante"
    if role and any(w.lower() in ROLE_NOUNS for w in re.findall(r"[\w-]+", role)):
        return SpeakerType.PERSON
    if words[0].lower().rstrip(".") in HONORIFICS:
        return SpeakerType.PERSON
    return SpeakerType.PERSON if len(words) >= 2 else SpeakerType.UNKNOWN


# Words that end a speaker phrase read after a cue ("said Victor Cha, who …", "said Ali in …").
_SUBJECT_ENDERS = frozenset(
    "who whose which in on during after when as that adding at before while because according".split())
_PLACE_PREPOSITIONS = word_set("place_prepositions")


# How long a kin or a role has lasted, after "of": "his wife of 58 years", "her partner of a decade"
_LASTING = re.compile(r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|\w+ty)\s+(?:years?|decades?|months?)",
                      re.IGNORECASE)


def _lasting(text: str, toks: list[_Tok], lo: int, last: int, entities) -> Mention | None:
    """The description from token ``lo`` to ``last`` without how long it has lasted ("his wife
    of 58 years", "her partner of a decade"): the wife, however long; None where it says none."""
    k = next((k for k in range(lo + 1, last - 1) if toks[k].text == "of" and _LASTING.fullmatch(
        f"{toks[k + 1].text} {toks[k + 2].text}")), None)
    return _np_ending_at(text, toks, k - 1, entities, lo=lo) if k is not None else None


def source_after(text: str, lo: int, hi: int, entities=None) -> Mention | None:
    """Who "according to" at ``lo`` names: a speaker phrase (:func:`subject_after`), or an
    object pronoun ("According to him, “…”"), typed as its subject form."""
    mention = subject_after(text, lo, hi, entities)
    if mention is not None:
        return mention
    m = _OBJECT_PRONOUN.match(text, lo, hi)
    if m is None or m.group(1).lower() not in OBJECT_PRONOUNS:
        return None
    return pronoun_mention(m.start(1), m.group(1))


_OBJECT_PRONOUN = re.compile(r"\s*(\w+)\b(?![’'-])")


def pronoun_mention(start: int, word: str) -> Mention:
    """The mention of the pronoun ``word`` written at ``start``, typed by the pronoun, or by its
    subject form where it is an object ("him" as "he")."""
    low = word.lower()
    return Mention(start, start + len(word), word, MentionKind.PRONOUN, None, None,
                   PRONOUNS[SUBJECT_FORMS.get(low, low)][0])


def _name_opening(text: str, toks: list[_Tok], begin: int, entities) -> tuple[Mention | None, int]:
    """The name whose run of capitalised words (and particles) opens at ``toks[begin]``, or None
    where the run is no name from its first word, and the index where the run ends."""
    name_end = next((k for k in range(begin, len(toks))
                     if not (_is_cap(toks[k].text) or toks[k].text.lower() in NAME_PARTICLES)), len(toks))
    named = _np_ending_at(text, toks, name_end - 1, entities, lo=begin) if name_end > begin else None
    if named is None or named.kind != MentionKind.NAME or named.start != toks[begin].start:
        return None, name_end
    return named, name_end


def _titled_after_brackets(text: str, toks: list[_Tok], i: int, end: int, entities) -> Mention | None:
    """The person named after a title and a short aside in brackets, the title's acronym or
    beat ("Upazila Nirbahi Officer (UNO) Tahmina Akter Ruma", "DCP (Cyber Crimes) N.
    Sravanthi"), where the title's words ``toks[i:end]`` hold a role: the name, with all
    before it as the role."""
    if end >= len(toks) or toks[end].text != "(" or not any(toks[k].text.lower() in ROLE_NOUNS for k in range(i, end)):
        return None
    close = next((k for k in range(end + 1, min(len(toks), end + 5)) if toks[k].text == ")"), None)
    if close is None or close + 1 >= len(toks) or not _is_cap(toks[close + 1].text):
        return None
    named, _ = _name_opening(text, toks, close + 1, entities)
    if named is None:
        return None
    return named._replace(role=named.role or _clean_role(text[toks[i].start:toks[close].end]))


def subject_after(text: str, lo: int, hi: int, entities=None) -> Mention | None:
    """The speaker phrase starting just after a cue at ``lo`` ("said Victor Cha, who …")."""
    if hi - lo > _SUBJECT_REACH:  # end after a word within reach
        hi = max(text.rfind(" ", lo, lo + _SUBJECT_REACH), text.rfind("\n", lo, lo + _SUBJECT_REACH), lo + 1)
    toks = _tokens(text, lo, hi)
    i = 0
    while i < len(toks) and (toks[i].text.lower() in TIME_WORDS or toks[i].text.lower() in ("on", "last")):
        i += 1
    if i >= len(toks):
        return None
    if toks[i].text.lower() in PRONOUNS:
        return pronoun_mention(toks[i].start, toks[i].text)
    end = i
    while end < len(toks) and end - i < 12:
        w = toks[end].text
        wl = w.lower()
        if w in ",;:()“”\"—–" or wl in _SUBJECT_ENDERS or wl in _FINITE_VERBS:  # "said the network would …"
            break
        if w in _PLACE_PREPOSITIONS and end > i and (  # lower case: "said Al From" names Al From
                all(_is_cap(t.text) for t in toks[i:end])
                or (end + 1 < len(toks) and toks[end + 1].text.lower() in _PLACE_PREPOSITIONS)):
            break  # "said Mamello Tshabalala from behind her gate": where she speaks from, not who
        if not (_is_cap(w) or wl in DETERMINERS or wl in ROLE_NOUNS or wl in NAME_PARTICLES or wl in _ROLE_LINKS
                or wl in DEMONYMS or w.islower() or w[:1].isdigit()):
            break
        if (wl in _ROLE_LINKS and end > i and _is_cap(toks[end - 1].text)
                and toks[end - 1].text.lower() not in ROLE_NOUNS and _body_with_and(toks, end, i) < 0
                and not (wl == "for" and end + 1 < len(toks) and _is_cap(toks[end + 1].text)
                         and _opens_body_for(toks, end - 1, i))):
            break  # "Cameron Easley for Morning Consult": the name has ended; not "Transport for London"
        end += 1
    if end == i:
        return None
    last = end - 1
    while last > i and toks[last].text.lower() in _LINKS_AND_DETERMINERS:
        last -= 1
    mention = _np_ending_at(text, toks, last, entities, lo=i) or _lasting(text, toks, i, last, entities)
    if mention is not None:
        framed = _postmodified_subject(text, toks[i:last + 1], mention, entities)
        if framed:
            return framed  # "…,” said a student at Westfield High School"
    titled = _titled_after_brackets(text, toks, i, end, entities) if mention is not None else None
    if titled is not None:
        return titled  # "said Companiganj Upazila Nirbahi Officer (UNO) Tahmina Akter Ruma"
    if mention and mention.kind == MentionKind.DESCRIPTION and last + 2 < len(toks) and toks[last + 1].text == ",":
        # "said head coach of the men’s team, Dwayne Killings": the name in apposition speaks, after
        # what else it is ("said his daughter, journalist Aine Casey")
        begin = last + 2
        while begin < min(len(toks) - 1, last + 5) and toks[begin].text.isalpha() and toks[begin].text.islower():
            begin += 1
        if any(t.text in NP_STOP_WORDS for t in toks[last + 2:begin]):
            begin = len(toks)  # "said the 15-year-old, who lives in Port Ellery": a clause, no name in apposition
        named, name_end = _name_opening(text, toks, begin, entities)
        if named and (name_end == len(toks) or toks[name_end].text in ",.;:()—–"):
            return named._replace(role=named.role or _clean_role(text[toks[i].start:toks[begin - 1].end]))
    if (mention and mention.kind == MentionKind.NAME and not mention.role and last + 2 < len(toks)
            and toks[last + 1].text == ","):
        # "said Raj Patel, an analyst at Crestline Securities": the appositive is the role
        opener = toks[last + 2].text
        if opener.lower() in ("a", "an", "the", "former", "then") or opener.lower() in ROLE_NOUNS:
            stop = next((k for k in range(last + 2, min(len(toks), last + 20)) if toks[k].text in ",;:()“”\"—–"), None)
            upto = toks[stop - 1].end if stop else toks[min(len(toks), last + 20) - 1].end
            mention = mention._replace(role=_clean_role(text[toks[last + 2].start:upto].rstrip(".")))
    return _joined_after(text, toks, mention, hi, entities)
