package vn.onestop.kiosk.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TelexComposerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Vieetj, Việt",
        "Nam, Nam",
        "hooj, hộ",
        "chieeus, chiếu",
        "ddaats, đất",
        "ddai, đai",
        "nguwowif, người",
        "nguoiwf, người",
        "truwowngf, trường",
        "giaays, giấy",
        "khai, khai",
        "sinh, sinh",
        "hoaf, hòa",
        "thuys, thúy",
        "quys, quý",
        "giuwowngf, giường",
        "tuwf, từ",
        "w, ư",
        "tw, tư",
        "cuwr, cử",
        "aw, ă",
        "awn, ăn",
        "baor, bảo",
        "hieemr, hiểm",
        "xax, xã",
        "caans, cấn",
        "Ddawng, Đăng",
        "HOOJ, HỘ",
        "Chuwngs, Chứng",
        "thuwcj, thực",
    })
    void composesVietnameseWords(String keys, String expected) {
        assertThat(TelexComposer.compose(keys)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "aaa, aa",
        "ddd, dd",
        "ass, as",
        "tooo, too",
        "baws, bắ",
        "bawws, baws",
        "hoaz, hoaz",
        "hoafz, hoa",
        "hoafs, hóa",
        "awws, aws",
    })
    void undoesModifiersTypedTwiceAndChangesTones(String keys, String expected) {
        assertThat(TelexComposer.compose(keys)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"123, 123", "A5, A5", "email@x.vn, email@x.vn"})
    void leavesDigitsAndSymbolsAlone(String keys, String expected) {
        assertThat(TelexComposer.compose(keys)).isEqualTo(expected);
    }
}
