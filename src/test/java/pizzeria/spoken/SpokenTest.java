package pizzeria.spoken;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SpokenTest {
    @Test
    @DisplayName("prices read as a person says them")
    void prices() {
        assertThat(Spoken.money(2150)).isEqualTo("twenty-one dollars and fifty cents");
        assertThat(Spoken.money(1900)).isEqualTo("nineteen dollars");
        assertThat(Spoken.money(75)).isEqualTo("seventy-five cents");
        assertThat(Spoken.money(101)).isEqualTo("one dollar and one cent");
        assertThat(Spoken.money(123456)).isEqualTo("one thousand two hundred thirty-four dollars and fifty-six cents");
    }

    @Test
    @DisplayName("lists and choices join with 'and' and 'or'")
    void lists() {
        assertThat(Spoken.list(List.of("a", "b", "c"))).isEqualTo("a, b and c");
        assertThat(Spoken.choices(List.of("mild", "hot"))).isEqualTo("mild or hot");
        assertThat(Spoken.count(1, "order")).isEqualTo("an");
        assertThat(Spoken.count(3, "order")).isEqualTo("three");
    }
}
