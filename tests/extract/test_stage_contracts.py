"""The pipeline's stage contracts are true: run on texts written for this test, each stage changes
only the ``Context`` fields it declares (``adds``) and only the attributes it declares on the items
of earlier fields (``amends``), and reads only the fields it declares (``needs``); and
``check_order`` refuses an order that breaks a contract."""

from __future__ import annotations

import dataclasses
import io
import pickle
from datetime import date

import pytest

from coopwatch.extract.context import Context
from coopwatch.extract.pipeline import REPORT, STAGES, Stage, check_order, run_stages
from coopwatch.models import Document

# Between them the texts give facts of all eight types, a title the role stage binds to the one
# person who holds it ("Губернатор отметил"), and a meeting that takes the date of the trip it was on.
TEXTS = [
    ("Губернатор Новгородской области Александр Дронов 3 июня находился с рабочим визитом в Могилёве. "
     "В ходе поездки он провёл переговоры с председателем Могилёвского облисполкома Анатолием Исаченко. "
     "По итогам встречи стороны подписали план мероприятий на 2025–2027 годы. Губернатор отметил, что "
     "товарооборот региона с Беларусью в 2024 году вырос на 12% и составил 310 млн долларов.", "2025-06-04"),
    ("Председатель Гродненского облисполкома Юрий Караев и губернатор Калужской области Владислав Шапша "
     "договорились довести товарооборот до 500 млн долларов к 2027 году. В Калуге откроется "
     "представительство Гродненской области. Между Гродно и Калугой планируется запустить прямое авиасообщение.",
     "2025-02-11"),
    ("В Уфе прошло пятое заседание рабочей группы по сотрудничеству Башкортостана и Узбекистана. "
     "Глава республики Радий Хабиров встретился с хокимом Самаркандской области. Хабиров сообщил, что "
     "республика намерена открыть торговый дом в Самарканде.", None),
]
FIELDS = [f.name for f in dataclasses.fields(Context)]
ATOMS = (type(None), bool, int, float, str, bytes)


class _FieldPickler(pickle.Pickler):
    """Pickles one field's data; an object another field holds is written as a reference to it, so
    a change is charged to the field that holds the changed object."""

    def __init__(self, buf: io.BytesIO, field: str, holders: dict[int, tuple[str, int]]) -> None:
        super().__init__(buf, protocol=pickle.HIGHEST_PROTOCOL)
        self.field, self.holders = field, holders

    def persistent_id(self, obj: object) -> object:
        held = self.holders.get(id(obj))
        if held is not None and held[0] != self.field:
            return held
        if type(obj).__module__.startswith("yargy"):  # grammar results: classes made at run time
            return ("yargy", repr(obj))
        return None


def _bytes(value: object, field: str, holders: dict[int, tuple[str, int]]) -> bytes:
    buf = io.BytesIO()
    _FieldPickler(buf, field, holders).dump(value)
    return buf.getvalue()


def _attributes(item: object) -> dict[str, object]:
    if dataclasses.is_dataclass(item):
        return {f.name: getattr(item, f.name) for f in dataclasses.fields(item)}
    return dict(vars(item)) if hasattr(item, "__dict__") else {"": item}


def snapshot(ctx: Context) -> dict[str, object]:
    """Each field as bytes; a list field item by item and attribute by attribute."""
    holders: dict[int, tuple[str, int]] = {}
    for name in FIELDS:
        value = getattr(ctx, name)
        for i, item in enumerate(value if isinstance(value, list) else [value]):
            if not isinstance(item, ATOMS):  # shared by identity without being shared data
                holders.setdefault(id(item), (name, i))
    out: dict[str, object] = {}
    for name in FIELDS:
        value = getattr(ctx, name)
        if isinstance(value, list):
            out[name] = (id(value), [(id(x), {k: _bytes(a, name, holders) for k, a in _attributes(x).items()})
                                     for x in value])
        else:
            out[name] = (id(value), _bytes(value, name, holders))
    return out


def changes(before: dict[str, object], after: dict[str, object]) -> set[str]:
    """Fields replaced, or items added or removed (``"titles"``); attributes set on the same items
    (``"titles.of"``)."""
    out = set()
    for name in FIELDS:
        if before[name] == after[name]:
            continue
        (was_id, was), (now_id, now) = before[name], after[name]
        same_items = isinstance(was, list) and was_id == now_id and [i for i, _ in was] == [i for i, _ in now]
        if not same_items:
            out.add(name)
            continue
        for (_, a), (_, b) in zip(was, now, strict=True):
            out.update(f"{name}.{k}" for k in a if a[k] != b[k])
    return out


def allowed(stage: Stage, change: str) -> bool:
    field = change.split(".", 1)[0]
    return field in stage.adds or field == REPORT or change in stage.amends


# every stage reads the document and, once annotated, its annotation
EVERY_STAGE_READS = {"document", "ann"}


@pytest.fixture(scope="module")
def observed() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """What each stage changed and which fields it read, over all the texts."""
    changed: dict[str, set[str]] = {st.name: set() for st in STAGES}
    read: dict[str, set[str]] = {st.name: set() for st in STAGES}
    running: list[str] = []
    plain = Context.__getattribute__

    def reading(ctx: Context, name: str) -> object:
        if running and name in FIELDS:
            read[running[0]].add(name)
        return plain(ctx, name)

    with pytest.MonkeyPatch.context() as mp:
        for text, published in TEXTS:
            ctx = Context(document=Document(id="t", text=text,
                                            published=date.fromisoformat(published) if published else None))
            for st in STAGES:
                before = snapshot(ctx)
                mp.setattr(Context, "__getattribute__", reading)
                running.append(st.name)
                try:
                    st.run(ctx)
                finally:
                    running.clear()
                    mp.undo()
                changed[st.name] |= changes(before, snapshot(ctx))
    return changed, read


@pytest.mark.parametrize("stage", STAGES, ids=[st.name for st in STAGES])
def test_stage_writes_only_what_it_declares(observed, stage):
    changed, _ = observed
    undeclared = {c for c in changed[stage.name] if not allowed(stage, c)}
    assert not undeclared, f"стадия {stage.name} меняет {sorted(undeclared)}, не объявив этого"


@pytest.mark.parametrize("stage", STAGES, ids=[st.name for st in STAGES])
def test_stage_reads_only_what_it_declares(observed, stage):
    """A need left undeclared is one ``check_order`` cannot order: the stage could run before the
    stage that fills or amends it."""
    _, read = observed
    undeclared = read[stage.name] - set(stage.needs) - stage.writes - EVERY_STAGE_READS - {REPORT}
    assert not undeclared, f"стадия {stage.name} читает {sorted(undeclared)}, не объявив этого"


def test_every_declared_amendment_happens(observed):
    """The texts exercise every declared amendment, so the test above would see a stage that
    stops or starts changing them."""
    changed, _ = observed
    for st in STAGES:
        for a in st.amends:
            assert a in changed[st.name], f"{st.name}: {a} объявлено, но не менялось ни на одном тексте"


def test_snapshot_sees_an_attribute_set_on_another_fields_item():
    """The test's own instrument: a title's ``of`` set by hand is charged to ``titles.of``, not to
    the fields whose objects the title refers to."""
    ctx = run_stages(Document(id="t", text=TEXTS[1][0]), until="titles")
    before = snapshot(ctx)
    ctx.titles[0].of = "RU-KLU"
    assert changes(before, snapshot(ctx)) == {"titles.of"}


def test_run_stages_until_stops_after_the_stage():
    ctx = run_stages(Document(id="t", text=TEXTS[1][0]), until="role")
    assert ctx.titles and all(t.of for t in ctx.titles if t.person is not None)
    assert {f.type for f in ctx.facts} == {"role"} and ctx.dates  # numbers ran, later fact stages did not
    with pytest.raises(ValueError, match="no stage"):
        run_stages(Document(id="t", text="Текст."), until="нет такой")


def _noop(ctx: Context) -> None:
    pass


def test_check_order_refuses_broken_orders():
    base = [Stage("a", ("document",), ("ann",), _noop), Stage("b", ("ann",), ("titles",), _noop)]
    check_order(base)
    with pytest.raises(RuntimeError, match="needs"):
        check_order(base[::-1])
    amend = Stage("role", ("titles",), ("facts",), _noop, amends=("titles.of",))
    reader = Stage("meeting", ("titles",), ("facts",), _noop)
    check_order([*base, amend, reader])
    with pytest.raises(RuntimeError, match="before role writes"):  # would read titles without their `of`
        check_order([*base, reader, amend])
    with pytest.raises(RuntimeError, match="amends"):
        check_order([base[0], Stage("role", ("ann",), ("facts",), _noop, amends=("titles.of",))])


def test_pipeline_order_is_checked():
    check_order(STAGES)
