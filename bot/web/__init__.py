"""The public web pages: the demo hospital page and the embeddable widget script."""
