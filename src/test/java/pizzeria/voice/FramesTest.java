package pizzeria.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FramesTest {
    @Test
    @DisplayName("audio cut in chunks of any size comes out as whole frames, byte for byte, the tail padded with silence at the end")
    void wholeFramesInOrder() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            Frames frames = new Frames();
            ByteArrayOutputStream in = new ByteArrayOutputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int chunks = 1 + random.nextInt(8);
            for (int c = 0; c < chunks; c++) {
                byte[] chunk = new byte[random.nextInt(700)];
                random.nextBytes(chunk);
                in.writeBytes(chunk);
                byte[] run = frames.add(chunk);
                assertThat(run.length % Frames.SIZE).isZero();
                out.writeBytes(run);
            }
            byte[] last = frames.flush();
            assertThat(last.length).isIn(0, Frames.SIZE);
            out.writeBytes(last);
            byte[] sent = out.toByteArray();
            byte[] said = in.toByteArray();
            assertThat(sent.length).isEqualTo((said.length + Frames.SIZE - 1) / Frames.SIZE * Frames.SIZE);
            for (int i = 0; i < sent.length; i++) assertThat(sent[i]).isEqualTo(i < said.length ? said[i] : Frames.SILENCE);
        }
    }

    @Test
    @DisplayName("cleared (barge-in), the tail is dropped: nothing of it comes out with the next audio")
    void clearDropsTail() {
        Frames frames = new Frames();
        frames.add(new byte[100]);
        frames.clear();
        assertThat(frames.flush()).isEmpty();
        assertThat(frames.add(new byte[170])).hasSize(160);
    }
}
