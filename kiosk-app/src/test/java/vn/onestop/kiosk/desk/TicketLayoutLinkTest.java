package vn.onestop.kiosk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.onestop.device.printer.TicketDocument;
import vn.onestop.kiosk.flow.IssuedTicket;
import vn.onestop.kiosk.flow.TicketOrder;
import vn.onestop.kiosk.flow.TicketQr;

/**
 * The printed ticket with and without the server's link for phones (issue 24): the QR holds the link and a line under
 * it says so only when there is one; the kiosk reads both QR forms back as the same ticket's reference.
 */
class TicketLayoutLinkTest {
    static final String TOKEN = "0123456789abcdef0123456789abcdef0123456789abcdef";
    static final String LINK = "https://hcc.example.vn/t/" + TOKEN;
    static final String FOLLOW = "Quét để theo dõi lượt / Scan to follow your turn";
    final TicketLayout layout = new TicketLayout("Trung tâm", "Centre", ZoneId.of("Asia/Ho_Chi_Minh"));
    final TicketOrder order = new TicketOrder("key-1", "A", null, null, null, null);

    private static IssuedTicket ticket(String link) {
        return new IssuedTicket("t-1", "A001", "A", null, 2, 10, Instant.parse("2026-11-25T01:00:00Z"), false, link);
    }

    private static List<String> texts(TicketDocument d) {
        return d.elements().stream().filter(e -> e instanceof TicketDocument.Text).map(e -> ((TicketDocument.Text) e)
                .text()).toList();
    }

    private static String qr(TicketDocument d) {
        return d.elements().stream().filter(e -> e instanceof TicketDocument.Qr).map(e -> ((TicketDocument.Qr) e)
                .payload()).findFirst().orElseThrow();
    }

    @Test
    void aTicketWithALinkCarriesItInItsQrAndSaysSoUnderIt() {
        TicketDocument d = layout.document(ticket(LINK), order);
        assertThat(qr(d)).isEqualTo(LINK);
        List<String> texts = texts(d);
        assertThat(texts).contains(FOLLOW);
        assertThat(d.elements().indexOf(new TicketDocument.Text(FOLLOW, TicketDocument.Align.CENTER, false,
                TicketDocument.Size.NORMAL))).as("the line is right under the QR")
                .isEqualTo(d.elements().indexOf(new TicketDocument.Qr(LINK, 30)) + 1);
    }

    @Test
    void aTicketWithoutALinkIsPrintedAsBefore() {
        TicketDocument d = layout.document(ticket(null), order);
        assertThat(qr(d)).isEqualTo("ONESTOP-TICKET|A001|t-1");
        assertThat(texts(d)).doesNotContain(FOLLOW);
    }

    @Test
    void bothQrFormsAreReadBackAsTheTicketsReference() {
        assertThat(TicketQr.ticketRef("ONESTOP-TICKET|A001|t-1")).isEqualTo("t-1");
        assertThat(TicketQr.ticketRef(LINK)).isEqualTo("m-" + TOKEN);
        assertThat(TicketQr.ticketRef("http://10.0.0.5:7070/hcc/t/" + TOKEN + "\n")).isEqualTo("m-" + TOKEN);
        assertThat(TicketQr.isTicket(LINK)).isTrue();
        assertThat(TicketQr.isTicket("https://example.vn/t/short")).isFalse();
        assertThat(TicketQr.ticketRef("https://example.vn/t/" + TOKEN + "?x=1")).isNull();
        assertThat(TicketQr.ticketRef("https://evil.example/t/" + TOKEN.toUpperCase())).isNull();
        assertThat(TicketQr.isTicket("001099012345|123456789|Nguyễn Văn A|01011990|Nam|Hà Nội|01012021"))
                .as("an ID card's QR is no ticket").isFalse();
    }

    @Test
    void aLinkAQrCannotCarryIsLeftOffTheTicket() {
        assertThat(DeviceTicketDesk.followUrl(LINK)).isEqualTo(LINK);
        assertThat(DeviceTicketDesk.followUrl(null)).isNull();
        assertThat(DeviceTicketDesk.followUrl("javascript:alert(1)")).isNull();
        assertThat(DeviceTicketDesk.followUrl("https://hcc.example.vn/t/" + "a".repeat(300))).isNull();
        assertThat(DeviceTicketDesk.followUrl("https://hcc.example.vn/t/ x")).isNull();
    }
}
