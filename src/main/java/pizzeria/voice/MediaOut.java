package pizzeria.voice;

/** What the gateway sends on a telephony media stream (Twilio's media, mark and clear). */
public interface MediaOut {
    /** One or more whole 20 ms frames of 8 kHz mu-law, to be played in order. */
    void media(byte[] frames);

    /** A bookmark the provider echoes once everything sent before it has been played. */
    void mark(String name);

    /** Drops everything queued for playback. */
    void clear();

    /** Ends the media stream (and with it the call, when nothing follows it). */
    void close();
}
