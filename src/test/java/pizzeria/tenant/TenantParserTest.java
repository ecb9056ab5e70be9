package pizzeria.tenant;

import pizzeria.tenancy.PluginJars;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.RunningGateway;

class TenantParserTest {
    private static final TenantParser PARSER = new TenantParser(PluginJars.load(Path.of("target", "no-plugins")));

    private static String reference() throws Exception {
        return Files.readString(RunningGateway.SPEC.resolve("restaurant.example.yaml"));
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new AssertionError(needle);
    }

    @Test
    @DisplayName("the reference tenant loads exactly as it is, and our own tenants load too")
    void loads() throws Exception {
        ParseResult r = PARSER.parse(reference());
        assertThat(r.errors()).isEmpty();
        assertThat(r.tenant().menu().items()).hasSize(15);
        assertThat(r.tenant().keyterms()).startsWith("Tony's", "Sicilian").contains("Garlic Knots", "pepperoni");
        for (String f : List.of("bella-napoli.yaml", "slice-shack.yaml", "tonys-pizza.yaml")) {
            assertThat(PARSER.parse(Files.readString(Path.of("restaurants", f))).errors()).as(f).isEmpty();
        }
    }

    @Test
    @DisplayName("reports every problem at once, each with its path and the line to fix")
    void everyProblemWithItsLine() throws Exception {
        String broken = reference()
                .replace("plugins: [pizza, items, deals]", "plugins: [pizza, items, deals, sushi]")
                .replace("phone_numbers: [\"+12015550100\", \"+12015550101\"]", "phone_numbers: [\"+12015550100\", \"+12015550100\"]")
                .replace("done_when: [order_confirmed]", "done_when: [order_confirmd]")
                .replace("tools: [set_customer_name]", "tools: [set_customer_nam]")
                .replace("price_cents: {small: 175, large: 250, sicilian: 350}}\n      sausage", "price_cents: {small: 175, large: 250, jumbo: 350}}\n      sausage")
                .replace("match: [{item: cheese, size: large, count: 2, toppings: none}]", "match: [{item: cheez, size: large, count: 2, toppings: none}]")
                .replace("mon: \"11:00-22:00\"", "mon: \"11-22\"")
                .replace("say: \"Anything else?\"", "say: \"Anything else, {nickname}?\"");
        List<ConfigError> errors = PARSER.parse(broken).errors();
        assertThat(errors).extracting(ConfigError::path, ConfigError::line).contains(
                org.assertj.core.groups.Tuple.tuple("plugins[3]", lineOf(broken, "plugins: [")),
                org.assertj.core.groups.Tuple.tuple("phone_numbers[1]", lineOf(broken, "phone_numbers:")),
                org.assertj.core.groups.Tuple.tuple("phases[1].done_when[0]", lineOf(broken, "order_confirmd")),
                org.assertj.core.groups.Tuple.tuple("phases[2].tools[0]", lineOf(broken, "set_customer_nam]")),
                org.assertj.core.groups.Tuple.tuple("menu[0].toppings.pepperoni.price_cents.jumbo", lineOf(broken, "jumbo: 350")),
                org.assertj.core.groups.Tuple.tuple("menu[3].deals[0].match[0].item", lineOf(broken, "item: cheez")),
                org.assertj.core.groups.Tuple.tuple("hours.mon", lineOf(broken, "mon: \"11-22\"")),
                org.assertj.core.groups.Tuple.tuple("phases[0].say", lineOf(broken, "{nickname}")));
    }

    @Test
    @DisplayName("a YAML syntax error names its line")
    void syntax() throws Exception {
        String broken = reference().replace("name: Tony's Pizza", "name: [Tony's Pizza");
        List<ConfigError> errors = PARSER.parse(broken).errors();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).line()).isBetween(lineOf(broken, "[Tony's"), lineOf(broken, "[Tony's") + 2);
    }

    @Test
    @DisplayName("a tenant without a fulfillment phase or delivery gets the reference phases only when it has none of its own")
    void defaultPhases() throws Exception {
        String noPhases = reference().substring(0, reference().indexOf("phases:"));
        ParseResult r = PARSER.parse(noPhases);
        assertThat(r.errors()).isEmpty();
        assertThat(r.tenant().phases().rules()).extracting(p -> p.id())
                .containsExactly("take_order", "confirm_order", "customer_name", "fulfillment", "final_confirm", "goodbye");
    }

    private static ConfigError only(String yaml) {
        List<ConfigError> errors = PARSER.parse(yaml).errors();
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    @DisplayName("a key no reader knows is refused at its line, with the known key it is closest to")
    void unknownKeys() throws Exception {
        String broken = reference()
                .replace("  pickup:\n    ready_minutes: 20", "  pickup:\n    ready_minute: 20")
                .replace("extra_cents: {cheese: 200, disco: 350}", "extra_cent: {cheese: 200, disco: 350}")
                .replace("includes: [pepperoni, sausage, meatballs, bacon]", "include: [pepperoni, sausage, meatballs, bacon]")
                .replace("tax_rate: 0.06625", "tax_rate: 0.06625\ncolour: red")
                .replace("say: \"Anything else?\"", "sya: \"Anything else?\"");
        List<ConfigError> errors = PARSER.parse(broken).errors();
        assertThat(errors).extracting(ConfigError::path, ConfigError::line, ConfigError::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("fulfillment.pickup.ready_minute", lineOf(broken, "ready_minute: 20"),
                        "unknown key 'ready_minute'; did you mean 'ready_minutes'?"),
                org.assertj.core.groups.Tuple.tuple("menu[1].items[3].choices[0].extra_cent", lineOf(broken, "extra_cent:"),
                        "unknown key 'extra_cent'; did you mean 'extra_cents'?"),
                org.assertj.core.groups.Tuple.tuple("menu[0].pizzas[5].include", lineOf(broken, "include: [pepperoni"),
                        "unknown key 'include'; did you mean 'includes'?"),
                org.assertj.core.groups.Tuple.tuple("colour", lineOf(broken, "colour: red"), "unknown key 'colour'"),
                org.assertj.core.groups.Tuple.tuple("phases[0].sya", lineOf(broken, "sya: "), "unknown key 'sya'; did you mean 'say'?"));
    }

    @Test
    @DisplayName("the CONTRACT's format additions are known keys")
    void formatAdditions() throws Exception {
        String more = reference()
                .replace("tax_rate: 0.06625", "tax_rate: 0.06625\nlimits: {max_concurrent_calls: 5, max_quantity: 50}"
                        + "\nclosures: [\"2026-12-25\"]\nspecial_hours: {\"2026-12-24\": \"11:00-16:00\"}")
                .replace("crusts: [regular, thin, well-done]", "crusts: {regular: {}, thin: {names: [\"thin crust\"]}, well-done: {}}");
        assertThat(PARSER.parse(more).errors()).isEmpty();
    }

    @Test
    @DisplayName("a key given twice is refused at the second one")
    void duplicateKeys() throws Exception {
        String twice = reference().replace("    ready_minutes: 45", "    ready_minutes: 45\n    ready_minutes: 30");
        ConfigError e = only(twice);
        assertThat(e.line()).isEqualTo(lineOf(twice, "ready_minutes: 30"));
        assertThat(e.path()).isEqualTo("fulfillment.delivery.ready_minutes");
        assertThat(e.message()).contains("twice").contains("ready_minutes");
        String topTwice = reference().replace("name: Tony's Pizza", "name: Tony's Pizza\nname: Tony's Other Pizza");
        assertThat(only(topTwice).line()).isEqualTo(lineOf(topTwice, "Other Pizza"));
    }

    @Test
    @DisplayName("a missing key is reported at the line of the mapping that lacks it, not at line 1")
    void missingKeyAtItsMapping() throws Exception {
        String noName = reference().replace("name: Tony's Pizza\n", "");
        ConfigError e = only(noName);
        assertThat(e.path()).isEqualTo("name");
        assertThat(e.line()).as("the file opens with comments; its mapping begins at 'id:'").isEqualTo(lineOf(noName, "id: tonys-pizza"));
        String noGreeting = reference().replaceAll("\n  greeting: [^\n]*", "");
        assertThat(only(noGreeting).line()).isEqualTo(lineOf(noGreeting, "voice:"));
    }

    @Test
    @DisplayName("a YAML syntax error is reported at the (1-based) line of the problem")
    void syntaxLine() throws Exception {
        String stray = reference().replace("timezone: America/New_York", "timezone: America/New_York\n- stray");
        assertThat(only(stray).line()).isEqualTo(lineOf(stray, "- stray"));
        String badIndent = reference().replace("name: Tony's Pizza", "name: Tony's Pizza\n  owner: Tony");
        assertThat(only(badIndent).line()).isEqualTo(lineOf(badIndent, "owner: Tony"));
        assertThat(only(badIndent).message()).startsWith("not valid YAML").doesNotContain("^");
    }
}
