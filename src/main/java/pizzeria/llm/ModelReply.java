package pizzeria.llm;

import java.util.List;
import pizzeria.understand.TokenUsage;

/** What the model streamed back for one turn: its tool calls, any text, and the tokens it cost. */
public record ModelReply(List<RawToolCall> calls, String content, TokenUsage usage) {
    public ModelReply {
        calls = List.copyOf(calls);
    }
}
