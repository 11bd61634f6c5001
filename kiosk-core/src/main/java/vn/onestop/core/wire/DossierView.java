package vn.onestop.core.wire;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A dossier's public status, as looked up by its code (no personal data). {@code appointmentAt} is local time at
 * the centre; {@code appointmentProvisional} is true when it rests on holidays computed, not yet published.
 */
public record DossierView(String code, String procedureCode, String status, Instant receivedAt,
        LocalDateTime appointmentAt, boolean appointmentProvisional, String delivery) {}
