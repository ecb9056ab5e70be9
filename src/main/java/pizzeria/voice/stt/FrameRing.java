package pizzeria.voice.stt;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The last frames of caller audio, oldest first, copied into one array a call instead of kept as one array a
 * frame. A thousand calls each keep a second or more of audio for replay; as separate 160-byte arrays that is
 * some 200,000 objects a young collection must copy on every pass (60-100 ms pauses at 1,000 calls, every call
 * frozen). One array is written in place and copied once at most. It grows as an utterance needs it, up to
 * {@code maxFrames}, and shrinks back when emptied so a long utterance does not keep its room for the rest
 * of the call. Frames may differ in length: a slot holds the longest seen.
 */
public final class FrameRing {
    private final int maxFrames;
    private final int initialFrames;
    private int slot;
    private byte[] bytes;
    private int[] lengths;
    /** Slot of the oldest frame. */
    private int head;
    private int size;

    /** @param initialFrames the room kept when empty; @param maxFrames the most kept (the oldest go first) */
    public FrameRing(int initialFrames, int maxFrames) {
        if (initialFrames < 1 || maxFrames < initialFrames) throw new IllegalArgumentException(initialFrames + ", " + maxFrames);
        this.initialFrames = initialFrames;
        this.maxFrames = maxFrames;
        this.slot = 160;
        this.bytes = new byte[initialFrames * slot];
        this.lengths = new int[initialFrames];
    }

    public int size() {
        return size;
    }

    /** Adds a copy of {@code frame} as the newest; the oldest goes when {@code maxFrames} are kept. */
    public void add(byte[] frame) {
        if (frame.length > slot) relayout(capacity(), frame.length);
        if (size == maxFrames) dropOldest();
        if (size == capacity()) relayout(Math.min(maxFrames, capacity() * 2), slot);
        int at = (head + size) % capacity();
        System.arraycopy(frame, 0, bytes, at * slot, frame.length);
        lengths[at] = frame.length;
        size++;
    }

    public void dropOldest() {
        if (size == 0) return;
        head = (head + 1) % capacity();
        size--;
    }

    /** Empties the ring, giving back any room an utterance grew it to. */
    public void clear() {
        head = 0;
        size = 0;
        if (capacity() > initialFrames) {
            bytes = new byte[initialFrames * slot];
            lengths = new int[initialFrames];
        }
    }

    /** Each frame, oldest first, as a fresh copy. */
    public void forEach(Consumer<byte[]> frame) {
        for (int i = 0; i < size; i++) {
            int at = (head + i) % capacity();
            frame.accept(Arrays.copyOfRange(bytes, at * slot, at * slot + lengths[at]));
        }
    }

    int capacity() {
        return lengths.length;
    }

    /** Copies the frames, oldest first, into {@code frames} slots of {@code slotBytes}. */
    private void relayout(int frames, int slotBytes) {
        byte[] newBytes = new byte[frames * slotBytes];
        int[] newLengths = new int[frames];
        for (int i = 0; i < size; i++) {
            int at = (head + i) % capacity();
            System.arraycopy(bytes, at * slot, newBytes, i * slotBytes, lengths[at]);
            newLengths[i] = lengths[at];
        }
        bytes = newBytes;
        lengths = newLengths;
        slot = slotBytes;
        head = 0;
    }
}
