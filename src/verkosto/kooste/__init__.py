"""`kooste`: many respondents' exports summed up per network for an organisation.

Three parts, in the order a run uses them:
- `collect`: find the files (as given, folders walked, a list of paths on stdin);
- `gather`: read and check each one into its figures, in worker processes when there are
  many, keeping the order;
- `summary`: add the figures up per network and make the summary (JSON); pure;
- `csvfile`: the summary as a CSV file, its column names in the person's language.

The summary's names are importable from here.
"""

from __future__ import annotations

from verkosto.kooste.summary import (
    MIN_RESPONDENTS,
    SUMMARY_SCHEMA,
    VERDICTS,
    WORTH_IT,
    Aggregate,
    Figures,
    NetworkStats,
    Running,
    dimension_order,
    figures,
    spelling,
    summarise,
)

__all__ = [
    "MIN_RESPONDENTS",
    "SUMMARY_SCHEMA",
    "VERDICTS",
    "WORTH_IT",
    "Aggregate",
    "Figures",
    "NetworkStats",
    "Running",
    "dimension_order",
    "figures",
    "spelling",
    "summarise",
]
