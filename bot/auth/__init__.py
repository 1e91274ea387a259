"""Staff accounts: argon2 passwords, cookie sessions with CSRF protection, roles."""
