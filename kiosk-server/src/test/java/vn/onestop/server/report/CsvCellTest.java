package vn.onestop.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Security review, finding 15: a report cell never starts a spreadsheet formula. */
class CsvCellTest {
    @Test
    void cellsStartingWithAFormulaCharacterTabOrCarriageReturnAreQuoted() {
        assertThat(ReportApi.Csv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(ReportApi.Csv.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(ReportApi.Csv.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(ReportApi.Csv.cell("-12.5")).isEqualTo("-12.5");
        assertThat(ReportApi.Csv.cell("Hộ tịch")).isEqualTo("Hộ tịch");
        // A name over several lines stays one cell.
        assertThat(CsvCell.of("Nguyễn\nVăn\nAn")).isEqualTo("\"Nguyễn\nVăn\nAn\"");
    }
}
