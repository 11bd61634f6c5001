package vn.onestop.core.identity;

import java.util.Objects;

/**
 * One reason an ID card payload or a typed ID number was refused. Messages are for the citizen and the staff;
 * they never quote the input (it is personal data).
 *
 * @param code      stable machine code, e.g. {@code ID_PROVINCE_UNKNOWN} (see {@link IdentityProblems})
 * @param messageVi message in Vietnamese
 * @param messageEn the same message in English
 */
public record IdentityProblem(String code, String messageVi, String messageEn) {
    public IdentityProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageVi, "messageVi");
        Objects.requireNonNull(messageEn, "messageEn");
    }
}
