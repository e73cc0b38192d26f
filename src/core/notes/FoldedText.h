#pragma once

#include <QList>
#include <QString>

namespace ws {

// A text folded for matching a quote that changed in form only: runs of whitespace become one
// space, case is folded, typographic quotes and dashes become their ASCII forms. Keeps, for every
// folded code unit, the span of the original text it came from, so a match maps back to offsets.
class FoldedText
{
public:
    explicit FoldedText(const QString& text, bool trim = false);

    const QString& text() const { return m_text; }
    int size() const { return int(m_text.size()); }
    // The original span [start, end) of the folded span [from, to).
    int originalStart(int from) const { return m_start.at(from); }
    int originalEnd(int to) const { return m_end.at(to - 1); }
    // The folded position of an original offset (the first folded unit at or after it).
    int foldedPosition(int original) const;

private:
    void append(QChar folded, int start, int end);

    QString m_text;
    QList<int> m_start;
    QList<int> m_end;
};

} // namespace ws
