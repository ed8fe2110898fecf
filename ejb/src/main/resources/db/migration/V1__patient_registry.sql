-- Patient registry: patients, their prior spine surgeries, the access log and the Envers history.
-- Column types follow the Hibernate 6.6 mapping exactly (Instant = timestamptz, enums = varchar,
-- BMI = numeric(4,1)); the mapping is validated against this schema by the tests.

-- Trigram index for "name contains" searches; pg_trgm is a trusted extension since PostgreSQL 13.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Hibernate allocates ids in blocks of 50 (allocationSize = 50), so the increments must match.
CREATE SEQUENCE patient_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE prior_spine_surgery_seq START WITH 1 INCREMENT BY 50;
-- Revision numbers one by one, so that history stays in order across servers.
CREATE SEQUENCE revinfo_seq START WITH 1 INCREMENT BY 1;
-- Serial part of issued MRNs (PREFIX-NNNNNN + Luhn check digit).
CREATE SEQUENCE mrn_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE patient (
    id                 bigint                      NOT NULL,
    version            bigint                      NOT NULL,
    created_at         timestamp(6) with time zone NOT NULL,
    created_by         varchar(100)                NOT NULL,
    changed_at         timestamp(6) with time zone NOT NULL,
    changed_by         varchar(100)                NOT NULL,
    mrn                varchar(20)                 NOT NULL,
    family_name        varchar(100)                NOT NULL,
    given_name         varchar(100)                NOT NULL,
    search_name        varchar(600)                NOT NULL,
    date_of_birth      date                        NOT NULL,
    sex                varchar(10)                 NOT NULL,
    phone              varchar(40),
    email              varchar(254),
    address            varchar(500),
    preferred_language varchar(2)                  NOT NULL,
    smoking_status     varchar(10),
    diabetes           varchar(10),
    bmi                numeric(4,1),
    osteoporosis       boolean,
    autoimmune_disease boolean,
    vascular_disease   boolean,
    CONSTRAINT patient_pk PRIMARY KEY (id),
    CONSTRAINT patient_mrn_uk UNIQUE (mrn),
    CONSTRAINT patient_sex_ck CHECK (sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    CONSTRAINT patient_smoking_status_ck
        CHECK (smoking_status IN ('NEVER', 'FORMER', 'CURRENT', 'UNKNOWN')),
    CONSTRAINT patient_diabetes_ck
        CHECK (diabetes IN ('NONE', 'TYPE_1', 'TYPE_2', 'OTHER', 'UNKNOWN')),
    CONSTRAINT patient_bmi_ck CHECK (bmi BETWEEN 10.0 AND 80.0)
);
COMMENT ON TABLE patient IS 'Registered patients; never deleted.';
COMMENT ON COLUMN patient.search_name IS
    'Family and given name folded to lower case without accents or punctuation, for search and duplicate checks.';

-- Name contains ... (LIKE '%text%')
CREATE INDEX patient_search_name_trgm_ix ON patient USING gin (search_name gin_trgm_ops);
-- MRN starts with ... (LIKE 'SC-00%') whatever the database collation
CREATE INDEX patient_mrn_prefix_ix ON patient (mrn varchar_pattern_ops);
-- Likely duplicates (same folded name and date of birth) and lists sorted by name
CREATE INDEX patient_search_name_dob_ix ON patient (search_name, date_of_birth);
CREATE INDEX patient_date_of_birth_ix ON patient (date_of_birth);
CREATE INDEX patient_changed_at_ix ON patient (changed_at);

CREATE TABLE prior_spine_surgery (
    id                      bigint                      NOT NULL,
    version                 bigint                      NOT NULL,
    created_at              timestamp(6) with time zone NOT NULL,
    created_by              varchar(100)                NOT NULL,
    changed_at              timestamp(6) with time zone NOT NULL,
    changed_by              varchar(100)                NOT NULL,
    patient_id              bigint                      NOT NULL,
    surgery_date            date                        NOT NULL,
    spine_procedure         varchar(30)                 NOT NULL,
    levels                  varchar(20)                 NOT NULL,
    approach                varchar(20),
    hospital_or_surgeon     varchar(200),
    implants                varchar(500),
    entered_in_error        boolean                     NOT NULL,
    entered_in_error_reason varchar(500),
    CONSTRAINT prior_spine_surgery_pk PRIMARY KEY (id),
    CONSTRAINT prior_spine_surgery_patient_fk FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT prior_spine_surgery_procedure_ck CHECK (spine_procedure IN (
        'DISCECTOMY', 'MICRODISCECTOMY', 'LAMINECTOMY', 'LAMINOTOMY', 'FORAMINOTOMY',
        'POSTEROLATERAL_FUSION', 'TLIF', 'PLIF', 'ALIF', 'LLIF', 'OLIF', 'DISC_ARTHROPLASTY',
        'INTERSPINOUS_DEVICE', 'HARDWARE_REMOVAL', 'SCS_IMPLANT', 'OTHER')),
    CONSTRAINT prior_spine_surgery_approach_ck CHECK (approach IN (
        'POSTERIOR_OPEN', 'POSTERIOR_MIS', 'ANTERIOR', 'LATERAL', 'OBLIQUE', 'POSTEROLATERAL',
        'OTHER')),
    CONSTRAINT prior_spine_surgery_error_reason_ck
        CHECK (NOT entered_in_error OR entered_in_error_reason IS NOT NULL)
);
COMMENT ON TABLE prior_spine_surgery IS
    'Spine surgeries before referral; withdrawn by entered_in_error with a reason, never deleted.';
CREATE INDEX prior_spine_surgery_patient_ix ON prior_spine_surgery (patient_id, surgery_date);

-- Identity rather than a pooled sequence: one entry per transaction, so exactly one statement each.
-- ALWAYS: the application cannot choose ids for log entries.
CREATE TABLE access_log (
    id                 bigint GENERATED ALWAYS AS IDENTITY,
    occurred_at        timestamp(6) with time zone NOT NULL,
    username           varchar(100)                NOT NULL,
    subject            varchar(100),
    roles              varchar(200),
    patient_id         bigint,
    record_type        varchar(40)                 NOT NULL,
    record_id          bigint,
    action             varchar(20)                 NOT NULL,
    outcome            varchar(10)                 NOT NULL,
    client_address     varchar(64),
    request_id         varchar(64),
    break_glass_reason varchar(500),
    CONSTRAINT access_log_pk PRIMARY KEY (id),
    CONSTRAINT access_log_action_ck CHECK (action IN (
        'READ', 'SEARCH', 'CREATE', 'UPDATE', 'EXPORT', 'PRINT', 'BREAK_GLASS')),
    CONSTRAINT access_log_outcome_ck CHECK (outcome IN ('ALLOWED', 'DENIED', 'ERROR'))
);
-- No foreign key to patient: a denied probe for an id that does not exist is logged too.
COMMENT ON TABLE access_log IS
    'Who read, searched or changed which record, with the outcome; append-only, no clinical values.';
CREATE INDEX access_log_patient_ix ON access_log (patient_id, occurred_at);
CREATE INDEX access_log_username_ix ON access_log (username, occurred_at);
CREATE INDEX access_log_occurred_at_ix ON access_log (occurred_at);

CREATE FUNCTION access_log_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'access_log is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER access_log_append_only
    BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_append_only();

-- Envers: one row per transaction that changed audited records (SpineCaseRevision).
CREATE TABLE revinfo (
    rev      bigint       NOT NULL,
    revtstmp bigint       NOT NULL,
    username varchar(100) NOT NULL,
    CONSTRAINT revinfo_pk PRIMARY KEY (rev)
);

-- Envers: every state of every patient. Creation and change metadata are not audited:
-- revinfo already says who and when.
CREATE TABLE patient_aud (
    id                 bigint   NOT NULL,
    rev                bigint   NOT NULL,
    revtype            smallint,
    mrn                varchar(20),
    family_name        varchar(100),
    given_name         varchar(100),
    date_of_birth      date,
    sex                varchar(10),
    phone              varchar(40),
    email              varchar(254),
    address            varchar(500),
    preferred_language varchar(2),
    smoking_status     varchar(10),
    diabetes           varchar(10),
    bmi                numeric(4,1),
    osteoporosis       boolean,
    autoimmune_disease boolean,
    vascular_disease   boolean,
    CONSTRAINT patient_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT patient_aud_rev_fk FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE INDEX patient_aud_id_ix ON patient_aud (id, rev);

CREATE TABLE prior_spine_surgery_aud (
    id                      bigint   NOT NULL,
    rev                     bigint   NOT NULL,
    revtype                 smallint,
    patient_id              bigint,
    surgery_date            date,
    spine_procedure         varchar(30),
    levels                  varchar(20),
    approach                varchar(20),
    hospital_or_surgeon     varchar(200),
    implants                varchar(500),
    entered_in_error        boolean,
    entered_in_error_reason varchar(500),
    CONSTRAINT prior_spine_surgery_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT prior_spine_surgery_aud_rev_fk FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE INDEX prior_spine_surgery_aud_patient_ix ON prior_spine_surgery_aud (patient_id, rev);
