#!/usr/bin/env bash
# Checks the Debian package: its control data and contents, then a real install:
#   packaging/linux/check-deb.sh FILE.deb VERSION
# As root, with no jobdesk package installed already: `dpkg -i`, run the installed programs
# (jobdesk --version, jobdesk-cli --help, a headless jobdesk --self-test in a clean environment,
# which proves the Qt plugin packages named by hand are there), then `dpkg -r`. CI machines are
# disposable; on a machine where that is not wanted set JOBDESK_DEB_NO_INSTALL=1, and the
# programs are run from `dpkg-deb -x` instead.
set -uo pipefail

deb=${1:?usage: check-deb.sh FILE.deb VERSION}
version=${2:?usage: check-deb.sh FILE.deb VERSION}
failures=0
ok() { echo "check-deb: ok    $*"; }
bad() { echo "check-deb: FAIL  $*"; failures=$((failures + 1)); }
indent() { sed 's/^/check-deb:       /'; }

[ -s "$deb" ] || { echo "check-deb: FAIL  $deb missing or empty"; exit 1; }
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
tmp=$(mktemp -d /tmp/jobdesk-deb-check.XXXXXX)
installed_by_us=0
cleanup() {
    if [ $installed_by_us -eq 1 ]; then
        dpkg -r jobdesk >/dev/null 2>&1 || echo "check-deb: WARNING: dpkg -r jobdesk failed"
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

# ---- control data and contents ---------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = jobdesk ] && ok "Package: jobdesk" || bad "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] && ok "Version: $version" || bad "Version is '$(field Version)'"
depends=$(field Depends)
echo "check-deb:       Depends: $depends"
for dep in libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libqt6core6 libqt6widgets6 libqt6keychain1 libc6; do
    if [[ ", $depends," == *", $dep"[\ ,]* ]]; then ok "depends on $dep"; else bad "Depends lacks $dep (dpkg-shlibdeps missing? install dpkg-dev)"; fi
done
dpkg-deb -c "$deb" | awk '{ print $6 }' >"$tmp/contents.txt"
for f in ./usr/bin/jobdesk ./usr/bin/jobdesk-cli ./usr/bin/jobdesk-sandbox \
         ./usr/share/applications/io.github.jobdesk.Jobdesk.desktop \
         ./usr/share/metainfo/io.github.jobdesk.Jobdesk.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.github.jobdesk.Jobdesk.svg \
         ./usr/share/icons/hicolor/48x48/apps/io.github.jobdesk.Jobdesk.png \
         ./usr/share/doc/jobdesk/copyright; do
    grep -qxF "$f" "$tmp/contents.txt" && ok "contains ${f#.}" || bad "does not contain ${f#.}"
done

# ---- install and run ---------------------------------------------------------------------------
root=""
if [ "$(id -u)" -eq 0 ] && [ -z "${JOBDESK_DEB_NO_INSTALL:-}" ] \
    && ! dpkg-query -W -f='${Status}' jobdesk 2>/dev/null | grep 'install ok installed' >/dev/null; then
    # Another apt or dpkg may hold the lock for a moment: retry for up to five minutes.
    for _ in $(seq 60); do
        dpkg -i "$deb" >"$tmp/dpkg.log" 2>&1 && { installed_by_us=1; break; }
        grep -q 'lock' "$tmp/dpkg.log" || break
        sleep 5
    done
    if [ $installed_by_us -eq 1 ]; then
        ok "dpkg -i $(basename "$deb")"
    else
        bad "dpkg -i failed:"; indent <"$tmp/dpkg.log"
        dpkg -r jobdesk >/dev/null 2>&1
    fi
else
    echo "check-deb: note  not installing (not root, JOBDESK_DEB_NO_INSTALL set, or jobdesk already installed): running from dpkg-deb -x"
    dpkg-deb -x "$deb" "$tmp/root" && root=$tmp/root
fi
if [ $installed_by_us -eq 1 ] || [ -n "$root" ]; then
    clean_run() { env -i HOME="$tmp" PATH=/usr/bin:/bin "$@"; }
    out=$(clean_run "$root/usr/bin/jobdesk" --version 2>&1)
    [ "$out" = "jobdesk $version" ] && ok "$root/usr/bin/jobdesk --version: $out" || bad "jobdesk --version printed: $out"
    if clean_run "$root/usr/bin/jobdesk-cli" --help >"$tmp/cli.txt" 2>&1; then
        ok "$root/usr/bin/jobdesk-cli --help ($(wc -l <"$tmp/cli.txt") lines)"
    else
        bad "jobdesk-cli --help failed:"; indent <"$tmp/cli.txt"
    fi
    if clean_run "$root/usr/bin/jobdesk" --self-test >"$tmp/self-test.txt" 2>&1; then
        indent <"$tmp/self-test.txt"; ok "$root/usr/bin/jobdesk --self-test (clean environment)"
    else
        indent <"$tmp/self-test.txt"; bad "jobdesk --self-test failed"
    fi
    desktop-file-validate "$root/usr/share/applications/io.github.jobdesk.Jobdesk.desktop" \
        && ok "installed desktop file validates" || bad "installed desktop file does not validate"
fi
if [ $installed_by_us -eq 1 ]; then
    if dpkg -r jobdesk >"$tmp/dpkg-r.log" 2>&1 && [ ! -e /usr/bin/jobdesk ]; then
        installed_by_us=0
        ok "dpkg -r jobdesk removed it again"
    else
        bad "dpkg -r jobdesk:"; indent <"$tmp/dpkg-r.log"
    fi
fi

if [ "$failures" -ne 0 ]; then
    echo "check-deb: $failures check(s) FAILED for $deb"
    exit 1
fi
echo "check-deb: all checks passed for $deb"
