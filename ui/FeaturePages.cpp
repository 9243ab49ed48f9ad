#include "FeaturePages.h"

#include "pages/calibration/CalibrationPage.h"
#include "pages/coaching/CoachingPage.h"
#include "pages/feedback/FeedbackPage.h"
#include "pages/friction/FrictionPage.h"
#include "pages/incentives/IncentivesPage.h"
#include "pages/mentoring/MentoringPage.h"
#include "pages/quality/QualityPage.h"
#include "pages/recognition/RecognitionPage.h"
#include "pages/scorecards/ScorecardPage.h"

#include <QCoreApplication>

namespace fb::ui {
namespace {

using namespace Qt::StringLiterals;

// Every page class has the same two members the registry needs.
template <typename Page> FeaturePage page(QString icon, const char* title, const char* tip)
{
    return FeaturePage{std::move(icon),
                       title,
                       tip,
                       [](const QString& path, QWidget* parent) -> QWidget* { return new Page(path, parent); },
                       [](QWidget* w) { static_cast<Page*>(w)->reload(); },
                       [](QWidget* w, QObject* context, std::function<void(const ContactsRequest&)> show) {
                           if constexpr (requires { &Page::contactsRequested; })
                               QObject::connect(static_cast<Page*>(w), &Page::contactsRequested, context,
                                                std::move(show));
                       }};
}

} // namespace

const std::vector<FeaturePage>& featurePages()
{
    static const std::vector<FeaturePage> pages{
        page<scorecards::ScorecardPage>(u"scorecards"_s, QT_TRANSLATE_NOOP("fb::ui::FeaturePages", "Scorecards"),
                                        QT_TRANSLATE_NOOP("fb::ui::FeaturePages",
                                                          "Balanced scorecards of agents, teams and the "
                                                          "site")),
        page<QualityPage>(u"quality"_s, QT_TRANSLATE_NOOP("fb::ui::FeaturePages", "Quality"),
                          QT_TRANSLATE_NOOP("fb::ui::FeaturePages", "Rubric, evaluations and each agent's quality")),
        page<CoachingPage>(u"coaching"_s, QT_TRANSLATE_NOOP("fb::ui::FeaturePages", "Coaching"),
                           QT_TRANSLATE_NOOP("fb::ui::FeaturePages", "Coaching log, follow-ups and whether coaching "
                                                                     "worked")),
        page<calibration::CalibrationPage>(
            u"calibration"_s, QT_TRANSLATE_NOOP("fb::ui::FeaturePages", "Calibration"),
            QT_TRANSLATE_NOOP("fb::ui::FeaturePages", "Score the same interactions blind, reveal, agree, and watch "
                                                      "standards converge")),
        page<FrictionPage>(u"friction"_s, QT_TRANSLATE_NOOP("fb::ui::FeaturePages", "Friction to flow"),
                           QT_TRANSLATE_NOOP("fb::ui::FeaturePages", "Eight-week programs: frictions, fixes and an "
                                                                     "honest before and after")),
        page<MentoringPage>(u"mentoring"_s, QT_TRANSLATE_NOOP("fb::ui::FeaturePages", "Mentoring"),
                            QT_TRANSLATE_NOOP("fb::ui::FeaturePages", "Pair agents who struggle in a behaviour with "
                                                                      "the peers who are best at it")),
        page<FeedbackPage>(u"feedback"_s, QT_TRANSLATE_NOOP("fb::ui::FeaturePages", "Feedback"),
                           QT_TRANSLATE_NOOP("fb::ui::FeaturePages", "Frontline feedback with review SLAs, decisions, "
                                                                     "\"you said / we did\" and time to fix")),
        page<RecognitionPage>(u"recognition"_s, QT_TRANSLATE_NOOP("fb::ui::FeaturePages", "Recognition"),
                              QT_TRANSLATE_NOOP("fb::ui::FeaturePages", "Nominations with evidence, the huddle "
                                                                        "list, coverage and fixers")),
        page<IncentivesPage>(u"incentives"_s, QT_TRANSLATE_NOOP("fb::ui::FeaturePages", "Incentives"),
                             QT_TRANSLATE_NOOP("fb::ui::FeaturePages", "Variable pay behind a quality gate, what-if "
                                                                       "before publishing, and the fairness audit")),
    };
    return pages;
}

QString featureText(const char* text)
{
    return QCoreApplication::translate("fb::ui::FeaturePages", text);
}

} // namespace fb::ui
