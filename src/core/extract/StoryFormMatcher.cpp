#include "extract/StoryFormMatcher.h"

#include <algorithm>

namespace ws {

void StoryFormMatcher::add(const QString& form, int entity)
{
    const bool known = std::any_of(m_forms.begin(), m_forms.end(),
                                   [&form](const Form& other) { return other.text == form; });
    if (known)
        return;
    QList<Token> tokens = Tokenizer::tokenize(form);
    if (tokens.isEmpty())
        return;
    const auto shorter = std::find_if(m_forms.begin(), m_forms.end(), [&tokens](const Form& other) {
        return other.tokens.size() < tokens.size();
    });
    m_forms.insert(shorter, {form, std::move(tokens), entity});
}

bool StoryFormMatcher::matches(const Form& form, QStringView text, const QList<Token>& tokens, int first)
{
    const int n = int(form.tokens.size());
    if (first + n > tokens.size())
        return false;
    for (int j = 0; j < n; ++j) {
        const Token& token = tokens[first + j];
        if (token.hash != form.tokens[j].hash)
            return false;
        if (j > 0 && token.has(Token::SpaceBefore) != form.tokens[j].has(Token::SpaceBefore))
            return false;
    }
    const bool relaxed = form.text.size() >= 4 && tokens[first].has(Token::CapsLine);
    for (int j = 0; j < n; ++j) {
        const Token& token = tokens[first + j];
        const Token& expected = form.tokens[j];
        if (text.mid(token.start, token.length()) !=
                QStringView(form.text).mid(expected.start, expected.length()) &&
            !(relaxed && token.has(Token::AllUpper)))
            return false;
    }
    return true;
}

StoryFormMatcher::Hit StoryFormMatcher::longestAt(QStringView text, const QList<Token>& tokens, int i) const
{
    for (const Form& form : m_forms) {
        if (form.tokens.front().hash == tokens[i].hash && matches(form, text, tokens, i))
            return {form.entity, i, i + int(form.tokens.size())};
    }
    return {};
}

} // namespace ws
