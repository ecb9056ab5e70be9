package pizzeria.order;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The tools an understander may call. Global ones are allowed in every phase. */
public enum Tool {
    ADD_ITEM(false), REMOVE_ITEM(false), CHANGE_ITEM(false), DONE_ORDERING(false), CONFIRM_ORDER(false),
    SET_CUSTOMER_NAME(false), SET_FULFILLMENT(false), PLACE_ORDER(false),
    ANSWER_QUESTION(true), TRANSFER_TO_STAFF(true), REPEAT(true), CANCEL_ORDER(true);

    private final boolean global;

    Tool(boolean global) { this.global = global; }

    public boolean global() { return global; }

    /** The name used in configuration and in the language model's tool list ("add_item"). */
    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<Tool> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }
}
