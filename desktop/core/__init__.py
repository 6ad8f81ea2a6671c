"""Plain-Python heart of QuickReply: playbooks, search, templates.

Nothing in this package may import Qt, the platform layer or the UI: the
command line, the benchmarks and the tests use it without a display.
"""
