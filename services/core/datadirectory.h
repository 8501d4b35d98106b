#pragma once

#include <QString>

namespace routiq {

// Where Routiq keeps its encrypted databases: --data-dir, else ROUTIQ_DATA_DIR, else the
// platform's app data location (~/.local/share/Routiq on Linux).
class DataDirectory
{
public:
    static QString resolve(const QString &commandLineValue);
};

} // namespace routiq
