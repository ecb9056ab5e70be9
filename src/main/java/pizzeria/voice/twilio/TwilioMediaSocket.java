package pizzeria.voice.twilio;

import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import java.util.function.BiFunction;
import pizzeria.call.CallSession;
import pizzeria.voice.MediaOut;
import pizzeria.voice.PhoneCall;

/** One Twilio Media Stream (bidirectional): events in to the phone call, media, mark and clear out. */
final class TwilioMediaSocket implements MediaOut {
    private final ServerWebSocket ws;
    private final PendingStreams pending;
    private final BiFunction<CallSession, MediaOut, PhoneCall> calls;
    private String streamSid;
    private MediaMessages mediaMessages;
    private PhoneCall call;
    private boolean stopped;

    TwilioMediaSocket(ServerWebSocket ws, PendingStreams pending, BiFunction<CallSession, MediaOut, PhoneCall> calls) {
        this.ws = ws;
        this.pending = pending;
        this.calls = calls;
        ws.textMessageHandler(this::event);
        ws.closeHandler(v -> stop());
    }

    private void event(String text) {
        byte[] audio = MediaMessages.inboundAudio(text);
        if (audio != null) {
            if (call != null) call.inbound(audio);
            return;
        }
        JsonObject m = new JsonObject(text);
        switch (m.getString("event", "")) {
            case "start" -> start(m.getJsonObject("start", new JsonObject()));
            case "mark" -> { if (call != null) call.markEchoed(m.getJsonObject("mark").getString("name")); }
            case "dtmf" -> { if (call != null) call.dtmf(m.getJsonObject("dtmf").getString("digit")); }
            case "stop" -> stop();
            default -> { }
        }
    }

    private void start(JsonObject start) {
        streamSid = start.getString("streamSid");
        mediaMessages = new MediaMessages(streamSid);
        String token = start.getJsonObject("customParameters", new JsonObject()).getString("token");
        var found = pending.take(token);
        if (found.isEmpty()) {
            ws.close((short) 1008, "unknown or used call token");
            return;
        }
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
