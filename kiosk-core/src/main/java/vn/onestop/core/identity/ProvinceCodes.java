package vn.onestop.core.identity;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.onestop.core.config.ConfigException;
import vn.onestop.core.config.CsvTable;

/**
 * The 3-digit province codes that open a 12-digit personal ID number (Circular 07/2016/TT-BCA, Appendix 1).
 * IDs issued before the July 2025 merger keep these codes for life, so all 63 stay valid.
 * Loaded from {@code config/provinces.csv} (columns {@code code,name_vi,name_en_ascii}).
 */
public final class ProvinceCodes {

    /** A province of birth registration. */
    public record Province(String code, String nameVi, String nameEn) {
    }

    private final Map<String, Province> byCode;

    private ProvinceCodes(Map<String, Province> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    /**
     * Loads and checks the province list.
     *
     * @throws ConfigException naming the file and line if it is unreadable, a code is not 3 digits,
     *                         a name is missing or a code repeats
     */
    public static ProvinceCodes load(Path file) {
        CsvTable table = CsvTable.read(file, "code", "name_vi", "name_en_ascii");
        Map<String, Province> byCode = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String code = row.get("code");
            if (!code.matches("\\d{3}")) {
                throw new ConfigException(file, "line " + row.line() + ": the code must be 3 digits, found '"
                        + code + "'");
            }
            if (row.get("name_vi").isEmpty()) {
                throw new ConfigException(file, "line " + row.line() + ": name_vi is empty for code " + code);
            }
            Province previous = byCode.put(code, new Province(code, row.get("name_vi"), row.get("name_en_ascii")));
            if (previous != null) {
                throw new ConfigException(file, "line " + row.line() + ": the code " + code + " appears twice");
            }
        }
        if (byCode.isEmpty()) {
            throw new ConfigException(file, "no province codes: the file has a header but no rows");
        }
        return new ProvinceCodes(byCode);
    }

    /** Builds a list in code (tests, tools). */
    public static ProvinceCodes of(Map<String, Province> byCode) {
        return new ProvinceCodes(byCode);
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public Optional<Province> province(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Set<String> codes() {
        return byCode.keySet();
    }

    public int size() {
        return byCode.size();
    }
}
