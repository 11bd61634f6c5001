package vn.onestop.core.wire;

import java.time.Instant;
import java.time.LocalDate;

/** A dossier's public status, as looked up by its code (no personal data). */
public record DossierView(String code, String procedureCode, String status, Instant receivedAt,
        LocalDate appointmentDate, String delivery) {}
