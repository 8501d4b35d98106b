// routiq-simulator: the built-in clinic simulator as a stand-alone local server, for evaluating
// Routiq without a Cliniko account and for end-to-end tests that run routiq-cli against it.
#include "simulator/clinicgenerator.h"
#include "simulator/clinikosimulator.h"

#include "routiqversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("routiq-simulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROUTIQ_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local Cliniko: serves a generated clinic over the Cliniko v1 API on 127.0.0.1."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0 = any free)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Clinic seed."),
                                  QStringLiteral("n"), QStringLiteral("20240402"));
    const QCommandLineOption patients(QStringLiteral("patients"), QStringLiteral("Patients."),
                                      QStringLiteral("n"), QStringLiteral("3000"));
    const QCommandLineOption days(QStringLiteral("history-days"),
                                  QStringLiteral("Days of history."), QStringLiteral("n"),
                                  QStringLiteral("730"));
    const QCommandLineOption live(QStringLiteral("live-ms"),
                                  QStringLiteral("Live activity every <ms> (0 = none)."),
                                  QStringLiteral("ms"), QStringLiteral("3000"));
    const QCommandLineOption keyFile(QStringLiteral("write-api-key"),
                                     QStringLiteral("Write the API key it accepts to <file>."),
                                     QStringLiteral("file"));
    const QCommandLineOption noLimit(QStringLiteral("no-rate-limit"),
                                     QStringLiteral("Do not enforce 200 requests/min."));
    parser.addOptions({port, seed, patients, days, live, keyFile, noLimit});
    parser.process(app);

    routiq::ClinicGenerator::Params params;
    params.seed = parser.value(seed).toULongLong();
    params.patientCount = parser.value(patients).toInt();
    params.historyDays = parser.value(days).toInt();
    routiq::ClinikoSimulator simulator(routiq::ClinicGenerator::generate(params));
    simulator.setRateLimitEnabled(!parser.isSet(noLimit));
    if (!simulator.start(quint16(parser.value(port).toUInt()))) {
        std::fprintf(stderr, "routiq-simulator: cannot listen on 127.0.0.1:%s\n",
                     qPrintable(parser.value(port)));
        return 1;
    }
    if (parser.isSet(keyFile)) {
        QFile f(parser.value(keyFile));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "routiq-simulator: cannot write %s\n", qPrintable(f.fileName()));
            return 1;
        }
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        f.write(simulator.apiKey().toUtf8());
    }
    if (const int ms = parser.value(live).toInt(); ms > 0)
        simulator.startLiveActivity(ms);
    std::printf("%s\n", qPrintable(simulator.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
