package pizzeria.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    @DisplayName("numbers in words or digits become one token, so '2-liter' and 'two liter' match")
    void numbers() {
        assertThat(Words.join(Words.tokens("Two-liter of Diet Coke"))).isEqualTo("2 liter of diet coke");
        assertThat(Words.join(Words.tokens("twenty four piece wings"))).isEqualTo("24 piece wings");
        assertThat(Words.tokens("twenty four").get(0).number()).isEqualTo(24);
    }

    @Test
    @DisplayName("punctuation becomes a boundary and apostrophes stay inside words")
    void punctuation() {
        assertThat(Words.join(Words.tokens("No, that's all."))).isEqualTo("no , that's all ,");
        assertThat(Words.join(Words.tokens("Tony’s & wings?"))).isEqualTo("tony's and wings ,");
    }

    @Test
    @DisplayName("hundreds and thousands are read whole, so a misheard 'two thousand' is never just 'two'")
    void largeNumbers() {
        assertThat(Words.tokens("two thousand pies").get(0).number()).isEqualTo(2000);
        assertThat(Words.tokens("a hundred and fifty").get(1).number()).isEqualTo(100);
        assertThat(Words.join(Words.tokens("two twelve piece wings"))).isEqualTo("2 12 piece wings");
        assertThat(Words.join(Words.tokens("2 12 piece"))).isEqualTo("2 12 piece");
    }

    @Test
    @DisplayName("millions and billions are numbers too (capped, never wrapping round), and a number said or typed negative stays negative")
    void hugeAndNegativeNumbers() {
        assertThat(Words.join(Words.tokens("a billion pies"))).isEqualTo("a 999999 pies");
        assertThat(Words.tokens("two million").get(0).number()).isEqualTo(999_999);
        assertThat(Words.tokens("billion billion billion trillion").get(0).number()).isEqualTo(999_999);
        assertThat(Words.tokens("minus 5 pies").get(0).number()).isEqualTo(-5);
        assertThat(Words.tokens("negative five pies").get(0).number()).isEqualTo(-5);
        assertThat(Words.tokens("-5 pies").get(0).number()).isEqualTo(-5);
        assertThat(Words.join(Words.tokens("a 2-liter"))).as("a dash between words is no minus").isEqualTo("a 2 liter");
        assertThat(Words.join(Words.tokens("minus the onions"))).isEqualTo("minus the onions");
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("hears quantities said without a number: a dozen, half a dozen, a couple of, a pair of")
    void saidQuantities() {
        org.assertj.core.api.Assertions.assertThat(Words.join(Words.tokens("a dozen wings and half a dozen garlic knots")))
                .isEqualTo("12 wings and 6 garlic knots");
        org.assertj.core.api.Assertions.assertThat(Words.join(Words.tokens("a couple of cokes, a pair of calzones, couple slices")))
                .isEqualTo("2 of cokes , 2 calzones , 2 slices".replace("2 of", "2"));
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("ordinary words a recogniser heard right are never bent into menu words; near-misses still are")
    void fuzzyGuards() {
        org.assertj.core.api.Assertions.assertThat(FuzzyWord.same("think", "thick")).isFalse();
        org.assertj.core.api.Assertions.assertThat(FuzzyWord.same("comes", "cokes")).isFalse();
        org.assertj.core.api.Assertions.assertThat(FuzzyWord.same("sliced", "spiced")).isFalse();
        org.assertj.core.api.Assertions.assertThat(FuzzyWord.same("bunch", "lunch")).isFalse();
        org.assertj.core.api.Assertions.assertThat(FuzzyWord.same("try", "fry")).isFalse();
        org.assertj.core.api.Assertions.assertThat(FuzzyWord.same("peperoni", "pepperoni")).isTrue();
        org.assertj.core.api.Assertions.assertThat(FuzzyWord.same("zeppoli", "zeppole")).isTrue();
        org.assertj.core.api.Assertions.assertThat(FuzzyWord.same("mushroms", "mushrooms")).isTrue();
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("no guarded word (ordinary English, carrier words) is bent into any word of four menus unlike each other")
    void guardedWordsNeverBend() {
        java.util.Set<String> menuWords = new java.util.TreeSet<>();
        for (String file : java.util.List.of("../shared/spec/restaurant.example.yaml", "../shared/corpus/pizza/pizza-dataset.yaml",
                "src/test/resources/corpus/blind/wings-and-subs.yaml", "src/test/resources/corpus/blind/taqueria.yaml")) {
            var menu = pizzeria.testing.Tenants.parse(java.nio.file.Path.of(file)).menu();
            for (var section : menu.sections()) {
                for (var term : section.grammar().terms()) Words.tokens(term.phrase()).forEach(t -> menuWords.add(t.text()));
            }
        }
        java.util.Set<String> guarded = new java.util.TreeSet<>(FuzzyWord.ORDINARY);
        guarded.addAll(MentionReader.FILLER);
        java.util.List<String> bent = new java.util.ArrayList<>();
        for (String heard : guarded) {
            for (String menu : menuWords) {
                boolean sameWord = heard.equals(menu) || menu.equals(heard + "s") || heard.equals(menu + "s") || menu.equals(heard + "es");
                if (!sameWord && FuzzyWord.same(heard, menu)) bent.add(heard + " -> " + menu);
            }
        }
        org.assertj.core.api.Assertions.assertThat(bent).isEmpty();
    }
}
