"""`python -m webcare` runs the command line."""

from webcare.cli import main

main()
