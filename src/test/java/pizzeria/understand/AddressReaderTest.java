package pizzeria.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AddressReaderTest {
    @Test
    @DisplayName("finds the street and the zip in a spoken delivery answer")
    void streetAndZip() {
        String said = "delivery, to 221 Washington Street, Hoboken, 07030";
        assertThat(AddressReader.street(said)).contains("221 Washington Street");
        assertThat(AddressReader.zip(said)).contains("07030");
    }

    @Test
    @DisplayName("finds a street without commas by its street word")
    void noCommas() {
        assertThat(AddressReader.street("deliver it to 12 main st hoboken 07030")).contains("12 Main St");
    }

    @Test
    @DisplayName("a zip code alone is not a street")
    void zipAlone() {
        assertThat(AddressReader.street("07030")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void numberedStreetNames() {
        org.assertj.core.api.Assertions.assertThat(AddressReader.street("to 412 7th avenue apartment 3 11215")).contains("412 7th Avenue");
    }
}
