#include "insights/noshowreasontext.h"
#include "kpimodel.h"
#include "testapp.h"
#include "translations.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTranslator>

using namespace routiq;

TEST_CASE("German and Spanish translations are compiled in and switch the KPI titles")
{
    routiq::test::ensureGuiApp();
    auto &app = *QCoreApplication::instance();
    KpiModel model;
    const QString english = model.index(0).data().toString();
    CHECK(english == QStringLiteral("Total bookings"));

    CHECK(installTranslations(app, QStringLiteral("de")).startsWith(QStringLiteral("de")));
    CHECK(model.index(0).data().toString() == QStringLiteral("Buchungen gesamt"));
    for (QTranslator *t : app.findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);

    CHECK(installTranslations(app, QStringLiteral("es")).startsWith(QStringLiteral("es")));
    CHECK(model.index(0).data().toString() == QStringLiteral("Reservas totales"));
    for (QTranslator *t : app.findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
}

TEST_CASE("an unknown language falls back to English")
{
    routiq::test::ensureGuiApp();
    CHECK(installTranslations(*QCoreApplication::instance(), QStringLiteral("xx")) ==
          QStringLiteral("en"));
}

TEST_CASE("the no-show reasons are translated, weekdays and age bands included")
{
    routiq::test::ensureGuiApp();
    auto &app = *QCoreApplication::instance();
    BookingContext c; // a first visit on a Monday, age unknown
    c.localWeekday = 1;
    const QString english = NoShowReasonText::describe(RiskFactor::Visits, c, {});
    CHECK(english == QStringLiteral("first visit"));
    c.ageYears = 20;
    CHECK(NoShowReasonText::describe(RiskFactor::Age, c, {}) == QStringLiteral("aged 18–24"));

    REQUIRE(installTranslations(app, QStringLiteral("de")).startsWith(QStringLiteral("de")));
    CHECK(NoShowReasonText::describe(RiskFactor::Visits, c, {}) != english);
    CHECK(NoShowReasonText::describe(RiskFactor::Weekday, c, {}) != QStringLiteral("on a Monday"));
    CHECK(NoShowReasonText::describe(RiskFactor::Age, c, {}) != QStringLiteral("aged 18–24"));
    for (QTranslator *t : app.findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
}
