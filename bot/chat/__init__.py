"""The family chat door: POST /api/chat -> (safety, privacy) -> Rasa -> reply."""
