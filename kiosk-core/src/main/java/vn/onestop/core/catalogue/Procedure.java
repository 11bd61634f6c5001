package vn.onestop.core.catalogue;

import java.util.List;

/**
 * One administrative procedure (thủ tục hành chính) of the catalogue.
 *
 * @param code            the catalogue's code, e.g. {@code "HC-PT"}
 * @param nameVi          name in Vietnamese
 * @param nameEn          name in English
 * @param fieldVi         field (lĩnh vực) in Vietnamese
 * @param fieldEn         field in English
 * @param documents       required documents, in Vietnamese
 * @param processingDays  statutory processing time in working days; {@code 0} = within the day; null = not sourced
 * @param feeVnd          fee in VND; null = set by the province
 * @param online          online level
 * @param postalReturn    whether the result can be returned by post; null = unknown
 * @param cutoff15h       whether a dossier received after 15:00 counts from the next working day
 * @param serviceCode     the queue service (ticket prefix) that serves it
 * @param fileableAtKiosk whether the kiosk may prepare and file the dossier
 * @param unverified      values not checked against the official text (shown to staff, kept as data)
 * @param source          where the data came from
 * @param processingNote  free note on processing time (may be empty)
 * @param feeNote         free note on fees and exemptions (may be empty)
 * @param filing          the filing channel, national code, portal link and online steps
 */
public record Procedure(String code, String nameVi, String nameEn, String fieldVi, String fieldEn,
                        List<String> documents, Integer processingDays, Long feeVnd, OnlineLevel online,
                        Boolean postalReturn, boolean cutoff15h, String serviceCode, boolean fileableAtKiosk,
                        List<String> unverified, String source, String processingNote, String feeNote,
                        OnlineFiling filing) {

    public Procedure {
        filing = filing == null ? OnlineFiling.fromLevel(online) : filing;
        documents = List.copyOf(documents);
        unverified = List.copyOf(unverified);
        processingNote = processingNote == null ? "" : processingNote;
        feeNote = feeNote == null ? "" : feeNote;
    }

    /** Without filing data: the channel follows the online level, no portal link. */
    public Procedure(String code, String nameVi, String nameEn, String fieldVi, String fieldEn,
                     List<String> documents, Integer processingDays, Long feeVnd, OnlineLevel online,
                     Boolean postalReturn, boolean cutoff15h, String serviceCode, boolean fileableAtKiosk,
                     List<String> unverified, String source, String processingNote, String feeNote) {
        this(code, nameVi, nameEn, fieldVi, fieldEn, documents, processingDays, feeVnd, online, postalReturn,
                cutoff15h, serviceCode, fileableAtKiosk, unverified, source, processingNote, feeNote, null);
    }

    /** Without the free notes. */
    public Procedure(String code, String nameVi, String nameEn, String fieldVi, String fieldEn,
                     List<String> documents, Integer processingDays, Long feeVnd, OnlineLevel online,
                     Boolean postalReturn, boolean cutoff15h, String serviceCode, boolean fileableAtKiosk,
                     List<String> unverified, String source) {
        this(code, nameVi, nameEn, fieldVi, fieldEn, documents, processingDays, feeVnd, online, postalReturn,
                cutoff15h, serviceCode, fileableAtKiosk, unverified, source, "", "");
    }

    public FilingChannel channel() {
        return filing.channel();
    }

    /** The online steps with this procedure's name and national code filled in. */
    public List<GuideText> onlineSteps() {
        return filing.steps().stream().map(t -> t.forProcedure(nameVi, nameEn, filing.nationalCode())).toList();
    }

    /** A copy with other filing data (the server's channel or link over the kiosk's file). */
    public Procedure withFiling(OnlineFiling other) {
        return new Procedure(code, nameVi, nameEn, fieldVi, fieldEn, documents, processingDays, feeVnd, online,
                postalReturn, cutoff15h, serviceCode, fileableAtKiosk, unverified, source, processingNote, feeNote,
                other);
    }

    public ProcedureField field() {
        return new ProcedureField(fieldVi, fieldEn);
    }

    /** Whether some value of this entry is not verified against the official text. */
    public boolean hasUnverified() {
        return !unverified.isEmpty();
    }
}
