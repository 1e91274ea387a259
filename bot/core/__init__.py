"""What every part shares: settings, the database (tables, migrations) and logging."""
