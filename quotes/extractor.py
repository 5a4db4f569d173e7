"""The version of the extraction rules: the package version and a hash of the rule files.

Each stored article records the :data:`EXTRACTOR_VERSION` that extracted it
(``articles.extractor``), so an archive can tell which of its articles an improved
extractor would read differently: ``quotes ingest`` extracts those again, and ``quotes
reextract`` does it for a whole archive from the stored text.

The hash covers the modules that turn cleaned text into attributed quotes and the word-list
data files they read (in the package's folder and under ``wordlists/``); the reading of files
(``read.py``) is not among them, since what it changes reaches an archive as changed text or
metadata (``articles.content_hash``), nor are the lists read only after extraction (citing,
clustering, looking up, scoring: ``wordlists_db/``), which change no stored quote.
It is computed once, at import, from about 120 kB of source (about a millisecond).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from . import __version__

# The stages from cleaned text to attributed quotes (see the package docstring).
RULE_MODULES = ("clean.py", "extract.py", "attribute.py", "mentions.py", "lexicon.py", "speakers.py", "pipeline.py")
# Word lists kept as data files: in the package's folder and, by language, under wordlists/.
WORD_LIST_SUFFIXES = (".txt", ".tsv", ".json", ".yml", ".yaml")
WORD_LIST_FOLDER = "wordlists"
PACKAGE = Path(__file__).resolve().parent


def rule_files(package: Path = PACKAGE) -> list[Path]:
    """The files of ``package`` (this one by default) whose contents make the rules:
    :data:`RULE_MODULES` and word-list data files, in the order of their paths in the package."""
    folder = package / WORD_LIST_FOLDER
    candidates = [*package.iterdir(), *(folder.rglob("*") if folder.is_dir() else ())]
    data = [f for f in candidates if f.name.endswith(WORD_LIST_SUFFIXES) and f.is_file()]
    return sorted([package / name for name in RULE_MODULES] + data, key=lambda f: f.relative_to(package).as_posix())


def rules_hash(files: Iterable[Path], package: Path = PACKAGE) -> str:
    """Twelve hex digits of the SHA-1 of the files' paths in ``package`` and their contents (line ends as ``\\n``)."""
    digest = hashlib.sha1()
    for f in files:
        digest.update(f.relative_to(package).as_posix().encode() + b"\0"
                      + f.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()[:12]


EXTRACTOR_VERSION = f"{__version__}+{rules_hash(rule_files())}"
