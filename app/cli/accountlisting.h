#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace routiq::cli {

// `user add` and `user list`, the same for the data folder's accounts and the server's.
class AccountListing
{
public:
    // "Added staff 'ben'." or, for a temporary account, "Added staff 'ben', until 2026-12-24
    // 13:00 UTC."
    static QString added(const QString &role, const QString &name,
                         const std::optional<QDateTime> &expiresAt);
    // One line of the list: name, role, active|disabled|expired, the clinics, and for a
    // temporary account "  until 2026-12-24 13:00 UTC".
    static QString line(const QString &name, const QString &role, bool disabled,
                        const std::optional<QDateTime> &expiresAt, const QStringList &clinics,
                        const QDateTime &nowUtc);

private:
    static QString utcText(const QDateTime &at);
};

} // namespace routiq::cli
