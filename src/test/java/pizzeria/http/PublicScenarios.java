package pizzeria.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import pizzeria.testing.RunningGateway;

/** The public caller scenarios of shared/spec/scenarios.yaml. */
public final class PublicScenarios {
    private PublicScenarios() { }

    /** The order as the restaurant's records hold it (through the admin API). */
    public static io.vertx.core.json.JsonObject storedOrder(RunningGateway gw, String tenant, String orderId) {
        io.vertx.core.json.JsonObject body = gw.get("/admin/tenants/" + tenant + "/orders?status=placed", RunningGateway.ADMIN).bodyAsJsonObject();
        return body.getJsonArray("orders").stream().map(o -> (io.vertx.core.json.JsonObject) o)
                .filter(o -> orderId.equals(o.getString("orderId"))).findFirst()
                .orElseThrow(() -> new AssertionError("order " + orderId + " was not stored"));
    }

    /** The scenarios a caller can play over the phone, one of each kind (pickup, quantities, halves, a choice, delivery). */
    /** Every public scenario that places an order (the other two, a transfer and a closed hour, end before one). */
    public static final List<String> PHONE_IDS = List.of("single-pizza-pickup", "several-items-quantities", "half-and-half",
            "specialty-by-alias", "wings-sauce-given", "wings-sauce-asked", "drinks-with-flavor", "remove-item", "change-size",
            "delivery-in-zone", "deal-two-large-cheese", "menu-question-mid-order", "off-menu-request");

    /** What the caller says, in order: the `say` lines, then the answer each phase asks for. */
    @SuppressWarnings("unchecked")
    public static List<String> spokenLines(Map<String, Object> scenario) {
        List<String> out = new java.util.ArrayList<>((List<String>) scenario.get("say"));
        Map<String, Object> answers = (Map<String, Object>) scenario.get("answers");
        for (String phase : List.of("take_order", "confirm_order", "customer_name", "fulfillment", "final_confirm")) {
            out.add(String.valueOf(answers.get(phase)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> load() {
        try {
            return new ObjectMapper(new YAMLFactory()).readValue(Files.readString(RunningGateway.SPEC.resolve("scenarios.yaml")), List.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
