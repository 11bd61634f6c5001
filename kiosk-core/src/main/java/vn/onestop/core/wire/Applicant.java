package vn.onestop.core.wire;

import java.time.LocalDate;

/** The applicant as read from the chip ID card (CCCD): personal data, never logged. */
public record Applicant(String name, String idNumber, LocalDate dateOfBirth, String address) {}
