"""Read the files of a `kooste` into their figures, one after another, in the order found.

Each file is read, parsed and checked (`verkosto.export.read`) and only the small figures the
aggregate counts (`kooste.figures`) are kept, or the Problem that makes the file unusable, so
memory stays flat however many files there are. One process: worker processes measured no
faster on two cores (benchmarks/kooste_vs_read.py compares kooste with a bare read loop).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from verkosto.errors import Problem
from verkosto.export.read import read_export
from verkosto.kooste.summary import Figures, figures

Item = str | Problem
Result = Figures | Problem


def gather(items: Iterable[Item]) -> Iterator[Result]:
    """Yield each file's figures or its Problem, in order; a Problem found listing passes on."""
    for item in items:
        if isinstance(item, Problem):
            yield item
            continue
        found = read_export(item)
        yield found if isinstance(found, Problem) else figures(found)
