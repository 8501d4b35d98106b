#include "bookingtrendsmodel.h"
#include "dashboardpdfexporter.h"
#include "kpimodel.h"
#include "mainwindow.h"
#include "samplesnapshot.h"
#include "uitestapp.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace routiq;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Records nothing, allows everything: these tests are about the files.
QString allowEverything(const QString &)
{
    return {};
}
} // namespace

TEST_CASE("the dashboard PDF has a KPI page and a chart page with text and images")
{
    routiq::test::ensureUiApp();
    KpiModel kpis;
    MainWindow window(&kpis);
    window.setClinics({{QStringLiteral("north-clinic"), QStringLiteral("North Clinic")}});
    window.show();
    window.applySnapshot(routiq::test::sampleMonthSnapshot());
    window.setExportAuditor(allowEverything);
    QSignalSpy exported(&window, &MainWindow::exported);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dashboard.pdf"));
    QString error;
    REQUIRE(window.exportPdf(path, &error));
    const QByteArray pdf = readAll(path);
    REQUIRE(pdf.startsWith("%PDF-"));
    CHECK(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page ") +
              pdf.count("/Type /Page/") ==
          2);
    CHECK(pdf.contains("/Font")); // text is drawn, not only pictures
    CHECK(pdf.contains("/Subtype /Image"));
    REQUIRE(exported.count() == 1);
    CHECK(exported.at(0).at(0).toString() == QStringLiteral("pdf"));
}

TEST_CASE("the PDF exporter refuses a folder that does not exist")
{
    routiq::test::ensureUiApp();
    QString error;
    DashboardPdfExporter::Content content;
    content.title = QStringLiteral("x");
    CHECK_FALSE(
        DashboardPdfExporter::write(QStringLiteral("/nonexistent-dir/a/b.pdf"), content, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("the CSV export from the window holds the snapshot's daily figures")
{
    routiq::test::ensureUiApp();
    KpiModel kpis;
    MainWindow window(&kpis);
    const MetricsSnapshot s = routiq::test::sampleMonthSnapshot();
    window.applySnapshot(s);
    window.setExportAuditor(allowEverything);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("daily.csv"));
    QString error;
    REQUIRE(window.exportCsv(path, &error));
    const QList<QByteArray> lines = readAll(path).trimmed().split('\n');
    REQUIRE(lines.size() == 31);
    for (int i = 0; i < 30; ++i) {
        const DailyTrend &t = s.current.bookingTrends.at(i);
        CHECK(lines.at(i + 1) ==
              t.date.toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(t.bookings) + ',' +
                  QByteArray::number(t.missed) + ',' + QByteArray::number(t.cancelled));
    }
}

TEST_CASE("an export is audited before its file is written, and a refused audit writes no file")
{
    routiq::test::ensureUiApp();
    KpiModel kpis;
    MainWindow window(&kpis);
    window.applySnapshot(routiq::test::sampleMonthSnapshot());
    QTemporaryDir dir;
    QSignalSpy exported(&window, &MainWindow::exported);
    for (const QString &kind : {QStringLiteral("csv"), QStringLiteral("pdf")}) {
        INFO(kind.toStdString());
        const QString path = dir.filePath(QStringLiteral("figures.") + kind);
        const auto exportTo = [&](QString *error) {
            return kind == u"csv" ? window.exportCsv(path, error) : window.exportPdf(path, error);
        };

        QStringList asked;
        bool fileExistedWhenAudited = true;
        window.setExportAuditor([&](const QString &k) {
            asked << k;
            fileExistedWhenAudited = QFile::exists(path);
            return QStringLiteral("The audit log could not be written.");
        });
        QString error;
        CHECK_FALSE(exportTo(&error));
        CHECK(error == QStringLiteral("The audit log could not be written."));
        CHECK(asked == QStringList{kind});
        CHECK_FALSE(fileExistedWhenAudited);
        CHECK_FALSE(QFile::exists(path));

        window.setExportAuditor({}); // nobody to record it: refused as well
        CHECK_FALSE(exportTo(&error));
        CHECK_FALSE(QFile::exists(path));

        window.setExportAuditor([&](const QString &) {
            fileExistedWhenAudited = QFile::exists(path);
            return QString();
        });
        REQUIRE(exportTo(&error));
        CHECK_FALSE(fileExistedWhenAudited);
        CHECK(QFile::exists(path));
    }
    CHECK(exported.count() == 2); // only the two that were recorded
}
