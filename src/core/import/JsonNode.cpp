#include "import/JsonNode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace ws {

const JsonNode* JsonNode::member(QStringView key) const
{
    for (const Member& m : members) {
        if (m.key == key)
            return &m.value;
    }
    return nullptr;
}

namespace {

// A UTF-16 unit's place in code point order: a surrogate (of a pair above U+FFFF) after U+E000..U+FFFF.
char16_t codePointRank(char16_t unit)
{
    if (unit >= 0xE000)
        return char16_t(unit - 0x800);
    if (unit >= 0xD800)
        return char16_t(unit + 0x2000);
    return unit;
}

// QJsonObject orders its keys by code point (QString's operator< compares UTF-16 units, which puts a
// character above U+FFFF before U+E000..U+FFFF).
bool beforeInCodePoints(const QString& a, const QString& b)
{
    const qsizetype common = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        const char16_t x = a[i].unicode();
        const char16_t y = b[i].unicode();
        if (x != y)
            return codePointRank(x) < codePointRank(y);
    }
    return a.size() < b.size();
}

} // namespace

void JsonNode::sortMembers()
{
    std::sort(members.begin(), members.end(),
              [](const Member& a, const Member& b) { return beforeInCodePoints(a.key, b.key); });
}

JsonNode JsonNode::fromQt(const QJsonValue& value)
{
    JsonNode node;
    switch (value.type()) {
    case QJsonValue::Bool:
        node.type = Type::Bool;
        node.boolean = value.toBool();
        break;
    case QJsonValue::Double:
        node.type = Type::Number;
        node.number = value.toDouble();
        break;
    case QJsonValue::String:
        node.type = Type::String;
        node.text = value.toString();
        break;
    case QJsonValue::Array: {
        node.type = Type::Array;
        const QJsonArray array = value.toArray();
        node.items.reserve(size_t(array.size()));
        for (const QJsonValue& item : array)
            node.items.push_back(fromQt(item));
        break;
    }
    case QJsonValue::Object: {
        node.type = Type::Object;
        const QJsonObject object = value.toObject();
        node.members.reserve(size_t(object.size()));
        for (auto it = object.begin(); it != object.end(); ++it)
            node.members.push_back(Member{it.key(), fromQt(it.value())});
        break;
    }
    default:
        break;
    }
    return node;
}

bool operator==(const JsonNode& a, const JsonNode& b)
{
    return a.type == b.type && a.boolean == b.boolean && a.number == b.number && a.text == b.text &&
           a.items == b.items && a.members == b.members;
}

} // namespace ws
