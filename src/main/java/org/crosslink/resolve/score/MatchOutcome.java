package org.crosslink.resolve.score;

/** What the model concludes of two mentions: the same, perhaps the same (for a person to look at), or not. */
public enum MatchOutcome { MATCH, POSSIBLE, NO_MATCH }
