"""The reading room's Datasette configuration: ``metadata.yml``, ``templates/`` and ``plugins/``.

Installed as ``quotes.datasette_config`` (see ``pyproject.toml``); :mod:`quotes.publish` finds it
with :mod:`importlib.resources`, so ``quotes serve`` works from any folder.
"""
