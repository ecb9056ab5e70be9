package pizzeria.voice.fakes;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Twilio's REST Calls and Messages resources, as far as the gateway uses them: call updates are recorded and
 * accepted, and a test can wait for the update of a given call ({@link #updateFor}); new messages are recorded
 * ({@link #messages}).
 */
public final class FakeTwilioRest {
    /** One call update: which call, and its form fields (Twiml, Status). */
    public record Update(String path, MultiMap form, String authorization) { }

    private final List<Update> updates = new CopyOnWriteArrayList<>();
    /** Text messages created (Messages resource), with their form fields (From, To, Body). */
    private final List<Update> messages = new CopyOnWriteArrayList<>();
    /** Who waits for which call's update; recording and registering are done under the fake's lock. */
    private final List<Waiting> waiting = new ArrayList<>();
    private record Waiting(String callSid, Promise<Update> promise) { }
    private HttpServer server;

    public static Future<FakeTwilioRest> start(Vertx vertx) {
        FakeTwilioRest fake = new FakeTwilioRest();
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create(false));
        router.post("/2010-04-01/Accounts/:account/Calls/:call").handler(ctx -> {
            fake.record(new Update(ctx.request().path(), ctx.request().formAttributes(), ctx.request().getHeader("Authorization")));
            ctx.response().putHeader("Content-Type", "application/json").end("{\"sid\":\"" + ctx.pathParam("call") + "\"}");
        });
        // The Messages resource (text receipts): 201 and the message resource, as Twilio answers a new message.
        router.post("/2010-04-01/Accounts/:account/Messages.json").handler(ctx -> {
            MultiMap form = ctx.request().formAttributes();
            String sid = "SM" + java.util.UUID.randomUUID().toString().replace("-", "");
            fake.messages.add(new Update(ctx.request().path(), MultiMap.caseInsensitiveMultiMap().addAll(form),
                    ctx.request().getHeader("Authorization")));
            ctx.response().setStatusCode(201).putHeader("Content-Type", "application/json").end(new io.vertx.core.json.JsonObject()
                    .put("sid", sid).put("account_sid", ctx.pathParam("account")).put("from", form.get("From"))
                    .put("to", form.get("To")).put("body", form.get("Body")).put("status", "queued").put("num_segments", "1")
                    .put("direction", "outbound-api").put("api_version", "2010-04-01").put("price", null).put("error_code", null)
                    .put("uri", "/2010-04-01/Accounts/" + ctx.pathParam("account") + "/Messages/" + sid + ".json").encode());
        });
        return vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").map(s -> {
            fake.server = s;
            return fake;
        });
    }

    public String url() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    private void record(Update update) {
        List<Waiting> due = new ArrayList<>();
        synchronized (this) {
            updates.add(update);
            waiting.removeIf(w -> isFor(update, w.callSid()) && due.add(w));
        }
        due.forEach(w -> w.promise().tryComplete(update));
    }

    /** The first update of call {@code callSid}: at once if it came already, else as soon as it comes. */
    public synchronized Future<Update> updateFor(String callSid) {
        for (Update u : updates) if (isFor(u, callSid)) return Future.succeededFuture(u);
        Promise<Update> p = Promise.promise();
        waiting.add(new Waiting(callSid, p));
        return p.future();
    }

    private static boolean isFor(Update update, String callSid) {
        return update.path().endsWith("/Calls/" + callSid + ".json");
    }

    public List<Update> messages() {
        return messages;
    }

    public List<Update> updates() {
        return updates;
    }
}
