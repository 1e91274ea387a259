"""Personal health information never leaves the gateway unredacted (rule 4)."""
