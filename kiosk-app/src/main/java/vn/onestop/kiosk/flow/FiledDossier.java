package vn.onestop.kiosk.flow;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A dossier the server registered: its code and appointment (no personal data), and whether the slip came out
 * of the printer ({@code printProblem} is a stable code such as "paper-out" when it did not).
 */
public record FiledDossier(String code, String procedureCode, LocalDateTime appointmentAt, boolean provisional,
        boolean slipPrinted, String printProblem) {
    public FiledDossier {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(appointmentAt, "appointmentAt");
    }
}
