"""Run verkosto as `python -m verkosto`."""

from verkosto.cli import main

main()
