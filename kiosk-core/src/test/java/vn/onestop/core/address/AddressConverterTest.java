package vn.onestop.core.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.address.AddressConversion.Status;
import vn.onestop.core.config.ConfigException;
import vn.onestop.core.identity.CccdParser;
import vn.onestop.core.identity.ProvinceCodes;
import vn.onestop.core.testing.TestConfig;

/**
 * Real pre-reform addresses (three levels, before 1 July 2025) converted with the shipped tables to the units of
 * the two-tier reform (Resolution 202/2025/QH15; Standing Committee resolutions 1656 for Hà Nội, 1685 for Hồ Chí
 * Minh City, 1675 for Huế of 2025).
 */
class AddressConverterTest {
    private static final AdminUnits UNITS = AdminUnits.load(TestConfig.file("address"));
    private final AddressConverter converter = new AddressConverter(UNITS);

    @Test
    void shipsThirtyFourProvincesAndAnOldCommuneTableForEachOfTheSixtyThreeOldOnes() throws IOException {
        assertThat(UNITS.provinces()).hasSize(34);
        assertThat(UNITS.provinces().get("79").nameVi()).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(Files.readAllLines(TestConfig.file("address/ward-mapping-2025.csv")).stream().skip(1)
                .map(l -> l.split(",")[3]).distinct()).hasSize(63);
        assertThat(Files.readAllLines(TestConfig.file("address/wards-2025.csv"))).hasSize(3321 + 1);
        assertThat(UNITS.newProvinceOfOld("Tỉnh Bình Dương").orElseThrow().code()).isEqualTo("79");
        assertThat(UNITS.newProvinceOfOld("Hà Giang").orElseThrow().nameVi()).isEqualTo("Tỉnh Tuyên Quang");
        assertThat(UNITS.newProvinceOfOld("Quảng Nam").orElseThrow().nameVi()).isEqualTo("Thành phố Đà Nẵng");
    }

    @Test
    void convertsAThreeLevelAddressToTheNewCommuneAndProvince() {
        assertConverted("Số 12 ngõ 34 phố Hàng Bông, Phường Hàng Bông, Quận Hoàn Kiếm, Thành phố Hà Nội",
                "Số 12 ngõ 34 phố Hàng Bông, Phường Hoàn Kiếm, Thành phố Hà Nội");
        assertConverted("45/6 Đường Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh",
                "45/6 Đường Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh");
        assertConverted("12 Nguyễn Trãi, Phường Nguyễn Thái Bình, Quận 1, Thành phố Hồ Chí Minh",
                "12 Nguyễn Trãi, Phường Bến Thành, Thành phố Hồ Chí Minh");
        assertConverted("Số 2 Lê Lợi, Phường Vĩnh Ninh, Quận Thuận Hóa, Thành phố Huế",
                "Số 2 Lê Lợi, Phường Thuận Hóa, Thành phố Huế");
    }

    @Test
    void aMergedProvinceBecomesTheProvinceItJoined() {
        assertConverted("Số 5 Đường Yersin, Phường Phú Cường, Thành phố Thủ Dầu Một, Tỉnh Bình Dương",
                "Số 5 Đường Yersin, Phường Thủ Dầu Một, Thành phố Hồ Chí Minh");
        assertConverted("Thôn Nà Lạn, Xã Minh Tân, Huyện Vị Xuyên, Tỉnh Hà Giang, Việt Nam",
                "Thôn Nà Lạn, Xã Minh Tân, Tỉnh Tuyên Quang");
    }

    @Test
    void readsAddressesWrittenWithoutDiacriticsOrWithAbbreviations() {
        assertConverted("So 7, Xa Tan Thong Hoi, Huyen Cu Chi, TP Ho Chi Minh", "So 7, Xã Củ Chi, Thành phố Hồ Chí Minh");
        assertConverted("Ấp 3, X. Tân Thông Hội, H. Củ Chi, TP.HCM".replace("TP.HCM", "TP. Hồ Chí Minh"),
                "Ấp 3, Xã Củ Chi, Thành phố Hồ Chí Minh");
    }

    @Test
    void anAddressAlreadyInTheNewUnitsIsKept() {
        String current = "Số 8 phố Hàng Bông, Phường Hoàn Kiếm, Thành phố Hà Nội";
        AddressConversion c = converter.convert(current);
        assertThat(c.status()).isEqualTo(Status.ALREADY_CURRENT);
        assertThat(c.proposed()).isEqualTo(current);
        assertThat(c.changed()).isFalse();
        assertThat(converter.convert("Tổ 5, Phường Hải Châu, Thành phố Đà Nẵng").status())
                .isEqualTo(Status.ALREADY_CURRENT);
    }

    @Test
    void aCommuneNameFoundInSeveralDistrictsListsEveryNewCommuneToChooseFrom() {
        AddressConversion c = converter.convert("Số 3, Phường 12, Thành phố Hồ Chí Minh");
        assertThat(c.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(c.needsChoice()).isTrue();
        assertThat(c.candidates()).hasSizeGreaterThan(3)
                .contains("Số 3, Phường An Hội Tây, Thành phố Hồ Chí Minh", "Số 3, Phường Hòa Hưng, Thành phố Hồ Chí Minh")
                .allSatisfy(a -> assertThat(a).startsWith("Số 3, ").endsWith(", Thành phố Hồ Chí Minh"));
        assertThat(c.proposed()).as("the card's address until the citizen picks").isEqualTo(c.original());
    }

    @Test
    void anUnknownCommuneInAKnownDistrictOffersTheNewCommunesOfThatDistrict() {
        AddressConversion c = converter.convert("Thôn 1, Xã Không Có Thật, Huyện Củ Chi, Thành phố Hồ Chí Minh");
        assertThat(c.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(c.candidates()).contains("Thôn 1, Xã Củ Chi, Thành phố Hồ Chí Minh",
                "Thôn 1, Xã Tân An Hội, Thành phố Hồ Chí Minh");
        assertThat(c.candidates()).noneMatch(a -> a.contains("Không Có Thật"));
    }

    @Test
    void anAddressOutsideTheTablesIsLeftForTheCitizenToType() {
        for (String text : new String[] {"", "   ", "Hà Nội", "221B Baker Street, London", null}) {
            AddressConversion c = converter.convert(text);
            assertThat(c.status()).isEqualTo(Status.UNKNOWN);
            assertThat(c.candidates()).isEmpty();
            assertThat(c.proposed()).isEqualTo(text == null ? "" : text.strip());
        }
        assertThat(converter.convert("Số 1, Phường 12, Quận 10, TP. Hồ Chí Minh").toString())
                .doesNotContain("Số 1").doesNotContain("Hồ Chí Minh");
    }

    @Test
    void theDemoCardsShowConvertedAmbiguousAndCurrentAddresses() throws IOException {
        CccdParser parser = new CccdParser(ProvinceCodes.load(TestConfig.file("provinces.csv")),
                java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T03:00:00Z"), java.time.ZoneOffset.ofHours(7)));
        List<Status> statuses = Files.readAllLines(TestConfig.file("demo/sample-cards.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && line.indexOf('\t') > 0)
                .map(line -> parser.parse(line.substring(line.indexOf('\t') + 1)).identity()).filter(java.util.Optional::isPresent)
                .map(id -> converter.convert(id.get().placeOfResidence()).status()).toList();
        assertThat(statuses).filteredOn(s -> s == Status.CONVERTED).hasSizeGreaterThanOrEqualTo(4);
        assertThat(statuses).contains(Status.AMBIGUOUS, Status.ALREADY_CURRENT).doesNotContain(Status.UNKNOWN);
    }

    @Test
    void aTableNamingAnUnknownProvinceIsRefusedWithFileAndLine(@TempDir Path dir) throws IOException {
        for (String f : List.of("provinces-2025.csv", "wards-2025.csv", "ward-mapping-2025.csv")) {
            Files.copy(TestConfig.file("address/" + f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("wards-2025.csv"), "99999,Xã Mới,99\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> AdminUnits.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("wards-2025.csv").hasMessageContaining("line 3323");
    }

    private void assertConverted(String old, String expected) {
        AddressConversion c = converter.convert(old);
        assertThat(c.status()).as(old).isEqualTo(Status.CONVERTED);
        assertThat(c.proposed()).isEqualTo(expected);
        assertThat(c.changed()).isTrue();
        assertThat(c.original()).isEqualTo(old);
    }
}
