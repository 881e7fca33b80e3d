-- crosslink schema: the same SQL runs on H2 (embedded default) and PostgreSQL.
-- ${blob} and ${text} are Flyway placeholders for the two products' large types.

-- Every report, current revision only. body is the JSON as received, deflated; NULL once erased.
CREATE TABLE report (
    report_key     VARCHAR(120) PRIMARY KEY,
    source         VARCHAR(16)  NOT NULL,
    report_id      VARCHAR(100) NOT NULL,
    revision       INTEGER      NOT NULL,
    reported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    sender         VARCHAR(64),
    investigation  VARCHAR(8)   NOT NULL,
    grading        VARCHAR(4)   NOT NULL,
    handling       VARCHAR(1)   NOT NULL,
    exploitation   VARCHAR(200) NOT NULL,
    person_refs    VARCHAR(4000) NOT NULL,
    location_refs  VARCHAR(4000) NOT NULL,
    body           ${blob},
    warnings       ${text},
    erased_at      TIMESTAMP WITH TIME ZONE,
    erasure_reason VARCHAR(500)
);

-- Every broker message processed, with what became of it: a redelivery after a crash is recognised here.
CREATE TABLE delivery (
    message_key  VARCHAR(80)  PRIMARY KEY,
    source       VARCHAR(16)  NOT NULL,
    report_key   VARCHAR(120),
    revision     INTEGER,
    outcome      VARCHAR(16)  NOT NULL,
    reason       VARCHAR(4000),
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Running totals per source and outcome, committed with the batch that changed them.
CREATE TABLE intake_count (
    source  VARCHAR(16) NOT NULL,
    outcome VARCHAR(16) NOT NULL,
    n       BIGINT      NOT NULL,
    PRIMARY KEY (source, outcome)
);

-- Person (P) and location (L) mentions of current revisions, with what resolution needs to restart:
-- the normalised record, the blocking keys it is filed under (as their 64-bit hashes, 8 bytes each),
-- its entity, and the facts the alert rules use. Only the report key is indexed besides the id: every
-- index on a random key costs a page write per row at each commit.
CREATE TABLE mention (
    id            BIGINT       PRIMARY KEY,
    kind          VARCHAR(1)   NOT NULL,
    mention_key   VARCHAR(160) NOT NULL,
    report_key    VARCHAR(120) NOT NULL,
    ref           VARCHAR(32)  NOT NULL,
    revision      INTEGER      NOT NULL,
    seq           BIGINT       NOT NULL,
    entity_id     VARCHAR(20)  NOT NULL,
    record        ${text}      NOT NULL,
    blocking_keys ${blob}      NOT NULL,
    facts         VARCHAR(100) NOT NULL
);
CREATE INDEX mention_report ON mention (report_key);

-- Entities that were retired (merged into another, or left without mentions) or revived after that.
-- An active entity is simply the entity_id of its mentions; only a change of state is written here.
CREATE TABLE entity (
    id          VARCHAR(20) PRIMARY KEY,
    kind        VARCHAR(1)  NOT NULL,
    created_seq BIGINT      NOT NULL,
    active      BOOLEAN     NOT NULL,
    merged_into VARCHAR(20),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A link between two mentions that scored a match or possible match, with its evidence:
-- every comparison, its level and weight. No values are copied here, only levels and weights.
CREATE TABLE link (
    mention_a   BIGINT      NOT NULL,
    mention_b   BIGINT      NOT NULL,
    kind        VARCHAR(1)  NOT NULL,
    outcome     VARCHAR(10) NOT NULL,
    probability DOUBLE PRECISION NOT NULL,
    total       DOUBLE PRECISION NOT NULL,
    evidence    ${text}     NOT NULL,
    PRIMARY KEY (mention_a, mention_b)
);
CREATE INDEX link_b ON link (mention_b);

-- Merges and splits, with their reason.
CREATE TABLE entity_event (
    id        BIGINT       PRIMARY KEY,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    kind      VARCHAR(8)   NOT NULL,
    entity_id VARCHAR(20)  NOT NULL,
    others    VARCHAR(4000) NOT NULL,
    cause     VARCHAR(160),
    reason    VARCHAR(500) NOT NULL
);
CREATE INDEX entity_event_entity ON entity_event (entity_id);
