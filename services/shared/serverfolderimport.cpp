#include "serverfolderimport.h"

#include "scramverifier.h"
#include "serveraccounts.h"
#include "serverclinicimport.h"
#include "servererror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace routiq {

QString ServerFolderImport::randomPassword()
{
    QByteArray bytes(18, Qt::Uninitialized); // 144 bits
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonArray ServerFolderImport::Result::accountsJson() const
{
    QJsonArray out;
    for (const ImportedAccount &a : accounts) {
        QJsonObject o{{QStringLiteral("name"), a.name},
                      {QStringLiteral("role"), a.role},
                      {QStringLiteral("clinics"), QJsonArray::fromStringList(a.clinics)},
                      {QStringLiteral("login"), a.login}};
        if (!a.initialPassword.isEmpty())
            o.insert(QStringLiteral("initialPassword"), a.initialPassword);
        if (a.expiresAt)
            o.insert(QStringLiteral("expiresAt"), a.expiresAt->toUTC().toString(Qt::ISODate));
        out.append(o);
    }
    return out;
}

bool ServerFolderImport::checkImporter(const QSqlDatabase &server, RoutiqError *error)
{
    QSqlQuery q(server);
    if (!q.exec(QStringLiteral("SELECT session_user, pg_catalog.pg_get_userbyid(p.proowner) = "
                               "session_user FROM pg_catalog.pg_proc p WHERE p.proname = "
                               "'routiq_import_audit'"))) {
        if (error)
            *error = ServerError::fromSql(q.lastError(), QStringLiteral("reading the set-up role"));
        return false;
    }
    if (q.next() && q.value(1).toBool())
        return true;
    if (error)
        *error = RoutiqError::make(
            errorCodeName(ErrorCode::AccessDenied),
            QCoreApplication::translate("routiq::ServerFolderImport",
                                        "Only the set-up role (the role that ran 'server init') "
                                        "imports a folder: give its connection in --server."),
            q.value(0).toString());
    return false;
}

std::optional<QString> ServerFolderImport::existingRole(const QSqlDatabase &server,
                                                        const QList<Account> &accounts,
                                                        RoutiqError *error)
{
    QSqlQuery q(server);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    for (const Account &a : accounts) {
        if (a.demo)
            continue;
        q.bindValue(0, a.username);
        if (!q.exec()) {
            if (error)
                *error = ServerError::fromSql(q.lastError(), QStringLiteral("reading roles"));
            return std::nullopt;
        }
        const bool found = q.next();
        q.finish();
        if (found)
            return a.username;
    }
    return QString();
}

bool ServerFolderImport::checkAccounts(const QSqlDatabase &server, const QList<Account> &accounts,
                                       RoutiqError *error)
{
    for (const Account &a : accounts) {
        if (!a.demo && !ServerAccounts::isValidName(a.username)) {
            if (error)
                *error = RoutiqError::make(
                    errorCodeName(ErrorCode::BadRequest),
                    QCoreApplication::translate("routiq::ServerFolderImport",
                                                "An account's name cannot be a server login "
                                                "name; rename it in the folder first."),
                    a.username);
            return false;
        }
    }
    const auto existing = existingRole(server, accounts, error);
    if (!existing)
        return false;
    if (!existing->isEmpty()) {
        if (error)
            *error = RoutiqError::make(
                QString::fromLatin1(ServerClinicImport::kAlreadyImportedCode),
                QCoreApplication::translate(
                    "routiq::ServerFolderImport",
                    "The server has a role with this account's name "
                    "already (was the folder imported before?); nothing was written."),
                *existing);
        return false;
    }
    return true;
}

std::optional<ServerFolderImport::Result>
ServerFolderImport::run(const QSqlDatabase &serverDb, const QList<Account> &accounts,
                        const QList<AuditEntry> &audit, const QString &source,
                        const QDateTime &nowUtc, RoutiqError *error)
{
    QSqlDatabase server = serverDb;
    if (!checkAccounts(server, accounts, error))
        return std::nullopt;
    auto failed = [&](const QSqlQuery &q, const QString &what) -> std::optional<Result> {
        const QSqlError sqlError = q.lastError();
        server.rollback();
        if (error)
            *error = ServerError::fromSql(sqlError, what);
        return std::nullopt;
    };
    if (!server.transaction()) {
        if (error)
            *error = ServerError::fromSql(server.lastError(),
                                          QStringLiteral("starting the account import"));
        return std::nullopt;
    }
    Result result;
    QSqlQuery make(server);
    make.prepare(QStringLiteral("SELECT routiq_import_account(?, ?, ?, ?::text[], ?, ?)"));
    for (const Account &a : accounts) {
        if (a.demo) {
            result.skipped << a.username;
            continue;
        }
        ImportedAccount imported;
        imported.name = a.username;
        imported.role = roleName(a.role);
        imported.clinics = a.clinics;
        const bool expired = a.expiresAt && *a.expiresAt <= nowUtc;
        imported.login = !a.disabled && !expired;
        // A NOLOGIN role still gets a verifier nobody knows: enabling it alone opens nothing.
        const QString password = randomPassword();
        if (imported.login)
            imported.initialPassword = password;
        make.bindValue(0, imported.name);
        make.bindValue(1, imported.role);
        make.bindValue(2, ScramVerifier::make(password));
        make.bindValue(3, ServerAccounts::textArray(imported.clinics));
        make.bindValue(4, imported.login);
        make.bindValue(5, source);
        if (!make.exec())
            return failed(make, QStringLiteral("importing the account %1").arg(imported.name));
        make.finish();
        if (imported.login && a.expiresAt) {
            imported.expiresAt = a.expiresAt->toUTC();
            if (!ServerAccounts(server).setExpiry(imported.name, imported.expiresAt, error)) {
                server.rollback();
                return std::nullopt;
            }
        }
        result.accounts << imported;
    }
    QSqlQuery entry(server);
    entry.prepare(QStringLiteral("SELECT routiq_import_audit(to_timestamp(?::double precision / "
                                 "1000), ?, ?, NULL, ?, ?::jsonb)"));
    for (const AuditEntry &e : audit) {
        const QJsonObject detail{{QStringLiteral("localSeq"), e.seq},
                                 {QStringLiteral("localDetails"), e.details},
                                 {QStringLiteral("source"), source}};
        entry.bindValue(0, double(e.atUtc.toMSecsSinceEpoch()));
        entry.bindValue(1, e.userName.isNull() ? QStringLiteral("") : e.userName);
        entry.bindValue(2, e.action);
        entry.bindValue(3, e.objectId.isNull() ? QStringLiteral("") : e.objectId);
        entry.bindValue(4, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        if (!entry.exec())
            return failed(entry, QStringLiteral("importing audit entry %1").arg(e.seq));
        entry.finish();
        ++result.auditEntries;
    }
    if (!server.commit()) {
        const QSqlError sqlError = server.lastError();
        server.rollback();
        if (error)
            *error = ServerError::fromSql(sqlError, QStringLiteral("committing the accounts"));
        return std::nullopt;
    }
    return result;
}

} // namespace routiq
