package pizzeria.voice.fakes;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Twilio's REST Calls resource, as far as the gateway uses it: updates are recorded and accepted. */
public final class FakeTwilioRest {
    /** One call update: which call, and its form fields (Twiml, Status). */
    public record Update(String path, MultiMap form, String authorization) { }

    private final List<Update> updates = new CopyOnWriteArrayList<>();
    private HttpServer server;

    public static Future<FakeTwilioRest> start(Vertx vertx) {
        FakeTwilioRest fake = new FakeTwilioRest();
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create());
        router.post("/2010-04-01/Accounts/:account/Calls/:call").handler(ctx -> {
            fake.updates.add(new Update(ctx.request().path(), ctx.request().formAttributes(), ctx.request().getHeader("Authorization")));
            ctx.response().putHeader("Content-Type", "application/json").end("{\"sid\":\"" + ctx.pathParam("call") + "\"}");
        });
        return vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").map(s -> {
            fake.server = s;
            return fake;
        });
    }

    public String url() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    public List<Update> updates() {
        return updates;
    }
}
