#include "pmskind.h"

namespace routiq {

QString pmsKindName(PmsKind kind)
{
    switch (kind) {
    case PmsKind::Cliniko:
        return QStringLiteral("cliniko");
    case PmsKind::Nookal:
        return QStringLiteral("nookal");
    }
    return {};
}

std::optional<PmsKind> pmsKindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("cliniko"))
        return PmsKind::Cliniko;
    if (n == QLatin1String("nookal"))
        return PmsKind::Nookal;
    return std::nullopt;
}

} // namespace routiq
