package vn.onestop.server.catalogue;

import vn.onestop.core.calendar.WorkingCalendar;
import vn.onestop.core.catalogue.ProcedureCatalogue;

/**
 * The procedure catalogue and working-day calendar in force now: ask each time (they change live when staff edit
 * them), never keep the answer.
 */
public interface LiveCatalogue {
    ProcedureCatalogue catalogue();

    WorkingCalendar calendar();

    /** A catalogue and calendar that never change (a server built in code without a database seed). */
    static LiveCatalogue fixed(ProcedureCatalogue catalogue, WorkingCalendar calendar) {
        return new LiveCatalogue() {
            @Override
            public ProcedureCatalogue catalogue() {
                return catalogue;
            }

            @Override
            public WorkingCalendar calendar() {
                return calendar;
            }
        };
    }
}
