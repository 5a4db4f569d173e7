"""The spaCy pipeline: quote finding and attribution as registered components.

``load_pipeline()`` gives a blank English pipeline (tokenizer only) with the quote
components added; ``load_pipeline("en_core_web_sm")`` (a package name or a path)
loads a trained pipeline first, whose named entities then type and bound speakers.
Results land on ``doc._.quotes``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .attribute import Context, Cue, attribute_quotes, reported_speech
from .clean import CleanText, clean_text
from .extract import find_quote_spans, sentence_spans
from .lexicon import CUE_FORMS
from .read import Article
from .speakers import ArticleSpeakers

for _name in ("text", "quote_spans", "sentences", "quotes"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


_PRONOUN_SUBJECTS = frozenset("he she it who that".split())
_NOUN_MARKERS = frozenset("the a an his her its their our my your this these those ’s 's".split())


_INVERTED_CUES = frozenset("said says added adds wrote writes asked asks told tells".split())


def _inverted_opening(text: str, doc: Doc, i: int) -> bool:
    """A capitalised cue opening a sentence before its speaker ("Said Ellis: “…”")."""
    if doc[i].lower_ not in _INVERTED_CUES:
        return False
    before = text[:doc[i].idx].rstrip()
    return not before or before[-1] in ".!?\n”\""


class Quote(NamedTuple):
    """One attributed quote; offsets index the (cleaned) article text."""

    start: int
    end: int
    quote: str
    kind: str
    cue: str | None
    cue_start: int | None
    speaker: str | None
    speaker_mention: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_type: str
    mention_kind: str | None
    role: str | None
    confidence: float
    sieve: str


class ModelNotFound(Exception):
    """A ``--model`` that names no installed spaCy pipeline and no pipeline folder."""


@Language.factory("quote_finder")
def make_quote_finder(nlp: Language, name: str):
    """Finds marked and block quotes and quote-aware sentences: ``doc._.quote_spans``, ``doc._.sentences``."""

    def quote_finder(doc: Doc) -> Doc:
        text = doc._.text = doc._.text or doc.text
        doc._.quote_spans = find_quote_spans(text)
        doc._.sentences = sentence_spans(text, doc._.quote_spans)
        return doc

    return quote_finder


@Language.factory("quote_attributor", default_config={"reported_speech": True})
def make_quote_attributor(nlp: Language, name: str, reported_speech: bool):
    """Attributes quotes to speakers with the sieves of :mod:`quotes.attribute`: ``doc._.quotes``."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("CUE", list(nlp.tokenizer.pipe(sorted(CUE_FORMS))))
    return _Attributor(matcher, reported_speech)


class _Attributor:
    def __init__(self, matcher: PhraseMatcher, with_reported: bool):
        self.matcher = matcher
        self.with_reported = with_reported

    def __call__(self, doc: Doc) -> Doc:
        text = doc._.text or doc.text
        cues = []
        for _, s, e in self.matcher(doc):
            span = doc[s:e]
            if not span.text[0].islower() and not _inverted_opening(text, doc, s):
                continue  # "State Department", "Says" in a headline: not cues here
            if s > 0 and doc[s - 1].lower_ in _NOUN_MARKERS and not (s > 1 and doc[s - 2].lower_ in _PRONOUN_SUBJECTS):
                continue  # "the claims", "Trump’s tweets": nouns (but "He’s claiming" is a verb)
            cues.append(Cue(span.start_char, span.end_char, span.text, CUE_FORMS[span.text.lower()]))
        entities = [(e.start_char, e.end_char, e.label_) for e in doc.ents] or None
        ctx = Context(text, doc._.quote_spans, doc._.sentences, cues, entities)
        found = attribute_quotes(ctx)
        if self.with_reported:
            used = {a.cue.start for a in found if a.cue}
            spans = {(a.start, a.end) for a in found}
            for a in reported_speech(ctx, used):
                if (a.start, a.end) not in spans:  # one clause reported through two cues
                    spans.add((a.start, a.end))
                    found.append(a)
        doc._.quotes = list(_resolve(text, ctx, found))
        return doc


def _resolve(text: str, ctx: Context, found) -> Iterator[Quote]:
    """Give each attribution its canonical speaker, resolving mentions in reading order."""
    speakers = ArticleSpeakers(text, [(q.open, q.close) for q in ctx.quotes])
    resolved = {}
    for a in sorted((a for a in found if a.mention), key=lambda a: a.mention.start):
        key = (a.mention.start, a.mention.end)
        if key not in resolved:
            resolved[key] = speakers.resolve(a.mention)
    for a in sorted(found, key=lambda a: a.start):
        m = a.mention
        name, stype = resolved[(m.start, m.end)] if m else (None, "unknown")
        confidence = a.confidence * (0.9 if m and m.kind in ("pronoun", "description") else 1.0)
        yield Quote(
            a.start, a.end, text[a.start:a.end], a.kind,
            a.cue.text if a.cue else None, a.cue.start if a.cue else None,
            name, m.text if m else None, m.start if m else None, m.end if m else None,
            stype, m.kind if m else None, m.role if m else None, round(confidence, 3), a.sieve,
        )


def load_pipeline(model: str | None = None) -> Language:
    """A blank English pipeline, or the trained pipeline ``model`` (name or path), plus the quote components."""
    if model:
        try:
            nlp = spacy.load(model)
        except OSError as e:
            raise ModelNotFound(
                f"spaCy pipeline {model!r} is not installed and is not a pipeline folder; "
                "install it (pip install …) or leave out --model to use the built-in rules"
            ) from e
    else:
        nlp = spacy.blank("en")
    nlp.tokenizer = _TextKeepingTokenizer(nlp.tokenizer)
    nlp.add_pipe("quote_finder")
    nlp.add_pipe("quote_attributor")
    return nlp


class _TextKeepingTokenizer:
    """The pipeline's tokenizer, keeping the text it was given on ``doc._.text``.

    spaCy rebuilds ``doc.text`` token by token on every access; the quote components need
    the text itself, which the tokenizer already had.
    """

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc._.text = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)


class Extracted(NamedTuple):
    """An article, its cleaned text and the quotes found in it."""

    article: Article
    clean: CleanText
    quotes: list[Quote]


def extract_articles(articles: Iterable[Article], nlp: Language | None = None, batch_size: int = 32) -> Iterator[Extracted]:
    """Clean, extract and attribute the quotes of each article, streaming with ``nlp.pipe``."""
    nlp = nlp or load_pipeline()

    def cleaned():
        for article in articles:
            clean = clean_text(article.text)
            parts = list(text_parts(clean.text))
            for n, (offset, part) in enumerate(parts, 1):
                yield part, (clean, article, offset, n == len(parts))

    found: list[Quote] = []
    for doc, (clean, article, offset, last) in nlp.pipe(cleaned(), as_tuples=True, batch_size=batch_size):
        found += [_shift(q, offset) for q in doc._.quotes] if offset else doc._.quotes
        if last:
            yield Extracted(article, clean, found)
            found = []


# Speaker resolution grows faster than the text (every mention is compared with those before
# it), so an article longer than this is read in parts of about this size, cut at paragraphs.
PART_CHARS = 100_000


def text_parts(text: str, size: int = PART_CHARS) -> Iterator[tuple[int, str]]:
    """``(offset, part)`` pieces of ``text`` of at most ``size`` characters, cut at a paragraph, line or space."""
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = max(window.rfind("\n\n"), 0) or max(window.rfind("\n"), 0) or max(window.rfind(" "), 0) or size
        yield start, text[start:start + cut]
        start += cut
    yield start, text[start:]


def _shift(q: Quote, offset: int) -> Quote:
    """``q`` with its offsets moved by ``offset``."""
    moved = {f: getattr(q, f) + offset for f in ("start", "end", "cue_start", "speaker_start", "speaker_end")
             if getattr(q, f) is not None}
    return q._replace(**moved)


def extract_text(text: str, nlp: Language | None = None) -> list[Quote]:
    """The quotes of one text (cleaned first); offsets index the cleaned text."""
    return (nlp or load_pipeline())(clean_text(text).text)._.quotes
