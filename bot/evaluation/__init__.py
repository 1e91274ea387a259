"""`make eval`: measured quality of retrieval and readability, written as reports."""
