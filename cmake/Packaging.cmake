# Installers made by CPack from the install() rules: a .deb on Linux (its
# dependencies computed from the binaries by dpkg-shlibdeps), a WiX .msi on
# Windows (cmake/WindowsPackaging.cmake). `cpack -G DEB` in a build folder.
set(CPACK_PACKAGE_NAME floorboard)
set(CPACK_PACKAGE_VENDOR "Floorboard")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Console for contact-center team leads")
set(CPACK_PACKAGE_DESCRIPTION
    "Floorboard is a fast, offline desktop console for contact-center team leads: balanced scorecards tied to \
pulse surveys, a quality rubric and coaching log with measured effect, calibration sessions with \
chance-corrected agreement, and an eight-week friction-to-flow program, from the CSV exports a site already has. \
floorboard-cli does the same work headless.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Floorboard)
set(CPACK_STRIP_FILES ON)

if(UNIX AND NOT APPLE)
  set(CPACK_GENERATOR DEB)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # floorboard_<version>_<arch>.deb
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Floorboard developers")
  set(CPACK_DEBIAN_PACKAGE_SECTION misc)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  # What the linked libraries do not say: Qt's SVG icon engine (a plugin in
  # libqt6svg6, loaded at run time: every icon is an SVG) and the fonts the
  # window and the reports are drawn with. Qt's X11 and offscreen platform
  # plugins come with libqt6gui6, which shlibdeps finds.
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, fonts-dejavu-core")
  # Wayland sessions run through XWayland without qt6-wayland; Qt's own
  # dialogs are translated by qt6-translations-l10n.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
elseif(WIN32)
  include(${CMAKE_CURRENT_LIST_DIR}/WindowsPackaging.cmake)
endif()

include(CPack)
