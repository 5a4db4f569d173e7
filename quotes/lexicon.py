"""Word lists the rules lean on: speech cues, roles and titles, organisations, places.

The lists themselves are data, one entry a line in ``quotes/wordlists/en/*.txt`` (textacy's
constants kept as data keyed by language), read once by :func:`quotes.words.word_list`;
what is computed from them (inflected cue forms, unions, nameparser's titles less the words
that are not roles) is built here. Titles and name particles come from :mod:`nameparser`'s
curated lists, extended with the role nouns news writing uses ("spokesman", "analyst", "expert").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from nameparser.config import CONSTANTS as _NAMEPARSER

from .words import remove_accents, word_list, word_set

# Speech and attribution verbs, as lemmas. Inflections are generated below.
CUE_LEMMAS = word_set("cue_lemmas")

# Cues that introduce reported speech as a clause ("X said that ..."), a subset of the above
# plus verbs of belief and knowledge that news attributes the same way.
REPORT_LEMMAS = word_set("report_lemmas")

# Verbs that attribute findings rather than speech ("the poll shows …", "the study found that …"):
# reported only with a "that" clause or a document as subject.
EVIDENCE_LEMMAS = word_set("evidence_lemmas")
DOCUMENT_NOUNS = word_set("document_nouns")
COUNTS = word_set("counts")  # "the mother of four"
# Heads of a description that is no speaker itself: documents, clips, posts ("the statement").
NOT_SPEAKER_HEADS = DOCUMENT_NOUNS | word_set("not_speaker_heads")

# Cues that take the listener as object before the content: "told NPR that ...".
LISTENER_LEMMAS = word_set("listener_lemmas")

_IRREGULAR = {forms.split()[0]: forms.split()[1:] for forms in word_list("irregular_forms")}


def inflections(lemma: str) -> list[str]:
    """Return the lemma and its regular (or listed irregular) English inflections."""
    if lemma in _IRREGULAR:
        return [lemma, *_IRREGULAR[lemma]]
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


# Lemmas whose base form is more often a noun ("state television", "a claim"): only their
# inflected forms count as cues, and those only where no determiner precedes them.
NOUN_LIKE_LEMMAS = word_set("noun_like_lemmas")

# Weaker cues that attribute a partial quote in the same sentence ("Kim offered “full support”").
PARTIAL_CUE_LEMMAS = word_set("partial_cue_lemmas")


def _forms(lemmas) -> dict[str, str]:
    forms = {}
    for lemma in lemmas:
        for form in inflections(lemma):
            if lemma in NOUN_LIKE_LEMMAS and form == lemma:
                continue
            forms[form] = lemma
    return forms


# Phrasal cues, matched as phrases: "Rubio fired back: “…”".
PHRASAL_CUES = {
    f"{verb} {particle.strip()}": f"{forms.split()[0]} {particle.strip()}"
    for forms, particle in (line.split(":") for line in word_list("phrasal_cues"))
    for verb in forms.split()
}

CUE_FORMS = {**_forms(CUE_LEMMAS | PARTIAL_CUE_LEMMAS), **PHRASAL_CUES}


def trie_pattern(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases`` shared by common prefixes, longest first: a few
    hundred words are matched in one pass without trying each at every position."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [(r"[^\S\n]+" if c == " " else re.escape(c)) + pattern(child) for c, child in sorted(node.items())
                    if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


REPORT_FORMS = _forms(REPORT_LEMMAS | EVIDENCE_LEMMAS)

# Words that may stand between a subject and its cue: "Peskov also said", "he has said".
CUE_MODIFIERS = word_set("cue_modifiers")
LY_NOUNS = word_set("ly_nouns")


def is_adverb(word: str) -> bool:
    """Whether a lower-case ``word`` reads as an adverb ("repeatedly"), not a noun ("family")."""
    return word.endswith("ly") and word not in LY_NOUNS

# pronoun: (speaker type, gender, number), "-" in the file where the pronoun does not say
PRONOUNS = {p: (t, None if g == "-" else g, n) for p, t, g, n in (line.split() for line in word_list("pronouns"))}
# object pronoun: the subject pronoun of the same person ("according to him" is "he")
OBJECT_PRONOUNS = dict(line.split() for line in word_list("object_pronouns"))
# a pronoun a speaker may be named by, object or possessive, with its subject form ("his" is "he")
SUBJECT_FORMS = {**dict(line.split() for line in word_list("possessive_pronouns")), **OBJECT_PRONOUNS}

# Role nouns and titles: nameparser's titles, less the words among them that also open
# ordinary phrases ("his", "united", "state"), plus news roles it lacks.
_NOT_ROLES = word_set("not_roles")
PARTY_MEMBERS = word_set("party_members")
# Roles written as acronyms and the words they stand for ("pm" → "prime minister").
ROLE_ACRONYMS = {abbr: tuple(words) for abbr, *words in (line.split() for line in word_list("role_acronyms"))}
# Roles news writes short in two words, and the office in full ("finance chief: chief financial officer").
ROLE_PHRASES = {short.strip(): tuple(full.split()) for short, full in (
    line.split(":") for line in word_list("role_phrases"))}
# (the acronyms are roles too: "the CTO said")
ROLE_NOUNS = (frozenset(set(_NAMEPARSER.titles) - _NOT_ROLES) | word_set("role_nouns") | PARTY_MEMBERS
              | frozenset(ROLE_ACRONYMS))

# Titles shortened before a surname and the title in full ("sgt" → "sergeant").
TITLE_ABBREVIATIONS = dict(line.split() for line in word_list("title_abbreviations"))

# A description's role noun and the roles beside names it also covers ("the judge", Justice Nervo).
ROLE_HYPERNYMS = {head: frozenset(covered) for head, *covered in (line.split() for line in word_list("role_hypernyms"))}
BODY_KINDS = {head: frozenset(names) for head, *names in (line.split() for line in word_list("body_kinds"))}

# Last words of company names ("Kestrel Mining", "Tata Motors").
COMPANY_WORDS = word_set("company_words")

# Last words of sports clubs' names ("Castlebridge Town").
TEAM_NAME_ENDS = word_set("team_name_ends")

# Words that make a capitalised phrase an organisation.
ORG_WORDS = word_set("org_words") | COMPANY_WORDS

# Outlets and bodies that are routinely named in one word.
ORG_NAMES = word_set("org_names")

# Nouns heading a description of an organisation ("the ministry", "the newspaper").
ORG_ROLE_NOUNS = word_set("org_role_nouns")

# Group descriptions that never name one person: attributed, but with no canonical speaker.
GROUP_NOUNS = word_set("group_nouns")

COUNTRIES = word_set("countries")

# Canadian provinces and Australian states as news writes them after a town ("Sask.", "NSW")
# and before a body they own ("B.C.'s Ministry of Energy").
PROVINCES = word_set("provinces")

# Family names written before the given name ("Lee" of Lee Choon Wah, "Tan Wei Ming").
FAMILY_NAMES_FIRST = word_set("family_names_first")

# U.S. states as datelines and party tags write them ("of Ashton, Md.", "Allentown, Pa.,"),
# AP abbreviations (a final dot is not part of a token) and names of one word.
US_STATES = word_set("us_states")

# States and countries in one set, as a name is tested against both.
STATES_AND_COUNTRIES = US_STATES | COUNTRIES

# Places named in more than one word; a speaker phrase that is one of them is an organisation
# (the country's government speaking).
MULTIWORD_PLACES = word_set("multiword_places")

DEMONYMS = word_set("demonyms")

# Nouns for a person of a country and the adjective they stand for ("spaniard" → "Spanish").
DEMONYM_NOUNS = {noun: " ".join(adjective)
                 for noun, *adjective in (line.split() for line in word_list("demonym_nouns"))}


def nationality_of(word: str) -> str | None:
    """The country's adjective a capitalised noun for one of its people stands for: "Spaniard"
    → "Spanish", "German" → "German" (a demonym in -an is its own noun); None for any other
    word ("Dutch" and "French" alone are the people, not one of them)."""
    if not word[:1].isupper():
        return None
    if word in PARTY_WORDS:
        return None  # "the Republican": a party's, not a country's
    return DEMONYM_NOUNS.get(word.lower()) or (word if word in DEMONYMS and word.endswith("an") else None)

# Honorifics dropped when comparing names ("Mr. Kim" = "Kim").
HONORIFICS = word_set("honorifics")

# Honorifics that are part of how a name is written, not a title held ("Mr. Obama", "Dr. Al-Hams").
COURTESY_TITLES = word_set("courtesy_titles")

FEMALE_HONORIFICS = word_set("female_honorifics")
MALE_HONORIFICS = word_set("male_honorifics")

# Name particles that may sit inside a name ("Ursula von der Leyen", "Osama bin Laden"): the
# lower-case ones that join the words of a name in running text ("Laurence des Cars"), and
# with them nameparser's.
NAME_RUN_PARTICLES = word_set("name_run_particles")
# The same as a regular expression's alternatives ("bin|da|de|…"), for the patterns of names.
NAME_RUN_PARTICLE_PATTERN = "|".join(sorted(NAME_RUN_PARTICLES))
# Letters after a name that belong to the role ("Aoife Ryan BL", "Jane Smith MP").
POST_NOMINALS = word_set("post_nominals")
NAME_PARTICLES = frozenset(_NAMEPARSER.prefixes) | NAME_RUN_PARTICLES

# Function words that end a noun phrase when scanning left from a cue.
NP_STOP_WORDS = word_set("np_stop_words")

DETERMINERS = word_set("determiners")

# Words before a quoted phrase that mark it as the title of a work, not speech.
TITLE_INTRODUCERS = word_set("title_introducers")
QUESTIONERS = word_set("questioners")

# Days and time words skipped after a cue ("said Tuesday", "said last week").
TIME_WORDS = word_set("time_words")
WEEKDAYS = frozenset(w for w in TIME_WORDS if w.endswith("day") and w not in ("today", "yesterday"))
RANK_CLASSES = frozenset("1st 2nd 3rd first second third".split())  # "Petty Officer 2nd Class"
RANKS = word_set("ranks")  # "Petty Officer", "Lance Corporal"

# Capitalised words that likely start a sentence after a full stop ("… Bank. In a statement").
SENTENCE_STARTERS = word_set("sentence_starters")

# Nouns that say whether a person is a man or a woman ("spokeswoman", "his father").
GENDERED_NOUNS = {"female": word_set("female_nouns"), "male": word_set("male_nouns")}

# Capitalised words that open a sentence before a name but are never part of it ("Now Linda
# has told…", "Neither Donald J. Trump nor…", "Maybe Trump…").
NOT_NAME_OPENERS = word_set("not_name_openers")

# Nouns for people by what they do or are, beyond titles and roles: a definite description
# headed by one ("the brave singer", "the 38-year-old") refers to a person in the story.
PERSON_NOUNS = word_set("person_nouns")
_PARENT_OF = re.compile(r"(?:mum|mom|mother|dad|father|grandmother|grandfather|grandma|grandad)-of-[a-z]+")


def is_person_noun(word: str) -> bool:
    """Whether ``word`` (any case) is a noun for a person ("pensioner", "mum-of-two")."""
    # "brother-in-law", "great-grandmother", "stepfather", "mother-to-be": a kind of kin
    low = _KIN_AFFIXES.sub("", word.lower())
    return low in PERSON_NOUNS or _PARENT_OF.fullmatch(low) is not None or (
        low.endswith(_PERSON_SUFFIXES) and low.isalpha() and len(low) > 7)


_KIN_AFFIXES = re.compile(r"^(?:(?:great-)+|step-?(?=[a-z]{3}))|-in-law$|-to-be$")
# Endings only nouns for people have: "paediatrician", "epidemiologist", "psychiatrist",
# "photographer"
_PERSON_SUFFIXES = ("ician", "ologist", "iatrist", "ographer")


def singular(word: str) -> str:
    """A plural noun's singular, near enough for word lists ("groups", "countries")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def national_party(words: Sequence[str]) -> bool:
    """Whether ``words`` are a party's national branch, a demonym then the party's words
    ("Scottish Labour", "Welsh Conservatives"), whose demonym is part of its name."""
    return len(words) > 1 and words[0] in DEMONYMS and all(w in PARTY_WORDS for w in words[1:])


def names_people(plural: str) -> bool:
    """Whether a plural noun in lower case names people: a group ("critics", "residents") or the
    plural of a role or of a noun for a person ("senators", "farmers")."""
    one = singular(plural)
    return one != plural and (plural in GROUP_NOUNS or one in ROLE_NOUNS or is_person_noun(one))


# "Montoya-Lewis herself said": stepped over between a speaker and the cue.
REFLEXIVES = word_set("reflexives")

# First words of a phrase that sets a sentence's scene before its subject ("On Wednesday, …").
LEADING_ADVERBIALS = word_set("leading_adverbials")

# How one meets a question before answering it ("the Labour MP laughed."), in the past tense.
REACTIONS = tuple(word_list("reactions"))

# Sentence adverbs that open a sentence and are not a speaker ("Meanwhile, …", "However, …").
SENTENCE_ADVERBS = word_set("sentence_adverbs")

# Lower-case words that may join the words of a body's name ("Ministry of Defense").
BODY_LINKS = word_set("body_links")

# Party words written before a title ("Conservative MP", "Labour councillor", "SNP MSP").
PARTY_WORDS = word_set("party_words")

# Last words of place names that can follow a first name ("Marshall Islands", "Sterling Heights").
PLACE_WORDS = word_set("place_words")


@lru_cache(maxsize=1)
def _first_names():
    import gender_guesser.detector  # loaded when a name is first read: extraction without names never needs it

    return gender_guesser.detector.Detector(case_sensitive=False)


# Given names gender-guesser lacks or mistakes (quotes/wordlists/en/first_names.txt), in its
# answers: "m" → "male", "u" → "andy" (either), "f?" → "mostly_female"; "-" → "unknown", a word
# gender-guesser takes for a name that news writes only as a word.
_GENDER_CODES = {"m": "male", "f": "female", "u": "andy", "m?": "mostly_male", "f?": "mostly_female", "-": "unknown"}
LISTED_FIRST_NAMES = {remove_accents(name).lower(): _GENDER_CODES[code]
                      for name, code in (line.split() for line in word_list("first_names"))}


def _first_name_gender(word: str) -> str:
    """The listed gender of a given name, else gender-guesser's: "Kwame" → "male", "Andrea" →
    "andy" (a man's name in Italy), "Tāmati" → "male" (as "Tamati"), "Élodie" → "female" (as
    "Elodie"), "Table" → "unknown"."""
    low = word.lower()
    listed = LISTED_FIRST_NAMES.get(low if low.isascii() else remove_accents(low))
    if listed:
        return listed
    found = _first_names().get_gender(word)
    # gender-guesser lists some names with their accents, others only without: "Élodie" as "Elodie"
    return _first_names().get_gender(remove_accents(word)) if found == "unknown" and not word.isascii() else found


@lru_cache(maxsize=65536)
def guessed_first_name(word: str) -> str:
    """gender-guesser's answer for a first name, or the listed one where it lacks or mistakes
    it; a hyphenated one ("Jo-Renee", "Mary-Kate") is a first name where each part is, of the
    gender its gendered parts agree on."""
    found = _first_name_gender(word)
    if found != "unknown" or "-" not in word:
        return found
    parts = [_first_name_gender(part) for part in word.split("-") if part]
    if len(parts) < 2 or "unknown" in parts:
        return "unknown"
    genders = {p.removeprefix("mostly_") for p in parts} - {"andy"}
    return genders.pop() if len(genders) == 1 else "andy"


@lru_cache(maxsize=65536)
def is_first_name(word: str) -> bool:
    """Whether ``word`` is a first name in gender-guesser's lists or ours (of any gender)."""
    return len(word) > 1 and guessed_first_name(word) != "unknown"
