package pizzeria.call;

/** What the caller is being asked for once a reply has been heard: the recogniser's vocabulary follows it. */
public enum Expecting {
    /** Items from the menu (the menu's keyterms). */
    MENU,
    /** Pickup or a delivery address (street words and the delivery zip codes). */
    ADDRESS,
    /** A yes or a no (a read-back, a quantity to confirm). */
    YES_NO,
    /** The name the order goes under. */
    NAME,
    /** Nothing: the call is over. */
    NOTHING
}
