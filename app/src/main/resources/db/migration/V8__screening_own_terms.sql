-- A school's own words to flag (each with the finding code it raises) and phrases never to flag.
create table screening.extra_term (
    school_id  uuid not null,
    phrase     text not null,
    code       text not null,
    primary key (school_id, phrase)
);

alter table screening.settings add column exceptions text[] not null default '{}';
