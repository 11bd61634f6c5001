package vn.onestop.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.core.slip.ReceiptSlip;
import vn.onestop.server.Filings;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.TwoCentres;
import vn.onestop.server.connector.ConnectorEvent;
import vn.onestop.server.connector.DossierTableSource;
import vn.onestop.server.connector.Submission;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.Role;

/**
 * Two centres on one server (issue 21): a dossier belongs to the centre whose kiosk prepared it. It carries that
 * centre's agency code and name (slips, the provincial submission), that centre numbers it in its own log book, and
 * every other centre's kiosks and officials get the same 404 for it as for a code that does not exist.
 */
class DossierCentresTest extends ServerSuite {
    /** A well-formed preparation code no dossier has. */
    static final String UNKNOWN = "2345-6789";
    TwoCentres centres;
    String kioskX;
    String kioskY;
    TestServer.StaffClient clerkX;
    TestServer.StaffClient clerkY;

    @BeforeEach
    void twoCentres() throws Exception {
        centres = new TwoCentres(server);
        kioskX = server.enrolKiosk("Ki-ốt trung tâm tỉnh");
        kioskY = centres.enrolKioskAtY("Ki-ốt phường Y");
        clerkX = server.staff("lan", Role.COUNTER_STAFF);
        clerkY = centres.staffAtY("hoa", Role.COUNTER_STAFF);
    }

    @Test
    void aDossierFiledAtYIsYsAndAnUnknownCodeForCentreX() throws Exception {
        String code = prepare(kioskY, "y-key-0001");
        String prepared = "/api/v1/staff/prepared/" + code;
        TestServer.Reply unknownOpen = server.as(clerkX, "GET", "/api/v1/staff/prepared/" + UNKNOWN, null);
        assertThat(unknownOpen.status()).isEqualTo(404);

        TestServer.Reply openAtX = server.as(clerkX, "GET", prepared, null);
        assertThat(openAtX.status()).isEqualTo(404);
        assertThat(detail(openAtX)).as("another centre's dossier answers as an unknown one").isEqualTo(
                detail(unknownOpen));
        assertThat(server.as(clerkX, "POST", prepared + "/receive", Map.of("officialCode", "H41.21-261125-0007"))
                .status()).isEqualTo(404);
        assertThat(server.as(clerkX, "POST", prepared + "/refuse", Map.of("reason", "Thiếu giấy tờ")).status())
                .isEqualTo(404);
        assertThat(server.as(clerkX, "POST", prepared + "/supplement", Map.of("missing", List.of("Tờ khai")))
                .status()).isEqualTo(404);
        assertThat(server.as(clerkX, "GET", prepared + "/documents/0.pdf", null).status()).isEqualTo(404);
        assertThat(upload(kioskX, code).statusCode()).as("X's kiosk cannot add a scan to Y's dossier")
                .isEqualTo(404);
        TestServer.Reply lookupAtX = server.kiosk(kioskX, "GET", "/api/v1/dossiers/" + code, null);
        assertThat(lookupAtX.status()).isEqualTo(404);
        assertThat(detail(lookupAtX)).isEqualTo(detail(server.kiosk(kioskX, "GET", "/api/v1/dossiers/" + UNKNOWN,
                null)));
        assertThat(server.kiosk(kioskY, "GET", "/api/v1/dossiers/" + code, null).status()).isEqualTo(200);

        TestServer.Reply openAtY = server.as(clerkY, "GET", prepared, null);
        assertThat(openAtY.status()).as(openAtY.body()).isEqualTo(200);
        assertThat(openAtY.json().get("applicantIdNumber").asText()).isEqualTo(Filings.ID);
        TestServer.Reply received = server.as(clerkY, "POST", prepared + "/receive",
                Map.of("officialCode", "H41.99-261125-0001"));
        assertThat(received.status()).as(received.body()).isEqualTo(200);

        String staff = "/api/v1/staff/dossiers/" + code;
        assertThat(server.as(clerkX, "GET", staff + "/history", null).status()).isEqualTo(404);
        assertThat(server.as(clerkX, "GET", staff + "/slip.pdf", null).status()).isEqualTo(404);
        assertThat(server.as(clerkX, "GET", staff + "/pages", null).status()).isEqualTo(404);
        assertThat(server.as(clerkX, "POST", staff + "/status", Map.of("status", "processing")).status())
                .isEqualTo(404);
        assertThat(server.kiosk(kioskX, "GET", "/api/v1/dossiers/H41.99-261125-0001", null).status())
                .as("nor by its official code").isEqualTo(404);
        assertThat(server.kiosk(kioskY, "GET", "/api/v1/dossiers/H41.99-261125-0001", null).status())
                .isEqualTo(200);
        assertThat(server.as(clerkY, "GET", staff + "/history", null).json()).hasSize(2);
        TestServer.Reply moved = server.as(clerkY, "POST", staff + "/status", Map.of("status", "processing"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    @Test
    void yStampsItsAgencyCodeNameAndOwnLogBookNumberOnItsDossiers() throws Exception {
        String x1 = Filings.received(server, kioskX, Filings.dossier("x-key-0001"), "H41.21-261125-0001");
        String x2 = Filings.received(server, kioskX, Filings.dossier("x-key-0002"), "H41.21-261125-0002");
        String y1 = prepare(kioskY, "y-key-0002");
        assertThat(server.as(clerkY, "POST", "/api/v1/staff/prepared/" + y1 + "/receive",
                Map.of("officialCode", "H41.99-261125-0001")).status()).isEqualTo(200);

        DossierSlips slips = server.app.dossiers().slips();
        assertThat(slips.receiptSlip(x2, TwoCentres.X).logEntry()).isEqualTo("2/2026");
        ReceiptSlip slipY = slips.receiptSlip(y1, TwoCentres.Y);
        assertThat(slipY.logEntry()).as("Y numbers its own log book from 1").isEqualTo("1/2026");
        assertThat(slipY.centreName()).isEqualTo(TwoCentres.Y_NAME);
        assertThat(slipY.header().receivingBody()).isEqualTo(TwoCentres.Y_NAME);
        assertThat(slips.receiptSlip(x1, TwoCentres.X).centreName()).isEqualTo(
                server.app.centres().require(TwoCentres.X).nameVi());
        Optional<String> agency = server.db.read(c -> Rows.one(c, "SELECT agency_code FROM dossier WHERE code = ?",
                rs -> rs.getString(1), y1));
        assertThat(agency).hasValue(TwoCentres.Y_AGENCY);

        DossierTableSource source = new DossierTableSource(server.db, server.json, new Submission.Centre("?", "?"),
                java.time.ZoneId.of("Asia/Ho_Chi_Minh"), (code, index) -> Optional.empty())
                .withCentres(server.app.centres());
        Submission fromY = source.submission(y1, ConnectorEvent.RECEIVED, "k-y").orElseThrow();
        assertThat(fromY.centre()).as("the provincial system hears from Y").isEqualTo(new Submission.Centre(
                TwoCentres.Y_AGENCY, TwoCentres.Y_NAME));
        assertThat(source.submission(x1, ConnectorEvent.RECEIVED, "k-x").orElseThrow().centre().agencyCode())
                .isEqualTo("H41.21");
    }

    private String prepare(String kiosk, String key) throws Exception {
        TestServer.Reply r = server.kiosk(kiosk, "POST", "/api/v1/dossiers", Filings.dossier(key));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("preparationCode").asText();
    }

    private HttpResponse<String> upload(String kiosk, String code) throws Exception {
        return server.http.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/dossiers/" + code
                + "/documents/0")).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + kiosk)
                .header("Content-Type", "application/pdf").PUT(HttpRequest.BodyPublishers.ofString("%PDF-1.7\n%%EOF\n"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String detail(TestServer.Reply r) {
        return r.json().path("detail").asText();
    }
}
