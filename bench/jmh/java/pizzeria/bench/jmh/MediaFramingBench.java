package pizzeria.bench.jmh;

import io.vertx.core.json.JsonObject;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import pizzeria.voice.Frames;
import pizzeria.voice.twilio.MediaMessages;

/** The per-frame work of a phone call: Twilio's JSON media events in and out, base64, 20 ms framing. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MediaFramingBench {
    private final byte[] frame = new byte[Frames.SIZE];
    /** About 190 ms: the synthesiser's chunks do not fall on frame boundaries, so a tail is carried from one to the next. */
    private final byte[] synthesisChunk = new byte[1500];
    private final Frames framer = new Frames();
    private final String inbound = new JsonObject().put("event", "media").put("sequenceNumber", "42").put("streamSid", "MZ0123456789abcdef")
            .put("media", new JsonObject().put("track", "inbound").put("chunk", "41").put("timestamp", "820")
                    .put("payload", Base64.getEncoder().encodeToString(frame))).encode();

    private final byte[] message = new byte[4 * Frames.SIZE];
    private final MediaMessages out = new MediaMessages("MZ0123456789abcdef");

    /** One inbound Twilio media event as the gateway reads it (streamed for its payload; what each caller sends 50 times a second). */
    @Benchmark
    public byte[] inboundMediaEvent() {
        return MediaMessages.inboundAudio(inbound);
    }

    /** The same through a JSON tree, as the gateway read it before. */
    @Benchmark
    public byte[] inboundMediaEventAsTree() {
        JsonObject m = new JsonObject(inbound);
        return Base64.getDecoder().decode(m.getJsonObject("media").getString("payload"));
    }

    /** One outbound media message of four frames (80 ms), as the gateway writes it. */
    @Benchmark
    public String outboundMediaMessage() {
        return out.media(message);
    }

    /** One frame written through a JSON tree, as the gateway wrote every 20 ms before. */
    @Benchmark
    public String outboundMediaEventAsTree() {
        return new JsonObject().put("event", "media").put("streamSid", "MZ0123456789abcdef")
                .put("media", new JsonObject().put("payload", Base64.getEncoder().encodeToString(frame))).encode();
    }

    /** A 200 ms chunk of synthesised audio cut into 20 ms frames (one run of whole frames; before, an array a frame). */
    @Benchmark
    public byte[] frameSynthesisChunk() {
        return framer.add(synthesisChunk);
    }
}
