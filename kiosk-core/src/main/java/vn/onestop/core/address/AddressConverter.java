package vn.onestop.core.address;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Converts an address as printed on an ID card ("street, commune, district, province", the three-level units
 * before 1 July 2025) into the two-level units in force since (street, new commune, new province), using the
 * official old-to-new tables in {@link AdminUnits}. An address already in the new units is kept. When the commune
 * cannot be told apart (a name found in several districts, or a district given without a known commune) the
 * candidates are listed for the citizen to choose; an address not in the tables is left for the citizen to type.
 * Pure and thread-safe.
 */
public final class AddressConverter {
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern DISTRICT_TYPE = Pattern.compile(
            "^(quận|quan|q\\.|huyện|huyen|h\\.|thị xã|thi xa|tx\\.?|thành phố|thanh pho|tp\\.?)\\s*\\S.*");
    private static final Set<String> COUNTRY = Set.of("việt nam", "viet nam", "vn");

    private final AdminUnits units;

    public AddressConverter(AdminUnits units) {
        this.units = units;
    }

    /** Converts {@code address}; never throws, an empty or unreadable address is {@link AddressConversion.Status#UNKNOWN}. */
    public AddressConversion convert(String address) {
        String original = address == null ? "" : Normalizer.normalize(address, Normalizer.Form.NFC).strip();
        List<String> parts = new ArrayList<>(Arrays.asList(COMMA.split(original)));
        parts.removeIf(String::isBlank);
        while (!parts.isEmpty() && COUNTRY.contains(parts.get(parts.size() - 1).toLowerCase(Locale.ROOT))) {
            parts.remove(parts.size() - 1);
        }
        if (parts.size() < 2) {
            return AddressConversion.unknown(original);
        }
        String province = parts.get(parts.size() - 1);
        String commune = parts.get(parts.size() - 2);
        Optional<AdminUnits.Province> current = units.newProvince(province);
        if (current.isPresent() && !isDistrict(commune) && units.isNewCommune(current.get().code(), commune)) {
            return new AddressConversion(original, AddressConversion.Status.ALREADY_CURRENT, List.of(original));
        }
        List<AdminUnits.OldCommune> old = units.oldCommunes(province);
        if (old.isEmpty()) {
            return AddressConversion.unknown(original);
        }
        boolean withDistrict = parts.size() >= 3 && isDistrict(commune);
        String district = withDistrict ? commune : "";
        String oldCommune = withDistrict ? parts.get(parts.size() - 3) : commune;
        List<String> street = parts.subList(0, parts.size() - (withDistrict ? 3 : 2));
        List<AdminUnits.OldCommune> found = old.stream()
                .filter(c -> same(c.name(), oldCommune) && (district.isEmpty() || same(c.district(), district)))
                .toList();
        if (found.isEmpty() && !district.isEmpty()) {
            found = old.stream().filter(c -> same(c.name(), oldCommune)).toList();
        }
        boolean communeKnown = !found.isEmpty();
        if (!communeKnown && !district.isEmpty()) {
            // the commune is not in the list: any new commune the district's old communes went to
            found = old.stream().filter(c -> same(c.district(), district)).toList();
        }
        Set<String> candidates = new LinkedHashSet<>();
        for (AdminUnits.OldCommune c : found) {
            candidates.add(join(street, c.newName(), units.provinces().get(c.newProvinceCode()).nameVi()));
        }
        if (candidates.isEmpty()) {
            return AddressConversion.unknown(original);
        }
        boolean sure = candidates.size() == 1 && communeKnown;
        return new AddressConversion(original, sure ? AddressConversion.Status.CONVERTED
                : AddressConversion.Status.AMBIGUOUS, List.copyOf(candidates));
    }

    private static boolean isDistrict(String part) {
        return DISTRICT_TYPE.matcher(part.strip().toLowerCase(Locale.ROOT)).matches();
    }

    private static boolean same(String a, String b) {
        return UnitNames.loose(a).equals(UnitNames.loose(b));
    }

    private static String join(List<String> street, String commune, String province) {
        List<String> all = new ArrayList<>(street);
        all.add(commune);
        all.add(province);
        return String.join(", ", all);
    }
}
