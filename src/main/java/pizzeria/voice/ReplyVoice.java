package pizzeria.voice;

import java.util.List;
import java.util.function.Consumer;
import pizzeria.call.ChannelReport;
import pizzeria.call.Sentence;
import pizzeria.tenant.Tenant;
import pizzeria.voice.tts.SpeechSynthesizer;
import pizzeria.voice.tts.SynthesisListener;
import pizzeria.voice.tts.Utterance;

/**
 * A reply's voice: each sentence from the phrase cache when it is there, otherwise streamed by the
 * synthesiser (one utterance per reply) and kept for the cache when it is fixed; the audio goes to the
 * speaker in order. What each sentence cost is reported as it is spoken.
 */
final class ReplyVoice {
    private final Tenant tenant;
    private final Speaker speaker;
    private final SpeechSynthesizer tts;
    private final PhraseCache cache;
    private final Consumer<ChannelReport> report;
    private final Consumer<String> failed;
    private int replies;
    private ReplyPlayback playing;
    private Utterance synthesis;

    /** @param failed told why, when the synthesiser gives up */
    ReplyVoice(Tenant tenant, Speaker speaker, SpeechSynthesizer tts, PhraseCache cache, Consumer<ChannelReport> report,
               Consumer<String> failed) {
        this.tenant = tenant;
        this.speaker = speaker;
        this.tts = tts;
        this.cache = cache;
        this.report = report;
        this.failed = failed;
    }

    /**
     * Speaks the sentences in order.
     *
     * @param timing     the turn being answered (its first byte and first frame are noted), or null
     * @param holdAfter  the number of sentences played before the rest is held (until the speaker releases it); 0: none
     * @param asks       whether the last sentence is the question the reply asks
     */
    void speak(List<Sentence> sentences, TurnTiming timing, int holdAfter, boolean asks) {
        List<String> texts = sentences.stream().map(Sentence::text).toList();
        ReplyPlayback playback = new ReplyPlayback("r" + (++replies), texts, asks, speaker,
                (i, audio) -> cache.put(tenant, sentences.get(i), audio), failed);
        playing = playback;
        if (holdAfter > 0) speaker.holdAfter(playback.markOf(holdAfter - 1));
        synthesis = null;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            var known = cache.get(tenant, s);
            if (known.isPresent()) {
                if (i == 0 && timing != null) {
                    timing.cachedFirstSentence = true;
                    timing.firstByte = timing.now();
                }
                playback.cached(i, known.get());
                report.accept(new ChannelReport.Spoken(s.text().length(), true));
            } else {
                if (synthesis == null) synthesis = tts.utterance(firstByteWatch(playback, timing));
                playback.synthesise(i, cache.cacheable(tenant, s));
                synthesis.sentence(s.text());
                report.accept(new ChannelReport.Spoken(s.text().length(), false));
            }
        }
        if (synthesis != null) synthesis.end();
    }

    /** Stops the synthesis of the reply being spoken (what was already played stays played). */
    void stopSynthesis() {
        if (synthesis != null) synthesis.cancel();
    }

    /** The reply now being spoken, or null before the first. */
    ReplyPlayback playing() {
        return playing;
    }

    /** Wraps the playback to note when the first synthesised byte of the turn arrives. */
    private SynthesisListener firstByteWatch(ReplyPlayback playback, TurnTiming timing) {
        return new SynthesisListener() {
            public void audio(int sentence, byte[] mulaw) {
                if (timing != null && timing.firstByte == 0) timing.firstByte = timing.now();
                playback.audio(sentence, mulaw);
            }
            public void sentenceDone(int sentence) { playback.sentenceDone(sentence); }
            public void failed(String why) { playback.failed(why); }
        };
    }
}
