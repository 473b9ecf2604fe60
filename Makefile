# The two set-up commands of the README: `make demo` and `make test`.
.PHONY: demo test venv system lint typecheck imports pytest bench clean

VENV := .venv
BIN := $(VENV)/bin

venv:
	./scripts/venv.sh

system:
	./scripts/install-system.sh

demo: venv
	$(BIN)/sekisho demo

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check gateway policies linkage_vault trainer audit

typecheck: venv
	$(BIN)/mypy

imports: venv
	$(BIN)/lint-imports

# pytest exit 5 ("no tests collected") is a failure here.
pytest: venv
	$(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

test: system venv lint typecheck imports pytest

bench: venv
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
