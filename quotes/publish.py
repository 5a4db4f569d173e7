"""Publish the quote database through Datasette, configured from ``datasette_config/``.

That folder is installed with the package as ``quotes.datasette_config`` (see ``pyproject.toml``)
and found with :mod:`importlib.resources`, in a checkout as after ``pip install quotes-….whl``.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import yaml
from datasette.app import Datasette


def _config_dir() -> Path:
    """The installed ``datasette_config`` folder: Datasette reads templates and plugins from files."""
    found = resources.files("quotes.datasette_config")
    return found if isinstance(found, Path) else Path(str(found))


CONFIG_DIR = _config_dir()


def load_metadata(db_path: str | Path, config_dir: Path = CONFIG_DIR) -> dict:
    """The metadata in ``metadata.yml``, its database section named after ``db_path``."""
    metadata = yaml.safe_load((config_dir / "metadata.yml").read_text(encoding="utf-8"))
    databases = metadata.get("databases", {})
    if databases:
        metadata["databases"] = {Path(db_path).stem: next(iter(databases.values()))}
    return metadata


def make_datasette(db_path: str | Path, config_dir: Path = CONFIG_DIR) -> Datasette:
    """A Datasette serving ``db_path`` (opened read-only, so an ingest may write meanwhile), with the
    project's metadata, templates and plugins."""
    if not Path(db_path).is_file():
        raise FileNotFoundError(f"{db_path}: no such database; run `quotes ingest` first")
    templates, plugins = config_dir / "templates", config_dir / "plugins"
    return Datasette(
        [str(db_path)],
        metadata=load_metadata(db_path, config_dir),
        template_dir=str(templates) if templates.is_dir() else None,
        plugins_dir=str(plugins) if plugins.is_dir() else None,
        settings={"sql_time_limit_ms": 3000, "facet_time_limit_ms": 1000, "suggest_facets": False},
    )


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve the database until interrupted."""
    import uvicorn

    uvicorn.run(make_datasette(db_path).app(), host=host, port=port, log_level="warning")
