"""Running the stack: the Rasa process, the supervisor, the local stack and the benchmark."""
