#pragma once

#include "pages/ContactsRequest.h"

#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace fb::ui {

// The pages beyond Agents and Interactions, in sidebar order. Each opens its
// own connection on the database path and computes off the GUI thread; the
// main window creates a page the first time it is shown and drops it when
// the database closes.
struct FeaturePage final {
    QString icon;      // resource icon name
    const char* title; // QT_TRANSLATE_NOOP("fb::ui::FeaturePages", ...)
    const char* tip;
    std::function<QWidget*(const QString& databasePath, QWidget* parent)> create;
    std::function<void(QWidget* page)> reload; // after an import or a refresh
    // Connects the page's contactsRequested (a double-clicked figure) to show;
    // does nothing for a page without figures made of interactions.
    std::function<void(QWidget* page, QObject* context, std::function<void(const ContactsRequest&)> show)>
        connectDrillDown;
};

const std::vector<FeaturePage>& featurePages();

QString featureText(const char* text); // translates a title or tip above

} // namespace fb::ui
