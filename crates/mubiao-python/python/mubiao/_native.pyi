"""The Rust part of mubiao; use the functions of ``mubiao`` itself."""

from typing import Any, Dict, List, Union

SCHEMA: str
__version__: str

class MubiaoError(ValueError):
    """A document mubiao cannot read: ``file`` names it (``None`` for ``parse``),
    ``span`` gives the bytes ``[start, end]`` where it failed, or ``None``."""

    file: Union[str, None]
    span: Union[List[int], None]

def parse(source: Union[str, bytes, bytearray]) -> Dict[str, Any]:
    """The ledger of a ``str`` or of bytes."""

def read(path: str) -> Dict[str, Any]:
    """The ledger of a file."""

def targets(files: List[str]) -> List[Dict[str, Any]]:
    """One row per target of each file, read in parallel."""

def tasks(files: List[str]) -> List[Dict[str, Any]]:
    """One row per task of each file, read in parallel."""
