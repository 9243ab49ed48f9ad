#pragma once

// Screenshots for docs/ come from the UI tests, but only when asked:
// FB_SCREENSHOT_DIR names a folder (outside the source tree) to write them
// to. Without it the image is still rendered and checked, just not saved, so
// a test run never changes the checkout.
#include <QDir>
#include <QImage>
#include <QString>

namespace fb::test {

inline bool saveScreenshot(const QImage& image, const QString& name)
{
    if (image.isNull())
        return false;
    const QString dir = qEnvironmentVariable("FB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    return QDir().mkpath(dir) && image.save(QDir(dir).filePath(name));
}

} // namespace fb::test
