"""python -m cleaner: the same as the `clean` command."""
from .start import clean

clean()
