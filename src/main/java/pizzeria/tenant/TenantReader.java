package pizzeria.tenant;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pizzeria.config.ConfigNode;
import pizzeria.flow.PhaseRule;
import pizzeria.menu.Menu;
import pizzeria.menu.MenuItem;
import pizzeria.menu.MenuPlugin;
import pizzeria.menu.MenuSection;
import pizzeria.order.PriceRules;

/** Reads the top level of one tenant file; problems go on the nodes, the parser adds their lines. */
final class TenantReader {
    private static final String E164 = "^\\+[1-9]\\d{6,14}$";

    private final PluginCatalog plugins;
    private final ConfigNode root;

    TenantReader(PluginCatalog plugins, ConfigNode root) {
        this.plugins = plugins;
        this.root = root;
    }

    Tenant read(List<PhaseRule> phases) {
        String id = root.text("id");
        if (!Tenant.isValidId(id)) root.get("id").problem("must be 2 to 40 lower-case letters, digits or dashes");
        List<String> numbers = phoneNumbers();
        ZoneId zone = zone();
        String transfer = root.text("transfer_number");
        if (!transfer.isEmpty() && !transfer.matches(E164)) root.get("transfer_number").problem("must be an E.164 number like +12015550199");
        OpeningHours hours = HoursReader.read(root.get("hours"), root.get("closures"), root.get("special_hours"));
        ConfigNode f = root.get("fulfillment");
        Integer pickupMinutes = f.get("pickup").get("ready_minutes").optInt(0, 600).orElse(null);
        ConfigNode d = f.get("delivery");
        Integer deliveryMinutes = d.get("ready_minutes").optInt(0, 600).orElse(null);
        Tenant.Voice voice = voice();
        List<String> used = usedPlugins();
        Menu menu = menu(used);
        ConfigNode limits = root.get("limits");
        limits.known("max_concurrent_calls");   // the CONTRACT's per-tenant call limit, taken where calls are admitted
        PriceRules rules = new PriceRules(taxRate(), !d.isMissing(), d.isMissing() ? 0 : d.cents("fee_cents"),
                d.isMissing() ? 0 : d.cents("minimum_cents"), zips(d),
                limits.get("confirm_quantity_over").optInt(1, 1000).orElse(20), limits.get("max_quantity").optInt(1, 1000).orElse(100));
        return new Tenant(id, 0, root.text("name"), numbers, zone, transfer, hours, voice, pickupMinutes, deliveryMinutes,
                rules, keyterms(menu), menu, TenantParser.machine(phases),
                root.get("notifications").get("sms_receipt").bool(false),
                limits.get("max_concurrent_calls").optInt(1, 1_000_000).orElse(null));
    }

    private List<String> phoneNumbers() {
        List<String> numbers = new ArrayList<>();
        List<ConfigNode> nodes = root.get("phone_numbers").elements();
        if (nodes.isEmpty()) root.get("phone_numbers").problem("needs at least one number");
        for (ConfigNode n : nodes) {
            String number = n.text();
            if (!number.matches(E164)) n.problem("'" + number + "' is not an E.164 number like +12015550100");
            else if (numbers.contains(number)) n.problem(number + " is listed twice");
            else numbers.add(number);
        }
        return numbers;
    }

    private ZoneId zone() {
        String tz = root.text("timezone");
        try {
            return ZoneId.of(tz);
        } catch (DateTimeException e) {
            if (!tz.isEmpty()) root.get("timezone").problem("'" + tz + "' is not a time zone like America/New_York");
            return ZoneId.of("UTC");
        }
    }

    private BigDecimal taxRate() {
        ConfigNode node = root.get("tax_rate");
        if (node.isMissing() || !node.json().isNumber()) { node.problem("is required: a decimal like 0.06625"); return BigDecimal.ZERO; }
        BigDecimal rate = node.json().decimalValue();
        if (rate.signum() < 0 || rate.compareTo(new BigDecimal("0.5")) > 0) node.problem("must be between 0 and 0.5");
        return rate;
    }

    private Set<String> zips(ConfigNode delivery) {
        Set<String> zips = new HashSet<>();
        for (ConfigNode z : delivery.get("zip_codes").elements()) {
            String zip = z.text();
            if (!zip.matches("\\d{5}")) z.problem("'" + zip + "' is not a 5-digit zip code");
            zips.add(zip);
        }
        if (!delivery.isMissing() && zips.isEmpty()) delivery.get("zip_codes").problem("delivery needs the zip codes it serves");
        return zips;
    }

    private Tenant.Voice voice() {
        ConfigNode v = root.get("voice");
        String closed = v.optText("closed_message").orElse("Thanks for calling {restaurant_name}. We're closed right now; our hours today are {hours_today}.");
        PhaseRulesReader.templateFields(v.get("closed_message"), closed);
        return new Tenant.Voice(v.text("greeting"), closed, v.optText("tts_voice").orElse(null), v.optText("language").orElse("en"));
    }

    private List<String> usedPlugins() {
        List<String> used = new ArrayList<>();
        for (ConfigNode p : root.get("plugins").elements()) {
            String id = p.text();
            if (plugins.get(id).isEmpty()) p.problem("unknown plugin '" + id + "'; available: " + plugins.ids());
            used.add(id);
        }
        return used;
    }

    private Menu menu(List<String> used) {
        List<MenuSection> sections = new ArrayList<>();
        List<ConfigNode> nodes = root.get("menu").elements();
        if (nodes.isEmpty()) root.get("menu").problem("needs at least one section");
        Map<String, String> owner = new LinkedHashMap<>();
        for (ConfigNode s : nodes) {
            String pluginId = s.text("plugin");
            Optional<MenuPlugin> plugin = plugins.get(pluginId);
            if (!used.contains(pluginId)) s.get("plugin").problem("'" + pluginId + "' is not listed in plugins " + used);
            if (plugin.isEmpty()) continue;
            try {
                MenuSection section = plugin.get().build(s);
                for (MenuItem i : section.items()) {
                    String before = owner.putIfAbsent(i.id(), s.path());
                    if (before != null) s.problem("item id '" + i.id() + "' is already used in " + before);
                }
                sections.add(section);
            } catch (RuntimeException e) {
                s.problem("the " + pluginId + " plugin could not read this section: " + e);
            }
        }
        Menu menu = new Menu(sections);
        sections.forEach(s -> s.crossCheck(menu, root.problems()));
        return menu;
    }

    private List<String> keyterms(Menu menu) {
        Map<String, String> seen = new LinkedHashMap<>();
        root.texts("keyterms").forEach(k -> seen.putIfAbsent(k.toLowerCase(Locale.ROOT), k));
        menu.sections().forEach(s -> s.keyterms().forEach(k -> seen.putIfAbsent(k.toLowerCase(Locale.ROOT), k)));
        return List.copyOf(seen.values());
    }
}
