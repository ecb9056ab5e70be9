package pizzeria.voice.stt;

import java.util.List;

/** One call's recognition stream. Implementations survive provider drops without losing words. */
public interface RecognitionStream {
    /** One 20 ms frame of 8 kHz mu-law caller audio. */
    void send(byte[] frame);

    /** Replaces the words to favour, when the provider allows it mid-stream (and within its limits). */
    void updateKeyterms(List<String> keyterms);

    void close();
}
