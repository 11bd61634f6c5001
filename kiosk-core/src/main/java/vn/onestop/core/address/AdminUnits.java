package vn.onestop.core.address;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.onestop.core.config.ConfigException;
import vn.onestop.core.config.CsvTable;

/**
 * The administrative units before and after the two-tier reform of 1 July 2025, from {@code config/address/}:
 * {@code provinces-2025.csv} (the 34 provinces, Resolution 202/2025/QH15, with the old provinces each merged),
 * {@code wards-2025.csv} (the new communes and wards) and {@code ward-mapping-2025.csv} (each old commune or ward
 * with its district and province, and the new commune it went to; Standing Committee resolutions of 2025).
 * Immutable once loaded.
 */
public final class AdminUnits {

    /** A new province (from 1 July 2025). */
    public record Province(String code, String nameVi) { }

    /** One old commune and the new commune it went to. */
    public record OldCommune(String name, String district, String province, String newName, String newProvinceCode) { }

    private final Map<String, Province> provinces;
    private final Map<String, String> newProvinceByKey;
    private final Map<String, String> newProvinceByOldKey;
    private final Map<String, Set<String>> newWardKeys;
    private final Map<String, List<OldCommune>> oldByProvinceKey;

    private AdminUnits(Map<String, Province> provinces, Map<String, String> newProvinceByKey,
                       Map<String, String> newProvinceByOldKey, Map<String, Set<String>> newWardKeys,
                       Map<String, List<OldCommune>> oldByProvinceKey) {
        this.provinces = Map.copyOf(provinces);
        this.newProvinceByKey = Map.copyOf(newProvinceByKey);
        this.newProvinceByOldKey = Map.copyOf(newProvinceByOldKey);
        this.newWardKeys = Map.copyOf(newWardKeys);
        this.oldByProvinceKey = Map.copyOf(oldByProvinceKey);
    }

    /**
     * Loads the three tables from {@code dir}.
     *
     * @throws ConfigException naming the file and line when a table is unreadable or a row names an unknown province
     */
    public static AdminUnits load(Path dir) {
        Path provinceFile = dir.resolve("provinces-2025.csv");
        Map<String, Province> provinces = new HashMap<>();
        Map<String, String> byKey = new HashMap<>();
        Map<String, String> byOldKey = new HashMap<>();
        for (CsvTable.Row row : CsvTable.read(provinceFile, "code", "name_vi", "merged_from_names_vi").rows()) {
            String code = row.get("code");
            provinces.put(code, new Province(code, row.get("name_vi")));
            byKey.put(UnitNames.loose(row.get("name_vi")), code);
            for (String old : row.get("merged_from_names_vi").split(";")) {
                byOldKey.put(UnitNames.loose(old), code);
            }
        }
        Path wardFile = dir.resolve("wards-2025.csv");
        Map<String, Set<String>> wards = new HashMap<>();
        for (CsvTable.Row row : CsvTable.read(wardFile, "code", "name_vi", "province_code").rows()) {
            known(provinces, row.get("province_code"), wardFile, row);
            wards.computeIfAbsent(row.get("province_code"), k -> new HashSet<>()).add(UnitNames.loose(row.get("name_vi")));
        }
        Path mappingFile = dir.resolve("ward-mapping-2025.csv");
        Map<String, List<OldCommune>> old = new HashMap<>();
        for (CsvTable.Row row : CsvTable.read(mappingFile, "old_name_vi", "old_district_vi", "old_province_vi",
                "new_name_vi", "new_province_code").rows()) {
            known(provinces, row.get("new_province_code"), mappingFile, row);
            old.computeIfAbsent(UnitNames.loose(row.get("old_province_vi")), k -> new ArrayList<>())
                    .add(new OldCommune(row.get("old_name_vi"), row.get("old_district_vi"), row.get("old_province_vi"),
                            row.get("new_name_vi"), row.get("new_province_code")));
        }
        if (provinces.isEmpty() || old.isEmpty()) {
            throw new ConfigException(dir, "the address tables are empty");
        }
        old.replaceAll((k, v) -> List.copyOf(v));
        wards.replaceAll((k, v) -> Set.copyOf(v));
        return new AdminUnits(provinces, byKey, byOldKey, wards, old);
    }

    private static void known(Map<String, Province> provinces, String code, Path file, CsvTable.Row row) {
        if (!provinces.containsKey(code)) {
            throw new ConfigException(file, "line " + row.line() + ": unknown province code '" + code + "'");
        }
    }

    /** The 34 provinces by code. */
    public Map<String, Province> provinces() {
        return provinces;
    }

    /** The new province a name designates, read as a new province's name ("Thành phố Hà Nội", "Huế"). */
    Optional<Province> newProvince(String name) {
        return Optional.ofNullable(newProvinceByKey.get(UnitNames.loose(name))).map(provinces::get);
    }

    /** The new province an old (pre-July-2025) province went into. */
    Optional<Province> newProvinceOfOld(String oldName) {
        return Optional.ofNullable(newProvinceByOldKey.get(UnitNames.loose(oldName))).map(provinces::get);
    }

    /** Whether {@code name} is a commune or ward of the new province {@code code}. */
    boolean isNewCommune(String code, String name) {
        return newWardKeys.getOrDefault(code, Set.of()).contains(UnitNames.loose(name));
    }

    /** The old communes of an old province (empty if the name is no old province). */
    List<OldCommune> oldCommunes(String oldProvince) {
        return oldByProvinceKey.getOrDefault(UnitNames.loose(oldProvince), List.of());
    }
}
