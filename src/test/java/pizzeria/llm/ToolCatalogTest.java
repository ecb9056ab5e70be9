package pizzeria.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.order.Availability;
import pizzeria.order.Order;
import pizzeria.tenant.Tenant;
import pizzeria.testing.Tenants;

class ToolCatalogTest {
    private static List<Object> itemIds(JsonArray tools) {
        for (Object t : tools) {
            JsonObject f = ((JsonObject) t).getJsonObject("function");
            if (f.getString("name").equals("add_item")) {
                return f.getJsonObject("parameters").getJsonObject("properties").getJsonObject("item_id").getJsonArray("enum").getList();
            }
        }
        throw new AssertionError("no add_item tool");
    }

    @Test
    @DisplayName("an item sold out today cannot even be expressed in the model's add_item tool; the next turn it can again")
    void soldOutItemsLeaveTheSchema() {
        Tenant tenant = Tenants.reference();
        ToolCatalog catalog = new ToolCatalog(tenant.menu());
        var phase = tenant.phases().decide(Order.open("o", tenant.id(), "+1"));
        Availability out = Availability.of(List.of("garlic-knots"), null);
        assertThat(itemIds(catalog.toolsFor(phase, out))).doesNotContain("garlic-knots").contains("cheese");
        assertThat(itemIds(catalog.toolsFor(phase))).as("the catalog itself is unchanged").contains("garlic-knots");
    }
}
