"""Import replies from other tools into a personal playbook, and export the library to them.

Formats: Qianniu's quick phrases (千牛快捷短语) as CSV or XLSX, any CSV whose
columns are mapped (``--map question=问题,reply=回复``), espanso match files,
and QuickReply's own playbook YAML. Importing is two steps: ``read_import``
and ``preview_import`` say what would change (new, changed, unchanged) and
every problem with its ``file:line:column``; ``apply_import`` writes the
target playbook atomically. Bad input raises only ``InterchangeError``
subclasses (or is reported as a Problem), never anything else.

The choices each format makes are written at the top of its module:
``table`` (Qianniu and CSV), ``espanso``, ``importer`` (ids and merging)
and ``exporter`` (multi-part replies and placeholders for Qianniu).
"""

from desktop.core.interchange.exporter import Export, export_entries, qianniu_rows, select_language
from desktop.core.interchange.importer import (
    ImportPreview,
    apply_import,
    detect_format,
    likely_target,
    parse_import,
    playbooks_in,
    preview_import,
    read_import,
    target_name,
)
from desktop.core.interchange.source import (
    EXPORT_FORMATS,
    SHOP_WIDE_FILL_INS,
    ColumnMapError,
    ExportError,
    Format,
    ImportedEntry,
    ImportFileError,
    ImportSource,
    ImportTargetError,
    InterchangeError,
    fill_in_name,
    fill_ins_found,
    first_sentence,
    slugify,
    with_fill_ins,
)
from desktop.core.interchange.table import QIANNIU_HEADER, parse_column_map

__all__ = [
    "EXPORT_FORMATS",
    "SHOP_WIDE_FILL_INS",
    "QIANNIU_HEADER",
    "ColumnMapError",
    "Export",
    "ExportError",
    "Format",
    "ImportFileError",
    "ImportPreview",
    "ImportSource",
    "ImportTargetError",
    "ImportedEntry",
    "InterchangeError",
    "apply_import",
    "detect_format",
    "export_entries",
    "fill_in_name",
    "fill_ins_found",
    "first_sentence",
    "parse_column_map",
    "likely_target",
    "parse_import",
    "playbooks_in",
    "preview_import",
    "qianniu_rows",
    "read_import",
    "select_language",
    "slugify",
    "target_name",
    "with_fill_ins",
]
