package pizzeria.voice;

import java.util.Arrays;

/**
 * Cuts audio of any length into whole 20 ms mu-law frames (160 bytes), as Twilio plays them reliably:
 * never a partial frame; the tail is kept for the next bytes, or padded with silence at a sentence end.
 * Whole frames come back as one run a chunk, not one array a frame: a reply waits in the speaker for seconds,
 * and at a thousand calls per-frame arrays are the objects every young collection would copy.
 */
public final class Frames {
    public static final int SIZE = 160;
    public static final byte SILENCE = (byte) 0xFF;
    private static final byte[] NONE = new byte[0];

    private byte[] tail = NONE;

    /** The whole frames the new bytes complete, back to back (empty when they complete none). */
    public byte[] add(byte[] audio) {
        int total = tail.length + audio.length;
        int whole = total / SIZE * SIZE;
        byte[] run;
        if (tail.length == 0 && whole == audio.length) {
            run = audio; // already whole frames: kept as they are (a cached sentence is never written to)
        } else {
            run = new byte[whole];
            int fromTail = Math.min(tail.length, whole);
            System.arraycopy(tail, 0, run, 0, fromTail);
            System.arraycopy(audio, 0, run, fromTail, whole - fromTail);
        }
        byte[] rest = new byte[total - whole];
        int restFromTail = Math.max(0, tail.length - whole);
        System.arraycopy(tail, tail.length - restFromTail, rest, 0, restFromTail);
        System.arraycopy(audio, audio.length - (rest.length - restFromTail), rest, restFromTail, rest.length - restFromTail);
        tail = rest.length == 0 ? NONE : rest;
        return run;
    }

    /** The remaining bytes padded with silence to a whole frame (empty when none remain). */
    public byte[] flush() {
        if (tail.length == 0) return NONE;
        byte[] frame = new byte[SIZE];
        Arrays.fill(frame, SILENCE);
        System.arraycopy(tail, 0, frame, 0, tail.length);
        tail = NONE;
        return frame;
    }

    /** Drops what is held (barge-in). */
    public void clear() {
        tail = NONE;
    }
}
