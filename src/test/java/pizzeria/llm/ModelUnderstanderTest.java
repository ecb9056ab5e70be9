package pizzeria.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.menu.ItemRequest;
import pizzeria.order.Order;
import pizzeria.order.ToolCall;
import pizzeria.tenant.Tenant;
import pizzeria.testing.Tenants;
import pizzeria.understand.TurnContext;
import pizzeria.understand.Understanding;

class ModelUnderstanderTest {
    private static Vertx vertx;
    private static FakeOpenAi fake;
    private static final Tenant TONY = Tenants.reference();

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        fake = FakeOpenAi.start(vertx).await();
    }

    @AfterAll
    static void stop() {
        vertx.close().await();
    }

    private static ModelUnderstander model() {
        return new ModelUnderstander(vertx, new ChatCompletions(vertx, fake.baseUrl(), "sk-test", 2000), "gpt-4.1-mini", TONY);
    }

    private static TurnContext takingOrders() {
        Order o = Order.open("o", TONY.id(), "+1");
        return new TurnContext(TONY.phases().decide(o), o, null, "What can I get for you?");
    }

    @Test
    @DisplayName("assembles tool calls streamed in pieces, two at once, and reads the usage chunk")
    void assemblesDeltas() throws Exception {
        fake.script(words -> FakeOpenAi.tools(
                "add_item", "{\"item_id\":\"cheese\",\"size\":\"large\",\"quantity\":2,\"options\":{\"crust\":null,"
                        + "\"toppings\":[{\"id\":\"pepperoni\",\"placement\":\"whole\"}],\"removed\":[]}}",
                "add_item", "{\"item_id\":\"soda-can\",\"size\":null,\"quantity\":1,\"options\":{\"flavor\":\"coke\"}}"));
        Understanding u = model().understand("two large pepperonis and a coke", takingOrders()).toCompletableFuture().get();
        assertThat(u.source()).isEqualTo(pizzeria.understand.UnderstoodBy.MODEL);
        assertThat(u.calls()).containsExactly(
                new ToolCall.AddItem(new ItemRequest("cheese", "large", 2, Map.of("toppings", List.of(Map.of("id", "pepperoni", "placement", "whole"))))),
                new ToolCall.AddItem(new ItemRequest("soda-can", null, 1, Map.of("flavor", "coke"))));
        assertThat(u.tokens().input()).isPositive();
        assertThat(u.tokens().output()).isPositive();
    }

    @Test
    @DisplayName("the static prompt prefix is byte-identical across calls of one tenant version; the turn comes last")
    void cacheablePrefix() throws Exception {
        fake.script(words -> FakeOpenAi.tools());
        int before = fake.requests().size();
        model().understand("a large cheese pie", takingOrders()).toCompletableFuture().get();
        model().understand("and some wings", takingOrders()).toCompletableFuture().get();
        JsonObject first = fake.requests().get(before);
        JsonObject second = fake.requests().get(before + 1);
        String a = first.getJsonArray("messages").getJsonObject(0).getString("content");
        String b = second.getJsonArray("messages").getJsonObject(0).getString("content");
        assertThat(a).isEqualTo(b).contains("Garlic Knots");
        assertThat(first.getJsonArray("messages").getJsonObject(1).getString("content")).endsWith("Caller: a large cheese pie");
        assertThat(first.getString("prompt_cache_key")).isEqualTo(second.getString("prompt_cache_key"));
        assertThat(first.getBoolean("stream")).isTrue();
        assertThat(first.getInteger("max_completion_tokens")).isLessThanOrEqualTo(300);
        assertThat(second.getJsonArray("messages").size()).isEqualTo(2);
    }

    @Test
    @DisplayName("offers only the phase's tools, strict, with the menu's ids as an enum")
    void phaseScopedTools() throws Exception {
        fake.script(words -> FakeOpenAi.tools());
        int before = fake.requests().size();
        model().understand("a large cheese pie", takingOrders()).toCompletableFuture().get();
        var tools = fake.requests().get(before).getJsonArray("tools");
        List<String> names = tools.stream().map(t -> ((JsonObject) t).getJsonObject("function").getString("name")).toList();
        assertThat(names).contains("add_item", "done_ordering", "answer_question", "transfer_to_staff").doesNotContain("place_order", "confirm_order");
        JsonObject add = ((JsonObject) tools.getValue(0)).getJsonObject("function");
        assertThat(add.getBoolean("strict")).isTrue();
        assertThat(add.getJsonObject("parameters").getJsonObject("properties").getJsonObject("item_id").getJsonArray("enum").getList())
                .containsExactlyElementsOf(TONY.menu().items().keySet());
    }

    @Test
    @DisplayName("a call the phase does not allow, or a malformed one, is dropped before it can touch the order")
    void refusesDisallowed() throws Exception {
        fake.script(words -> FakeOpenAi.tools("place_order", "{}", "add_item", "{\"item_id\":", "confirm_order", "{\"yes\":true}"));
        Understanding u = model().understand("yes place it", takingOrders()).toCompletableFuture().get();
        assertThat(u.calls()).isEmpty();
        assertThat(u.complete()).isFalse();
    }
}
