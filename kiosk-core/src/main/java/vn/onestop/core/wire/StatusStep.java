package vn.onestop.core.wire;

import java.time.Instant;

/** One step of a dossier's timeline: status code, its Vietnamese and English names, and when it happened. */
public record StatusStep(String status, String statusVi, String statusEn, Instant at) {}
