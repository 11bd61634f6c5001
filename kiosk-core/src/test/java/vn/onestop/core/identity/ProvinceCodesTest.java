package vn.onestop.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.config.ConfigException;
import vn.onestop.core.testing.TestConfig;

class ProvinceCodesTest {

    @Test
    void shippedListHasTheSixtyThreeProvinces() {
        ProvinceCodes codes = ProvinceCodes.load(TestConfig.file("provinces.csv"));
        assertThat(codes.size()).isEqualTo(63);
        assertThat(codes.province("001")).hasValueSatisfying(p -> assertThat(p.nameVi()).isEqualTo("Hà Nội"));
        assertThat(codes.contains("096")).isTrue();
        assertThat(codes.contains("003")).isFalse();
    }

    @Test
    void malformedRowsNameTheFileAndLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("provinces.csv"), "code,name_vi,name_en_ascii\n001,Hà Nội,Ha Noi\n1,X,X\n");
        assertThatThrownBy(() -> ProvinceCodes.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("line 3").hasMessageContaining("3 digits");
        Path twice = Files.writeString(dir.resolve("twice.csv"), "code,name_vi,name_en_ascii\n001,A,A\n001,B,B\n");
        assertThatThrownBy(() -> ProvinceCodes.load(twice)).hasMessageContaining("appears twice");
        Path columns = Files.writeString(dir.resolve("cols.csv"), "code;name\n001;A\n");
        assertThatThrownBy(() -> ProvinceCodes.load(columns)).hasMessageContaining("lacks the column 'code'");
        Path latin1 = Files.write(dir.resolve("latin1.csv"), new byte[] {'c', 'o', 'd', 'e', '\n', (byte) 0xE0});
        assertThatThrownBy(() -> ProvinceCodes.load(latin1)).hasMessageContaining("UTF-8");
    }
}
