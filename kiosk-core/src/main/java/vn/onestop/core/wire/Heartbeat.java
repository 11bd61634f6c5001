package vn.onestop.core.wire;

/** Sent by a kiosk every minute or so: device health, free disk, software version, undelivered outbox items. */
public record Heartbeat(PrinterHealth printer, boolean scannerOk, long freeDiskBytes, String appVersion,
        int outboxPending) {}
