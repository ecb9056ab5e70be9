package pizzeria.understand;

/** Language-model tokens one turn cost: input (of which {@code cached} were cache hits) and output. */
public record TokenUsage(int input, int cached, int output) {
    public static final TokenUsage NONE = new TokenUsage(0, 0, 0);

    public TokenUsage plus(TokenUsage o) {
        return new TokenUsage(input + o.input, cached + o.cached, output + o.output);
    }
}
