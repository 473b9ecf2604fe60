"""Synthetic hospital generator: ``generate(out, patients=N, seed=S)``; layout in docs/SYNTH.md."""

from gateway.synth.generate import OutputNotEmptyError, SynthSummary, generate

__all__ = ["OutputNotEmptyError", "SynthSummary", "generate"]
