#include "clinicconnection.h"

#include <QRegularExpression>

namespace routiq {

bool ClinicConnection::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    return pattern.match(id).hasMatch();
}

} // namespace routiq
