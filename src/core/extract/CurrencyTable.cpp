#include "extract/CurrencyTable.h"

#include "extract/ChineseFold.h"
#include "extract/TsvTable.h"

#include <QRegularExpression>

namespace ws {

bool CurrencyTable::load(const QString& path, QStringList* issues)
{
    TsvTable table;
    QString error;
    if (!table.load(path, &error)) {
        if (issues)
            issues->append(error);
        return false;
    }
    static const QRegularExpression asOf(QStringLiteral("as of\\s+(.+)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (const QString& comment : table.comments()) {
        if (!comment.startsWith(QLatin1String("rates"), Qt::CaseInsensitive))
            continue;
        const QRegularExpressionMatch match = asOf.match(comment);
        if (match.hasMatch())
            m_rateDate = match.captured(1).trimmed();
    }
    for (const TsvTable::Row& row : table.rows()) {
        Currency currency;
        currency.code = table.value(row, QStringLiteral("code")).toUpper();
        if (currency.code.isEmpty()) {
            if (issues)
                issues->append(table.where(row) + QStringLiteral(": currency without a code"));
            continue;
        }
        currency.symbols = table.values(row, QStringLiteral("symbols"));
        currency.names = table.values(row, QStringLiteral("names"));
        const QString rate = table.value(row, QStringLiteral("usd_per_unit"));
        bool ok = false;
        const double value = rate.toDouble(&ok);
        if (ok && value > 0)
            currency.usdPerUnit = value;
        else if (!rate.isEmpty() && issues)
            issues->append(table.where(row) + QStringLiteral(": usd_per_unit is not a positive number: ") +
                           rate);
        if (m_byCode.contains(currency.code)) {
            if (issues)
                issues->append(table.where(row) + QStringLiteral(": currency listed twice: ") +
                               currency.code);
            continue;
        }
        const int index = int(m_currencies.size());
        m_byCode.insert(currency.code, index);
        // The ISO code works as a symbol too ("USD 5 million", "5 million USD").
        QStringList symbols = currency.symbols;
        symbols.append(currency.code);
        for (const QString& symbol : symbols) {
            const int phrase = m_symbols.add(symbol, symbol.size() <= 3 && symbol[0].isLetter());
            if (phrase >= 0 && !m_symbolCurrency.contains(phrase))
                m_symbolCurrency.insert(phrase, index);
        }
        QStringList names = currency.names;
        names.append(currency.code);
        // Letter symbols follow the number too: "10 mln stg", "50 mln DM", "171億元".
        for (const QString& symbol : std::as_const(currency.symbols)) {
            bool letters = symbol.size() >= 2 || ChineseFold::containsHan(symbol);
            for (QChar c : symbol)
                letters = letters && (c.isLetter() || c == u'.');
            if (letters && !symbol.endsWith(QLatin1Char('.')))
                names.append(symbol);
        }
        for (const QString& name : names) {
            const bool shortLatin = name.size() <= 3 && !ChineseFold::containsHan(name);
            const int phrase = m_names.add(name, shortLatin);
            if (phrase >= 0 && !m_nameCurrency.contains(phrase))
                m_nameCurrency.insert(phrase, index);
        }
        m_currencies.append(currency);
    }
    if (m_rateDate.isEmpty() && issues)
        issues->append(path + QStringLiteral(": no '# rates: USD per one unit, as of DATE' comment"));
    return true;
}

const Currency* CurrencyTable::find(const QString& code) const
{
    const int index = m_byCode.value(code.toUpper(), -1);
    return index >= 0 ? &m_currencies[index] : nullptr;
}

int CurrencyTable::symbolBefore(QStringView text, const QList<Token>& tokens, int end, int* first) const
{
    const PhraseMatcher::Hit hit = m_symbols.longestEndingAt(text, tokens, end, qMax(0, end - 4));
    if (!hit.found())
        return -1;
    if (first)
        *first = hit.first;
    return m_symbolCurrency.value(hit.phrase, -1);
}

int CurrencyTable::nameAt(QStringView text, const QList<Token>& tokens, int i, int* end) const
{
    const PhraseMatcher::Hit hit = m_names.longestAt(text, tokens, i, qMin(int(tokens.size()), i + 6));
    if (!hit.found())
        return -1;
    if (end)
        *end = hit.end;
    return m_nameCurrency.value(hit.phrase, -1);
}

int CurrencyTable::hanNameBefore(QStringView text, const QList<Token>& tokens, int end, int* first) const
{
    if (end <= 0 || tokens[end - 1].kind != Token::Han)
        return -1;
    const PhraseMatcher::Hit hit = m_names.longestEndingAt(text, tokens, end, qMax(0, end - 4));
    if (!hit.found() || tokens[hit.first].kind != Token::Han)
        return -1;
    if (first)
        *first = hit.first;
    return m_nameCurrency.value(hit.phrase, -1);
}

} // namespace ws
