# Desktop integration (menu entry, icon, AppStream metainfo) and the Debian package.
#   cmake -S . -B build -DCMAKE_INSTALL_PREFIX=/usr && cmake --build build
#   cd build && cpack -G DEB
set(SRT_APP_ID de.hessen.smartregion.toolbox) # also QGuiApplication::desktopFileName in app/gui/main.cpp
set(SRT_DESKTOP_DIR ${CMAKE_SOURCE_DIR}/resources/desktop)
install(FILES ${SRT_DESKTOP_DIR}/${SRT_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${SRT_DESKTOP_DIR}/${SRT_APP_ID}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${SRT_DESKTOP_DIR}/${SRT_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

set(SRT_PACKAGE_MAINTAINER "Smart Region Toolbox maintainers <maintainers@users.noreply.r-seed-9c22c1e7.example>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_PACKAGE_NAME smart-region-toolbox)
set(CPACK_PACKAGE_VENDOR "Smart Region Toolbox maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "catalog of Smart Region templates and sample documents")
set(CPACK_PACKAGE_DESCRIPTION
    "Smart Region Toolbox catalogs the templates and sample documents of Hessen's
Smart Region programme (procurement specifications, data-use agreements, data
protection assessments, funding applications). It imports document packs,
searches them in German full text, previews PDFs with the matches highlighted
and exports documents to folders or zip packs. The package holds the desktop
application (srtoolbox), the command-line tool (srtoolbox-cli), the text
extraction worker (srtoolbox-extract) and a sample pack.")
set(CPACK_PACKAGE_CONTACT "${SRT_PACKAGE_MAINTAINER}")
set(CPACK_STRIP_FILES ON) # RelWithDebInfo binaries are mostly debug info
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SRT_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # Depends from the linked libraries, via dpkg-shlibdeps
# Qt's own German strings for standard dialogs; the app works without them.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS qt6-translations-l10n)

if(NOT CMAKE_INSTALL_PREFIX STREQUAL CPACK_PACKAGING_INSTALL_PREFIX)
  message(STATUS "Packaging: configure with -DCMAKE_INSTALL_PREFIX=/usr so that compiled-in paths match the package")
endif()
include(CPack)
