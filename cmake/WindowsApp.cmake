# Windows only; included by app/CMakeLists.txt after the install(TARGETS) of
# both programs. What a Windows build needs besides the programs:
#  - floorboard.exe as a GUI program (no console window), both programs with
#    the icon and a version resource;
#  - a qt.conf in the build tree, so the programs and tests run from there;
#  - at install time (and so in the `cpack -G WIX` installer, see
#    cmake/WindowsPackaging.cmake), every DLL and Qt plugin they load, beside them.
enable_language(RC)

# floorboard-cli stays a console program: it prints, and scripts read its exit code.
set_target_properties(floorboard PROPERTIES WIN32_EXECUTABLE ON)

# --- Icon and version resource, from one template for both programs.
if(NOT PROJECT_VERSION_PATCH)
  set(PROJECT_VERSION_PATCH 0) # FILEVERSION needs four numbers
endif()
file(TO_NATIVE_PATH "${PROJECT_SOURCE_DIR}/resources/windows/floorboard.ico" fb_icon)
string(REPLACE "\\" "\\\\" FB_RC_ICON "${fb_icon}") # a C string in the .rc file
foreach(program floorboard floorboard-cli)
  set(FB_RC_NAME ${program})
  if(program STREQUAL "floorboard")
    set(FB_RC_DESCRIPTION "Floorboard")
  else()
    set(FB_RC_DESCRIPTION "Floorboard command line")
  endif()
  configure_file(${PROJECT_SOURCE_DIR}/resources/windows/floorboard.rc.in ${CMAKE_CURRENT_BINARY_DIR}/${program}.rc
                 @ONLY)
  target_sources(${program} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/${program}.rc)
endforeach()

# Plugins Qt's deploy tool does not add on its own: the CLI draws PDF reports
# under the offscreen platform (ProgramCommand.cpp's makeApplication), and
# windeployqt deploys only the windows platform; the SVG image-format and
# icon-engine plugins draw every icon (windeployqt adds them for Qt6Svg, but
# the icons must not depend on that guess).
set(fb_extra_plugins "")
foreach(plugin QOffscreenIntegrationPlugin QSvgPlugin QSvgIconPlugin)
  if(TARGET Qt6::${plugin})
    list(APPEND fb_extra_plugins Qt6::${plugin})
  else()
    message(WARNING "Qt6::${plugin} is not known to CMake: it will be missing from the installation")
  endif()
endforeach()

# --- The build tree. vcpkg copies the DLLs beside the programs after linking,
# but not Qt's plugins, and Qt then looks for them beside the copied
# Qt6Core.dll. A qt.conf beside the programs names the folder Qt's plugins
# are really in. qt_standard_project_setup() puts every program and test in
# one folder on Windows, so this one qt.conf serves the tests too. (The
# installation gets its own qt.conf.)
if(TARGET Qt6::QOffscreenIntegrationPlugin)
  file(GENERATE OUTPUT "$<TARGET_FILE_DIR:floorboard>/qt.conf"
       CONTENT "[Paths]\nPlugins = $<TARGET_FILE_DIR:Qt6::QOffscreenIntegrationPlugin>/..\n")
endif()

# --- Installation (cmake --install, cpack).
# 1. Qt's DLLs, the plugins they need (platforms/qwindows.dll, styles,
#    image formats, icon engines), Qt's own translations and a qt.conf, by
#    windeployqt through Qt's deploy script. Plugins go to <prefix>/plugins,
#    where that qt.conf points (Qt's QT_DEPLOY_PLUGINS_DIR default).
if(Qt6_VERSION VERSION_LESS 6.5)
  # Qt 6.4 names the output variable FILENAME_VARIABLE; 6.5 renamed it OUTPUT_SCRIPT.
  qt_generate_deploy_app_script(TARGET floorboard FILENAME_VARIABLE fb_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
else()
  qt_generate_deploy_app_script(TARGET floorboard OUTPUT_SCRIPT fb_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT ${fb_deploy_script})

# 2. The plugins windeployqt leaves out (above).
foreach(plugin IN LISTS fb_extra_plugins)
  get_target_property(type ${plugin} QT_PLUGIN_TYPE)
  install(FILES $<TARGET_FILE:${plugin}> DESTINATION plugins/${type})
endforeach()

# 3. Every other DLL the programs and those plugins load (fmt, sqlite3, and
#    Qt's own dependencies such as freetype, harfbuzz, libpng, zlib, pcre2 and
#    double-conversion from vcpkg), which windeployqt never copies. Found by
#    CMake walking the import tables, in the folders the Qt and fmt DLLs come
#    from; Windows' own DLLs (System32, and the api-ms-* / ext-ms-* API sets)
#    stay out.
set(fb_plugin_files "")
foreach(plugin IN LISTS fb_extra_plugins)
  list(APPEND fb_plugin_files "$<TARGET_FILE:${plugin}>")
endforeach()
install(CODE "
  file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES \"$<TARGET_FILE:floorboard>\" \"$<TARGET_FILE:floorboard-cli>\"
    MODULES ${fb_plugin_files}
    DIRECTORIES \"$<TARGET_FILE_DIR:Qt6::Core>\" \"$<TARGET_FILE_DIR:fmt::fmt>\"
    PRE_EXCLUDE_REGEXES \"^[Aa][Pp][Ii]-[Mm][Ss]-\" \"^[Ee][Xx][Tt]-[Mm][Ss]-\"
    POST_EXCLUDE_REGEXES \"[Ss][Yy][Ss][Tt][Ee][Mm]32\" \"[Ss][Yy][Ss][Ww][Oo][Ww]64\"
    RESOLVED_DEPENDENCIES_VAR fb_resolved
    UNRESOLVED_DEPENDENCIES_VAR fb_unresolved)
  foreach(dll IN LISTS fb_unresolved)
    message(WARNING \"not found, so not installed: \${dll}\")
  endforeach()
  if(fb_resolved)
    file(INSTALL \${fb_resolved} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
  endif()
")

# 4. The Microsoft C++ runtime (vcruntime140.dll, msvcp140.dll, ...), beside
#    the programs, so the installer needs no separate redistributable.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)
