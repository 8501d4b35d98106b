#include "masterkeyfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

namespace routiq {

namespace {

RoutiqError rejected(const QString &why, const QString &path)
{
    return RoutiqError::make(QStringLiteral("MASTER_KEY_FILE_REJECTED"),
                             QStringLiteral("Routiq will not use the master key file: %1").arg(why),
                             QFileInfo(path).absoluteFilePath());
}

bool isInside(const QString &path, const QString &directory)
{
    const QString dir = QFileInfo(directory).canonicalFilePath();
    const QString file = QFileInfo(path).canonicalFilePath();
    if (dir.isEmpty() || file.isEmpty())
        return false;
    return file == dir || file.startsWith(dir + u'/');
}

} // namespace

std::optional<QByteArray> MasterKeyFile::load(const QString &path, const QString &dataDirectory,
                                              RoutiqError *error)
{
    auto fail = [&](const QString &why) -> std::optional<QByteArray> {
        if (error)
            *error = rejected(why, path);
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return fail(QStringLiteral("it does not exist. Create it with `umask 077; openssl rand "
                                   "-hex 32 > FILE`."));
    if (!info.isFile())
        return fail(QStringLiteral("it is not a regular file."));
    if (isInside(path, dataDirectory))
        return fail(QStringLiteral("it is inside the data folder. Keep it elsewhere, so a copy "
                                   "of the data folder does not carry its key."));
    struct stat st;
    const QByteArray native = QFile::encodeName(info.absoluteFilePath());
    if (::stat(native.constData(), &st) != 0)
        return fail(QStringLiteral("it cannot be read."));
    if ((st.st_mode & 077) != 0)
        return fail(QStringLiteral("other users can read it. Run `chmod 600` on it."));
    if (st.st_uid != ::geteuid())
        return fail(QStringLiteral("it belongs to another user."));

    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("it cannot be read."));
    QByteArray content = file.read(1024);
    QByteArray key;
    QByteArray trimmed = content.trimmed();
    if (content.size() == 32) {
        key = content;
    } else if (trimmed.size() == 64) {
        bool hex = true;
        for (char c : trimmed)
            hex =
                hex && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
        if (hex)
            key = QByteArray::fromHex(trimmed);
    }
    content.fill(0);
    trimmed.fill(0);
    if (key.size() != 32)
        return fail(QStringLiteral("it must hold exactly 32 random bytes or 64 hexadecimal "
                                   "digits."));
    return key;
}

} // namespace routiq
