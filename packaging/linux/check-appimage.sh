#!/usr/bin/env bash
# Checks a Jobdesk AppImage the way a user's machine would see it:
#   packaging/linux/check-appimage.sh FILE.AppImage VERSION [APPDIR]
#
#  - the type-2 magic and a squashfs image at the offset the runtime reports;
#  - copied outside the build tree and run with a clean environment (env -i HOME PATH) it
#    answers --version (through FUSE, with --appimage-extract-and-run's environment switch, and
#    falling back by itself when the FUSE mount fails), runs
#    `jobdesk-cli --help`, and passes the headless `jobdesk --self-test`;
#  - while the self-test runs, every library the loader maps (LD_DEBUG=libs,files) is inside the
#    image, named in appimage-excludelist, or needed only by such excluded host libraries; Qt and
#    QtKeychain always come from the image;
#  - ldd inside the extracted AppDir (with the AppDir's own RUNPATHs) resolves every DT_NEEDED
#    of every ELF file to the AppDir, or it is in the excludelist;
#  - --appimage-extract reproduces APPDIR exactly (diff -r), when APPDIR is given.
# Exit status 1 if any check failed; every failure is printed.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
image=${1:?usage: check-appimage.sh FILE.AppImage VERSION [APPDIR]}
version=${2:?usage: check-appimage.sh FILE.AppImage VERSION [APPDIR]}
appdir=${3:-}
if [ -n "$appdir" ]; then
    appdir=$(cd "$appdir" && pwd) || { echo "check-appimage: FAIL  no AppDir at ${3}"; exit 1; }
fi
failures=0
ok() { echo "check-appimage: ok    $*"; }
bad() { echo "check-appimage: FAIL  $*"; failures=$((failures + 1)); }
indent() { sed 's/^/check-appimage:       /'; }

[ -s "$image" ] || { echo "check-appimage: FAIL  $image missing or empty"; exit 1; }
tmp=$(mktemp -d /tmp/jobdesk-appimage-check.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
cp "$image" "$tmp/Jobdesk.AppImage"
mkdir -p "$tmp/home"
cd "$tmp"
leftovers() { find /tmp -maxdepth 1 \( -name '.mount_*' -o -name 'appimage_extracted_*' \) 2>/dev/null | sort; }
leftovers >before.txt
clean_run() { env -i HOME="$tmp/home" PATH=/usr/bin:/bin "$@"; }

excluded() {
    local name=$1 pattern
    while read -r pattern; do
        # shellcheck disable=SC2053
        [[ $name == $pattern ]] && return 0
    done < <(grep -v -e '^#' -e '^[[:space:]]*$' "$here/appimage-excludelist")
    return 1
}

# ---- format ---------------------------------------------------------------------------------
if [ "$(od -An -c -j8 -N3 Jobdesk.AppImage | tr -d ' ')" = 'AI002' ]; then
    ok "type-2 AppImage magic (AI\\x02 at byte 8)"
else
    bad "no type-2 AppImage magic at byte 8"
fi
offset=$(clean_run ./Jobdesk.AppImage --appimage-offset 2>&1)
if [[ $offset =~ ^[0-9]+$ ]] && [ "$(od -An -c -j"$offset" -N4 Jobdesk.AppImage | tr -d ' ')" = hsqs ]; then
    ok "--appimage-offset $offset points at a squashfs image"
else
    bad "--appimage-offset gave '$offset', no squashfs image there"
fi

# ---- running it -------------------------------------------------------------------------------
out=$(clean_run ./Jobdesk.AppImage --version 2>&1)
if [ "$out" = "jobdesk $version" ]; then ok "--version (clean environment): $out"; else bad "--version printed: $out"; fi
out=$(clean_run APPIMAGE_EXTRACT_AND_RUN=1 ./Jobdesk.AppImage --version 2>&1)
if [ "$out" = "jobdesk $version" ]; then ok "--version without FUSE (extract-and-run): $out"; else bad "--version (extract-and-run) printed: $out"; fi
# A FUSE mount that fails (here: /dev/fuse replaced by /dev/null in a private mount namespace)
# must fall back to extracting, by itself. Needs root for unshare; skipped otherwise.
if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null; then
    out=$(unshare --mount sh -c 'mount --bind /dev/null /dev/fuse && exec "$@"' sh \
          env -i HOME="$tmp/home" PATH=/usr/bin:/bin ./Jobdesk.AppImage --version 2>&1)
    if [[ $out == *"running from a temporary extraction"* && $out == *"jobdesk $version" ]]; then
        ok "--version when the FUSE mount fails: falls back to extract-and-run"
    else
        bad "FUSE failure fallback printed: $out"
    fi
fi
if clean_run ./Jobdesk.AppImage jobdesk-cli --help >cli-help.txt 2>&1 && grep -q 'jobdesk-cli' cli-help.txt; then
    ok "jobdesk-cli --help ($(wc -l <cli-help.txt) lines)"
else
    bad "jobdesk-cli --help failed:"; indent <cli-help.txt
fi

mkdir -p ld
clean_run LD_DEBUG=libs,files LD_DEBUG_OUTPUT="$tmp/ld/trace" ./Jobdesk.AppImage --self-test >self-test.txt 2>&1
status=$?
indent <self-test.txt
if [ $status -eq 0 ] && grep -q '^self-test passed' self-test.txt; then
    ok "--self-test (clean environment, headless) exit 0"
else
    bad "--self-test exit $status"
fi
if grep -q 'Qt libraries: /tmp/\.mount_' self-test.txt; then ok "self-test reports Qt from the mounted image"; else bad "self-test does not report Qt from the mounted image"; fi

# ---- extraction ---------------------------------------------------------------------------------
if clean_run ./Jobdesk.AppImage --appimage-extract >extract.txt 2>&1 && [ -x squashfs-root/AppRun ]; then
    ok "--appimage-extract wrote squashfs-root ($(find squashfs-root | wc -l) entries)"
else
    bad "--appimage-extract failed:"; indent <extract.txt
fi
if [ -n "$appdir" ]; then
    if diff -r --no-dereference "$appdir" squashfs-root >diff.txt 2>&1; then
        ok "squashfs-root is identical to the AppDir (diff -r)"
    else
        bad "squashfs-root differs from the AppDir:"; head -20 diff.txt | indent
    fi
fi
unresolved=0 foreign=0
while IFS= read -r -d '' f; do
    [ "$(head -c4 "$f" | od -An -tx1 | tr -d ' ')" = 7f454c46 ] || continue
    ldd "$f" >ldd.txt 2>&1
    # Every library this file names (DT_NEEDED) must resolve, through the AppDir's own RUNPATHs,
    # inside the AppDir - or be one the excludelist leaves to the host.
    while read -r name; do
        excluded "$name" && continue # the host's (ldd lists the loader without "=>")
        path=$(awk -v n="$name" '$1 == n && $2 == "=>" { print $3 }' ldd.txt)
        if [ -z "$path" ] || [ "$path" = not ]; then
            bad "ldd: $name not found for ${f#"$tmp"/}"; unresolved=$((unresolved + 1))
        elif [[ $path != "$tmp/squashfs-root/"* ]]; then
            bad "ldd: ${f#"$tmp"/} resolves $name outside the AppDir ($path)"; foreign=$((foreign + 1))
        fi
    done < <(patchelf --print-needed "$f")
done < <(find squashfs-root/usr -type f -print0)
[ $unresolved -eq 0 ] && [ $foreign -eq 0 ] && ok "ldd inside the extracted AppDir: every DT_NEEDED resolves inside it or is in the excludelist"

# ---- what the loader loaded while the self-test ran ---------------------------------------------
# LD_DEBUG=libs,files: "calling init: PATH" for every object initialised; "file=NAME; needed by PATH" and
# "file=NAME; dynamically loaded by PATH" for who asked for it. (The runtime is static and the
# AppRun shell loads only libc.) A host library is fine when the excludelist names it, or when
# only host libraries asked for it (e.g. libbsd for the host's libXdmcp). Never fine: Qt or
# QtKeychain from the host, an image library that got a non-excluded dependency from the host,
# or a host copy of a library the image bundles.
in_image() { [[ $1 == /tmp/.mount_* || $1 == /tmp/appimage_extracted_* ]]; }
cat ld/trace.* 2>/dev/null >trace.txt
sed -n 's/.*calling init: //p' trace.txt | sort -u >loaded.txt
if [ ! -s loaded.txt ]; then
    bad "LD_DEBUG produced no trace"
else
    inside=0 host_excluded=0 host_deps=()
    while read -r lib; do
        if in_image "$lib"; then inside=$((inside + 1)); continue; fi
        name=${lib##*/}
        if [[ $name == libQt6* || $name == libqt6keychain* ]]; then
            bad "Qt library loaded from outside the image: $lib"
        elif [ -e "squashfs-root/usr/lib/$name" ]; then
            bad "the image bundles $name, but the host's copy was loaded: $lib"
        elif excluded "$name"; then
            host_excluded=$((host_excluded + 1))
        else
            requesters=$(awk -v n="$name" 'match($0, /file=[^ ]+ \[[0-9]+\];  (needed by|dynamically loaded by) [^ ]+/) {
                    k = split(substr($0, RSTART, RLENGTH), a, " "); f = a[1]; sub(/^file=/, "", f); sub(/.*\//, "", f)
                    if (f == n) print a[k] }' trace.txt | sort -u)
            from_image=$(printf '%s\n' "$requesters" | while read -r r; do in_image "$r" && echo "$r"; done)
            if [ -z "$requesters" ]; then
                bad "host library $lib loaded, and the trace does not say by whom"
            elif [ -n "$from_image" ]; then
                bad "$name came from the host ($lib) for an image library: $from_image"
            else
                host_deps+=("$name")
            fi
        fi
    done <loaded.txt
    for wanted in libQt6Core libqoffscreen libqsqlite libqt6keychain; do
        if grep "^/tmp/\.mount_.*/$wanted" loaded.txt >/dev/null; then ok "$wanted loaded from the image"; else bad "$wanted not loaded from the image"; fi
    done
    ok "loader trace: $inside objects from the image, $host_excluded excluded ones from the host"
    [ ${#host_deps[@]} -eq 0 ] || echo "check-appimage: info  needed only by excluded host libraries, so from the host: ${host_deps[*]}"
fi

# ---- desktop integration inside the image -----------------------------------------------------
desktop=squashfs-root/io.github.jobdesk.Jobdesk.desktop
if desktop-file-validate "$desktop" >dfv.txt 2>&1; then ok "desktop-file-validate $desktop"; else bad "desktop-file-validate:"; indent <dfv.txt; fi
[ -f squashfs-root/io.github.jobdesk.Jobdesk.png ] && [ -e squashfs-root/.DirIcon ] && ok "icon and .DirIcon at the AppDir root" || bad "icon or .DirIcon missing"

# The runtime unmounts and deletes what it created, in every mode exercised above.
leftovers | comm -13 before.txt - >after.txt
if [ -s after.txt ]; then bad "left behind in /tmp: $(tr '\n' ' ' <after.txt)"; else ok "no mount points or extractions left behind in /tmp"; fi

if [ "$failures" -ne 0 ]; then
    echo "check-appimage: $failures check(s) FAILED for $image"
    exit 1
fi
echo "check-appimage: all checks passed for $image"
