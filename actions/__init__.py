"""Rasa custom actions. Thin on purpose: each one calls into `bot` and reports back."""
