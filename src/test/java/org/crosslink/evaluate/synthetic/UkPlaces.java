package org.crosslink.evaluate.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Made-up UK addresses, premises and phone numbers for the multi-person shape. Towns and postcode districts are
 * real; house numbers and inward codes are invented. Phone numbers come from the ranges Ofcom keeps for drama
 * (07700 900000 to 900999, 0113 496 0000 to 0999 and the like), each given out once, so that no two persons share a
 * number by chance.
 */
final class UkPlaces {
    private static final String[] PREMISES = {"Hand Car Wash", "Nails", "Nail Bar", "Takeaway", "Packhouse", "Food Processing",
        "Recycling", "Cannabis Farm (reported)", "Car Valeting", "Barbers", "Massage Parlour", "Construction Site", "Cafe"};
    private static final String[] PREMISES_NAMES = {"Sparkle", "Elite", "Star", "Golden", "Royal", "Crystal", "Diamond", "Express",
        "City", "Premier", "Lucky", "Supreme", "Five Star", "Ace", "Bright"};
    private static final String[] LANDLINE_PREFIXES = {"0113 496 0", "0114 496 0", "0115 496 0", "0116 496 0", "0117 496 0",
        "0118 496 0", "0121 496 0", "0131 496 0", "0141 496 0", "0151 496 0", "0161 496 0", "020 7946 0", "01632 960"};

    private final Lists lists;
    private final List<String> phones = new ArrayList<>();
    private int nextPhone;
    private int nextAddress;

    /** A real place with its truth id, as it would be written in full. */
    record Home(Place place, Town town) {
    }

    UkPlaces(Lists lists, Random rng) {
        this.lists = lists;
        for (int i = 0; i < 1000; i++) {
            phones.add(String.format("07700 900%03d", i));
        }
        Collections.shuffle(phones, rng);
        List<String> landlines = new ArrayList<>();
        for (String prefix : LANDLINE_PREFIXES) {
            for (int i = 0; i < 1000; i++) {
                landlines.add(prefix + String.format("%03d", i));
            }
        }
        Collections.shuffle(landlines, rng);
        phones.addAll(landlines);
    }

    /** A house in the town. */
    Home house(Town town, Random rng) {
        String line = (1 + rng.nextInt(180)) + " " + lists.ukStreets.pick(rng);
        return new Home(Place.address(List.of(line), town.name(), town.postcode(rng), null, "GB", String.format("addr%05d", ++nextAddress)),
                town);
    }

    /** A workplace in the town: a car wash, a nail bar, a packhouse. */
    Home premises(Town town, Random rng) {
        String name = PREMISES_NAMES[rng.nextInt(PREMISES_NAMES.length)] + " " + PREMISES[rng.nextInt(PREMISES.length)];
        String line = "Unit " + (1 + rng.nextInt(20)) + ", " + lists.ukStreets.pick(rng);
        return new Home(new Place("PREMISES", name, List.of(line), town.name(), town.postcode(rng), null, "GB",
                String.format("prem%05d", ++nextAddress)), town);
    }

    /** A phone number no one else has; mobiles first, then landlines. */
    String phone() {
        if (nextPhone >= phones.size()) {
            throw new IllegalStateException("more than " + phones.size() + " phone numbers: reduce the size");
        }
        return phones.get(nextPhone++);
    }

    /** The number as a report might write it: spaced, run together or international. */
    static String written(String phone, Random rng) {
        return switch (rng.nextInt(4)) {
            case 0 -> phone.replace(" ", "");
            case 1 -> "+44 " + phone.substring(1);
            default -> phone;
        };
    }

    /** The place as one report writes it: sometimes without its postcode or its street line. */
    static Place written(Place p, Random rng, double postcodeMissing, double lineMissing) {
        boolean noPostcode = Draw.chance(rng, postcodeMissing);
        boolean noLine = !noPostcode && Draw.chance(rng, lineMissing);
        return new Place(p.kind(), p.name(), noLine ? List.of() : p.addressLines(), p.town(), noPostcode ? null : p.postcode(),
                p.region(), p.country(), p.truth());
    }
}
