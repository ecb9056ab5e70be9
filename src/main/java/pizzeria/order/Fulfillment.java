package pizzeria.order;

/** How the order reaches the caller. {@code address} and {@code zip} are null for pickup. */
public record Fulfillment(Type type, String address, String zip) {
    public enum Type { PICKUP, DELIVERY;
        public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public static Fulfillment pickup() {
        return new Fulfillment(Type.PICKUP, null, null);
    }

    public static Fulfillment delivery(String address, String zip) {
        return new Fulfillment(Type.DELIVERY, address, zip);
    }
}
