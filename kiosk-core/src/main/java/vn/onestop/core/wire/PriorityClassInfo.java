package vn.onestop.core.wire;

/** A priority class (elderly, pregnant...) in the order the centre serves them, highest first. */
public record PriorityClassInfo(String code, String nameVi, String nameEn) {}
