"""The command line: the app and its error exit (`app`), one module per group of commands.

Which module holds which command is listed in `registry`; each is imported only when run.
"""
