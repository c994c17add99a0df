"""mubiao (目标) reads Chinese government target documents — 政府工作报告 work reports and
目标任务分解 task notices — into ledgers: tasks with their lead and responsible units,
targets (indicator, measure, comparator, value, unit, planned or achieved, year),
deadlines and diagnostics, each with where it stands in the text.

>>> import mubiao
>>> ledger = mubiao.parse("96.搞好第三次经济普查。\\n牵头单位:市统计局\\n责任单位:各县(市、区)政府\\n")
>>> task = ledger["tasks"][0]
>>> task["number"], task["lead"], task["units"]
('96', ['市统计局'], ['市统计局', '各县(市、区)政府'])
>>> a, b = task["duties"][1]["unit"]["char_span"]
>>> ledger["text"][a:b]
'各县(市、区)政府'

- :func:`parse` reads a ``str`` or ``bytes``, :func:`read` a file: the ledger as a dict of
  the JSON contract ``mubiao.ledger/1`` (the ``ledger`` example's ``--json``), plus
  ``file``, ``encoding`` and ``text``.
- :func:`targets` and :func:`tasks` read many files in parallel and return flat rows, one
  per target or task, each with its ``file``: ready for ``pandas.DataFrame(rows)``.

Spans: every ``span`` is ``[start, end]`` in bytes of the UTF-8 text, as in JSON; beside
it, ``char_span`` is the same in characters, so ``text[start:end]`` on a Python ``str``
gives what was read (``text_span`` / ``text_char_span``, ``indicator_span`` /
``indicator_char_span`` and meta's ``spans`` / ``char_spans`` likewise). They count in
the ledger's ``text``: the decoded document, without a byte-order mark, line ends as
they were.

Values (``value``, ``upper``, ``baseline``) are decimal strings exactly as written
(``"13.5"``), never floats: ``decimal.Decimal(row["value"])`` or
``pandas.to_numeric(df["value"])`` when you want numbers.
"""

from __future__ import annotations

import os
from collections import abc
from typing import Any, Dict, Iterable, List, Optional, TypedDict, Union

from . import _native
from ._native import SCHEMA, MubiaoError, __version__

__all__ = [
    "SCHEMA",
    "MubiaoError",
    "__version__",
    "parse",
    "read",
    "targets",
    "tasks",
    "Ledger",
    "Meta",
    "Task",
    "Duty",
    "Org",
    "Target",
    "Deadline",
    "DateRange",
    "Reference",
    "Section",
    "Diagnostic",
    "TargetRow",
    "TaskRow",
]

StrPath = Union[str, "os.PathLike[str]"]
"""A path: a ``str`` or an ``os.PathLike`` such as ``pathlib.Path``."""

Span = List[int]
"""``[start, end]``: a half-open range, in bytes (``span``) or characters (``char_span``)."""


class MetaSpans(TypedDict, total=False):
    """Where each metadata field stands; only the fields the document has."""

    title: Span
    doc_number: Span
    index_number: Span
    issuer: Span
    date: Span
    signed: Span


class Meta(TypedDict):
    """Header metadata; ``None`` where the document does not say. Dates are ISO 8601."""

    title: Optional[str]
    doc_number: Optional[str]
    index_number: Optional[str]
    issuer: Optional[str]
    date: Optional[str]
    signed: Optional[str]
    spans: MetaSpans
    char_spans: MetaSpans


class Org(TypedDict):
    """A unit as written: ``市发改委``, ``各县(市、区)政府``."""

    name: str
    span: Span
    char_span: Span


class Duty(TypedDict):
    """A unit and its role in a task: ``lead``, ``responsible`` or ``cooperating``."""

    unit: Org
    role: str


class DateRange(TypedDict):
    """First and last day, ISO 8601, both included."""

    start: str
    end: str


class Deadline(TypedDict):
    """A date, period or deadline of a task: ``元月底前``, ``上半年``, ``每月5日前``."""

    text: str
    date: Optional[str]
    span: Span
    char_span: Span
    range: Optional[DateRange]
    recurrence: Optional[Dict[str, Any]]
    by: bool


class Reference(TypedDict):
    """Another document a task or the notice refers to."""

    title: Optional[str]
    doc_number: Optional[str]
    span: Span
    char_span: Span


class Target(TypedDict):
    """A quantitative (or qualitative) statement about an indicator.

    ``measure``: ``level``, ``growth``, ``share``, ``multiple``, ``change_pp``, ``change``.
    ``comparator``: ``eq``, ``ge``, ``gt``, ``le``, ``lt``, ``approx``, ``range``
    (``value``..``upper``). ``status``: ``target`` (planned), ``actual`` (achieved) or
    ``None``. ``task``: the index of its task in the ledger's ``tasks``.
    """

    indicator: str
    normalized: Optional[str]
    indicator_span: Optional[Span]
    indicator_char_span: Optional[Span]
    measure: str
    comparator: str
    value: Optional[str]
    upper: Optional[str]
    unit: str
    baseline: Optional[str]
    status: Optional[str]
    year: Optional[int]
    horizon: Optional[int]
    annual_average: bool
    stance: Optional[str]
    relation: Optional[str]
    task: Optional[int]
    span: Span
    char_span: Span


class Task(TypedDict):
    """A numbered (or unnumbered) task and the units charged with it.

    ``number``: Arabic digits (``"22"`` for ``二十二、``); ``path``: the headings above it,
    outermost first; ``units``: every unit, lead units included, in document order.
    """

    number: Optional[str]
    label: Optional[str]
    style: Optional[str]
    path: List[str]
    span: Span
    char_span: Span
    text: str
    text_span: Span
    text_char_span: Span
    lead: List[str]
    units: List[str]
    duties: List[Duty]
    targets: List[Target]
    deadlines: List[Deadline]
    references: List[Reference]


class Section(TypedDict):
    """A numbered heading of the outline and the headings under it."""

    level: int
    label: str
    style: str
    ordinal: int
    title: str
    span: Span
    char_span: Span
    children: List[Section]


class Diagnostic(TypedDict):
    """Something that looked wrong (or a check of the report's own arithmetic)."""

    severity: str
    code: str
    message: str
    span: Span
    char_span: Span


class Ledger(TypedDict):
    """The ledger of one document (contract ``mubiao.ledger/1``).

    ``file``: the path it was read from (``None`` for :func:`parse`); ``encoding``: the
    Python codec that gives ``text`` back from the file's bytes (``utf-8``, ``utf-8-sig``,
    ``utf-16``, ``gb18030``; ``None`` when a ``str`` was parsed); ``text``: the decoded
    text that every ``char_span`` slices.
    """

    schema: str
    meta: Meta
    tasks: List[Task]
    targets: List[Target]
    diagnostics: List[Diagnostic]
    outline: List[Section]
    references: List[Reference]
    file: Optional[str]
    encoding: Optional[str]
    text: str


class TargetRow(Target):
    """A row of :func:`targets`: ``file``, the target, the ``task_number`` of its task
    (``None`` outside a task or for an unnumbered one) and its ``statement`` (the text of
    ``span``)."""

    file: str
    task_number: Optional[str]
    statement: str


class TaskRow(Task):
    """A row of :func:`tasks`: ``file`` and the task."""

    file: str


def parse(source: Union[str, bytes]) -> Ledger:
    """Reads one document and returns its ledger.

    ``source`` is a ``str``, or ``bytes``/``bytearray`` decoded as mubiao decodes files:
    a byte-order mark decides (UTF-8, UTF-16), otherwise valid UTF-8 is UTF-8 and
    anything else GB18030/GBK. The returned ``text`` is what was parsed (for a ``str``,
    the very object passed); ``encoding`` is ``None`` for a ``str``.

    Raises :class:`MubiaoError` when the bytes are text in no such encoding, and
    ``TypeError`` for anything but ``str`` or bytes. Parsing releases the GIL.

    >>> ledger = parse("27、城镇登记失业率控制在4.5%以内。(责任单位:市人社局)")
    >>> t = ledger["targets"][0]
    >>> t["indicator"], t["measure"], t["comparator"], t["value"], t["unit"]
    ('城镇登记失业率', 'level', 'le', '4.5', '%')
    """
    return _native.parse(source)


def read(path: StrPath) -> Ledger:
    """Reads the file at ``path`` (a ``str`` or ``os.PathLike``) and returns its ledger,
    with ``file`` set to the path and ``text`` to the decoded text.

    Raises ``FileNotFoundError`` (or the ``OSError`` of the failure) naming the path, and
    :class:`MubiaoError` naming it when its bytes are not text. Reading and parsing release
    the GIL.
    """
    return _native.read(_fspath(path))


def targets(paths: Union[StrPath, Iterable[StrPath]]) -> List[TargetRow]:
    """One row per target of every document, in file order and document order within
    a file: ``file``, then the target's keys (``indicator``, ``normalized``, ``measure``,
    ``comparator``, ``value``, ``upper``, ``unit``, ``baseline``, ``status``, ``year``,
    ``horizon``, ``annual_average``, ``stance``, ``relation``, ``task``, ``span``,
    ``char_span``…), ``task_number`` and ``statement``.

    ``paths``: a file, a folder (its ``*.txt`` files, not those of its subfolders, in name
    order) or a list of files and folders, each a ``str`` or ``os.PathLike``. ``file`` in
    each row is the path as given (joined with the folder for a folder's files).

    Files are read and parsed in parallel on every core without the GIL, while the
    calling thread builds the rows of the files before (with the GIL). Ctrl-C
    (``KeyboardInterrupt``) stops a long run within a batch of files. Raises as
    :func:`read` does, for the first file that fails.

    >>> import pandas as pd                               # doctest: +SKIP
    >>> df = pd.DataFrame(targets("reports/"))            # doctest: +SKIP
    """
    return _native.targets(_files(paths))


def tasks(paths: Union[StrPath, Iterable[StrPath]]) -> List[TaskRow]:
    """One row per task of every document: ``file`` and the task as the ledger has it
    (``number``, ``label``, ``path``, ``text``, ``lead``, ``units``, ``duties``,
    ``targets``, ``deadlines``, spans…). ``paths`` and errors as for :func:`targets`;
    parsed in parallel with the GIL released.
    """
    return _native.tasks(_files(paths))


def _fspath(path: object) -> str:
    if not isinstance(path, (str, bytes, os.PathLike)):
        raise TypeError(
            f"expected a path (str or os.PathLike), not {type(path).__name__}"
        )
    return os.fsdecode(path)


def _files(paths: object) -> List[str]:
    """The files named by ``paths``: a path or an iterable of paths, folders expanded to
    their ``*.txt`` files."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]
    elif not isinstance(paths, abc.Iterable):
        raise TypeError(
            "expected a path (str or os.PathLike) or an iterable of paths, "
            f"not {type(paths).__name__}"
        )
    files: List[str] = []
    for p in paths:
        path = _fspath(p)
        if os.path.isdir(path):
            with os.scandir(path) as entries:
                files.extend(
                    sorted(
                        os.path.join(path, e.name)
                        for e in entries
                        if e.name.lower().endswith(".txt") and e.is_file()
                    )
                )
        else:
            files.append(path)
    return files
