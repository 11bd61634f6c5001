package vn.onestop.server.voice;

import io.javalin.http.Context;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.onestop.core.voice.SpeechException;
import vn.onestop.core.wire.Problem;
import vn.onestop.server.Rejection;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.queue.DisplayBoard;
import vn.onestop.server.staff.Access;

/**
 * The hall display's voice over HTTP, public like the display's other routes (numbers and counters only): the
 * voice's status, and the WAV of a call that was made today (one of the last 20 calls, so a stranger cannot make
 * the server synthesise arbitrary text). The audio is made off the request thread; the request waits at most the
 * engine's time limit per language plus a margin, then gets 503.
 */
public final class VoiceApi {
    /** How far back a call may be announced (the display's list shows 8). */
    private static final int RECENT_CALLS = 20;
    private final AnnouncementAudio audio;
    private final DisplayBoard board;
    private final long waitMillis;

    public VoiceApi(AnnouncementAudio audio, DisplayBoard board, VoiceSettings settings) {
        this.audio = audio;
        this.board = board;
        this.waitMillis = settings.espeak().timeout().toMillis() * settings.languages().size() + 5_000;
    }

    public void register(RouteTable r) {
        r.get("/api/v1/display/voice", ctx -> ctx.json(audio.status()), Access.PUBLIC);
        r.get("/api/v1/display/announcement", this::announcement, Access.PUBLIC);
    }

    private void announcement(Context ctx) {
        String number = required(ctx, "number");
        String counterId = required(ctx, "counterId");
        DisplayBoard.Call call = board.recentCall(
                vn.onestop.server.http.Guard.centre(ctx), number, counterId, RECENT_CALLS).orElseThrow(() ->
                Rejection.notFound("Number " + number + " was not called to counter " + counterId
                        + " among today's last " + RECENT_CALLS + " calls"));
        ctx.future(() -> audio.audio(new Announcement(call.number(), call.counterId(), call.counterName()))
                .orTimeout(waitMillis, TimeUnit.MILLISECONDS)
                .handle((wav, failure) -> {
                    if (failure == null) {
                        ctx.contentType("audio/wav").result(wav);
                    } else {
                        unavailable(ctx, failure);
                    }
                    return null;
                }));
    }

    private static void unavailable(Context ctx, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        String reason = cause instanceof SpeechException s ? s.reason()
                : cause instanceof TimeoutException ? "timeout" : "failed";
        ctx.status(503).contentType(Problem.MEDIA_TYPE).json(new Problem("about:blank", "Voice off", 503,
                "The announcement audio cannot be made (" + reason + "); the display chimes and shows the call"));
        ctx.contentType(Problem.MEDIA_TYPE);
    }

    private static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank() || value.length() > 20) {
            throw Rejection.invalid("Query parameter " + name + " is required (at most 20 characters)");
        }
        return value;
    }
}
