import sys

from ruralperf.cli import main

sys.exit(main())
