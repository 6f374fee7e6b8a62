#!/usr/bin/env bash
# The compose stack really running, on podman (registries are unreachable here, so every image
# is built on this machine): a Debian base made with mmdebstrap (kept between runs), the agent
# image from docker/Dockerfile with the jar the Maven build packaged, PostgreSQL, Kafka, three
# agent nodes and Prometheus, brought up by Debian's docker-compose over podman's socket with
# docker/docker-compose.yml plus stack/docker-compose.podman.yml. Checks: the three nodes form
# one cluster (each sees three members up), a chat turn on a node answers, Prometheus scrapes all
# three. Everything is torn down at the end. Needs root (podman, mmdebstrap) and bin/provision.
set -euo pipefail
[[ $(id -u) -eq 0 ]] || exec sudo --preserve-env=STACK_WORK "$0" "$@"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=${STACK_WORK:-/var/tmp/shop-agent-stack}
BASE=localhost/shop-agent-stack-base:bookworm
PROJECT=shopagentstack$$
log() { printf '[stack] %s\n' "$*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

[[ -f $ROOT/agent-http/target/agent-http.jar ]] || { log "package the agent first (mvn package)"; exit 1; }
mkdir -p "$WORK"
# this machine's limits and cgroups: runc (crun fails on mixed cgroups), no journald, fewer files
cat > "$WORK/containers.conf" <<CONF
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
[engine]
runtime = "runc"
events_logger = "file"
CONF
export CONTAINERS_CONF=$WORK/containers.conf

if ! podman image exists "$BASE"; then
  mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
  [[ -n $mirror ]] || mirror=http://deb.debian.org/debian
  log "making the base image with mmdebstrap from $mirror (once, about a minute)"
  mmdebstrap --quiet --variant=minbase \
    --include=openjdk-17-jre-headless,ca-certificates,curl,postgresql-15,prometheus \
    bookworm "$WORK/rootfs.tar" "deb $mirror bookworm main" "deb $mirror bookworm-updates main"
  podman import --quiet "$WORK/rootfs.tar" "$BASE" >/dev/null
  rm -f "$WORK/rootfs.tar"
fi

# pgvector as bin/provision built it for this machine's PostgreSQL 15, when there
rm -rf "$HERE/stack/pgvector" && mkdir -p "$HERE/stack/pgvector/lib" "$HERE/stack/pgvector/extension"
touch "$HERE/stack/pgvector/lib/.keep" "$HERE/stack/pgvector/extension/.keep"
if [[ -f /usr/lib/postgresql/15/lib/vector.so ]]; then
  cp /usr/lib/postgresql/15/lib/vector.so "$HERE/stack/pgvector/lib/"
  cp /usr/share/postgresql/15/extension/vector* "$HERE/stack/pgvector/extension/"
else
  log "no pgvector built on this machine: PostgreSQL runs without it (the agents use Lucene)"
fi

SOCK=$WORK/podman-$$.sock
podman system service -t 0 "unix://$SOCK" >"$WORK/podman-service.log" 2>&1 &
SERVICE=$!
export DOCKER_HOST=unix://$SOCK
export AGENT_ENV_FILE=$WORK/stack.env STACK_AGENT_PORT=$(free_port) PROMETHEUS_PORT=$(free_port)
rm -f "$AGENT_ENV_FILE" && "$ROOT/docker/make-env.sh" stack "$AGENT_ENV_FILE" 2>/dev/null
COMPOSE=(docker-compose -p "$PROJECT" -f "$ROOT/docker/docker-compose.yml" -f "$HERE/stack/docker-compose.podman.yml")
cleanup() {
  "${COMPOSE[@]}" down -v --timeout 10 >/dev/null 2>&1 || true
  kill "$SERVICE" 2>/dev/null || true
  rm -f "$SOCK"
  rm -rf "$HERE/stack/pgvector"
}
trap cleanup EXIT
for _ in $(seq 1 50); do [[ -S $SOCK ]] && break; sleep 0.2; done

log "building the images"
"${COMPOSE[@]}" build agent-1 postgres >"$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log"; exit 1; }
log "starting PostgreSQL, Kafka, three agent nodes and Prometheus"
"${COMPOSE[@]}" up -d --no-build postgres kafka agent-1 agent-2 agent-3 prometheus >"$WORK/up.log" 2>&1 \
  || { cat "$WORK/up.log"; exit 1; }

fail() {
  log "FAILED: $*"
  "${COMPOSE[@]}" ps >&2 || true
  for s in agent-1 agent-2 agent-3 kafka postgres; do log "--- $s"; "${COMPOSE[@]}" logs --tail 30 "$s" >&2 || true; done
  exit 1
}
until_ok() { # seconds, description, command...
  local deadline=$((SECONDS + $1)) what=$2; shift 2
  until "$@" >/dev/null 2>"$WORK/last-check.err"; do ((SECONDS < deadline)) || fail "$what"; sleep 3; done
  log "ok: $what $(head -c 200 "$WORK/last-check.err")"
}
AGENT=http://127.0.0.1:$STACK_AGENT_PORT
PROM=http://127.0.0.1:$PROMETHEUS_PORT
members_up() { # every node reports three members up in its own metrics, scraped by Prometheus
  curl -fsS "$PROM/api/v1/query" --data-urlencode 'query=count(agent_cluster_members{status="up"} == 3)' \
    | python3 -c 'import json,sys; r=json.load(sys.stdin)["data"]["result"]; sys.exit(0 if r and r[0]["value"][1]=="3" else 1)'
}
scraped_all() {
  curl -fsS "$PROM/api/v1/query" --data-urlencode 'query=sum(up{job="shop-agent"})' \
    | python3 -c 'import json,sys; r=json.load(sys.stdin)["data"]["result"]; sys.exit(0 if r and r[0]["value"][1]=="3" else 1)'
}
chat_turn() {
  curl -fsS -m 60 "$AGENT/v1/chat" -H 'Content-Type: application/json' -d '{"text":"How long does shipping take?"}' \
    | python3 -c 'import json,sys; r=json.load(sys.stdin)["reply"]; print(r["text"][:120], file=sys.stderr); sys.exit(0 if r["type"]=="reply" and r["text"] else 1)'
}
until_ok 420 "agent-1 answers /ready" curl -fsS "$AGENT/ready"
until_ok 240 "Prometheus scrapes all three nodes" scraped_all
until_ok 180 "the three nodes form one cluster" members_up
until_ok 120 "a chat turn on agent-1 answers" chat_turn
log "stack OK: 3 nodes in one cluster, a chat turn answered, Prometheus scraping all three"
