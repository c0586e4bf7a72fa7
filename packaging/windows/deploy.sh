#!/usr/bin/env bash
# Deploys the cross-built Windows programs into a folder that runs on its own (what windeployqt
# does on Windows), for the MSI and for running under Wine:
#
#   packaging/windows/deploy.sh BUILD_DIR DEST_DIR
#
# DEST_DIR gets jobdesk.exe and jobdesk-cli.exe (stripped), the Qt plugins Jobdesk loads at run
# time under plugins/, a qt.conf that points Qt there, and every DLL that these files import,
# found by walking their PE import tables (objdump -p) through the Windows toolchain prefix
# (JOBDESK_WIN_PREFIX, or scripts/windows-toolchain --print-prefix) and the MinGW-w64 runtime
# folders. Windows' own DLLs are left to Windows. Nothing from the Linux host goes in: every file
# copied is checked to be a PE32+ (x86-64) program or DLL, and an import found nowhere that is not
# a known Windows DLL stops the deploy.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=${1:?usage: deploy.sh BUILD_DIR DEST_DIR}
dest=${2:?usage: deploy.sh BUILD_DIR DEST_DIR}
fail() { echo "deploy: ERROR: $*" >&2; exit 1; }
objdump=x86_64-w64-mingw32-objdump
strip=x86_64-w64-mingw32-strip
command -v "$objdump" >/dev/null || fail "$objdump not found (Debian package: binutils-mingw-w64-x86-64)"
prefix=${JOBDESK_WIN_PREFIX:-$("$repo/scripts/windows-toolchain" --print-prefix 2>/dev/null | tail -n1)}
[ -f "$prefix/bin/Qt6Core.dll" ] || fail "no Windows Qt at '$prefix' (run scripts/windows-toolchain)"

# The plugins Jobdesk loads by name at run time (no import table names them).
plugins=(
    platforms/qwindows.dll                    # the Windows platform
    styles/qwindowsvistastyle.dll             # native widgets look
    sqldrivers/qsqlite.dll                    # the outbox and job cache (SQLite inside)
    tls/qschannelbackend.dll                  # HTTPS through Windows' own TLS (no OpenSSL)
)
# (No networkinformation plugin: Qt 6.4.2 builds its Windows backend only with MSVC, so under
# MinGW OnlineMonitor tells online from offline by the requests' outcomes alone.)
# Where imported DLLs are searched, in order: the Qt prefix, then GCC's and MinGW's runtimes.
gcc_runtime=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-libgcc-file-name)")
search=("$prefix/bin" "$gcc_runtime" /usr/x86_64-w64-mingw32/lib)
# DLLs that every Windows (7 and later) has; lower case.
windows_dll_re='^(kernel32|user32|gdi32|advapi32|shell32|ole32|oleaut32|ws2_32|winmm|imm32|uxtheme|dwmapi|version|netapi32|userenv|crypt32|secur32|iphlpapi|dnsapi|bcrypt|ncrypt|winhttp|shlwapi|comdlg32|comctl32|winspool\.drv|setupapi|mpr|authz|wtsapi32|d3d9|d3d11|d3d12|dxgi|dwrite|d2d1|msvcrt|shcore|uiautomationcore|wininet|ntdll|rpcrt4|powrprof|api-ms-win-.*)\.dll$'

rm -rf "$dest"
mkdir -p "$dest"
is_pe64() { "$objdump" -f "$1" 2>/dev/null | grep -q 'file format pei-x86-64'; }
imports() { "$objdump" -p "$1" | sed -n 's/^[[:space:]]*DLL Name: //p'; }

queue=()
# (Qt's project setup puts every Windows program in the build folder's top, beside its DLLs.)
for exe in jobdesk.exe jobdesk-cli.exe; do
    [ -f "$build/$exe" ] || fail "$build/$exe has not been built (scripts/build-windows)"
    "$strip" -o "$dest/$exe" "$build/$exe"
    queue+=("$dest/$exe")
done
for p in "${plugins[@]}"; do
    [ -f "$prefix/plugins/$p" ] || fail "the Qt plugin $p is not in $prefix/plugins"
    mkdir -p "$dest/plugins/$(dirname "$p")"
    cp "$prefix/plugins/$p" "$dest/plugins/$p"
    queue+=("$dest/plugins/$p")
done
printf '[Paths]\nPlugins = plugins\n' >"$dest/qt.conf"

declare -A seen system
while [ ${#queue[@]} -gt 0 ]; do
    file=${queue[0]}
    queue=("${queue[@]:1}")
    is_pe64 "$file" || fail "$file is not a PE32+ x86-64 file"
    while IFS= read -r dll; do
        key=${dll,,}
        [ -z "${seen[$key]:-}" ] || continue
        seen[$key]=1
        found=""
        for dir in "${search[@]}"; do
            # Case-insensitive, as Windows looks a DLL up.
            match=$(find "$dir" -maxdepth 1 -iname "$dll" -print -quit 2>/dev/null)
            if [ -n "$match" ]; then found=$match; break; fi
        done
        if [ -n "$found" ]; then
            cp "$found" "$dest/$(basename "$found")"
            queue+=("$dest/$(basename "$found")")
        elif [[ $key =~ $windows_dll_re ]]; then
            system[$key]=1
        else
            fail "$(basename "$file") imports $dll, which is neither in the toolchain ($prefix/bin, $gcc_runtime, /usr/x86_64-w64-mingw32/lib) nor a Windows DLL"
        fi
    done < <(imports "$file")
done

count=$(find "$dest" -type f -iname '*.dll' | wc -l)
echo "deploy: $dest: jobdesk.exe, jobdesk-cli.exe, $count DLLs ($(du -sh "$dest" | cut -f1)); left to Windows: $(printf '%s ' "${!system[@]}" | tr ' ' '\n' | sort | tr '\n' ' ')"
