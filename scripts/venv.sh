#!/usr/bin/env bash
# Creates .venv and installs Sekisho with the trainer and dev extras. On hosts without an NVIDIA GPU the CPU
# build of torch is installed first (the local wheel, torch==2.13.0) so that pip never pulls a CUDA build.
set -euo pipefail
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then "$PY" -m venv .venv; fi
stamp=.venv/.sekisho-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/pip install -q --upgrade pip
  if ! .venv/bin/python -c "import torch" 2>/dev/null; then
    if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; then
      .venv/bin/pip install -q "torch>=2.4"
    else
      .venv/bin/pip install -q "torch==2.13.0" || .venv/bin/pip install -q torch --index-url https://download.pytorch.org/whl/cpu
    fi
  fi
  .venv/bin/pip install -q -e ".[trainer,dev]"
  touch "$stamp"
fi
