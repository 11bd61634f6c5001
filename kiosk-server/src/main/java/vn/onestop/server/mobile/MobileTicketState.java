package vn.onestop.server.mobile;

import java.time.Instant;

/**
 * What a citizen's phone shows of a ticket (issue 24): no personal data and no ticket id. {@code status} is the
 * ticket's ({@code waiting}, {@code called}, {@code serving}, {@code parked}, {@code done}, {@code no_show},
 * {@code voided}); {@code peopleAhead} and {@code estimatedWaitMinutes} count while it waits; {@code counterId} and
 * {@code counterName} say where to go once called; {@code parkedUntil} is when a ticket the citizen parked goes
 * back to its place; the {@code can...} flags say which buttons the page offers.
 */
public record MobileTicketState(String number, String serviceCode, String serviceNameVi, String serviceNameEn,
        String status, int peopleAhead, int estimatedWaitMinutes, String counterId, String counterName,
        Instant parkedUntil, boolean canPark, boolean canReturn, boolean canCancel, int parkMinutes) {}
