# The two commands a newcomer needs (each sets itself up first):
#   make demo   builds output/kg.store and output/graph.html from the bundled sample
#   make test   runs the whole test suite
.PHONY: demo test setup setup-dev lint bench

demo: setup
	.venv/bin/kg build kg/samples/

test: setup-dev
	.venv/bin/python -m pytest

setup:
	@scripts/setup.sh

setup-dev:
	@scripts/setup.sh --dev

lint: setup-dev
	.venv/bin/ruff check kg tests benchmarks && .venv/bin/mypy

bench: setup-dev
	.venv/bin/python benchmarks/throughput.py
