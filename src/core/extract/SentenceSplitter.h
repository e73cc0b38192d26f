#pragma once

#include "extract/Tokenizer.h"

#include <QList>
#include <QStringView>

namespace ws {

struct Sentence
{
    int start = 0; // character offsets, end exclusive
    int end = 0;
    int firstToken = 0; // token range, end exclusive
    int endToken = 0;
};

// Rule-based sentence splitting over tokens: a full stop, question or exclamation mark (or a
// Chinese one) followed by a capitalised word, and every blank line. Abbreviations (Jan., Mr.,
// Corp.), initials (C.C. Wei, U.S.) and decimals do not end a sentence, unless the next word is
// one that starts sentences ("... in the U.S. The company ...").
class SentenceSplitter
{
public:
    static QList<Sentence> split(QStringView text, const QList<Token>& tokens);
};

} // namespace ws
