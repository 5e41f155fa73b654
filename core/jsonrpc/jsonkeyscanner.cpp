#include "jsonkeyscanner.h"

#include "jsonstringscan.h"

#include <QSet>

#include <vector>

namespace Sockscope {

namespace {

struct Container final
{
    bool isObject = false;
    bool expectKey = false;
    QSet<QString> keys;
};

} // namespace

QList<JsonKeyScanner::Duplicate> JsonKeyScanner::findDuplicates(const QByteArray &json, int limit)
{
    QList<Duplicate> found;
    std::vector<Container> stack;
    int batchIndex = -1;
    const char *data = json.constData();
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size && found.size() < limit; ++i) {
        const char c = data[i];
        switch (c) {
        case '"': {
            const qsizetype open = i;
            bool escaped = false;
            i = JsonStringScan::closingQuote(data, size, open, &escaped);
            if (!stack.empty() && stack.back().isObject && stack.back().expectKey) {
                Container &object = stack.back();
                object.expectKey = false;
                const QString key = JsonStringScan::decodeKey(json, open, i, escaped);
                if (object.keys.contains(key)) {
                    const bool inBatch = !stack.front().isObject;
                    found.append({key, open, int(stack.size()) - (inBatch ? 1 : 0), inBatch ? batchIndex : -1});
                } else {
                    object.keys.insert(key);
                }
            }
            break;
        }
        case '{':
        case '[':
            if (stack.empty() && c == '[')
                batchIndex = 0;
            stack.push_back({c == '{', c == '{', {}});
            break;
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            break;
        case ',':
            if (!stack.empty()) {
                if (stack.back().isObject)
                    stack.back().expectKey = true;
                else if (stack.size() == 1)
                    ++batchIndex;
            }
            break;
        default:
            break;
        }
    }
    return found;
}

} // namespace Sockscope
