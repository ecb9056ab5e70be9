package pizzeria.llm;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A local OpenAI-compatible Chat Completions server speaking real SSE: tool-call deltas split across
 * chunks, content deltas, a usage chunk (cached tokens when a prompt prefix was seen before), [DONE].
 * Replies come from a script keyed by the caller's words; failures can be queued ahead of them.
 */
public final class FakeOpenAi {
    /** What to answer one request with. */
    public sealed interface Reply { }
    public record Tools(List<String[]> calls) implements Reply { }
    public record Text(String content) implements Reply { }
    public record Status(int status, Map<String, String> headers, String body) implements Reply { }
    public record Hang() implements Reply { }

    private final Vertx vertx;
    private final List<JsonObject> requests = new CopyOnWriteArrayList<>();
    private final Deque<Reply> queued = new ArrayDeque<>();
    private final Set<String> seenPrefixes = ConcurrentHashMap.newKeySet();
    private volatile Function<String, Reply> script = caller -> new Tools(List.of());
    private volatile long firstTokenDelayMs;
    private HttpServer server;

    private FakeOpenAi(Vertx vertx) {
        this.vertx = vertx;
    }

    public static Future<FakeOpenAi> start(Vertx vertx) {
        FakeOpenAi fake = new FakeOpenAi(vertx);
        return vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(b -> fake.answer(new JsonObject(b), req.response())))
                .listen(0, "127.0.0.1").map(s -> {
                    fake.server = s;
                    return fake;
                });
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort() + "/v1";
    }

    /** The reply for each caller line (the words after "Caller: " in the last message). */
    public void script(Function<String, Reply> byCallerWords) {
        script = byCallerWords;
    }

    /** Replies used before the script, in order (429s, 500s, hangs). */
    public synchronized void queue(Reply... replies) {
        queued.addAll(List.of(replies));
    }

    public void firstTokenDelayMs(long ms) {
        firstTokenDelayMs = ms;
    }

    public List<JsonObject> requests() {
        return requests;
    }

    public static Tools tools(String... nameThenArguments) {
        List<String[]> calls = new java.util.ArrayList<>();
        for (int i = 0; i < nameThenArguments.length; i += 2) calls.add(new String[]{nameThenArguments[i], nameThenArguments[i + 1]});
        return new Tools(calls);
    }

    private synchronized Reply next(String caller) {
        return queued.isEmpty() ? script.apply(caller) : queued.poll();
    }

    private void answer(JsonObject request, HttpServerResponse response) {
        requests.add(request);
        JsonArray messages = request.getJsonArray("messages");
        String last = messages.getJsonObject(messages.size() - 1).getString("content", "");
        String caller = last.contains("Caller: ") ? last.substring(last.lastIndexOf("Caller: ") + 8) : last;
        Reply reply = next(caller);
        if (reply instanceof Hang) return;
        if (reply instanceof Status s) {
            s.headers().forEach(response::putHeader);
            response.setStatusCode(s.status()).end(s.body());
            return;
        }
        response.setChunked(true).putHeader("Content-Type", "text/event-stream");
        vertx.setTimer(Math.max(1, firstTokenDelayMs), t -> stream(request, reply, response));
    }

    private void stream(JsonObject request, Reply reply, HttpServerResponse out) {
        String id = "chatcmpl-fake";
        send(out, chunk(id, new JsonObject().put("role", "assistant").put("content", reply instanceof Text ? "" : null), null));
        int outputChars = 0;
        if (reply instanceof Text t) {
            for (String piece : t.content().split("(?<= )")) send(out, chunk(id, new JsonObject().put("content", piece), null));
            outputChars = t.content().length();
        } else {
            List<String[]> calls = ((Tools) reply).calls();
            for (int i = 0; i < calls.size(); i++) {
                String name = calls.get(i)[0];
                String args = calls.get(i)[1];
                outputChars += name.length() + args.length();
                send(out, chunk(id, toolDelta(i, "call_" + i, name, ""), null));
                int third = Math.max(1, args.length() / 3);
                for (int off = 0; off < args.length(); off += third) {
                    send(out, chunk(id, toolDelta(i, null, null, args.substring(off, Math.min(args.length(), off + third))), null));
                }
            }
        }
        send(out, chunk(id, new JsonObject(), reply instanceof Text ? "stop" : "tool_calls"));
        send(out, usage(id, request, outputChars));
        out.end("data: [DONE]\n\n");
    }

    /** About four characters a token; a system prompt seen before counts as cached, in 128-token steps. */
    private JsonObject usage(String id, JsonObject request, int outputChars) {
        String system = request.getJsonArray("messages").getJsonObject(0).getString("content", "");
        int input = request.encode().length() / 4;
        int cached = seenPrefixes.add(system) ? 0 : Math.min(input, system.length() / 4 / 128 * 128);
        return new JsonObject().put("id", id).put("object", "chat.completion.chunk").put("created", 1760000000).put("model", "fake")
                .put("choices", new JsonArray()).put("usage", new JsonObject().put("prompt_tokens", input)
                        .put("completion_tokens", Math.max(1, outputChars / 4)).put("total_tokens", input + outputChars / 4)
                        .put("prompt_tokens_details", new JsonObject().put("cached_tokens", cached)));
    }

    private static JsonObject toolDelta(int index, String callId, String name, String args) {
        JsonObject f = new JsonObject().put("arguments", args);
        if (name != null) f.put("name", name);
        JsonObject call = new JsonObject().put("index", index).put("function", f);
        if (callId != null) call.put("id", callId).put("type", "function");
        return new JsonObject().put("tool_calls", new JsonArray().add(call));
    }

    private static JsonObject chunk(String id, JsonObject delta, String finish) {
        return new JsonObject().put("id", id).put("object", "chat.completion.chunk").put("created", 1760000000).put("model", "fake")
                .put("choices", new JsonArray().add(new JsonObject().put("index", 0).put("delta", delta).put("logprobs", (Object) null)
                        .put("finish_reason", finish))).putNull("usage");
    }

    private static void send(HttpServerResponse out, JsonObject chunk) {
        out.write("data: " + chunk.encode() + "\n\n");
    }
}
