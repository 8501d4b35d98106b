#pragma once

#include <QSqlDriverPlugin>

namespace routiq {

// Makes SqlCipherDriver available to QSqlDatabase under the name "QSQLCIPHER".
class SqlCipherPlugin final : public QSqlDriverPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.qt-project.Qt.QSqlDriverFactoryInterface" FILE "qsqlcipher.json")
public:
    explicit SqlCipherPlugin(QObject *parent = nullptr);
    QSqlDriver *create(const QString &key) override;
};

} // namespace routiq
