#include "includegraph.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

namespace routiq::test {

IncludeGraph IncludeGraph::read(const QString &servicesDirectory)
{
    static const QRegularExpression include(
        QStringLiteral(R"(^\s*#\s*include\s+"([a-z_]+)/[^"]+")"),
        QRegularExpression::MultilineOption);
    IncludeGraph graph;
    const QDir root(servicesDirectory);
    const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &folder : folders) {
        QDirIterator files(root.filePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                           QDir::Files, QDirIterator::Subdirectories);
        graph.m_edges[folder]; // a folder that includes nothing is still in the graph
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            for (auto it = include.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const QString target = m.captured(1);
                if (target != folder && folders.contains(target))
                    graph.add(folder, target,
                              root.relativeFilePath(path) + QStringLiteral(": ") +
                                  m.captured(0).trimmed());
            }
        }
    }
    return graph;
}

void IncludeGraph::add(const QString &from, const QString &to, const QString &evidence)
{
    m_edges[from][to].append(evidence);
    m_edges[to];
}

QStringList IncludeGraph::folders() const
{
    return m_edges.keys();
}

QStringList IncludeGraph::dependencies(const QString &folder) const
{
    return m_edges.value(folder).keys();
}

QStringList IncludeGraph::evidence(const QString &from, const QString &to) const
{
    return m_edges.value(from).value(to);
}

QStringList IncludeGraph::findCycle() const
{
    QMap<QString, int> state; // 0 unseen, 1 on the current path, 2 done
    for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it) {
        QStringList path;
        if (state.value(it.key()) == 0 && search(it.key(), path, state))
            return path;
    }
    return {};
}

// Depth-first: meeting a folder still on the path closes a cycle, which is then cut out of it.
bool IncludeGraph::search(const QString &folder, QStringList &path, QMap<QString, int> &state) const
{
    state[folder] = 1;
    path.append(folder);
    const QStringList next = dependencies(folder);
    for (const QString &to : next) {
        if (state.value(to) == 1) {
            path = path.mid(path.indexOf(to));
            path.append(to);
            return true;
        }
        if (state.value(to) == 0 && search(to, path, state))
            return true;
    }
    path.removeLast();
    state[folder] = 2;
    return false;
}

} // namespace routiq::test
