#include "role.h"

namespace routiq {

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Staff:
        return QStringLiteral("staff");
    case Role::ReadOnly:
        return QStringLiteral("readonly");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (Role r : {Role::Admin, Role::Staff, Role::ReadOnly}) {
        if (roleName(r) == n)
            return r;
    }
    return std::nullopt;
}

} // namespace routiq
