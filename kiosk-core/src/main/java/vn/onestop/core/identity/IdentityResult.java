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

    private IdentityResult(CitizenIdentity identity, List<IdentityProblem> problems) {
        this.identity = identity;
        this.problems = List.copyOf(problems);
    }

    /** A valid card read (also for fakes in other modules' tests). */
    public static IdentityResult of(CitizenIdentity identity) {
        return new IdentityResult(java.util.Objects.requireNonNull(identity, "identity"), List.of());
    }

    /** A typed number that passed {@link CccdParser#checkIdNumber(String)}. */
    public static IdentityResult numberOnly() {
        return new IdentityResult(null, List.of());
    }

    /** A refusal with at least one problem. */
    public static IdentityResult invalid(List<IdentityProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid result needs at least one problem");
        }
        return new IdentityResult(null, problems);
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

    /** The problem codes, handy for logs (codes carry no personal data) and tests. */
    public List<String> problemCodes() {
        return problems.stream().map(IdentityProblem::code).collect(Collectors.toList());
    }

    @Override
    public String toString() {
        return valid() ? "IdentityResult[valid, " + identity + "]" : "IdentityResult[invalid, " + problemCodes() + "]";
    }
}
