#include "apikeyinput.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace routiq::cli {

ApiKeyInput::Result ApiKeyInput::read(const QString &path)
{
    Result result;
    QFile file;
    const bool fromStdin = path == QLatin1String("-");
    if (fromStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            result.problem = QStringLiteral("Cannot read the API key from standard input.");
            return result;
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.problem = QStringLiteral("Cannot read the API key file '%1'.").arg(path);
            return result;
        }
        // Group or others may read it: the key is a password to the clinic's PMS.
        const QFileDevice::Permissions open =
            file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther);
        if (open != QFileDevice::Permissions())
            result.warning =
                QStringLiteral("the API key file '%1' can be read by %2; the key is now in the "
                               "keychain, so delete the file (or keep such files at mode 0600).")
                    .arg(path, open.testFlag(QFileDevice::ReadOther) ? QStringLiteral("other users")
                                                                     : QStringLiteral("its group"));
    }
    QByteArray bytes = file.readAll();
    const QString key = QString::fromUtf8(bytes).trimmed();
    bytes.fill('\0');
    if (key.isEmpty()) {
        result.problem = fromStdin ? QStringLiteral("No API key arrived on standard input.")
                                   : QStringLiteral("The API key file '%1' is empty.").arg(path);
        return result;
    }
    result.key = key;
    return result;
}

} // namespace routiq::cli
