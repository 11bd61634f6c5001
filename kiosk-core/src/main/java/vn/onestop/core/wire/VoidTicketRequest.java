package vn.onestop.core.wire;

/** Void a ticket that the citizen does not hold (e.g. reason "print-failed: paper out"). */
public record VoidTicketRequest(String reason) {}
