#include "followprinter.h"

#include <QJsonDocument>

#include <cstdio>

namespace routiq::cli {

bool FollowPrinter::print(const QJsonObject &answer)
{
    QJsonObject figures = answer;
    figures.remove(QStringLiteral("lastUpdated"));
    if (m_printed && figures == m_last)
        return false;
    m_last = figures;
    m_printed = true;
    std::printf("%s\n", QJsonDocument(answer).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return true;
}

} // namespace routiq::cli
