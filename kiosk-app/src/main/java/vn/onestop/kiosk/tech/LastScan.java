package vn.onestop.kiosk.tech;

import java.time.Instant;

/**
 * What the technician sees of the last scan: when, from which scanner, how long, and whether it was
 * accepted or why not. Never the payload (it is personal data).
 */
public record LastScan(Instant at, String source, int length, String outcome) {}
