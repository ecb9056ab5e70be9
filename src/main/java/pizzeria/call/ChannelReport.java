package pizzeria.call;

import java.util.Map;

/** What a channel (the phone) tells the call about itself: how far the caller heard, timings, units for cost. */
public sealed interface ChannelReport {
    /** The caller talked over the last reply and heard only {@code heard} of it. */
    record CutOff(String heard) implements ChannelReport { }

    /** When each stage of the last answered turn happened. */
    record Timed(Map<String, Object> latency) implements ChannelReport { }

    /** One 20 ms frame of caller audio went to the recogniser. */
    record AudioFrame() implements ChannelReport { }

    /** Characters sent to the synthesiser (paid) or played from the phrase cache (free). */
    record Spoken(int characters, boolean fromCache) implements ChannelReport { }

    ChannelReport AUDIO_FRAME = new AudioFrame();
}
