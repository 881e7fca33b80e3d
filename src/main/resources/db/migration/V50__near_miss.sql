-- Near misses: for each mention as it was resolved, the strongest few candidates it was compared with and not linked
-- to (no match, or held apart), above a floor (crosslink.resolve.near-miss-probability), with the evidence: every
-- comparison's field, level and weight, and what held the two apart if anything did. No values are copied here, as in
-- link. mention_id is the mention that was compared (the later of the two, so rows are appended in id order);
-- other_id the earlier candidate. A row goes with either mention (revision, erasure); a new model writes them again.
CREATE TABLE near_miss (
    mention_id  BIGINT      NOT NULL,
    other_id    BIGINT      NOT NULL,
    kind        VARCHAR(1)  NOT NULL,
    probability DOUBLE PRECISION NOT NULL,
    total       DOUBLE PRECISION NOT NULL,
    evidence    ${text}     NOT NULL,
    PRIMARY KEY (mention_id, other_id)
);
CREATE INDEX near_miss_other ON near_miss (other_id);
