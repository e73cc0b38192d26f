#include "search/TokenRecording.h"

#include <cstring>

namespace ws {

namespace {

// The recordings the current thread installed: a story's title and body.
thread_local const TokenRecording* installed[2] = {nullptr, nullptr};

} // namespace

int TokenRecording::collect(void* context, int, const char* token, int size, int start, int end)
{
    auto* recording = static_cast<TokenRecording*>(context);
    recording->m_tokens.push_back({int(recording->m_tokenBytes.size()), size, start, end});
    recording->m_tokenBytes.append(token, size_t(size));
    return 0;
}

namespace {

} // namespace

TokenRecording TokenRecording::record(QByteArray utf8)
{
    TokenRecording recording;
    recording.m_text = std::move(utf8);
    recording.m_tokens.reserve(size_t(recording.m_text.size() / 5));
    recording.m_tokenBytes.reserve(size_t(recording.m_text.size()));
    TextTokenizer::tokenize(recording.m_text.constData(), int(recording.m_text.size()), &recording, collect);
    recording.m_tokens.shrink_to_fit();
    return recording;
}

int TokenRecording::replay(void* context, TextTokenizer::Sink sink) const
{
    const char* bytes = m_tokenBytes.data();
    for (const Token& token : m_tokens) {
        if (const int rc = sink(context, 0, bytes + token.offset, token.size, token.start, token.end))
            return rc;
    }
    return 0;
}

TokenRecording::Installed::Installed(std::initializer_list<const TokenRecording*> recordings)
    : m_previous{installed[0], installed[1]}
{
    int slot = 0;
    for (const TokenRecording* recording : recordings) {
        if (slot < 2)
            installed[slot++] = recording;
    }
    while (slot < 2)
        installed[slot++] = nullptr;
}

TokenRecording::Installed::~Installed()
{
    installed[0] = m_previous[0];
    installed[1] = m_previous[1];
}

const TokenRecording* TokenRecording::find(const char* text, int size)
{
    for (const TokenRecording* recording : installed) {
        if (recording && recording->m_text.size() == size &&
            (size == 0 || std::memcmp(recording->m_text.constData(), text, size_t(size)) == 0))
            return recording;
    }
    return nullptr;
}

} // namespace ws
