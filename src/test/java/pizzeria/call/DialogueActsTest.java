package pizzeria.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import pizzeria.order.Fulfillment;
import pizzeria.order.ToolCall;
import pizzeria.tenant.Tenant;
import pizzeria.testing.Tenants;
import pizzeria.understand.LocalUnderstander;
import pizzeria.understand.Understanding;

/**
 * How the local understander hears the short acts of a call (yes, no, done, pickup, delivery, a name, a person,
 * cancel, repeat) and the orders and questions that look like them, over a corpus written before any tuning
 * (`src/test/resources/corpus/acts`). Each phrasing is said right after the question it answers; a quarter is held
 * out of tuning and scored apart. It prints the figures, and fails if a split falls below its floor or if any
 * phrasing is heard as a different act that would move the call on (a "no" taken for a "yes").
 */
class DialogueActsTest {
    private static final Path FILE = Path.of("src", "test", "resources", "corpus", "acts", "phrasings.yaml");
    /** What to say, after the greeting, to be asked each question in the reference tenant. */
    private static final Map<String, List<String>> TO_BE_ASKED = Map.of(
            "take_order", List.of("a large cheese pie"),
            "confirm_order", List.of("a large cheese pie", "that's all"),
            "customer_name", List.of("a large cheese pie", "that's all", "yes"),
            "fulfillment", List.of("a large cheese pie", "that's all", "yes", "Mike"),
            "address", List.of("a large cheese pie", "that's all", "yes", "Mike", "delivery"),
            "final_confirm", List.of("a large cheese pie", "that's all", "yes", "Mike", "pickup"));
    // heldout was 122 for one commit: "never mind the olives" said of a cheese pie was counted right because it removed
    // the whole pie; a removal now takes off only a detail a line has, and asks again otherwise (121)
    private static final Map<String, Integer> FLOORS = Map.of("tune", 360, "heldout", 121);

    record Phrasing(String act, String asked, String text, String name, String split) { }

    @Test
    void hearsTheActsOfACall() throws IOException {
        Tenant tenant = Tenants.reference();
        LocalUnderstander local = new LocalUnderstander(tenant.menu());
        List<Phrasing> phrasings = read();
        Map<String, int[]> bySplit = new TreeMap<>();
        Map<String, int[]> byAct = new TreeMap<>();
        List<String> misheard = new ArrayList<>();
        List<String> dangerous = new ArrayList<>();
        for (Phrasing p : phrasings) {
            Dialogue d = new Dialogue(tenant);
            d.open();
            TO_BE_ASKED.get(p.asked()).forEach(d::say);
            String phase = d.conversation.context(d.state).phase().id();
            assertThat(phase).as("the script reaches the question").isEqualTo(p.asked().equals("address") ? "fulfillment" : p.asked());
            Understanding u = local.read(p.text(), d.conversation.context(d.state));
            String heard = act(u, p);
            boolean right = heard.equals(p.act());
            bySplit.computeIfAbsent(p.split(), k -> new int[2])[right ? 0 : 1]++;
            byAct.computeIfAbsent(p.act() + " (" + p.split() + ")", k -> new int[2])[right ? 0 : 1]++;
            if (!right) misheard.add(p.act() + " heard as " + heard + ": " + p.text());
            if (!right && moves(heard)) dangerous.add(p.act() + " heard as " + heard + ": " + p.text());
        }
        System.out.println("Dialogue acts, local understander (right / all):");
        byAct.forEach((k, v) -> System.out.printf("  %-22s %3d / %d%n", k, v[0], v[0] + v[1]));
        bySplit.forEach((k, v) -> System.out.printf("  %-22s %3d / %d (%.1f %%)%n", "all " + k, v[0], v[0] + v[1], 100.0 * v[0] / (v[0] + v[1])));
        System.out.println("  heard as another act that moves the call on: " + dangerous.size());
        if (Boolean.getBoolean("acts.verbose")) misheard.forEach(m -> System.out.println("  MISHEARD " + m));
        dangerous.forEach(m -> System.out.println("  MOVES " + m));
        FLOORS.forEach((split, floor) -> assertThat(bySplit.get(split)[0]).as("acts right, " + split).isGreaterThanOrEqualTo(floor));
    }

    /** A wrong act that changes the call (a yes, a placed order's confirmation, a cancel, an address) rather than asking again. */
    private static boolean moves(String heard) {
        return List.of("affirm", "deny", "done", "pickup", "delivery", "cancel", "name").contains(heard);
    }

    /** Which act the understanding amounts to. */
    private static String act(Understanding u, Phrasing p) {
        if (u.calls().isEmpty()) return "nothing";
        ToolCall c = u.calls().get(0);
        if (c instanceof ToolCall.ConfirmOrder co) return co.yes() ? "affirm" : "deny";
        if (c instanceof ToolCall.PlaceOrder) return "affirm";
        if (c instanceof ToolCall.DoneOrdering) return "done";
        if (c instanceof ToolCall.SetFulfillment f) return f.type() == Fulfillment.Type.PICKUP ? "pickup" : "delivery";
        if (c instanceof ToolCall.SetCustomerName n) return p.name() == null || n.name().equals(p.name()) ? "name" : "name (wrong: " + n.name() + ")";
        if (c instanceof ToolCall.TransferToStaff) return "person";
        if (c instanceof ToolCall.CancelOrder) return "cancel";
        if (c instanceof ToolCall.Repeat) return "repeat";
        if (c instanceof ToolCall.AnswerQuestion) return "question";
        if (c instanceof ToolCall.AddItem || c instanceof ToolCall.RemoveItem || c instanceof ToolCall.ChangeItem) return "order";
        return c.getClass().getSimpleName();
    }

    private static List<Phrasing> read() throws IOException {
        var root = new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());
        List<Phrasing> out = new ArrayList<>();
        for (var n : root.get("phrasings")) {
            out.add(new Phrasing(n.get("act").asText(), n.get("asked").asText(), n.get("text").asText(),
                    n.has("name") ? n.get("name").asText() : null, n.get("split").asText()));
        }
        return out;
    }
}
