package vn.onestop.device.scanner;

/** Receives scanned codes and scan errors. */
@FunctionalInterface
public interface ScanListener {
    void onEvent(ScanEvent event);
}
