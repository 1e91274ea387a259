"""CAR-T Family Guide: the gateway, action endpoint, retrieval and web pages around Rasa."""
