#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>
#include <vector>

namespace ws {

// A JSON value as the importer reads it: a plain tree. Building a QJsonObject per record copied every
// string into CBOR storage and kept the keys sorted by inserting them one at a time; this holds the
// strings as read. Members are kept in QJsonObject's order (keys by code point), because where
// a record has two names for one field the first in that order wins (RecordMapper).
struct JsonNode
{
    enum class Type
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };
    struct Member;

    Type type = Type::Null;
    bool boolean = false;
    double number = 0; // every number as QJsonValue::toDouble() reads it
    QString text;
    std::vector<JsonNode> items; // an array's elements
    std::vector<Member> members; // an object's members, in QJsonObject's order

    bool isString() const { return type == Type::String; }
    bool isArray() const { return type == Type::Array; }
    bool isObject() const { return type == Type::Object; }
    // The member named `key`, or null.
    const JsonNode* member(QStringView key) const;
    // Puts the members of an object read in file order into QJsonObject's order (keys are unique).
    void sortMembers();

    // The same tree from what QJsonDocument read (the slow path, and whole documents).
    static JsonNode fromQt(const QJsonValue& value);

    friend bool operator==(const JsonNode& a, const JsonNode& b);
};

struct JsonNode::Member
{
    QString key;
    JsonNode value;
    friend bool operator==(const Member& a, const Member& b) { return a.key == b.key && a.value == b.value; }
};

} // namespace ws
