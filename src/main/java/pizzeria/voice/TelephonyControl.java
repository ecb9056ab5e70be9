package pizzeria.voice;

/** What the call logic asks of the telephony provider beyond the media stream. */
public interface TelephonyControl {
    /** Hands the live call to a staff number. */
    void transfer(String callId, String number);
}
