package vn.onestop.server.mobile;

import java.time.Instant;
import java.util.List;

/**
 * What a citizen's phone shows of a ticket (issue 24): no personal data and no ticket id. {@code status} is the
 * ticket's ({@code waiting}, {@code called}, {@code serving}, {@code parked}, {@code done}, {@code no_show},
 * {@code voided}); {@code peopleAhead} and {@code estimatedWaitMinutes} count while it waits; {@code counterId} and
 * {@code counterName} say where to go once called; {@code parkedUntil} is when a ticket the citizen parked goes
 * back to its place; the {@code can...} flags say which buttons the page offers. {@code notifyChannels} are the
 * channels this server can notify by ({@code email}, {@code sms}; empty when notifications are off),
 * {@code canNotify} whether the ticket may still ask for them (waiting or parked), and {@code notifying} the
 * addresses already given, masked.
 */
public record MobileTicketState(String number, String serviceCode, String serviceNameVi, String serviceNameEn,
        String status, int peopleAhead, int estimatedWaitMinutes, String counterId, String counterName,
        Instant parkedUntil, boolean canPark, boolean canReturn, boolean canCancel, int parkMinutes,
        List<String> notifyChannels, boolean canNotify, List<Notifying> notifying) {

    /** A notification asked for from the phone: its channel and the address as shown, masked. */
    public record Notifying(String channel, String to) {}
}
