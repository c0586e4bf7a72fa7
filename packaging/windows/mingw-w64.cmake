# CMake toolchain file: 64-bit Windows programs from Debian's MinGW-w64 (GCC 12, posix threads).
#
# scripts/windows-toolchain builds Qt (qtbase) with it and copies it into the
# toolchain prefix; Qt's own qt.toolchain.cmake in that prefix then chain-loads the copy, so the
# `windows` preset (scripts/build-windows) only points CMake at
#   <prefix>/lib/cmake/Qt6/qt.toolchain.cmake
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR AMD64)

set(MINGW_TRIPLET x86_64-w64-mingw32)
# The -posix drivers: std::thread and std::mutex need the posix thread model (win32 has none).
set(CMAKE_C_COMPILER ${MINGW_TRIPLET}-gcc-posix)
set(CMAKE_CXX_COMPILER ${MINGW_TRIPLET}-g++-posix)
set(CMAKE_RC_COMPILER ${MINGW_TRIPLET}-windres)
set(CMAKE_AR ${MINGW_TRIPLET}-gcc-ar-posix CACHE FILEPATH "")
set(CMAKE_RANLIB ${MINGW_TRIPLET}-gcc-ranlib-posix CACHE FILEPATH "")

# Headers, libraries and CMake packages come from the MinGW sysroot (and from the prefixes that
# Qt's toolchain file appends); programs (moc, rcc, perl, ...) from the Linux host.
list(APPEND CMAKE_FIND_ROOT_PATH /usr/${MINGW_TRIPLET})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# pkg-config, if anything asks, looks at the MinGW sysroot's .pc files only.
set(PKG_CONFIG_EXECUTABLE ${MINGW_TRIPLET}-pkg-config CACHE FILEPATH "")
