#include "import/CsvImporter.h"

#include "model/Story.h"

namespace ws {

namespace {

// Warnings for ragged rows listed one by one before they are summed up.
constexpr int maxRaggedWarnings = 10;
// A quoted field longer than this is taken as an unclosed quote.
constexpr int maxRecordLines = 10000;

// Splits one complete line into fields (quotes respected); false when a quote stays open.
bool splitLine(QStringView line, QChar delimiter, QStringList& fields, QString& field, bool& quoted)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < line.size() && line[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
        } else if (c == delimiter) {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    return !quoted;
}

} // namespace

QChar CsvImporter::sniffDelimiter(QStringView head, const QString& fileName)
{
    QList<QStringView> lines = head.split(u'\n');
    if (!head.endsWith(u'\n') && lines.size() > 1)
        lines.removeLast(); // may be cut off
    if (lines.size() > 20)
        lines = lines.mid(0, 20);
    QChar best;
    double bestShare = 0;
    int bestFields = 0;
    for (QChar candidate : {QChar(u'\t'), QChar(u','), QChar(u';'), QChar(u'|')}) {
        QList<int> counts; // fields per record
        QStringList parts;
        QString field;
        bool quoted = false;
        for (QStringView line : std::as_const(lines)) {
            if (!quoted && line.trimmed().isEmpty())
                continue;
            if (!splitLine(line, candidate, parts, field, quoted)) {
                field += u'\n';
                continue; // a field over several lines
            }
            parts.append(field);
            field.clear();
            counts.append(int(parts.size()));
            parts.clear();
        }
        if (counts.isEmpty() || counts.front() < 2)
            continue;
        // Most records have as many fields as the header (ragged rows happen, and are reported).
        const int header = counts.front();
        const double share = double(counts.count(header)) / counts.size();
        if (share < 0.6 || (counts.size() == 1 && lines.size() > 1))
            continue;
        if (share > bestShare || (share == bestShare && header > bestFields)) {
            best = candidate;
            bestShare = share;
            bestFields = header;
        }
    }
    if (best.isNull() && fileName.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive))
        return u'\t';
    return best;
}

int CsvImporter::sniff(QStringView head, const QString& fileName) const
{
    const QChar delimiter = sniffDelimiter(head, fileName);
    if (delimiter.isNull())
        return 0;
    const QStringView first = head.left(head.indexOf(u'\n') < 0 ? head.size() : head.indexOf(u'\n'));
    int known = 0;
    int longFields = 0;
    for (QStringView name : first.split(delimiter)) {
        QString n = name.trimmed().toString();
        if (n.startsWith(u'"') && n.endsWith(u'"') && n.size() >= 2)
            n = n.mid(1, n.size() - 2);
        known += RecordMapper::fieldOf(n) != RecordMapper::Field::None;
        longFields += n.size() > 40;
    }
    const bool csvName = fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ||
                         fileName.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive);
    int score = known >= 2 ? 85 : known == 1 ? 70 : longFields == 0 ? 40 : 25;
    if (csvName)
        score += 10;
    return qMin(score, 100);
}

bool CsvImporter::readRecord(TextInput& input, QChar delimiter, QStringList& fields, int& lineStart)
{
    fields.clear();
    QString line;
    QString field;
    bool quoted = false;
    int lines = 0;
    while (input.readLine(line)) {
        if (lines == 0) {
            if (line.trimmed().isEmpty())
                continue; // blank lines between records
            lineStart = input.lineNumber();
        }
        ++lines;
        if (splitLine(line, delimiter, fields, field, quoted)) {
            fields.append(field);
            return true;
        }
        if (lines >= maxRecordLines) {
            input.error(lineStart, QStringLiteral("quoted field opened here is not closed within %1 lines; "
                                                  "record skipped")
                                       .arg(maxRecordLines));
            fields.clear();
            field.clear();
            quoted = false;
            lines = 0;
            continue;
        }
        field += u'\n';
    }
    if (lines > 0) {
        input.error(lineStart,
                    QStringLiteral("quoted field opened here is not closed at the end of the file; "
                                   "record skipped"));
    }
    return false;
}

void CsvImporter::parse(TextInput& input)
{
    // The delimiter: from the first lines, read ahead and kept for the record reader.
    QStringList header;
    int headerLine = 0;
    QChar delimiter;
    {
        // Sniff on the first line(s) as they come through the reader.
        QString line;
        QString head;
        QList<QString> firstLines;
        while (firstLines.size() < 1 && input.readLine(line)) {
            if (!line.trimmed().isEmpty()) {
                firstLines.append(line);
                headerLine = input.lineNumber();
            }
        }
        if (firstLines.isEmpty())
            return;
        // The header line alone decides the delimiter: the candidate splitting it into most fields.
        int best = 1;
        for (QChar candidate : {QChar(u'\t'), QChar(u','), QChar(u';'), QChar(u'|')}) {
            QStringList parts;
            QString field;
            bool quoted = false;
            splitLine(firstLines.front(), candidate, parts, field, quoted);
            parts.append(field);
            if (!quoted && parts.size() > best) {
                best = int(parts.size());
                delimiter = candidate;
            }
        }
        if (delimiter.isNull()) {
            input.error(headerLine,
                        QStringLiteral("no delimiter (comma, tab, semicolon or bar) in the header row"));
            return;
        }
        QString field;
        bool quoted = false;
        splitLine(firstLines.front(), delimiter, header, field, quoted);
        header.append(field);
    }

    int mapped = 0;
    for (const QString& name : std::as_const(header))
        mapped += RecordMapper::fieldOf(name.trimmed()) != RecordMapper::Field::None;

    QStringList fields;
    int lineStart = 0;
    bool headerIsData = false;
    if (mapped == 0) {
        // No known column names: the first row is data. The longest text column is the body and
        // the next longest the title; said in a warning, since it is read from the data.
        int body = -1;
        int title = -1;
        for (int i = 0; i < header.size(); ++i) {
            bool numeric = false;
            header[i].trimmed().toDouble(&numeric);
            if (numeric)
                continue;
            if (body < 0 || header[i].size() > header[body].size()) {
                title = body;
                body = i;
            } else if (title < 0 || header[i].size() > header[title].size()) {
                title = i;
            }
        }
        if (body < 0) {
            input.error(headerLine, QStringLiteral("no header row with known column names (title, body/text/"
                                                   "content, date, ...) and no text column"));
            return;
        }
        input.warning(
            headerLine,
            QStringLiteral("no header row with known column names; reading column %1 as "
                           "the text%2")
                .arg(body + 1)
                .arg(title >= 0 ? QStringLiteral(" and column %1 as the title").arg(title + 1) : QString()));
        QStringList names(header.size());
        names[body] = QStringLiteral("body");
        if (title >= 0)
            names[title] = QStringLiteral("title");
        fields = header;
        header = names;
        lineStart = headerLine;
        headerIsData = true;
    }

    RecordMapper mapper;
    int ragged = 0;
    int badDates = 0;
    QString firstBadDate;
    int firstBadDateLine = 0;
    while (!input.isCancelled() && (headerIsData || readRecord(input, delimiter, fields, lineStart))) {
        headerIsData = false;
        if (fields.size() == 1 && fields.front().trimmed().isEmpty())
            continue;
        if (fields.size() != header.size()) {
            const bool pad = fields.size() < header.size();
            if (++ragged <= maxRaggedWarnings) {
                input.warning(lineStart, QStringLiteral("row has %1 fields, the header has %2; %3")
                                             .arg(fields.size())
                                             .arg(header.size())
                                             .arg(pad ? QStringLiteral("padded with empty fields")
                                                      : QStringLiteral("row skipped")));
            }
            if (!pad)
                continue;
            while (fields.size() < header.size())
                fields.append(QString());
        }
        mapper.clear();
        for (int i = 0; i < header.size(); ++i)
            mapper.add(header[i].trimmed(), fields[i]);
        QString badDate;
        std::optional<Story> story = mapper.story(&badDate);
        if (!story) {
            input.warning(lineStart, QStringLiteral("row has no title or text; skipped"));
            continue;
        }
        if (!badDate.isEmpty() && badDates++ == 0) {
            firstBadDate = badDate;
            firstBadDateLine = lineStart;
        }
        story->source.path = input.path();
        story->source.lineStart = lineStart;
        story->source.lineEnd = input.lineNumber();
        input.addStory(std::move(*story));
    }
    if (ragged > maxRaggedWarnings)
        input.warning(0, QStringLiteral("%1 ragged rows in all (the first %2 are listed)")
                             .arg(ragged)
                             .arg(maxRaggedWarnings));
    if (badDates > 0)
        input.warning(firstBadDateLine,
                      QStringLiteral("%1 date%2 could not be read (first: \"%3\"); left empty")
                          .arg(badDates)
                          .arg(badDates == 1 ? "" : "s")
                          .arg(firstBadDate.left(60)));
}

} // namespace ws
