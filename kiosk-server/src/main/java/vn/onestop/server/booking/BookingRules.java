package vn.onestop.server.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.wire.ServiceInfo;
import vn.onestop.server.Rejection;
import vn.onestop.server.catalogue.LiveCatalogue;
import vn.onestop.server.centre.Centre;
import vn.onestop.server.centre.Centres;
import vn.onestop.server.queue.QueueService;

/**
 * What a booking request may name: a centre that takes bookings, one of its services (or a procedure served at
 * one), and a working day within {@link BookingSettings#daysAhead()}; and the centre's local day and minute now.
 */
final class BookingRules {
    private final Clock clock;
    private final Centres centres;
    private final QueueService queue;
    private final LiveCatalogue catalogue;
    private final BookingSettings settings;

    BookingRules(Clock clock, Centres centres, QueueService queue, LiveCatalogue catalogue, BookingSettings settings) {
        this.clock = clock;
        this.centres = centres;
        this.queue = queue;
        this.catalogue = catalogue;
        this.settings = settings;
    }

    /** A centre that exists and is not disabled, or 404 (a public route names it). */
    Centre centre(String id) {
        return centres.find(id).filter(c -> !c.disabled())
                .orElseThrow(() -> Rejection.notFound("No centre '" + id + "' takes bookings"));
    }

    /** A day that can be booked now at {@code centre}, or a 400 saying why not. */
    LocalDate bookableDay(Centre centre, String day) {
        LocalDate d;
        try {
            d = LocalDate.parse(day == null ? "" : day);
        } catch (DateTimeParseException e) {
            throw Rejection.invalid("day must be a date yyyy-MM-dd, not '" + day + "'");
        }
        LocalDate today = today(centre);
        if (d.isBefore(today) || !d.isBefore(today.plusDays(settings.daysAhead()))) {
            throw Rejection.invalid("Bookings are taken from today to " + today.plusDays(settings.daysAhead() - 1L)
                    + "; " + d + " is outside");
        }
        if (!catalogue.calendar().isWorkingDay(d)) {
            throw Rejection.invalid(d + " is not a working day of the centre"
                    + catalogue.calendar().dayOff(d).map(o -> " (" + o.nameVi() + " / " + o.nameEn() + ")").orElse("") + ": pick another day");
        }
        return d;
    }

    /** The service of a request: a procedure's service when a procedure is named, else the service code. */
    String service(String centreId, String serviceCode, String procedureCode) {
        if (procedureCode != null && !procedureCode.isBlank()) {
            Procedure p = catalogue.catalogue().all().stream().filter(x -> x.code().equals(procedureCode.strip()))
                    .findFirst().orElseThrow(() -> Rejection.invalid("procedureCode '" + procedureCode
                            + "' is not in the catalogue"));
            if (p.serviceCode() == null) {
                throw Rejection.invalid("Procedure " + p.code() + " has no queue service to book");
            }
            return p.serviceCode();
        }
        List<ServiceInfo> here = queue.settings().of(centreId).serviceInfos();
        return here.stream().map(ServiceInfo::code).filter(s -> s.equals(serviceCode)).findFirst()
                .orElseThrow(() -> Rejection.invalid("serviceCode '" + serviceCode + "' is not one of the centre's "
                        + "services " + here.stream().map(ServiceInfo::code).toList()));
    }

    LocalDate today(Centre centre) {
        return LocalDate.ofInstant(clock.instant(), centre.zone());
    }

    int minuteNow(Centre centre) {
        LocalTime t = ZonedDateTime.ofInstant(clock.instant(), centre.zone()).toLocalTime();
        return t.getHour() * 60 + t.getMinute();
    }
}
