package pizzeria.voice.stt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FrameRingTest {
    private static byte[] frame(int n, int length) {
        byte[] f = new byte[length];
        java.util.Arrays.fill(f, (byte) n);
        return f;
    }

    private static List<String> contents(FrameRing ring) {
        List<String> out = new ArrayList<>();
        ring.forEach(f -> out.add(f[0] + "x" + f.length));
        return out;
    }

    @Test
    @DisplayName("keeps frames oldest first, growing past its first room as an utterance goes on")
    void grows() {
        FrameRing ring = new FrameRing(2, 10);
        for (int i = 1; i <= 5; i++) ring.add(frame(i, 160));
        assertThat(contents(ring)).containsExactly("1x160", "2x160", "3x160", "4x160", "5x160");
        assertThat(ring.capacity()).isEqualTo(8);
    }

    @Test
    @DisplayName("at its most, the oldest frame goes for each new one, across the wrap of the ring")
    void dropsOldestAtMost() {
        FrameRing ring = new FrameRing(2, 4);
        for (int i = 1; i <= 7; i++) ring.add(frame(i, 160));
        assertThat(contents(ring)).containsExactly("4x160", "5x160", "6x160", "7x160");
        ring.dropOldest();
        ring.add(frame(8, 160));
        assertThat(contents(ring)).containsExactly("5x160", "6x160", "7x160", "8x160");
    }

    @Test
    @DisplayName("frames of other lengths keep their own length; a longer one widens every slot without losing any")
    void lengths() {
        FrameRing ring = new FrameRing(2, 8);
        ring.add(frame(1, 160));
        ring.add(frame(2, 80));
        ring.dropOldest();
        ring.add(frame(3, 320));
        ring.add(frame(4, 160));
        assertThat(contents(ring)).containsExactly("2x80", "3x320", "4x160");
    }

    @Test
    @DisplayName("a frame added is copied: the caller's array may be reused")
    void copies() {
        FrameRing ring = new FrameRing(2, 4);
        byte[] f = frame(1, 160);
        ring.add(f);
        f[0] = 9;
        assertThat(contents(ring)).containsExactly("1x160");
    }

    @Test
    @DisplayName("emptied, it gives back the room an utterance grew it to, and fills again from the start")
    void clearShrinks() {
        FrameRing ring = new FrameRing(2, 100);
        for (int i = 1; i <= 50; i++) ring.add(frame(i, 160));
        ring.clear();
        assertThat(ring.size()).isZero();
        assertThat(ring.capacity()).isEqualTo(2);
        ring.add(frame(7, 160));
        assertThat(contents(ring)).containsExactly("7x160");
    }
}
