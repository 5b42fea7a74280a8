#pragma once

#include <QByteArray>
#include <QString>

// Small helpers shared by the core tests.
namespace TestHelpers {
// Writes bytes to dir/relativePath, creating folders; returns the absolute path.
QString writeFile(const QString &dir, const QString &relativePath, const QByteArray &content);
QByteArray readFile(const QString &path);
// Path of the bundled sample pack in the source tree.
QString samplePackPath();
} // namespace TestHelpers
