"""eventwire: news in, event data out (who did what to whom, when and where)."""

import logging

# The library logs and never prints; the CLI (or the caller) decides what is shown.
logging.getLogger(__name__).addHandler(logging.NullHandler())

# The command line's log line (-v, -vv); pool workers log the same way.
LOG_FORMAT = "%(levelname)s %(name)s: %(message)s"
