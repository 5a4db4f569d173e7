"""The README's screenshots of the reader's tasks, taken with Debian's Chromium from the seeds.

    .venv/bin/python docs/screenshots.py

Ingests ``seeds/`` into a temporary database, serves it with ``quotes serve``, does each task of
the README's table as a reader would (tests/test_browser.py does the same and asserts what the
reader sees) and saves ``docs/task-*.png``, each the browser's window at the task's last step.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
QUOTES = str(Path(sys.executable).parent / "quotes")


def serve(db: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([QUOTES, "serve", "--db", str(db), "--port", str(port)])
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            return proc, base
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("quotes serve did not start")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "seeds.db"
        subprocess.run([QUOTES, "ingest", str(ROOT / "seeds"), "--db", str(db), "--silent"], check=True)
        proc, base = serve(db)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
                context = browser.new_context(viewport={"width": 1280, "height": 860}, accept_downloads=True)
                context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
                page = context.new_page()

                # 1. Everything one speaker said: home → "Find a speaker" → their name (1 click)
                page.goto(base + "/")
                page.fill("#home-speaker-search", "Peskov")
                page.press("#home-speaker-search", "Enter")
                page.locator("td.col-name a", has_text="Dmitry Peskov").click()
                page.wait_for_selector("table.speaker-quotes-table")
                page.screenshot(path=DOCS / "task-1-everything-a-speaker-said.png")

                # 2. A phrase to a copied citation: home → search → the quote (1) → Copy (2)
                page.goto(base + "/")
                page.fill("#home-quote-search", '"sacred fight to defend"')
                page.press("#home-quote-search", "Enter")
                page.screenshot(path=DOCS / "task-2a-search-results.png")
                page.locator("td.col-text a").first.click()
                page.click("button[data-target=citation-plain]")
                page.wait_for_function(
                    "document.querySelector('button[data-target=citation-plain]').textContent === 'Copied'")
                page.locator(".citations").scroll_into_view_if_needed()
                page.screenshot(path=DOCS / "task-2b-copied-citation.png")

                # 3. A quote checked against its paragraph: from the quote in a list, one click
                page.goto(base + "/")
                page.locator(".most-quoted a", has_text="Kim Jong Un").click()
                page.locator("table.speaker-quotes-table a", has_text="sacred fight to defend").click()
                page.wait_for_selector(".excerpt mark")
                page.screenshot(path=DOCS / "task-3-quote-in-its-paragraph.png")

                # 4. A speaker's quotes as a spreadsheet: home → the speaker (1) → download (2)
                page.goto(base + "/")
                page.locator(".most-quoted a", has_text="Kim Jong Un").click()
                page.locator("a.spreadsheet-export").hover()
                page.screenshot(path=DOCS / "task-4-spreadsheet-download.png")
                with page.expect_download() as download:
                    page.click("a.spreadsheet-export")
                print("downloaded", download.value.suggested_filename)
                browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    for shot in sorted(DOCS.glob("task-*.png")):
        print(shot.relative_to(ROOT))


if __name__ == "__main__":
    main()
