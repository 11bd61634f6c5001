package vn.onestop.server.report;

import java.util.List;

/**
 * A report over a range for every centre side by side ({@code /supervisor/report?centre=*}, province supervisors
 * and admins): the province's totals, then each centre's full report by centre id.
 */
public record ProvinceReport(String from, String to, Averages totals, List<CentreReport> centres) {

    /** One centre's report, with its names and kind. */
    public record CentreReport(String centreId, String nameVi, String nameEn, String kind, ReportView report) {}
}
