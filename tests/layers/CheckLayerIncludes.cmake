# Fails on an include that points up or across the layers (README, Architecture): every #include
# under app/ names its layer from the app/ root ("core/library/Catalog.h", "gui/search/…",
# "cli/CliCommand.h"), and a layer includes only itself and the layers it may use.
# cmake -DAPP_DIR=<source>/app -P CheckLayerIncludes.cmake
cmake_minimum_required(VERSION 3.25)

# The allowed graph, written once: <layer> may include itself and the layers after the colon.
# platform (every POSIX call) sits at the bottom beside util and uses nothing of ours.
set(SRT_CORE "core/platform core/util core/i18n core/text core/library core/search core/pack core/import core/export \
core/convert core/publish core/templating core/extract core/preview")
set(SRT_LAYER_GRAPH
    "core/platform:"
    "core/util:"
    "core/i18n:core/util core/platform"
    "core/text:core/util core/i18n core/platform"
    "core/library:core/text core/util core/i18n core/platform"
    "core/search:core/library core/text core/util core/i18n core/platform"
    "core/pack:core/search core/library core/text core/util core/i18n core/platform"
    "core/import:core/pack core/search core/library core/text core/util core/i18n core/extract core/platform"
    "core/export:core/pack core/search core/library core/text core/util core/i18n core/platform"
    "core/convert:core/library core/extract core/text core/util core/i18n core/platform"
    "core/publish:core/library core/text core/util core/i18n core/platform"
    "core/templating:core/export core/pack core/search core/library core/extract core/text core/util core/i18n core/platform"
    "core/extract:core/text core/util core/i18n core/platform"
    "core/preview:core/extract core/text core/util core/i18n core/platform"
    "worker:core/extract core/text core/util core/i18n core/platform"
    "gui:${SRT_CORE}"
    "cli:${SRT_CORE}")

# System headers only POSIX has: included in the platform layer alone, so that a Windows port is
# that layer's work (the extraction worker too: its channel and its out-of-memory exit are there).
set(SRT_POSIX_HEADERS "^(unistd|fcntl|spawn|pwd|grp|signal|csignal|poll|pthread|dirent|sched|termios|sys/[a-z_]+)(\\.h)?$")
set(SRT_POSIX_ALLOWED core/platform)

if(NOT APP_DIR OR NOT IS_DIRECTORY "${APP_DIR}")
  message(FATAL_ERROR "Set APP_DIR to the app/ folder of the source tree.")
endif()
get_filename_component(APP_DIR "${APP_DIR}" ABSOLUTE)

set(known)
foreach(entry IN LISTS SRT_LAYER_GRAPH)
  string(REGEX MATCH "^([^:]+):(.*)$" _ "${entry}")
  set(layer "${CMAKE_MATCH_1}")
  string(REPLACE " " ";" uses "${CMAKE_MATCH_2}")
  set(allowed_${layer} ${layer} ${uses})
  list(APPEND known ${layer})
endforeach()

# The layer of a path below app/ ("core/library/Catalog.h" → core/library, "gui/…" → gui), or "".
function(layer_of path out)
  if(path MATCHES "^(core/[^/]+)/")
    set(${out} "${CMAKE_MATCH_1}" PARENT_SCOPE)
  elseif(path MATCHES "^(gui|cli|worker)/")
    set(${out} "${CMAKE_MATCH_1}" PARENT_SCOPE)
  else()
    set(${out} "" PARENT_SCOPE)
  endif()
endfunction()

set(problems 0)
file(GLOB_RECURSE sources RELATIVE "${APP_DIR}" "${APP_DIR}/*.h" "${APP_DIR}/*.cpp")
list(SORT sources)
foreach(source IN LISTS sources)
  layer_of("${source}" layer)
  if(NOT layer IN_LIST known)
    message("app/${source}: in no known layer; add its folder to SRT_LAYER_GRAPH in ${CMAKE_CURRENT_LIST_FILE}")
    math(EXPR problems "${problems} + 1")
    continue()
  endif()
  file(READ "${APP_DIR}/${source}" text)
  # One list element per line: protect what CMake lists treat specially.
  string(REPLACE "\\" "<bs>" text "${text}")
  string(REPLACE ";" "<sc>" text "${text}")
  string(REPLACE "[" "<lb>" text "${text}")
  string(REPLACE "]" "<rb>" text "${text}")
  string(REPLACE "\n" ";" lines "${text}")
  set(number 0)
  foreach(line IN LISTS lines)
    math(EXPR number "${number} + 1")
    if(NOT line MATCHES "^[ \t]*#[ \t]*include[ \t]*([<\"])([^>\"]+)[>\"]")
      continue()
    endif()
    set(quoted "${CMAKE_MATCH_1}")
    set(target "${CMAKE_MATCH_2}")
    layer_of("${target}" used)
    if(quoted STREQUAL "<" AND target MATCHES "${SRT_POSIX_HEADERS}" AND NOT layer IN_LIST SRT_POSIX_ALLOWED)
      message("app/${source}:${number}: <${target}> is a POSIX header: its calls belong in core/platform")
      math(EXPR problems "${problems} + 1")
    endif()
    if(used STREQUAL "")
      # Generated files (forms, moc output) and system headers name no layer.
      if(quoted STREQUAL "\"" AND NOT target MATCHES "^ui_[^/]+\\.h$|\\.moc$|^moc_[^/]+\\.cpp$")
        message("app/${source}:${number}: #include \"${target}\" names no layer (write core/<layer>/…, gui/…, cli/…)")
        math(EXPR problems "${problems} + 1")
      endif()
    elseif(NOT used IN_LIST allowed_${layer})
      list(JOIN allowed_${layer} " " may)
      message("app/${source}:${number}: ${layer} must not include ${target} (${used}); ${layer} may use: ${may}")
      math(EXPR problems "${problems} + 1")
    endif()
  endforeach()
endforeach()

list(LENGTH sources files)
if(files EQUAL 0)
  message(FATAL_ERROR "No sources found under ${APP_DIR}.")
endif()
if(problems GREATER 0)
  message(FATAL_ERROR "${problems} include(s) point up or across the layers, or name a POSIX header outside core/platform (${files} files checked).")
endif()
message(STATUS "${files} files under app/ include only their own and lower layers.")
