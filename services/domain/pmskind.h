#pragma once

#include <QString>

#include <optional>

namespace routiq {

// Which practice management system a clinic connection talks to.
enum class PmsKind
{
    Cliniko,
    Nookal
};

QString pmsKindName(PmsKind kind); // "cliniko" / "nookal"
std::optional<PmsKind> pmsKindFromName(const QString &name);

} // namespace routiq
