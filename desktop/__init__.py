"""QuickReply: a floating quick-reply widget for e-commerce customer service."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("quickreply")
except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    __version__ = "0.0.0+unknown"
