package vn.onestop.core.wire;

import java.util.List;

/** Everything a kiosk needs from the server, fetched with an ETag so an unchanged configuration costs a 304. */
public record KioskConfiguration(String centreName, String agencyCode, List<ServiceInfo> services,
        List<PriorityClassInfo> priorityClasses, List<ProcedureInfo> procedures, FilingInfo filing) {}
