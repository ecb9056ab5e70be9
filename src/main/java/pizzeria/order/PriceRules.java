package pizzeria.order;

import java.math.BigDecimal;
import java.util.Set;

/** A tenant's money rules beyond item prices: tax, delivery, and how many of one item is sane. */
public record PriceRules(BigDecimal taxRate, boolean deliveryOffered, int deliveryFeeCents, int deliveryMinimumCents,
                         Set<String> deliveryZips, int quantityToConfirm, int quantityLimit) {
    public PriceRules {
        deliveryZips = Set.copyOf(deliveryZips);
    }
}
