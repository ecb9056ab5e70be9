package pizzeria.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NameReaderTest {
    @Test
    @DisplayName("reads a name however the caller introduces it")
    void names() {
        assertThat(NameReader.read(Words.tokens("Mike"))).contains("Mike");
        assertThat(NameReader.read(Words.tokens("it's Mike Jones"))).contains("Mike Jones");
        assertThat(NameReader.read(Words.tokens("yeah, put it under Priya please"))).contains("Priya");
        assertThat(NameReader.read(Words.tokens("my name is o'brien"))).contains("O'brien");
    }
}
