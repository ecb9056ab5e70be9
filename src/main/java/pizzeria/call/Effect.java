package pizzeria.call;

/** What a step of the conversation asks the world to do; the conversation itself does none of it. */
public sealed interface Effect {
    /** Commit this order before the caller hears it is in; answer with {@link CallEvent.OrderStored} or {@link CallEvent.OrderFailed}. */
    record PlaceOrder(PlacedOrder order) implements Effect { }

    /** Write the call's record as it now stands. */
    record SaveRecord() implements Effect { }

    /** Hand the call to this number once the reply has been heard. */
    record Transfer(String number) implements Effect { }

    /** Hang up once the reply has been heard. */
    record EndCall() implements Effect { }
}
