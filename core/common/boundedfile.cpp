#include "boundedfile.h"

#include <QFile>
#include <QFileInfo>

namespace Sockscope {

namespace {

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

bool BoundedFile::read(const QString &path, QByteArray *data, QString *error, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("is a directory, not a file");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the file: %1").arg(file.errorString());
        return false;
    }
    if (!file.isSequential() && file.size() > maxBytes) {
        *error = tr("is %1 MiB; files over %2 MiB are refused").arg(mebibytes(file.size()), mebibytes(maxBytes));
        return false;
    }
    // Devices and pipes have no size: read one byte more than allowed to tell.
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        *error = tr("holds more than %1 MiB; larger files are refused").arg(mebibytes(maxBytes));
        return false;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = tr("cannot read the file: %1").arg(file.errorString());
        return false;
    }
    *data = std::move(bytes);
    return true;
}

} // namespace Sockscope
