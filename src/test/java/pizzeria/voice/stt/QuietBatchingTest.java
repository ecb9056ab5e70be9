package pizzeria.voice.stt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class QuietBatchingTest {
    private static byte[] frame(int code) {
        byte[] f = new byte[160];
        Arrays.fill(f, (byte) code);
        return f;
    }

    @Test
    void speechAndTheSecondAfterItGoFrameByFrameLongQuietMayWait() {
        QuietBatching batching = new QuietBatching();
        assertThat(batching.mayWait(frame(0x10))).as("speech").isFalse();
        for (int i = 0; i < QuietBatching.QUIET_FRAMES_BEFORE_BATCHING; i++) {
            assertThat(batching.mayWait(frame(0xFF))).as("quiet frame %d after speech", i + 1).isFalse();
        }
        assertThat(batching.mayWait(frame(0xFF))).as("long quiet").isTrue();
        assertThat(batching.mayWait(frame(0x10))).as("speech again sends at once").isFalse();
        assertThat(batching.mayWait(frame(0xFF))).as("right after speech").isFalse();
    }

    @Test
    void lineNoiseIsQuietSpeechLevelsAreLoud() {
        // mu-law 0xFF and 0x7F are zero; 0xF0 is 120 (about -49 dBFS); 0xD0 is 876 (about -31 dBFS).
        assertThat(QuietBatching.loud(frame(0xFF))).isFalse();
        assertThat(QuietBatching.loud(frame(0x7F))).isFalse();
        assertThat(QuietBatching.loud(frame(0xF0))).isFalse();
        assertThat(QuietBatching.loud(frame(0xD0))).isTrue();
        assertThat(QuietBatching.loud(frame(0x10))).isTrue();
    }
}
