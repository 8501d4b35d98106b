#include "diagnosticsbundle.h"

#include "core/logscrubber.h"
#include "core/zipwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSysInfo>

namespace routiq {

namespace {

QByteArray pretty(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

const char kReadme[] =
    "Routiq diagnostics bundle\n"
    "=========================\n\n"
    "versions.json     app, Qt, SQLCipher and OS versions\n"
    "schemas.json      schema version of the app database and of each clinic's cache\n"
    "sync-health.json  per clinic: state, last success per resource, data age, errors of the\n"
    "                  last 24 h with their reference (search log-tail.jsonl for \"run\"),\n"
    "                  request budget use and circuit-breaker state\n"
    "audit.json        the audit log's verify result\n"
    "log-tail.jsonl    the last lines of the support log (logs/routiq.jsonl)\n\n"
    "It holds no patient data, no API key and no database key.\n";

} // namespace

QJsonObject DiagnosticsBundle::versions(const QSqlDatabase &db)
{
    QString sqlcipher = QStringLiteral("unknown");
    if (db.isValid() && db.isOpen()) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA cipher_version")) && q.next())
            sqlcipher = q.value(0).toString();
    }
    return QJsonObject{
        {QStringLiteral("app"), QCoreApplication::applicationVersion()},
        {QStringLiteral("qtRuntime"), QString::fromLatin1(qVersion())},
        {QStringLiteral("qtBuild"), QStringLiteral(QT_VERSION_STR)},
        {QStringLiteral("sqlcipher"), sqlcipher},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("kernel"),
         QString(QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion())},
        {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()},
        {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
}

QList<SyncHealth::Failure> DiagnosticsBundle::failuresFromLog(const QList<QByteArray> &lines,
                                                              const QString &clinicId,
                                                              const QDateTime &nowUtc)
{
    QList<SyncHealth::Failure> out;
    const QDateTime cutoff = nowUtc.addSecs(-24 * 3600);
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("clinic")).toString() != clinicId)
            continue;
        const QString message = o.value(QStringLiteral("message")).toString();
        static const QString marker = QStringLiteral("sync pass failed:");
        if (!message.startsWith(marker))
            continue;
        const QDateTime at =
            QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        if (!at.isValid() || at < cutoff)
            continue;
        QString code = message.mid(marker.size()).trimmed();
        code.remove(u'"');
        out.prepend({at.toUTC(), code, o.value(QStringLiteral("run")).toString()});
    }
    return out;
}

bool DiagnosticsBundle::write(const QString &path, const Contents &contents, RoutiqError *error)
{
    ZipWriter zip(path);
    auto failed = [&] {
        if (error)
            *error = RoutiqError::make(
                QStringLiteral("DIAGNOSTICS_WRITE_FAILED"),
                QCoreApplication::translate("DiagnosticsBundle",
                                            "The diagnostics bundle could not be saved. Choose "
                                            "another folder."),
                zip.errorString());
        return false;
    };
    if (!zip.open())
        return failed();
    QJsonArray clinics;
    for (const SyncHealth &h : contents.clinics)
        clinics.append(h.toJson());
    QByteArray log;
    for (const QByteArray &line : contents.logLines)
        log += LogScrubber::scrub(QString::fromUtf8(line)).toUtf8() + '\n';
    const bool ok = zip.add(QStringLiteral("README.txt"), QByteArray(kReadme)) &&
                    zip.add(QStringLiteral("versions.json"), pretty(contents.versions)) &&
                    zip.add(QStringLiteral("schemas.json"), pretty(contents.schemas)) &&
                    zip.add(QStringLiteral("sync-health.json"),
                            QJsonDocument(clinics).toJson(QJsonDocument::Indented)) &&
                    zip.add(QStringLiteral("audit.json"), pretty(contents.audit)) &&
                    zip.add(QStringLiteral("log-tail.jsonl"), log) && zip.close();
    return ok || failed();
}

} // namespace routiq
