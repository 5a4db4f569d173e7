"""Word helpers the database side needs, with nothing of spaCy or textacy imported.

Clustering a stored database (:mod:`quotes.cluster`) compares words without accents and
tells stop words from content words; loading spaCy or textacy for that would cost seconds
at every ``quotes cluster`` or ``quotes cite``. :data:`STOP_WORDS` is spaCy's English list
and :func:`remove_accents` textacy's ``preprocessing.remove.accents``, kept equal to them by
``tests/test_layers.py``.
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

# spaCy's English stop words (spacy.lang.en.stop_words.STOP_WORDS), contractions included.
STOP_WORDS = frozenset(
    """
    'd 'll 'm 're 's 've a about above across after afterwards again against all almost alone
    along already also although always am among amongst amount an and another any anyhow anyone
    anything anyway anywhere are around as at back be became because become becomes becoming
    been before beforehand behind being below beside besides between beyond both bottom but by
    ca call can cannot could did do does doing done down due during each eight either eleven
    else elsewhere empty enough even ever every everyone everything everywhere except few
    fifteen fifty first five for former formerly forty four from front full further get give go
    had has have he hence her here hereafter hereby herein hereupon hers herself him himself his
    how however hundred i if in indeed into is it its itself just keep last latter latterly
    least less made make many may me meanwhile might mine more moreover most mostly move much
    must my myself n't name namely neither never nevertheless next nine no nobody none noone nor
    not nothing now nowhere n‘t n’t of off often on once one only onto or other others otherwise
    our ours ourselves out over own part per perhaps please put quite rather re really regarding
    same say see seem seemed seeming seems serious several she should show side since six sixty
    so some somehow someone something sometime sometimes somewhere still such take ten than that
    the their them themselves then thence there thereafter thereby therefore therein thereupon
    these they third this those though three through throughout thru thus to together too top
    toward towards twelve twenty two under unless until up upon us used using various very via
    was we well were what whatever when whence whenever where whereafter whereas whereby wherein
    whereupon wherever whether which while whither who whoever whole whom whose why will with
    within without would yet you your yours yourself yourselves ‘d ‘ll ‘m ‘re ‘s ‘ve ’d ’ll ’m
    ’re ’s ’ve
    """.split()
)


def remove_accents(text: str) -> str:
    """``text`` with every accent a character can lose removed ("Zelenskyy" stays, "Āsia" → "Asia")."""
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))


# textacy's QUOTE_TRANSLATION_TABLE (preprocessing.normalize.quotation_marks): fancy quotation
# marks and apostrophes to their ASCII forms.
QUOTE_TRANSLATION = {0x2BC: ord("'"), 0x2018: ord("'"), 0x2019: ord("'"), 0xB4: ord("'"), 0x60: ord("'"),
                     0x201C: ord('"'), 0x201D: ord('"')}


def plain_quotation_marks(text: str) -> str:
    """``text`` with fancy quotation marks as ASCII ones, as textacy normalises them."""
    return text.translate(QUOTE_TRANSLATION)


# Word lists kept as data, one folder per language: <folder>/<language>/<name>.txt. The
# extraction rules' lists are in quotes/wordlists/ and count in the rules' version
# (quotes.extractor.EXTRACTOR_VERSION: changing one re-extracts stored articles); those read
# only after extraction (citing, clustering, looking up, scoring) are in quotes/wordlists_db/,
# which the version leaves out.
WORD_LISTS = Path(__file__).resolve().parent / "wordlists"
DB_WORD_LISTS = Path(__file__).resolve().parent / "wordlists_db"


@functools.cache
def word_list(name: str, language: str = "en", folder: Path = WORD_LISTS) -> tuple[str, ...]:
    """The entries of the word list ``name`` for ``language`` in ``folder``, in order, read
    once: one entry a line (it may hold spaces), blank lines and ``#`` comments left out."""
    text = (folder / language / f"{name}.txt").read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(line for line in lines if line)


def word_set(name: str, language: str = "en", folder: Path = WORD_LISTS) -> frozenset[str]:
    """The word list ``name`` for ``language`` in ``folder`` as a set."""
    return frozenset(word_list(name, language, folder))
