#pragma once

namespace jobdesk::cli {

// Makes stdout and stderr carry exactly the bytes jobdesk-cli writes, on every platform: UTF-8,
// and line endings as written ("\n" for text, "\r\n" inside CSV as RFC 4180 wants). On Windows
// that means binary mode (text mode would turn CSV's "\r\n" into "\r\r\n") and a UTF-8 console
// code page (else "Zählerablesung" shows as mojibake in a console window). Elsewhere: nothing.
namespace StandardStreams {
void useUtf8Bytes();
}

} // namespace jobdesk::cli
