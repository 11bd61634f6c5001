package vn.onestop.core.wire;

/** One queue line of the centre: ticket prefix (e.g. "A"), names in Vietnamese and English. */
public record ServiceInfo(String code, String nameVi, String nameEn) {}
