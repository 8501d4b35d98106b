#include "testapp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QInputDevice>
#include <QSqlDatabase>

namespace routiq::test {

namespace {
int g_argc = 1;
char g_name[] = "routiq-tests";
char *g_argv[] = {g_name, nullptr};
} // namespace

// Function-local statics die in reverse order of birth. Qt keeps some registries in such
// statics and cleans them up from the application's destructor, so they must be born before the
// (static) application: touch them first.
void touchRegistriesBeforeTheApp()
{
    (void)QSqlDatabase::connectionNames();
}

void ensureCoreApp()
{
    if (QCoreApplication::instance())
        return;
    touchRegistriesBeforeTheApp();
    static QCoreApplication app(g_argc, g_argv);
}

void ensureGuiApp()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    touchRegistriesBeforeTheApp();
    (void)QInputDevice::devices();
    static QApplication app(g_argc, g_argv);
}

} // namespace routiq::test
