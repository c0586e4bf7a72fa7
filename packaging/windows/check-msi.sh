#!/usr/bin/env bash
# Checks the Windows installer that scripts/package built (wixl over the deployed MinGW-w64 build):
#
#   packaging/windows/check-msi.sh FILE.msi VERSION NEXT.msi NEXT_VERSION SANDBOX_BIN
#
# NEXT.msi is the same programs packaged as VERSION + 1 (scripts/package builds it beside the real
# one, outside dist/) for the upgrade check; SANDBOX_BIN a Linux jobdesk-sandbox.
#  1. Tables: major upgrade with the fixed UpgradeCode, per-machine, Program Files\Jobdesk, Start
#     menu shortcut, the two programs, qt.conf, Qt and its plugins, icon, summary.
#  2. Under Wine, in a fresh WINEPREFIX (deleted afterwards), as a Windows user would:
#     - `msiexec /i FILE.msi /qn` installs; jobdesk.exe is a PE32+ GUI program, jobdesk-cli.exe a
#       PE32+ console program; the Start-menu shortcut exists;
#     - the installed jobdesk.exe --self-test passes on the windows platform (Xvfb) with the
#       windowsvista style, SQLite and Schannel, with nothing but the installed folder to load from
#       (no WINEPATH);
#     - the installed jobdesk-cli.exe lists jobs from the sandbox, sets a result whose text ends in
#       a space exactly as typed (the sandbox records it), and refuses a wrong-case result (exit 3,
#       nothing sent); a result set while the server is down stays queued in the outbox;
#     - NEXT.msi installs over it: one Jobdesk registered, at NEXT_VERSION, with its files;
#     - `msiexec /x` removes the programs and the shortcut, and leaves the user's data folder and
#       outbox (with the queued result) alone.
set -uo pipefail

usage="usage: check-msi.sh FILE.msi VERSION NEXT.msi NEXT_VERSION SANDBOX_BIN"
msi=${1:?$usage}
version=${2:?$usage}
next_msi=${3:?$usage}
next_version=${4:?$usage}
sandbox=${5:?$usage}
upgrade_code='{2EB1926E-6A2A-4060-8229-021304B7EA27}'
failures=0
ok() { echo "check-msi: ok    $*"; }
bad() { echo "check-msi: FAIL  $*"; failures=$((failures + 1)); }
indent() { sed 's/^/check-msi:       /'; }
table() { msiinfo export "$msi" "$1" 2>/dev/null | tr -d '\r' | tail -n +4; } # rows only, tab-separated
has_row() { # TABLE AWK-CONDITION DESCRIPTION
    if table "$1" | awk -F'\t' "$2 { found = 1 } END { exit !found }"; then ok "$3"; else bad "$3"; table "$1" | indent; fi
}

for f in "$msi" "$next_msi"; do [ -s "$f" ] || { echo "check-msi: FAIL  $f missing or empty"; exit 1; }; done
[ -x "$sandbox" ] || { echo "check-msi: FAIL  no jobdesk-sandbox at $sandbox"; exit 1; }
msi=$(cd "$(dirname "$msi")" && pwd)/$(basename "$msi")
next_msi=$(cd "$(dirname "$next_msi")" && pwd)/$(basename "$next_msi")
sandbox=$(cd "$(dirname "$sandbox")" && pwd)/$(basename "$sandbox")
# `msiinfo export` writes the binary streams of a table (Icon, Binary) into ./<Table>/: work in a
# temporary directory so that nothing lands in the caller's folder.
tmp=$(mktemp -d /tmp/jobdesk-msi-check.XXXXXX)
sandbox_pid=""
export WINEPREFIX="$tmp/wineprefix"
cleanup() {
    [ -z "$sandbox_pid" ] || kill "$sandbox_pid" 2>/dev/null
    wineserver -k 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
cd "$tmp"

# ---- 1. tables ------------------------------------------------------------------------------------
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
for f in jobdesk.exe jobdesk-cli.exe qt.conf Qt6Core.dll Qt6Widgets.dll Qt6Sql.dll qwindows.dll qsqlite.dll \
         qschannelbackend.dll qwindowsvistastyle.dll License.rtf version.txt; do
    has_row File "\$3 ~ /(^|\\|)${f//./\\.}\$/" "File $f"
done
if table File | awk -F'\t' '$3 ~ /jobdesk-sandbox/ { found = 1 } END { exit !found }'; then
    bad "File jobdesk-sandbox.exe is in the MSI although the Debian toolchain builds none"
fi
has_row Icon '$1 == "JobdeskIcon"' "Icon JobdeskIcon (from jobdesk.ico)"
if msiinfo suminfo "$msi" | grep '^Template: x64;1033$' >/dev/null; then ok "summary: Template x64;1033"; else bad "summary Template is not x64;1033"; fi

# ---- 2. under Wine --------------------------------------------------------------------------------
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" # no Mono/Gecko prompts in a fresh prefix
unset WINEPATH                                           # the installed folder must be enough
wineboot --init >/dev/null 2>&1
drive_c="$WINEPREFIX/drive_c"
install_dir="$drive_c/Program Files/Jobdesk"
# Where the Start menu of this Wine keeps a per-machine shortcut (Windows: C:\ProgramData\...;
# Wine may map the all-users Programs folder to the user's).
shortcut_at() { find "$drive_c" -path '*/Start Menu/Programs/Jobdesk.lnk' 2>/dev/null | head -n1; }
win_exe='C:\Program Files\Jobdesk\jobdesk.exe'
win_cli='C:\Program Files\Jobdesk\jobdesk-cli.exe'
msiexec() { wine msiexec "$@" >"$tmp/msiexec.out" 2>&1; local rc=$?; wineserver -w; return $rc; }
# The Jobdesk products Windows Installer has registered: "ProductCode DisplayVersion" lines.
registered() {
    wineserver -w # the registry reaches system.reg when the server exits
    python3 - "$WINEPREFIX/system.reg" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
for block in re.split(r"\n(?=\[)", text):
    m = re.match(r"\[Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Uninstall\\\\(\{[^}]+\})\]", block)
    if m and '"DisplayName"="Jobdesk"' in block:
        v = re.search(r'"DisplayVersion"="([^"]*)"', block)
        print(m.group(1), v.group(1) if v else "?")
PY
}
subsystem() { x86_64-w64-mingw32-objdump -p "$1" 2>/dev/null | sed -n 's/^Subsystem[[:space:]]*//p'; }
pe64() { x86_64-w64-mingw32-objdump -f "$1" 2>/dev/null | grep -q 'file format pei-x86-64'; }
cli() { wine "$win_cli" "$@"; }

if msiexec /i "$msi" /qn; then ok "msiexec /i $(basename "$msi") /qn"; else bad "msiexec /i exit $?"; indent <"$tmp/msiexec.out"; fi
if pe64 "$install_dir/jobdesk.exe" && [[ $(subsystem "$install_dir/jobdesk.exe") == *"Windows GUI"* ]]; then
    ok "installed jobdesk.exe is a PE32+ x86-64 GUI program"
else bad "installed jobdesk.exe is not a PE32+ GUI program ($(subsystem "$install_dir/jobdesk.exe"))"; fi
if pe64 "$install_dir/jobdesk-cli.exe" && [[ $(subsystem "$install_dir/jobdesk-cli.exe") == *"Windows CUI"* ]]; then
    ok "installed jobdesk-cli.exe is a PE32+ x86-64 console program"
else bad "installed jobdesk-cli.exe is not a PE32+ console program"; fi
shortcut=$(shortcut_at)
[ -n "$shortcut" ] && ok "Start-menu shortcut: ${shortcut#"$drive_c/"}" || bad "no Jobdesk.lnk in a Start Menu\Programs folder"
[ "$(registered | wc -l)" -eq 1 ] && ok "one Jobdesk product registered ($(registered))" || bad "registered: $(registered)"

# Wine passes no QT_* variable from Linux to a Windows program, and a GUI program's output reaches
# a file only through cmd's redirection; a program that cannot start shows a dialog: time-limited.
(cd "$install_dir" && timeout 180 xvfb-run -a wine cmd /c \
    'set QT_QPA_PLATFORM=windows&& jobdesk.exe --self-test > Z:'"${tmp//\//\\}"'\self-test.txt 2>&1') >/dev/null 2>&1
if grep -q '^self-test passed' "$tmp/self-test.txt" 2>/dev/null; then
    ok "installed jobdesk.exe --self-test (windows platform, Xvfb)"
else
    bad "installed jobdesk.exe --self-test"
fi
indent <"$tmp/self-test.txt"
cli --version >"$tmp/version.txt" 2>&1
grep -qx "jobdesk-cli $version" <(tr -d '\r' <"$tmp/version.txt") && ok "jobdesk-cli.exe --version: $version" ||
    { bad "jobdesk-cli.exe --version"; indent <"$tmp/version.txt"; }

# The sandbox, on the Linux side, on loopback (Wine uses the host's network).
"$sandbox" --port 0 >"$tmp/sandbox.out" 2>"$tmp/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 100); do grep -q '^client_secret=' "$tmp/sandbox.out" && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$tmp/sandbox.out")
export JOBDESK_CLIENT_SECRET
JOBDESK_CLIENT_SECRET=$(sed -n 's/^client_secret=//p' "$tmp/sandbox.out")
connection=(--api-url "$url" --customer-id "$(sed -n 's/^customer_id=//p' "$tmp/sandbox.out")"
            --client-id "$(sed -n 's/^client_id=//p' "$tmp/sandbox.out")")
# Two started "Annual service" jobs (its results differ only by case and a trailing space).
cli "${connection[@]}" jobs --format json >"$tmp/jobs.json" 2>"$tmp/jobs.err"
jobs_rc=$?
read -r job1 job2 < <(python3 -c '
import json, sys
jobs = [j for j in json.load(open(sys.argv[1])) if j.get("typeId") == 3000004410 and j.get("status") == "started"]
print(*[j["id"] for j in jobs[:2]])' "$tmp/jobs.json" 2>/dev/null)
if [ $jobs_rc -eq 0 ] && [ -n "${job2:-}" ]; then
    ok "jobdesk-cli.exe jobs: $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$tmp/jobs.json") jobs from the sandbox"
else
    bad "jobdesk-cli.exe jobs exit $jobs_rc"; indent <"$tmp/jobs.err"; job1=0; job2=0
fi
applied() { curl -s "$url/_admin/results/$1"; }
cli "${connection[@]}" set-result "$job1" --status completedWithIssues --result "Parts on order " >"$tmp/set.out" 2>&1
rc=$?
if [ $rc -eq 0 ] && applied "$job1" | python3 -c '
import json, sys; a = json.load(sys.stdin); sys.exit(0 if a.get("count") == 1 and a.get("result") == "Parts on order " else 1)'; then
    ok "jobdesk-cli.exe set-result $job1: \"Parts on order \" recorded exactly once, trailing space intact"
else
    bad "set-result exit $rc, recorded: $(applied "$job1")"; indent <"$tmp/set.out"
fi
cli "${connection[@]}" set-result "$job2" --status completedWithIssues --result "parts on order" >"$tmp/case.out" 2>&1
rc=$?
if [ $rc -eq 3 ] && [ "$(applied "$job2" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("count"))')" = 0 ]; then
    ok "jobdesk-cli.exe refuses the wrong-case \"parts on order\" (exit 3, nothing sent)"
else
    bad "wrong-case result: exit $rc (want 3), recorded: $(applied "$job2")"; indent <"$tmp/case.out"
fi
# The server goes away: the result waits in the outbox (exit 0, "queued: ...").
kill "$sandbox_pid"; wait "$sandbox_pid" 2>/dev/null; sandbox_pid=""
cli "${connection[@]}" --timeout 5 set-result "$job2" --status completedOk --result "Serviced - no faults" >"$tmp/queued.out" 2>&1
rc=$?
outbox=$(find "$drive_c/users" -name outbox.sqlite -path '*Jobdesk*' 2>/dev/null | head -n1)
queued() { python3 -c '
import sqlite3, sys
db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
print(db.execute("SELECT COUNT(*) FROM outbox WHERE job_id = ? AND state = ?", (int(sys.argv[2]), "queued")).fetchone()[0])' "$outbox" "$job2" 2>&1; }
if [ $rc -eq 0 ] && [ -n "$outbox" ] && [ "$(queued)" = 1 ]; then
    ok "server down: set-result exit $rc, the result is queued in ${outbox#"$drive_c/"}"
else
    bad "server down: set-result exit $rc, outbox '${outbox#"$drive_c/"}': $(queued)"; indent <"$tmp/queued.out"
fi

# ---- upgrade and uninstall ------------------------------------------------------------------------
if msiexec /i "$next_msi" /qn; then ok "msiexec /i $(basename "$next_msi") /qn (upgrade)"; else bad "upgrade: msiexec exit $?"; indent <"$tmp/msiexec.out"; fi
products=$(registered)
if [ "$(wc -l <<<"$products")" -eq 1 ] && [[ $products == *" $next_version" ]]; then
    ok "upgrade in place: one Jobdesk registered, version $next_version"
else
    bad "after the upgrade, registered: $products"
fi
grep -qx "Jobdesk $next_version" <(tr -d '\r' <"$install_dir/version.txt" 2>/dev/null) &&
    ok "upgrade installed the new files (version.txt: Jobdesk $next_version)" || bad "version.txt after the upgrade: $(cat "$install_dir/version.txt" 2>&1)"
[ -f "$install_dir/jobdesk.exe" ] && [ -f "$install_dir/plugins/platforms/qwindows.dll" ] &&
    ok "programs and plugins present after the upgrade" || bad "files missing after the upgrade"

product=$(registered | cut -d' ' -f1)
if msiexec /x "$product" /qn; then ok "msiexec /x $product /qn"; else bad "msiexec /x exit $?"; indent <"$tmp/msiexec.out"; fi
[ ! -e "$install_dir/jobdesk.exe" ] && [ ! -e "$install_dir/jobdesk-cli.exe" ] && ok "uninstall removed the programs" ||
    bad "programs still in Program Files after uninstall"
[ -z "$(shortcut_at)" ] && ok "uninstall removed the Start-menu shortcut" || bad "the shortcut is still there: $(shortcut_at)"
[ -z "$(registered)" ] && ok "no Jobdesk registered after uninstall" || bad "still registered: $(registered)"
if [ -n "$outbox" ] && [ "$(queued)" = 1 ]; then
    ok "uninstall left the user's data alone: the queued result is still in the outbox"
else
    bad "the user's outbox after uninstall: $(queued)"
fi

if [ "$failures" -ne 0 ]; then
    echo "check-msi: $failures check(s) FAILED for $msi"
    exit 1
fi
echo "check-msi: every check passed for $msi (tables; install, run, upgrade, uninstall under Wine)"
