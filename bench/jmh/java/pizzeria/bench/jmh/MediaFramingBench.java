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

/** The per-frame work of a phone call: Twilio's JSON media events in and out, base64, 20 ms framing. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MediaFramingBench {
    private final byte[] frame = new byte[Frames.SIZE];
    private final byte[] synthesisChunk = new byte[1600];
    private final Frames framer = new Frames();
    private final String inbound = new JsonObject().put("event", "media").put("sequenceNumber", "42").put("streamSid", "MZ0123456789abcdef")
            .put("media", new JsonObject().put("track", "inbound").put("chunk", "41").put("timestamp", "820")
                    .put("payload", Base64.getEncoder().encodeToString(frame))).encode();

    /** One inbound Twilio media event: parse the JSON, decode the payload (what each caller sends 50 times a second). */
    @Benchmark
    public byte[] inboundMediaEvent() {
        JsonObject m = new JsonObject(inbound);
        return Base64.getDecoder().decode(m.getJsonObject("media").getString("payload"));
    }

    /** One outbound media event: encode a frame as Twilio wants it. */
    @Benchmark
    public String outboundMediaEvent() {
        return new JsonObject().put("event", "media").put("streamSid", "MZ0123456789abcdef")
                .put("media", new JsonObject().put("payload", Base64.getEncoder().encodeToString(frame))).encode();
    }

    /** A 200 ms chunk of synthesised audio cut into 20 ms frames. */
    @Benchmark
    public List<byte[]> frameSynthesisChunk() {
        return framer.add(synthesisChunk);
    }
}
