package org.crosslink.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Names, places and numbers for synthetic reports: several nationalities seen in modern slavery cases,
 * each with the spelling variants forces really produce (transliteration, typos, swapped order).
 */
final class Population {
    static final List<String[]> NATIONALITIES = List.of(
            new String[] {"GBR", "James,John,David,Michael,Sarah,Emma,Laura,Daniel,Thomas,Sophie,Jack,Chloe", "Smith,Jones,Taylor,Brown,Williams,Wilson,Evans,Thomas,Roberts,Walker,Wright,Hughes"},
            new String[] {"ROU", "Ion,Andrei,Mihai,Ana,Maria,Elena,Ioana,Gheorghe,Vasile,Florin,Cristina,Adrian", "Popescu,Ionescu,Popa,Dumitru,Stan,Stoica,Gheorghe,Rusu,Munteanu,Matei,Constantin,Lupu"},
            new String[] {"POL", "Piotr,Krzysztof,Tomasz,Anna,Katarzyna,Magdalena,Pawel,Marcin,Agnieszka,Lukasz,Michal,Joanna", "Nowak,Kowalski,Wisniewski,Wojcik,Kowalczyk,Kaminski,Lewandowski,Zielinski,Szymanski,Wozniak,Dabrowski,Kozlowski"},
            new String[] {"VNM", "Anh,Minh,Thanh,Linh,Hung,Tuan,Huong,Nam,Lan,Duc,Trang,Quang", "Nguyen,Tran,Le,Pham,Hoang,Phan,Vu,Dang,Bui,Do,Ho,Ngo"},
            new String[] {"ALB", "Arben,Besnik,Elira,Dritan,Klodian,Ermal,Fatjon,Genta,Ilir,Jonida,Ledio,Mirela", "Hoxha,Shehu,Leka,Kola,Gjoka,Dervishi,Cela,Marku,Basha,Hysa,Kastrati,Zeneli"},
            new String[] {"NGA", "Chinedu,Oluwaseun,Ngozi,Emeka,Adaeze,Tunde,Yetunde,Ifeanyi,Funmi,Uche,Bola,Kemi", "Okafor,Adeyemi,Okonkwo,Balogun,Eze,Ogunleye,Nwosu,Adebayo,Olawale,Chukwu,Afolabi,Obi"},
            new String[] {"CHN", "Wei,Fang,Li,Jing,Lei,Min,Yan,Hui,Jun,Ling,Ping,Qiang", "Wang,Li,Zhang,Liu,Chen,Yang,Huang,Zhao,Wu,Zhou,Xu,Sun"},
            new String[] {"IND", "Amit,Priya,Rahul,Sunita,Vikram,Anjali,Rajesh,Pooja,Sanjay,Neha,Arjun,Kavita", "Patel,Singh,Sharma,Kumar,Gupta,Khan,Shah,Mehta,Reddy,Das,Joshi,Iyer"});
    /** 440 street names: a real town has a few hundred, and the same few (High Street, Station Road) recur everywhere. */
    static final String[] STREETS = streets(
            "High,Station,Mill,Church,Park,Victoria,Green,Manor,Queens,New,King,London,Albert,York,Chapel,School,"
                    + "Grange,Springfield,Windsor,Highfield,Alexandra,Broadway,Castle,Market,Bridge,Water,North,South,"
                    + "West,East,Cedar,Oak,Elm,Ash,Beech,Willow,Orchard,Meadow,Farm,Brook,Wellington,Nelson,Princes,"
                    + "Richmond,Stanley,Clarence,Cambridge,Oxford,Mount,Hill,Forest,Derby,Warwick,Lancaster,Kingsway",
            "Street,Road,Lane,Avenue,Close,Way,Drive,Terrace");
    static final String[][] TOWNS = {{"Luton", "LU1"}, {"Leeds", "LS9"}, {"Birmingham", "B21"}, {"Manchester", "M8"},
        {"Liverpool", "L7"}, {"Bradford", "BD3"}, {"Leicester", "LE2"}, {"Peterborough", "PE1"}, {"Slough", "SL1"},
        {"Coventry", "CV6"}, {"Nottingham", "NG7"}, {"Sheffield", "S2"}, {"Reading", "RG1"}, {"Dudley", "DY1"}};
    static final String[] PREMISES = {"Hand Car Wash", "Nail Bar", "Takeaway", "Car Valeting", "Massage Parlour", "Food Factory"};

    /** Given and family names of each nationality, in the order of {@link #NATIONALITIES}. */
    static final List<Names> NAMES = NATIONALITIES.stream()
            .map(n -> new Names(Names.of(n[1].split(","), true), Names.of(n[2].split(","), false))).toList();

    private Population() {
    }

    /**
     * A nationality's names: the common names (a tenth of the people, as the dozen commonest surnames of
     * the UK are about a twentieth) and a long tail made by joining the start of one common name to the end
     * of another ({@code Pop|escu} + {@code Dum|itru} gives {@code Pomitru}), and where that gives few names,
     * given names of two syllables ({@code Weiming}) as Chinese and Vietnamese names have: 100 to 150 given
     * and 40 to 130 family names a nationality, about 100,000 full names in all. With only the common names,
     * a million persons would share a thousand full names and every block would grow with the store, which
     * a real population's names do not do.
     */
    record Names(List<String> given, List<String> family) {
        private static final String VOWELS = "aeiouy";

        static List<String> of(String[] common, boolean compound) {
            LinkedHashSet<String> all = new LinkedHashSet<>(List.of(common));
            for (String head : common) {
                for (String tail : common) {
                    String name = onset(head) + coda(tail);
                    if (head != tail && name.length() >= 3) {
                        all.add(name);
                    }
                }
            }
            for (int i = 0; compound && all.size() < 100 && i < common.length; i++) {
                for (String tail : common) {
                    if (tail != common[i]) {
                        all.add(common[i] + tail.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return List.copyOf(all);
        }

        static String pick(Random rng, List<String> names, int common) {
            return rng.nextInt(10) == 0 ? names.get(rng.nextInt(common)) : names.get(common + rng.nextInt(names.size() - common));
        }

        /** Up to the end of the first vowel group after the first letter. */
        private static String onset(String name) {
            return name.substring(0, split(name));
        }

        private static String coda(String name) {
            return name.substring(split(name));
        }

        private static int split(String name) {
            int i = 1;
            while (i < name.length() && VOWELS.indexOf(Character.toLowerCase(name.charAt(i))) < 0) {
                i++;
            }
            while (i < name.length() && VOWELS.indexOf(Character.toLowerCase(name.charAt(i))) >= 0) {
                i++;
            }
            return i;
        }
    }

    private static String[] streets(String names, String kinds) {
        List<String> out = new ArrayList<>();
        for (String name : names.split(",")) {
            for (String kind : kinds.split(",")) {
                out.add(name + " " + kind);
            }
        }
        return out.toArray(String[]::new);
    }

    /** A UK-format postcode in a town's district. */
    static String postcode(Random rng, String outward) {
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        return outward + " " + (1 + rng.nextInt(9)) + letters.charAt(rng.nextInt(letters.length())) + letters.charAt(rng.nextInt(letters.length()));
    }

    static String phone(Random rng) {
        return String.format("07%03d %06d", 700 + rng.nextInt(300), rng.nextInt(1_000_000));
    }

    /** A variant a different force might write: transliteration or a typo, sometimes upper case. */
    static String variant(Random rng, String name) {
        if (name.length() < 4) {
            return rng.nextBoolean() ? name.toUpperCase() : name;
        }
        return switch (rng.nextInt(5)) {
            case 0 -> name.toUpperCase();
            case 1 -> name.replace("c", "k").replace("sch", "sh").replace("w", "v");
            case 2 -> {
                int i = 1 + rng.nextInt(name.length() - 2);
                yield name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2);
            }
            case 3 -> name.substring(0, name.length() - 1) + (name.endsWith("a") ? "ah" : name.charAt(name.length() - 1) + "e");
            default -> name;
        };
    }
}
