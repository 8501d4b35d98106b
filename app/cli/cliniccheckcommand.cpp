#include "cliniccheckcommand.h"

#include "secrets/keyvault.h"
#include "storage/appdatabase.h"
#include "storage/cacheintegrity.h"
#include "storage/databasefile.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace routiq::cli {

void ClinicCheckCommand::start(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption clinic(QStringLiteral("clinic"), QStringLiteral("Clinic id."),
                                    QStringLiteral("ID"));
    p.addOptions({clinic});
    if (!parse(p, args.mid(2)))
        return;
    if (!p.isSet(clinic)) {
        fail(badRequest(QStringLiteral("clinic check needs --clinic ID.")), 2);
        return;
    }
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
                         check(clinicId);
                     });
}

void ClinicCheckCommand::check(const QString &clinicId)
{
    if (const RoutiqError denied = m_login->viewAggregates(clinicId); !denied.isNull()) {
        fail(denied);
        return;
    }
    if (!m_app->appDatabase().clinicConnection(clinicId)) {
        fail(RoutiqError::make(QStringLiteral("CLINIC_UNKNOWN"),
                               QStringLiteral("There is no clinic with the id '%1'. "
                                              "See 'routiq-cli clinic list'.")
                                   .arg(clinicId)));
        return;
    }
    const QString path = m_app->clinicDatabasePath(clinicId);
    if (!QFileInfo::exists(path)) {
        fail(RoutiqError::make(QStringLiteral("CACHE_NOT_READY"),
                               QStringLiteral("This clinic has no local data yet: run a sync.")));
        return;
    }
    m_app->vault().databaseKey(
        clinicId, [this, clinicId, path](const DatabaseKey &key, const RoutiqError &keyError) {
            if (!keyError.isNull()) {
                fail(keyError);
                return;
            }
            const RoutiqError result = CacheIntegrity::checkFile(path, key);
            QJsonObject out{{QStringLiteral("clinicId"), clinicId}};
            if (result.isNull()) {
                out.insert(QStringLiteral("status"), QStringLiteral("ok"));
                // A check that passed is the one an unclean shutdown made due.
                CacheIntegrity::removeMarker(path);
            } else if (!CacheIntegrity::isCorruption(result)) {
                fail(result);
                return;
            } else {
                out.insert(QStringLiteral("status"), QStringLiteral("damaged"));
                // With no writer holding it (no marker), setting it aside is what the app's
                // own check would do; a writer's marker means it is in use: leave it.
                if (!CacheIntegrity::uncleanMarkerPresent(path)) {
                    const QString aside = DatabaseFile::setAside(path);
                    if (!aside.isEmpty())
                        out.insert(QStringLiteral("setAside"), aside);
                }
            }
            std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
            std::fflush(stdout);
            finishWith(result.isNull() ? 0 : 1);
        });
}

} // namespace routiq::cli
