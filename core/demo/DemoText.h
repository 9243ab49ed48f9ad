#pragma once

// Word lists of the demo site: names, reasons, comments and ticket texts.

#include <array>
#include <string_view>

namespace fb::demo::text {

using L = std::string_view;

inline constexpr std::array kFirstNames{
    L("Aisha"),  L("Ben"),    L("Carla"),  L("Daniel"), L("Elena"), L("Farid"), L("Grace"),  L("Hugo"),
    L("Ines"),   L("Jamal"),  L("Kira"),   L("Liam"),   L("Maya"),  L("Nikos"), L("Olivia"), L("Pablo"),
    L("Quinn"),  L("Rosa"),   L("Samir"),  L("Tessa"),  L("Umar"),  L("Vera"),  L("Wes"),    L("Ximena"),
    L("Yusuf"),  L("Zoe"),    L("Amara"),  L("Bruno"),  L("Chloe"), L("Dev"),   L("Emma"),   L("Felix"),
    L("Gita"),   L("Hannah"), L("Ivan"),   L("Jade"),   L("Kofi"),  L("Lena"),  L("Marco"),  L("Nora"),
    L("Omar"),   L("Priya"),  L("Rafael"), L("Sofia"),  L("Tomas"), L("Uma"),   L("Victor"), L("Wen"),
    L("Yara"),   L("Zain"),   L("Alice"),  L("Callum"), L("Dana"),  L("Erik"),  L("Fatima"), L("Gabriel"),
    L("Helena"), L("Isaac"),  L("Julia"),  L("Karim"),  L("Leah"),  L("Mateo"), L("Niamh"),  L("Oscar")};

inline constexpr std::array kLastNames{
    L("Adeyemi"),   L("Bauer"),    L("Castillo"), L("Dubois"),    L("Eriksen"),   L("Fischer"),   L("Garcia"),
    L("Hughes"),    L("Ibrahim"),  L("Jensen"),   L("Kowalski"),  L("Lambert"),   L("Moreau"),    L("Nakamura"),
    L("Okafor"),    L("Patel"),    L("Quinlan"),  L("Rossi"),     L("Schmidt"),   L("Tanaka"),    L("Usman"),
    L("Varga"),     L("Walsh"),    L("Xu"),       L("Yilmaz"),    L("Zhang"),     L("Andersen"),  L("Byrne"),
    L("Chen"),      L("Diaz"),     L("Evans"),    L("Ferreira"),  L("Gallagher"), L("Haddad"),    L("Ivanova"),
    L("Johansson"), L("Kaur"),     L("Lopez"),    L("Murphy"),    L("Novak"),     L("O'Brien"),   L("Petrov"),
    L("Reyes"),     L("Silva"),    L("Thompson"), L("Underwood"), L("Vasquez"),   L("Wright"),    L("Yamamoto"),
    L("Zimmer"),    L("Abbott"),   L("Brennan"),  L("Costa"),     L("Doyle"),     L("Engel"),     L("Fontaine"),
    L("Grant"),     L("Hoffmann"), L("Iqbal"),    L("Jovanovic"), L("Keller"),    L("Lindqvist"), L("Mensah"),
    L("Nilsson")};

inline constexpr std::array kShifts{L("early"), L("day"), L("late")};
inline constexpr std::array kAttributeNames{L("accuracy"), L("clarity"), L("empathy"), L("policy_adherence"),
                                            L("documentation")};

// QA comments: [attribute][good=0 / weak=1]
inline constexpr std::array<std::array<L, 2>, 5> kQaComments{{
    {L("Correct answer first time, checked the account history."),
     L("Quoted the wrong fee; confirm before answering.")},
    {L("Clear next steps, customer repeated them back."), L("Explanation was hard to follow; too much jargon.")},
    {L("Acknowledged the frustration and adapted tone well."), L("Rushed the customer at the start of the call.")},
    {L("All verification steps done in order."), L("Skipped identity check before account change.")},
    {L("Notes let the next person pick it up without asking."), L("Case notes missing the outcome of the call.")},
}};

inline constexpr std::array<std::array<L, 3>, 5> kCommitments{{
    {L("I will check the account history before I answer a fee question."),
     L("I will use the knowledge base article instead of answering from memory."),
     L("I will confirm the resolution with the customer before closing.")},
    {L("I will summarise the next steps in one sentence at the end of every contact."),
     L("I will avoid internal jargon and use the customer's words."),
     L("I will check the customer understood before moving on.")},
    {L("I will acknowledge the customer's situation before troubleshooting."),
     L("I will slow down in the first minute of each call."), L("I will use the customer's name and own the issue.")},
    {L("I will complete every verification step before an account change."),
     L("I will follow the refund checklist on every refund."),
     L("I will ask my lead before making an exception to policy.")},
    {L("I will write the outcome and next step in every case note."),
     L("I will use the case note template on every contact."),
     L("I will note what I promised the customer and by when.")},
}};

inline constexpr std::array kPulseComments{
    L("Tooling was slow again this week."),         L("Good support from my lead."),
    L("Schedule changes came too late."),           L("Coaching sessions are useful."),
    L("Not sure which policy applies to refunds."), L("Team feels stretched with the backlog."),
    L("Really good week, queue was calm."),         L("Would like more feedback on my QA scores."),
    L("Shift swaps are hard to get approved."),     L("Knowledge base is out of date in places.")};

// What the nominee did, per behaviour of the default list
// (defaultRecognitionBehaviors(), in its order): the evidence sentence.
inline constexpr std::array<std::array<std::string_view, 2>, 6> kRecognitionEvidence{{
    {L("Found the real cause of the billing error and fixed it, not just the symptom."),
     L("Checked the contract before answering and got the refund amount right.")},
    {L("Closed a three-part request in one call instead of booking a call-back."),
     L("Solved the login problem on the first contact with no transfer.")},
    {L("Calmed an upset customer and still kept the call short and on track."),
     L("Acknowledged the customer's bad week, then moved straight to the fix.")},
    {L("Handed the case over with notes so clear the next agent did not ask again."),
     L("Warm transfer with the whole story told, so the customer did not repeat it.")},
    {L("Case notes let the back office act without calling the customer."),
     L("Wrote the outcome and the promised date in every note this week.")},
    {L("Escalated at the right moment with every fact the second line needed."),
     L("Followed the escalation policy to the letter on a complaint that could have gone wrong.")},
}};

inline constexpr std::array kRecognitionOutcomes{L("Customer wrote in to thank the team."),
                                                 L("Saved a cancellation."),
                                                 L("Avoided a repeat contact."),
                                                 L("New joiner got unblocked quickly."),
                                                 L("Issue fixed on the first contact."),
                                                 L("Process updated for the whole team."),
                                                 L("Complaint closed without escalation."),
                                                 L("")};

} // namespace fb::demo::text
