package vn.onestop.server.notify;

/**
 * Sends one message to one address (an e-mail server, an SMS gateway). Blocking, up to the channel's time-out; never
 * throws for a failed delivery: the {@link Outcome} says whether it was delivered, failed for now (try again later)
 * or failed for good (trying again cannot help). Its detail never holds the address.
 */
public interface Notifier {

    /** One message: to whom, what, and the key that stays the same on every attempt of it. */
    record Message(Contact to, String subject, String body, String idempotencyKey) {}

    /** What became of one attempt. */
    enum Result {
        DELIVERED, TEMPORARY_FAILURE, PERMANENT_FAILURE
    }

    /** An attempt's result with a short reason a technician can act on (no personal data). */
    record Outcome(Result result, String detail) {
        public static Outcome delivered() {
            return new Outcome(Result.DELIVERED, null);
        }

        public static Outcome temporary(String detail) {
            return new Outcome(Result.TEMPORARY_FAILURE, detail);
        }

        public static Outcome permanent(String detail) {
            return new Outcome(Result.PERMANENT_FAILURE, detail);
        }
    }

    Outcome send(Message message);
}
