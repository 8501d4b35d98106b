#include "live/livestatustracker.h"
#include "translations.h"
#include "uitestapp.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace routiq;

TEST_CASE("the live status line is translated into German and Spanish")
{
    routiq::test::ensureUiApp();
    auto &app = *QCoreApplication::instance();
    const QLocale before;
    ManualClock clock;
    LiveStatusTracker tracker(clock);
    tracker.pollSucceeded(clock.nowUtc());
    const auto removeAll = [&app, &before] {
        for (QTranslator *t : app.findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        QLocale::setDefault(before);
    };
    installTranslations(app, QStringLiteral("de"));
    CHECK(tracker.bannerText() == QStringLiteral("Gerade aktualisiert"));
    clock.advanceMSecs(5 * 60'000);
    tracker.syncFailed(RoutiqError::make(QStringLiteral("NETWORK_DOWN"), {}));
    CHECK(tracker.bannerText().endsWith(QStringLiteral("(5 min alt)")));
    removeAll();
    installTranslations(app, QStringLiteral("es"));
    CHECK(tracker.bannerText().startsWith(QStringLiteral("Sin conexión")));
    removeAll();
}
