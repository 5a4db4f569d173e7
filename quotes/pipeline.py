"""The spaCy pipeline: quote finding and attribution as registered components.

``load_pipeline()`` gives a blank English pipeline (tokenizer only) with the quote
components added; ``load_pipeline("en_core_web_sm")`` (a package name or a path)
loads a trained pipeline first, whose named entities then type and bound speakers.
Results land on ``doc._.quotes``. The rules read the text, not tokens, so where the
pipeline has nothing but the quote components :func:`extract_articles` calls them on the
text and skips tokenizing (most of the time spaCy's tokenizer would otherwise take).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .attribute import (
    DEFAULT_ORDER,
    NESTED,
    REPORTED,
    SIEVES,
    Context,
    attribute_quotes,
    check_sieves,
    find_cues,
    marked_ranges,
)
from .clean import CleanText, clean_text
from .extract import QuoteSpan, read_quotes, sentence_spans
from .extractor import EXTRACTOR_VERSION
from .lexicon import is_first_name
from .mentions import Mention
from .read import Article
from .speakers import ArticleSpeakers
from .vocab import FLOATING_SIEVE, MentionKind, SpeakerType

for _name in ("text", "marks_view", "quote_spans", "sentences", "quotes"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


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
        view, doc._.quote_spans = read_quotes(text)
        doc._.marks_view = view
        doc._.sentences = sentence_spans(view, doc._.quote_spans)
        return doc

    return quote_finder


@Language.factory("quote_attributor", default_config={"reported_speech": True, "sieves": list(DEFAULT_ORDER)})
def make_quote_attributor(nlp: Language, name: str, reported_speech: bool, sieves: list[str]):
    """Attributes quotes to speakers with the sieves of :mod:`quotes.attribute`: ``doc._.quotes``.

    ``sieves`` names the sieves to apply, per-quote ones in the order tried
    (:data:`quotes.attribute.DEFAULT_ORDER` by default); ``reported_speech`` false leaves
    out reported speech whatever ``sieves`` says. A trained pipeline's named entities, where
    it has them, bound and type the speakers."""
    order = check_sieves(sieves)

    def quote_attributor(doc: Doc) -> Doc:
        entities = [(e.start_char, e.end_char, e.label_) for e in doc.ents] or None
        text = doc._.text or doc.text
        view = doc._.marks_view or text
        found = attribute_text(view, doc._.quote_spans, doc._.sentences, entities, reported_speech, order)
        doc._.quotes = _as_written(text, view, found)
        return doc

    return quote_attributor


QUOTE_COMPONENTS = frozenset({"quote_finder", "quote_attributor"})


def quotes_of_text(text: str, entities: list[tuple[int, int, str]] | None = None, with_reported: bool = True,
                   sieves: Iterable[str] = DEFAULT_ORDER) -> list[Quote]:
    """The attributed quotes of ``text``, as the quote components find them, without a Doc."""
    view, spans = read_quotes(text)
    found = attribute_text(view, spans, sentence_spans(view, spans), entities, with_reported, sieves)
    return _as_written(text, view, found)


def _as_written(text: str, view: str, quotes: list[Quote]) -> list[Quote]:
    """Quotes found in :func:`~quotes.extract.marks_view`'s view of ``text``, with their words as ``text`` has them."""
    if view is text:
        return quotes
    return [q._replace(quote=text[q.start:q.end],
                       speaker_mention=text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None)
            for q in quotes]


def attribute_text(text: str, quote_spans: list[QuoteSpan], sentences: list[tuple[int, int]],
                   entities: list[tuple[int, int, str]] | None = None, with_reported: bool = True,
                   sieves: Iterable[str] = DEFAULT_ORDER) -> list[Quote]:
    """The attributed quotes of ``text``, given its quote spans and sentences, by the sieves named in ``sieves``."""
    sieves = check_sieves(sieves)
    ctx = Context(text, quote_spans, sentences, list(find_cues(text, marked_ranges(quote_spans))), entities)
    found = attribute_quotes(ctx, sieves)
    if NESTED in sieves:
        found += SIEVES[NESTED].find(ctx, found)
    if with_reported and REPORTED in sieves:
        used = {a.cue.start for a in found if a.cue and a.sieve != FLOATING_SIEVE}  # a floating quote borrows its cue
        spans = {(a.start, a.end) for a in found}
        for a in SIEVES[REPORTED].find(ctx, used):
            if (a.start, a.end) not in spans:  # one clause reported through two cues
                spans.add((a.start, a.end))
                found.append(a)
    return list(_resolve(text, ctx, found))


def _resolve(text: str, ctx: Context, found) -> Iterator[Quote]:
    """Give each attribution its canonical speaker, resolving mentions in reading order."""
    named = {a.mention.name for a in found if a.mention and a.mention.kind == MentionKind.NAME and a.mention.name
             and a.mention.type != SpeakerType.ORGANIZATION}
    # a quotation inside a quote after the rest: who speaks the quote around it is known by then
    mentioned = sorted((a for a in found if a.mention), key=lambda a: (a.sieve == NESTED, a.mention.start))
    outer = {a: next((b for b in found if b.sieve != NESTED and b.start <= a.start and a.end <= b.end
                      and b.end - b.start > a.end - a.start), None)
             for a in found if a.sieve == NESTED}
    resolved: dict[tuple[int, int], tuple[str | None, str]] = {}
    if mentioned:  # where no quote has a mention, the article's people need not be read
        speakers = ArticleSpeakers(text, [(q.open, q.close) for q in ctx.quotes], ctx.sentences, named,
                                   [(a.start, a.end) for a in found if a.sieve == REPORTED])
    for a in mentioned:
        key = (a.mention.start, a.mention.end)
        if key not in resolved:
            called = _VOCATIVE.match(text, a.start)
            around = outer.get(a)
            quoting = resolved[(around.mention.start, around.mention.end)][0] if around and around.mention else None
            resolved[key] = speakers.resolve(a.mention, called.group(1) if called and is_first_name(called.group(1))
                                             else None, quoting)
    # a quotation in marks inside an answer printed without them, whose own cue names its speaker
    quoted_inside = {(a.start, a.end) for a in found if a.sieve == NESTED and a.mention
                     and resolved[(a.mention.start, a.mention.end)][0] is not None
                     and resolved[(a.mention.start, a.mention.end)][1] != SpeakerType.GROUP}
    speakers_so_far: list[tuple[str, Mention]] = []  # each person who spoke, in reading order
    for a in sorted(found, key=lambda a: a.start):
        m = a.mention
        name, stype = resolved[(m.start, m.end)] if m else (None, SpeakerType.UNKNOWN)
        if a.sieve == NESTED and (name is None or stype == SpeakerType.GROUP):
            continue  # a quotation inside a quote by no one named ("People say, ‘…’"): the quote holds its words
        if a.sieve != NESTED and (a.start, a.end) in quoted_inside:
            continue  # read by the cue inside the answer that quotes it
        called = _CALLED_LAST.search(text, a.start, a.end)
        if (a.sieve == FLOATING_SIEVE and called and name and stype == SpeakerType.PERSON
                and name.split()[0] == called.group(1)):
            # "Mr Bramley shook his head. “That's not fair, love.” ⏎ “That was 2004, Keith.”": no one
            # calls themselves; the one who spoke before them answers
            other = next(((n, om) for n, om in reversed(speakers_so_far) if n != name), None)
            if other is not None:
                (name, m), stype = other, SpeakerType.PERSON
        if name and stype == SpeakerType.PERSON and m is not None:
            speakers_so_far.append((name, m))
        confidence = a.confidence * _resolution_confidence(m, name, stype)
        yield Quote(
            start=a.start, end=a.end, quote=text[a.start:a.end], kind=a.kind,
            cue=a.cue.text if a.cue else None, cue_start=a.cue.start if a.cue else None,
            speaker=name, speaker_mention=m.text if m else None, speaker_start=m.start if m else None,
            speaker_end=m.end if m else None, speaker_type=stype, mention_kind=m.kind if m else None,
            role=m.role if m else None, confidence=round(confidence, 3), sieve=a.sieve,
        )


# A quote ending by calling someone by their first name: "That was 2004, Keith."
_CALLED_LAST = re.compile(r",\s+([A-Z][a-z]+)[.!?]?\s*$")
# A quote opening by calling someone by their first name: "Pat, you can give up …".
_VOCATIVE = re.compile(r"\s*([A-Z][a-z]+),\s+(?:you|we|I|it's|it’s|don't|don’t|listen|look)\b")


# How far each way of reaching a name is to be trusted, as measured on the dev gold: a name
# written at the cue is right 0.97 of the time, through a pronoun 0.87, a description 0.65
# (0.2 where it names no one), a surname the article never gave in full 0.74.
_BY_MENTION = {MentionKind.NAME: 1.0, MentionKind.RELATIVE: 0.95, MentionKind.PRONOUN: 0.9,
               MentionKind.DESCRIPTION: 0.75, MentionKind.GROUP: 0.7}


def _resolution_confidence(mention, name: str | None, stype: str) -> float:
    """The share of a sieve's confidence left after the speaker's mention is resolved to ``name``."""
    if mention is None:
        return 1.0
    if name is None:
        return 0.4  # a mention that names no one: the quote's speaker is unknown
    factor = _BY_MENTION.get(mention.kind, 0.7)
    if stype == SpeakerType.DESCRIPTION:
        factor *= 0.7  # the article names no one
    elif stype == SpeakerType.PERSON and len(name.split()) == 1:
        factor *= 0.8  # a name the article never gave in full
    return factor


def load_pipeline(model: str | None = None, sieves: Iterable[str] | None = None) -> Language:
    """A blank English pipeline, or the trained pipeline ``model`` (name or path), plus the
    quote components; ``sieves`` names the sieves to apply (all, in the default order, if None)."""
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
    nlp.add_pipe("quote_attributor", config={} if sieves is None else {"sieves": list(check_sieves(sieves))})
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
    """An article, its cleaned text, the quotes found in it, the trained pipeline that
    helped find them (:func:`model_name`; None for the rules alone), and the version of the
    rules that did (:data:`quotes.extractor.EXTRACTOR_VERSION`; None where unknown)."""

    article: Article
    clean: CleanText
    quotes: list[Quote]
    model: str | None = None
    extractor: str | None = None
    error: str | None = None  # why no quotes could be extracted (a failure of the rules); None where they were


def model_name(nlp: Language) -> str | None:
    """The trained pipeline under the quote components, as "en_core_web_sm 3.7.1"; None for the rules alone."""
    if set(nlp.pipe_names) <= QUOTE_COMPONENTS:
        return None
    return f"{nlp.lang}_{nlp.meta.get('name', 'pipeline')} {nlp.meta.get('version', '')}".strip()


def extract_articles(articles: Iterable[Article], nlp: Language | None = None,
                     batch_size: int = 32) -> Iterator[Extracted]:
    """Clean, extract and attribute the quotes of each article, streaming with ``nlp.pipe``."""
    nlp = nlp or load_pipeline()
    model = model_name(nlp)

    def cleaned():
        for article in articles:
            clean = clean_text(article.text)
            parts = list(text_parts(clean.text))
            for n, (offset, part) in enumerate(parts, 1):
                yield part, (clean, article, offset, n == len(parts))

    if set(nlp.pipe_names) <= QUOTE_COMPONENTS:
        # Nothing here reads tokens (the rules read the text), so the tokenizer is skipped.
        config = nlp.get_pipe_config("quote_attributor")
        with_reported, sieves = config.get("reported_speech", True), tuple(config.get("sieves", DEFAULT_ORDER))

        def extracted(part: str) -> list[Quote] | str:
            try:
                return quotes_of_text(part, with_reported=with_reported, sieves=sieves)
            except Exception as e:  # a failure of the rules on one article must not cost the rest of the run
                return f"{type(e).__name__}: {e}"

        results: Iterator[tuple[list[Quote] | str, tuple]] = ((extracted(part), info) for part, info in cleaned())
    else:
        results = ((doc._.quotes, info) for doc, info in nlp.pipe(cleaned(), as_tuples=True, batch_size=batch_size))
    found: list[Quote] = []
    error = None
    for quotes, (clean, article, offset, last) in results:
        if isinstance(quotes, str):
            error = error or quotes
        elif error is None:
            found += [_shift(q, offset) for q in quotes] if offset else quotes
        if last:
            yield Extracted(article, clean, [] if error else found, model, EXTRACTOR_VERSION, error)
            found, error = [], None


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
