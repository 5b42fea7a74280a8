// OcrBoxes::decode reads word boxes from a worker that read a hostile file and from the catalog on
// disk. It must never crash or allocate for made-up counts, and what it accepts must be sane
// (boxes on the page) and survive a round trip through encode() unchanged in length and words.
// The boxes are also run through the preview's highlighter, the reader's other caller.
#include "FuzzSupport.h"
#include "core/extract/OcrBoxes.h"
#include "core/preview/OcrHighlighter.h"

#include <QImage>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzSupport::bytes(data, size);
    QList<OcrWord> words;
    if (!OcrBoxes::decode(bytes, &words))
        return 0;
    const QRectF page(0, 0, 1, 1);
    for (const OcrWord &word : std::as_const(words)) {
        if (!page.contains(word.box.topLeft()) || word.box.right() > 1.0 + 1e-9
            || word.box.bottom() > 1.0 + 1e-9 || word.box.width() < 0 || word.box.height() < 0)
            FuzzSupport::fail("an accepted box lies off the page", word.text);
    }
    const QByteArray again = OcrBoxes::encode(words);
    QList<OcrWord> reread;
    if (!OcrBoxes::decode(again, &reread) || reread.size() != words.size())
        FuzzSupport::fail("boxes do not survive a round trip", QString::number(words.size()));
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (reread.at(i).text != words.at(i).text)
            FuzzSupport::fail("a word changes in the round trip", words.at(i).text);
    }
    if (!words.isEmpty()) {
        QImage image(64, 32, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        OcrHighlighter::paint(image, bytes, { words.first().text, QStringLiteral("ab*") });
    }
    return 0;
}
