package vn.onestop.kiosk.tech;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** Which new technician PINs are taken, and how a new one is stored. */
class PinPolicyTest {
    @Test
    void theDefaultShortLongLettersAndOneRepeatedDigitAreRefused() {
        assertThat(PinPolicy.problem("2468")).isEqualTo("tech.pin.change.default");
        assertThat(PinPolicy.problem("123")).isEqualTo("tech.pin.change.format");
        assertThat(PinPolicy.problem("123456789")).isEqualTo("tech.pin.change.format");
        assertThat(PinPolicy.problem("12a4")).isEqualTo("tech.pin.change.format");
        assertThat(PinPolicy.problem("")).isEqualTo("tech.pin.change.format");
        assertThat(PinPolicy.problem(null)).isEqualTo("tech.pin.change.format");
        assertThat(PinPolicy.problem("000000")).isEqualTo("tech.pin.change.weak");
        // Finding 8: at least 6 digits.
        assertThat(PinPolicy.problem("1357")).isEqualTo("tech.pin.change.format");
        assertThat(PinPolicy.problem("13579")).isEqualTo("tech.pin.change.format");
        assertThat(PinPolicy.problem("135790")).isNull();
        assertThat(PinPolicy.problem("90817263")).isNull();
    }

    @Test
    void aNewPinIsStoredSaltedSoTheSamePinGivesDifferentValuesThatBothMatch() {
        PinPolicy policy = new PinPolicy(new SecureRandom());
        String a = policy.stored("135790");
        String b = policy.stored("135790");
        assertThat(a).isNotEqualTo(b).matches("pbkdf2:100000:[0-9a-f]{24}:[0-9a-f]{64}");
        assertThat(new PinCheck(a).matches("135790")).isTrue();
        assertThat(new PinCheck(b).matches("135790")).isTrue();
        assertThat(new PinCheck(a).matches("135791")).isFalse();
    }

    @Test
    void aDamagedOrForeignStoredValueOpensNothing() {
        String good = new PinPolicy(new SecureRandom()).stored("135790");
        assertThat(new PinCheck(good.replace("pbkdf2:100000:", "pbkdf2:x:")).matches("135790")).isFalse();
        assertThat(new PinCheck(good.replace("pbkdf2:100000:", "pbkdf2:0:")).matches("135790")).isFalse();
        assertThat(new PinCheck(good.substring(0, good.lastIndexOf(':'))).enabled()).isFalse();
        String changed = good.substring(0, good.length() - 1) + (good.endsWith("0") ? "1" : "0");
        assertThat(new PinCheck(changed).matches("135790")).as("one changed hash digit").isFalse();
        assertThat(new PinCheck("   ").enabled()).isFalse();
    }
}
