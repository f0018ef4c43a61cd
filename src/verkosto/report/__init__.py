"""A report of one assessment to share: Markdown, plain text or self-contained HTML.

What a report says is gathered in `report.contents`; Markdown and text are laid out in
`report.formats`, HTML in `report.html` with its pictures from `report.chart`. `compose`
puts them together (`build`). The export it is made of is read and checked by
`verkosto.export.read.load_export`.
"""
