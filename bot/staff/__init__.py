"""Staff JSON APIs: sign-in, content workflow, nurse preview and call-backs, insights."""
