#include "storerigs.h"

#include "pgserver.h"
#include "session/localclinicreader.h"
#include "shared/serverclinicreader.h"
#include "shared/serverconnection.h"
#include "shared/serversyncstore.h"
#include "shared/sharedschema.h"
#include "storage/clinicdatabase.h"
#include "testapp.h"

#include <QSqlQuery>
#include <QTemporaryDir>

namespace routiq::test {

namespace {

void execOn(const QString &connectionName, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

class CacheRig final : public StoreRig
{
public:
    explicit CacheRig(const QTimeZone &zone)
    {
        ensureCoreApp();
        REQUIRE(m_dir.isValid());
        m_options.filePath = m_dir.filePath(QStringLiteral("clinic.db"));
        m_options.key = DatabaseKey::generate();
        m_options.defaultTimeZone = zone;
        reopen();
    }
    QString label() const override { return QStringLiteral("clinic cache"); }
    SyncStore &store() override { return *m_db; }
    std::unique_ptr<ClinicReader> openReader() override
    {
        RoutiqError error;
        auto reader = LocalClinicReader::open(m_options.filePath, m_options.key, &error);
        INFO(error.details.toStdString());
        REQUIRE(reader);
        return reader;
    }
    void reopen() override
    {
        m_db.reset();
        RoutiqError error;
        m_db = ClinicDatabase::open(m_options, &error);
        INFO(error.details.toStdString());
        REQUIRE(m_db);
    }
    void refuseAppointment(RecordId id) override
    {
        for (const char *when : {"INSERT", "UPDATE"})
            execOn(m_db->connectionName(),
                   QStringLiteral("CREATE TRIGGER refuse_%1_%2 BEFORE %2 ON appointments WHEN "
                                  "NEW.id = %1 BEGIN SELECT RAISE(ABORT, 'refused'); END")
                       .arg(id)
                       .arg(QLatin1String(when)));
    }

private:
    QTemporaryDir m_dir;
    ClinicDatabaseOptions m_options;
    std::unique_ptr<ClinicDatabase> m_db;
};

class ServerRig final : public StoreRig
{
public:
    explicit ServerRig(const QTimeZone &zone) : m_zone(zone)
    {
        const QString conninfo = initialisedServerDatabase(m_clinic);
        RoutiqError error;
        const auto info = ServerConnInfo::parse(conninfo, &error);
        REQUIRE(info);
        m_info = *info;
        reopen();
    }
    QString label() const override { return QStringLiteral("shared server"); }
    SyncStore &store() override { return *m_store; }
    std::unique_ptr<ClinicReader> openReader() override
    {
        RoutiqError error;
        auto reader = ServerClinicReader::open(m_info, ServerCredentials{}, m_clinic, &error);
        INFO(error.details.toStdString());
        REQUIRE(reader);
        return reader;
    }
    void reopen() override
    {
        m_store.reset();
        RoutiqError error;
        m_store = ServerSyncStore::open(m_info, m_clinic, m_zone, &error);
        INFO(error.code.toStdString() << ": " << error.details.toStdString());
        REQUIRE(m_store);
    }
    void refuseAppointment(RecordId id) override
    {
        execOn(m_store->connectionName(),
               QStringLiteral("ALTER TABLE appointments ADD CONSTRAINT refuse_%1 CHECK (id <> %1)")
                   .arg(id));
    }

private:
    QTimeZone m_zone;
    QString m_clinic = QStringLiteral("north-clinic");
    ServerConnInfo m_info;
    std::unique_ptr<ServerSyncStore> m_store;
};

} // namespace

std::unique_ptr<StoreRig> makeCacheRig(const QTimeZone &defaultZone)
{
    return std::make_unique<CacheRig>(defaultZone);
}

std::unique_ptr<StoreRig> makeServerRig(const QTimeZone &defaultZone)
{
    return std::make_unique<ServerRig>(defaultZone);
}

QString initialisedServerDatabase(const QString &clinic)
{
    PgServer &server = PgServer::shared();
    const QString conninfo = server.conninfo(server.createDatabase());
    RoutiqError error;
    const auto info = ServerConnInfo::parse(conninfo, &error);
    REQUIRE(info);
    auto admin = ServerConnection::open(*info, &error);
    INFO(error.details.toStdString());
    REQUIRE(admin);
    REQUIRE(SharedSchema::initialise(admin->database(), &error));
    REQUIRE(
        SharedSchema::registerClinic(admin->database(), clinic, QStringLiteral("North"), &error));
    return conninfo;
}

} // namespace routiq::test
