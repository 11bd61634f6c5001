package vn.onestop.server.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.onestop.core.ticket.TicketNumber;
import vn.onestop.core.wire.IssueTicketRequest;
import vn.onestop.server.Rejection;

/**
 * A ticket a kiosk issued while offline, checked: the number printed on it and when the citizen took it.
 * Queue rule: it joins its queue at its original issue time (so the citizen keeps the place they had), clamped to
 * now when the kiosk's clock ran ahead; a ticket delivered after its own day is kept for the record, voided.
 */
record OfflineArrival(String number, long issuedAt, long queuedAt, String serviceDay) {
    /** The offline part of a request, or null for a ticket issued online; refuses a malformed one. */
    static OfflineArrival of(IssueTicketRequest r, String serviceCode, Instant now, ZoneId zone) {
        if (!r.offline()) {
            return null;
        }
        if (r.offlineNumber() == null || r.offlineIssuedAt() == null) {
            throw Rejection.invalid("offlineNumber and offlineIssuedAt go together (a ticket issued offline)");
        }
        var service = TicketNumber.offlineService(r.offlineNumber());
        if (service.isEmpty()) {
            throw Rejection.invalid("offlineNumber must be the kiosk's prefix, a dash, the service code and 3-5 "
                    + "digits, e.g. K1-A001");
        }
        if (!service.get().equals(serviceCode)) {
            throw Rejection.invalid("offlineNumber " + r.offlineNumber() + " is not a number of service "
                    + serviceCode);
        }
        long issued = r.offlineIssuedAt().toEpochMilli();
        long queued = Math.min(issued, now.toEpochMilli());
        return new OfflineArrival(r.offlineNumber(), issued, queued,
                LocalDate.ofInstant(Instant.ofEpochMilli(queued), zone).toString());
    }
}
