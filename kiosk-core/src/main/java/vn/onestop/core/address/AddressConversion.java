package vn.onestop.core.address;

import java.util.List;
import java.util.Objects;

/**
 * What the card's address becomes in the administrative units in force since 1 July 2025.
 *
 * @param original   the address as printed on the card
 * @param status     how the conversion went
 * @param candidates the address in the new units: exactly one when {@link Status#CONVERTED} or
 *                   {@link Status#ALREADY_CURRENT}, several for the citizen to pick from when {@link Status#AMBIGUOUS},
 *                   none when {@link Status#UNKNOWN}
 */
public record AddressConversion(String original, Status status, List<String> candidates) {

    /** The outcome of a conversion. */
    public enum Status {
        /** A pre-reform address converted to the new commune and province. */
        CONVERTED,
        /** Already written in the new units (or the conversion changes nothing). */
        ALREADY_CURRENT,
        /** Several new communes fit: the citizen picks one. */
        AMBIGUOUS,
        /** Not found in the official list: the citizen types the address. */
        UNKNOWN
    }

    public AddressConversion {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(status, "status");
        candidates = List.copyOf(candidates);
        if ((status == Status.CONVERTED || status == Status.ALREADY_CURRENT) && candidates.size() != 1) {
            throw new IllegalArgumentException(status + " needs exactly one candidate");
        }
    }

    /** Nothing to convert: the address is used as it is. */
    public static AddressConversion unknown(String original) {
        return new AddressConversion(original, Status.UNKNOWN, List.of());
    }

    /** The address to start the form with: the converted one when there is exactly one, else the card's. */
    public String proposed() {
        return candidates.size() == 1 ? candidates.get(0) : original;
    }

    /** Whether the citizen must choose or type (ambiguous or unknown). */
    public boolean needsChoice() {
        return status == Status.AMBIGUOUS || status == Status.UNKNOWN;
    }

    /** Whether the old and new addresses differ (then both are shown side by side). */
    public boolean changed() {
        return status != Status.ALREADY_CURRENT && !(candidates.size() == 1 && candidates.get(0).equals(original));
    }

    /** Never shows the addresses (personal data). */
    @Override
    public String toString() {
        return "AddressConversion[" + status + ", candidates=" + candidates.size() + "]";
    }
}
