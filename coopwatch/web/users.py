"""Accounts of the web application: editors may curate, viewers may only read.

The accounts live in the knowledge base's own database, in three tables of this module
(``web_users``, ``web_sessions``, ``web_settings``) created on first use with ``CREATE TABLE IF
NOT EXISTS``: they belong to the web layer, not to the knowledge base's schema and migrations.
Passwords are hashed with Argon2id (``argon2-cffi``, its recommended parameters), a few hashes at
a time (each takes 64 MiB). The session-signing secret is generated once and kept in
``web_settings`` so that sessions survive restarts and are shared by every server process on the
same database.

Sessions are records on the server: the cookie carries only a random token, whose hash names a
row of ``web_sessions`` with the account's id and the account's *secret* at sign-in. A session
counts while its row exists, the account exists with that same secret, and it is neither older
than its lifetime nor idle longer than the idle timeout. Signing out deletes the row; a new
password, a new role or removing the account gives the account a new secret and deletes its rows,
so every saved cookie of it is worthless; so does disabling the account, which also refuses its
password until it is enabled again. Account ids are never reused (AUTOINCREMENT in SQLite, a
sequence in PostgreSQL).

Roles: a viewer reads; an editor also curates facts and adds documents; an administrator also
manages the accounts (``coopwatch.web.admin``).
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from coopwatch.kb.db import KB, DatabaseBusy, KBError, NotFound, write_wait

ROLES = {"admin": "администратор", "editor": "редактор", "viewer": "читатель"}
CURATORS = frozenset({"admin", "editor"})  # the roles that may change the knowledge base
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
    sa.Column("secret", sa.String(64), nullable=False, server_default=""),  # new at every change
    sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
    sqlite_autoincrement=True,
)
web_sessions = sa.Table(
    "web_sessions",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),  # SHA-256 of the cookie's token
    sa.Column("user_id", sa.Integer, nullable=False, index=True),
    sa.Column("secret", sa.String(64), nullable=False),  # the account's secret at sign-in
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
)
web_settings = sa.Table(
    "web_settings",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

_hasher = PasswordHasher()
# Argon2id takes 64 MiB per hash: a few at a time, whatever the number of logins at once.
HASH_SLOTS = max(2, min(4, os.cpu_count() or 2))
HASH_WAIT_S = 30.0
_hash_slots = threading.BoundedSemaphore(HASH_SLOTS)
_DUMMY_HASH = _hasher.hash("coopwatch-dummy-password")


class NameTaken(KBError):
    """An account of that name exists already."""


class Busy(KBError):
    """Too many passwords are being checked at once: try again in a moment."""


@contextmanager
def _hashing() -> Iterator[None]:
    if not _hash_slots.acquire(timeout=HASH_WAIT_S):
        raise Busy("сервер занят проверкой паролей: повторите через несколько секунд")
    try:
        yield
    finally:
        _hash_slots.release()


def _hash(password: str) -> str:
    with _hashing():
        return _hasher.hash(password)


def _verify(stored: str, password: str) -> bool:
    with _hashing():
        try:
            return _hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str

    @property
    def is_editor(self) -> bool:
        """May curate: an editor or an administrator."""
        return self.role in CURATORS

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def role_name(self) -> str:
        return ROLES.get(self.role, self.role)


def ensure_tables(kb: KB) -> None:
    with kb.write() as conn:
        metadata.create_all(conn, checkfirst=True)
        _upgrade(conn)


def _upgrade(conn: sa.Connection) -> None:
    """Accounts made by an earlier version: a secret for each, and (SQLite) ids never reused."""
    columns = {c["name"] for c in sa.inspect(conn).get_columns("web_users")}
    if "secret" not in columns:
        conn.execute(sa.text("ALTER TABLE web_users ADD COLUMN secret VARCHAR(64) NOT NULL DEFAULT ''"))
    if "disabled" not in columns:
        conn.execute(sa.text("ALTER TABLE web_users ADD COLUMN disabled BOOLEAN NOT NULL DEFAULT FALSE"))
    if conn.dialect.name == "sqlite":
        made = conn.execute(sa.text("SELECT sql FROM sqlite_master WHERE name = 'web_users'")).scalar() or ""
        if "AUTOINCREMENT" not in made.upper():
            rows = [dict(r._mapping) for r in conn.execute(sa.select(web_users))]
            conn.execute(sa.text("DROP TABLE web_users"))
            web_users.create(conn)
            if rows:
                conn.execute(web_users.insert(), rows)
    for uid in conn.execute(sa.select(web_users.c.id).where(web_users.c.secret == "")).scalars().all():
        conn.execute(web_users.update().where(web_users.c.id == uid).values(secret=secrets.token_hex(16)))


def check_name(name: str) -> str:
    if not NAME_RE.match(name):
        raise KBError("имя пользователя: от 1 до 64 букв, цифр или знаков . _ @ -")
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise KBError(f"неизвестная роль «{role}»: допустимы {', '.join(ROLES)}")
    return role


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise KBError(f"пароль слишком короткий: нужно не меньше {MIN_PASSWORD} символов")
    return password


def add_user(kb: KB, name: str, password: str, role: str = "viewer", *, replace: bool = False) -> User:
    """Create an account (or, with ``replace``, set a new password and role for an existing one)."""
    check_name(name)
    check_role(role)
    check_password(password)
    ensure_tables(kb)
    values = {"role": role, "password_hash": _hash(password), "secret": secrets.token_hex(16)}
    with kb.write() as conn:
        row = conn.execute(sa.select(web_users.c.id).where(web_users.c.name == name)).first()
        if row is not None and not replace:
            raise NameTaken(
                f"пользователь «{name}» уже есть (чтобы сменить пароль или роль, добавьте --replace)"
            )
        if row is not None:  # a new password and role: the account's sessions end
            conn.execute(web_users.update().where(web_users.c.id == row.id).values(**values))
            conn.execute(web_sessions.delete().where(web_sessions.c.user_id == row.id))
            uid = row.id
        else:
            uid = conn.execute(
                web_users.insert().values(name=name, created_at=datetime.now(UTC), **values)
            ).inserted_primary_key[0]
    return User(uid, name, role)


def remove_user(kb: KB, name: str) -> bool:
    """Remove an account and end its sessions."""
    ensure_tables(kb)
    with kb.write() as conn:
        uid = conn.execute(sa.select(web_users.c.id).where(web_users.c.name == name)).scalar()
        if uid is None:
            return False
        conn.execute(web_sessions.delete().where(web_sessions.c.user_id == uid))
        conn.execute(web_users.delete().where(web_users.c.id == uid))
        return True


def _changed(conn: sa.Connection, uid: int, **values: object) -> None:
    """Change an account; its sessions end (a new secret, its session records deleted)."""
    conn.execute(web_users.update().where(web_users.c.id == uid).values(secret=secrets.token_hex(16), **values))
    conn.execute(web_sessions.delete().where(web_sessions.c.user_id == uid))


def _account_id(conn: sa.Connection, name: str) -> int:
    uid = conn.execute(sa.select(web_users.c.id).where(web_users.c.name == name)).scalar()
    if uid is None:
        raise NotFound(f"пользователя «{name}» нет")
    return uid


def _last_admin(conn: sa.Connection, uid: int) -> bool:
    """Whether ``uid`` is the only enabled administrator (who must not lock everyone out)."""
    admins = conn.execute(
        sa.select(web_users.c.id).where(web_users.c.role == "admin", web_users.c.disabled == sa.false())
    ).scalars().all()
    return admins == [uid]


def set_role(kb: KB, name: str, role: str) -> None:
    """A new role for an account; its sessions end (it signs in again under the new role)."""
    check_role(role)
    with kb.write() as conn:
        uid = _account_id(conn, name)
        if role != "admin" and _last_admin(conn, uid):
            raise KBError(f"«{name}» — единственный администратор: сначала назначьте другого")
        _changed(conn, uid, role=role)


def set_disabled(kb: KB, name: str, disabled: bool) -> None:
    """Disable an account (its sessions end, its password is refused) or enable it again."""
    with kb.write() as conn:
        uid = _account_id(conn, name)
        if disabled and _last_admin(conn, uid):
            raise KBError(f"«{name}» — единственный администратор: его нельзя отключить")
        _changed(conn, uid, disabled=disabled)


def set_password(kb: KB, name: str, password: str) -> None:
    """A new password (set by an administrator); the account's sessions end."""
    check_password(password)
    hashed = _hash(password)
    with kb.write() as conn:
        _changed(conn, _account_id(conn, name), password_hash=hashed)


@dataclass(frozen=True)
class Account:
    """An account as the administrator's page lists it."""

    id: int
    name: str
    role: str
    disabled: bool
    created_at: datetime

    @property
    def role_name(self) -> str:
        return ROLES.get(self.role, self.role)


def accounts(kb: KB) -> list[Account]:
    ensure_tables(kb)
    with kb.read() as conn:
        rows = conn.execute(sa.select(web_users).order_by(web_users.c.name)).all()
    return [Account(r.id, r.name, r.role, bool(r.disabled), _aware(r.created_at)) for r in rows]


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
    """The user if the password is right; the same work is done for unknown names (no timing hint).
    ``Busy`` when too many passwords are being checked at once."""
    with kb.read() as conn:
        r = conn.execute(sa.select(web_users).where(web_users.c.name == name)).first()
    if not _verify(r.password_hash if r else _DUMMY_HASH, password) or r is None or r.disabled:
        return None
    if _hasher.check_needs_rehash(r.password_hash):
        rehashed = _hash(password)
        with kb.write() as conn:
            conn.execute(web_users.update().where(web_users.c.id == r.id).values(password_hash=rehashed))
    return User(r.id, r.name, r.role)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(kb: KB, user: User, lifetime: timedelta | None = None) -> str:
    """A new session of ``user``; returns the token for the cookie (the server keeps its hash).
    Sessions older than ``lifetime`` go on the way."""
    token = secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    with kb.write() as conn:
        if lifetime is not None:
            conn.execute(web_sessions.delete().where(web_sessions.c.created_at < now - lifetime))
        secret = conn.execute(sa.select(web_users.c.secret).where(web_users.c.id == user.id)).scalar()
        if secret is None:
            raise KBError("учётная запись больше не существует")
        conn.execute(
            web_sessions.insert().values(
                token_hash=_token_hash(token), user_id=user.id, secret=secret, created_at=now, seen_at=now
            )
        )
    return token


def session_account(kb: KB, token: str, *, lifetime: timedelta, idle: timedelta) -> User | None:
    """The account of a live session (its current name and role), or None: no such session, the
    account is gone or changed since, or the session is too old or was idle too long (then its
    record goes)."""
    key = _token_hash(token)
    query = (
        sa.select(web_sessions.c.created_at, web_sessions.c.seen_at, web_users.c.id, web_users.c.name,
                  web_users.c.role)
        .join(web_users, sa.and_(web_users.c.id == web_sessions.c.user_id, web_users.c.secret == web_sessions.c.secret,
                                 web_users.c.disabled == sa.false()))
        .where(web_sessions.c.token_hash == key)
    )
    with kb.read() as conn:
        r = conn.execute(query).first()
    if r is None:
        return None
    now = datetime.now(UTC)
    created, seen = (_aware(t) for t in (r.created_at, r.seen_at))
    if now - created > lifetime or now - seen > idle:
        try:
            with write_wait(0.5):
                close_session(kb, token)
        except DatabaseBusy:  # dead all the same: its record goes with the next sign-in's clean-up
            pass
        return None
    if now - seen > idle / 4:  # a write a few times per idle period, not per request: the session
        # then ends between 3/4 of the idle time and the idle time after its last request
        try:
            with write_wait(0.5), kb.write() as conn:
                conn.execute(web_sessions.update().where(web_sessions.c.token_hash == key).values(seen_at=now))
        except DatabaseBusy:  # another writer (an ingest): the next request writes it
            pass
    return User(r.id, r.name, r.role)


def _aware(t: datetime) -> datetime:
    return t if t.tzinfo is not None else t.replace(tzinfo=UTC)  # SQLite gives naive UTC times back


def close_session(kb: KB, token: str) -> None:
    with kb.write() as conn:
        conn.execute(web_sessions.delete().where(web_sessions.c.token_hash == _token_hash(token)))


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
