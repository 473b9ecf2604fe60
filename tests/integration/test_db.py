from __future__ import annotations

from sqlalchemy import inspect, text

from gateway.store.db import session_scope
from gateway.store.migrate import current_heads, upgrade


def test_migrations_reach_every_head(engine):
    upgrade(engine)
    heads = current_heads(engine)
    from alembic.script import ScriptDirectory

    from gateway.store.migrate import alembic_config

    expected = set(ScriptDirectory.from_config(alembic_config()).get_heads())
    assert heads == expected
    # idempotent
    upgrade(engine)
    assert current_heads(engine) == expected
    assert "alembic_version" in inspect(engine).get_table_names()


def test_session_scope_rolls_back_on_error(engine):
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t_scope (x INTEGER)"))
    try:
        with session_scope(engine) as s:
            s.execute(text("INSERT INTO t_scope VALUES (1)"))
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM t_scope")).scalar_one() == 0
