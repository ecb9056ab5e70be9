package pizzeria.config;

/** One thing wrong with a configuration, located by its path ("menu[0].pizzas[2].price_cents"). */
public record Problem(String path, String message) {
}
