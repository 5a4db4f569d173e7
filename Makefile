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

test: install
	$(BIN)/pytest

evaluate: install
	$(BIN)/quotes evaluate ../shared/gold/seeds
	$(BIN)/quotes evaluate ../shared/gold/polnear-dev --kinds direct
	$(BIN)/quotes evaluate ../shared/gold/polnear-dev

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
