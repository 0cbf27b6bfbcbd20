import sys

from rutan_desk.app import main

sys.exit(main())
