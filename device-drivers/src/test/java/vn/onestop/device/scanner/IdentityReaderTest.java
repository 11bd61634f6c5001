package vn.onestop.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.onestop.core.identity.IdentityProblem;
import vn.onestop.core.identity.Sex;
import vn.onestop.device.scanner.IdentityReader.Outcome;
import vn.onestop.device.scanner.serial.CodeFramer;
import vn.onestop.device.scanner.serial.FrameFormat;

class IdentityReaderTest {

    private static final Instant AT = Instant.parse("2026-11-25T03:00:00Z");
    private final IdentityReader reader = TestIdentity.reader();

    private static ScanEvent scanned(String payload) {
        return new ScanEvent.CodeScanned(payload, ScanEvent.Source.SERIAL, AT);
    }

    /** Replaces field {@code index} (0-based) of a standard sample. */
    private static String withField(int index, String value) {
        String[] f = CccdSamples.HANOI_WOMAN.split("\\|", -1);
        f[index] = value;
        return String.join("|", f);
    }

    private record Case(String what, String payload, String expectedCode) { }

    private static List<Case> malformed() {
        String base = CccdSamples.HANOI_WOMAN;
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("empty", "", "PAYLOAD_EMPTY"));
        cases.add(new Case("blank", "   ", "PAYLOAD_EMPTY"));
        int cut = 0;
        for (int i = 0; i < 6; i++) { // truncated after each field
            cut = base.indexOf('|', cut + 1);
            cases.add(new Case("truncated after field " + (i + 1), base.substring(0, cut), "FIELDS_MISSING"));
        }
        cases.add(new Case("truncated mid-name", base.substring(0, 20), "FIELDS_MISSING"));
        cases.add(new Case("no separators", base.replace('|', ' '), "FIELDS_MISSING"));
        cases.add(new Case("comma separated", base.replace('|', ','), "FIELDS_MISSING"));
        cases.add(new Case("21 fields", base + "|x".repeat(14), "FIELDS_TOO_MANY"));
        cases.add(new Case("ID 11 digits", withField(0, "00119901234"), "ID_FORMAT"));
        cases.add(new Case("ID 13 digits", withField(0, "0011990123456"), "ID_FORMAT"));
        cases.add(new Case("ID with letter", withField(0, "00119901234O"), "ID_FORMAT"));
        cases.add(new Case("ID empty", withField(0, ""), "ID_FORMAT"));
        cases.add(new Case("ID full-width digits", withField(0, "００１１９９０１２３４５"), "ID_FORMAT"));
        cases.add(new Case("century digit for 2000s", withField(0, "001399012345"), "ID_CENTURY_MISMATCH"));
        cases.add(new Case("sex digit male", withField(0, "001099012345"), "ID_SEX_MISMATCH"));
        cases.add(new Case("birth year digits", withField(0, "001198012345"), "ID_BIRTH_YEAR_MISMATCH"));
        cases.add(new Case("old ID 8 digits", withField(1, "12345678"), "OLD_ID_FORMAT"));
        cases.add(new Case("old ID letters", withField(1, "12345678X"), "OLD_ID_FORMAT"));
        cases.add(new Case("name empty", withField(2, ""), "NAME_MISSING"));
        cases.add(new Case("name with digits", withField(2, "Nguyễn Văn 2"), "NAME_INVALID"));
        cases.add(new Case("name with '?' from a wedge", withField(2, "Nguy?n Th? ?nh Tuy?t"), "NAME_INVALID"));
        cases.add(new Case("name 101 letters", withField(2, "A".repeat(101)), "NAME_TOO_LONG"));
        cases.add(new Case("birth 31 Feb", withField(3, "31021999"), "BIRTH_DATE_INVALID"));
        cases.add(new Case("birth 29 Feb non-leap", withField(3, "29021999"), "BIRTH_DATE_INVALID"));
        cases.add(new Case("birth month 13", withField(3, "01131999"), "BIRTH_DATE_INVALID"));
        cases.add(new Case("birth with slashes", withField(3, "01/02/1999"), "BIRTH_DATE_FORMAT"));
        cases.add(new Case("birth ISO", withField(3, "1999-02-01"), "BIRTH_DATE_FORMAT"));
        cases.add(new Case("birth 7 digits", withField(3, "0102199"), "BIRTH_DATE_FORMAT"));
        cases.add(new Case("birth empty", withField(3, ""), "BIRTH_DATE_FORMAT"));
        cases.add(new Case("birth in the future", withField(3, "01022099"), "BIRTH_DATE_FUTURE"));
        cases.add(new Case("born 1800", withField(3, "01021800"), "BIRTH_DATE_TOO_OLD"));
        cases.add(new Case("sex in English", withField(4, "Female"), "SEX_INVALID"));
        cases.add(new Case("sex empty", withField(4, ""), "SEX_INVALID"));
        cases.add(new Case("sex mangled by a wedge", withField(4, "N?"), "SEX_INVALID"));
        cases.add(new Case("address 301 chars", withField(5, "x".repeat(301)), "ADDRESS_TOO_LONG"));
        cases.add(new Case("issue date missing", withField(6, ""), "ISSUE_DATE_MISSING"));
        cases.add(new Case("issue date format", withField(6, "2021-08-15"), "ISSUE_DATE_FORMAT"));
        cases.add(new Case("issue 30 Feb", withField(6, "30022021"), "ISSUE_DATE_INVALID"));
        cases.add(new Case("issue in the future", withField(6, "01012030"), "ISSUE_DATE_FUTURE"));
        cases.add(new Case("issue before birth", withField(3, "01021999").replace("15082021", "01011998"),
                "ISSUE_DATE_BEFORE_BIRTH"));
        cases.add(new Case("issue before 2016", withField(6, "01012010"), "ISSUE_DATE_TOO_EARLY"));
        cases.add(new Case("NUL in name", withField(2, "Nguyễn\u0000Thị"), "PAYLOAD_CONTROL_CHARACTER"));
        cases.add(new Case("bell in address", withField(5, "Hà Nội\u0007"), "PAYLOAD_CONTROL_CHARACTER"));
        cases.add(new Case("escape sequence", "\u001B[2J" + base, "PAYLOAD_CONTROL_CHARACTER"));
        cases.add(new Case("zero-width space", withField(2, "Nguyễn\u200BThị"), "PAYLOAD_CONTROL_CHARACTER"));
        cases.add(new Case("tab inside", withField(5, "Hà\tNội"), "PAYLOAD_CONTROL_CHARACTER"));
        cases.add(new Case("replacement char", withField(2, "Nguy\uFFFDn Thị"), "PAYLOAD_ENCODING"));
        cases.add(new Case("lone surrogate", withField(2, "Nguy\uD800n"), "PAYLOAD_CONTROL_CHARACTER"));
        cases.add(new Case("10 KB of noise", noise(10_240), "PAYLOAD_TOO_LONG"));
        cases.add(new Case("Latin-1 mojibake", new String(base.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1), "PAYLOAD_CONTROL_CHARACTER"));
        cases.add(new Case("CP1252 mojibake", new String(base.getBytes(StandardCharsets.UTF_8),
                java.nio.charset.Charset.forName("windows-1252")), "NAME_INVALID"));
        cases.add(new Case("ticket number, not a card", "A-0427", "FIELDS_MISSING"));
        cases.add(new Case("URL QR code", "https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html", "FIELDS_MISSING"));
        return cases;
    }

    private static String noise(int length) {
        Random r = new Random(10);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            sb.append((char) (0x20 + r.nextInt(0x5F)));
        }
        return sb.toString();
    }

    @Test
    void everyMalformedPayloadIsRefusedWithAClearReasonThatQuotesNothing() {
        List<Case> cases = malformed();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
        for (Case c : cases) {
            Outcome outcome = reader.read(scanned(c.payload()));
            assertThat(outcome).as(c.what()).isInstanceOf(Outcome.Refused.class);
            List<IdentityProblem> reasons = ((Outcome.Refused) outcome).reasons();
            assertThat(reasons).as(c.what()).extracting(IdentityProblem::code).contains(c.expectedCode());
            for (IdentityProblem p : reasons) {
                assertThat(p.messageVi()).as(c.what()).isNotBlank().doesNotContain("001199012345", "Tuyết");
                assertThat(p.messageEn()).as(c.what()).isNotBlank().doesNotContain("001199012345", "Tuyết");
            }
        }
    }

    @Test
    void validCardsBecomeIdentities() {
        for (String payload : CccdSamples.ALL) {
            assertThat(reader.read(scanned(payload))).as(payload.substring(0, 3)).isInstanceOf(Outcome.Accepted.class);
        }
        Outcome.Accepted hanoi = (Outcome.Accepted) reader.read(scanned(CccdSamples.HANOI_WOMAN));
        assertThat(hanoi.identity().fullName()).isEqualTo("Nguyễn Thị Ánh Tuyết");
        assertThat(hanoi.identity().dateOfBirth()).isEqualTo(LocalDate.of(1999, 2, 1));
        assertThat(hanoi.identity().sex()).isEqualTo(Sex.FEMALE);
        assertThat(hanoi.source()).isEqualTo(ScanEvent.Source.SERIAL);
    }

    @Test
    void scannerFailuresBecomeReasonsTheCitizenCanActOn() {
        Outcome wedge = reader.read(new ScanEvent.ScanFailed("wedge-cccd-use-reader",
                ScanEvent.Source.KEYBOARD_WEDGE, AT));
        assertThat(((Outcome.Refused) wedge).reasons()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("SCAN_WEDGE_CCCD_USE_READER");
            assertThat(p.messageVi()).contains("nhập số định danh");
            assertThat(p.messageEn()).contains("card reader");
        });
        for (String reason : List.of(CodeFramer.INVALID_UTF8, CodeFramer.TOO_LONG, CodeFramer.INCOMPLETE,
                CodeFramer.UNFRAMED_DATA, "no-code-found", "unreadable-image", "wedge-non-ascii", "some-new-reason")) {
            Outcome o = reader.read(new ScanEvent.ScanFailed(reason, ScanEvent.Source.SERIAL, AT));
            assertThat(((Outcome.Refused) o).reasons()).as(reason).singleElement()
                    .satisfies(p -> assertThat(p.messageVi()).isNotBlank());
        }
    }

    @Test
    void hundredThousandRandomByteSequencesThroughFramerAndParserRaiseNothing() {
        FrameFormat format = FrameFormat.terminatedBy(FrameFormat.Terminator.CRLF, 2048);
        CodeFramer framer = new CodeFramer(format);
        Random random = new Random(20261125);
        byte[] card = CccdSamples.HUE_2024.getBytes(StandardCharsets.UTF_8);
        int outcomes = 0;
        int accepted = 0;
        for (int i = 0; i < 100_000; i++) {
            byte[] wire = switch (i % 4) {
                case 0 -> randomBytes(random, random.nextInt(300));
                case 1 -> mutate(card, random);
                case 2 -> randomUtf8(random);
                default -> card.clone();
            };
            List<CodeFramer.Result> results = new ArrayList<>();
            int at = 0;
            while (at < wire.length) {
                int n = Math.min(wire.length - at, 1 + random.nextInt(64));
                results.addAll(framer.feed(wire, at, n));
                at += n;
            }
            results.addAll(framer.feed(new byte[] {'\r', '\n'}, 0, 2));
            for (CodeFramer.Result r : results) {
                ScanEvent event = r instanceof CodeFramer.Result.Code c
                        ? scanned(c.text())
                        : new ScanEvent.ScanFailed(((CodeFramer.Result.Rejected) r).reason(), ScanEvent.Source.SERIAL, AT);
                Outcome o = reader.read(event);
                if (o == null) {
                    throw new AssertionError("no outcome for sequence " + i);
                }
                outcomes++;
                accepted += o instanceof Outcome.Accepted ? 1 : 0;
            }
        }
        assertThat(outcomes).isGreaterThan(50_000);
        assertThat(accepted).as("the intact card, every fourth sequence, still reads").isGreaterThanOrEqualTo(25_000);
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static byte[] mutate(byte[] card, Random r) {
        byte[] b = card.clone();
        for (int k = 0; k < 1 + r.nextInt(4); k++) {
            int pos = r.nextInt(b.length);
            b[pos] = switch (r.nextInt(4)) {
                case 0 -> (byte) '|';
                case 1 -> (byte) '\r';
                case 2 -> (byte) (0x80 + r.nextInt(0x80));
                default -> (byte) r.nextInt(256);
            };
        }
        return r.nextBoolean() ? b : java.util.Arrays.copyOf(b, r.nextInt(b.length));
    }

    private static byte[] randomUtf8(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(200);
        for (int i = 0; i < n; i++) {
            int cp = r.nextInt(10) == 0 ? '|' : r.nextInt(0x2FFF);
            if (cp < 0xD800 || cp > 0xDFFF) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
