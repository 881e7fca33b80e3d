package org.crosslink.evaluate;

import java.util.List;

import org.crosslink.model.MentionKey;
import org.crosslink.resolve.score.Score;

/**
 * One false merge or false split to show a developer: the two sides (two true persons in one entity, or one true
 * person's mentions in two entities), and the strongest evidence between them: the best-scoring pair of mentions,
 * one from each side, with its score. {@code scored} says whether the engine scored that pair while resolving; when
 * it did not (blocking never brought the two sides together, or the evidence was not kept), the pair is scored now,
 * by the same engine, to show what the model makes of it.
 */
public record Example(Kind kind, String subject, long pairs, Side a, Side b, MentionKey from, MentionKey to, Score score,
                      boolean scored) {
    /** Which error this is an example of. */
    public enum Kind { FALSE_MERGE, FALSE_SPLIT }

    /** One side: its label (a truth, or an entity id) and its mentions. */
    public record Side(String label, List<MentionKey> mentions) {
        public Side {
            mentions = List.copyOf(mentions);
        }
    }
}
