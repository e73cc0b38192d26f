#pragma once

#include <QByteArrayView>
#include <array>

namespace ws {

// SHA-1 through OpenSSL's libcrypto, which uses the CPU's SHA instructions where it has them (Qt 6.4's
// QCryptographicHash is plain C, and hashing was a sixth of an import's reading). The digest is the
// same as QCryptographicHash::Sha1 gives; when OpenSSL cannot hash (a policy without SHA-1), Qt does.
class Sha1
{
public:
    using Digest = std::array<unsigned char, 20>;
    static Digest hash(QByteArrayView data);
};

} // namespace ws
