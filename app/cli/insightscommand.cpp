#include "insightscommand.h"

#include "secrets/keyvault.h"
#include "session/noshowanswer.h"
#include "storage/appdatabase.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

namespace routiq::cli {

void InsightsCommand::start(const QStringList &args)
{
    if (args.value(1) != QLatin1String("no-show")) {
        fail(badRequest(QStringLiteral("Use 'insights no-show --clinic ID [--days N] "
                                       "[--format json|table]'.")),
             2);
        return;
    }
    QCommandLineParser p;
    const QCommandLineOption clinic(QStringLiteral("clinic"), QStringLiteral("Clinic id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("Horizon in days."),
                                  QStringLiteral("N"), QStringLiteral("14"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("json|table"),
                                    QStringLiteral("F"), QStringLiteral("json"));
    p.addOptions({clinic, days, format});
    if (!parse(p, args.mid(2)))
        return;
    if (!p.isSet(clinic)) {
        fail(badRequest(QStringLiteral("insights no-show needs --clinic ID.")), 2);
        return;
    }
    bool ok = false;
    m_days = p.value(days).toInt(&ok);
    if (!ok || m_days < 1 || m_days > 90) {
        fail(badRequest(QStringLiteral("--days is a whole number of days from 1 to 90.")), 2);
        return;
    }
    const QString fmt = p.value(format);
    if (fmt != QLatin1String("json") && fmt != QLatin1String("table")) {
        fail(badRequest(QStringLiteral("Unknown format '%1': use json or table.").arg(fmt)), 2);
        return;
    }
    m_table = fmt == QLatin1String("table");
    const QString clinicId = p.value(clinic);
    AppContext::open({context().dataDir, context().masterKeyFile},
                     [this, clinicId](std::unique_ptr<AppContext> app, const RoutiqError &error) {
                         if (!app) {
                             fail(error);
                             return;
                         }
                         m_app = std::move(app);
                         m_login = std::make_unique<ActingUserLogin>(*m_app, &m_clock);
                         keepAuditHead(m_login.get());
                         if (!signIn(*m_login))
                             return;
                         run(clinicId);
                     });
}

void InsightsCommand::run(const QString &clinicId)
{
    const auto connection = m_app->appDatabase().clinicConnection(clinicId);
    if (!connection) {
        fail(badRequest(QStringLiteral("There is no clinic with the id '%1'.").arg(clinicId)), 2);
        return;
    }
    // Patient-level: checked and audited before anything of the cache is read.
    const RoutiqError denied = m_login->viewPatientLevel(
        clinicId, QStringLiteral("no-show risk, next %1 days").arg(m_days));
    if (!denied.isNull()) {
        fail(denied);
        return;
    }
    const QString path = m_app->clinicDatabasePath(clinicId);
    m_app->vault().databaseKey(clinicId, [this, path, connection](const DatabaseKey &key,
                                                                  const RoutiqError &keyError) {
        if (!keyError.isNull()) {
            fail(keyError);
            return;
        }
        RoutiqError error;
        const auto result = NoShowAnswer::compute(path, key, *connection, m_days, &m_clock, &error);
        if (!result) {
            fail(error);
            return;
        }
        if (m_table) {
            std::fputs(qPrintable(NoShowAnswer::table(*result)), stdout);
        } else {
            const QByteArray json = QJsonDocument(NoShowAnswer::toJson(result->snapshot))
                                        .toJson(QJsonDocument::Indented);
            std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        }
        succeed();
    });
}

} // namespace routiq::cli
