package vn.onestop.server.catalogue;

/** Who changes the catalogue, calendar or kiosk texts, acting in which centre. */
record ChangedBy(String actor, String centreId) {}
