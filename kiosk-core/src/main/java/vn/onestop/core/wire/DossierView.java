package vn.onestop.core.wire;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A dossier's public status, as looked up by its code (no personal data): procedure, current status with its
 * names, the timeline oldest first, the appointment and the postal tracking number once handed to the post.
 * {@code appointmentAt} is local time at the centre; {@code appointmentProvisional} is true when it rests on
 * holidays computed, not yet published.
 *
 * <p>Issue 22: {@code code} is the centre's key of the dossier (the preparation code for a dossier prepared at a
 * kiosk, the old dossier code for one filed before). {@code officialCode} is the dossier code the official recorded
 * on reception (issued by the portal / provincial system), null until then; {@code preparationCode} is the kiosk's
 * preparation code, null for old dossiers. {@code receivedAt} and {@code appointmentAt} are null while the dossier
 * is not received. {@code reception} is a {@link vn.onestop.core.dossier.Reception} code ({@code pending},
 * {@code official}, {@code kiosk_legacy}) with its names, so a lookup can say that an old dossier was received by
 * the kiosk before official reception existed; null from an older server.
 */
public record DossierView(String code, String procedureCode, String procedureNameVi, String procedureNameEn,
        String status, String statusVi, String statusEn, Instant receivedAt, LocalDateTime appointmentAt,
        boolean appointmentProvisional, String delivery, String trackingNumber, List<StatusStep> timeline,
        String officialCode, String preparationCode, String reception, String receptionVi, String receptionEn) {

    /** A view as an older server sends it (no official code, preparation code or reception marker). */
    public DossierView(String code, String procedureCode, String procedureNameVi, String procedureNameEn,
            String status, String statusVi, String statusEn, Instant receivedAt, LocalDateTime appointmentAt,
            boolean appointmentProvisional, String delivery, String trackingNumber, List<StatusStep> timeline) {
        this(code, procedureCode, procedureNameVi, procedureNameEn, status, statusVi, statusEn, receivedAt,
                appointmentAt, appointmentProvisional, delivery, trackingNumber, timeline, null, null, null, null,
                null);
    }
}
