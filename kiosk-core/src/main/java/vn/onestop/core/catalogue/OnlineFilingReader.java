package vn.onestop.core.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the catalogue's filing data: the top-level {@code online_filing} defaults (portal link, what to have ready,
 * the steps) and each procedure's {@code channel}, {@code channel_source}, {@code national_code},
 * {@code portal_url}, {@code ready} and {@code steps}. Every failure names the file, the entry and the field.
 */
final class OnlineFilingReader {

    static final Set<String> DEFAULT_FIELDS = Set.of("portal_url", "ready", "steps", "source");
    static final Set<String> PROCEDURE_FIELDS = Set.of("channel", "channel_source", "national_code", "portal_url",
            "ready", "steps");
    /** A national procedure code as the national database prints it, e.g. 1.004222 or 2.000815. */
    private static final String NATIONAL_CODE = "[0-9]\\.[0-9]{6}";
    /** Longer links make the printed QR too dense for a phone camera on 58 mm paper. */
    static final int MAX_URL_CHARS = 300;

    private final Path file;
    private final String defaultUrl;
    private final List<GuideText> defaultReady;
    private final List<GuideText> defaultSteps;

    private OnlineFilingReader(Path file, String defaultUrl, List<GuideText> ready, List<GuideText> steps) {
        this.file = file;
        this.defaultUrl = defaultUrl;
        this.defaultReady = ready;
        this.defaultSteps = steps;
    }

    /** Reads the top-level {@code online_filing} object (required: the portal and the steps every guide shows). */
    static OnlineFilingReader defaults(Path file, JsonNode node) {
        if (node == null || node.isNull()) {
            throw new CatalogueException(file, "top level: field 'online_filing': is missing (the portal link, "
                    + "what to have ready and the steps of online filing)");
        }
        EntryReader r = new EntryReader(file, "online_filing", node);
        r.rejectUnknown(DEFAULT_FIELDS);
        String url = url(r, r.text("portal_url"));
        List<GuideText> steps = texts(r, node, "steps");
        if (steps.isEmpty()) {
            throw r.error("steps", "must list at least one step");
        }
        r.text("source");
        return new OnlineFilingReader(file, url, texts(r, node, "ready"), steps);
    }

    OnlineFiling read(EntryReader r, JsonNode node, List<String> unverified) {
        FilingChannel channel = FilingChannel.ofCode(r.text("channel").toLowerCase(Locale.ROOT)).orElseThrow(() ->
                r.error("channel", "must be one of online_only, online_or_counter, counter_only"));
        String source = r.optionalText("channel_source");
        if (channel == FilingChannel.ONLINE_ONLY && source.isEmpty()) {
            throw r.error("channel_source", "an online-only procedure must name its source (e.g. Directive "
                    + "24/CT-TTg)");
        }
        String code = r.optionalText("national_code");
        if (!code.isEmpty() && !code.matches(NATIONAL_CODE)) {
            throw r.error("national_code", "must look like 1.004222 (digit, dot, six digits), or null when no public "
                    + "source gives it");
        }
        if (code.isEmpty() && unverified.stream().noneMatch(u -> u.toLowerCase(Locale.ROOT)
                .startsWith("national_code"))) {
            throw r.error("national_code", "is empty: list 'national_code' under 'unverified' (no public source)");
        }
        String own = r.optionalText("portal_url");
        String url = channel.online() ? (own.isEmpty() ? defaultUrl : url(r, own)) : "";
        List<GuideText> ready = new ArrayList<>(defaultReady);
        ready.addAll(texts(r, node, "ready"));
        List<GuideText> steps = node.has("steps") ? texts(r, node, "steps") : defaultSteps;
        if (channel.online() && steps.isEmpty()) {
            throw r.error("steps", "an online procedure needs at least one step (or leave the field out)");
        }
        return new OnlineFiling(channel, code, url, source, ready, channel.online() ? steps : List.of());
    }

    private static String url(EntryReader r, String text) {
        try {
            URI uri = new URI(text);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw r.error("portal_url", "must be an https:// link (the citizen's phone opens it)");
            }
        } catch (URISyntaxException e) {
            throw r.error("portal_url", "is not a valid link (" + e.getReason() + ")");
        }
        if (text.length() > MAX_URL_CHARS) {
            throw r.error("portal_url", "is longer than " + MAX_URL_CHARS + " characters (too dense as a QR)");
        }
        return text;
    }

    /** A list of {@code {"vi": ..., "en": ...}} objects; absent = empty. */
    private static List<GuideText> texts(EntryReader r, JsonNode node, String field) {
        JsonNode list = node.get(field);
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw r.error(field, "must be a list of {\"vi\": ..., \"en\": ...} objects");
        }
        List<GuideText> texts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            JsonNode vi = item.get("vi");
            JsonNode en = item.get("en");
            if (!item.isObject() || vi == null || !vi.isTextual() || vi.asText().isBlank()
                    || en == null || !en.isTextual() || en.asText().isBlank() || item.size() != 2) {
                throw r.error(field, "item " + i + " must be {\"vi\": text, \"en\": text} (both non-empty, nothing "
                        + "else)");
            }
            texts.add(new GuideText(vi.asText().strip(), en.asText().strip()));
        }
        return texts;
    }
}
