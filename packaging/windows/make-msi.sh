#!/usr/bin/env bash
# Builds the Windows installer with wixl (Debian's msitools) from packaging/windows/jobdesk.wxs over
# a deployed tree (packaging/windows/deploy.sh: jobdesk.exe, jobdesk-cli.exe, Qt DLLs, plugins,
# qt.conf, MinGW runtime):
#
#   packaging/windows/make-msi.sh DEPLOY_DIR VERSION OUTPUT.msi [WORK_DIR]
#
# jobdesk.exe and jobdesk-cli.exe are components of their own in jobdesk.wxs; every other file of
# the deployed tree is harvested (wixl-heat) into the QtRuntime component group, sub-folders kept.
# The same jobdesk.wxs builds with WiX Toolset 3 on Windows (.github/workflows/release.yml).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
usage="usage: make-msi.sh DEPLOY_DIR VERSION OUTPUT.msi [WORK_DIR]"
deploy=${1:?$usage}
version=${2:?$usage}
output=${3:?$usage}
fail() { echo "make-msi: ERROR: $*" >&2; exit 1; }
command -v wixl >/dev/null || fail "wixl not found (Debian package: wixl)"
deploy=$(cd "$deploy" && pwd)
work=${4:-$(dirname "$deploy")/msi-work}
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "version '$version' is not X.Y.Z"
for exe in jobdesk.exe jobdesk-cli.exe; do
    [ -f "$deploy/$exe" ] || fail "$deploy/$exe missing (run packaging/windows/deploy.sh first)"
    x86_64-w64-mingw32-objdump -f "$deploy/$exe" | grep -q 'file format pei-x86-64' ||
        fail "$deploy/$exe is not a PE32+ x86-64 program"
done

# wixl resolves Source paths relative to the .wxs file and rejects absolute ones: build in a work
# folder that holds (links to) every input.
rm -rf "$work"
mkdir -p "$work/packaging"
ln -s "$deploy" "$work/stage"
cp "$here/jobdesk.wxs" "$here/jobdesk.ico" "$here/License.rtf" "$work/packaging/"
# Which version is installed, in words a support call can ask for (and the upgrade check reads).
echo "Jobdesk $version" >"$work/packaging/version.txt"
(cd "$work/stage" && find . -type f ! -name jobdesk.exe ! -name jobdesk-cli.exe | sed 's|^\./||' | LC_ALL=C sort |
    sed 's|^|stage/|') |
    wixl-heat --prefix stage/ --component-group QtRuntime --var var.StageDir \
        --directory-ref INSTALLFOLDER --win64 >"$work/qt-runtime.wxs"
# wixl-heat names Source "$(var.StageDir)/<path>" from the stripped prefix: point StageDir at stage.
mkdir -p "$(dirname "$output")"
output=$(cd "$(dirname "$output")" && pwd)/$(basename "$output")
rm -f "$output"
# (wixl warns that it has no "Platform" property: --arch x64 is its way of saying the same.)
(cd "$work" && wixl --arch x64 -D WixUI=no -D WithSandbox=no -D Win64=yes -D "Version=$version" -D StageDir=stage \
    -D PackagingDir=packaging -o "$output" packaging/jobdesk.wxs qt-runtime.wxs) \
    2> >(grep -v -e "has no property named 'Platform'" -e '^$' >&2)
[ -s "$output" ] || fail "wixl wrote no $output"
echo "make-msi: wrote $output ($(du -h "$output" | cut -f1)), version $version, $(grep -c '<File ' "$work/qt-runtime.wxs") harvested files"
