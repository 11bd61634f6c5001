package vn.onestop.core.wire;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A dossier's public status, as looked up by its code (no personal data): procedure, current status with its
 * names, the timeline oldest first, the appointment and the postal tracking number once handed to the post.
 * {@code appointmentAt} is local time at the centre; {@code appointmentProvisional} is true when it rests on
 * holidays computed, not yet published.
 */
public record DossierView(String code, String procedureCode, String procedureNameVi, String procedureNameEn,
        String status, String statusVi, String statusEn, Instant receivedAt, LocalDateTime appointmentAt,
        boolean appointmentProvisional, String delivery, String trackingNumber, List<StatusStep> timeline) {}
