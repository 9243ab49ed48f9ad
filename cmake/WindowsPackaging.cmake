# The Windows installer: a WiX .msi made by `cpack -G WIX` (WiX Toolset 3.x)
# from the install rules, which put the programs and every DLL and Qt plugin
# they load in one folder tree (cmake/WindowsApp.cmake). Included by
# cmake/Packaging.cmake on Windows only, before include(CPack).
set(CPACK_GENERATOR WIX)

# Never change this: Windows Installer knows a newer Floorboard as an upgrade
# of the installed one by it, and replaces that instead of installing a
# second copy beside it. (The product code changes with every build.)
set(CPACK_WIX_UPGRADE_GUID "EE1831EF-89E7-4014-A2EA-D8B2B713ABCA")

# The icon Settings > Apps shows beside Floorboard.
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/windows/floorboard.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Floorboard")
# For every user of the machine, in Program Files (CMake 3.29 and later; with
# older CPack the scope is left to Windows Installer's default).
set(CPACK_WIX_INSTALL_SCOPE perMachine)

# One Start-menu entry, for the window. floorboard-cli is run from a terminal
# by its path (C:\Program Files\Floorboard\bin\floorboard-cli.exe).
set_property(INSTALL "${CMAKE_INSTALL_BINDIR}/floorboard.exe" PROPERTY CPACK_START_MENU_SHORTCUTS "Floorboard")

# The licence page shows the project's licence when the repository has one;
# without one, CPack's generic text says that no licence is provided. WiX
# takes only .txt or .rtf, so the file is copied under a .txt name.
foreach(licence LICENSE LICENSE.txt LICENSE.md COPYING)
  if(EXISTS "${PROJECT_SOURCE_DIR}/${licence}")
    configure_file("${PROJECT_SOURCE_DIR}/${licence}" "${PROJECT_BINARY_DIR}/LICENSE.txt" COPYONLY)
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/LICENSE.txt")
    break()
  endif()
endforeach()
