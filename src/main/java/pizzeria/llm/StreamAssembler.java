package pizzeria.llm;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import pizzeria.understand.TokenUsage;

/**
 * Reads a Chat Completions SSE stream as its bytes arrive: content deltas, tool-call deltas (keyed by
 * index; the id and name come first, then pieces of the arguments), the usage chunk, and [DONE].
 */
final class StreamAssembler {
    private final StringBuilder pending = new StringBuilder();
    private final StringBuilder content = new StringBuilder();
    private final Map<Integer, String[]> calls = new TreeMap<>();
    private TokenUsage usage = TokenUsage.NONE;
    private boolean done;
    private String error;

    /** Feeds raw text; complete lines are parsed, a partial line waits for the rest. */
    void feed(String text) {
        pending.append(text);
        int nl;
        while ((nl = pending.indexOf("\n")) >= 0) {
            String line = pending.substring(0, nl).strip();
            pending.delete(0, nl + 1);
            if (line.startsWith("data:")) data(line.substring(5).strip());
        }
    }

    private void data(String payload) {
        if (payload.equals("[DONE]")) { done = true; return; }
        JsonObject chunk = new JsonObject(payload);
        if (chunk.containsKey("error")) { error = chunk.getJsonObject("error", new JsonObject()).getString("message", "error"); return; }
        JsonObject u = chunk.getJsonObject("usage");
        if (u != null) {
            int cached = u.getJsonObject("prompt_tokens_details", new JsonObject()).getInteger("cached_tokens", 0);
            usage = new TokenUsage(u.getInteger("prompt_tokens", 0), cached, u.getInteger("completion_tokens", 0));
        }
        JsonArray choices = chunk.getJsonArray("choices", new JsonArray());
        if (choices.isEmpty()) return;
        JsonObject delta = choices.getJsonObject(0).getJsonObject("delta", new JsonObject());
        if (delta.getString("content") != null) content.append(delta.getString("content"));
        for (Object o : delta.getJsonArray("tool_calls", new JsonArray())) {
            JsonObject t = (JsonObject) o;
            String[] call = calls.computeIfAbsent(t.getInteger("index", 0), i -> new String[]{null, ""});
            JsonObject f = t.getJsonObject("function", new JsonObject());
            if (f.getString("name") != null) call[0] = f.getString("name");
            if (f.getString("arguments") != null) call[1] += f.getString("arguments");
        }
    }

    boolean done() {
        return done;
    }

    String error() {
        return error;
    }

    ModelReply reply() {
        List<RawToolCall> out = new ArrayList<>();
        calls.values().forEach(c -> out.add(new RawToolCall(c[0], c[1])));
        return new ModelReply(out, content.toString(), usage);
    }
}
