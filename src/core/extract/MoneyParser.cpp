#include "extract/MoneyParser.h"

#include "extract/HashSlots.h"
#include "extract/PhraseMatcher.h"

#include <QHash>
#include <cmath>

namespace ws {

namespace {

struct Words
{
    PhraseMatcher qualifiers;
    QStringList qualifierTexts;
    // By token hash; asked at every token of a story.
    HashSlots<double> scales;           // million, bn, 億...
    HashSlots<double> numberWords;      // one, two... (only before a scale)
    QHash<QString, double> glued;       // suffixes glued to digits: 5bn, 3m, 20k
    quint64 percent[4];
    quint64 cents[2];
    quint64 usWords[2];
    quint64 sWord = Tokenizer::hashOf(u"s");
    Words()
    {
        const char16_t* q[] = {u"no less than",
                               u"not less than",
                               u"no more than",
                               u"not more than",
                               u"at least",
                               u"at most",
                               u"about",
                               u"around",
                               u"approximately",
                               u"approx",
                               u"roughly",
                               u"nearly",
                               u"almost",
                               u"up to",
                               u"more than",
                               u"over",
                               u"as much as",
                               u"as high as",
                               u"as many as",
                               u"as little as",
                               u"less than",
                               u"some",
                               u"an estimated",
                               u"estimated",
                               u"close to",
                               u"under",
                               u"below",
                               u"above",
                               u"in excess of",
                               u"upwards of",
                               u"just over",
                               u"just under",
                               u"well over",
                               u"a total of",
                               u"total of",
                               u"an additional",
                               u"another",
                               u"約",
                               u"约",
                               u"逾",
                               u"超過",
                               u"超过",
                               u"近",
                               u"至少",
                               u"不低於",
                               u"不低于"};
        for (const char16_t* text : q) {
            const int phrase = qualifiers.add(QStringView(text));
            while (qualifierTexts.size() <= phrase)
                qualifierTexts.append(QString());
            qualifierTexts[phrase] = QString::fromUtf16(text);
        }
        const std::pair<const char16_t*, double> s[] = {
            {u"thousand", 1e3}, {u"million", 1e6},  {u"millions", 1e6}, {u"mn", 1e6},     {u"mln", 1e6},
            {u"billion", 1e9},  {u"billions", 1e9}, {u"bn", 1e9},       {u"bln", 1e9},    {u"trillion", 1e12},
            {u"tn", 1e12},      {u"trn", 1e12},     {u"crore", 1e7},    {u"crores", 1e7}, {u"lakh", 1e5},
            {u"lakhs", 1e5},    {u"lac", 1e5},      {u"億", 1e8},       {u"亿", 1e8},     {u"萬", 1e4},
            {u"万", 1e4},       {u"千", 1e3},       {u"兆", 1e12},      {u"百萬", 1e6}};
        for (const auto& [text, value] : s)
            scales[Tokenizer::hashOf(text)] = value;
        const char16_t* n[] = {u"one",   u"two",   u"three", u"four", u"five",   u"six",
                               u"seven", u"eight", u"nine",  u"ten",  u"eleven", u"twelve"};
        for (int i = 0; i < 12; ++i)
            numberWords[Tokenizer::hashOf(n[i])] = i + 1;
        numberWords[Tokenizer::hashOf(u"twenty")] = 20;
        numberWords[Tokenizer::hashOf(u"fifty")] = 50;
        numberWords[Tokenizer::hashOf(u"hundred")] = 100;
        glued = {{QStringLiteral("k"), 1e3},   {QStringLiteral("m"), 1e6},   {QStringLiteral("mn"), 1e6},
                 {QStringLiteral("mln"), 1e6}, {QStringLiteral("b"), 1e9},   {QStringLiteral("bn"), 1e9},
                 {QStringLiteral("bln"), 1e9}, {QStringLiteral("tn"), 1e12}, {QStringLiteral("trn"), 1e12}};
        percent[0] = Tokenizer::hashOf(u"%");
        percent[1] = Tokenizer::hashOf(u"percent");
        percent[2] = Tokenizer::hashOf(u"pct");
        percent[3] = Tokenizer::hashOf(u"per");
        cents[0] = Tokenizer::hashOf(u"cts");
        cents[1] = Tokenizer::hashOf(u"cents");
        usWords[0] = Tokenizer::hashOf(u"us");
        usWords[1] = Tokenizer::hashOf(u"u");
    }
};

const Words& words()
{
    static const Words instance;
    return instance;
}

bool isPunct(QStringView text, const Token& token, char16_t c)
{
    return token.kind == Token::Punct && text[token.start] == QChar(c);
}

// The value of a run of ASCII digits.
double digitsValue(QStringView digits)
{
    double value = 0;
    for (QChar c : digits)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

// Digits with thousands separators and a decimal part: "1,750", "17.1", "5bn" (scale glued on).
bool readNumber(QStringView text, const QList<Token>& tokens, int i, double* value, int* end,
                double* gluedScale)
{
    const Words& w = words();
    const int n = int(tokens.size());
    *gluedScale = 1;
    // "5bn": digits then a scale suffix; gives the digits.
    auto gluedWord = [&](const Token& token, QStringView* digits) -> bool {
        const QStringView word = text.mid(token.start, token.length());
        int k = 0;
        while (k < word.size() && word[k].unicode() >= u'0' && word[k].unicode() <= u'9')
            ++k;
        if (k == 0 || k == word.size() || word.size() - k > 3)
            return false;
        const auto scale = w.glued.constFind(word.mid(k).toString().toLower());
        if (scale == w.glued.constEnd())
            return false;
        *digits = word.left(k);
        *gluedScale = *scale;
        return true;
    };
    const Token& head = tokens[i];
    double number = 0;
    int j = i;
    if (head.kind == Token::Number) {
        number = digitsValue(text.mid(head.start, head.length()));
        j = i + 1;
        while (j + 1 < n && isPunct(text, tokens[j], u',') && !tokens[j].has(Token::SpaceBefore) &&
               tokens[j + 1].kind == Token::Number && tokens[j + 1].length() == 3 &&
               !tokens[j + 1].has(Token::SpaceBefore)) {
            number = number * 1000 + digitsValue(text.mid(tokens[j + 1].start, 3));
            j += 2;
        }
    } else if (head.kind == Token::Word) {
        QStringView digits;
        if (!gluedWord(head, &digits))
            return false;
        *value = digitsValue(digits);
        *end = i + 1;
        return true;
    } else {
        return false;
    }
    if (j + 1 < n && isPunct(text, tokens[j], u'.') && !tokens[j].has(Token::SpaceBefore) &&
        !tokens[j + 1].has(Token::SpaceBefore)) {
        QStringView decimals;
        if (tokens[j + 1].kind == Token::Number)
            decimals = text.mid(tokens[j + 1].start, tokens[j + 1].length());
        else if (tokens[j + 1].kind == Token::Word)
            gluedWord(tokens[j + 1], &decimals);
        if (!decimals.isEmpty()) {
            number += digitsValue(decimals) / std::pow(10.0, double(decimals.size()));
            j += 2;
        }
    }
    *value = number;
    *end = j;
    return true;
}

} // namespace

MoneyParser::MoneyParser(std::shared_ptr<const CurrencyTable> currencies)
    : m_currencies(std::move(currencies))
{
}

bool MoneyParser::readAt(QStringView text, const QList<Token>& tokens, int i, Raw* out, bool allowRange) const
{
    const Words& w = words();
    const int n = int(tokens.size());
    double value = 0;
    int j = i;
    double scale = 1;
    if (const double* number = w.numberWords.find(tokens[i].hash); number && !tokens[i].has(Token::Upper)) {
        value = *number;
        j = i + 1;
        if (j >= n || !w.scales.find(tokens[j].hash))
            return false; // "two" alone is not a sum
    } else if (!readNumber(text, tokens, i, &value, &j, &scale)) {
        return false;
    }
    // Scale words: "17.1 billion", "$5-billion", "171億", "1.5萬億".
    if (j + 1 < n && isPunct(text, tokens[j], u'-') && !tokens[j].has(Token::SpaceBefore) &&
        w.scales.find(tokens[j + 1].hash))
        ++j;
    while (j < n && w.scales.find(tokens[j].hash) &&
           (tokens[j].kind != Token::Han || !tokens[j].has(Token::SpaceBefore))) {
        scale *= *w.scales.find(tokens[j].hash);
        ++j;
    }
    // A percentage is a figure, not money.
    if (j < n &&
        (tokens[j].hash == w.percent[0] || tokens[j].hash == w.percent[1] || tokens[j].hash == w.percent[2] ||
         (tokens[j].hash == w.percent[3] && j + 1 < n && text.mid(tokens[j + 1].start, 4) == u"cent")))
        return false;

    int currency = -1;
    int first = i;
    int symbolFirst = i;
    const int symbol = m_currencies->symbolBefore(text, tokens, i, &symbolFirst);
    if (symbol >= 0) {
        const bool letters = tokens[i - 1].kind == Token::Word;
        const bool glued = !tokens[i].has(Token::SpaceBefore);
        // "US$2.4" and "€5" are glued; "Rs 500" and "RMB 3 billion" may have a space.
        const bool wordBefore = symbolFirst > 0 && !tokens[symbolFirst].has(Token::SpaceBefore) &&
                                tokens[symbolFirst - 1].kind == Token::Word;
        if ((glued || letters) && !wordBefore) {
            currency = symbol;
            first = symbolFirst;
        }
    }
    if (currency < 0) {
        int hanFirst = i;
        const int han = m_currencies->hanNameBefore(text, tokens, i, &hanFirst);
        if (han >= 0) {
            currency = han;
            first = hanFirst;
        }
    }
    double factor = 1;
    int nameEnd = j;
    const int named = j < n ? m_currencies->nameAt(text, tokens, j, &nameEnd) : -1;
    if (named >= 0 && (tokens[j].kind != Token::Han || !tokens[j].has(Token::SpaceBefore))) {
        // "passed the 2,000 mark": a threshold, not a sum.
        static const quint64 the = Tokenizer::hashOf(u"the");
        if (currency < 0 && scale == 1 && i > 0 && tokens[i - 1].hash == the)
            return false;
        if (currency < 0)
            currency = named;
        j = nameEnd;
    } else if (j < n && (tokens[j].hash == w.usWords[0] || tokens[j].hash == w.usWords[1])) {
        // "25 mln U.S. dlrs", "5 billion US dollars"
        int k = j + 1;
        while (k < n && isPunct(text, tokens[k], u'.'))
            ++k;
        if (k < n && tokens[k].hash == w.sWord && tokens[j].hash == w.usWords[1]) {
            ++k;
            while (k < n && isPunct(text, tokens[k], u'.'))
                ++k;
        }
        const int usd = k < n ? m_currencies->nameAt(text, tokens, k, &nameEnd) : -1;
        if (usd >= 0 && m_currencies->currencies()[usd].code == QLatin1String("USD")) {
            currency = usd;
            j = nameEnd;
        }
    } else if (j < n && (tokens[j].hash == w.cents[0] || tokens[j].hash == w.cents[1]) && currency < 0) {
        if (const Currency* usd = m_currencies->find(QStringLiteral("USD"))) {
            currency = int(usd - m_currencies->currencies().constData());
            factor = 0.01;
            ++j;
        }
    }
    if (currency < 0 && allowRange && j + 1 < n && scale == 1) {
        // "38 to 42 billion dlrs", "between 5 and 10 mln stg": the first number borrows the second's
        // scale and currency.
        static const quint64 to = Tokenizer::hashOf(u"to");
        static const quint64 andWord = Tokenizer::hashOf(u"and");
        if (tokens[j].hash == to || tokens[j].hash == andWord || isPunct(text, tokens[j], u'-')) {
            Raw second;
            double secondValue = 0;
            int secondEnd = 0;
            double secondGlued = 1;
            if (readAt(text, tokens, j + 1, &second, false) && second.firstToken == j + 1 &&
                readNumber(text, tokens, j + 1, &secondValue, &secondEnd, &secondGlued) && secondValue > 0) {
                scale = second.amount.value / secondValue;
                currency = second.currency;
            }
        }
    }
    if (currency < 0)
        return false;

    const PhraseMatcher::Hit qualifier =
        w.qualifiers.longestEndingAt(text, tokens, first, qMax(0, first - 4));
    out->amount = MoneyAmount();
    // 17.1 x 1e9 is 17100000000.000002 in binary: keep the digits that were written.
    const double amount = value * scale * factor;
    out->amount.value = amount >= 1000 ? std::round(amount * 100) / 100 : std::round(amount * 1e6) / 1e6;
    out->amount.currency = m_currencies->currencies()[currency].code;
    out->currency = currency;
    if (qualifier.found()) {
        out->amount.qualifier = w.qualifierTexts.value(qualifier.phrase);
        first = qualifier.first;
    }
    out->firstToken = first;
    out->numberToken = i;
    out->endToken = j;
    out->amount.start = tokens[first].start;
    out->amount.end = tokens[j - 1].end;
    out->amount.text = text.mid(out->amount.start, out->amount.end - out->amount.start).toString();
    return true;
}

QList<MoneyAmount> MoneyParser::parse(QStringView text) const
{
    return parse(text, Tokenizer::tokenize(text));
}

QList<MoneyAmount> MoneyParser::parse(QStringView text, const QList<Token>& tokens) const
{
    QList<Raw> raws;
    const Words& w = words();
    const int n = int(tokens.size());
    for (int i = 0; i < n; ++i) {
        const Token& token = tokens[i];
        const bool candidate = token.kind == Token::Number ||
                               (token.kind == Token::Word && text[token.start].isDigit()) ||
                               w.numberWords.find(token.hash);
        if (!candidate)
            continue;
        if (i > 0 && (tokens[i - 1].kind == Token::Word || tokens[i - 1].kind == Token::Number) &&
            !token.has(Token::SpaceBefore) && !text[tokens[i - 1].start].isLetter())
            continue;
        // The tail of a number already looked at: "2,000", "17.1".
        if (i > 1 && !token.has(Token::SpaceBefore) && !tokens[i - 1].has(Token::SpaceBefore) &&
            tokens[i - 2].kind == Token::Number &&
            (isPunct(text, tokens[i - 1], u',') || isPunct(text, tokens[i - 1], u'.')))
            continue;
        Raw raw;
        if (readAt(text, tokens, i, &raw, true)) {
            raws.append(raw);
            i = raw.endToken - 1;
        }
    }

    // "17.1 billion yuan (US$2.4 billion)": one amount, and a rate for the rest of the text.
    QHash<QString, double> storyRates;
    QList<MoneyAmount> amounts;
    for (int r = 0; r < raws.size(); ++r) {
        Raw current = raws[r];
        if (r + 1 < raws.size()) {
            const Raw& next = raws[r + 1];
            const bool bracketed = next.firstToken == current.endToken + 1 &&
                                   isPunct(text, tokens[current.endToken], u'(') && next.endToken < n &&
                                   isPunct(text, tokens[next.endToken], u')');
            const bool oneUsd = (current.amount.currency == QLatin1String("USD")) !=
                                (next.amount.currency == QLatin1String("USD"));
            if (bracketed && oneUsd) {
                if (next.amount.currency == QLatin1String("USD")) {
                    current.amount.usd = next.amount.value;
                    if (current.amount.value > 0)
                        storyRates.insert(current.amount.currency, next.amount.value / current.amount.value);
                } else {
                    current.amount.usd = current.amount.value;
                }
                current.endToken = next.endToken + 1;
                current.amount.end = tokens[next.endToken].end;
                current.amount.text =
                    text.mid(current.amount.start, current.amount.end - current.amount.start).toString();
                ++r;
            }
        }
        amounts.append(current.amount);
    }
    for (MoneyAmount& amount : amounts) {
        if (amount.hasUsd())
            continue;
        if (amount.currency == QLatin1String("USD")) {
            amount.usd = amount.value;
        } else if (storyRates.contains(amount.currency)) {
            amount.usd = amount.value * storyRates.value(amount.currency);
        } else if (const Currency* currency = m_currencies->find(amount.currency);
                   currency && currency->usdPerUnit > 0) {
            amount.usd = amount.value * currency->usdPerUnit;
        }
    }
    return amounts;
}

} // namespace ws
