package vn.onestop.server.connector.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the simulator accepted, on disk so a restart keeps its dedup state: each accepted submission's body in
 * {@code received/N.json} and one line in {@code ledger.jsonl}, both forced to disk before the answer goes out. A
 * submission whose idempotency key is in the ledger gets the first answer again and registers nothing. A last line
 * cut short by a crash was never answered, and is ignored at load.
 */
final class SimulatorLedger {
    private final Path dir;
    private final OfficialCodePattern codes;
    private final ObjectMapper json;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private final Map<String, String> codeByDossier = new HashMap<>();
    /** Codes issued per day ("agency/day" when codes carry the agency code, each agency numbering on its own). */
    private final Map<String, Integer> issuedPerDay = new HashMap<>();
    private int replays;

    /** One accepted submission. */
    record Entry(String key, String event, String agencyCode, String dossierCode, String officialCode, String status,
            String acceptedAt, String day) {}

    /** The answer to a submission: the entry, and whether it was known already. */
    record Result(Entry entry, boolean replayed) {}

    SimulatorLedger(Path dir, OfficialCodePattern codes, ObjectMapper json, Clock clock, ZoneId zone) {
        this.dir = dir;
        this.codes = codes;
        this.json = json;
        this.clock = clock;
        this.zone = zone;
        try {
            Files.createDirectories(dir.resolve("received"));
            Path ledger = dir.resolve("ledger.jsonl");
            if (Files.exists(ledger)) {
                for (String line : Files.readAllLines(ledger, StandardCharsets.UTF_8)) {
                    load(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the simulator's data folder " + dir + " cannot be read", e);
        }
    }

    private void load(String line) {
        if (line.isBlank()) {
            return;
        }
        try {
            remember(json.readValue(line, Entry.class));
        } catch (JsonProcessingException cutShort) {
            // the last line of a crash: it was never answered
        }
    }

    private void remember(Entry e) {
        byKey.put(e.key(), e);
        if (e.officialCode() != null) {
            codeByDossier.putIfAbsent(e.agencyCode() + "/" + e.dossierCode(), e.officialCode());
            if (e.day() != null) {
                issuedPerDay.merge(dayKey(e.agencyCode(), LocalDate.parse(e.day())), 1, Integer::sum);
            }
        }
    }

    /** Accepts a well-formed submission under {@code key} (or answers the first acceptance again). */
    synchronized Result accept(String key, JsonNode submission, byte[] body) {
        Entry known = byKey.get(key);
        if (known != null) {
            replays++;
            return new Result(known, true);
        }
        String event = submission.get("event").asText();
        String agency = submission.path("centre").path("agencyCode").asText();
        String dossier = submission.path("dossier").path("code").asText();
        String code = codeByDossier.get(agency + "/" + dossier);
        String typed = SubmissionCheck.text(submission.path("dossier"), "officialCode");
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String issuedDay = null;
        if (code == null && typed != null) {
            code = typed; // an official typed the code the portal issued: keep it
        } else if (code == null && "received".equals(event)) {
            code = codes.code(agency, today, issuedPerDay.getOrDefault(dayKey(agency, today), 0) + 1);
            issuedDay = today.toString();
        }
        String status = code != null && !"refused".equals(event) && !"supplement_requested".equals(event)
                ? "received" : event;
        Entry entry = new Entry(key, event, agency, dossier, code, status, clock.instant().toString(), issuedDay);
        write(dir.resolve("received").resolve((byKey.size() + 1) + ".json"), body, false);
        try {
            write(dir.resolve("ledger.jsonl"), (json.writeValueAsString(entry) + "\n")
                    .getBytes(StandardCharsets.UTF_8), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        remember(entry);
        return new Result(entry, false);
    }

    private String dayKey(String agency, LocalDate day) {
        return (codes.perAgency() ? agency : "") + "/" + day;
    }

    private static void write(Path file, byte[] bytes, boolean append) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("the simulator cannot write " + file, e);
        }
    }

    synchronized List<Entry> entries() {
        return new ArrayList<>(byKey.values());
    }

    /** How many submissions were answered again from the ledger since this process started. */
    synchronized int replays() {
        return replays;
    }

    /** The dossier code (as the centre sent it) of an official code. */
    synchronized Optional<Entry> byOfficialCode(String officialCode) {
        return byKey.values().stream().filter(e -> officialCode.equals(e.officialCode())).findFirst();
    }
}
