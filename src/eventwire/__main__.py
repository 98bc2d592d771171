"""``python -m eventwire`` runs the command line, like the ``eventwire`` script."""

from eventwire.cli import main

if __name__ == "__main__":
    main()
