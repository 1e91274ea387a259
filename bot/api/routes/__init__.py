"""One router per audience: families (chat), Rasa (webhook/actions), staff (by area), the pages."""
