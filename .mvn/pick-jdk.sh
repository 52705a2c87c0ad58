# Sourced by ./mvnw and ./scoredesk: exports JAVA_HOME as a JDK >= 21, or fails with a clear message.
# Keeps JAVA_HOME when it already points at one; else picks the newest JDK >= 21 among the java on the PATH
# and /usr/lib/jvm/*.
scoredesk_min_java=21

scoredesk_java_major() { # the feature version of the java binary $1
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

scoredesk_pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(scoredesk_java_major "$JAVA_HOME/bin/java")" -ge "$scoredesk_min_java" ]; then
    echo "$JAVA_HOME"; return
  fi
  local best="" best_v=0 home v
  local candidates=()
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for home in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do candidates+=("$home"); done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] || continue
    v=$(scoredesk_java_major "$home/bin/java" 2>/dev/null || echo 0)
    if [ "${v:-0}" -ge "$scoredesk_min_java" ] && [ "$v" -gt "$best_v" ]; then best="$home"; best_v="$v"; fi
  done
  echo "$best"
}

JAVA_HOME=$(scoredesk_pick_jdk)
if [ -z "$JAVA_HOME" ]; then
  echo "ScoreDesk needs a JDK $scoredesk_min_java or newer, and none was found (looked at JAVA_HOME, java on the PATH and /usr/lib/jvm)." >&2
  echo "Install one (for example Temurin 21 or 25) and set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME
