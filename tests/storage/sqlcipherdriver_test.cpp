#include "domain/databasekey.h"
#include "storage/sqlciphersupport.h"
#include "storage/storageerror.h"
#include "storagefixtures.h"
#include "testapp.h"

#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace routiq;

namespace {

// A QSQLCIPHER connection that is closed and removed when the test ends.
struct CipherConnection
{
    explicit CipherConnection(const QString &path, const QString &keyHex,
                              const QString &options = {})
        : name(QStringLiteral("driver-test-%1").arg(++counter))
    {
        test::ensureCoreApp();
        REQUIRE(SqlCipherSupport::ensureDriverAvailable().isNull());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), name);
        db.setDatabaseName(path);
        db.setPassword(keyHex);
        db.setConnectOptions(options);
        opened = db.open();
        error = db.lastError();
    }
    ~CipherConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(name, false); }
    QString scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<error: %1>").arg(q.lastError().text());
        return q.value(0).toString();
    }

    static inline int counter = 0;
    QString name;
    bool opened = false;
    QSqlError error;
};

} // namespace

TEST_CASE("a file written with SQLCipher 3's settings stated explicitly opens through the driver, "
          "which pins the same settings and keeps temp data in memory")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.db"));
    const QString key = DatabaseKey::generate().toHex();
    QProcess maker;
    maker.start(QStringLiteral(ROUTIQ_TEST_BIN_DIR "/sqlcipher3_file_maker"), {path, key});
    REQUIRE(maker.waitForFinished(30'000));
    INFO(maker.readAllStandardError().toStdString());
    REQUIRE(maker.exitCode() == 0);

    CipherConnection c(path, key);
    REQUIRE(c.opened);
    CHECK(c.scalar(QStringLiteral("SELECT name FROM patients")) == QStringLiteral("Quillfeather"));
    // What every connection states, whatever the library's defaults (SQLCipher 4 differs).
    CHECK(c.scalar(QStringLiteral("PRAGMA cipher_page_size")) == QStringLiteral("4096"));
    CHECK(c.scalar(QStringLiteral("PRAGMA kdf_iter")) == QStringLiteral("64000"));
    CHECK(c.scalar(QStringLiteral("PRAGMA fast_kdf_iter")) == QStringLiteral("2"));
    CHECK(c.scalar(QStringLiteral("PRAGMA cipher_use_hmac")) == QStringLiteral("1"));
    CHECK(c.scalar(QStringLiteral("PRAGMA temp_store")) == QStringLiteral("2")); // MEMORY
    if (c.scalar(QStringLiteral("PRAGMA cipher_version")).split(u'.').value(0).toInt() >= 4) {
        CHECK(c.scalar(QStringLiteral("PRAGMA cipher_hmac_algorithm")) ==
              QStringLiteral("HMAC_SHA1"));
        CHECK(c.scalar(QStringLiteral("PRAGMA cipher_kdf_algorithm")) ==
              QStringLiteral("PBKDF2_HMAC_SHA1"));
    }
}

TEST_CASE("the QSQLCIPHER driver reports SQLCipher's cipher version on SQLite 3.15")
{
    QTemporaryDir dir;
    CipherConnection c(dir.filePath(QStringLiteral("v.db")), DatabaseKey::generate().toHex());
    REQUIRE(c.opened);
    CHECK_FALSE(c.scalar(QStringLiteral("PRAGMA cipher_version")).isEmpty());
    CHECK(c.scalar(QStringLiteral("SELECT sqlite_version()")).startsWith(QStringLiteral("3.15")));
}

TEST_CASE("Qt's own QSQLITE keeps the system SQLite in the same process as QSQLCIPHER")
{
    QTemporaryDir dir;
    CipherConnection cipher(dir.filePath(QStringLiteral("c.db")), DatabaseKey::generate().toHex());
    REQUIRE(cipher.opened);
    {
        QSqlDatabase plain =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        plain.setDatabaseName(QStringLiteral(":memory:"));
        REQUIRE(plain.open());
        QSqlQuery q(plain);
        REQUIRE(q.exec(QStringLiteral("SELECT sqlite_version()")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString().startsWith(QStringLiteral("3.40")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA cipher_version")));
        CHECK_FALSE((q.next() && !q.value(0).toString().isEmpty()));
        plain.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    CHECK(cipher.scalar(QStringLiteral("SELECT sqlite_version()"))
              .startsWith(QStringLiteral("3.15")));
}

TEST_CASE("QSQLCIPHER loaded after Qt's own QSQLITE still gets SQLCipher")
{
    test::ensureCoreApp();
    {
        QSqlDatabase plain =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain-first"));
        plain.setDatabaseName(QStringLiteral(":memory:"));
        REQUIRE(plain.open());
        QSqlQuery q(plain);
        REQUIRE(q.exec(QStringLiteral("SELECT sqlite_version()")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString().startsWith(QStringLiteral("3.40")));
        plain.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain-first"));
    QTemporaryDir dir;
    CipherConnection cipher(dir.filePath(QStringLiteral("after.db")),
                            DatabaseKey::generate().toHex());
    REQUIRE(cipher.opened);
    CHECK_FALSE(cipher.scalar(QStringLiteral("PRAGMA cipher_version")).isEmpty());
    CHECK(cipher.scalar(QStringLiteral("SELECT sqlite_version()"))
              .startsWith(QStringLiteral("3.15")));
}

TEST_CASE("a file written through QSQLCIPHER holds no plaintext, in the database or its WAL")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.db"));
    CipherConnection c(path, DatabaseKey::generate().toHex());
    REQUIRE(c.opened);
    CHECK(c.scalar(QStringLiteral("PRAGMA journal_mode = WAL")) == QStringLiteral("wal"));
    QSqlQuery q(c.db());
    REQUIRE(
        q.exec(QStringLiteral("CREATE TABLE patients (id INTEGER PRIMARY KEY, last_name TEXT)")));
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO patients (last_name) VALUES (?)")));
    for (const QString &name : test::kSeededSurnames) {
        q.addBindValue(name);
        REQUIRE(q.exec());
    }
    // The connection stays open, so the rows are still in the -wal file.
    const QByteArray wal = test::readAll(path + QStringLiteral("-wal"));
    REQUIRE(wal.size() > 0);
    REQUIRE(c.scalar(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) == QStringLiteral("0"));
    const QByteArray main = test::readAll(path);
    REQUIRE(main.size() > 0);
    for (const QByteArray &bytes : {wal, main}) {
        CHECK_FALSE(bytes.contains("SQLite format 3"));
        for (const QString &name : test::kSeededSurnames) {
            CHECK_FALSE(bytes.contains(name.toUtf8()));
            CHECK_FALSE(bytes.contains(
                QByteArray(reinterpret_cast<const char *>(name.utf16()), name.size() * 2)));
        }
        CHECK_FALSE(bytes.contains("CREATE TABLE"));
    }
}

TEST_CASE("queries bind named and positional values and report records, ids and row counts")
{
    QTemporaryDir dir;
    CipherConnection c(dir.filePath(QStringLiteral("q.db")), DatabaseKey::generate().toHex());
    REQUIRE(c.opened);
    QSqlQuery q(c.db());
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, amount "
                                  "REAL, big INTEGER, blob BLOB, maybe INTEGER)")));
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO t (name, amount, big, blob, maybe) VALUES "
                                     "(:name, :amount, :big, :blob, :maybe)")));
    q.bindValue(QStringLiteral(":name"), QStringLiteral("Zoë ✓"));
    q.bindValue(QStringLiteral(":amount"), 12.5);
    q.bindValue(QStringLiteral(":big"), Q_INT64_C(1234567890123456789));
    q.bindValue(QStringLiteral(":blob"), QByteArray("\x00\x01\x02", 3));
    q.bindValue(QStringLiteral(":maybe"), QVariant(QMetaType(QMetaType::Int)));
    REQUIRE(q.exec());
    CHECK(q.lastInsertId().toLongLong() == 1);
    CHECK(q.numRowsAffected() == 1);

    REQUIRE(q.prepare(QStringLiteral("INSERT INTO t (name, big) VALUES (?, ?)")));
    q.addBindValue(QStringLiteral("second"));
    q.addBindValue(7);
    REQUIRE(q.exec());
    CHECK(q.lastInsertId().toLongLong() == 2);

    REQUIRE(q.exec(QStringLiteral("SELECT id, name, amount, big, blob, maybe FROM t ORDER BY id")));
    const QSqlRecord rec = q.record();
    CHECK(rec.count() == 6);
    CHECK(rec.fieldName(1) == QStringLiteral("name"));
    CHECK(rec.field(3).metaType().id() == QMetaType::LongLong);
    REQUIRE(q.next());
    CHECK(q.value(1).toString() == QStringLiteral("Zoë ✓"));
    CHECK(q.value(2).toDouble() == 12.5);
    CHECK(q.value(3).toLongLong() == Q_INT64_C(1234567890123456789));
    CHECK(q.value(4).toByteArray() == QByteArray("\x00\x01\x02", 3));
    CHECK(q.isNull(5));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 2);
    CHECK_FALSE(q.next());
    // Scrollable queries can go back.
    CHECK(q.first());
    CHECK(q.value(0).toLongLong() == 1);
    CHECK(q.last());
    CHECK(q.value(0).toLongLong() == 2);

    REQUIRE(q.exec(QStringLiteral("UPDATE t SET amount = 1")));
    CHECK(q.numRowsAffected() == 2);
    CHECK(c.db().tables().contains(QStringLiteral("t")));
    CHECK(c.db().record(QStringLiteral("t")).count() == 6);
    CHECK(c.db().primaryIndex(QStringLiteral("t")).fieldName(0) == QStringLiteral("id"));
}

TEST_CASE("a rolled-back transaction leaves nothing behind")
{
    QTemporaryDir dir;
    CipherConnection c(dir.filePath(QStringLiteral("tx.db")), DatabaseKey::generate().toHex());
    REQUIRE(c.opened);
    QSqlQuery q(c.db());
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE t (v INTEGER)")));
    REQUIRE(c.db().transaction());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    REQUIRE(c.db().rollback());
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM t")) == QStringLiteral("0"));
    REQUIRE(c.db().transaction());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    REQUIRE(c.db().commit());
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM t")) == QStringLiteral("1"));
}

TEST_CASE("a wrong key is reported as not a database, mapped to CACHE_WRONG_KEY")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.db"));
    {
        CipherConnection c(path, DatabaseKey::generate().toHex());
        REQUIRE(c.opened);
        QSqlQuery q(c.db());
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE t (v INTEGER)")));
    }
    CipherConnection wrong(path, DatabaseKey::generate().toHex());
    CHECK_FALSE(wrong.opened);
    CHECK(wrong.error.nativeErrorCode() == QStringLiteral("26"));
    CHECK(StorageError::fromSql(wrong.error, QStringLiteral("opening")).code ==
          QStringLiteral("CACHE_WRONG_KEY"));
}

TEST_CASE("the driver refuses to open without a well-formed 256-bit key")
{
    QTemporaryDir dir;
    for (const QString &bad : {QString(), QStringLiteral("secret"), QString(64, u'g')}) {
        CipherConnection c(dir.filePath(QStringLiteral("nokey.db")), bad);
        CHECK_FALSE(c.opened);
    }
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("nokey.db"))));
}

TEST_CASE("a full database is reported as DISK_FULL and the failed write leaves earlier rows")
{
    QTemporaryDir dir;
    CipherConnection c(dir.filePath(QStringLiteral("full.db")), DatabaseKey::generate().toHex());
    REQUIRE(c.opened);
    QSqlQuery q(c.db());
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE t (v TEXT)")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO t VALUES ('kept')")));
    const int pages = c.scalar(QStringLiteral("PRAGMA page_count")).toInt();
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO t VALUES (?)")));
    q.addBindValue(QString(100000, u'x'));
    REQUIRE_FALSE(q.exec());
    CHECK(q.lastError().nativeErrorCode() == QStringLiteral("13"));
    CHECK(StorageError::fromSql(q.lastError(), QStringLiteral("writing")).code ==
          QStringLiteral("DISK_FULL"));
    CHECK(c.scalar(QStringLiteral("SELECT group_concat(v) FROM t")) == QStringLiteral("kept"));
}

TEST_CASE("the plugin search covers the DEB's multiarch plugin folder")
{
    const QStringList dirs = SqlCipherSupport::candidatePluginDirs(QStringLiteral("/usr/bin"));
    CHECK(dirs.contains(QStringLiteral("/usr/lib/x86_64-linux-gnu/routiq/plugins")));
}
