package pizzeria.tenancy;

import pizzeria.tenant.Tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pizzeria.testing.Tenants;

class TenantRegistryTest {
    private final Tenant tony = Tenants.reference();

    private Tenant copy(String id, List<String> numbers, int version) {
        return new Tenant(id, version, tony.name(), numbers, tony.timezone(), tony.transferNumber(), tony.hours(), tony.voice(),
                tony.pickupReadyMinutes(), tony.deliveryReadyMinutes(), tony.priceRules(), tony.keyterms(), tony.menu(),
                tony.phases());
    }

    @Test
    @DisplayName("routes by number; a number claimed by another tenant is a conflict and is refused")
    void routingAndConflicts() {
        TenantRegistry r = new TenantRegistry();
        r.put(copy("a", List.of("+15550001", "+15550002"), 1));
        assertThat(r.byNumber("+15550002")).map(Tenant::id).contains("a");
        Tenant b = copy("b", List.of("+15550002"), 1);
        assertThat(r.conflicts(b)).containsExactly("+15550002 already belongs to tenant a");
        assertThatThrownBy(() -> r.put(b)).isInstanceOf(IllegalArgumentException.class);
        r.remove("a");
        assertThat(r.byNumber("+15550001")).isEmpty();
        r.put(b);
        assertThat(r.byNumber("+15550002")).map(Tenant::id).contains("b");
    }

    @Test
    @DisplayName("a new version takes over its numbers while a call keeps the version it holds")
    void swap() {
        TenantRegistry r = new TenantRegistry();
        r.put(copy("a", List.of("+15550001", "+15550002"), 1));
        Tenant held = r.byNumber("+15550001").orElseThrow();
        r.put(copy("a", List.of("+15550001"), 2));
        assertThat(held.version()).isEqualTo(1);
        assertThat(r.byNumber("+15550001")).map(Tenant::version).contains(2);
        assertThat(r.byNumber("+15550002")).isEmpty();
    }
}
