"""Entry point of the frozen application: the `survey-app` command line, which opens the window by default.

`multiprocessing.freeze_support()` comes first so that worker processes started by the frozen
executable (the demo builder fills interviews in parallel) run their task instead of a second copy
of the app. Everything else is `survey_app.cli.main`, exactly as `python -m survey_app`.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from survey_app.cli import main

    sys.exit(main())
