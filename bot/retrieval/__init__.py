"""Finding the approved passage that answers a family's question, and knowing when not."""
