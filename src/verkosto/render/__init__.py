"""Every Rich renderable the tool shows is built here; the CLI only prints them.

One module per screen family: `interview` (the questions, their prompts and the review),
`result`, `history`, `comparison`, `all_networks` (yhteenveto), `kooste` and `questions`;
`layout` and `console` hold what they share, and `verdicts` names a stored verdict for the history
screens. Rich is imported inside the functions, so that importing a module here costs
`--help` nothing. An answer in words comes from `verkosto.answertext`, the one formatter the
reports use too.
"""
