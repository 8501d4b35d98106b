#include "insights/noshowreasontext.h"
#include "kpimodel.h"
#include "testapp.h"
#include "translations.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QTranslator>
#include <QXmlStreamReader>

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

namespace {

struct TsCount
{
    int messages = 0;
    QStringList unfinished; // the source texts without a finished translation
};

TsCount readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    TsCount count;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("message")) {
            ++count.messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            // Plural forms are <numerusform> children: their text is read with them.
            const QString text =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (unfinished || text.isEmpty())
                count.unfinished.append(source);
        }
    }
    INFO(path.toStdString() << ": " << xml.errorString().toStdString() << " at line "
                            << xml.lineNumber());
    REQUIRE_FALSE(xml.hasError());
    return count;
}

} // namespace

TEST_CASE("every message in the German and Spanish catalogues has a finished translation")
{
    for (const char *language : {"de", "es"}) {
        const TsCount ts = readTs(QStringLiteral(ROUTIQ_SOURCE_DIR "/translations/routiq_") +
                                  QLatin1String(language) + QStringLiteral(".ts"));
        INFO(language << ": " << ts.unfinished.size() << " unfinished, e.g. "
                      << ts.unfinished.mid(0, 5).join(QStringLiteral(" | ")).toStdString());
        CHECK(ts.messages > 500);
        CHECK(ts.unfinished.isEmpty());
    }
    // The English catalogue is the source language: all of it is "unfinished" by design, which
    // shows the reader above does see that mark.
    const TsCount english = readTs(QStringLiteral(ROUTIQ_SOURCE_DIR "/translations/routiq_en.ts"));
    CHECK(english.unfinished.size() == english.messages);
}
