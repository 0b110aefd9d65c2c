# Shared settings for every Luotsi target, so that no folder repeats them.

# Warnings and Qt's compile-time string checks: every literal is tr() (user-visible) or
# QStringLiteral / u""_s (internal).
function(luotsi_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(LUOTSI_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER QT_NO_FOREACH
        QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
endfunction()

# luotsi_add_gtest(NAME SOURCES a.cpp b.cpp LIBS lib1 lib2 [GUI])
# A GoogleTest executable registered with ctest; GUI tests run on the offscreen platform.
function(luotsi_add_gtest name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    luotsi_target_defaults(${name})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest luotsi_test_support)
    set(env "LUOTSI_SHARED_DIR=${PROJECT_SOURCE_DIR}/../shared")
    if(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 900)
endfunction()
