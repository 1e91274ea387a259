# CAR-T Family Guide. Two commands: `make run` and `make test` (see README.md).
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYENV_ROOT ?= $(shell pyenv root 2>/dev/null || echo $(HOME)/.pyenv)
PY310 ?= $(PYENV_ROOT)/versions/3.10.13/bin/python
PY311 ?= $(firstword $(wildcard $(PYENV_ROOT)/versions/3.11.*/bin/python) python3.11)
DATA_DIR ?= $(CURDIR)/var
export DATA_DIR
ifdef WORKERS
export APP_WORKERS := $(WORKERS)
endif
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS :=

hash = $(shell cat $(1) | sha256sum | cut -c1-12)
APP_STAMP := .venv/.installed-$(call hash,requirements/app.lock pyproject.toml)
RASA_STAMP := .venv-rasa/.installed-$(call hash,requirements/rasa.lock)
BUILD_STAMP := .venv-build/.installed-$(call hash,requirements/app.lock requirements/build.lock pyproject.toml)
RASA_INPUTS := config.yml domain.yml $(shell find data -type f | sort)
MODEL := $(DATA_DIR)/models/family-guide.tar.gz
MODEL_STAMP := $(DATA_DIR)/models/.trained-$(call hash,$(RASA_INPUTS))
INDEX_STAMP := $(DATA_DIR)/.indexed-$(call hash,$(sort $(wildcard content/*.md content/es/*.md)))
TUNING_INPUTS := $(sort $(wildcard content/*.md)) bot/retrieval/domain_model.py
TUNED_STAMP := var/models/.tuned-$(call hash,$(TUNING_INPUTS))
ENCODER_STAMP := var/models/.onnx-$(call hash,$(TUNING_INPUTS) bot/retrieval/onnx_encoder.py)
CHROMIUM := /usr/bin/chromium
RASA := RASA_TELEMETRY_ENABLED=false .venv-rasa/bin/rasa

.PHONY: help run test eval bench setup train tune index lint browser

help: ## Show the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

run: setup train tune index ## Set everything up (first time), then start Rasa + the app
	.venv/bin/python -m bot run

test: setup train tune index browser ## Run the whole test suite (lint, Rasa stories, unit, integration, browser)
	.venv/bin/ruff check .
	$(RASA) data validate --domain domain.yml --data data --config config.yml
	$(RASA) test core --model $(MODEL) --stories tests/stories --fail-on-prediction-errors \
		--out $(DATA_DIR)/rasa-test
	RASA_TEST_MODEL=$(MODEL) .venv/bin/python -m pytest -q

eval: setup train tune ## Measure retrieval, safety and readability; reports in $(DATA_DIR)/eval
	.venv/bin/python -m bot eval

bench: setup train tune ## Benchmark the whole stack against bare Rasa; report in $(DATA_DIR)/bench
	.venv/bin/python -m bot bench

setup: $(APP_STAMP) $(RASA_STAMP) ## Create both virtual environments from the lock files

# The app environment is made anew when its lock changes: what is installed is exactly the
# lock (a package dropped from it, like torch, is gone from the app, not left behind).
$(APP_STAMP): requirements/app.lock pyproject.toml
	@echo "== Python 3.11 app environment (.venv) =="
	rm -rf .venv && $(PY311) -m venv .venv
	.venv/bin/python -m pip install --upgrade --quiet pip
	.venv/bin/pip install --progress-bar on -r requirements/app.lock
	.venv/bin/pip install --quiet --no-deps -e .
	rm -f .venv/.installed-* && touch $@

# Tuning and ONNX export only (torch, sentence-transformers): the app never loads torch.
$(BUILD_STAMP): requirements/app.lock requirements/build.lock pyproject.toml
	@echo "== Python 3.11 build environment for tuning the retrieval model (.venv-build) =="
	rm -rf .venv-build && $(PY311) -m venv .venv-build
	.venv-build/bin/python -m pip install --upgrade --quiet pip
	.venv-build/bin/pip install --progress-bar on -r requirements/build.lock
	.venv-build/bin/pip install --quiet --no-deps -e .
	rm -f .venv-build/.installed-* && touch $@

$(RASA_STAMP): requirements/rasa.lock
	@echo "== Python 3.10 Rasa environment (.venv-rasa) =="
	test -x .venv-rasa/bin/python || $(PY310) -m venv .venv-rasa
	.venv-rasa/bin/python -m pip install --upgrade --quiet pip
	.venv-rasa/bin/pip install --progress-bar on --no-deps -r requirements/rasa.lock
	.venv-rasa/bin/pip uninstall --yes --quiet jax jaxlib ml_dtypes 2>/dev/null || true
	rm -f .venv-rasa/.installed-* && touch $@

train: $(MODEL_STAMP) ## Train the Rasa model (only when config, domain or data changed)

$(MODEL_STAMP): $(RASA_STAMP) $(RASA_INPUTS)
	@echo "== Training the Rasa model =="
	mkdir -p $(DATA_DIR)/models
	RASA_TELEMETRY_ENABLED=false .venv-rasa/bin/rasa train --config config.yml --domain domain.yml \
		--data data --out $(DATA_DIR)/models --fixed-model-name family-guide
	rm -f $(DATA_DIR)/models/.trained-* && touch $@

tune: $(TUNED_STAMP) $(ENCODER_STAMP) ## Tune the retrieval model on the library, export it to ONNX (only when content changed)

$(TUNED_STAMP): $(BUILD_STAMP) $(TUNING_INPUTS)
	@echo "== Tuning the retrieval model on the approved library =="
	.venv-build/bin/python -m bot tune-model
	rm -f var/models/.tuned-* && touch $@

$(ENCODER_STAMP): $(TUNED_STAMP) bot/retrieval/onnx_encoder.py
	@echo "== Exporting the tuned model to ONNX (fast question encoding) =="
	.venv-build/bin/python -m bot export-encoder
	rm -f var/models/.onnx-* && touch $@

index: $(INDEX_STAMP) ## Build the retrieval index (only when content changed)

$(INDEX_STAMP): $(APP_STAMP) $(TUNED_STAMP) $(ENCODER_STAMP) $(wildcard content/*.md)
	.venv/bin/python -m bot index
	rm -f $(DATA_DIR)/.indexed-* && touch $@

browser: ## Install Debian's Chromium for the browser tests when it is missing
	@test -x $(CHROMIUM) || (apt-get update -q && apt-get install -y -q chromium)

lint: $(APP_STAMP) ## ruff
	.venv/bin/ruff check .
