package vn.onestop.core.slip;

import java.util.Objects;

/**
 * One line of the documents checklist: the document's name (from the catalogue), original or copy, and how many.
 *
 * @param name     the document's name in Vietnamese
 * @param form     original, copy or certified copy
 * @param quantity how many were handed in, 1 to {@value #MAX_QUANTITY}
 */
public record ReceivedDocument(String name, DocumentForm form, int quantity) {
    public static final int MAX_QUANTITY = 99;

    public ReceivedDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(form, "form");
    }
}
