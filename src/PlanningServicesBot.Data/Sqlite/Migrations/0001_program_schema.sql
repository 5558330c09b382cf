-- Partners, customers, vouchers, the audit log and idempotent operation outcomes.
-- Days are ISO 'yyyy-MM-dd' text and instants ISO-8601 UTC text: both sort correctly as text.
-- Enumerations are stored by name. Lists are read back in insertion (rowid) order.

CREATE TABLE partners (
    mpn_id TEXT PRIMARY KEY,
    name   TEXT NOT NULL,
    region TEXT NOT NULL CHECK (region IN ('Emea', 'Americas', 'AsiaPacific'))
);

CREATE TABLE partner_locations (
    mpn_id       TEXT NOT NULL REFERENCES partners (mpn_id),
    location_id  TEXT NOT NULL,
    country_code TEXT NOT NULL,
    PRIMARY KEY (mpn_id, location_id)
);

CREATE TABLE partner_users (
    tenant_id     TEXT NOT NULL,
    aad_object_id TEXT NOT NULL,
    mpn_id        TEXT NOT NULL REFERENCES partners (mpn_id),
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('GlobalAdmin', 'MpnPartnerAdmin', 'Consultant')),
    PRIMARY KEY (tenant_id, aad_object_id)
);
CREATE INDEX ix_partner_users_partner ON partner_users (mpn_id);

CREATE TABLE enrollments (
    mpn_id              TEXT NOT NULL REFERENCES partners (mpn_id),
    offering            TEXT NOT NULL,
    year                INTEGER NOT NULL,
    agreement_signed_on TEXT,
    PRIMARY KEY (mpn_id, offering, year)
);

CREATE TABLE competencies (
    mpn_id      TEXT NOT NULL REFERENCES partners (mpn_id),
    name        TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('Silver', 'Gold')),
    valid_until TEXT NOT NULL,
    PRIMARY KEY (mpn_id, name, level)
);

CREATE TABLE consultants (
    mpn_id        TEXT NOT NULL REFERENCES partners (mpn_id),
    consultant_id TEXT NOT NULL,
    name          TEXT NOT NULL,
    PRIMARY KEY (mpn_id, consultant_id)
);

CREATE TABLE consultant_exams (
    mpn_id        TEXT NOT NULL,
    consultant_id TEXT NOT NULL,
    exam          TEXT NOT NULL,
    PRIMARY KEY (mpn_id, consultant_id, exam),
    FOREIGN KEY (mpn_id, consultant_id) REFERENCES consultants (mpn_id, consultant_id)
);

CREATE TABLE savb_registrations (
    mpn_id        TEXT NOT NULL REFERENCES partners (mpn_id),
    offering      TEXT NOT NULL,
    registered_on TEXT NOT NULL,
    PRIMARY KEY (mpn_id, offering)
);

CREATE TABLE customers (
    agreement_number    TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    country_code        TEXT NOT NULL,
    benefit_activated   INTEGER NOT NULL CHECK (benefit_activated IN (0, 1)),
    voucher_admin_email TEXT NOT NULL,
    days_balance        INTEGER NOT NULL CHECK (days_balance >= 0)
);

CREATE TABLE vouchers (
    number           TEXT PRIMARY KEY,
    agreement_number TEXT NOT NULL REFERENCES customers (agreement_number),
    offering         TEXT NOT NULL,
    days             INTEGER NOT NULL CHECK (days > 0),
    created_on       TEXT NOT NULL,
    assigned_on      TEXT NOT NULL,
    project_manager  TEXT NOT NULL,
    state            TEXT NOT NULL
        CHECK (state IN ('Assigned', 'Reserved', 'Delivered', 'Redeemed', 'PaymentRequested', 'Paid')),
    version          INTEGER NOT NULL CHECK (version > 0),
    -- The next deadline day as the domain computed it at the last change; null when nothing is due any more.
    due_on           TEXT,

    -- Reservation: present from Reserved on.
    mpn_id           TEXT REFERENCES partners (mpn_id),
    engagement_id    TEXT,
    location_id      TEXT,
    consultant_id    TEXT,
    delivery_country TEXT,
    planned_start    TEXT,
    planned_end      TEXT,
    remote_delivery  INTEGER CHECK (remote_delivery IN (0, 1)),
    reserved_on      TEXT,

    -- Completion report: present from Delivered on.
    delivery_start                 TEXT,
    delivery_end                   TEXT,
    report_consultant_id           TEXT,
    offsite_days                   INTEGER,
    completion_report_confirmed    INTEGER CHECK (completion_report_confirmed IN (0, 1)),
    customer_deliverable_confirmed INTEGER CHECK (customer_deliverable_confirmed IN (0, 1)),
    report_summary                 TEXT,
    report_submitted_on            TEXT,

    redeemed_on          TEXT,
    payment_reference    TEXT,
    payment_requested_on TEXT,
    paid_on              TEXT,

    CHECK ((state = 'Assigned') = (mpn_id IS NULL)),
    CHECK ((state IN ('Assigned', 'Reserved')) = (report_submitted_on IS NULL)),
    CHECK ((state IN ('Redeemed', 'PaymentRequested', 'Paid')) = (redeemed_on IS NOT NULL)),
    CHECK ((state IN ('PaymentRequested', 'Paid')) = (payment_reference IS NOT NULL)),
    CHECK ((state = 'Paid') = (paid_on IS NOT NULL))
);
CREATE INDEX ix_vouchers_customer ON vouchers (agreement_number);
CREATE INDEX ix_vouchers_partner ON vouchers (mpn_id) WHERE mpn_id IS NOT NULL;
-- "Deadlines due in the next days": a range scan over vouchers that still have something due.
CREATE INDEX ix_vouchers_due_on ON vouchers (due_on) WHERE due_on IS NOT NULL;

CREATE TABLE audit_log (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    at             TEXT NOT NULL,
    actor_id       TEXT NOT NULL,
    voucher_number TEXT NOT NULL REFERENCES vouchers (number),
    from_state     TEXT,
    to_state       TEXT NOT NULL,
    reason         TEXT NOT NULL,
    operation_key  TEXT NOT NULL
);
CREATE INDEX ix_audit_log_voucher ON audit_log (voucher_number, id);

CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- One row per idempotency key: the first outcome, returned to every repeat of the operation.
CREATE TABLE operations (
    idempotency_key TEXT PRIMARY KEY,
    outcome         TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
