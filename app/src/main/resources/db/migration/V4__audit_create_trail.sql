-- The audit trail: append-only and hash-chained. Each row's hash covers its content and the previous row's hash,
-- so changing or removing any row breaks the chain from that row on.
create schema if not exists audit;

create table audit.audit_event (
    seq          bigint primary key,
    id           uuid not null unique,
    occurred_at  timestamptz not null,
    actor        text not null,
    school_id    uuid,
    action       text not null,
    subject_type text not null,
    subject_id   text,
    summary      text not null,
    prev_hash    text not null,
    hash         text not null
);

create sequence audit.audit_event_seq as bigint;

create index audit_event_school on audit.audit_event (school_id, seq);

-- Nobody, the application included, may change or remove an audit row.
create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit rows are append-only: % refused on audit.audit_event', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit.audit_event
    for each row execute function audit.refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit.audit_event
    for each statement execute function audit.refuse_change();
