#pragma once

#include "extract/CurrencyTable.h"
#include "extract/Tokenizer.h"
#include "model/Extraction.h"

#include <QList>
#include <QStringView>
#include <memory>

namespace ws {

// Reads sums of money: "no less than 17.1 billion yuan (US$2.4 billion)", "NT$374.68 billion",
// "25 mln dlrs", "€1.2bn", "Rs 500 crore", "171億元". A sum followed by the same sum in US dollars in
// brackets is one amount, and its ratio is the exchange rate for that currency in the rest of the
// text; other amounts get USD from the currency table's rates. Percentages and bare numbers are
// not money.
class MoneyParser
{
public:
    explicit MoneyParser(std::shared_ptr<const CurrencyTable> currencies);

    QList<MoneyAmount> parse(QStringView text) const;
    QList<MoneyAmount> parse(QStringView text, const QList<Token>& tokens) const;

private:
    struct Raw
    {
        MoneyAmount amount;
        int firstToken = 0; // qualifier or symbol
        int numberToken = 0;
        int endToken = 0;
        int currency = -1; // index into the currency table
    };
    bool readAt(QStringView text, const QList<Token>& tokens, int i, Raw* out, bool allowRange) const;

    std::shared_ptr<const CurrencyTable> m_currencies;
};

} // namespace ws
