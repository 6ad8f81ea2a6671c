<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessibilityNotice</name>
    <message>
        <location filename="../../desktop/app.py" line="558" />
        <source>{explanation}.</source>
        <translation>{explanation}.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="566" />
        <source>Show the macOS prompt</source>
        <translation>Show the macOS prompt</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="569" />
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>AlternativeEditor</name>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="60" />
        <source>+ Add a message</source>
        <translation>+ Add a message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="61" />
        <source>− Remove the last message</source>
        <translation>− Remove the last message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="75" />
        <source>The message the customer reads</source>
        <translation>The message the customer reads</translation>
    </message>
</context>
<context>
    <name>CountdownBar</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="199" />
        <source>{count} more waiting: choose one when answered</source>
        <translation>{count} more waiting: choose one when answered</translation>
    </message>
</context>
<context>
    <name>CountdownChip</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="68" />
        <source>{label}: {state}, target {target}s. Click when answered; right-click to discard.</source>
        <translation>{label}: {state}, target {target}s. Click when answered; right-click to discard.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="102" />
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="103" />
        <source>Discard (not counted)</source>
        <translation>Discard (not counted)</translation>
    </message>
</context>
<context>
    <name>Countdowns</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="29" />
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="30" />
        <source>almost due</source>
        <translation>almost due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="31" />
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="34" />
        <source>greet</source>
        <translation>greet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="35" />
        <source>reply</source>
        <translation>reply</translation>
    </message>
</context>
<context>
    <name>EntryEditing</name>
    <message>
        <location filename="../../desktop/ui/editing.py" line="75" />
        <source>This is a team reply: saving makes your personal copy of it; the original stays and you can revert to it</source>
        <translation>This is a team reply: saving makes your personal copy of it; the original stays and you can revert to it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="80" />
        <source>This is a bundled reply: saving makes your personal copy of it; the original stays and you can revert to it</source>
        <translation>This is a bundled reply: saving makes your personal copy of it; the original stays and you can revert to it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="110" />
        <source>{question} (copy)</source>
        <translation>{question} (copy)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="120" />
        <source>Team and bundled replies cannot be deleted here: edit to make your own copy, or ask your team lead.</source>
        <translation>Team and bundled replies cannot be deleted here: edit to make your own copy, or ask your team lead.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="143" />
        <source>Revert to the team version?
({path}; the previous version is backed up)</source>
        <translation>Revert to the team version?
({path}; the previous version is backed up)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="145" />
        <source>Revert to the bundled version?
({path}; the previous version is backed up)</source>
        <translation>Revert to the bundled version?
({path}; the previous version is backed up)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="147" />
        <source>Delete “{question}”?
({path}; the previous version is backed up)</source>
        <translation>Delete “{question}”?
({path}; the previous version is backed up)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="156" />
        <source>Not deleted: {error}</source>
        <translation>Not deleted: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="159" />
        <source>Deleted: {question}</source>
        <translation>Deleted: {question}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="183" />
        <source>Import replies</source>
        <translation>Import replies</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="117" />
        <source>Edit reply</source>
        <translation>Edit reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="117" />
        <source>New reply</source>
        <translation>New reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="124" />
        <source>Other ways customers ask, one per line</source>
        <translation>Other ways customers ask, one per line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="147" />
        <source>+ Another wording</source>
        <translation>+ Another wording</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="175" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="176" />
        <source>Also asked as</source>
        <translation>Also asked as</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="177" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="181" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="182" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="183" />
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="186" />
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="187" />
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="188" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="220" />
        <location filename="../../desktop/ui/entry_editor.py" line="325" />
        <source>{error}
Fix this file before saving here</source>
        <translation>{error}
Fix this file before saving here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="269" />
        <source>Already used by “{question}”</source>
        <translation>Already used by “{question}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="292" />
        <source>A question, a category and a reply are needed</source>
        <translation>A question, a category and a reply are needed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="313" />
        <source>Not saved: {error}</source>
        <translation>Not saved: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="333" />
        <source>The file changed</source>
        <translation>The file changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="335" />
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="337" />
        <source>— On disk now —
{theirs}

— Yours —
{ours}</source>
        <translation>— On disk now —
{theirs}

— Yours —
{ours}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="341" />
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="342" />
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
</context>
<context>
    <name>HotkeyRecorder</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="324" />
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="325" />
        <source>Click here, then press the new combination</source>
        <translation>Click here, then press the new combination</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="40" />
        <source>Qianniu quick phrases / Espanso / CSV / YAML / script books (*.csv *.xlsx *.yml *.yaml *.md *.txt *.json);;All files (*)</source>
        <translation>Qianniu quick phrases / Espanso / CSV / YAML / script books (*.csv *.xlsx *.yml *.yaml *.md *.txt *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="73" />
        <source>Import replies</source>
        <translation>Import replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="81" />
        <source>Pick a playbook to update, or type a new name</source>
        <translation>Pick a playbook to update, or type a new name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="83" />
        <source>Into playbook</source>
        <translation>Into playbook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="89" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="110" />
        <location filename="../../desktop/ui/import_dialog.py" line="151" />
        <source>Cannot import {file}</source>
        <translation>Cannot import {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="120" />
        <source>Make the fill-ins placeholders the agent fills in: {found}</source>
        <translation>Make the fill-ins placeholders the agent fills in: {found}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="127" />
        <source>the same in every chat: set it once here</source>
        <translation>the same in every chat: set it once here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="161" />
        <source>Nothing to change</source>
        <translation>Nothing to change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="176" />
        <source>Imported {count} replies into {file}</source>
        <translation>Imported {count} replies into {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="183" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../desktop/ui/panels.py" line="186" />
        <source>About QuickReply</source>
        <translation>About QuickReply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="188" />
        <source>QuickReply {version}

Quick replies for shop customer service

Playbooks: {playbooks}
Settings: {settings}</source>
        <translation>QuickReply {version}

Quick replies for shop customer service

Playbooks: {playbooks}
Settings: {settings}</translation>
    </message>
</context>
<context>
    <name>Paster</name>
    <message>
        <location filename="../../desktop/ui/paste.py" line="173" />
        <source>Reply copied: press {paste} in the chat app to paste it</source>
        <translation>Reply copied: press {paste} in the chat app to paste it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paste.py" line="178" />
        <source>Could not bring back the chat window; the reply is copied: press {paste} in the chat app to paste it</source>
        <translation>Could not bring back the chat window; the reply is copied: press {paste} in the chat app to paste it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paste.py" line="182" />
        <source>{error}; the reply is copied: press {paste} in the chat app to paste it</source>
        <translation>{error}; the reply is copied: press {paste} in the chat app to paste it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paste.py" line="188" />
        <source>Pasted. Your own clipboard could not be kept: the program holding it is not answering</source>
        <translation>Pasted. Your own clipboard could not be kept: the program holding it is not answering</translation>
    </message>
</context>
<context>
    <name>PlaceholderForm</name>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="230" />
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="231" />
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="232" />
        <source>Customer's name</source>
        <translation>Customer's name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="233" />
        <source>Answer by (time)</source>
        <translation>Answer by (time)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="234" />
        <source>Restock date</source>
        <translation>Restock date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="235" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="236" />
        <source>Coupon code</source>
        <translation>Coupon code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="237" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="255" />
        <source>Fill in, then Enter pastes (Esc: back)</source>
        <translation>Fill in, then Enter pastes (Esc: back)</translation>
    </message>
</context>
<context>
    <name>QuickReplyApp</name>
    <message>
        <location filename="../../desktop/app.py" line="57" />
        <source>show</source>
        <translation>show</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="58" />
        <source>new customer</source>
        <translation>new customer</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="59" />
        <source>customer asked</source>
        <translation>customer asked</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="60" />
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="312" />
        <source>{action} hotkey: {error}</source>
        <translation>{action} hotkey: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="414" />
        <source>Your replies are imported. Keep searching the bundled example replies too? They tell customers a demo shop's facts until you set yours (F4).</source>
        <translation>Your replies are imported. Keep searching the bundled example replies too? They tell customers a demo shop's facts until you set yours (F4).</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="421" />
        <source>Switch the bundled replies off</source>
        <translation>Switch the bundled replies off</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="423" />
        <source>Keep them</source>
        <translation>Keep them</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="437" />
        <source>The bundled replies are off until a restart: {path} could not be saved ({reason})</source>
        <translation>The bundled replies are off until a restart: {path} could not be saved ({reason})</translation>
    </message>
</context>
<context>
    <name>ReplyFlow</name>
    <message>
        <location filename="../../desktop/ui/reply_flow.py" line="294" />
        <source>Copied: paste it with {paste}</source>
        <translation>Copied: paste it with {paste}</translation>
    </message>
</context>
<context>
    <name>ResponseChart</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="121" />
        <source>{count} answered, counted per {bin} seconds</source>
        <translation>{count} answered, counted per {bin} seconds</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="128" />
        <source>target {target}s</source>
        <translation>target {target}s</translation>
    </message>
</context>
<context>
    <name>ResultModel</name>
    <message>
        <location filename="../../desktop/ui/result_model.py" line="25" />
        <source>bundled</source>
        <translation>bundled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_model.py" line="26" />
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_model.py" line="27" />
        <source>personal</source>
        <translation>personal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/result_model.py" line="75" />
        <source>personal copy of {layer} entry</source>
        <translation>personal copy of {layer} entry</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="64" />
        <source>Enter paste</source>
        <translation>Enter paste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="65" />
        <source>Alt+1…9 paste that row</source>
        <translation>Alt+1…9 paste that row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="66" />
        <source>Tab next wording</source>
        <translation>Tab next wording</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="67" />
        <source>Ctrl+C copy</source>
        <translation>Ctrl+C copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="68" />
        <source>Ctrl+T timers</source>
        <translation>Ctrl+T timers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="66" />
        <source>F1 rules</source>
        <translation>F1 rules</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="55" />
        <source>F3 today</source>
        <translation>F3 today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="70" />
        <source>Esc hide</source>
        <translation>Esc hide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="97" />
        <source>Part {number} of {count} ready</source>
        <translation>Part {number} of {count} ready</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="343" />
        <source>Type a question, pinyin, initials or keywords…</source>
        <translation>Type a question, pinyin, initials or keywords…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="435" />
        <source>… {count} more (quickreply lint shows all)</source>
        <translation>… {count} more (quickreply lint shows all)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="597" />
        <source>{status}: Enter sends it, Esc keeps it for later</source>
        <translation>{status}: Enter sends it, Esc keeps it for later</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="617" />
        <source>Edit (F2)</source>
        <translation>Edit (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="618" />
        <source>Duplicate (Ctrl+D)</source>
        <translation>Duplicate (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="620" />
        <source>Revert to the {layer} version</source>
        <translation>Revert to the {layer} version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="622" />
        <source>Delete (Del)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="787" />
        <source>No category has groups like 淘宝/售前 to limit the results to</source>
        <translation>No category has groups like 淘宝/售前 to limit the results to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="795" />
        <source>Every reply is in one language: there is nothing to limit</source>
        <translation>Every reply is in one language: there is nothing to limit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="803" />
        <source>All replies come from one playbook: there is nothing to limit</source>
        <translation>All replies come from one playbook: there is nothing to limit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="815" />
        <source>Only {limits}: {count} result(s) · Ctrl+G group · Ctrl+L language · Ctrl+P playbook</source>
        <translation>Only {limits}: {count} result(s) · Ctrl+G group · Ctrl+L language · Ctrl+P playbook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="820" />
        <source>{count} replies</source>
        <translation>{count} replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="822" />
        <source>{count} result(s)</source>
        <translation>{count} result(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="824" />
        <source>No reply matches “{text}” — Ctrl+N creates one</source>
        <translation>No reply matches “{text}” — Ctrl+N creates one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="838" />
        <source>Demo values in this reply: {values}. F4 sets your shop's own.</source>
        <translation>Demo values in this reply: {values}. F4 sets your shop's own.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="852" />
        <source>Context: {context}</source>
        <translation>Context: {context}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="855" />
        <source>Tips: {tips}</source>
        <translation>Tips: {tips}</translation>
    </message>
</context>
<context>
    <name>ServiceRulesDialog</name>
    <message>
        <location filename="../../desktop/ui/rules_dialog.py" line="34" />
        <source>Service rules</source>
        <translation>Service rules</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_dialog.py" line="42" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="55" />
        <source>Show QuickReply</source>
        <translation>Show QuickReply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="56" />
        <source>New customer (start the greeting countdown)</source>
        <translation>New customer (start the greeting countdown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="57" />
        <source>Customer asked (start the reply countdown)</source>
        <translation>Customer asked (start the reply countdown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="58" />
        <source>Answered (stop the countdown)</source>
        <translation>Answered (stop the countdown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="62" />
        <source>Greeting target</source>
        <translation>Greeting target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="63" />
        <source>Reply target</source>
        <translation>Reply target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="64" />
        <source>Warn before the target</source>
        <translation>Warn before the target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="65" />
        <source>Start a reply countdown when QuickReply opens</source>
        <translation>Start a reply countdown when QuickReply opens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="68" />
        <source>Always show the timers</source>
        <translation>Always show the timers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="69" />
        <source>Play a sound when time is nearly up</source>
        <translation>Play a sound when time is nearly up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="70" />
        <source>Play a sound when a reply is late</source>
        <translation>Play a sound when a reply is late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="71" />
        <source>Watched chat apps (one per line)</source>
        <translation>Watched chat apps (one per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="72" />
        <source>Put your clipboard back after</source>
        <translation>Put your clipboard back after</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="73" />
        <source>Paste with</source>
        <translation>Paste with</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="74" />
        <source>Chat apps with their own paste key (one per line: app = key)</source>
        <translation>Chat apps with their own paste key (one per line: app = key)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="77" />
        <source>Send each part (press Enter after each part)</source>
        <translation>Send each part (press Enter after each part)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="78" />
        <source>Pause between parts</source>
        <translation>Pause between parts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="79" />
        <source>Use the bundled playbooks</source>
        <translation>Use the bundled playbooks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="80" />
        <source>Team playbook sources (one per line)</source>
        <translation>Team playbook sources (one per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="81" />
        <source>Use only these team playbooks (empty = all)</source>
        <translation>Use only these team playbooks (empty = all)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="84" />
        <source>Hosts allowed over plain http</source>
        <translation>Hosts allowed over plain http</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="85" />
        <source>Check team playbooks every</source>
        <translation>Check team playbooks every</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="86" />
        <source>Window opacity</source>
        <translation>Window opacity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="87" />
        <source>Font size (0 = the system's size)</source>
        <translation>Font size (0 = the system's size)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="88" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="89" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="655" />
        <source>A search that ended without sending a reply is kept so you can write the reply it needed. When you paste a customer's message into the search, that is their words: switch this off and nothing typed is kept. Customer names and window titles are never kept.</source>
        <translation>A search that ended without sending a reply is kept so you can write the reply it needed. When you paste a customer's message into the search, that is their words: switch this off and nothing typed is kept. Customer names and window titles are never kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="101" />
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="109" />
        <location filename="../../desktop/ui/settings_dialog.py" line="114" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="110" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="111" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="118" />
        <location filename="../../desktop/ui/settings_dialog.py" line="129" />
        <source>For example:</source>
        <translation>For example:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="120" />
        <source>A folder or https:// address, for example:</source>
        <translation>A folder or https:// address, for example:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="123" />
        <source>File names without .yaml</source>
        <translation>File names without .yaml</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="125" />
        <source>One per line, for example:</source>
        <translation>One per line, for example:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="136" />
        <source>Type the text (for apps that block pasting)</source>
        <translation>Type the text (for apps that block pasting)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="146" />
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="147" />
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="148" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="159" />
        <source>Chinese and Korean systems use this combination to switch the input method</source>
        <translation>Chinese and Korean systems use this combination to switch the input method</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="467" />
        <source>QuickReply settings</source>
        <translation>QuickReply settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="95" />
        <source>Hotkeys</source>
        <translation>Hotkeys</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="90" />
        <source>Keep searches that ended without a reply (for the Today panel)</source>
        <translation>Keep searches that ended without a reply (for the Today panel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="96" />
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="97" />
        <source>Chat apps</source>
        <translation>Chat apps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="98" />
        <source>Pasting</source>
        <translation>Pasting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="99" />
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="100" />
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="494" />
        <source>Start QuickReply when I log in</source>
        <translation>Start QuickReply when I log in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="514" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="515" />
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="516" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="517" />
        <location filename="../../desktop/ui/settings_dialog.py" line="861" />
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="597" />
        <source>Click a box and press the new combination; Backspace or Clear switches the hotkey off.</source>
        <translation>Click a box and press the new combination; Backspace or Clear switches the hotkey off.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="607" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="608" />
        <source>Switch this hotkey off</source>
        <translation>Switch this hotkey off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="104" />
        <source>Countdowns</source>
        <translation>Countdowns</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="105" />
        <source>Sounds</source>
        <translation>Sounds</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="636" />
        <source>When one of these apps flags a new message, a greeting or reply countdown starts. Write program names; upper or lower case does not matter.</source>
        <translation>When one of these apps flags a new message, a greeting or reply countdown starts. Write program names; upper or lower case does not matter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="629" />
        <source>macOS does not tell QuickReply about new messages, so countdowns start manually only: use the hotkeys.</source>
        <translation>macOS does not tell QuickReply about new messages, so countdowns start manually only: use the hotkeys.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="644" />
        <source>If a chat app ignores Ctrl+V, choose Shift+Insert. After pasting a reply, your own clipboard comes back after the wait above; raise it if the chat app pastes slowly.</source>
        <translation>If a chat app ignores Ctrl+V, choose Shift+Insert. After pasting a reply, your own clipboard comes back after the wait above; raise it if the chat app pastes slowly.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="650" />
        <source>QuickReply switches to the new language as soon as you apply it.</source>
        <translation>QuickReply switches to the new language as soon as you apply it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="694" />
        <source>System size</source>
        <translation>System size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="801" />
        <source>{combination} is already used for “{action}”</source>
        <translation>{combination} is already used for “{action}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="863" />
        <source>Show the default settings in every tab? Team playbook addresses, watched chat apps and hotkeys go back to the defaults too. Nothing is used or saved before Apply or OK.</source>
        <translation>Show the default settings in every tab? Team playbook addresses, watched chat apps and hotkeys go back to the defaults too. Nothing is used or saved before Apply or OK.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="883" />
        <source>Fix the hotkeys marked in red first.</source>
        <translation>Fix the hotkeys marked in red first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="888" />
        <source>Nothing was changed:</source>
        <translation>Nothing was changed:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="894" />
        <source>In use now, but not saved: {error}</source>
        <translation>In use now, but not saved: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="915" />
        <source>Could not change start at login: {error}</source>
        <translation>Could not change start at login: {error}</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="31" />
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="32" />
        <source>Agent name or number</source>
        <translation>Agent name or number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="33" />
        <source>Free shipping from</source>
        <translation>Free shipping from</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="34" />
        <source>Returns accepted within (days)</source>
        <translation>Returns accepted within (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="35" />
        <source>Exchanges accepted within (days)</source>
        <translation>Exchanges accepted within (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="36" />
        <source>Ships within (hours)</source>
        <translation>Ships within (hours)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="37" />
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="38" />
        <source>Ships from</source>
        <translation>Ships from</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="39" />
        <source>Delivery time (days)</source>
        <translation>Delivery time (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="40" />
        <source>Delivery time to remote areas (days)</source>
        <translation>Delivery time to remote areas (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="41" />
        <source>How customers get an invoice</source>
        <translation>How customers get an invoice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="42" />
        <source>Wholesale and agency contact</source>
        <translation>Wholesale and agency contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="43" />
        <source>Payment methods</source>
        <translation>Payment methods</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="81" />
        <source>Your shop</source>
        <translation>Your shop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="92" />
        <source>{problem}
Saving keeps that file aside and starts a new one.</source>
        <translation>{problem}
Saving keeps that file aside and starts a new one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="98" />
        <source>The bundled replies use these facts. Fill in your shop's own: every bundled reply uses them from now on. An empty field keeps the demo value shown in grey, and the preview flags each reply that still uses one.</source>
        <translation>The bundled replies use these facts. Fill in your shop's own: every bundled reply uses them from now on. An empty field keeps the demo value shown in grey, and the preview flags each reply that still uses one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="114" />
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="135" />
        <source>In the replies as {{{name}}}</source>
        <translation>In the replies as {{{name}}}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shop_dialog.py" line="153" />
        <source>Could not save {path}: {reason}</source>
        <translation>Could not save {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>TimerStrip</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="225" />
        <source>QuickReply timers</source>
        <translation>QuickReply timers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="229" />
        <source>Drag to move; it snaps to the nearest screen edge</source>
        <translation>Drag to move; it snaps to the nearest screen edge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="263" />
        <source>{status}: the hotkey in that chat offers it</source>
        <translation>{status}: the hotkey in that chat offers it</translation>
    </message>
</context>
<context>
    <name>TitleBar</name>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="128" />
        <source>Pin: stay open after pasting</source>
        <translation>Pin: stay open after pasting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="131" />
        <source>Service rules (F1)</source>
        <translation>Service rules (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="132" />
        <source>Hide (Esc)</source>
        <translation>Hide (Esc)</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="36" />
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="37" />
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="60" />
        <source>{kind}: none yet</source>
        <translation>{kind}: none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="64" />
        <source>{kind}: {count} · {share} ≤ {target}s · median {median} · p90 {p90}</source>
        <translation>{kind}: {count} · {share} ≤ {target}s · median {median} · p90 {p90}</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="192" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="204" />
        <source>New reply from it…</source>
        <translation>New reply from it…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="207" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="220" />
        <source>Most used replies</source>
        <translation>Most used replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="222" />
        <source>Searches that ended without sending a reply</source>
        <translation>Searches that ended without sending a reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="245" />
        <source>&lt;b&gt;Today&lt;/b&gt; since {since} · pastes: {pastes}</source>
        <translation>&lt;b&gt;Today&lt;/b&gt; since {since} · pastes: {pastes}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="248" />
        <source>&lt;b&gt;Today&lt;/b&gt; since {since} · pastes: {pastes} · median {median}s from hotkey to paste</source>
        <translation>&lt;b&gt;Today&lt;/b&gt; since {since} · pastes: {pastes} · median {median}s from hotkey to paste</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="49" />
        <source>Show search</source>
        <translation>Show search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="50" />
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="53" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="57" />
        <source>Pause reminders</source>
        <translation>Pause reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="58" />
        <source>Open playbooks folder</source>
        <translation>Open playbooks folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="59" />
        <source>Import replies…</source>
        <translation>Import replies…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="60" />
        <source>Your shop…</source>
        <translation>Your shop…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="61" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="64" />
        <source>Service rules</source>
        <translation>Service rules</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="68" />
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="69" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="71" />
        <source>QuickReply — {waiting} customer(s) waiting, someone is overdue</source>
        <translation>QuickReply — {waiting} customer(s) waiting, someone is overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="73" />
        <source>QuickReply — {waiting} customer(s) waiting</source>
        <translation>QuickReply — {waiting} customer(s) waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="75" />
        <source>QuickReply — nobody waiting</source>
        <translation>QuickReply — nobody waiting</translation>
    </message>
</context>
<context><name>Messages</name><message><location filename="desktop/core/errors.py" line="51" /><source>{where}: {message}{rule}</source><translation>{where}: {message}{rule}</translation></message><message><location filename="desktop/core/errors.py" line="54" /><source>{where}: warning: {message}{rule}</source><translation>{where}: warning: {message}{rule}</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="120" /><source>a key in {what} is not a plain word; it is left out</source><translation>a key in {what} is not a plain word; it is left out</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="128" /><source>'{key}' appears twice in {what}: the one at line {line}, column {column} is used, this one is left out</source><translation>'{key}' appears twice in {what}: the one at line {line}, column {column} is used, this one is left out</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="153" /><source>'{key}' in {what} must be a list of texts; it is left out</source><translation>'{key}' in {what} must be a list of texts; it is left out</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="162" /><source>an item of '{key}' in {what} is not text; it is left out</source><translation>an item of '{key}' in {what} is not text; it is left out</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="172" /><source>'vars' in {what} must be a list of variables; they are left out</source><translation>'vars' in {what} must be a list of variables; they are left out</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="176" /><source>a variable</source><translation>a variable</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="179" /><source>a variable in {what} has no name; it is left out</source><translation>a variable in {what} has no name; it is left out</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="227" /><source>{what}: '{reference}' is not a variable of this file; it became the placeholder {placeholder}, which the agent fills in when pasting</source><translation>{what}: '{reference}' is not a variable of this file; it became the placeholder {placeholder}, which the agent fills in when pasting</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="240" /><source>{what}: the {type} variable '{variable}' is not supported (QuickReply does not run it); it became the placeholder {placeholder}, which the agent fills in when pasting</source><translation>{what}: the {type} variable '{variable}' is not supported (QuickReply does not run it); it became the placeholder {placeholder}, which the agent fills in when pasting</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="259" /><source>a match must be a mapping such as {example}; skipped</source><translation>a match must be a mapping such as {example}; skipped</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="309" /><source>match '{trigger}'</source><translation>match '{trigger}'</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="312" /><source>a match</source><translation>a match</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="319" /><source>{name}: a regex trigger cannot be a shortcut code; the match is imported without it</source><translation>{name}: a regex trigger cannot be a shortcut code; the match is imported without it</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="326" /><source>{name}: the key '{key}' is not imported</source><translation>{name}: the key '{key}' is not imported</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="336" /><source>{name}: the trigger '{trigger}' cannot be a shortcut code (one word of at most 32 characters); the match is imported without a code and the trigger is kept as another phrasing</source><translation>{name}: the trigger '{trigger}' cannot be a shortcut code (one word of at most 32 characters); the match is imported without a code and the trigger is kept as another phrasing</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="371" /><source>image</source><translation>image</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="374" /><source>{name}: {what} replies ('{key}') are not supported; the match is skipped</source><translation>{name}: {what} replies ('{key}') are not supported; the match is skipped</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="387" /><source>{name}: there is no 'replace' text; the match is skipped</source><translation>{name}: there is no 'replace' text; the match is skipped</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="395" /><source>{name}: '{key}' is not imported, only '{used}'</source><translation>{name}: '{key}' is not imported, only '{used}'</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="402" /><source>{name}: '{used}' must be text; the match is skipped</source><translation>{name}: '{used}' must be text; the match is skipped</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="410" /><source>{name}: the cursor mark {mark} is left out (the agent pastes the whole reply)</source><translation>{name}: the cursor mark {mark} is left out (the agent pastes the whole reply)</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="420" /><source>{name}: markdown is imported as plain text, formatting marks included</source><translation>{name}: markdown is imported as plain text, formatting marks included</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="426" /><source> (the choices in 'form_fields' are not kept)</source><translation> (the choices in 'form_fields' are not kept)</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="429" /><source>{name}: forms are not supported; the form fields became the placeholders {fields}, filled in when pasting{choices}</source><translation>{name}: forms are not supported; the form fields became the placeholders {fields}, filled in when pasting{choices}</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="437" /><source>{name}: forms are not supported; the form's text is imported as it is{choices}</source><translation>{name}: forms are not supported; the form's text is imported as it is{choices}</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="448" /><source>{name}: 'form_fields' is not imported</source><translation>{name}: 'form_fields' is not imported</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="461" /><source>the file is empty (an espanso file starts with 'matches:')</source><translation>the file is empty (an espanso file starts with 'matches:')</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="463" /><source>the file</source><translation>the file</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="469" /><source>this is not an espanso match file: it needs a top-level 'matches:' list (for a QuickReply playbook use --format yaml)</source><translation>this is not an espanso match file: it needs a top-level 'matches:' list (for a QuickReply playbook use --format yaml)</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="477" /><source>'imports' are not followed; import each of those files on its own</source><translation>'imports' are not followed; import each of those files on its own</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="480" /><source>the top-level key '{key}' is not imported</source><translation>the top-level key '{key}' is not imported</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="494" /><source>'matches' must be a list of matches, each starting with '- trigger:'</source><translation>'matches' must be a list of matches, each starting with '- trigger:'</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="516" /><source>{name}: the text is only {computed}, which QuickReply cannot compute; the match is skipped</source><translation>{name}: the text is only {computed}, which QuickReply cannot compute; the match is skipped</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="522" /><source>{name}: the text is only blank space; the match is skipped</source><translation>{name}: the text is only blank space; the match is skipped</translation></message><message><location filename="desktop/core/interchange/espanso.py" line="523" /><source>{name}: the text is empty; the match is skipped</source><translation>{name}: the text is empty; the match is skipped</translation></message><message><location filename="desktop/core/interchange/importer.py" line="65" /><source>old Excel .xls files cannot be read; save it as .xlsx (or CSV UTF-8) in Excel</source><translation>old Excel .xls files cannot be read; save it as .xlsx (or CSV UTF-8) in Excel</translation></message><message><location filename="desktop/core/interchange/importer.py" line="86" /><source>cannot tell what kind of file '{file}' is from its name; say it with --format (qianniu-csv, xlsx, espanso, csv or yaml)</source><translation>cannot tell what kind of file '{file}' is from its name; say it with --format (qianniu-csv, xlsx, espanso, csv or yaml)</translation></message><message><location filename="desktop/core/interchange/importer.py" line="107" /><source>--map applies to CSV, Excel and JSON files, not to a {format}</source><translation>--map applies to CSV, Excel and JSON files, not to a {format}</translation></message><message><location filename="desktop/core/interchange/importer.py" line="131" /><source>there is no such file</source><translation>there is no such file</translation></message><message><location filename="desktop/core/interchange/importer.py" line="133" /><source>this is a folder; give one file to import</source><translation>this is a folder; give one file to import</translation></message><message><location filename="desktop/core/interchange/importer.py" line="161" /><source>{new} new, {changed} changed, {unchanged} unchanged</source><translation>{new} new, {changed} changed, {unchanged} unchanged</translation></message><message><location filename="desktop/core/interchange/importer.py" line="168" /><source>{counts}, variables updated</source><translation>{counts}, variables updated</translation></message><message><location filename="desktop/core/interchange/importer.py" line="170" /><source>{counts}; 1 other entry in {file} left untouched</source><translation>{counts}; 1 other entry in {file} left untouched</translation></message><message><location filename="desktop/core/interchange/importer.py" line="174" /><source>{counts}; {kept} other entries in {file} left untouched</source><translation>{counts}; {kept} other entries in {file} left untouched</translation></message><message><location filename="desktop/core/interchange/importer.py" line="258" /><source>the same phrase as at line {line} (the same code, category and text); this row is left out</source><translation>the same phrase as at line {line} (the same code, category and text); this row is left out</translation></message><message><location filename="desktop/core/interchange/importer.py" line="369" /><source>variable '{key}' is '{value}' here but '{old}' in {file}; the imported value is used</source><translation>variable '{key}' is '{value}' here but '{old}' in {file}; the imported value is used</translation></message><message><location filename="desktop/core/interchange/importer.py" line="430" /><source>code '{code}' is also the code of '{question}' in {playbook}; your reply ranks first, the other still shows below it (switch off the bundled playbooks in Settings if they are only the demo)</source><translation>code '{code}' is also the code of '{question}' in {playbook}; your reply ranks first, the other still shows below it (switch off the bundled playbooks in Settings if they are only the demo)</translation></message><message><location filename="desktop/core/interchange/importer.py" line="441" /><source>id '{id}' is also the id of '{question}' in {playbook}: yours replaces it in search</source><translation>id '{id}' is also the id of '{question}' in {playbook}: yours replaces it in search</translation></message><message><location filename="desktop/core/interchange/importer.py" line="458" /><source>{file} is not UTF-8 text; fix it or import with --into ANOTHER_NAME</source><translation>{file} is not UTF-8 text; fix it or import with --into ANOTHER_NAME</translation></message><message><location filename="desktop/core/interchange/importer.py" line="465" /><source>{file} has problems, so nothing can be merged into it; fix them (quickreply lint {file}) or import with --into ANOTHER_NAME:
{problems}</source><translation>{file} has problems, so nothing can be merged into it; fix them (quickreply lint {file}) or import with --into ANOTHER_NAME:
{problems}</translation></message><message><location filename="desktop/core/interchange/importer.py" line="487" /><source>the imported playbook would not load back, so nothing is written (please report this with the source file):
{problems}</source><translation>the imported playbook would not load back, so nothing is written (please report this with the source file):
{problems}</translation></message><message><location filename="desktop/core/interchange/importer.py" line="490" /><source>entries went missing</source><translation>entries went missing</translation></message><message><location filename="desktop/core/interchange/importer.py" line="513" /><source>{file} changed since the preview; run the import again</source><translation>{file} changed since the preview; run the import again</translation></message><message><location filename="desktop/core/interchange/importer.py" line="519" /><source>{file}: cannot write the file: {reason}</source><translation>{file}: cannot write the file: {reason}</translation></message><message><location filename="desktop/core/interchange/native.py" line="110" /><source>the playbook could not be read</source><translation>the playbook could not be read</translation></message><message><location filename="desktop/core/interchange/scriptbook.py" line="93" /><source>no phrase found in the file ({format})</source><translation>no phrase found in the file ({format})</translation></message><message><location filename="desktop/core/interchange/scriptbook.py" line="235" /><source>a question with no answer; it is skipped</source><translation>a question with no answer; it is skipped</translation></message><message><location filename="desktop/core/interchange/scriptbook.py" line="262" /><source>this line is neither a question nor an answer; it is left out</source><translation>this line is neither a question nor an answer; it is left out</translation></message><message><location filename="desktop/core/interchange/scriptbook.py" line="350" /><source>a phrase must be an object or a text; it is skipped</source><translation>a phrase must be an object or a text; it is skipped</translation></message><message><location filename="desktop/core/interchange/scriptbook.py" line="361" /><source>the phrase has no reply; it is skipped</source><translation>the phrase has no reply; it is skipped</translation></message><message><location filename="desktop/core/interchange/source.py" line="223" /><source>code '{code}' must be one word of at most 32 characters; imported without a code</source><translation>code '{code}' must be one word of at most 32 characters; imported without a code</translation></message><message><location filename="desktop/core/interchange/source.py" line="330" /><source>the file is not UTF-8 text (save it as UTF-8 in your editor)</source><translation>the file is not UTF-8 text (save it as UTF-8 in your editor)</translation></message><message><location filename="desktop/core/interchange/source.py" line="347" /><source>the file starts like UTF-16 text but is damaged here</source><translation>the file starts like UTF-16 text but is damaged here</translation></message><message><location filename="desktop/core/interchange/source.py" line="361" /><source>the file is neither UTF-8 nor GBK/GB18030 text; in Excel use 'Save as' → 'CSV UTF-8 (comma delimited)' and import that file</source><translation>the file is neither UTF-8 nor GBK/GB18030 text; in Excel use 'Save as' → 'CSV UTF-8 (comma delimited)' and import that file</translation></message><message><location filename="desktop/core/interchange/source.py" line="425" /><source>lists and mappings are nested more than {levels} levels deep here; this is not a playbook or match file</source><translation>lists and mappings are nested more than {levels} levels deep here; this is not a playbook or match file</translation></message><message><location filename="desktop/core/interchange/source.py" line="442" /><source>{problem}; the documents before this one are imported, the rest is not</source><translation>{problem}; the documents before this one are imported, the rest is not</translation></message><message><location filename="desktop/core/interchange/source.py" line="460" /><source>YAML syntax: {detail} (check indentation, colons and quotes)</source><translation>YAML syntax: {detail} (check indentation, colons and quotes)</translation></message><message><location filename="desktop/core/interchange/table.py" line="124" /><source>the CSV cannot be read from this row on: {error}</source><translation>the CSV cannot be read from this row on: {error}</translation></message><message><location filename="desktop/core/interchange/table.py" line="136" /><source>a quote opened on this row is never closed, so every line after it ran into this one reply; close the quote and import again (this row and the lines after it are skipped)</source><translation>a quote opened on this row is never closed, so every line after it ran into this one reply; close the quote and import again (this row and the lines after it are skipped)</translation></message><message><location filename="desktop/core/interchange/table.py" line="191" /><source>this is not an Excel workbook (.xlsx) that can be read; an old .xls file must be saved as .xlsx (or as CSV UTF-8) in Excel first</source><translation>this is not an Excel workbook (.xlsx) that can be read; an old .xls file must be saved as .xlsx (or as CSV UTF-8) in Excel first</translation></message><message><location filename="desktop/core/interchange/table.py" line="197" /><source>the workbook has no sheet with cells</source><translation>the workbook has no sheet with cells</translation></message><message><location filename="desktop/core/interchange/table.py" line="205" /><source>only the first sheet '{sheet}' is imported; not the sheets {others}</source><translation>only the first sheet '{sheet}' is imported; not the sheets {others}</translation></message><message><location filename="desktop/core/interchange/table.py" line="235" /><source>this workbook unpacks to {megabytes} MB, far more than a phrase table; it is not imported (save the phrases alone as a new workbook or as CSV UTF-8)</source><translation>this workbook unpacks to {megabytes} MB, far more than a phrase table; it is not imported (save the phrases alone as a new workbook or as CSV UTF-8)</translation></message><message><location filename="desktop/core/interchange/table.py" line="275" /><source>column '{name}' appears twice; the one in column {first} is used</source><translation>column '{name}' appears twice; the one in column {first} is used</translation></message><message><location filename="desktop/core/interchange/table.py" line="288" /><source>none</source><translation>none</translation></message><message><location filename="desktop/core/interchange/table.py" line="293" /><source>--map {field}={column}: the first row has no column '{column}' (its columns: {listed})</source><translation>--map {field}={column}: the first row has no column '{column}' (its columns: {listed})</translation></message><message><location filename="desktop/core/interchange/table.py" line="318" /><source>column '{name}' is not imported; to import it, add --map FIELD={name} (fields: {fields})</source><translation>column '{name}' is not imported; to import it, add --map FIELD={name} (fields: {fields})</translation></message><message><location filename="desktop/core/interchange/table.py" line="378" /><source>the first row must name the columns, e.g. {header} as Qianniu exports</source><translation>the first row must name the columns, e.g. {header} as Qianniu exports</translation></message><message><location filename="desktop/core/interchange/table.py" line="392" /><source>no column holds the reply text: the first row should be {header} (Qianniu's export); for other columns say which one it is, e.g. --map reply=回复</source><translation>no column holds the reply text: the first row should be {header} (Qianniu's export); for other columns say which one it is, e.g. --map reply=回复</translation></message><message><location filename="desktop/core/interchange/table.py" line="412" /><source>this column has no name in the first row and is not imported</source><translation>this column has no name in the first row and is not imported</translation></message><message><location filename="desktop/core/interchange/table.py" line="438" /><source>the reply cell is empty; the row is skipped</source><translation>the reply cell is empty; the row is skipped</translation></message><message><location filename="desktop/core/jsonfile.py" line="39" /><source>{path}: cannot be read ({error})</source><translation>{path}: cannot be read ({error})</translation></message><message><location filename="desktop/core/jsonfile.py" line="49" /><source>{where}:{line}:{column}: {why}</source><translation>{where}:{line}:{column}: {why}</translation></message><message><location filename="desktop/core/jsonfile.py" line="55" /><source>{where}:{line}:{column}: {error}</source><translation>{where}:{line}:{column}: {error}</translation></message><message><location filename="desktop/core/jsonfile.py" line="65" /><source>{where}: not readable as JSON ({error})</source><translation>{where}: not readable as JSON ({error})</translation></message><message><location filename="desktop/core/jsonfile.py" line="114" /><source>a number with more digits than any setting can have</source><translation>a number with more digits than any setting can have</translation></message><message><location filename="desktop/core/jsonfile.py" line="119" /><source>nested deeper than {depth} levels</source><translation>nested deeper than {depth} levels</translation></message><message><location filename="desktop/core/keys.py" line="62" /><source>hotkey '{hotkey}' is not a combination like ctrl+alt+space</source><translation>hotkey '{hotkey}' is not a combination like ctrl+alt+space</translation></message><message><location filename="desktop/core/keys.py" line="69" /><source>hotkey '{hotkey}': {keys} is not a modifier (use ctrl, alt, shift, meta)</source><translation>hotkey '{hotkey}': {keys} is not a modifier (use ctrl, alt, shift, meta)</translation></message><message><location filename="desktop/core/keys.py" line="80" /><source>hotkey '{hotkey}': '{key}' is not a key a global hotkey can use</source><translation>hotkey '{hotkey}': '{key}' is not a key a global hotkey can use</translation></message><message><location filename="desktop/core/keys.py" line="86" /><source>hotkey '{hotkey}' needs a modifier (ctrl, alt, shift or meta): a bare key would be taken from every program</source><translation>hotkey '{hotkey}' needs a modifier (ctrl, alt, shift or meta): a bare key would be taken from every program</translation></message><message><location filename="desktop/core/library.py" line="127" /><source>{problem}; the bundled replies keep their demo values</source><translation>{problem}; the bundled replies keep their demo values</translation></message><message><location filename="desktop/core/library.py" line="190" /><source>could not save the search cache in {folder}: {reason}</source><translation>could not save the search cache in {folder}: {reason}</translation></message><message><location filename="desktop/core/library.py" line="220" /><source>{path}: has errors; its last good version stays in use</source><translation>{path}: has errors; its last good version stays in use</translation></message><message><location filename="desktop/core/playbook.py" line="159" /><source>… and {count} more problems in this file; fix these first and check it again</source><translation>… and {count} more problems in this file; fix these first and check it again</translation></message><message><location filename="desktop/core/playbook.py" line="169" /><source>{what} must be a mapping of keys to values, found {found}</source><translation>{what} must be a mapping of keys to values, found {found}</translation></message><message><location filename="desktop/core/playbook.py" line="179" /><source>keys in {what} must be plain words</source><translation>keys in {what} must be plain words</translation></message><message><location filename="desktop/core/playbook.py" line="186" /><source>'{key}' appears twice in {what} (first at line {line}); keep one so no text is silently dropped</source><translation>'{key}' appears twice in {what} (first at line {line}); keep one so no text is silently dropped</translation></message><message><location filename="desktop/core/playbook.py" line="201" /><source>'{key}' must be text, found {found}</source><translation>'{key}' must be text, found {found}</translation></message><message><location filename="desktop/core/playbook.py" line="211" /><source>'{key}' must be text, but YAML reads '{value}' as true/false; put it in quotes</source><translation>'{key}' must be text, but YAML reads '{value}' as true/false; put it in quotes</translation></message><message><location filename="desktop/core/playbook.py" line="220" /><source>'{key}' uses the YAML tag '{tag}'; tags are not allowed</source><translation>'{key}' uses the YAML tag '{tag}'; tags are not allowed</translation></message><message><location filename="desktop/core/playbook.py" line="234" /><source>'{key}' must be a list such as [first, second], found {found}</source><translation>'{key}' must be a list such as [first, second], found {found}</translation></message><message><location filename="desktop/core/playbook.py" line="266" /><source>an entry has either 'reply' (one answer) or 'replies' (alternatives), not both</source><translation>an entry has either 'reply' (one answer) or 'replies' (alternatives), not both</translation></message><message><location filename="desktop/core/playbook.py" line="273" /><source>'reply' is missing (every entry needs a reply or replies)</source><translation>'reply' is missing (every entry needs a reply or replies)</translation></message><message><location filename="desktop/core/playbook.py" line="279" /><source>'replies' must be a non-empty list; each item is a reply, or a list of messages sent one after another</source><translation>'replies' must be a non-empty list; each item is a reply, or a list of messages sent one after another</translation></message><message><location filename="desktop/core/playbook.py" line="291" /><source>a multi-part reply needs at least one message</source><translation>a multi-part reply needs at least one message</translation></message><message><location filename="desktop/core/playbook.py" line="310" /><source>variable name '{name}' must be a word (letters, digits, _)</source><translation>variable name '{name}' must be a word (letters, digits, _)</translation></message><message><location filename="desktop/core/playbook.py" line="326" /><source>an entry</source><translation>an entry</translation></message><message><location filename="desktop/core/playbook.py" line="364" /><source>unknown key '{key}' in an entry (expected one of: {keys})</source><translation>unknown key '{key}' in an entry (expected one of: {keys})</translation></message><message><location filename="desktop/core/playbook.py" line="384" /><source>'{key}' is missing (every entry needs one)</source><translation>'{key}' is missing (every entry needs one)</translation></message><message><location filename="desktop/core/playbook.py" line="413" /><source>id '{id}' may only use lowercase letters, digits, '.', '_' and '-'</source><translation>id '{id}' may only use lowercase letters, digits, '.', '_' and '-'</translation></message><message><location filename="desktop/core/playbook.py" line="421" /><source>code '{code}' must be one word of at most 32 characters</source><translation>code '{code}' must be one word of at most 32 characters</translation></message><message><location filename="desktop/core/playbook.py" line="432" /><source>the file is empty (expected name, language and entries)</source><translation>the file is empty (expected name, language and entries)</translation></message><message><location filename="desktop/core/playbook.py" line="436" /><source>a playbook</source><translation>a playbook</translation></message><message><location filename="desktop/core/playbook.py" line="443" /><source>unknown key '{key}' at the top of a playbook (expected one of: {keys})</source><translation>unknown key '{key}' at the top of a playbook (expected one of: {keys})</translation></message><message><location filename="desktop/core/playbook.py" line="451" /><source>'{key}' is missing at the top of the playbook</source><translation>'{key}' is missing at the top of the playbook</translation></message><message><location filename="desktop/core/playbook.py" line="464" /><source>'entries' must be a list of entries, found {found}</source><translation>'entries' must be a list of entries, found {found}</translation></message><message><location filename="desktop/core/playbook.py" line="489" /><source>a mapping</source><translation>a mapping</translation></message><message><location filename="desktop/core/playbook.py" line="491" /><source>a list</source><translation>a list</translation></message><message><location filename="desktop/core/playbook.py" line="493" /><source>nothing</source><translation>nothing</translation></message><message><location filename="desktop/core/playbook.py" line="499" /><source>cannot read the file: {reason}</source><translation>cannot read the file: {reason}</translation></message><message><location filename="desktop/core/playbook.py" line="503" /><source>'{key}' is empty (write the text after the colon)</source><translation>'{key}' is empty (write the text after the colon)</translation></message><message><location filename="desktop/core/playbook.py" line="507" /><source>language '{tag}' is not a BCP-47 tag (write e.g. zh-CN, ko-KR or en)</source><translation>language '{tag}' is not a BCP-47 tag (write e.g. zh-CN, ko-KR or en)</translation></message><message><location filename="desktop/core/playbook.py" line="560" /><source>the control character U+{code} cannot be in this file; delete it here</source><translation>the control character U+{code} cannot be in this file; delete it here</translation></message><message><location filename="desktop/core/playbook.py" line="565" /><source>YAML could not be read: {error}</source><translation>YAML could not be read: {error}</translation></message><message><location filename="desktop/core/playbook.py" line="618" /><source>the playbook's text passes {megabytes} MB here once its aliases (*name) are expanded; write each reply out or split the playbook</source><translation>the playbook's text passes {megabytes} MB here once its aliases (*name) are expanded; write each reply out or split the playbook</translation></message><message><location filename="desktop/core/playbook.py" line="688" /><source>lists and mappings are nested more than {levels} levels deep here; a playbook never is (is this the right file?)</source><translation>lists and mappings are nested more than {levels} levels deep here; a playbook never is (is this the right file?)</translation></message><message><location filename="desktop/core/playbook.py" line="715" /><source>the file is not UTF-8 (save it as UTF-8 in your editor)</source><translation>the file is not UTF-8 (save it as UTF-8 in your editor)</translation></message><message><location filename="desktop/core/playbook.py" line="759" /><source>id '{id}' is already used at {where}; ids must be unique across all playbooks (this entry is skipped)</source><translation>id '{id}' is already used at {where}; ids must be unique across all playbooks (this entry is skipped)</translation></message><message><location filename="desktop/core/playbook.py" line="787" /><source>no such file or folder</source><translation>no such file or folder</translation></message><message><location filename="desktop/core/playbook_store.py" line="108" /><source>{path} was deleted by someone else after QuickReply opened it; nothing was saved. The editor will show both versions so you can keep yours or take theirs.</source><translation>{path} was deleted by someone else after QuickReply opened it; nothing was saved. The editor will show both versions so you can keep yours or take theirs.</translation></message><message><location filename="desktop/core/playbook_store.py" line="114" /><source>{path} was changed by someone else after QuickReply opened it; nothing was saved. The editor will show both versions so you can keep yours or take theirs.</source><translation>{path} was changed by someone else after QuickReply opened it; nothing was saved. The editor will show both versions so you can keep yours or take theirs.</translation></message><message><location filename="desktop/core/playbook_store.py" line="129" /><source>{path} has no entry with id '{id}' (it may have been removed or renamed)</source><translation>{path} has no entry with id '{id}' (it may have been removed or renamed)</translation></message><message><location filename="desktop/core/playbook_store.py" line="273" /><source>the file does not exist (it may have been moved or deleted)</source><translation>the file does not exist (it may have been moved or deleted)</translation></message><message><location filename="desktop/core/playbook_store.py" line="382" /><source>id '{id}' is already used at {where}; edit that entry or change the question</source><translation>id '{id}' is already used at {where}; edit that entry or change the question</translation></message><message><location filename="desktop/core/playbook_store.py" line="448" /><source>could not read {path} before saving: {reason}</source><translation>could not read {path} before saving: {reason}</translation></message><message><location filename="desktop/core/playbook_store.py" line="509" /><source>the playbook has no 'entries' list QuickReply can edit</source><translation>the playbook has no 'entries' list QuickReply can edit</translation></message><message><location filename="desktop/core/playbook_store.py" line="541" /><source>QuickReply could not write the entry '{entry}' so that it reads back exactly as entered; nothing was changed</source><translation>QuickReply could not write the entry '{entry}' so that it reads back exactly as entered; nothing was changed</translation></message><message><location filename="desktop/core/playbook_store.py" line="1261" /><source>could not save {path}: {reason}; the file on disk was left as it was</source><translation>could not save {path}: {reason}; the file on disk was left as it was</translation></message><message><location filename="desktop/core/settings.py" line="109" /><source>text in quotes</source><translation>text in quotes</translation></message><message><location filename="desktop/core/settings.py" line="111" /><source>true or false</source><translation>true or false</translation></message><message><location filename="desktop/core/settings.py" line="114" /><source>a number from {low} to {high}</source><translation>a number from {low} to {high}</translation></message><message><location filename="desktop/core/settings.py" line="116" /><source>a whole number from {low} to {high}</source><translation>a whole number from {low} to {high}</translation></message><message><location filename="desktop/core/settings.py" line="118" /><source>a list of texts such as {example}</source><translation>a list of texts such as {example}</translation></message><message><location filename="desktop/core/settings.py" line="121" /><source>{first} or {last}</source><translation>{first} or {last}</translation></message><message><location filename="desktop/core/settings.py" line="122" /><source>an object such as {example}</source><translation>an object such as {example}</translation></message><message><location filename="desktop/core/settings.py" line="386" /><source>{path}: expected an object of settings</source><translation>{path}: expected an object of settings</translation></message><message><location filename="desktop/core/settings.py" line="395" /><source>{problem}; using the default settings</source><translation>{problem}; using the default settings</translation></message><message><location filename="desktop/core/settings.py" line="396" /><source>{problem}; the file was kept as {kept}; using the default settings</source><translation>{problem}; the file was kept as {kept}; using the default settings</translation></message><message><location filename="desktop/core/settings.py" line="408" /><source>{where}: schema_version {version} is newer than this QuickReply understands ({known}); reading what it can</source><translation>{where}: schema_version {version} is newer than this QuickReply understands ({known}); reading what it can</translation></message><message><location filename="desktop/core/settings.py" line="418" /><source>{where}: schema_version {version} is no version of this file (1 to {known}); reading what it can</source><translation>{where}: schema_version {version} is no version of this file (1 to {known}); reading what it can</translation></message><message><location filename="desktop/core/settings.py" line="434" /><source>{where}: unknown setting '{key}' is ignored</source><translation>{where}: unknown setting '{key}' is ignored</translation></message><message><location filename="desktop/core/settings.py" line="440" /><source>{where}: '{key}' must be {expected}, not {value}; using {default}</source><translation>{where}: '{key}' must be {expected}, not {value}; using {default}</translation></message><message><location filename="desktop/core/shop.py" line="83" /><source>{where}: the shop facts must be a JSON object</source><translation>{where}: the shop facts must be a JSON object</translation></message><message><location filename="desktop/core/shop.py" line="87" /><source>{where}: schema_version {version} is not one this QuickReply reads ({known})</source><translation>{where}: schema_version {version} is not one this QuickReply reads ({known})</translation></message><message><location filename="desktop/core/shop.py" line="97" /><source>{where}: 'languages' must map each language to its values</source><translation>{where}: 'languages' must map each language to its values</translation></message><message><location filename="desktop/core/shop.py" line="103" /><source>{where}: the values for {language} must be texts, e.g. "return_days": "7"</source><translation>{where}: the values for {language} must be texts, e.g. "return_days": "7"</translation></message><message><location filename="desktop/core/sources.py" line="64" /><source>team folder {folder} is not there (a network share not connected?)</source><translation>team folder {folder} is not there (a network share not connected?)</translation></message><message><location filename="desktop/core/stats.py" line="131" /><source>the statistics database was written by a newer QuickReply (schema {version}, this version knows {known}); update QuickReply</source><translation>the statistics database was written by a newer QuickReply (schema {version}, this version knows {known}); update QuickReply</translation></message><message><location filename="desktop/core/stats.py" line="139" /><source>it holds tables QuickReply did not create</source><translation>it holds tables QuickReply did not create</translation></message><message><location filename="desktop/core/stats.py" line="344" /><source>{error}; this session's statistics are kept in memory only</source><translation>{error}; this session's statistics are kept in memory only</translation></message><message><location filename="desktop/core/stats.py" line="384" /><source>cannot create the folder of {path}: {error}</source><translation>cannot create the folder of {path}: {error}</translation></message><message><location filename="desktop/core/stats.py" line="391" /><source>cannot open the statistics database {path}: {error}</source><translation>cannot open the statistics database {path}: {error}</translation></message><message><location filename="desktop/core/stats.py" line="398" /><source>{path} was not a readable statistics database ({error}); it was kept as {kept} and recording starts afresh</source><translation>{path} was not a readable statistics database ({error}); it was kept as {kept} and recording starts afresh</translation></message><message><location filename="desktop/core/stats.py" line="409" /><source>cannot start a new statistics database {path}: {error}</source><translation>cannot start a new statistics database {path}: {error}</translation></message><message><location filename="desktop/core/stats.py" line="452" /><source>{path} is damaged and could not be moved aside: {error}</source><translation>{path} is damaged and could not be moved aside: {error}</translation></message><message><location filename="desktop/core/synonyms.py" line="111" /><source>cannot read the synonym list: {error}</source><translation>cannot read the synonym list: {error}</translation></message><message><location filename="desktop/core/synonyms.py" line="118" /><source>a synonym list needs 'groups:', a list of word lists such as [腹泻, 拉肚子]</source><translation>a synonym list needs 'groups:', a list of word lists such as [腹泻, 拉肚子]</translation></message><message><location filename="desktop/core/synonyms.py" line="125" /><source>a synonym group is a list of words, such as [快递, 物流]</source><translation>a synonym group is a list of words, such as [快递, 物流]</translation></message><message><location filename="desktop/core/synonyms.py" line="129" /><source>a synonym group needs two words or more</source><translation>a synonym group needs two words or more</translation></message><message><location filename="desktop/core/team.py" line="73" /><source>the server answered {code} {reason}</source><translation>the server answered {code} {reason}</translation></message><message><location filename="desktop/core/team.py" line="79" /><source>the download broke off ({error})</source><translation>the download broke off ({error})</translation></message><message><location filename="desktop/core/team.py" line="81" /><source>not a usable address ({error})</source><translation>not a usable address ({error})</translation></message><message><location filename="desktop/core/team.py" line="103" /><source>was redirected to {url}, which is refused: {why}</source><translation>was redirected to {url}, which is refused: {why}</translation></message><message><location filename="desktop/core/team.py" line="121" /><source>the download broke off ({got} of {declared} bytes)</source><translation>the download broke off ({got} of {declared} bytes)</translation></message><message><location filename="desktop/core/team.py" line="129" /><source>took longer than {seconds} s to download; cut off</source><translation>took longer than {seconds} s to download; cut off</translation></message><message><location filename="desktop/core/team.py" line="135" /><source>is larger than {megabytes} MB, far more than a playbook; not downloaded</source><translation>is larger than {megabytes} MB, far more than a playbook; not downloaded</translation></message><message><location filename="desktop/core/team.py" line="149" /><source>plain HTTP is refused: anyone on the network could change the replies; use https, or allow the host '{host}' in the settings (allow_http_hosts)</source><translation>plain HTTP is refused: anyone on the network could change the replies; use https, or allow the host '{host}' in the settings (allow_http_hosts)</translation></message><message><location filename="desktop/core/team.py" line="154" /><source>only https:// addresses (or a folder) can be team sources</source><translation>only https:// addresses (or a folder) can be team sources</translation></message><message><location filename="desktop/core/team.py" line="208" /><source>could not be refreshed ({error})</source><translation>could not be refreshed ({error})</translation></message><message><location filename="desktop/core/team.py" line="238" /><source>is an index whose 'playbooks' is not a list of addresses</source><translation>is an index whose 'playbooks' is not a list of addresses</translation></message><message><location filename="desktop/core/team.py" line="296" /><source>{url} {why}; using the copy from {when}</source><translation>{url} {why}; using the copy from {when}</translation></message><message><location filename="desktop/core/team.py" line="297" /><source>{url} {why}; no copy of it yet</source><translation>{url} {why}; no copy of it yet</translation></message><message><location filename="desktop/core/team.py" line="356" /><source>is not a valid playbook</source><translation>is not a valid playbook</translation></message><message><location filename="desktop/core/team.py" line="358" /><source>is not a valid playbook (line {line}: {problem})</source><translation>is not a valid playbook (line {line}: {problem})</translation></message><message><location filename="desktop/core/team.py" line="367" /><source>could not be fetched ({error})</source><translation>could not be fetched ({error})</translation></message><message><location filename="desktop/core/usage.py" line="83" /><source>{error}; it was kept as {kept} and counting starts afresh</source><translation>{error}; it was kept as {kept} and counting starts afresh</translation></message><message><location filename="desktop/core/usage.py" line="160" /><source>{path}: the usage file is damaged ({error})</source><translation>{path}: the usage file is damaged ({error})</translation></message><message><location filename="desktop/core/wording.py" line="73" /><source>says {words}: {why}</source><translation>says {words}: {why}</translation></message><message><location filename="desktop/core/wording.py" line="78" /><source>is {length} characters long (more than {limit} for {language}): split it into parts the agent sends one after another</source><translation>is {length} characters long (more than {limit} for {language}): split it into parts the agent sends one after another</translation></message><message><location filename="desktop/core/wording.py" line="118" /><source>'allow' names unknown wording rule(s) {rules} (rules for {language}: {known})</source><translation>'allow' names unknown wording rule(s) {rules} (rules for {language}: {known})</translation></message><message><location filename="desktop/core/wording.py" line="137" /><source>reply {number} of '{id}' {problem}</source><translation>reply {number} of '{id}' {problem}</translation></message><message><location filename="desktop/core/wording.py" line="141" /><source>the reply of '{id}' {problem}</source><translation>the reply of '{id}' {problem}</translation></message><message><location filename="desktop/core/wording.py" line="191" /><source>cannot read the wording list: {error}</source><translation>cannot read the wording list: {error}</translation></message><message><location filename="desktop/core/wording.py" line="197" /><source>a wording list</source><translation>a wording list</translation></message><message><location filename="desktop/core/wording.py" line="207" /><source>unknown key '{key}' in a wording list (expected language, long_reply, rules)</source><translation>unknown key '{key}' in a wording list (expected language, long_reply, rules)</translation></message><message><location filename="desktop/core/wording.py" line="266" /><source>'language' is missing (e.g. language: zh-CN)</source><translation>'language' is missing (e.g. language: zh-CN)</translation></message><message><location filename="desktop/core/wording.py" line="278" /><source>'long_reply' must be a whole number of characters, found {found}</source><translation>'long_reply' must be a whole number of characters, found {found}</translation></message><message><location filename="desktop/core/wording.py" line="297" /><source>rule '{name}'</source><translation>rule '{name}'</translation></message><message><location filename="desktop/core/wording.py" line="303" /><source>'{rule}' is the length rule; set its limit with long_reply instead</source><translation>'{rule}' is the length rule; set its limit with long_reply instead</translation></message><message><location filename="desktop/core/wording.py" line="310" /><source>unknown key '{key}' in rule '{name}' (expected why, words, except)</source><translation>unknown key '{key}' in rule '{name}' (expected why, words, except)</translation></message><message><location filename="desktop/core/wording.py" line="318" /><source>wording the shop's '{name}' rule flags</source><translation>wording the shop's '{name}' rule flags</translation></message><message><location filename="desktop/core/wording.py" line="323" /><source>{what} must be a mapping of keys to values</source><translation>{what} must be a mapping of keys to values</translation></message><message><location filename="desktop/core/wording.py" line="330" /><source>'{key}' must be text</source><translation>'{key}' must be text</translation></message><message><location filename="desktop/core/wording.py" line="339" /><source>'{key}' must be a list such as [first, second]</source><translation>'{key}' must be a list such as [first, second]</translation></message><message><location filename="desktop/platform/__init__.py" line="98" /><source>the X display could not be opened ({error})</source><translation>the X display could not be opened ({error})</translation></message><message><location filename="desktop/platform/__init__.py" line="103" /><source>Wayland lets no program take global hotkeys or type into other windows</source><translation>Wayland lets no program take global hotkeys or type into other windows</translation></message><message><location filename="desktop/platform/attention.py" line="129" /><source>the X display could not be opened to watch chat windows ({error}); manual starts only</source><translation>the X display could not be opened to watch chat windows ({error}); manual starts only</translation></message><message><location filename="desktop/platform/attention.py" line="141" /><source>flashing taskbar buttons cannot be watched ({error}); manual starts only</source><translation>flashing taskbar buttons cannot be watched ({error}); manual starts only</translation></message><message><location filename="desktop/platform/attention.py" line="147" /><source>macOS does not tell other programs when an app asks for attention (its Dock icon bounces for the agent only); manual starts only</source><translation>macOS does not tell other programs when an app asks for attention (its Dock icon bounces for the agent only); manual starts only</translation></message><message><location filename="desktop/platform/attention.py" line="154" /><source>Wayland shows no program the other programs' windows, so a chat app asking for attention cannot be noticed; manual starts only</source><translation>Wayland shows no program the other programs' windows, so a chat app asking for attention cannot be noticed; manual starts only</translation></message><message><location filename="desktop/platform/attention.py" line="160" /><source>no desktop session was found to watch chat windows in; manual starts only</source><translation>no desktop session was found to watch chat windows in; manual starts only</translation></message><message><location filename="desktop/platform/autostart.py" line="242" /><source>QuickReply runs from the disk image or from a copy macOS made in a temporary place (App Translocation); drag QuickReply into Applications, start it from there, then switch start at login on</source><translation>QuickReply runs from the disk image or from a copy macOS made in a temporary place (App Translocation); drag QuickReply into Applications, start it from there, then switch start at login on</translation></message><message><location filename="desktop/platform/macos.py" line="77" /><source>macOS lets QuickReply paste only with the Accessibility permission: open System Settings → Privacy &amp; Security → Accessibility, enable QuickReply, then restart it; until then replies are copied and you press Cmd+V yourself</source><translation>macOS lets QuickReply paste only with the Accessibility permission: open System Settings → Privacy &amp; Security → Accessibility, enable QuickReply, then restart it; until then replies are copied and you press Cmd+V yourself</translation></message><message><location filename="desktop/platform/macos.py" line="128" /><source>hotkey {hotkey}: Mac keyboards have no {key} key; choose another in the settings</source><translation>hotkey {hotkey}: Mac keyboards have no {key} key; choose another in the settings</translation></message><message><location filename="desktop/platform/macos.py" line="251" /><source>macOS refused to deliver hotkeys to QuickReply (OSStatus {status})</source><translation>macOS refused to deliver hotkeys to QuickReply (OSStatus {status})</translation></message><message><location filename="desktop/platform/macos.py" line="259" /><source>{hotkey} is a macOS keyboard shortcut (System Settings, Keyboard, Keyboard Shortcuts); choose another hotkey in the settings, or switch that shortcut off there</source><translation>{hotkey} is a macOS keyboard shortcut (System Settings, Keyboard, Keyboard Shortcuts); choose another hotkey in the settings, or switch that shortcut off there</translation></message><message><location filename="desktop/platform/macos.py" line="269" /><source>{hotkey} is already used by another program; choose another hotkey in the settings</source><translation>{hotkey} is already used by another program; choose another hotkey in the settings</translation></message><message><location filename="desktop/platform/macos.py" line="279" /><source>macOS refused the hotkey {hotkey} (OSStatus {status}); macOS 15 and later need Ctrl or Cmd in a hotkey; choose another in the settings</source><translation>macOS refused the hotkey {hotkey} (OSStatus {status}); macOS 15 and later need Ctrl or Cmd in a hotkey; choose another in the settings</translation></message><message><location filename="desktop/platform/macos.py" line="287" /><source>macOS refused the hotkey {hotkey} (OSStatus {status}); choose another in the settings</source><translation>macOS refused the hotkey {hotkey} (OSStatus {status}); choose another in the settings</translation></message><message><location filename="desktop/platform/null.py" line="23" /><source>this system offers no global hotkeys or simulated key presses to QuickReply</source><translation>this system offers no global hotkeys or simulated key presses to QuickReply</translation></message><message><location filename="desktop/platform/null.py" line="29" /><source>{reason}; replies are copied, press Ctrl+V in the chat app to paste them</source><translation>{reason}; replies are copied, press Ctrl+V in the chat app to paste them</translation></message><message><location filename="desktop/platform/null.py" line="39" /><source>cannot register {hotkey} as a global hotkey: {reason}</source><translation>cannot register {hotkey} as a global hotkey: {reason}</translation></message><message><location filename="desktop/platform/null.py" line="69" /><source>cannot press {keys} for you: {reason}</source><translation>cannot press {keys} for you: {reason}</translation></message><message><location filename="desktop/platform/null.py" line="73" /><source>cannot press Enter for you: {reason}</source><translation>cannot press Enter for you: {reason}</translation></message><message><location filename="desktop/platform/null.py" line="76" /><source>cannot type the reply for you: {reason}</source><translation>cannot type the reply for you: {reason}</translation></message><message><location filename="desktop/platform/windows.py" line="209" /><source>hotkey {hotkey}: Windows has no key for '{key}'; choose another in the settings</source><translation>hotkey {hotkey}: Windows has no key for '{key}'; choose another in the settings</translation></message><message><location filename="desktop/platform/windows.py" line="369" /><source>Windows did not take the simulated key press for {keys} (input is blocked, e.g. by the lock screen or an administrator prompt); press it yourself, the reply is on the clipboard</source><translation>Windows did not take the simulated key press for {keys} (input is blocked, e.g. by the lock screen or an administrator prompt); press it yourself, the reply is on the clipboard</translation></message><message><location filename="desktop/platform/windows.py" line="404" /><source>Windows would not create the hidden window hotkeys arrive at; restart QuickReply</source><translation>Windows would not create the hidden window hotkeys arrive at; restart QuickReply</translation></message><message><location filename="desktop/platform/windows.py" line="419" /><source>Windows refused the hotkey {hotkey} (error {error}); choose another in the settings</source><translation>Windows refused the hotkey {hotkey} (error {error}); choose another in the settings</translation></message><message><location filename="desktop/platform/windows.py" line="526" /><source>Windows did not take the simulated key presses for typing the reply (input is blocked, e.g. by the lock screen or an administrator prompt); type the reply yourself</source><translation>Windows did not take the simulated key presses for typing the reply (input is blocked, e.g. by the lock screen or an administrator prompt); type the reply yourself</translation></message><message><location filename="desktop/platform/windows.py" line="545" /><source>the chat app runs as administrator, so Windows silently drops the keys QuickReply sends; run QuickReply as administrator too or start the chat app normally</source><translation>the chat app runs as administrator, so Windows silently drops the keys QuickReply sends; run QuickReply as administrator too or start the chat app normally</translation></message><message><location filename="desktop/platform/x11.py" line="143" /><source>the X server lacks the XTEST extension, so replies are copied: press Ctrl+V to paste</source><translation>the X server lacks the XTEST extension, so replies are copied: press Ctrl+V to paste</translation></message><message><location filename="desktop/platform/x11.py" line="155" /><source>hotkey {hotkey}: this keyboard layout has no '{key}' key</source><translation>hotkey {hotkey}: this keyboard layout has no '{key}' key</translation></message><message><location filename="desktop/platform/x11.py" line="167" /><source>hotkey {hotkey} is already used by QuickReply itself; choose another</source><translation>hotkey {hotkey} is already used by QuickReply itself; choose another</translation></message><message><location filename="desktop/platform/x11.py" line="184" /><source>hotkey {hotkey} is already taken by another program; choose another combination in the settings</source><translation>hotkey {hotkey} is already taken by another program; choose another combination in the settings</translation></message><message><location filename="desktop/platform/x11.py" line="312" /><source>the X server lacks the XTEST extension: press Ctrl+V yourself</source><translation>the X server lacks the XTEST extension: press Ctrl+V yourself</translation></message><message><location filename="desktop/platform/x11.py" line="322" /><source>the X server lacks the XTEST extension, so QuickReply cannot type</source><translation>the X server lacks the XTEST extension, so QuickReply cannot type</translation></message><message><location filename="desktop/platform/x11.py" line="326" /><source>this keyboard map has no free key code to type with; use Ctrl+V instead</source><translation>this keyboard map has no free key code to type with; use Ctrl+V instead</translation></message></context></TS>