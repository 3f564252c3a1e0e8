-- The consent register: every record a parent gave, refused or withdrew, per pupil and purpose. History is kept;
-- the current answer is the record with the latest recorded_on (on the same day, the one recorded later).
create schema if not exists consent;

create table consent.consent_record (
    seq           bigserial primary key,
    school_id     uuid not null,
    pupil_id      uuid not null,
    purpose       text not null check (purpose in ('INTERNAL_DISPLAY', 'NEWSLETTER', 'WEBSITE', 'SOCIAL_MEDIA', 'PRESS')),
    status        text not null check (status in ('GRANTED', 'REFUSED', 'WITHDRAWN')),
    recorded_on   date not null,
    created_at    timestamptz not null default now()
);

create index consent_record_current on consent.consent_record (school_id, pupil_id, purpose, recorded_on desc, seq desc);
