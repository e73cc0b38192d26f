#pragma once

#include "extract/Tokenizer.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <vector>

namespace ws {

// Finds the forms a story has established for its entities ("Huang" once "Jensen Huang" is read,
// a gloss alias) wherever it writes them again. A story has a handful: a list scanned longest
// first costs less than a PhraseMatcher's hash tables, built and torn down for every story. A form
// matches as PhraseMatcher matches a case-sensitive phrase with capitals lines relaxed: the same
// tokens and spacing, each word as written or, for a form of 4+ characters, in capitals on a line
// written in capitals ("NVIDIA TO BUY ...").
class StoryFormMatcher
{
public:
    struct Hit
    {
        int entity = -1; // -1 when nothing matched
        int first = 0;   // token range, end exclusive
        int end = 0;
        bool found() const { return entity >= 0; }
    };

    // A form added again keeps the entity it was first added for.
    void add(const QString& form, int entity);
    // The longest form starting at token `i`; of forms as long, the one added first.
    Hit longestAt(QStringView text, const QList<Token>& tokens, int i) const;

private:
    struct Form
    {
        QString text;
        QList<Token> tokens; // of `text`
        int entity;
    };
    static bool matches(const Form& form, QStringView text, const QList<Token>& tokens, int first);

    std::vector<Form> m_forms; // most tokens first; forms of as many tokens in the order added
};

} // namespace ws
