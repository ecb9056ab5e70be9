package pizzeria.plugin.items;

/** What a word says about a simple item. */
sealed interface ItemWord {
    /** A size by its spoken name ("dozen", "twelve piece"), for any item that has a size so named. */
    record SizeName(String phrase) implements ItemWord { }

    /** An option of a choice group ("hot" for the sauce). */
    record Choice(String group, String option) implements ItemWord { }

    /** "instead of blue cheese": that option is not wanted; the one said beside it is. */
    record Instead(String group, String option) implements ItemWord { }
}
