package pizzeria.llm;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import pizzeria.order.ToolCall;
import pizzeria.tenant.Tenant;
import pizzeria.understand.TurnContext;
import pizzeria.understand.Understander;
import pizzeria.understand.Understanding;
import pizzeria.understand.UnderstoodBy;

/**
 * Understands a turn with a language model that may only call the tools the phase allows. Not a
 * reasoning model, few output tokens, streamed; a rate limit, a server error or a timeout get one quick
 * retry, then the turn fails (and the hybrid understander falls back on the local parser).
 */
public final class ModelUnderstander implements Understander {
    public static final UnderstoodBy SOURCE = UnderstoodBy.MODEL;
    private static final long MAX_RETRY_WAIT_MS = 250;

    private final Vertx vertx;
    private final ChatCompletions client;
    private final String model;
    private final Tenant tenant;
    private final ToolCatalog tools;
    private final Prompt prompt;

    public ModelUnderstander(Vertx vertx, ChatCompletions client, String model, Tenant tenant) {
        this.vertx = vertx;
        this.client = client;
        this.model = model;
        this.tenant = tenant;
        this.tools = new ToolCatalog(tenant.menu());
        this.prompt = new Prompt(tenant);
    }

    public Prompt prompt() {
        return prompt;
    }

    @Override
    public CompletionStage<Understanding> understand(String utterance, TurnContext context) {
        JsonObject body = request(utterance, context);
        return client.complete(body).recover(e -> retry(e, body)).map(reply -> understanding(reply, context)).toCompletionStage();
    }

    JsonObject request(String utterance, TurnContext context) {
        JsonArray messages = new JsonArray()
                .add(new JsonObject().put("role", "system").put("content", prompt.staticPart()))
                .add(new JsonObject().put("role", "user").put("content", prompt.turn(utterance, context)));
        return new JsonObject().put("model", model).put("stream", true)
                .put("stream_options", new JsonObject().put("include_usage", true))
                .put("temperature", 0).put("max_completion_tokens", 250).put("tool_choice", "auto")
                .put("parallel_tool_calls", true).put("prompt_cache_key", tenant.id() + "-v" + tenant.version())
                .put("messages", messages).put("tools", tools.toolsFor(context.phase(), context.out()));
    }

    private Future<ModelReply> retry(Throwable e, JsonObject body) {
        if (!(e instanceof ModelFailure f) || !f.retryable()) return Future.failedFuture(e);
        Promise<ModelReply> again = Promise.promise();
        vertx.setTimer(Math.max(1, Math.min(MAX_RETRY_WAIT_MS, f.retryAfterMs())), t -> client.complete(body).onComplete(again));
        return again.future();
    }

    /** Calls the phase does not allow, or that are malformed, are dropped here and never applied. */
    private static Understanding understanding(ModelReply reply, TurnContext context) {
        List<ToolCall> calls = new ArrayList<>();
        boolean refused = false;
        for (RawToolCall raw : reply.calls()) {
            var call = ToolCallReader.read(raw, context.phase());
            if (call.isPresent()) calls.add(call.get());
            else refused = true;
        }
        return new Understanding(calls, List.of(), !refused, SOURCE, reply.usage());
    }
}
