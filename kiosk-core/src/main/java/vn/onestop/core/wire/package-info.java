/**
 * The JSON wire contract between kiosk and server under {@code /api/v1}: plain records that Jackson maps
 * field by field. Both sides use these types, so the contract cannot drift. Instants are ISO-8601 UTC strings,
 * local date-times are the centre's time (Asia/Ho_Chi_Minh). Unknown fields are refused by the server (400).
 *
 * <p>Kiosk calls (all but enrol carry {@code Authorization: Bearer TOKEN}; the server's OpenAPI document at
 * {@code /openapi.json} lists every route):
 * <ul>
 *   <li>{@code POST /api/v1/kiosk/enrol} {@link EnrolRequest} → 201 {@link EnrolResponse}; 403 wrong/used code,
 *       429 after ten wrong codes from one address.</li>
 *   <li>{@code GET /api/v1/kiosk/config} → 200 {@link KioskConfiguration} with an {@code ETag}; send it back in
 *       {@code If-None-Match} to get 304 when nothing changed.</li>
 *   <li>{@code POST /api/v1/kiosk/heartbeat} {@link Heartbeat} → 204.</li>
 *   <li>{@code POST /api/v1/tickets} {@link IssueTicketRequest} → 201 {@link TicketView}; the same idempotency key
 *       returns the same ticket, so retry freely after a lost reply; its {@code followUrl} (issue 24) is the link
 *       for the citizen's phone to print in the ticket's QR (null when the centre keeps phones out; a retry gets a
 *       new link, the earlier one stops working).</li>
 *   <li>{@code GET /api/v1/tickets/{id}} → {@link TicketView} (position and estimate now).</li>
 *   <li>{@code POST /api/v1/tickets/{id}/void} {@link VoidTicketRequest} → 200 {@link TicketView} (print failed).</li>
 *   <li>{@code POST /api/v1/dossiers} {@link DossierRegistration} → 201 {@link DossierReceipt}: a dossier
 *       {@code prepared} at the kiosk, awaiting reception by an official (issue 22), with its
 *       {@link vn.onestop.core.dossier.PreparationCode} and no slip; idempotent by key; 422 when the procedure is
 *       filed at the counter (the detail names the queue service to take a ticket for); 400 names the field.</li>
 *   <li>{@code PUT /api/v1/dossiers/{preparationCode}/documents/{index}} ({@code application/pdf}, the scanned
 *       checklist document at 0-based {@code index}) → 200 {@link DocumentStored}; the same bytes again answer the
 *       same; other bytes replace it while the dossier is not received; 409 once received or refused; 413 over
 *       {@code dossier.documents.maxBytes}; 415 not a PDF; 422 a PDF that does not parse or has non-A4 pages; the
 *       same 404 for an unknown code and another centre's.</li>
 *   <li>{@code GET /api/v1/dossiers/{code}} → {@link DossierView} with its timeline, no personal data; the code
 *       may be a preparation code, an official dossier code once received, or an old dossier code; 400 for a
 *       malformed code, the same 404 for unknown and other centres' codes. A scanned slip QR is read with
 *       {@link vn.onestop.core.slip.SlipQr#parse} first.</li>
 *   <li>{@code POST /api/v1/ratings} {@link RatingRequest} → 204; 409 when already rated; reasons (codes from
 *       {@link KioskConfiguration#filing()}) only with score 1 or 2.</li>
 *   <li>{@code POST /api/v1/kiosk/help} {@link HelpRequest} → 201 {@link HelpAlertView}: the citizen asked for a
 *       person; the kiosk's open call is answered again (repeated = true) instead of raising a second one.</li>
 * </ul>
 * Every error is {@code application/problem+json} ({@link Problem}); 401 means the token is unknown or revoked
 * (enrol again), 4xx other than 401/429 must not be retried unchanged, 5xx and network errors may be.
 */
package vn.onestop.core.wire;
