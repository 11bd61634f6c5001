package vn.onestop.core.wire;

/** A notice a centre's kiosks show on their first screen (set live by the centre's admin), in both languages. */
public record KioskNotice(String vi, String en) {}
