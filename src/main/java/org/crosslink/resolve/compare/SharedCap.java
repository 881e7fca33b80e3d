package org.crosslink.resolve.compare;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crosslink.resolve.score.FieldWeights;
import org.crosslink.resolve.score.Weights;

/**
 * The cap on what people share (an address, a phone, a vehicle, a bank account, a nationality): families and workers
 * in one house share all of it, so together it adds at most {@code maxBits} however much of it agrees, and
 * disagreement on it takes away at most {@code disagreementMaxBits}, since people move and change phones. A whole
 * address agreeing adds the cap, and a town alone a small share of it; so does one phone (vehicle, account) agreeing
 * exactly: the address's many fields are one piece of household evidence, a phone another, and a phone is handed
 * round no more people than live at an address.
 */
final class SharedCap {
    /** What agreement on the address and nationality is multiplied by: a whole address agreeing adds the cap. */
    private final double addressScale;
    /** What agreement on each kind of shared identifier is multiplied by: one agreeing exactly adds at most the cap. */
    private final Map<String, Double> idScales = new HashMap<>();
    private final double maxBits;
    private final double disagreementMaxBits;

    SharedCap(Weights weights, FieldWeights nationality, Collection<FieldWeights> sharedIds, double maxBits, double disagreementMaxBits) {
        double address = 0;
        for (String field : AddressComparator.FIELDS) {
            address += Math.max(0, weights.field("address." + field).best());
        }
        this.addressScale = scale(Math.max(address, Math.max(0, nationality.best())), maxBits);
        for (FieldWeights f : sharedIds) {
            idScales.put(f.field(), scale(f.best(), maxBits));
        }
        this.maxBits = maxBits;
        this.disagreementMaxBits = disagreementMaxBits;
    }

    /**
     * Scales the comparisons from {@code from} on (what people share): each agreement by its kind's scale, and all
     * of them together down to the cap; disagreements so that together they take away at most their own cap.
     */
    void apply(List<Comparison> out, int from) {
        double positive = 0;
        double negative = 0;
        for (int i = from; i < out.size(); i++) {
            Comparison c = out.get(i);
            positive += Math.max(0, c.weight()) * scaleOf(c.field());
            negative += Math.min(0, c.weight());
        }
        double grow = positive > maxBits ? maxBits / positive : 1;
        double shrink = negative < -disagreementMaxBits ? disagreementMaxBits / -negative : 1;
        for (int i = from; i < out.size(); i++) {
            Comparison c = out.get(i);
            double by = c.weight() > 0 ? grow * scaleOf(c.field()) : shrink;
            if (by != 1) {
                out.set(i, new Comparison(c.field(), c.level(), c.weight() * by));
            }
        }
    }

    /** What agreement on a shared field is multiplied by before the cap on their sum. */
    private double scaleOf(String field) {
        Double id = idScales.get(field);
        return id != null ? id : addressScale;
    }

    /** The factor that brings full agreement worth {@code best} bits down to the cap, or 1 if it is within it. */
    private static double scale(double best, double cap) {
        return best <= cap ? 1 : cap / best;
    }
}
