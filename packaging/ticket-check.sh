# Sourced by test-debs.sh: issue a ticket through the kiosk API and check it is still there later.
# issue_ticket BASE -> prints the ticket id; ticket_exists BASE ID -> exit status.
TOKEN_FILE=/tmp/onestop-debtest-token
issue_ticket() {
  local base=$1 token
  token=$(curl -sf -X POST "$base/api/v1/kiosk/enrol" -H 'Content-Type: application/json' \
    -d '{"enrolmentCode":"DEBTEST-ENROL","kioskName":"package test"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || { echo "enrolment failed" >&2; return 1; }
  echo "$token" > "$TOKEN_FILE"
  curl -sf -X POST "$base/api/v1/tickets" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"idempotencyKey":"debtest-1","serviceCode":"A","priorityClass":null}' | sed -n 's/.*"id":"\([^"]*\)".*/\1/p'
}
ticket_exists() {
  local base=$1 id=$2
  curl -sf "$base/api/v1/tickets/$id" -H "Authorization: Bearer $(cat "$TOKEN_FILE")" | grep -q "\"id\":\"$id\""
}
