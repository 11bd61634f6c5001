package vn.onestop.server.dossier.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * A PDF checked by veraPDF (the reference PDF/A validator) against PDF/A-2b: whether it complies, how many checks
 * ran, and every failed rule with its clause, test number, description and where it failed first.
 */
record PdfAValidation(boolean compliant, int checks, List<String> failedRules) {
    static final PDFAFlavour FLAVOUR = PDFAFlavour.PDFA_2_B;

    /** Parses and validates {@code pdf}; an unreadable file is a failed validation, not an exception. */
    static PdfAValidation of(byte[] pdf) {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), FLAVOUR);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(FLAVOUR, false)) {
            ValidationResult result = validator.validate(parser);
            return new PdfAValidation(result.isCompliant(), result.getTotalAssertions(),
                    failedRules(validator, result));
        } catch (ModelParsingException | EncryptedPdfException | ValidationException e) {
            return new PdfAValidation(false, 0, List.of("veraPDF cannot read the file: " + e.getMessage()));
        } catch (Exception e) { // close() of veraPDF's components is declared to throw Exception
            throw new IllegalStateException("veraPDF failed: " + e, e);
        }
    }

    /** One line per failed rule, in clause order: "clause 6.2.4.3, test 2 (3 failed checks): description [first at: object path]". */
    private static List<String> failedRules(PDFAValidator validator, ValidationResult result) {
        Map<String, String> first = new TreeMap<>();
        Map<String, Integer> count = new TreeMap<>();
        for (TestAssertion a : result.getTestAssertions()) {
            if (a.getStatus() != TestAssertion.Status.FAILED) {
                continue;
            }
            RuleId id = a.getRuleId();
            String key = id.getClause() + "-" + id.getTestNumber();
            Rule rule = validator.getProfile().getRuleByRuleId(id);
            String description = rule == null ? a.getMessage() : rule.getDescription();
            first.putIfAbsent(key, description + " [first at: " + where(a) + "]");
            count.merge(key, 1, Integer::sum);
        }
        return first.entrySet().stream()
                .map(e -> "clause " + e.getKey().replace("-", ", test ") + " (" + count.get(e.getKey())
                        + " failed checks): " + e.getValue())
                .toList();
    }

    private static String where(TestAssertion a) {
        String context = a.getLocation() == null ? null : a.getLocation().getContext();
        return context != null ? context : a.getLocationContext();
    }

    /** The report for a failure message: every failed rule on its own line. */
    String report() {
        return "veraPDF " + FLAVOUR.getId() + ": " + (compliant ? "compliant" : "NOT compliant") + ", " + checks
                + " checks, " + failedRules.size() + " failed rules" + (failedRules.isEmpty() ? ""
                        : ":\n  " + String.join("\n  ", failedRules));
    }
}
