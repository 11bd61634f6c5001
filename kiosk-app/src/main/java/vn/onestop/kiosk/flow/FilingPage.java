package vn.onestop.kiosk.flow;

import java.util.List;

/** The pages of the filing form, in order, with the {@code FilingDraft.problems()} names each one settles. */
public enum FilingPage {
    APPLICANT(List.of("phone", "email")),
    DOCUMENTS(List.of("documents", "sets")),
    DELIVERY(List.of("postalAddress")),
    REVIEW(List.of("consent"));

    private final List<String> fields;

    FilingPage(List<String> fields) {
        this.fields = fields;
    }

    /** The draft's problem names this page must clear before the next one. */
    public List<String> fields() {
        return fields;
    }
}
