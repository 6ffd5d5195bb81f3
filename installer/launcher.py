"""Entry point of the frozen application (PyInstaller, installer/ruralperf.spec): the same
command line as `ruralperf` / `python -m ruralperf`; with no command it opens the GUI."""
import multiprocessing
import sys

from ruralperf.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a spawned worker process must not run the app again
    sys.exit(main())
