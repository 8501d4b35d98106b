#include "passwordinput.h"

#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace routiq::cli {

std::optional<QString> PasswordInput::read(const char *fileVariable, const QString &prompt)
{
    const QString path = qEnvironmentVariable(fileVariable);
    if (!path.isEmpty()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        QByteArray bytes = f.readAll();
        QString text = QString::fromUtf8(bytes);
        bytes.fill('\0');
        while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        return text;
    }
    if (::isatty(STDIN_FILENO) != 1)
        return std::nullopt;
    std::fputs(qPrintable(prompt), stderr);
    std::fflush(stderr);
    termios old = {};
    ::tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    char buffer[512] = {};
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputc('\n', stderr);
    QString text = got ? QString::fromUtf8(buffer) : QString();
    // The typed password leaves no copy on the stack.
    volatile char *p = buffer;
    for (size_t i = 0; i < sizeof buffer; ++i)
        p[i] = 0;
    if (!got)
        return std::nullopt;
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

} // namespace routiq::cli
