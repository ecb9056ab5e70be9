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

    @Test
    @DisplayName("a title keeps its period; an answer made of common words is no name")
    void titlesAndNonNames() {
        assertThat(NameReader.read(Words.tokens("Ms. Gomez"))).contains("Ms. Gomez");
        assertThat(NameReader.read(Words.tokens("it's for dr. patel"))).contains("Dr. Patel");
        assertThat(NameReader.read(Words.tokens("is anybody there I can talk to"))).isEmpty();
        assertThat(NameReader.read(Words.tokens("what was that last part"))).isEmpty();
    }
}
