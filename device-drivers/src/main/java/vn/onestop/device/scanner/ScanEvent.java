package vn.onestop.device.scanner;

import java.time.Instant;

/** Something a scanner saw: a whole code, or an error in place of one. */
public sealed interface ScanEvent {

    /** Which kind of scanner produced the event. */
    enum Source { SERIAL, KEYBOARD_WEDGE, CAMERA, SIMULATED }

    Source source();

    Instant at();

    /** A complete code, exactly as the scanner sent it (UTF-8 decoded, terminator removed). */
    record CodeScanned(String code, Source source, Instant at) implements ScanEvent {
        /** Masks the code (it may be an ID card payload), so an event in a log line leaks nothing. */
        @Override
        public String toString() {
            return "CodeScanned[code=<" + code.length() + " chars>, source=" + source + ", at=" + at + "]";
        }
    }

    /**
     * A code could not be read. {@code reason} is a stable code (e.g. "invalid-utf8", "too-long",
     * "wedge-non-ascii"); the kiosk maps it to a message. Never contains the payload itself.
     */
    record ScanFailed(String reason, Source source, Instant at) implements ScanEvent {}
}
