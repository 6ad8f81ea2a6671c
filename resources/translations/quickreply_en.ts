<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessibilityNotice</name>
    <message>
        <location filename="../../desktop/app.py" line="917" />
        <source>Show the macOS prompt</source>
        <translation>Show the macOS prompt</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="920" />
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>AlternativeEditor</name>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="54" />
        <source>+ Add a message</source>
        <translation>+ Add a message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="55" />
        <source>− Remove the last message</source>
        <translation>− Remove the last message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="69" />
        <source>The message the customer reads</source>
        <translation>The message the customer reads</translation>
    </message>
</context>
<context>
    <name>CountdownChip</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="63" />
        <source>{label}: {state}, target {target}s. Click when answered; right-click to discard.</source>
        <translation>{label}: {state}, target {target}s. Click when answered; right-click to discard.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="97" />
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="98" />
        <source>Discard (not counted)</source>
        <translation>Discard (not counted)</translation>
    </message>
</context>
<context>
    <name>Countdowns</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="26" />
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="27" />
        <source>almost due</source>
        <translation>almost due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="28" />
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="31" />
        <source>greet</source>
        <translation>greet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="32" />
        <source>reply</source>
        <translation>reply</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="111" />
        <source>Edit reply</source>
        <translation>Edit reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="118" />
        <source>Other ways customers ask, one per line</source>
        <translation>Other ways customers ask, one per line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="140" />
        <source>+ Another wording</source>
        <translation>+ Another wording</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="158" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="159" />
        <source>Also asked as</source>
        <translation>Also asked as</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="160" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="164" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="165" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="166" />
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="169" />
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="170" />
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="171" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="193" />
        <location filename="../../desktop/ui/entry_editor.py" line="289" />
        <source>{error}
Fix this file before saving here</source>
        <translation>{error}
Fix this file before saving here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="240" />
        <source>Already used by {entry}</source>
        <translation>Already used by {entry}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="262" />
        <source>A question, a category and a reply are needed</source>
        <translation>A question, a category and a reply are needed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="278" />
        <source>Not saved: {error}</source>
        <translation>Not saved: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="296" />
        <source>The file changed</source>
        <translation>The file changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="298" />
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="300" />
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
        <location filename="../../desktop/ui/entry_editor.py" line="304" />
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/entry_editor.py" line="305" />
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
</context>
<context>
    <name>HotkeyRecorder</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="298" />
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="299" />
        <source>Click here, then press the new combination</source>
        <translation>Click here, then press the new combination</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="19" />
        <source>Qianniu quick phrases / Espanso / CSV / YAML (*.csv *.xlsx *.yml *.yaml);;All files (*)</source>
        <translation>Qianniu quick phrases / Espanso / CSV / YAML (*.csv *.xlsx *.yml *.yaml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="40" />
        <source>Import replies</source>
        <translation>Import replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="46" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="58" />
        <source>Cannot import {file}</source>
        <translation>Cannot import {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="67" />
        <source>Nothing to change</source>
        <translation>Nothing to change</translation>
    </message>
</context>
<context>
    <name>NewEntryDialog</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="161" />
        <source>New reply</source>
        <translation>New reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="172" />
        <source>The reply the customer will read</source>
        <translation>The reply the customer will read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="177" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="178" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="179" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="180" />
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="198" />
        <source>Give it a category</source>
        <translation>Give it a category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="213" />
        <source>Could not save in {folder}: {error}</source>
        <translation>Could not save in {folder}: {error}</translation>
    </message>
</context>
<context>
    <name>Paster</name>
    <message>
        <location filename="../../desktop/ui/paste.py" line="127" />
        <source>Reply copied: press Ctrl+V in the chat app to paste it</source>
        <translation>Reply copied: press Ctrl+V in the chat app to paste it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paste.py" line="132" />
        <source>Could not bring back the chat window; the reply is copied: press Ctrl+V in the chat app to paste it</source>
        <translation>Could not bring back the chat window; the reply is copied: press Ctrl+V in the chat app to paste it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paste.py" line="147" />
        <location filename="../../desktop/ui/paste.py" line="160" />
        <source>{error}; the reply is copied: press Ctrl+V in the chat app to paste it</source>
        <translation>{error}; the reply is copied: press Ctrl+V in the chat app to paste it</translation>
    </message>
</context>
<context>
    <name>PlaceholderForm</name>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="168" />
        <source>Fill in, then Enter pastes (Esc: back)</source>
        <translation>Fill in, then Enter pastes (Esc: back)</translation>
    </message>
</context>
<context>
    <name>QuickReplyApp</name>
    <message>
        <location filename="../../desktop/app.py" line="74" />
        <source>show</source>
        <translation>show</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="75" />
        <source>new customer</source>
        <translation>new customer</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="76" />
        <source>customer asked</source>
        <translation>customer asked</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="77" />
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="278" />
        <source>{action} hotkey: {error}</source>
        <translation>{action} hotkey: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="486" />
        <source>Copied: paste it with Ctrl+V</source>
        <translation>Copied: paste it with Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="551" />
        <source>This is a team reply: saving makes your personal copy of it; the original stays and you can revert to it</source>
        <translation>This is a team reply: saving makes your personal copy of it; the original stays and you can revert to it</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="556" />
        <source>This is a bundled reply: saving makes your personal copy of it; the original stays and you can revert to it</source>
        <translation>This is a bundled reply: saving makes your personal copy of it; the original stays and you can revert to it</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="572" />
        <source>{question} (copy)</source>
        <translation>{question} (copy)</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="582" />
        <source>Team and bundled replies cannot be deleted here: edit to make your own copy, or ask your team lead.</source>
        <translation>Team and bundled replies cannot be deleted here: edit to make your own copy, or ask your team lead.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="590" />
        <source>Revert to the team version?
({path}; the previous version is backed up)</source>
        <translation>Revert to the team version?
({path}; the previous version is backed up)</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="593" />
        <source>Revert to the bundled version?
({path}; the previous version is backed up)</source>
        <translation>Revert to the bundled version?
({path}; the previous version is backed up)</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="596" />
        <source>Delete “{question}”?
({path}; the previous version is backed up)</source>
        <translation>Delete “{question}”?
({path}; the previous version is backed up)</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="618" />
        <source>Not deleted: {error}</source>
        <translation>Not deleted: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="621" />
        <source>Deleted: {question}</source>
        <translation>Deleted: {question}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="641" />
        <source>Import replies</source>
        <translation>Import replies</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="795" />
        <source>About QuickReply</source>
        <translation>About QuickReply</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="797" />
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
    <name>ResponseChart</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="112" />
        <source>{count} × {bin}s bins</source>
        <translation>{count} × {bin}s bins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="121" />
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
        <location filename="../../desktop/ui/search_window.py" line="46" />
        <source>Enter paste</source>
        <translation>Enter paste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="47" />
        <source>Alt+1…9 paste that row</source>
        <translation>Alt+1…9 paste that row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="48" />
        <source>Tab next wording</source>
        <translation>Tab next wording</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="49" />
        <source>Ctrl+C copy</source>
        <translation>Ctrl+C copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="50" />
        <source>Ctrl+T timers</source>
        <translation>Ctrl+T timers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="51" />
        <source>F1 rules</source>
        <translation>F1 rules</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="52" />
        <source>F3 today</source>
        <translation>F3 today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="53" />
        <source>Esc hide</source>
        <translation>Esc hide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="79" />
        <source>Part {number} of {count} ready</source>
        <translation>Part {number} of {count} ready</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="245" />
        <source>Type a question, pinyin, initials or keywords…</source>
        <translation>Type a question, pinyin, initials or keywords…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="345" />
        <source>… {count} more (quickreply lint shows all)</source>
        <translation>… {count} more (quickreply lint shows all)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="472" />
        <source>Edit (F2)</source>
        <translation>Edit (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="473" />
        <source>Duplicate (Ctrl+D)</source>
        <translation>Duplicate (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="475" />
        <source>Revert to the {layer} version</source>
        <translation>Revert to the {layer} version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="477" />
        <source>Delete (Del)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="585" />
        <source>{count} replies</source>
        <translation>{count} replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="587" />
        <source>{count} result(s)</source>
        <translation>{count} result(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="589" />
        <source>No reply matches “{text}” — Ctrl+N creates one</source>
        <translation>No reply matches “{text}” — Ctrl+N creates one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="612" />
        <source>Context: {context}</source>
        <translation>Context: {context}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="615" />
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
        <location filename="../../desktop/ui/settings_dialog.py" line="51" />
        <source>Show QuickReply</source>
        <translation>Show QuickReply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="52" />
        <source>New customer (start the greeting countdown)</source>
        <translation>New customer (start the greeting countdown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="53" />
        <source>Customer asked (start the reply countdown)</source>
        <translation>Customer asked (start the reply countdown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="54" />
        <source>Answered (stop the countdown)</source>
        <translation>Answered (stop the countdown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="58" />
        <source>Greeting target</source>
        <translation>Greeting target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="59" />
        <source>Reply target</source>
        <translation>Reply target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="60" />
        <source>Warn before the target</source>
        <translation>Warn before the target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="61" />
        <source>Start a reply countdown when QuickReply opens</source>
        <translation>Start a reply countdown when QuickReply opens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="64" />
        <source>Always show the timers</source>
        <translation>Always show the timers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="65" />
        <source>Play a sound when time is nearly up</source>
        <translation>Play a sound when time is nearly up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="66" />
        <source>Play a sound when a reply is late</source>
        <translation>Play a sound when a reply is late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="67" />
        <source>Watched chat apps (one per line)</source>
        <translation>Watched chat apps (one per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="68" />
        <source>Put your clipboard back after</source>
        <translation>Put your clipboard back after</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="69" />
        <source>Paste with</source>
        <translation>Paste with</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="70" />
        <source>Chat apps with their own paste key (one per line: app = key)</source>
        <translation>Chat apps with their own paste key (one per line: app = key)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="73" />
        <source>Send each part (press Enter after each part)</source>
        <translation>Send each part (press Enter after each part)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="74" />
        <source>Pause between parts</source>
        <translation>Pause between parts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="75" />
        <source>Use the bundled playbooks</source>
        <translation>Use the bundled playbooks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="76" />
        <source>Team playbook sources (one per line)</source>
        <translation>Team playbook sources (one per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="77" />
        <source>Use only these team playbooks (empty = all)</source>
        <translation>Use only these team playbooks (empty = all)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="80" />
        <source>Hosts allowed over plain http</source>
        <translation>Hosts allowed over plain http</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="81" />
        <source>Check team playbooks every</source>
        <translation>Check team playbooks every</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="82" />
        <source>Window opacity</source>
        <translation>Window opacity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="83" />
        <source>Font size (0 = the system's size)</source>
        <translation>Font size (0 = the system's size)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="84" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="85" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="88" />
        <location filename="../../desktop/ui/settings_dialog.py" line="93" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="89" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="90" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="97" />
        <location filename="../../desktop/ui/settings_dialog.py" line="108" />
        <source>For example:</source>
        <translation>For example:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="99" />
        <source>A folder or https:// address, for example:</source>
        <translation>A folder or https:// address, for example:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="102" />
        <source>File names without .yaml</source>
        <translation>File names without .yaml</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="104" />
        <source>One per line, for example:</source>
        <translation>One per line, for example:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="115" />
        <source>Type the text (for apps that block pasting)</source>
        <translation>Type the text (for apps that block pasting)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="119" />
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="120" />
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="121" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="132" />
        <source>Chinese and Korean systems use this combination to switch the input method</source>
        <translation>Chinese and Korean systems use this combination to switch the input method</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="421" />
        <source>QuickReply settings</source>
        <translation>QuickReply settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="439" />
        <source>Hotkeys</source>
        <translation>Hotkeys</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="440" />
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="441" />
        <source>Chat apps</source>
        <translation>Chat apps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="442" />
        <source>Pasting</source>
        <translation>Pasting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="443" />
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="444" />
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="446" />
        <source>Start QuickReply when I log in</source>
        <translation>Start QuickReply when I log in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="465" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="466" />
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="467" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="468" />
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="491" />
        <source>Click a box and press the new combination; Backspace or Clear switches the hotkey off.</source>
        <translation>Click a box and press the new combination; Backspace or Clear switches the hotkey off.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="500" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="501" />
        <source>Switch this hotkey off</source>
        <translation>Switch this hotkey off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="520" />
        <source>Countdowns</source>
        <translation>Countdowns</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="526" />
        <source>Sounds</source>
        <translation>Sounds</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="543" />
        <source>When one of these apps flags a new message, a greeting or reply countdown starts. Write program names; upper or lower case does not matter.</source>
        <translation>When one of these apps flags a new message, a greeting or reply countdown starts. Write program names; upper or lower case does not matter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="550" />
        <source>macOS does not tell QuickReply about new messages, so countdowns start manually only: use the hotkeys.</source>
        <translation>macOS does not tell QuickReply about new messages, so countdowns start manually only: use the hotkeys.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="573" />
        <source>If a chat app ignores Ctrl+V, choose Shift+Insert. After pasting a reply, your own clipboard comes back after the wait above; raise it if the chat app pastes slowly.</source>
        <translation>If a chat app ignores Ctrl+V, choose Shift+Insert. After pasting a reply, your own clipboard comes back after the wait above; raise it if the chat app pastes slowly.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="633" />
        <source>QuickReply switches to the new language as soon as you apply it.</source>
        <translation>QuickReply switches to the new language as soon as you apply it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="761" />
        <source>{combination} is already used for “{action}”</source>
        <translation>{combination} is already used for “{action}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="802" />
        <source>Fix the hotkeys marked in red first.</source>
        <translation>Fix the hotkeys marked in red first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="807" />
        <source>Nothing was changed:</source>
        <translation>Nothing was changed:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="813" />
        <source>In use now, but not saved: {error}</source>
        <translation>In use now, but not saved: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="832" />
        <source>Could not change start at login: {error}</source>
        <translation>Could not change start at login: {error}</translation>
    </message>
</context>
<context>
    <name>TimerStrip</name>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="155" />
        <source>QuickReply timers</source>
        <translation>QuickReply timers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countdowns.py" line="159" />
        <source>Drag to move; it snaps to the nearest screen edge</source>
        <translation>Drag to move; it snaps to the nearest screen edge</translation>
    </message>
</context>
<context>
    <name>TitleBar</name>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="110" />
        <source>Pin: stay open after pasting</source>
        <translation>Pin: stay open after pasting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="112" />
        <source>Service rules (F1)</source>
        <translation>Service rules (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_window.py" line="113" />
        <source>Hide (Esc)</source>
        <translation>Hide (Esc)</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="41" />
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="42" />
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="66" />
        <source>{kind}: none yet</source>
        <translation>{kind}: none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="70" />
        <source>{kind}: {count} · {share} ≤ {target}s · median {median} · p90 {p90}</source>
        <translation>{kind}: {count} · {share} ≤ {target}s · median {median} · p90 {p90}</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="238" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="249" />
        <source>New reply from it…</source>
        <translation>New reply from it…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="252" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="256" />
        <source>Most used replies</source>
        <translation>Most used replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="258" />
        <source>Searches with no reply</source>
        <translation>Searches with no reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="281" />
        <source>&lt;b&gt;Today&lt;/b&gt; since {since}: {pastes} pastes</source>
        <translation>&lt;b&gt;Today&lt;/b&gt; since {since}: {pastes} pastes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="284" />
        <source>&lt;b&gt;Today&lt;/b&gt; since {since}: {pastes} pastes, median {median}s from hotkey to paste</source>
        <translation>&lt;b&gt;Today&lt;/b&gt; since {since}: {pastes} pastes, median {median}s from hotkey to paste</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/ui/tray.py" line="63" />
        <source>Show search</source>
        <translation>Show search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="64" />
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="65" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="66" />
        <source>Pause reminders</source>
        <translation>Pause reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="71" />
        <source>Open playbooks folder</source>
        <translation>Open playbooks folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="72" />
        <source>Import replies…</source>
        <translation>Import replies…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="73" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="74" />
        <source>Service rules</source>
        <translation>Service rules</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="75" />
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="77" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="90" />
        <source>QuickReply — {waiting} customer(s) waiting, someone is overdue</source>
        <translation>QuickReply — {waiting} customer(s) waiting, someone is overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="92" />
        <source>QuickReply — {waiting} customer(s) waiting</source>
        <translation>QuickReply — {waiting} customer(s) waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="94" />
        <source>QuickReply — nobody waiting</source>
        <translation>QuickReply — nobody waiting</translation>
    </message>
</context>
</TS>