"""`python -m assistant` runs the goalsmith CLI."""

from assistant.cli import main

main()
