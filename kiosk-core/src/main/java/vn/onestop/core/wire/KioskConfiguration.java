package vn.onestop.core.wire;

import java.util.List;

/**
 * Everything a kiosk needs from the server, fetched with an ETag so an unchanged configuration costs a 304.
 * {@code notice} is the centre's kiosk notice (null: none); kiosks older than it ignore it.
 */
public record KioskConfiguration(String centreName, String agencyCode, List<ServiceInfo> services,
        List<PriorityClassInfo> priorityClasses, List<ProcedureInfo> procedures, FilingInfo filing,
        KioskNotice notice) {

    /** A configuration without a notice. */
    public KioskConfiguration(String centreName, String agencyCode, List<ServiceInfo> services,
            List<PriorityClassInfo> priorityClasses, List<ProcedureInfo> procedures, FilingInfo filing) {
        this(centreName, agencyCode, services, priorityClasses, procedures, filing, null);
    }
}
