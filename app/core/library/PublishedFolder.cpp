#include "core/library/PublishedFolder.h"

#include "core/platform/DirHandle.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSysInfo>

namespace {
QByteArray heartbeat()
{
    const QJsonObject o { { QStringLiteral("host"), QSysInfo::machineHostName() },
                          { QStringLiteral("pid"), QCoreApplication::applicationPid() },
                          { QStringLiteral("program"), QCoreApplication::applicationName() },
                          { QStringLiteral("heartbeat"),
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

// Replaces name in dir by a file holding data: a temporary file renamed over it, so that no reader
// ever sees half of it.
bool replaceFile(const DirHandle &dir, const QString &name, const QByteArray &data, QString *error)
{
    QFile file;
    QString temporary;
    if (!dir.createTemporaryFile(QStringLiteral(".") + name + QStringLiteral("."), QString(), &file,
                                 &temporary, error))
        return false;
    const bool written = file.write(data) == data.size() && DirHandle::sync(&file);
    file.close();
    if (!written || !dir.rename(temporary, dir, name, true, error)) {
        if (!written && error)
            *error = PublishedFolder::tr("Cannot write %1: %2").arg(dir.pathOf(name), file.errorString());
        dir.remove(temporary);
        return false;
    }
    return true;
}
} // namespace

QStringList PublishedFolder::parts()
{
    return { pointerFileName(), versionsFolder(), leasesFolder(),
             stagingFolder(),   derivedFolder(),  QStringLiteral("files") };
}

bool PublishedFolder::isPublished(const QString &dir)
{
    const DirHandle root = DirHandle::open(dir, nullptr);
    return root.isValid() && root.kind(pointerFileName()) == DirHandle::Kind::File
        && root.kind(QStringLiteral("catalog.db")) == DirHandle::Kind::Missing;
}

bool PublishedFolder::isVersionName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^v[0-9A-Za-z-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

QString PublishedFolder::newVersionName(const QStringList &existing)
{
    qint64 last = 0;
    for (const QString &name : existing)
        last = qMax(last, QStringView(name).mid(1).split(QLatin1Char('-')).first().toLongLong());
    return QStringLiteral("v%1-%2-%3")
        .arg(last + 1, 8, 10, QLatin1Char('0'))
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz")))
        .arg(QRandomGenerator::system()->generate() & 0xffff, 4, 16, QLatin1Char('0'));
}

QString PublishedFolder::catalogPath(const QString &dir, const QString &version)
{
    return dir + QLatin1Char('/') + versionsFolder() + QLatin1Char('/') + version
        + QStringLiteral("/catalog.db");
}

QString PublishedFolder::currentVersion(const QString &dir, QString *error)
{
    const DirHandle root = DirHandle::open(dir, error);
    QFile file;
    if (!root.isValid() || !root.openFile(pointerFileName(), &file, error))
        return {};
    const QString name = QString::fromUtf8(file.read(256)).trimmed();
    if (!isVersionName(name)) {
        if (error)
            *error = tr("The file %1 names no version of the library.").arg(root.pathOf(pointerFileName()));
        return {};
    }
    return name;
}

ReaderLease::ReaderLease(QString dir, QString version, QString fileName)
    : m_dir(std::move(dir))
    , m_version(std::move(version))
    , m_fileName(std::move(fileName))
{
}

std::unique_ptr<ReaderLease> ReaderLease::take(const QString &dir, const QString &version)
{
    const DirHandle root = DirHandle::open(dir, nullptr);
    if (!root.isValid() || !PublishedFolder::isVersionName(version))
        return nullptr;
    // Made by the publisher; a reader that cannot write there (a read-only share) takes no lease.
    const DirHandle leases = root.openDir(PublishedFolder::leasesFolder(), nullptr);
    if (!leases.isValid())
        return nullptr;
    const QString name = QStringLiteral("%1.%2.lease")
                             .arg(version)
                             .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    if (!replaceFile(leases, name, heartbeat(), nullptr))
        return nullptr;
    return std::unique_ptr<ReaderLease>(new ReaderLease(dir, version, name));
}

ReaderLease::~ReaderLease()
{
    const DirHandle root = DirHandle::open(m_dir, nullptr);
    const DirHandle leases
        = root.isValid() ? root.openDir(PublishedFolder::leasesFolder(), nullptr) : DirHandle();
    if (leases.isValid())
        leases.remove(m_fileName);
}

bool ReaderLease::renew()
{
    const DirHandle root = DirHandle::open(m_dir, nullptr);
    const DirHandle leases
        = root.isValid() ? root.openDir(PublishedFolder::leasesFolder(), nullptr) : DirHandle();
    return leases.isValid() && replaceFile(leases, m_fileName, heartbeat(), nullptr);
}

QList<ReaderLease::Info> ReaderLease::list(const QString &dir)
{
    QList<Info> found;
    const DirHandle root = DirHandle::open(dir, nullptr);
    const DirHandle leases
        = root.isValid() ? root.openDir(PublishedFolder::leasesFolder(), nullptr) : DirHandle();
    for (const QString &name : leases.isValid() ? leases.entries() : QStringList()) {
        if (!name.endsWith(QLatin1String(".lease")) || name.startsWith(QLatin1Char('.')))
            continue;
        Info info;
        info.fileName = name;
        info.version = name.section(QLatin1Char('.'), 0, 0);
        QFile file;
        if (leases.openFile(name, &file, nullptr)) {
            const QJsonObject o = QJsonDocument::fromJson(file.read(4096)).object();
            info.heartbeat
                = QDateTime::fromString(o.value(QStringLiteral("heartbeat")).toString(), Qt::ISODateWithMs);
        }
        found.append(info);
    }
    return found;
}
