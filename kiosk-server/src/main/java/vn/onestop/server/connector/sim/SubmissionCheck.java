package vn.onestop.server.connector.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * What the simulated provincial system refuses (422 with one message per field), as docs/provincial-connector.md
 * lists: a missing or unknown event, centre, dossier code or procedure code; an applicant without a name, a 12-digit
 * ID number or an ISO date of birth; an unknown return method or a postal return without an address; a document
 * whose content is not a PDF or does not match its SHA-256; and, when PDFs are required, a received dossier with a
 * document that has none. Pure.
 */
public final class SubmissionCheck {
    static final Set<String> EVENTS = Set.of("prepared", "received", "supplement_requested", "refused");
    private final boolean requirePdfs;

    public SubmissionCheck(boolean requirePdfs) {
        this.requirePdfs = requirePdfs;
    }

    /** One reason per problem; empty when the submission is well formed. */
    public List<Error> problems(JsonNode s) {
        List<Error> out = new ArrayList<>();
        String event = text(s, "event");
        if (event == null || !EVENTS.contains(event)) {
            out.add(new Error("event", "must be one of " + EVENTS));
        }
        required(s.path("centre"), "agencyCode", "centre.agencyCode", 40, out);
        JsonNode d = s.path("dossier");
        required(d, "code", "dossier.code", 64, out);
        required(d, "procedureCode", "dossier.procedureCode", 40, out);
        String delivery = text(d, "delivery");
        if (!"COUNTER".equals(delivery) && !"POST".equals(delivery)) {
            out.add(new Error("dossier.delivery", "must be COUNTER or POST"));
        } else if ("POST".equals(delivery) && text(d, "postalAddress") == null) {
            out.add(new Error("dossier.postalAddress", "is required for a postal return"));
        }
        JsonNode a = s.path("applicant");
        required(a, "name", "applicant.name", 200, out);
        String id = text(a, "idNumber");
        if (id == null || !id.matches("\\d{12}")) {
            out.add(new Error("applicant.idNumber", "must be the 12-digit personal identification number"));
        }
        String birth = text(a, "dateOfBirth");
        try {
            if (birth == null || LocalDate.parse(birth).isAfter(LocalDate.now())) {
                out.add(new Error("applicant.dateOfBirth", "must be a past date, YYYY-MM-DD"));
            }
        } catch (DateTimeParseException e) {
            out.add(new Error("applicant.dateOfBirth", "must be a date, YYYY-MM-DD"));
        }
        documents(s.path("documents"), "received".equals(event), out);
        return out;
    }

    private void documents(JsonNode docs, boolean received, List<Error> out) {
        if (!docs.isArray()) {
            out.add(new Error("documents", "must be a list"));
            return;
        }
        for (int i = 0; i < docs.size(); i++) {
            JsonNode doc = docs.get(i);
            String field = "documents[" + i + "]";
            String content = text(doc, "content");
            if (content == null) {
                if (requirePdfs && received) {
                    out.add(new Error(field + ".content", "a received dossier needs the scanned PDF of every "
                            + "document"));
                }
                continue;
            }
            byte[] pdf;
            try {
                pdf = Base64.getDecoder().decode(content);
            } catch (IllegalArgumentException e) {
                out.add(new Error(field + ".content", "is not Base64"));
                continue;
            }
            if (pdf.length < 5 || !new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
                out.add(new Error(field + ".content", "is not a PDF"));
            } else if (!sha256(pdf).equalsIgnoreCase(String.valueOf(text(doc, "sha256")))) {
                out.add(new Error(field + ".sha256", "does not match the content"));
            }
        }
    }

    private static void required(JsonNode n, String name, String field, int max, List<Error> out) {
        String v = text(n, name);
        if (v == null) {
            out.add(new Error(field, "is required"));
        } else if (v.length() > max) {
            out.add(new Error(field, "must be at most " + max + " characters"));
        }
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank() ? null : v.asText();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One refused field and why. */
    public record Error(String field, String message) {}
}
