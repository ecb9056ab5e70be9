package pizzeria.voice.twilio;

import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.util.function.BiFunction;
import java.util.logging.Logger;
import pizzeria.call.CallSession;
import pizzeria.voice.MediaOut;
import pizzeria.voice.PhoneCall;

/**
 * One Twilio Media Stream (bidirectional): events in to the phone call, media, mark and clear out. Until a
 * {@code start} shows a valid one-time token, the socket is anyone's: it is closed if that does not come
 * within {@code startMillis}, or after a few frames that are not Twilio messages. A bad frame is logged
 * once per socket, however many come.
 */
final class TwilioMediaSocket implements MediaOut {
    private static final Logger LOG = Logger.getLogger(TwilioMediaSocket.class.getName());
    /** Bad frames an unauthenticated socket may send before it is closed (a call's socket is only logged). */
    static final int BAD_FRAMES_BEFORE_TOKEN = 3;

    private final ServerWebSocket ws;
    private final PendingStreams pending;
    private final BiFunction<CallSession, MediaOut, PhoneCall> calls;
    private String streamSid;
    private MediaMessages mediaMessages;
    private PhoneCall call;
    private boolean stopped;
    private int badFrames;
    private String callId;

    TwilioMediaSocket(Vertx vertx, ServerWebSocket ws, PendingStreams pending, BiFunction<CallSession, MediaOut, PhoneCall> calls,
                      long startMillis) {
        this.ws = ws;
        this.pending = pending;
        this.calls = calls;
        ws.textMessageHandler(this::event);
        ws.binaryMessageHandler(b -> bad("a binary frame"));
        long timer = vertx.setTimer(startMillis, t -> {
            if (call == null && !ws.isClosed()) {
                LOG.warning("media socket from " + ws.remoteAddress() + ": no valid start within " + startMillis + " ms; closed");
                ws.close((short) 1008, "no valid start");
            }
        });
        ws.closeHandler(v -> {
            vertx.cancelTimer(timer);
            stop();
        });
    }

    private void event(String text) {
        byte[] audio = MediaMessages.inboundAudio(text);
        if (audio != null) {
            if (call != null) call.inbound(audio);
            return;
        }
        JsonObject m;
        try {
            m = new JsonObject(text);
        } catch (DecodeException | ClassCastException e) {
            bad("a frame that is not JSON");
            return;
        }
        Object event = m.getValue("event");
        String name = event instanceof String n ? n : "";
        switch (name) {
            case "start" -> { if (m.getValue("start") instanceof JsonObject st) start(st); else bad("a start without its start object"); }
            case "mark" -> { if (call != null) field(m, "mark", "name").ifPresent(call::markEchoed); }
            case "dtmf" -> { if (call != null) field(m, "dtmf", "digit").ifPresent(call::dtmf); }
            case "stop" -> stop();
            case "connected" -> { }
            case "media" -> bad("a media event without readable audio");
            default -> { if (call == null) bad("an unknown event"); }
        }
    }

    /** {@code m[object][name]} when it is a string; a bad frame otherwise. */
    private java.util.Optional<String> field(JsonObject m, String object, String name) {
        if (m.getValue(object) instanceof JsonObject o && o.getValue(name) instanceof String v) return java.util.Optional.of(v);
        bad("a " + object + " event without its " + name);
        return java.util.Optional.empty();
    }

    /** One short warning per socket; a socket with no call yet is closed after a few. */
    private void bad(String what) {
        badFrames++;
        if (badFrames == 1) {
            LOG.warning("media socket " + (callId == null ? "from " + ws.remoteAddress() : "of " + callId)
                    + ": " + what + " (further bad frames on this socket are not logged)");
        }
        if (call == null && badFrames >= BAD_FRAMES_BEFORE_TOKEN && !ws.isClosed()) ws.close((short) 1008, "not a Twilio media stream");
    }

    private void start(JsonObject start) {
        if (call != null) { bad("a second start"); return; }
        Object sid = start.getValue("streamSid");
        Object params = start.getValue("customParameters");
        Object token = params instanceof JsonObject p ? p.getValue("token") : null;
        var found = token instanceof String t ? pending.take(t) : java.util.Optional.<PendingStreams.Pending>empty();
        if (found.isEmpty()) {
            ws.close((short) 1008, "unknown or used call token");
            return;
        }
        streamSid = sid instanceof String s ? s : "";
        mediaMessages = new MediaMessages(streamSid);
        callId = found.get().session().identity().callId();
        call = calls.apply(found.get().session(), this);
        call.start(found.get().greeting());
    }

    private void stop() {
        if (stopped) return;
        stopped = true;
        if (call != null) call.stopped();
    }

    @Override
    public void media(byte[] frames) {
        if (!ws.isClosed()) ws.writeTextMessage(mediaMessages.media(frames));
    }

    @Override
    public void mark(String name) {
        send(new JsonObject().put("event", "mark").put("streamSid", streamSid).put("mark", new JsonObject().put("name", name)));
    }

    @Override
    public void clear() {
        send(new JsonObject().put("event", "clear").put("streamSid", streamSid));
    }

    @Override
    public void close() {
        if (!ws.isClosed()) ws.close();
    }

    private void send(JsonObject message) {
        if (!ws.isClosed()) ws.writeTextMessage(message.encode());
    }
}
