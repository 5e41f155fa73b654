# Precompiled Qt headers. Most of the time a Debug build spends in a file goes into parsing
# the same Qt headers again; with SOCKSCOPE_PCH (on by default) they are parsed once per
# header set and reused:
#   core    - Qt Core and Network: sockscope_core (the fuzz build too)
#   widgets - core + Qt Widgets: sockscope_ui, and sockscope_cli through REUSE_FROM
#   tests   - core or widgets + Qt Test: one target per variant, reused by every test
# GCC uses a precompiled header only when the macros it depends on are defined the same way,
# and CMake adds -Winvalid-pch, so with SOCKSCOPE_WERROR a test whose Qt modules differ from
# its variant fails to build instead of silently parsing everything again.
option(SOCKSCOPE_PCH "Precompile the Qt headers most files include (faster builds)" ON)

set(SOCKSCOPE_PCH_CORE_HEADERS
    <QByteArray> <QCoreApplication> <QDateTime> <QElapsedTimer> <QFile> <QHash> <QHostAddress>
    <QJsonArray> <QJsonDocument> <QJsonObject> <QJsonValue> <QList> <QObject> <QPointer>
    <QRegularExpression> <QSet> <QString> <QStringList> <QTcpSocket> <QTimer> <QUrl>)
set(SOCKSCOPE_PCH_WIDGETS_HEADERS
    <QAction> <QApplication> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout>
    <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QMenu> <QPainter> <QPushButton> <QSettings>
    <QSpinBox> <QSplitter> <QTabWidget> <QToolButton> <QTreeView> <QVBoxLayout> <QWidget>)
set(SOCKSCOPE_PCH_TEST_HEADERS <QProcess> <QSignalSpy> <QTemporaryDir> <QTest> <QWebSocket>)

# sockscope_precompile_headers(TARGET CORE|WIDGETS)
function(sockscope_precompile_headers target kind)
    if(NOT SOCKSCOPE_PCH)
        return()
    endif()
    set(headers ${SOCKSCOPE_PCH_CORE_HEADERS})
    if(kind STREQUAL "WIDGETS")
        list(APPEND headers ${SOCKSCOPE_PCH_WIDGETS_HEADERS})
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# sockscope_reuse_precompiled_headers(TARGET FROM)
function(sockscope_reuse_precompiled_headers target from)
    if(SOCKSCOPE_PCH)
        target_precompile_headers(${target} REUSE_FROM ${from})
    endif()
endfunction()

# The macros Qt Test defines per directory (for QFINDTESTDATA, which the tests do not use)
# would make every directory's tests need a header set of their own.
function(sockscope_drop_test_dir_macros target)
    target_compile_options(${target} PRIVATE -UQT_TESTCASE_BUILDDIR -UQT_TESTCASE_SOURCEDIR)
endfunction()

# sockscope_add_test_pch_variant(NAME LIBS...): an object library that only builds the
# header set the tests linking LIBS reuse.
function(sockscope_add_test_pch_variant name kind)
    if(NOT SOCKSCOPE_PCH)
        return()
    endif()
    set(anchor ${CMAKE_CURRENT_BINARY_DIR}/${name}.cpp)
    if(NOT EXISTS ${anchor})
        file(WRITE ${anchor} "// Builds the precompiled headers the tests reuse.\n")
    endif()
    add_library(${name} OBJECT ${anchor})
    target_link_libraries(${name} PRIVATE ${ARGN} Sockscope::CompileConfig)
    set_target_properties(${name} PROPERTIES AUTOMOC OFF)
    sockscope_drop_test_dir_macros(${name})
    sockscope_precompile_headers(${name} ${kind})
    target_precompile_headers(${name} PRIVATE ${SOCKSCOPE_PCH_TEST_HEADERS})
endfunction()
