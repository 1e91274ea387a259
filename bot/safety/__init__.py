"""The urgent-symptom screen: runs on every family message before anything else."""
