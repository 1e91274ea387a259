"""The chat turn (screen, redact or capture, Rasa, messages, record) and what it needs: the Rasa
client, reply wording, the eligibility parsers the form actions use."""
