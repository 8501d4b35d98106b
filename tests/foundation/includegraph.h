#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace routiq::test {

// The include graph of services/ between its concern folders (storage, sync, security, …), read
// from the sources themselves so that the layering test sees what the compiler sees. An edge
// a → b means a file in a/ includes "b/…"; each edge keeps the lines that make it, for messages.
class IncludeGraph
{
public:
    // Every .h/.cpp under servicesDirectory; includes of a file's own folder and <system>
    // headers are not edges.
    static IncludeGraph read(const QString &servicesDirectory);

    void add(const QString &from, const QString &to, const QString &evidence);
    QStringList folders() const;
    QStringList dependencies(const QString &folder) const;
    // "path: #include line" for every include that makes the edge from → to.
    QStringList evidence(const QString &from, const QString &to) const;
    // One cycle as folder names a, b, …, a; empty when the graph has none.
    QStringList findCycle() const;

private:
    bool search(const QString &folder, QStringList &path, QMap<QString, int> &state) const;

    QMap<QString, QMap<QString, QStringList>> m_edges;
};

} // namespace routiq::test
