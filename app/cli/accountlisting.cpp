#include "accountlisting.h"

namespace routiq::cli {

QString AccountListing::utcText(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString AccountListing::added(const QString &role, const QString &name,
                              const std::optional<QDateTime> &expiresAt)
{
    QString text = QStringLiteral("Added %1 '%2'").arg(role, name);
    if (expiresAt)
        text += QStringLiteral(", until ") + utcText(*expiresAt);
    return text + u'.';
}

QString AccountListing::line(const QString &name, const QString &role, bool disabled,
                             const std::optional<QDateTime> &expiresAt, const QStringList &clinics,
                             const QDateTime &nowUtc)
{
    const bool ended = expiresAt && *expiresAt <= nowUtc;
    const QString state = disabled ? QStringLiteral("disabled")
                          : ended  ? QStringLiteral("expired")
                                   : QStringLiteral("active");
    QString text = QStringLiteral("%1 %2 %3 %4")
                       .arg(name.leftJustified(20), role.leftJustified(9), state.leftJustified(9),
                            clinics.join(u','));
    if (expiresAt)
        text += QStringLiteral("  until ") + utcText(*expiresAt);
    return text;
}

} // namespace routiq::cli
