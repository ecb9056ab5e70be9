package pizzeria.bench;

import java.util.List;

/**
 * What the callers' own clocks say about a call: how long after the caller stopped speaking the first audio
 * came back, and whether the audio of each answer kept coming in time to be played without a hole.
 *
 * <p>The caller plays 20 ms a frame from the moment the first frame of an answer arrives. A frame that
 * arrives more than one frame-time after the caller's buffer ran dry leaves a hole the caller hears: a
 * late frame. Several frames may share one media message (and so one arrival time).
 */
final class HeardAnalysis {
    static final double FRAME_MS = 20;

    private HeardAnalysis() { }

    /** Milliseconds from each end of speech to the first frame of the answer to it. */
    static void responseTimes(ScenarioCall.Heard heard, List<Double> out) {
        long[] arrivals = heard.mediaArrivals();
        int a = 0;
        for (long end : heard.speechEnds()) {
            while (a < arrivals.length && arrivals[a] <= end) a++;
            if (a < arrivals.length) out.add((arrivals[a] - end) / 1e6);
        }
    }

    /**
     * Plays each answer (answers split at each end of the caller's speech): adds the gaps between media
     * messages within an answer to {@code messageGaps}, the hole heard before each late frame to {@code holes}
     * and the late frame's arrival (System.nanoTime) to {@code holeArrivals}, to set beside the collectors' logs.
     */
    static void playout(ScenarioCall.Heard heard, List<Double> messageGaps, List<Double> holes, List<Long> holeArrivals) {
        long[] arrivals = heard.mediaArrivals();
        long[] ends = heard.speechEnds();
        int e = 0;
        double dryAt = 0;
        for (int i = 0; i < arrivals.length; i++) {
            double at = arrivals[i] / 1e6;
            boolean newAnswer = i == 0;
            while (e < ends.length && ends[e] < arrivals[i]) {
                if (i > 0 && ends[e] > arrivals[i - 1]) newAnswer = true;
                e++;
            }
            if (newAnswer) {
                dryAt = at;
            } else {
                double sinceLast = at - arrivals[i - 1] / 1e6;
                if (sinceLast > 0) messageGaps.add(sinceLast);
                if (at - dryAt > FRAME_MS) {
                    holes.add(at - dryAt);
                    holeArrivals.add(arrivals[i]);
                }
            }
            dryAt = Math.max(dryAt, at) + FRAME_MS;
        }
    }
}
