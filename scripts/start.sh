#!/usr/bin/env bash
# Installs what is missing, builds, and starts the Luotsi desktop app on its embedded SQLite
# register (in the user's data folder). Arguments go to the app, e.g. --database PATH.
# Without a display it starts on a virtual one (Xvfb), so the command also works over ssh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
app="${LUOTSI_BUILD_DIR:-build}/src/app/luotsi"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "start: no display found; starting Luotsi on a virtual X display (xvfb-run)."
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
fi
exec "$app" "$@"
