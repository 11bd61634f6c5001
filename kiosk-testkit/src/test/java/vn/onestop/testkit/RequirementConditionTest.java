package vn.onestop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class RequirementConditionTest {
    static final List<String> RAN = new CopyOnWriteArrayList<>();

    /** A requirement that is never there, as socat is on a bare machine. */
    static final class NeverThere extends RequirementCondition {
        NeverThere() {
            super("frobnicator", () -> Optional.of("frobnicator not installed (Debian package frob)"), k -> null);
        }
    }

    /** Run by the engine test kit below, not by surefire on its own (nested, static, not named *Test). */
    @ExtendWith(NeverThere.class)
    static class SampleWithMissingTool {
        @BeforeEach
        void setUp() {
            RAN.add("before");
        }

        @Test
        void needsTheTool() {
            RAN.add("test");
        }

        @AfterEach
        void tearDown() {
            RAN.add("after");
        }
    }

    @Test
    void aTestWhoseToolIsMissingIsSkippedWithItsNameBeforeAnySetUp() {
        RAN.clear();
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(SampleWithMissingTool.class))
                .execute().containerEvents();
        tests.assertStatistics(s -> s.skipped(1).failed(0));
        String reason = tests.skipped().stream().findFirst().orElseThrow().getPayload(String.class).orElseThrow();
        assertThat(reason).contains("frobnicator not installed", "frob");
        assertThat(RAN).isEmpty();
    }

    @Test
    void underCiAMissingRequirementFailsUnlessSkipsAreAllowed() {
        Map<String, String> ci = Map.of("CI", "true");
        RequirementCondition strict = new RequirementCondition("tool", () -> Optional.of("tool not installed"),
                ci::get);
        assertThatThrownBy(() -> strict.evaluateExecutionCondition(null))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("tool not installed").hasMessageContaining("ONESTOP_TEST_ALLOW_SKIP=1");

        Map<String, String> allowed = Map.of("CI", "true", "ONESTOP_TEST_ALLOW_SKIP", "1");
        ConditionEvaluationResult skipped = new RequirementCondition("tool", () -> Optional.of("tool not installed"),
                allowed::get).evaluateExecutionCondition(null);
        assertThat(skipped.isDisabled()).isTrue();
        assertThat(skipped.getReason()).hasValueSatisfying(r -> assertThat(r).contains("tool not installed"));

        ConditionEvaluationResult present = new RequirementCondition("tool", Optional::empty, ci::get)
                .evaluateExecutionCondition(null);
        assertThat(present.isDisabled()).isFalse();
    }

    @Test
    void toolsAreFoundOnlyAsExecutableFiles() {
        assertThat(Tools.find("sh")).hasValueSatisfying(p -> assertThat(Files.isExecutable(p)).isTrue());
        assertThat(Tools.find("onestop-no-such-tool-" + ProcessHandle.current().pid())).isEmpty();
    }

    @Test
    void byteDifferencesAreReportedWhereTheyStart() {
        assertThat(Bytes.difference(new byte[] {1, 2, 3}, new byte[] {1, 2, 3})).isNull();
        assertThatThrownBy(() -> Bytes.assertSame("ticket", new byte[] {0x1B, 0x40, 0x41}, new byte[] {0x1B, 0x40, 0x42,
                0x43})).hasMessage("ticket: first difference at byte 2 (expected 3 bytes, got 4): expected ...1B 40 41"
                        + " but got ...1B 40 42 43");
    }
}
