"""Verkosto: decide whether a professional network is worth your working time."""

__version__ = "0.1.0"
