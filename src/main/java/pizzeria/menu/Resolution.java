package pizzeria.menu;

import java.util.List;

/** The menu's answer to an {@link ItemRequest}. */
public sealed interface Resolution {
    /** The request is complete and on the menu. */
    record Priced(PricedItem item) implements Resolution { }

    /**
     * Something the caller must still say. {@code detail} is "size" or a choice group id; {@code choices}
     * are the option ids the caller may pick from and {@code spokenChoices} how they are said.
     */
    record Missing(String detail, String question, List<String> choices, List<String> spokenChoices)
            implements Resolution { }

    /** The request cannot be made from the menu ("the Grandma Pie only comes Sicilian"). */
    record Invalid(String reason) implements Resolution { }
}
