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
}
