package pizzeria.voice.stt;

import java.util.List;

/**
 * A streaming speech recogniser. One stream per call; audio in as 20 ms mu-law frames, events out
 * through the listener, in this order per utterance: speechStarted, interim*, utterance.
 */
public interface SpeechRecognizer {
    RecognitionStream open(List<String> keyterms, RecognitionListener listener);
}
