"""when."""
