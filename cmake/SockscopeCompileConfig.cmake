# The one target that carries the language standard, warnings and strict Qt defines.
# Every library, executable and test links it.
add_library(sockscope_compile_config INTERFACE)
add_library(Sockscope::CompileConfig ALIAS sockscope_compile_config)

target_compile_features(sockscope_compile_config INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(sockscope_compile_config INTERFACE
    -Wall -Wextra -pedantic -Wold-style-cast)
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    # qCDebug(category) << ... is a variadic macro called with no variadic argument.
    target_compile_options(sockscope_compile_config INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
endif()
if(SOCKSCOPE_WERROR)
    target_compile_options(sockscope_compile_config INTERFACE -Werror)
endif()

target_compile_definitions(sockscope_compile_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    SOCKSCOPE_VERSION="${PROJECT_VERSION}")

if(SOCKSCOPE_SANITIZE)
    target_compile_options(sockscope_compile_config INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(sockscope_compile_config INTERFACE -fsanitize=address,undefined)
endif()

if(SOCKSCOPE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "SOCKSCOPE_FUZZ needs clang (libFuzzer): configure with CXX=clang++")
    endif()
    if(SOCKSCOPE_BUILD_TESTS)
        message(FATAL_ERROR "SOCKSCOPE_FUZZ builds only the fuzz targets: add -DSOCKSCOPE_BUILD_TESTS=OFF")
    endif()
    # Coverage instrumentation everywhere; the fuzz executables add -fsanitize=fuzzer (main).
    target_compile_options(sockscope_compile_config INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(sockscope_compile_config INTERFACE -fsanitize=address,undefined)
endif()
