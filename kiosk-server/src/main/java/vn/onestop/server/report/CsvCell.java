package vn.onestop.server.report;

/** One cell of the server's RFC 4180 CSV exports (the report, ratings per official). */
public final class CsvCell {
    private CsvCell() {}

    /**
     * The cell as written: a value starting with = + - @, a tab or a carriage return would start a formula in
     * spreadsheet programs (security review, finding 15), so it is prefixed with ' (numbers excepted); a value with a
     * quote, comma or line break is quoted.
     */
    public static String of(String v) {
        String safe = v.isEmpty() || "=+-@\t\r".indexOf(v.charAt(0)) < 0 || v.matches("-?[0-9.]+") ? v : "'" + v;
        return safe.matches("(?s).*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
