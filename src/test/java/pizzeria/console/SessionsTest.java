package pizzeria.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Console sessions: random ids and CSRF tokens of 256 bits, kept server side, gone when they expire or sign out. */
@DisplayName("Console sessions")
class SessionsTest {
    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-24T12:00:00Z");
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    @DisplayName("ids are random and long, each session has its own CSRF token, and a session expires")
    void expire() {
        MovingClock clock = new MovingClock();
        Sessions sessions = new Sessions(clock);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100; i++) ids.add(sessions.open(false, "tonys-pizza").id());
        assertThat(ids).hasSize(100).allSatisfy(id -> assertThat(java.util.Base64.getUrlDecoder().decode(id)).hasSize(32));
        Sessions.Session s = sessions.open(false, "tonys-pizza");
        assertThat(s.csrf()).isNotEqualTo(s.id()).hasSize(43);
        assertThat(s.mayUse("tonys-pizza")).isTrue();
        assertThat(s.mayUse("slice-shack")).isFalse();
        assertThat(sessions.find(s.id())).contains(s);
        clock.now = clock.now.plus(Sessions.LIFETIME);
        assertThat(sessions.find(s.id())).as("expired").isEmpty();
        Sessions.Session t = sessions.open(true, null);
        sessions.close(t.id());
        assertThat(sessions.find(t.id())).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
        assertThat(Sessions.same("abc", "abc")).isTrue();
        assertThat(Sessions.same("abc", "abd")).isFalse();
        assertThat(Sessions.same("abc", null)).isFalse();
    }
}
