package pizzeria.voice;

import java.util.ArrayList;
import java.util.List;
import pizzeria.tenant.Tenant;

/** Words to favour while the caller gives a delivery address: the zones' zip codes and street words. */
final class Vocabulary {
    private Vocabulary() { }

    static List<String> address(Tenant tenant) {
        List<String> out = new ArrayList<>(List.of("pickup", "delivery", "street", "avenue", "road", "boulevard",
                "apartment", "place", "lane", "drive"));
        out.addAll(tenant.priceRules().deliveryZips());
        out.add(tenant.name());
        return out;
    }
}
