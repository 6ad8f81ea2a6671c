"""Thin Qt widgets over ``desktop.core``."""
