package org.crosslink.bench;

import java.util.List;
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
    static final String[] STREETS = {"High Street", "Station Road", "Mill Lane", "Church Road", "Park Avenue", "Victoria Road",
        "Green Lane", "Manor Road", "Queens Road", "New Road", "King Street", "London Road", "Albert Road", "York Road"};
    static final String[][] TOWNS = {{"Luton", "LU1"}, {"Leeds", "LS9"}, {"Birmingham", "B21"}, {"Manchester", "M8"},
        {"Liverpool", "L7"}, {"Bradford", "BD3"}, {"Leicester", "LE2"}, {"Peterborough", "PE1"}, {"Slough", "SL1"},
        {"Coventry", "CV6"}, {"Nottingham", "NG7"}, {"Sheffield", "S2"}, {"Reading", "RG1"}, {"Dudley", "DY1"}};
    static final String[] PREMISES = {"Hand Car Wash", "Nail Bar", "Takeaway", "Car Valeting", "Massage Parlour", "Food Factory"};

    private Population() {
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
