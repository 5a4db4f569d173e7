"""Read articles from files, folders, globs and standard input into :class:`Article` records.

Accepted inputs:

- ``.txt`` — one article; UTF-8 first, then the encoding charset-normalizer detects.
  A headline first line becomes the title, a "Source: …" line the source, a dateline
  the publication date.
- ``.html`` / ``.htm`` — a saved web page; trafilatura takes the main text and the
  title, author, date, site name and canonical URL, leaving scripts, menus and comments.
- ``.jsonl`` / ``.json`` / ``.csv`` — one article per record with the fields of
  :data:`RECORD_FIELDS` (``text`` required).
- ``-`` — standard input, read as HTML, JSON Lines or text by its first character.

Any other named file is read as text; folders are walked for the suffixes above.

Each format is a reader function registered for its suffixes with :func:`reader`
(:data:`READERS`): reading a file, walking a folder, sniffing standard input and the
command line's help and rules all look there, so a new format is one function here.

Whatever cannot be read (undecodable bytes, NUL characters, a lone surrogate, JSON nested
past Python's recursion limit, a CSV quote never closed, a file name that is not UTF-8, a
folder that cannot be listed) is a :class:`ReadError` naming the file and the reason, and
the other inputs are read on.
"""

from __future__ import annotations

import csv
import functools
import glob
import hashlib
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from .outlets import outlet_name

RECORD_FIELDS = ("text", "title", "url", "source", "published", "author")
# No news article is this long; larger inputs are a concatenation or not text at all.
MAX_ARTICLE_BYTES = 10_000_000
STDIN = "-"

# "Source: Today IT", "Original News Source – 1945"
_SOURCE_LINE = re.compile(r"^\s*(?:Original\s+)?(?:News\s+)?Source\s*[:–—-]\s*(?P<source>.{1,80}?)\s*$", re.I | re.M)
_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTH = r"(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)"
# A line that is a date and little else: "September 13, 2023", "Published: 13 Sept 2023 10:05", "2023-09-13".
_DATE_LINE = re.compile(
    r"^[ \t]*(?:(?:published|updated|posted|date)(?:[ \t]+on)?[ \t]*:?[ \t]*)?(?:[A-Z][a-z]+day,?[ \t]+)?"
    rf"(?:{_MONTH}[ \t]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})[ \t]+{_MONTH.replace('month', 'month2')}[ \t]+(?P<year2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))\b[^\n]{0,30}$",
    re.I | re.M,
)
# A dateline without its year, "Wednesday, October 4": not a headline, and no full date either.
_DAY_LINE = re.compile(
    rf"(?:[A-Z][a-z]+day,?[ \t]+)?(?:{_MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_MONTH.replace('month', 'month2')})", re.I)
# A date with its year, anywhere in a line: "March 4, 2024", "4 March 2024", "2024-03-04".
_DATE = (
    rf"(?P<date>(?i:{_MONTH.replace('month', 'm1')}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}"
    rf"|\d{{1,2}}[ \t]+{_MONTH.replace('month', 'm2')}[ \t]+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b)"
)
# A story's dateline: "HARBOR CITY, March 4, 2024 — …", "HARBOR CITY, Calif. (March 4, 2024) —",
# "WASHINGTON, March 4, 2024 (AP) -".
_DATELINE = re.compile(
    rf"(?:[A-Z][A-Za-z.'’-]*[ \t]+){{0,3}}[A-Z][A-Za-z.'’-]*(?:,[ \t]+[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*)?)?"
    rf"[ \t]*(?:,[ \t]*|\([ \t]*)(?:[A-Z][a-z]+day,?[ \t]+)?{_DATE}[ \t]*\)?[ \t]*"
    rf"(?:\([A-Za-z .]{{1,30}}\)[ \t]*)?[—–-]",
)
# A byline with its date: "By Jane Doe | March 4, 2024", "By Jane Doe, Reuters, on March 4, 2024 10:00".
_BYLINE = re.compile(
    rf"By[ \t]+[^\n]{{1,80}}?(?:[|·•,—–-]|[ \t]on)[ \t]*(?:[A-Z][a-z]+day,?[ \t]+)?{_DATE}", re.I)
# "Published March 4, 2024", "First published on Mon 4 Mar 2024 10.05 GMT", "Posted: 10:05 AM, March 4, 2024".
_PUBLISHED_LINE = re.compile(
    rf"(?:first[ \t]+)?(?:published|posted)\b[^\n]{{0,40}}?(?:[A-Z][a-z]+day,?[ \t]+|[A-Z][a-z]{{2}}[ \t]+)?{_DATE}",
    re.I)
# A correction or editor's note: its date is not the publication's.
_CORRECTION = re.compile(r"(?i)\b(?:correct(?:ed|ion)|clarif(?:ied|ication)|editor['’]s note|amended)\b")
_UPDATED = re.compile(r"(?i)\s*(?:last\s+)?(?:updated|modified)\b")
# A line of the story itself: a sentence ended, or a paragraph too long for a headline or byline.
_STORY_LINE = re.compile(r"(?:[.!?][”’'\"]?\s*$)|^.{160,}")
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


class ReadError(Exception):
    """An input that cannot be read as an article; the message names the file and the reason."""


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
    raw_hash: str | None = None
    ref: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def key(self) -> str:
        """What identifies this article across runs: its URL, else its path (and record), else its name."""
        return self.url or (self.path and self.path + self.ref) or self.doc


def iter_paths(paths: Iterable[str | Path], suffixes: tuple[str, ...] | None = None,
               errors: list[ReadError] | None = None) -> Iterator[Path]:
    """Yield the input files named by ``paths`` (files, folders walked in sorted order, globs, ``-``).

    Folders are walked for files with one of ``suffixes`` (by default, those of :data:`READERS`).

    A folder inside that cannot be listed is an error: appended to ``errors`` where given
    (the rest of the walk goes on), else raised.
    """
    for name in map(str, paths):
        p = Path(name)
        if name == STDIN:
            yield p
        elif p.is_dir():
            yield from _walk(p, suffixes or tuple(READERS), errors)
        elif p.is_file():
            yield p
        elif glob.has_magic(name) and (matches := sorted(glob.glob(name, recursive=True))):
            yield from iter_paths(m for m in matches if Path(m).is_file())
        else:
            raise ReadError(f"{p}: no such file or folder")


def _walk(folder: Path, suffixes: tuple[str, ...], errors: list[ReadError] | None) -> list[Path]:
    """The files under ``folder`` with one of ``suffixes``, sorted; symlinked folders are not followed."""

    def unlisted(e: OSError) -> None:
        error = ReadError(f"{shown(e.filename)}: cannot read folder ({e.strerror})")
        if errors is None:
            raise error
        errors.append(error)

    found = []
    for where, _, names in os.walk(folder, onerror=unlisted):
        found += [f for f in map(Path(where).joinpath, names) if f.suffix.lower() in suffixes and f.is_file()]
    return sorted(found)


def shown(path: object) -> str:
    """``path`` as printable text: bytes of a name that are not UTF-8 written as escapes."""
    try:
        return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return str(path).encode("utf-8", "backslashreplace").decode("utf-8")


def read_articles(
    paths: Iterable[str | Path], errors: list[ReadError] | None = None, **metadata: str | None
) -> Iterator[Article]:
    """Yield an :class:`Article` for every article under ``paths``.

    Args:
        paths: files, folders, globs, or ``-`` for standard input.
        errors: where unreadable inputs are collected while the rest are read; without
            it, the first raises :class:`ReadError`.
        metadata: ``source``, ``published`` or ``url`` to set on every article, over
            whatever the input says.
    Yields:
        Articles, in input order.
    """
    overrides = {k: v for k, v in metadata.items() if v}
    for path in _paths_or_errors(paths, errors):
        try:
            try:
                for article in read_path(path, errors):
                    for k, v in overrides.items():
                        setattr(article, k, v)
                    yield article
            except RecursionError as e:
                raise ReadError(f"{shown(path)}: nested too deeply to read") from e
            except (UnicodeError, ValueError, OSError, csv.Error) as e:
                raise ReadError(f"{shown(path)}: cannot read ({type(e).__name__}: {e})") from e
        except ReadError as e:
            if errors is None:
                raise
            errors.append(e)


def read_path(path: Path, errors: list[ReadError] | None = None) -> Iterator[Article]:
    """The articles of one input file (or standard input), read by its suffix."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        raise ReadError(f"{shown(path)}: file name is not UTF-8; rename the file") from None
    raw = _read_bytes(path)
    found = _sniff(raw) if str(path) == STDIN else reader_for(path)
    yield from found.read(path, raw, errors)


def resolved(path: Path) -> str:
    """``path`` made absolute with symlinks resolved: what identifies a file across runs.

    A folder's resolution is remembered, so the files of a folder cost one ``lstat`` each
    rather than one for every part of their path.
    """
    if path.is_symlink():
        return str(path.resolve())
    return str(_resolved_folder(os.path.abspath(path.parent)) / path.name)


@functools.lru_cache(maxsize=1024)
def _resolved_folder(folder: str) -> Path:
    return Path(folder).resolve()


def read_text_file(path: Path) -> Article:
    """Read one text file as an article, whatever its suffix."""
    raw = _read_bytes(path)
    return text_article(decode(raw, path), path, doc=path.name, path=resolved(path),
                        raw_hash=hashlib.sha1(raw).hexdigest())


def text_article(text: str, name: Path | str, **fields) -> Article:
    """A plain-text article, with its headline, source line (the outlet as readers know it) and
    publication date (:func:`guess_published`) as metadata."""
    if not text.strip():
        raise ReadError(f"{name}: empty file")
    return Article(text=text, title=guess_title(text), source=outlet_name(guess_source(text)),
                   published=guess_published(text),
                   **fields)


def html_article(html: str, name: Path | str, **fields) -> Article:
    """The main text and metadata of a web page, through trafilatura."""
    import trafilatura

    # The date from the page's own metadata and markup (htmldate), the original publication's
    # rather than an update's, and never one guessed from dates in the story's text.
    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                        date_extraction_params={"extensive_search": False, "original_date": True})
    assert not isinstance(found, dict)  # a Document, or None: a dict only with as_dict=True
    if found is None or not found.text or not found.text.strip():
        raise ReadError(f"{name}: no article text found in the HTML")
    source = outlet_name(found.sitename or found.hostname, found.url, found.title)
    return Article(text=found.text, title=found.title, source=source,
                   url=found.url, published=found.date, author=found.author, **fields)


def read_records(path: Path, raw: bytes, records: Callable[[str, Path], Iterator[tuple[str, object]]],
                 errors: list[ReadError] | None = None) -> Iterator[Article]:
    """The articles of a file of records (``records`` splits its text into ``(ref, record)``
    pairs, a record a dict with a ``text`` field, or a :class:`ReadError`): one per record.

    A bad record is an error naming the file and record; the others are read on.
    """
    text = decode(raw, path)
    name = "stdin" if str(path) == STDIN else path.name
    file_path = None if str(path) == STDIN else resolved(path)
    for ref, record in records(text, path):
        try:
            if isinstance(record, ReadError):
                raise record
            yield record_article(record, path, ref, name, file_path)
        except ReadError as e:
            if errors is None:
                raise
            errors.append(e)


def record_article(record: object, path: Path, ref: str, name: str, file_path: str | None) -> Article:
    """One record (a dict with at least ``text``) as an article."""
    if not isinstance(record, dict):
        raise ReadError(f"{path}{ref}: record is not an object with a text field")
    record = {str(k).strip().lower(): v for k, v in record.items()}
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(f"{path}{ref}: record has no text")
    try:
        dumped = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str).encode()
    except UnicodeEncodeError as e:
        raise ReadError(
            f"{path}{ref}: lone surrogate \\u{ord(e.object[e.start]):04x} in the record: not text") from None
    if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        raise ReadError(f"{path}{ref}: text over {MAX_ARTICLE_BYTES // 1_000_000} MB, too large for one article")
    if any("\x00" in v for v in record.values() if isinstance(v, str)):
        raise ReadError(f"{path}{ref}: NUL character in the record: binary data, not text")
    meta = {k: str(record[k]).strip() or None for k in RECORD_FIELDS[1:] if record.get(k) not in (None, "")}
    if published := meta.get("published"):
        meta["published"] = normalise_date(published) or published
    raw_hash = hashlib.sha1(dumped).hexdigest()
    extra = {k: v for k, v in record.items() if k not in RECORD_FIELDS}
    path_key = file_path if not meta.get("url") else None
    if file_path is None and not meta.get("url"):
        name, ref = f"stdin-{raw_hash[:12]}", ""
    return Article(doc=f"{name}{ref}", text=text, path=path_key, raw_hash=raw_hash, ref=ref if path_key else "",
                   extra=extra, **meta)


def _jsonl_records(text: str, path: Path) -> Iterator[tuple[str, object]]:
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                yield f"#{n}", json.loads(line)
            except json.JSONDecodeError as e:
                yield f"#{n}", ReadError(f"{path}#{n}: not JSON ({e.msg})")
            except RecursionError:
                yield f"#{n}", ReadError(f"{path}#{n}: JSON nested too deeply to read")
            except ValueError as e:  # a number too long to convert
                yield f"#{n}", ReadError(f"{path}#{n}: not readable JSON ({e})")


def _json_records(text: str, path: Path) -> Iterator[tuple[str, object]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ReadError(f"{path}: not JSON ({e.msg} at line {e.lineno})") from e
    except RecursionError:
        raise ReadError(f"{path}: JSON nested too deeply to read") from None
    except ValueError as e:
        raise ReadError(f"{path}: not readable JSON ({e})") from e
    for n, record in enumerate(data if isinstance(data, list) else [data], 1):
        yield f"#{n}", record


def _csv_records(text: str, path: Path) -> Iterator[tuple[str, object]]:
    csv.field_size_limit(MAX_ARTICLE_BYTES + 1)
    # strict: a quote never closed is an error, not the rest of the file read as one field
    rows = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        fieldnames = rows.fieldnames
    except csv.Error as e:
        raise ReadError(f"{path}: bad CSV header at line 1 ({e})") from e
    if not fieldnames or "text" not in [f.strip().lower() for f in fieldnames]:
        raise ReadError(f"{path}: CSV has no text column (columns: {', '.join(fieldnames or [])})")
    n = 2
    while True:
        line = rows.line_num + 1  # where the next record starts
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as e:
            reason = "a quote opened here is never closed" if "end of data" in str(e) else str(e)
            raise ReadError(f"{path}: bad CSV in the record at line {line} ({reason})") from e
        yield f"#{n}", row
        n += 1


# Byte-order marks, the longer first (UTF-32 LE's begins with UTF-16 LE's).
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"),
)


def decode(raw: bytes, name: Path | str) -> str:
    """Bytes as text: UTF-8 first, then the encoding charset-normalizer finds; binary data is an error.

    UTF-16 and UTF-32 are read by their byte-order mark, or without one by where their zero
    bytes fall; text holding a NUL character anywhere is binary data.
    """
    name = shown(name)
    wide = next(((len(bom), encoding) for bom, encoding in _BOMS if raw.startswith(bom)), None) or _wide_encoding(raw)
    if wide:
        skip, encoding = wide
        try:
            text = raw[skip:].decode(encoding)
        except UnicodeDecodeError as e:
            raise ReadError(f"{name}: not {encoding.upper()} as its zero bytes or mark say "
                            f"({e.reason} at byte {e.start + skip})") from None
        if "\x00" in text:
            raise ReadError(f"{name}: NUL character at offset {text.index(chr(0))}: binary data, not text")
        if not text.strip():
            raise ReadError(f"{name}: empty file")
        return text
    if not raw.strip():
        raise ReadError(f"{name}: empty file")
    sample = raw[:65536]
    if len(_BINARY_BYTES.findall(sample)) > len(sample) // 100:
        raise ReadError(f"{name}: binary file, not text")
    if b"\x00" in raw:
        raise ReadError(f"{name}: NUL byte at offset {raw.index(0)}: binary data, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        utf8_error = e
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise ReadError(f"{name}: undecodable bytes (not UTF-8 at byte {utf8_error.start}, and no other encoding fits)")
    return str(best)


def _wide_encoding(raw: bytes) -> tuple[int, str] | None:
    """UTF-32 or UTF-16 without a byte-order mark, told by zero bytes at every fourth or second
    place of the first kilobytes (as text in Latin letters has them); None for anything else."""
    sample = raw[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None

    def zeros(start: int, step: int) -> float:
        column = sample[start::step]
        return column.count(0) / len(column)

    if len(raw) % 4 == 0:
        if zeros(2, 4) == 1 and zeros(3, 4) == 1 and zeros(0, 4) < 0.5:
            return 0, "utf-32-le"
        if zeros(0, 4) == 1 and zeros(1, 4) == 1 and zeros(3, 4) < 0.5:
            return 0, "utf-32-be"
    if zeros(1, 2) > 0.9 and zeros(0, 2) < 0.1:
        return 0, "utf-16-le"
    if zeros(0, 2) > 0.9 and zeros(1, 2) < 0.1:
        return 0, "utf-16-be"
    return None


def _read_bytes(path: Path) -> bytes:
    """The bytes of ``path`` (or standard input), refusing inputs too large to be one article."""
    if str(path) == STDIN:
        raw = sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1)
        too_large = len(raw) > MAX_ARTICLE_BYTES
    else:
        try:
            too_large = path.stat().st_size > MAX_ARTICLE_BYTES and not reader_for(path).records
            raw = b"" if too_large else path.read_bytes()
        except OSError as e:
            raise ReadError(f"{path}: cannot read ({e.strerror})") from e
    if too_large:
        raise ReadError(f"{path}: over {MAX_ARTICLE_BYTES // 1_000_000} MB, too large for one article")
    return raw


def _sniff(raw: bytes) -> Reader:
    """The reader standard input is read with: the first whose ``sniff`` accepts its first
    character, else text."""
    head = raw.lstrip()[:1]
    return next((r for r in READERS.values() if r.sniff and r.sniff(head)), READERS[".txt"])


# The readers, by suffix -------------------------------------------------------------------

ReadFile = Callable[[Path, bytes, "list[ReadError] | None"], Iterator[Article]]


@dataclass(frozen=True)
class Reader:
    """How files of one format are read.

    ``read(path, raw, errors)`` yields the articles of a file whose bytes are ``raw`` (``path``
    is ``-`` for standard input); ``records`` says a file holds many articles, one per record
    (so no size limit for one article applies to it, ``--url`` cannot name it, and the
    progress bar cannot count its articles from the files); ``sniff(first_byte)`` says
    standard input starting with that byte is in this format.
    """

    name: str
    suffixes: tuple[str, ...]
    read: ReadFile
    records: bool = False
    sniff: Callable[[bytes], bool] | None = None


# Suffix (lowercase, with its dot) → reader, in the order formats were registered.
READERS: dict[str, Reader] = {}


def reader(name: str, *suffixes: str, records: bool = False,
           sniff: Callable[[bytes], bool] | None = None) -> Callable[[ReadFile], ReadFile]:
    """Register the decorated function as the reader of ``suffixes`` (see :class:`Reader`)."""

    def register(read: ReadFile) -> ReadFile:
        registered = Reader(name, tuple(s.lower() for s in suffixes), read, records, sniff)
        for suffix in registered.suffixes:
            READERS[suffix] = registered
        return read

    return register


def reader_for(path: Path) -> Reader:
    """The reader of ``path`` by its suffix; text for any other."""
    return READERS.get(path.suffix.lower(), READERS[".txt"])


def reads_many(path: str | Path) -> bool:
    """Whether the input ``path`` may hold many articles: standard input or a file of records."""
    return str(path) == STDIN or reader_for(Path(path)).records


def formats_help() -> str:
    """The accepted inputs as the command line's help gives them: "text (.txt), HTML (.html, .htm), …"."""
    formats = {r.name: r for r in READERS.values()}
    return ", ".join(f"{name} ({', '.join(r.suffixes)})" for name, r in formats.items())


def _file_fields(path: Path, raw: bytes) -> dict:
    """What identifies a one-article file: its name and resolved path (standard input: a hash of
    its bytes), and the hash of its bytes."""
    raw_hash = hashlib.sha1(raw).hexdigest()
    if str(path) == STDIN:
        return {"doc": f"stdin-{raw_hash[:12]}", "raw_hash": raw_hash}
    return {"doc": path.name, "path": resolved(path), "raw_hash": raw_hash}


@reader("text", ".txt")
def read_text(path: Path, raw: bytes, errors: list[ReadError] | None = None) -> Iterator[Article]:
    """One plain-text article (:func:`text_article`)."""
    fields = _file_fields(path, raw)
    yield text_article(decode(raw, path), path, **fields)


@reader("HTML", ".html", ".htm", sniff=lambda head: head == b"<")
def read_html(path: Path, raw: bytes, errors: list[ReadError] | None = None) -> Iterator[Article]:
    """One saved web page (:func:`html_article`)."""
    fields = _file_fields(path, raw)
    yield html_article(decode(raw, path), path, **fields)


@reader("JSON Lines", ".jsonl", records=True, sniff=lambda head: head == b"{")
def read_jsonl(path: Path, raw: bytes, errors: list[ReadError] | None = None) -> Iterator[Article]:
    """An article per line, each a JSON object with the fields of :data:`RECORD_FIELDS`."""
    return read_records(path, raw, _jsonl_records, errors)


@reader("JSON", ".json", records=True, sniff=lambda head: head == b"[")
def read_json(path: Path, raw: bytes, errors: list[ReadError] | None = None) -> Iterator[Article]:
    """An article per object of a JSON list (or one object)."""
    return read_records(path, raw, _json_records, errors)


@reader("CSV", ".csv", records=True)
def read_csv(path: Path, raw: bytes, errors: list[ReadError] | None = None) -> Iterator[Article]:
    """An article per row of a CSV file whose header names a ``text`` column."""
    return read_records(path, raw, _csv_records, errors)



def _paths_or_errors(paths, errors):
    for p in paths:
        try:
            yield from iter_paths([p], errors=errors)
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
    if _DATE_LINE.fullmatch(first) or _DAY_LINE.fullmatch(first):
        return None
    return first


def guess_source(text: str) -> str | None:
    """The outlet named in a trailing "Source: …" line, if any."""
    matches = list(_SOURCE_LINE.finditer(text[-2000:]))
    return matches[-1].group("source").strip() if matches else None


def guess_published(text: str) -> str | None:
    """The ISO publication date a plain-text article gives, or None.

    Read, in this order: a "Published …"/"Posted …" line or a line that is a date near the top;
    a dateline opening the story ("HARBOR CITY, March 4, 2024 — …", "HARBOR CITY (March 4,
    2024) —"); a byline with its date ("By Jane Doe | March 4, 2024"); a "Published …" line or
    a date alone on the last line, unless a correction is appended (its date is the correction's);
    last, an "Updated …" line. Never a correction notice
    ("This article was corrected on May 3, 2024") nor a date inside the story's sentences or a
    timeline in its body.
    """
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    updated = None
    for line in lines[:8]:  # the lines above the story, and its first paragraph
        story = _STORY_LINE.search(line) is not None
        if _CORRECTION.search(line):
            continue
        m = _DATE_LINE.fullmatch(line)
        if m and not story and not _UPDATED.match(line):
            return normalise_date(m.group())
        if m and not updated:
            updated = normalise_date(m.group())
        for pattern in (_DATELINE, _BYLINE, _PUBLISHED_LINE):
            m = pattern.match(line)
            if m and normalise_date(m.group("date")):
                return normalise_date(m.group("date"))
        if story:
            break  # below the first paragraph, dates are the story's
    for line in reversed(lines[8:][-3:]):  # a "Published …" line at the end, or the last line a date
        if _CORRECTION.search(line) or _UPDATED.match(line):
            continue
        m = _PUBLISHED_LINE.match(line)
        if m and normalise_date(m.group("date")):
            return normalise_date(m.group("date"))
    corrected = any(_CORRECTION.search(line) for line in lines[:8] + lines[-4:])  # "CORRECTION APPENDED."
    if len(lines) > 1 and not corrected and (m := _DATE_LINE.fullmatch(lines[-1])) and not _UPDATED.match(lines[-1]):
        return normalise_date(m.group()) or updated
    return updated


def normalise_date(value: str) -> str | None:
    """An ISO date (``2023-09-13``) for a written date with a year, else None."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    m = _DATE_LINE.search(value)
    if not m:
        return None
    if m.group("iso"):
        try:
            return date.fromisoformat(m.group("iso")).isoformat()
        except ValueError:
            return None
    month = (m.group("month") or m.group("month2")).rstrip(".").lower()
    number = next((i for name, i in _MONTHS.items() if name.startswith(month[:3])), None)
    if number is None:
        return None
    try:
        return date(int(m.group("year") or m.group("year2")), number,
                    int(m.group("day") or m.group("day2"))).isoformat()
    except (TypeError, ValueError):
        return None
