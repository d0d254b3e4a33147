"""Benchmarks of the budgets in DESIGN.md §6, each reported next to a floor measured in the same run.

``python -m bench`` prints one JSON object on stdout (progress goes to stderr). Every GUI measurement runs in
a fresh child process (``python -m bench.<module> --child ...``) on the offscreen Qt platform with its own
data, cache and settings directories, so each one starts cold and nothing touches the user's files.
Benchmarks report numbers; they never assert.
"""
