#include "extract/TsvTable.h"

#include <QFile>

namespace ws {

bool TsvTable::load(const QString& path, QString* error)
{
    m_path = path;
    m_header.clear();
    m_columns.clear();
    m_rows.clear();
    m_comments.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + QStringLiteral(": cannot read: ") + file.errorString();
        return false;
    }
    const QString content = QString::fromUtf8(file.readAll());
    const QStringList lines = content.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (i == 0 && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('#'))) {
            m_comments.append(line.mid(1).trimmed());
            continue;
        }
        QStringList fields = line.split(QLatin1Char('\t'));
        for (QString& field : fields)
            field = field.trimmed();
        if (m_header.isEmpty()) {
            m_header = fields;
            for (int c = 0; c < fields.size(); ++c)
                m_columns.insert(fields[c].toLower(), c);
            continue;
        }
        m_rows.append({i + 1, fields});
    }
    if (m_header.isEmpty()) {
        if (error)
            *error = path + QStringLiteral(": no header line");
        return false;
    }
    return true;
}

QString TsvTable::value(const Row& row, const QString& column) const
{
    const int index = m_columns.value(column.toLower(), -1);
    return index >= 0 && index < row.fields.size() ? row.fields[index] : QString();
}

QStringList TsvTable::values(const Row& row, const QString& column) const
{
    QStringList out;
    const QString text = value(row, column);
    if (text.isEmpty())
        return out;
    // Views of the parts: no list of untrimmed copies first.
    for (const QStringView part : QStringView(text).tokenize(u'|')) {
        const QStringView trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed.toString());
    }
    return out;
}

} // namespace ws
