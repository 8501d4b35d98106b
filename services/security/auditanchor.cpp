#include "auditanchor.h"

#include "core/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace routiq {

namespace {
bool isHexHash(const QByteArray &hash)
{
    if (hash.size() != 64)
        return false;
    return std::all_of(hash.begin(), hash.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}
} // namespace

AuditAnchor::AuditAnchor(const QString &dataDirectory)
    : m_path(QDir(dataDirectory).filePath(QLatin1String(kFileName)))
{}

std::optional<AuditLog::Head> AuditAnchor::load(RoutiqError *error) const
{
    *error = {};
    QFile file(m_path);
    if (!file.exists())
        return std::nullopt;
    auto invalid = [&](const QString &why) {
        *error = RoutiqError::make(
            QLatin1String(kInvalidCode),
            QStringLiteral("The audit anchor %1 cannot be used: %2.").arg(m_path, why));
        return std::nullopt;
    };
    if (!file.open(QIODevice::ReadOnly))
        return invalid(file.errorString());
    const QJsonObject json = QJsonDocument::fromJson(file.read(4096)).object();
    const QJsonValue seq = json.value(QStringLiteral("seq"));
    AuditLog::Head head;
    head.seq = seq.toInteger(-1);
    head.hash = json.value(QStringLiteral("hash")).toString().toLatin1();
    if (!seq.isDouble() || head.seq < 0 || !isHexHash(head.hash))
        return invalid(QStringLiteral("it holds no seq and hash"));
    return head;
}

bool AuditAnchor::save(const AuditLog::Head &head, RoutiqError *error) const
{
    const QJsonObject json{
        {QStringLiteral("seq"), head.seq},
        {QStringLiteral("hash"), QString::fromLatin1(head.hash)},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) &&
        file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) >= 0 && file.commit())
        return true;
    qCWarning(lcSecurity) << "cannot write the audit anchor:" << file.errorString();
    if (error)
        *error = RoutiqError::make(
            QStringLiteral("AUDIT_ANCHOR_STORAGE"),
            QStringLiteral("The audit anchor %1 could not be written.").arg(m_path),
            file.errorString());
    return false;
}

bool AuditAnchor::update(const AuditLog &log, RoutiqError *error) const
{
    const AuditLog::Head current = log.head();
    RoutiqError loadError;
    const std::optional<AuditLog::Head> saved = load(&loadError);
    if (!loadError.isNull()) {
        qCWarning(lcSecurity) << "audit anchor left alone:" << loadError.message;
        if (error)
            *error = loadError;
        return false;
    }
    if (saved) {
        if (saved->seq == current.seq && saved->hash == current.hash)
            return true;
        if (current.seq < saved->seq || log.hashAt(saved->seq) != saved->hash) {
            qCWarning(lcSecurity) << "the audit log no longer holds anchored entry" << saved->seq
                                  << "- anchor left alone";
            if (error)
                *error = RoutiqError::make(
                    QLatin1String(kMismatchCode),
                    QStringLiteral("The audit log no longer matches its anchor (entry %1). Run "
                                   "'routiq-cli audit verify'.")
                        .arg(saved->seq));
            return false;
        }
    }
    return save(current, error);
}

} // namespace routiq
