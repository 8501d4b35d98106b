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

constexpr int kVersion = 2;
constexpr char kPurpose[] = "anchor";

bool isHexHash(const QByteArray &hash)
{
    if (hash.size() != 64)
        return false;
    return std::all_of(hash.begin(), hash.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

} // namespace

AuditAnchor::AuditAnchor(const QString &dataDirectory, QByteArray macKey)
    : m_path(QDir(dataDirectory).filePath(QLatin1String(kFileName))), m_macKey(std::move(macKey))
{}

bool AuditAnchor::exists() const
{
    return QFile::exists(m_path);
}

std::optional<AuditAnchor::Saved> AuditAnchor::read(RoutiqError *error) const
{
    *error = {};
    QFile file(m_path);
    if (!file.exists())
        return std::nullopt;
    auto invalid = [&](const char *code, const QString &why) {
        *error = RoutiqError::make(
            QLatin1String(code),
            QStringLiteral("The audit anchor %1 cannot be used: %2.").arg(m_path, why));
        return std::nullopt;
    };
    if (!file.open(QIODevice::ReadOnly))
        return invalid(kInvalidCode, file.errorString());
    const QJsonObject json = QJsonDocument::fromJson(file.read(4096)).object();
    const QJsonValue seq = json.value(QStringLiteral("seq"));
    Saved saved;
    saved.head.seq = seq.toInteger(-1);
    saved.head.hash = json.value(QStringLiteral("hash")).toString().toLatin1();
    if (!seq.isDouble() || saved.head.seq < 0 || !isHexHash(saved.head.hash))
        return invalid(kInvalidCode, QStringLiteral("it holds no seq and hash"));
    const QByteArray mac = json.value(QStringLiteral("mac")).toString().toLatin1();
    const int version = json.value(QStringLiteral("version")).toInt(1);
    if (version == 1 && mac.isEmpty()) {
        saved.legacy = true;
        return saved;
    }
    if (version != kVersion || mac.isEmpty())
        return invalid(kMacInvalidCode, QStringLiteral("it is not a version-2 anchor with a MAC"));
    if (!m_macKey.isEmpty()) {
        if (!AuditLog::headMacMatches(m_macKey, kPurpose, saved.head, mac))
            return invalid(kMacInvalidCode, QStringLiteral("its MAC does not match (edited, or "
                                                           "from another data folder)"));
        saved.macChecked = true;
    }
    return saved;
}

std::optional<AuditLog::Head> AuditAnchor::load(RoutiqError *error) const
{
    const std::optional<Saved> saved = read(error);
    if (!saved)
        return std::nullopt;
    return saved->head;
}

bool AuditAnchor::save(const AuditLog::Head &head, RoutiqError *error) const
{
    const QByteArray mac = AuditLog::headMac(m_macKey, kPurpose, head);
    if (mac.isEmpty()) {
        if (error)
            *error = RoutiqError::make(
                QStringLiteral("AUDIT_KEY_MISSING"),
                QStringLiteral("The audit anchor cannot be written without the audit key."));
        return false;
    }
    const QJsonObject json{
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("seq"), head.seq},
        {QStringLiteral("hash"), QString::fromLatin1(head.hash)},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("mac"), QString::fromLatin1(mac)}};
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
    const std::optional<Saved> saved = read(&loadError);
    if (!loadError.isNull()) {
        qCWarning(lcSecurity) << "audit anchor left alone:" << loadError.code;
        if (error)
            *error = loadError;
        return false;
    }
    if (!saved) {
        // Never re-created next to existing entries: that would hide a cut or a restore.
        qCWarning(lcSecurity) << "the audit anchor is missing - not re-created";
        if (error)
            *error = RoutiqError::make(
                QLatin1String(kMissingCode),
                QStringLiteral("The audit anchor (%1) is missing. Run 'routiq-cli audit verify'; "
                               "an administrator re-anchors with 'routiq-cli audit re-anchor' "
                               "after checking why.")
                    .arg(QLatin1String(kFileName)));
        return false;
    }
    if (saved->legacy && log.isKeyed(saved->head.seq)) {
        // A version-1 file naming a keyed entry was written by someone else: keep it as evidence.
        if (error)
            *error = RoutiqError::make(
                QLatin1String(kMacInvalidCode),
                QStringLiteral("The audit anchor has no MAC although the log is keyed. Run "
                               "'routiq-cli audit verify'."));
        return false;
    }
    if (!saved->legacy && saved->head.seq == current.seq && saved->head.hash == current.hash)
        return true;
    if (current.seq < saved->head.seq || log.hashAt(saved->head.seq) != saved->head.hash) {
        qCWarning(lcSecurity) << "the audit log no longer holds anchored entry" << saved->head.seq
                              << "- anchor left alone";
        if (error)
            *error = RoutiqError::make(
                QLatin1String(kMismatchCode),
                QStringLiteral("The audit log no longer matches its anchor (entry %1). Run "
                               "'routiq-cli audit verify'.")
                    .arg(saved->head.seq));
        return false;
    }
    return save(current, error);
}

bool AuditAnchor::createForNewLog(const AuditLog &log, RoutiqError *error) const
{
    if (exists() || log.head().seq != 0)
        return true;
    return save(log.head(), error);
}

bool AuditAnchor::reanchor(const AuditLog &log, RoutiqError *error) const
{
    return save(log.head(), error);
}

} // namespace routiq
