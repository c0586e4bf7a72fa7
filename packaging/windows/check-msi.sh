#!/usr/bin/env bash
# Checks the tables of an MSI built from jobdesk.wxs (by wixl here, or by WiX on Windows):
#   packaging/windows/check-msi.sh FILE.msi VERSION
# Upgrade (major upgrade rule with the fixed UpgradeCode), Property (ProductVersion, UpgradeCode,
# per-machine), Directory (Program Files\Jobdesk), Shortcut (Start menu), File, Icon, summary.
set -uo pipefail

msi=${1:?usage: check-msi.sh FILE.msi VERSION}
version=${2:?usage: check-msi.sh FILE.msi VERSION}
upgrade_code='{2EB1926E-6A2A-4060-8229-021304B7EA27}'
failures=0
ok() { echo "check-msi: ok    $*"; }
bad() { echo "check-msi: FAIL  $*"; failures=$((failures + 1)); }
table() { msiinfo export "$msi" "$1" 2>/dev/null | tr -d '\r' | tail -n +4; } # rows only, tab-separated
has_row() { # TABLE AWK-CONDITION DESCRIPTION
    if table "$1" | awk -F'\t' "$2 { found = 1 } END { exit !found }"; then ok "$3"; else bad "$3"; table "$1" | sed 's/^/check-msi:       /'; fi
}

[ -s "$msi" ] || { echo "check-msi: FAIL  $msi missing or empty"; exit 1; }
msi=$(cd "$(dirname "$msi")" && pwd)/$(basename "$msi")
# `msiinfo export` writes the binary streams of a table (Icon, Binary) into ./<Table>/: work in a
# temporary directory so that nothing lands in the caller's folder.
tmp=$(mktemp -d /tmp/jobdesk-msi-check.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
tables=$(msiinfo tables "$msi" 2>/dev/null | tr '\n' ' ')
for t in Upgrade Property Directory Shortcut File Component Feature Icon InstallExecuteSequence; do
    case " $tables " in *" $t "*) ;; *) bad "table $t missing" ;; esac
done

has_row Property "\$1 == \"ProductVersion\" && \$2 == \"$version\"" "Property ProductVersion = $version"
has_row Property "\$1 == \"UpgradeCode\" && \$2 == \"$upgrade_code\"" "Property UpgradeCode = $upgrade_code (fixed)"
has_row Property '$1 == "ALLUSERS" && $2 == "1"' "Property ALLUSERS = 1 (per-machine install)"
has_row Property '$1 == "ARPPRODUCTICON" && $2 == "JobdeskIcon"' "Property ARPPRODUCTICON (Programs and Features icon)"
has_row Upgrade "\$1 == \"$upgrade_code\" && \$3 == \"$version\" && \$7 == \"WIX_UPGRADE_DETECTED\"" \
    "Upgrade: older versions are detected (VersionMax $version) for removal"
has_row Upgrade "\$1 == \"$upgrade_code\" && \$2 == \"$version\" && \$7 == \"WIX_DOWNGRADE_DETECTED\"" \
    "Upgrade: newer versions are detected (downgrade refused)"
has_row InstallExecuteSequence '$1 == "RemoveExistingProducts"' "InstallExecuteSequence schedules RemoveExistingProducts (major upgrade)"
has_row Directory '$1 == "INSTALLFOLDER" && $2 == "ProgramFiles64Folder" && $3 ~ /(^|\|)Jobdesk$/' \
    "Directory INSTALLFOLDER = [ProgramFiles64Folder]\\Jobdesk"
has_row Shortcut '$2 == "ProgramMenuFolder" && $3 ~ /(^|\|)Jobdesk$/ && $5 == "[INSTALLFOLDER]jobdesk.exe"' \
    "Shortcut: Start menu \"Jobdesk\" -> [INSTALLFOLDER]jobdesk.exe"
for f in jobdesk.exe jobdesk-cli.exe jobdesk-sandbox.exe License.rtf; do
    has_row File "\$3 ~ /(^|\\|)${f//./\\.}\$/" "File $f"
done
has_row Icon '$1 == "JobdeskIcon"' "Icon JobdeskIcon (from jobdesk.ico)"
if msiinfo suminfo "$msi" | grep '^Template: x64;1033$' >/dev/null; then ok "summary: Template x64;1033"; else bad "summary Template is not x64;1033"; fi

if [ "$failures" -ne 0 ]; then
    echo "check-msi: $failures check(s) FAILED for $msi"
    exit 1
fi
echo "check-msi: all table checks passed for $msi"
