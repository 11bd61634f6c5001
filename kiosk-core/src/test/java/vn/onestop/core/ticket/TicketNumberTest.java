package vn.onestop.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicketNumberTest {

    @ParameterizedTest
    @CsvSource({"A,5,A005", "A,123,A123", "A,1005,A1005", "BC,7,BC007", "Z,99999,Z99999"})
    void formatsWithAtLeastThreeDigits(String prefix, int number, String shown) {
        TicketNumber ticket = new TicketNumber(prefix, number);
        assertThat(ticket.format()).isEqualTo(shown);
        assertThat(TicketNumber.parse(shown)).isEqualTo(ticket);
    }

    @Test
    void parseAcceptsWhatStaffType() {
        assertThat(TicketNumber.parse("a5")).isEqualTo(new TicketNumber("A", 5));
        assertThat(TicketNumber.parse(" A 005 ")).isEqualTo(new TicketNumber("A", 5));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"'';empty", "A;letters then", "5;letters then", "ABCD1;letters then",
        "A000;1 to 99999", "A123456;letters then", "Ă005;letters then", "A-5;letters then"})
    void rejectsMalformedNumbers(String text, String reason) {
        assertThatThrownBy(() -> TicketNumber.parse(text)).isInstanceOf(TicketNumberException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void rejectsBadParts() {
        assertThatThrownBy(() -> new TicketNumber("a", 1)).hasMessageContaining("capital letters");
        assertThatThrownBy(() -> new TicketNumber("A", 0)).hasMessageContaining("1 to 99999");
        assertThatThrownBy(() -> new TicketNumber("A", 100_000)).isInstanceOf(TicketNumberException.class);
        assertThatThrownBy(() -> TicketNumber.parse("x".repeat(100))).isInstanceOf(TicketNumberException.class);
    }

    @Test
    void spokenDigitByDigit() {
        TicketNumber ticket = new TicketNumber("A", 105);
        assertThat(ticket.spoken()).containsExactly("A", "1", "0", "5");
        assertThat(ticket.spokenVi()).isEqualTo("A một không năm");
        assertThat(new TicketNumber("B", 7).spokenVi()).isEqualTo("B không không bảy");
    }

    @Test
    void offlineNumbersAreTheKiosksPrefixAndTheServiceNumber() {
        assertThat(TicketNumber.offline("K1", "A", 1)).isEqualTo("K1-A001");
        assertThat(TicketNumber.offline("KX9", "BC", 1234)).isEqualTo("KX9-BC1234");
        assertThat(TicketNumber.offlineService("K1-A001")).contains("A");
        assertThat(TicketNumber.offlineService("K1-BC12345")).contains("BC");
        assertThat(TicketNumber.offlineService("A001")).isEmpty();
        assertThat(TicketNumber.offlineService("K1-A01")).isEmpty();
        assertThat(TicketNumber.offlineService("k1-A001")).isEmpty();
    }

    @Test
    void aTicketShowsItsOfflineNumberWhenItHasOne() {
        assertThat(TicketNumber.display("A", 15, null)).isEqualTo("A015");
        assertThat(TicketNumber.display("A", 15, "K1-A003")).isEqualTo("K1-A003");
        assertThat(TicketNumber.format("A", 1005)).isEqualTo("A1005");
    }

    @Test
    void digitsStayAsciiWhateverTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG-u-nu-arab"));
            assertThat(new TicketNumber("A", 5).format()).isEqualTo("A005");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
