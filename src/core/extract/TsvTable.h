#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ws {

// A UTF-8 tab-separated table as the data/ files are written: the first non-comment line is the
// header, lines starting with '#' are comments, a field may hold several values separated by '|'.
class TsvTable
{
public:
    struct Row
    {
        int line = 0; // 1-based line in the file
        QStringList fields;
    };

    // False (with "FILE: reason" in *error) when the file cannot be read or has no header.
    bool load(const QString& path, QString* error = nullptr);

    const QString& path() const { return m_path; }
    const QStringList& header() const { return m_header; }
    const QList<Row>& rows() const { return m_rows; }
    const QStringList& comments() const { return m_comments; }
    bool hasColumn(const QString& name) const { return m_columns.contains(name); }
    QString value(const Row& row, const QString& column) const;
    QStringList values(const Row& row, const QString& column) const;
    // "FILE:LINE: message" for reports.
    QString where(const Row& row) const { return m_path + QLatin1Char(':') + QString::number(row.line); }

private:
    QString m_path;
    QStringList m_header;
    QHash<QString, int> m_columns;
    QList<Row> m_rows;
    QStringList m_comments;
};

} // namespace ws
