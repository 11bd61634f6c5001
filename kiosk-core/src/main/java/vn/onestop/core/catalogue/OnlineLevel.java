package vn.onestop.core.catalogue;

/** How far a procedure can be done online (Decree 42/2022): not at all, partly ("một phần"), fully ("toàn trình"). */
public enum OnlineLevel {
    NONE,
    PARTIAL,
    FULL
}
