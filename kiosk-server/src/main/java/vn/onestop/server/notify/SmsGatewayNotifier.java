package vn.onestop.server.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends SMS through an HTTP+JSON gateway following the generic contract of docs/sms-gateway.md: one POST per message
 * with the access token as a bearer token and the idempotency key in {@code Idempotency-Key}, so the gateway sends a
 * repeated request once. 2xx and 409 (already accepted under this key) are delivered; 408, 425, 429, 5xx and
 * 401/403 (a token being replaced) are retried; any other status is permanent. No I/O on the caller's thread other
 * than the request itself; the response body is not kept (it may echo the number).
 */
public final class SmsGatewayNotifier implements Notifier {
    private final NotifySettings.Sms settings;
    private final HttpClient http;
    private final ObjectMapper json;

    public SmsGatewayNotifier(NotifySettings.Sms settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public Outcome send(Message message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", message.to().address());
        if (!settings.sender().isEmpty()) {
            body.put("from", settings.sender());
        }
        body.put("text", message.body());
        body.put("reference", message.idempotencyKey());
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(settings.url()).timeout(settings.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("Authorization", "Bearer " + settings.token())
                    .header("Idempotency-Key", message.idempotencyKey())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
        } catch (JsonProcessingException e) {
            return Outcome.permanent("the message could not be encoded: " + e.getOriginalMessage());
        }
        try {
            HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
            return outcome(r.statusCode());
        } catch (IOException e) {
            return Outcome.temporary("SMS gateway " + settings.url().getHost() + " not reachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.temporary("interrupted while sending (server stopping)");
        }
    }

    /** What a gateway status means (the table in docs/sms-gateway.md). */
    static Outcome outcome(int status) {
        if (status >= 200 && status < 300 || status == 409) {
            return Outcome.delivered();
        }
        if (status == 408 || status == 425 || status == 429 || status >= 500) {
            return Outcome.temporary("SMS gateway answered " + status + " (busy or failing): retried later");
        }
        if (status == 401 || status == 403) {
            return Outcome.temporary("SMS gateway refused the token (" + status + "): check notify.sms.tokenFile");
        }
        return Outcome.permanent("SMS gateway refused the message (" + status + ")");
    }
}
