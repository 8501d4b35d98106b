#include "clinicconnectionservice.h"

#include "appcontext.h"
#include "clinicsessions.h"
#include "connectiontest.h"
#include "demoenvironment.h"
#include "pmsadapterfactory.h"
#include "secrets/keyvault.h"
#include "security/auditedaccess.h"
#include "session/clinicdataremoval.h"
#include "storage/appdatabase.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>

namespace routiq {

namespace {
RoutiqError badRequest(const QString &message)
{
    return RoutiqError::make(QStringLiteral("BAD_REQUEST"), message);
}
} // namespace

ClinicConnectionService::ClinicConnectionService(AppContext *context, const AuditedAccess *access,
                                                 const Clock *clock, QObject *parent)
    : QObject(parent), m_context(context), m_access(access), m_clock(clock)
{}

ClinicConnectionService::~ClinicConnectionService()
{
    cancelTest();
}

RoutiqError ClinicConnectionService::validateNew(const ClinicConnection &connection,
                                                 const QString &apiKey)
{
    if (connection.name.trimmed().isEmpty())
        return badRequest(tr("Give the clinic a name."));
    if (!ClinicConnection::isValidId(connection.id))
        return badRequest(tr("The clinic id may use a-z, 0-9, '-' and '_' (1 to 64 characters)."));
    if (DemoEnvironment::isReservedClinicId(connection.id))
        return badRequest(tr("The clinic id '%1' is reserved for routiq --demo: choose another.")
                              .arg(connection.id));
    if (connection.patientNameRetentionYears < 0 ||
        connection.patientNameRetentionYears > kMaxRetentionYears)
        return badRequest(tr("The retention period is a whole number of years, 0 to 100 (0 keeps "
                             "names)."));
    if (!connection.timeZoneOverride.isEmpty() &&
        !QTimeZone(connection.timeZoneOverride.toUtf8()).isValid())
        return badRequest(
            tr("Unknown time zone '%1': use an IANA name such as Australia/Melbourne.")
                .arg(connection.timeZoneOverride));
    return PmsAdapterFactory::validate(connection, apiKey);
}

ClinicId ClinicConnectionService::suggestId(const QString &name)
{
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9]+"));
    QString id = name.normalized(QString::NormalizationForm_KD).toLower();
    id.replace(notAllowed, QStringLiteral("-"));
    while (id.startsWith(u'-'))
        id.remove(0, 1);
    while (id.endsWith(u'-'))
        id.chop(1);
    id = id.left(64);
    while (id.endsWith(u'-'))
        id.chop(1);
    if (DemoEnvironment::isReservedClinicId(id))
        id += QStringLiteral("-clinic");
    return id;
}

void ClinicConnectionService::later(Done done, const RoutiqError &error)
{
    QTimer::singleShot(0, this, [done = std::move(done), error] { done(error); });
}

RoutiqError ClinicConnectionService::known(const ClinicId &clinic, ClinicConnection *out) const
{
    const auto connection = m_context->appDatabase().clinicConnection(clinic);
    if (!connection)
        return RoutiqError::make(QStringLiteral("CLINIC_UNKNOWN"),
                                 tr("There is no clinic with the id '%1'.").arg(clinic.left(80)));
    if (out)
        *out = *connection;
    return {};
}

void ClinicConnectionService::testConnection(const ActingUser &user,
                                             const ClinicConnection &connection,
                                             const QString &apiKey, TestDone done)
{
    cancelTest();
    auto answer = [this, done](const std::optional<ConnectionReport> &report,
                               const RoutiqError &error) {
        QTimer::singleShot(0, this, [done, report, error] { done(report, error); });
    };
    if (const RoutiqError denied = m_access->changeConnection(
            user, connection.id, QStringLiteral("test %1").arg(pmsKindName(connection.pmsKind)));
        !denied.isNull()) {
        answer(std::nullopt, denied);
        return;
    }
    auto *test = new ConnectionTest(connection, apiKey, m_clock, this);
    m_test = test;
    connect(test, &ConnectionTest::succeeded, this, [test, done](const ConnectionReport &report) {
        test->deleteLater();
        done(report, {});
    });
    connect(test, &ConnectionTest::failed, this, [test, done](const RoutiqError &error) {
        test->deleteLater();
        done(std::nullopt, error);
    });
    test->start();
}

void ClinicConnectionService::cancelTest()
{
    if (m_test) {
        m_test->disconnect(this);
        m_test->deleteLater();
        m_test = nullptr;
    }
}

void ClinicConnectionService::add(const ActingUser &user, ClinicConnection connection,
                                  const QString &apiKey, Done done)
{
    connection.name = connection.name.trimmed();
    if (!connection.createdAt.isValid())
        connection.createdAt = QDateTime::currentDateTimeUtc();
    // Rights first, so that probing for ids without them leaves a refusal in the log.
    if (const RoutiqError denied = m_access->changeConnection(
            user, connection.id, QStringLiteral("add %1").arg(pmsKindName(connection.pmsKind)));
        !denied.isNull()) {
        later(std::move(done), denied);
        return;
    }
    if (const RoutiqError invalid = validateNew(connection, apiKey); !invalid.isNull()) {
        later(std::move(done), invalid);
        return;
    }
    if (m_context->appDatabase().clinicConnection(connection.id)) {
        later(
            std::move(done),
            RoutiqError::make(QStringLiteral("CLINIC_EXISTS"),
                              tr("A clinic with the id '%1' exists already.").arg(connection.id)));
        return;
    }
    if (const RoutiqError denied =
            m_access->changeApiKey(user, connection.id, QStringLiteral("set"));
        !denied.isNull()) {
        later(std::move(done), denied);
        return;
    }
    QPointer<ClinicConnectionService> self(this);
    m_context->vault().setApiKey(
        connection.id, apiKey, [self, connection, done](const RoutiqError &error) {
            if (!self)
                return;
            if (!error.isNull()) {
                done(error);
                return;
            }
            RoutiqError addError;
            if (!self->m_context->appDatabase().addClinicConnection(connection, &addError)) {
                done(addError);
                return;
            }
            if (self->m_sessions)
                self->m_sessions->open({connection});
            emit self->connectionsChanged();
            done({});
        });
}

void ClinicConnectionService::replaceApiKey(const ActingUser &user, const ClinicId &clinic,
                                            const QString &apiKey, Done done)
{
    if (const RoutiqError denied = m_access->changeApiKey(user, clinic, QStringLiteral("replace"));
        !denied.isNull()) {
        later(std::move(done), denied);
        return;
    }
    ClinicConnection connection;
    if (const RoutiqError unknown = known(clinic, &connection); !unknown.isNull()) {
        later(std::move(done), unknown);
        return;
    }
    // The new key must work before it replaces one that may still work.
    QPointer<ClinicConnectionService> self(this);
    testConnection(user, connection, apiKey,
                   [self, clinic, apiKey, done](const std::optional<ConnectionReport> &report,
                                                const RoutiqError &error) {
                       if (!self)
                           return;
                       if (!report) {
                           done(error); // the old key stays
                           return;
                       }
                       self->m_context->vault().setApiKey(
                           clinic, apiKey, [self, clinic, done](const RoutiqError &e) {
                               if (!self)
                                   return;
                               if (e.isNull()) {
                                   self->reopenSession(clinic);
                                   emit self->connectionsChanged();
                               }
                               done(e);
                           });
                   });
}

void ClinicConnectionService::reopenSession(const ClinicId &clinic)
{
    if (!m_sessions)
        return;
    const auto connection = m_context->appDatabase().clinicConnection(clinic);
    m_sessions->close(clinic);
    if (connection)
        m_sessions->open({*connection});
}

RoutiqError ClinicConnectionService::rename(const ActingUser &user, const ClinicId &clinic,
                                            const QString &name)
{
    if (const RoutiqError denied =
            m_access->changeConnection(user, clinic, QStringLiteral("rename"));
        !denied.isNull())
        return denied;
    ClinicConnection connection;
    if (const RoutiqError unknown = known(clinic, &connection); !unknown.isNull())
        return unknown;
    if (name.trimmed().isEmpty())
        return badRequest(tr("Give the clinic a name."));
    connection.name = name.trimmed();
    RoutiqError error;
    if (!m_context->appDatabase().updateClinicConnection(connection, &error))
        return error;
    emit connectionsChanged();
    return {};
}

RoutiqError ClinicConnectionService::setSyncPaused(const ActingUser &user, const ClinicId &clinic,
                                                   bool paused)
{
    if (const RoutiqError denied = m_access->changeConnection(
            user, clinic, paused ? QStringLiteral("pause sync") : QStringLiteral("resume sync"));
        !denied.isNull())
        return denied;
    if (const RoutiqError unknown = known(clinic, nullptr); !unknown.isNull())
        return unknown;
    RoutiqError error;
    if (!m_context->appDatabase().setSyncPaused(clinic, paused, &error))
        return error;
    if (m_sessions) {
        if (ClinicSession *session = m_sessions->session(clinic))
            session->setSyncPaused(paused);
    }
    emit connectionsChanged();
    return {};
}

bool ClinicConnectionService::isSyncPaused(const ClinicId &clinic) const
{
    return m_context->appDatabase().isSyncPaused(clinic);
}

void ClinicConnectionService::remove(const ActingUser &user, const ClinicId &clinic, Done done)
{
    if (const RoutiqError denied =
            m_access->changeConnection(user, clinic, QStringLiteral("remove"));
        !denied.isNull()) {
        later(std::move(done), denied);
        return;
    }
    if (const RoutiqError unknown = known(clinic, nullptr); !unknown.isNull()) {
        later(std::move(done), unknown);
        return;
    }
    // Its threads stop and its readers close before the files go.
    if (m_sessions)
        m_sessions->close(clinic);
    QPointer<ClinicConnectionService> self(this);
    ClinicDataRemoval::remove(&m_context->appDatabase(), &m_context->vault(),
                              m_context->dataDirectory(), clinic,
                              [self, done](const RoutiqError &error) {
                                  if (self && error.isNull())
                                      emit self->connectionsChanged();
                                  done(error);
                              });
}

} // namespace routiq
