package vn.onestop.server.centre;

/**
 * A public administration service centre (or reception point) of the province. {@code id} is the short key used in
 * URLs and rows ({@code main} for the centre a single-centre install starts with); {@code agencyCode} is the receiving
 * unit's electronic ID code, the first part of its dossier codes; {@code timeZone} a zone id such as
 * Asia/Ho_Chi_Minh; {@code openingHours} free text shown to citizens (e.g. "Mon-Fri 7:30-11:30, 13:30-17:00").
 */
public record Centre(String id, String nameVi, String nameEn, CentreKind kind, String provinceCode,
        String agencyCode, String address, String timeZone, String openingHours, boolean disabled) {

    /** The id of the centre every single-centre database has (migration V33). */
    public static final String MAIN = "main";

    /** The key a staff grant uses for "every centre of the province". */
    public static final String PROVINCE = "*";

    public java.time.ZoneId zone() {
        return java.time.ZoneId.of(timeZone);
    }
}
