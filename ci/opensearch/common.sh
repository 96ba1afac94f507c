# Shared by start and stop: where the nodes live and which ports they take (override by environment).
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NODES="${BRIEFING_OS_NODES:-3}"
HTTP_BASE="${BRIEFING_OS_HTTP_BASE:-9250}"
TRANSPORT_BASE="${BRIEFING_OS_TRANSPORT_BASE:-9350}"
WORK="${BRIEFING_OS_WORK:-${TMPDIR:-/tmp}/briefing-opensearch}"

# The pid in node N's pid file, when that process is alive and is one of our nodes (a reused pid is not).
node_pid() {
  local file="$WORK/node$1.pid" pid
  [ -f "$file" ] || return 1
  pid="$(cat "$file")"
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q 'briefing.ci.ClusterNode' || return 1
  echo "$pid"
}
