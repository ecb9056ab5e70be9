package pizzeria.order;

import pizzeria.menu.ItemRequest;

/** One thing an understander wants done, checked by {@link OrderDesk} before it touches the order. */
public sealed interface ToolCall {
    Tool tool();

    /** {@code quantityConfirmed}: the caller already said yes to an unusually large quantity. */
    record AddItem(ItemRequest request, boolean quantityConfirmed) implements ToolCall {
        public AddItem(ItemRequest request) { this(request, false); }
        public Tool tool() { return Tool.ADD_ITEM; }
    }

    record RemoveItem(LineTarget target) implements ToolCall {
        public Tool tool() { return Tool.REMOVE_ITEM; }
    }

    /** {@code change} holds only what changes (a size, a quantity, options); its item id is ignored. */
    record ChangeItem(LineTarget target, ItemRequest change) implements ToolCall {
        public Tool tool() { return Tool.CHANGE_ITEM; }
    }

    record DoneOrdering() implements ToolCall {
        public Tool tool() { return Tool.DONE_ORDERING; }
    }

    /** The caller's answer to the read-back of the cart: yes confirms it, no reopens ordering. */
    record ConfirmOrder(boolean yes) implements ToolCall {
        public Tool tool() { return Tool.CONFIRM_ORDER; }
    }

    record SetCustomerName(String name) implements ToolCall {
        public Tool tool() { return Tool.SET_CUSTOMER_NAME; }
    }

    /** {@code address} and {@code zip} may be null (pickup, or not said yet). */
    record SetFulfillment(Fulfillment.Type type, String address, String zip) implements ToolCall {
        public Tool tool() { return Tool.SET_FULFILLMENT; }
    }

    /** The caller's yes to the final summary. */
    record PlaceOrder() implements ToolCall {
        public Tool tool() { return Tool.PLACE_ORDER; }
    }

    record CancelOrder() implements ToolCall {
        public Tool tool() { return Tool.CANCEL_ORDER; }
    }

    record TransferToStaff(String reason) implements ToolCall {
        public Tool tool() { return Tool.TRANSFER_TO_STAFF; }
    }

    record AnswerQuestion(Question question) implements ToolCall {
        public Tool tool() { return Tool.ANSWER_QUESTION; }
    }

    record Repeat() implements ToolCall {
        public Tool tool() { return Tool.REPEAT; }
    }
}
