# libxlsxwriter, a required dependency of the XLSX export (core/export):
# Debian's libxlsxwriter-dev and vcpkg's libxlsxwriter both install
# xlsxwriter.pc, which also names what a static build links (zlib, minizip);
# without pkg-config the header and library are looked up directly.
# Defines the imported target xlsxwriter::xlsxwriter.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(XLSXWRITER QUIET IMPORTED_TARGET xlsxwriter)
endif()
if(TARGET PkgConfig::XLSXWRITER)
  add_library(xlsxwriter::xlsxwriter INTERFACE IMPORTED)
  target_link_libraries(xlsxwriter::xlsxwriter INTERFACE PkgConfig::XLSXWRITER)
  message(STATUS "libxlsxwriter: ${XLSXWRITER_LINK_LIBRARIES} (pkg-config)")
  return()
endif()
find_path(XLSXWRITER_INCLUDE_DIR xlsxwriter.h)
find_library(XLSXWRITER_LIBRARY NAMES xlsxwriter)
if(NOT XLSXWRITER_INCLUDE_DIR OR NOT XLSXWRITER_LIBRARY)
  message(FATAL_ERROR "libxlsxwriter not found (the XLSX export needs it): on Debian run scripts/install-deps.sh "
                      "(it installs libxlsxwriter-dev); on Windows vcpkg installs the libxlsxwriter port from vcpkg.json.")
endif()
find_package(ZLIB REQUIRED) # libxlsxwriter's zip writer
add_library(xlsxwriter::xlsxwriter UNKNOWN IMPORTED)
set_target_properties(xlsxwriter::xlsxwriter PROPERTIES IMPORTED_LOCATION "${XLSXWRITER_LIBRARY}"
                      INTERFACE_INCLUDE_DIRECTORIES "${XLSXWRITER_INCLUDE_DIR}" INTERFACE_LINK_LIBRARIES ZLIB::ZLIB)
message(STATUS "libxlsxwriter: ${XLSXWRITER_LIBRARY}")
