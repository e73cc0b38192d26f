#include "model/Sha1.h"

#include <QCryptographicHash>
#include <cstring>
#include <openssl/evp.h>

namespace ws {

namespace {

// The algorithm fetched once and a context reused per thread: fetching by name on every call would
// cost more than hashing a story.
class DigestContext
{
public:
    DigestContext() : m_md(EVP_MD_fetch(nullptr, "SHA1", nullptr)), m_ctx(EVP_MD_CTX_new()) {}
    ~DigestContext()
    {
        EVP_MD_CTX_free(m_ctx);
        EVP_MD_free(m_md);
    }
    DigestContext(const DigestContext&) = delete;
    DigestContext& operator=(const DigestContext&) = delete;

    bool hash(QByteArrayView data, Sha1::Digest& out)
    {
        unsigned int length = 0;
        return m_md && m_ctx && EVP_DigestInit_ex2(m_ctx, m_md, nullptr) == 1 &&
               EVP_DigestUpdate(m_ctx, data.data(), size_t(data.size())) == 1 &&
               EVP_DigestFinal_ex(m_ctx, out.data(), &length) == 1 && length == out.size();
    }

private:
    EVP_MD* m_md;
    EVP_MD_CTX* m_ctx;
};

} // namespace

Sha1::Digest Sha1::hash(QByteArrayView data)
{
    thread_local DigestContext context;
    Digest digest;
    if (!context.hash(data, digest)) {
        const QByteArray qt = QCryptographicHash::hash(data, QCryptographicHash::Sha1);
        std::memcpy(digest.data(), qt.constData(), digest.size());
    }
    return digest;
}

} // namespace ws
