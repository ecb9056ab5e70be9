package pizzeria.voice.stt;

/**
 * Which caller audio may wait before it goes to the recogniser. Once the caller has been quiet for a while
 * (the agent talking, or a pause long after the endpoint was decided), frames can travel several to a
 * message: nothing in them changes what the recogniser decides or when, and a phone call spends much of its
 * time there. Speech and the stretch right after it, where the endpoint and the utterance end are decided,
 * go frame by frame, and the first loud frame sends what waited at once, so barge-in is not delayed.
 */
public final class QuietBatching {
    /** 1.2 s: beyond the recogniser's endpointing (300 ms) and utterance end (1000 ms) windows. */
    static final int QUIET_FRAMES_BEFORE_BATCHING = 60;
    /** 100 ms a message at most while quiet. */
    public static final int MAX_BATCH_FRAMES = 5;
    /** Mean sample magnitude (of 32,124) under which a frame is quiet: about -44 dBFS, above a phone line's
     *  noise floor (about -60 dBFS) and well below speech (-20 to -30 dBFS). */
    private static final int LOUD_MEAN_MAGNITUDE = 200;
    private static final int[] MAGNITUDE = magnitudes();

    private int quietFrames;

    /** True when this frame may wait for more; false when it, and anything that waited, should go now. */
    public boolean mayWait(byte[] frame) {
        if (loud(frame)) {
            quietFrames = 0;
            return false;
        }
        return ++quietFrames > QUIET_FRAMES_BEFORE_BATCHING;
    }

    static boolean loud(byte[] frame) {
        long sum = 0;
        for (byte b : frame) sum += MAGNITUDE[b & 0xFF];
        return frame.length > 0 && sum >= (long) LOUD_MEAN_MAGNITUDE * frame.length;
    }

    /** G.711 mu-law: the linear magnitude each code stands for (sign dropped). */
    private static int[] magnitudes() {
        int[] table = new int[256];
        for (int code = 0; code < 256; code++) {
            int u = ~code & 0xFF;
            int exponent = (u >> 4) & 0x07;
            int mantissa = u & 0x0F;
            table[code] = (((mantissa << 3) + 0x84) << exponent) - 0x84;
        }
        return table;
    }
}
