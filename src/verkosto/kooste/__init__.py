"""`kooste`: many respondents' exports summed up per network for an organisation.

Four parts, in the order a run uses them:
- `collect`: find the files (as given, folders walked, a list of paths on stdin);
- `gather`: read and check each one into its figures, one after another, in order;
- `summary`: add the figures up per network and make the summary (JSON); pure;
- `csvfile`: the summary as a CSV file, its column names in the person's language.
"""
