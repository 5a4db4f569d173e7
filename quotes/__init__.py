"""quotes: find quotations in news, attribute them to speakers, and publish a speaker index.

The flow, one module a stage: :mod:`~quotes.read` → :mod:`~quotes.clean` →
:mod:`~quotes.extract` → :mod:`~quotes.attribute` (with :mod:`~quotes.mentions`) →
:mod:`~quotes.speakers` → :mod:`~quotes.store` → :mod:`~quotes.publish`;
:mod:`~quotes.pipeline` wires the middle stages into spaCy components. The database and
publishing side (store, schema, db, cluster, cite, lookup, reading, publish) imports no NLP;
:mod:`~quotes.vocab`, :mod:`~quotes.pool` and :mod:`~quotes.words` serve both sides.
"""

__version__ = "0.2.0"
