package pizzeria.spoken;

import java.util.List;

/** Numbers, prices and lists as a person says them, so synthesised speech reads well. */
public final class Spoken {
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"};

    private Spoken() { }

    /** 21 → "twenty-one"; 1250 → "one thousand two hundred fifty". */
    public static String number(int n) {
        if (n < 0) return "minus " + number(-n);
        if (n < 20) return SMALL[n];
        if (n < 100) return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + SMALL[n % 10]);
        if (n < 1000) return SMALL[n / 100] + " hundred" + (n % 100 == 0 ? "" : " " + number(n % 100));
        if (n < 1_000_000) return number(n / 1000) + " thousand" + (n % 1000 == 0 ? "" : " " + number(n % 1000));
        return number(n / 1_000_000) + " million" + (n % 1_000_000 == 0 ? "" : " " + number(n % 1_000_000));
    }

    /** 2150 → "twenty-one dollars and fifty cents"; 1900 → "nineteen dollars"; 75 → "seventy-five cents". */
    public static String money(int cents) {
        int dollars = cents / 100;
        int rest = cents % 100;
        String d = dollars == 1 ? "one dollar" : number(dollars) + " dollars";
        String c = rest == 1 ? "one cent" : number(rest) + " cents";
        if (rest == 0) return d;
        if (dollars == 0) return c;
        return d + " and " + c;
    }

    /** ["a", "b", "c"] → "a, b and c". */
    public static String list(List<String> parts) {
        if (parts.isEmpty()) return "";
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** Same, joined with "or": "mild, hot or barbecue". */
    public static String choices(List<String> parts) {
        if (parts.size() <= 1) return list(parts);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }

    /** "a" or "an" before a word, by its first sound as far as spelling tells. */
    /** A name without its own "The", for saying after an article or a size: "a small Chicagoan", "the Chicagoan". */
    /** "anchovies" → "Anchovies", for a label read on a page. */
    public static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static String withoutThe(String name) {
        return name.startsWith("The ") && name.length() > 4 ? name.substring(4) : name;
    }

    public static String article(String word) {
        if (word.isEmpty()) return "a";
        char c = Character.toLowerCase(word.charAt(0));
        return "aeiou".indexOf(c) >= 0 ? "an" : "a";
    }

    /** The quantity said before an item: "a" for one, else the number in words. */
    public static String count(int quantity, String following) {
        return quantity == 1 ? article(following) : number(quantity);
    }
}
