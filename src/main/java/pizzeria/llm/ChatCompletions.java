package pizzeria.llm;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;

/**
 * An OpenAI-compatible Chat Completions endpoint, streamed. Each attempt has a deadline; the caller
 * decides about retrying from the failure's kind.
 */
public final class ChatCompletions {
    private final Vertx vertx;
    private final HttpClient http;
    private final String url;
    private final String apiKey;
    private final long timeoutMs;

    public ChatCompletions(Vertx vertx, String baseUrl, String apiKey, long timeoutMs) {
        this.vertx = vertx;
        // Turns of many calls go to the model at once; the default pool (5 connections) would queue them.
        this.http = vertx.createHttpClient(new io.vertx.core.http.PoolOptions().setHttp1MaxSize(256));
        this.url = baseUrl.replaceAll("/+$", "") + "/chat/completions";
        this.apiKey = apiKey;
        this.timeoutMs = timeoutMs;
    }

    /** Closes the connections to the model (the gateway is stopping). */
    public Future<Void> close() {
        return http.close();
    }

    public Future<ModelReply> complete(JsonObject body) {
        Promise<ModelReply> result = Promise.promise();
        StreamAssembler stream = new StreamAssembler();
        HttpClientRequest[] sent = new HttpClientRequest[1];
        long deadline = vertx.setTimer(timeoutMs, t -> {
            if (result.tryFail(new ModelFailure("the model took longer than " + timeoutMs + " ms", true, 0)) && sent[0] != null) sent[0].reset();
        });
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(url)
                .putHeader("Authorization", "Bearer " + apiKey).putHeader("Content-Type", "application/json")
                .putHeader("Accept", "text/event-stream");
        http.request(options).compose(req -> {
            sent[0] = req;
            return req.send(body.toBuffer());
        }).onFailure(e -> result.tryFail(new ModelFailure("the model could not be reached: " + e.getMessage(), true, 0)))
                .onSuccess(resp -> {
                    if (resp.statusCode() != 200) {
                        resp.body().onComplete(b -> result.tryFail(ModelFailure.ofStatus(resp.statusCode(),
                                b.succeeded() ? b.result().toString() : null, resp.getHeader("retry-after-ms"), resp.getHeader("retry-after"))));
                        return;
                    }
                    resp.handler(buf -> stream.feed(buf.toString()));
                    resp.exceptionHandler(e -> result.tryFail(new ModelFailure("the stream broke: " + e.getMessage(), true, 0)));
                    resp.endHandler(v -> {
                        if (stream.error() != null) result.tryFail(new ModelFailure(stream.error(), true, 0));
                        else if (!stream.done()) result.tryFail(new ModelFailure("the stream ended before [DONE]", true, 0));
                        else result.tryComplete(stream.reply());
                    });
                });
        return result.future().onComplete(r -> vertx.cancelTimer(deadline));
    }
}
