-- Alerts: the current state of every alert (the alert book, reloaded at start).
CREATE TABLE alert (
    alert_id   VARCHAR(20)  PRIMARY KEY,
    type       VARCHAR(32)  NOT NULL,
    subject    VARCHAR(200) NOT NULL,
    status     VARCHAR(12)  NOT NULL,
    version    INTEGER      NOT NULL,
    state      ${text}      NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The transactional outbox: every alert change, written with the batch that caused it, published
-- from here with the broker's duplicate-detection id set to alertId#version, then marked sent.
-- It holds references (mention keys, report ids), never report content.
CREATE TABLE outbox (
    id         BIGINT       PRIMARY KEY,
    alert_id   VARCHAR(20)  NOT NULL,
    version    INTEGER      NOT NULL,
    state      ${text}      NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outbox_unsent ON outbox (sent_at, id);
