package vn.onestop.kiosk.flow;

import java.util.Objects;

/**
 * What the citizen asked for with one tap on "take a ticket". The idempotency key is made once per
 * session and procedure, so a repeated tap or a retry can never make a second ticket.
 *
 * @param priorityClass null for the normal class
 */
public record TicketOrder(String idempotencyKey, String serviceCode, String priorityClass, String procedureCode,
        String procedureNameVi, String procedureNameEn) {
    public TicketOrder {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(serviceCode, "serviceCode");
    }
}
