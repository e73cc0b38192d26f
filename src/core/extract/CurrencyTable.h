#pragma once

#include "extract/PhraseMatcher.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ws {

struct Currency
{
    QString code;        // ISO 4217
    QStringList symbols; // written before the number: US$, NT$, €, Rs
    QStringList names;   // written after it: yuan, dlrs, euros, 美元
    double usdPerUnit = -1;
};

// currencies.tsv: `code symbols names usd_per_unit`, with a `# rates: USD per one unit, as of DATE`
// comment giving the date of the rates.
class CurrencyTable
{
public:
    // Reads the table; problems go to *issues as "FILE:LINE: message". False if unreadable.
    bool load(const QString& path, QStringList* issues = nullptr);

    const QList<Currency>& currencies() const { return m_currencies; }
    const Currency* find(const QString& code) const;
    QString rateDate() const { return m_rateDate; }

    // The currency symbol (or ISO code) ending just before token `end`: index into currencies(), or
    // -1; *first gets its first token.
    int symbolBefore(QStringView text, const QList<Token>& tokens, int end, int* first) const;
    // The currency name starting at token `i` ("billion yuan", "mln U.S. dlrs"): index or -1; *end
    // gets the token after it.
    int nameAt(QStringView text, const QList<Token>& tokens, int i, int* end) const;
    // A currency name written before the number, as Chinese does (人民幣171億元).
    int hanNameBefore(QStringView text, const QList<Token>& tokens, int end, int* first) const;

private:
    QList<Currency> m_currencies;
    QHash<QString, int> m_byCode;
    QString m_rateDate;
    PhraseMatcher m_symbols;
    PhraseMatcher m_names;
    QHash<int, int> m_symbolCurrency; // phrase -> currency
    QHash<int, int> m_nameCurrency;
};

} // namespace ws
