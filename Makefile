# The two commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= db/quotes.db

.PHONY: install demo ingest serve test evaluate clean

$(BIN)/quotes: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(BIN)/quotes

ingest: install
	$(BIN)/quotes ingest seeds/ --db $(DB)

serve: install
	$(BIN)/quotes serve --db $(DB)

demo: ingest serve

# Debian's Chromium for tests/test_browser.py (Playwright drives it; Playwright's own browser
# download is not used). Installed once; skipped where apt-get is missing, and the test then skips.
CHROMIUM ?= /usr/bin/chromium

$(CHROMIUM):
	@if command -v apt-get >/dev/null; then \
	  SUDO=$$(test "$$(id -u)" = 0 || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	else echo "no apt-get: install Chromium at $(CHROMIUM) to run the browser test"; fi

test: install $(CHROMIUM)
	$(BIN)/pytest

evaluate: install
	$(BIN)/quotes evaluate ../shared/gold/seeds
	$(BIN)/quotes evaluate ../shared/gold/polnear-dev --kinds direct
	$(BIN)/quotes evaluate ../shared/gold/polnear-dev

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
