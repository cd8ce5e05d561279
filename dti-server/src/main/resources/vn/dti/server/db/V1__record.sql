-- The record of the province's DTI service (issue 15). Never edit this file once released: add V2__….sql.
-- What the record holds is appended, never changed in place: submissions, documents, the council's decisions
-- and their withdrawals, methodology versions and activations, finalised periods and the audit log refuse
-- UPDATE, DELETE and TRUNCATE (the triggers at the end). Accounts, sessions and API tokens change (a password,
-- a logout, a revocation); each change is in the audit log, before and after, without secrets.

-- Accounts, sessions and API tokens ------------------------------------------------------------------------

create table account (
    id                   bigint generated always as identity primary key,
    name                 text        not null unique check (name ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    role                 text        not null check (role in ('ADMIN', 'OFFICER', 'CLERK', 'COUNCIL', 'VIEWER')),
    agency               text,                              -- a clerk's agency, as the methodology names it
    password_hash        text        not null,              -- bcrypt; the password itself is never stored
    must_change_password boolean     not null,              -- a one-time password: changed at the first sign-in
    disabled             boolean     not null default false,
    created_at           timestamptz not null default now(),
    check ((role = 'CLERK') = (agency is not null))
);

create table session (
    token_hash  bytea       primary key,                    -- SHA-256 of the cookie's value; the value is never stored
    account_id  bigint      not null references account,
    csrf_token  text        not null,
    address     text        not null,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    ended_at    timestamptz                                 -- signed out, or the password changed
);
create index session_account on session (account_id);

create table api_token (
    id          bigint generated always as identity primary key,
    token_hash  bytea       not null unique,                -- SHA-256 of the token, shown once when made
    name        text        not null,                       -- the system that uses it
    role        text        not null check (role in ('ADMIN', 'OFFICER', 'CLERK', 'COUNCIL', 'VIEWER')),
    agency      text,
    created_by  bigint      not null references account,
    created_at  timestamptz not null default now(),
    revoked_at  timestamptz,
    check ((role = 'CLERK') = (agency is not null))
);

-- Entities and methodology versions ------------------------------------------------------------------------

create table entity (
    id          text        primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name        text        not null,
    kind        text        not null,
    created_at  timestamptz not null default now()
);

create table methodology_version (
    id             bigint generated always as identity primary key,
    version        text        not null unique,             -- the folder's hash, as every score card names it
    methodology_id text,                                    -- null when the catalogue cannot be read
    origin         text        not null,                    -- what was uploaded: a zip, a scoring.xlsx over a version, a bundled id
    valid          boolean     not null,
    tests_passed   boolean     not null,
    check_result   text        not null,                    -- JSON: every problem, each test case's result
    uploaded_by    bigint      references account,          -- null: the bundled methodology an empty database starts with
    uploaded_at    timestamptz not null default now()
);

create table methodology_file (
    version_id  bigint not null references methodology_version,
    path        text   not null,                            -- relative, '/'-separated: methodology.json, rules/scoring.csv, tests/x.json
    bytes       bytea  not null,
    primary key (version_id, path)
);

create table methodology_activation (
    id            bigint generated always as identity primary key,
    version_id    bigint      not null references methodology_version,
    activated_by  bigint      references account,           -- null: activated on the first start
    activated_at  timestamptz not null default now()
);

-- The reporting year ---------------------------------------------------------------------------------------

create table submission (
    id                  bigint generated always as identity primary key,
    entity_id           text        not null references entity,
    period              text        not null,               -- 2025-Q3 or 2025
    agency              text        not null,               -- as the methodology names it
    number              int         not null check (number >= 1),   -- 1, 2, …: a resubmission is a new version
    file_name           text        not null,               -- as uploaded
    format              text        not null check (format in ('XLSX', 'CSV', 'JSON')),
    sha256              bytea       not null,
    bytes               bytea       not null,               -- the file as received
    read_as             text        not null,               -- JSON: what was read from it
    methodology_version text        not null,               -- the version that read it
    submitted_by        bigint      not null references account,
    submitted_at        timestamptz not null default now(),
    address             text        not null,
    unique (entity_id, period, agency, number)
);

create table document (
    sha256        bytea  primary key,                       -- a document file is stored once, by its content
    content_type  text   not null,
    size          bigint not null,
    bytes         bytea  not null
);

create table submission_document (
    submission_id bigint not null references submission,
    position      int    not null,
    sha256        bytea  not null references document,
    file_name     text   not null,
    primary key (submission_id, position)
);

create table appraisal_decision (
    id           bigint generated always as identity primary key,
    entity_id    text        not null references entity,
    period       text        not null,
    indicator    text        not null,
    decision     text        not null check (decision in ('ACCEPTED', 'VALUE_ADJUSTED', 'DOCUMENT_REJECTED')),
    value        text,                                      -- JSON: the adjusted value
    document     text,                                      -- the rejected document's number or title
    reason       text,
    decided_on   date        not null,
    decided_by   bigint      not null references account,
    recorded_at  timestamptz not null default now(),
    address      text        not null
);
create index appraisal_decision_period on appraisal_decision (entity_id, period);

create table appraisal_withdrawal (
    decision_id   bigint      primary key references appraisal_decision,
    reason        text        not null,
    withdrawn_by  bigint      not null references account,
    withdrawn_at  timestamptz not null default now()
);

create table period_finalisation (
    entity_id     text        not null references entity,
    period        text        not null,
    finalised_by  bigint      not null references account,
    finalised_at  timestamptz not null default now(),
    primary key (entity_id, period)
);

-- The audit log: every change, who, when, before and after ---------------------------------------------------

create table audit_log (
    id           bigint generated always as identity primary key,
    at           timestamptz not null default now(),
    account_id   bigint      references account,
    who          text        not null,
    address      text,
    action       text        not null,
    target       text        not null,
    before       text,                                      -- JSON, never a secret
    after        text
);

-- Appended, never changed in place -------------------------------------------------------------------------

create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: its rows are never changed or deleted', tg_table_name;
end
$$;

create trigger submission_append_only before update or delete on submission for each row execute function refuse_change();
create trigger document_append_only before update or delete on document for each row execute function refuse_change();
create trigger submission_document_append_only before update or delete on submission_document for each row execute function refuse_change();
create trigger appraisal_decision_append_only before update or delete on appraisal_decision for each row execute function refuse_change();
create trigger appraisal_withdrawal_append_only before update or delete on appraisal_withdrawal for each row execute function refuse_change();
create trigger period_finalisation_append_only before update or delete on period_finalisation for each row execute function refuse_change();
create trigger methodology_version_append_only before update or delete on methodology_version for each row execute function refuse_change();
create trigger methodology_file_append_only before update or delete on methodology_file for each row execute function refuse_change();
create trigger methodology_activation_append_only before update or delete on methodology_activation for each row execute function refuse_change();
create trigger audit_log_append_only before update or delete on audit_log for each row execute function refuse_change();

create trigger submission_no_truncate before truncate on submission for each statement execute function refuse_change();
create trigger document_no_truncate before truncate on document for each statement execute function refuse_change();
create trigger submission_document_no_truncate before truncate on submission_document for each statement execute function refuse_change();
create trigger appraisal_decision_no_truncate before truncate on appraisal_decision for each statement execute function refuse_change();
create trigger appraisal_withdrawal_no_truncate before truncate on appraisal_withdrawal for each statement execute function refuse_change();
create trigger period_finalisation_no_truncate before truncate on period_finalisation for each statement execute function refuse_change();
create trigger methodology_version_no_truncate before truncate on methodology_version for each statement execute function refuse_change();
create trigger methodology_file_no_truncate before truncate on methodology_file for each statement execute function refuse_change();
create trigger methodology_activation_no_truncate before truncate on methodology_activation for each statement execute function refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log for each statement execute function refuse_change();
