package vn.onestop.server;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.onestop.core.calendar.WorkingCalendar;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.config.ConfigException;
import vn.onestop.core.config.Settings;
import vn.onestop.core.dossier.DossierNumbering;
import vn.onestop.core.slip.SlipHeader;
import vn.onestop.core.wire.PriorityClassInfo;
import vn.onestop.core.wire.RatingReasonInfo;
import vn.onestop.core.wire.ServiceInfo;
import vn.onestop.server.dossier.FilingSettings;
import vn.onestop.server.dossier.ReceptionSettings;
import vn.onestop.server.dossier.SlipTexts;
import vn.onestop.server.dossier.scan.ScanSettings;
import vn.onestop.server.http.HttpSecurity;
import vn.onestop.server.queue.CounterSpec;
import vn.onestop.server.queue.PriorityMode;

/**
 * Reads and validates {@code server.properties} and the catalogue and calendar beside it; errors name the file, the
 * line and the key (through kiosk-core's {@link Settings}, as the kiosk's do).
 */
public final class ServerConfigLoader {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    private final Settings props;

    private ServerConfigLoader(Settings props) {
        this.props = props;
    }

    /** Loads {@code DIR/server.properties}. */
    public static ServerConfig load(Path configDir) {
        Path file = configDir.resolve("server.properties");
        return new ServerConfigLoader(Settings.load(file)).build(configDir);
    }

    private ServerConfig build(Path configDir) {
        ProcedureCatalogue catalogue = ProcedureCatalogue.load(configDir.resolve("catalogue").resolve("procedures.json"));
        WorkingCalendar calendar = WorkingCalendar.load(configDir);
        List<ServiceInfo> services = catalogue.services().stream()
                .map(s -> new ServiceInfo(s.code(), s.nameVi(), s.nameEn())).toList();
        List<PriorityClassInfo> classes = priorityClasses();
        Set<String> codes = Set.copyOf(services.stream().map(ServiceInfo::code).toList());
        return ServerConfig.builder()
                .port(integer("server.port", 1, 65535))
                .maxBodyBytes(integer("http.maxBodyBytes", 1024, 10_000_000))
                .centreName(text("centre.name"))
                .agencyCode(text("centre.agencyCode"))
                .zone(zone())
                .services(services)
                .counters(counters(codes))
                .priorityClasses(classes)
                .priorityMode(mode())
                .interleave(integer("queue.priority.interleave", 1, 100))
                .defaultServiceMinutes(integer("queue.defaultServiceMinutes", 1, 240))
                .estimateSample(integer("queue.estimateSample", 1, 1000))
                .catalogue(catalogue)
                .calendar(calendar)
                .numbering(numbering())
                .passwordIterations(integer("staff.passwordIterations", 1000, 10_000_000))
                .sessionHours(integer("staff.sessionHours", 1, 24 * 30))
                .maxFailedLogins(integer("staff.maxFailedLogins", 1, 100))
                .enrolmentCodeHours(integer("kiosk.enrolmentCodeHours", 1, 24 * 30))
                .filing(filing())
                .pages(pages())
                .retentionDays(retentionDays())
                .security(security())
                .voice(new VoiceConfigRead(props, configDir).voice())
                .ratingTabletSeconds(props.integer("rating.tablet.timeoutSeconds", 30, 5, 600))
                .reception(reception(configDir))
                .catalogueSeed(vn.onestop.server.catalogue.CatalogueSeed.read(configDir))
                .mobile(vn.onestop.server.mobile.MobileSettings.read(props))
                .booking(booking(classes))
                .streams(vn.onestop.server.events.StreamLimits.read(props))
                .build();
    }

    private FilingSettings filing() {
        List<RatingReasonInfo> reasons = new ArrayList<>();
        for (String code : list("rating.reasons")) {
            if (!ID.matcher(code).matches()) {
                throw fail("rating.reasons", "reason '" + code + "' must be letters, digits, - or _");
            }
            String key = "rating.reason." + code + ".";
            reasons.add(new RatingReasonInfo(code, text(key + "vi"), text(key + "en")));
        }
        List<RatingReasonInfo> criteria = new ArrayList<>();
        for (String code : optional("rating.criteria", "").split(",")) {
            if (code.isBlank()) {
                continue;
            }
            if (!ID.matcher(code.strip()).matches()) {
                throw fail("rating.criteria", "criterion '" + code.strip() + "' must be letters, digits, - or _");
            }
            String key = "rating.criterion." + code.strip() + ".";
            criteria.add(new RatingReasonInfo(code.strip(), text(key + "vi"), text(key + "en")));
        }
        return new FilingSettings(text("slip.place"), text("slip.hotline"), text("slip.issuingSystem"),
                integer("dossier.postalFeeVnd", 0, 10_000_000), reasons, optional("slip.parentBody", ""),
                optional("slip.receivingBody", ""), optional("slip.formNote", SlipHeader.DEFAULT_FORM_NOTE), criteria);
    }

    /** An optional text key (older files still load), at most 200 characters. */
    private String optional(String key, String fallback) {
        String value = props.string(key, fallback).strip();
        if (value.length() > 200) {
            throw fail(key, "must be at most 200 characters");
        }
        return value;
    }

    /**
     * Optional keys (older files still load): {@code http.behindTls} (false), {@code staff.sessionIdleMinutes} (30),
     * {@code http.trustedProxies} (loopback), {@code server.bindAddress} (every interface).
     */
    private HttpSecurity security() {
        List<String> proxies = props.optional("http.trustedProxies").map(v -> Arrays.stream(v.split(","))
                .map(String::trim).filter(x -> !x.isEmpty()).toList()).orElse(HttpSecurity.LOOPBACK);
        return new HttpSecurity(props.bool("http.behindTls", false),
                props.integer("staff.sessionIdleMinutes", 30, 1, 24 * 60), proxies,
                props.optional("server.bindAddress").orElse(""));
    }

    /**
     * Official reception (issue 22); every key optional so older files still load. The slips' wording comes from
     * {@code DIR/slips/slips.properties} when present, the built-in Decree 118/2025 wording otherwise.
     */
    private ReceptionSettings reception(Path configDir) {
        ReceptionSettings d = ReceptionSettings.defaults();
        String regex = props.string("dossier.officialCode.pattern", ReceptionSettings.DEFAULT_OFFICIAL_CODE_PATTERN)
                .strip();
        java.util.regex.Pattern pattern;
        try {
            pattern = java.util.regex.Pattern.compile(regex);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw fail("dossier.officialCode.pattern", "is not a regular expression: " + e.getDescription());
        }
        Path slips = configDir.resolve("slips").resolve("slips.properties");
        SlipTexts texts = java.nio.file.Files.exists(slips) ? SlipTexts.of(Settings.load(slips)) : SlipTexts.defaults();
        return new ReceptionSettings(props.integer("dossier.documents.maxBytes", (int) d.maxDocumentBytes(), 1024,
                500_000_000), props.integer("dossier.documents.a4TolerancePoints", 15, 0, 200), pattern,
                optional("dossier.officialCode.example", d.officialCodeExample()), texts);
    }

    /**
     * Appointments (issue 24), every key optional. {@code booking.priorityClass} must be one of the priority classes
     * and rank above normal; when not set, "appointment" is used if the centre lists it, else none.
     */
    private vn.onestop.server.booking.BookingSettings booking(List<PriorityClassInfo> classes) {
        var d = vn.onestop.server.booking.BookingSettings.defaults();
        List<String> codes = classes.stream().map(PriorityClassInfo::code).toList();
        String cls = props.optional("booking.priorityClass").map(String::strip).orElse(null);
        if (cls != null && (!codes.contains(cls) || codes.indexOf(cls) >= codes.indexOf("normal"))) {
            throw fail("booking.priorityClass", "'" + cls + "' must be one of queue.priority.classes " + codes
                    + ", listed before normal");
        }
        if (cls == null) {
            cls = codes.contains(d.priorityClass()) && codes.indexOf(d.priorityClass()) < codes.indexOf("normal")
                    ? d.priorityClass() : null;
        }
        return new vn.onestop.server.booking.BookingSettings(cls,
                props.integer("booking.graceBeforeMinutes", d.graceBeforeMinutes(), 0, 240),
                props.integer("booking.graceAfterMinutes", d.graceAfterMinutes(), 0, 240),
                props.integer("booking.daysAhead", d.daysAhead(), 1, 366),
                props.integer("booking.maxPerContactPerDay", d.perContactPerDay(), 1, 1000),
                props.integer("booking.maxPerAddressPerDay", d.perAddressPerDay(), 1, 100_000),
                props.integer("booking.retentionDays", d.retentionDays(), 1, 3650));
    }

    /** Days a closed dossier's personal data is kept; optional (default 90) so older files still load. */
    private int retentionDays() {
        return props.integer("dossier.retentionDays", 90, 1, 3650);
    }

    private ScanSettings pages() {
        return new ScanSettings(integer("dossier.pages.maxUploadBytes", 1024, 1_000_000_000),
                integer("dossier.pages.maxPages", 1, 10_000),
                integer("dossier.pages.maxImageMegapixels", 1, 1000) * 1_000_000L, maxInflatedBytes());
    }

    /** Optional (older files lack it): what an uploaded PDF's streams may inflate to, in MB. */
    private long maxInflatedBytes() {
        return props.integer("dossier.pages.maxInflatedMegabytes",
                (int) (ScanSettings.DEFAULT_MAX_INFLATED_BYTES >> 20), 1, 4096) * 1024L * 1024;
    }

    private DossierNumbering numbering() {
        try {
            return new DossierNumbering(text("centre.agencyCode"), integer("dossier.sequenceWidth", 1, 9));
        } catch (IllegalArgumentException e) {
            throw fail("centre.agencyCode", "cannot start a dossier code: " + e.getMessage());
        }
    }

    private List<CounterSpec> counters(Set<String> serviceCodes) {
        List<CounterSpec> list = new ArrayList<>();
        for (String id : list("queue.counters")) {
            if (!ID.matcher(id).matches()) {
                throw fail("queue.counters", "counter id '" + id + "' must be letters, digits, - or _");
            }
            String key = "queue.counter." + id + ".";
            List<String> served = list(key + "services");
            for (String s : served) {
                if (!serviceCodes.contains(s)) {
                    throw fail(key + "services", "'" + s + "' is not a service of the catalogue " + serviceCodes);
                }
            }
            list.add(new CounterSpec(id, text(key + "name"), served));
        }
        return list;
    }

    private List<PriorityClassInfo> priorityClasses() {
        List<PriorityClassInfo> list = new ArrayList<>();
        for (String code : list("queue.priority.classes")) {
            if (!ID.matcher(code).matches()) {
                throw fail("queue.priority.classes", "class '" + code + "' must be letters, digits, - or _");
            }
            String key = "queue.priority." + code + ".";
            list.add(new PriorityClassInfo(code, text(key + "nameVi"), text(key + "nameEn")));
        }
        if (list.stream().noneMatch(c -> c.code().equals("normal"))) {
            throw fail("queue.priority.classes", "must include 'normal'");
        }
        return list;
    }

    private PriorityMode mode() {
        String v = text("queue.priority.mode");
        try {
            return PriorityMode.valueOf(v.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail("queue.priority.mode", "must be strict or interleaved, not '" + v + "'");
        }
    }

    private ZoneId zone() {
        String v = text("centre.timeZone");
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            throw fail("centre.timeZone", "'" + v + "' is not a time zone id such as Asia/Ho_Chi_Minh");
        }
    }

    private List<String> list(String key) {
        List<String> items = Arrays.stream(text(key).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (items.isEmpty()) {
            throw fail(key, "must list at least one value");
        }
        return items;
    }

    private String text(String key) {
        return props.optional(key).orElseThrow(() -> fail(key, "is missing"));
    }

    private int integer(String key, int min, int max) {
        String v = text(key);
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw fail(key, "must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw fail(key, "must be a whole number, not '" + v + "'");
        }
    }

    private ConfigException fail(String key, String problem) {
        return props.error(key, problem);
    }
}
