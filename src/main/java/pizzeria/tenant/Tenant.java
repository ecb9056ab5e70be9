package pizzeria.tenant;

import java.time.ZoneId;
import java.util.List;
import pizzeria.flow.PhaseMachine;
import pizzeria.menu.Menu;
import pizzeria.order.PriceRules;

/**
 * One restaurant at one version, built from its YAML file. Immutable: a call holds on to the version
 * it started with while a newer one serves new calls. The source text is not kept (ten thousand tenants
 * would hold 90 MB of it): the admin API reads it from the stored version.
 *
 * @param pickupReadyMinutes null when the tenant offers no pickup section (pickup is still the default)
 * @param smsReceipt {@code notifications.sms_receipt}: a phone caller is texted a receipt of the order placed
 * @param maxConcurrentCalls {@code limits.max_concurrent_calls}: calls in progress at once; null for no limit of its own
 */
public record Tenant(String id, int version, String name, List<String> phoneNumbers, ZoneId timezone,
                     String transferNumber, OpeningHours hours, Voice voice, Integer pickupReadyMinutes,
                     Integer deliveryReadyMinutes, PriceRules priceRules, List<String> keyterms, Menu menu,
                     PhaseMachine phases, boolean smsReceipt, Integer maxConcurrentCalls) {

    public record Voice(String greeting, String closedMessage, String ttsVoice, String language) { }

    /** A tenant that texts no receipts (the default, and what tests that predate notifications build). */
    public Tenant(String id, int version, String name, List<String> phoneNumbers, ZoneId timezone,
                  String transferNumber, OpeningHours hours, Voice voice, Integer pickupReadyMinutes,
                  Integer deliveryReadyMinutes, PriceRules priceRules, List<String> keyterms, Menu menu,
                  PhaseMachine phases) {
        this(id, version, name, phoneNumbers, timezone, transferNumber, hours, voice, pickupReadyMinutes,
                deliveryReadyMinutes, priceRules, keyterms, menu, phases, false, null);
    }

    public Tenant {
        phoneNumbers = List.copyOf(phoneNumbers);
        keyterms = List.copyOf(keyterms);
    }

    public Tenant withVersion(int v) {
        return new Tenant(id, v, name, phoneNumbers, timezone, transferNumber, hours, voice, pickupReadyMinutes,
                deliveryReadyMinutes, priceRules, keyterms, menu, phases, smsReceipt, maxConcurrentCalls);
    }

    /** The Postgres schema holding this tenant's orders and calls; built only from the validated id. */
    public String schema() {
        return schemaOf(id);
    }

    /** Whether {@code id} can be a tenant's id: 2 to 40 lower-case letters, digits or dashes (it names a schema). */
    public static boolean isValidId(String id) {
        return id != null && id.matches("[a-z0-9-]{2,40}");
    }

    public static String schemaOf(String tenantId) {
        if (!isValidId(tenantId)) throw new IllegalArgumentException("bad tenant id " + tenantId);
        return "t_" + tenantId.replace('-', '_');
    }
}
