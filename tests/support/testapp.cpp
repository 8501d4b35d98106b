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
    // Never destroyed: Qt Gui creates per-thread caches (fonts) on first use, after the app,
    // and a static app would be torn down after them and touch them (a crash at exit under
    // ASan). The pointer stays reachable, so LeakSanitizer does not count it.
    static QApplication *app = new QApplication(g_argc, g_argv);
    (void)app;
}

} // namespace routiq::test
