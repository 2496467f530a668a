"""One module a demo partnership, each a `DATA` dict in the shape `demo.loader` reads.

The facts are copied from the partnerships' own published council papers; where a paper is
silent the field is left out rather than invented, and anything illustrative says so.
"""
