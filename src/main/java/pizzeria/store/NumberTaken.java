package pizzeria.store;

/** A tenant claimed a phone number that the database gives to another tenant: the database decides, the claim fails. */
public final class NumberTaken extends RuntimeException {
    private final String number;
    private final String owner;

    public NumberTaken(String number, String owner) {
        super(number + " already belongs to tenant " + owner);
        this.number = number;
        this.owner = owner;
    }

    public String number() {
        return number;
    }

    public String owner() {
        return owner;
    }
}
