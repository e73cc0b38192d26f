#include "extract/PhraseMatcher.h"

#include <algorithm>

namespace ws {

PhraseMatcher::PhraseMatcher(int filterBits)
{
    const int bits = qBound(6, filterBits, 20);
    m_filterShift = 64 - bits;
    m_firstBits.assign(size_t(1) << (bits - 6), 0);
    m_pairBits.assign(size_t(1) << (bits - 6), 0);
    m_onlyTokenBits.assign(size_t(1) << (bits - 6), 0);
    m_lastBits.assign(size_t(1) << (bits - 6), 0);
}

int PhraseMatcher::add(QStringView phrase, CaseMode mode)
{
    const bool caseSensitive = mode == ExactCase;
    QString id;
    id.reserve(phrase.size() + 1);
    id.append(QChar(u'0' + int(mode))).append(phrase);
    if (const auto found = m_index.constFind(id); found != m_index.constEnd())
        return *found;
    const QList<Token> tokens = Tokenizer::tokenize(phrase);
    // No name runs to 64 words; the spacing of a phrase fits one word of bits.
    if (tokens.isEmpty() || tokens.size() > 64)
        return -1;
    Phrase p;
    p.caseSensitive = caseSensitive;
    p.capitalised = mode == Capitalised;
    p.notLowercase = mode == NotLowercase;
    p.notCapitals = mode == NotCapitals;
    p.relaxable = phrase.size() >= 4;
    p.hashes.reserve(size_t(tokens.size()));
    for (int i = 0; i < tokens.size(); ++i) {
        p.hashes.push_back(tokens[i].hash);
        if (i > 0 && tokens[i].has(Token::SpaceBefore))
            p.spaceBefore |= quint64(1) << i;
    }
    if (caseSensitive) {
        p.text = phrase.toString();
        p.spans.reserve(size_t(tokens.size()));
        for (const Token& token : tokens)
            p.spans.emplace_back(token.start, token.length());
    }
    const int index = int(m_phrases.size());
    const int length = int(p.hashes.size());
    const auto longerFirst = [length](Candidates& list, Candidate candidate) {
        const auto pos = std::find_if(list.begin(), list.end(),
                                      [length](const Candidate& other) { return other.length < length; });
        list.insert(pos, candidate);
    };
    set(m_lastBits, slot(p.hashes.back()));
    set(m_firstBits, keySlot(p.hashes.front()));
    if (length > 1) {
        set(m_pairBits, keySlot(pairKey(p.hashes[0], p.hashes[1])));
        longerFirst(m_byFirstTwo[pairKey(p.hashes[0], p.hashes[1])], {index, length, p.hashes[1]});
    } else {
        set(m_onlyTokenBits, keySlot(p.hashes.front()));
        m_byOnlyToken[p.hashes.front()].append({index, length, 0});
    }
    longerFirst(m_byLast[p.hashes.back()], {index, length, length > 1 ? p.hashes[size_t(length - 2)] : 0});
    m_phrases.push_back(std::move(p));
    m_index.insert(id, index);
    return index;
}

bool PhraseMatcher::matches(const Phrase& phrase, QStringView text, const QList<Token>& tokens,
                            int first) const
{
    const int n = int(phrase.hashes.size());
    if (first < 0 || first + n > tokens.size())
        return false;
    for (int j = 0; j < n; ++j) {
        const Token& token = tokens[first + j];
        if (token.hash != phrase.hashes[j])
            return false;
        if (j > 0 && token.has(Token::SpaceBefore) != bool(phrase.spaceBefore & (quint64(1) << j)))
            return false;
    }
    if (phrase.capitalised)
        return text[tokens[first].start].isUpper() || text[tokens[first].start].isDigit();
    if (phrase.notCapitals)
        return !(tokens[first].has(Token::AllUpper) && tokens[first].length() > 1 &&
                 !tokens[first].has(Token::CapsLine));
    if (phrase.notLowercase) {
        const QStringView word = text.mid(tokens[first].start, tokens[first].length());
        return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); });
    }
    if (!phrase.caseSensitive)
        return true;
    const bool relaxed = m_capsLineRelaxed && phrase.relaxable && tokens[first].has(Token::CapsLine);
    for (int j = 0; j < n; ++j) {
        const Token& token = tokens[first + j];
        const QStringView actual = text.mid(token.start, token.length());
        const QStringView expected = QStringView(phrase.text).mid(phrase.spans[size_t(j)].first, phrase.spans[size_t(j)].second);
        if (actual != expected && !(relaxed && token.has(Token::AllUpper)))
            return false;
    }
    return true;
}

template <typename Visit>
bool PhraseMatcher::forEachStartingAt(const QList<Token>& tokens, int i, int limit, Visit visit) const
{
    // Longer phrases first: those listed under the first two tokens, then the one-token ones.
    if (i + 1 < limit) {
        if (const Candidates* found = m_byFirstTwo.find(pairKey(tokens[i].hash, tokens[i + 1].hash))) {
            for (const Candidate& candidate : *found) {
                if (i + candidate.length <= limit && neighbourAgrees(candidate, tokens, i + 1) &&
                    visit(candidate))
                    return true;
            }
        }
    }
    if (const Candidates* found = m_byOnlyToken.find(tokens[i].hash)) {
        for (const Candidate& candidate : *found) {
            if (visit(candidate))
                return true;
        }
    }
    return false;
}

PhraseMatcher::Hit PhraseMatcher::longestStartingAt(QStringView text, const QList<Token>& tokens, int i,
                                                    int limit) const
{
    if (limit < 0 || limit > tokens.size())
        limit = int(tokens.size());
    if (i >= limit)
        return {};
    Hit hit;
    forEachStartingAt(tokens, i, limit, [&](const Candidate& candidate) {
        if (!matches(m_phrases[candidate.phrase], text, tokens, i))
            return false;
        hit = {candidate.phrase, i, i + candidate.length};
        return true;
    });
    return hit;
}

QList<PhraseMatcher::Hit> PhraseMatcher::allAt(QStringView text, const QList<Token>& tokens, int i,
                                               int limit) const
{
    QList<Hit> hits;
    if (limit < 0 || limit > tokens.size())
        limit = int(tokens.size());
    if (i >= limit || !mayStartAt(tokens, i))
        return hits;
    forEachStartingAt(tokens, i, limit, [&](const Candidate& candidate) {
        if (matches(m_phrases[candidate.phrase], text, tokens, i))
            hits.append({candidate.phrase, i, i + candidate.length});
        return false;
    });
    return hits;
}

PhraseMatcher::Hit PhraseMatcher::longestEndingAt(QStringView text, const QList<Token>& tokens, int end,
                                                  int floor) const
{
    if (end <= floor || end > tokens.size() || !mayEnd(tokens[end - 1].hash))
        return {};
    const Candidates* found = m_byLast.find(tokens[end - 1].hash);
    if (!found)
        return {};
    for (const Candidate& candidate : *found) {
        const int first = end - candidate.length;
        if (first < floor || !neighbourAgrees(candidate, tokens, end - 2))
            continue;
        if (matches(m_phrases[candidate.phrase], text, tokens, first))
            return {candidate.phrase, first, end};
    }
    return {};
}

} // namespace ws
