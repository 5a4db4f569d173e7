"""Read articles from files and folders into :class:`Article` records."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = (".txt",)

# "Source: Today IT", "Original News Source – 1945"
_SOURCE_LINE = re.compile(r"^\s*(?:Original\s+)?(?:News\s+)?Source\s*[:–—-]\s*(?P<source>.{1,80}?)\s*$", re.I | re.M)


class ReadError(Exception):
    """An input that cannot be read as an article; the message names the file."""


@dataclass
class Article:
    """One news article: its raw text and what is known about where it came from."""

    doc: str
    text: str
    path: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def key(self) -> str:
        """What identifies this article across runs: its URL, else its path, else its name."""
        return self.url or self.path or self.doc


def iter_paths(paths: Iterable[str | Path], suffixes: tuple[str, ...] = TEXT_SUFFIXES) -> Iterator[Path]:
    """Yield the article files named by ``paths``, walking folders in sorted order."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in suffixes)
        elif p.is_file():
            yield p
        else:
            raise ReadError(f"{p}: no such file or folder")


def read_text_file(path: Path) -> Article:
    """Read a UTF-8 text article, taking its headline and source line as metadata."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ReadError(f"{path}: cannot read ({e.strerror})") from e
    if b"\x00" in raw[:4096]:
        raise ReadError(f"{path}: binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ReadError(f"{path}: not UTF-8 text (byte {e.start})") from e
    if not text.strip():
        raise ReadError(f"{path}: empty file")
    return Article(
        doc=path.name, text=text, path=str(path.resolve()),
        title=guess_title(text), source=guess_source(text),
    )


def read_articles(paths: Iterable[str | Path], errors: list[ReadError] | None = None) -> Iterator[Article]:
    """Yield an :class:`Article` for every text file under ``paths``.

    With an ``errors`` list, unreadable inputs are collected there and the rest read on;
    without one, the first raises :class:`ReadError`.
    """
    for path in _paths_or_errors(paths, errors):
        try:
            yield read_text_file(path)
        except ReadError as e:
            if errors is None:
                raise
            errors.append(e)


def _paths_or_errors(paths, errors):
    for p in paths:
        try:
            yield from iter_paths([p])
        except ReadError as e:
            if errors is None:
                raise
            errors.append(e)


def guess_title(text: str) -> str | None:
    """The first line, where it reads as a headline: short and not ending like a sentence."""
    first, _, rest = text.lstrip().partition("\n")
    first = first.strip()
    if not rest.strip() or not first or len(first) > 150 or first[-1] in ".!?,;:”\"":
        return None
    if first.split()[0].lower() in {"on", "the", "a", "in"} and len(first.split()) > 14:
        return None
    return first


def guess_source(text: str) -> str | None:
    """The outlet named in a trailing "Source: …" line, if any."""
    matches = list(_SOURCE_LINE.finditer(text[-2000:]))
    return matches[-1].group("source").strip() if matches else None
