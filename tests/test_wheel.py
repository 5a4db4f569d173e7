"""The installed package, not the checkout: build the wheel, install it into a fresh venv with
that venv's own pip, then ingest a text, an HTML and a JSON Lines file from another folder and
serve the database.

Needs the package registry (the wheel's dependencies, and setuptools to build it); marked
``network`` so ``pytest -m "not network"`` leaves it out offline. Installs with
``-c constraints.txt``, the tested versions.
"""

import json
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest

import quotes
from conftest import ROOT, SEEDS
from quotes.cite import STYLES

pytestmark = pytest.mark.network

HTML_PAGE = """<html><head><title>Kim pledges support | Example News</title></head><body>
<nav>Home | World | Opinion</nav><article><h1>Kim pledges support</h1>
<p>“That’s why we came here,” Vladimir Putin said when reporters asked about satellites at the cosmodrome.</p>
<p>“The glory of Russia will be immortal,” Kim Jong Un wrote in the guest book of the space centre.</p>
</article><script>var tracking = "“not a quote,” a script said";</script></body></html>
"""
FEED = [
    {"url": "https://wire.example/talks-1", "source": "Example Wire", "published": "2023-09-14",
     "text": "Talks resume\n\n“We are ready to talk,” Dmitry Peskov, the Kremlin spokesman, said on Monday."},
    {"url": "https://wire.example/talks-2", "source": "Example Wire", "published": "2023-09-15",
     "text": "No deal\n\n“Not now,” Sergei Lavrov said. “Perhaps next year.”"},
]


def sh(*args, cwd=None, timeout=900):
    """Run a command; fail the test with its output if it fails."""
    done = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{' '.join(map(str, args))} failed:\n{done.stdout}\n{done.stderr}"
    return done


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The bin folder of a fresh venv holding the wheel built from this checkout."""
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"  # built from a copy: setuptools leaves build/ behind, and stale files there would ship
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for name in ("quotes", "datasette_config"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    build = sh(sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", root / "dist", source)
    assert "deprecat" not in (build.stdout + build.stderr).lower(), build.stderr
    (wheel,) = (root / "dist").glob("quotes-*.whl")
    # The venv module of the Python running the tests, with the pip it brings (not upgraded).
    sh(sys.executable, "-m", "venv", root / "venv")
    bin_dir = root / "venv" / "bin"
    install = sh(bin_dir / "pip", "install", "--disable-pip-version-check", "-c", ROOT / "constraints.txt", wheel)
    assert "deprecat" not in (install.stdout + install.stderr).lower(), install.stderr
    return bin_dir


def test_the_wheel_holds_the_reading_room_and_installs_without_the_checkout(installed, tmp_path):
    where = sh(installed / "python", "-c", "import quotes.publish as p; print(p.__file__); print(p.CONFIG_DIR)",
               cwd=tmp_path).stdout.split()
    assert sh(installed / "quotes", "--version").stdout.split()[-1] == quotes.__version__
    assert all(str(installed.parent) in path and str(ROOT) not in path for path in where)
    assert {p.name for p in (installed.parent / where[1]).iterdir()} >= {"metadata.yml", "templates", "plugins"}


def test_the_installed_command_ingests_text_html_and_jsonl_and_serves(installed, tmp_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "seed.txt").write_bytes((SEEDS / "001_1fa9d7612fe68434.txt").read_bytes())
    (inputs / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    (inputs / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in FEED), encoding="utf-8")
    work = tmp_path / "elsewhere"  # neither the checkout nor the inputs' folder
    work.mkdir()
    ingest = sh(installed / "quotes", "ingest", inputs / "seed.txt", inputs / "page.html", inputs / "feed.jsonl",
                "--db", "archive.db", cwd=work)
    assert "4 ingested, 0 unchanged, 0 failed" in ingest.stdout
    with sqlite3.connect(work / "archive.db") as conn:
        speakers = dict(conn.execute(
            "select a.doc, group_concat(distinct q.speaker_name) from quotes q "
            "join articles a on a.id = q.article_id group by a.doc"))
        quote_id = conn.execute("select id from quotes where speaker_name = 'Kim Jong Un'").fetchone()[0]
    assert set(speakers) == {"seed.txt", "page.html", "feed.jsonl#1", "feed.jsonl#2"}
    assert set(speakers["page.html"].split(",")) == {"Vladimir Putin", "Kim Jong Un"}  # not the script's words
    assert (speakers["feed.jsonl#1"], speakers["feed.jsonl#2"]) == ("Dmitry Peskov", "Sergei Lavrov")

    port = free_port()
    server = subprocess.Popen([installed / "quotes", "serve", "--db", "archive.db", "--port", str(port)], cwd=work,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1)
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    server.kill()
                    pytest.fail(f"`quotes serve` did not start: {server.stdout.read().decode(errors='replace')}")
                time.sleep(0.3)
        plugins = {p["name"] for p in json.load(urllib.request.urlopen(base + "/-/plugins.json"))}
        page = urllib.request.urlopen(f"{base}/archive/quotes/{quote_id}").read().decode()
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert {"reading_room.py", "speaker_page.py", "datasette-copyable"} <= plugins
    # a Copy button for each citation style: templates/row.html and its plugin, shipped in the wheel
    assert page.count('class="copy-citation"') == len(STYLES) and "Kim Jong Un" in page
