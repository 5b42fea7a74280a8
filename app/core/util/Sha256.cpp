#include "core/util/Sha256.h"

#include <QIODevice>

#include <nettle/sha2.h>

struct Sha256::Context
{
    sha256_ctx ctx;
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    sha256_init(&m_context->ctx);
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    sha256_update(&m_context->ctx, size_t(data.size()), reinterpret_cast<const uint8_t *>(data.data()));
}

bool Sha256::addData(QIODevice *device)
{
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    qint64 n;
    while ((n = device->read(buffer.data(), buffer.size())) > 0)
        addData(QByteArrayView(buffer.constData(), n));
    return n == 0;
}

QByteArray Sha256::result()
{
    QByteArray digest(SHA256_DIGEST_SIZE, Qt::Uninitialized);
    sha256_digest(&m_context->ctx, SHA256_DIGEST_SIZE, reinterpret_cast<uint8_t *>(digest.data()));
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}
