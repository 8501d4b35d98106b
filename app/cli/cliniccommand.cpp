#include "cliniccommand.h"

#include "apikeyinput.h"

#include "domain/pmskind.h"
#include "secrets/keyvault.h"
#include "session/demoenvironment.h"
#include "session/pmsadapterfactory.h"
#include "storage/appdatabase.h"
#include "storage/clinicdataremoval.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cstdio>

namespace routiq::cli {

void ClinicCommand::start(const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(2);
    if (sub == QLatin1String("add"))
        add(rest);
    else if (sub == QLatin1String("list"))
        list(rest);
    else if (sub == QLatin1String("remove"))
        remove(rest);
    else
        fail(badRequest(QStringLiteral("Use 'clinic add', 'clinic list' or 'clinic remove'.")), 2);
}

void ClinicCommand::withContext(std::function<void(AppContext &)> then)
{
    AppContext::open({context().dataDir, context().masterKeyFile},
                     [this, then](std::unique_ptr<AppContext> app, const RoutiqError &error) {
                         if (!app) {
                             fail(error);
                             return;
                         }
                         m_app = std::move(app);
                         m_login = std::make_unique<ActingUserLogin>(*m_app, &m_clock);
                         keepAuditHead(m_login.get());
                         if (!signIn(*m_login))
                             return;
                         then(*m_app);
                     });
}

void ClinicCommand::add(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption id(QStringLiteral("id"), QStringLiteral("Clinic id."),
                                QStringLiteral("ID"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption pms(QStringLiteral("pms"), QStringLiteral("cliniko|nookal"),
                                 QStringLiteral("PMS"));
    const QCommandLineOption keyFile(
        QStringLiteral("api-key-file"),
        QStringLiteral("File holding the API key, or - for standard input (copied into the "
                       "keychain; delete the file afterwards)."),
        QStringLiteral("FILE"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QStringLiteral("Base URL."),
                                     QStringLiteral("URL"));
    const QCommandLineOption zone(QStringLiteral("time-zone"), QStringLiteral("IANA zone."),
                                  QStringLiteral("IANA"));
    const QCommandLineOption email(QStringLiteral("contact-email"), QStringLiteral("Email."),
                                   QStringLiteral("EMAIL"));
    const QCommandLineOption retention(
        QStringLiteral("retention-years"),
        QStringLiteral("Blank the names of patients unseen for N years (0 = keep)."),
        QStringLiteral("N"), QStringLiteral("0"));
    p.addOptions({id, name, pms, keyFile, baseUrl, zone, email, retention});
    if (!parse(p, args))
        return;
    for (const auto *required : {&id, &name, &pms, &keyFile}) {
        if (!p.isSet(*required)) {
            fail(
                badRequest(QStringLiteral("clinic add needs --%1.").arg(required->names().first())),
                2);
            return;
        }
    }
    ClinicConnection connection;
    connection.id = p.value(id);
    connection.name = p.value(name).trimmed();
    connection.baseUrlOverride = p.value(baseUrl);
    connection.timeZoneOverride = p.value(zone);
    connection.contactEmail = p.value(email);
    connection.createdAt = QDateTime::currentDateTimeUtc();
    bool yearsOk = false;
    connection.patientNameRetentionYears = p.value(retention).toInt(&yearsOk);
    if (!yearsOk || connection.patientNameRetentionYears < 0 ||
        connection.patientNameRetentionYears > 100) {
        fail(badRequest(QStringLiteral("--retention-years takes a whole number of years, 0 to "
                                       "100 (0 keeps names).")),
             2);
        return;
    }
    if (!ClinicConnection::isValidId(connection.id)) {
        fail(badRequest(QStringLiteral(
                 "The clinic id may use a-z, 0-9, '-' and '_' (1 to 64 characters).")),
             2);
        return;
    }
    if (DemoEnvironment::isReservedClinicId(connection.id)) {
        fail(badRequest(QStringLiteral("The clinic id '%1' is reserved for routiq --demo: choose "
                                       "another.")
                            .arg(connection.id)),
             2);
        return;
    }
    const auto kind = pmsKindFromName(p.value(pms));
    if (!kind) {
        fail(badRequest(
                 QStringLiteral("Unknown PMS '%1': use cliniko or nookal.").arg(p.value(pms))),
             2);
        return;
    }
    connection.pmsKind = *kind;
    if (!connection.timeZoneOverride.isEmpty() &&
        !QTimeZone(connection.timeZoneOverride.toUtf8()).isValid()) {
        fail(badRequest(QStringLiteral(
                            "Unknown time zone '%1': use an IANA name such as Australia/Melbourne.")
                            .arg(connection.timeZoneOverride)),
             2);
        return;
    }
    const ApiKeyInput::Result input = ApiKeyInput::read(p.value(keyFile));
    if (!input.warning.isEmpty())
        std::fprintf(stderr, "routiq-cli: warning: %s\n", qPrintable(input.warning));
    if (!input.key) {
        fail(badRequest(input.problem), 2);
        return;
    }
    const QString apiKey = *input.key;
    const RoutiqError invalid = PmsAdapterFactory::validate(connection, apiKey);
    if (!invalid.isNull()) {
        fail(invalid, 2);
        return;
    }
    const QString keyPath = p.value(keyFile) == QLatin1String("-") ? QString() : p.value(keyFile);
    withContext([this, connection, apiKey, keyPath](AppContext &app) {
        if (app.appDatabase().clinicConnection(connection.id)) {
            fail(RoutiqError::make(
                QStringLiteral("CLINIC_EXISTS"),
                QStringLiteral("A clinic with the id '%1' exists already.").arg(connection.id)));
            return;
        }
        if (const RoutiqError denied = m_login->changeConnection(
                connection.id, QStringLiteral("add %1").arg(pmsKindName(connection.pmsKind)));
            !denied.isNull()) {
            fail(denied);
            return;
        }
        if (const RoutiqError denied = m_login->changeApiKey(connection.id, QStringLiteral("set"));
            !denied.isNull()) {
            fail(denied);
            return;
        }
        app.vault().setApiKey(
            connection.id, apiKey, [this, connection, keyPath](const RoutiqError &error) {
                if (!error.isNull()) {
                    fail(error);
                    return;
                }
                RoutiqError addError;
                if (!m_app->appDatabase().addClinicConnection(connection, &addError)) {
                    fail(addError);
                    return;
                }
                std::printf("Added clinic '%s' (%s). Run: routiq-cli sync --clinic %s\n",
                            qPrintable(connection.id), qPrintable(pmsKindName(connection.pmsKind)),
                            qPrintable(connection.id));
                if (!keyPath.isEmpty()) // copied, not moved: the file still holds the key
                    std::printf("The API key is now in the keychain; delete '%s'.\n",
                                qPrintable(keyPath));
                succeed();
            });
    });
}

void ClinicCommand::list(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    p.addOption(json);
    if (!parse(p, args))
        return;
    const bool asJson = p.isSet(json);
    withContext([this, asJson](AppContext &app) {
        RoutiqError error;
        QList<ClinicConnection> clinics = app.appDatabase().clinicConnections(&error);
        if (!error.isNull()) {
            fail(error);
            return;
        }
        // Staff and read-only accounts see only their assigned clinics.
        const ActingUser &user = m_login->user();
        clinics.removeIf([&](const ClinicConnection &c) {
            return !m_login->policy().allows(user, Permission::ViewAggregates, c.id);
        });
        if (asJson) {
            QJsonArray array;
            for (const ClinicConnection &c : clinics) {
                array.append(
                    QJsonObject{{QStringLiteral("id"), c.id},
                                {QStringLiteral("name"), c.name},
                                {QStringLiteral("pms"), pmsKindName(c.pmsKind)},
                                {QStringLiteral("baseUrl"), c.baseUrlOverride},
                                {QStringLiteral("timeZone"), c.timeZoneOverride},
                                {QStringLiteral("retentionYears"), c.patientNameRetentionYears},
                                {QStringLiteral("createdAt"), c.createdAt.toString(Qt::ISODate)}});
            }
            std::fputs(QJsonDocument(array).toJson(QJsonDocument::Indented).constData(), stdout);
        } else if (clinics.isEmpty()) {
            std::printf("No clinic connections yet. Add one with 'routiq-cli clinic add'.\n");
        } else {
            for (const ClinicConnection &c : clinics)
                std::printf("%-20s %-8s %s\n", qPrintable(c.id), qPrintable(pmsKindName(c.pmsKind)),
                            qPrintable(c.name));
        }
        succeed();
    });
}

void ClinicCommand::remove(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption id(QStringLiteral("id"), QStringLiteral("Clinic id."),
                                QStringLiteral("ID"));
    p.addOption(id);
    if (!parse(p, args))
        return;
    if (!p.isSet(id)) {
        fail(badRequest(QStringLiteral("clinic remove needs --id.")), 2);
        return;
    }
    const QString clinicId = p.value(id);
    withContext([this, clinicId](AppContext &app) {
        if (!app.appDatabase().clinicConnection(clinicId)) {
            fail(RoutiqError::make(
                QStringLiteral("CLINIC_UNKNOWN"),
                QStringLiteral("There is no clinic with the id '%1'.").arg(clinicId)));
            return;
        }
        if (const RoutiqError denied =
                m_login->changeConnection(clinicId, QStringLiteral("remove"));
            !denied.isNull()) {
            fail(denied);
            return;
        }
        ClinicDataRemoval::remove(&app.appDatabase(), &app.vault(), app.dataDirectory(), clinicId,
                                  [this, clinicId](const RoutiqError &error) {
                                      if (!error.isNull()) {
                                          fail(error);
                                          return;
                                      }
                                      std::printf("Removed clinic '%s', its cache and its keys.\n",
                                                  qPrintable(clinicId));
                                      succeed();
                                  });
    });
}

} // namespace routiq::cli
