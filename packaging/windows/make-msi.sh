#!/usr/bin/env bash
# Linux-side MSI build: compiles jobdesk.wxs with wixl (Debian's msitools) over a STAGED
# PLACEHOLDER tree, so that the installer's tables can be checked here (check-msi.sh).
#
#   packaging/windows/make-msi.sh BUILD_DIR OUTPUT.msi [WORK_DIR]
#
# The result is NOT a working Windows installer: the .exe files in it are the Linux ELF
# executables renamed, and the Qt runtime files are small text placeholders named like
# windeployqt's output. The real MSI is built on Windows by .github/workflows/release.yml from
# the same jobdesk.wxs (WiX Toolset 3, after windeployqt).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: make-msi.sh BUILD_DIR OUTPUT.msi [WORK_DIR]}
output=${2:?usage: make-msi.sh BUILD_DIR OUTPUT.msi [WORK_DIR]}
build=$(cd "$build" && pwd)
work=${3:-$build/msi}
log() { echo "make-msi: $*"; }
fail() { echo "make-msi: ERROR: $*" >&2; exit 1; }
command -v wixl >/dev/null || fail "wixl not found (Debian package: wixl)"
version=$(cat "$build/packaging/jobdesk-version.txt")

cat <<'BANNER'
make-msi: ************************************************************************************
make-msi: * PLACEHOLDER MSI: built with wixl over Linux binaries renamed *.exe and text files   *
make-msi: * standing in for windeployqt's Qt DLLs. Only its TABLES are meaningful (check-msi). *
make-msi: * Do not publish or install it; release.yml builds the real MSI on Windows.          *
make-msi: ************************************************************************************
BANNER

rm -rf "$work"
mkdir -p "$work/stage" "$work/qt"
for exe in ui/jobdesk app/cli/jobdesk-cli sandbox/jobdesk-sandbox; do
    [ -f "$build/$exe" ] || fail "$build/$exe has not been built"
    strip -o "$work/stage/$(basename "$exe").exe" "$build/$exe" # Linux ELF under a Windows name
done
# What windeployqt puts beside jobdesk.exe (--dir), as placeholders.
qt_files=(Qt6Core.dll Qt6Gui.dll Qt6Widgets.dll Qt6Network.dll Qt6Sql.dll Qt6Svg.dll
          platforms/qwindows.dll styles/qwindowsvistastyle.dll
          sqldrivers/qsqlite.dll tls/qschannelbackend.dll imageformats/qsvg.dll
          iconengines/qsvgicon.dll)
for f in "${qt_files[@]}"; do
    mkdir -p "$work/qt/$(dirname "$f")"
    echo "PLACEHOLDER for $f: on Windows windeployqt writes the real file here." >"$work/qt/$f"
done
# The same harvest heat does on Windows: every file below qt/ as a component of QtRuntime.
(cd "$work" && find qt -type f | LC_ALL=C sort) \
    | wixl-heat --prefix qt/ --component-group QtRuntime --var var.QtDir \
                --directory-ref INSTALLFOLDER --win64 >"$work/qt-runtime.wxs"
# wixl resolves Source paths relative to the .wxs file and rejects absolute ones: compile a
# copy inside the work directory, with every input below it.
mkdir -p "$work/packaging"
cp "$here/jobdesk.wxs" "$here/jobdesk.ico" "$here/License.rtf" "$work/packaging/"
mkdir -p "$(dirname "$output")"
output=$(cd "$(dirname "$output")" && pwd)/$(basename "$output")
# (wixl warns that it has no "Platform" property: --arch x64 is its way of saying the same.)
(cd "$work" && wixl --arch x64 -D WixUI=no -D Win64=yes -D "Version=$version" -D StageDir=stage \
    -D PackagingDir=packaging -D QtDir=qt -o "$output" packaging/jobdesk.wxs qt-runtime.wxs) \
    2> >(grep -v -e "has no property named 'Platform'" -e '^$' >&2)
log "wrote $output ($(du -h "$output" | cut -f1)) - PLACEHOLDER MSI for the table check only"
