# CPack: the Debian package. `cpack -G DEB` in the build directory (scripts/package does it) writes
# jobdesk_<version>_<arch>.deb. Windows uses the hand-written WiX source in packaging/windows
# instead of CPack's WIX generator: see the comment at the top of packaging/windows/jobdesk.wxs.
set(CPACK_PACKAGE_NAME "jobdesk")
set(CPACK_PACKAGE_VENDOR "Jobdesk")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "Jobdesk maintainers <maintainers@jobdesk.invalid>")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Jobdesk")
set(CPACK_STRIP_FILES ON)

if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR "DEB")
endif()

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # jobdesk_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "${PROJECT_DESCRIPTION}\n\
Jobdesk lets dispatchers set the result of started BigChange jobs. Submissions are\n\
queued on disk and sent when the service is reachable; per-field rejections are shown\n\
beside the fields they concern. Includes jobdesk-cli (the same operations from a\n\
terminal) and jobdesk-sandbox (a local server with made-up data for trying it out).")
# Shared-library dependencies come from dpkg-shlibdeps (needs dpkg-dev at package time). Qt loads
# its plugins at run time, so dpkg-shlibdeps cannot see them: name their packages here.
#   libqt6sql6-sqlite  the QSQLITE driver (the outbox and caches)
#   qt6-qpa-plugins    platform plugins beyond xcb/offscreen (in Debian 12 those two ship in libqt6gui6)
#   libqt6svg6         the SVG icon engine and image format (the application icon)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
# QtKeychain talks to a Secret Service provider over D-Bus; without one Jobdesk says so.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
