"""The cleaner's conventions as data: one TOML file per rule family (see README.md here)."""
