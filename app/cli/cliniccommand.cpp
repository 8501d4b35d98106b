#include "cliniccommand.h"

#include "domain/pmskind.h"
#include "secrets/keyvault.h"
#include "session/clinicconnectionservice.h"
#include "session/cliniclistjson.h"
#include "storage/appdatabase.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace routiq::cli {

ClinicCommand::~ClinicCommand() = default;

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
    else if (sub == QLatin1String("rename"))
        rename(rest);
    else if (sub == QLatin1String("set-key"))
        setKey(rest);
    else if (sub == QLatin1String("test"))
        test(rest);
    else
        fail(badRequest(QStringLiteral("Use 'clinic add', 'clinic list', 'clinic test', 'clinic "
                                       "set-key', 'clinic rename' or 'clinic remove'.")),
             2);
}

void ClinicCommand::failWith(const RoutiqError &error)
{
    fail(error, errorExitStatus(error.typedCode()));
}

void ClinicCommand::withService(std::function<void(ClinicConnectionService &)> then)
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
                         m_service = std::make_unique<ClinicConnectionService>(
                             m_app.get(), m_login->access(), &m_clock);
                         then(*m_service);
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
    if (!yearsOk) {
        fail(badRequest(QStringLiteral("--retention-years takes a whole number of years, 0 to "
                                       "100 (0 keeps names).")),
             2);
        return;
    }
    const auto kind = pmsArgument(p.value(pms));
    if (!kind)
        return;
    connection.pmsKind = *kind;
    const auto apiKey = readApiKey(p.value(keyFile));
    if (!apiKey)
        return;
    // Checked before the sign-in too, so a typo costs no password prompt.
    if (const RoutiqError invalid = ClinicConnectionService::validateNew(connection, *apiKey);
        !invalid.isNull()) {
        fail(invalid, 2);
        return;
    }
    const QString keyPath = p.value(keyFile) == QLatin1String("-") ? QString() : p.value(keyFile);
    withService([this, connection, key = *apiKey, keyPath](ClinicConnectionService &service) {
        service.add(m_login->user(), connection, key,
                    [this, connection, keyPath](const RoutiqError &error) {
                        if (!error.isNull()) {
                            failWith(error);
                            return;
                        }
                        std::printf("Added clinic '%s' (%s). Run: routiq-cli sync --clinic %s\n",
                                    qPrintable(connection.id),
                                    qPrintable(pmsKindName(connection.pmsKind)),
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
    withService([this, asJson](ClinicConnectionService &service) {
        RoutiqError error;
        QList<ClinicConnection> clinics =
            service.context()->appDatabase().clinicConnections(&error);
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
            const QJsonArray array = ClinicListJson::toJson(clinics);
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
    withService([this, clinicId](ClinicConnectionService &service) {
        service.remove(m_login->user(), clinicId, [this, clinicId](const RoutiqError &error) {
            if (!error.isNull()) {
                failWith(error);
                return;
            }
            std::printf("Removed clinic '%s', its cache, its keys and its grants to users.\n",
                        qPrintable(clinicId));
            succeed();
        });
    });
}

void ClinicCommand::rename(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption id(QStringLiteral("id"), QStringLiteral("Clinic id."),
                                QStringLiteral("ID"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("New name."),
                                  QStringLiteral("NAME"));
    p.addOptions({id, name});
    if (!parse(p, args))
        return;
    if (!p.isSet(id) || !p.isSet(name)) {
        fail(badRequest(QStringLiteral("clinic rename needs --id and --name.")), 2);
        return;
    }
    withService(
        [this, clinicId = p.value(id), newName = p.value(name)](ClinicConnectionService &service) {
            if (const RoutiqError error = service.rename(m_login->user(), clinicId, newName);
                !error.isNull()) {
                failWith(error);
                return;
            }
            std::printf("Renamed clinic '%s'.\n", qPrintable(clinicId));
            succeed();
        });
}

void ClinicCommand::setKey(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption id(QStringLiteral("id"), QStringLiteral("Clinic id."),
                                QStringLiteral("ID"));
    const QCommandLineOption keyFile(QStringLiteral("api-key-file"),
                                     QStringLiteral("File holding the new API key, or -."),
                                     QStringLiteral("FILE"));
    p.addOptions({id, keyFile});
    if (!parse(p, args))
        return;
    if (!p.isSet(id) || !p.isSet(keyFile)) {
        fail(badRequest(QStringLiteral("clinic set-key needs --id and --api-key-file.")), 2);
        return;
    }
    const auto apiKey = readApiKey(p.value(keyFile));
    if (!apiKey)
        return;
    withService([this, clinicId = p.value(id), key = *apiKey](ClinicConnectionService &service) {
        service.replaceApiKey(m_login->user(), clinicId, key,
                              [this, clinicId](const RoutiqError &error) {
                                  if (!error.isNull()) {
                                      failWith(error);
                                      return;
                                  }
                                  std::printf("The new API key works and replaced the old one "
                                              "for clinic '%s'.\n",
                                              qPrintable(clinicId));
                                  succeed();
                              });
    });
}

void ClinicCommand::test(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption id(QStringLiteral("id"), QStringLiteral("Clinic id."),
                                QStringLiteral("ID"));
    p.addOption(id);
    if (!parse(p, args))
        return;
    if (!p.isSet(id)) {
        fail(badRequest(QStringLiteral("clinic test needs --id.")), 2);
        return;
    }
    withService([this, clinicId = p.value(id)](ClinicConnectionService &service) {
        const auto connection = service.context()->appDatabase().clinicConnection(clinicId);
        if (!connection) {
            fail(RoutiqError::make(
                QStringLiteral("CLINIC_UNKNOWN"),
                QStringLiteral("There is no clinic with the id '%1'.").arg(clinicId.left(80))));
            return;
        }
        service.context()->vault().apiKey(clinicId, [this, connection](const QString &key,
                                                                       const RoutiqError &error) {
            if (!error.isNull()) {
                fail(error);
                return;
            }
            m_service->testConnection(
                m_login->user(), *connection, key,
                [this](const std::optional<ConnectionReport> &report, const RoutiqError &e) {
                    if (!report) {
                        fail(e);
                        return;
                    }
                    std::printf("Connection works. Locations: %d\n", int(report->locations.size()));
                    for (const Location &l : report->locations)
                        std::printf("  %s (%s)\n", qPrintable(l.name),
                                    qPrintable(l.timeZoneId.isEmpty() ? QStringLiteral("zone "
                                                                                       "unknown")
                                                                      : l.timeZoneId));
                    std::printf("Practitioners: %lld\nAppointments: %s%lld\n",
                                report->practitionerCount,
                                report->appointmentCountIsLowerBound ? "at least " : "",
                                report->appointmentCount);
                    succeed();
                });
        });
    });
}

} // namespace routiq::cli
