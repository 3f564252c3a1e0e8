-- Tenancy: one trust per installation, many schools in it. Every record of every module belongs to a school.
create schema if not exists schools;

create table schools.trust (
    id          uuid primary key,
    name        text not null,
    created_at  timestamptz not null default now()
);

create table schools.school (
    id           uuid primary key,
    trust_id     uuid not null references schools.trust (id),
    slug         text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name         text not null check (length(name) between 1 and 200),
    policy_pack  text not null,
    created_at   timestamptz not null default now()
);
