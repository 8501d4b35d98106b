#pragma once

#include <QString>

class QCoreApplication;

namespace routiq {

// Loads the compiled-in translation for `language` ("de", "es"), or the system locale when
// empty. An explicit language also becomes the default QLocale (numbers, dates). Returns the
// language actually installed ("en" when none matched).
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace routiq
