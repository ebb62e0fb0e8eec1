"""python -m cleaner: the same as the `clean` command."""
from .cli import main

main()
