package pizzeria.llm;

/** The model did not answer usefully. {@code retryable}: a rate limit, a server error or a timeout. */
public final class ModelFailure extends RuntimeException {
    private final boolean retryable;
    private final long retryAfterMs;

    public ModelFailure(String message, boolean retryable, long retryAfterMs) {
        super(message);
        this.retryable = retryable;
        this.retryAfterMs = retryAfterMs;
    }

    public boolean retryable() {
        return retryable;
    }

    public long retryAfterMs() {
        return retryAfterMs;
    }

    /** 429 is retried, except when it means the account is out of credit; 5xx is retried; the rest is not. */
    static ModelFailure ofStatus(int status, String body, String retryAfterMs, String retryAfter) {
        boolean quota = body != null && body.contains("insufficient_quota");
        boolean retry = (status == 429 && !quota) || status >= 500 || status == 408;
        long wait = 0;
        try {
            if (retryAfterMs != null) wait = Long.parseLong(retryAfterMs.trim());
            else if (retryAfter != null) wait = (long) (Double.parseDouble(retryAfter.trim()) * 1000);
        } catch (NumberFormatException e) {
            wait = 0;
        }
        return new ModelFailure("the model answered " + status, retry, wait);
    }
}
