package pizzeria.bench;

import java.util.List;

/**
 * What the callers' own clocks say about a call: how long after the caller stopped speaking the first audio
 * came back, and the gaps between audio frames within one answer. A gap over 120 ms empties the 100 ms the
 * gateway keeps ahead in the caller's buffer, so the caller would hear a hole: that is a late frame.
 */
final class HeardAnalysis {
    static final double LATE_GAP_MS = 120;

    private HeardAnalysis() { }

    /** Milliseconds from each end of speech to the first frame of the answer to it. */
    static void responseTimes(ScenarioCall.Heard heard, List<Double> out) {
        List<Long> arrivals = heard.mediaArrivals();
        int a = 0;
        for (long end : heard.speechEnds()) {
            while (a < arrivals.size() && arrivals.get(a) <= end) a++;
            if (a < arrivals.size()) out.add((arrivals.get(a) - end) / 1e6);
        }
    }

    /** Gaps in milliseconds between consecutive frames of the same answer (answers split at each end of speech). */
    static void gaps(ScenarioCall.Heard heard, List<Double> out) {
        List<Long> arrivals = heard.mediaArrivals();
        List<Long> ends = heard.speechEnds();
        int e = 0;
        for (int i = 1; i < arrivals.size(); i++) {
            long prev = arrivals.get(i - 1);
            long cur = arrivals.get(i);
            boolean newAnswer = false;
            while (e < ends.size() && ends.get(e) < cur) {
                if (ends.get(e) > prev) newAnswer = true;
                e++;
            }
            if (!newAnswer) out.add((cur - prev) / 1e6);
        }
    }
}
