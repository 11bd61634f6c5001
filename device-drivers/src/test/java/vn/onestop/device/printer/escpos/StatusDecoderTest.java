package vn.onestop.device.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.onestop.device.printer.PrinterStatus;

class StatusDecoderTest {

    @Test
    void allClearRepliesMeanReady() {
        PrinterStatus s = StatusDecoder.fromRealTime(0x12, 0x12, 0x12, 0x12);
        assertThat(s).isEqualTo(PrinterStatus.ok());
        assertThat(StatusDecoder.describe(s)).isEqualTo("ready");
    }

    @Test
    void paperOutStopsPrinting() {
        PrinterStatus s = StatusDecoder.fromRealTime(0x1A, 0x32, 0x12, 0x72);
        assertThat(s.paperOut()).isTrue();
        assertThat(s.offline()).isTrue();
        assertThat(s.canPrint()).isFalse();
        assertThat(StatusDecoder.describe(s)).startsWith("paper out");
    }

    @Test
    void paperNearEndStillPrints() {
        PrinterStatus s = StatusDecoder.fromRealTime(0x12, 0x12, 0x12, 0x1E);
        assertThat(s.paperNearEnd()).isTrue();
        assertThat(s.canPrint()).isTrue();
    }

    @Test
    void coverOpenAndErrorCauses() {
        assertThat(StatusDecoder.fromRealTime(0x1A, 0x16, 0x12, 0x12).coverOpen()).isTrue();
        PrinterStatus errors = StatusDecoder.fromRealTime(0x1A, 0x52, 0x7A, 0x12);
        assertThat(errors.cutterError()).isTrue();
        assertThat(errors.unrecoverableError()).isTrue();
        assertThat(errors.autoRecoverableError()).isTrue();
    }

    @Test
    void automaticStatusBackFrameIsDecoded() {
        PrinterStatus s = StatusDecoder.fromAsb(new byte[] {0x38, 0x00, 0x0C, 0x00});
        assertThat(s.coverOpen()).isTrue();
        assertThat(s.offline()).isTrue();
        assertThat(s.paperOut()).isTrue();
        assertThat(StatusDecoder.fromAsb(new byte[] {0x10, 0x00, 0x03, 0x00}).paperNearEnd()).isTrue();
    }

    @Test
    void repliesAsbAndFlowControlBytesAreToldApart() {
        assertThat(StatusDecoder.isRealTimeReply(0x12)).isTrue();
        assertThat(StatusDecoder.isRealTimeReply(0x72)).isTrue();
        assertThat(StatusDecoder.isAsbStart(0x12)).isFalse();
        assertThat(StatusDecoder.isAsbStart(0x38)).isTrue();
        assertThat(StatusDecoder.isRealTimeReply(0x38)).isFalse();
        assertThat(StatusDecoder.isFlowControl(0x13)).isTrue();
        assertThat(StatusDecoder.isRealTimeReply(0x11)).isFalse();
        assertThat(StatusDecoder.isRealTimeReply(0x13)).isFalse();
    }

    @Test
    void noAnswerIsDescribedForTheTechnician() {
        assertThat(StatusDecoder.describe(PrinterStatus.noAnswer())).contains("no answer", "baud");
    }
}
