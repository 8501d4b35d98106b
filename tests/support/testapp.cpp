#include "testapp.h"

#include <QApplication>
#include <QCoreApplication>

namespace routiq::test {

namespace {
int g_argc = 1;
char g_name[] = "routiq-tests";
char *g_argv[] = {g_name, nullptr};
} // namespace

void ensureCoreApp()
{
    if (QCoreApplication::instance())
        return;
    static QCoreApplication app(g_argc, g_argv);
}

void ensureGuiApp()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static QApplication app(g_argc, g_argv);
}

} // namespace routiq::test
