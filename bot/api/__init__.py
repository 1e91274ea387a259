"""The web layer: the app factory, its dependencies and limits, one router module per audience."""
