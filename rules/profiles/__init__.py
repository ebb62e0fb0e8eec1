"""Paper profiles: rule files for one paper's own conventions."""
