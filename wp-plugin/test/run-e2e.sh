#!/usr/bin/env bash
# End-to-end test of the plugin in a real WordPress (Debian's package, MariaDB, PHP's built-in
# server), against the real agent backend (`bin/agent serve`, demo store), driven by headless
# Chromium through playwright-core. Everything it starts is stopped on exit; its files live
# under wp-plugin/build/e2e (screenshots under wp-plugin/build/screenshots).
set -euo pipefail
TEST=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PLUGIN_ROOT=$(dirname "$TEST")
REPO=$(dirname "$PLUGIN_ROOT")
BUILD="$PLUGIN_ROOT/build"
WORK="$BUILD/e2e"
log() { printf '[wp-e2e] %s\n' "$*" >&2; }
SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO="sudo"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
secret() { head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c "${1:-40}"; }
wait_for() { # url, seconds
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$1" 2>/dev/null; do
    (( SECONDS < deadline )) || { log "timed out waiting for $1"; return 1; }
    sleep 0.5
  done
}

$SUDO mysqladmin ping >/dev/null 2>&1 || { log "MariaDB is not running: run bin/provision first"; exit 1; }

rm -rf "$WORK" "$BUILD/screenshots"
mkdir -p "$WORK" "$BUILD/screenshots"
DB="shopagent_e2e_$$"
DB_PASS=$(secret)
PIDS=()
cleanup() {
  local rc=$?
  for pid in "${PIDS[@]}"; do kill -- "-$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 40); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 -- "-$pid" 2>/dev/null || true
  done
  $SUDO mysql -e "DROP DATABASE IF EXISTS $DB; DROP USER IF EXISTS '$DB'@'localhost';" 2>/dev/null || true
  if [[ $rc -ne 0 ]]; then
    log "FAILED (exit $rc); logs in $WORK"
    tail -n 30 "$WORK/agent.log" "$WORK/llm-standin.log" "$WORK/php-server.log" "$WORK/wp-debug.log" 2>/dev/null >&2 || true
  fi
  exit $rc
}
trap cleanup EXIT INT TERM

$SUDO mysql -e "CREATE DATABASE $DB; CREATE USER '$DB'@'localhost' IDENTIFIED BY '$DB_PASS'; GRANT ALL ON $DB.* TO '$DB'@'localhost';"

WP_PORT=$(free_port)
AGENT_PORT=$(free_port)
LLM_PORT=$(free_port)
WP_URL="http://127.0.0.1:$WP_PORT"
AGENT_URL="http://127.0.0.1:$AGENT_PORT"
export E2E_ADMIN_PASS E2E_CUSTOMER_PASS
E2E_ADMIN_PASS=$(secret 24)
E2E_CUSTOMER_PASS=$(secret 24)

log "building the plugin zip"
ZIP=$("$PLUGIN_ROOT/build.sh")

log "WordPress $(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" /usr/share/wordpress/wp-includes/version.php) from Debian's package at $WP_URL"
cp -rL /usr/share/wordpress "$WORK/wordpress"
sed -e "s|@@DB_NAME@@|$DB|; s|@@DB_USER@@|$DB|; s|@@DB_PASSWORD@@|$DB_PASS|; s|@@WP_URL@@|$WP_URL|g; s|@@LOG@@|$WORK/wp-debug.log|; s|@@SALT@@|$(secret 48)|" \
  "$TEST/wp-config.template.php" > "$WORK/wordpress/wp-config.php"
# RS256: the plugin makes its key pair on save; the agent gets only the public key (a JWK)
SETTINGS=$(printf '{"enabled":"1","backend_url":"%s","signing":"rs256","token_issuer":"e2e-shop","title":"Ask Juniper & Pine","greeting":"Hi! Ask me about shipping, returns or your order.","color":"#166534","position":"bottom-right","show_on":"all","transport":"auto"}' "$AGENT_URL")
export E2E_JWK_FILE="$WORK/public.jwk"
php "$TEST/wp-site.php" install "$WORK/wordpress" "$WP_URL" "$ZIP" "$REPO/config/demo/kb" "$SETTINGS"

log "starting WordPress (php -S), a chat-completions stand-in and the agent backend at $AGENT_URL"
PHP_CLI_SERVER_WORKERS=4 setsid php -S "127.0.0.1:$WP_PORT" -t "$WORK/wordpress" "$TEST/router.php" >"$WORK/php-server.log" 2>&1 &
PIDS+=($!)
PORT=$LLM_PORT setsid node "$TEST/llm-standin.mjs" >"$WORK/llm-standin.log" 2>&1 &
PIDS+=($!)
AGENT_JAVA_OPTS="-Xmx1g" \
  AGENT_LLM_PROVIDER=openai AGENT_LLM_BASE_URL="http://127.0.0.1:$LLM_PORT/v1" AGENT_LLM_API_KEY=stand-in \
  AGENT_HTTP_PORT=$AGENT_PORT AGENT_DATA_DIR="$WORK/agent-data" AGENT_SHOP_TOKEN_PUBLIC_JWK="$(cat "$E2E_JWK_FILE")" \
  AGENT_SHOP_TOKEN_ISSUER=e2e-shop AGENT_ALLOWED_ORIGINS=$WP_URL AGENT_ALLOW_ANONYMOUS_GUESTS=false \
  AGENT_SHOP_BASE_URL=$WP_URL setsid "$REPO/bin/agent" serve >"$WORK/agent.log" 2>&1 &
PIDS+=($!)
wait_for "$WP_URL/wp-login.php" 30
wait_for "$AGENT_URL/health" 240

log "installing playwright-core (npm ci) and running the browser test"
(cd "$TEST" && npm ci --no-audit --no-fund --silent)
WP_URL=$WP_URL AGENT_URL=$AGENT_URL WP_USER=alice WP_PASS=$E2E_CUSTOMER_PASS SCREENSHOTS="$BUILD/screenshots" \
  node "$TEST/e2e.mjs"

log "deactivating and uninstalling the plugin through WordPress"
php "$TEST/wp-site.php" uninstall "$WORK/wordpress" "$WP_URL"
log "passed; screenshots in $BUILD/screenshots"
