package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeytermsTest {
    @Test
    @DisplayName("keeps the most important terms within the provider's 100 terms and 500 tokens, without duplicates")
    void fits() {
        List<String> ranked = new ArrayList<>(List.of("Tony's", "tony's", "garlic knots"));
        for (int i = 0; i < 300; i++) ranked.add("extraordinarily long menu item number " + i);
        List<String> fitted = Keyterms.fit(ranked);
        assertThat(fitted).startsWith("Tony's", "garlic knots").doesNotContain("tony's");
        assertThat(fitted.size()).isLessThanOrEqualTo(Keyterms.MAX_TERMS);
        assertThat(fitted.stream().mapToInt(Keyterms::tokens).sum()).isLessThanOrEqualTo(Keyterms.MAX_TOKENS);
    }
}
