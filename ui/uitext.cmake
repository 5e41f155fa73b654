# Text handling of the composer that needs only Qt Core and the core library (its template
# language is core/template): kept apart so that the fuzz targets (tests/fuzz) can link it
# without widgets. Included by ui/CMakeLists.txt, and on
# its own by a fuzz build (SOCKSCOPE_FUZZ), which configures no widgets at all.
add_library(sockscope_ui_text STATIC
    ${CMAKE_CURRENT_LIST_DIR}/composer/binaryinput.cpp ${CMAKE_CURRENT_LIST_DIR}/composer/binaryinput.h
    ${CMAKE_CURRENT_LIST_DIR}/composer/variablesubstituter.cpp ${CMAKE_CURRENT_LIST_DIR}/composer/variablesubstituter.h
    ${CMAKE_CURRENT_LIST_DIR}/editor/placeholders.cpp ${CMAKE_CURRENT_LIST_DIR}/editor/placeholders.h
)
add_library(Sockscope::UiText ALIAS sockscope_ui_text)
target_include_directories(sockscope_ui_text PUBLIC ${CMAKE_CURRENT_LIST_DIR})
# The template language is the core's (core/template), shared with replay and the mock.
target_link_libraries(sockscope_ui_text PUBLIC Qt6::Core PRIVATE Sockscope::Core Sockscope::CompileConfig)
