"""Storage: SQLite by default (one writer, WAL, migrations), and export."""

from eventwire.store.sqlite import Store, migrate, open_store

__all__ = ["Store", "open_store", "migrate"]
