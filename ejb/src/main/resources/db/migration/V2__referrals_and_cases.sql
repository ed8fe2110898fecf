-- Referrals, triage and the case lifecycle: referrals with their red flags and documents, cases
-- with their care teams, the episode timeline, break-glass grants and the clinician directory.
-- Types follow the Hibernate 6.6 mapping exactly (Instant = timestamptz, enums = varchar,
-- byte[] = bytea); the mapping is validated against this schema by the tests.

-- Blocks of 50, as allocated by Hibernate (allocationSize = 50).
CREATE SEQUENCE referral_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE attachment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE case_file_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE care_team_member_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE break_glass_grant_seq START WITH 1 INCREMENT BY 50;

-- Evidence tables (timeline, documents) refuse every change after the insert.
CREATE FUNCTION refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP;
END;
$$;

-- Lets a referral name its index surgery together with its patient (see referral_index_surgery_fk).
ALTER TABLE prior_spine_surgery
    ADD CONSTRAINT prior_spine_surgery_id_patient_uk UNIQUE (id, patient_id);

CREATE TABLE referral (
    id                    bigint                      NOT NULL,
    version               bigint                      NOT NULL,
    created_at            timestamp(6) with time zone NOT NULL,
    created_by            varchar(100)                NOT NULL,
    changed_at            timestamp(6) with time zone NOT NULL,
    changed_by            varchar(100)                NOT NULL,
    patient_id            bigint                      NOT NULL,
    referrer_name         varchar(200)                NOT NULL,
    referrer_organisation varchar(200),
    referrer_contact      varchar(200),
    received_on           date                        NOT NULL,
    channel               varchar(20)                 NOT NULL,
    question              varchar(40)                 NOT NULL,
    question_detail       varchar(1000),
    urgency               varchar(20)                 NOT NULL,
    red_flag              boolean                     NOT NULL,
    back_pain             integer,
    leg_pain              integer,
    pain_duration_months  integer,
    index_surgery_id      bigint,
    status                varchar(30)                 NOT NULL,
    status_since          date                        NOT NULL,
    due_on                date,
    information_requested varchar(1000),
    information_due_on    date,
    decline_reason        varchar(1000),
    triaged_at            timestamp(6) with time zone,
    triaged_by            varchar(100),
    CONSTRAINT referral_pk PRIMARY KEY (id),
    -- a case names its referral together with its patient (see case_file_referral_fk)
    CONSTRAINT referral_id_patient_uk UNIQUE (id, patient_id),
    CONSTRAINT referral_patient_fk FOREIGN KEY (patient_id) REFERENCES patient (id),
    -- the index surgery must be one of this patient's own surgeries
    CONSTRAINT referral_index_surgery_fk FOREIGN KEY (index_surgery_id, patient_id)
        REFERENCES prior_spine_surgery (id, patient_id),
    CONSTRAINT referral_channel_ck CHECK (channel IN ('LETTER', 'EMAIL', 'FAX', 'ELECTRONIC', 'PHONE')),
    CONSTRAINT referral_question_ck CHECK (question IN (
        'SECOND_OPINION_FURTHER_SURGERY', 'SCS_EVALUATION', 'REVISION_EVALUATION',
        'PAIN_MANAGEMENT', 'OTHER')),
    CONSTRAINT referral_urgency_ck CHECK (urgency IN ('ROUTINE', 'URGENT', 'RED_FLAG')),
    CONSTRAINT referral_red_flag_ck CHECK (red_flag = (urgency = 'RED_FLAG')),
    CONSTRAINT referral_status_ck CHECK (status IN (
        'RECEIVED', 'AWAITING_INFORMATION', 'ACCEPTED', 'DECLINED')),
    CONSTRAINT referral_back_pain_ck CHECK (back_pain BETWEEN 0 AND 10),
    CONSTRAINT referral_leg_pain_ck CHECK (leg_pain BETWEEN 0 AND 10),
    CONSTRAINT referral_pain_duration_ck CHECK (pain_duration_months BETWEEN 0 AND 600),
    CONSTRAINT referral_decline_reason_ck CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL),
    CONSTRAINT referral_triaged_ck
        CHECK (status NOT IN ('ACCEPTED', 'DECLINED') OR (triaged_at IS NOT NULL AND triaged_by IS NOT NULL)),
    CONSTRAINT referral_information_ck
        CHECK (status <> 'AWAITING_INFORMATION' OR (information_requested IS NOT NULL AND information_due_on IS NOT NULL))
);
COMMENT ON TABLE referral IS 'Referrals from intake through triage; the start of an episode of care. Never deleted.';
COMMENT ON COLUMN referral.status_since IS 'Day the referral entered its status; worklists count waiting days from it.';
COMMENT ON COLUMN referral.due_on IS 'Triage due (received) or information due (waiting); null once triaged.';

-- Worklists: referrals by status, red flags first, longest waiting first.
CREATE INDEX referral_worklist_ix ON referral (status, red_flag DESC, status_since);
-- Overdue triage and information: status and due date.
CREATE INDEX referral_due_ix ON referral (status, due_on);
CREATE INDEX referral_patient_ix ON referral (patient_id);
CREATE INDEX referral_index_surgery_ix ON referral (index_surgery_id);

CREATE TABLE referral_red_flag (
    referral_id bigint      NOT NULL,
    flag        varchar(40) NOT NULL,
    CONSTRAINT referral_red_flag_pk PRIMARY KEY (referral_id, flag),
    CONSTRAINT referral_red_flag_referral_fk FOREIGN KEY (referral_id) REFERENCES referral (id),
    CONSTRAINT referral_red_flag_flag_ck CHECK (flag IN (
        'CAUDA_EQUINA', 'PROGRESSIVE_NEUROLOGICAL_DEFICIT', 'INFECTION_SIGNS',
        'CANCER_HISTORY_OR_WEIGHT_LOSS', 'FRACTURE_RISK', 'CSF_LEAK'))
);

CREATE TABLE attachment (
    id            bigint                      NOT NULL,
    referral_id   bigint                      NOT NULL,
    kind          varchar(20)                 NOT NULL,
    file_name     varchar(255)                NOT NULL,
    document_type varchar(10)                 NOT NULL,
    size_bytes    bigint                      NOT NULL,
    sha256        varchar(64)                 NOT NULL,
    uploaded_at   timestamp(6) with time zone NOT NULL,
    uploaded_by   varchar(100)                NOT NULL,
    CONSTRAINT attachment_pk PRIMARY KEY (id),
    CONSTRAINT attachment_referral_fk FOREIGN KEY (referral_id) REFERENCES referral (id),
    CONSTRAINT attachment_kind_ck CHECK (kind IN ('REFERRAL_LETTER', 'OUTSIDE_REPORT', 'IMAGING_REPORT', 'OTHER')),
    CONSTRAINT attachment_document_type_ck CHECK (document_type IN ('PDF', 'JPEG', 'PNG')),
    CONSTRAINT attachment_size_ck CHECK (size_bytes > 0),
    CONSTRAINT attachment_sha256_ck CHECK (sha256 ~ '^[0-9a-f]{64}$')
);
COMMENT ON TABLE attachment IS 'Documents filed with referrals, described; the bytes are in attachment_content. Append-only.';
CREATE INDEX attachment_referral_ix ON attachment (referral_id);
CREATE TRIGGER attachment_append_only
    BEFORE UPDATE OR DELETE ON attachment
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- The bytes apart from their description, so that no list query ever reads them.
CREATE TABLE attachment_content (
    attachment_id bigint NOT NULL,
    content       bytea  NOT NULL,
    CONSTRAINT attachment_content_pk PRIMARY KEY (attachment_id),
    CONSTRAINT attachment_content_attachment_fk FOREIGN KEY (attachment_id) REFERENCES attachment (id)
);
CREATE TRIGGER attachment_content_append_only
    BEFORE UPDATE OR DELETE ON attachment_content
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TABLE case_file (
    id            bigint                      NOT NULL,
    version       bigint                      NOT NULL,
    created_at    timestamp(6) with time zone NOT NULL,
    created_by    varchar(100)                NOT NULL,
    changed_at    timestamp(6) with time zone NOT NULL,
    changed_by    varchar(100)                NOT NULL,
    patient_id    bigint                      NOT NULL,
    referral_id   bigint                      NOT NULL,
    status        varchar(20)                 NOT NULL,
    status_since  date                        NOT NULL,
    lead_username varchar(100)                NOT NULL,
    lead_name     varchar(200)                NOT NULL,
    red_flag      boolean                     NOT NULL,
    opened_at     timestamp(6) with time zone NOT NULL,
    closed_at     timestamp(6) with time zone,
    close_reason  varchar(1000),
    CONSTRAINT case_file_pk PRIMARY KEY (id),
    CONSTRAINT case_file_referral_uk UNIQUE (referral_id),
    CONSTRAINT case_file_patient_fk FOREIGN KEY (patient_id) REFERENCES patient (id),
    -- the case is about the referral's patient
    CONSTRAINT case_file_referral_fk FOREIGN KEY (referral_id, patient_id) REFERENCES referral (id, patient_id),
    CONSTRAINT case_file_status_ck CHECK (status IN (
        'WORKUP', 'READY_FOR_MDT', 'MDT_DECIDED', 'PLAN_AGREED', 'IN_TREATMENT', 'FOLLOW_UP', 'CLOSED')),
    CONSTRAINT case_file_closed_ck
        CHECK (status <> 'CLOSED' OR (closed_at IS NOT NULL AND close_reason IS NOT NULL))
);
COMMENT ON TABLE case_file IS 'Episodes of care opened by accepted referrals; closed with a reason, never deleted.';
CREATE INDEX case_file_patient_ix ON case_file (patient_id);
CREATE INDEX case_file_worklist_ix ON case_file (status, red_flag DESC, status_since);

CREATE TABLE care_team_member (
    id             bigint                      NOT NULL,
    version        bigint                      NOT NULL,
    created_at     timestamp(6) with time zone NOT NULL,
    created_by     varchar(100)                NOT NULL,
    changed_at     timestamp(6) with time zone NOT NULL,
    changed_by     varchar(100)                NOT NULL,
    case_file_id   bigint                      NOT NULL,
    username       varchar(100)                NOT NULL,
    display_name   varchar(200)                NOT NULL,
    discipline     varchar(20)                 NOT NULL,
    lead           boolean                     NOT NULL,
    added_at       timestamp(6) with time zone NOT NULL,
    added_by       varchar(100)                NOT NULL,
    removed_at     timestamp(6) with time zone,
    removed_by     varchar(100),
    removal_reason varchar(1000),
    CONSTRAINT care_team_member_pk PRIMARY KEY (id),
    CONSTRAINT care_team_member_case_file_fk FOREIGN KEY (case_file_id) REFERENCES case_file (id),
    CONSTRAINT care_team_member_discipline_ck CHECK (discipline IN (
        'SURGERY', 'PAIN_MEDICINE', 'PHYSIOTHERAPY', 'PSYCHOLOGY', 'COORDINATION')),
    CONSTRAINT care_team_member_removed_ck CHECK (removed_at IS NULL OR removed_by IS NOT NULL),
    CONSTRAINT care_team_member_lead_active_ck CHECK (NOT lead OR removed_at IS NULL),
    -- one lead per case; deferred because handing over the lead changes two rows in one flush
    CONSTRAINT care_team_member_one_lead_ex EXCLUDE USING btree (case_file_id WITH =) WHERE (lead)
        DEFERRABLE INITIALLY DEFERRED
);
COMMENT ON TABLE care_team_member IS 'Who is and was on a case''s care team; memberships end, rows are never deleted.';
-- One active membership per person and case.
CREATE UNIQUE INDEX care_team_member_active_uk ON care_team_member (case_file_id, username)
    WHERE removed_at IS NULL;
-- The care-team join of the worklists and the access check: "cases this user is on now".
CREATE INDEX care_team_member_username_ix ON care_team_member (username, case_file_id)
    WHERE removed_at IS NULL;

-- The episode timeline. Identity ids, as for the access log: one insert per event.
CREATE TABLE case_event (
    id          bigint GENERATED ALWAYS AS IDENTITY,
    referral_id bigint                      NOT NULL,
    occurred_at timestamp(6) with time zone NOT NULL,
    actor       varchar(100)                NOT NULL,
    kind        varchar(30)                 NOT NULL,
    from_status varchar(30),
    to_status   varchar(30),
    note        varchar(2000),
    CONSTRAINT case_event_pk PRIMARY KEY (id),
    CONSTRAINT case_event_referral_fk FOREIGN KEY (referral_id) REFERENCES referral (id),
    CONSTRAINT case_event_kind_ck CHECK (kind IN (
        'REFERRAL_RECEIVED', 'DOCUMENT_ATTACHED', 'INFORMATION_REQUESTED', 'INFORMATION_RECEIVED',
        'REFERRAL_ACCEPTED', 'REFERRAL_DECLINED', 'STATUS_CHANGED', 'MEMBER_ADDED', 'MEMBER_REMOVED',
        'LEAD_CHANGED')),
    CONSTRAINT case_event_from_status_ck CHECK (from_status IN (
        'RECEIVED', 'AWAITING_INFORMATION', 'ACCEPTED', 'DECLINED',
        'WORKUP', 'READY_FOR_MDT', 'MDT_DECIDED', 'PLAN_AGREED', 'IN_TREATMENT', 'FOLLOW_UP', 'CLOSED')),
    CONSTRAINT case_event_to_status_ck CHECK (to_status IN (
        'RECEIVED', 'AWAITING_INFORMATION', 'ACCEPTED', 'DECLINED',
        'WORKUP', 'READY_FOR_MDT', 'MDT_DECIDED', 'PLAN_AGREED', 'IN_TREATMENT', 'FOLLOW_UP', 'CLOSED'))
);
COMMENT ON TABLE case_event IS 'Timeline of each episode (referral and case steps): who, when, what, why. Append-only.';
CREATE INDEX case_event_referral_ix ON case_event (referral_id, id);
CREATE TRIGGER case_event_append_only
    BEFORE UPDATE OR DELETE ON case_event
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TABLE break_glass_grant (
    id          bigint                      NOT NULL,
    version     bigint                      NOT NULL,
    patient_id  bigint                      NOT NULL,
    username    varchar(100)                NOT NULL,
    roles       varchar(200),
    reason      varchar(500)                NOT NULL,
    granted_at  timestamp(6) with time zone NOT NULL,
    expires_at  timestamp(6) with time zone NOT NULL,
    reviewed_at timestamp(6) with time zone,
    reviewed_by varchar(100),
    review_note varchar(1000),
    CONSTRAINT break_glass_grant_pk PRIMARY KEY (id),
    CONSTRAINT break_glass_grant_patient_fk FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT break_glass_grant_window_ck CHECK (expires_at > granted_at),
    CONSTRAINT break_glass_grant_reason_ck CHECK (length(reason) >= 10),
    CONSTRAINT break_glass_grant_reviewed_ck CHECK (reviewed_at IS NULL OR reviewed_by IS NOT NULL)
);
COMMENT ON TABLE break_glass_grant IS 'Time-limited access to one patient outside the care team, with a reason, for review.';
-- "Does this user have access to this patient now?"
CREATE INDEX break_glass_grant_active_ix ON break_glass_grant (patient_id, username, expires_at);
-- The review list, newest first, optionally only the unreviewed.
CREATE INDEX break_glass_grant_granted_at_ix ON break_glass_grant (granted_at);
CREATE INDEX break_glass_grant_unreviewed_ix ON break_glass_grant (granted_at) WHERE reviewed_at IS NULL;

-- Who has signed in, for choosing care teams; roles stay in Keycloak.
CREATE TABLE clinician (
    username     varchar(100)                NOT NULL,
    display_name varchar(200)                NOT NULL,
    last_seen_at timestamp(6) with time zone NOT NULL,
    CONSTRAINT clinician_pk PRIMARY KEY (username)
);
CREATE TABLE clinician_discipline (
    username   varchar(100) NOT NULL,
    discipline varchar(20)  NOT NULL,
    CONSTRAINT clinician_discipline_pk PRIMARY KEY (username, discipline),
    CONSTRAINT clinician_discipline_clinician_fk FOREIGN KEY (username) REFERENCES clinician (username),
    CONSTRAINT clinician_discipline_ck CHECK (discipline IN (
        'SURGERY', 'PAIN_MEDICINE', 'PHYSIOTHERAPY', 'PSYCHOLOGY', 'COORDINATION'))
);

-- Envers: every state of referrals, their red flags, cases and care-team memberships.
-- Derived columns (red_flag of a referral, status_since, due_on) are not audited.
CREATE TABLE referral_aud (
    id                    bigint NOT NULL,
    rev                   bigint NOT NULL,
    revtype               smallint,
    patient_id            bigint,
    referrer_name         varchar(200),
    referrer_organisation varchar(200),
    referrer_contact      varchar(200),
    received_on           date,
    channel               varchar(20),
    question              varchar(40),
    question_detail       varchar(1000),
    urgency               varchar(20),
    back_pain             integer,
    leg_pain              integer,
    pain_duration_months  integer,
    index_surgery_id      bigint,
    status                varchar(30),
    information_requested varchar(1000),
    information_due_on    date,
    decline_reason        varchar(1000),
    triaged_at            timestamp(6) with time zone,
    triaged_by            varchar(100),
    CONSTRAINT referral_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT referral_aud_rev_fk FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE INDEX referral_aud_id_ix ON referral_aud (id, rev);

CREATE TABLE referral_red_flag_aud (
    rev         bigint      NOT NULL,
    revtype     smallint,
    referral_id bigint      NOT NULL,
    flag        varchar(40) NOT NULL,
    CONSTRAINT referral_red_flag_aud_pk PRIMARY KEY (rev, referral_id, flag),
    CONSTRAINT referral_red_flag_aud_rev_fk FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

CREATE TABLE case_file_aud (
    id            bigint NOT NULL,
    rev           bigint NOT NULL,
    revtype       smallint,
    patient_id    bigint,
    referral_id   bigint,
    status        varchar(20),
    lead_username varchar(100),
    lead_name     varchar(200),
    red_flag      boolean,
    opened_at     timestamp(6) with time zone,
    closed_at     timestamp(6) with time zone,
    close_reason  varchar(1000),
    CONSTRAINT case_file_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT case_file_aud_rev_fk FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE INDEX case_file_aud_id_ix ON case_file_aud (id, rev);

CREATE TABLE care_team_member_aud (
    id             bigint NOT NULL,
    rev            bigint NOT NULL,
    revtype        smallint,
    case_file_id   bigint,
    username       varchar(100),
    display_name   varchar(200),
    discipline     varchar(20),
    lead           boolean,
    added_at       timestamp(6) with time zone,
    added_by       varchar(100),
    removed_at     timestamp(6) with time zone,
    removed_by     varchar(100),
    removal_reason varchar(1000),
    CONSTRAINT care_team_member_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT care_team_member_aud_rev_fk FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE INDEX care_team_member_aud_case_file_ix ON care_team_member_aud (case_file_id, rev);
