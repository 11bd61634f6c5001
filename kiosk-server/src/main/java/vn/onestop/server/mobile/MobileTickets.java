package vn.onestop.server.mobile;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import vn.onestop.core.wire.ServiceInfo;
import vn.onestop.core.wire.TicketView;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.notify.Contact;
import vn.onestop.server.notify.Notifications;
import vn.onestop.server.queue.QueueService;
import vn.onestop.server.queue.Ticket;
import vn.onestop.server.queue.TicketStatus;
import vn.onestop.server.queue.TicketStore;
import vn.onestop.server.staff.Secrets;

/**
 * The mobile ticket (issue 24): a random token per ticket, printed as a link in the ticket's QR, lets the citizen's
 * phone read the ticket's state, park it once ("I am coming back") and cancel it. Only the token's SHA-256 is stored;
 * the token dies at the end of the ticket's service day. An unknown, malformed and expired token all get the one
 * same answer ({@link #UNKNOWN}). Parking uses the counters' own {@code parked} state: a parked ticket is not
 * called, and goes back to its place in the queue (it keeps its issue time) when its minutes are over
 * ({@link #returnDue}) or when the citizen says they are back.
 */
public final class MobileTickets {
    /** 24 random bytes, 192 bits, written as 48 lower-case hex digits. */
    static final int TOKEN_BYTES = 24;
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{48}");
    /** What a ticket reference from a kiosk that scanned a link looks like: {@code m-} and the token. */
    public static final String REF_PREFIX = "m-";
    static final String UNKNOWN = "Liên kết này không đúng hoặc đã hết hạn / This link is unknown or has expired";
    private static final String ACTOR = "citizen:phone";
    private static final Set<TicketStatus> PARKABLE = Set.of(TicketStatus.WAITING, TicketStatus.CALLED);
    private static final Set<TicketStatus> CANCELLABLE = Set.of(TicketStatus.WAITING, TicketStatus.PARKED);
    /** A ticket may ask to be notified while it still waits its turn (also when put aside). */
    private static final Set<TicketStatus> NOTIFIABLE = Set.of(TicketStatus.WAITING, TicketStatus.PARKED);
    private final Database db;
    private final Clock clock;
    private final ZoneId zone;
    private final MobileSettings settings;
    private final QueueService queue;
    private final EventBus events;
    private final Notifications notifications;
    private final SecureRandom random = new SecureRandom();
    private final MobileLinkStore links = new MobileLinkStore();
    private final TicketStore tickets = new TicketStore();

    public MobileTickets(Database db, Clock clock, ZoneId zone, MobileSettings settings, QueueService queue,
            EventBus events, Notifications notifications) {
        this.db = db;
        this.notifications = notifications;
        this.clock = clock;
        this.zone = zone;
        this.settings = settings;
        this.queue = queue;
        this.events = events;
    }

    public MobileSettings settings() {
        return settings;
    }

    /**
     * The answer to issuing a ticket, with a link for phones when the centre opened the server to them and the
     * ticket was issued online (a ticket issued offline is already printed); else {@code issued} as it is.
     */
    public CompletableFuture<TicketView> withLink(TicketView issued, boolean offline) {
        if (!settings.enabled() || offline || !TicketStatus.WAITING.code().equals(issued.status())) {
            return CompletableFuture.completedFuture(issued);
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        long expires = LocalDate.parse(issued.serviceDay()).plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        return db.writeAsync(c -> {
            links.put(c, issued.id(), Secrets.sha256(token), clock.millis(), expires);
            return issued.withFollowUrl(settings.link(token));
        });
    }

    /** The ticket's state as the phone shows it. */
    public MobileTicketState state(String token) {
        return shown(db.read(c -> seen(c, live(c, token))));
    }

    /** The state of a ticket followed by a phone, or null once its link has expired (the stream then ends). */
    MobileTicketState stateOfTicket(String ticketId) {
        Seen seen = db.read(c -> {
            var link = Rows.one(c, "SELECT token_hash FROM mobile_ticket WHERE ticket_id = ?", rs -> rs.getString(1),
                    ticketId);
            if (link.isEmpty()) {
                return null;
            }
            MobileLinkStore.Link l = links.byHash(c, link.get()).orElse(null);
            return l == null || l.expiresAt() <= clock.millis() ? null : seen(c, l);
        });
        return seen == null ? null : shown(seen);
    }

    /** A ticket a phone follows: its id and its centre (whose queue moves it). */
    public record Followed(String ticketId, String centreId) {}

    /** The ticket a live token belongs to, with its centre; the same {@link Rejection} for unknown and expired. */
    public Followed followed(String token) {
        return db.read(c -> {
            Ticket t = ticket(c, live(c, token));
            return new Followed(t.id(), t.centreId());
        });
    }

    /**
     * The states of many followed tickets of one centre, read together: the tickets, their links, the centre's
     * waiting order and counter names in one read, instead of a handful of reads per phone (thousands of phones
     * follow a busy province's queues). A ticket whose link expired or is gone maps to null.
     */
    Map<String, MobileTicketState> statesOf(String centreId, Collection<String> ticketIds) {
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        List<Seen> read = db.read(c -> {
            Map<String, MobileLinkStore.Link> byTicket = links.forTickets(c, ticketIds);
            Map<String, String> counterNames = new HashMap<>();
            for (String[] row : Rows.list(c, "SELECT id, name FROM counter WHERE centre_id = ?",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, centreId)) {
                counterNames.put(row[0], row[1]);
            }
            Map<String, Integer> places = places(tickets.waitingInOrder(c, centreId));
            long now = clock.millis();
            List<Seen> out = new ArrayList<>();
            for (Ticket t : tickets.findAll(c, byTicket.keySet())) {
                MobileLinkStore.Link l = byTicket.get(t.id());
                if (l.expiresAt() <= now) {
                    continue;
                }
                String counterName = t.counterId() == null ? null : counterNames.getOrDefault(t.counterId(),
                        t.counterId());
                out.add(new Seen(l, t, counterName, notifications.channels().isEmpty() ? List.of()
                        : notifications.watchers(c, t.id()), places.getOrDefault(t.id(), 0)));
            }
            return out;
        });
        Map<String, MobileTicketState> states = new HashMap<>();
        ticketIds.forEach(id -> states.put(id, null));
        for (Seen seen : read) {
            Ticket t = seen.ticket();
            int ahead = t.status() == TicketStatus.WAITING ? seen.ahead() : 0;
            states.put(t.id(), shown(seen, queue.view(t, ahead)));
        }
        return states;
    }

    /** Each waiting ticket's people ahead: its place in its service's queue of its day (0 for the first). */
    private static Map<String, Integer> places(List<TicketStore.Place> inOrder) {
        Map<String, Integer> places = new HashMap<>();
        String queueOf = null;
        int place = 0;
        for (TicketStore.Place p : inOrder) {
            String q = p.serviceCode() + "\n" + p.serviceDay();
            place = q.equals(queueOf) ? place + 1 : 0;
            queueOf = q;
            places.put(p.ticketId(), place);
        }
        return places;
    }

    /** "I am coming back": the ticket leaves the queue for the configured minutes, once. */
    public MobileTicketState park(String token) {
        db.write(c -> {
            MobileLinkStore.Link l = live(c, token);
            Ticket t = ticket(c, l);
            if (l.parkUsed()) {
                throw Rejection.conflict("Bạn đã dùng \"Tôi sẽ quay lại\" cho số này / \"I am coming back\" was "
                        + "already used for this ticket");
            }
            if (!PARKABLE.contains(t.status()) || !tickets.transition(c, t.id(), t.status(), TicketStatus.PARKED, "")) {
                throw Rejection.conflict("Số " + t.displayNumber() + " không thể tạm gác lúc này / Ticket "
                        + t.displayNumber() + " cannot be put aside now (" + t.status().code() + ")");
            }
            long now = clock.millis();
            tickets.history(c, t.id(), now, TicketStatus.PARKED, t.counterId(), ACTOR);
            links.parked(c, t.id(), now + settings.parkMinutes() * 60_000L);
            events.publish(c, "ticket.parked", Map.of("ticketId", t.id(), "number", t.displayNumber(),
                    "counterId", t.counterId() == null ? "" : t.counterId()));
            return null;
        });
        return state(token);
    }

    /** "I am back": a ticket the citizen parked goes back to its place in the queue now. */
    public MobileTicketState back(String token) {
        db.write(c -> {
            MobileLinkStore.Link l = live(c, token);
            if (l.parkedUntil() == null || !unpark(c, ticket(c, l))) {
                throw Rejection.conflict("Số này không ở trạng thái tạm gác / This ticket is not put aside");
            }
            return null;
        });
        return state(token);
    }

    /** "Cancel my ticket": a waiting or parked ticket is voided (a second cancel changes nothing). */
    public MobileTicketState cancel(String token) {
        db.write(c -> {
            MobileLinkStore.Link l = live(c, token);
            Ticket t = ticket(c, l);
            if (t.status() == TicketStatus.VOIDED) {
                return null;
            }
            if (!CANCELLABLE.contains(t.status()) || !tickets.transition(c, t.id(), t.status(), TicketStatus.VOIDED,
                    "void_reason = ?, finished_at = ?", "cancelled by the citizen on a phone", clock.millis())) {
                throw Rejection.conflict("Số " + t.displayNumber() + " không thể hủy lúc này / Ticket "
                        + t.displayNumber() + " can no longer be cancelled (" + t.status().code() + ")");
            }
            tickets.history(c, t.id(), clock.millis(), TicketStatus.VOIDED, null, ACTOR);
            links.unparked(c, t.id());
            events.publish(c, "ticket.voided", Map.of("ticketId", t.id(), "number", t.displayNumber()));
            return null;
        });
        return state(token);
    }

    /**
     * "Notify me by e-mail / SMS": the citizen's address for ticket notifications ("N people away", "called to
     * counter X"; see {@link Notifications#watch}). A second address of the same channel replaces the first; each
     * message still goes once per ticket and channel, so a link cannot be used to mail many addresses. The address is
     * checked before anything is stored; it is never logged or echoed back except masked, and it is erased with
     * the other notification addresses ({@code notify.retentionDays}).
     *
     * @param channel {@code email} or {@code sms}, one this server is configured for
     */
    public MobileTicketState notify(String token, String channel, String address) {
        db.write(c -> {
            MobileLinkStore.Link l = live(c, token);
            Contact.Channel ch = Contact.Channel.ofCode(channel == null ? "" : channel)
                    .filter(notifications::enabled).orElseThrow(() -> Rejection.invalid("Trung tâm không gửi thông "
                            + "báo qua kênh này / This centre does not send notifications this way"));
            Contact contact;
            try {
                contact = Contact.of(ch, address);
            } catch (IllegalArgumentException e) {
                throw Rejection.invalid(ch == Contact.Channel.EMAIL
                        ? "Địa chỉ e-mail không đúng (ví dụ: ten@tenmien.vn) / Not a valid e-mail address (e.g. "
                                + "name@domain.vn)"
                        : "Số điện thoại không đúng (8-15 chữ số, có thể bắt đầu bằng +) / Not a valid phone number "
                                + "(8-15 digits, may start with +)");
            }
            Ticket t = ticket(c, l);
            if (!NOTIFIABLE.contains(t.status())) {
                throw Rejection.conflict("Số " + t.displayNumber() + " không còn chờ gọi, không cần báo nữa / Ticket "
                        + t.displayNumber() + " is no longer waiting: there is nothing left to notify");
            }
            notifications.watch(c, t.id(), contact);
            return null;
        });
        return state(token);
    }

    /** Puts back in their queues the tickets whose park minutes are over; returns how many went back. */
    public int returnDue() {
        return db.write(c -> {
            int back = 0;
            for (String id : links.parkOver(c, clock.millis())) {
                Ticket t = tickets.find(c, id).orElse(null);
                if (t != null && unpark(c, t)) {
                    back++;
                } else {
                    links.unparked(c, id);
                }
            }
            return back;
        });
    }

    /**
     * The ticket id a kiosk's rating reference stands for: {@code m-<token>} (the kiosk scanned a ticket's link) is
     * the ticket of that token, expired or not (a kiosk is enrolled, and rating may come after the day); any other
     * reference is returned as it is.
     */
    public String ticketIdOf(String ref) {
        if (ref == null || !ref.startsWith(REF_PREFIX) || !TOKEN.matcher(ref.substring(REF_PREFIX.length())).matches()) {
            return ref;
        }
        String hash = Secrets.sha256(ref.substring(REF_PREFIX.length()));
        return db.read(c -> links.byHash(c, hash).map(MobileLinkStore.Link::ticketId).orElse(ref));
    }

    private boolean unpark(Connection c, Ticket t) throws SQLException {
        links.unparked(c, t.id());
        if (t.status() != TicketStatus.PARKED || !tickets.transition(c, t.id(), TicketStatus.PARKED,
                TicketStatus.WAITING, "counter_id = NULL, called_at = NULL")) {
            return false;
        }
        tickets.history(c, t.id(), clock.millis(), TicketStatus.WAITING, null, ACTOR);
        events.publish(c, "ticket.waiting", Map.of("ticketId", t.id(), "number", t.displayNumber(),
                "counterId", t.counterId() == null ? "" : t.counterId()));
        return true;
    }

    private MobileLinkStore.Link live(Connection c, String token) throws SQLException {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw Rejection.notFound(UNKNOWN);
        }
        MobileLinkStore.Link l = links.byHash(c, Secrets.sha256(token)).orElseThrow(() -> Rejection.notFound(UNKNOWN));
        if (l.expiresAt() <= clock.millis()) {
            throw Rejection.notFound(UNKNOWN);
        }
        return l;
    }

    private Ticket ticket(Connection c, MobileLinkStore.Link l) throws SQLException {
        return tickets.find(c, l.ticketId()).orElseThrow(() -> Rejection.notFound(UNKNOWN));
    }

    /**
     * A ticket as read with its link, its counter's name (null while no counter has it) and, when read with its
     * centre's waiting order, its people ahead (-1 when not read with it).
     */
    private record Seen(MobileLinkStore.Link link, Ticket ticket, String counterName, List<Contact> watchers,
            int ahead) {}

    private Seen seen(Connection c, MobileLinkStore.Link l) throws SQLException {
        Ticket t = ticket(c, l);
        String counterName = t.counterId() == null ? null : Rows.one(c, "SELECT name FROM counter WHERE id = ?",
                rs -> rs.getString(1), t.counterId()).orElse(t.counterId());
        return new Seen(l, t, counterName, notifications.channels().isEmpty() ? List.of()
                : notifications.watchers(c, t.id()), -1);
    }

    /** The phone's view: people ahead and wait come from the queue (outside the read that found the ticket). */
    private MobileTicketState shown(Seen s) {
        return shown(s, queue.view(s.ticket()));
    }

    private MobileTicketState shown(Seen s, TicketView v) {
        Ticket t = s.ticket();
        MobileLinkStore.Link l = s.link();
        ServiceInfo service = queue.service(t.centreId(), t.serviceCode());
        boolean parkedByCitizen = t.status() == TicketStatus.PARKED && l.parkedUntil() != null;
        return new MobileTicketState(t.displayNumber(), service.code(), service.nameVi(), service.nameEn(),
                t.status().code(), v.peopleAhead(), v.estimatedWaitMinutes(), t.counterId(), s.counterName(),
                parkedByCitizen ? Instant.ofEpochMilli(l.parkedUntil()) : null,
                !l.parkUsed() && PARKABLE.contains(t.status()), parkedByCitizen, CANCELLABLE.contains(t.status()),
                settings.parkMinutes(), notifications.channels().stream().map(Contact.Channel::code).sorted().toList(),
                !notifications.channels().isEmpty() && NOTIFIABLE.contains(t.status()), s.watchers().stream()
                        .map(w -> new MobileTicketState.Notifying(w.channel().code(), w.masked())).toList());
    }
}
