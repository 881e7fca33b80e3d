-- The transactional outbox, and the history of every alert: each change, written with the batch that
-- caused it, published
-- from here with the broker's duplicate-detection id set to alertId#version, then marked sent.
-- It holds references (mention keys, report ids), never report content. The alert book is rebuilt at
-- start from each alert's latest change.
CREATE TABLE outbox (
    id         BIGINT       PRIMARY KEY,
    alert_id   VARCHAR(20)  NOT NULL,
    version    INTEGER      NOT NULL,
    state      ${text}      NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outbox_unsent ON outbox (sent_at, id);
