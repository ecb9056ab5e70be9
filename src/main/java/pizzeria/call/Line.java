package pizzeria.call;

/**
 * Every sentence the gateway itself says word for word, whatever the tenant. Being fixed, each is
 * synthesised once per tenant version and voice and played from the phrase cache after that.
 */
public enum Line {
    WHAT_CAN_I_GET("What can I get for you?"),
    DID_NOT_CATCH("Sorry, I didn't catch that."),
    WHAT_TO_CHANGE("Okay, what would you like to change?"),
    DELIVERY_ADDRESS("What's the delivery address, with the zip code?"),
    PICKUP_NOTED("Pickup, got it."),
    NOTHING_ORDERED_YET("You haven't ordered anything yet."),
    /** Said before a question the caller went past with "that's all". */
    ONE_MORE_THING("Just one thing before I read it back."),
    NO_SUCH_LINE("I don't see that in your order."),
    NOTHING_YET("Nothing yet."),
    PICKUP_ONLY("Sorry, we don't deliver; it's pickup only."),
    PICK_UP_INSTEAD("Would you like to pick it up instead?"),
    PRICE_NEEDS_STAFF("Let me get someone to help with that price."),
    CONNECTING("Sure, let me connect you with someone at the restaurant."),
    ONE_MOMENT("One moment."),
    ORDER_NOT_STORED("I'm sorry, I couldn't put the order through."),
    CONNECTING_AFTER_FAILURE("Let me connect you with someone who can."),
    CANCELLED("Okay, I've cancelled that order."),
    STILL_THERE("Are you still there?"),
    /** The choices spelt out, the second time a phase makes no progress. */
    CHOOSE_YES_NO_ORDER("If that's right, please say yes; to change something, say no."),
    CHOOSE_YES_NO_PLACE("To put the order in, please say yes; to change something, say no."),
    CHOOSE_FULFILLMENT("Please say pickup, or delivery and the address."),
    CHOOSE_NAME("Please tell me just the name for the order."),
    LETTING_GO("I'll let you go."),
    CALL_BACK("Please call back any time!"),
    /** To a number no restaurant answers (said by the telephony webhook, before any call exists). */
    NUMBER_NOT_TAKING_ORDERS("Sorry, this number is not taking orders right now. Goodbye."),
    /** Every line busy and no staff line to hand the caller to. */
    LINES_BUSY("Sorry, all our lines are busy right now. Please call back in a few minutes. Goodbye.");

    private final String text;

    Line(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
