<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>fb::analytics::Attribution</name>
    <message numerus="yes">
        <location filename="../core/analytics/Attribution.cpp" line="+202"/>
        <source>%Ln agent(s)</source>
        <translation>
            <numerusform>%Ln agent</numerusform>
            <numerusform>%Ln agents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::analytics::FeedbackDigest</name>
    <message numerus="yes">
        <location filename="../core/analytics/FeedbackDigest.cpp" line="+94"/>
        <source>%Ln agent(s)</source>
        <translation>
            <numerusform>%Ln agent</numerusform>
            <numerusform>%Ln agents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::report::CalibrationPdf</name>
    <message numerus="yes">
        <location filename="../report/CalibrationPdfReveal.cpp" line="+125"/>
        <source> - %n score(s) beyond tolerance</source>
        <translation>
            <numerusform> - %n score beyond tolerance</numerusform>
            <numerusform> - %n scores beyond tolerance</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::report::FairnessAuditPdf</name>
    <message numerus="yes">
        <location filename="../report/FairnessAuditPdf.cpp" line="+72"/>
        <location line="+19"/>
        <source>%Ln agent(s)</source>
        <translation>
            <numerusform>%Ln agent</numerusform>
            <numerusform>%Ln agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>%Ln passed the gate</source>
        <translation>
            <numerusform>%Ln passed the gate</numerusform>
            <numerusform>%Ln passed the gate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n groups under 5 agents, together (not tested)</source>
        <translation>
            <numerusform>%n group under 5 agents, together (not tested)</numerusform>
            <numerusform>%n groups under 5 agents, together (not tested)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n group(s) of fewer than 5 agents (%1 together) not reported.</source>
        <translation>
            <numerusform>%n group of fewer than 5 agents (%1 together) not reported.</numerusform>
            <numerusform>%n groups of fewer than 5 agents (%1 together) not reported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::report::FeedbackDigestPdf</name>
    <message numerus="yes">
        <location filename="../report/FeedbackDigestPdf.cpp" line="+50"/>
        <source>%n more line(s) did not fit on this page: see the CSV or Markdown digest.</source>
        <translation>
            <numerusform>%n more line did not fit on this page: see the CSV or Markdown digest.</numerusform>
            <numerusform>%n more lines did not fit on this page: see the CSV or Markdown digest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::report::HuddlePdf</name>
    <message numerus="yes">
        <location filename="../report/HuddlePdf.cpp" line="+66"/>
        <source>%n shout-out(s); private recognitions are not on this list.</source>
        <translation>
            <numerusform>%n shout-out; private recognitions are not on this list.</numerusform>
            <numerusform>%n shout-outs; private recognitions are not on this list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::AgentsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/AgentsPage.cpp" line="+29"/>
        <source>%Ln agent(s) shown</source>
        <translation>
            <numerusform>%Ln agent shown</numerusform>
            <numerusform>%Ln agents shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::AllTicketsView</name>
    <message numerus="yes">
        <location filename="../ui/pages/feedback/AllTicketsView.cpp" line="+100"/>
        <source>None of the %n ticket(s) matches these filters.</source>
        <translation>
            <numerusform>The %n ticket does not match these filters.</numerusform>
            <numerusform>None of the %n tickets matches these filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n ticket(s), every status. Enter on a row opens the ticket.</source>
        <translation>
            <numerusform>%1 of %n ticket, every status. Enter on a row opens the ticket.</numerusform>
            <numerusform>%1 of %n tickets, every status. Enter on a row opens the ticket.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::AuditView</name>
    <message numerus="yes">
        <location filename="../ui/pages/incentives/AuditView.cpp" line="+95"/>
        <location line="+6"/>
        <source>%Ln agent(s)</source>
        <translation>
            <numerusform>%Ln agent</numerusform>
            <numerusform>%Ln agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%Ln passed the gate</source>
        <translation>
            <numerusform>%Ln passed the gate</numerusform>
            <numerusform>%Ln passed the gate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) flagged.</source>
        <translation>
            <numerusform>%n group flagged.</numerusform>
            <numerusform>%n groups flagged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n group(s) of fewer than 5 agents not reported (%1).</source>
        <translation>
            <numerusform>%n group of fewer than 5 agents not reported (%1).</numerusform>
            <numerusform>%n groups of fewer than 5 agents not reported (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::BehaviorsDialog</name>
    <message numerus="yes">
        <location filename="../ui/pages/recognition/BehaviorsDialog.cpp" line="+98"/>
        <source>&apos;%1&apos; is cited by %n nomination(s); they keep that name as given.</source>
        <translation>
            <numerusform>&apos;%1&apos; is cited by %n nomination; it keeps that name as given.</numerusform>
            <numerusform>&apos;%1&apos; is cited by %n nominations; they keep that name as given.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::ComponentEditor</name>
    <message numerus="yes">
        <location filename="../ui/pages/incentives/ComponentEditor.cpp" line="+19"/>
        <source> evaluation(s)</source>
        <translation>
            <numerusform> evaluation</numerusform>
            <numerusform> evaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> survey(s)</source>
        <translation>
            <numerusform> survey</numerusform>
            <numerusform> surveys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> known outcome(s)</source>
        <translation>
            <numerusform> known outcome</numerusform>
            <numerusform> known outcomes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source> contact(s)</source>
        <translation>
            <numerusform> contact</numerusform>
            <numerusform> contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::EffectivenessView</name>
    <message numerus="yes">
        <location filename="../ui/pages/coaching/EffectivenessView.cpp" line="+47"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln team</numerusform>
            <numerusform>%Ln teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+140"/>
        <source>%n note(s) left out: a window reaches past the data</source>
        <translation>
            <numerusform>%n note left out: a window reaches past the data</numerusform>
            <numerusform>%n notes left out: a window reaches past the data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::FeedbackPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/feedback/FeedbackPage.cpp" line="+157"/>
        <source>%n ticket(s); week %1, as of %2</source>
        <translation>
            <numerusform>%n ticket; week %1, as of %2</numerusform>
            <numerusform>%n tickets; week %1, as of %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::FeedbackRows</name>
    <message numerus="yes">
        <location filename="../ui/pages/feedback/FeedbackRows.cpp" line="+171"/>
        <source>Raised %1 by %2 (team %3, queue %4); %n agent(s) raising it.</source>
        <translation>
            <numerusform>Raised %1 by %2 (team %3, queue %4); %n agent raising it.</numerusform>
            <numerusform>Raised %1 by %2 (team %3, queue %4); %n agents raising it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::FollowUpQueue</name>
    <message numerus="yes">
        <location filename="../ui/pages/coaching/FollowUpQueue.cpp" line="+212"/>
        <source>⚠ Overdue %n day(s)</source>
        <translation>
            <numerusform>⚠ Overdue %n day</numerusform>
            <numerusform>⚠ Overdue %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%1 — %n follow-up(s)</source>
        <translation>
            <numerusform>%1 — %n follow-up</numerusform>
            <numerusform>%1 — %n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::IncentiveRows</name>
    <message numerus="yes">
        <location filename="../ui/pages/incentives/IncentiveRows.cpp" line="+176"/>
        <source>%Ln agent(s) gain (%1 in all)</source>
        <translation>
            <numerusform>%Ln agent gains (%1 in all)</numerusform>
            <numerusform>%Ln agents gain (%1 in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln lose(s) (%1)</source>
        <translation>
            <numerusform>%Ln loses (%1)</numerusform>
            <numerusform>%Ln lose (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n group(s) under 5 agents, together (not tested)</source>
        <translation>
            <numerusform>%n group under 5 agents, together (not tested)</numerusform>
            <numerusform>%n groups under 5 agents, together (not tested)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::InteractionsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/InteractionsPage.cpp" line="+64"/>
        <source>%Ln interaction(s) shown</source>
        <translation>
            <numerusform>%Ln interaction shown</numerusform>
            <numerusform>%Ln interactions shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+160"/>
        <source>%Ln interaction(s) match</source>
        <translation>
            <numerusform>%Ln interaction matches</numerusform>
            <numerusform>%Ln interactions match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+323"/>
        <location filename="../ui/MainWindowActions.cpp" line="+315"/>
        <source>%Ln agent(s)</source>
        <translation>
            <numerusform>%Ln agent</numerusform>
            <numerusform>%Ln agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../ui/MainWindowActions.cpp" line="+1"/>
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowActions.cpp" line="-85"/>
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %Ln anonymous response(s) left out</source>
        <translation>
            <numerusform>; %Ln anonymous response left out</numerusform>
            <numerusform>; %Ln anonymous responses left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::MentoringPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/mentoring/MentoringPage.cpp" line="+198"/>
        <source>%Ln trigger(s)</source>
        <translation>
            <numerusform>%Ln trigger</numerusform>
            <numerusform>%Ln triggers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln suggested pair(s)</source>
        <translation>
            <numerusform>%Ln suggested pair</numerusform>
            <numerusform>%Ln suggested pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::MentoringProgressRows</name>
    <message numerus="yes">
        <location filename="../ui/pages/mentoring/MentoringProgressRows.cpp" line="+53"/>
        <source>%Ln evaluation(s)</source>
        <translation>
            <numerusform>%Ln evaluation</numerusform>
            <numerusform>%Ln evaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln survey(s)</source>
        <translation>
            <numerusform>%Ln survey</numerusform>
            <numerusform>%Ln surveys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%1, team median: %2, n = %Ln agent(s)</source>
        <translation>
            <numerusform>%1, team median: %2, n = %Ln agent</numerusform>
            <numerusform>%1, team median: %2, n = %Ln agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, team median: not enough data (%Ln agent(s), %2 needed)</source>
        <translation>
            <numerusform>%1, team median: not enough data (%Ln agent, %2 needed)</numerusform>
            <numerusform>%1, team median: not enough data (%Ln agents, %2 needed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::MentoringRows</name>
    <message numerus="yes">
        <location filename="../ui/pages/mentoring/MentoringRows.cpp" line="+194"/>
        <source>%Ln pair(s)</source>
        <translation>
            <numerusform>%Ln pair</numerusform>
            <numerusform>%Ln pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln team</numerusform>
            <numerusform>%Ln teams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::PayoutView</name>
    <message numerus="yes">
        <location filename="../ui/pages/incentives/PayoutView.cpp" line="+69"/>
        <source>%Ln agent(s)</source>
        <translation>
            <numerusform>%Ln agent</numerusform>
            <numerusform>%Ln agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln with the gate green</source>
        <translation>
            <numerusform>%Ln with the gate green</numerusform>
            <numerusform>%Ln with the gate green</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::QueueView</name>
    <message numerus="yes">
        <location filename="../ui/pages/feedback/QueueView.cpp" line="+84"/>
        <source>%n ticket(s) need someone in %1, as of its Monday %2. Enter on a row opens the ticket: decide it, mark it fixed, see its history.</source>
        <translation>
            <numerusform>%n ticket needs someone in %1, as of its Monday %2. Enter on a row opens the ticket: decide it, mark it fixed, see its history.</numerusform>
            <numerusform>%n tickets need someone in %1, as of its Monday %2. Enter on a row opens the ticket: decide it, mark it fixed, see its history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::RecognitionPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/recognition/RecognitionPage.cpp" line="+210"/>
        <source>%n recognition(s) in %1 (%2 to %3)</source>
        <translation>
            <numerusform>%n recognition in %1 (%2 to %3)</numerusform>
            <numerusform>%n recognitions in %1 (%2 to %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::SetupDialog</name>
    <message numerus="yes">
        <location filename="../ui/pages/feedback/SetupDialog.cpp" line="+260"/>
        <source>%n holiday(s) imported.</source>
        <translation>
            <numerusform>%n holiday imported.</numerusform>
            <numerusform>%n holidays imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::calibration::BlindScoringPanel</name>
    <message numerus="yes">
        <location filename="../ui/pages/calibration/BlindScoringPanel.cpp" line="+276"/>
        <source>%n score(s) given so far.</source>
        <translation>
            <numerusform>%n score given so far.</numerusform>
            <numerusform>%n scores given so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>⚠ Nothing saved: %n cell(s) need a valid score. %1</source>
        <translation>
            <numerusform>⚠ Nothing saved: %n cell needs a valid score. %1</numerusform>
            <numerusform>⚠ Nothing saved: %n cells need a valid score. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Saved %n score(s) of %1.</source>
        <translation>
            <numerusform>Saved %n score of %1.</numerusform>
            <numerusform>Saved %n scores of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n left empty.</source>
        <translation>
            <numerusform>%n left empty.</numerusform>
            <numerusform>%n left empty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Nothing was imported: %n problem(s) in the file.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem in the file.</numerusform>
            <numerusform>Nothing was imported: %n problems in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %n score(s) from %1.</source>
        <translation>
            <numerusform>Imported %n score from %1.</numerusform>
            <numerusform>Imported %n scores from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::calibration::DecisionLogPanel</name>
    <message numerus="yes">
        <location filename="../ui/pages/calibration/DecisionLogPanel.cpp" line="+73"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::calibration::DeviationScoresDialog</name>
    <message numerus="yes">
        <location filename="../ui/pages/calibration/DeviationScoresDialog.cpp" line="+80"/>
        <source>%1 on %2: %n score(s) compared with %3, mean absolute deviation %4.</source>
        <translation>
            <numerusform>%1 on %2: %n score compared with %3, mean absolute deviation %4.</numerusform>
            <numerusform>%1 on %2: %n scores compared with %3, mean absolute deviation %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::calibration::HistoryPanel</name>
    <message numerus="yes">
        <location filename="../ui/pages/calibration/HistoryPanel.cpp" line="+110"/>
        <source>%n session(s) so far. Run two or more to see whether the participants&apos; scores converge.</source>
        <translation>
            <numerusform>%n session so far. Run two or more to see whether the participants&apos; scores converge.</numerusform>
            <numerusform>%n sessions so far. Run two or more to see whether the participants&apos; scores converge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::calibration::RevealPanel</name>
    <message numerus="yes">
        <location filename="../ui/pages/calibration/RevealPanel.cpp" line="+180"/>
        <source>Everyone has scored (%n participant(s)).
Reveal when the group is ready.</source>
        <translation>
            <numerusform>Everyone has scored (%n participant).
Reveal when the group is ready.</numerusform>
            <numerusform>Everyone has scored (%n participants).
Reveal when the group is ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Scores stay hidden until everyone has scored.
%1 of %n participant(s) have finished.</source>
        <translation>
            <numerusform>Scores stay hidden until everyone has scored.
%1 of %n participant has finished.</numerusform>
            <numerusform>Scores stay hidden until everyone has scored.
%1 of %n participants have finished.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::scorecards::HappinessTab</name>
    <message numerus="yes">
        <location filename="../ui/pages/scorecards/HappinessTab.cpp" line="+170"/>
        <source>+%n week(s)</source>
        <translation>
            <numerusform>+%n week</numerusform>
            <numerusform>+%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln team</numerusform>
            <numerusform>%Ln teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln team-week(s)</source>
        <translation>
            <numerusform>%Ln team-week</numerusform>
            <numerusform>%Ln team-weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::scorecards::ScorecardPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/scorecards/ScorecardPage.cpp" line="+261"/>
        <source>%Ln agent(s)</source>
        <translation>
            <numerusform>%Ln agent</numerusform>
            <numerusform>%Ln agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln team</numerusform>
            <numerusform>%Ln teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln site(s)</source>
        <translation>
            <numerusform>%Ln site</numerusform>
            <numerusform>%Ln sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+126"/>
        <source>%Ln row(s) written to %1</source>
        <translation>
            <numerusform>%Ln row written to %1</numerusform>
            <numerusform>%Ln rows written to %1</numerusform>
        </translation>
    </message>
</context>
</TS>
