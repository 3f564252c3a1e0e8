-- The people directory: pupils, parents/carers, staff, governors, volunteers, imported from the school's MIS.
create schema if not exists people;

create table people.person (
    id              uuid primary key,
    school_id       uuid not null,
    external_id     text not null,
    role            text not null check (role in ('PUPIL', 'PARENT', 'STAFF', 'GOVERNOR', 'VOLUNTEER')),
    first_name      text not null,
    last_name       text not null,
    preferred_name  text,
    year_group      text check (year_group in ('N', 'R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13')),
    date_of_birth   date,
    email           text,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (school_id, external_id)
);

create index person_school_name on people.person (school_id, lower(last_name), lower(first_name));
create index person_school_role on people.person (school_id, role, year_group);
create index person_email on people.person (lower(email)) where email is not null;

-- A parent or carer linked to their children: both are people of the same school.
create table people.parent_link (
    school_id  uuid not null,
    parent_id  uuid not null references people.person (id) on delete cascade,
    pupil_id   uuid not null references people.person (id) on delete cascade,
    primary key (parent_id, pupil_id)
);

create index parent_link_pupil on people.parent_link (pupil_id);
