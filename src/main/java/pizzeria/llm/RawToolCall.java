package pizzeria.llm;

/** A tool call as the model streamed it: a name and the JSON text of its arguments, unchecked. */
public record RawToolCall(String name, String arguments) {
}
