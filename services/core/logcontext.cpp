#include "logcontext.h"

#include <QRandomGenerator>

namespace routiq {

namespace {
thread_local QString t_runId;
} // namespace

QString LogContext::runId()
{
    return t_runId;
}

void LogContext::setRunId(const QString &runId)
{
    t_runId = runId;
}

QString LogContext::newRunId()
{
    return QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
}

} // namespace routiq
