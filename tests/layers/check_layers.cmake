# Proves that the include check of cmake/CheckLayers.cmake refuses a
# wrong-way include with a message naming the file and the include, and
# passes a file that keeps to its layers. Run with -DCHECK=<CheckLayers.cmake>
# -DFIXTURES=<tests/data/layers> -DWORK=<scratch folder>.
file(MAKE_DIRECTORY "${WORK}")

function(run_check name file expect_ok)
  set(list "${WORK}/${name}.txt")
  set(stamp "${WORK}/${name}.stamp")
  file(REMOVE "${stamp}")
  file(WRITE "${list}" "layer core/analytics\nroot ${FIXTURES} analytics common domain\nfile ${FIXTURES}/${file}\n")
  execute_process(COMMAND ${CMAKE_COMMAND} -DLIST=${list} -DSTAMP=${stamp} -P ${CHECK}
                  RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
  string(REGEX REPLACE "[ \t\r\n]+" " " err "${err}")
  if(expect_ok)
    if(NOT rc EQUAL 0 OR NOT EXISTS "${stamp}")
      message(FATAL_ERROR "${file}: expected to pass, got ${rc}: ${err}")
    endif()
  else()
    if(rc EQUAL 0 OR EXISTS "${stamp}")
      message(FATAL_ERROR "${file}: a wrong-way include was accepted")
    endif()
    set(expected "${FIXTURES}/${file}: the core/analytics layer may not include \"store/Database.h\"")
    string(FIND "${err}" "${expected}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "${file}: expected the message\n  ${expected}\ngot\n  ${err}")
    endif()
    string(FIND "${err}" "domain/Value.h" allowed)
    if(NOT allowed EQUAL -1)
      message(FATAL_ERROR "${file}: an allowed include was reported: ${err}")
    endif()
  endif()
endfunction()

run_check(leaky analytics/Leaky.h FALSE)
run_check(clean analytics/Clean.h TRUE)
