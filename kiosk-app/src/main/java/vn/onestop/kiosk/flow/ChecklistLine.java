package vn.onestop.kiosk.flow;

import vn.onestop.core.slip.DocumentForm;

/** One required document of the procedure on the filing checklist: handed in or not, in which form, how many. */
public record ChecklistLine(String name, boolean handedIn, DocumentForm form, int quantity) {}
