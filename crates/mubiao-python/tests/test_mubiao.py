"""The Python package on the bundled seed documents: exact values against the hand-made
gold, spans that slice the text, every encoding giving the same ledger, the rows, the
errors, and a DataFrame when pandas is there.

The gold (tests/gold/, copied from the project's hand annotations) fixes the tasks of the
three decomposition notices and 70 targets of the five seeds: those results do not move
when the grammar is reworked, so they are asserted exactly."""

import json
import os
import pathlib
import threading
import time
from decimal import Decimal

import pytest

import mubiao

ROOT = pathlib.Path(__file__).resolve().parents[3]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
VARIANTS = CORPUS / "variants"
GOLD = pathlib.Path(__file__).resolve().parent / "gold"

N000 = CORPUS / "000_944023351de1df6f.txt"
N001 = CORPUS / "001_6e3c9e461583dd44.txt"
R002 = CORPUS / "002_aefafb1998f59c0e.txt"
R003 = CORPUS / "003_ffec1ac142b8e965.txt"
N004 = CORPUS / "004_1282b74f73776eb6.txt"
SEEDS = [N000, N001, R002, R003, N004]
EVERY_FILE = SEEDS + sorted(VARIANTS.glob("*.txt"))


def test_the_bundled_documents_are_there():
    assert all(p.is_file() for p in SEEDS)
    assert len(EVERY_FILE) == 12


# ---------------------------------------------------------------- values (gold)


@pytest.mark.parametrize("seed", [N000, N001, N004], ids=lambda p: p.name[:3])
def test_tasks_match_the_gold(seed):
    gold = json.loads((GOLD / f"{seed.stem}.gold.json").read_text(encoding="utf-8"))
    ledger = mubiao.read(seed)
    assert len(ledger["tasks"]) == len(gold["tasks"])
    for want, task in zip(gold["tasks"], ledger["tasks"]):
        assert task["number"] == want["number"]
        assert task["path"] == want["path"]
        assert task["lead"] == want["lead"]
        # `units` holds every unit, lead units first where the text names them first
        assert task["units"] == list(dict.fromkeys(want["lead"] + want["responsible"]))
        assert task["text"].startswith(want["text_prefix"])


def test_seed_004_by_hand():
    ledger = mubiao.read(N004)
    tasks = ledger["tasks"]
    assert [t["number"] for t in tasks] == [str(n) for n in range(1, 97)]
    first = tasks[0]
    assert first["path"] == ["一", "(一)"]
    assert first["label"] == "1" and first["style"] == "arabic"
    assert first["lead"] == ["市工业和信息化局"]
    assert first["units"] == ["市工业和信息化局", "市发改委", "市政府金融办", "市商务局", "市煤炭局"]
    assert [d["role"] for d in first["duties"]] == ["lead"] + ["responsible"] * 4
    last = tasks[95]
    assert last["path"] == ["八", "(五)"]
    assert last["text"] == "搞好第三次经济普查。"
    a, b = last["char_span"]
    assert ledger["text"][a:b] == "96.搞好第三次经济普查。\n牵头单位:市统计局\n责任单位:各县(市、区)政府"
    meta = ledger["meta"]
    assert meta["doc_number"] == "平政办〔2013〕11号"
    assert meta["signed"] == "2013-03-02"
    assert ledger["schema"] == mubiao.SCHEMA == "mubiao.ledger/1"
    assert ledger["diagnostics"] == []


def _fold(value, unit):
    """('2', '万人') -> (Decimal('20000'), '人'), as the project's scorer compares them."""
    if value is None:
        return None
    v, u = Decimal(value), (unit or "").replace("个百分点", "百分点")
    for prefix, mult in (("万亿", 10**12), ("亿", 10**8), ("万", 10**4)):
        if u.startswith(prefix) and len(u) > len(prefix):
            return (v * mult).normalize(), u[len(prefix):]
    return v.normalize(), u


def test_every_gold_target_is_a_row():
    gold = json.loads((GOLD / "targets-seeds.json").read_text(encoding="utf-8"))["targets"]
    assert len(gold) == 70
    rows = mubiao.targets(SEEDS)
    unused = list(rows)
    missed = []
    for want in gold:
        for row in unused:
            if (
                os.path.basename(row["file"]) == want["file"]
                and row["measure"] == want["measure"]
                and row["comparator"] == want["comparator"]
                and _fold(row["value"], row["unit"]) == _fold(want["value"], want["unit"])
                and row["status"] == want["status"]
                and (want["indicator"] in row["indicator"] or row["indicator"] in want["indicator"])
                and _fold(row["baseline"], row["unit"]) == _fold(want.get("baseline"), want["unit"])
            ):
                unused.remove(row)
                break
        else:
            missed.append(want)
    assert missed == []


def test_a_target_row_by_hand():
    rows = [r for r in mubiao.targets(N000) if r["indicator"] == "城镇登记失业率"]
    row = rows[0]
    assert (row["measure"], row["comparator"], row["value"], row["unit"]) == ("level", "le", "4.5", "%")
    assert (row["status"], row["year"]) == ("target", 2012)
    assert row["file"] == str(N000)
    assert row["statement"] == "城镇登记失业率控制在4.5%以内"
    text = N000.read_text(encoding="utf-8")
    a, b = row["char_span"]
    assert text[a:b] == row["statement"]
    a, b = row["indicator_char_span"]
    assert text[a:b] == "城镇登记失业率"
    # the task it belongs to, by number
    task = mubiao.read(N000)["tasks"][row["task"]]
    assert row["task_number"] == task["number"]


def test_values_are_decimal_strings_never_floats():
    for row in mubiao.targets(SEEDS):
        for key in ("value", "upper", "baseline"):
            assert row[key] is None or isinstance(row[key], str)
            if row[key] is not None:
                Decimal(row[key])
        assert row["year"] is None or isinstance(row["year"], int)


# ---------------------------------------------------------------- spans


def _span_pairs(node, path=""):
    """Every (byte span, char span, where) in a ledger, meta's `spans` included."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key.endswith("span") and "char_" not in key:
                twin = key[: -len("span")] + "char_span" if key != "span" else "char_span"
                yield value, node[twin], f"{path}.{key}"
            if key == "spans":
                for field, span in value.items():
                    yield span, node["char_spans"][field], f"{path}.spans.{field}"
            elif isinstance(value, (dict, list)):
                yield from _span_pairs(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _span_pairs(value, f"{path}[{i}]")


@pytest.mark.parametrize("path", EVERY_FILE, ids=lambda p: p.name)
def test_every_char_span_slices_what_its_byte_span_does(path):
    ledger = mubiao.read(path)
    text = ledger["text"]
    utf8 = text.encode("utf-8")
    pairs = list(_span_pairs(ledger))
    assert len(pairs) > 100
    for span, char_span, where in pairs:
        if span is None:
            assert char_span is None, where
            continue
        (a, b), (c, d) = span, char_span
        assert utf8[a:b].decode("utf-8") == text[c:d], where
    # and what they slice is what the ledger says stands there
    for task in ledger["tasks"]:
        a, b = task["text_char_span"]
        assert text[a:b] == task["text"]
        for duty in task["duties"]:
            a, b = duty["unit"]["char_span"]
            assert text[a:b] == duty["unit"]["name"]
    for target in ledger["targets"]:
        if target["indicator_char_span"] is not None:
            a, b = target["indicator_char_span"]
            assert text[a:b] == target["indicator"]


def test_char_spans_count_code_points_past_the_basic_plane():
    # 𠀀 (U+20000) is 4 bytes in UTF-8 and one character in Python
    text = "𠀀𠀀1、加强领导。(责任单位:市政府办)"
    ledger = mubiao.parse(text)
    unit = ledger["tasks"][0]["duties"][0]["unit"]
    before = "𠀀𠀀1、加强领导。(责任单位:"
    assert unit["char_span"] == [len(before), len(before) + 4]
    assert unit["span"] == [len(before.encode()), len(before.encode()) + 12]


# ---------------------------------------------------------------- encodings and inputs


def _without(ledger, *keys):
    return {k: v for k, v in ledger.items() if k not in keys}


def test_bytes_and_str_give_the_same_ledger():
    raw = N004.read_bytes()
    from_bytes = mubiao.parse(raw)
    from_str = mubiao.parse(raw.decode("utf-8"))
    assert from_bytes["encoding"] == "utf-8" and from_str["encoding"] is None
    assert _without(from_bytes, "encoding") == _without(from_str, "encoding")
    assert _without(mubiao.read(N004), "file") == _without(from_bytes, "file")
    assert mubiao.parse(bytearray(raw)) == from_bytes


def test_parse_of_a_str_returns_that_str():
    text = N001.read_text(encoding="utf-8")
    assert mubiao.parse(text)["text"] is text


@pytest.mark.parametrize(
    "variant, codec",
    [
        ("000_944023351de1df6f.gb18030.txt", "gb18030"),
        ("004_1282b74f73776eb6.gb18030.txt", "gb18030"),
        ("004_1282b74f73776eb6.crlf-bom.txt", "utf-8-sig"),
        ("003_ffec1ac142b8e965.crlf-bom.txt", "utf-8-sig"),
    ],
)
def test_the_encoding_names_the_codec_that_gives_the_text_back(variant, codec):
    path = VARIANTS / variant
    ledger = mubiao.read(path)
    assert ledger["encoding"] == codec
    assert path.read_bytes().decode(codec) == ledger["text"]


def _shape(ledger):
    fold = lambda s: s.translate({cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)})
    return [
        (t["number"], [fold(p) for p in t["path"]], [fold(u) for u in t["lead"]], [fold(u) for u in t["units"]])
        for t in ledger["tasks"]
    ]


def test_every_encoding_gives_the_same_tasks():
    assert _without(mubiao.read(VARIANTS / "004_1282b74f73776eb6.gb18030.txt"), "file", "encoding") == _without(
        mubiao.read(VARIANTS / "004_1282b74f73776eb6.fullwidth.txt"), "file", "encoding"
    )
    for seed, variants in [
        (N004, ["fullwidth", "gb18030", "crlf-bom"]),
        (N000, ["gb18030"]),
        (R003, ["fullwidth", "gb18030", "crlf-bom"]),
    ]:
        want = _shape(mubiao.read(seed))
        for v in variants:
            assert _shape(mubiao.read(VARIANTS / f"{seed.stem}.{v}.txt")) == want, v


def test_utf16_with_a_byte_order_mark():
    text = N001.read_text(encoding="utf-8")
    ledger = mubiao.parse(text.encode("utf-16"))
    assert ledger["encoding"] == "utf-16"
    assert ledger["text"] == text
    assert _without(ledger, "encoding") == _without(mubiao.parse(text), "encoding")


# ---------------------------------------------------------------- rows


def test_a_folder_is_its_txt_files_in_name_order():
    rows = mubiao.targets(CORPUS)
    files = list(dict.fromkeys(r["file"] for r in rows))
    assert files == [str(p) for p in SEEDS]  # not the variants/ below it


def test_rows_are_the_ledgers_items_with_their_file():
    paths = [N004, str(N000), pathlib.PurePath(R003)]
    targets, tasks = mubiao.targets(paths), mubiao.tasks(paths)
    want_targets, want_tasks = [], []
    for p in paths:
        ledger = mubiao.read(p)
        for t in ledger["targets"]:
            number = ledger["tasks"][t["task"]]["number"] if t["task"] is not None else None
            a, b = t["char_span"]
            want_targets.append({"file": str(p), **t, "task_number": number, "statement": ledger["text"][a:b]})
        want_tasks += [{"file": str(p), **t} for t in ledger["tasks"]]
    assert targets == want_targets
    assert tasks == want_tasks
    assert list(targets[0])[:2] == ["file", "indicator"]


def test_rows_of_nothing_and_of_one_path():
    assert mubiao.targets([]) == [] and mubiao.tasks(()) == []
    assert mubiao.tasks(N001) == mubiao.tasks([str(N001)])
    assert len(mubiao.tasks(N001)) == 31


def test_many_files_come_back_in_order():
    # more files than one batch of the parallel reader
    paths = SEEDS * 30
    rows = mubiao.tasks(paths)
    assert len(rows) == 30 * sum(len(mubiao.read(p)["tasks"]) for p in SEEDS)
    files = [r["file"] for r in rows]
    starts = [f for i, f in enumerate(files) if i == 0 or files[i - 1] != f]
    assert starts == [str(p) for p in paths]


def test_the_types_name_every_key():
    """The TypedDicts of the package describe what the dicts hold, key for key."""

    def keys(td):
        return set(td.__required_keys__) | set(td.__optional_keys__)

    ledger = mubiao.read(N000)
    assert set(ledger) == keys(mubiao.Ledger)
    assert set(ledger["meta"]) == keys(mubiao.Meta)
    assert set(ledger["meta"]["spans"]) <= keys(mubiao.MetaSpans)
    for task in ledger["tasks"]:
        assert set(task) == keys(mubiao.Task)
        for duty in task["duties"]:
            assert set(duty) == keys(mubiao.Duty) and set(duty["unit"]) == keys(mubiao.Org)
        for d in task["deadlines"]:
            assert set(d) == keys(mubiao.Deadline)
        for r in task["references"]:
            assert set(r) == keys(mubiao.Reference)
    for t in ledger["targets"]:
        assert set(t) == keys(mubiao.Target)
    for d in ledger["diagnostics"]:
        assert set(d) == keys(mubiao.Diagnostic)
    for s in ledger["outline"]:
        assert set(s) == keys(mubiao.Section)
    assert ledger["tasks"][0]["deadlines"] or any(t["deadlines"] for t in ledger["tasks"])
    assert set(mubiao.targets(N000)[0]) == keys(mubiao.TargetRow)
    assert set(mubiao.tasks(N000)[0]) == keys(mubiao.TaskRow)


def test_the_examples_of_the_docs():
    import doctest

    failures, tried = doctest.testmod(mubiao)
    assert tried >= 5 and failures == 0


# ---------------------------------------------------------------- errors


def test_bytes_that_are_no_text_raise_with_the_byte():
    with pytest.raises(mubiao.MubiaoError) as e:
        mubiao.parse(b"\x31\xff\xff\xff")
    assert isinstance(e.value, ValueError)
    assert str(e.value) == "not valid GB18030 at byte 1"
    assert e.value.file is None and e.value.span == [1, 2]


def test_a_file_that_is_no_text_raises_naming_it(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("1、加强领导。".encode("utf-8") + b"\xff\xff\xff")
    for call in (mubiao.read, lambda p: mubiao.targets([N001, p]), mubiao.tasks):
        with pytest.raises(mubiao.MubiaoError) as e:
            call(bad)
        assert str(e.value).startswith(f"{bad}: not valid GB18030 at byte ")
        assert e.value.file == str(bad)
        assert e.value.span[1] - e.value.span[0] == 1


def test_a_missing_file_raises_file_not_found_with_its_path(tmp_path):
    missing = tmp_path / "missing.txt"
    for call in (mubiao.read, mubiao.targets, lambda p: mubiao.tasks([N000, p])):
        with pytest.raises(FileNotFoundError) as e:
            call(missing)
        assert e.value.filename == str(missing)
        assert str(missing) in str(e.value)


def test_a_folder_is_no_file_to_read(tmp_path):
    with pytest.raises(IsADirectoryError):
        mubiao.read(tmp_path)
    assert mubiao.targets(tmp_path) == []  # a folder without .txt files has no rows


@pytest.mark.parametrize("bad", [None, 12, 3.5, ["1、"], {"text": "1、"}])
def test_parse_takes_only_text_or_bytes(bad):
    with pytest.raises(TypeError, match="parse\\(\\) takes a str or bytes"):
        mubiao.parse(bad)


@pytest.mark.parametrize("bad", [None, 12, [N000, 12], [None]])
def test_paths_must_be_paths(bad):
    for call in (mubiao.targets, mubiao.tasks):
        with pytest.raises(TypeError, match="expected a path"):
            call(bad)
    if not isinstance(bad, list):
        with pytest.raises(TypeError, match="expected a path"):
            mubiao.read(bad)


# ---------------------------------------------------------------- the GIL


def test_other_threads_run_while_a_document_is_parsed():
    """While `parse` reads a large document another thread keeps running: the GIL is
    released. (Held, the other thread would be stopped for the whole parse.)"""
    big = "\n".join(p.read_text(encoding="utf-8") for p in SEEDS) * 15  # about 2 MB
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.0005)

    ticker = threading.Thread(target=tick)
    ticker.start()
    try:
        time.sleep(0.01)
        start = time.perf_counter()
        mubiao.parse(big)
        end = time.perf_counter()
    finally:
        stop.set()
        ticker.join()
    during = [t for t in ticks if start < t < end]
    assert end - start > 0.02
    # the ticker slept 0.5 ms a tick: it ran through the parse, not only around it
    assert len(during) >= 10, (len(during), end - start)


def test_ctrl_c_stops_a_long_run_and_the_collector_is_back_on():
    import gc
    import signal

    paths = SEEDS * 800  # 4,000 documents (110 MB): two seconds or more to read whole
    timer = threading.Timer(0.05, lambda: os.kill(os.getpid(), signal.SIGINT))
    start = time.perf_counter()
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            mubiao.targets(paths)
    finally:
        timer.cancel()
    # stopped within a batch or two of the signal, not after the whole run
    assert time.perf_counter() - start < 0.6
    assert gc.isenabled()
    gc.disable()
    try:
        mubiao.tasks(N001)
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


# ---------------------------------------------------------------- pandas


def test_a_dataframe_of_the_targets_of_the_seeds():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(mubiao.targets(CORPUS))
    columns = ["file", "indicator", "measure", "comparator", "value", "unit", "status", "year"]
    assert set(columns) <= set(df.columns)
    assert df["file"].nunique() == 5
    row = df[(df["indicator"] == "城镇登记失业率") & (df["file"] == str(N000))].iloc[0]
    assert (row["measure"], row["comparator"], row["value"], row["unit"], row["status"]) == (
        "level",
        "le",
        "4.5",
        "%",
        "target",
    )
    assert pd.to_numeric(df["value"]).notna().sum() == df["value"].notna().sum()
    tasks = pd.DataFrame(mubiao.tasks(CORPUS))
    assert (tasks["file"] == str(N004)).sum() == 96
