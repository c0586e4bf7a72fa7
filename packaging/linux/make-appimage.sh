#!/usr/bin/env bash
# Builds dist/Jobdesk-<version>-x86_64.AppImage from a configured and built CMake build directory.
#
#   packaging/linux/make-appimage.sh BUILD_DIR OUTPUT.AppImage [WORK_DIR]
#
# Steps (Qt 6.4's deploy API has no Linux support, so this is our own, ldd-driven):
#   1. `cmake --install --strip` with DESTDIR into WORK_DIR/AppDir (prefix /usr);
#   2. copy the Qt plugins Jobdesk needs into usr/plugins;
#   3. copy the shared libraries usr/bin/* and the plugins need (DT_NEEDED, resolved by `ldd`)
#      into usr/lib, except those in appimage-excludelist (glibc, GL, X11 core, fonts: see that
#      file) and what only those excluded libraries need;
#   4. relative RUNPATHs with patchelf ($ORIGIN/../lib, $ORIGIN, $ORIGIN/../../lib), a qt.conf,
#      AppRun, the desktop file and icon at the root;
#   5. pack: appimagetool if it is on PATH (the release workflow), otherwise our own runtime
#      (packaging/linux/runtime/runtime.c, built here) followed by a mksquashfs image.
# Deterministic: sorted inputs, fixed timestamps (SOURCE_DATE_EPOCH, else the last commit's time).
# Needs: patchelf, squashfs-tools, a C compiler, libsquashfuse-dev, libfuse3-dev, libzstd-dev,
# liblz4-dev, liblzo2-dev, liblzma-dev, zlib1g-dev; qt6-wayland for the Wayland plugins.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: make-appimage.sh BUILD_DIR OUTPUT.AppImage [WORK_DIR]}
output=${2:?usage: make-appimage.sh BUILD_DIR OUTPUT.AppImage [WORK_DIR]}
build=$(cd "$build" && pwd)
work=${3:-$build/appimage}
app_id=io.github.jobdesk.Jobdesk
log() { echo "make-appimage: $*"; }
fail() { echo "make-appimage: ERROR: $*" >&2; exit 1; }

version_file=$build/packaging/jobdesk-version.txt
[ -f "$version_file" ] || fail "$version_file missing: is $build configured with packaging/ (add_subdirectory(packaging))?"
version=$(cat "$version_file")
[ -x "$build/ui/jobdesk" ] || fail "$build/ui/jobdesk has not been built"

if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
    SOURCE_DATE_EPOCH=$(git -C "$here" log -1 --format=%ct 2>/dev/null || echo 0)
fi
export SOURCE_DATE_EPOCH

appdir=$work/AppDir
rm -rf "$appdir"
mkdir -p "$work"

# ---- 1. install ---------------------------------------------------------------------------
log "installing $build into $appdir"
DESTDIR=$appdir cmake --install "$build" --prefix /usr --strip >"$work/install.log"

# ---- 2. Qt plugins --------------------------------------------------------------------------
# QTPATHS: the qtpaths of the Qt to bundle (default: Debian's qtpaths6).
qt_plugins=$("${QTPATHS:-qtpaths6}" --query QT_INSTALL_PLUGINS 2>/dev/null || true)
[ -d "$qt_plugins" ] || qt_plugins=/usr/lib/x86_64-linux-gnu/qt6/plugins
required_plugins=(
    platforms/libqxcb.so
    platforms/libqoffscreen.so
    sqldrivers/libqsqlite.so
    tls/libqopensslbackend.so
    imageformats/libqsvg.so
    iconengines/libqsvgicon.so
)
optional_plugins=(
    xcbglintegrations/libqxcb-glx-integration.so     # xcb: OpenGL through GLX or EGL, if the
    xcbglintegrations/libqxcb-egl-integration.so     #      host has libGL/libEGL
    platforminputcontexts/libcomposeplatforminputcontextplugin.so  # dead keys, compose key
    platforms/libqwayland-generic.so                 # Wayland (qt6-wayland)
    platforms/libqwayland-egl.so
    wayland-shell-integration/libxdg-shell.so
    wayland-decoration-client/libbradient.so
    wayland-graphics-integration-client/libqt-plugin-wayland-egl.so
)
copy_plugin() {
    mkdir -p "$appdir/usr/plugins/$(dirname "$1")"
    cp -L "$qt_plugins/$1" "$appdir/usr/plugins/$1"
    chmod 0644 "$appdir/usr/plugins/$1"
}
for p in "${required_plugins[@]}"; do
    [ -f "$qt_plugins/$p" ] || fail "Qt plugin $qt_plugins/$p missing (packages: libqt6gui6, libqt6sql6-sqlite, libqt6network6, libqt6svg6)"
    copy_plugin "$p"
done
for p in "${optional_plugins[@]}"; do
    if [ -f "$qt_plugins/$p" ]; then
        copy_plugin "$p"
    else
        log "WARNING: optional Qt plugin $p not found (qt6-wayland not installed?): not bundled"
    fi
done

# ---- 3. libraries -----------------------------------------------------------------------------
excluded() { # soname -> 0 if the excludelist names it
    local name=$1 pattern
    while read -r pattern; do
        # shellcheck disable=SC2053
        [[ $name == $pattern ]] && return 0
    done < <(grep -v -e '^#' -e '^[[:space:]]*$' "$here/appimage-excludelist")
    return 1
}
elf_files() { # every ELF file below the given directories, sorted
    find "$@" -type f -print0 | sort -z | while IFS= read -r -d '' f; do
        if [ "$(head -c4 "$f" | od -An -tx1 | tr -d ' ')" = 7f454c46 ]; then printf '%s\n' "$f"; fi
    done
}
mkdir -p "$appdir/usr/lib"
: >"$work/libraries.txt"
: >"$work/excluded.txt"
mapfile -t roots < <(elf_files "$appdir/usr/bin" "$appdir/usr/plugins")
# Loaded with dlopen at run time, so ldd cannot see them: Qt's TLS plugin loads OpenSSL 3 (hosts
# with only OpenSSL 1.1 would get no TLS), QtKeychain loads libsecret (a host copy would bring a
# second, different GLib next to the bundled one).
dlopened=(libssl.so.3 libcrypto.so.3 libsecret-1.so.0)
dlopened_paths=()
for soname in "${dlopened[@]}"; do
    # (awk reads to the end: an early exit would SIGPIPE ldconfig and trip pipefail)
    path=$(ldconfig -p | awk -v n="$soname" '$1 == n && /x86-64/ && !p { p = $NF } END { print p }')
    [ -n "$path" ] || fail "$soname not found on this machine (packages: libssl3, libsecret-1-0)"
    dlopened_paths+=("$path")
done
# Where each library resolves on this machine: ldd of every root (honours LD_LIBRARY_PATH and
# RUNPATHs, e.g. of a Qt from install-qt-action). "not found" is fatal: the image would not run.
for f in "${roots[@]}" "${dlopened_paths[@]}"; do
    if ldd "$f" | grep 'not found' >/dev/null; then
        ldd "$f" >&2
        fail "unresolved library for $f"
    fi
    ldd "$f" | awk '$2 == "=>" && $3 ~ /^\// { print $1, $3 }'
done | sort -u >"$work/ldd.txt"
declare -A resolved=()
while read -r soname path; do resolved[$soname]=$path; done <"$work/ldd.txt"
for i in "${!dlopened[@]}"; do resolved[${dlopened[$i]}]=${dlopened_paths[$i]}; done

# Walk DT_NEEDED from our executables, the plugins and the dlopen()ed libraries. An excluded
# library is not entered: what it needs (libbsd for libXdmcp, brotli for freetype...) is the
# host's business and comes from the host, next to it.
queue=("${dlopened[@]}")
for f in "${roots[@]}"; do
    mapfile -t -O "${#queue[@]}" queue < <(patchelf --print-needed "$f")
done
declare -A seen=()
for ((i = 0; i < ${#queue[@]}; i++)); do
    soname=${queue[$i]}
    [ -z "${seen[$soname]:-}" ] || continue
    seen[$soname]=1
    if excluded "$soname"; then
        echo "$soname" >>"$work/excluded.txt"
        continue
    fi
    path=${resolved[$soname]:-}
    [ -n "$path" ] || fail "cannot resolve $soname"
    cp -L "$path" "$appdir/usr/lib/$soname"
    chmod 0644 "$appdir/usr/lib/$soname"
    echo "$soname <- $path" >>"$work/libraries.txt"
    mapfile -t -O "${#queue[@]}" queue < <(patchelf --print-needed "$path")
done
sort -o "$work/libraries.txt" "$work/libraries.txt"
sort -o "$work/excluded.txt" "$work/excluded.txt"
log "bundled $(wc -l <"$work/libraries.txt") libraries; left to the host: $(tr '\n' ' ' <"$work/excluded.txt")"

# ---- 4. RUNPATHs, qt.conf, AppRun, desktop integration -----------------------------------------
for f in "${roots[@]}"; do
    case $f in
        "$appdir"/usr/bin/*) patchelf --set-rpath '$ORIGIN/../lib' "$f" ;;
        "$appdir"/usr/plugins/*) patchelf --set-rpath '$ORIGIN/../../lib' "$f" ;;
    esac
done
for f in "$appdir"/usr/lib/*.so*; do
    patchelf --set-rpath '$ORIGIN' "$f"
done
# Qt 6.4's TLS plugin asks dlopen for OpenSSL by its unversioned names first (libssl.so, the
# development link): without these links a host with libssl-dev would lend its own copy (found by
# the self-test's TLS check).
ln -sf libssl.so.3 "$appdir/usr/lib/libssl.so"
ln -sf libcrypto.so.3 "$appdir/usr/lib/libcrypto.so"
# Qt reads qt.conf beside the executable: plugins and libraries come from the AppDir only.
cat >"$appdir/usr/bin/qt.conf" <<'EOF'
[Paths]
Prefix = ..
Libraries = lib
Plugins = plugins
EOF
cat >"$appdir/AppRun" <<'EOF'
#!/bin/sh
# Jobdesk AppImage entry point. `Jobdesk.AppImage jobdesk-cli ARGS` runs the command-line client,
# `Jobdesk.AppImage jobdesk-sandbox ARGS` the local sandbox server; anything else starts jobdesk.
# A symlink to the AppImage named jobdesk-cli or jobdesk-sandbox works the same way.
here=${APPDIR:-$(dirname "$(readlink -f "$0")")}
# Plugins from a host Qt would link the host's Qt libraries next to ours: only ours are used.
unset QT_PLUGIN_PATH
tool=jobdesk
case ${ARGV0##*/} in
    jobdesk-cli|jobdesk-sandbox) tool=${ARGV0##*/} ;;
esac
case ${1:-} in
    jobdesk-cli|jobdesk-sandbox|jobdesk) tool=$1; shift ;;
esac
exec "$here/usr/bin/$tool" "$@"
EOF
chmod 0755 "$appdir/AppRun"
sed "\$aX-AppImage-Version=$version" "$appdir/usr/share/applications/$app_id.desktop" \
    >"$appdir/$app_id.desktop"
cp "$appdir/usr/share/icons/hicolor/256x256/apps/$app_id.png" "$appdir/$app_id.png"
ln -s "$app_id.png" "$appdir/.DirIcon"
find "$appdir" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

# ---- 5. pack ----------------------------------------------------------------------------------
mkdir -p "$(dirname "$output")"
rm -f "$output"
if command -v appimagetool >/dev/null && [ -z "${JOBDESK_OWN_RUNTIME:-}" ]; then
    log "packing with $(command -v appimagetool)"
    ARCH=x86_64 appimagetool --no-appstream "$appdir" "$output"
else
    log "packing with our runtime (packaging/linux/runtime) and mksquashfs"
    runtime=$work/runtime
    cc -std=gnu11 -O2 -Wall -Wextra -Werror -static -o "$runtime" "$here/runtime/runtime.c" \
        -lsquashfuse_ll -lsquashfuse -lfuse3 -lzstd -llzma -llz4 -llzo2 -lz -lpthread -ldl \
        2> >(grep -v -e "fuse_get_module" -e "Using 'dlopen' in statically linked" >&2)
    strip "$runtime"
    # Type-2 AppImage magic: "AI" 0x02 in the ELF identification's padding (bytes 8-10).
    printf 'AI\002' | dd of="$runtime" bs=1 seek=8 conv=notrunc status=none
    rm -f "$work/image.squashfs"
    # mksquashfs takes SOURCE_DATE_EPOCH (exported above) for the image and every inode time.
    mksquashfs "$appdir" "$work/image.squashfs" -comp zstd -b 1M -all-root -no-xattrs -noappend \
        -processors 2 -quiet -no-progress
    cat "$runtime" "$work/image.squashfs" >"$output"
    chmod 0755 "$output"
fi
log "wrote $output ($(du -h "$output" | cut -f1))"
