package pizzeria.call;

/** Who is calling whom, over which channel, and the ids the call and its order go by. */
public record CallIdentity(String callId, String orderId, String channel, String from, String to) {
}
