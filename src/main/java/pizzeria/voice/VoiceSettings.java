package pizzeria.voice;

/** The phone pipeline's providers. A provider without its key is not used. */
public record VoiceSettings(String twilioAuthToken, boolean twilioSignatureCheck, String twilioAccountSid, String twilioApiUrl,
                            String deepgramKey, String deepgramUrl, String cartesiaKey, String cartesiaUrl,
                            String cartesiaModel, long silencePromptMillis) {
    public boolean phoneReady() {
        return deepgramKey != null && cartesiaKey != null;
    }
}
