"""One owner per conversation table: sessions, transcripts, call-backs, unanswered, retention."""
