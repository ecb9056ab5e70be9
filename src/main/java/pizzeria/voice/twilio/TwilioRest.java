package pizzeria.voice.twilio;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.client.WebClient;

/** Twilio's REST call update: hand a live call to staff, or hang it up. The URL is overridable for tests. */
public final class TwilioRest {
    private final WebClient client;
    private final String apiUrl;
    private final String accountSid;
    private final String authToken;

    public TwilioRest(WebClient client, String apiUrl, String accountSid, String authToken) {
        this.client = client;
        this.apiUrl = apiUrl;
        this.accountSid = accountSid;
        this.authToken = authToken;
    }

    public Future<Void> transfer(String callSid, String number) {
        return update(callSid, MultiMap.caseInsensitiveMultiMap().add("Twiml", TwiML.dial(number)));
    }

    public Future<Void> hangUp(String callSid) {
        return update(callSid, MultiMap.caseInsensitiveMultiMap().add("Status", "completed"));
    }

    private Future<Void> update(String callSid, MultiMap form) {
        String url = apiUrl + "/2010-04-01/Accounts/" + accountSid + "/Calls/" + callSid + ".json";
        return client.postAbs(url).basicAuthentication(accountSid, authToken == null ? "" : authToken).sendForm(form)
                .compose(r -> r.statusCode() / 100 == 2 ? Future.<Void>succeededFuture()
                        : Future.failedFuture("Twilio answered " + r.statusCode() + ": " + r.bodyAsString()));
    }
}
