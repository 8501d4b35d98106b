#include "logscrubber.h"

#include <QRegularExpression>

namespace routiq {

QString LogScrubber::scrub(const QString &message)
{
    // `?a=1&b=2` after a scheme://host/path keeps the names, drops the values.
    static const QRegularExpression url(
        QStringLiteral(R"(([a-zA-Z][a-zA-Z0-9+.-]*://[^\s?#"'<>]+)\?([^\s#"'<>]*))"));
    static const QRegularExpression value(QStringLiteral(R"(=([^&]*))"));
    // Authorization headers, bearer/basic tokens and key-like assignments.
    static const QRegularExpression secret(
        QStringLiteral(
            R"((\b(?:authorization|api[_-]?key|password|passwd|secret|token|bearer|basic)["']?\s*[:=]?\s*["']?(?:(?:basic|bearer)\s+)?)[^\s"',;&]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    out.reserve(message.size());
    qsizetype last = 0;
    auto it = url.globalMatch(message);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(message).mid(last, m.capturedStart() - last);
        QString query = m.captured(2);
        query.replace(value, QStringLiteral("=…"));
        out += m.captured(1) + u'?' + query;
        last = m.capturedEnd();
    }
    out += QStringView(message).mid(last);
    out.replace(secret, QStringLiteral("\\1…"));
    return out;
}

} // namespace routiq
