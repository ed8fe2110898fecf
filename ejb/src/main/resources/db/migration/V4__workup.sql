-- The second-opinion workup: one per case, its sections (each saved on its own with its own
-- version), studies with their findings and report documents, diagnostic blocks, and the addenda
-- to a signed workup. Section contents, findings and blocks are JSON written by the application's
-- codec (org.spinecase.infrastructure.json) and read back through the domain's constructors.
-- Types follow the Hibernate 6.6 mapping exactly (Instant = timestamptz, enums = varchar,
-- byte[] = bytea, JSON = jsonb); the mapping is validated against this schema by the tests.

-- Blocks of 50, as allocated by Hibernate (allocationSize = 50).
CREATE SEQUENCE workup_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE workup_section_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE workup_study_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE workup_document_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE diagnostic_block_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE workup_addendum_seq START WITH 1 INCREMENT BY 50;

-- A red flag found in the workup lands on the case's timeline.
ALTER TABLE case_event DROP CONSTRAINT case_event_kind_ck;
ALTER TABLE case_event ADD CONSTRAINT case_event_kind_ck CHECK (kind IN (
    'REFERRAL_RECEIVED', 'DOCUMENT_ATTACHED', 'INFORMATION_REQUESTED', 'INFORMATION_RECEIVED',
    'REFERRAL_ACCEPTED', 'REFERRAL_DECLINED', 'STATUS_CHANGED', 'MEMBER_ADDED', 'MEMBER_REMOVED',
    'LEAD_CHANGED', 'RED_FLAG_RAISED'));

CREATE TABLE workup (
    id                bigint                      NOT NULL,
    version           bigint                      NOT NULL,
    created_at        timestamp(6) with time zone NOT NULL,
    created_by        varchar(100)                NOT NULL,
    changed_at        timestamp(6) with time zone NOT NULL,
    changed_by        varchar(100)                NOT NULL,
    case_file_id      bigint                      NOT NULL,
    last_study_number integer                     NOT NULL,
    last_block_number integer                     NOT NULL,
    signed_by         varchar(100),
    signed_discipline varchar(20),
    signed_at         timestamp(6) with time zone,
    CONSTRAINT workup_pk PRIMARY KEY (id),
    CONSTRAINT workup_case_file_uk UNIQUE (case_file_id),
    CONSTRAINT workup_case_file_fk FOREIGN KEY (case_file_id) REFERENCES case_file (id),
    CONSTRAINT workup_numbers_ck CHECK (last_study_number >= 0 AND last_block_number >= 0),
    CONSTRAINT workup_signed_ck CHECK (
        (signed_at IS NULL AND signed_by IS NULL AND signed_discipline IS NULL)
        OR (signed_at IS NOT NULL AND signed_by IS NOT NULL
            AND signed_discipline IN ('SURGERY', 'PAIN_MEDICINE')))
);
COMMENT ON TABLE workup IS 'The second-opinion workup of one case, created on its first save; signed by a surgeon or pain specialist.';
COMMENT ON COLUMN workup.last_study_number IS 'Last number given to a study: numbering changes this row, so two orders at once cannot share a number.';

CREATE TABLE workup_section (
    id         bigint                      NOT NULL,
    version    bigint                      NOT NULL,
    created_at timestamp(6) with time zone NOT NULL,
    created_by varchar(100)                NOT NULL,
    changed_at timestamp(6) with time zone NOT NULL,
    changed_by varchar(100)                NOT NULL,
    workup_id  bigint                      NOT NULL,
    section    varchar(30)                 NOT NULL,
    content    jsonb                       NOT NULL,
    complete   boolean                     NOT NULL,
    missing    text,
    saved_by   varchar(100)                NOT NULL,
    saved_at   timestamp(6) with time zone NOT NULL,
    CONSTRAINT workup_section_pk PRIMARY KEY (id),
    CONSTRAINT workup_section_uk UNIQUE (workup_id, section),
    CONSTRAINT workup_section_workup_fk FOREIGN KEY (workup_id) REFERENCES workup (id),
    -- studies and blocks have tables of their own
    CONSTRAINT workup_section_section_ck CHECK (section IN (
        'HISTORY', 'RED_FLAGS', 'EXAMINATION', 'PSYCHOSOCIAL', 'CAUSES',
        'FUNCTION_AND_MOVEMENT', 'PSYCHOLOGICAL_EVALUATION')),
    CONSTRAINT workup_section_missing_ck CHECK (complete = (missing IS NULL))
);
COMMENT ON TABLE workup_section IS 'One saved section of a workup, with its own version so that sections are saved side by side.';
COMMENT ON COLUMN workup_section.missing IS 'What the domain said is still missing, one item a line; null when complete.';

CREATE TABLE workup_document (
    id            bigint                      NOT NULL,
    workup_id     bigint                      NOT NULL,
    file_name     varchar(255)                NOT NULL,
    document_type varchar(10)                 NOT NULL,
    size_bytes    bigint                      NOT NULL,
    sha256        varchar(64)                 NOT NULL,
    uploaded_at   timestamp(6) with time zone NOT NULL,
    uploaded_by   varchar(100)                NOT NULL,
    CONSTRAINT workup_document_pk PRIMARY KEY (id),
    CONSTRAINT workup_document_workup_fk FOREIGN KEY (workup_id) REFERENCES workup (id),
    CONSTRAINT workup_document_type_ck CHECK (document_type IN ('PDF', 'JPEG', 'PNG')),
    CONSTRAINT workup_document_size_ck CHECK (size_bytes > 0),
    CONSTRAINT workup_document_sha256_ck CHECK (sha256 ~ '^[0-9a-f]{64}$')
);
COMMENT ON TABLE workup_document IS 'Reports filed with workup studies, described; the bytes are in workup_document_content. Append-only.';
CREATE INDEX workup_document_workup_ix ON workup_document (workup_id);
CREATE TRIGGER workup_document_append_only
    BEFORE UPDATE OR DELETE ON workup_document
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TABLE workup_document_content (
    document_id bigint NOT NULL,
    content     bytea  NOT NULL,
    CONSTRAINT workup_document_content_pk PRIMARY KEY (document_id),
    CONSTRAINT workup_document_content_document_fk FOREIGN KEY (document_id) REFERENCES workup_document (id)
);
CREATE TRIGGER workup_document_content_append_only
    BEFORE UPDATE OR DELETE ON workup_document_content
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TABLE workup_study (
    id                 bigint                      NOT NULL,
    version            bigint                      NOT NULL,
    created_at         timestamp(6) with time zone NOT NULL,
    created_by         varchar(100)                NOT NULL,
    changed_at         timestamp(6) with time zone NOT NULL,
    changed_by         varchar(100)                NOT NULL,
    workup_id          bigint                      NOT NULL,
    number             integer                     NOT NULL,
    study_type         varchar(40)                 NOT NULL,
    status             varchar(10)                 NOT NULL,
    levels             varchar(20),
    ordered_on         date                        NOT NULL,
    ordered_by         varchar(100)                NOT NULL,
    resulted_on        date,
    findings           jsonb,
    report_document_id bigint,
    CONSTRAINT workup_study_pk PRIMARY KEY (id),
    CONSTRAINT workup_study_number_uk UNIQUE (workup_id, number),
    CONSTRAINT workup_study_workup_fk FOREIGN KEY (workup_id) REFERENCES workup (id),
    CONSTRAINT workup_study_report_fk FOREIGN KEY (report_document_id) REFERENCES workup_document (id),
    CONSTRAINT workup_study_number_ck CHECK (number >= 1),
    CONSTRAINT workup_study_type_ck CHECK (study_type IN (
        'MRI_WITHOUT_GADOLINIUM', 'MRI_WITH_AND_WITHOUT_GADOLINIUM', 'CT', 'CT_MYELOGRAM',
        'FLEXION_EXTENSION_XRAYS', 'STANDING_LONG_FILMS', 'EMG_NCS', 'ESR_CRP')),
    CONSTRAINT workup_study_status_ck CHECK (status IN ('ORDERED', 'RESULTED')),
    CONSTRAINT workup_study_result_ck CHECK (
        (status = 'ORDERED' AND resulted_on IS NULL AND findings IS NULL)
        OR (status = 'RESULTED' AND resulted_on IS NOT NULL AND findings IS NOT NULL
            AND resulted_on >= ordered_on))
);
COMMENT ON TABLE workup_study IS 'Imaging and tests of a workup from order to result; numbered within the workup so causes can cite them.';
-- The outstanding-studies worklist: ordered studies by workup.
CREATE INDEX workup_study_outstanding_ix ON workup_study (workup_id, ordered_on) WHERE status = 'ORDERED';

CREATE TABLE diagnostic_block (
    id         bigint                      NOT NULL,
    version    bigint                      NOT NULL,
    created_at timestamp(6) with time zone NOT NULL,
    created_by varchar(100)                NOT NULL,
    changed_at timestamp(6) with time zone NOT NULL,
    changed_by varchar(100)                NOT NULL,
    workup_id  bigint                      NOT NULL,
    number     integer                     NOT NULL,
    content    jsonb                       NOT NULL,
    CONSTRAINT diagnostic_block_pk PRIMARY KEY (id),
    CONSTRAINT diagnostic_block_number_uk UNIQUE (workup_id, number),
    CONSTRAINT diagnostic_block_workup_fk FOREIGN KEY (workup_id) REFERENCES workup (id),
    CONSTRAINT diagnostic_block_number_ck CHECK (number >= 1)
);
COMMENT ON TABLE diagnostic_block IS 'Diagnostic injections of a workup with pain before and after; relief is computed, never stored.';

CREATE TABLE workup_addendum (
    id                bigint                      NOT NULL,
    workup_id         bigint                      NOT NULL,
    concerns          varchar(30),
    text              varchar(4000)               NOT NULL,
    signed_by         varchar(100)                NOT NULL,
    signed_discipline varchar(20)                 NOT NULL,
    signed_at         timestamp(6) with time zone NOT NULL,
    CONSTRAINT workup_addendum_pk PRIMARY KEY (id),
    CONSTRAINT workup_addendum_workup_fk FOREIGN KEY (workup_id) REFERENCES workup (id),
    CONSTRAINT workup_addendum_concerns_ck CHECK (concerns IN (
        'HISTORY', 'RED_FLAGS', 'EXAMINATION', 'STUDIES', 'INJECTIONS', 'PSYCHOSOCIAL', 'CAUSES',
        'FUNCTION_AND_MOVEMENT', 'PSYCHOLOGICAL_EVALUATION')),
    CONSTRAINT workup_addendum_discipline_ck CHECK (signed_discipline IN (
        'SURGERY', 'PAIN_MEDICINE', 'PHYSIOTHERAPY', 'PSYCHOLOGY'))
);
COMMENT ON TABLE workup_addendum IS 'Dated, signed additions to a signed workup, shown beside the original. Append-only.';
CREATE INDEX workup_addendum_workup_ix ON workup_addendum (workup_id, signed_at);
CREATE TRIGGER workup_addendum_append_only
    BEFORE UPDATE OR DELETE ON workup_addendum
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Envers: every state of the workup row (its signature), of each section, study and block.
CREATE TABLE workup_aud (
    id                bigint NOT NULL,
    rev               bigint NOT NULL,
    revtype           smallint,
    case_file_id      bigint,
    last_study_number integer,
    last_block_number integer,
    signed_by         varchar(100),
    signed_discipline varchar(20),
    signed_at         timestamp(6) with time zone,
    CONSTRAINT workup_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT workup_aud_rev_fk FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE INDEX workup_aud_id_ix ON workup_aud (id, rev);

CREATE TABLE workup_section_aud (
    id        bigint NOT NULL,
    rev       bigint NOT NULL,
    revtype   smallint,
    workup_id bigint,
    section   varchar(30),
    content   jsonb,
    complete  boolean,
    missing   text,
    saved_by  varchar(100),
    saved_at  timestamp(6) with time zone,
    CONSTRAINT workup_section_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT workup_section_aud_rev_fk FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE INDEX workup_section_aud_id_ix ON workup_section_aud (id, rev);

CREATE TABLE workup_study_aud (
    id                 bigint NOT NULL,
    rev                bigint NOT NULL,
    revtype            smallint,
    workup_id          bigint,
    number             integer,
    study_type         varchar(40),
    status             varchar(10),
    levels             varchar(20),
    ordered_on         date,
    ordered_by         varchar(100),
    resulted_on        date,
    findings           jsonb,
    report_document_id bigint,
    CONSTRAINT workup_study_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT workup_study_aud_rev_fk FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE INDEX workup_study_aud_id_ix ON workup_study_aud (id, rev);

CREATE TABLE diagnostic_block_aud (
    id        bigint NOT NULL,
    rev       bigint NOT NULL,
    revtype   smallint,
    workup_id bigint,
    number    integer,
    content   jsonb,
    CONSTRAINT diagnostic_block_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT diagnostic_block_aud_rev_fk FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE INDEX diagnostic_block_aud_id_ix ON diagnostic_block_aud (id, rev);
