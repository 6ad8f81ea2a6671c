"""``python -m desktop``: the same as the ``quickreply`` command."""

from desktop.cli import main

raise SystemExit(main())
