package pizzeria.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restaurants for the many-tenants benchmark, made from the reference tenant: each its own id, name,
 * number and greeting, its prices moved by up to 20% either way, and some of its optional menu words.
 * The reference itself (tonys-pizza) stays as it is, so the scenario calls can run against it.
 */
final class TenantFactory {
    private static final Pattern PRICE = Pattern.compile("price_cents: (\\d+)");
    private static final Pattern SIZE_PRICE = Pattern.compile("(\"\\w+\"): (\\d{3,5})([,}])");

    private TenantFactory() { }

    static String reference() throws IOException {
        return Files.readString(Path.of("..", "shared", "spec", "restaurant.example.yaml"));
    }

    /** Writes {@code count} tenants (the reference among them) into {@code dir}. */
    static void write(Path dir, int count) throws IOException {
        String reference = reference();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("tonys-pizza.yaml"), reference);
        for (int i = 1; i < count; i++) Files.writeString(dir.resolve(id(i) + ".yaml"), tenant(reference, i));
    }

    static String id(int i) {
        return String.format("bench-%05d", i);
    }

    static String number(int i) {
        return String.format("+1555%07d", i);
    }

    static String tenant(String reference, int i) {
        Random random = new Random(i);
        String yaml = reference.replace("id: tonys-pizza", "id: " + id(i))
                .replace("name: Tony's Pizza", "name: Pizzeria " + i)
                .replace("phone_numbers: [\"+12015550100\", \"+12015550101\"]", "phone_numbers: [\"" + number(i) + "\"]")
                .replace("Tony's Pizza", "Pizzeria " + i);
        double factor = 0.8 + random.nextDouble() * 0.4;
        yaml = replacePrices(PRICE.matcher(yaml), m -> "price_cents: " + moved(m.group(1), factor));
        return replacePrices(SIZE_PRICE.matcher(yaml), m -> m.group(1) + ": " + moved(m.group(2), factor) + m.group(3));
    }

    private static String replacePrices(Matcher m, java.util.function.Function<Matcher, String> with) {
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        m.appendTail(out);
        return out.toString();
    }

    private static long moved(String cents, double factor) {
        if (Long.parseLong(cents) == 0) return 0;
        return Math.round(Long.parseLong(cents) * factor / 10.0) * 10 - 1;
    }
}
