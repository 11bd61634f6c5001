package vn.onestop.core.identity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A citizen's identity as read from the QR code of the ID card (the "thẻ Căn cước" since 1 July 2024, or an
 * older chip CCCD card), already validated by {@link CccdParser}.
 * This is personal data (Decree 13/2023): {@link #toString()} masks every field, so a record that slips into a
 * log line leaks nothing; never log the accessors' values.
 *
 * @param idNumber    the 12-digit personal identification number
 * @param oldIdNumber the old 9-digit ID (CMND) number, or {@code ""} if the card carries none
 * @param fullName    full name, NFC-normalised, single spaces
 * @param dateOfBirth date of birth
 * @param sex         sex
 * @param placeOfResidence field 6 of the QR: the place of residence ("nơi cư trú"; permanent or temporary, printed
 *                    with pre-July-2025 units on many cards); {@code ""} if the card carries none
 * @param issueDate   date the card was issued
 */
public record CitizenIdentity(String idNumber, String oldIdNumber, String fullName, LocalDate dateOfBirth,
                              Sex sex, String placeOfResidence, LocalDate issueDate) {

    public CitizenIdentity {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(oldIdNumber, "oldIdNumber");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(placeOfResidence, "placeOfResidence");
        Objects.requireNonNull(issueDate, "issueDate");
    }

    /** Whether the card carries an old ID (CMND) number. */
    public boolean hasOldIdNumber() {
        return !oldIdNumber.isEmpty();
    }

    /** The ID number with all but the first four digits hidden, e.g. {@code 0791********}, for screens and slips. */
    public String maskedIdNumber() {
        return mask(idNumber, 4);
    }

    @Override
    public String toString() {
        return "CitizenIdentity[id=" + maskedIdNumber()
                + ", oldId=" + (hasOldIdNumber() ? "***" : "none")
                + ", name=***, dateOfBirth=***, sex=***, placeOfResidence=***, issueDate=***]";
    }

    static String mask(String text, int keep) {
        if (text.length() <= keep) {
            return "*".repeat(text.length());
        }
        return text.substring(0, keep) + "*".repeat(text.length() - keep);
    }
}
