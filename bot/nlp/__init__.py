"""Language tools shared by the safety screen, the redactor and retrieval: one loaded spaCy
pipeline per process, and each message parsed once."""
