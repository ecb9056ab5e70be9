package pizzeria.voice.twilio;

import java.util.Map;

/** The few TwiML documents the gateway answers with. Every value is XML-escaped. */
final class TwiML {
    private TwiML() { }

    /** A bidirectional Media Stream; the call's identity travels as parameters (the URL takes no query). */
    static String stream(String wsUrl, Map<String, String> parameters) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Connect><Stream url=\"")
                .append(escape(wsUrl)).append("\">");
        parameters.forEach((k, v) -> out.append("<Parameter name=\"").append(escape(k)).append("\" value=\"").append(escape(v)).append("\"/>"));
        return out.append("</Stream></Connect></Response>").toString();
    }

    /** Says something, then hangs up (closed restaurant, unknown number). */
    static String sayAndHangUp(String text) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say>" + escape(text) + "</Say><Hangup/></Response>";
    }

    /** Hands the call to the restaurant's staff line, ringing until someone answers. */
    static String dial(String number) {
        return "<Response><Dial answerOnBridge=\"true\" timeout=\"25\">" + escape(number) + "</Dial></Response>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
