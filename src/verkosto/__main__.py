"""Run verkosto as `python -m verkosto`."""

from verkosto.entry import main

main()
