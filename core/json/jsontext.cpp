#include "jsontext.h"

#include "jsonrpc/jsonkeyscanner.h"

#include <QJsonParseError>

namespace Sockscope {

namespace {

void locate(const QByteArray &text, qint64 offset, JsonText::Error *error)
{
    const QByteArray before = text.left(offset);
    error->line = int(before.count('\n')) + 1;
    error->column = int(offset - before.lastIndexOf('\n'));
}

} // namespace

bool JsonText::parse(const QByteArray &text, QJsonDocument *document, Error *error, DuplicateKeys duplicates)
{
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error->detail = parseError.errorString();
        error->message = tr("not valid JSON: %1").arg(error->detail);
        locate(text, parseError.offset, error);
        return false;
    }
    if (duplicates == DuplicateKeys::Refused) {
        const QList<JsonKeyScanner::Duplicate> found = JsonKeyScanner::findDuplicates(text, 1);
        if (!found.isEmpty()) {
            error->detail = found.first().key;
            error->message = tr("the key \"%1\" appears twice in one object").arg(error->detail);
            locate(text, found.first().offset, error);
            return false;
        }
    }
    *document = parsed;
    return true;
}

} // namespace Sockscope
