package vn.onestop.server;

/**
 * A request the server refuses, with a reason a user can act on. Services throw it; the HTTP layer turns it into
 * an {@code application/problem+json} response with the matching status.
 */
public final class Rejection extends RuntimeException {
    private final Kind kind;

    public Rejection(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static Rejection invalid(String message) {
        return new Rejection(Kind.INVALID, message);
    }

    public static Rejection notFound(String message) {
        return new Rejection(Kind.NOT_FOUND, message);
    }

    public static Rejection conflict(String message) {
        return new Rejection(Kind.CONFLICT, message);
    }

    /** Why a request was refused, with its HTTP status. */
    public enum Kind {
        INVALID(400, "Invalid request"),
        UNAUTHENTICATED(401, "Authentication required"),
        FORBIDDEN(403, "Not allowed"),
        NOT_FOUND(404, "Not found"),
        CONFLICT(409, "Conflict"),
        /** Understood but not done here (e.g. a procedure filed only at the counter): the detail says where. */
        ELSEWHERE(422, "Not done at the kiosk"),
        /** Erased on purpose (personal data past its retention period); it will not come back. */
        GONE(410, "Erased"),
        TOO_LARGE(413, "Request too large"),
        /** A file of the right kind whose content is unusable (a PDF that does not parse, a page not A4). */
        UNPROCESSABLE(422, "Unprocessable document"),
        /** A file of a kind never accepted (e.g. a Word document where scans are expected). */
        UNSUPPORTED(415, "Unsupported file type"),
        TOO_MANY(429, "Too many attempts");

        private final int status;
        private final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }

        public int status() {
            return status;
        }

        public String title() {
            return title;
        }
    }
}
