#!/usr/bin/env bash
# Probes a running Variatlas for the hardening of issue 9: security headers, anonymous access,
# bounded parameters, and the embedded PostgreSQL's authentication, socket and listen address.
#
#   scripts/security-probe.sh [BASE_URL] [EMBEDDED_DB_DIR]
#   scripts/security-probe.sh http://localhost:8080 var/postgres      (the defaults)
#
# Needs only bash and curl. Exits non-zero when a check fails; the last line counts the checks.
set -uo pipefail

BASE="${1:-http://localhost:8080}"
DB_DIR="${2:-var/postgres}"
passed=0
failed=0

check() { # check "what" condition...
  local what="$1"
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "ok    $what"
  else
    failed=$((failed + 1))
    echo "FAIL  $what"
  fi
}

headers() { curl -s -o /dev/null -D - "$@" | tr -d '\r'; }
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
has() { grep -qi -- "$2" <<<"$1"; }
hasnt() { ! grep -qi -- "$2" <<<"$1"; }
is() { [ "$1" = "$2" ]; }
isnt() { [ "$1" != "$2" ]; }

echo "Probing $BASE (embedded database in $DB_DIR)"

# --- Headers -----------------------------------------------------------------------------------
home=$(headers "$BASE/")
check "a page has a Content-Security-Policy" has "$home" '^content-security-policy: .*default-src'
check "pages may not be framed (CSP frame-ancestors 'none')" has "$home" "frame-ancestors 'none'"
check "pages may not be framed (X-Frame-Options DENY)" has "$home" '^x-frame-options: DENY'
check "X-Content-Type-Options nosniff" has "$home" '^x-content-type-options: nosniff'
check "Referrer-Policy strict-origin-when-cross-origin" has "$home" \
  '^referrer-policy: strict-origin-when-cross-origin'
embed=$(headers "$BASE/embed/probe")
check "only /embed/** may be framed" has "$embed" 'frame-ancestors \*'

# --- Anonymous access --------------------------------------------------------------------------
topics=$(headers "$BASE/api/v1/topics")
check "GET /api/v1/topics is public" has "$topics" '^HTTP/1.1 200'
check "the public API opens no session" hasnt "$topics" '^set-cookie:'
check "the public API stays cacheable (no no-store)" hasnt "$topics" 'no-store'
check "GET /api/v1/status is public" is "$(status "$BASE/api/v1/status")" 200
# Probes: the status only; the components and their details are for administrators.
health="$(curl -s "$BASE/actuator/health")"
check "GET /actuator/health answers its status" has "$health" '"status":"'
check "signed out, /actuator/health shows no components" hasnt "$health" '"components"'
check "no other Actuator endpoint answers signed out (/actuator/env)" isnt \
  "$(status "$BASE/actuator/env")" 200
check "GET /api/v1/loads signed out is 401" is "$(status "$BASE/api/v1/loads")" 401
check "GET /api/v1/loads/1 signed out is 401" is "$(status "$BASE/api/v1/loads/1")" 401
check "a bad API token is 401" is \
  "$(status -H 'Authorization: Bearer va_not-a-token-not-a-token-not-a-token' "$BASE/api/v1/loads")" 401
for page in admin/loads admin/plugins admin/users admin/ui-kit; do
  loc=$(headers -H 'Accept: text/html' "$BASE/$page")
  check "/$page signed out goes to the sign-in page" has "$loc" '^location: .*/login$'
done
check "/about is public" is "$(status "$BASE/about")" 200
check "POST to the API without a token or CSRF token is refused" \
  grep -q '^40[13]$' <<<"$(status -X POST "$BASE/api/v1/plugins/probe")"

# --- Bounded parameters ------------------------------------------------------------------------
check "population from=-2147483648 is a 400" is \
  "$(status "$BASE/api/v1/population?level=hf&from=-2147483648&to=2024")" 400
check "areas year=123456 is a 400" is "$(status "$BASE/api/v1/areas?level=hf&year=123456")" 400
topic=$(curl -s "$BASE/api/v1/topics" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
if [ -n "$topic" ]; then
  indicator=$(curl -s "$BASE/api/v1/topics/$topic/indicators" | grep -o '"id":"[^"]*"' | head -1 |
    cut -d'"' -f4)
  check "an unknown format is a 400" is \
    "$(status "$BASE/api/v1/results/$topic/$indicator?format=xml")" 400
fi

# --- The embedded PostgreSQL -------------------------------------------------------------------
if [ -f "$DB_DIR/postmaster.pid" ]; then
  pid_file=$(cat "$DB_DIR/postmaster.pid")
  port=$(sed -n 4p <<<"$pid_file")
  socket_dir=$(sed -n 5p <<<"$pid_file")
  listen=$(sed -n 6p <<<"$pid_file")
  check "the database listens on loopback only ($listen)" grep -Eq '^(localhost|127\.0\.0\.1|::1)$' \
    <<<"$listen"
  check "its password file is readable by its owner only" is \
    "$(stat -c %a "$DB_DIR/variatlas-password" 2>/dev/null)" 600
  check "pg_hba.conf wants scram-sha-256 and trusts nobody" \
    bash -c "grep -q scram-sha-256 '$DB_DIR/pg_hba.conf' && ! grep -Eq '^[^#]*trust' '$DB_DIR/pg_hba.conf'"
  check "its socket directory is private ($socket_dir)" is "$(stat -c %a "$socket_dir" 2>/dev/null)" 700
  # A startup message without a password: the server must ask for one (SASL = 10), not say
  # AuthenticationOk (0).
  auth=$(
    exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
    printf '\x00\x00\x00\x29\x00\x03\x00\x00user\x00postgres\x00database\x00postgres\x00\x00' >&3
    head -c 9 <&3 | od -An -tx1 | tr -d ' \n'
  )
  # 'R', length, code: 10 = SASL (scram), 5 = md5, 3 = cleartext; 0 would be trust.
  check "the database asks for a password (reply $auth)" grep -Eq '^52[0-9a-f]{8}0000000(a|5|3)$' \
    <<<"$auth"
  # The listening sockets of that port, from the kernel's tables: loopback addresses only.
  hex=$(printf '%04X' "$port")
  bound=$(awk -v p=":$hex" '$2 ~ p"$" && $4 == "0A" {print $2}' /proc/net/tcp /proc/net/tcp6 2>/dev/null |
    cut -d: -f1 | sort -u | tr '\n' ' ')
  check "the database's sockets are bound to loopback only ($bound)" \
    bash -c "[ -n '$bound' ] && ! grep -Eqv '^(0100007F|00000000000000000000000001000000)$' <<<'$(tr ' ' '\n' <<<"$bound" | sed '/^$/d')'"
else
  echo "skip  the embedded database checks: no $DB_DIR/postmaster.pid (external database?)"
fi

echo "security-probe: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
