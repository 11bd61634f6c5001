package vn.onestop.core.identity;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Outcome of reading an ID card payload or checking a typed ID number: either valid (no problems) or invalid
 * with every problem found. An invalid result never carries an identity, not even a partial one.
 * {@link CccdParser#checkIdNumber(String)} returns a valid result without an identity (only the number was checked).
 */
public final class IdentityResult {

    private final CitizenIdentity identity;
    private final List<IdentityProblem> problems;
    private final List<IdentityProblem> warnings;

    private IdentityResult(CitizenIdentity identity, List<IdentityProblem> problems, List<IdentityProblem> warnings) {
        this.identity = identity;
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
    }

    /** A valid card read (also for fakes in other modules' tests). */
    public static IdentityResult of(CitizenIdentity identity) {
        return of(identity, List.of());
    }

    /** A valid card read with notes for staff (e.g. an ID number whose first digits are no known province code). */
    public static IdentityResult of(CitizenIdentity identity, List<IdentityProblem> warnings) {
        return new IdentityResult(java.util.Objects.requireNonNull(identity, "identity"), List.of(), warnings);
    }

    /** A typed number that passed {@link CccdParser#checkIdNumber(String)}. */
    public static IdentityResult numberOnly() {
        return numberOnly(List.of());
    }

    /** A typed number that passed, with notes for staff. */
    public static IdentityResult numberOnly(List<IdentityProblem> warnings) {
        return new IdentityResult(null, List.of(), warnings);
    }

    /** A refusal with at least one problem. */
    public static IdentityResult invalid(List<IdentityProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid result needs at least one problem");
        }
        return new IdentityResult(null, problems, List.of());
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The identity read from a valid card payload; empty when invalid or when only a number was checked. */
    public Optional<CitizenIdentity> identity() {
        return Optional.ofNullable(identity);
    }

    /** Every problem found, in the order of the payload's fields; empty when valid. */
    public List<IdentityProblem> problems() {
        return problems;
    }

    /**
     * Notes for staff that never refuse the card, e.g. {@code ID_PROVINCE_UNKNOWN}: the first three digits are
     * not one of the 63 birth-registration province codes (citizens registered abroad may carry other codes).
     */
    public List<IdentityProblem> warnings() {
        return warnings;
    }

    /** The warning codes (no personal data). */
    public List<String> warningCodes() {
        return warnings.stream().map(IdentityProblem::code).collect(Collectors.toList());
    }

    /** The problem codes, handy for logs (codes carry no personal data) and tests. */
    public List<String> problemCodes() {
        return problems.stream().map(IdentityProblem::code).collect(Collectors.toList());
    }

    @Override
    public String toString() {
        return valid() ? "IdentityResult[valid, " + identity + ", warnings=" + warningCodes() + "]" : "IdentityResult[invalid, " + problemCodes() + "]";
    }
}
