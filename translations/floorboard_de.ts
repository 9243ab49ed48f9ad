<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ColumnLabels</name>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="+36"/>
        <source>Agent ID</source>
        <translation>Agenten-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hired on</source>
        <translation>Eingestellt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on</source>
        <translation>Ausgeschieden am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction ID</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started at</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FCR</source>
        <translation>Erstlösung (FCR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat contact</source>
        <translation>Wiederholkontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defects</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>Kundenzufriedenheit (CSAT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact reason</source>
        <translation>Kontaktgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation ID</source>
        <translation>Bewertungs-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluator</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluated at</source>
        <translation>Bewertet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response ID</source>
        <translation>Antwort-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note ID</source>
        <translation>Notiz-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket ID</source>
        <translation>Ticket-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognition ID</source>
        <translation>Anerkennungs-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To agent</source>
        <translation>An Agent</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>First-contact resolution: solved without a repeat contact</source>
        <translation>Erstlösung: gelöst ohne Wiederholkontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer satisfaction, 1 (poor) to 5 (great)</source>
        <translation>Kundenzufriedenheit, 1 (schlecht) bis 5 (sehr gut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
CSV column: %2</source>
        <translation>%1
CSV-Spalte: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>NA</source>
        <translation>NA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location line="-42"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QA evaluations</source>
        <translation>QA-Bewertungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulse responses</source>
        <translation>Pulsantworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coaching notes</source>
        <translation>Coaching-Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback tickets</source>
        <translation>Feedback-Tickets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognitions</source>
        <translation>Anerkennungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentoring pairs</source>
        <translation>Mentoring-Paare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentoring sessions</source>
        <translation>Mentoring-Sitzungen</translation>
    </message>
</context>
<context>
    <name>fb::ChoiceLabels</name>
    <message>
        <location filename="../core/domain/ChoiceLabels.cpp" line="+19"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>reviewing</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>deferred</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>fixed</source>
        <translation>behoben</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>undecided</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raised</source>
        <translation>gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raised again (+1)</source>
        <translation>erneut gemeldet (+1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>voice</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schedule</source>
        <translation>Dienstplan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Define</source>
        <translation>Definieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demonstrate</source>
        <translation>Vormachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Vereinbaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly met</source>
        <translation>Teilweise erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not met</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peer</source>
        <translation>Kollege</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead</source>
        <translation>Teamleitung</translation>
    </message>
</context>
<context>
    <name>fb::Incentive</name>
    <message>
        <location filename="../core/domain/Incentive.cpp" line="+112"/>
        <source>the plan needs a name</source>
        <translation>der Plan braucht einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the amount must be a number of at least 0</source>
        <translation>der Betrag muss eine Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the gate&apos;s QA threshold must lie between 0 and 100 points</source>
        <translation>die QA-Schwelle muss zwischen 0 und 100 Punkten liegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the gate needs at least 1 evaluation</source>
        <translation>die Qualitätsschwelle braucht mindestens 1 Bewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan needs at least one component</source>
        <translation>der Plan braucht mindestens eine Komponente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>each component may appear once</source>
        <translation>jede Komponente darf nur einmal vorkommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the weight of %1 must be a number of at least 0</source>
        <translation>die Gewichtung von %1 muss eine Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the floor and the target of %1 must be numbers that differ</source>
        <translation>Untergrenze und Ziel von %1 müssen verschiedene Zahlen sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the minimum sample of %1 must be at least 1</source>
        <translation>die Mindeststichprobe von %1 muss mindestens 1 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least one component needs a weight above 0</source>
        <translation>mindestens eine Komponente braucht eine Gewichtung über 0</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a period is a quarter such as 2026-Q3 or a month such as 2026-09</source>
        <translation>ein Zeitraum ist ein Quartal wie 2026-Q3 oder ein Monat wie 2026-09</translation>
    </message>
</context>
<context>
    <name>fb::Mentoring</name>
    <message>
        <location filename="../core/domain/Mentoring.cpp" line="+36"/>
        <source>the mentee is missing</source>
        <translation>der Mentee fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mentor is missing</source>
        <translation>der Mentor fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the mentor and the mentee are the same agent (%1)</source>
        <translation>Mentor und Mentee sind derselbe Agent (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the behaviour is missing</source>
        <translation>das Verhalten fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the start date is missing</source>
        <translation>das Startdatum fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the planned end is missing</source>
        <translation>das geplante Ende fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the planned end (%1) is not after the start (%2)</source>
        <translation>das geplante Ende (%1) liegt nicht nach dem Start (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be met, not_met or stopped, not &apos;%1&apos;</source>
        <translation>muss met, not_met oder stopped sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the outcome is set but the end date is missing</source>
        <translation>das Ergebnis ist gesetzt, aber das Enddatum fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end date is set but the outcome is missing</source>
        <translation>das Enddatum ist gesetzt, aber das Ergebnis fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the end (%1) is before the start (%2)</source>
        <translation>das Ende (%1) liegt vor dem Start (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the pair is missing</source>
        <translation>das Paar fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date is missing</source>
        <translation>das Datum fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be more than 0 and at most 1440 (one day)</source>
        <translation>muss größer als 0 und höchstens 1440 (ein Tag) sein</translation>
    </message>
</context>
<context>
    <name>fb::Recognition</name>
    <message>
        <location filename="../core/domain/Recognition.cpp" line="+34"/>
        <source>the agent is missing</source>
        <translation>der Agent fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date is missing</source>
        <translation>das Datum fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the behaviour is missing</source>
        <translation>das Verhalten fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be peer or lead, not &apos;%1&apos;</source>
        <translation>muss peer oder lead sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a peer nomination names the peer&apos;s agent id</source>
        <translation>eine Nominierung durch einen Peer nennt dessen Agenten-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a lead nomination has no agent id (the lead is named in from)</source>
        <translation>eine Nominierung durch die Teamleitung hat keine Agenten-ID (die Teamleitung steht in from)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a peer cannot recognise themselves (%1)</source>
        <translation>ein Peer kann sich nicht selbst anerkennen (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>say who nominates: peer or lead</source>
        <translation>geben Sie an, wer nominiert: peer oder lead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lead&apos;s name is missing</source>
        <translation>der Name der Teamleitung fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cite an interaction, an evaluation or a sentence saying what the agent did</source>
        <translation>nennen Sie einen Kontakt, eine Bewertung oder einen Satz dazu, was der Agent getan hat</translation>
    </message>
</context>
<context>
    <name>fb::RowRules</name>
    <message>
        <location filename="../core/domain/RowRules.cpp" line="+38"/>
        <source>status is &apos;left&apos; but left_on is empty</source>
        <translation>status ist „left“, aber left_on ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left_on is set but status is not &apos;left&apos;</source>
        <translation>left_on ist gesetzt, aber status ist nicht „left“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left_on (%1) is before hire_date (%2)</source>
        <translation>left_on (%1) liegt vor hire_date (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>follow_up_on (%1) is before coached_on (%2)</source>
        <translation>follow_up_on (%1) liegt vor coached_on (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outcome is set but followed_up_on is empty</source>
        <translation>outcome ist gesetzt, aber followed_up_on ist leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>status is &apos;fixed&apos; but fixed_on is empty</source>
        <translation>status ist „fixed“, aber fixed_on ist leer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>mentor_id is the same agent as mentee_id (%1)</source>
        <translation>mentor_id ist derselbe Agent wie mentee_id (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>planned_end (%1) is not after started_on (%2)</source>
        <translation>planned_end (%1) liegt nicht nach started_on (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outcome is set but ended_on is empty</source>
        <translation>outcome ist gesetzt, aber ended_on ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended_on is set but outcome is empty</source>
        <translation>ended_on ist gesetzt, aber outcome ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended_on (%1) is before started_on (%2)</source>
        <translation>ended_on (%1) liegt vor started_on (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>minutes must be more than 0</source>
        <translation>minutes muss größer als 0 sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>from_role is &apos;peer&apos; but from_agent is empty</source>
        <translation>from_role ist „peer“, aber from_agent ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from_role is &apos;lead&apos; but from_agent is set</source>
        <translation>from_role ist „lead“, aber from_agent ist gesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from_agent is the same agent as to_agent (%1)</source>
        <translation>from_agent ist derselbe Agent wie to_agent (%1)</translation>
    </message>
</context>
<context>
    <name>fb::analytics::Attribution</name>
    <message>
        <location filename="../core/analytics/Attribution.cpp" line="+33"/>
        <source>all queues</source>
        <translation>alle Queues</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fix applies to all queues: there is no comparison group, so no effect is attributed</source>
        <translation>Maßnahme gilt für alle Queues: Es gibt keine Vergleichsgruppe, daher wird kein Effekt zugeschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fix date %1 is outside the program (%2 to %3): there is no before and after to compare</source>
        <translation>Maßnahmendatum %1 liegt außerhalb des Programms (%2 bis %3): Es gibt kein Vorher und Nachher zum Vergleichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>scope overlaps fix %1 (%2) in time and queue: their effects cannot be told apart, so none is attributed</source>
        <translation>Geltungsbereich überschneidet sich zeitlich und in der Queue mit Maßnahme %1 (%2): ihre Effekte lassen sich nicht trennen, daher wird keiner zugeschrieben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>too little data: %1; each of the four cells needs at least 100 interactions, so no effect is claimed</source>
        <translation>zu wenige Daten: %1; jede der vier Zellen braucht mindestens 100 Kontakte, daher wird kein Effekt beansprucht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>in scope before the fix</source>
        <translation>im Geltungsbereich vor der Maßnahme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in scope on or after the fix</source>
        <translation>im Geltungsbereich ab der Maßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untouched by every fix before the fix</source>
        <translation>von keiner Maßnahme berührt, vor der Maßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untouched by every fix on or after the fix</source>
        <translation>von keiner Maßnahme berührt, ab der Maßnahme</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>95% CI %1 to %2</source>
        <translation>95-%-KI %1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> per 1,000, rate ratio %1</source>
        <translation> pro 1.000, Ratenverhältnis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1, Holm-adjusted %2</source>
        <translation>, %1, nach Holm korrigiert %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>; not significant after adjusting for the six metrics tested, so this is not a demonstrated change</source>
        <translation>; nach Korrektur für die sechs geprüften Kennzahlen nicht signifikant, also keine nachgewiesene Veränderung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 accounts for %2 %3 within its scope (95% CI %4 to %5</source>
        <translation>%1 erklärt %2 %3 in ihrem Geltungsbereich (95-%-KI %4 bis %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, Holm-adjusted %1</source>
        <translation>, nach Holm korrigiert %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, which does not stand after adjustment</source>
        <translation>, was nach der Korrektur nicht Bestand hat</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>%1 has %2</source>
        <translation>%1 nur %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 per 1,000</source>
        <translation>%1 pro 1.000</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: not enough data before or after to compare.</source>
        <translation>%1: zu wenige Daten vorher oder nachher für einen Vergleich.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fell</source>
        <translation>sank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rose</source>
        <translation>stieg</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>did not change</source>
        <translation>veränderte sich nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not change</source>
        <translation>%1 veränderte sich nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 by %3 from %4 to %5</source>
        <translation>%1 %2 um %3 von %4 auf %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 um %3 %4</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln agent(s)</source>
        <translation>
            <numerusform>%Ln Agent</numerusform>
            <numerusform>%Ln Agenten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the %1 fix (#%2, %3, from %4)</source>
        <translation>die Maßnahme „%1“ (#%2, %3, ab %4)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>per 1,000</source>
        <translation>pro 1.000</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>fix #%1 (%2) is not credited: %3</source>
        <translation>Maßnahme #%1 (%2) wird nichts zugerechnet: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; of that, </source>
        <translation>; davon </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>fb::analytics::CalibrationReport</name>
    <message>
        <location filename="../core/analytics/CalibrationReport.cpp" line="+62"/>
        <source>no bootstrap interval: %1</source>
        <translation>kein Bootstrap-Intervall: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the anchor is not one of the participants</source>
        <translation>der Anker gehört nicht zu den Teilnehmenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scores are given for %1 attributes, the rubric has %2</source>
        <translation>Wertungen liegen für %1 Kriterien vor, der Bewertungsbogen hat %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>consensus is given for %1 attributes, the rubric has %2</source>
        <translation>Konsens liegt für %1 Kriterien vor, der Bewertungsbogen hat %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>attribute %1 has %2 units, the session has %3</source>
        <translation>Kriterium %1 hat %2 Einheiten, die Sitzung hat %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a unit of attribute %1 has %2 scores, the session has %3 participants</source>
        <translation>eine Einheit von Kriterium %1 hat %2 Wertungen, die Sitzung hat %3 Teilnehmende</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the consensus of attribute %1 has %2 units, the session has %3</source>
        <translation>der Konsens von Kriterium %1 hat %2 Einheiten, die Sitzung hat %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the session has no consensus to compare with</source>
        <translation>die Sitzung hat keinen Konsens, mit dem verglichen werden kann</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no such attribute or participant in the session</source>
        <translation>dieses Kriterium oder diese teilnehmende Person gibt es in der Sitzung nicht</translation>
    </message>
</context>
<context>
    <name>fb::analytics::CalibrationSessionData</name>
    <message>
        <location filename="../core/analytics/CalibrationSessionData.cpp" line="+45"/>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
</context>
<context>
    <name>fb::analytics::CalibrationText</name>
    <message>
        <location filename="../core/analytics/CalibrationText.cpp" line="+19"/>
        <source>lenient</source>
        <translation>mild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>strict</source>
        <translation>streng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>QA total (0–100)</source>
        <translation>QA-Gesamtwert (0–100)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overall (all attributes)</source>
        <translation>gesamt (alle Kriterien)</translation>
    </message>
</context>
<context>
    <name>fb::analytics::ClusterOls</name>
    <message>
        <location filename="../core/analytics/ClusterOls.cpp" line="+71"/>
        <source>no observations to fit</source>
        <translation>keine Beobachtungen zum Anpassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no regressors to fit</source>
        <translation>keine Regressoren zum Anpassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row %1 has %2 regressors where row 1 has %3</source>
        <translation>Zeile %1 hat %2 Regressoren, Zeile 1 hat %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 observations for %2 coefficients: the fit needs more observations than coefficients</source>
        <translation>%1 Beobachtungen für %2 Koeffizienten: die Anpassung braucht mehr Beobachtungen als Koeffizienten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>regressor %1 is a combination of the others (or never varies): its effect cannot be told apart, so nothing is estimated</source>
        <translation>Regressor %1 ist eine Kombination der anderen (oder ändert sich nie): seine Wirkung lässt sich nicht trennen, daher wird nichts geschätzt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 cluster(s): cluster-robust errors need at least 2, so there is no interval or p value</source>
        <translation>%1 Cluster: clusterrobuste Fehler brauchen mindestens 2, daher gibt es weder Intervall noch p-Wert</translation>
    </message>
</context>
<context>
    <name>fb::analytics::Coaching</name>
    <message>
        <location filename="../core/analytics/Coaching.cpp" line="+50"/>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quality attribute</source>
        <translation>Qualitätskriterium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target metric</source>
        <translation>Zielkennzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target value</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow-up date</source>
        <translation>Follow-up-Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the agent&apos;s commitment</source>
        <translation>die Zusage des Agenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minutes spent</source>
        <translation>aufgewendete Minuten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This note cannot be saved. Missing: %1.</source>
        <translation>Diese Notiz kann nicht gespeichert werden. Es fehlt: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The follow-up date must be after the coaching date.</source>
        <translation>Das Follow-up-Datum muss nach dem Coaching-Datum liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes spent cannot be negative.</source>
        <translation>Die aufgewendeten Minuten dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target value must differ from the baseline.</source>
        <translation>Der Zielwert muss sich vom Ausgangswert unterscheiden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown stage &apos;%1&apos;.</source>
        <translation>Unbekannte Phase „%1“.</translation>
    </message>
    <message>
        <location filename="../core/analytics/CoachingTargets.cpp" line="+41"/>
        <source>score 0-4</source>
        <translation>Wertung 0–4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>points 0-100</source>
        <translation>Punkte 0–100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per 1000 interactions</source>
        <translation>pro 1.000 Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1-5</source>
        <translation>1–5</translation>
    </message>
    <message>
        <location filename="../core/analytics/Coaching.cpp" line="+20"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due this week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
</context>
<context>
    <name>fb::analytics::CoachingEffectiveness</name>
    <message>
        <location filename="../core/analytics/CoachingEffectiveness.cpp" line="+196"/>
        <source>notes of one team share their controls, so an interval needs notes from at least 2 teams</source>
        <translation>Notizen eines Teams teilen sich ihre Vergleichsagenten, daher braucht ein Intervall Notizen aus mindestens 2 Teams</translation>
    </message>
</context>
<context>
    <name>fb::analytics::FeedbackDigest</name>
    <message>
        <location filename="../core/analytics/FeedbackDigest.cpp" line="+92"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln agent(s)</source>
        <translation>
            <numerusform>%Ln Agent</numerusform>
            <numerusform>%Ln Agenten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You said: %1 (%2).</source>
        <translation>Ihr habt gesagt: %1 (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>We %1 on %2.</source>
        <translation>Wir haben umgesetzt: %1 (am %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>We accepted it: %1.</source>
        <translation>Wir haben es angenommen: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We accepted it: %1; %2 owns the fix.</source>
        <translation>Wir haben es angenommen: %1; verantwortlich für die Umsetzung: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We deferred it until %1: %2.</source>
        <translation>Wir haben es bis %1 zurückgestellt. Grund: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We deferred it: %1.</source>
        <translation>Wir haben es zurückgestellt. Grund: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We declined it: %1.</source>
        <translation>Wir haben es abgelehnt. Begründung: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not decided yet.</source>
        <translation>Noch nicht entschieden.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>You said, we did</source>
        <translation>Ihr habt gesagt – wir haben umgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ticket was decided or fixed in this range.</source>
        <translation>In diesem Zeitraum wurde kein Ticket entschieden oder behoben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top open issues by agents raising them</source>
        <translation>Die wichtigsten offenen Themen nach meldenden Agenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ticket is waiting for a decision.</source>
        <translation>Kein Ticket wartet auf eine Entscheidung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2, %3, raised %4): %5</source>
        <translation>%1 (%2, %3, gemeldet am %4): %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2): %3, owner %4, fix due %5</source>
        <translation>%1 (%2): %3, verantwortlich %4, Maßnahme fällig am %5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 (scope %3; answers %4)</source>
        <translation>%1: %2 (Bereich %3; beantwortet %4)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>LOWER_CASE_FIX_AFTER_WE</source>
        <comment>Translate as &quot;yes&quot; where &quot;We %1 on %2.&quot; needs the fix&apos;s first letter in lower case (English), else as &quot;no&quot;</comment>
        <translation>no</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>No accepted ticket is waiting for its fix.</source>
        <translation>Kein angenommenes Ticket wartet auf seine Maßnahme.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no owner)</source>
        <translation>(ohne Verantwortliche)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blockers retired</source>
        <translation>Beseitigte Hindernisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No fix in this range.</source>
        <translation>Keine Maßnahme in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all queues</source>
        <translation>alle Queues</translation>
    </message>
</context>
<context>
    <name>fb::analytics::FeedbackFixCheck</name>
    <message>
        <location filename="../core/analytics/FeedbackFixCheck.cpp" line="+64"/>
        <source>ticket %1 is %2, not fixed: there is no fix day to compare before and after</source>
        <translation>Ticket %1 ist %2, nicht behoben: es gibt keinen Tag der Behebung, um vorher und nachher zu vergleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ticket %1 has no queue scope: a site-wide fix leaves no untouched queue to compare with</source>
        <translation>Ticket %1 hat keine Queue als Geltungsbereich: eine standortweite Maßnahme lässt keine unberührte Queue zum Vergleich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there are no interactions to compare</source>
        <translation>es gibt keine Kontakte zum Vergleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not enough data yet: the four weeks after the fix of %1 end on %2, the interactions on %3</source>
        <translation>noch zu wenige Daten: die vier Wochen nach der Behebung am %1 enden am %2, die Kontakte am %3</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per 1,000</source>
        <translation>pro 1.000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2: %3 before, %4 from the fix (n %5, %6); untouched queues %7 and %8 (n %9, %10)</source>
        <translation>%1 in %2: %3 vorher, %4 ab der Behebung (n %5, %6); unberührte Queues %7 und %8 (n %9, %10)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>: not credited: %1.</source>
        <translation>: nicht zugerechnet: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: the fix accounts for %1 %2 (95% CI %3, Holm-adjusted %4, %5 agents)</source>
        <translation>: die Maßnahme erklärt %1 %2 (95-%-KI %3, nach Holm korrigiert %4, %5 Agenten)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>; not significant after adjusting for the six metrics, so not a demonstrated change</source>
        <translation>; nach Korrektur über die sechs Kennzahlen nicht signifikant, also keine nachgewiesene Veränderung</translation>
    </message>
</context>
<context>
    <name>fb::analytics::IncentivePayout</name>
    <message>
        <location filename="../core/analytics/IncentivePayout.cpp" line="+26"/>
        <source>QA %1 (%2 evaluations)</source>
        <translation>QA %1 (%2 Bewertungen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSAT %1 (%2 surveys)</source>
        <translation>CSAT %1 (%2 Befragungen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FCR %1 (%2 contacts)</source>
        <translation>FCR %1 (%2 Kontakte)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contacts %1</source>
        <translation>Kontakte %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>handle time %1 (%2 contacts)</source>
        <translation>Bearbeitungszeit %1 (%2 Kontakte)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not enough data (at least %1 needed)</source>
        <translation>sind nicht genug Daten (mindestens %1 nötig)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Gate green (QA %1 ≥ %2 over %3 evaluations)</source>
        <translation>Qualitätsschwelle grün (QA %1 ≥ %2 über %3 Bewertungen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gate red (%1 evaluations, fewer than the %2 the gate needs)</source>
        <translation>Qualitätsschwelle rot (%1 Bewertungen, weniger als die %2, die die Schwelle braucht)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gate red (QA %1 &lt; %2)</source>
        <translation>Qualitätsschwelle rot (QA %1 &lt; %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, so the volume part counts: %2</source>
        <translation>%1, also zählt der Mengenteil: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, so the volume part does not count (%2)</source>
        <translation>%1, also zählt der Mengenteil nicht (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Score %1 of 1</source>
        <translation>Punktwert %1 von 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its share of the pool of %1 = %2</source>
        <translation>sein Anteil am Topf von %1 = %2</translation>
    </message>
</context>
<context>
    <name>fb::analytics::Mentoring</name>
    <message>
        <location filename="../core/analytics/MentoringSuggest.cpp" line="+33"/>
        <source>%1 is in the top fifth for %2 in %3 of %4 weeks (%5, n=%6)</source>
        <translation>%1 ist bei %2 in %3 von %4 Wochen im besten Fünftel (%5, n=%6)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, paying it forward after pair %1</source>
        <translation>, gibt nach Paar %1 weiter (Pay it forward)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in the bottom fifth and below the floor</source>
        <translation>im untersten Fünftel und unter der Untergrenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the bottom fifth</source>
        <translation>im untersten Fünftel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below the floor</source>
        <translation>unter der Untergrenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is %2 (%3, n=%4)</source>
        <translation>%1 ist %2 (%3, n=%4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same shift</source>
        <translation>gleiche Schicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>different shifts</source>
        <translation>verschiedene Schichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same site</source>
        <translation>gleicher Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>different sites</source>
        <translation>verschiedene Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2; %3, %4; benefit %5 points</source>
        <translation>%1; %2; %3, %4; Nutzen %5 Punkte</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 of 4</source>
        <translation>%1 von 4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the same person</source>
        <translation>dieselbe Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>their pair %1 in %2 ended without success (%3)</source>
        <translation>ihr Paar %1 in %2 endete ohne Erfolg (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>different teams (%1, %2)</source>
        <translation>verschiedene Teams (%1, %2)</translation>
    </message>
</context>
<context>
    <name>fb::analytics::MentoringEffect</name>
    <message>
        <location filename="../core/analytics/MentoringEffect.cpp" line="+134"/>
        <source>the behaviour &apos;%1&apos; is no rubric attribute or scorecard metric</source>
        <translation>das Verhalten „%1“ ist weder ein Kriterium des Bewertungsbogens noch eine Scorecard-Kennzahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its weeks reach past the data</source>
        <translation>seine Wochen reichen über die Daten hinaus</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the mentee has too little data before or after</source>
        <translation>der Mentee hat davor oder danach zu wenige Daten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fewer than 5 agents of the team have a baseline, so there are no fifths</source>
        <translation>weniger als 5 Agenten des Teams haben einen Ausgangswert, also gibt es keine Fünftel</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no unmentored agent of the team has a baseline in the mentee&apos;s fifth</source>
        <translation>kein Agent des Teams ohne Mentoring hat einen Ausgangswert im Fünftel des Mentees</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>not enough data: no pair has ended</source>
        <translation>zu wenige Daten: kein Paar ist beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not enough data: %1 pairs measured, at least %2 needed</source>
        <translation>zu wenige Daten: %1 Paare gemessen, mindestens %2 nötig</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not enough data: the measured pairs are all of one team; an interval by team needs at least 2 teams</source>
        <translation>zu wenige Daten: die gemessenen Paare sind alle aus einem Team; ein Intervall nach Team braucht mindestens 2 Teams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not enough data: %1</source>
        <translation>zu wenige Daten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not enough data: the changes do not vary, so there is nothing to test against</source>
        <translation>zu wenige Daten: die Veränderungen streuen nicht, es gibt nichts, woran sich testen ließe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pairs left out (%1): %2</source>
        <translation>ausgelassene Paare (%1): %2</translation>
    </message>
</context>
<context>
    <name>fb::analytics::MentoringReport</name>
    <message>
        <location filename="../core/analytics/MentoringReport.cpp" line="+53"/>
        <source>pairs %1 (%2 active; %3 ended: %4 met, %5 not met, %6 stopped); sessions held %7 (%8 minutes), in %9 of the pairs.</source>
        <translation>Paare %1 (%2 aktiv; %3 beendet: %4 erreicht, %5 nicht erreicht, %6 abgebrochen); Sitzungen %7 (%8 Minuten), in %9 der Paare.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: no pair has ended yet.</source>
        <translation>%1: noch kein Paar ist beendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 (%3 of %4 ended pairs measured).</source>
        <translation>%1: %2 (%3 von %4 beendeten Paaren gemessen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: mentees improved %2 points more than similar agents without a mentor</source>
        <translation>%1: Mentees haben sich um %2 Punkte mehr verbessert als vergleichbare Agenten ohne Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: mentees improved %2 points less than similar agents without a mentor</source>
        <translation>%1: Mentees haben sich um %2 Punkte weniger verbessert als vergleichbare Agenten ohne Mentor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, Holm-adjusted p = %2</source>
        <translation>%1, nach Holm korrigiert p = %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (difference in differences, 95% CI %1 points, %2, n = %3 pairs in %4 teams).</source>
        <translation> (Differenz-von-Differenzen, 95-%-KI %1 Punkte, %2, n = %3 Paare in %4 Teams).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> The interval includes 0: it may have had no effect.</source>
        <translation> Das Intervall enthält 0: möglicherweise ohne Wirkung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Peer mentoring: where the program stands</source>
        <translation>Peer-Mentoring: Stand des Programms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data up to %1; made on %2.</source>
        <translation>Daten bis %1; erstellt am %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No pair has started yet.</source>
        <translation>Noch kein Paar hat begonnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All behaviours: %1</source>
        <translation>Alle Verhaltensweisen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All pairs, on their behaviour</source>
        <translation>Alle Paare, in ihrem Verhalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSAT of the mentees (spillover)</source>
        <translation>CSAT der Mentees (Übertragungseffekt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA total of the mentees (spillover)</source>
        <translation>QA-Gesamtwert der Mentees (Übertragungseffekt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each ended pair: the mentee&apos;s change from the 4 weeks before the start to the 4 weeks after the planned end, against agents of the same team who started in the same fifth and had no mentor, adjusted for where they started; the interval allows for agents of one team being alike. Points: 0 is the scorecard&apos;s floor and 100 its target (an attribute&apos;s 0-4 score times 25). Fewer than 5 measured pairs: not enough data.</source>
        <translation>Jedes beendete Paar: die Veränderung des Mentees von den 4 Wochen vor dem Start bis zu den 4 Wochen nach dem geplanten Ende, verglichen mit Agenten desselben Teams, die im selben Fünftel begannen und keinen Mentor hatten, bereinigt um den Ausgangswert; das Intervall berücksichtigt, dass Agenten eines Teams einander ähneln. Punkte: 0 ist die Untergrenze der Scorecard, 100 ihr Ziel (bei einem Merkmal der Wert 0–4 mal 25). Weniger als 5 gemessene Paare: zu wenige Daten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No former mentee has been at target for 4 weeks in a row since their pair ended.</source>
        <translation>Kein ehemaliger Mentee war seit dem Ende seines Paares 4 Wochen in Folge am Ziel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 in %2: at target (%3) in %4 to %5, weakest week %6, n = %7; after pair %8 with %9.</source>
        <translation>%1 in %2: am Ziel (%3) von %4 bis %5, schwächste Woche %6, n = %7; nach Paar %8 mit %9.</translation>
    </message>
</context>
<context>
    <name>fb::analytics::PrePost</name>
    <message>
        <location filename="../core/analytics/PrePost.cpp" line="+43"/>
        <source>FCR</source>
        <translation>Erstlösungsquote (FCR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defects per 1,000</source>
        <translation>Fehler pro 1.000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rework</source>
        <translation>Nacharbeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSAT top-2-box</source>
        <translation>CSAT Top-2-Box</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handle time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Baseline</source>
        <translation>Ausgangslage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapid fixes</source>
        <translation>Schnelle Maßnahmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognition</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
</context>
<context>
    <name>fb::analytics::ProgramReport</name>
    <message>
        <location filename="../core/analytics/ProgramReport.cpp" line="+63"/>
        <source>Role clarity</source>
        <translation>Rollenklarheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool reliability</source>
        <translation>Zuverlässigkeit der Tools</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coaching usefulness</source>
        <translation>Nutzen des Coachings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule fit</source>
        <translation>Passender Schichtplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fairness</source>
        <translation>Fairness</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Pulse: %1 of at least %2 responses in weeks 1-2; results stay hidden until then.</source>
        <translation>Puls: %1 von mindestens %2 Antworten in Woche 1–2; die Ergebnisse bleiben bis dahin verborgen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No feedback ticket with a friction tag yet in weeks 1-2.</source>
        <translation>Noch kein Feedback-Ticket mit Reibungspunkt-Tag in Woche 1–2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm or edit the top three frictions (%1 of 3 confirmed).</source>
        <translation>Bestätigen oder bearbeiten Sie die drei wichtigsten Reibungspunkte (%1 von 3 bestätigt).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log the fixes made: none is dated in weeks 3-4 yet.</source>
        <translation>Erfassen Sie die umgesetzten Maßnahmen: In Woche 3–4 ist noch keine datiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix #%1 applies to all queues, so its effect cannot be attributed; give it a scope if it had one.</source>
        <translation>Maßnahme #%1 gilt für alle Queues, daher lässt sich ihr Effekt nicht zuordnen; geben Sie einen Geltungsbereich an, falls es einen gab.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record micro-recognitions of documented behaviours: none in weeks 5-6 yet.</source>
        <translation>Erfassen Sie Mikro-Anerkennungen für dokumentiertes Verhalten: In Woche 5–6 gibt es noch keine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decide the open tickets, so &quot;you said / we did&quot; has updates to share.</source>
        <translation>Entscheiden Sie über die offenen Tickets, damit es bei „Ihr habt gesagt – wir haben umgesetzt“ Neuigkeiten gibt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The comparison is final after %1 (end of week 8); until then weeks 7-8 are partial.</source>
        <translation>Der Vergleich ist ab %1 endgültig (Ende von Woche 8); bis dahin sind Woche 7–8 unvollständig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weeks 7-8 have %1 interactions with %2 known; at least %3 are needed for a comparison worth reading.</source>
        <translation>In Woche 7–8 gibt es %1 Kontakte, davon %2 mit bekanntem Wert; für einen aussagekräftigen Vergleich sind mindestens %3 nötig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pulse: %1 of at least %2 responses in weeks 7-8.</source>
        <translation>Puls: %1 von mindestens %2 Antworten in Woche 7–8.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Runs until %1.</source>
        <translation>Läuft bis %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>You said: %1</source>
        <translation>Ihr habt gesagt: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 We did: %2 (fix #%3, %4).</source>
        <translation>%1 Wir haben umgesetzt: %2 (Maßnahme #%3, %4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 We did: %2 (fixed on %3).</source>
        <translation>%1 Wir haben umgesetzt: %2 (behoben am %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fixed it</source>
        <translation>behoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 We accepted it: %2.</source>
        <translation>%1 Wir haben es angenommen: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a fix is planned</source>
        <translation>eine Maßnahme ist geplant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 We deferred it, because: %2.</source>
        <translation>%1 Wir haben es zurückgestellt. Grund: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 We declined it, because: %2.</source>
        <translation>%1 Wir haben es abgelehnt. Begründung: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rationale given</source>
        <translation>keine Begründung angegeben</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Program of %1, weeks of %2 to %3.
</source>
        <translation>Programm für %1, Wochen vom %2 bis %3.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
No fix logged yet.
</source>
        <translation>
Noch keine Maßnahme erfasst.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (program week %1)</source>
        <translation> (Programmwoche %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>- %1, #%2 %3 (%4): %5</source>
        <translation>- %1, #%2 %3 (%4): %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all queues</source>
        <translation>alle Queues</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> Owner: %1.</source>
        <translation> Verantwortlich: %1.</translation>
    </message>
    <message>
        <location filename="../core/reports/ProgramReportBuilder.cpp" line="+27"/>
        <source>no program named &apos;%1&apos;</source>
        <translation>kein Programm namens „%1“</translation>
    </message>
</context>
<context>
    <name>fb::analytics::ProgramWorth</name>
    <message>
        <location filename="../core/analytics/ProgramWorth.cpp" line="+27"/>
        <source>more contacts resolved first time</source>
        <translation>mehr beim ersten Kontakt gelöste Kontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fewer contacts resolved first time</source>
        <translation>weniger beim ersten Kontakt gelöste Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more top-2-box surveys</source>
        <translation>mehr Top-2-Box-Bewertungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fewer top-2-box surveys</source>
        <translation>weniger Top-2-Box-Bewertungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more repeat contacts</source>
        <translation>mehr Wiederholkontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fewer repeat contacts</source>
        <translation>weniger Wiederholkontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more escalations</source>
        <translation>mehr Eskalationen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fewer escalations</source>
        <translation>weniger Eskalationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more defects</source>
        <translation>mehr Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fewer defects</source>
        <translation>weniger Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agent hours added</source>
        <translation>zusätzliche Agentenstunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>agent hours saved</source>
        <translation>eingesparte Agentenstunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>incomplete: %1 of 14 comparison days</source>
        <translation>unvollständig: %1 von 14 Vergleichstagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The comparison is %1, so no value is claimed for the next cycle.</source>
        <translation>Der Vergleich ist %1, daher wird für den nächsten Zyklus kein Wert beansprucht.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fix #%1 (%2), %3: about %4 %5 in the next eight weeks at the volume its scope had since the fix (95% CI %6 to %7).</source>
        <translation>Maßnahme #%1 (%2), %3: etwa %4 %5 in den nächsten acht Wochen beim Volumen, das ihr Geltungsbereich seit der Maßnahme hatte (95-%-KI %6 bis %7).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No fix&apos;s effect stands after the Holm adjustment over the %1 tests of the attribution table, so no value is claimed for the next cycle.</source>
        <translation>Die Wirkung keiner Maßnahme hat nach der Holm-Korrektur über die %1 Tests der Zuordnungstabelle Bestand, daher wird für den nächsten Zyklus kein Wert beansprucht.</translation>
    </message>
</context>
<context>
    <name>fb::analytics::Recognition</name>
    <message>
        <location filename="../core/analytics/RecognitionLists.cpp" line="+84"/>
        <source>%1 (peer)</source>
        <translation>%1 (Peer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (lead)</source>
        <translation>%1 (Teamleitung)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>interaction not in the data</source>
        <translation>Kontakt nicht in den Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FCR yes</source>
        <translation>FCR ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FCR no</source>
        <translation>FCR nein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FCR not recorded</source>
        <translation>FCR nicht erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT %1 of 5</source>
        <translation>CSAT %1 von 5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no CSAT answer</source>
        <translation>keine CSAT-Antwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>evaluation not in the data</source>
        <translation>Bewertung nicht in den Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QA %1 of 100</source>
        <translation>QA %1 von 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA total not scored</source>
        <translation>QA-Gesamtwert nicht bewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 not applicable</source>
        <translation>%1 nicht anwendbar</translation>
    </message>
</context>
<context>
    <name>fb::analytics::Scorecard</name>
    <message>
        <location filename="../core/analytics/Happiness.cpp" line="+30"/>
        <source>Role clarity</source>
        <translation>Rollenklarheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool reliability</source>
        <translation>Zuverlässigkeit der Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching usefulness</source>
        <translation>Nutzen des Coachings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule fit</source>
        <translation>Passender Schichtplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fairness</source>
        <translation>Fairness</translation>
    </message>
    <message>
        <location filename="../core/analytics/ScorecardDefinition.cpp" line="+63"/>
        <source>CSAT</source>
        <translation>Kundenzufriedenheit (CSAT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FCR</source>
        <translation>Erstlösungsquote (FCR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defects</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rework</source>
        <translation>Nacharbeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AHT</source>
        <translation>Bearbeitungszeit (AHT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulse</source>
        <translation>Puls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>share of surveyed interactions with CSAT 4 or 5</source>
        <translation>Anteil der befragten Kontakte mit CSAT 4 oder 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interactions resolved at first contact / interactions where it is known</source>
        <translation>beim ersten Kontakt gelöste Kontakte / Kontakte mit bekanntem Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean QA evaluation total (0-100)</source>
        <translation>mittlerer QA-Gesamtwert (0–100)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>defects per thousand interactions</source>
        <translation>Fehler pro tausend Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeat contacts / interactions</source>
        <translation>Wiederholkontakte / Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean handle time in seconds</source>
        <translation>mittlere Bearbeitungszeit in Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>escalated interactions / interactions</source>
        <translation>eskalierte Kontakte / Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean of the five pulse dimensions (1-5)</source>
        <translation>Mittelwert der fünf Pulsdimensionen (1–5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coaching follow-ups due in the period done on or before their date</source>
        <translation>im Zeitraum fällige Coaching-Follow-ups, die bis zu ihrem Datum erledigt wurden</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Customer</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a scorecard needs at least one metric</source>
        <translation>eine Scorecard braucht mindestens eine Kennzahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>metric %1 appears twice</source>
        <translation>Kennzahl %1 kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: floor and target must be numbers</source>
        <translation>%1: Untergrenze und Zielwert müssen Zahlen sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the floor must differ from the target (floor above target means lower is better)</source>
        <translation>%1: Die Untergrenze muss sich vom Zielwert unterscheiden (Untergrenze über dem Zielwert bedeutet: niedriger ist besser)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the weight must be 0 or more</source>
        <translation>%1: Die Gewichtung muss 0 oder größer sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the minimum sample must be at least 1</source>
        <translation>%1: Die Mindeststichprobe muss mindestens 1 sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least one metric needs a weight above 0</source>
        <translation>mindestens eine Kennzahl braucht eine Gewichtung über 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quality gate must be a number</source>
        <translation>die Qualitätsschwelle muss eine Zahl sein</translation>
    </message>
</context>
<context>
    <name>fb::demo::DemoCalibration</name>
    <message>
        <location filename="../core/demo/DemoCalibration.cpp" line="+157"/>
        <location line="+16"/>
        <source>demo calibration sessions: %1</source>
        <translation>Demo-Kalibrierungssitzungen: %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>demo calibration sessions: interaction %1 was not written by the demo generator</source>
        <translation>Demo-Kalibrierungssitzungen: Kontakt %1 wurde nicht vom Demo-Generator geschrieben</translation>
    </message>
</context>
<context>
    <name>fb::exporting::CalibrationSessionCsv</name>
    <message>
        <location filename="../core/export/CalibrationSessionCsv.cpp" line="+122"/>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>fb::exporting::Exporter</name>
    <message>
        <location filename="../core/export/Exporter.cpp" line="+147"/>
        <source>export cancelled; the file was not written</source>
        <translation>Export abgebrochen; die Datei wurde nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>fb::exporting::XlsxWorkbook</name>
    <message>
        <location filename="../core/export/XlsxWorkbook.cpp" line="+119"/>
        <source>cannot create a temporary folder for the workbook: %1</source>
        <translation>temporärer Ordner für die Arbeitsmappe kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot start the workbook (out of memory?)</source>
        <translation>Arbeitsmappe kann nicht angelegt werden (Speicher voll?)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a sheet needs between 1 and 16,384 columns, not %1</source>
        <translation>ein Tabellenblatt braucht 1 bis 16.384 Spalten, nicht %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot add the sheet &apos;%1&apos;</source>
        <translation>Tabellenblatt „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a row was written before its sheet was started</source>
        <translation>eine Zeile wurde geschrieben, bevor ihr Tabellenblatt angelegt war</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more rows than an Excel sheet holds (1,048,576 with the header); export CSV instead</source>
        <translation>mehr Zeilen, als ein Excel-Tabellenblatt fasst (1.048.576 mit der Kopfzeile); bitte als CSV exportieren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>sheet &apos;%1&apos;, row %2: cannot write the cell: %3</source>
        <translation>Tabellenblatt „%1“, Zeile %2: Zelle kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a workbook needs at least one sheet</source>
        <translation>eine Arbeitsmappe braucht mindestens ein Tabellenblatt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write the workbook: %1</source>
        <translation>Arbeitsmappe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>cannot read the workbook back from the temporary folder: %1</source>
        <translation>Arbeitsmappe kann aus dem temporären Ordner nicht zurückgelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>fb::format</name>
    <message>
        <location filename="../core/common/Format.cpp" line="+77"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ‰</source>
        <translation>%1&#xa0;‰</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 /5</source>
        <translation>%1 /5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— (n = 0)</source>
        <translation>– (n = 0)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>p n/a</source>
        <translation>p k. A.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p &lt; %1</source>
        <translation>p &lt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
</context>
<context>
    <name>fb::import::BehaviorsCsv</name>
    <message>
        <location filename="../core/import/BehaviorsCsv.cpp" line="+30"/>
        <source>the file is empty; it needs a header with name (and measure)</source>
        <translation>die Datei ist leer; sie braucht eine Kopfzeile mit name (und measure)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the header needs the column name</source>
        <translation>die Kopfzeile braucht die Spalte name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a behaviour needs a name</source>
        <translation>ein Verhalten braucht einen Namen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the list is empty; keep at least one behaviour</source>
        <translation>die Liste ist leer; behalten Sie mindestens ein Verhalten</translation>
    </message>
</context>
<context>
    <name>fb::import::HeaderMapping</name>
    <message>
        <location filename="../core/import/HeaderMapping.cpp" line="+44"/>
        <source>the header names &apos;%1&apos; twice (columns %2 and %3); rename one</source>
        <translation>die Kopfzeile nennt „%1“ zweimal (Spalten %2 und %3); benennen Sie eine davon um</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--map names %1, which is not a column of %2</source>
        <translation>--map nennt %1, das keine Spalte von %2 ist</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--map %1 names the column &apos;%2&apos;, which the file does not have</source>
        <translation>--map %1 nennt die Spalte „%2“, die es in der Datei nicht gibt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>missing required column %1 (the header has: %2); add it or map it with %3</source>
        <translation>Pflichtspalte %1 fehlt (die Kopfzeile enthält: %2); ergänzen Sie sie oder ordnen Sie sie mit %3 zu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>column &apos;%1&apos; is not a column of %2 and was ignored</source>
        <translation>Spalte „%1“ ist keine Spalte von %2 und wurde ignoriert</translation>
    </message>
</context>
<context>
    <name>fb::import::HolidaysCsv</name>
    <message>
        <location filename="../core/import/HolidaysCsv.cpp" line="+31"/>
        <source>the file is empty; it needs a header with day and name</source>
        <translation>die Datei ist leer; sie braucht eine Kopfzeile mit day und name</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the header needs the columns day and name</source>
        <translation>die Kopfzeile braucht die Spalten day und name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a date YYYY-MM-DD</source>
        <translation>kein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a holiday needs a name</source>
        <translation>ein Feiertag braucht einen Namen</translation>
    </message>
</context>
<context>
    <name>fb::import::ImportOptions</name>
    <message>
        <location filename="../core/import/ImportOptions.cpp" line="+46"/>
        <source>--map takes target=Source Header (or target=A+B to join two columns), not &apos;%1&apos;</source>
        <translation>--map erwartet Zielfeld=Quellspalte (oder Zielfeld=A+B, um zwei Spalten zu verbinden), nicht „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--map %1 names an empty source column</source>
        <translation>--map %1 nennt eine leere Quellspalte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open the mapping profile: %1</source>
        <translation>das Zuordnungsprofil kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a mapping profile (JSON object): %1</source>
        <translation>ist kein Zuordnungsprofil (JSON-Objekt): %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown kind &apos;%1&apos;</source>
        <translation>unbekannter Datentyp „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a profile for %1, not %2</source>
        <translation>ist ein Profil für %1, nicht für %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>delimiter must be , ; tab or |</source>
        <translation>das Trennzeichen muss , ; Tab oder | sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown encoding &apos;%1&apos;</source>
        <translation>unbekannte Kodierung „%1“</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot write the mapping profile: %1</source>
        <translation>das Zuordnungsprofil kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>fb::import::Importer</name>
    <message>
        <location filename="../core/import/Importer.cpp" line="+64"/>
        <source>is empty; a %1 file starts with a header row</source>
        <translation>ist leer; eine Datei vom Typ %1 beginnt mit einer Kopfzeile</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled after %1 rows read: nothing was changed.</source>
        <translation>Abgebrochen nach %1 gelesenen Zeilen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows read: %2 new, %3 replaced, %4 unchanged, %5 rejected</source>
        <translation>%1 Zeilen gelesen: %2 neu, %3 ersetzt, %4 unverändert, %5 abgelehnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 agents created</source>
        <translation>; %1 Agenten angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 invalid UTF-8 sequences replaced by U+FFFD</source>
        <translation>; %1 ungültige UTF-8-Folgen durch U+FFFD ersetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. %1 problems: nothing was changed.</source>
        <translation>. %1 Probleme: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Dry run: nothing was changed.</source>
        <translation>. Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Everything was already there: nothing changed.</source>
        <translation>. Alles war bereits vorhanden: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>byte %1 (0x%2) is not UTF-8; correct the file or import with --replace-invalid</source>
        <translation>Byte %1 (0x%2) ist kein UTF-8; korrigieren Sie die Datei oder importieren Sie mit --replace-invalid</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is open read-only: nothing can be imported into it</source>
        <translation>ist schreibgeschützt geöffnet: es kann nichts in sie importiert werden</translation>
    </message>
    <message>
        <location filename="../core/import/RowSink.cpp" line="+111"/>
        <source>%1 already exists with different values; use %2 to replace it</source>
        <translation>%1 existiert bereits mit anderen Werten; verwenden Sie %2, um es zu ersetzen</translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="+71"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>fb::import::IncentivePlanCsv</name>
    <message>
        <location filename="../core/import/IncentivePlanCsv.cpp" line="+42"/>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a whole number</source>
        <translation>keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the plan needs a name</source>
        <translation>der Plan braucht einen Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period is month or quarter</source>
        <translation>der Zeitraum ist month oder quarter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the amount kind is per_agent or pool</source>
        <translation>die Betragsart ist per_agent oder pool</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>differs from the first row; a file holds one plan</source>
        <translation>weicht von der ersten Zeile ab; eine Datei enthält einen Plan</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the file is empty; it needs a header with the plan&apos;s columns</source>
        <translation>die Datei ist leer; sie braucht eine Kopfzeile mit den Spalten des Plans</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the header has no column %1</source>
        <translation>die Kopfzeile hat keine Spalte %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the component is qa, csat, fcr, contacts or aht</source>
        <translation>die Komponente ist qa, csat, fcr, contacts oder aht</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the file has no component rows</source>
        <translation>die Datei hat keine Zeilen mit Komponenten</translation>
    </message>
</context>
<context>
    <name>fb::import::References</name>
    <message>
        <location filename="../core/import/References.cpp" line="+61"/>
        <source>unknown mentoring pair; import the mentoring pairs first</source>
        <translation>unbekanntes Mentoring-Paar; importieren Sie zuerst die Mentoring-Paare</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown agent; import the agents first, or use %1 to create it in team Unassigned</source>
        <translation>unbekannter Agent; importieren Sie zuerst die Agenten oder verwenden Sie %1, um ihn im Team Unassigned anzulegen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown team; import the agents of that team first, or use %1 to create it</source>
        <translation>unbekanntes Team; importieren Sie zuerst die Agenten dieses Teams oder verwenden Sie %1, um es anzulegen</translation>
    </message>
</context>
<context>
    <name>fb::import::RejectsFile</name>
    <message>
        <location filename="../core/import/RejectsFile.cpp" line="+38"/>
        <source>cannot be written: no temporary folder (%1)</source>
        <translation>kann nicht geschrieben werden: kein temporärer Ordner (%1)</translation>
    </message>
</context>
<context>
    <name>fb::import::RowBuilder</name>
    <message>
        <location filename="../core/import/RowBuilder.cpp" line="+29"/>
        <source>has %1 fields, the header has %2</source>
        <translation>hat %1 Felder, die Kopfzeile hat %2</translation>
    </message>
</context>
<context>
    <name>fb::import::ValueParser</name>
    <message>
        <location filename="../core/import/ValueParser.cpp" line="+78"/>
        <source>is not an ISO 8601 date (YYYY-MM-DD); a date like 03/04/2026 could be either day or month first, so say which with --date-format, e.g. --date-format &quot;dd/MM/yyyy&quot; or --date-format &quot;MM/dd/yyyy&quot; (add &quot; H:mm&quot; or &quot; H:mm:ss&quot; for a time)</source>
        <translation>ist kein ISO-8601-Datum (JJJJ-MM-TT); bei einem Datum wie 03/04/2026 kann Tag oder Monat vorne stehen, geben Sie die Reihenfolge daher mit --date-format an, z.&#xa0;B. --date-format &quot;dd/MM/yyyy&quot; oder --date-format &quot;MM/dd/yyyy&quot; (für eine Uhrzeit &quot; H:mm&quot; oder &quot; H:mm:ss&quot; anhängen)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>is out of range (%1 to %2)</source>
        <translation>liegt außerhalb des zulässigen Bereichs (%1 bis %2)</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>does not match the date format %1</source>
        <translation>entspricht nicht dem Datumsformat %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>is not an ISO 8601 date and time (YYYY-MM-DDTHH:MM:SS)</source>
        <translation>ist kein ISO-8601-Datum mit Uhrzeit (JJJJ-MM-TTThh:mm:ss)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>is not an ISO week (like 2026-W05) or a date in it</source>
        <translation>ist keine ISO-Woche (wie 2026-W05) und kein Datum darin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is not a score (a whole number, or NA)</source>
        <translation>ist keine Wertung (eine ganze Zahl oder NA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a whole number</source>
        <translation>ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is not a duration (seconds, h:mm:ss or m:ss)</source>
        <translation>ist keine Dauer (Sekunden, h:mm:ss oder m:ss)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is not a yes/no value (0/1, yes/no, y/n, true/false)</source>
        <translation>ist kein Ja/Nein-Wert (0/1, yes/no, y/n, true/false)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be one of %1</source>
        <translation>muss einer der folgenden Werte sein: %1</translation>
    </message>
</context>
<context>
    <name>fb::report::CalibrationPdf</name>
    <message>
        <location filename="../report/CalibrationPdf.cpp" line="+41"/>
        <source>Floorboard - calibration session %1 - page %2 of %3</source>
        <translation>Floorboard - Kalibrierungssitzung %1 - Seite %2 von %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../report/CalibrationPdfSummary.cpp" line="+21"/>
        <source>Calibration session %1</source>
        <translation>Kalibrierungssitzung %1</translation>
    </message>
    <message>
        <location filename="../report/CalibrationPdfReveal.cpp" line="+32"/>
        <source>the anchor&apos;s score; the anchor&apos;s column is marked *</source>
        <translation>die Wertung des Ankers; die Spalte des Ankers ist mit * markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the median of everyone&apos;s scores</source>
        <translation>der Median aller Wertungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One block per interaction. Columns: each participant&apos;s score, the range and standard deviation (SD) of the scores, the reference (Ref.: %1) and the agreed score. A score beyond tolerance of the reference is bold and boxed and carries its signed deviation, e.g. &quot;4 +2&quot;: more than 1 point away on 0-4 attributes, any difference on yes/no (1 = yes, 0 = no) and critical attributes, more than 5 points on the total (0-100). An empty score: not scored or NA; NA as the agreed score: agreed not applicable.</source>
        <translation>Ein Block pro Kontakt. Spalten: die Wertung jeder teilnehmenden Person, Spannweite und Standardabweichung (SD) der Wertungen, die Referenz (Ref.: %1) und die vereinbarte Wertung. Eine Wertung außerhalb der Toleranz zur Referenz ist fett und umrahmt und trägt ihre Abweichung mit Vorzeichen, z.&#xa0;B. „4 +2“: mehr als 1 Punkt Abstand bei Kriterien mit 0–4, jeder Unterschied bei Ja/Nein-Kriterien (1 = ja, 0 = nein) und kritischen Kriterien, mehr als 5 Punkte beim Gesamtwert (0–100). Eine leere Wertung: nicht bewertet oder NA; NA als vereinbarte Wertung: als nicht zutreffend vereinbart.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+93"/>
        <source>NA</source>
        <translation>NA</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Reveal table</source>
        <translation>Aufdecktabelle</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <location line="+51"/>
        <location filename="../report/CalibrationPdfSummary.cpp" line="+50"/>
        <source>Attribute</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Range</source>
        <translation>Spannweite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+60"/>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2, %3</source>
        <translation>%1. %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> - %n score(s) beyond tolerance</source>
        <translation>
            <numerusform> - %n Wertung außerhalb der Toleranz</numerusform>
            <numerusform> - %n Wertungen außerhalb der Toleranz</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Agreed scores and decision notes</source>
        <translation>Vereinbarte Wertungen und Entscheidungsnotizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No score has been agreed yet.</source>
        <translation>Es wurde noch keine Wertung vereinbart.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interaction</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note: why</source>
        <translation>Notiz: warum</translation>
    </message>
    <message>
        <location filename="../report/CalibrationPdfSummary.cpp" line="-47"/>
        <source>Held on %1, facilitated by %2; scored against rubric version %3.</source>
        <translation>Durchgeführt am %1, moderiert von %2; bewertet nach Bewertungsbogen-Version %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the anchor</source>
        <translation>%1, der Anker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants: %1.</source>
        <translation>Teilnehmende: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anchor: %1; deviations are from the anchor&apos;s scores.</source>
        <translation>Anker: %1; Abweichungen beziehen sich auf die Wertungen des Ankers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No anchor: deviations from the median of everyone&apos;s scores.</source>
        <translation>Kein Anker: Abweichungen vom Median aller Wertungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within tolerance and leanings on this page compare with the agreed scores, where recorded.</source>
        <translation>„Innerhalb der Toleranz“ und Tendenzen auf dieser Seite beziehen sich auf die vereinbarten Wertungen, sofern erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 interactions, drawn at random with seed %2.</source>
        <translation>%1 Kontakte, zufällig gezogen mit Startwert %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 interactions, chosen by hand.</source>
        <translation>%1 Kontakte, von Hand ausgewählt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>undefined %1</source>
        <translation>nicht definiert %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1 to %2)</source>
        <translation> (%1 bis %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreement per attribute</source>
        <translation>Übereinstimmung pro Kriterium</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alpha (95% interval)</source>
        <translation>Alpha (95-%-Intervall)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AC1</source>
        <translation>AC1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within tolerance</source>
        <translation>Innerhalb der Toleranz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(%1) %2: %3</source>
        <translation>(%1) %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1% (%2/%3)</source>
        <translation>%1&#xa0;% (%2/%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none compared</source>
        <translation>nichts verglichen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Alpha: Krippendorff&apos;s alpha over the interactions, interval metric on 0-4 attributes and the total, nominal on yes/no ones</source>
        <translation>Alpha: Krippendorffs Alpha über die Kontakte, Intervallmetrik bei Kriterien mit 0–4 und beim Gesamtwert, nominal bei Ja/Nein-Kriterien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; 95% percentile bootstrap interval from %1 resamples, seed %2</source>
        <translation>; 95-%-Perzentil-Bootstrap-Intervall aus %1 Stichproben, Startwert %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. AC1: Gwet&apos;s AC1 on yes/no attributes, where alpha collapses when nearly everyone gives the same answer. Within tolerance: within 1 point of the reference on 0-4 attributes, equal on yes/no and critical ones, within 5 points on the total.</source>
        <translation>. AC1: Gwets AC1 bei Ja/Nein-Kriterien, wo Alpha einbricht, wenn fast alle dieselbe Antwort geben. Innerhalb der Toleranz: höchstens 1 Punkt Abstand zur Referenz bei Kriterien mit 0–4, gleich bei Ja/Nein- und kritischen Kriterien, höchstens 5 Punkte beim Gesamtwert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each participant against the reference</source>
        <translation>Jede teilnehmende Person im Vergleich zur Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per attribute: the mean absolute deviation from the reference, the leaning in words (lenient: above the reference on average; strict: below it; neutral: neither) and the mean signed deviation. The anchor is the reference and is left out.</source>
        <translation>Pro Kriterium: die mittlere absolute Abweichung von der Referenz, die Tendenz in Worten (mild: im Mittel über der Referenz; streng: darunter; neutral: weder noch) und die mittlere Abweichung mit Vorzeichen. Der Anker ist die Referenz und wird nicht aufgeführt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>fb::report::FairnessAuditPdf</name>
    <message>
        <location filename="../report/FairnessAuditPdf.cpp" line="+28"/>
        <location line="+114"/>
        <source>Fairness audit: %1, %2</source>
        <translation>Fairness-Prüfung: %1, %2</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>%1 per agent at a full score</source>
        <translation>%1 je Agent bei vollem Punktwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pool of %1 shared by score</source>
        <translation>ein Topf von %1, nach Punktwert geteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan version audited: %1 (published %2), %3. Quality gate: green when the mean QA total of the period is at least %4 over at least %5 evaluations; the productivity components count only behind a green gate.</source>
        <translation>Geprüfte Planversion: %1 (veröffentlicht %2), %3. Qualitätsschwelle: grün, wenn der mittlere QA-Gesamtwert des Zeitraums mindestens %4 über mindestens %5 Bewertungen beträgt; die Produktivitätskomponenten zählen nur bei grüner Schwelle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How to read it: each group&apos;s gate pass rate is compared with that of every other agent (difference in percentage points, pp) by Fisher&apos;s exact test, two-sided; p Holm adjusts for the groups tested in the table. Quality and productivity are the mean scores (0 to 1). A group is flagged when the gap is at least %1 pp and p Holm is below 0.05. Groups of fewer than %2 agents are not reported on their own.</source>
        <translation>So lesen Sie es: Die Quote jeder Gruppe, die die Qualitätsschwelle erreicht, wird mit der aller anderen Agenten verglichen (Unterschied in Prozentpunkten, Pp.), mit dem exakten Test nach Fisher, zweiseitig; p Holm berücksichtigt die in der Tabelle getesteten Gruppen. Qualität und Produktivität sind die mittleren Punktwerte (0 bis 1). Eine Gruppe wird markiert, wenn der Abstand mindestens %1 Pp. beträgt und p Holm unter 0,05 liegt. Gruppen mit weniger als %2 Agenten werden nicht einzeln ausgewiesen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean payout</source>
        <translation>Mittlere Auszahlung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gate passed</source>
        <translation>Schwelle erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs rest</source>
        <translation>ggü. Rest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p Holm</source>
        <translation>p Holm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Productivity</source>
        <translation>Produktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By %1 (%2, %3)</source>
        <translation>Nach %1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+19"/>
        <source>%Ln agent(s)</source>
        <translation>
            <numerusform>%Ln Agent</numerusform>
            <numerusform>%Ln Agenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>%Ln passed the gate</source>
        <translation>
            <numerusform>%Ln hat die Schwelle erreicht</numerusform>
            <numerusform>%Ln haben die Schwelle erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n group(s) of fewer than 5 agents (%1 together) not reported.</source>
        <translation>
            <numerusform>%n Gruppe mit weniger als 5 Agenten (zusammen %1) nicht ausgewiesen.</numerusform>
            <numerusform>%n Gruppen mit weniger als 5 Agenten (zusammen %1) nicht ausgewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>%n groups under 5 agents, together (not tested)</source>
        <translation>
            <numerusform>%n Gruppe unter 5 Agenten, zusammen (nicht getestet)</numerusform>
            <numerusform>%n Gruppen unter 5 Agenten, zusammen (nicht getestet)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Floorboard - fairness audit of %1 v%2, %3 - page %4 of %5</source>
        <translation>Floorboard – Fairness-Prüfung von %1 v%2, %3 – Seite %4 von %5</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenure band</source>
        <translation>Betriebszugehörigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
</context>
<context>
    <name>fb::report::FeedbackDigestPdf</name>
    <message numerus="yes">
        <location filename="../report/FeedbackDigestPdf.cpp" line="+50"/>
        <source>%n more line(s) did not fit on this page: see the CSV or Markdown digest.</source>
        <translation>
            <numerusform>%n weitere Zeile passte nicht auf diese Seite: siehe CSV- oder Markdown-Digest.</numerusform>
            <numerusform>%n weitere Zeilen passten nicht auf diese Seite: siehe CSV- oder Markdown-Digest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::report::HuddlePdf</name>
    <message>
        <location filename="../report/HuddlePdf.cpp" line="+28"/>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) – %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, from %1</source>
        <translation>, von %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No public recognitions this week.</source>
        <translation>Diese Woche keine öffentlichen Anerkennungen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 shout-outs shown; %3 did not fit: see the CSV or Markdown list.</source>
        <translation>%1 von %2 Anerkennungen gezeigt; %3 passten nicht auf die Seite: siehe die CSV- oder Markdown-Liste.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n shout-out(s); private recognitions are not on this list.</source>
        <translation>
            <numerusform>%n Anerkennung; private Anerkennungen stehen nicht auf dieser Liste.</numerusform>
            <numerusform>%n Anerkennungen; private Anerkennungen stehen nicht auf dieser Liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::report::MentoringPdf</name>
    <message>
        <location filename="../report/MentoringPdf.cpp" line="+38"/>
        <source>Pairs and sessions</source>
        <translation>Paare und Sitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did it work?</source>
        <translation>Hat es gewirkt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay it forward: former mentees who can mentor</source>
        <translation>Weitergeben: ehemalige Mentees, die Mentor werden können</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 more line(s) did not fit on this page: see the Mentoring page or its CSV export.</source>
        <translation>%1 weitere Zeile(n) passten nicht auf diese Seite: siehe die Seite Mentoring oder ihren CSV-Export.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Peer mentoring</source>
        <translation>Peer-Mentoring</translation>
    </message>
</context>
<context>
    <name>fb::report::PdfParts</name>
    <message>
        <location filename="../report/PdfParts.cpp" line="+36"/>
        <source>cannot draw the PDF</source>
        <translation>das PDF kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the PDF: %1</source>
        <translation>das PDF kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>fb::report::ProgramPdf</name>
    <message>
        <location filename="../report/ProgramPdf.cpp" line="+46"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (%)</source>
        <translation> (%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixes</source>
        <translation>Maßn.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recog.</source>
        <translation>Anerk.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare</source>
        <translation>Vergl.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+36"/>
        <source>%1: friction to flow</source>
        <translation>%1: Von Reibung zu Flow</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>hidden (%1 resp.)</source>
        <translation>verborgen (%1 Antw.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answers</source>
        <translation>keine Antworten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n %1 &lt; 5</source>
        <translation>n %1 &lt; 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (n %2)</source>
        <translation>%1 (n %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not started yet</source>
        <translation>noch nicht begonnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week %1 of 8, %2</source>
        <translation>Woche %1 von 8, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams: %1. Weeks 1-8: %2 to %3. As of %4 (%5). %6 interactions.</source>
        <translation>Teams: %1. Woche 1–8: %2 bis %3. Stand: %4 (%5). %6 Kontakte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What we heard (weeks 1-2)</source>
        <translation>Was wir gehört haben (Woche 1–2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top frictions from feedback tickets</source>
        <translation>Wichtigste Reibungspunkte aus Feedback-Tickets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confirmed by the lead</source>
        <translation>von der Teamleitung bestätigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tickets: %1, agents: %2</source>
        <translation>Tickets: %1, Agenten: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; pulse: %2</source>
        <translation>%1; Puls: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tickets: %1, agents: %2; pulse: %3 (not yet confirmed)</source>
        <translation>Tickets: %1, Agenten: %2; Puls: %3 (noch nicht bestätigt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No feedback ticket with a friction tag in weeks 1-2.</source>
        <translation>Kein Feedback-Ticket mit Reibungspunkt-Tag in Woche 1–2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pulse (1-5), mean and n; each dimension shown from 5 answers</source>
        <translation>Puls (1–5), Mittelwert und n; jede Dimension angezeigt ab 5 Antworten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Weeks 1-2</source>
        <translation>Woche 1–2</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+37"/>
        <source>Weeks 7-8</source>
        <translation>Woche 7–8</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>What we fixed (blockers retired)</source>
        <translation>Was wir behoben haben (beseitigte Hindernisse)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No fix logged.</source>
        <translation>Keine Maßnahme erfasst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#%1  %2  %3 [%4]: %5</source>
        <translation>#%1  %2  %3 [%4]: %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all queues</source>
        <translation>alle Queues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (owner: %1)</source>
        <translation> (Verantwortlich: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>... and %1 more in the fixes log.</source>
        <translation>... und %1 weitere im Maßnahmenprotokoll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed (weeks 7-8 against weeks 1-2)</source>
        <translation>Was sich verändert hat (Woche 7–8 gegenüber Woche 1–2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n before / after</source>
        <translation>n vorher / nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95% CI</source>
        <translation>95-%-KI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p (Holm)</source>
        <translation>p (Holm)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Method: pre = weeks 1-2, post = weeks 7-8, interactions of the teams&apos; agents. Every comparison is a least-squares regression on the interaction-level outcome with errors clustered by agent (CR1), 95% intervals and p from t with agents - 1 degrees of freedom; p values Holm-adjusted within each table, and only an adjusted p below 0.05 counts as significant. A fix is credited by difference-in-differences against the interactions no fix touched, and only when its scope overlaps no other fix and each cell has 100 interactions or more. Details: docs/friction-to-flow.md.</source>
        <translation>Methode: vorher = Wochen 1–2, nachher = Wochen 7–8, Kontakte der Agenten der Teams. Jeder Vergleich ist eine Kleinste-Quadrate-Regression auf das Ergebnis je Kontakt mit nach Agent geclusterten Fehlern (CR1), 95-%-Intervalle und p aus t mit Agenten − 1 Freiheitsgraden; p-Werte innerhalb jeder Tabelle nach Holm korrigiert, und nur ein korrigiertes p unter 0,05 gilt als signifikant. Einer Maßnahme wird per Differenz-von-Differenzen gegen die von keiner Maßnahme berührten Kontakte etwas zugerechnet, und nur wenn sich ihr Geltungsbereich mit keiner anderen Maßnahme überschneidet und jede Zelle mindestens 100 Kontakte hat. Details: docs/friction-to-flow.md.</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+6"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Weekly values of the program&apos;s teams; grey and white bands are the four phases (labelled); dashed lines mark fixes by their number in the log.</source>
        <translation>Wöchentliche Werte der Teams im Programm; graue und weiße Bänder sind die vier Phasen (beschriftet); gestrichelte Linien markieren Maßnahmen mit ihrer Nummer im Protokoll.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What it is worth next cycle</source>
        <translation>Was es im nächsten Zyklus wert ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing can be claimed yet: weeks 7-8 have no data.</source>
        <translation>Noch kann nichts beansprucht werden: Für Woche 7–8 liegen keine Daten vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- %1</source>
        <translation>- %1</translation>
    </message>
</context>
<context>
    <name>fb::reports::FeedbackFixCheckBuilder</name>
    <message>
        <location filename="../core/reports/FeedbackFixCheckBuilder.cpp" line="+30"/>
        <source>no feedback ticket &apos;%1&apos;</source>
        <translation>kein Feedback-Ticket „%1“</translation>
    </message>
</context>
<context>
    <name>fb::reports::IncentiveReportBuilder</name>
    <message>
        <location filename="../core/reports/IncentiveReportBuilder.cpp" line="+27"/>
        <source>the plan &apos;%1&apos; pays per quarter; give a quarter such as 2026-Q3</source>
        <translation>der Plan „%1“ zahlt je Quartal; geben Sie ein Quartal wie 2026-Q3 an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan &apos;%1&apos; pays per month; give a month such as 2026-09</source>
        <translation>der Plan „%1“ zahlt je Monat; geben Sie einen Monat wie 2026-09 an</translation>
    </message>
</context>
<context>
    <name>fb::store::Backup</name>
    <message>
        <location filename="../core/store/Backup.cpp" line="+47"/>
        <source>is the open database itself; choose another file</source>
        <translation>ist die geöffnete Datenbank selbst; wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+24"/>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>fb::store::Browse</name>
    <message>
        <location filename="../core/store/Browse.cpp" line="+73"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no column %2</source>
        <translation>%1 hat keine Spalte %2</translation>
    </message>
</context>
<context>
    <name>fb::store::CalibrationQueries</name>
    <message>
        <location filename="../core/store/CalibrationQueries.cpp" line="+31"/>
        <source>cannot list the calibration sessions</source>
        <translation>die Kalibrierungssitzungen können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot read the scores of %1</source>
        <translation>die Wertungen von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read the scoring progress of session %1</source>
        <translation>der Bewertungsfortschritt von Sitzung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read the agreed scores of session %1</source>
        <translation>die vereinbarten Wertungen von Sitzung %1 können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>fb::store::CalibrationReportData</name>
    <message>
        <location filename="../core/store/CalibrationReportData.cpp" line="+65"/>
        <source>calibration session %1 changed while its report was being read; try again</source>
        <translation>Kalibrierungssitzung %1 wurde geändert, während ihr Bericht gelesen wurde; versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>fb::store::CalibrationSample</name>
    <message>
        <location filename="../core/store/CalibrationSample.cpp" line="+77"/>
        <source>the sample needs at least one interaction</source>
        <translation>die Stichprobe braucht mindestens einen Kontakt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The team has %1 interactions in the week chosen: too few to draw %2.</source>
        <translation>Das Team hat in der gewählten Woche %1 Kontakte: zu wenige, um %2 zu ziehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot draw %1 interactions: the database has %2</source>
        <translation>%1 Kontakte können nicht gezogen werden: Die Datenbank hat %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot draw one interaction from each of %1 agents: %2 agents have interactions</source>
        <translation>es kann nicht je ein Kontakt von %1 Agenten gezogen werden: %2 Agenten haben Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot draw one interaction from each of %1 queues: %2 queues have interactions</source>
        <translation>es kann nicht je ein Kontakt aus %1 Queues gezogen werden: %2 Queues haben Kontakte</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>cannot read the interactions</source>
        <translation>die Kontakte können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>fb::store::CalibrationStore</name>
    <message>
        <location filename="../core/domain/Calibration.cpp" line="+21"/>
        <source>NA is not allowed for this attribute</source>
        <translation>NA ist für dieses Kriterium nicht zulässig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outside the scale 0-1 (0 = no, 1 = yes)</source>
        <translation>außerhalb der Skala 0–1 (0 = nein, 1 = ja)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside the scale 0-4 (whole numbers)</source>
        <translation>außerhalb der Skala 0–4 (ganze Zahlen)</translation>
    </message>
    <message>
        <location filename="../core/store/CalibrationScores.cpp" line="+36"/>
        <source>cannot save the calibration scores</source>
        <translation>die Kalibrierungswertungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/store/CalibrationSessions.cpp" line="+44"/>
        <source>The session id &apos;%1&apos; must be letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Die Sitzungs-ID „%1“ darf nur Buchstaben, Ziffern, „-“ oder „_“ enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date of the session.</source>
        <translation>Geben Sie das Datum der Sitzung ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the facilitator.</source>
        <translation>Geben Sie die Moderation ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name at least one participant.</source>
        <translation>Nennen Sie mindestens eine teilnehmende Person.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+163"/>
        <source>A participant has no name.</source>
        <translation>Eine teilnehmende Person hat keinen Namen.</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>%1 is named twice among the participants.</source>
        <translation>%1 ist unter den Teilnehmenden doppelt genannt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The anchor %1 is not one of the participants.</source>
        <translation>Der Anker %1 gehört nicht zu den Teilnehmenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one interaction.</source>
        <translation>Wählen Sie mindestens einen Kontakt aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interaction %1 is chosen twice.</source>
        <translation>Kontakt %1 ist doppelt ausgewählt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A calibration session with id %1 already exists.</source>
        <translation>Eine Kalibrierungssitzung mit der ID %1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Interaction %1 does not exist.</source>
        <translation>Kontakt %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>cannot save the calibration session</source>
        <translation>die Kalibrierungssitzung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>no calibration session with id %1</source>
        <translation>keine Kalibrierungssitzung mit der ID %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>cannot read calibration session %1</source>
        <translation>Kalibrierungssitzung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 is already a participant.</source>
        <translation>%1 nimmt bereits teil.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>cannot add the participants</source>
        <translation>die Teilnehmenden können nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../core/store/CalibrationScores.cpp" line="+27"/>
        <source>%1 is not a participant of session %2.</source>
        <translation>%1 nimmt nicht an Sitzung %2 teil.</translation>
    </message>
    <message>
        <location filename="../core/store/CalibrationConsensus.cpp" line="+49"/>
        <location filename="../core/store/CalibrationScores.cpp" line="+2"/>
        <source>Interaction %1 is not in session %2.</source>
        <translation>Kontakt %1 gehört nicht zu Sitzung %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/store/CalibrationScores.cpp" line="+3"/>
        <source>%1 is not an attribute of rubric version %2.</source>
        <translation>%1 ist kein Kriterium von Bewertungsbogen-Version %2.</translation>
    </message>
    <message>
        <location filename="../core/import/CalibrationScoresImport.cpp" line="+39"/>
        <source>the file is empty: expected a header row (evaluation_id, session, participant, interaction_id, then one column per rubric attribute)</source>
        <translation>die Datei ist leer: Erwartet wird eine Kopfzeile (evaluation_id, session, participant, interaction_id, dann eine Spalte pro Kriterium des Bewertungsbogens)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column %1 must be %2</source>
        <translation>Spalte %1 muss %2 sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this row has %1 fields, the header has %2</source>
        <translation>diese Zeile hat %1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not session %1, the one being imported</source>
        <translation>nicht Sitzung %1, die gerade importiert wird</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no calibration session with this id</source>
        <translation>keine Kalibrierungssitzung mit dieser ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a participant of session %1</source>
        <translation>nimmt nicht an Sitzung %1 teil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an interaction of session %1</source>
        <translation>kein Kontakt von Sitzung %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not an attribute of rubric version %1</source>
        <translation>kein Kriterium von Bewertungsbogen-Version %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a number (leave the cell empty when not scored, NA for not applicable)</source>
        <translation>keine Zahl (lassen Sie die Zelle leer, wenn nicht bewertet, NA für nicht zutreffend)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file could not be read to its end</source>
        <translation>die Datei konnte nicht bis zum Ende gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/store/CalibrationConsensus.cpp" line="+6"/>
        <source>Enter a decision note for %1: why the score was agreed.</source>
        <translation>Geben Sie eine Entscheidungsnotiz für %1 ein: warum die Wertung vereinbart wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot save the consensus</source>
        <translation>der Konsens kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>cannot search the decision notes</source>
        <translation>die Entscheidungsnotizen können nicht durchsucht werden</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>cannot read the scores of calibration session %1</source>
        <translation>die Wertungen von Kalibrierungssitzung %1 können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>fb::store::Catalog</name>
    <message>
        <location filename="../core/store/Catalog.cpp" line="+38"/>
        <source>cannot read agents</source>
        <translation>Agenten können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read teams</source>
        <translation>Teams können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create team</source>
        <translation>Team kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot create agent</source>
        <translation>Agent kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot remove agent</source>
        <translation>Agent kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the rubric</source>
        <translation>der Bewertungsbogen kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot read the database summary</source>
        <translation>die Datenbankübersicht kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot record the import</source>
        <translation>der Import kann nicht protokolliert werden</translation>
    </message>
</context>
<context>
    <name>fb::store::Checks</name>
    <message>
        <location filename="../core/store/Checks.cpp" line="+36"/>
        <source>evaluation %1 has no scores</source>
        <translation>Bewertung %1 hat keine Wertungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>rollup for %1 has no interactions behind it</source>
        <translation>die Wochensumme für %1 hat keine Kontakte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rollup for %1 says %2 %3, the interactions say %4</source>
        <translation>die Wochensumme für %1 nennt %2 %3, die Kontakte ergeben %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 interactions of %2 %3 are missing from the rollups</source>
        <translation>%1 Kontakte von %2 in Woche %3 fehlen in den Wochensummen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>eine Zeile von %1 verweist auf eine fehlende Zeile von %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot be checked: %1</source>
        <translation>kann nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>fb::store::CoachingStore</name>
    <message>
        <location filename="../core/store/CoachingStore.cpp" line="+33"/>
        <source>cannot read coaching notes</source>
        <translation>Coaching-Notizen können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A note with id %1 already exists.</source>
        <translation>Eine Notiz mit der ID %1 existiert bereits.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>cannot save the coaching note</source>
        <translation>die Coaching-Notiz kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choose the outcome: met, partly or not met.</source>
        <translation>Wählen Sie das Ergebnis: erreicht, teilweise oder nicht erreicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date of the follow-up.</source>
        <translation>Geben Sie das Datum des Follow-ups ein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Coaching note %1 does not exist.</source>
        <translation>Coaching-Notiz %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>cannot record the follow-up</source>
        <translation>das Follow-up kann nicht erfasst werden</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>cannot read rubric attributes</source>
        <translation>die Kriterien des Bewertungsbogens können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>cannot read settings</source>
        <translation>die Einstellungen können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The floor is a share between 0 and 1 (2% = 0.02).</source>
        <translation>Die Untergrenze ist ein Anteil zwischen 0 und 1 (2&#xa0;% = 0,02).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot save settings</source>
        <translation>die Einstellungen können nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>fb::store::Database</name>
    <message>
        <location filename="../core/store/DatabaseProbe.cpp" line="+77"/>
        <source>it has an extra %1</source>
        <translation>sie enthält zusätzlich %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its %1 differs from Floorboard&apos;s</source>
        <translation>ihr %1 weicht vom Schema von Floorboard ab</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it lacks the %1</source>
        <translation>ihr fehlt %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>is truncated (%1 of %2 bytes); it was left untouched</source>
        <translation>ist abgeschnitten (%1 von %2 Byte); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is damaged (%1); it was left untouched</source>
        <translation>ist beschädigt (%1); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>is not a Floorboard database (an empty SQLite file without Floorboard&apos;s mark, user_version %1); it was left untouched</source>
        <translation>ist keine Floorboard-Datenbank (eine leere SQLite-Datei ohne die Kennung von Floorboard, user_version %1); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is not a genuine Floorboard database: %1 (schema version %2); it was left untouched</source>
        <translation>ist keine echte Floorboard-Datenbank: %1 (Schemaversion %2); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a Floorboard database (not an SQLite file); it was left untouched</source>
        <translation>ist keine Floorboard-Datenbank (keine SQLite-Datei); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="+50"/>
        <source>This database is on a network drive, so Floorboard uses SQLite&apos;s rollback journal; only one person should write at a time.</source>
        <translation>Diese Datenbank liegt auf einem Netzlaufwerk, daher verwendet Floorboard das Rollback-Journal von SQLite; es sollte immer nur eine Person gleichzeitig schreiben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is read-only here (the file or its folder cannot be written): Floorboard only reads it.</source>
        <translation>%1 ist hier schreibgeschützt (die Datei oder ihr Ordner kann nicht beschrieben werden): Floorboard liest sie nur.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is empty (0 bytes), not yet a Floorboard database; it was left untouched</source>
        <translation>ist leer (0 Byte) und noch keine Floorboard-Datenbank; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such database</source>
        <translation>Datenbank nicht vorhanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be written: the file or its folder is read-only; nothing was changed</source>
        <translation>kann nicht beschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt; es wurde nichts verändert</translation>
    </message>
    <message>
        <location filename="../core/store/DatabaseProbe.cpp" line="-29"/>
        <source>is not a Floorboard database; it was left untouched</source>
        <translation>ist keine Floorboard-Datenbank; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>was written by a newer Floorboard (schema version %1; this version reads up to %2); it was left untouched</source>
        <translation>wurde von einer neueren Floorboard-Version geschrieben (Schemaversion %1; diese Version liest bis %2); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="+8"/>
        <source>has an older schema (version %1); open it once in Floorboard to upgrade it</source>
        <translation>hat ein älteres Schema (Version %1); öffnen Sie sie einmal in Floorboard, um sie zu aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is an empty SQLite file, not yet a Floorboard database; it was left untouched</source>
        <translation>ist eine leere SQLite-Datei und noch keine Floorboard-Datenbank; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>fb::store::EvaluationSample</name>
    <message>
        <location filename="../core/store/EvaluationSample.cpp" line="+25"/>
        <source>Choose the team to sample from.</source>
        <translation>Wählen Sie das Team, aus dem gezogen wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the week to sample from.</source>
        <translation>Wählen Sie die Woche, aus der gezogen wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the sampled contacts</source>
        <translation>die gezogenen Kontakte können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>fb::store::FeedbackStore</name>
    <message>
        <location filename="../core/store/FeedbackSql.h" line="+18"/>
        <source>cannot read or write feedback tickets</source>
        <translation>Feedback-Tickets können nicht gelesen oder geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/store/FeedbackStore.cpp" line="+106"/>
        <source>a feedback category needs a name</source>
        <translation>eine Feedback-Kategorie braucht einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SLAs of category &apos;%1&apos; are working days, 0 or more, not %2 and %3</source>
        <translation>die SLAs der Kategorie „%1“ sind Arbeitstage, 0 oder mehr, nicht %2 und %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>category &apos;%1&apos; needs a new name to be renamed</source>
        <translation>Kategorie &apos;%1&apos; braucht zum Umbenennen einen neuen Namen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no feedback category &apos;%1&apos; to rename</source>
        <translation>keine Feedback-Kategorie &apos;%1&apos; zum Umbenennen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot rename category &apos;%1&apos; to &apos;%2&apos;: &apos;%2&apos; exists already</source>
        <translation>Kategorie &apos;%1&apos; kann nicht in &apos;%2&apos; umbenannt werden: &apos;%2&apos; gibt es schon</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>holiday &apos;%1&apos; has no valid date</source>
        <translation>Feiertag „%1“ hat kein gültiges Datum</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no site holiday on %1</source>
        <translation>kein Feiertag des Standorts am %1</translation>
    </message>
    <message>
        <location filename="../core/store/FeedbackWrites.cpp" line="+64"/>
        <source>no feedback ticket &apos;%1&apos;</source>
        <translation>kein Feedback-Ticket „%1“</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a feedback ticket needs a title</source>
        <translation>ein Feedback-Ticket braucht einen Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say who records the ticket</source>
        <translation>geben Sie an, wer das Ticket erfasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a feedback ticket needs the day it was raised</source>
        <translation>ein Feedback-Ticket braucht den Tag, an dem es gemeldet wurde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no feedback category &apos;%1&apos; (feedback categories lists them)</source>
        <translation>keine Feedback-Kategorie „%1“ (feedback categories listet sie auf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no team named &apos;%1&apos;</source>
        <translation>kein Team namens „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+51"/>
        <location line="+139"/>
        <source>no agent &apos;%1&apos;</source>
        <translation>kein Agent „%1“</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>a +1 names the agent raising it, so each agent counts once</source>
        <translation>ein +1 nennt den meldenden Agenten, damit jeder Agent einmal zählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a +1 needs the day it was raised</source>
        <translation>ein +1 braucht den Tag, an dem es gemeldet wurde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ticket %1 is %2; raise a new ticket instead of a +1</source>
        <translation>Ticket %1 ist %2; erfassen Sie ein neues Ticket statt eines +1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+138"/>
        <source>agent %1 raised ticket %2 already; an agent counts once</source>
        <translation>Agent %1 hat Ticket %2 bereits gemeldet; ein Agent zählt einmal</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>say who decides the ticket</source>
        <translation>geben Sie an, wer über das Ticket entscheidet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a decision needs its day</source>
        <translation>eine Entscheidung braucht ihren Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an accepted ticket needs the planned fix</source>
        <translation>ein angenommenes Ticket braucht die geplante Maßnahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an accepted ticket needs an owner for the fix</source>
        <translation>ein angenommenes Ticket braucht eine verantwortliche Person für die Maßnahme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a deferred ticket needs the reason</source>
        <translation>ein zurückgestelltes Ticket braucht den Grund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a deferred ticket needs a revisit date after the decision</source>
        <translation>ein zurückgestelltes Ticket braucht ein Wiedervorlagedatum nach der Entscheidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a declined ticket needs the rationale</source>
        <translation>ein abgelehntes Ticket braucht die Begründung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a decision is accepted, deferred or declined, not &apos;%1&apos;</source>
        <translation>eine Entscheidung ist accepted, deferred oder declined, nicht „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ticket %1 is %2 already; only new, reviewing or deferred tickets are decided</source>
        <translation>Ticket %1 ist bereits %2; entschieden werden nur neue, geprüfte oder zurückgestellte Tickets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ticket %1 was raised on %2, after the decision day %3</source>
        <translation>Ticket %1 wurde am %2 gemeldet, nach dem Entscheidungstag %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>say who records the fix</source>
        <translation>geben Sie an, wer die Maßnahme erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a fix needs what changed</source>
        <translation>eine Maßnahme braucht, was sich geändert hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a fix needs its day</source>
        <translation>eine Maßnahme braucht ihren Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ticket %1 is %2; only an accepted ticket (with its planned fix and owner) is fixed</source>
        <translation>Ticket %1 ist %2; behoben wird nur ein angenommenes Ticket (mit geplanter Maßnahme und verantwortlicher Person)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ticket %1 was accepted on %2, after the fix day %3</source>
        <translation>Ticket %1 wurde am %2 angenommen, nach dem Tag der Maßnahme %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no program fix %1 (floorboard-cli program report lists them)</source>
        <translation>keine Programm-Maßnahme %1 (floorboard-cli program report listet sie auf)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>history of ticket %1: a change needs its day, who, what and when recorded</source>
        <translation>Verlauf von Ticket %1: eine Änderung braucht ihren Tag, wer, was und wann erfasst</translation>
    </message>
</context>
<context>
    <name>fb::store::IncentiveStore</name>
    <message>
        <location filename="../core/store/IncentiveStore.cpp" line="+69"/>
        <source>the incentive plan &apos;%1&apos; has no version %2</source>
        <translation>der Prämienplan „%1“ hat keine Version %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no incentive plan named &apos;%1&apos;</source>
        <translation>es gibt keinen Prämienplan namens „%1“</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+36"/>
        <source>cannot read the incentive plan</source>
        <translation>der Prämienplan kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>cannot read the incentive plans</source>
        <translation>die Prämienpläne können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot save the incentive plan</source>
        <translation>der Prämienplan kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot read the agents of the period</source>
        <translation>die Agenten des Zeitraums können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>fb::store::InteractionIndexes</name>
    <message>
        <location filename="../core/store/InteractionIndexes.cpp" line="+92"/>
        <source>cannot read the schema</source>
        <translation>das Schema kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is read-only: the interaction indexes cannot be built, so the contact list is read without them</source>
        <translation>ist schreibgeschützt: Die Indizes der Kontakte können nicht aufgebaut werden, die Kontaktliste wird daher ohne sie gelesen</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+42"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>cannot build the interaction indexes</source>
        <translation>die Indizes der Kontakte können nicht aufgebaut werden</translation>
    </message>
</context>
<context>
    <name>fb::store::InteractionQuery</name>
    <message>
        <location filename="../core/store/InteractionQuery.cpp" line="+208"/>
        <source>cannot read interactions</source>
        <translation>Kontakte können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>fb::store::MentoringStore</name>
    <message>
        <location filename="../core/store/MentoringQueries.cpp" line="+41"/>
        <source>cannot read agents</source>
        <translation>Agenten können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+76"/>
        <location filename="../core/store/MentoringStore.cpp" line="+84"/>
        <source>cannot read mentoring sessions</source>
        <translation>Mentoring-Sitzungen können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot read the contacts and evaluations of the window</source>
        <translation>Kontakte und Bewertungen des Zeitraums können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/store/MentoringStore.cpp" line="-15"/>
        <location line="+27"/>
        <source>cannot read mentoring pairs</source>
        <translation>Mentoring-Paare können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>outcome: a new pair starts without an outcome</source>
        <translation>outcome: ein neues Paar beginnt ohne Ergebnis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: unknown agent %2</source>
        <translation>%1: unbekannter Agent %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mentee_id: %1 is already a mentee in %2 (pair %3)</source>
        <translation>mentee_id: %1 ist schon Mentee in %2 (Paar %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>mentor_id: %1 already mentors %2 of %3 at once</source>
        <translation>mentor_id: %1 betreut schon %2 von %3 gleichzeitig</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pair_id: %1 already exists</source>
        <translation>pair_id: %1 gibt es schon</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>pair %1 of %2 (%3 with %4): %5</source>
        <translation>Paar %1 von %2 (%3 mit %4): %5</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>cannot start the mentoring pair</source>
        <translation>das Mentoring-Paar kann nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+46"/>
        <source>pair_id: unknown mentoring pair %1</source>
        <translation>pair_id: unbekanntes Mentoring-Paar %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>pair_id: pair %1 ended on %2 (%3)</source>
        <translation>pair_id: Paar %1 endete am %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>held_on: %1 is before the pair started (%2)</source>
        <translation>held_on: %1 liegt vor dem Start des Paars (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>session_id: %1 already exists</source>
        <translation>session_id: %1 gibt es schon</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>cannot log the mentoring session</source>
        <translation>die Mentoring-Sitzung kann nicht erfasst werden</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>outcome: must be met, not_met or stopped, not &apos;%1&apos;</source>
        <translation>outcome: muss met, not_met oder stopped sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended_on: the end date is missing</source>
        <translation>ended_on: das Enddatum fehlt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>pair_id: pair %1 already ended on %2 (%3)</source>
        <translation>pair_id: Paar %1 endete schon am %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ended_on: %1 is before the pair started (%2)</source>
        <translation>ended_on: %1 liegt vor dem Start des Paars (%2)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>cannot end the mentoring pair</source>
        <translation>das Mentoring-Paar kann nicht beendet werden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot read mentor capacities</source>
        <translation>die Kapazitäten der Mentoren können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>capacity: must be 0 to 20, not %1</source>
        <translation>capacity: muss 0 bis 20 sein, nicht %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mentor_id: unknown agent %1</source>
        <translation>mentor_id: unbekannter Agent %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>cannot set the mentor&apos;s capacity</source>
        <translation>die Kapazität des Mentors kann nicht gesetzt werden</translation>
    </message>
</context>
<context>
    <name>fb::store::Migrations</name>
    <message>
        <location filename="../core/store/Migrations.cpp" line="+130"/>
        <source>migration to schema version %1 failed: %2</source>
        <translation>Migration auf Schemaversion %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>fb::store::PgSql</name>
    <message>
        <location filename="../core/store/PgSql.cpp" line="+142"/>
        <source>no parameter %1 in the statement</source>
        <translation>kein Parameter %1 in der Anweisung</translation>
    </message>
    <message>
        <location line="+337"/>
        <source>cannot connect to the site server: out of memory</source>
        <translation>keine Verbindung zum Standortserver: kein Speicher frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect to the site server: it asks for a password, and neither libpq&apos;s password file (~/.pgpass) nor a service file holds one for this address</source>
        <translation>keine Verbindung zum Standortserver: Er verlangt ein Passwort, und weder die Passwortdatei von libpq (~/.pgpass) noch eine Servicedatei enthält eines für diese Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot connect to the site server: %1</source>
        <translation>keine Verbindung zum Standortserver: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the site server cannot speak UTF-8: %1</source>
        <translation>der Standortserver spricht kein UTF-8: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site database %1 on %2</source>
        <translation>Standortdatenbank %1 auf %2</translation>
    </message>
</context>
<context>
    <name>fb::store::ProgramStore</name>
    <message>
        <location filename="../core/store/ProgramStore.cpp" line="+44"/>
        <source>cannot read or write programs</source>
        <translation>Programme können nicht gelesen oder geschrieben werden</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>a program needs a name</source>
        <translation>ein Programm braucht einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a program needs at least one team</source>
        <translation>ein Programm braucht mindestens ein Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a program starts on a Monday, not %1</source>
        <translation>ein Programm beginnt an einem Montag, nicht am %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a program named &apos;%1&apos; exists already</source>
        <translation>ein Programm namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no team named &apos;%1&apos;</source>
        <translation>kein Team namens „%1“</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>a fix needs the date it took effect</source>
        <translation>eine Maßnahme braucht das Datum, ab dem sie wirkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a fix needs the friction it addresses</source>
        <translation>eine Maßnahme braucht den Reibungspunkt, den sie angeht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a fix needs a line on what changed</source>
        <translation>eine Maßnahme braucht eine Zeile dazu, was sich geändert hat</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>a program confirms at most three frictions</source>
        <translation>ein Programm bestätigt höchstens drei Reibungspunkte</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>fb::store::QaStore</name>
    <message>
        <location filename="../core/store/QaStore.cpp" line="+45"/>
        <source>Choose the agent evaluated.</source>
        <translation>Wählen Sie den bewerteten Agenten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the evaluator.</source>
        <translation>Geben Sie ein, wer bewertet hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date of the evaluation.</source>
        <translation>Geben Sie das Datum der Bewertung ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The score of %1 is outside its scale.</source>
        <translation>Die Wertung von %1 liegt außerhalb der Skala.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score every attribute (NA is not allowed for: %1).</source>
        <translation>Bewerten Sie jedes Kriterium (NA ist nicht zulässig für: %1).</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+33"/>
        <source>cannot save the evaluation</source>
        <translation>die Bewertung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Enter your name (File ▸ My Team and Name…) so the change says who made it.</source>
        <translation>Geben Sie Ihren Namen ein (Datei ▸ Mein Team und Name…), damit die Änderung zeigt, wer sie vorgenommen hat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>evaluation %1 does not exist (deleted meanwhile?)</source>
        <translation>Bewertung %1 gibt es nicht (inzwischen gelöscht?)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>evaluation %1 does not exist</source>
        <translation>Bewertung %1 existiert nicht</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>cannot read the evaluation</source>
        <translation>die Bewertung kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cannot read the interaction</source>
        <translation>der Kontakt kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot read QA scores</source>
        <translation>QA-Wertungen können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>fb::store::RecognitionStore</name>
    <message>
        <location filename="../core/store/RecognitionQueries.cpp" line="+30"/>
        <source>cannot read agents</source>
        <translation>Agenten können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot read recognitions</source>
        <translation>Anerkennungen können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>cannot read the evaluation</source>
        <translation>die Bewertung kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/store/RecognitionStore.cpp" line="+56"/>
        <source>%1: %2 is not in the data</source>
        <translation>%1: %2 ist nicht in den Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 belongs to %3, not to %4</source>
        <translation>%1: %2 gehört zu %3, nicht zu %4</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>to_agent: unknown agent %1</source>
        <translation>to_agent: unbekannter Agent %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>from_agent: unknown agent %1</source>
        <translation>from_agent: unbekannter Agent %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>behavior: &apos;%1&apos; is not on the behaviour list (recognition behaviors)</source>
        <translation>behavior: „%1“ steht nicht auf der Verhaltensliste (recognition behaviors)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>recognition_id: %1 already exists</source>
        <translation>recognition_id: %1 gibt es schon</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>cannot record the recognition</source>
        <translation>die Anerkennung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>cannot read the recognition behaviours</source>
        <translation>die Verhaltensliste kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>behaviour %1: the name is missing</source>
        <translation>Verhalten %1: der Name fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>behaviour %1: &apos;%2&apos; is on the list twice</source>
        <translation>Verhalten %1: „%2“ steht zweimal auf der Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>behaviour %1 (%2): &apos;%3&apos; is neither a rubric attribute nor a scorecard metric (csat, fcr, qa, dpti, rework, aht, escalation)</source>
        <translation>Verhalten %1 (%2): „%3“ ist weder ein Bewertungskriterium noch eine Scorecard-Kennzahl (csat, fcr, qa, dpti, rework, aht, escalation)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write the recognition behaviours</source>
        <translation>die Verhaltensliste kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>fb::store::RecordEdits</name>
    <message>
        <location filename="../core/store/RecordEdits.cpp" line="+26"/>
        <source>evaluation %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>coaching note %1</source>
        <translation>Coaching-Notiz %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter your name (File ▸ My Team and Name…) so the change says who made it.</source>
        <translation>Geben Sie Ihren Namen ein (Datei ▸ Mein Team und Name…), damit die Änderung zeigt, wer sie vorgenommen hat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>history entry %1 cannot be read</source>
        <translation>Verlaufseintrag %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot read the history of %1</source>
        <translation>der Verlauf von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+26"/>
        <source>%1 does not exist (deleted meanwhile?)</source>
        <translation>%1 gibt es nicht (inzwischen gelöscht?)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>cannot save the coaching note</source>
        <translation>die Coaching-Notiz kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Evaluation %1 is the evidence of recognition %2; it cannot be deleted (edit it instead).</source>
        <translation>Bewertung %1 ist der Nachweis der Anerkennung %2 und kann nicht gelöscht werden (bearbeiten Sie sie stattdessen).</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>cannot delete %1</source>
        <translation>%1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 was not deleted: nothing to undo</source>
        <translation>%1 wurde nicht gelöscht: nichts rückgängig zu machen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 exists again: nothing to undo</source>
        <translation>%1 gibt es wieder: nichts rückgängig zu machen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>cannot undo the delete of %1</source>
        <translation>das Löschen von %1 kann nicht rückgängig gemacht werden</translation>
    </message>
</context>
<context>
    <name>fb::store::RecordLists</name>
    <message>
        <location filename="../core/store/RecordLists.cpp" line="+86"/>
        <source>cannot list the evaluations</source>
        <translation>die Bewertungen können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>cannot list the coaching notes</source>
        <translation>die Coaching-Notizen können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>coaching note %1 does not exist</source>
        <translation>Coaching-Notiz %1 gibt es nicht</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>cannot read the coaching note</source>
        <translation>die Coaching-Notiz kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>fb::store::RowWriter</name>
    <message>
        <location filename="../core/store/RowWriter.cpp" line="+168"/>
        <source>cannot prepare writing %1: %2</source>
        <translation>Schreiben von %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+191"/>
        <location line="+20"/>
        <location line="+30"/>
        <location line="+7"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>cannot store the row: %1</source>
        <translation>die Zeile kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>cannot store the rows: %1 rows given to a statement for %2</source>
        <translation>die Zeilen können nicht gespeichert werden: %1 Zeilen für eine Anweisung über %2 Zeilen übergeben</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>cannot update the weekly rollups: %1</source>
        <translation>die Wochensummen können nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>fb::store::RubricStore</name>
    <message>
        <location filename="../core/store/RubricStore.cpp" line="+55"/>
        <source>cannot read rubric versions</source>
        <translation>Bewertungsbogen-Versionen können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>rubric version %1 does not exist</source>
        <translation>Bewertungsbogen-Version %1 existiert nicht</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>cannot read the rubric</source>
        <translation>der Bewertungsbogen kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>A rubric needs at least one attribute.</source>
        <translation>Ein Bewertungsbogen braucht mindestens ein Kriterium.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attribute name &apos;%1&apos; must start with a letter and use only a-z, 0-9 and _.</source>
        <translation>Der Kriteriumsname „%1“ muss mit einem Buchstaben beginnen und darf nur a-z, 0-9 und _ enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is a column of the evaluations file and cannot be an attribute.</source>
        <translation>„%1“ ist eine Spalte der Bewertungsdatei und kann kein Kriterium sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attribute &apos;%1&apos; appears twice.</source>
        <translation>Kriterium „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weight of &apos;%1&apos; must be 0 or more.</source>
        <translation>Die Gewichtung von „%1“ muss 0 oder größer sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least one attribute needs a weight above 0.</source>
        <translation>Mindestens ein Kriterium braucht eine Gewichtung über 0.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot save the rubric</source>
        <translation>der Bewertungsbogen kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>fb::store::ScorecardStore</name>
    <message>
        <location filename="../core/store/ScorecardSums.cpp" line="+180"/>
        <source>cannot read the rollups on a second connection</source>
        <translation>die Wochensummen können über eine zweite Verbindung nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>cannot read the scorecard data</source>
        <translation>die Scorecard-Daten können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/store/ScorecardStore.cpp" line="+37"/>
        <source>cannot read agents</source>
        <translation>Agenten können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read teams</source>
        <translation>Teams können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the weeks</source>
        <translation>die Wochen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/store/ScorecardPeopleCache.cpp" line="+311"/>
        <source>cannot update the scorecard cache</source>
        <translation>der Scorecard-Zwischenspeicher kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <location filename="../core/store/ScorecardStore.cpp" line="+30"/>
        <source>no scorecard definition version %1</source>
        <translation>keine Scorecard-Definition in Version %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>cannot read the scorecard definition</source>
        <translation>die Scorecard-Definition kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot read the scorecard definitions</source>
        <translation>die Scorecard-Definitionen können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot save the scorecard definition</source>
        <translation>die Scorecard-Definition kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot read coaching notes</source>
        <translation>Coaching-Notizen können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>fb::store::SiteDatabase</name>
    <message>
        <location filename="../core/store/SiteDatabase.cpp" line="+76"/>
        <source>the site server&apos;s address holds a password; Floorboard keeps none: put it in libpq&apos;s password file (~/.pgpass) or a service file, and leave it out of the address</source>
        <translation>die Adresse des Standortservers enthält ein Passwort; Floorboard speichert keine: Legen Sie es in die Passwortdatei von libpq (~/.pgpass) oder eine Servicedatei und lassen Sie es in der Adresse weg</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read the schema version: %1</source>
        <translation>die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>was written by a newer Floorboard (schema version %1; this one reads up to %2); nothing was changed</source>
        <translation>wurde von einem neueren Floorboard geschrieben (Schemaversion %1; dieses liest bis %2); nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>holds no Floorboard database yet; nothing was changed</source>
        <translation>enthält noch keine Floorboard-Datenbank; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has an older schema (version %1); open it once in Floorboard to upgrade it</source>
        <translation>hat ein älteres Schema (Version %1); öffnen Sie sie einmal in Floorboard, um sie zu aktualisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has an older schema (version %1), which only the site&apos;s administrator can upgrade: floorboard-cli site init ADDRESS --admin; nothing was changed</source>
        <translation>hat ein älteres Schema (Version %1), das nur der Administrator des Standorts aktualisieren kann: floorboard-cli site init ADDRESS --admin; nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>fb::store::SitePushPull</name>
    <message>
        <location filename="../core/store/SitePushPull.cpp" line="+35"/>
        <source>the source and the target are the same database; nothing was changed</source>
        <translation>Quelle und Ziel sind dieselbe Datenbank; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a pull writes a file, and the target is a site server&apos;s address; copy into a site server with a push; nothing was changed</source>
        <translation>site pull schreibt eine Datei, das Ziel ist aber die Adresse eines Standortservers; in einen Standortserver kopieren Sie mit site push; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>already exists; nothing was written: pull into a new file, or replace this one</source>
        <translation>existiert bereits; es wurde nichts geschrieben: Schreiben Sie mit site pull in eine neue Datei oder ersetzen Sie diese</translation>
    </message>
</context>
<context>
    <name>fb::store::SiteRoles</name>
    <message>
        <location filename="../core/store/SiteMembers.cpp" line="+28"/>
        <source>is a file, and a file has no roles: site members belong to a PostgreSQL site server</source>
        <translation>ist eine Datei, und eine Datei hat keine Rollen: Mitglieder eines Standorts gibt es nur auf einem PostgreSQL-Standortserver</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has no site roles yet: run floorboard-cli site init ADDRESS --admin first</source>
        <translation>hat noch keine Standortrollen: Führen Sie zuerst floorboard-cli site init ADDRESS --admin aus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a login is a name of 1 to 63 bytes, not &quot;%1&quot;</source>
        <translation>ein Login ist ein Name mit 1 bis 63 Byte, nicht „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a team lead leads at least one team: name it with --team</source>
        <translation>eine Teamleitung leitet mindestens ein Team: Nennen Sie es mit --team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a team lead leads teams; a %1 reads and writes the whole site</source>
        <translation>nur eine Teamleitung leitet Teams; die Rolle %1 liest und schreibt den ganzen Standort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot look for the team %1</source>
        <translation>nach dem Team %1 kann nicht gesucht werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no team &quot;%1&quot; on this site; nothing was changed</source>
        <translation>an diesem Standort gibt es kein Team „%1“; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the login</source>
        <translation>das Login kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the login %1 is a superuser or bypasses row-level security, so no site role would hold it; give the person a login of their own; nothing was changed</source>
        <translation>das Login %1 ist ein Superuser oder umgeht die Sicherheit auf Zeilenebene, daher würde keine Standortrolle es einschränken; geben Sie der Person ein eigenes Login; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot add %1 to the site</source>
        <translation>%1 kann nicht zum Standort hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot list the site&apos;s members</source>
        <translation>die Mitglieder des Standorts können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot take %1 out of the site</source>
        <translation>%1 kann nicht aus dem Standort entfernt werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not lead the team &quot;%2&quot;; nothing was changed</source>
        <translation>%1 leitet das Team „%2“ nicht; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no login %1; nothing was changed</source>
        <translation>es gibt kein Login %1; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../core/store/SiteRoles.cpp" line="+96"/>
        <source>cannot list the site&apos;s tables</source>
        <translation>die Tabellen des Standorts können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot grant the site roles their rights on %1</source>
        <translation>den Standortrollen können ihre Rechte auf %1 nicht erteilt werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot set the row-level security of %1</source>
        <translation>die Sicherheit auf Zeilenebene von %1 kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>is a file, and a file has no roles: site init sets up the roles of a PostgreSQL site server (postgresql://host/site); nothing was changed</source>
        <translation>ist eine Datei, und eine Datei hat keine Rollen: site init richtet die Rollen eines PostgreSQL-Standortservers ein (postgresql://host/site); nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the login %1 may not create roles: run site init as the site&apos;s administrator (a superuser, or a role with CREATEROLE that owns the database); nothing was changed</source>
        <translation>das Login %1 darf keine Rollen anlegen: Führen Sie site init als Administrator des Standorts aus (ein Superuser oder eine Rolle mit CREATEROLE, der die Datenbank gehört); nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the role name %1 is longer than PostgreSQL&apos;s 63 bytes: give the site&apos;s database a shorter name; nothing was changed</source>
        <translation>der Rollenname %1 ist länger als die 63 Byte, die PostgreSQL erlaubt: Geben Sie der Standortdatenbank einen kürzeren Namen; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot set up the site roles</source>
        <translation>die Standortrollen können nicht eingerichtet werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the site&apos;s tables %1 have no rule for the site roles (core/store/SiteAccessRules.cpp), so they would be left open or closed by accident; nothing was changed</source>
        <translation>die Tabellen %1 des Standorts haben keine Regel für die Standortrollen (core/store/SiteAccessRules.cpp) und blieben damit versehentlich offen oder gesperrt; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the rules for the site roles name tables the site does not have (%1); nothing was changed</source>
        <translation>die Regeln für die Standortrollen nennen Tabellen, die der Standort nicht hat (%1); nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../core/store/SiteSql.cpp" line="+60"/>
        <source>cannot read the login&apos;s roles</source>
        <translation>die Rollen des Logins können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot look for the role %1</source>
        <translation>nach der Rolle %1 kann nicht gesucht werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the login&apos;s rights</source>
        <translation>die Rechte des Logins können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the scorecard&apos;s QA, pulse and coaching figures are out of date, and this login (%1) may not compute them again: it does not read every team&apos;s records and the anonymous pulse answers they come from. They are brought up to date the next time a site manager opens a scorecard</source>
        <translation>die QA-, Puls- und Coaching-Werte der Scorecard sind veraltet, und dieses Login (%1) darf sie nicht neu berechnen: Es liest nicht die Einträge aller Teams und die anonymen Pulsantworten, aus denen sie stammen. Sie werden aktualisiert, sobald eine Standortleitung das nächste Mal eine Scorecard öffnet</translation>
    </message>
</context>
<context>
    <name>fb::store::SiteTableRows</name>
    <message>
        <location filename="../core/store/SiteTableRows.cpp" line="+141"/>
        <source>cannot start reading: %1</source>
        <translation>Lesen kann nicht beginnen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read table %1</source>
        <translation>Tabelle %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot copy table %1</source>
        <translation>Tabelle %1 kann nicht kopiert werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the copy was cancelled</source>
        <translation>das Kopieren wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>fb::store::SiteTables</name>
    <message>
        <location filename="../core/store/SiteTables.cpp" line="+114"/>
        <source>cannot order table %1 for copying: its foreign keys refer to a table copied after it</source>
        <translation>Tabelle %1 kann nicht in die Kopierreihenfolge eingeordnet werden: Ihre Fremdschlüssel verweisen auf eine Tabelle, die erst nach ihr kopiert wird</translation>
    </message>
</context>
<context>
    <name>fb::store::SiteTransfer</name>
    <message>
        <location filename="../core/store/SiteTransfer.cpp" line="+50"/>
        <source>cannot count the rows of table %1</source>
        <translation>die Zeilen von Tabelle %1 können nicht gezählt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>already holds a site&apos;s data (table %1 has %2 rows, a new database %3): copy into a new database, or replace its data</source>
        <translation>enthält bereits die Daten eines Standorts (Tabelle %1 hat %2 Zeilen, eine neue Datenbank %3): Kopieren Sie in eine neue Datenbank oder ersetzen Sie deren Daten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot move the id sequences past the copied ids</source>
        <translation>die ID-Sequenzen können nicht hinter die kopierten IDs gesetzt werden</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>verification failed: table %1 has %2 rows here and %3 in %4</source>
        <translation>Überprüfung fehlgeschlagen: Tabelle %1 hat hier %2 Zeilen, in %4 aber %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>verification failed: the checks find %1 problems here and %2 in %3 (first difference: %4)</source>
        <translation>Überprüfung fehlgeschlagen: Die Prüfungen finden hier %1 Probleme, in %3 aber %2 (erster Unterschied: %4)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot empty table %1</source>
        <translation>Tabelle %1 kann nicht geleert werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the copy was cancelled</source>
        <translation>das Kopieren wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot copy a site between schema versions: %1 has version %2, %3 has version %4; nothing was changed</source>
        <translation>ein Standort kann nicht zwischen Schemaversionen kopiert werden: %1 hat Version %2, %3 hat Version %4; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1; nothing was changed</source>
        <translation>%1; nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>fb::store::Sql</name>
    <message>
        <location filename="../core/store/Sql.cpp" line="+32"/>
        <source>not a savepoint name: &apos;%1&apos;</source>
        <translation>kein Savepoint-Name: „%1“</translation>
    </message>
</context>
<context>
    <name>fb::store::Transaction</name>
    <message>
        <location filename="../core/store/Transaction.cpp" line="+42"/>
        <source>cannot start writing: %1</source>
        <translation>Schreiben kann nicht beginnen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot save the changes: %1</source>
        <translation>die Änderungen können nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::AgentQualityView</name>
    <message>
        <location filename="../ui/pages/quality/AgentQualityView.cpp" line="+47"/>
        <source>not enough data</source>
        <translation>zu wenige Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>→ steady (%1 → %2)</source>
        <translation>→ stabil (%1 → %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▲ up %1 (%2 → %3)</source>
        <translation>▲ um %1 gestiegen (%2 → %3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▼ down %1 (%2 → %3)</source>
        <translation>▼ um %1 gesunken (%2 → %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent and team by attribute</source>
        <translation>Agent und Team je Kriterium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per attribute: the agent&apos;s mean beside the team&apos;s, the gap between them and both trends.</source>
        <translation>Eine Zeile pro Kriterium: der Mittelwert des Agenten neben dem des Teams, der Abstand dazwischen und beide Trends.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent mean (0–100)</source>
        <translation>Mittelwert Agent (0–100)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team mean (0–100)</source>
        <translation>Mittelwert Team (0–100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap to team</source>
        <translation>Abstand zum Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent trend</source>
        <translation>Trend Agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team trend</source>
        <translation>Trend Team</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;gent</source>
        <translation>&amp;Agent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean of 100 × score / scale maximum over the last %1 weeks with data; the team is the agent&apos;s team without the agent. Trend: first half of the weeks → second half. Weakest first.</source>
        <translation>Mittelwert von 100 × Wertung / Skalenmaximum über die letzten %1 Wochen mit Daten; das Team ist das Team des Agenten ohne den Agenten selbst. Trend: erste Hälfte der Wochen → zweite Hälfte. Schwächste zuerst.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  ◀ weakest</source>
        <translation>  ◀ am schwächsten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> · small sample</source>
        <translation> · kleine Stichprobe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> below</source>
        <translation> darunter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weeks %1 to %2.</source>
        <translation>Woche %1 bis %2.</translation>
    </message>
</context>
<context>
    <name>fb::ui::AgentsPage</name>
    <message>
        <location filename="../ui/pages/AgentsPage.cpp" line="+23"/>
        <source>Search names, IDs, supervisors…</source>
        <translation>Namen, IDs, Supervisoren durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No agents yet.&lt;br&gt;Use &lt;b&gt;File ▸ Import CSV…&lt;/b&gt; to import your agent list, or &lt;b&gt;File ▸ Create demo site…&lt;/b&gt; to try Floorboard with sample data.</source>
        <translation>Noch keine Agenten.&lt;br&gt;Importieren Sie Ihre Agentenliste über &lt;b&gt;Datei ▸ CSV importieren…&lt;/b&gt; oder probieren Sie Floorboard mit Beispieldaten über &lt;b&gt;Datei ▸ Demo-Standort anlegen…&lt;/b&gt; aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agents match these filters.</source>
        <translation>Keine Agenten entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— scroll for more</source>
        <translation>– für mehr scrollen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln agent(s) shown</source>
        <translation>
            <numerusform>%Ln Agent angezeigt</numerusform>
            <numerusform>%Ln Agenten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per agent; Enter or double-click shows the agent&apos;s interactions.</source>
        <translation>Eine Zeile pro Agent; Eingabetaste oder Doppelklick zeigt die Kontakte des Agenten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+13"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone on the floor. Double-click an agent to see their interactions.</source>
        <translation>Alle Agenten auf der Fläche. Doppelklicken Sie auf einen Agenten, um seine Kontakte zu sehen.</translation>
    </message>
</context>
<context>
    <name>fb::ui::AllTicketsView</name>
    <message>
        <location filename="../ui/pages/feedback/AllTicketsView.cpp" line="+71"/>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Words of the title</source>
        <translation>Wörter des Titels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search titles</source>
        <translation>Titel durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All feedback tickets</source>
        <translation>Alle Feedback-Tickets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per feedback ticket, open or closed; Enter or double-click opens it.</source>
        <translation>Eine Zeile pro Feedback-Ticket, offen oder geschlossen; Eingabetaste oder Doppelklick öffnet es.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cate&amp;gory:</source>
        <translation>Kate&amp;gorie:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tea&amp;m:</source>
        <translation>Tea&amp;m:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O&amp;wner:</source>
        <translation>Verant&amp;wortlich:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No feedback tickets yet: record one on the Intake tab or import a feedback CSV.</source>
        <translation>Noch keine Feedback-Tickets: Erfassen Sie eines im Reiter Erfassung oder importieren Sie eine Feedback-CSV.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>None of the %n ticket(s) matches these filters.</source>
        <translation>
            <numerusform>Das %n Ticket passt nicht zu diesen Filtern.</numerusform>
            <numerusform>Keines der %n Tickets passt zu diesen Filtern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n ticket(s), every status. Enter on a row opens the ticket.</source>
        <translation>
            <numerusform>%1 von %n Ticket, jeder Status. Enter auf einer Zeile öffnet das Ticket.</numerusform>
            <numerusform>%1 von %n Tickets, jeder Status. Enter auf einer Zeile öffnet das Ticket.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::AppearanceMenu</name>
    <message>
        <location filename="../ui/Appearance.cpp" line="+125"/>
        <source>A&amp;ppearance</source>
        <translation>E&amp;rscheinungsbild</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>fb::ui::AuditView</name>
    <message>
        <location filename="../ui/pages/incentives/AuditView.cpp" line="+30"/>
        <source> pp</source>
        <translation> Pp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print PDF for &amp;HR…</source>
        <translation>PDF für die &amp;Personalabteilung drucken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fairness audit</source>
        <translation>Fairness-Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per group: its mean payout and gate passes against everyone else, with the gaps that are flagged.</source>
        <translation>Eine Zeile pro Gruppe: mittlere Auszahlung und erreichte Schwelle im Vergleich zu allen anderen, mit den markierten Abständen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag gaps of at &amp;least:</source>
        <translation>Abstände markieren ab &amp;mindestens:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Plan &apos;%1&apos; version %2, %3: %4, %5. Each group&apos;s pass rate against everyone else&apos;s, Fisher&apos;s exact test, Holm over the groups tested; flagged when the gap is at least %6 pp and p Holm &lt; 0.05.</source>
        <translation>Plan „%1“ Version %2, %3: %4, %5. Die Quote jeder Gruppe gegen die aller anderen, exakter Test nach Fisher, Holm über die getesteten Gruppen; markiert, wenn der Abstand mindestens %6 Pp. beträgt und p Holm &lt; 0,05.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+6"/>
        <source>%Ln agent(s)</source>
        <translation>
            <numerusform>%Ln Agent</numerusform>
            <numerusform>%Ln Agenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%Ln passed the gate</source>
        <translation>
            <numerusform>%Ln hat die Schwelle erreicht</numerusform>
            <numerusform>%Ln haben die Schwelle erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n group(s) of fewer than 5 agents not reported (%1).</source>
        <translation>
            <numerusform>%n Gruppe mit weniger als 5 Agenten nicht ausgewiesen (%1).</numerusform>
            <numerusform>%n Gruppen mit weniger als 5 Agenten nicht ausgewiesen (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n group(s) flagged.</source>
        <translation>
            <numerusform>%n Gruppe markiert.</numerusform>
            <numerusform>%n Gruppen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No group flagged.</source>
        <translation>Keine Gruppe markiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No agent has data in %1: not enough data for an audit.</source>
        <translation>Kein Agent hat Daten in %1: nicht genug Daten für eine Prüfung.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+6"/>
        <source>Print the fairness audit</source>
        <translation>Fairness-Prüfung drucken</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>fb::ui::BaselineTab</name>
    <message>
        <location filename="../ui/pages/friction/BaselineTab.cpp" line="+23"/>
        <source>&lt;b&gt;Pulse of the program&apos;s teams&lt;/b&gt; (1-5; each dimension shown from 5 answers)</source>
        <translation>&lt;b&gt;Puls der Teams im Programm&lt;/b&gt; (1–5; jede Dimension angezeigt ab 5 Antworten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weeks 1-2</source>
        <translation>Woche 1–2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weeks 7-8</source>
        <translation>Woche 7–8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pulse</source>
        <translation>Puls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per pulse dimension: the mean in weeks 1-2 and in weeks 7-8, each with its n.</source>
        <translation>Eine Zeile pro Pulsdimension: der Mittelwert in Woche 1-2 und in Woche 7-8, jeweils mit n.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Frictions from feedback tickets, weeks 1-2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reibungspunkte aus Feedback-Tickets, Woche 1–2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friction</source>
        <translation>Reibungspunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pulse dimension</source>
        <translation>Pulsdimension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frictions</source>
        <translation>Reibungspunkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The frictions agents reported, ranked by tickets, with the pulse dimension each touches.</source>
        <translation>Die von Agenten gemeldeten Reibungspunkte, nach Tickets geordnet, mit der Pulsdimension, die sie jeweils betreffen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top three, as you confirm them</source>
        <translation>Die drei wichtigsten, wie Sie sie bestätigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Friction %1</source>
        <translation>Reibungspunkt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulse dimension of friction %1</source>
        <translation>Pulsdimension von Reibungspunkt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Confirm these three</source>
        <translation>Diese drei &amp;bestätigen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Proposed from the ranking; not confirmed yet.</source>
        <translation>Aus der Rangfolge vorgeschlagen; noch nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 confirmed.</source>
        <translation>%1 bestätigt.</translation>
    </message>
</context>
<context>
    <name>fb::ui::BehaviorsDialog</name>
    <message>
        <location filename="../ui/pages/recognition/BehaviorsDialog.cpp" line="+23"/>
        <source>Recognition behaviours</source>
        <translation>Verhalten für Anerkennungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Behaviours</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The behaviours a nomination can cite; choose one to rename it or change what measures it.</source>
        <translation>Die Verhaltensweisen, auf die sich eine Nominierung beziehen kann; eine auswählen, um sie umzubenennen oder ihre Kennzahl zu ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behaviours a nomination picks from:</source>
        <translation>&amp;Verhalten, aus denen eine Nominierung wählt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing (not measured)</source>
        <translation>nichts (nicht gemessen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (scorecard metric)</source>
        <translation>%1 (Scorecard-Kennzahl)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (rubric attribute)</source>
        <translation>%1 (Kriterium des Bewertungsbogens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tied to:</source>
        <translation>&amp;Gebunden an:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved, nothing changed: %1</source>
        <translation>Nicht gespeichert, nichts geändert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no name yet)</source>
        <translation>(noch ohne Namen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&apos;%1&apos; is cited by %n nomination(s); they keep that name as given.</source>
        <translation>
            <numerusform>„%1“ wird von %n Nominierung genannt; sie behält diesen Namen wie vergeben.</numerusform>
            <numerusform>„%1“ wird von %n Nominierungen genannt; sie behalten diesen Namen wie vergeben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::BlindIconProvider</name>
    <message>
        <location filename="../ui/dialogs/BlindIconProvider.cpp" line="+53"/>
        <source>Drive</source>
        <translation>Laufwerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 File</source>
        <extracomment>%1 is a file name&apos;s extension in capitals, e.g. &quot;CSV File&quot;</extracomment>
        <translation>%1-Datei</translation>
    </message>
</context>
<context>
    <name>fb::ui::BrowsePanel</name>
    <message>
        <location filename="../ui/pages/BrowsePanel.cpp" line="+84"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>fb::ui::CalibrationCharts</name>
    <message>
        <location filename="../ui/charts/CalibrationCharts.cpp" line="+113"/>
        <source>Session date</source>
        <translation>Sitzungsdatum</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+26"/>
        <source>Run two or more sessions to see a trend</source>
        <translation>Führen Sie zwei oder mehr Sitzungen durch, um einen Trend zu sehen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>No scores could be compared yet: enter scores to see a trend</source>
        <translation>Noch konnten keine Wertungen verglichen werden: Geben Sie Wertungen ein, um einen Trend zu sehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is calibration converging?</source>
        <translation>Nähert sich die Kalibrierung an?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mean absolute deviation (points, 0-4 scale)</source>
        <translation>Mittlere absolute Abweichung (Punkte, Skala 0–4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mean absolute deviation of each participant per session</source>
        <translation>Mittlere absolute Abweichung jeder teilnehmenden Person pro Sitzung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alpha is undefined in every session: too few scores, or one value throughout</source>
        <translation>Alpha ist in keiner Sitzung definiert: zu wenige Wertungen oder durchgehend derselbe Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does agreement hold? Krippendorff&apos;s alpha per attribute</source>
        <translation>Hält die Übereinstimmung? Krippendorffs Alpha pro Kriterium</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Krippendorff&apos;s alpha (1 = full agreement)</source>
        <translation>Krippendorffs Alpha (1 = volle Übereinstimmung)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reliable (0.800)</source>
        <translation>verlässlich (0,800)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reliable</source>
        <translation>verlässlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tentative (0.667)</source>
        <translation>vorläufig (0,667)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tentative</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>overall</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Krippendorff&apos;s alpha per attribute and session</source>
        <translation>Krippendorffs Alpha pro Kriterium und Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/charts/CalibrationSessionChart.cpp" line="+45"/>
        <source>No deviations yet: enter the scores, then reveal them</source>
        <translation>Noch keine Abweichungen: Geben Sie die Wertungen ein und decken Sie sie dann auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the anchor</source>
        <translation>dem Anker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the consensus</source>
        <translation>dem Konsens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the median</source>
        <translation>dem Median</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far each scorer was from %1</source>
        <translation>Wie weit jede bewertende Person von %1 entfernt war</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (not compared: %2)</source>
        <translation>%1 (nicht verglichen: %2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mean absolute deviation from %1 (points)</source>
        <translation>Mittlere absolute Abweichung von %1 (Punkte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mean absolute deviation of each participant per attribute</source>
        <translation>Mittlere absolute Abweichung jeder teilnehmenden Person pro Kriterium</translation>
    </message>
</context>
<context>
    <name>fb::ui::ChartsTab</name>
    <message>
        <location filename="../ui/pages/friction/ChartsTab.cpp" line="+26"/>
        <source>Grey bands: weeks 1-2 (Baseline) and 5-6 (Recognition); white: 3-4 (Fixes) and 7-8 (Comparison). Dashed lines: fixes, named in the legend.</source>
        <translation>Graue Bänder: Woche 1–2 (Ausgangslage) und 5–6 (Anerkennung); weiß: 3–4 (Maßnahmen) und 7–8 (Vergleich). Gestrichelte Linien: Maßnahmen, in der Legende benannt.</translation>
    </message>
</context>
<context>
    <name>fb::ui::CoachingNoteForm</name>
    <message>
        <location filename="../ui/pages/coaching/CoachingNoteForm.cpp" line="+57"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coaching date</source>
        <translation>Coaching-Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality attribute</source>
        <translation>Qualitätskriterium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target metric</source>
        <translation>Zielkennzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target value</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up date</source>
        <translation>Follow-up-Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <location line="+2"/>
        <source>— choose —</source>
        <translation>– auswählen –</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>The agent&apos;s commitment</source>
        <translation>Die Zusage des Agenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the agent&apos;s own words, e.g. &quot;I will read back the next step before closing every chat&quot;</source>
        <translation>In den eigenen Worten des Agenten, z.&#xa0;B. „Ich lese vor dem Schließen jedes Chats den nächsten Schritt noch einmal vor“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes spent</source>
        <translation>Aufgewendete Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 30</source>
        <translation>z.&#xa0;B. 30</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+187"/>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Enter on this button, or Ctrl+S anywhere in the form</source>
        <translation>Mit der Eingabetaste auf dieser Schaltfläche oder mit Strg+S überall im Formular</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Agent *</source>
        <translation>&amp;Agent *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coach *</source>
        <translation>&amp;Coach *</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Date *</source>
        <translation>&amp;Datum *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality &amp;attribute *</source>
        <translation>&amp;Qualitätskriterium *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target &amp;metric *</source>
        <translation>&amp;Zielkennzahl *</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Baseline *</source>
        <translation>Aus&amp;gangswert *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target value *</source>
        <translation>Ziel&amp;wert *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-up on *</source>
        <translation>&amp;Follow-up am *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stage *</source>
        <translation>&amp;Phase *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmitment *</source>
        <translation>Zu&amp;sage *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;inutes spent *</source>
        <translation>&amp;Minuten aufgewendet *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>* required</source>
        <translation>* Pflichtfeld</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>— choose an agent —</source>
        <translation>– Agent auswählen –</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (rubric attribute, score 0-4)</source>
        <translation>%1 (Kriterium des Bewertungsbogens, Wertung 0–4)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the 4 weeks before…</source>
        <translation>Die 4 Wochen davor werden gelesen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not read the baseline: %1</source>
        <translation>Der Ausgangswert konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No data for this agent in %1: enter the baseline yourself.</source>
        <translation>Keine Daten für diesen Agenten in %1: Geben Sie den Ausgangswert selbst ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From %1, n = %2 (editable).</source>
        <translation>Aus %1, n = %2 (änderbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1, n = %2 — small sample (fewer than %3), check it (editable).</source>
        <translation>Aus %1, n = %2 – kleine Stichprobe (weniger als %3), bitte prüfen (änderbar).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Note %1 changed; the earlier version is kept in its history.</source>
        <translation>Notiz %1 geändert; die frühere Fassung bleibt in ihrem Verlauf erhalten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Note %1 saved. Its follow-up is in the queue.</source>
        <translation>Notiz %1 gespeichert. Ihr Follow-up steht in der Liste.</translation>
    </message>
</context>
<context>
    <name>fb::ui::CoachingPage</name>
    <message>
        <location filename="../ui/pages/coaching/CoachingPage.cpp" line="+36"/>
        <source>&amp;New note</source>
        <translation>&amp;Neue Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note&amp;s</source>
        <translation>Notiz&amp;en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ollow-ups</source>
        <translation>&amp;Follow-ups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Effectiveness</source>
        <translation>&amp;Wirksamkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching &amp;ratio</source>
        <translation>Coaching-&amp;Verhältnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent t&amp;imeline</source>
        <translation>&amp;Zeitverlauf je Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every note names a quality attribute and a measurable target; follow-ups show whether it moved.</source>
        <translation>Jede Notiz nennt ein Qualitätskriterium und ein messbares Ziel; die Follow-ups zeigen, ob sich etwas bewegt hat.</translation>
    </message>
</context>
<context>
    <name>fb::ui::CoachingTimelineChart</name>
    <message>
        <location filename="../ui/charts/CoachingTimelineChart.cpp" line="+65"/>
        <source>Week (Monday)</source>
        <translation>Woche (Montag)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Weekly value</source>
        <translation>Wochenwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small sample</source>
        <translation>Kleine Stichprobe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enough data</source>
        <translation>Genug Daten</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>▲ Coaching note</source>
        <translation>▲ Coaching-Notiz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>■ Follow-up</source>
        <translation>■ Follow-up</translation>
    </message>
</context>
<context>
    <name>fb::ui::ComparisonTab</name>
    <message>
        <location filename="../ui/pages/friction/ComparisonTab.cpp" line="+27"/>
        <source>&lt;b&gt;Weeks 7-8 against weeks 1-2&lt;/b&gt; (program&apos;s teams; 95% intervals and p from a regression with errors clustered by agent; p Holm-adjusted over the six metrics)</source>
        <translation>&lt;b&gt;Wochen 7–8 gegenüber Wochen 1–2&lt;/b&gt; (Teams des Programms; 95-%-Intervalle und p aus einer Regression mit nach Agent geclusterten Fehlern; p nach Holm über die sechs Kennzahlen korrigiert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Weeks 1-2</source>
        <translation>Woche 1–2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weeks 7-8</source>
        <translation>Woche 7–8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n before</source>
        <translation>n vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n after</source>
        <translation>n nachher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative</source>
        <translation>Relativ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95% CI of change</source>
        <translation>95-%-KI der Veränderung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a value or an n to see the contacts behind it</source>
        <translation>Doppelklick auf einen Wert oder ein n zeigt die Kontakte dahinter</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Reading</source>
        <translation>Einordnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p (Holm)</source>
        <translation>p (Holm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per metric: weeks 1-2 against weeks 7-8, the change and its 95% interval; double-click a value or an n to see the contacts behind it.</source>
        <translation>Eine Zeile pro Kennzahl: Woche 1-2 gegenüber Woche 7-8, die Veränderung und ihr 95-%-KI; Doppelklick auf einen Wert oder ein n zeigt die Kontakte dahinter.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Attribution&lt;/b&gt;: how much more each metric changed in a fix&apos;s scope than in the interactions no fix touched (difference in differences; p Holm-adjusted over the whole table)</source>
        <translation>&lt;b&gt;Zuordnung&lt;/b&gt;: wie viel stärker sich jede Kennzahl im Geltungsbereich einer Maßnahme verändert hat als in den Kontakten, die keine Maßnahme berührt hat (Differenz-von-Differenzen; p nach Holm über die ganze Tabelle korrigiert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95% CI</source>
        <translation>95-%-KI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change beyond untouched (DiD)</source>
        <translation>Veränderung über Unberührte hinaus (DiD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n in before / after</source>
        <translation>n innen vorher / nachher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n untouched before / after</source>
        <translation>n unberührt vorher / nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution</source>
        <translation>Zurechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per fix and metric: the change beyond teams the fix did not touch, with its 95% interval.</source>
        <translation>Eine Zeile pro Maßnahme und Kennzahl: die Veränderung über die der nicht betroffenen Teams hinaus, mit ihrem 95-%-KI.</translation>
    </message>
</context>
<context>
    <name>fb::ui::ComponentEditor</name>
    <message numerus="yes">
        <location filename="../ui/pages/incentives/ComponentEditor.cpp" line="+19"/>
        <source> evaluation(s)</source>
        <translation>
            <numerusform> Bewertung</numerusform>
            <numerusform> Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> survey(s)</source>
        <translation>
            <numerusform> Befragung</numerusform>
            <numerusform> Befragungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> known outcome(s)</source>
        <translation>
            <numerusform> bekanntes Ergebnis</numerusform>
            <numerusform> bekannte Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source> contact(s)</source>
        <translation>
            <numerusform> Kontakt</numerusform>
            <numerusform> Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Floor (scores 0)</source>
        <translation>Untergrenze (ergibt 0)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target (scores 1)</source>
        <translation>Ziel (ergibt 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum n</source>
        <translation>Mindest-n</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (share)</source>
        <translation> (Anteil)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Weight of %1</source>
        <translation>Gewichtung von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Floor of %1</source>
        <translation>Untergrenze von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target of %1</source>
        <translation>Ziel von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minimum n of %1</source>
        <translation>Mindest-n von %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="+20"/>
        <source>Connect to Site Server</source>
        <translation>Mit Standortserver verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A site server is one shared Floorboard database on a PostgreSQL server, for every team lead of a site. Your site manager gives you its address.</source>
        <translation>Ein Standortserver ist eine gemeinsame Floorboard-Datenbank auf einem PostgreSQL-Server, für alle Teamleitungen eines Standorts. Die Adresse erhalten Sie von Ihrer Standortleitung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Site server address</source>
        <translation>Adresse des Standortservers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type an address, or press Alt+Down to pick a remembered one.</source>
        <translation>Geben Sie eine Adresse ein oder drücken Sie Alt+Pfeil nach unten, um eine gespeicherte zu wählen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;p&gt;An address takes one of three forms:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;tt&gt;postgresql://dbhost/site&lt;/tt&gt; — the server, then the database;&lt;/li&gt;&lt;li&gt;&lt;tt&gt;host=dbhost dbname=site user=floorboard&lt;/tt&gt; — the same in words;&lt;/li&gt;&lt;li&gt;&lt;tt&gt;service=site&lt;/tt&gt; — a name from your service file (&lt;tt&gt;~/.pg_service.conf&lt;/tt&gt;).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Never put the password in the address: Floorboard refuses it, because it remembers addresses. The password comes from your password file (&lt;tt&gt;%1&lt;/tt&gt;) or the service file; when neither has it, Floorboard asks for it and forgets it when you quit. See PostgreSQL&apos;s &lt;a href=&quot;https://www.postgresql.org/docs/current/libpq-pgpass.html&quot;&gt;password file&lt;/a&gt; and &lt;a href=&quot;https://www.postgresql.org/docs/current/libpq-pgservice.html&quot;&gt;service file&lt;/a&gt;, and Floorboard&apos;s docs/site-server.md.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Adresse hat eine von drei Formen:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;tt&gt;postgresql://dbhost/site&lt;/tt&gt; – der Server, dann die Datenbank;&lt;/li&gt;&lt;li&gt;&lt;tt&gt;host=dbhost dbname=site user=floorboard&lt;/tt&gt; – dasselbe in Worten;&lt;/li&gt;&lt;li&gt;&lt;tt&gt;service=site&lt;/tt&gt; – ein Name aus Ihrer Servicedatei (&lt;tt&gt;~/.pg_service.conf&lt;/tt&gt;).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Schreiben Sie das Passwort nie in die Adresse: Floorboard lehnt eine solche Adresse ab, weil es sich Adressen merkt. Das Passwort kommt aus Ihrer Passwortdatei (&lt;tt&gt;%1&lt;/tt&gt;) oder der Servicedatei; steht es in keiner von beiden, fragt Floorboard danach und vergisst es beim Beenden. Siehe &lt;a href=&quot;https://www.postgresql.org/docs/current/libpq-pgpass.html&quot;&gt;Passwortdatei&lt;/a&gt; und &lt;a href=&quot;https://www.postgresql.org/docs/current/libpq-pgservice.html&quot;&gt;Servicedatei&lt;/a&gt; in der Dokumentation von PostgreSQL sowie docs/site-server.md von Floorboard.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Type the site server&apos;s address, or pick a remembered one.</source>
        <translation>Geben Sie die Adresse des Standortservers ein oder wählen Sie eine gespeicherte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a site server address: it starts with postgresql://, or with words such as host=, dbname= or service=. A database file opens with File ▸ Open….</source>
        <translation>Das ist keine Adresse eines Standortservers: Diese beginnt mit postgresql:// oder mit Wörtern wie host=, dbname= oder service=. Eine Datenbankdatei öffnen Sie mit Datei ▸ Öffnen….</translation>
    </message>
</context>
<context>
    <name>fb::ui::CoverageTab</name>
    <message>
        <location filename="../ui/pages/recognition/CoverageTab.cpp" line="+16"/>
        <source>&lt;b&gt;Is recognition reaching everyone?&lt;/b&gt; Agents on the team in the week, how many of them were recognised at least once in the last 8 weeks, the week&apos;s recognitions, and who is at or above target on a behaviour without being recognised for 8 weeks (metrics against the scorecard&apos;s targets and minimum n; rubric attributes against the quality gate).</source>
        <translation>&lt;b&gt;Erreicht die Anerkennung alle?&lt;/b&gt; Agenten im Team in der Woche, wie viele davon in den letzten 8 Wochen mindestens einmal anerkannt wurden, die Anerkennungen der Woche und wer im oder über dem Ziel eines Verhaltens liegt, ohne seit 8 Wochen anerkannt worden zu sein (Kennzahlen gegen die Ziele und Mindest-n der Scorecard, Bewertungskriterien gegen die Qualitätsschwelle).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recognition coverage</source>
        <translation>Reichweite der Anerkennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per team: how many agents were recognised in the last 8 weeks and this week.</source>
        <translation>Eine Zeile pro Team: wie viele Agenten in den letzten 8 Wochen und in dieser Woche anerkannt wurden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unseen at target</source>
        <translation>Im Ziel und unbeachtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents at target on a behaviour who have not been recognised lately, with when they last were.</source>
        <translation>Agenten, die bei einem Verhalten im Ziel liegen und zuletzt nicht anerkannt wurden, mit dem Datum der letzten Anerkennung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Doing well and unseen&lt;/b&gt;: not recognised in 8 weeks, at or above target</source>
        <translation>&lt;b&gt;Gut und unbeachtet&lt;/b&gt;: seit 8 Wochen nicht anerkannt, im oder über dem Ziel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nobody at or above target went unrecognised in the 8 weeks up to %1 (agents with too little data are never listed).</source>
        <translation>In den 8 Wochen bis %1 blieb niemand im oder über dem Ziel ohne Anerkennung (Agenten mit zu wenigen Daten werden nie aufgeführt).</translation>
    </message>
</context>
<context>
    <name>fb::ui::DataEnd</name>
    <message>
        <location filename="../ui/store/DataEnd.cpp" line="+37"/>
        <source>data end on %1</source>
        <translation>Daten enden am %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::DatabaseJobs</name>
    <message>
        <location filename="../ui/background/DatabaseJobs.h" line="+122"/>
        <source>Unexpected failure in a background job.</source>
        <translation>Unerwarteter Fehler in einer Hintergrundaufgabe.</translation>
    </message>
</context>
<context>
    <name>fb::ui::DateFormatBox</name>
    <message>
        <location filename="../ui/dialogs/DateFormatBox.cpp" line="+33"/>
        <source>ISO 8601 — %1</source>
        <translation>ISO 8601 – %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer: %1 — %2</source>
        <translation>Dieser Computer: %1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other…</source>
        <translation>Anderes Format…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt format, e.g. d.M.yyyy H:mm</source>
        <translation>Qt-Format, z.&#xa0;B. d.M.yyyy H:mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd day, MM month, yyyy year, HH hour (H without leading zero, h with AP for AM/PM), mm minutes, ss seconds</source>
        <translation>dd Tag, MM Monat, yyyy Jahr, HH Stunde (H ohne führende Null, h mit AP für AM/PM), mm Minuten, ss Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other date format</source>
        <translation>Anderes Datumsformat</translation>
    </message>
</context>
<context>
    <name>fb::ui::DecisionDialog</name>
    <message>
        <location filename="../ui/pages/feedback/DecisionDialog.cpp" line="+28"/>
        <source>Decide ticket %1</source>
        <translation>Über Ticket %1 entscheiden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted: we will fix it</source>
        <translation>Angenommen: wir beheben es</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deferred: later, with a revisit date</source>
        <translation>Zurückgestellt: später, mit Datum zur Wiedervorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined: we will not change it</source>
        <translation>Abgelehnt: wir ändern es nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What will change</source>
        <translation>Was sich ändern wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who owns the fix</source>
        <translation>Wer für die Behebung verantwortlich ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2, raised %3): %4</source>
        <translation>%1 (%2, gemeldet %3): %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Entscheidung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ay decided:</source>
        <translation>&amp;Tag der Entscheidung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Planned fix:</source>
        <translation>&amp;Geplante Maßnahme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;visit on:</source>
        <translation>&amp;Wiedervorlage am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided &amp;by:</source>
        <translation>Entsc&amp;hieden von:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Notiz (optional):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rationale:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::DemoDialog</name>
    <message>
        <location filename="../ui/dialogs/DemoDialog.cpp" line="+33"/>
        <source>Create Demo Site</source>
        <translation>Demo-Standort anlegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A realistic contact center with agents, teams, interactions, QA, pulses and coaching, to try Floorboard without your own data. The same seed always gives the same site.</source>
        <translation>Ein realistisches Contact Center mit Agenten, Teams, Kontakten, QA, Pulsbefragungen und Coaching, um Floorboard ohne eigene Daten auszuprobieren. Derselbe Startwert ergibt immer denselben Standort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Agents:</source>
        <translation>&amp;Agenten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Teams:</source>
        <translation>&amp;Teams:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weeks:</source>
        <translation>&amp;Wochen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contacts per agent and week:</source>
        <translation>&amp;Kontakte pro Agent und Woche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First &amp;week starts:</source>
        <translation>Erste Woche &amp;beginnt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;eed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save Demo Site As</source>
        <translation>Demo-Standort speichern unter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floorboard databases (*.floorboard);;All files (*)</source>
        <translation>Floorboard-Datenbanken (*.floorboard);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>fb::ui::EffectTab</name>
    <message>
        <location filename="../ui/pages/mentoring/EffectTab.cpp" line="+19"/>
        <source>Ended pairs: each mentee&apos;s change in points from the 4 weeks before the start to the 4 weeks after the planned end, against unmentored agents of the same team whose baseline was in the same fifth, adjusted for the baseline; interval and p by team, p of the behaviours also adjusted with Holm. Fewer than 5 measured pairs: not enough data.</source>
        <translation>Beendete Paare: die Veränderung jedes Mentees in Punkten von den 4 Wochen vor dem Start bis zu den 4 Wochen nach dem geplanten Ende, gegenüber Agenten ohne Mentoring aus demselben Team, deren Ausgangswert im selben Fünftel lag, bereinigt um den Ausgangswert; Intervall und p nach Team, p der Verhalten zusätzlich nach Holm korrigiert. Weniger als 5 gemessene Paare: zu wenige Daten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pairs measured</source>
        <translation>Gemessene Paare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentees&apos; change, pts</source>
        <translation>Veränderung Mentees, Pkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Controls&apos; change, pts</source>
        <translation>Veränderung Kontrollgruppe, Pkt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effect, pts (95% CI)</source>
        <translation>Effekt, Pkt. (95-%-KI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect of mentoring</source>
        <translation>Effekt des Mentorings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much mentees changed against similar agents without a mentor, with the 95% interval.</source>
        <translation>Wie stark sich Mentees im Vergleich zu ähnlichen Agenten ohne Mentor verändert haben, mit dem 95-%-KI.</translation>
    </message>
</context>
<context>
    <name>fb::ui::EffectivenessView</name>
    <message>
        <location filename="../ui/pages/coaching/EffectivenessView.cpp" line="+61"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-ups done</source>
        <translation>Erledigte Follow-ups</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met share</source>
        <translation>Anteil erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured n</source>
        <translation>Gemessen n</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change (pts)</source>
        <translation>Veränderung (Pkt.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Control change (pts)</source>
        <translation>Veränderung Kontrollgruppe (Pkt.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Group by</source>
        <translation>&amp;Gruppieren nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coached &amp;from</source>
        <translation>Gecoacht &amp;von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>no interval</source>
        <translation>kein Intervall</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>%1: not enough data to tell whether coaching worked (%2 notes measured)%3</source>
        <translation>%1: zu wenige Daten, um zu sagen, ob das Coaching gewirkt hat (%2 Notizen gemessen)%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: coached agents improved %2 points more than similar uncoached agents</source>
        <translation>%1: Gecoachte Agenten verbesserten sich um %2 Punkte mehr als vergleichbare Agenten ohne Coaching</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: coached agents improved %2 points less than similar uncoached agents</source>
        <translation>%1: Gecoachte Agenten verbesserten sich um %2 Punkte weniger als vergleichbare Agenten ohne Coaching</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (difference in differences, 95% CI %1; %2 in %3).</source>
        <translation> (Differenz-von-Differenzen, 95-%-KI %1; %2 in %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln Notiz</numerusform>
            <numerusform>%Ln Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln Team</numerusform>
            <numerusform>%Ln Teams</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (difference in differences, no interval; %1 notes).</source>
        <translation> (Differenz-von-Differenzen, ohne Intervall; %1 Notizen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> The interval includes 0: coaching may have made no difference.</source>
        <translation> Das Intervall enthält 0: Das Coaching hat möglicherweise nichts bewirkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> A small sample: read with care.</source>
        <translation> Eine kleine Stichprobe: mit Vorsicht lesen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Notes behind this row…</source>
        <translation>&amp;Notizen zu dieser Zeile…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the Notes tab filtered to this row&apos;s notes in the period (or double-click a row); their number is the row&apos;s Notes</source>
        <translation>Öffnet den Reiter „Notizen“, gefiltert auf die Notizen dieser Zeile im Zeitraum (oder Doppelklick auf eine Zeile); ihre Anzahl steht in der Spalte „Notizen“ der Zeile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coached vs. similar uncoached (pts)</source>
        <translation>Gecoacht vs. vergleichbar ohne Coaching (Pkt.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per group: notes and follow-ups, how many met their target, and the change against similar uncoached agents.</source>
        <translation>Eine Zeile pro Gruppe: Notizen und Follow-ups, wie viele ihr Ziel erreichten, und die Veränderung im Vergleich zu ähnlichen Agenten ohne Coaching.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much more the coached agents improved than similar agents who were not coached (difference in differences, adjusted for the baseline)</source>
        <translation>Wie viel mehr sich die gecoachten Agenten verbesserten als vergleichbare Agenten ohne Coaching (Differenz-von-Differenzen, um den Ausgangswert bereinigt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result in words</source>
        <translation>Ergebnis in Worten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching effectiveness by group</source>
        <translation>Coaching-Wirksamkeit je Gruppe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change: the target metric in the 4 weeks after the note minus the 4 weeks before, in points (0 = the scorecard floor, 100 = its target; attributes 0–100), positive = better. Control: the same change for agents of the same team not coached on that attribute then. Coached vs. similar uncoached: the coached agents&apos; change against controls of the same baseline, regression to the mean taken out (difference in differences; 95% interval clustered by team (notes of one team share their controls). Rows with fewer than %1 measured notes are marked small sample; notes whose window reaches past the data are left out and counted. See docs/coaching.md.)</source>
        <translation>Veränderung: die Zielkennzahl in den 4 Wochen nach der Notiz minus die 4 Wochen davor, in Punkten (0 = Untergrenze der Scorecard, 100 = ihr Ziel; Kriterien 0–100), positiv = besser. Vergleich: dieselbe Veränderung bei Agenten desselben Teams, die damals nicht zu diesem Kriterium gecoacht wurden. Gecoacht vs. vergleichbar ohne Coaching: die Veränderung der gecoachten Agenten gegenüber Vergleichsagenten mit demselben Ausgangswert, Regression zur Mitte herausgerechnet (Differenz-von-Differenzen; 95-%-Intervall nach Team geclustert (Notizen eines Teams teilen sich ihre Vergleichsagenten). Zeilen mit weniger als %1 gemessenen Notizen sind als kleine Stichprobe markiert; Notizen, deren Fenster über die Daten hinausreicht, werden ausgelassen und gezählt. Siehe docs/coaching.md.)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · small sample</source>
        <translation>%1 · kleine Stichprobe</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n note(s) left out: a window reaches past the data</source>
        <translation>
            <numerusform>%n Notiz ausgelassen: ein Fenster reicht über die Daten hinaus</numerusform>
            <numerusform>%n Notizen ausgelassen: ein Fenster reicht über die Daten hinaus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  ▲ better</source>
        <translation>  ▲ besser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  ▼ worse</source>
        <translation>  ▼ schlechter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Groups: %1; notes: %2.</source>
        <translation>Gruppen: %1; Notizen: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export coaching effectiveness</source>
        <translation>Coaching-Wirksamkeit exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Could not write: %1</source>
        <translation>⚠ Konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Written to %1</source>
        <translation>✓ Geschrieben nach %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::EvaluationForm</name>
    <message>
        <location filename="../ui/pages/quality/EvaluationForm.cpp" line="+33"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interaction id</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. C00000001 — its facts appear on the right</source>
        <translation>z.&#xa0;B. C00000001 – die Fakten erscheinen rechts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluator</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluated at</source>
        <translation>Bewertet am</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overall comment</source>
        <translation>Gesamtkommentar</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+244"/>
        <source>Enter an interaction id to see its facts.</source>
        <translation>Geben Sie eine Kontakt-ID ein, um die Fakten zu sehen.</translation>
    </message>
    <message>
        <location line="-237"/>
        <location line="+157"/>
        <source>Save evaluation</source>
        <translation>Bewertung speichern</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Enter on this button, or Ctrl+S anywhere in the form</source>
        <translation>Mit der Eingabetaste auf dieser Schaltfläche oder mit Strg+S überall im Formular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Agent *</source>
        <translation>&amp;Agent *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interaction</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;valuator *</source>
        <translation>&amp;Bewertet von *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When *</source>
        <translation>&amp;Zeitpunkt *</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>O&amp;verall comment</source>
        <translation>&amp;Gesamtkommentar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The interaction</source>
        <translation>Der Kontakt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>— choose an agent —</source>
        <translation>– Agent auswählen –</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Attribute&lt;/b&gt; (weight)</source>
        <translation>&lt;b&gt;Kriterium&lt;/b&gt; (Gewichtung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Score&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wertung&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;What the level means&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was die Stufe bedeutet&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Comment&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kommentar&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> — critical: 0 makes the total 0</source>
        <translation> – kritisch: 0 setzt den Gesamtwert auf 0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score of %1</source>
        <translation>Wertung für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 — no</source>
        <translation>0 – nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 — yes</source>
        <translation>1 – ja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NA</source>
        <translation>NA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment on %1</source>
        <translation>Kommentar zu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not applicable to this interaction</source>
        <translation>Für diesen Kontakt nicht zutreffend</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Total %1 / 100</source>
        <translation>Gesamt %1 / 100</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total — / 100</source>
        <translation>Gesamt – / 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (critical attribute at 0)</source>
        <translation>  (kritisches Kriterium bei 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (still to score: %1)</source>
        <translation>  (noch zu bewerten: %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No interaction with this id in the database; the evaluation can still be saved.</source>
        <translation>Kein Kontakt mit dieser ID in der Datenbank; die Bewertung kann trotzdem gespeichert werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;Agent&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Started&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Channel / queue&lt;/td&gt;&lt;td&gt;%3 / %4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Handle time&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Resolved first contact&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Repeat contact&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Escalated&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Defects&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;CSAT&lt;/td&gt;&lt;td&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Reason&lt;/td&gt;&lt;td&gt;%11&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;Agent&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Beginn&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Kanal / Queue&lt;/td&gt;&lt;td&gt;%3 / %4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bearbeitungszeit&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Beim ersten Kontakt gelöst&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Wiederholkontakt&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Eskaliert&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Fehler&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;CSAT&lt;/td&gt;&lt;td&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Grund&lt;/td&gt;&lt;td&gt;%11&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not surveyed</source>
        <translation>nicht befragt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evaluator</source>
        <translation>bewertende Person</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>score of %1</source>
        <translation>Wertung für %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This evaluation cannot be saved. Missing: %1.</source>
        <translation>Diese Bewertung kann nicht gespeichert werden. Es fehlt: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The date in When (%1) is in the future. An evaluation is dated when it is written: today at the latest.</source>
        <translation>Das Datum unter „Wann“ (%1) liegt in der Zukunft. Eine Bewertung trägt das Datum, an dem sie geschrieben wird: spätestens heute.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The date in When (%1) is before interaction %2 started (%3). An evaluation is dated after its contact.</source>
        <translation>Das Datum unter „Wann“ (%1) liegt vor dem Beginn von Kontakt %2 (%3). Eine Bewertung wird nach ihrem Kontakt datiert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Evaluation %1 changed (%2); the earlier version is kept in its history.</source>
        <translation>Bewertung %1 geändert (%2); die frühere Fassung bleibt in ihrem Verlauf erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluation %1 saved (%2, rubric version %3).</source>
        <translation>Bewertung %1 gespeichert (%2, Bewertungsbogen-Version %3).</translation>
    </message>
</context>
<context>
    <name>fb::ui::EvaluationListView</name>
    <message>
        <location filename="../ui/pages/quality/EvaluationListView.cpp" line="+15"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaluator</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass or fail</source>
        <translation>Bestanden oder nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass (at or above the quality gate)</source>
        <translation>Bestanden (Qualitätsschwelle erreicht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail (below the quality gate)</source>
        <translation>Nicht bestanden (unter der Qualitätsschwelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per evaluation; double-click or Enter opens it.</source>
        <translation>Eine Zeile pro Bewertung; Doppelklick oder Eingabetaste öffnet sie.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Shows the evaluation on its form, with Edit and Delete (Enter, or double-click a row)</source>
        <translation>Zeigt die Bewertung in ihrem Formular, mit Bearbeiten und Löschen (Eingabetaste oder Doppelklick auf eine Zeile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluations</source>
        <translation>Bewertungen</translation>
    </message>
</context>
<context>
    <name>fb::ui::EvaluationRecordDialog</name>
    <message>
        <location filename="../ui/pages/quality/EvaluationRecordDialog.cpp" line="+13"/>
        <source>Evaluation %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete evaluation %1 of %2, evaluated by %3 on %4?

Undo delete (or Ctrl+Z) in the list brings it back.</source>
        <translation>Bewertung %1 von %2, bewertet von %3 am %4, löschen?

„Löschen rückgängig“ (oder Strg+Z) in der Liste holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>fb::ui::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/ExportDialog.cpp" line="+29"/>
        <source>&amp;Raw values (do not protect cells that look like formulas)</source>
        <translation>&amp;Rohwerte (Zellen, die wie Formeln aussehen, nicht schützen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include &amp;anonymous pulse responses</source>
        <translation>&amp;Anonyme Pulsantworten einschließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Excel on this computer</source>
        <translation>&amp;Excel auf diesem Computer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For the spreadsheet on this computer: “%1” between cells, “%2” as decimal mark, dates as %3, numbers as Floorboard shows them and a byte order mark for accents. Untick it for a file another program or Floorboard reads back exactly.</source>
        <translation>Für die Tabellenkalkulation auf diesem Computer: „%1“ zwischen den Zellen, „%2“ als Dezimalzeichen, Datumsangaben wie %3, Zahlen so gerundet, wie Floorboard sie anzeigt, und eine Byte Order Mark für Umlaute. Deaktivieren Sie die Option für eine Datei, die ein anderes Programm oder Floorboard exakt wieder einliest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left out by default: each anonymous response carries its team, week and comment.</source>
        <translation>Standardmäßig ausgelassen: Jede anonyme Antwort enthält ihr Team, ihre Woche und ihren Kommentar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By default, a cell starting with = + - or @ gets a leading apostrophe so a spreadsheet does not run it as a formula. Tick this only for other tools.</source>
        <translation>Standardmäßig erhält eine Zelle, die mit = + - oder @ beginnt, einen vorangestellten Apostroph, damit eine Tabellenkalkulation sie nicht als Formel ausführt. Aktivieren Sie dies nur für andere Programme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The file will hold every anonymous pulse response with its team, week and comment. In a small team that can tell who answered what, which the scorecards never show (they count anonymous answers only in groups of at least 5). Agents answered on the promise that they stay anonymous.

Write the anonymous responses too?</source>
        <translation>Die Datei enthält dann jede anonyme Pulsantwort mit Team, Woche und Kommentar. In einem kleinen Team lässt sich daraus ablesen, wer was geantwortet hat – was die Scorecards nie zeigen (sie zählen anonyme Antworten nur in Gruppen von mindestens 5). Die Agenten haben im Vertrauen darauf geantwortet, dass sie anonym bleiben.

Die anonymen Antworten trotzdem schreiben?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Anonymous Responses</source>
        <translation>Anonyme Antworten exportieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>fb::ui::FeaturePages</name>
    <message>
        <location filename="../ui/FeaturePages.cpp" line="+40"/>
        <source>Scorecards</source>
        <translation>Scorecards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced scorecards of agents, teams and the site</source>
        <translation>Ausgewogene Scorecards für Agenten, Teams und den Standort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric, evaluations and each agent&apos;s quality</source>
        <translation>Bewertungsbogen, Bewertungen und die Qualität jedes Agenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching log, follow-ups and whether coaching worked</source>
        <translation>Coaching-Protokoll, Follow-ups und ob das Coaching gewirkt hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score the same interactions blind, reveal, agree, and watch standards converge</source>
        <translation>Dieselben Kontakte blind bewerten, aufdecken, einigen – und zusehen, wie die Maßstäbe sich angleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friction to flow</source>
        <translation>Von Reibung zu Flow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eight-week programs: frictions, fixes and an honest before and after</source>
        <translation>Achtwöchige Programme: Reibungspunkte, Maßnahmen und ein ehrliches Vorher und Nachher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Frontline feedback with review SLAs, decisions, &quot;you said / we did&quot; and time to fix</source>
        <translation>Feedback von der Fläche mit Prüf-SLAs, Entscheidungen, „Ihr habt gesagt – wir haben umgesetzt“ und Zeit bis zur Behebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognition</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominations with evidence, the huddle list, coverage and fixers</source>
        <translation>Nominierungen mit Beleg, die Liste für die Teambesprechung, Reichweite und Problemlösende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incentives</source>
        <translation>Prämien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variable pay behind a quality gate, what-if before publishing, and the fairness audit</source>
        <translation>Variable Vergütung hinter einer Qualitätsschwelle, Was-wäre-wenn vor dem Veröffentlichen und die Fairness-Prüfung</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mentoring</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair agents who struggle in a behaviour with the peers who are best at it</source>
        <translation>Agenten, denen ein Verhalten schwerfällt, mit den Kollegen zusammenbringen, die darin am besten sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>fb::ui::FeedbackPage</name>
    <message>
        <location filename="../ui/pages/feedback/FeedbackPage.cpp" line="+36"/>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week of:</source>
        <translation>&amp;Woche vom:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T0001</source>
        <translation>T0001</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories and &amp;holidays…</source>
        <translation>&amp;Kategorien und Feiertage…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All tickets</source>
        <translation>&amp;Alle Tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Intake</source>
        <translation>Er&amp;fassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;You said, we did</source>
        <translation>Ihr habt gesagt, wir &amp;haben umgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to &amp;fix</source>
        <translation>&amp;Zeit bis zur Behebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What agents raise, decided within its SLA, answered in public, and how long fixes take.</source>
        <translation>Was Agenten melden, innerhalb der SLA entschieden, öffentlich beantwortet, und wie lange Maßnahmen dauern.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reading the tickets…</source>
        <translation>Tickets werden gelesen…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n ticket(s); week %1, as of %2</source>
        <translation>
            <numerusform>%n Ticket; Woche %1, Stand %2</numerusform>
            <numerusform>%n Tickets; Woche %1, Stand %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ticket %1 saved.</source>
        <translation>Ticket %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>+1 from %1 counted on ticket %2.</source>
        <translation>+1 von %1 bei Ticket %2 gezählt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No feedback ticket &apos;%1&apos;.</source>
        <translation>Kein Feedback-Ticket „%1“.</translation>
    </message>
</context>
<context>
    <name>fb::ui::FeedbackRows</name>
    <message>
        <location filename="../ui/pages/feedback/FeedbackRows.cpp" line="+34"/>
        <source>Overdue review</source>
        <translation>Prüfung überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review due this week</source>
        <translation>Prüfung diese Woche fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue fix</source>
        <translation>Maßnahme überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix due this week</source>
        <translation>Maßnahme diese Woche fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisit</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting on owner</source>
        <translation>Wartet auf Verantwortliche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+49"/>
        <location line="+23"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+49"/>
        <location line="+23"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+72"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+49"/>
        <location line="+23"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+72"/>
        <source>Raised</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over by (days)</source>
        <translation>Überfällig (Tage)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agents (n)</source>
        <translation>Agenten (n)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+48"/>
        <location line="+24"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+99"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets
(n)</source>
        <translation>Tickets
(n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided
(n)</source>
        <translation>Entschieden
(n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median days
to decision</source>
        <translation>Median Tage
bis Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th pct. days
to decision</source>
        <translation>90. Perz. Tage
bis Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review SLA
breached (n)</source>
        <translation>Prüf-SLA
verletzt (n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed
(n)</source>
        <translation>Behoben
(n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median days
to fix</source>
        <translation>Median Tage
bis Behebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th pct. days
to fix</source>
        <translation>90. Perz. Tage
bis Behebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest open
(days)</source>
        <translation>Am längsten offen
(Tage)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All tickets</source>
        <translation>Alle Tickets</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>(no owner)</source>
        <translation>(ohne Verantwortliche)</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+23"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Open (working days)</source>
        <translation>Offen (Arbeitstage)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 · %3</source>
        <translation>%1: %2 · %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+1s (n)</source>
        <translation>+1 (n)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded (UTC)</source>
        <translation>Erfasst (UTC)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 · %2 · %3: %4</source>
        <translation>%1 · %2 · %3: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Raised %1 by %2 (team %3, queue %4); %n agent(s) raising it.</source>
        <translation>
            <numerusform>Gemeldet %1 von %2 (Team %3, Queue %4); %n Agent meldet es.</numerusform>
            <numerusform>Gemeldet %1 von %2 (Team %3, Queue %4); %n Agenten melden es.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an anonymous agent</source>
        <translation>einem anonymen Agenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted %1: %2; owner %3.</source>
        <translation>Angenommen %1: %2; verantwortlich %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deferred %1 until %2: %3.</source>
        <translation>Zurückgestellt %1 bis %2: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined %1: %2.</source>
        <translation>Abgelehnt %1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not decided yet (%1).</source>
        <translation>Noch nicht entschieden (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed %1: %2.</source>
        <translation>Behoben %1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program fix #%1.</source>
        <translation>Programm-Maßnahme #%1.</translation>
    </message>
</context>
<context>
    <name>fb::ui::FixDialog</name>
    <message>
        <location filename="../ui/pages/feedback/FixDialog.cpp" line="+23"/>
        <source>Mark ticket %1 fixed</source>
        <translation>Ticket %1 als behoben markieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved the batch job to 02:00</source>
        <translation>Den Batch-Job auf 02:00 verlegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2. Planned: %3 (owner %4).</source>
        <translation>%1: %2. Geplant: %3 (verantwortlich %4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changed is read after &quot;We&quot; in &quot;You said, we did&quot;.</source>
        <translation>Was sich geändert hat, wird in „Ihr habt gesagt, wir haben umgesetzt“ nach „Wir“ gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Day fixed:</source>
        <translation>&amp;Tag der Behebung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What changed:</source>
        <translation>&amp;Was sich geändert hat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Program fix (optional):</source>
        <translation>&amp;Programm-Maßnahme (optional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded &amp;by:</source>
        <translation>Erfasst &amp;von:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::FixersTab</name>
    <message>
        <location filename="../ui/pages/recognition/FixersTab.cpp" line="+15"/>
        <source>&lt;b&gt;Fixers&lt;/b&gt;: agents who raised a feedback ticket that was fixed in the last 8 weeks. Their tickets changed how everyone works; say so at the huddle.</source>
        <translation>&lt;b&gt;Problemlösende&lt;/b&gt;: Agenten, deren gemeldetes Ticket in den letzten 8 Wochen behoben wurde. Ihre Tickets haben die Arbeit aller verändert; sagen Sie das in der Teambesprechung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fixers</source>
        <translation>Problemlösende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per agent whose feedback led to a fix: the ticket and what changed.</source>
        <translation>Eine Zeile pro Agent, dessen Feedback zu einer Maßnahme führte: das Ticket und was sich geändert hat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No ticket raised by an agent was fixed in the 8 weeks up to %1.</source>
        <translation>In den 8 Wochen bis %1 wurde kein von einem Agenten gemeldetes Ticket behoben.</translation>
    </message>
</context>
<context>
    <name>fb::ui::FixesTab</name>
    <message>
        <location filename="../ui/pages/friction/FixesTab.cpp" line="+26"/>
        <source>&lt;b&gt;Blockers retired&lt;/b&gt;: every fix with its date, friction, scope and owner. A fix scoped to queues can be credited by difference-in-differences.</source>
        <translation>&lt;b&gt;Beseitigte Hindernisse&lt;/b&gt;: jede Maßnahme mit Datum, Reibungspunkt, Geltungsbereich und verantwortlicher Person. Einer auf Queues begrenzten Maßnahme kann per Differenz-von-Differenzen ein Effekt zugerechnet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program week</source>
        <translation>Programmwoche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friction</source>
        <translation>Reibungspunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixes log</source>
        <translation>Maßnahmenprotokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per fix made during the program: when, for which friction, where, and who owns it.</source>
        <translation>Eine Zeile pro Maßnahme während des Programms: wann, für welchen Reibungspunkt, mit welchem Geltungsbereich und wer verantwortlich ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <location line="+4"/>
        <source>Log a fix</source>
        <translation>Maßnahme erfassen</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>queues, comma-separated, or &quot;all&quot;</source>
        <translation>Queues, durch Komma getrennt, oder „all“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what changed</source>
        <translation>was sich geändert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who owns it</source>
        <translation>wer verantwortlich ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Friction:</source>
        <translation>&amp;Reibungspunkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Geltungsbereich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add fix</source>
        <translation>Maßnahme &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly &amp;digest…</source>
        <translation>Wochen&amp;übersicht…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A fix needs the friction it addresses and what changed.</source>
        <translation>Eine Maßnahme braucht den Reibungspunkt, den sie angeht, und was sich geändert hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the fix&apos;s scope: the queues it applies to, or &quot;all&quot;.</source>
        <translation>Geben Sie den Geltungsbereich der Maßnahme an: die Queues, für die sie gilt, oder „all“.</translation>
    </message>
</context>
<context>
    <name>fb::ui::FollowUpQueue</name>
    <message>
        <location filename="../ui/pages/coaching/FollowUpQueue.cpp" line="+51"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up on</source>
        <translation>Follow-up am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Attribute</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target metric</source>
        <translation>Zielkennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now (n)</source>
        <translation>Aktuell (n)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per follow-up, overdue, due or upcoming: the agent, the target metric, its baseline, target and value now.</source>
        <translation>Eine Zeile pro Follow-up, ob überfällig, fällig oder anstehend: Agent, Zielkennzahl, Ausgangswert, Zielwert und aktueller Wert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record follow-up</source>
        <translation>Follow-up erfassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+105"/>
        <source>All coaches</source>
        <translation>Alle Coaches</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>&amp;Coach:</source>
        <translation>&amp;Coach:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected follow-up — &amp;outcome:</source>
        <translation>Ausgewähltes Follow-up – &amp;Ergebnis:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>⚠ Overdue %n day(s)</source>
        <translation>
            <numerusform>⚠ %n Tag überfällig</numerusform>
            <numerusform>⚠ %n Tage überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%1 — %n follow-up(s)</source>
        <translation>
            <numerusform>%1 – %n Follow-up</numerusform>
            <numerusform>%1 – %n Follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As of %1%5: %2 overdue, %3 due this week, %4 upcoming.</source>
        <translation>Stand %1%5: %2 überfällig, %3 diese Woche fällig, %4 anstehend.</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+109"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>● Due this week</source>
        <translation>● Diese Woche fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>○ Upcoming</source>
        <translation>○ Anstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (n = %2)%3</source>
        <translation>%1 (n = %2)%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, small sample</source>
        <translation>, kleine Stichprobe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>⚠ Select a follow-up first (arrow keys in the list).</source>
        <translation>⚠ Wählen Sie zuerst ein Follow-up aus (Pfeiltasten in der Liste).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>✓ Follow-up of %1 recorded: %2; baseline %3, target %4, now %5.</source>
        <translation>✓ Follow-up von %1 erfasst: %2; Ausgangswert %3, Ziel %4, aktuell %5.</translation>
    </message>
</context>
<context>
    <name>fb::ui::FrictionPage</name>
    <message>
        <location filename="../ui/pages/friction/FrictionPage.cpp" line="+61"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No program yet</source>
        <translation>Noch kein Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New program…</source>
        <translation>&amp;Neues Programm…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One-page PDF report for leadership…</source>
        <translation>Einseitiger PDF-Bericht für die Führungsebene…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV of every table…</source>
        <translation>CSV aller Tabellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly digest of the fixes log…</source>
        <translation>Wochenübersicht des Maßnahmenprotokolls…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Ausgangslage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixes log</source>
        <translation>Maßnahmenprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognition</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friction to flow</source>
        <translation>Von Reibung zu Flow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eight weeks: find what makes the work hard, fix it fast, recognise the right behaviour, and show the effect with numbers that hold up.</source>
        <translation>Acht Wochen: herausfinden, was die Arbeit schwer macht, es schnell beheben, das richtige Verhalten anerkennen und die Wirkung mit belastbaren Zahlen zeigen.</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Log a fix</source>
        <translation>Maßnahme erfassen</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Create a program to start: pick its teams and the Monday it begins.</source>
        <translation>Legen Sie ein Programm an, um zu beginnen: Wählen Sie die Teams und den Montag, an dem es beginnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the program&apos;s interactions…</source>
        <translation>Die Kontakte des Programms werden gelesen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 · %2 to %3 · %L4 interactions</source>
        <translation>%1 · %2 bis %3 · %L4 Kontakte</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>New program</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+4"/>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder for the CSV files</source>
        <translation>Ordner für die CSV-Dateien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV export</source>
        <translation>CSV-Export</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Weekly digest</source>
        <translation>Wochenübersicht</translation>
    </message>
    <message>
        <location line="-4"/>
        <source> digest.md</source>
        <translation> Wochenübersicht.md</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>Markdown (*.md);;Text (*.txt)</translation>
    </message>
</context>
<context>
    <name>fb::ui::FrictionRows</name>
    <message>
        <location filename="../ui/pages/friction/FrictionRows.cpp" line="+27"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Weeks %1-%2, %3&lt;/b&gt; (%4)</source>
        <translation>&lt;p&gt;&lt;b&gt;Woche %1–%2, %3&lt;/b&gt; (%4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>: nothing outstanding.&lt;/p&gt;</source>
        <translation>: nichts offen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;p&gt;&lt;b&gt;Worth next cycle&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wert im nächsten Zyklus&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>hidden (%1 responses)</source>
        <translation>verborgen (%1 Antworten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answers</source>
        <translation>keine Antworten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not enough data (n=%1 &lt; 5)</source>
        <translation>zu wenige Daten (n=%1 &lt; 5)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>outside</source>
        <translation>außerhalb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all queues</source>
        <translation>alle Queues</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All behaviours</source>
        <translation>Alle Verhaltensweisen</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+37"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not enough data</source>
        <translation>zu wenige Daten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>stands after adjustment (Holm %1, %2 agents)</source>
        <translation>hat nach der Korrektur Bestand (Holm %1, %2 Agenten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not significant after adjustment (Holm %1, %2 agents)</source>
        <translation>nach der Korrektur nicht signifikant (Holm %1, %2 Agenten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot tell</source>
        <translation>nicht bestimmbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not significant after adjustment</source>
        <translation>nach der Korrektur nicht signifikant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
</context>
<context>
    <name>fb::ui::GuideDialog</name>
    <message>
        <location filename="../ui/dialogs/GuideDialog.cpp" line="+94"/>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Search the guide</source>
        <translation>Anleitung durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pages of the guide; choosing one shows it beside the list.</source>
        <translation>Die Seiten der Anleitung; die gewählte Seite erscheint neben der Liste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+127"/>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Guide page</source>
        <translation>Seite der Anleitung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The guide&apos;s pages are in English. </source>
        <translation>Die Seiten der Anleitung sind auf Englisch. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words such as alpha, AC1 and interval are explained in the &lt;a href=&quot;glossary&quot;&gt;Glossary&lt;/a&gt;.</source>
        <translation>Begriffe wie Alpha, AC1 und Intervall erklärt das &lt;a href=&quot;glossary&quot;&gt;Glossar&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>← Back to the page</source>
        <translation>← Zurück zur Seite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not part of the built-in guide; it is in the docs folder of Floorboard’s source, with the developer pages.</source>
        <translation>„%1“ gehört nicht zur eingebauten Anleitung; die Seite liegt mit den Seiten für Entwickler im Ordner docs des Floorboard-Quellcodes.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter finds the next hit on this page.</source>
        <translation>Die Eingabetaste springt zum nächsten Treffer auf dieser Seite.</translation>
    </message>
</context>
<context>
    <name>fb::ui::HelpDialog</name>
    <message>
        <location filename="../ui/dialogs/HelpDialog.cpp" line="+52"/>
        <source>&lt;p&gt;Every command with a key of its own. In forms, Tab moves to the next field, Enter on a button presses it, and Ctrl+S saves.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alle Befehle mit eigener Taste. In Formularen springt Tab zum nächsten Feld, Eingabe auf einer Schaltfläche drückt sie, und Strg+S speichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;On the Calibration page, &lt;b&gt;F11&lt;/b&gt; or &lt;i&gt;Present&lt;/i&gt; opens the shared screen; there ←/→ and PgUp/PgDn move between interactions, &lt;b&gt;C&lt;/b&gt; switches the chart, &lt;b&gt;M&lt;/b&gt; and &lt;b&gt;I&lt;/b&gt; toggle the masking of names and participants, and &lt;b&gt;Esc&lt;/b&gt; leaves.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Auf der Seite Kalibrierung öffnet &lt;b&gt;F11&lt;/b&gt; oder &lt;i&gt;Präsentieren&lt;/i&gt; den gemeinsamen Bildschirm; dort wechseln ←/→ und Bild↑/Bild↓ zwischen den Kontakten, &lt;b&gt;C&lt;/b&gt; wechselt das Diagramm, &lt;b&gt;M&lt;/b&gt; und &lt;b&gt;I&lt;/b&gt; schalten das Verbergen von Namen und Teilnehmenden um, und &lt;b&gt;Esc&lt;/b&gt; beendet ihn.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;h3&gt;n&lt;/h3&gt;&lt;p&gt;How many things a number was computed from: surveys, interactions, evaluations or answers. “64.5 % (n = 200)” means 200 surveys.&lt;/p&gt;&lt;h3&gt;Small sample ◔&lt;/h3&gt;&lt;p&gt;Too few to trust: below the metric’s minimum n the value is shown but not scored, and a page says “not enough data” instead of a result.&lt;/p&gt;&lt;h3&gt;Interval (95% CI)&lt;/h3&gt;&lt;p&gt;The range the true value most likely lies in, given how much data there is. “4 points (1 to 7)” means somewhere between 1 and 7; when the range includes 0, the change may be chance. Technically: a 95% confidence interval.&lt;/p&gt;&lt;h3&gt;Difference in differences&lt;/h3&gt;&lt;p&gt;How much more coached agents improved than similar agents who were not coached over the same weeks, so that a change the whole floor saw is not credited to coaching.&lt;/p&gt;&lt;h3&gt;ρ (rho)&lt;/h3&gt;&lt;p&gt;How closely two things rise and fall together across agents, from −1 (opposite) through 0 (unrelated) to 1 (always together). Floorboard uses Spearman’s rank correlation, which only looks at the order.&lt;/p&gt;&lt;h3&gt;alpha (Krippendorff’s α)&lt;/h3&gt;&lt;p&gt;How much evaluators agree beyond what chance would give: 1 is full agreement, 0 is no better than chance. 0.8 and above is reliable; below 0.667, calibrate again.&lt;/p&gt;&lt;h3&gt;AC1 (Gwet’s AC1)&lt;/h3&gt;&lt;p&gt;Agreement beyond chance for yes/no attributes; unlike alpha it stays meaningful when nearly every answer is the same. It is computed for yes/no attributes only, so its column is empty on 0–4 scales.&lt;/p&gt;&lt;h3&gt;Adjusted for several tests (Holm, Benjamini–Hochberg)&lt;/h3&gt;&lt;p&gt;When many comparisons are made at once, some look significant by chance; the p-values are raised to account for that.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;n&lt;/h3&gt;&lt;p&gt;Aus wie vielen Dingen eine Zahl berechnet wurde: Umfragen, Kontakte, Bewertungen oder Antworten. „64,5 % (n = 200)“ heißt 200 Umfragen.&lt;/p&gt;&lt;h3&gt;Kleine Stichprobe ◔&lt;/h3&gt;&lt;p&gt;Zu wenige, um sich darauf zu verlassen: Unter dem Mindest-n der Kennzahl wird der Wert angezeigt, aber nicht bewertet, und eine Seite sagt „zu wenige Daten“ statt eines Ergebnisses.&lt;/p&gt;&lt;h3&gt;Intervall (95-%-KI)&lt;/h3&gt;&lt;p&gt;Der Bereich, in dem der wahre Wert bei der vorhandenen Datenmenge höchstwahrscheinlich liegt. „4 Punkte (1 bis 7)“ heißt irgendwo zwischen 1 und 7; schließt der Bereich 0 ein, kann die Veränderung Zufall sein. Fachlich: ein 95-%-Konfidenzintervall.&lt;/p&gt;&lt;h3&gt;Differenz-von-Differenzen&lt;/h3&gt;&lt;p&gt;Um wie viel mehr sich gecoachte Agenten verbessert haben als vergleichbare, nicht gecoachte Agenten in denselben Wochen – damit eine Veränderung, die die ganze Fläche erlebt hat, nicht dem Coaching zugeschrieben wird.&lt;/p&gt;&lt;h3&gt;ρ (rho)&lt;/h3&gt;&lt;p&gt;Wie eng zwei Größen über die Agenten hinweg gemeinsam steigen und fallen, von −1 (gegenläufig) über 0 (unabhängig) bis 1 (immer gemeinsam). Floorboard verwendet Spearmans Rangkorrelation, die nur auf die Reihenfolge schaut.&lt;/p&gt;&lt;h3&gt;Alpha (Krippendorffs α)&lt;/h3&gt;&lt;p&gt;Wie weit bewertende Personen über den Zufall hinaus übereinstimmen: 1 ist volle Übereinstimmung, 0 nicht besser als Zufall. Ab 0,8 verlässlich; unter 0,667 erneut kalibrieren.&lt;/p&gt;&lt;h3&gt;AC1 (Gwets AC1)&lt;/h3&gt;&lt;p&gt;Übereinstimmung über den Zufall hinaus für Ja/Nein-Attribute; anders als Alpha bleibt sie aussagekräftig, wenn fast alle Antworten gleich sind. Sie wird nur für Ja/Nein-Attribute berechnet, daher ist ihre Spalte bei 0–4-Skalen leer.&lt;/p&gt;&lt;h3&gt;Für mehrere Tests angepasst (Holm, Benjamini–Hochberg)&lt;/h3&gt;&lt;p&gt;Werden viele Vergleiche auf einmal angestellt, wirken manche zufällig signifikant; die p-Werte werden deshalb angehoben.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
</context>
<context>
    <name>fb::ui::HuddleTab</name>
    <message>
        <location filename="../ui/pages/recognition/HuddleTab.cpp" line="+26"/>
        <source>&amp;Copy as Markdown</source>
        <translation>Als Markdown &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;Markdown…</source>
        <translation>&amp;Markdown speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF speichern…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shout-outs of the week</source>
        <translation>Anerkennungen der Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shout-outs of the week to read out in the huddle: who, what they did and what came of it.</source>
        <translation>Die Anerkennungen der Woche zum Vorlesen in der Teamrunde: wer, was die Person getan hat und was daraus wurde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list is on the clipboard as Markdown.</source>
        <translation>Die Liste ist als Markdown in der Zwischenablage.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Shout-outs of %1&lt;/b&gt;: public recognitions to read out at the huddle; private ones stay on the Nominate tab.</source>
        <translation>&lt;b&gt;Anerkennungen der %1&lt;/b&gt;: öffentliche Anerkennungen zum Vorlesen in der Teambesprechung; private bleiben auf dem Reiter Nominieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No public recognitions in %1. Nominate someone on the Nominate tab, or pick another week.</source>
        <translation>Keine öffentlichen Anerkennungen in %1. Nominieren Sie jemanden auf dem Reiter Nominieren oder wählen Sie eine andere Woche.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the huddle list</source>
        <translation>Liste für die Teambesprechung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>fb::ui::ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="+40"/>
        <location line="+294"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location line="-251"/>
        <location line="+1"/>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Column mapping tab</source>
        <translation>dem Reiter „Spaltenzuordnung“</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a CSV File</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write Rejected Rows To</source>
        <translation>Abgelehnte Zeilen schreiben nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="+64"/>
        <source>Choose a CSV file to see how Floorboard reads it.</source>
        <translation>Wählen Sie eine CSV-Datei, um zu sehen, wie Floorboard sie liest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Detected: %1 · delimiter “%2” · %3 line endings</source>
        <translation>Erkannt: %1 · Trennzeichen „%2“ · Zeilenenden %3</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Detected from the first rows.</source>
        <translation>Aus den ersten Zeilen erkannt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ %1 can be read as %2: choose how the file writes dates.</source>
        <translation>⚠ %1 lässt sich als %2 lesen: Wählen Sie, wie die Datei Datumsangaben schreibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ %1 is in none of these formats: choose “Other…” and write its format.</source>
        <translation>⚠ %1 passt zu keinem dieser Formate: Wählen Sie „Anderes Format…“ und geben Sie das Format ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Floorboard cannot read this file.</source>
        <translation>Floorboard kann diese Datei nicht lesen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>… and %L1 more problems</source>
        <translation>… und %L1 weitere Probleme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Problems (%L1)&lt;/b&gt; — Floorboard imports nothing while any row has a problem, unless “Skip invalid rows” is ticked.</source>
        <translation>&lt;b&gt;Probleme (%L1)&lt;/b&gt; – Floorboard importiert nichts, solange eine Zeile ein Problem hat, außer „Ungültige Zeilen überspringen“ ist aktiviert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Notes&lt;/b&gt; — nothing stops the import.</source>
        <translation>&lt;b&gt;Hinweise&lt;/b&gt; – nichts davon verhindert den Import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;No problems&lt;/b&gt; in the rows read so far.</source>
        <translation>&lt;b&gt;Keine Probleme&lt;/b&gt; in den bisher gelesenen Zeilen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Load Mapping Profile</source>
        <translation>Zuordnungsprofil laden</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Mapping profiles (*.json);;All files (*)</source>
        <translation>Zuordnungsprofile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+6"/>
        <source>Save Mapping Profile</source>
        <translation>Zuordnungsprofil speichern</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Mapping profiles (*.json)</source>
        <translation>Zuordnungsprofile (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a file for the rejected rows first.</source>
        <translation>Wählen Sie zuerst eine Datei für die abgelehnten Zeilen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file was not imported.

%1</source>
        <translation>Die Datei wurde nicht importiert.

%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import cancelled — nothing was changed.</source>
        <translation>Import abgebrochen – es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished.</source>
        <translation>Import abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported: some rows have problems. Fix them in the file, or tick “Skip invalid rows” to import the others.</source>
        <translation>Es wurde nichts importiert: Einige Zeilen haben Probleme. Beheben Sie sie in der Datei oder aktivieren Sie „Ungültige Zeilen überspringen“, um die übrigen zu importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="-34"/>
        <source>Choose a CSV file…</source>
        <translation>CSV-Datei auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De&amp;cimal comma (3,5) also between commas</source>
        <translation>De&amp;zimalkomma (3,5) auch bei Kommas zwischen den Zellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A decimal comma is read as such whenever cells are separated by “;”, tab or “|”. Tick this for a comma-separated file whose numbers are written &quot;3,5&quot;.</source>
        <translation>Ein Dezimalkomma wird immer gelesen, wenn die Zellen durch „;“, Tabulator oder „|“ getrennt sind. Aktivieren Sie dies für eine kommagetrennte Datei, deren Zahlen als &quot;3,5&quot; geschrieben sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create &amp;missing agents</source>
        <translation>&amp;Fehlende Agenten anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent IDs not yet known are added to team “Unassigned”.</source>
        <translation>Noch unbekannte Agenten-IDs werden dem Team „Unassigned“ hinzugefügt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update rows that exist</source>
        <translation>Vorhandene Zeilen &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows whose ID is already in the database are replaced by the file&apos;s version.</source>
        <translation>Zeilen, deren ID schon in der Datenbank ist, werden durch die Version aus der Datei ersetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip invalid rows, write them to:</source>
        <translation>Ungültige Zeilen ü&amp;berspringen und schreiben nach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected rows file</source>
        <translation>Datei für abgelehnte Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first rows of the chosen file, one line of the file per row, as they will be read.</source>
        <translation>Die ersten Zeilen der gewählten Datei, eine Zeile der Datei pro Tabellenzeile, so wie sie eingelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>What stops the import or deserves a look, with the line of the file it is on.</source>
        <translation>Was den Import verhindert oder geprüft werden sollte, mit der Zeile der Datei, in der es steht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;File:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;as:</source>
        <translation>Importieren al&amp;s:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading</source>
        <translation>Datei lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates &amp;written as:</source>
        <translation>Datumsan&amp;gaben als:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing</source>
        <translation>In die Datenbank schreiben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Load Profile…</source>
        <translation>Profil &amp;laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve Profile…</source>
        <translation>Profil s&amp;peichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>fb::ui::IncentiveRows</name>
    <message>
        <location filename="../ui/pages/incentives/IncentiveRows.cpp" line="+10"/>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>QA total (points)</source>
        <translation>QA-Gesamtwert (Punkte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSAT (share 4-5)</source>
        <translation>CSAT (Anteil 4–5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First-contact resolution</source>
        <translation>Erstlösungsquote (FCR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts handled</source>
        <translation>Bearbeitete Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average handle time</source>
        <translation>Bearbeitungszeit (AHT)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Floor (0)</source>
        <translation>Untergrenze (0)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target (1)</source>
        <translation>Ziel (1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minimum n</source>
        <translation>Mindest-n</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>quality: always counts</source>
        <translation>Qualität: zählt immer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>productivity: behind the gate</source>
        <translation>Produktivität: hinter der Schwelle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 per agent at a full score</source>
        <translation>%1 je Agent bei vollem Punktwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pool of %1 shared by score</source>
        <translation>ein Topf von %1, nach Punktwert geteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1, per %2, %3. Quality gate: green when the mean QA total of the period is at least %4 over at least %5 evaluations; the productivity components count only behind a green gate.</source>
        <translation>Version %1, je %2, %3. Qualitätsschwelle: grün, wenn der mittlere QA-Gesamtwert des Zeitraums mindestens %4 über mindestens %5 Bewertungen beträgt; die Produktivitätskomponenten zählen nur bei grüner Schwelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <location line="+44"/>
        <source>Gate</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QA ≥ %1 over ≥ %2</source>
        <translation>QA ≥ %1 über ≥ %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+44"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+44"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>QA (n)</source>
        <translation>QA (n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+83"/>
        <source>Productivity</source>
        <translation>Produktivität</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No worked examples: no agent has data in this period.</source>
        <translation>Keine Rechenbeispiele: Kein Agent hat Daten in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gate red, volume locked</source>
        <translation>Schwelle rot, Mengenteil gesperrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gate green, below a full score</source>
        <translation>Schwelle grün, unter vollem Punktwert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gate green, the highest score</source>
        <translation>Schwelle grün, der höchste Punktwert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Payout now</source>
        <translation>Auszahlung jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payout with the change</source>
        <translation>Auszahlung mit der Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1, %2, %3, of %4.</source>
        <translation>%1, %2, %3, von %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln agent(s) gain (%1 in all)</source>
        <translation>
            <numerusform>%Ln Agent gewinnt (%1 insgesamt)</numerusform>
            <numerusform>%Ln Agenten gewinnen (%1 insgesamt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln lose(s) (%1)</source>
        <translation>
            <numerusform>%Ln verliert (%1)</numerusform>
            <numerusform>%Ln verlieren (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unverändert</numerusform>
            <numerusform>%Ln unverändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean payout</source>
        <translation>Mittlere Auszahlung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gate passed</source>
        <translation>Schwelle erreicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vs rest</source>
        <translation>ggü. Rest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p Holm</source>
        <translation>p Holm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n group(s) under 5 agents, together (not tested)</source>
        <translation>
            <numerusform>%n Gruppe unter 5 Agenten, zusammen (nicht getestet)</numerusform>
            <numerusform>%n Gruppen unter 5 Agenten, zusammen (nicht getestet)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pp</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
</context>
<context>
    <name>fb::ui::IncentivesPage</name>
    <message>
        <location filename="../ui/pages/incentives/IncentivesPage.cpp" line="+57"/>
        <source>No incentive plan yet: import one with floorboard-cli incentive plan import FILE.</source>
        <translation>Noch kein Prämienplan: Importieren Sie einen mit floorboard-cli incentive plan import FILE.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>2026-Q3 or 2026-09</source>
        <translation>2026-Q3 oder 2026-09</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;eriod:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pa&amp;youts</source>
        <translation>&amp;Auszahlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lan</source>
        <translation>Pla&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What-if</source>
        <translation>&amp;Was-wäre-wenn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fairness audit</source>
        <translation>&amp;Fairness-Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incentives</source>
        <translation>Prämien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variable pay that mixes quality and productivity: the quality gate must be green to unlock the volume part; a fairness audit every quarter.</source>
        <translation>Variable Vergütung aus Qualität und Produktivität: Die Qualitätsschwelle muss grün sein, damit der Mengenteil zählt; jedes Quartal eine Fairness-Prüfung.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the plan and the period…</source>
        <translation>Plan und Zeitraum werden gelesen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>version %1; ISO weeks %2 to %3</source>
        <translation>Version %1; ISO-Wochen %2 bis %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Publish the plan</source>
        <translation>Plan veröffentlichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published as version %1.</source>
        <translation>Als Version %1 veröffentlicht.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export the tables as CSV</source>
        <translation>Die Tabellen als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
</context>
<context>
    <name>fb::ui::IntakeForm</name>
    <message>
        <location filename="../ui/pages/feedback/IntakeForm.cpp" line="+26"/>
        <source>e.g. tool lag, policy ambiguity, knowledge gap</source>
        <translation>z.&#xa0;B. tool lag, policy ambiguity, knowledge gap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What gets in the way, in a few words</source>
        <translation>Was im Weg steht, in wenigen Worten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agent ID; empty when raised anonymously</source>
        <translation>Agent-ID; leer, wenn anonym gemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty for all queues</source>
        <translation>Leer für alle Queues</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+79"/>
        <source>&amp;Save ticket</source>
        <translation>Ticket &amp;speichern</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friction ta&amp;g:</source>
        <translation>&amp;Reibungspunkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Detail:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q&amp;ueue:</source>
        <translation>Q&amp;ueue:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Raised on:</source>
        <translation>&amp;Gemeldet am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded &amp;by:</source>
        <translation>Erfasst &amp;von:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This resembles open ticket %1 &quot;%2&quot; (%3, %4 of the words shared, raised by %5). Count the agent as raising it too instead of a new ticket?</source>
        <translation>Das ähnelt dem offenen Ticket %1 „%2“ (%3, %4 der Wörter gemeinsam, gemeldet von %5). Den Agenten statt eines neuen Tickets dort mitzählen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no tag</source>
        <translation>ohne Reibungspunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;+1 to %1</source>
        <translation>&amp;+1 zu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as a new ticket</source>
        <translation>Als neues Ticket &amp;speichern</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::InteractionFilterBar</name>
    <message>
        <location filename="../ui/pages/InteractionFilterBar.cpp" line="+58"/>
        <source>CSAT</source>
        <translation>Kundenzufriedenheit (CSAT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Surveyed</source>
        <translation>Befragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not surveyed</source>
        <translation>Nicht befragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top 2 (4–5)</source>
        <translation>Top-2-Box (4–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5</source>
        <translation>5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-contact resolution</source>
        <translation>Erstlösung (FCR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <location line="+5"/>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not resolved</source>
        <translation>Nicht gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Repeat contact</source>
        <translation>Wiederholkontakt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Defects</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some</source>
        <translation>Mit Fehlern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ohne Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search IDs, queues, reasons…</source>
        <translation>IDs, Queues, Kontaktgründe suchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+161"/>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+150"/>
        <source>All agents</source>
        <translation>Alle Agenten</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+170"/>
        <source>All queues</source>
        <translation>Alle Queues</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t&amp;o:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Queue:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CSAT:</source>
        <translation>&amp;CSAT:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;FCR:</source>
        <translation>&amp;FCR:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Escalated:</source>
        <translation>&amp;Eskaliert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholkontakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Defects:</source>
        <translation>&amp;Fehler:</translation>
    </message>
</context>
<context>
    <name>fb::ui::InteractionsPage</name>
    <message>
        <location filename="../ui/pages/InteractionsPage.cpp" line="+61"/>
        <source>No interactions yet.&lt;br&gt;Use &lt;b&gt;File ▸ Import CSV…&lt;/b&gt; to import an interactions export, or &lt;b&gt;File ▸ Create demo site…&lt;/b&gt; to try Floorboard with sample data.</source>
        <translation>Noch keine Kontakte.&lt;br&gt;Importieren Sie einen Kontaktexport über &lt;b&gt;Datei ▸ CSV importieren…&lt;/b&gt; oder probieren Sie Floorboard mit Beispieldaten über &lt;b&gt;Datei ▸ Demo-Standort anlegen…&lt;/b&gt; aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No interactions match these filters.</source>
        <translation>Keine Kontakte entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— scroll for more</source>
        <translation>– für mehr scrollen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln interaction(s) shown</source>
        <translation>
            <numerusform>%Ln Kontakt angezeigt</numerusform>
            <numerusform>%Ln Kontakte angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per contact that matches the filters; scroll for more.</source>
        <translation>Eine Zeile pro Kontakt, der zu den Filtern passt; für weitere scrollen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;all contacts</source>
        <translation>&amp;Alle Kontakte zeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes the interactions that match, in the order shown</source>
        <translation>Schreibt die passenden Kontakte in der angezeigten Reihenfolge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calls, chats and emails, newest first. Click the Interaction ID, Agent or Started at header to order by it.</source>
        <translation>Anrufe, Chats und E-Mails, die neuesten zuerst. Ein Klick auf die Spalte Kontakt-ID, Agent oder Beginn sortiert danach.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not count: %1</source>
        <translation>Zählen nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln interaction(s) match</source>
        <translation>
            <numerusform>%Ln Kontakt passt</numerusform>
            <numerusform>%Ln Kontakte passen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preparing the contact list for fast filtering…</source>
        <translation>Die Kontaktliste wird für schnelles Filtern vorbereitet…</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+25"/>
        <location line="+145"/>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
</context>
<context>
    <name>fb::ui::JobProgressDialog</name>
    <message>
        <location filename="../ui/background/JobProgressDialog.cpp" line="+16"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>fb::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/LanguageMenu.cpp" line="+12"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used the next time you start Floorboard.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Floorboard.</translation>
    </message>
</context>
<context>
    <name>fb::ui::LoopView</name>
    <message>
        <location filename="../ui/pages/feedback/LoopView.cpp" line="+22"/>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy as Markdown</source>
        <translation>Als Markdown &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You said, we did</source>
        <translation>Ihr habt gesagt – wir haben umgesetzt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Site-wide</source>
        <translation>Standortweit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You said, we did: %1, %2</source>
        <translation>Ihr habt gesagt – wir haben umgesetzt: %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site-wide</source>
        <translation>standortweit</translation>
    </message>
</context>
<context>
    <name>fb::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+37"/>
        <location line="+206"/>
        <source>Floorboard</source>
        <translation>Floorboard</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pages of Floorboard; choosing one shows it beside the list.</source>
        <translation>Die Seiten von Floorboard; die gewählte Seite erscheint neben der Liste.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone on the floor (Ctrl+1)</source>
        <translation>Alle Agenten auf der Fläche (Strg+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calls, chats and emails (Ctrl+2)</source>
        <translation>Anrufe, Chats und E-Mails (Strg+2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No database is open.&lt;br&gt;Use &lt;b&gt;File ▸ Open…&lt;/b&gt;, &lt;b&gt;File ▸ Connect to Site Server…&lt;/b&gt;, &lt;b&gt;File ▸ New Database…&lt;/b&gt; or &lt;b&gt;File ▸ Create Demo Site…&lt;/b&gt;</source>
        <translation>Keine Datenbank geöffnet.&lt;br&gt;Verwenden Sie &lt;b&gt;Datei ▸ Öffnen…&lt;/b&gt;, &lt;b&gt;Datei ▸ Mit Standortserver verbinden…&lt;/b&gt;, &lt;b&gt;Datei ▸ Neue Datenbank…&lt;/b&gt; oder &lt;b&gt;Datei ▸ Demo-Standort anlegen…&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Could not read the database: %1</source>
        <translation>Die Datenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back Up copies a database file. A site server is backed up on the server itself, by your site manager.</source>
        <translation>„Sichern“ kopiert eine Datenbankdatei. Ein Standortserver wird auf dem Server selbst gesichert, von Ihrer Standortleitung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes a consistent copy of the open database, even while it is in use.</source>
        <translation>Schreibt eine konsistente Kopie der geöffneten Datenbank, auch während sie verwendet wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — Floorboard</source>
        <translation>%1 – Floorboard</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counts unavailable</source>
        <translation>Anzahlen nicht verfügbar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../ui/MainWindowActions.cpp" line="+315"/>
        <source>%Ln agent(s)</source>
        <translation>
            <numerusform>%Ln Agent</numerusform>
            <numerusform>%Ln Agenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../ui/MainWindowActions.cpp" line="+1"/>
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interactions from %1 to %2</source>
        <translation>Kontakte vom %1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema v%1</source>
        <translation>Schema v%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="-267"/>
        <source>Floorboard databases (*.floorboard *.db);;All files (*)</source>
        <translation>Floorboard-Datenbanken (*.floorboard *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to &amp;Site Server…</source>
        <translation>Mit Standortserver &amp;verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create &amp;Demo Site…</source>
        <translation>&amp;Demo-Standort anlegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My &amp;Team and Name…</source>
        <translation>Mein &amp;Team und Name…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agents</source>
        <translation>&amp;Agenten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Interactions</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>G&amp;lossary</source>
        <translation>G&amp;lossar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Floorboard</source>
        <translation>&amp;Über Floorboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/MainWindowSite.cpp" line="+58"/>
        <source>Site server: %1</source>
        <translation>Standortserver: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <location line="+4"/>
        <location line="+123"/>
        <location filename="../ui/Startup.cpp" line="+23"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+37"/>
        <location line="+123"/>
        <location filename="../ui/Startup.cpp" line="+0"/>
        <source>Floorboard cannot open this database.</source>
        <translation>Floorboard kann diese Datenbank nicht öffnen.</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>A shared site database on a PostgreSQL server</source>
        <translation>Eine gemeinsame Standortdatenbank auf einem PostgreSQL-Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The existing file could not be replaced.</source>
        <translation>Die vorhandene Datei konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Floorboard cannot create this database.</source>
        <translation>Floorboard kann diese Datenbank nicht anlegen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+7"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 läuft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export did not finish; no file was written.</source>
        <translation>Der Export wurde nicht abgeschlossen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %Ln anonymous response(s) left out</source>
        <translation>
            <numerusform>; %Ln anonyme Antwort ausgelassen</numerusform>
            <numerusform>; %Ln anonyme Antworten ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Demo site created: %1, %2</source>
        <translation>Demo-Standort erstellt: %1, %2</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Back Up Database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose another file than the open database.</source>
        <translation>Wählen Sie eine andere Datei als die geöffnete Datenbank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup was not written.</source>
        <translation>Die Sicherung wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <location line="+18"/>
        <source>Create Demo Site</source>
        <translation>Demo-Standort anlegen</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 already exists. Replace it with the demo site?</source>
        <translation>%1 existiert bereits. Durch den Demo-Standort ersetzen?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creating the demo site in %1…</source>
        <translation>Der Demo-Standort wird in %1 angelegt…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The demo site was not created.</source>
        <translation>Der Demo-Standort wurde nicht angelegt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>About Floorboard</source>
        <translation>Über Floorboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Floorboard %1&lt;/h3&gt;&lt;p&gt;A console for contact-center team leads: scorecards, quality reviews, coaching, calibration and friction-to-flow programs — on your own computer, from the CSV exports you already have.&lt;/p&gt;&lt;p&gt;Database schema version %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Floorboard %1&lt;/h3&gt;&lt;p&gt;Eine Konsole für Teamleitungen im Contact Center: Scorecards, Qualitätsbewertungen, Coaching, Kalibrierung und „Von Reibung zu Flow“-Programme – auf Ihrem eigenen Computer, aus den CSV-Exporten, die Sie bereits haben.&lt;/p&gt;&lt;p&gt;Datenbankschema Version %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSite.cpp" line="-15"/>
        <location line="+40"/>
        <source>Connect to Site Server</source>
        <translation>Mit Standortserver verbinden</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A shared site database on a PostgreSQL server: %1</source>
        <translation>Eine gemeinsame Standortdatenbank auf einem PostgreSQL-Server: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+39"/>
        <source>Connecting to the site server was cancelled.</source>
        <translation>Der Verbindungsaufbau zum Standortserver wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Floorboard cannot connect to this site server.</source>
        <translation>Floorboard kann keine Verbindung zu diesem Standortserver herstellen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Site Server Password</source>
        <translation>Passwort des Standortservers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site server asks for a password, and neither your password file (%1) nor a service file holds one for
%2

Floorboard keeps it only until you quit and never saves it.

Password:</source>
        <translation>Der Standortserver verlangt ein Passwort, und weder Ihre Passwortdatei (%1) noch eine Servicedatei enthält eines für
%2

Floorboard behält es nur bis zum Beenden und speichert es nie.

Passwort:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>fb::ui::MappingTable</name>
    <message>
        <location filename="../ui/dialogs/MappingTable.cpp" line="+14"/>
        <source>Floorboard column</source>
        <translation>Floorboard-Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read from file column</source>
        <translation>Aus Dateispalte lesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+52"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>One row per Floorboard column: choose the column of the file it is read from.</source>
        <translation>Eine Zeile pro Floorboard-Spalte: die Spalte der Datei wählen, aus der sie gelesen wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(not in file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Required — missing</source>
        <translation>Erforderlich – fehlt</translation>
    </message>
</context>
<context>
    <name>fb::ui::MeDialog</name>
    <message>
        <location filename="../ui/dialogs/MeDialog.cpp" line="+16"/>
        <source>My Team and Name</source>
        <translation>Mein Team und Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floorboard opens on your team and fills in your name as evaluator and coach. You can change both later in File ▸ My Team and Name…</source>
        <translation>Floorboard öffnet mit Ihrem Team und trägt Ihren Namen als bewertende Person und Coach ein. Beides können Sie später unter Datei ▸ Mein Team und Name… ändern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>as written in evaluations and coaching notes</source>
        <translation>wie in Bewertungen und Coaching-Notizen geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My &amp;team:</source>
        <translation>Mein &amp;Team:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;name:</source>
        <translation>Mein &amp;Name:</translation>
    </message>
</context>
<context>
    <name>fb::ui::MentoringPage</name>
    <message>
        <location filename="../ui/pages/mentoring/MentoringPage.cpp" line="+39"/>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Behaviour:</source>
        <translation>&amp;Verhalten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow pairs &amp;across teams</source>
        <translation>Paare über Teams &amp;hinweg erlauben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One-page PDF report for the site manager…</source>
        <translation>Einseitiger PDF-Bericht für die Standortleitung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV of every table…</source>
        <translation>CSV aller Tabellen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;1 Low-score triggers</source>
        <translation>&amp;1 Auslöser niedriger Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2 Suggested pairs</source>
        <translation>&amp;2 Vorgeschlagene Paare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3 Active pairs</source>
        <translation>&amp;3 Aktive Paare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;4 Effect</source>
        <translation>&amp;4 Effekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;5 Pair progress</source>
        <translation>&amp;5 Verlauf des Paares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;6 Pay it forward</source>
        <translation>&amp;6 Weitergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentoring</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair agents who struggle in a behaviour with the peers who are best at it, fairly and optimally, and keep the program&apos;s sessions.</source>
        <translation>Agenten, denen ein Verhalten schwerfällt, fair und optimal mit den Kollegen zusammenbringen, die darin am besten sind, und die Sitzungen des Programms festhalten.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Reading the window&apos;s contacts and evaluations…</source>
        <translation>Kontakte und Bewertungen des Zeitraums werden gelesen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Weeks %1; %2, %3 for %4.</source>
        <translation>Wochen %1; %2, %3 für %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln trigger(s)</source>
        <translation>
            <numerusform>%Ln Auslöser</numerusform>
            <numerusform>%Ln Auslöser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln suggested pair(s)</source>
        <translation>
            <numerusform>%Ln vorgeschlagenes Paar</numerusform>
            <numerusform>%Ln vorgeschlagene Paare</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Export the tables as CSV</source>
        <translation>Die Tabellen als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote triggers.csv, suggestions.csv, pairs.csv, effect.csv and payforward.csv to %1.</source>
        <translation>triggers.csv, suggestions.csv, pairs.csv, effect.csv und payforward.csv nach %1 geschrieben.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Print the mentoring report</source>
        <translation>Mentoring-Bericht drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print PDF</source>
        <translation>PDF drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote the mentoring report to %1.</source>
        <translation>Mentoring-Bericht nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>fb::ui::MentoringProgressRows</name>
    <message>
        <location filename="../ui/pages/mentoring/MentoringProgressRows.cpp" line="+65"/>
        <source>Start (%1)</source>
        <translation>Start (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned end (%1)</source>
        <translation>Geplantes Ende (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended (%1)</source>
        <translation>Beendet (%1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <source>ended %1 (%2)</source>
        <translation>beendet %1 (%2)</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>%1: %2 with %3, %4, %5</source>
        <translation>%1: %2 mit %3, %4, %5</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, week by week: pair %2</source>
        <translation>%1, Woche für Woche: Paar %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mentee %1</source>
        <translation>Mentee %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentor %1</source>
        <translation>Mentor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team median (without the mentee)</source>
        <translation>Median des Teams (ohne den Mentee)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2: %3, n = %4</source>
        <translation>%1, %2: %3, n = %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2: not enough data (n = %3)</source>
        <translation>%1, %2: zu wenige Daten (n = %3)</translation>
    </message>
    <message numerus="yes">
        <location line="-79"/>
        <source>%Ln evaluation(s)</source>
        <translation>
            <numerusform>%Ln Bewertung</numerusform>
            <numerusform>%Ln Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln survey(s)</source>
        <translation>
            <numerusform>%Ln Befragung</numerusform>
            <numerusform>%Ln Befragungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%1, team median: %2, n = %Ln agent(s)</source>
        <translation>
            <numerusform>%1, Team-Median: %2, n = %Ln Agent</numerusform>
            <numerusform>%1, Team-Median: %2, n = %Ln Agenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, team median: not enough data (%Ln agent(s), %2 needed)</source>
        <translation>
            <numerusform>%1, Team-Median: zu wenige Daten (%Ln Agent, %2 nötig)</numerusform>
            <numerusform>%1, Team-Median: zu wenige Daten (%Ln Agenten, %2 nötig)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no evaluation</source>
        <translation>keine Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no survey</source>
        <translation>keine Umfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no contact</source>
        <translation>kein Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap: %1 that week (median: under %2 agents)</source>
        <translation>Lücke: %1 in der Woche (Median: unter %2 Agenten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSAT and QA total of %1: pair %2</source>
        <translation>CSAT und QA-Gesamtwert von %1: Paar %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT % top-2; QA points 0-100</source>
        <translation>CSAT % Top-2; QA Punkte 0–100</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSAT (% top-2 of surveys)</source>
        <translation>CSAT (% Top-2 der Umfragen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA total (points)</source>
        <translation>QA-Gesamtwert (Punkte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, CSAT: %2, n = %3</source>
        <translation>%1, CSAT: %2, n = %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, CSAT: not enough data (n = %2)</source>
        <translation>%1, CSAT: zu wenige Daten (n = %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, QA total: %2 points, n = %3</source>
        <translation>%1, QA-Gesamtwert: %2 Punkte, n = %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, QA total: not enough data (n = %2)</source>
        <translation>%1, QA-Gesamtwert: zu wenige Daten (n = %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gap: under %1 (CSAT) or %2 (QA) that week</source>
        <translation>Lücke: unter %1 (CSAT) oder %2 (QA) in der Woche</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>active, planned end %1</source>
        <translation>aktiv, geplantes Ende %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%8 in %9: %1 to %2; started %3, %4. Weeks with enough data: mentee %5 of %6, mentor %7 of %6. Hover a point for its value and n.</source>
        <translation>%8 in %9: %1 bis %2; begonnen %3, %4. Wochen mit genug Daten: Mentee %5 von %6, Mentor %7 von %6. Zeigen Sie auf einen Punkt für Wert und n.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (target %2)</source>
        <translation>%1 (Ziel %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 with %2, ended %3 (%4)</source>
        <translation>%1 mit %2, beendet %3 (%4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No former mentee has been at target for 4 weeks in a row since their pair ended.</source>
        <translation>Kein ehemaliger Mentee war seit dem Ende seines Paares 4 Wochen in Folge am Ziel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mentees of ended pairs at or above the behaviour&apos;s target in each of 4 consecutive complete weeks after the pair ended. Target: the scorecard&apos;s target for a metric; for a rubric attribute the quality gate&apos;s share of the scale (gate 80 → 3.2 of 4). They are suggested as mentors only where they meet the mentor rules, and the reason then says they pay it forward.</source>
        <translation>Mentees beendeter Paare, die in jeder von 4 aufeinanderfolgenden vollständigen Wochen nach dem Ende des Paares das Ziel des Verhaltens erreicht oder übertroffen haben. Ziel: bei einer Kennzahl das Ziel der Scorecard; bei einem Merkmal der Rubrik der Anteil der Qualitätsschwelle an der Skala (Schwelle 80 → 3,2 von 4). Als Mentoren vorgeschlagen werden sie nur, wenn sie die Regeln für Mentoren erfüllen; die Begründung sagt dann, dass sie weitergeben.</translation>
    </message>
</context>
<context>
    <name>fb::ui::MentoringRows</name>
    <message>
        <location filename="../ui/pages/mentoring/MentoringRows.cpp" line="+49"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>whole team</source>
        <translation>ganzes Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractors</source>
        <translation>Detraktoren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed QA</source>
        <translation>QA nicht bestanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>queue: %1</source>
        <translation>Queue: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 scored low</source>
        <translation>%1 niedrig bewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all surveyed contacts</source>
        <translation>alle befragten Kontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all evaluations</source>
        <translation>alle Bewertungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+93"/>
        <source>not enough data</source>
        <translation>zu wenige Daten</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+1"/>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No detractor contacts and no failed QA evaluations in %1%2.</source>
        <translation>Keine Detraktoren-Kontakte und keine nicht bestandenen QA-Bewertungen in %1%2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> for team %1</source>
        <translation> für Team %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No pair to suggest for %1 in %2: a pair needs a mentee (below the floor or in the team&apos;s bottom fifth, with enough data) and a mentor of the same team (top fifth in 3 of 4 weeks, quality gate green, a free slot). Fifths need at least 5 agents of a team with enough data.</source>
        <translation>Kein Paar für %1 in %2 vorzuschlagen: Ein Paar braucht einen Mentee (unter der Untergrenze oder im untersten Fünftel des Teams, mit genug Daten) und einen Mentor desselben Teams (in 3 von 4 Wochen im besten Fünftel, Qualitätsschwelle grün, ein freier Platz). Fünftel brauchen mindestens 5 Agenten eines Teams mit genug Daten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No active pair. Confirm suggested pairs, or add one by hand on the Suggestions tab.</source>
        <translation>Kein aktives Paar. Bestätigen Sie vorgeschlagene Paare oder fügen Sie auf dem Reiter „Vorgeschlagene Paare“ eines von Hand hinzu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Active pairs: %1; ended: %2 (%3 met); sessions: %4 (%5 minutes)</source>
        <translation>Aktive Paare: %1; beendet: %2 (%3 erreicht); Sitzungen: %4 (%5 Minuten)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (Holm %2)</source>
        <translation>%1 (Holm %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All pairs: their behaviour</source>
        <translation>Alle Paare: ihr Verhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All pairs: CSAT (spillover)</source>
        <translation>Alle Paare: CSAT (Übertragung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All pairs: QA total (spillover)</source>
        <translation>Alle Paare: QA-Gesamtwert (Übertragung)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No pair has ended yet: the effect is measured from the 4 weeks before a pair&apos;s start to the 4 weeks after its planned end.</source>
        <translation>Noch kein Paar ist beendet: der Effekt wird von den 4 Wochen vor dem Start eines Paares bis zu den 4 Wochen nach seinem geplanten Ende gemessen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enough data to tell whether mentoring worked (%1 of %2 ended pairs measured): %3.</source>
        <translation>Zu wenige Daten, um zu sagen, ob das Mentoring gewirkt hat (%1 von %2 beendeten Paaren gemessen): %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mentees improved %1 points more than similar agents who were not mentored</source>
        <translation>Mentees haben sich um %1 Punkte mehr verbessert als vergleichbare Agenten ohne Mentoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentees improved %1 points less than similar agents who were not mentored</source>
        <translation>Mentees haben sich um %1 Punkte weniger verbessert als vergleichbare Agenten ohne Mentoring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (difference in differences adjusted for the baseline, 95% CI %1 points, %2; %3 in %4).</source>
        <translation> (Differenz-von-Differenzen, bereinigt um den Ausgangswert, 95-%-KI %1 Punkte, %2; %3 in %4).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln pair(s)</source>
        <translation>
            <numerusform>%Ln Paar</numerusform>
            <numerusform>%Ln Paare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln Team</numerusform>
            <numerusform>%Ln Teams</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> The interval includes 0: the program may have had no effect.</source>
        <translation> Das Intervall enthält 0: das Programm hatte möglicherweise keine Wirkung.</translation>
    </message>
</context>
<context>
    <name>fb::ui::NewProgramDialog</name>
    <message>
        <location filename="../ui/pages/friction/NewProgramDialog.cpp" line="+18"/>
        <source>New program</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weeks 1-2 baseline, 3-4 rapid fixes, 5-6 recognition, 7-8 comparison. The start is moved to the Monday of its week.</source>
        <translation>Woche 1–2 Ausgangslage, 3–4 schnelle Maßnahmen, 5–6 Anerkennung, 7–8 Vergleich. Der Beginn wird auf den Montag seiner Woche gelegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Teams:</source>
        <translation>&amp;Teams:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The teams taking part in the program: tick each one.</source>
        <translation>Die Teams, die am Programm teilnehmen: jedes ankreuzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start (Monday):</source>
        <translation>&amp;Beginn (Montag):</translation>
    </message>
</context>
<context>
    <name>fb::ui::NominateTab</name>
    <message>
        <location filename="../ui/pages/recognition/NominateTab.cpp" line="+42"/>
        <source>a peer</source>
        <translation>ein Peer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a lead</source>
        <translation>die Teamleitung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lead&apos;s name</source>
        <translation>Name der Teamleitung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interaction ID, e.g. C00012345</source>
        <translation>Kontakt-ID, z. B. C00012345</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QA evaluation ID, e.g. E0001234</source>
        <translation>ID der QA-Bewertung, z. B. E0001234</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the agent did, in a sentence</source>
        <translation>Was der Agent getan hat, in einem Satz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it led to (optional)</source>
        <translation>Wozu es geführt hat (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Private (lead only)</source>
        <translation>&amp;Privat (nur Teamleitung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown to the lead only, never on the huddle list, its PDF or Markdown.</source>
        <translation>Nur für die Teamleitung sichtbar, nie auf der Liste für die Teambesprechung, ihrem PDF oder Markdown.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save nomination</source>
        <translation>Nominierung &amp;speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Given by:</source>
        <translation>&amp;Gegeben von:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behaviour:</source>
        <translation>&amp;Verhalten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;On:</source>
        <translation>A&amp;m:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Interaction:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;valuation:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What they did:</source>
        <translation>&amp;Was getan wurde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cited work:</source>
        <translation>Belegte Arbeit:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nominations of the week</source>
        <translation>Nominierungen der Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per nomination of the week, private ones included: who, for which behaviour, and the evidence.</source>
        <translation>Eine Zeile pro Nominierung der Woche, private eingeschlossen: wer, für welches Verhalten und mit welchem Beleg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Nominations of the week&lt;/b&gt; (private ones too: this is the lead&apos;s list)</source>
        <translation>&lt;b&gt;Nominierungen der Woche&lt;/b&gt; (auch private: die Liste der Teamleitung)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cite an interaction or an evaluation to see its outcome here.</source>
        <translation>Nennen Sie einen Kontakt oder eine Bewertung, um hier deren Ergebnis zu sehen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No nominations in %1 yet: the form on the left records the first.</source>
        <translation>Noch keine Nominierungen in %1: das Formular links erfasst die erste.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::NoteListView</name>
    <message>
        <location filename="../ui/pages/coaching/NoteListView.cpp" line="+16"/>
        <source>Every coach</source>
        <translation>Alle Coaches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target metric</source>
        <translation>Zielkennzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or done</source>
        <translation>Offen oder erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour:</source>
        <translation>Verhalten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric:</source>
        <translation>Kennzahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up:</source>
        <translation>Follow-up:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Shows the note on its form, with Edit and Delete (Enter, or double-click a row)</source>
        <translation>Zeigt die Notiz in ihrem Formular, mit Bearbeiten und Löschen (Eingabetaste oder Doppelklick auf eine Zeile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching notes</source>
        <translation>Coaching-Notizen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>One row per coaching note; double-click or Enter opens it.</source>
        <translation>Eine Zeile pro Coaching-Notiz; Doppelklick oder Eingabetaste öffnet sie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Any behaviour</source>
        <translation>Jedes Verhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any metric</source>
        <translation>Jede Kennzahl</translation>
    </message>
</context>
<context>
    <name>fb::ui::NoteRecordDialog</name>
    <message>
        <location filename="../ui/pages/coaching/NoteRecordDialog.cpp" line="+11"/>
        <source>Coaching note %1</source>
        <translation>Coaching-Notiz %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete coaching note %1 of %2, coached by %3 on %4?

Undo delete (or Ctrl+Z) in the list brings it back, with its follow-up.</source>
        <translation>Coaching-Notiz %1 zu %2, gecoacht von %3 am %4, löschen?

„Löschen rückgängig“ (oder Strg+Z) in der Liste holt sie mit ihrem Follow-up zurück.</translation>
    </message>
</context>
<context>
    <name>fb::ui::OverviewTab</name>
    <message>
        <location filename="../ui/pages/friction/OverviewTab.cpp" line="+37"/>
        <source>What each phase still needs</source>
        <translation>Was jede Phase noch braucht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In plain words</source>
        <translation>In einfachen Worten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No program yet. &lt;b&gt;New program…&lt;/b&gt; starts one.</source>
        <translation>Noch kein Programm. &lt;b&gt;Neues Programm…&lt;/b&gt; startet eines.</translation>
    </message>
</context>
<context>
    <name>fb::ui::PageParts</name>
    <message>
        <location filename="../ui/pages/PageParts.cpp" line="+67"/>
        <source>Export the tables as one Excel workbook (a sheet per table), or as CSV files in a folder (a file per table)?</source>
        <translation>Die Tabellen als eine Excel-Arbeitsmappe exportieren (ein Tabellenblatt je Tabelle) oder als CSV-Dateien in einen Ordner (eine Datei je Tabelle)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Excel Workbook…</source>
        <translation>&amp;Excel-Arbeitsmappe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CSV Files…</source>
        <translation>&amp;CSV-Dateien…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the tables as an Excel workbook</source>
        <translation>Tabellen als Excel-Arbeitsmappe speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>fb::ui::PairChartTab</name>
    <message>
        <location filename="../ui/pages/mentoring/PairChartTab.cpp" line="+18"/>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pai&amp;r:</source>
        <translation>Paa&amp;r:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The behaviour</source>
        <translation>Das Verhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT and QA total</source>
        <translation>CSAT und QA-Gesamtwert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No pair yet: confirm suggested pairs, and each pair&apos;s weeks appear here.</source>
        <translation>Noch kein Paar: Bestätigen Sie vorgeschlagene Paare, dann erscheinen hier die Wochen jedes Paares.</translation>
    </message>
</context>
<context>
    <name>fb::ui::PairsTab</name>
    <message>
        <location filename="../ui/pages/mentoring/PairsTab.cpp" line="+38"/>
        <source>Show pair c&amp;hart</source>
        <translation>Verlauf des Paares &amp;zeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active pairs</source>
        <translation>Aktive Paare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per active mentoring pair: the behaviour, the dates and the sessions so far.</source>
        <translation>Eine Zeile pro aktivem Mentoring-Paar: das Verhalten, die Daten und die bisherigen Sitzungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a session of the selected pair</source>
        <translation>Eine Sitzung des ausgewählten Paars erfassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what was practised</source>
        <translation>was geübt wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the next step</source>
        <translation>der nächste Schritt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;inutes:</source>
        <translation>M&amp;inuten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Practised:</source>
        <translation>&amp;Geübt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next step:</source>
        <translation>&amp;Nächster Schritt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Log session</source>
        <translation>Sitzung er&amp;fassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the selected pair</source>
        <translation>Das ausgewählte Paar beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;nded on:</source>
        <translation>Beendet &amp;am:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended on</source>
        <translation>Beendet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End pair</source>
        <translation>Paar &amp;beenden</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Select the pair the session belongs to.</source>
        <translation>Wählen Sie das Paar, zu dem die Sitzung gehört.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select the pair to end.</source>
        <translation>Wählen Sie das Paar, das enden soll.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select the pair to chart.</source>
        <translation>Wählen Sie das Paar, dessen Verlauf gezeigt werden soll.</translation>
    </message>
</context>
<context>
    <name>fb::ui::PayForwardTab</name>
    <message>
        <location filename="../ui/pages/mentoring/PayForwardTab.cpp" line="+23"/>
        <source>Former mentee</source>
        <translation>Ehemaliger Mentee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 weeks at target</source>
        <translation>4 Wochen am Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weakest week (target)</source>
        <translation>Schwächste Woche (Ziel)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n, 4 weeks</source>
        <translation>n, 4 Wochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After pair</source>
        <translation>Nach Paar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor candidates who pay it forward</source>
        <translation>Mentor-Kandidaten, die weitergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per former mentee who has held the target for four weeks and could now mentor others.</source>
        <translation>Eine Zeile pro ehemaligem Mentee, der das Ziel vier Wochen gehalten hat und nun selbst Mentor werden könnte.</translation>
    </message>
</context>
<context>
    <name>fb::ui::PayoutView</name>
    <message>
        <location filename="../ui/pages/incentives/PayoutView.cpp" line="+29"/>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per agent: the gate, the quality and productivity parts and the payout, with how it was reached.</source>
        <translation>Eine Zeile pro Agent: Schwelle, Qualitäts- und Produktivitätsanteil und Auszahlung, mit ihrer Herleitung.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No agent has contacts or evaluations in %1 (ISO weeks %2 to %3): not enough data.</source>
        <translation>Kein Agent hat Kontakte oder Bewertungen in %1 (ISO-Wochen %2 bis %3): nicht genug Daten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2, %3; payouts %4 in all. Worked examples from this site&apos;s data:</source>
        <translation>%1: %2, %3; Auszahlungen insgesamt %4. Rechenbeispiele aus den Daten dieses Standorts:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln agent(s)</source>
        <translation>
            <numerusform>%Ln Agent</numerusform>
            <numerusform>%Ln Agenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln with the gate green</source>
        <translation>
            <numerusform>bei %Ln ist die Schwelle grün</numerusform>
            <numerusform>bei %Ln ist die Schwelle grün</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::PhaseTimeline</name>
    <message>
        <location filename="../ui/pages/friction/PhaseTimeline.cpp" line="+14"/>
        <source>Program timeline</source>
        <translation>Programmablauf</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No program selected.</source>
        <translation>Kein Programm ausgewählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today (%1) is before the program starts on %2.</source>
        <translation>Heute (%1) liegt vor dem Programmbeginn am %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today (%1) is after the program: all eight weeks are complete.</source>
        <translation>Heute (%1) liegt nach dem Programm: Alle acht Wochen sind abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today (%1) is in week %2 of 8: %3.</source>
        <translation>Heute (%1) ist Woche %2 von 8: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weeks %1-%2: %3</source>
        <translation>Woche %1–%2: %3</translation>
    </message>
</context>
<context>
    <name>fb::ui::PlanView</name>
    <message>
        <location filename="../ui/pages/incentives/PlanView.cpp" line="+16"/>
        <source>Plan components</source>
        <translation>Komponenten des Plans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per component of the plan: its weight, floor, target and minimum n.</source>
        <translation>Eine Zeile pro Komponente des Plans: Gewichtung, Untergrenze, Ziel und Mindest-n.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published versions</source>
        <translation>Veröffentlichte Versionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per published version of the plan, with its note.</source>
        <translation>Eine Zeile pro veröffentlichter Version des Plans, mit ihrer Notiz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published versions (a change is stored as a new version; a published one never changes):</source>
        <translation>Veröffentlichte Versionen (eine Änderung wird als neue Version gespeichert; eine veröffentlichte ändert sich nie):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No incentive plan yet: import one with floorboard-cli incentive plan import FILE (docs/csv-formats.md, &quot;Incentive plans&quot;).</source>
        <translation>Noch kein Prämienplan: Importieren Sie einen mit floorboard-cli incentive plan import FILE (docs/csv-formats.md, „Incentive plans“).</translation>
    </message>
</context>
<context>
    <name>fb::ui::ProgramCharts</name>
    <message>
        <location filename="../ui/charts/ProgramCharts.cpp" line="+39"/>
        <source> (%)</source>
        <translation> (%)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Program week (bands: Baseline, Fixes, Recognition, Comparison)</source>
        <translation>Programmwoche (Bänder: Ausgangslage, Maßnahmen, Anerkennung, Vergleich)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Weekly %1</source>
        <translation>%1 pro Woche</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Fix #%1: %2</source>
        <translation>Maßnahme #%1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Weekly %1 with phase bands and fix markers</source>
        <translation>%1 pro Woche mit Phasenbändern und Maßnahmenmarkierungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pulse dimensions, weeks 1-2 and weeks 7-8 (each shown from 5 answers)</source>
        <translation>Pulsdimensionen, Woche 1–2 und Woche 7–8 (jede angezeigt ab 5 Antworten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weeks 1-2 (%1 responses)</source>
        <translation>Woche 1–2 (%1 Antworten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks 7-8 (%1 responses)</source>
        <translation>Woche 7–8 (%1 Antworten)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pulse dimensions before and after</source>
        <translation>Pulsdimensionen vorher und nachher</translation>
    </message>
</context>
<context>
    <name>fb::ui::ProgramDrillDown</name>
    <message>
        <location filename="../ui/pages/friction/ProgramDrillDown.cpp" line="+31"/>
        <source>%L1 contacts with a known first-contact resolution</source>
        <translation>%L1 Kontakte mit bekannter Erstlösung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%L1 contacts where a repeat contact is known</source>
        <translation>%L1 Kontakte mit bekanntem Wiederholkontakt-Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%L1 contacts where escalation is known</source>
        <translation>%L1 Kontakte mit bekanntem Eskalationsstatus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%L1 surveyed contacts</source>
        <translation>%L1 befragte Kontakte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%L1 contacts</source>
        <translation>%L1 Kontakte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contacts behind: %1 of %2, %3 (%4 to %5) — %6</source>
        <translation>Kontakte hinter: %1 von %2, %3 (%4 bis %5) — %6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weeks 1-2</source>
        <translation>Wochen 1–2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weeks 7-8</source>
        <translation>Wochen 7–8</translation>
    </message>
</context>
<context>
    <name>fb::ui::QualityPage</name>
    <message>
        <location filename="../ui/pages/quality/QualityPage.cpp" line="+35"/>
        <source>&amp;Evaluate</source>
        <translation>&amp;Bewerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation&amp;s</source>
        <translation>Bewertu&amp;ngen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gent quality</source>
        <translation>&amp;Qualität je Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rubric</source>
        <translation>Bewertungsb&amp;ogen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate a random sa&amp;mple…</source>
        <translation>Zufalls&amp;stichprobe bewerten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draws contacts of your team in one week at random, with a seed, and opens the form for each</source>
        <translation>Zieht mit einem Startwert zufällig Kontakte Ihres Teams aus einer Woche und öffnet für jeden das Formular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score interactions against the rubric, find evaluations again and see each agent&apos;s weakest behaviour.</source>
        <translation>Bewerten Sie Kontakte anhand des Bewertungsbogens, finden Sie Bewertungen wieder und sehen Sie das schwächste Verhalten jedes Agenten.</translation>
    </message>
</context>
<context>
    <name>fb::ui::QueueView</name>
    <message>
        <location filename="../ui/pages/feedback/QueueView.cpp" line="+25"/>
        <source>Feedback queue</source>
        <translation>Feedback-Queue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per ticket that is overdue, due or waiting; Enter or double-click opens it.</source>
        <translation>Eine Zeile pro Ticket, das überfällig, fällig oder wartend ist; Eingabetaste oder Doppelklick öffnet es.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No feedback tickets yet: record one on the Intake tab or import a feedback CSV.</source>
        <translation>Noch keine Feedback-Tickets: Erfassen Sie eines im Reiter Erfassung oder importieren Sie eine Feedback-CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is overdue, due or waiting in %1 with these filters.</source>
        <translation>Mit diesen Filtern ist in %1 nichts überfällig, fällig oder wartend.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n ticket(s) need someone in %1, as of its Monday %2. Enter on a row opens the ticket: decide it, mark it fixed, see its history.</source>
        <translation>
            <numerusform>%n Ticket braucht jemanden in %1, Stand Montag %2. Enter auf einer Zeile öffnet das Ticket: entscheiden, als behoben markieren, Verlauf ansehen.</numerusform>
            <numerusform>%n Tickets brauchen jemanden in %1, Stand Montag %2. Enter auf einer Zeile öffnet das Ticket: entscheiden, als behoben markieren, Verlauf ansehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::RatioView</name>
    <message>
        <location filename="../ui/pages/coaching/RatioView.cpp" line="+30"/>
        <source>Last %1 weeks</source>
        <translation>Letzte %1 Wochen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Floor</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;floor</source>
        <translation>Untergrenze &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coaching min</source>
        <translation>Coaching-Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handled min</source>
        <translation>Bearbeitete Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defects /1000 (prior 4 wk)</source>
        <translation>Fehler /1000 (4 Wo. davor)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team trend</source>
        <translation>Trend Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching ratio by team and week</source>
        <translation>Coaching-Verhältnis je Team und Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per team and week: coaching minutes against handled minutes, the defect rate before, and a flag where they part.</source>
        <translation>Eine Zeile pro Team und Woche: Coaching-Minuten im Verhältnis zu bearbeiteten Minuten, die Fehlerquote davor und eine Markierung, wo beides auseinanderläuft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;loor</source>
        <translation>&amp;Untergrenze</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ratio = coaching minutes logged in the week / minutes handled (interactions). A week under the floor is flagged ⚑ when the team&apos;s defects recur: defects that week at or above the rate of the 4 weeks before.</source>
        <translation>Verhältnis = in der Woche erfasste Coaching-Minuten / bearbeitete Minuten (Kontakte). Eine Woche unter der Untergrenze wird mit ⚑ markiert, wenn die Fehler des Teams wiederkehren: Fehler in dieser Woche mindestens so häufig wie in den 4 Wochen davor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+55"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>⚑ under floor, defects recur</source>
        <translation>⚑ unter der Untergrenze, Fehler kehren wieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under floor</source>
        <translation>unter der Untergrenze</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not enough weeks</source>
        <translation>zu wenige Wochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>→ flat</source>
        <translation>→ gleichbleibend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▲ rising %1 pt/week</source>
        <translation>▲ steigend %1 Pkt./Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▼ falling %1 pt/week</source>
        <translation>▼ fallend %1 Pkt./Woche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Floor %1; weeks flagged: %2.</source>
        <translation>Untergrenze %1; markierte Wochen: %2.</translation>
    </message>
</context>
<context>
    <name>fb::ui::RecognitionPage</name>
    <message>
        <location filename="../ui/pages/recognition/RecognitionPage.cpp" line="+100"/>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week of:</source>
        <translation>&amp;Woche vom:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+93"/>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behaviours…</source>
        <translation>&amp;Verhalten…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Nominate</source>
        <translation>&amp;Nominieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This wee&amp;k</source>
        <translation>Diese Wo&amp;che</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;overage</source>
        <translation>&amp;Abdeckung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fixers</source>
        <translation>&amp;Problemlösende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognition</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequent, specific and fair: recognise documented behaviour, read the shout-outs at the huddle, and see who is doing well unseen.</source>
        <translation>Häufig, konkret und fair: belegtes Verhalten anerkennen, die Anerkennungen in der Teambesprechung vorlesen und sehen, wer unbeachtet gute Arbeit leistet.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reading recognitions…</source>
        <translation>Anerkennungen werden gelesen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+60"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <source>%n recognition(s) in %1 (%2 to %3)</source>
        <translation>
            <numerusform>%n Anerkennung in %1 (%2 bis %3)</numerusform>
            <numerusform>%n Anerkennungen in %1 (%2 bis %3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nomination %1 saved.</source>
        <translation>Nominierung %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Save the huddle list as PDF</source>
        <translation>Liste für die Teambesprechung als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved the huddle list to %1.</source>
        <translation>Liste für die Teambesprechung unter %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export the tables as CSV</source>
        <translation>Die Tabellen als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote coverage.csv, unseen.csv, nominations.csv, huddle.csv and fixers.csv to %1.</source>
        <translation>coverage.csv, unseen.csv, nominations.csv, huddle.csv und fixers.csv nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>fb::ui::RecognitionRows</name>
    <message>
        <location filename="../ui/pages/recognition/RecognitionRows.cpp" line="+33"/>
        <location line="+20"/>
        <location line="+50"/>
        <location line="+15"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recognised in 8 weeks</source>
        <translation>Anerkannt in 8 Wochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recognitions this week</source>
        <translation>Anerkennungen diese Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unseen at target</source>
        <translation>Im Ziel und unbeachtet</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <location line="+58"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>%1 (%2 per agent)</source>
        <translation>%1 (%2 je Agent)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+23"/>
        <location line="+27"/>
        <location line="+15"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Last recognised</source>
        <translation>Zuletzt anerkannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behaviour at target</source>
        <translation>Verhalten im Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value (target)</source>
        <translation>Wert (Ziel)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (target %2)</source>
        <translation>%1 (Ziel %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+27"/>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+27"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Shown</source>
        <translation>Sichtbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cited work</source>
        <translation>Belegte Arbeit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>private (lead only)</source>
        <translation>privat (nur Teamleitung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing cited</source>
        <translation>nichts belegt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What they did</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fixes</source>
        <translation>Maßn.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed on</source>
        <translation>Behoben am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>fb::ui::RecognitionTab</name>
    <message>
        <location filename="../ui/pages/friction/RecognitionTab.cpp" line="+21"/>
        <source>&lt;b&gt;Micro-recognitions&lt;/b&gt; per behaviour and program week</source>
        <translation>&lt;b&gt;Mikro-Anerkennungen&lt;/b&gt; pro Verhalten und Programmwoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W%1</source>
        <translation>W%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognitions</source>
        <translation>Anerkennungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recognitions given during the program.</source>
        <translation>Die während des Programms ausgesprochenen Anerkennungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;You said / we did&lt;/b&gt;: tickets decided during the program</source>
        <translation>&lt;b&gt;Ihr habt gesagt – wir haben umgesetzt&lt;/b&gt;: während des Programms entschiedene Tickets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You said, we did</source>
        <translation>Ihr habt gesagt – wir haben umgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was decided on each ticket agents raised, and what was done.</source>
        <translation>Was zu jedem Ticket der Agenten entschieden und was umgesetzt wurde.</translation>
    </message>
</context>
<context>
    <name>fb::ui::RecordDialog</name>
    <message>
        <location filename="../ui/pages/records/RecordDialog.cpp" line="+19"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version shown</source>
        <translation>Angezeigte Fassung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::RecordFilterBar</name>
    <message>
        <location filename="../ui/pages/records/RecordFilterBar.cpp" line="+38"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All agents</source>
        <translation>Alle Agenten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fb::ui::RecordListView</name>
    <message>
        <location filename="../ui/pages/records/RecordListView.cpp" line="+23"/>
        <source>O&amp;pen…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;more</source>
        <translation>&amp;Mehr zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the next %1 records to the list</source>
        <translation>Fügt die nächsten %1 Einträge zur Liste hinzu</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
</context>
<context>
    <name>fb::ui::RecordRows</name>
    <message>
        <location filename="../ui/pages/records/RecordRows.cpp" line="+31"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>open, due %1</source>
        <translation>offen, fällig am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done: %1</source>
        <translation>erledigt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Evaluator</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Edits</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coached on</source>
        <translation>Gecoacht am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target metric</source>
        <translation>Zielkennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No evaluations match the filters.</source>
        <translation>Keine Bewertung passt zu den Filtern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the newest %1 of %2 evaluations; Show more adds the next ones.</source>
        <translation>Die neuesten %1 von %2 Bewertungen werden gezeigt; „Mehr zeigen“ fügt die nächsten hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 evaluation</source>
        <translation>1 Bewertung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 evaluations</source>
        <translation>%1 Bewertungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No coaching notes match the filters.</source>
        <translation>Keine Coaching-Notiz passt zu den Filtern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the newest %1 of %2 notes; Show more adds the next ones.</source>
        <translation>Die neuesten %1 von %2 Notizen werden gezeigt; „Mehr zeigen“ fügt die nächsten hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 coaching note</source>
        <translation>1 Coaching-Notiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 coaching notes</source>
        <translation>%1 Coaching-Notizen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Never edited.</source>
        <translation>Nie bearbeitet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited once</source>
        <translation>Einmal bearbeitet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edited %1 times</source>
        <translation>%1-mal bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — last by %2 on %3</source>
        <translation>%1 – zuletzt von %2 am %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current version</source>
        <translation>Aktuelle Fassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before edit %1 (by %2 on %3)</source>
        <translation>Vor Änderung %1 (von %2 am %3)</translation>
    </message>
</context>
<context>
    <name>fb::ui::RecordUndo</name>
    <message>
        <location filename="../ui/pages/records/RecordUndo.cpp" line="+46"/>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes the deleted record back exactly as it was (Ctrl+Z)</source>
        <translation>Schreibt den gelöschten Eintrag genau so zurück, wie er war (Strg+Z)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Evaluation %1 deleted.</source>
        <translation>Bewertung %1 gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching note %1 deleted.</source>
        <translation>Coaching-Notiz %1 gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo brings it back.</source>
        <translation>Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evaluation %1 restored.</source>
        <translation>Bewertung %1 wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching note %1 restored.</source>
        <translation>Coaching-Notiz %1 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>fb::ui::RubricEditor</name>
    <message>
        <location filename="../ui/pages/quality/RubricEditor.cpp" line="+35"/>
        <source>Rubric version</source>
        <translation>Bewertungsbogen-Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rubric attributes</source>
        <translation>Kriterien des Bewertungsbogens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per attribute of the rubric: its description, weight and scale, whether NA is allowed and whether it is critical.</source>
        <translation>Eine Zeile pro Kriterium des Bewertungsbogens: Beschreibung, Gewichtung und Skala, ob NA erlaubt ist und ob es kritisch ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attribute</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NA allowed</source>
        <translation>NA erlaubt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Levels of the selected attribute</source>
        <translation>Stufen des gewählten Kriteriums</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What each level of the selected attribute means; edit a cell to change it.</source>
        <translation>Was jede Stufe des gewählten Kriteriums bedeutet; zum Ändern eine Zelle bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed and why (kept with the version)</source>
        <translation>Was sich geändert hat und warum (wird mit der Version gespeichert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version note</source>
        <translation>Versionsnotiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add attribute</source>
        <translation>&amp;Kriterium hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move attribute</source>
        <translation>Kriterium &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as new version</source>
        <translation>Als neue Version &amp;speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration rulings on this attribute</source>
        <translation>Kalibrierungsentscheidungen zu diesem Kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What calibration sessions decided about this attribute, and why.</source>
        <translation>Die Kalibrierungsentscheidungen zu diesem Kriterium und ihre Begründung.</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+172"/>
        <location line="+8"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Version %1 — %2%3 — evaluations: %5%4</source>
        <translation>Version %1 – %2%3 – Bewertungen: %5%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (current)</source>
        <translation> (aktuell)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Shown on the pages as “%1”</source>
        <translation>Auf den Seiten angezeigt als „%1“</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weights sum to %1. Saving an edit makes version %2; evaluations already scored keep the version they were scored with.</source>
        <translation>Summe der Gewichtungen: %1. Eine gespeicherte Änderung ergibt Version %2; bereits erfasste Bewertungen behalten die Version, mit der sie bewertet wurden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 is read-only: evaluations scored with it keep it. Pick the current version to edit.</source>
        <translation>Version %1 ist schreibgeschützt: Damit erfasste Bewertungen behalten sie. Wählen Sie zum Bearbeiten die aktuelle Version.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Levels of %1&lt;/b&gt; (what each score means)</source>
        <translation>&lt;b&gt;Stufen von %1&lt;/b&gt; (was jede Wertung bedeutet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 — yes</source>
        <translation>1 – ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0 — no</source>
        <translation>0 – nein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Calibration rulings on %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kalibrierungsentscheidungen zu %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>NA</source>
        <translation>NA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Calibration rulings on %1&lt;/b&gt;: none yet</source>
        <translation>&lt;b&gt;Kalibrierungsentscheidungen zu %1&lt;/b&gt;: noch keine</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nothing changed: still version %1.</source>
        <translation>Nichts geändert: weiterhin Version %1.</translation>
    </message>
</context>
<context>
    <name>fb::ui::SampleDialog</name>
    <message>
        <location filename="../ui/pages/quality/SampleDialog.cpp" line="+47"/>
        <source>Evaluate a Random Sample</source>
        <translation>Zufallsstichprobe bewerten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— choose a team —</source>
        <translation>– Team wählen –</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contacts to draw</source>
        <translation>Zu ziehende Kontakte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed on the same data draws the same contacts, so the draw can be repeated and checked.</source>
        <translation>Derselbe Startwert zieht auf denselben Daten dieselben Kontakte, sodass die Ziehung wiederholt und geprüft werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New s&amp;eed</source>
        <translation>Neuer &amp;Startwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Draw</source>
        <translation>&amp;Ziehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interaction</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaluated</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampled contacts</source>
        <translation>Gezogene Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per drawn contact: when it started, whether it has an evaluation, and a button to evaluate it.</source>
        <translation>Eine Zeile pro gezogenem Kontakt: wann er begann, ob er schon eine Bewertung hat, und eine Schaltfläche zum Bewerten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week:</source>
        <translation>&amp;Woche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contacts:</source>
        <translation>&amp;Kontakte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seed:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Drawing…</source>
        <translation>Wird gezogen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluate</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate %1</source>
        <translation>%1 bewerten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 contacts already evaluated.</source>
        <translation>%1 von %2 Kontakten sind bereits bewertet.</translation>
    </message>
</context>
<context>
    <name>fb::ui::SetupDialog</name>
    <message>
        <location filename="../ui/pages/feedback/SetupDialog.cpp" line="+40"/>
        <source>%1 (%2)</source>
        <comment>category label (stored name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feedback categories and holidays</source>
        <translation>Feedback-Kategorien und Feiertage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review SLA (working days)</source>
        <translation>Prüf-SLA (Arbeitstage)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix SLA (working days)</source>
        <translation>Behebungs-SLA (Arbeitstage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback categories</source>
        <translation>Feedback-Kategorien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per feedback category, with its review and fix deadlines in working days.</source>
        <translation>Eine Zeile pro Feedback-Kategorie, mit ihren Fristen für Prüfung und Behebung in Arbeitstagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>facilities</source>
        <translation>facilities</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> working days</source>
        <translation> Arbeitstage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save category</source>
        <translation>Kategorie &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ename selected to this name</source>
        <translation>Ausgewählte in diesen Namen umb&amp;enennen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review SLA:</source>
        <translation>&amp;Prüf-SLA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fix SLA:</source>
        <translation>&amp;Behebungs-SLA:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories: a new name adds one, an existing one changes its SLAs</source>
        <translation>Kategorien: ein neuer Name fügt eine hinzu, ein vorhandener ändert ihre SLAs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site holidays</source>
        <translation>Feiertage des Standorts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site&apos;s holidays, which do not count as working days.</source>
        <translation>Die Feiertage des Standorts, die nicht als Arbeitstage zählen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Christmas Day</source>
        <translation>1. Weihnachtstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add holiday</source>
        <translation>Feiertag &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move selected</source>
        <translation>Ausgewählten &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Holiday name:</source>
        <translation>&amp;Feiertag:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Site holidays: not working days for any SLA</source>
        <translation>Feiertage des Standorts: für kein SLA Arbeitstage</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import holidays</source>
        <translation>Feiertage importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Category %1: review SLA %2, fix SLA %3 working days.</source>
        <translation>Kategorie %1: Prüf-SLA %2, Behebungs-SLA %3 Arbeitstage.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the category to rename in the list first.</source>
        <translation>Wählen Sie zuerst die umzubenennende Kategorie in der Liste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Category %1 renamed to %2, with its tickets and SLAs.</source>
        <translation>Kategorie %1 in %2 umbenannt, mit ihren Tickets und SLAs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: give the holiday a name.</source>
        <translation>Nicht gespeichert: geben Sie dem Feiertag einen Namen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Holiday %1 (%2) added.</source>
        <translation>Feiertag %1 (%2) hinzugefügt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the holiday to remove in the list first.</source>
        <translation>Wählen Sie zuerst den zu entfernenden Feiertag in der Liste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Holiday on %1 removed.</source>
        <translation>Feiertag am %1 entfernt.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n holiday(s) imported.</source>
        <translation>
            <numerusform>%n Feiertag importiert.</numerusform>
            <numerusform>%n Feiertage importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::SuggestionsTab</name>
    <message>
        <location filename="../ui/pages/mentoring/SuggestionsTab.cpp" line="+26"/>
        <source>&lt;b&gt;Suggested pairs&lt;/b&gt;: the pairs with the largest total benefit (the gap between mentor and mentee in points, less 5 for a different shift and 5 for a different site). Drop, swap or add pairs, then confirm to start them.</source>
        <translation>&lt;b&gt;Vorgeschlagene Paare&lt;/b&gt;: die Paare mit dem größten Gesamtnutzen (der Abstand zwischen Mentor und Mentee in Punkten, abzüglich 5 für eine andere Schicht und 5 für einen anderen Standort). Paare entfernen, tauschen oder hinzufügen, dann bestätigen, um sie zu starten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Benefit</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggested pairs</source>
        <translation>Vorgeschlagene Paare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per suggested pair, the largest expected benefit first, with the reason; select rows to start pairs.</source>
        <translation>Eine Zeile pro vorgeschlagenem Paar, der größte erwartete Nutzen zuerst, mit Begründung; Zeilen auswählen, um Paare zu starten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the pairs</source>
        <translation>Die Paare ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Drop selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;wap mentors of two selected</source>
        <translation>Mentoren zweier ausgewählter &amp;tauschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>M&amp;entee:</source>
        <translation>Me&amp;ntee:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Men&amp;tor:</source>
        <translation>Mento&amp;r:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add pair</source>
        <translation>Paar &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>&amp;Confirm and start</source>
        <translation>&amp;Bestätigen und starten</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Mentor capacity</source>
        <translation>Kapazität der Mentoren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capacity of mentor</source>
        <translation>Kapazität des Mentors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capacity of &amp;mentor:</source>
        <translation>Kapazität des &amp;Mentors:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mentees at once</source>
        <translation>Mentees gleichzeitig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentees at &amp;once:</source>
        <translation>Mentees &amp;gleichzeitig:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set capacity</source>
        <translation>Kapazität &amp;setzen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Confirm and start (%1)</source>
        <translation>&amp;Bestätigen und starten (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select exactly two suggested pairs to swap their mentors.</source>
        <translation>Wählen Sie genau zwei vorgeschlagene Paare, um ihre Mentoren zu tauschen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pairs added by hand cannot be swapped; drop them and add the pairs you want.</source>
        <translation>Von Hand hinzugefügte Paare lassen sich nicht tauschen; entfernen Sie sie und fügen Sie die gewünschten Paare hinzu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+23"/>
        <source>%1 cannot mentor %2: %3.</source>
        <translation>%1 kann %2 nicht betreuen: %3.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Choose a mentee and a mentor.</source>
        <translation>Wählen Sie einen Mentee und einen Mentor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 already has a mentor in this list.</source>
        <translation>%1 hat in dieser Liste schon einen Mentor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added by hand</source>
        <translation>Von Hand hinzugefügt</translation>
    </message>
</context>
<context>
    <name>fb::ui::TicketDialog</name>
    <message>
        <location filename="../ui/pages/feedback/TicketDialog.cpp" line="+38"/>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of the ticket</source>
        <translation>Verlauf des Tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change to this ticket, oldest first: who made it and what changed.</source>
        <translation>Jede Änderung an diesem Ticket, die älteste zuerst: wer sie vorgenommen hat und was sich geändert hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decide…</source>
        <translation>&amp;Entscheiden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark fixed…</source>
        <translation>Als &amp;behoben markieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did it &amp;help?</source>
        <translation>Hat es &amp;geholfen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>Did it help?</source>
        <translation>Hat es geholfen?</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>For a fixed ticket with a queue scope: did the fix move FCR, defects or rework in its queue, against the queues no fix touched?</source>
        <translation>Für ein behobenes Ticket mit einer Queue als Geltungsbereich: hat die Maßnahme Erstlösungsquote, Fehler oder Nacharbeit in ihrer Queue bewegt, gegenüber den Queues, die keine Maßnahme berührt hat?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>History (who and when):</source>
        <translation>Verlauf (wer und wann):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This ticket has no queue scope: a site-wide fix has nothing to compare with.</source>
        <translation>Dieses Ticket hat keine Queue als Geltungsbereich: eine standortweite Maßnahme hat nichts zum Vergleichen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no feedback ticket &apos;%1&apos;</source>
        <translation>kein Feedback-Ticket „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+47"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+5"/>
        <source>Comparing the four weeks before the fix with the four weeks from it…</source>
        <translation>Die vier Wochen vor der Behebung werden mit den vier Wochen ab ihr verglichen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not compared: %1.</source>
        <translation>Nicht verglichen: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queue %1, %2 to %3 before the fix against %4 to %5 from it; the comparison is every queue no fixed ticket touched. Difference in differences with errors clustered by agent, p Holm-adjusted over the six metrics.</source>
        <translation>Queue %1, %2 bis %3 vor der Behebung gegenüber %4 bis %5 ab ihr; verglichen wird mit jeder Queue, die kein behobenes Ticket berührt hat. Differenz-von-Differenzen mit nach Agent geclusterten Fehlern, p nach Holm über die sechs Kennzahlen korrigiert.</translation>
    </message>
</context>
<context>
    <name>fb::ui::TimeToFixView</name>
    <message>
        <location filename="../ui/pages/feedback/TimeToFixView.cpp" line="+27"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month raised</source>
        <translation>Meldemonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time to decision and fix</source>
        <translation>Zeit bis Entscheidung und Behebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per group: how many working days tickets took to a decision and to a fix, and how many kept the deadline.</source>
        <translation>Eine Zeile pro Gruppe: wie viele Arbeitstage Tickets bis zur Entscheidung und bis zur Behebung brauchten und wie viele die Frist einhielten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest open tickets</source>
        <translation>Am längsten offene Tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tickets open longest, in working days; Enter or double-click opens one.</source>
        <translation>Die am längsten offenen Tickets, in Arbeitstagen; Eingabetaste oder Doppelklick öffnet eines.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The long tail: the %1 tickets open longest</source>
        <translation>Der lange Schwanz: die %1 am längsten offenen Tickets</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Median working days to decision and to fix, by month</source>
        <translation>Median der Arbeitstage bis zur Entscheidung und bis zur Behebung, nach Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to decision (decided in the month)</source>
        <translation>bis zur Entscheidung (im Monat entschieden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to fix (fixed in the month)</source>
        <translation>bis zur Behebung (im Monat behoben)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No ticket decided yet: the trend starts with the first decision.</source>
        <translation>Noch kein Ticket entschieden: der Verlauf beginnt mit der ersten Entscheidung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under each month: tickets decided · fixed in it (n); * the month is not over yet. A month with fewer than %1 shows no median (not enough data).</source>
        <translation>Unter jedem Monat: darin entschiedene · behobene Tickets (n); * der Monat ist noch nicht vorbei. Ein Monat mit weniger als %1 zeigt keinen Median (zu wenige Daten).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No feedback tickets yet: record one on the Intake tab or import a feedback CSV.</source>
        <translation>Noch keine Feedback-Tickets: Erfassen Sie eines im Reiter Erfassung oder importieren Sie eine Feedback-CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickets raised %1 to %2; days are working days after the day raised, medians and 90th percentiles as PERCENTILE.INC.</source>
        <translation>Tickets gemeldet %1 bis %2; Tage sind Arbeitstage nach dem Meldetag, Mediane und 90. Perzentile wie QUANTIL.INKL.</translation>
    </message>
</context>
<context>
    <name>fb::ui::TimelineView</name>
    <message>
        <location filename="../ui/pages/coaching/TimelineView.cpp" line="+25"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;gent</source>
        <translation>&amp;Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Metric</source>
        <translation>&amp;Kennzahl</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The metric of the agent&apos;s notes</source>
        <translation>Die Kennzahl der Notizen des Agenten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coaching notes on this metric: %1. ▲ note, ■ follow-up, hollow points: fewer than the metric&apos;s minimum sample that week.</source>
        <translation>Coaching-Notizen zu dieser Kennzahl: %1. ▲ Notiz, ■ Follow-up, hohle Punkte: in dieser Woche weniger als die Mindeststichprobe der Kennzahl.</translation>
    </message>
</context>
<context>
    <name>fb::ui::TriggersTab</name>
    <message>
        <location filename="../ui/pages/mentoring/TriggersTab.cpp" line="+16"/>
        <source>&lt;b&gt;Where are customers hurt most, and by whom?&lt;/b&gt; Detractor contacts (CSAT 1–2) and failed QA evaluations (below the quality gate) by contact reason, queue and low-scored attribute, per team and agent, against the team&apos;s base rate (lift; not enough data below n = 5). Press Enter on a row to see mentoring pairs for the behaviour it suggests.</source>
        <translation>&lt;b&gt;Wo leiden Kunden am meisten, und bei wem?&lt;/b&gt; Detraktoren-Kontakte (CSAT 1–2) und nicht bestandene QA-Bewertungen (unter der Qualitätsschwelle) nach Kontaktgrund, Queue und niedrig bewertetem Kriterium, je Team und Agent, gegenüber der Grundrate des Teams (Lift; zu wenige Daten unter n = 5). Drücken Sie auf einer Zeile die Eingabetaste, um Mentoring-Paare für das Verhalten zu sehen, auf das sie hinweist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low scores</source>
        <translation>Niedrige Werte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low of n (rate)</source>
        <translation>Niedrig von n (Rate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team base rate</source>
        <translation>Grundrate des Teams</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggests</source>
        <translation>Weist hin auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-score triggers</source>
        <translation>Auslöser niedriger Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per agent with repeated low scores on a behaviour: how often, against the team&apos;s rate, and the mentoring it suggests.</source>
        <translation>Eine Zeile pro Agent mit wiederholt niedrigen Werten bei einem Verhalten: wie oft, im Vergleich zur Grundrate des Teams, und welches Mentoring das nahelegt.</translation>
    </message>
</context>
<context>
    <name>fb::ui::WhatIfView</name>
    <message>
        <location filename="../ui/pages/incentives/WhatIfView.cpp" line="+22"/>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gate: QA at least</source>
        <translation>Schwelle: QA mindestens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> evaluations</source>
        <translation> Bewertungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gate: at least this many evaluations</source>
        <translation>Schwelle: mindestens so viele Bewertungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gate: QA at &amp;least</source>
        <translation>Schwelle: QA &amp;mindestens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gate: &amp;over at least</source>
        <translation>Schwelle: &amp;über mindestens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Publish as a new version</source>
        <translation>Als neue Version &amp;veröffentlichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who gains and who loses</source>
        <translation>Wer gewinnt und wer verliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per agent: the payout now, the payout with the change, and the difference.</source>
        <translation>Eine Zeile pro Agent: die Auszahlung jetzt, die Auszahlung mit der Änderung und der Unterschied.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;Amount per agent:</source>
        <translation>&amp;Betrag je Agent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount, pool:</source>
        <translation>&amp;Betrag (Pool):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>changed from version %1 on the What-if tab</source>
        <translation>geändert aus Version %1 auf dem Reiter Was-wäre-wenn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::calibration::BlindScoringPanel</name>
    <message>
        <location filename="../ui/pages/calibration/BlindScoringPanel.cpp" line="+35"/>
        <source>Participants score in turn on this screen. A turn shows only that person&apos;s own scores; everyone else&apos;s stay hidden until the reveal. People who scored at their desks can be imported from CSV.</source>
        <translation>Die Teilnehmenden bewerten nacheinander an diesem Bildschirm. Eine Runde zeigt nur die eigenen Wertungen der jeweiligen Person; alle anderen bleiben bis zum Aufdecken verborgen. Wer am eigenen Platz bewertet hat, kann per CSV importiert werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores given</source>
        <translation>Abgegebene Wertungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scoring progress</source>
        <translation>Bewertungsfortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per participant: how many scores they have given; the scores themselves stay hidden.</source>
        <translation>Eine Zeile pro teilnehmender Person: wie viele Wertungen sie abgegeben hat; die Wertungen selbst bleiben verborgen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose turn</source>
        <translation>Wer ist dran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whose turn:</source>
        <translation>&amp;Wer ist dran:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start my turn</source>
        <translation>&amp;Meine Runde starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import scores from CSV…</source>
        <translation>Wertungen aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type 0–4 on scale attributes, y or n on yes/no ones, NA where the rubric allows it; Tab moves to the next score, Shift+Tab back, %1 saves and hides. Hover a column for the rubric&apos;s level anchors.</source>
        <translation>Geben Sie 0–4 bei Skalenkriterien ein, y oder n bei Ja/Nein-Kriterien, NA, wo der Bewertungsbogen es erlaubt; Tab springt zur nächsten Wertung, Umschalt+Tab zurück, %1 speichert und verdeckt. Bewegen Sie die Maus über eine Spalte, um die Stufenbeschreibungen des Bewertungsbogens zu sehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your scores</source>
        <translation>Ihre Wertungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per interaction, one column per attribute: type your score in each cell; Tab moves to the next.</source>
        <translation>Eine Zeile pro Kontakt, eine Spalte pro Kriterium: in jede Zelle die eigene Wertung eingeben; Tab springt zur nächsten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save and &amp;hide</source>
        <translation>Speichern und &amp;verdecken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes your scores and covers the screen for the next person (%1)</source>
        <translation>Schreibt Ihre Wertungen und verdeckt den Bildschirm für die nächste Person (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide &amp;without saving</source>
        <translation>Verdecken &amp;ohne Speichern</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ done</source>
        <translation>✔ fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◐ in progress</source>
        <translation>◐ in Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>○ not started</source>
        <translation>○ nicht begonnen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Interaction</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (y/n)</source>
        <translation>%1 (y/n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (0–4)</source>
        <translation>%1 (0–4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical attribute: any disagreement counts.</source>
        <translation>Kritisches Kriterium: Jede Abweichung zählt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Scoring as %1 — only your own scores are shown</source>
        <translation>Bewertung als %1 – nur Ihre eigenen Wertungen werden angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scores yet.</source>
        <translation>Noch keine Wertungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n score(s) given so far.</source>
        <translation>
            <numerusform>Bisher %n Wertung abgegeben.</numerusform>
            <numerusform>Bisher %n Wertungen abgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>NA is not allowed on %1</source>
        <translation>NA ist bei %1 nicht zulässig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not y or n (%2 is a yes/no attribute)</source>
        <translation>„%1“ ist nicht y oder n (%2 ist ein Ja/Nein-Kriterium)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a whole number from 0 to 4</source>
        <translation>„%1“ ist keine ganze Zahl von 0 bis 4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>⚠ Nothing saved: %n cell(s) need a valid score. %1</source>
        <translation>
            <numerusform>⚠ Nichts gespeichert: %n Zelle braucht eine gültige Wertung. %1</numerusform>
            <numerusform>⚠ Nichts gespeichert: %n Zellen brauchen eine gültige Wertung. %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>⚠ Nothing saved: %1</source>
        <translation>⚠ Nichts gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %n score(s) of %1.</source>
        <translation>
            <numerusform>%n Wertung von %1 gespeichert.</numerusform>
            <numerusform>%n Wertungen von %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n left empty.</source>
        <translation>
            <numerusform>%n leer gelassen.</numerusform>
            <numerusform>%n leer gelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Imported %n score(s) from %1.</source>
        <translation>
            <numerusform>%n Wertung aus %1 importiert.</numerusform>
            <numerusform>%n Wertungen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Import calibration scores</source>
        <translation>Kalibrierungswertungen importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Import scores</source>
        <translation>Wertungen importieren</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing was imported: %n problem(s) in the file.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %n Problem in der Datei.</numerusform>
            <numerusform>Es wurde nichts importiert: %n Probleme in der Datei.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::calibration::CalibrationPage</name>
    <message>
        <location filename="../ui/pages/calibration/CalibrationPage.cpp" line="+41"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No session yet</source>
        <translation>Noch keine Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New session…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Present (F11)</source>
        <translation>&amp;Präsentieren (F11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen for the meeting room: large type, high contrast, agent names masked</source>
        <translation>Vollbild für den Besprechungsraum: große Schrift, hoher Kontrast, Agentennamen maskiert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session report (PDF)…</source>
        <translation>Sitzungsbericht (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session report (CSV files)…</source>
        <translation>Sitzungsbericht (CSV-Dateien)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mask agent names</source>
        <translation>Agentennamen &amp;maskieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants by &amp;initials</source>
        <translation>Teilnehmende als &amp;Initialen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Blind scoring</source>
        <translation>&amp;Blindbewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reveal and agree</source>
        <translation>&amp;Aufdecken und einigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;greement</source>
        <translation>&amp;Übereinstimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decision log</source>
        <translation>Entscheidungsp&amp;rotokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score the same interactions blind, reveal, see where and how much you disagree, and agree on the official score — then watch standards converge over the months.</source>
        <translation>Bewerten Sie dieselben Kontakte blind, decken Sie auf, sehen Sie, wo und wie stark Sie voneinander abweichen, und einigen Sie sich auf die offizielle Wertung – und verfolgen Sie dann über die Monate, wie sich die Maßstäbe angleichen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 · %2 · %3 of %4 agreed</source>
        <translation>%1 · %2 · %3 von %4 vereinbart</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No calibration session yet. Press &lt;b&gt;New session…&lt;/b&gt; to draw a sample of interactions and name the participants; they then score it here in turn, or at their desks and import the CSV.</source>
        <translation>Noch keine Kalibrierungssitzung. Klicken Sie auf &lt;b&gt;Neue Sitzung…&lt;/b&gt;, um eine Stichprobe von Kontakten zu ziehen und die Teilnehmenden zu benennen; diese bewerten dann hier nacheinander oder am eigenen Platz und importieren die CSV-Datei.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>drawn at random with seed %1</source>
        <translation>zufällig gezogen mit Startwert %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chosen by hand</source>
        <translation>von Hand ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2, facilitated by %3 · %4 interactions %5 · rubric version %6&lt;br&gt;Participants: %7. %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; am %2, moderiert von %3 · %4 Kontakte %5 · Bewertungsbogen-Version %6&lt;br&gt;Teilnehmende: %7. %8</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scores have not been revealed yet. Reveal everyone&apos;s scores on the shared screen now?</source>
        <translation>Die Wertungen wurden noch nicht aufgedeckt. Die Wertungen aller jetzt auf dem gemeinsamen Bildschirm aufdecken?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Drawing the sample and creating session %1…</source>
        <translation>Stichprobe wird gezogen und Sitzung %1 angelegt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session %1 created. Participants can start scoring.</source>
        <translation>Sitzung %1 angelegt. Die Teilnehmenden können mit dem Bewerten beginnen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Session report (PDF)</source>
        <translation>Sitzungsbericht (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Session report</source>
        <translation>Sitzungsbericht</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder for the session&apos;s CSV files</source>
        <translation>Ordner für die CSV-Dateien der Sitzung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved the reveal table, agreement, participants and agreed scores in %1.</source>
        <translation>Aufdecktabelle, Übereinstimmung, Teilnehmende und vereinbarte Wertungen in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>fb::ui::calibration::DecisionLogPanel</name>
    <message>
        <location filename="../ui/pages/calibration/DecisionLogPanel.cpp" line="+22"/>
        <source>Search decision notes, e.g. refund or hold time</source>
        <translation>Entscheidungsnotizen durchsuchen, z.&#xa0;B. Erstattung oder Haltezeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interaction</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attribute</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreed score</source>
        <translation>Vereinbarte Wertung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision note</source>
        <translation>Entscheidungsnotiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision log</source>
        <translation>Entscheidungsprotokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per decision of a calibration session: the agreed score and the note that explains it.</source>
        <translation>Eine Zeile pro Entscheidung einer Kalibrierungssitzung: die vereinbarte Wertung und die Entscheidungsnotiz, die sie begründet.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>NA</source>
        <translation>NA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No decision note mentions “%1”.</source>
        <translation>Keine Entscheidungsnotiz erwähnt „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decisions recorded yet: agree on a revealed interaction first.</source>
        <translation>Noch keine Entscheidungen erfasst: Einigen Sie sich zuerst auf einen aufgedeckten Kontakt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung</numerusform>
            <numerusform>%n Entscheidungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::calibration::DeviationScoresDialog</name>
    <message>
        <location filename="../ui/pages/calibration/DeviationScoresDialog.cpp" line="+22"/>
        <source>Anchor</source>
        <translation>Anker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the anchor&apos;s score</source>
        <translation>der Wertung des Ankers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the consensus</source>
        <translation>dem Konsens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the median of everyone&apos;s scores</source>
        <translation>dem Median aller Wertungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scores Behind the Deviation</source>
        <translation>Wertungen hinter der Abweichung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interaction</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attribute</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores behind the deviation</source>
        <translation>Wertungen hinter der Abweichung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each score behind the deviation, beside the reference it was compared with and the difference.</source>
        <translation>Jede Wertung hinter der Abweichung, neben der Referenz, mit der sie verglichen wurde, und dem Unterschied.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has no %2 score to compare with %3.</source>
        <translation>%1 hat keine Wertung für %2, die mit %3 verglichen werden kann.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 on %2: %n score(s) compared with %3, mean absolute deviation %4.</source>
        <translation>
            <numerusform>%1 bei %2: %n Wertung mit %3 verglichen, mittlere absolute Abweichung %4.</numerusform>
            <numerusform>%1 bei %2: %n Wertungen mit %3 verglichen, mittlere absolute Abweichung %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::calibration::HistoryPanel</name>
    <message>
        <location filename="../ui/pages/calibration/HistoryPanel.cpp" line="+38"/>
        <source>%1: one session so far, no trend yet.</source>
        <translation>%1: bisher eine Sitzung, noch kein Trend.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>converging</source>
        <translation>nähern sich an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drifting apart</source>
        <translation>driften auseinander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steady</source>
        <translation>stabil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 → %3 points off the reference over %4 sessions (%5 to %6): %7.</source>
        <translation>%1: %2 → %3 Punkte Abstand zur Referenz über %4 Sitzungen (%5 bis %6): %7.</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n session(s) so far. Run two or more to see whether the participants&apos; scores converge.</source>
        <translation>
            <numerusform>Bisher %n Sitzung. Führen Sie zwei oder mehr durch, um zu sehen, ob sich die Wertungen der Teilnehmenden annähern.</numerusform>
            <numerusform>Bisher %n Sitzungen. Führen Sie zwei oder mehr durch, um zu sehen, ob sich die Wertungen der Teilnehmenden annähern.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean absolute deviation from each session&apos;s reference, in points on the 0–4 attributes (lower is better):
</source>
        <translation>Mittlere absolute Abweichung von der Referenz jeder Sitzung, in Punkten bei den Kriterien mit 0–4 (niedriger ist besser):
</translation>
    </message>
</context>
<context>
    <name>fb::ui::calibration::PresentationWindow</name>
    <message>
        <location filename="../ui/pages/calibration/PresentationWindow.cpp" line="+22"/>
        <source>Calibration — shared screen</source>
        <translation>Kalibrierung – gemeinsamer Bildschirm</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reveal table</source>
        <translation>Aufdecktabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per attribute of the current interaction, one column per participant; scores beyond the tolerance are marked.</source>
        <translation>Eine Zeile pro Kriterium des aktuellen Kontakts, eine Spalte pro teilnehmender Person; Wertungen außerhalb der Toleranz sind markiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← → interaction   C chart   M agent names   I initials   Esc leave</source>
        <translation>← → Kontakt   C Diagramm   M Agentennamen   I Initialen   Esc verlassen</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>No interactions in this session.</source>
        <translation>Keine Kontakte in dieser Sitzung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calibration %1 · %2 · %3</source>
        <translation>Kalibrierung %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interaction %1 of %2 · %3 · %4</source>
        <translation>Kontakt %1 von %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The history is still loading.</source>
        <translation>Der Verlauf wird noch geladen.</translation>
    </message>
</context>
<context>
    <name>fb::ui::calibration::RevealModel</name>
    <message>
        <location filename="../ui/pages/calibration/RevealModel.cpp" line="+101"/>
        <source>Interaction</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attribute</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (anchor)</source>
        <translation> (Anker)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Range</source>
        <translation>Spannweite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anchor</source>
        <translation>Anker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Highest minus lowest score</source>
        <translation>Höchste minus niedrigste Wertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample standard deviation of the scores (needs two scores)</source>
        <translation>Stichproben-Standardabweichung der Wertungen (braucht zwei Wertungen)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 from the reference: beyond the tolerance of %2</source>
        <translation>%1 von der Referenz: außerhalb der Toleranz von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from the reference: within the tolerance of %2</source>
        <translation>%1 von der Referenz: innerhalb der Toleranz von %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Total (0–100)</source>
        <translation>Gesamt (0–100)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, beyond tolerance</source>
        <translation>, außerhalb der Toleranz</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>NA</source>
        <translation>NA</translation>
    </message>
</context>
<context>
    <name>fb::ui::calibration::RevealPanel</name>
    <message>
        <location filename="../ui/pages/calibration/RevealPanel.cpp" line="+42"/>
        <location line="+144"/>
        <source>&amp;Reveal scores</source>
        <translation>Wertungen &amp;aufdecken</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Reveal table</source>
        <translation>Aufdecktabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per attribute of the current interaction, one column per participant; scores beyond the tolerance are marked.</source>
        <translation>Eine Zeile pro Kriterium des aktuellen Kontakts, eine Spalte pro teilnehmender Person; Wertungen außerhalb der Toleranz sind markiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the group agreed on these scores (required)</source>
        <translation>Warum sich die Gruppe auf diese Wertungen geeinigt hat (Pflichtfeld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision note</source>
        <translation>Entscheidungsnotiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous interaction (PgUp)</source>
        <translation>Vorheriger Kontakt (Bild auf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next interaction (PgDn)</source>
        <translation>Nächster Kontakt (Bild ab)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;agreement</source>
        <translation>Einigung &amp;erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision &amp;note:</source>
        <translation>Entscheidungs&amp;notiz:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 ▲ / ▼ with a shaded cell: more than the tolerance above / below — 1 point on a 0–4 attribute, any difference on yes/no and critical attributes, 5 points on the total. Brackets: the difference from the reference.</source>
        <translation>%1 ▲ / ▼ mit schattierter Zelle: mehr als die Toleranz darüber / darunter – 1 Punkt bei einem Kriterium mit 0–4, jeder Unterschied bei Ja/Nein- und kritischen Kriterien, 5 Punkte beim Gesamtwert. Klammern: der Unterschied zur Referenz.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose or create a session first.</source>
        <translation>Wählen Sie zuerst eine Sitzung aus oder legen Sie eine an.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Everyone has scored (%n participant(s)).
Reveal when the group is ready.</source>
        <translation>
            <numerusform>Alle haben bewertet (%n teilnehmende Person).
Decken Sie auf, wenn die Gruppe bereit ist.</numerusform>
            <numerusform>Alle haben bewertet (%n Teilnehmende).
Decken Sie auf, wenn die Gruppe bereit ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Scores stay hidden until everyone has scored.
%1 of %n participant(s) have finished.</source>
        <translation>
            <numerusform>Die Wertungen bleiben verborgen, bis alle bewertet haben.
%1 von %n teilnehmenden Person ist fertig.</numerusform>
            <numerusform>Die Wertungen bleiben verborgen, bis alle bewertet haben.
%1 von %n Teilnehmenden sind fertig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reveal scores anyway</source>
        <translation>Wertungen trotzdem &amp;aufdecken</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>— not agreed</source>
        <translation>– nicht vereinbart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NA</source>
        <translation>NA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed %1</source>
        <translation>Vereinbart: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Agree on interaction %1 of %2: %3, %4</source>
        <translation>Einigung zu Kontakt %1 von %2: %3, %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>agreed</source>
        <translation>vereinbart</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>from the anchor</source>
        <translation>vom Anker übernommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from the median</source>
        <translation>vom Median übernommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>median %1: the group decides</source>
        <translation>Median %1: Die Gruppe entscheidet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody scored it</source>
        <translation>niemand hat bewertet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ Agreed. Changing a score and recording again replaces it.</source>
        <translation>✔ Vereinbart. Wenn Sie eine Wertung ändern und erneut erfassen, wird sie ersetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not agreed yet.</source>
        <translation>Noch nicht vereinbart.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>⚠ Choose the agreed score of at least one attribute.</source>
        <translation>⚠ Wählen Sie die vereinbarte Wertung für mindestens ein Kriterium.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Write the decision note: why the group agreed, so the next session can look it up.</source>
        <translation>⚠ Schreiben Sie die Entscheidungsnotiz: warum sich die Gruppe geeinigt hat, damit die nächste Sitzung es nachlesen kann.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ Nothing recorded: %1</source>
        <translation>⚠ Nichts erfasst: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded %1 agreed scores of %2; they are now its official evaluation.</source>
        <translation>%1 vereinbarte Wertungen für %2 erfasst; sie sind jetzt die offizielle Bewertung dieses Kontakts.</translation>
    </message>
</context>
<context>
    <name>fb::ui::calibration::SessionDialog</name>
    <message>
        <location filename="../ui/pages/calibration/SessionDialog.cpp" line="+46"/>
        <source>New calibration session</source>
        <translation>Neue Kalibrierungssitzung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One per line: Name, or Name; initials
Jonas Weber
Amara Okafor; AO</source>
        <translation>Eine Person pro Zeile: Name oder Name; Initialen
Jonas Weber
Amara Okafor; AO</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Draw at random</source>
        <translation>&amp;Zufällig ziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;by hand</source>
        <translation>&amp;Von Hand auswählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> interactions</source>
        <translation> Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from all interactions</source>
        <translation>aus allen Kontakten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per agent</source>
        <translation>einer pro Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per queue</source>
        <translation>einer pro Queue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same seed on the same data draws the same interactions, so the draw can be repeated and checked.</source>
        <translation>Derselbe Startwert zieht bei denselben Daten dieselben Kontakte, sodass die Ziehung wiederholt und geprüft werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New s&amp;eed</source>
        <translation>Neuer &amp;Startwert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interaction ids, one per line or separated by commas</source>
        <translation>Kontakt-IDs, eine pro Zeile oder durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Session &amp;id:</source>
        <translation>Sitzungs-&amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ate:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participants:</source>
        <translation>&amp;Teilnehmende:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nchor (expert):</source>
        <translation>&amp;Anker (fachliche Referenz):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample:</source>
        <translation>Stichprobe:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create session</source>
        <translation>Sitzung anlegen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No anchor: compare with the median</source>
        <translation>Kein Anker: mit dem Median vergleichen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Enter a session id (letters, digits, &apos;-&apos; or &apos;_&apos;).</source>
        <translation>Geben Sie eine Sitzungs-ID ein (Buchstaben, Ziffern, „-“ oder „_“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the facilitator.</source>
        <translation>Geben Sie die Moderation ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name at least two participants: agreement needs two scorers.</source>
        <translation>Nennen Sie mindestens zwei Teilnehmende: Übereinstimmung braucht zwei bewertende Personen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a seed, or press New seed.</source>
        <translation>Geben Sie einen Startwert ein oder klicken Sie auf „Neuer Startwert“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the interactions to score.</source>
        <translation>Führen Sie die zu bewertenden Kontakte auf.</translation>
    </message>
</context>
<context>
    <name>fb::ui::calibration::SessionView</name>
    <message>
        <location filename="../ui/pages/calibration/SessionView.cpp" line="+32"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deviations are from the anchor, %1.</source>
        <translation>Abweichungen beziehen sich auf den Anker, %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No anchor: deviations are from the agreed (consensus) scores.</source>
        <translation>Kein Anker: Abweichungen beziehen sich auf die vereinbarten Wertungen (Konsens).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No anchor: deviations are from the median of everyone&apos;s scores.</source>
        <translation>Kein Anker: Abweichungen beziehen sich auf den Median aller Wertungen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>fb::ui::calibration::SharedScreen</name>
    <message>
        <location filename="../ui/pages/calibration/SharedScreen.cpp" line="+61"/>
        <source>&amp;Automatic: a screen the window is not on</source>
        <translation>&amp;Automatisch: ein Bildschirm ohne das Hauptfenster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present on %1 (%2 × %3)</source>
        <translation>Auf %1 präsentieren (%2 × %3)</translation>
    </message>
</context>
<context>
    <name>fb::ui::calibration::StatisticsPanel</name>
    <message>
        <location filename="../ui/pages/calibration/StatisticsPanel.cpp" line="+46"/>
        <source>nominal</source>
        <translation>nominal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ordinal</source>
        <translation>ordinal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1 to %2)</source>
        <translation> (%1 bis %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (scores high)</source>
        <translation>%1 (bewertet höher)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (scores low)</source>
        <translation>%1 (bewertet niedriger)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>Attribute</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Krippendorff&apos;s alpha (95% interval)</source>
        <translation>Krippendorffs Alpha (95-%-Intervall)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gwet&apos;s AC1</source>
        <translation>Gwets AC1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Within tolerance</source>
        <translation>Innerhalb der Toleranz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement per attribute</source>
        <translation>Übereinstimmung pro Kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per attribute: how well the participants agreed, as Krippendorff&apos;s alpha, Gwet&apos;s AC1 and the share within tolerance.</source>
        <translation>Eine Zeile pro Kriterium: wie gut die Teilnehmenden übereinstimmten, als Krippendorffs Alpha, Gwets AC1 und Anteil innerhalb der Toleranz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores compared</source>
        <translation>Verglichene Wertungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean absolute deviation</source>
        <translation>Mittlere absolute Abweichung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean difference</source>
        <translation>Mittlere Differenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaning</source>
        <translation>Tendenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deviation per participant</source>
        <translation>Abweichung pro teilnehmender Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per participant and attribute: how far their scores were from the reference; Enter or double-click shows the scores behind it.</source>
        <translation>Eine Zeile pro teilnehmender Person und Kriterium: wie weit ihre Wertungen von der Referenz abwichen; Eingabetaste oder Doppelklick zeigt die Wertungen dahinter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each participant against the reference (double-click a row or press Enter for the scores behind it)</source>
        <translation>Jede teilnehmende Person im Vergleich zur Referenz (Doppelklick auf eine Zeile oder Eingabetaste zeigt die Wertungen dahinter)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose or create a session first.</source>
        <translation>Wählen Sie zuerst eine Sitzung aus oder legen Sie eine an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>anchor</source>
        <translation>Anker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alpha is 1 for perfect agreement and 0 for agreement no better than chance; Krippendorff advises relying on 0.8 and above and drawing tentative conclusions from 0.667. Interval metric on 0–4 attributes, nominal on yes/no ones. Deviations are measured from the &lt;b&gt;%1&lt;/b&gt;. Formulas: docs/calibration.md.</source>
        <translation>Alpha ist 1 bei perfekter Übereinstimmung und 0 bei einer Übereinstimmung, die nicht besser als Zufall ist; Krippendorff empfiehlt, sich ab 0,8 darauf zu verlassen und ab 0,667 vorläufige Schlüsse zu ziehen. Intervallmetrik bei Kriterien mit 0–4, nominal bei Ja/Nein-Kriterien. Abweichungen werden gemessen gegenüber: &lt;b&gt;%1&lt;/b&gt;. Formeln: docs/calibration.md.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (agreement %2%)</source>
        <translation>%1 (Übereinstimmung %2&#xa0;%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>needs two scores of one interaction</source>
        <translation>braucht zwei Wertungen eines Kontakts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes/no attributes only</source>
        <translation>nur für Ja/Nein-Kriterien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gwet&apos;s AC1 needs at least one interaction scored by two participants.</source>
        <translation>Gwets AC1 braucht mindestens einen Kontakt, den zwei Teilnehmende bewertet haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gwet&apos;s AC1 is computed for yes/no attributes only; alpha covers 0–4 scales.</source>
        <translation>Gwets AC1 wird nur für Ja/Nein-Kriterien berechnet; Alpha deckt die Skalen 0–4 ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (small)</source>
        <translation>%1 (klein)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewer than %1 interactions: the interval is wide and the point estimate unsteady.</source>
        <translation>Weniger als %1 Kontakte: Das Intervall ist breit und der Punktschätzer unsicher.</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+136"/>
        <location line="+1"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>fb::ui::charts::HappinessChart</name>
    <message>
        <location filename="../ui/charts/HappinessChart.cpp" line="+72"/>
        <source>Team, as its pulse predicts</source>
        <translation>Team, wie sein Puls vorhersagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▲ Team doing better than its pulse predicts</source>
        <translation>▲ Team besser, als sein Puls vorhersagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>■ Team below what its pulse predicts</source>
        <translation>■ Team unter dem, was sein Puls vorhersagt</translation>
    </message>
</context>
<context>
    <name>fb::ui::fileDialogs</name>
    <message>
        <location filename="../ui/dialogs/FileDialogs.cpp" line="+86"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>fb::ui::scorecards</name>
    <message>
        <location filename="../report/ScorecardFormat.cpp" line="+61"/>
        <source>on target (score 80-100)</source>
        <translation>im Ziel (Punktwert 80–100)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>watch (score 50-79)</source>
        <translation>beobachten (Punktwert 50–79)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below (score under 50)</source>
        <translation>unterhalb (Punktwert unter 50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not enough data</source>
        <translation>zu wenige Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>n=%1 &lt; %2</source>
        <translation>n=%1 &lt; %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No data in this period.</source>
        <translation>Keine Daten in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;i&gt;Not enough data (n=%1 &amp;lt; %2): left out of the composite.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Zu wenige Daten (n=%1 &amp;lt; %2): nicht im Gesamtwert berücksichtigt.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value %1 (n = %2)</source>
        <translation>Wert %1 (n = %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;95% interval %1 (Wilson, %2 of %3)</source>
        <translation>&lt;br&gt;95-%-Intervall %1 (Wilson, %2 von %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;br&gt;Score %1 of 100 = 100 × clamp((value − %2) / (%3 − %2), 0, 1): %4</source>
        <translation>&lt;br&gt;Punktwert %1 von 100 = 100 × clamp((Wert − %2) / (%3 − %2), 0, 1): %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;Between bands: its 95% interval, %1, reaches from %2 %3 to %4 %5.</source>
        <translation>&lt;br&gt;Zwischen zwei Bändern: Das 95-%-Intervall, %1, reicht von %2 %3 bis %4 %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;br&gt;Weight %1, minimum sample %2</source>
        <translation>&lt;br&gt;Gewichtung %1, Mindeststichprobe %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>on %1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— not enough data (%1 of %2 evaluations)</source>
        <translation>– zu wenige Daten (%1 von %2 Bewertungen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../report/ScorecardPdf.cpp" line="+206"/>
        <source>— no QA</source>
        <translation>– keine QA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ QA ≥ %1</source>
        <translation>✔ QA ≥ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✖ QA &lt; %1</source>
        <translation>✖ QA &lt; %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (n=%2 &lt; %3)</source>
        <translation>%1 (n=%2 &lt; %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough data: %1. The composite stands on %2 of %3 weights.</source>
        <translation>Zu wenige Daten: %1. Der Gesamtwert beruht auf %2 von %3 Gewichtungen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 (%3)</source>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each cell: the value, its band and its score of 100 (“61.5 % ▼ 0”: 61.5 %, below, score 0).   ▲ on target (score ≥ 80)   ■ watch (50–79)   ▼ below (&lt; 50)   ▼/■ between bands: the 95% interval of the value reaches both   n=3 &lt; 5: not enough data, left out of the composite   ◔ row with small samples (its composite stands on fewer weights)</source>
        <translation>Jede Zelle: der Wert, sein Band und sein Punktwert von 100 („61,5 % ▼ 0“: 61,5 %, unterhalb, Punktwert 0).   ▲ im Ziel (Punktwert ≥ 80)   ■ beobachten (50–79)   ▼ unterhalb (&lt; 50)   ▼/■ zwischen zwei Bändern: Das 95-%-Intervall des Werts reicht in beide   n=3 &lt; 5: zu wenige Daten, nicht im Gesamtwert   ◔ Zeile mit kleinen Stichproben (ihr Gesamtwert beruht auf weniger Gewichtungen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each cell: the value, its band (▲ on target, ■ watch, ▼ below; ▼/■ when the 95% interval reaches two bands) and its score of 100. “61.5 % ▼ 0” is 61.5 %, below the band, score 0.</source>
        <translation>Jede Zelle: der Wert, sein Band (▲ im Ziel, ■ beobachten, ▼ unterhalb; ▼/■, wenn das 95-%-Intervall zwei Bänder erreicht) und sein Punktwert von 100. „61,5 % ▼ 0“ heißt 61,5 %, unterhalb, Punktwert 0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Team pulse</source>
        <translation>Team-Puls</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pulse of the agent&apos;s team, the same figure as the team&apos;s row: an agent never has the 5 answers the pulse needs, so it is no part of the agent&apos;s composite.</source>
        <translation>Der Puls des Teams, dieselbe Zahl wie in der Teamzeile: Ein Agent hat nie die 5 Antworten, die der Puls braucht, daher zählt er nicht zum Gesamtwert des Agenten.</translation>
    </message>
    <message>
        <location filename="../report/ScorecardPdf.cpp" line="-81"/>
        <source>%1 — scorecard %2</source>
        <translation>%1 – Scorecard %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (continued)</source>
        <translation> (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Definition v%1 · printed %2 · Floorboard. Each cell: value, band, score 0-100 (100 × clamp((value − floor) / (target − floor), 0, 1)).</source>
        <translation>Definition v%1 · gedruckt %2 · Floorboard. Jede Zelle: Wert, Band, Punktwert 0–100 (100 × clamp((Wert − Untergrenze) / (Ziel − Untergrenze), 0, 1)).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1
w %2 · n ≥ %3</source>
        <translation>%1
G %2 · n ≥ %3</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>%1
the team&apos;s, n ≥ %2</source>
        <translation>%1
des Teams, n ≥ %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Composite</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stands
on</source>
        <translation>Beruht
auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QA gate
≥ %1</source>
        <translation>QA-Schwelle
≥ %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Team total</source>
        <translation>Team gesamt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>— n &lt; %1</source>
        <translation>– n &lt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ pass</source>
        <translation>✔ bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✖ fail</source>
        <translation>✖ nicht bestanden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>
Periods add up numerators and denominators over the weeks; the team row adds up its agents (pulse: signed responses, and anonymous answers only in team-week cells of at least 5; shown from 5). Composite = sum(weight × score) / sum(weight) over metrics with enough data.</source>
        <translation>
Zeiträume summieren Zähler und Nenner über die Wochen; die Teamzeile summiert ihre Agenten (Puls: namentliche Antworten und anonyme Antworten nur in Team-Wochen-Zellen mit mindestens 5; angezeigt ab 5). Gesamtwert = Summe(Gewichtung × Punktwert) / Summe(Gewichtung) über die Kennzahlen mit genug Daten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No scorecard data in %1</source>
        <translation>Keine Scorecard-Daten in %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nothing to print</source>
        <translation>nichts zu drucken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Floorboard scorecards</source>
        <translation>Floorboard-Scorecards</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot draw the PDF</source>
        <translation>das PDF kann nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>fb::ui::scorecards::AgentCardDialog</name>
    <message>
        <location filename="../ui/pages/scorecards/AgentCardDialog.cpp" line="+37"/>
        <source>Agent card — %1</source>
        <translation>Agentenkarte – %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computing 13 weeks of %1…</source>
        <translation>13 Wochen für %1 werden berechnet…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coaching notes</source>
        <translation>Coaching-Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s coaching notes: when, on which attribute and metric, and when the follow-up is due.</source>
        <translation>Die Coaching-Notizen des Agenten: wann, zu welchem Kriterium und welcher Kennzahl und wann das Follow-up fällig ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot compute the card: %1</source>
        <translation>Die Karte kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2), %3. Solid line with dots: %1, each week with enough data; dashed: the median of the team&apos;s agents (pulse: the team&apos;s own pulse, at least 5 responses). △ coaching note. Gaps are weeks below the minimum sample.</source>
        <translation>%1 (%2), %3. Durchgezogene Linie mit Punkten: %1, jede Woche mit genug Daten; gestrichelt: der Median der Agenten des Teams (Puls: der eigene Puls des Teams, mindestens 5 Antworten). △ Coaching-Notiz. Lücken sind Wochen unter der Mindeststichprobe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (%)</source>
        <translation> (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (s)</source>
        <translation> (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (per 1000)</source>
        <translation> (pro 1000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (1-5)</source>
        <translation> (1–5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · lower is better</source>
        <translation> · niedriger ist besser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>team pulse</source>
        <translation>Puls des Teams</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>team median</source>
        <translation>Median des Teams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Coached on</source>
        <translation>Gecoacht am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attribute</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target metric</source>
        <translation>Zielkennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up due</source>
        <translation>Follow-up fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up</source>
        <translation>Follow-up erfolgt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No coaching notes in these 13 weeks.</source>
        <translation>Keine Coaching-Notizen in diesen 13 Wochen.</translation>
    </message>
</context>
<context>
    <name>fb::ui::scorecards::DefinitionDialog</name>
    <message>
        <location filename="../ui/pages/scorecards/DefinitionDialog.cpp" line="+29"/>
        <source>Scorecard definition</source>
        <translation>Scorecard-Definition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Editing version %1. Saving creates a new version; scorecards computed with earlier versions stay reproducible. Proportions are fractions (0.85 = 85 %). A floor above its target means lower is better.</source>
        <translation>Version %1 wird bearbeitet. Beim Speichern entsteht eine neue Version; mit früheren Versionen berechnete Scorecards bleiben reproduzierbar. Anteile sind Dezimalbrüche (0,85 = 85&#xa0;%). Eine Untergrenze über dem Zielwert bedeutet: niedriger ist besser.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One row per metric: whether the scorecard uses it, its floor and target, weight, minimum n and direction.</source>
        <translation>Eine Zeile pro Kennzahl: ob die Scorecard sie verwendet, Untergrenze und Ziel, Gewichtung, Mindest-n und Richtung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Perspective</source>
        <translation>Perspektive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Floor (score 0)</source>
        <translation>Untergrenze (Punktwert 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target (score 100)</source>
        <translation>Zielwert (Punktwert 100)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minimum n</source>
        <translation>Mindest-n</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>What changed and why, e.g. &quot;FCR target 0.82 after the Q3 review&quot;</source>
        <translation>Was sich geändert hat und warum, z.&#xa0;B. „FCR-Ziel 0,82 nach dem Q3-Review“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quality &amp;gate: QA at least</source>
        <translation>Qualitäts&amp;schwelle: QA mindestens</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as version %1</source>
        <translation>Als Version %1 speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>edited from v%1</source>
        <translation>bearbeitet aus v%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>✖ floor = target</source>
        <translation>✖ Untergrenze = Zielwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▼ lower is better</source>
        <translation>▼ niedriger ist besser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▲ higher is better</source>
        <translation>▲ höher ist besser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total weight %1.</source>
        <translation>Gesamtgewichtung %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::scorecards::HappinessTab</name>
    <message>
        <location filename="../ui/pages/scorecards/HappinessTab.cpp" line="+28"/>
        <source>Last 13 weeks</source>
        <translation>Letzte 13 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 26 weeks</source>
        <translation>Letzte 26 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 52 weeks</source>
        <translation>Letzte 52 Wochen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team-weeks:</source>
        <translation>Team-Wochen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning labs by:</source>
        <translation>Lernlabore nach:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Learning labs&lt;/b&gt;: teams whose outcome sits far (one residual SD or more; at least 3 teams) from what their pulse predicts — places to learn from, not failures.</source>
        <translation>&lt;b&gt;Lernlabore&lt;/b&gt;: Teams, deren Ergebnis weit (eine Residuen-SD oder mehr; mindestens 3 Teams) von dem abweicht, was ihr Puls vorhersagt – Orte, von denen man lernen kann, keine Fehlschläge.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Computing correlations over %1…</source>
        <translation>Korrelationen über %1 werden berechnet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot compute: %1</source>
        <translation>Berechnung nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: how each pulse dimension moves with each outcome inside a team, the same week to 4 weeks later (Spearman ρ within teams; n = team-weeks paired).&lt;br&gt;&lt;b&gt;Bold&lt;/b&gt;: q &amp;lt; 0.05 (Benjamini–Hochberg): %3 of %2 tests; about %5 of these marks may still be chance.&lt;br&gt;With no link at all, chance alone would put about %4 of the %2 cells below p = 0.05. Correlation is not cause.</source>
        <translation>%1: wie sich jede Pulsdimension innerhalb eines Teams mit jedem Ergebnis bewegt, dieselbe Woche bis 4 Wochen später (Spearmans ρ innerhalb der Teams; n = gepaarte Team-Wochen).&lt;br&gt;&lt;b&gt;Fett&lt;/b&gt;: q &amp;lt; 0,05 (Benjamini–Hochberg): %3 von %2 Tests; etwa %5 dieser Markierungen können dennoch Zufall sein.&lt;br&gt;Ganz ohne Zusammenhang brächte der Zufall allein etwa %4 der %2 Zellen unter p = 0,05. Korrelation ist keine Ursache.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source> (%)</source>
        <translation> (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (s)</source>
        <translation> (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (per 1000)</source>
        <translation> (pro 1000)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teams: mean pulse and mean %1, %2</source>
        <translation>Teams: Puls und %1 im Mittel, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean weekly pulse (1–5)</source>
        <translation>Puls im Wochenmittel (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean weekly %1%2</source>
        <translation>%1 im Wochenmittel%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site-wide line: what the pulse predicts</source>
        <translation>Standortweite Gerade: was der Puls vorhersagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No team has weeks with both a pulse (5 responses or more) and %1</source>
        <translation>Kein Team hat Wochen mit Puls (5 Antworten oder mehr) und %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: pulse %2, %3 %4, over %5 team-weeks</source>
        <translation>%1: Puls %2, %3 %4, über %5 Team-Wochen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pulse dimension</source>
        <translation>Pulsdimension</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same week</source>
        <translation>Dieselbe Woche</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ρ %1%2 (n=%3)</source>
        <translation>ρ %1%2 (n=%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ρ = %1 within %2, n = %3, p = %4%5, q = %6</source>
        <translation>ρ = %1 innerhalb von %2, n = %3, p = %4%5, q = %6</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln Team</numerusform>
            <numerusform>%Ln Teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln team-week(s)</source>
        <translation>
            <numerusform>%Ln Team-Woche</numerusform>
            <numerusform>%Ln Team-Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Team-weeks with ≥ 5 pulse responses. Each team&apos;s weekly series is centred on its own mean, so a difference in level between teams is no link; ranks with ties averaged. p: exact over every within-team permutation for n ≤ 10, else t = ρ √(df/(1−ρ²)) with df = n − teams − 1. q: Benjamini–Hochberg over the grid. See docs/scorecard.md.</source>
        <translation>Team-Wochen mit ≥ 5 Pulse-Antworten. Die Wochenreihe jedes Teams wird um ihren eigenen Mittelwert zentriert, sodass ein Niveauunterschied zwischen Teams kein Zusammenhang ist; Ränge bei Gleichstand gemittelt. p: exakt über jede Permutation innerhalb der Teams für n ≤ 10, sonst t = ρ √(df/(1−ρ²)) mit df = n − Teams − 1. q: Benjamini–Hochberg über das Raster. Siehe docs/scorecard.md.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Correlations of pulse dimensions with outcomes</source>
        <translation>Korrelationen der Pulse-Dimensionen mit den Ergebnissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per pulse dimension and outcome: how strongly they move together, in the same week and weeks later.</source>
        <translation>Eine Zeile pro Pulsdimension und Ergebnis: wie stark sie zusammenhängen, in derselben Woche und Wochen später.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Learning labs</source>
        <translation>Lernlabore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams whose outcome sits far from what their pulse predicts, to learn from.</source>
        <translation>Lernlabore: Teams, deren Ergebnis deutlich von dem abweicht, was ihr Puls erwarten lässt.</translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>+%n week(s)</source>
        <translation>
            <numerusform>+%n Woche</numerusform>
            <numerusform>+%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+2"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source> (exact)</source>
        <translation> (exakt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>n=%1: too few</source>
        <translation>n=%1: zu wenige</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean pulse</source>
        <translation>Mittlerer Puls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean %1</source>
        <translation>Mittelwert %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap to prediction</source>
        <translation>Abstand zur Vorhersage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading</source>
        <translation>Einordnung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1%2%3</source>
        <translation>%1%2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▲ Learning lab: does better than its pulse predicts</source>
        <translation>▲ Lernlabor: besser, als sein Puls vorhersagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▼ Learning lab: below what its pulse predicts — ask what gets in the way</source>
        <translation>▼ Lernlabor: schlechter, als sein Puls vorhersagt – fragen Sie, was im Weg steht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as its pulse predicts</source>
        <translation>wie sein Puls vorhersagt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Learning labs need at least 3 teams with pulse and outcome data: with fewer, the site-wide line runs through every team.</source>
        <translation>Lernlabore brauchen mindestens 3 Teams mit Puls- und Ergebnisdaten: Bei weniger Teams verläuft die standortweite Linie durch jedes Team.</translation>
    </message>
</context>
<context>
    <name>fb::ui::scorecards::ScorecardCellActions</name>
    <message>
        <location filename="../ui/pages/scorecards/ScorecardCellActions.cpp" line="+41"/>
        <source>Agent card…</source>
        <translation>Agentenkarte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts behind this figure…</source>
        <translation>Kontakte hinter dieser Zahl…</translation>
    </message>
</context>
<context>
    <name>fb::ui::scorecards::ScorecardDrillDown</name>
    <message>
        <location filename="../ui/pages/scorecards/ScorecardDrillDown.cpp" line="+20"/>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 contacts</source>
        <translation>%L1 Kontakte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 surveyed contact</source>
        <translation>1 befragter Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 surveyed contacts</source>
        <translation>%L1 befragte Kontakte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 contact with a known first-contact resolution</source>
        <translation>1 Kontakt mit bekannter Erstlösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 contacts with a known first-contact resolution</source>
        <translation>%L1 Kontakte mit bekannter Erstlösung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Contacts behind: %1 of %2, %3 — %4</source>
        <translation>Kontakte hinter: %1 von %2, %3 — %4</translation>
    </message>
</context>
<context>
    <name>fb::ui::scorecards::ScorecardFilters</name>
    <message>
        <location filename="../ui/pages/scorecards/ScorecardFilters.cpp" line="+22"/>
        <source>The last week of the period (ISO weeks, Monday first)</source>
        <translation>Die letzte Woche des Zeitraums (ISO-Wochen, beginnend mit Montag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 8 weeks</source>
        <translation>Letzte 8 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 13 weeks</source>
        <translation>Letzte 13 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A period of several weeks adds up numerators and denominators; it never averages weekly rates.</source>
        <translation>Ein Zeitraum aus mehreren Wochen summiert Zähler und Nenner; er mittelt nie wöchentliche Quoten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agents of a team</source>
        <translation>Agenten eines Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Definition version: past scorecards are reproduced with the version they used.</source>
        <translation>Definitionsversion: Frühere Scorecards werden mit der Version reproduziert, mit der sie berechnet wurden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week:</source>
        <translation>&amp;Woche:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Level:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Definition:</source>
        <translation>&amp;Definition:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+66"/>
        <source>v%1 · %2</source>
        <translation>v%1 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
</context>
<context>
    <name>fb::ui::scorecards::ScorecardModel</name>
    <message>
        <location filename="../ui/pages/scorecards/ScorecardModel.cpp" line="+71"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Composite</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stands on</source>
        <translation>Beruht auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality gate</source>
        <translation>Qualitätsschwelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2): %3
floor %4, target %5 (%6), weight %7, minimum n %8</source>
        <translation>%1 (%2): %3
Untergrenze %4, Ziel %5 (%6), Gewichtung %7, Mindest-n %8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sum(weight × score) / sum(weight) over the metrics with enough data</source>
        <translation>Summe(Gewichtung × Punktwert) / Summe(Gewichtung) über die Kennzahlen mit genug Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weights the composite stands on, of all weights of the definition</source>
        <translation>Die Gewichtungen, auf denen der Gesamtwert beruht, von allen Gewichtungen der Definition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Green when QA ≥ %1</source>
        <translation>Grün bei QA ≥ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions in the period</source>
        <translation>Kontakte im Zeitraum</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Every metric has enough data.</source>
        <translation>Jede Kennzahl hat genug Daten.</translation>
    </message>
</context>
<context>
    <name>fb::ui::scorecards::ScorecardPage</name>
    <message>
        <location filename="../ui/pages/scorecards/ScorecardPage.cpp" line="+70"/>
        <source>Agent &amp;card…</source>
        <translation>Agenten&amp;karte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>13-week trends of the selected agent against the team median (or double-click a row)</source>
        <translation>13-Wochen-Trends des ausgewählten Agenten im Vergleich zum Teammedian (oder Doppelklick auf eine Zeile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit definition…</source>
        <translation>Definition &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export C&amp;SV…</source>
        <translation>C&amp;SV exportieren…</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+18"/>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>One row per agent or team: a score for each metric of the definition over the chosen weeks; double-click opens the contacts behind a figure.</source>
        <translation>Eine Zeile pro Agent oder Team: ein Punktwert für jede Kennzahl der Definition über die gewählten Wochen; Doppelklick öffnet die Kontakte hinter einem Wert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Happiness and results</source>
        <translation>Teamstimmung und Ergebnisse</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading weeks and teams…</source>
        <translation>Wochen und Teams werden gelesen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the database: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No interactions yet: import interactions (or create the demo site) to see scorecards.</source>
        <translation>Noch keine Kontakte: Importieren Sie Kontakte (oder legen Sie den Demo-Standort an), um Scorecards zu sehen.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Computing %1…</source>
        <translation>%1 wird berechnet…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot compute the scorecard: %1</source>
        <translation>Die Scorecard kann nicht berechnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln agent(s)</source>
        <translation>
            <numerusform>%Ln Agent</numerusform>
            <numerusform>%Ln Agenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln Team</numerusform>
            <numerusform>%Ln Teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln site(s)</source>
        <translation>
            <numerusform>%Ln Standort</numerusform>
            <numerusform>%Ln Standorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+126"/>
        <source>%Ln row(s) written to %1</source>
        <translation>
            <numerusform>%Ln Zeile in %1 geschrieben</numerusform>
            <numerusform>%Ln Zeilen in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="-125"/>
        <source>%1%2 · %3 · definition v%4 · %5 with small samples (◔)</source>
        <translation>%1%2 · %3 · Definition v%4 · %5 mit kleinen Stichproben (◔)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Saving the definition…</source>
        <translation>Definition wird gespeichert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scorecard definition</source>
        <translation>Scorecard-Definition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The definition was not saved: %1</source>
        <translation>Die Definition wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+5"/>
        <source>Export scorecard</source>
        <translation>Scorecard exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fb::ui::scorecards::ScorecardPrint</name>
    <message>
        <location filename="../ui/pages/scorecards/ScorecardPrint.cpp" line="+16"/>
        <source>&amp;Print PDF</source>
        <translation>PDF dr&amp;ucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints what is on screen, or every team&apos;s agents; one page per team, readable in black and white</source>
        <translation>Druckt, was angezeigt wird, oder die Agenten aller Teams; eine Seite pro Team, lesbar in Schwarz-Weiß</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>All teams…</source>
        <translation>Alle Teams…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This team: %1…</source>
        <translation>Dieses Team: %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The teams, as shown…</source>
        <translation>Die Teams, wie angezeigt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sites, as shown…</source>
        <translation>Die Standorte, wie angezeigt…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print scorecards</source>
        <translation>Scorecards drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write the PDF: there is no week with data yet.</source>
        <translation>Das PDF kann nicht geschrieben werden: Es gibt noch keine Woche mit Daten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preparing the PDF…</source>
        <translation>PDF wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write the PDF: %1</source>
        <translation>Das PDF kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF of 1 page written to %1</source>
        <translation>PDF mit 1 Seite nach %1 geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF of %1 pages written to %2</source>
        <translation>PDF mit %1 Seiten nach %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+104"/>
        <source>Floorboard — console for contact-center team leads</source>
        <translation>Floorboard – Konsole für Teamleitungen im Contact Center</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database file, or a site server&apos;s address (postgresql://dbhost/site), to open.</source>
        <translation>Zu öffnende Datenbankdatei oder Adresse eines Standortservers (postgresql://dbhost/site).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the demo site when the database does not exist (without DATABASE: the default demo site).</source>
        <translation>Den Demo-Standort anlegen, wenn die Datenbank nicht existiert (ohne DATABASE: der Standard-Demo-Standort).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a PNG of the window after loading, then quit.</source>
        <translation>Nach dem Laden ein PNG des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page for --screenshot: agents, interactions, scorecards, quality, coaching, calibration or friction.</source>
        <translation>Seite für --screenshot: agents, interactions, scorecards, quality, coaching, calibration oder friction.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --screenshot and a feature page: show its tab N (from 1).</source>
        <translation>Mit --screenshot und einer Fachseite: deren Reiter N zeigen (ab 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent filter for --screenshot.</source>
        <translation>Agentenfilter für --screenshot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window size for --screenshot.</source>
        <translation>Fenstergröße für --screenshot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearance for this run: system, light or dark (View &gt; Appearance is not changed).</source>
        <translation>Erscheinungsbild für diesen Start: system, light oder dark (Ansicht &gt; Erscheinungsbild bleibt unverändert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --screenshot: show the import dialog on this CSV file.</source>
        <translation>Mit --screenshot: den Importdialog für diese CSV-Datei anzeigen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>floorboard: no display found (DISPLAY and WAYLAND_DISPLAY are not set). Floorboard is a desktop program. On a machine without a screen, floorboard-cli does the same work (floorboard-cli --help).</source>
        <translation>floorboard: kein Display gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Floorboard ist ein Desktop-Programm. Auf einem Rechner ohne Bildschirm erledigt floorboard-cli dieselbe Arbeit (floorboard-cli --help).</translation>
    </message>
</context>
</TS>
