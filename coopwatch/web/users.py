"""Accounts of the web application: editors may curate, viewers may only read.

The accounts live in the knowledge base's own database, in two tables of this module
(``web_users``, ``web_settings``) created on first use with ``CREATE TABLE IF NOT EXISTS``: they
belong to the web layer, not to the knowledge base's schema and migrations. Passwords are
hashed with Argon2id (``argon2-cffi``, its recommended parameters); the session-signing secret
is generated once and kept in ``web_settings`` so that sessions survive restarts and are shared
by every server process on the same database.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from coopwatch.kb.db import KB, KBError

ROLES = {"editor": "редактор", "viewer": "читатель"}
NAME_RE = re.compile(r"^[\w.@-]{1,64}$")
MIN_PASSWORD = 8

metadata = sa.MetaData()
web_users = sa.Table(
    "web_users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("password_hash", sa.String(300), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)
web_settings = sa.Table(
    "web_settings",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("coopwatch-dummy-password")


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str

    @property
    def is_editor(self) -> bool:
        return self.role == "editor"

    @property
    def role_name(self) -> str:
        return ROLES.get(self.role, self.role)


def ensure_tables(kb: KB) -> None:
    with kb.write() as conn:
        metadata.create_all(conn, checkfirst=True)


def add_user(kb: KB, name: str, password: str, role: str = "viewer", *, replace: bool = False) -> User:
    """Create an account (or, with ``replace``, set a new password and role for an existing one)."""
    if not NAME_RE.match(name):
        raise KBError("имя пользователя: от 1 до 64 букв, цифр или знаков . _ @ -")
    if role not in ROLES:
        raise KBError(f"неизвестная роль «{role}»: допустимы {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise KBError(f"пароль слишком короткий: нужно не меньше {MIN_PASSWORD} символов")
    ensure_tables(kb)
    values = {"role": role, "password_hash": _hasher.hash(password)}
    with kb.write() as conn:
        row = conn.execute(sa.select(web_users.c.id).where(web_users.c.name == name)).first()
        if row is not None and not replace:
            raise KBError(
                f"пользователь «{name}» уже есть (чтобы сменить пароль или роль, добавьте --replace)"
            )
        if row is not None:
            conn.execute(web_users.update().where(web_users.c.id == row.id).values(**values))
            uid = row.id
        else:
            uid = conn.execute(
                web_users.insert().values(name=name, created_at=datetime.now(UTC), **values)
            ).inserted_primary_key[0]
    return User(uid, name, role)


def remove_user(kb: KB, name: str) -> bool:
    ensure_tables(kb)
    with kb.write() as conn:
        return conn.execute(web_users.delete().where(web_users.c.name == name)).rowcount > 0


def list_users(kb: KB) -> list[User]:
    ensure_tables(kb)
    with kb.read() as conn:
        return [
            User(r.id, r.name, r.role) for r in conn.execute(sa.select(web_users).order_by(web_users.c.name))
        ]


def get_user(kb: KB, user_id: int) -> User | None:
    with kb.read() as conn:
        r = conn.execute(sa.select(web_users).where(web_users.c.id == user_id)).first()
    return User(r.id, r.name, r.role) if r else None


def authenticate(kb: KB, name: str, password: str) -> User | None:
    """The user if the password is right; the same work is done for unknown names (no timing hint)."""
    with kb.read() as conn:
        r = conn.execute(sa.select(web_users).where(web_users.c.name == name)).first()
    try:
        _hasher.verify(r.password_hash if r else _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if r is None:
        return None
    if _hasher.check_needs_rehash(r.password_hash):
        with kb.write() as conn:
            conn.execute(
                web_users.update().where(web_users.c.id == r.id).values(password_hash=_hasher.hash(password))
            )
    return User(r.id, r.name, r.role)


def session_secret(kb: KB) -> str:
    """The secret that signs session cookies: made once per database, then read back."""
    ensure_tables(kb)
    query = sa.select(web_settings.c.value).where(web_settings.c.key == "session_secret")
    try:
        with kb.write() as conn:
            if conn.execute(query).scalar() is None:
                conn.execute(
                    web_settings.insert().values(key="session_secret", value=secrets.token_urlsafe(48))
                )
    except sa.exc.IntegrityError:  # another server process made it meanwhile
        pass
    with kb.read() as conn:
        return conn.execute(query).scalar_one()
