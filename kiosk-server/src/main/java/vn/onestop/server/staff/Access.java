package vn.onestop.server.staff;

import io.javalin.security.RouteRole;

/**
 * Who may call a route: anyone, an enrolled kiosk, a device gateway for its counter, a counter's enrolled rating
 * tablet, or staff whose role grants it.
 */
public enum Access implements RouteRole {
    PUBLIC, KIOSK, GATEWAY, STAFF, COUNTER, SUPERVISOR, TECHNICIAN, ADMIN, RATING_DEVICE
}
