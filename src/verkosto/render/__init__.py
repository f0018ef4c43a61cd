"""Every Rich renderable the tool shows is built here; the CLI only prints them.

One module per screen family: `interview` (the questions, their prompts and the review),
`result`, `history`, `comparison`, `summary`, `kooste` and `questions`; `layout` and
`console` hold what they share. Rich is imported inside the functions, so that importing
this package costs `--help` nothing. An answer in words comes from `verkosto.answertext`,
the one formatter the reports use too.
"""

from __future__ import annotations

from verkosto.answertext import answer_text
from verkosto.render.all_networks import summary_view
from verkosto.render.comparison import comparison_view
from verkosto.render.console import make_console, plain_text
from verkosto.render.history import (
    SPARK,
    TREND_SIGNS,
    history_view,
    sparkline,
    trend_points,
    trend_view,
)
from verkosto.render.interview import (
    draft_list,
    help_view,
    intro_view,
    note_view,
    prompt_text,
    question_view,
    review_prompt_text,
    review_view,
    scale_reminder,
)
from verkosto.render.kooste import kooste_progress, kooste_view
from verkosto.render.layout import (
    MAX_WIDTH,
    NBSP,
    OUTCOME_STYLES,
    READABLE_COLUMN,
    TABLE_MAX_WIDTH,
    confirm_prompt,
    error_view,
    keep_units,
    message_view,
    network_prompt,
    prompt_line,
    prose,
)
from verkosto.render.questions import instrument_table, when_text
from verkosto.render.result import BAR_CELLS, LEVEL_STYLES, dimensions_table, result_view
from verkosto.render.verdicts import verdict_label

__all__ = [
    "BAR_CELLS",
    "LEVEL_STYLES",
    "MAX_WIDTH",
    "NBSP",
    "OUTCOME_STYLES",
    "READABLE_COLUMN",
    "SPARK",
    "TABLE_MAX_WIDTH",
    "TREND_SIGNS",
    "answer_text",
    "comparison_view",
    "confirm_prompt",
    "dimensions_table",
    "draft_list",
    "error_view",
    "help_view",
    "history_view",
    "instrument_table",
    "intro_view",
    "keep_units",
    "kooste_progress",
    "kooste_view",
    "make_console",
    "message_view",
    "network_prompt",
    "note_view",
    "plain_text",
    "prompt_line",
    "prompt_text",
    "prose",
    "question_view",
    "result_view",
    "review_prompt_text",
    "review_view",
    "scale_reminder",
    "sparkline",
    "summary_view",
    "trend_points",
    "trend_view",
    "verdict_label",
    "when_text",
]
