"""Word lists the rules lean on: speech cues, roles and titles, organisations, places.

Kept as module-level constants, as textacy keeps its ``_speech_verbs``. Titles and
name particles come from :mod:`nameparser`'s curated lists, extended with the role
nouns news writing uses ("spokesman", "analyst", "expert").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nameparser.config import CONSTANTS as _NAMEPARSER

# Speech and attribution verbs, as lemmas. Inflections are generated below.
CUE_LEMMAS = frozenset(
    """
    acknowledge add admit advise affirm agree allege announce answer argue ask assert read
    assure boast brag caution charge cheer chide claim comment complain concede conclude
    confess confide confirm contend continue counter cry declare decry demand deny describe
    dismiss emphasise emphasize estimate exclaim explain express fume grumble highlight
    indicate inform insist joke lament maintain mention mock mutter note object observe
    opine pledge point praise predict proclaim promise propose protest quip reaffirm recall
    recount reiterate remark remind reply report respond retort reveal say scoff shout pen
    signal sneer snap speculate state stress suggest swear tell testify threaten tweet
    underline underscore urge vow warn whisper write yell show find indicate beam laugh sigh
    gush chuckle groan marvel muse remember wonder
    """.split()
)

# Cues that introduce reported speech as a clause ("X said that ..."), a subset of the above
# plus verbs of belief and knowledge that news attributes the same way.
REPORT_LEMMAS = frozenset(
    """
    acknowledge add admit allege announce argue assert assure boast claim complain concede
    conclude confirm contend declare deny emphasize emphasise estimate explain indicate
    inform insist maintain mention note observe predict promise reaffirm recall reiterate
    remind report reveal say signal speculate state stress suggest swear testify tell tweet
    warn write believe think feel hope fear acknowledged learn urge pledge cite agree vow promise
    concede respond question accuse ask charge
    """.split()
)

# Verbs that attribute findings rather than speech ("the poll shows …", "the study found that …"):
# reported only with a "that" clause or a document as subject.
EVIDENCE_LEMMAS = frozenset("show find indicate".split())
DOCUMENT_NOUNS = frozenset(
    """
    poll polls survey surveys study studies report reports data analysis research records review
    audit investigation figures numbers documents emails email memo letter filing ruling
    """.split()
)

# Cues that take the listener as object before the content: "told NPR that ...".
LISTENER_LEMMAS = frozenset("tell inform assure remind warn advise urge ask".split())

_IRREGULAR = {
    "say": ["said", "says", "saying"],
    "pen": ["penned", "pens", "penning"],
    "tell": ["told", "tells", "telling"],
    "write": ["wrote", "writes", "writing", "written"],
    "swear": ["swore", "sworn", "swears", "swearing"],
    "think": ["thought", "thinks", "thinking"],
    "feel": ["felt", "feels", "feeling"],
    "learn": ["learned", "learnt", "learns", "learning"],
    "cry": ["cried", "cries", "crying"],
    "reply": ["replied", "replies", "replying"],
    "testify": ["testified", "testifies", "testifying"],
    "deny": ["denied", "denies", "denying"],
    "signal": ["signaled", "signalled", "signals", "signaling", "signalling"],
    "quip": ["quipped", "quips", "quipping"],
    "snap": ["snapped", "snaps", "snapping"],
    "admit": ["admitted", "admits", "admitting"],
    "commit": ["committed", "commits", "committing"],
    "dub": ["dubbed", "dubs", "dubbing"],
    "term": ["termed", "terms", "terming"],
    "sing": ["sang", "sung", "sings", "singing"],
    "read": ["reads", "reading"],
    "find": ["found", "finds", "finding"],
    "show": ["showed", "shown", "shows", "showing"],
    "refer": ["referred", "refers", "referring"],
    "object": ["objected", "objects", "objecting"],
    "underline": ["underlined", "underlines", "underlining"],
    "fume": ["fumed", "fumes", "fuming"],
}


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
NOUN_LIKE_LEMMAS = frozenset(
    """
    state report comment answer charge object signal point remark tweet promise pledge reply
    protest counter cheer cry joke quip snap shout whisper yell estimate mention demand mock
    note claim boast vow swear praise question proclaim list continue attack quote type cite
    reference call label brand term chant pound compare
    """.split()
)

# Weaker cues that attribute a partial quote in the same sentence ("Kim offered “full support”").
PARTIAL_CUE_LEMMAS = frozenset(
    """
    call commit offer describe label dub brand term hail condemn liken compare blast slam criticize
    criticise laud admire bemoan lambaste denounce deride ridicule tout celebrate cite reference
    characterize characterise chant sing type exhort accuse pound attack refer seize quote thank
    applaud welcome
    """.split()
)


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
    f"{verb} {particle}": f"{lemma} {particle}"
    for lemma, forms in {
        "fire": ("fire", "fires", "fired", "firing"), "shoot": ("shoot", "shoots", "shot", "shooting"),
        "hit": ("hit", "hits", "hitting"), "push": ("push", "pushes", "pushed", "pushing"),
        "chime": ("chime", "chimes", "chimed", "chiming"), "weigh": ("weigh", "weighs", "weighed", "weighing"),
        "go": ("go", "goes", "went", "going"), "put": ("put", "puts", "putting"),
    }.items()
    for verb in forms
    for particle in {"fire": ("back",), "shoot": ("back",), "hit": ("back",), "push": ("back",),
                     "chime": ("in",), "weigh": ("in",), "go": ("on",), "put": ("it",)}[lemma]
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
        branches = [(r"[^\S\n]+" if c == " " else re.escape(c)) + pattern(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)

REPORT_FORMS = _forms(REPORT_LEMMAS | EVIDENCE_LEMMAS)

# Words that may stand between a subject and its cue: "Peskov also said", "he has said".
CUE_MODIFIERS = frozenset(
    """
    also later then previously reportedly publicly privately once again repeatedly recently
    has have had had would will could did does do is was were are been be has't hasn't
    has already just further separately earlier flatly bluntly simply famously
    """.split()
)

PRONOUNS = {
    "he": ("person", "male", "singular"),
    "she": ("person", "female", "singular"),
    "they": ("unknown", None, "plural"),
    "it": ("organization", None, "singular"),
    "i": ("person", None, "singular"),
    "we": ("unknown", None, "plural"),
}

# Role nouns and titles. nameparser's titles, plus news roles it lacks.
# nameparser's titles include words that also open ordinary phrases ("his", "united", "state").
_NOT_ROLES = frozenset(
    """
    her his me us uk us british english national federal military police army navy political air
    security most right high grand royal first special united states state television radio rock
    blues soccer baseball business civil criminal legal law tax revenue customs information
    intelligence knowledge discovery financial marketing software computer film opera theater
    theatre family group mystery travel risk credit banner bench award-winning flying flag field
    district division docket corporate operating municipal social technical strategy staff supreme
    superior voice player host personality charge count private member resident model pioneer
    classical comic biblical blessed hereditary literary foreign designated analytics mathematics
    appellate judicial kingdom wing warrant petty excellent pro print printer
    """.split()
)

ROLE_NOUNS = frozenset(
    (set(_NAMEPARSER.titles) - _NOT_ROLES)
    | set(
        """
        spokesman spokeswoman spokesperson analyst analysts expert experts official officials
        ambassador secretary-general secretary undersecretary envoy negotiator diplomat
        adviser advisor aide strategist pollster lawmaker legislator congressman
        congresswoman senator governor mayor candidate nominee chairman chairwoman chair
        director executive ceo founder president vice-president premier chancellor minister
        leader dictator commander marshal colonel general admiral officer economist scholar
        professor researcher fellow author journalist reporter editor correspondent
        columnist commentator lawyer attorney prosecutor judge justice activist campaigner
        chief head boss manager spokespeople representative delegate member critic critics
        supporter supporters observer observers source sources witness resident residents
        voter voters worker workers student students official observer investigator
        specialist consultant historian scientist physician doctor sheriff deputy
        councilman councilwoman councilor councilmember alderwoman selectman selectwoman
        assemblyman assemblywoman superintendent supervisor trustee sen del constable inspector
        mp mep msp td taoiseach tanaiste coroner magistrate
        """.split()
    )
)

# Words that make a capitalised phrase an organisation.
ORG_WORDS = frozenset(
    """
    ministry department agency committee council party government administration
    commission institute university college office bureau service services court
    parliament congress senate house assembly army navy force forces fleet command
    corporation corp inc ltd llc company group bank fund foundation association union
    organization organisation network news times post journal press tribune herald
    guardian telegraph reuters ap afp tass kcna xinhua npr cnn bbc fox msnbc abc cbs nbc
    campaign center centre program programme board authority police kremlin pentagon
    white whitehouse embassy mission coalition alliance federation league club
    magazine newspaper daily weekly radio television tv channel station broadcaster
    hospital clinic school academy council trust charity society institution museum watch
    """.split()
)

# Outlets and bodies that are routinely named in one word.
ORG_NAMES = frozenset(
    """
    Kremlin Pentagon Reuters TASS KCNA Xinhua NPR CNN BBC MSNBC Fox AP AFP Bloomberg
    Politico Breitbart Axios Yonhap Interfax RIA NATO UN EU WHO IMF OPEC FBI CIA NSA
    """.split()
)

# Nouns heading a description of an organisation ("the ministry", "the newspaper").
ORG_ROLE_NOUNS = frozenset(
    """
    ministry department agency committee council party government administration
    commission institute office bureau newspaper paper network agency outlet daily
    broadcaster channel station company firm group campaign court army military
    """.split()
)

# Group descriptions that never name one person: attributed, but with no canonical speaker.
GROUP_NOUNS = frozenset(
    """
    officials experts analysts observers sources critics supporters residents voters
    workers students witnesses diplomats lawmakers legislators people reports polls
    members leaders investigators scientists economists historians activists democrats
    republicans aides advisers advisors authorities prosecutors officers police media
    """.split()
)

COUNTRIES = frozenset(
    """
    Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain
    Bangladesh Belarus Belgium Bolivia Bosnia Brazil Britain Bulgaria Burma Cambodia
    Canada Chile China Colombia Croatia Cuba Cyprus Czechia Denmark Ecuador Egypt England
    Estonia Ethiopia Finland France Georgia Germany Ghana Greece Haiti Hungary Iceland India
    Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya Korea Kosovo
    Kuwait Latvia Lebanon Libya Lithuania Malaysia Mexico Moldova Mongolia Morocco Myanmar
    Nepal Netherlands Nigeria Norway Pakistan Palestine Panama Peru Philippines Poland
    Portugal Qatar Romania Russia Rwanda Scotland Serbia Singapore Slovakia Slovenia Somalia
    Spain Sudan Sweden Switzerland Syria Taiwan Thailand Tunisia Turkey Uganda Ukraine
    Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zimbabwe America Europe Asia Africa
    Moscow Washington Beijing Seoul Pyongyang Tokyo London Paris Berlin Kyiv Kiev Tehran
    Vladivostok Brussels
    """.split()
)

# U.S. states as datelines and party tags write them ("of Ashton, Md.", "Allentown, Pa.,"),
# AP abbreviations (a final dot is not part of a token) and names of one word.
US_STATES = frozenset(
    """
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb
    Nev N.H. N.J. N.M. N.Y. N.C. N.D. Okla Ore Pa R.I. S.C. S.D. Tenn Vt Va Wash W.Va. Wis Wyo D.C.
    Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
    Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
    Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
    """.split()
)

# Places named in more than one word; a speaker phrase that is one of them is an organisation
# (the country's government speaking).
MULTIWORD_PLACES = frozenset(
    p.strip() for p in """
    united states|united kingdom|north korea|south korea|soviet union|european union|
    united nations|saudi arabia|new zealand|south africa|white house
    """.split("|")
)

DEMONYMS = frozenset(
    """
    American British Chinese Russian Korean Japanese French German Italian Spanish Iranian
    Iraqi Israeli Palestinian Syrian Turkish Ukrainian Polish Indian Pakistani Afghan
    Mexican Canadian Brazilian Australian Egyptian Saudi Cuban Venezuelan Belarusian
    European Asian African Western Eastern Northern Southern North South East West U.S.
    US UK U.K. U.N. UN EU Soviet Democratic Republican Latvian Estonian Lithuanian Georgian
    Swedish Finnish Norwegian Danish Dutch Belgian Swiss Austrian Greek Hungarian Czech
    Romanian Bulgarian Serbian Croatian Irish Scottish Welsh Qatari Emirati Jordanian
    Lebanese Libyan Yemeni Nigerian Kenyan Ethiopian Somali Sudanese Burmese Thai
    Vietnamese Filipino Indonesian Malaysian Taiwanese Mongolian Kremlin Federal State
    National Former Top Senior Deputy Acting Democrat Rival GOP Independent
    """.split()
)

# Honorifics dropped when comparing names ("Mr. Kim" = "Kim").
HONORIFICS = frozenset(
    "mr mrs ms miss dr prof sir dame lord lady rev fr sen rep del gov gen col lt capt sgt".split()
)

# Honorifics that are part of how a name is written, not a title held ("Mr. Obama", "Dr. Al-Hams").
COURTESY_TITLES = frozenset("mr mrs ms miss mx dr prof sir dame lord lady".split())

FEMALE_HONORIFICS = frozenset("mrs ms miss dame lady madam".split())
MALE_HONORIFICS = frozenset("mr sir lord".split())

# Name particles that may sit inside a name ("Ursula von der Leyen", "Osama bin Laden").
# The lower-case particles that join the words of a name in running text ("Laurence des Cars").
NAME_RUN_PARTICLES = frozenset("bin ibn abu al da de des del della di dos das du van von der den la le ter".split())
NAME_PARTICLES = frozenset(_NAMEPARSER.prefixes) | NAME_RUN_PARTICLES

# Function words that end a noun phrase when scanning left from a cue.
NP_STOP_WORDS = frozenset(
    """
    that which who whom whose when while because as after before since if unless though
    although but and or nor so yet than then also to for with without from into onto on
    in at by about over under between against during through of is was were are be been
    being has have had do does did not no this these those there here it its
    what where why how whether said says say told tells
    """.split()
)

DETERMINERS = frozenset("the a an his her its their our my your this that these those another one some two three several many".split())

# Words before a quoted phrase that mark it as the title of a work, not speech.
TITLE_INTRODUCERS = frozenset(
    """
    book books novel film movie show series album song column essay article op-ed
    headline headlined titled entitled called dubbed named memoir documentary play
    program programme podcast report author
    """.split()
)

# Days and time words skipped after a cue ("said Tuesday", "said last week").
TIME_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    recently earlier later last this next week month year morning afternoon evening night
    weekend
    """.split()
)

# Nouns that say whether a person is a man or a woman ("spokeswoman", "his father").
GENDERED_NOUNS = {
    "female": frozenset(
        """
        spokeswoman chairwoman congresswoman councilwoman businesswoman assemblywoman alderwoman
        policewoman sportswoman woman girl mother mum mom wife daughter sister grandmother aunt niece
        actress widow queen princess duchess countess baroness lady dame madam
        """.split()
    ),
    "male": frozenset(
        """
        spokesman chairman congressman councilman businessman assemblyman alderman policeman
        sportsman man boy father dad husband son brother grandfather uncle nephew actor widower
        king prince duke earl count baron lord sir
        """.split()
    ),
}

# Capitalised words that open a sentence before a name but are never part of it ("Now Linda
# has told…", "Neither Donald J. Trump nor…", "Maybe Trump…").
NOT_NAME_OPENERS = frozenset(
    """
    meanwhile however still yet instead indeed also moreover furthermore nevertheless later earlier
    then now today yesterday tonight so thus neither nor either both maybe perhaps most many some
    every each even only just when while after before since though although because unlike like
    despite outside inside amid
    """.split()
)

# Nouns for people by what they do or are, beyond titles and roles: a definite description
# headed by one ("the brave singer", "the 38-year-old") refers to a person in the story.
PERSON_NOUNS = frozenset(
    """
    singer star actor actress player coach teacher nurse victim suspect driver owner mother father
    son daughter wife husband woman man girl boy teenager pupil resident neighbour neighbor
    pensioner entrepreneur chef artist writer musician rapper comedian presenter host model
    footballer athlete striker midfielder defender goalkeeper captain veteran survivor patient
    businessman businesswoman billionaire millionaire mogul tycoon politician lawmaker youngster
    grandmother grandfather mum dad sister brother widow defendant claimant complainant
    """.split()
)

# "Montoya-Lewis herself said": stepped over between a speaker and the cue.
REFLEXIVES = frozenset("himself herself themselves itself myself ourselves yourself".split())

# Party words written before a title ("Conservative MP", "Labour councillor", "SNP MSP").
PARTY_WORDS = frozenset(
    """
    Conservative Conservatives Tory Tories Labour Liberal Lib Dem Democrat Democratic Republican GOP
    SNP Green Greens Reform UKIP Independent Unionist DUP Alliance Plaid Fianna Fine Gael Sinn
    """.split()
)

# Last words of place names that can follow a first name ("Marshall Islands", "Sterling Heights").
PLACE_WORDS = frozenset(
    """
    island islands county city valley river mountain mountains street avenue road hill hills park
    square bay beach lake heights springs falls republic kingdom states province district borough
    harbor harbour port airport station bridge
    """.split()
)
