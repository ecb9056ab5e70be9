package pizzeria.config;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a configuration so the author sees them all at once, not one per upload. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(String path, String message) {
        list.add(new Problem(path, message));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> all() {
        return List.copyOf(list);
    }
}
