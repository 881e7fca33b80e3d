-- The person models the bus has trained from its store (resolution's weights, prior and name frequencies,
-- with how each was made), one row a version. The active one is in use; version 0, the starting model of
-- config/resolution.yaml, is never stored.
CREATE TABLE person_model (
    version    INTEGER      NOT NULL PRIMARY KEY,
    trained_at TIMESTAMP WITH TIME ZONE NOT NULL,
    active     BOOLEAN      NOT NULL,
    mentions   INTEGER      NOT NULL,
    body       ${text}      NOT NULL
);
