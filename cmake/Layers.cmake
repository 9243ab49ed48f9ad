# One static library per layer, with an explicit source list, and a check run
# before it compiles that fails the build on an include of a layer it must not
# use (cmake/CheckLayers.cmake). The allowed layers are written once, here,
# where the target is made; docs/architecture.md draws the same graph.
#
# fb_layer(<target> NAME <layer> SOURCES <files...> ROOTS "<dir> <prefix>..."...)
#   Each ROOTS entry is a directory and the include prefixes allowed from it
#   ("*" for any file under it).
function(fb_check_layer target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "NAME" "SOURCES;ROOTS")
  set(list_file "${CMAKE_CURRENT_BINARY_DIR}/layers/${target}.txt")
  set(stamp "${CMAKE_CURRENT_BINARY_DIR}/layers/${target}.stamp")
  set(content "layer ${arg_NAME}\n")
  foreach(root IN LISTS arg_ROOTS)
    string(APPEND content "root ${root}\n")
  endforeach()
  set(absolute)
  foreach(src IN LISTS arg_SOURCES)
    if(src MATCHES "\\.(cpp|h)$")
      get_filename_component(abs "${src}" ABSOLUTE)
      string(APPEND content "file ${abs}\n")
      list(APPEND absolute "${abs}")
    endif()
  endforeach()
  file(CONFIGURE OUTPUT "${list_file}" CONTENT "${content}" @ONLY)
  add_custom_command(
    OUTPUT "${stamp}"
    COMMAND ${CMAKE_COMMAND} -DLIST=${list_file} -DSTAMP=${stamp} -P ${PROJECT_SOURCE_DIR}/cmake/CheckLayers.cmake
    DEPENDS ${absolute} "${list_file}" ${PROJECT_SOURCE_DIR}/cmake/CheckLayers.cmake
    COMMENT "Checking the includes of the ${arg_NAME} layer"
    VERBATIM)
  add_custom_target(${target}_layers DEPENDS "${stamp}")
  add_dependencies(${target} ${target}_layers)
endfunction()
