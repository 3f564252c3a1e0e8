-- Sign-in: local accounts, role grants per school, second factor, API tokens, one-time sign-in links.
create schema if not exists access;

create table access.user_account (
    id               uuid primary key,
    email            text not null,
    display_name     text not null,
    password_hash    text,
    totp_secret      text,
    totp_enabled     boolean not null default false,
    totp_last_step   bigint,
    trust_admin      boolean not null default false,
    person_id        uuid,
    disabled         boolean not null default false,
    created_at       timestamptz not null default now(),
    last_sign_in_at  timestamptz
);

create unique index user_account_email on access.user_account (lower(email));

create table access.role_grant (
    user_id    uuid not null references access.user_account (id) on delete cascade,
    school_id  uuid not null,
    role       text not null check (role in ('HEADTEACHER', 'DSL', 'DEPUTY_DSL', 'SLT', 'SOCIAL_MEDIA_LEAD', 'STAFF', 'GOVERNOR', 'DPO')),
    granted_at timestamptz not null default now(),
    primary key (user_id, school_id, role)
);

create table access.recovery_code (
    user_id    uuid not null references access.user_account (id) on delete cascade,
    code_hash  text not null,
    used_at    timestamptz,
    primary key (user_id, code_hash)
);

create table access.api_token (
    id            uuid primary key,
    user_id       uuid not null references access.user_account (id) on delete cascade,
    name          text not null,
    token_hash    text not null unique,
    prefix        text not null,
    created_at    timestamptz not null default now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz
);

create table access.sign_in_link (
    token_hash  text primary key,
    user_id     uuid not null references access.user_account (id) on delete cascade,
    purpose     text not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);

-- Failed sign-ins, kept in the database so that throttling holds across every node.
create table access.failed_sign_in (
    id            bigserial primary key,
    email         text not null,
    remote_addr   text,
    attempted_at  timestamptz not null default now()
);

create index failed_sign_in_email on access.failed_sign_in (lower(email), attempted_at);
create index failed_sign_in_addr on access.failed_sign_in (remote_addr, attempted_at);
