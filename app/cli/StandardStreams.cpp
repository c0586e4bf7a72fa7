#include "StandardStreams.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <cstdio>
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#endif

namespace jobdesk::cli {

namespace StandardStreams {

void useUtf8Bytes() {
#ifdef Q_OS_WIN
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
    SetConsoleOutputCP(CP_UTF8); // fails harmlessly when there is no console (a pipe or a file)
#endif
}

} // namespace StandardStreams

} // namespace jobdesk::cli
