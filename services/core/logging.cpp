#include "logging.h"

Q_LOGGING_CATEGORY(lcApp, "routiq.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "routiq.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "routiq.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "routiq.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPms, "routiq.pms", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "routiq.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMetrics, "routiq.metrics", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSimulator, "routiq.simulator", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecurity, "routiq.security", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInsights, "routiq.insights", QtInfoMsg)
