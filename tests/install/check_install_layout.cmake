# `cmake --install` into an empty prefix lays out exactly the files a desktop
# needs, and the installed programs run from there (they find their
# translations relative to bin/).
#   cmake -DBUILD_DIR=... -DPREFIX=... -DEXPECTED=a;b;... -DVERSION=x.y.z -P check_install_layout.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}): ${err}")
endif()
file(GLOB_RECURSE installed RELATIVE "${PREFIX}" "${PREFIX}/*")
list(SORT installed)
set(expected ${EXPECTED})
list(SORT expected)
if(NOT "${installed}" STREQUAL "${expected}")
  list(JOIN installed "\n  " have)
  list(JOIN expected "\n  " want)
  message(FATAL_ERROR "installed files:\n  ${have}\nexpected:\n  ${want}")
endif()
execute_process(COMMAND "${PREFIX}/bin/floorboard-cli" --version OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "floorboard-cli ${VERSION}\n")
  message(FATAL_ERROR "installed floorboard-cli --version: exit ${rc}, [${out}]")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
                        "${PREFIX}/bin/floorboard" --version OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "Floorboard ${VERSION}\n")
  message(FATAL_ERROR "installed floorboard --version: exit ${rc}, [${out}]")
endif()
file(REMOVE_RECURSE "${PREFIX}")
list(LENGTH installed n)
message(STATUS "${n} files installed as expected; both programs run from the prefix")
