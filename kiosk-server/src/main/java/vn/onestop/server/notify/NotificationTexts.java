package vn.onestop.server.notify;

/**
 * The texts of the ticket notifications, Vietnamese first and English second. They carry the ticket number and the
 * counter only: no name, no address, nothing else about the citizen. Short enough for two SMS segments.
 */
final class NotificationTexts {
    private NotificationTexts() {}

    /** A subject and a body. */
    record Text(String subject, String body) {}

    static Text ahead(String number, int ahead) {
        if (ahead == 0) {
            return new Text("Số " + number + ": sắp đến lượt / Number " + number + ": you are next",
                    "Số " + number + " sắp đến lượt. Xin có mặt gần các quầy.\n"
                            + "Number " + number + " is next. Please stay close to the counters.");
        }
        return new Text("Số " + number + ": còn " + ahead + " người / Number " + number + ": " + ahead + " ahead",
                "Số " + number + " còn " + ahead + " người nữa là đến lượt. Xin có mặt gần các quầy.\n"
                        + "Number " + number + " is " + ahead + (ahead == 1 ? " person" : " people")
                        + " away. Please stay close to the counters.");
    }

    static Text called(String number, String counterName, String counterId) {
        return new Text("Mời số " + number + " đến " + counterName + " / Number " + number + ": counter " + counterId,
                "Mời số " + number + " đến " + counterName + ".\n"
                        + "Number " + number + ", please go to counter " + counterId + ".");
    }
}
