from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from gateway.store.migrate import upgrade
from gateway.store.research import ResearchObject, store_registry


def _obj(**kw):
    base = dict(
        study_key="2017-0018",
        object_key="2.25.1",
        subject="PABC",
        data_kind="images",
        modality="CT",
        exam_date=date(2020, 1, 2),
        path="a/b/c.dcm",
        sha256="0" * 64,
        size=10,
        attributes={"age": 40, "sex": "F"},
    )
    base.update(kw)
    return ResearchObject(**base)


def test_migration_matches_models(engine):
    upgrade(engine)
    insp = inspect(engine)
    for table in store_registry.metadata.sorted_tables:
        cols = {c["name"] for c in insp.get_columns(table.name)}
        assert cols == {c.name for c in table.columns}, table.name


def test_object_key_is_idempotent_per_study(engine):
    upgrade(engine)
    with Session(engine) as s:
        s.add(_obj())
        s.commit()
    with Session(engine) as s:
        s.add(_obj())
        with pytest.raises(IntegrityError):
            s.commit()
    with Session(engine) as s:
        s.add(_obj(study_key="other"))
        s.commit()
        rows = s.exec(select(ResearchObject)).all()
        assert len(rows) == 2
        assert rows[0].attributes == {"age": 40, "sex": "F"}
