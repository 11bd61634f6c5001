package vn.onestop.server.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.onestop.core.voice.SpokenNumbers;

/** The words of an announcement: the sentence fed to espeak-ng and the clips joined, per language. */
class AnnouncementTextTest {
    private final Announcement a015 = new Announcement("A015", "3", "Quầy 3");

    @Test
    void theSentenceNamesTheNumberDigitByDigitAndTheCounter() {
        AnnouncementText text = new AnnouncementText(SpokenNumbers.Reading.DIGITS);
        assertThat(text.sentence(a015, "vi")).isEqualTo("Mời số A, không, một, năm, đến Quầy 3.");
        assertThat(text.sentence(a015, "en")).isEqualTo("Number A, zero, one, five, please go to counter 3.");
    }

    @Test
    void wholeNumbersAreReadAsQuantities() {
        AnnouncementText text = new AnnouncementText(SpokenNumbers.Reading.WHOLE);
        assertThat(text.sentence(a015, "vi")).isEqualTo("Mời số A, mười lăm, đến Quầy 3.");
        assertThat(text.sentence(new Announcement("B121", "12", "Quầy 12"), "en"))
                .isEqualTo("Number B, one hundred twenty-one, please go to counter 12.");
    }

    @Test
    void clipsAreOnePerWordLetterAndDigit() {
        AnnouncementText text = new AnnouncementText(SpokenNumbers.Reading.WHOLE);
        assertThat(text.clips(a015, "vi")).containsExactly("moi-so", "A", "0", "1", "5", "den-quay", "3");
        assertThat(text.clips(new Announcement("A015", "12", "Quầy 12"), "en"))
                .containsExactly("number", "A", "0", "1", "5", "please-go-to-counter", "1", "2");
        assertThat(text.clips(new Announcement("C001", "tn", "Quầy tiếp nhận"), "vi"))
                .endsWith("den-quay", "counter-tn");
    }
}
