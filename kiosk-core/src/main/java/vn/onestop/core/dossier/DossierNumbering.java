package vn.onestop.core.dossier;

import java.time.LocalDate;

/**
 * The centre's dossier code settings, checked when the configuration loads: the receiving unit's agency code
 * and the width of the daily sequence. The daily counter itself is kept by whoever stores dossiers (the server);
 * it restarts at 1 each day, so the code stays unique by date.
 *
 * @param agencyCode    e.g. {@code 000.00.00.H41} or {@code H55.242}
 * @param sequenceWidth digits of the daily sequence (4 in Circular 01/2018; some systems use 6 or 7)
 */
public record DossierNumbering(String agencyCode, int sequenceWidth) {

    /** @throws DossierCodeException if the agency code or width is malformed */
    public DossierNumbering {
        new DossierCode(agencyCode, LocalDate.of(2000, 1, 1), 1, sequenceWidth);
    }

    /** The code of the {@code sequence}-th dossier received on {@code date}. */
    public DossierCode code(LocalDate date, int sequence) {
        return new DossierCode(agencyCode, date, sequence, sequenceWidth);
    }

    /** The most dossiers a day can number with this width. */
    public int dailyCapacity() {
        return (int) Math.pow(10, sequenceWidth) - 1;
    }
}
