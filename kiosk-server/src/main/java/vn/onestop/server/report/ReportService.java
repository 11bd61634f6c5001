package vn.onestop.server.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.onestop.server.Rejection;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.centre.Centre;
import vn.onestop.server.centre.Centres;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/**
 * Reports over a range of service days: totals, per service, per counter, tickets per hour of issue, the
 * distribution of waits and the ratings given. Times are read from the ticket rows (issue, first call, finish).
 */
public final class ReportService {
    /** Upper bounds (minutes, exclusive) of the wait-distribution buckets; the last bucket is open. */
    static final int[] WAIT_BUCKETS = {5, 10, 15, 30, 60};
    static final int MAX_DAYS = 366;
    private final Database db;
    private final ServerConfig config;
    private final Clock clock;
    private final Centres centres;

    public ReportService(Database db, ServerConfig config, Clock clock, Centres centres) {
        this.centres = centres;
        this.db = db;
        this.config = config;
        this.clock = clock;
    }

    /** A validated inclusive range of service days. */
    public record Range(LocalDate from, LocalDate to) {}

    /** Parses "from" and "to" (ISO dates; today when missing), refusing reversed or over-long ranges. */
    public Range range(String from, String to) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), config.zone());
        try {
            LocalDate f = from == null || from.isBlank() ? today : LocalDate.parse(from.trim());
            LocalDate t = to == null || to.isBlank() ? f : LocalDate.parse(to.trim());
            if (t.isBefore(f)) {
                throw Rejection.invalid("'to' (" + t + ") is before 'from' (" + f + ")");
            }
            if (ChronoUnit.DAYS.between(f, t) >= MAX_DAYS) {
                throw Rejection.invalid("A report covers at most " + MAX_DAYS + " days");
            }
            return new Range(f, t);
        } catch (DateTimeParseException e) {
            throw Rejection.invalid("from and to must be dates like 2026-11-25");
        }
    }

    /** One centre's tickets of a range; {@link Centre#PROVINCE} ("*"): every centre's. */
    List<TicketFact> facts(Range r, String centre) {
        boolean all = Centre.PROVINCE.equals(centre);
        return db.read(c -> Rows.list(c, "SELECT service_day, service_code, counter_id, status, issued_at, called_at, "
                + "finished_at FROM ticket WHERE service_day >= ? AND service_day <= ?"
                + (all ? "" : " AND centre_id = ?"), rs -> new TicketFact(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        Rows.nullableLong(rs, "called_at"), Rows.nullableLong(rs, "finished_at")),
                all ? new Object[] {r.from().toString(), r.to().toString()}
                        : new Object[] {r.from().toString(), r.to().toString(), centre}));
    }

    /** The whole report of a range for one centre ({@link Centre#PROVINCE}: the province's totals). */
    public ReportView report(Range r, String centre) {
        List<TicketFact> facts = facts(r, centre);
        return new ReportView(r.from().toString(), r.to().toString(), Averages.of(facts),
                grouped(facts, TicketFact::serviceCode),
                grouped(facts.stream().filter(t -> t.counterId() != null).toList(), TicketFact::counterId),
                perHour(facts), waitDistribution(facts), ratings(r, centre));
    }

    /** Every centre's report of a range side by side (by centre id), with the province's totals. */
    public ProvinceReport province(Range r) {
        List<ProvinceReport.CentreReport> rows = new ArrayList<>();
        for (Centre c : centres.all()) {
            rows.add(new ProvinceReport.CentreReport(c.id(), c.nameVi(), c.nameEn(), c.kind().code(),
                    report(r, c.id())));
        }
        return new ProvinceReport(r.from().toString(), r.to().toString(), report(r, Centre.PROVINCE).totals(), rows);
    }

    /**
     * Rows per day and service of one centre, in order (the CSV export); for {@link Centre#PROVINCE} rows per centre,
     * day and service.
     */
    public List<ReportView.Daily> daily(Range r, String centre) {
        Map<String, List<TicketFact>> byKey = new TreeMap<>();
        List<String> ids = Centre.PROVINCE.equals(centre) ? centres.all().stream().map(Centre::id).toList()
                : List.of(centre);
        List<ReportView.Daily> rows = new ArrayList<>();
        for (String id : ids) {
            byKey.clear();
            byKey.putAll(facts(r, id).stream().collect(Collectors.groupingBy(t -> t.serviceDay() + "|"
                    + t.serviceCode())));
            byKey.forEach((key, group) -> rows.add(new ReportView.Daily(id, key.substring(0, key.indexOf('|')),
                    key.substring(key.indexOf('|') + 1), Averages.of(group))));
        }
        return rows;
    }

    private static List<ReportView.Group> grouped(List<TicketFact> facts,
            java.util.function.Function<TicketFact, String> key) {
        Map<String, List<TicketFact>> groups = new TreeMap<>(facts.stream().collect(Collectors.groupingBy(key)));
        List<ReportView.Group> rows = new ArrayList<>();
        groups.forEach((k, group) -> rows.add(new ReportView.Group(k, Averages.of(group))));
        return rows;
    }

    private int[] perHour(List<TicketFact> facts) {
        int[] hours = new int[24];
        for (TicketFact t : facts) {
            hours[Instant.ofEpochMilli(t.issuedAt()).atZone(config.zone()).getHour()]++;
        }
        return hours;
    }

    private static int[] waitDistribution(List<TicketFact> facts) {
        int[] buckets = new int[WAIT_BUCKETS.length + 1];
        for (TicketFact t : facts) {
            Double w = t.waitMinutes();
            if (w == null) {
                continue;
            }
            int i = 0;
            while (i < WAIT_BUCKETS.length && w >= WAIT_BUCKETS[i]) {
                i++;
            }
            buckets[i]++;
        }
        return buckets;
    }

    /**
     * Ratings given in the range, per score; a rating belongs to the centre of its counter (a rating without a
     * counter to 'main').
     */
    private int[] ratings(Range r, String centre) {
        long start = r.from().atStartOfDay(config.zone()).toInstant().toEpochMilli();
        long end = r.to().plusDays(1).atStartOfDay(config.zone()).toInstant().toEpochMilli();
        int[] scores = new int[5];
        boolean all = Centre.PROVINCE.equals(centre);
        db.read(c -> Rows.list(c, "SELECT r.score, COUNT(*) FROM rating r LEFT JOIN counter k ON k.id = r.counter_id "
                + "WHERE r.created_at >= ? AND r.created_at < ?"
                + (all ? "" : " AND COALESCE(k.centre_id, '" + Centre.MAIN + "') = ?") + " GROUP BY r.score",
                rs -> new int[] {rs.getInt(1), rs.getInt(2)},
                all ? new Object[] {start, end} : new Object[] {start, end, centre}))
                .forEach(s -> scores[s[0] - 1] = s[1]);
        return scores;
    }
}
