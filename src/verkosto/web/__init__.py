"""The assessment as web pages, pure and standard-library only (it also runs in Pyodide).

`pages` holds the state of one assessment and turns a posted form into the next page;
`forms` reads a posted form; `markup` writes each page's HTML; `style` is the stylesheet.
The faces around them (a local server, a single HTML file) do the I/O.
"""
