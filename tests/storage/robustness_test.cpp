#include "storage/clinicdatabasereader.h"
#include "storagefixtures.h"
#include "testapp.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace routiq;
using namespace routiq::test;

namespace {

QDateTime jan2024()
{
    return QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
}

// A clinic cache with a few hundred appointments, closed (WAL checkpointed into the file).
void writeCache(const QString &path, const DatabaseKey &key)
{
    auto db = openSeeded(path, key);
    REQUIRE(db);
    RoutiqError error;
    ChangeSet changes;
    REQUIRE(db->applyPage(appointmentsPage(600, 1, jan2024()),
                          checkpointFor(ResourceKind::Appointments, QStringLiteral("c")), &changes,
                          &error));
}

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray randomBytes(int size)
{
    QByteArray b(size, '\0');
    for (char &c : b)
        c = char(QRandomGenerator::global()->bounded(256));
    return b;
}

qint64 appointmentCount(const ClinicDatabase &db)
{
    QSqlQuery q(QSqlDatabase::database(db.connectionName(), false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM appointments")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE(
    "an unreadable cache is set aside with a timestamp, never deleted, and a fresh one is opened")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    const DatabaseKey key = DatabaseKey::generate();

    // Damaged pages the open does not read are found by the integrity check instead, off the
    // open (cacheintegrity_test.cpp); damage where the open reads is set aside here.
    SECTION("a damaged schema page")
    {
        writeCache(path, key);
        overwrite(path, 100, randomBytes(300));
    }
    SECTION("a truncated file")
    {
        writeCache(path, key);
        QFile f(path);
        REQUIRE(f.resize(f.size() / 2 + 1000));
    }
    SECTION("random bytes")
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(randomBytes(64 * 1024));
    }
    SECTION("a zero-length file")
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    SECTION("a plain, unencrypted SQLite file")
    {
        {
            QSqlDatabase plain =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            plain.setDatabaseName(path);
            REQUIRE(plain.open());
            QSqlQuery q(plain);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE appointments (id INTEGER)")));
            plain.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        REQUIRE(readAll(path).startsWith("SQLite format 3"));
    }
    SECTION("a cache made with another key")
    {
        writeCache(path, DatabaseKey::generate());
    }

    const QByteArray original = readAll(path);
    RoutiqError error;
    RoutiqError notice;
    auto db = ClinicDatabase::open({path, key, QTimeZone::utc()}, &error, &notice);
    REQUIRE(db);
    CHECK(error.isNull());
    REQUIRE(notice.code == QStringLiteral("CACHE_SET_ASIDE"));
    const QString aside = notice.details;
    CHECK(aside.startsWith(path + QStringLiteral(".unreadable-")));
    CHECK(readAll(aside) == original);
    CHECK_FALSE(notice.message.isEmpty());
    CHECK(appointmentCount(*db) == 0);
    CHECK_FALSE(db->checkpoint(ResourceKind::Appointments).has_value());
    // The fresh cache works and is encrypted.
    ChangeSet changes;
    REQUIRE(db->applyPage(locationsPage(), checkpointFor(ResourceKind::Locations, {}), &changes,
                          &error));
    db.reset();
    CHECK_FALSE(readAll(path).startsWith("SQLite format 3"));
    auto again = ClinicDatabase::open({path, key, QTimeZone::utc()}, &error, &notice);
    REQUIRE(again);
    CHECK(notice.isNull());
}

TEST_CASE(
    "a writer killed at random points leaves a consistent cache whose checkpoint matches its rows")
{
    ensureCoreApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.db"));
    const DatabaseKey key = DatabaseKey::generate();
    int lastSeen = 0;
    for (int round = 0; round < 5; ++round) {
        QProcess writer;
        writer.setProgram(QStringLiteral(ROUTIQ_TEST_BIN_DIR "/storage_test_helper"));
        writer.setArguments({QStringLiteral("crash-writer"), path, key.toHex()});
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start();
        REQUIRE(writer.waitForStarted(10000));
        const int commitsBeforeKill = 1 + QRandomGenerator::global()->bounded(4);
        int seen = 0;
        QByteArray out;
        while (seen < commitsBeforeKill) {
            REQUIRE(writer.waitForReadyRead(30000));
            out += writer.readAllStandardOutput();
            seen = int(out.count("committed"));
        }
        writer.kill(); // SIGKILL, somewhere inside the next page
        REQUIRE(writer.waitForFinished(10000));
        const QList<QByteArray> lines = out.trimmed().split('\n');
        lastSeen = lines.last().mid(10).toInt();

        RoutiqError error;
        RoutiqError notice;
        auto db = ClinicDatabase::open({path, key, QTimeZone::utc()}, &error, &notice);
        REQUIRE(db);
        CHECK(notice.isNull()); // nothing set aside
        // The killed writer left its marker: the check is due, and it passes.
        CHECK(db->openedAfterUncleanShutdown());
        CHECK(db->checkIntegrity().isNull());
        CHECK_FALSE(db->openedAfterUncleanShutdown());
        const auto cp = db->checkpoint(ResourceKind::Appointments);
        REQUIRE(cp);
        const int committed = cp->cursor.mid(5).toInt();
        CHECK(committed >= lastSeen);
        CHECK(appointmentCount(*db) == qint64(committed) * 200);
    }
    CHECK(lastSeen >= 5);
}
