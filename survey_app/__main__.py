"""`python -m survey_app` runs the command line (and the app when no command is given)."""

from survey_app.cli import main

raise SystemExit(main())
