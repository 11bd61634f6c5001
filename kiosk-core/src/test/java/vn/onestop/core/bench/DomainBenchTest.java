package vn.onestop.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.onestop.core.calendar.AppointmentCalculator;
import vn.onestop.core.calendar.VietnameseLunarCalendar;
import vn.onestop.core.calendar.WorkingCalendar;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.identity.CccdParser;
import vn.onestop.core.identity.ProvinceCodes;
import vn.onestop.core.testing.TestConfig;

/**
 * Costs of the domain operations the kiosk does per citizen, each against a naive baseline measured in the
 * same run: they must stay far below a touch-screen frame (16 ms).
 */
@Tag("bench")
class DomainBenchTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String CARD = "048195006789||Lê Thị Cúc|30071995|Nữ|Tổ 5, phường Hải Châu, Đà Nẵng|01072024"
            + "|201234567|Lê Văn Dũng|Phạm Thị Em";

    /** Average nanoseconds per call after warm-up; the supplier's result is kept so the JIT cannot drop it. */
    private static double nanosPerCall(int calls, IntSupplier work) {
        long sink = 0;
        for (int i = 0; i < calls; i++) {
            sink += work.getAsInt();
        }
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            sink += work.getAsInt();
        }
        double nanos = (System.nanoTime() - start) / (double) calls;
        assertThat(sink).isNotEqualTo(Long.MIN_VALUE);
        return nanos;
    }

    private static void print(String name, double nanos, double baselineNanos) {
        System.out.printf(Locale.ROOT, "%s: %.2f us%n", name, nanos / 1000);
        System.out.printf(Locale.ROOT, "%s_baseline: %.2f us%n", name, baselineNanos / 1000);
        System.out.printf(Locale.ROOT, "%s_ratio: %.1f x%n", name, nanos / baselineNanos);
    }

    @Test
    void cccdParse() {
        CccdParser parser = new CccdParser(ProvinceCodes.load(TestConfig.file("provinces.csv")),
                Clock.fixed(LocalDate.of(2026, 11, 25).atStartOfDay(VN).toInstant(), VN));
        double parse = nanosPerCall(20_000, () -> parser.parse(CARD).problems().size());
        double split = nanosPerCall(20_000, () -> CARD.split("\\|", -1).length);
        print("cccd_parse", parse, split);
        assertThat(parse).isLessThan(1_000_000);
    }

    @Test
    void catalogueSearch() {
        ProcedureCatalogue catalogue = ProcedureCatalogue.load(TestConfig.file("catalogue/procedures.json"));
        List<Procedure> all = catalogue.all();
        double search = nanosPerCall(20_000, () -> catalogue.search("ho chieu").size());
        double contains = nanosPerCall(20_000, () -> (int) all.stream()
                .filter(p -> p.nameVi().toLowerCase(Locale.ROOT).contains("hộ chiếu")).count());
        print("catalogue_search", search, contains);
        assertThat(search).isLessThan(1_000_000);
    }

    @Test
    void appointment() {
        AppointmentCalculator calculator = new AppointmentCalculator(WorkingCalendar.load(TestConfig.dir()));
        double listed = nanosPerCall(20_000, () -> calculator
                .appointment(ZonedDateTime.of(LocalDateTime.of(2026, 3, 2, 9, 0), VN), 10, false).at().getDayOfMonth());
        double computed = nanosPerCall(20_000, () -> calculator
                .appointment(ZonedDateTime.of(LocalDateTime.of(2031, 1, 20, 9, 0), VN), 10, false).at().getDayOfMonth());
        double lunarYear = nanosPerCall(200, () -> new VietnameseLunarCalendar().tet(2031).getDayOfMonth());
        System.out.printf(Locale.ROOT, "appointment_10_days_computed_year: %.2f us%n", computed / 1000);
        System.out.printf(Locale.ROOT, "appointment_10_days_listed_year_baseline: %.2f us%n", listed / 1000);
        System.out.printf(Locale.ROOT, "appointment_10_days_ratio: %.1f x%n", computed / listed);
        System.out.printf(Locale.ROOT, "lunar_tet_date: %.2f us%n", lunarYear / 1000);
        assertThat(computed).isLessThan(1_000_000);
    }
}
