package vn.onestop.kiosk.flow;

/** The screens of the citizen's way, in order. */
public enum Step {
    ATTRACT, IDENTIFY, FIELD, PROCEDURE, INFO, PRIORITY, PRINTING, DONE, FAILED;

    /** Steps where the idle timeout runs (printing waits for the printer; attract has nothing to clear). */
    public boolean idleTimed() {
        return this != ATTRACT && this != PRINTING;
    }
}
