/**
 * The JSON wire contract between kiosk and server under {@code /api/v1}: plain records that Jackson maps
 * field by field. Both sides use these types, so the contract cannot drift. Instants are ISO-8601 UTC strings,
 * dates are ISO local dates in the centre's time zone.
 */
package vn.onestop.core.wire;
