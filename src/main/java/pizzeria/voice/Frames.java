package pizzeria.voice;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts audio of any length into whole 20 ms mu-law frames (160 bytes), as Twilio plays them reliably:
 * never a partial frame; the tail is kept for the next bytes, or padded with silence at a sentence end.
 */
public final class Frames {
    public static final int SIZE = 160;
    public static final byte SILENCE = (byte) 0xFF;

    private final ByteArrayOutputStream tail = new ByteArrayOutputStream();

    /** The whole frames the new bytes complete. */
    public List<byte[]> add(byte[] audio) {
        tail.writeBytes(audio);
        byte[] all = tail.toByteArray();
        List<byte[]> frames = new ArrayList<>();
        int whole = all.length / SIZE * SIZE;
        for (int i = 0; i < whole; i += SIZE) frames.add(Arrays.copyOfRange(all, i, i + SIZE));
        tail.reset();
        tail.write(all, whole, all.length - whole);
        return frames;
    }

    /** The remaining bytes padded with silence to a whole frame, if any remain. */
    public List<byte[]> flush() {
        if (tail.size() == 0) return List.of();
        byte[] frame = new byte[SIZE];
        Arrays.fill(frame, SILENCE);
        byte[] rest = tail.toByteArray();
        System.arraycopy(rest, 0, frame, 0, rest.length);
        tail.reset();
        return List.of(frame);
    }

    /** Drops what is held (barge-in). */
    public void clear() {
        tail.reset();
    }
}
