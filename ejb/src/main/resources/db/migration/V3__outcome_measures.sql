-- Outcome measures: questionnaire responses with their answers and scores, safety alerts raised by
-- PHQ-9 item 9, the measure sets each case owes at its time points, the clinic's schedule of
-- instruments per time point and the licensed item text the clinic supplies.
-- Types follow the Hibernate 6.6 mapping exactly (Instant = timestamptz, Double = double
-- precision, enums = varchar); the mapping is validated against this schema by the tests.

-- Blocks of 50, as allocated by Hibernate (allocationSize = 50).
CREATE SEQUENCE instrument_response_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE safety_alert_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE measure_set_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE measure_set (
    id            bigint                      NOT NULL,
    version       bigint                      NOT NULL,
    created_at    timestamp(6) with time zone NOT NULL,
    created_by    varchar(100)                NOT NULL,
    changed_at    timestamp(6) with time zone NOT NULL,
    changed_by    varchar(100)                NOT NULL,
    case_file_id  bigint                      NOT NULL,
    patient_id    bigint                      NOT NULL,
    time_point    varchar(20)                 NOT NULL,
    due_on        date                        NOT NULL,
    overdue_on    date                        NOT NULL,
    outstanding   varchar(400)                NOT NULL,
    status        varchar(10)                 NOT NULL,
    CONSTRAINT measure_set_pk PRIMARY KEY (id),
    -- one set per time point and case: the hooks may run twice (a case re-entering treatment)
    CONSTRAINT measure_set_case_point_uk UNIQUE (case_file_id, time_point),
    CONSTRAINT measure_set_case_file_fk FOREIGN KEY (case_file_id) REFERENCES case_file (id),
    CONSTRAINT measure_set_patient_fk FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT measure_set_time_point_ck CHECK (time_point IN ('BASELINE', 'MONTH_3', 'MONTH_6', 'MONTH_12')),
    CONSTRAINT measure_set_status_ck CHECK (status IN ('OPEN', 'DONE')),
    CONSTRAINT measure_set_done_ck CHECK ((status = 'DONE') = (outstanding = '')),
    CONSTRAINT measure_set_overdue_ck CHECK (overdue_on >= due_on)
);
COMMENT ON TABLE measure_set IS 'Questionnaires a case owes at one time point, created when the point is known (case opened, treatment started).';
COMMENT ON COLUMN measure_set.outstanding IS 'Instrument codes still to be answered, comma separated; a snapshot of the schedule at creation.';
COMMENT ON COLUMN measure_set.overdue_on IS 'First day the set counts as overdue: 14 days after due for the baseline, 28 for follow-ups.';
-- The measures-due worklist: open sets by due day (visible from 14 days before).
CREATE INDEX measure_set_due_ix ON measure_set (due_on, case_file_id) WHERE status = 'OPEN';
CREATE INDEX measure_set_patient_ix ON measure_set (patient_id);

CREATE TABLE instrument_response (
    id                  bigint                      NOT NULL,
    version             bigint                      NOT NULL,
    created_at          timestamp(6) with time zone NOT NULL,
    created_by          varchar(100)                NOT NULL,
    changed_at          timestamp(6) with time zone NOT NULL,
    changed_by          varchar(100)                NOT NULL,
    case_file_id        bigint                      NOT NULL,
    patient_id          bigint                      NOT NULL,
    instrument_code     varchar(20)                 NOT NULL,
    instrument_version  varchar(20)                 NOT NULL,
    language            varchar(10)                 NOT NULL,
    recall_period       varchar(20),
    time_point          varchar(20)                 NOT NULL,
    administered_on     date                        NOT NULL,
    mode                varchar(20)                 NOT NULL,
    status              varchar(20)                 NOT NULL,
    total               double precision,
    band                varchar(40),
    flags               varchar(100),
    not_scorable_reason varchar(200),
    loinc_panel         varchar(20),
    loinc_total         varchar(20),
    entered_by          varchar(100)                NOT NULL,
    entered_at          timestamp(6) with time zone NOT NULL,
    completed_at        timestamp(6) with time zone,
    error_reason        varchar(1000),
    alert_raised        boolean                     NOT NULL,
    measure_set_id      bigint,
    CONSTRAINT instrument_response_pk PRIMARY KEY (id),
    CONSTRAINT instrument_response_case_file_fk FOREIGN KEY (case_file_id) REFERENCES case_file (id),
    CONSTRAINT instrument_response_patient_fk FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT instrument_response_measure_set_fk FOREIGN KEY (measure_set_id) REFERENCES measure_set (id),
    CONSTRAINT instrument_response_instrument_ck CHECK (instrument_code IN (
        'NRS-BACK', 'NRS-LEG', 'ODI', 'PHQ-9', 'GAD-7', 'PCS', 'STarT-Back', 'EQ-5D-5L', 'COMI-back')),
    CONSTRAINT instrument_response_recall_ck CHECK (recall_period IN (
        'NOW', 'AVERAGE_24_HOURS', 'WORST_24_HOURS', 'AVERAGE_1_WEEK', 'WORST_1_WEEK')),
    CONSTRAINT instrument_response_time_point_ck CHECK (time_point IN (
        'BASELINE', 'MONTH_3', 'MONTH_6', 'MONTH_12', 'UNSCHEDULED')),
    CONSTRAINT instrument_response_mode_ck CHECK (mode IN ('CLINICIAN', 'PATIENT_TABLET')),
    CONSTRAINT instrument_response_status_ck CHECK (status IN ('IN_PROGRESS', 'COMPLETE', 'ENTERED_IN_ERROR')),
    CONSTRAINT instrument_response_complete_ck CHECK (status <> 'COMPLETE' OR completed_at IS NOT NULL),
    CONSTRAINT instrument_response_error_ck CHECK (status <> 'ENTERED_IN_ERROR' OR error_reason IS NOT NULL),
    -- a band (or EQ-5D-5L profile) is only ever given with what it describes
    CONSTRAINT instrument_response_score_ck CHECK (total IS NOT NULL OR not_scorable_reason IS NOT NULL)
);
COMMENT ON TABLE instrument_response IS 'One administration of a questionnaire within a case; scores are computed from the answers, never typed. Never deleted.';
COMMENT ON COLUMN instrument_response.band IS 'Band of the total; for EQ-5D-5L the 5-digit profile.';
COMMENT ON COLUMN instrument_response.not_scorable_reason IS 'Why there is no total (partial answers, no EQ-5D value set configured).';
COMMENT ON COLUMN instrument_response.measure_set_id IS 'The due set this complete response ticked off; cleared when entered in error.';
-- A case's responses, newest first; a patient's history by date.
CREATE INDEX instrument_response_case_ix ON instrument_response (case_file_id, administered_on DESC, id DESC);
CREATE INDEX instrument_response_patient_ix ON instrument_response (patient_id, administered_on)
    WHERE status = 'COMPLETE';
CREATE INDEX instrument_response_measure_set_ix ON instrument_response (measure_set_id);

-- One row per ticked value: a doubled ODI tick is two rows and is kept as the patient gave it.
CREATE TABLE instrument_answer (
    response_id bigint  NOT NULL,
    item_number integer NOT NULL,
    value       integer NOT NULL,
    CONSTRAINT instrument_answer_pk PRIMARY KEY (response_id, item_number, value),
    CONSTRAINT instrument_answer_response_fk FOREIGN KEY (response_id) REFERENCES instrument_response (id),
    CONSTRAINT instrument_answer_item_ck CHECK (item_number >= 1)
);

-- Scores as computed on the last save: the total ('total') and each subscale, with LOINC codes.
CREATE TABLE instrument_score (
    response_id bigint           NOT NULL,
    name        varchar(40)      NOT NULL,
    value       double precision NOT NULL,
    loinc       varchar(20),
    CONSTRAINT instrument_score_pk PRIMARY KEY (response_id, name),
    CONSTRAINT instrument_score_response_fk FOREIGN KEY (response_id) REFERENCES instrument_response (id)
);

CREATE TABLE safety_alert (
    id              bigint                      NOT NULL,
    version         bigint                      NOT NULL,
    created_at      timestamp(6) with time zone NOT NULL,
    created_by      varchar(100)                NOT NULL,
    changed_at      timestamp(6) with time zone NOT NULL,
    changed_by      varchar(100)                NOT NULL,
    case_file_id    bigint                      NOT NULL,
    response_id     bigint                      NOT NULL,
    raised_at       timestamp(6) with time zone NOT NULL,
    acknowledged_by varchar(100),
    acknowledged_at timestamp(6) with time zone,
    note            varchar(2000),
    CONSTRAINT safety_alert_pk PRIMARY KEY (id),
    -- one alert per response, however often it is saved
    CONSTRAINT safety_alert_response_uk UNIQUE (response_id),
    CONSTRAINT safety_alert_case_file_fk FOREIGN KEY (case_file_id) REFERENCES case_file (id),
    CONSTRAINT safety_alert_response_fk FOREIGN KEY (response_id) REFERENCES instrument_response (id),
    CONSTRAINT safety_alert_acknowledged_ck CHECK (
        acknowledged_at IS NULL OR (acknowledged_by IS NOT NULL AND note IS NOT NULL))
);
COMMENT ON TABLE safety_alert IS 'PHQ-9 item 9 answered above 0: open until a care-team clinician acknowledges it with a note.';
CREATE INDEX safety_alert_case_ix ON safety_alert (case_file_id, raised_at);
-- The banner's question "any open alert on this case?".
CREATE INDEX safety_alert_open_ix ON safety_alert (case_file_id) WHERE acknowledged_at IS NULL;

-- Reference data the administrator keeps: which instruments each time point asks for.
CREATE TABLE measure_schedule (
    time_point      varchar(20) NOT NULL,
    instrument_code varchar(20) NOT NULL,
    position        integer     NOT NULL,
    CONSTRAINT measure_schedule_pk PRIMARY KEY (time_point, instrument_code),
    CONSTRAINT measure_schedule_time_point_ck CHECK (time_point IN ('BASELINE', 'MONTH_3', 'MONTH_6', 'MONTH_12')),
    CONSTRAINT measure_schedule_instrument_ck CHECK (instrument_code IN (
        'NRS-BACK', 'NRS-LEG', 'ODI', 'PHQ-9', 'GAD-7', 'PCS', 'STarT-Back', 'EQ-5D-5L', 'COMI-back'))
);
COMMENT ON TABLE measure_schedule IS 'Instruments due at each time point, in the order they are given; new measure sets copy it.';
INSERT INTO measure_schedule (time_point, instrument_code, position) VALUES
    ('BASELINE', 'NRS-BACK', 1), ('BASELINE', 'NRS-LEG', 2), ('BASELINE', 'ODI', 3),
    ('BASELINE', 'PHQ-9', 4), ('BASELINE', 'GAD-7', 5), ('BASELINE', 'PCS', 6),
    ('BASELINE', 'STarT-Back', 7), ('BASELINE', 'EQ-5D-5L', 8),
    ('MONTH_3', 'NRS-BACK', 1), ('MONTH_3', 'NRS-LEG', 2), ('MONTH_3', 'ODI', 3),
    ('MONTH_3', 'EQ-5D-5L', 4), ('MONTH_3', 'PHQ-9', 5),
    ('MONTH_6', 'NRS-BACK', 1), ('MONTH_6', 'NRS-LEG', 2), ('MONTH_6', 'ODI', 3),
    ('MONTH_6', 'EQ-5D-5L', 4), ('MONTH_6', 'PHQ-9', 5),
    ('MONTH_12', 'NRS-BACK', 1), ('MONTH_12', 'NRS-LEG', 2), ('MONTH_12', 'ODI', 3),
    ('MONTH_12', 'EQ-5D-5L', 4), ('MONTH_12', 'PHQ-9', 5);

-- Licensed item text the clinic supplies under its own licence; never shipped with the software.
CREATE TABLE instrument_text (
    instrument_code varchar(20)                 NOT NULL,
    item_number     integer                     NOT NULL,
    option_value    integer,
    language        varchar(10)                 NOT NULL,
    text            varchar(2000)               NOT NULL,
    supplied_by     varchar(100)                NOT NULL,
    supplied_at     timestamp(6) with time zone NOT NULL,
    CONSTRAINT instrument_text_item_ck CHECK (item_number >= 0),
    CONSTRAINT instrument_text_text_ck CHECK (length(text) > 0)
);
COMMENT ON TABLE instrument_text IS 'Item stems (option_value null) and answer labels per language; item 0 is the lead-in.';
-- One text per item or answer and language; an item stem has no option value.
CREATE UNIQUE INDEX instrument_text_uk
    ON instrument_text (instrument_code, language, item_number, COALESCE(option_value, -1));

-- Envers: every state of responses, their answers, alerts and measure sets. Scores are derived
-- from the answers and not audited; nor is the link to the measure set a response ticked off.
CREATE TABLE instrument_response_aud (
    id                  bigint NOT NULL,
    rev                 bigint NOT NULL,
    revtype             smallint,
    case_file_id        bigint,
    patient_id          bigint,
    instrument_code     varchar(20),
    instrument_version  varchar(20),
    language            varchar(10),
    recall_period       varchar(20),
    time_point          varchar(20),
    administered_on     date,
    mode                varchar(20),
    status              varchar(20),
    total               double precision,
    band                varchar(40),
    flags               varchar(100),
    not_scorable_reason varchar(200),
    loinc_panel         varchar(20),
    loinc_total         varchar(20),
    entered_by          varchar(100),
    entered_at          timestamp(6) with time zone,
    completed_at        timestamp(6) with time zone,
    error_reason        varchar(1000),
    alert_raised        boolean,
    CONSTRAINT instrument_response_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT instrument_response_aud_rev_fk FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE INDEX instrument_response_aud_id_ix ON instrument_response_aud (id, rev);

-- setordinal is Envers' own column for sets of embeddables.
CREATE TABLE instrument_answer_aud (
    rev         bigint  NOT NULL,
    revtype     smallint,
    response_id bigint  NOT NULL,
    item_number integer NOT NULL,
    value       integer NOT NULL,
    setordinal  integer NOT NULL,
    CONSTRAINT instrument_answer_aud_pk PRIMARY KEY (rev, response_id, item_number, value, setordinal),
    CONSTRAINT instrument_answer_aud_rev_fk FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

CREATE TABLE safety_alert_aud (
    id              bigint NOT NULL,
    rev             bigint NOT NULL,
    revtype         smallint,
    case_file_id    bigint,
    response_id     bigint,
    raised_at       timestamp(6) with time zone,
    acknowledged_by varchar(100),
    acknowledged_at timestamp(6) with time zone,
    note            varchar(2000),
    CONSTRAINT safety_alert_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT safety_alert_aud_rev_fk FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE INDEX safety_alert_aud_id_ix ON safety_alert_aud (id, rev);

CREATE TABLE measure_set_aud (
    id           bigint NOT NULL,
    rev          bigint NOT NULL,
    revtype      smallint,
    case_file_id bigint,
    patient_id   bigint,
    time_point   varchar(20),
    due_on       date,
    overdue_on   date,
    outstanding  varchar(400),
    status       varchar(10),
    CONSTRAINT measure_set_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT measure_set_aud_rev_fk FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE INDEX measure_set_aud_id_ix ON measure_set_aud (id, rev);

-- Cases opened before outcome measures existed get the sets they would have had: a baseline,
-- due the day they opened, while treatment has not started; follow-ups 3/6/12 months after the
-- latest start of treatment once it has (a baseline is no longer possible then). Each row takes
-- one value of the sequence; Hibernate's blocks end at the value it draws, so these ids never
-- collide with its own.
INSERT INTO measure_set (id, version, created_at, created_by, changed_at, changed_by, case_file_id,
                         patient_id, time_point, due_on, overdue_on, outstanding, status)
SELECT nextval('measure_set_seq'), 0, now(), 'migration', now(), 'migration', c.id, c.patient_id,
       'BASELINE', (c.opened_at AT TIME ZONE 'UTC')::date,
       (c.opened_at AT TIME ZONE 'UTC')::date + 14, s.codes, 'OPEN'
FROM case_file c
CROSS JOIN (SELECT string_agg(instrument_code, ',' ORDER BY position) AS codes
            FROM measure_schedule WHERE time_point = 'BASELINE') s
WHERE c.status IN ('WORKUP', 'READY_FOR_MDT', 'MDT_DECIDED', 'PLAN_AGREED')
  AND s.codes IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM measure_set m WHERE m.case_file_id = c.id AND m.time_point = 'BASELINE');

INSERT INTO measure_set (id, version, created_at, created_by, changed_at, changed_by, case_file_id,
                         patient_id, time_point, due_on, overdue_on, outstanding, status)
SELECT nextval('measure_set_seq'), 0, now(), 'migration', now(), 'migration', c.id, c.patient_id,
       p.time_point, (t.started_on + make_interval(months => p.months))::date,
       (t.started_on + make_interval(months => p.months))::date + 28, s.codes, 'OPEN'
FROM case_file c
JOIN (SELECT e.referral_id, max(e.occurred_at AT TIME ZONE 'UTC')::date AS started_on
      FROM case_event e WHERE e.to_status = 'IN_TREATMENT' GROUP BY e.referral_id) t
  ON t.referral_id = c.referral_id
CROSS JOIN (VALUES ('MONTH_3', 3), ('MONTH_6', 6), ('MONTH_12', 12)) AS p (time_point, months)
JOIN (SELECT time_point, string_agg(instrument_code, ',' ORDER BY position) AS codes
      FROM measure_schedule GROUP BY time_point) s ON s.time_point = p.time_point
WHERE c.status IN ('IN_TREATMENT', 'FOLLOW_UP')
  AND NOT EXISTS (SELECT 1 FROM measure_set m WHERE m.case_file_id = c.id AND m.time_point = p.time_point);
