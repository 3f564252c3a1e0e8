-- A school's screening settings, and a version number that changes whenever anything the screening engine builds
-- from (people, consents, settings) changes, so that every node knows when its prepared context is stale.
create schema if not exists screening;

create table screening.settings (
    school_id             uuid primary key,
    allowed_link_domains  text[] not null default '{}',
    embargo_terms         text[] not null default '{}',
    updated_at            timestamptz not null default now()
);

create table screening.context_version (
    school_id  uuid primary key,
    version    bigint not null default 0
);
