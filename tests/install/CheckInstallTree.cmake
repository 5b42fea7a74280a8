# Installs the build into a fresh DESTDIR and checks the desktop integration is there and valid:
#   cmake -DBUILD_DIR=... -DDEST=... -DPREFIX=/usr -DDATADIR=share -DBINDIR=bin -P CheckInstallTree.cmake
# The validators run when installed (desktop-file-utils, appstream), else they are skipped.
file(REMOVE_RECURSE "${DEST}")
execute_process(COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${DEST} ${CMAKE_COMMAND} --install "${BUILD_DIR}"
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()

set(root "${DEST}${PREFIX}")
set(id de.hessen.smartregion.toolbox)
set(expected
    ${BINDIR}/srtoolbox ${BINDIR}/srtoolbox-cli ${BINDIR}/srtoolbox-extract
    ${DATADIR}/applications/${id}.desktop
    ${DATADIR}/icons/hicolor/scalable/apps/${id}.svg
    ${DATADIR}/metainfo/${id}.metainfo.xml
    ${DATADIR}/smart-region-toolbox/sample-pack/toolbox.json)
foreach(f ${expected})
  if(NOT EXISTS "${root}/${f}")
    message(FATAL_ERROR "missing in the install tree: ${PREFIX}/${f}")
  endif()
endforeach()
# The installed programs run (and find their libraries) from there.
foreach(exe srtoolbox srtoolbox-cli)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen "${root}/${BINDIR}/${exe}" --version
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_QUIET)
  if(NOT rc EQUAL 0 OR NOT out MATCHES "${exe} [0-9]")
    message(FATAL_ERROR "${BINDIR}/${exe} --version: ${rc} ${out}")
  endif()
endforeach()

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
  execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} "${root}/${DATADIR}/applications/${id}.desktop"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0 OR NOT out STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate: ${out}")
  endif()
endif()
find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
  execute_process(COMMAND ${APPSTREAMCLI} validate --no-net --pedantic "${root}/${DATADIR}/metainfo/${id}.metainfo.xml"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate: ${out}")
  endif()
endif()
file(REMOVE_RECURSE "${DEST}")
