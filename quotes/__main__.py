"""``python -m quotes``: the same command line as the ``quotes`` script."""

from .cli import cli

cli(prog_name="quotes")
