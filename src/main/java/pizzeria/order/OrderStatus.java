package pizzeria.order;

public enum OrderStatus {
    OPEN, PLACED, CANCELLED;

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
