<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ColumnLabels</name>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="23"/>
        <source>Agent ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="24"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="25"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="26"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="27"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="28"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="29"/>
        <source>Hired on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="30"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="31"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="32"/>
        <source>Interaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="33"/>
        <source>Started at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="34"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="35"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="36"/>
        <source>Handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="37"/>
        <source>FCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="38"/>
        <source>Repeat contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="39"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="40"/>
        <source>Defects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="41"/>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="42"/>
        <source>Contact reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="43"/>
        <source>Evaluation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="44"/>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="45"/>
        <source>Evaluated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="46"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="47"/>
        <source>Response ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="48"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="49"/>
        <source>Note ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="50"/>
        <source>Ticket ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="51"/>
        <source>Recognition ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="52"/>
        <source>To agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="89"/>
        <source>First-contact resolution: solved without a repeat contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="91"/>
        <source>Customer satisfaction, 1 (poor) to 5 (great)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="92"/>
        <source>%1
CSV column: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="141"/>
        <source>NA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="146"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="147"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="108"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="110"/>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="112"/>
        <source>QA evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="114"/>
        <source>Pulse responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="116"/>
        <source>Coaching notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="118"/>
        <source>Feedback tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CellFormat.cpp" line="120"/>
        <source>Recognitions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="31"/>
        <source>Floorboard databases (*.floorboard *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::AgentsPage</name>
    <message>
        <location filename="../ui/pages/AgentsPage.cpp" line="20"/>
        <source>Search names, IDs, supervisors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/AgentsPage.cpp" line="23"/>
        <source>No agents yet.&lt;br&gt;Use &lt;b&gt;File ▸ Import CSV…&lt;/b&gt; to import your agent list, or &lt;b&gt;File ▸ Create demo site…&lt;/b&gt; to try Floorboard with sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/AgentsPage.cpp" line="25"/>
        <source>No agents match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/AgentsPage.cpp" line="25"/>
        <source>%L1 agents shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/AgentsPage.cpp" line="25"/>
        <source>— scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/AgentsPage.cpp" line="27"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/AgentsPage.cpp" line="29"/>
        <location filename="../ui/pages/AgentsPage.cpp" line="109"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/AgentsPage.cpp" line="31"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/AgentsPage.cpp" line="42"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/AgentsPage.cpp" line="44"/>
        <source>Everyone on the floor. Double-click an agent to see their interactions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::BrowsePanel</name>
    <message>
        <location filename="../ui/pages/BrowsePanel.cpp" line="84"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/BrowsePanel.cpp" line="90"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::DemoDialog</name>
    <message>
        <location filename="../ui/dialogs/DemoDialog.cpp" line="32"/>
        <source>Create Demo Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DemoDialog.cpp" line="42"/>
        <source>A realistic contact center with agents, teams, interactions, QA, pulses and coaching, to try Floorboard without your own data. The same seed always gives the same site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DemoDialog.cpp" line="48"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DemoDialog.cpp" line="54"/>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DemoDialog.cpp" line="57"/>
        <source>&amp;Agents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DemoDialog.cpp" line="58"/>
        <source>&amp;Teams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DemoDialog.cpp" line="59"/>
        <source>&amp;Weeks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DemoDialog.cpp" line="60"/>
        <source>&amp;Contacts per agent and week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DemoDialog.cpp" line="61"/>
        <source>First &amp;week starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DemoDialog.cpp" line="62"/>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DemoDialog.cpp" line="65"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DemoDialog.cpp" line="99"/>
        <source>Save Demo Site As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DemoDialog.cpp" line="100"/>
        <source>Floorboard databases (*.floorboard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/ExportDialog.cpp" line="24"/>
        <source>For &amp;Excel (UTF-8 with byte order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ExportDialog.cpp" line="25"/>
        <source>&amp;Raw values (do not protect cells that look like formulas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ExportDialog.cpp" line="27"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ExportDialog.cpp" line="31"/>
        <source>Excel on Windows needs the byte order mark to read accents and umlauts correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ExportDialog.cpp" line="32"/>
        <source>By default, a cell starting with = + - or @ gets a leading apostrophe so a spreadsheet does not run it as a formula. Tick this only for other tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ExportDialog.cpp" line="35"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ExportDialog.cpp" line="41"/>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ExportDialog.cpp" line="42"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ExportDialog.cpp" line="49"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ExportDialog.cpp" line="92"/>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ExportDialog.cpp" line="92"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="34"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="255"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="262"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="274"/>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="111"/>
        <source>Choose a CSV File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="112"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="121"/>
        <source>Write Rejected Rows To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="122"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="138"/>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="59"/>
        <source>Choose a CSV file to see how Floorboard reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="141"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="159"/>
        <source>Detected: %1 · delimiter “%2” · %3 line endings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="182"/>
        <source>Floorboard cannot read this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="202"/>
        <source>… and %L1 more problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="206"/>
        <source>&lt;b&gt;Problems (%L1)&lt;/b&gt; — Floorboard imports nothing while any row has a problem, unless “Skip invalid rows” is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="210"/>
        <source>&lt;b&gt;Notes&lt;/b&gt; — nothing stops the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="212"/>
        <source>&lt;b&gt;No problems&lt;/b&gt; in the rows read so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="218"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="228"/>
        <source>Load Mapping Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="219"/>
        <source>Mapping profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="243"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="248"/>
        <source>Save Mapping Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="244"/>
        <source>Mapping profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="255"/>
        <source>Choose a file for the rejected rows first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="262"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="275"/>
        <source>The file was not imported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="288"/>
        <source>Import cancelled — nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="290"/>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="292"/>
        <source>Nothing was imported: some rows have problems. Fix them in the file, or tick “Skip invalid rows” to import the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="295"/>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="29"/>
        <source>Choose a CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="30"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="36"/>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="42"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="37"/>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="38"/>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="39"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="40"/>
        <source>Pipe ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="47"/>
        <source>ISO 8601, e.g. 2026-07-06 09:15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="48"/>
        <source>For other date formats, write them as Qt does: dd/MM/yyyy H:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="50"/>
        <source>Create &amp;missing agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="51"/>
        <source>Agent IDs not yet known are added to team “Unassigned”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="52"/>
        <source>&amp;Update rows that exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="53"/>
        <source>Rows whose ID is already in the database are replaced by the file&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="54"/>
        <source>&amp;Skip invalid rows, write them to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="56"/>
        <source>rejected rows file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="57"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="64"/>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="68"/>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="74"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="71"/>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="72"/>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="96"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="99"/>
        <source>Import &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="101"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="103"/>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="104"/>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="105"/>
        <source>Dates &amp;written as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="107"/>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="123"/>
        <source>&amp;Load Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="124"/>
        <source>Sa&amp;ve Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialogLayout.cpp" line="125"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::InteractionsPage</name>
    <message>
        <location filename="../ui/pages/InteractionsPage.cpp" line="22"/>
        <source>Search queues, reasons, IDs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/InteractionsPage.cpp" line="26"/>
        <source>No interactions yet.&lt;br&gt;Use &lt;b&gt;File ▸ Import CSV…&lt;/b&gt; to import an interactions export, or &lt;b&gt;File ▸ Create demo site…&lt;/b&gt; to try Floorboard with sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/InteractionsPage.cpp" line="28"/>
        <source>No interactions match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/InteractionsPage.cpp" line="28"/>
        <source>%L1 interactions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/InteractionsPage.cpp" line="28"/>
        <source>— scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/InteractionsPage.cpp" line="35"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/InteractionsPage.cpp" line="38"/>
        <location filename="../ui/pages/InteractionsPage.cpp" line="125"/>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/InteractionsPage.cpp" line="40"/>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/InteractionsPage.cpp" line="51"/>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/InteractionsPage.cpp" line="52"/>
        <source>Calls, chats and emails as imported, in interaction ID order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::JobRunner</name>
    <message>
        <location filename="../ui/jobs/JobRunner.cpp" line="9"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobRunner.cpp" line="20"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="31"/>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>Floorboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="50"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <source>Everyone on the floor (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Calls, chats and emails (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72"/>
        <source>Coming later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82"/>
        <source>Friction to flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>No database is open.&lt;br&gt;Use &lt;b&gt;File ▸ Open…&lt;/b&gt;, &lt;b&gt;File ▸ New Database…&lt;/b&gt; or &lt;b&gt;File ▸ Create Demo Site…&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source>Could not read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>%1 — Floorboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="221"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Counts unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <source>%1: %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>%L1 agents · %L2 interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>Interactions from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246"/>
        <source>Schema v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="45"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="46"/>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="47"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="48"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="51"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="51"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="53"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="53"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="55"/>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="57"/>
        <source>Create &amp;Demo Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="59"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="62"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="63"/>
        <source>&amp;Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="63"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="65"/>
        <source>&amp;Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="65"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="68"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="70"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="71"/>
        <source>&amp;About Floorboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="73"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="86"/>
        <location filename="../ui/MainWindowActions.cpp" line="117"/>
        <location filename="../ui/MainWindowActions.cpp" line="121"/>
        <location filename="../ui/MainWindowActions.cpp" line="239"/>
        <location filename="../ui/Startup.cpp" line="22"/>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="86"/>
        <location filename="../ui/MainWindowActions.cpp" line="121"/>
        <location filename="../ui/MainWindowActions.cpp" line="239"/>
        <location filename="../ui/Startup.cpp" line="22"/>
        <source>Floorboard cannot open this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="90"/>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="92"/>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="99"/>
        <location filename="../ui/MainWindowActions.cpp" line="107"/>
        <location filename="../ui/MainWindowActions.cpp" line="111"/>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="107"/>
        <source>The existing file could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="111"/>
        <source>Floorboard cannot create this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="128"/>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="129"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="151"/>
        <location filename="../ui/MainWindowActions.cpp" line="161"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="151"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="161"/>
        <source>The export did not finish; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="165"/>
        <source>Exported %L1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="176"/>
        <location filename="../ui/MainWindowActions.cpp" line="180"/>
        <location filename="../ui/MainWindowActions.cpp" line="185"/>
        <location filename="../ui/MainWindowActions.cpp" line="194"/>
        <source>Back Up Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="180"/>
        <source>Choose another file than the open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="185"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="194"/>
        <source>The backup was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="197"/>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="213"/>
        <location filename="../ui/MainWindowActions.cpp" line="225"/>
        <location filename="../ui/MainWindowActions.cpp" line="237"/>
        <source>Create Demo Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="214"/>
        <source>%1 already exists. Replace it with the demo site?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="225"/>
        <source>Creating the demo site in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="237"/>
        <source>The demo site was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="242"/>
        <source>Demo site created: %L1 agents, %L2 interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="254"/>
        <source>About Floorboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="255"/>
        <source>&lt;h3&gt;Floorboard %1&lt;/h3&gt;&lt;p&gt;A console for contact-center team leads: agents, interactions, and soon scorecards, coaching and feedback — on your own computer, from the CSV exports you already have.&lt;/p&gt;&lt;p&gt;Database schema version %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::MappingTable</name>
    <message>
        <location filename="../ui/dialogs/MappingTable.cpp" line="14"/>
        <source>Floorboard column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MappingTable.cpp" line="14"/>
        <source>Read from file column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MappingTable.cpp" line="14"/>
        <location filename="../ui/dialogs/MappingTable.cpp" line="65"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MappingTable.cpp" line="21"/>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MappingTable.cpp" line="45"/>
        <source>(not in file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MappingTable.cpp" line="65"/>
        <source>Required — missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
