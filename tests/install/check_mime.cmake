# The shared-mime-info package file is accepted by update-mime-database and
# maps *.floorboard to application/x-floorboard.
#   cmake -DMIME_FILE=... -DUPDATE_MIME_DATABASE=... -DWORK=... -P check_mime.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/packages")
configure_file("${MIME_FILE}" "${WORK}/packages/floorboard.xml" COPYONLY)
# WORK's parent on the search path, else update-mime-database warns that
# applications would not find the folder.
get_filename_component(data_dir "${WORK}" DIRECTORY)
execute_process(COMMAND ${CMAKE_COMMAND} -E env "XDG_DATA_DIRS=${data_dir}" "${UPDATE_MIME_DATABASE}" "${WORK}"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
  message(FATAL_ERROR "update-mime-database: exit ${rc}: ${err}")
endif()
file(STRINGS "${WORK}/globs2" globs REGEX "floorboard")
if(NOT globs STREQUAL "50:application/x-floorboard:*.floorboard")
  message(FATAL_ERROR "globs2 has [${globs}], expected 50:application/x-floorboard:*.floorboard")
endif()
file(REMOVE_RECURSE "${WORK}")
