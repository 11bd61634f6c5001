package vn.onestop.server;

import java.time.ZoneId;
import java.util.List;
import vn.onestop.core.calendar.WorkingCalendar;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.dossier.DossierNumbering;
import vn.onestop.core.wire.PriorityClassInfo;
import vn.onestop.core.wire.ServiceInfo;
import vn.onestop.server.dossier.FilingSettings;
import vn.onestop.server.dossier.ReceptionSettings;
import vn.onestop.server.dossier.scan.ScanSettings;
import vn.onestop.server.http.HttpSecurity;
import vn.onestop.server.queue.CounterSpec;
import vn.onestop.server.queue.PriorityMode;
import vn.onestop.server.voice.VoiceSettings;

/**
 * The server's validated settings, one immutable value built from {@code config/server.properties}, with the
 * procedure catalogue (which also lists the queue services) and the working-day calendar of the same folder;
 * {@code filing} holds the receipt slip, postal fee and rating settings, {@code pages} the limits of scanned pages,
 * {@code retentionDays} how long the personal data of a closed dossier is kept, {@code security} TLS and idle limit,
 * {@code voice} the hall display's announcement audio, {@code mobile} the mobile ticket (issue 24),
 * {@code streams} the caps on open display and staff event streams.
 */
public record ServerConfig(int port, long maxBodyBytes, String centreName, String agencyCode, ZoneId zone,
        List<ServiceInfo> services, List<CounterSpec> counters, List<PriorityClassInfo> priorityClasses,
        PriorityMode priorityMode, int interleave, int defaultServiceMinutes, int estimateSample,
        ProcedureCatalogue catalogue, WorkingCalendar calendar, DossierNumbering numbering, int passwordIterations,
        int sessionHours, int maxFailedLogins, int enrolmentCodeHours, FilingSettings filing, ScanSettings pages,
        int retentionDays, HttpSecurity security, VoiceSettings voice, int ratingTabletSeconds,
        ReceptionSettings reception, vn.onestop.server.catalogue.CatalogueSeed catalogueSeed,
        vn.onestop.server.mobile.MobileSettings mobile, vn.onestop.server.booking.BookingSettings booking,
        vn.onestop.server.events.StreamLimits streams) {

    public ServerConfig {
        streams = streams == null ? vn.onestop.server.events.StreamLimits.defaults() : streams;
        reception = reception == null ? ReceptionSettings.defaults() : reception;
        booking = booking == null ? vn.onestop.server.booking.BookingSettings.defaults() : booking;
        mobile = mobile == null ? vn.onestop.server.mobile.MobileSettings.off() : mobile;
        services = List.copyOf(services);
        counters = List.copyOf(counters);
        priorityClasses = List.copyOf(priorityClasses);
    }

    /** A builder with every setting of this one, to change some (the command line's port, a test's limits). */
    public Builder toBuilder() {
        Builder b = new Builder();
            b.port = port;
            b.maxBodyBytes = maxBodyBytes;
            b.centreName = centreName;
            b.agencyCode = agencyCode;
            b.zone = zone;
            b.services = services;
            b.counters = counters;
            b.priorityClasses = priorityClasses;
            b.priorityMode = priorityMode;
            b.interleave = interleave;
            b.defaultServiceMinutes = defaultServiceMinutes;
            b.estimateSample = estimateSample;
            b.catalogue = catalogue;
            b.calendar = calendar;
            b.numbering = numbering;
            b.passwordIterations = passwordIterations;
            b.sessionHours = sessionHours;
            b.maxFailedLogins = maxFailedLogins;
            b.enrolmentCodeHours = enrolmentCodeHours;
            b.filing = filing;
            b.pages = pages;
            b.retentionDays = retentionDays;
            b.security = security;
            b.voice = voice;
            b.ratingTabletSeconds = ratingTabletSeconds;
            b.reception = reception;
            b.catalogueSeed = catalogueSeed;
            b.mobile = mobile;
            b.booking = booking;
            b.streams = streams;
        return b;
    }

    /** An empty builder: every setting must be set before {@link Builder#build}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ServerConfig} one named setting at a time. */
    public static final class Builder {
        private int port;
        private long maxBodyBytes;
        private vn.onestop.server.booking.BookingSettings booking;
        private String centreName;
        private String agencyCode;
        private ZoneId zone;
        private List<ServiceInfo> services;
        private List<CounterSpec> counters;
        private List<PriorityClassInfo> priorityClasses;
        private PriorityMode priorityMode;
        private int interleave;
        private int defaultServiceMinutes;
        private int estimateSample;
        private ProcedureCatalogue catalogue;
        private WorkingCalendar calendar;
        private DossierNumbering numbering;
        private int passwordIterations;
        private int sessionHours;
        private int maxFailedLogins;
        private int enrolmentCodeHours;
        private FilingSettings filing;
        private ScanSettings pages;
        private int retentionDays;
        private HttpSecurity security;
        /** Off unless set: a config built in code (tests) speaks only when asked to. */
        private VoiceSettings voice = VoiceSettings.off();
        private int ratingTabletSeconds = 30;
        private ReceptionSettings reception;
        /** Issue 21 (catalogue): what the database's live catalogue and calendar start from (null: this config's). */
        private vn.onestop.server.catalogue.CatalogueSeed catalogueSeed;
        /** Off unless set (issue 24): tickets carry no link for phones. */
        private vn.onestop.server.mobile.MobileSettings mobile = vn.onestop.server.mobile.MobileSettings.off();
        private vn.onestop.server.events.StreamLimits streams = vn.onestop.server.events.StreamLimits.defaults();

        private Builder() {
        }

        public Builder port(int value) {
            this.port = value;
            return this;
        }

        public Builder maxBodyBytes(long value) {
            this.maxBodyBytes = value;
            return this;
        }

        public Builder centreName(String value) {
            this.centreName = value;
            return this;
        }

        public Builder agencyCode(String value) {
            this.agencyCode = value;
            return this;
        }

        public Builder zone(ZoneId value) {
            this.zone = value;
            return this;
        }

        public Builder services(List<ServiceInfo> value) {
            this.services = value;
            return this;
        }

        public Builder counters(List<CounterSpec> value) {
            this.counters = value;
            return this;
        }

        public Builder priorityClasses(List<PriorityClassInfo> value) {
            this.priorityClasses = value;
            return this;
        }

        public Builder priorityMode(PriorityMode value) {
            this.priorityMode = value;
            return this;
        }

        public Builder interleave(int value) {
            this.interleave = value;
            return this;
        }

        public Builder defaultServiceMinutes(int value) {
            this.defaultServiceMinutes = value;
            return this;
        }

        public Builder estimateSample(int value) {
            this.estimateSample = value;
            return this;
        }

        public Builder catalogue(ProcedureCatalogue value) {
            this.catalogue = value;
            return this;
        }

        public Builder calendar(WorkingCalendar value) {
            this.calendar = value;
            return this;
        }

        public Builder numbering(DossierNumbering value) {
            this.numbering = value;
            return this;
        }

        public Builder passwordIterations(int value) {
            this.passwordIterations = value;
            return this;
        }

        public Builder sessionHours(int value) {
            this.sessionHours = value;
            return this;
        }

        public Builder maxFailedLogins(int value) {
            this.maxFailedLogins = value;
            return this;
        }

        public Builder enrolmentCodeHours(int value) {
            this.enrolmentCodeHours = value;
            return this;
        }

        public Builder filing(FilingSettings value) {
            this.filing = value;
            return this;
        }

        public Builder pages(ScanSettings value) {
            this.pages = value;
            return this;
        }

        public Builder retentionDays(int value) {
            this.retentionDays = value;
            return this;
        }

        /** Official reception of prepared dossiers (issue 22); unset means {@link ReceptionSettings#defaults()}. */
        public Builder reception(ReceptionSettings value) {
            this.reception = value;
            return this;
        }

        public Builder security(HttpSecurity value) {
            this.security = value;
            return this;
        }

        public Builder voice(VoiceSettings value) {
            this.voice = value;
            return this;
        }

        /** How long a counter's rating tablet shows the rating screen before going back to idle (issue 27). */
        public Builder ratingTabletSeconds(int value) {
            this.ratingTabletSeconds = value;
            return this;
        }

        /** The catalogue and calendar files the database is seeded from at first start (issue 21). */
        public Builder catalogueSeed(vn.onestop.server.catalogue.CatalogueSeed value) {
            this.catalogueSeed = value;
            return this;
        }

        /** The mobile ticket (issue 24): where phones reach the server, park minutes, limits. */
        /** The caps on open display and staff event streams (issue 21: a province raises them). */
        public Builder streams(vn.onestop.server.events.StreamLimits value) {
            this.streams = value;
            return this;
        }

        public Builder mobile(vn.onestop.server.mobile.MobileSettings value) {
            this.mobile = value;
            return this;
        }

        /** Appointment settings (issue 24). */
        public Builder booking(vn.onestop.server.booking.BookingSettings value) {
            this.booking = value;
            return this;
        }

        public ServerConfig build() {
            return new ServerConfig(port, maxBodyBytes, centreName, agencyCode, zone, services, counters, priorityClasses, priorityMode, interleave, defaultServiceMinutes, estimateSample, catalogue, calendar, numbering, passwordIterations, sessionHours, maxFailedLogins, enrolmentCodeHours, filing, pages, retentionDays, security, voice, ratingTabletSeconds, reception, catalogueSeed, mobile, booking, streams);
        }
    }

    /** The rank of a priority class, 0 = served first, or -1 when the class is unknown. */
    public int priorityRank(String classCode) {
        for (int i = 0; i < priorityClasses.size(); i++) {
            if (priorityClasses.get(i).code().equals(classCode)) {
                return i;
            }
        }
        return -1;
    }

    /** The rank of the "normal" class. */
    public int normalRank() {
        return priorityRank("normal");
    }
}
