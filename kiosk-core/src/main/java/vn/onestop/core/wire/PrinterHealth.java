package vn.onestop.core.wire;

/**
 * The ticket printer as the kiosk last read it. {@code statusBits} are the raw ESC/POS real-time status bytes
 * (DLE EOT 1..4, one byte each, byte n at bits 8(n-1)..8n-1) so a technician can decode them; the booleans are the kiosk's reading.
 */
public record PrinterHealth(boolean online, boolean paperLow, boolean paperOut, boolean coverOpen, boolean cutterError,
        int statusBits) {}
