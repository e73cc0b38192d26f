#pragma once

namespace ws {

class MentionIndex;
class TextAnalysis;

// Tells a deal word that refers back to a deal the story has told ("the deal", "the proposed
// acquisition", "this partnership", "the roughly US$35 billion deal", "the AWS deal") from one that
// tells a deal ("agreed to buy", "a partnership"). A story names its deal once and then refers to it
// in quotes, approvals and analysis; each reference is that deal, not another.
class DealReference
{
public:
    DealReference(const TextAnalysis& text, const MentionIndex& mentions) : t(text), m(mentions) {}

    // Whether the trigger word at token `trigger` follows a definite determiner or a possessive
    // pronoun in its noun phrase, with only sums, deal modifiers and names between them.
    bool refersBack(int trigger) const;

private:
    bool modifiesTheDeal(int token) const;

    const TextAnalysis& t;
    const MentionIndex& m;
};

} // namespace ws
