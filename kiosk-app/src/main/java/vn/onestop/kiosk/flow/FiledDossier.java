package vn.onestop.kiosk.flow;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A dossier the server registered: its code and appointment (no personal data), and whether the slip came out
 * of the printer ({@code printProblem} is a stable code such as "paper-out" when it did not). A dossier prepared
 * at the kiosk (issue 22) has its preparation code as {@code code}, no appointment (null: the time limit runs from
 * the official's reception), the number of documents and pages scanned, and the queue number of the desk where an
 * official receives it (null when no ticket could be issued).
 */
public record FiledDossier(String code, String procedureCode, LocalDateTime appointmentAt, boolean provisional,
        boolean slipPrinted, String printProblem, boolean prepared, int documents, int pages, String queueNumber) {
    public FiledDossier {
        Objects.requireNonNull(code, "code");
        if (!prepared) {
            Objects.requireNonNull(appointmentAt, "appointmentAt");
        }
    }

    /** A dossier received with an appointment (before issue 22; kept for old callers). */
    public FiledDossier(String code, String procedureCode, LocalDateTime appointmentAt, boolean provisional,
            boolean slipPrinted, String printProblem) {
        this(code, procedureCode, appointmentAt, provisional, slipPrinted, printProblem, false, 0, 0, null);
    }

    /** A dossier prepared at the kiosk, awaiting an official's reception. */
    public static FiledDossier prepared(String preparationCode, String procedureCode, boolean slipPrinted,
            String printProblem, int documents, int pages, String queueNumber) {
        return new FiledDossier(preparationCode, procedureCode, null, false, slipPrinted, printProblem, true,
                documents, pages, queueNumber);
    }
}
