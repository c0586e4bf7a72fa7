#pragma once

namespace jobdesk::ui {

// `jobdesk --self-test`: a headless check that an installed or packaged Jobdesk has what it
// needs at run time. Used by scripts/package on the AppImage and the .deb; also useful when a
// user reports that Jobdesk does not start. It checks, on the offscreen platform:
//   1. the offscreen platform plugin loads and a widget renders;
//   2. the SQLite driver opens a database and runs a query;
//   3. the keychain backend answers (only reported: a machine without one still runs Jobdesk).
// Exit code 0 when 1 and 2 pass, 1 otherwise. If no platform plugin loads at all, Qt itself
// aborts with "no Qt platform plugin could be initialized" (non-zero exit).
namespace SelfTest {

// True when the command line is exactly `jobdesk --self-test`.
bool requested(int argc, char **argv);
int run(int &argc, char **argv);

} // namespace SelfTest

} // namespace jobdesk::ui
