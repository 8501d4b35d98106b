# One place for compiler settings: every Routiq target links routiq_compiler_settings.
add_library(routiq_compiler_settings INTERFACE)
add_library(Routiq::CompilerSettings ALIAS routiq_compiler_settings)

target_compile_features(routiq_compiler_settings INTERFACE cxx_std_20)
# The same strictness on every compiler: GCC and Clang (Linux, Apple clang on macOS) take the
# GNU-style flags, MSVC (Windows) its own. Warnings are errors everywhere; deprecations stay
# warnings, so a newer Qt on a release machine does not break the build.
if(MSVC)
    target_compile_options(routiq_compiler_settings INTERFACE
        /W4 /WX /permissive- /utf-8 /Zc:__cplusplus /wd4996)
else()
    target_compile_options(routiq_compiler_settings INTERFACE
        -Wall -Wextra -Wpedantic -Werror
        -Wno-error=deprecated-declarations)
endif()
target_compile_definitions(routiq_compiler_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS)
# QT_NO_CONTEXTLESS_CONNECT exists from Qt 6.7; harmless to define, but only meaningful there.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
    target_compile_definitions(routiq_compiler_settings INTERFACE QT_NO_CONTEXTLESS_CONNECT)
endif()
target_include_directories(routiq_compiler_settings INTERFACE "${CMAKE_BINARY_DIR}/generated")

if(ROUTIQ_SANITIZE AND MSVC)
    # MSVC has AddressSanitizer only (no UBSan).
    target_compile_options(routiq_compiler_settings INTERFACE /fsanitize=address)
elseif(ROUTIQ_SANITIZE)
    target_compile_options(routiq_compiler_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(routiq_compiler_settings INTERFACE -fsanitize=address,undefined)
endif()
